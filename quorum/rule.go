package quorum

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/teerollup/teerollup/attest"
)

// Tally is what a set of signers amounts to in a committee: the numbers
// every rule is a function of.
type Tally struct {
	Members, Signers int
	// Weight is the signers' weight sum, saturating at 2^64-1 (which is
	// at least any threshold, so saturation never changes a verdict).
	Weight uint64
	// MembersByKind and SignersByKind count per TEE kind (index 0 unused).
	MembersByKind, SignersByKind [MaxKind + 1]int
}

func (t *Tally) add(m *Member, signer bool) {
	t.Members++
	t.MembersByKind[m.Kind]++
	if signer {
		t.Signers++
		t.SignersByKind[m.Kind]++
		if t.Weight+m.Weight < t.Weight {
			t.Weight = ^uint64(0)
		} else {
			t.Weight += m.Weight
		}
	}
}

// Kinds is the number of distinct TEE kinds among the signers.
func (t Tally) Kinds() int {
	n := 0
	for _, c := range t.SignersByKind[1:] {
		if c > 0 {
			n++
		}
	}
	return n
}

// Rule decides whether a set of signers certifies a statement. It is open:
// any type with these methods is a rule, and every consumer in this module
// (Verify, Check, Simulate, the sequencer node) uses only these methods.
// A rule must be a pure function of the tally.
//
// Only rules the chain can enforce may be installed on chain: see OnChainRule.
type Rule interface {
	// Eval reports whether a tally satisfies the rule: nil or a
	// *RuleNotMetError (errors.Is(err, ErrRuleNotMet)). It may assume
	// Validate passed.
	Eval(t Tally) error
	// String names the rule, e.g. "kinds>=2&m>=7" (ParseRule syntax for
	// the built-in rules).
	String() string
	// Validate reports whether the parameters are in range (ErrRule).
	Validate() error
}

// OnChainRule is a rule QuorumVerifier enforces on chain: one of the
// built-in rules, with a compact binary encoding the contract reads. Use
// EncodeRule rather than Encode: it refuses a rule whose encoding does not
// decode back to exactly that rule (an outside type that embeds a built-in
// rule has the built-in's Encode, but the chain would enforce the
// built-in's semantics, not its own).
//
// Encoding: one leaf, or All as 0x05 ‖ count(1..8) ‖ count leaves:
//
//	MOfN          0x01 ‖ M (uint16 big-endian, ≥ 1)
//	DistinctKinds 0x02 ‖ K (uint8, ≥ 1)
//	PerKind       0x03 ‖ Percent (uint8, 1..100)
//	Weighted      0x04 ‖ Threshold (uint64 big-endian, ≥ 1)
type OnChainRule interface {
	Rule
	Encode() []byte
}

// ErrNotOnChain: a rule the chain cannot enforce was to be encoded or
// installed on chain.
var ErrNotOnChain = errors.New("quorum: rule cannot be enforced on chain")

