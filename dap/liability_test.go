package dap_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
)

// TestLiableOnlyForSignedData: with a 2-of-3 DA set, heights are certified
// by DAPs A and B while C is offline (it never sees nor signs the data). A
// chunk request for such a height makes only A and B liable: C, silent, is
// never slashed for it; B, which signed and then lost the data, is. Neither
// a request that claims C signed nor one that ignores the certificate is
// accepted.
func TestLiableOnlyForSignedData(t *testing.T) {
	e := newEnvDA(t, testParams, 3, 2)
	e.register(e.daps...)
	a, b, c := e.daps[0], e.daps[1], e.daps[2]
	var cert *dacert.Cert
	for range 3 {
		h, d := e.makeHeight(2)
		cert = e.submitDA(h, d, a, b)
	}
	h := e.head
	// B loses the data (its responder stays silent); C never had it.
	b.responder.Lazy = true

	// Without the defences: a certificate-blind request would make C
	// liable, and so would a certificate whose bitmap names C.
	if _, err := e.game.RequestChunk(e.ctx, e.chain.Transactor(acctRequester), h); !isRevert[*bindings.DataAvailabilityNeedsCert](err) {
		t.Fatalf("a certificate-blind request for a DA-certified height: %v", err)
	}
	ci, _ := e.daSet.Index(c.addr)
	for _, bitmap := range []uint64{cert.Bitmap | 1<<ci, cert.Bitmap ^ (1<<ci | cert.Bitmap&-cert.Bitmap)} {
		forged := *cert
		forged.Bitmap = bitmap
		if sub, err := e.daSet.Subset(bitmap); err == nil {
			// A real subset with C: its key and proof, A's and B's signature.
			forged.Ax, forged.Parity = sub.Ax(), sub.Parity()
			forged.Proof, _ = e.daSet.SubsetProof(bitmap)
		}
		if _, err := e.game.RequestChunkDA(e.ctx, e.chain.Transactor(acctRequester), h, e.daSet, &forged); !isRevert[*bindings.DataAvailabilityBadCertificate](err) {
			t.Fatalf("a request claiming C signed (bitmap %#b): %v", bitmap, err)
		}
	}

	rc := e.mine(e.game.RequestChunkDA(e.ctx, e.chain.Transactor(acctRequester), h, e.daSet, cert))
	req, err := e.game.RequestFromReceipt(rc)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Mul(testParams.AnswerCost, big.NewInt(2))
	if req.Fee.Cmp(want) != 0 {
		t.Fatalf("fee %s, want c for each of the 2 signers (%s)", req.Fee, want)
	}
	for _, p := range []*testDAP{a, b, c} {
		liable, _ := e.game.IsLiable(e.ctx, p.addr, req.ID)
		info, _ := e.game.Info(e.ctx, p.addr)
		if got := liable && req.Liable&(1<<info.Slot) != 0; got != (p != c) {
			t.Fatalf("DAP %s liable %v", p.addr, got)
		}
	}
	rcs := e.poll(a, b, c)
	if len(rcs) != 1 {
		t.Fatalf("%d answers, want A's alone", len(rcs))
	}
	before := map[*testDAP]*big.Int{a: e.collateral(a), b: e.collateral(b), c: e.collateral(c)}
	s, _ := e.settle(req)
	if s.Answers != 1 {
		t.Fatalf("%d answers", s.Answers)
	}
	penalty := new(big.Int).Add(testParams.AnswerCost, testParams.Epsilon)
	if got := new(big.Int).Sub(before[b], e.collateral(b)); got.Cmp(penalty) != 0 {
		t.Fatalf("B, a signer that lost the data, lost %s, want c + ε = %s", got, penalty)
	}
	if e.collateral(c).Cmp(before[c]) != 0 || s.Penalties[c.addr] != nil {
		t.Fatalf("C, which never signed, was slashed")
	}
	if e.collateral(a).Cmp(before[a]) != 0 {
		t.Fatal("A answered and was slashed")
	}
}

