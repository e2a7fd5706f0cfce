package quorum_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

// TestRuleMetByAllDifferential: QuorumVerifier.ruleMetByAll, which the
// Manager uses to decide whether a committee that lost members can go on,
// agrees with Go: the rule holds on the committee reduced to the kept
// members when all of them sign. ruleScalesWithCommittee is true exactly
// for rules with a PerKind leaf.
func TestRuleMetByAllDifferential(t *testing.T) {
	e := newEVM(t)
	rng := rand.New(rand.NewPCG(7, 11))
	met := 0
	const cases = 400
	for i := range cases {
		n := 1 + rng.IntN(12)
		members := make([]quorum.Member, n)
		for j := range members {
			var a common.Address
			fill(rng, a[:])
			members[j] = quorum.Member{Addr: a, Kind: attest.Kind(1 + rng.IntN(5)), Weight: 1 + rng.Uint64N(5)}
		}
		c, err := quorum.NewCommittee(members...)
		if err != nil {
			t.Fatal(err)
		}
		rule := genRule(rng, c)
		var keep []quorum.Member
		mask := new(big.Int)
		for j, m := range c.Members {
			if rng.IntN(3) != 0 {
				keep = append(keep, m)
				mask.SetBit(mask, j, 1)
			}
		}
		if len(keep) == 0 { // the Manager never asks about no members
			keep = append(keep, c.Members[0])
			mask.SetBit(mask, 0, 1)
		}
		reduced, err := quorum.NewCommittee(keep...)
		if err != nil {
			t.Fatal(err)
		}
		all := quorum.Bitset{}
		for j := range keep {
			all.Add(j)
		}
		want := quorum.Check(rule, reduced, all) == nil
		got, err := e.h.UnpackRuleMetByAll(e.chain.Call(t, e.addr, e.h.PackRuleMetByAll(c.Encode(), mask, mustEncodeRule(rule))))
		if err != nil {
			t.Fatal(err)
		}
		if got {
			met++
		}
		if got != want {
			t.Fatalf("case %d: rule %x over %d of %d members: Solidity %v, Go %v", i, mustEncodeRule(rule), len(keep), n, got, want)
		}
		scales, err := e.h.UnpackRuleScalesWithCommittee(e.chain.Call(t, e.addr, e.h.PackRuleScalesWithCommittee(mustEncodeRule(rule))))
		if err != nil {
			t.Fatal(err)
		}
		if scales != hasPerKind(rule) {
			t.Fatalf("case %d: rule %x: ruleScalesWithCommittee %v", i, mustEncodeRule(rule), scales)
		}
	}
	if met < cases/10 || met > cases*9/10 {
		t.Fatalf("rule met in %d of %d cases: the generator is lopsided", met, cases)
	}
}

func hasPerKind(r quorum.Rule) bool {
	switch r := r.(type) {
	case quorum.PerKind:
		return true
	case quorum.All:
		for _, c := range r.Rules {
			if hasPerKind(c) {
				return true
			}
		}
	}
	return false
}