// EncodeRule returns r's on-chain encoding if r is an OnChainRule whose
// encoding decodes (DecodeRule) to a rule identical to r, and
// ErrNotOnChain otherwise.
func EncodeRule(r Rule) ([]byte, error) {
	oc, ok := r.(OnChainRule)
	if !ok {
		return nil, fmt.Errorf("%w: %s has no on-chain encoding", ErrNotOnChain, ruleName(r))
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	enc := oc.Encode()
	back, err := DecodeRule(enc)
	if err != nil || !reflect.DeepEqual(back, normalize(r)) {
		return nil, fmt.Errorf("%w: %s (%T) encodes as %x, which the chain reads as another rule", ErrNotOnChain, ruleName(r), r, enc)
	}
	return enc, nil
}

// normalize turns pointers to built-in rules into values, as DecodeRule
// returns them.
func normalize(r Rule) Rule {
	switch v := r.(type) {
	case *MOfN:
		return *v
	case *DistinctKinds:
		return *v
	case *PerKind:
		return *v
	case *Weighted:
		return *v
	case *All:
		return normalize(*v)
	case All:
		out := All{Rules: make([]Rule, len(v.Rules))}
		for i, s := range v.Rules {
			out.Rules[i] = normalize(s)
		}
		return out
	}
	return r
}

func ruleName(r Rule) string {
	if r == nil {
		return "<nil>"
	}
	return r.String()
}

// Check reports whether signers satisfy r in committee c: nil, a
// *RuleNotMetError, or an error for an invalid rule or signer set.
func Check(r Rule, c *Committee, signers Bitset) error {
	if r == nil {
		return fmt.Errorf("%w: nil rule", ErrRule)
	}
	return check(r, c, signers)
}

// met is Eval(t) == nil, without building an error for the built-in
// rules (Simulate's hot path). The fast path is chosen by the rule's
// concrete type, not by a method set: a type that embeds a built-in rule
// inherits its Met but may have its own Eval, which is the one that counts.
func met(r Rule, t Tally) bool {
	switch v := r.(type) {
	case MOfN:
		return v.Met(t)
	case DistinctKinds:
		return v.Met(t)
	case PerKind:
		return v.Met(t)
	case Weighted:
		return v.Met(t)
	case All:
		return v.Met(t)
	}
	return r.Eval(t) == nil
}

const (
	tagMOfN          = 0x01
	tagDistinctKinds = 0x02
	tagPerKind       = 0x03
	tagWeighted      = 0x04
	tagAll           = 0x05
	// MaxAllRules bounds the children of an All rule.
	MaxAllRules = 8
)

func check(r Rule, c *Committee, signers Bitset) error {
	if err := r.Validate(); err != nil {
		return err
	}
	t, err := c.Tally(signers)
	if err != nil {
		return err
	}
	return r.Eval(t)
}

func notMet(r Rule, t Tally, format string, args ...any) error {
	return &RuleNotMetError{Rule: r, Tally: t, Detail: fmt.Sprintf(format, args...)}
}

// MOfN requires at least M signers.
type MOfN struct{ M uint16 }

func (r MOfN) Check(c *Committee, s Bitset) error { return check(r, c, s) }
func (r MOfN) Met(t Tally) bool                   { return t.Signers >= int(r.M) }
func (r MOfN) Eval(t Tally) error {
	if !r.Met(t) {
		return notMet(r, t, "%d signers, need %d", t.Signers, r.M)
	}
	return nil
}
func (r MOfN) Encode() []byte { return []byte{tagMOfN, byte(r.M >> 8), byte(r.M)} }
func (r MOfN) String() string { return fmt.Sprintf("m>=%d", r.M) }
func (r MOfN) Validate() error {
	if r.M == 0 {
		return fmt.Errorf("%w: m-of-n with m = 0", ErrRule)
	}
	return nil
}

// DistinctKinds requires signers of at least K distinct TEE kinds: the
// paper's rule. With K = f+1 a header is certified only if some signer runs
// on a technology the attacker has not broken, as long as at most f kinds
// are compromised.
type DistinctKinds struct{ K uint8 }

func (r DistinctKinds) Check(c *Committee, s Bitset) error { return check(r, c, s) }
func (r DistinctKinds) Met(t Tally) bool                   { return t.Kinds() >= int(r.K) }
func (r DistinctKinds) Eval(t Tally) error {
	if !r.Met(t) {
		return notMet(r, t, "signers of %d kinds, need %d", t.Kinds(), r.K)
	}
	return nil
}
func (r DistinctKinds) Encode() []byte { return []byte{tagDistinctKinds, r.K} }
func (r DistinctKinds) String() string { return fmt.Sprintf("kinds>=%d", r.K) }
func (r DistinctKinds) Validate() error {
	if r.K == 0 {
		return fmt.Errorf("%w: distinct kinds with k = 0", ErrRule)
	}
	return nil
}

// PerKind requires, for every kind present in the committee, at least
// ceil(Percent × members of that kind / 100) signers of that kind.
type PerKind struct{ Percent uint8 }

func (r PerKind) Check(c *Committee, s Bitset) error { return check(r, c, s) }
func (r PerKind) Met(t Tally) bool {
	for k := 1; k <= int(MaxKind); k++ {
		if 100*t.SignersByKind[k] < int(r.Percent)*t.MembersByKind[k] {
			return false
		}
	}
	return true
}
func (r PerKind) Eval(t Tally) error {
	for k := 1; k <= int(MaxKind); k++ {
		// signed ≥ ceil(P·members/100) ⇔ 100·signed ≥ P·members
		if m := t.MembersByKind[k]; 100*t.SignersByKind[k] < int(r.Percent)*m {
			return notMet(r, t, "%d of %d %s members signed, need %d", t.SignersByKind[k], m, attest.Kind(k), (int(r.Percent)*m+99)/100)
		}
	}
	return nil
}
func (r PerKind) Encode() []byte { return []byte{tagPerKind, r.Percent} }
func (r PerKind) String() string { return fmt.Sprintf("perkind>=%d%%", r.Percent) }
func (r PerKind) Validate() error {
	if r.Percent == 0 || r.Percent > 100 {
		return fmt.Errorf("%w: per-kind percent %d not in 1..100", ErrRule, r.Percent)
	}
	return nil
}

// Weighted requires the signers' weights to sum to at least Threshold.
type Weighted struct{ Threshold uint64 }

func (r Weighted) Check(c *Committee, s Bitset) error { return check(r, c, s) }
func (r Weighted) Met(t Tally) bool                   { return t.Weight >= r.Threshold }
func (r Weighted) Eval(t Tally) error {
	if !r.Met(t) {
		return notMet(r, t, "weight %d, need %d", t.Weight, r.Threshold)
	}
	return nil
}
func (r Weighted) Encode() []byte {
	return binary.BigEndian.AppendUint64([]byte{tagWeighted}, r.Threshold)
}
func (r Weighted) String() string { return fmt.Sprintf("weight>=%d", r.Threshold) }
func (r Weighted) Validate() error {
	if r.Threshold == 0 {
		return fmt.Errorf("%w: weight threshold 0", ErrRule)
	}
	return nil
}

// All requires every one of 1..MaxAllRules rules, none of them an All.
type All struct{ Rules []Rule }

func (r All) Check(c *Committee, s Bitset) error { return check(r, c, s) }
func (r All) Met(t Tally) bool {
	for _, sub := range r.Rules {
		if sub == nil || !met(sub, t) {
			return false
		}
	}
	return true
}
func (r All) Eval(t Tally) error {
	for i, sub := range r.Rules {
		if sub == nil {
			return fmt.Errorf("%w: all-of rule %d is nil", ErrRule, i)
		}
		if err := sub.Eval(t); err != nil {
			return err
		}
	}
	return nil
}

// Encode is the all-of encoding; a child without an on-chain encoding is
// left out, so EncodeRule refuses the result.
func (r All) Encode() []byte {
	out := []byte{tagAll, byte(len(r.Rules))}
	for _, sub := range r.Rules {
		if oc, ok := sub.(OnChainRule); ok {
			out = append(out, oc.Encode()...)
		}
	}
	return out
}
func (r All) String() string {
	parts := make([]string, len(r.Rules))
	for i, sub := range r.Rules {
		if sub == nil {
			parts[i] = "<nil>"
		} else {
			parts[i] = sub.String()
		}
	}
	return strings.Join(parts, "&")
}
func (r All) Validate() error {
	if len(r.Rules) == 0 || len(r.Rules) > MaxAllRules {
		return fmt.Errorf("%w: all-of with %d rules, want 1..%d", ErrRule, len(r.Rules), MaxAllRules)
	}
	for i, sub := range r.Rules {
		switch sub.(type) {
		case nil:
			return fmt.Errorf("%w: all-of rule %d is nil", ErrRule, i)
		case All, *All:
			return fmt.Errorf("%w: all-of rules do not nest", ErrRule)
		}
		if err := sub.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// DecodeRule decodes a rule encoding strictly: known tags, parameters in
// range, no trailing bytes. Encode(DecodeRule(b)) == b for every b it
// accepts.
func DecodeRule(b []byte) (Rule, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty encoding", ErrRule)
	}
	if b[0] != tagAll {
		r, n, err := decodeLeaf(b)
		if err != nil {
			return nil, err
		}
		if n != len(b) {
			return nil, fmt.Errorf("%w: %d trailing bytes", ErrRule, len(b)-n)
		}
		return r, nil
	}
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: all-of without a count", ErrRule)
	}
	count := int(b[1])
	if count == 0 || count > MaxAllRules {
		return nil, fmt.Errorf("%w: all-of with %d rules, want 1..%d", ErrRule, count, MaxAllRules)
	}
	all := All{Rules: make([]Rule, 0, count)}
	off := 2
	for range count {
		r, n, err := decodeLeaf(b[off:])
		if err != nil {
			return nil, err
		}
		all.Rules = append(all.Rules, r)
		off += n
	}
	if off != len(b) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrRule, len(b)-off)
	}
	return all, nil
}

func decodeLeaf(b []byte) (Rule, int, error) {
	if len(b) == 0 {
		return nil, 0, fmt.Errorf("%w: truncated", ErrRule)
	}
	var (
		r Rule
		n int
	)
	switch b[0] {
	case tagMOfN:
		n = 3
		if len(b) >= n {
			r = MOfN{M: binary.BigEndian.Uint16(b[1:3])}
		}
	case tagDistinctKinds:
		n = 2
		if len(b) >= n {
			r = DistinctKinds{K: b[1]}
		}
	case tagPerKind:
		n = 2
		if len(b) >= n {
			r = PerKind{Percent: b[1]}
		}
	case tagWeighted:
		n = 9
		if len(b) >= n {
			r = Weighted{Threshold: binary.BigEndian.Uint64(b[1:9])}
		}
	default:
		return nil, 0, fmt.Errorf("%w: unknown tag %#x", ErrRule, b[0])
	}
	if r == nil {
		return nil, 0, fmt.Errorf("%w: truncated", ErrRule)
	}
	if err := r.Validate(); err != nil {
		return nil, 0, err
	}
	return r, n, nil
}