// TestOfflineDAPCatchesUpUnslashed (issue 12.4): with a 2-of-3 DA set, DAP
// C is offline for 50 heights that A and B certify (the committee lands
// them: two signatures are the threshold). C comes back, backfills the 50
// heights from A, and takes part again; a chunk request for a height it
// missed does not make it liable (it never signed), and one for a height
// it signed after catching up does, and it answers.
func TestOfflineDAPCatchesUpUnslashed(t *testing.T) {
	e := newEnvDA(t, testParams, 3, 2)
	e.register(e.daps...)
	a, b, c := e.daps[0], e.daps[1], e.daps[2]
	h, d := e.makeHeight(1)
	e.submitDA(h, d, b, c) // certificates name exactly a threshold of signers
	e.upload(h, d, e.daps...)
	missed := map[uint64]*dacert.Cert{}
	var old *rollup.Header
	for i := range 50 {
		h, d := e.makeHeight(1)
		missed[h.Height] = e.submitDA(h, d, a, b)
		e.upload(h, d, a, b)
		if i == 10 {
			old = h
		}
	}
	if head, _ := c.node.Head(); head != 1 {
		t.Fatalf("offline DAP at height %d", head)
	}
	stored, err := c.node.Backfill(e.ctx, a.peer("dap-0"))
	if err != nil || stored != 50 {
		t.Fatalf("backfill: %d heights, %v", stored, err)
	}
	// Back in the game: C signs the next height with A.
	h, d = e.makeHeight(1)
	signed := e.submitDA(h, d, a, c)
	e.upload(h, d, e.daps...)

	// A height C missed: only A and B are liable, and C stays silent.
	rc := e.mine(e.game.RequestChunkDA(e.ctx, e.chain.Transactor(acctRequester), old, e.daSet, missed[old.Height]))
	req, err := e.game.RequestFromReceipt(rc)
	if err != nil {
		t.Fatal(err)
	}
	c.responder.Lazy = true
	e.poll(a, b, c)
	before := e.collateral(c)
	if s, _ := e.settle(req); s.Answers != 2 || s.Penalties[c.addr] != nil {
		t.Fatalf("settlement %+v: want A's and B's answers and no penalty for C", s)
	}
	if e.collateral(c).Cmp(before) != 0 {
		t.Fatal("C was slashed for a height it never signed")
	}
	// A height C signed: it is liable, and answers.
	c.responder.Lazy = false
	rc = e.mine(e.game.RequestChunkDA(e.ctx, e.chain.Transactor(acctRequester), h, e.daSet, signed))
	if req, err = e.game.RequestFromReceipt(rc); err != nil {
		t.Fatal(err)
	}
	if liable, _ := e.game.IsLiable(e.ctx, c.addr, req.ID); !liable {
		t.Fatal("C is not liable for a height it signed")
	}
	if rcs := e.poll(a, c); len(rcs) != 2 {
		t.Fatalf("%d answers, want A's and C's", len(rcs))
	}
	if s, _ := e.settle(req); s.Answers != 2 || len(s.Penalties) != 0 {
		t.Fatalf("settlement %+v", s)
	}
}

// TestProvenRequestsFollowCertificates: the proven (any-height) request
// paths apply the same liability rule as the recent-height ones. Before:
// requestChunkProven ignored DA certificates and made every DAP liable for
// any old height, including DAPs that never signed it.
func TestProvenRequestsFollowCertificates(t *testing.T) {
	e := newEnvDA(t, testParams, 3, 2)
	e.register(e.daps...)
	a, b, c := e.daps[0], e.daps[1], e.daps[2]
	h1, d1 := e.makeHeight(1)
	cert1 := e.submitDA(h1, d1, a, b)
	e.upload(h1, d1, e.daps...)
	for range 2 {
		h, d := e.makeHeight(1)
		e.submitDA(h, d, a, c)
		e.upload(h, d, e.daps...)
	}
	p, err := e.hist.Prove(h1.Height-1, e.head.Height-1)
	if err != nil {
		t.Fatal(err)
	}
	hp := &dap.HeaderProof{Anchor: e.head, Proof: p}
	if _, err := e.game.RequestChunkProven(e.ctx, e.chain.Transactor(acctRequester), h1, hp); !isRevert[*bindings.DataAvailabilityNeedsCert](err) {
		t.Fatalf("a certificate-blind proven request under a DA set: %v", err)
	}
	rc := e.mine(e.game.RequestChunkDAProven(e.ctx, e.chain.Transactor(acctRequester), h1, hp, e.daSet, cert1))
	req, err := e.game.RequestFromReceipt(rc)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []*testDAP{a, b, c} {
		liable, _ := e.game.IsLiable(e.ctx, x.addr, req.ID)
		info, _ := e.game.Info(e.ctx, x.addr)
		if got := liable && req.Liable&(1<<info.Slot) != 0; got != (x != c) {
			t.Fatalf("DAP %s liable %v for a height signed by A and B", x.addr, got)
		}
	}
	bad := *hp
	bad.Proof.Siblings = append([]common.Hash(nil), p.Siblings...)
	bad.Proof.Siblings[0][0] ^= 1
	if _, err := e.game.RequestChunkDAProven(e.ctx, e.chain.Transactor(acctRequester), h1, &bad, e.daSet, cert1); !isRevert[*bindings.DataAvailabilityBadHistoryProof](err) {
		t.Fatalf("a corrupted history proof: %v", err)
	}
}
