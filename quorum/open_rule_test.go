package quorum_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

// tdxAndOne is an outside rule: a TDX signer and at least one other kind.
// It is an ordinary type implementing quorum.Rule, with no on-chain
// encoding.
type tdxAndOne struct{}

func (tdxAndOne) Eval(t quorum.Tally) error {
	if t.SignersByKind[attest.KindTDX] == 0 || t.Kinds() < 2 {
		return fmt.Errorf("%w: want a TDX signer and another kind", quorum.ErrRuleNotMet)
	}
	return nil
}
func (tdxAndOne) String() string  { return "tdx&kinds>=2" }
func (tdxAndOne) Validate() error { return nil }

// strictMOfN embeds a built-in rule and tightens its Go semantics: the
// trap the open Rule must not fall into. Its Encode is MOfN's, which the
// chain would enforce as plain m-of-n.
type strictMOfN struct{ quorum.MOfN }

func (r strictMOfN) Eval(t quorum.Tally) error {
	if err := r.MOfN.Eval(t); err != nil {
		return err
	}
	if t.Kinds() < 3 {
		return fmt.Errorf("%w: want three kinds", quorum.ErrRuleNotMet)
	}
	return nil
}
func (r strictMOfN) String() string { return "strict " + r.MOfN.String() }

func openRuleCommittee(t *testing.T) *quorum.Committee {
	t.Helper()
	kinds := []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindTDX, attest.KindCSV, attest.KindCSV}
	var ms []quorum.Member
	for i, k := range kinds {
		ms = append(ms, quorum.Member{Addr: common.BigToAddress(new(big.Int).Lsh(big.NewInt(1), uint(8+i))), Kind: k, Weight: 1})
	}
	c, err := quorum.NewCommittee(ms...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestOutsideRule (issue 13): a rule from another module is used by every
// consumer through the public interface only: Check, Simulate (whose
// forge probability must be the rule's own, not an embedded rule's), and
// EncodeRule refuses to put on chain a rule the chain would read as
// another one.
func TestOutsideRule(t *testing.T) {
	c := openRuleCommittee(t)
	idx := func(k attest.Kind) int {
		for i, m := range c.Members {
			if m.Kind == k {
				return i
			}
		}
		t.Fatalf("no %s member", k)
		return 0
	}
	sgx, tdx, csv := idx(attest.KindSGX), idx(attest.KindTDX), idx(attest.KindCSV)
	for _, tc := range []struct {
		name    string
		rule    quorum.Rule
		signers []int
		want    error
	}{
		{"outside rule met", tdxAndOne{}, []int{tdx, csv}, nil},
		{"outside rule: no TDX", tdxAndOne{}, []int{sgx, csv}, quorum.ErrRuleNotMet},
		{"embedding rule: its own semantics", strictMOfN{quorum.MOfN{M: 2}}, []int{tdx, csv}, quorum.ErrRuleNotMet},
		{"embedding rule met", strictMOfN{quorum.MOfN{M: 2}}, []int{sgx, tdx, csv}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := quorum.Check(tc.rule, c, quorum.BitsetOf(tc.signers...))
			if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
		})
	}

	// Simulate evaluates the rule itself: with SGX and CSV compromised
	// (and nothing else), strictMOfN{2} cannot be forged (two kinds), the
	// embedded MOfN{2} can.
	risks := quorum.Risks{
		attest.KindSGX: {Compromise: 1, Availability: 1},
		attest.KindTDX: {Compromise: 0, Availability: 1},
		attest.KindCSV: {Compromise: 1, Availability: 1},
	}
	res, err := quorum.Simulate(c, []quorum.Rule{strictMOfN{quorum.MOfN{M: 2}}, quorum.MOfN{M: 2}, tdxAndOne{}}, quorum.SimConfig{Trials: 200, Seed: 1, Risks: risks})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Forge.Hits != 0 || res[0].ExactForge != 0 {
		t.Fatalf("strict rule forged %d times (exact %v), want never", res[0].Forge.Hits, res[0].ExactForge)
	}
	if res[1].Forge.Hits != 200 || res[1].ExactForge != 1 {
		t.Fatalf("m>=2 forged %d times (exact %v), want always", res[1].Forge.Hits, res[1].ExactForge)
	}
	if res[2].Forge.Hits != 0 {
		t.Fatalf("tdx rule forged without TDX")
	}

	// Only rules the chain enforces as they are get an encoding.
	for _, r := range []quorum.Rule{tdxAndOne{}, strictMOfN{quorum.MOfN{M: 2}}, quorum.All{Rules: []quorum.Rule{quorum.MOfN{M: 2}, tdxAndOne{}}}} {
		if _, err := quorum.EncodeRule(r); !errors.Is(err, quorum.ErrNotOnChain) {
			t.Fatalf("EncodeRule(%s) = %v, want ErrNotOnChain", r, err)
		}
	}
	for _, r := range []quorum.Rule{quorum.MOfN{M: 2}, &quorum.DistinctKinds{K: 2}, quorum.All{Rules: []quorum.Rule{quorum.MOfN{M: 2}, quorum.PerKind{Percent: 50}}}} {
		if _, err := quorum.EncodeRule(r); err != nil {
			t.Fatalf("EncodeRule(%s) = %v", r, err)
		}
	}
}
