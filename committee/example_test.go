package committee_test

import (
	"context"
	"fmt"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
)

// A committee of three members on three TEE kinds certifies a statement of
// its own kind ("test/even": an 8-byte number that must be even) through
// the same engine rollup headers use.
func Example() {
	c, members, muxes := setup(nil, 3)
	peers := make([]committee.Peer, len(muxes))
	for i, m := range muxes {
		peers[i] = committee.LocalPeer{Mux: m}
	}
	e := &committee.Engine{Domain: domain}
	st := []byte{0, 0, 0, 0, 0, 0, 0, 10}
	d := digestOf(st)
	votes, _ := e.Collect(context.Background(), committee.Request{Kind: "test/even", Statement: st, Digest: d, Committee: c, Self: 0, Peers: peers})
	own, _ := quorum.SignVote(quorum.KeySigner(members[0].k), domain, d)
	rule := quorum.DistinctKinds{K: 2}
	qc, err := committee.Certify(rule, c, domain, d, append(votes, own), true)
	if err != nil {
		panic(err)
	}
	fmt.Println("votes:", len(votes)+1, "signers kept:", qc.Signers.Count())
	fmt.Println("verifies:", quorum.Verify(rule, c, domain, d, qc) == nil)
	// Output:
	// votes: 3 signers kept: 2
	// verifies: true
}
