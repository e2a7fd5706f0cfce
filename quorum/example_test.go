package quorum_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

// A three-member committee running on three TEE technologies certifies a
// header under the paper's rule: signatures from at least two distinct
// kinds.
func Example() {
	// Each member's vote key lives in its enclave; here they are derived
	// from labels.
	key := func(i int) *ecdsa.PrivateKey {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("example member %d", i))))
		return k
	}
	var members []quorum.Member
	for i, kind := range []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindCSV} {
		members = append(members, quorum.Member{Addr: crypto.PubkeyToAddress(key(i).PublicKey), Kind: kind, Weight: 1})
	}
	committee, err := quorum.NewCommittee(members...)
	if err != nil {
		panic(err)
	}
	domain := quorum.Domain{ChainID: big.NewInt(1), Verifier: common.HexToAddress("0x000000000000000000000000000000000000c0de")}
	header := crypto.Keccak256Hash([]byte("block 1"))

	// Two members vote (SGX and CSV).
	var votes []quorum.Vote
	for _, i := range []int{0, 2} {
		v, _ := quorum.SignVote(quorum.KeySigner(key(i)), domain, header)
		votes = append(votes, v)
	}
	qc, err := quorum.NewECDSAQC(committee, domain, header, votes)
	if err != nil {
		panic(err)
	}
	rule := quorum.DistinctKinds{K: 2}
	fmt.Println("certified:", quorum.Verify(rule, committee, domain, header, qc) == nil)
	fmt.Printf("rule %s encodes as %x\n", rule, mustEncodeRule(rule))
	fmt.Println("QC bytes:", len(qc.Encode()))

	// A stricter rule is not met by the same signers.
	err = quorum.Verify(quorum.DistinctKinds{K: 3}, committee, domain, header, qc)
	var notMet *quorum.RuleNotMetError
	fmt.Println(errors.As(err, &notMet), notMet.Tally.Kinds())
	// Output:
	// certified: true
	// rule kinds>=2 encodes as 0202
	// QC bytes: 131
	// true 2
}

func ExampleDecodeRule() {
	r, err := quorum.DecodeRule([]byte{0x05, 0x02, 0x02, 0x02, 0x01, 0x00, 0x07})
	if err != nil {
		panic(err)
	}
	fmt.Println(r)
	_, err = quorum.DecodeRule([]byte{0x03, 101})
	fmt.Println(errors.Is(err, quorum.ErrRule))
	// Output:
	// kinds>=2&m>=7
	// true
}

func ExampleParseRuleSpec() {
	spec, _ := quorum.ParseRuleSpec("kinds>=2&m>2/3")
	for _, n := range []int{5, 10, 20} {
		c, _ := quorum.RatioCommittee(n, quorum.PaperKinds, quorum.PaperRatio)
		r, _ := spec.For(c)
		fmt.Printf("n=%d: %s\n", n, r)
	}
	// Output:
	// n=5: kinds>=2&m>=4
	// n=10: kinds>=2&m>=7
	// n=20: kinds>=2&m>=14
}

func ExampleCheckConflict() {
	a := quorum.Certificate{Height: 9, HeaderHash: common.Hash{1}, QC: &quorum.ECDSAQC{N: 4, Signers: quorum.BitsetOf(0, 1, 2)}}
	b := quorum.Certificate{Height: 9, HeaderHash: common.Hash{2}, QC: &quorum.ECDSAQC{N: 4, Signers: quorum.BitsetOf(1, 2, 3)}}
	err := quorum.CheckConflict(a, b)
	var conflict *quorum.ConflictingQCError
	if errors.As(err, &conflict) {
		fmt.Println("equivocators:", conflict.Equivocators())
	}
	fmt.Println(errors.Is(err, quorum.ErrConflict))
	// Output:
	// equivocators: {1,2}
	// true
}

func ExampleSplitByRatio() {
	for _, n := range []int{5, 6, 8, 10} {
		split, _ := quorum.SplitByRatio(n, quorum.PaperRatio)
		fmt.Println(n, split)
	}
	// Output:
	// 5 [1 2 2]
	// 6 [1 3 2]
	// 8 [2 3 3]
	// 10 [2 4 4]
}

func ExampleSimulate() {
	c, _ := quorum.RatioCommittee(10, quorum.PaperKinds, quorum.PaperRatio)
	risks := quorum.Risks{
		attest.KindSGX: {Compromise: 0.10, Availability: 0.95},
		attest.KindTDX: {Compromise: 0.05, Availability: 0.95},
		attest.KindCSV: {Compromise: 0.05, Availability: 0.95},
	}
	rules := []quorum.Rule{quorum.DistinctKinds{K: 2}, quorum.DistinctKinds{K: 3}}
	res, err := quorum.Simulate(c, rules, quorum.SimConfig{Trials: 100_000, Seed: 1, Risks: risks})
	if err != nil {
		panic(err)
	}
	for _, r := range res {
		fmt.Printf("%s: forge %.4f (exact %.4f), stall %.4f\n", r.Rule, r.Forge.P(), r.ExactForge, r.Stall.P())
	}
	// Output:
	// kinds>=2: forge 0.0117 (exact 0.0120), stall 0.0119
	// kinds>=3: forge 0.0003 (exact 0.0003), stall 0.1896
}
