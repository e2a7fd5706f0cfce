package dap_test

import (
	"math/big"
	"testing"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dacert"
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
