package quorum

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"

	"github.com/teerollup/teerollup/attest"
)

// ParseKind parses a TEE kind name as attest.Kind.String prints it
// ("sgx", "tdx", "sev-snp", "csv", "cca", "nitro"; "sevsnp" and "snp" also
// work).
func ParseKind(name string) (attest.Kind, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "sgx":
		return attest.KindSGX, nil
	case "tdx":
		return attest.KindTDX, nil
	case "sev-snp", "sevsnp", "snp":
		return attest.KindSEVSNP, nil
	case "csv":
		return attest.KindCSV, nil
	case "cca":
		return attest.KindCCA, nil
	case "nitro":
		return attest.KindNitro, nil
	}
	return attest.KindUnknown, fmt.Errorf("%w: unknown TEE kind %q", ErrCommittee, name)
}

// ParseRule parses the syntax Rule.String prints: terms joined by "&"
// (an All rule when there are several), each one of
//
//	m>=M          MOfN{M}
//	kinds>=K      DistinctKinds{K}
//	perkind>=P%   PerKind{P} (the % is optional)
//	weight>=W     Weighted{W}
func ParseRule(s string) (Rule, error) {
	spec, err := ParseRuleSpec(s)
	if err != nil {
		return nil, err
	}
	if spec.relative {
		return nil, fmt.Errorf("%w: %q is relative to the committee; use ParseRuleSpec", ErrRule, s)
	}
	return spec.For(&Committee{})
}

// RuleSpec is a rule that may depend on the committee, for studies across
// committee sizes. Besides ParseRule's terms it accepts fractions of the
// committee size n or of its total weight w:
//
//	m>=A/B        MOfN{ceil(A·n/B)}
//	m>A/B         MOfN{floor(A·n/B) + 1}, e.g. m>2/3 is the BFT quorum
//	weight>=A/B   Weighted{ceil(A·w/B)}
//	weight>A/B    Weighted{floor(A·w/B) + 1}
type RuleSpec struct {
	Text     string
	terms    []func(n int, w uint64) (Rule, error)
	relative bool
}

// String is the spec as written.
func (s RuleSpec) String() string { return s.Text }

// For instantiates the spec for committee c.
func (s RuleSpec) For(c *Committee) (Rule, error) {
	n, w := c.Len(), uint64(0)
	if c != nil {
		for _, m := range c.Members {
			if w+m.Weight < w {
				w = math.MaxUint64
			} else {
				w += m.Weight
			}
		}
	}
	rules := make([]Rule, 0, len(s.terms))
	for _, t := range s.terms {
		r, err := t(n, w)
		if err != nil {
			return nil, err
		}
		rules = append(rules, r)
	}
	var r Rule
	switch len(rules) {
	case 0:
		return nil, fmt.Errorf("%w: empty rule", ErrRule)
	case 1:
		r = rules[0]
	default:
		r = All{Rules: rules}
	}
	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", s.Text, err)
	}
	return r, nil
}

// ParseRuleSpec parses a rule spec (see RuleSpec).
func ParseRuleSpec(s string) (RuleSpec, error) {
	spec := RuleSpec{Text: strings.TrimSpace(s)}
	for _, term := range strings.Split(spec.Text, "&") {
		f, rel, err := parseTerm(strings.TrimSpace(term))
		if err != nil {
			return RuleSpec{}, err
		}
		spec.terms = append(spec.terms, f)
		spec.relative = spec.relative || rel
	}
	return spec, nil
}

func parseTerm(term string) (func(n int, w uint64) (Rule, error), bool, error) {
	bad := func(why string) (func(int, uint64) (Rule, error), bool, error) {
		return nil, false, fmt.Errorf("%w: term %q: %s", ErrRule, term, why)
	}
	name, op, val := term, "", ""
	if i := strings.IndexAny(term, "><"); i >= 0 {
		name = term[:i]
		rest := term[i:]
		switch {
		case strings.HasPrefix(rest, ">="):
			op, val = ">=", rest[2:]
		case strings.HasPrefix(rest, ">"):
			op, val = ">", rest[1:]
		default:
			return bad("only >= and > are supported")
		}
	}
	name, val = strings.TrimSpace(name), strings.TrimSpace(val)
	if op == "" {
		return bad("want name>=value")
	}
	if a, b, ok := strings.Cut(val, "/"); ok {
		num, err1 := strconv.ParseUint(strings.TrimSpace(a), 10, 32)
		den, err2 := strconv.ParseUint(strings.TrimSpace(b), 10, 32)
		if err1 != nil || err2 != nil || den == 0 || num > den {
			return bad("want a fraction A/B with 0 <= A <= B, B > 0")
		}
		frac := func(total uint64) uint64 {
			// floor(num·total/den) or its ceil / successor, in 128 bits.
			hi, lo := bits.Mul64(total, num)
			if hi >= den {
				return math.MaxUint64
			}
			q, r := bits.Div64(hi, lo, den)
			switch {
			case op == ">":
				return satAdd(q, 1)
			case r != 0:
				return satAdd(q, 1)
			}
			return q
		}
		switch name {
		case "m":
			return func(n int, _ uint64) (Rule, error) {
				m := frac(uint64(n))
				if m > math.MaxUint16 {
					return nil, fmt.Errorf("%w: m = %d too large", ErrRule, m)
				}
				return MOfN{M: uint16(m)}, nil
			}, true, nil
		case "weight":
			return func(_ int, w uint64) (Rule, error) { return Weighted{Threshold: frac(w)}, nil }, true, nil
		}
		return bad("fractions apply to m and weight only")
	}
	val = strings.TrimSuffix(val, "%")
	v, err := strconv.ParseUint(val, 10, 64)
	if err != nil {
		return bad("not a number")
	}
	if op == ">" {
		if v == math.MaxUint64 {
			return bad("out of range")
		}
		v++
	}
	var r Rule
	switch name {
	case "m":
		if v > math.MaxUint16 {
			return bad("out of range")
		}
		r = MOfN{M: uint16(v)}
	case "kinds":
		if v > math.MaxUint8 {
			return bad("out of range")
		}
		r = DistinctKinds{K: uint8(v)}
	case "perkind":
		if v > math.MaxUint8 {
			return bad("out of range")
		}
		r = PerKind{Percent: uint8(v)}
	case "weight":
		r = Weighted{Threshold: v}
	default:
		return bad("unknown rule (want m, kinds, perkind or weight)")
	}
	if err := r.Validate(); err != nil {
		return nil, false, fmt.Errorf("term %q: %w", term, err)
	}
	return func(int, uint64) (Rule, error) { return r, nil }, false, nil
}

func satAdd(a, b uint64) uint64 {
	if a+b < a {
		return math.MaxUint64
	}
	return a + b
}
