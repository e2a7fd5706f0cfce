package dap_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
)

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

func mul(x *big.Int, k int64) *big.Int { return new(big.Int).Mul(x, big.NewInt(k)) }

func wantEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// revertReason returns the decoded custom error of a DataAvailability revert.
func revertReason(t *testing.T, err error) any {
	t.Helper()
	var re *dap.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("got %v, want a DataAvailability revert", err)
	}
	if !errors.Is(err, rollup.ErrReverted) {
		t.Fatalf("revert %v does not unwrap to rollup.ErrReverted", err)
	}
	return re.Reason
}

// TestLazyDAPSlashed: three DAPs hold a height; a request comes; the two
// honest ones answer automatically and are reimbursed c each, the lazy one
// stays silent and loses exactly c + ε; the requester gets back the fee
// minus what the answers cost.
func TestLazyDAPSlashed(t *testing.T) {
	e := newEnv(t, testParams, 3)
	e.register(e.daps...)
	honest1, honest2, lazy := e.daps[0], e.daps[1], e.daps[2]
	lazy.responder.Lazy = true

	h, data := e.nextHeight(30) // several chunks
	if n := merkle.NumChunks(uint64(len(data.Encode()))); n < 4 {
		t.Fatalf("only %d chunks: make the batch bigger", n)
	}
	if err := e.client().Upload(e.ctx, h, data); err != nil {
		t.Fatal(err)
	}

	c, eps := testParams.AnswerCost, testParams.Epsilon
	fee := mul(c, 3)
	requesterBefore := e.balance(e.chain.Accounts[acctRequester].Address)
	before := map[*testDAP]*big.Int{honest1: e.balance(honest1.addr), honest2: e.balance(honest2.addr), lazy: e.balance(lazy.addr)}
	req, reqRc := e.request(h)
	wantEq(t, "fee", req.Fee, fee)
	if req.Height != h.Height || req.DataRoot != h.DataRoot || req.Deadline != req.Block+testParams.ResponseWindow {
		t.Fatalf("request %+v does not match header %d / block", req, h.Height)
	}

	rcs := e.poll(e.daps...)
	if len(rcs) != 2 {
		t.Fatalf("%d answers, want 2 (the lazy DAP must stay silent)", len(rcs))
	}
	answered, err := e.game.Answered(e.ctx, req.ID)
	if err != nil {
		t.Fatal(err)
	}
	if answered != 0b011 {
		t.Fatalf("answer bitmap %03b, want 011", answered)
	}
	// Every answer carries the chunk the seed picked.
	wantIndex := req.ChunkIndex(uint64(len(data.Encode())))
	for _, rc := range rcs {
		var got *bindings.DataAvailabilityChunkAnswered
		for _, l := range rc.Logs {
			if ev, err := bindings.NewDataAvailability().UnpackChunkAnsweredEvent(l); err == nil {
				got = ev
			}
		}
		if got == nil || got.Index.Uint64() != wantIndex {
			t.Fatalf("answer event %+v, want chunk %d", got, wantIndex)
		}
	}

	s, _ := e.settle(req)
	if s.Answers != 2 || len(s.Penalties) != 1 || s.Penalties[lazy.addr] == nil {
		t.Fatalf("settlement %+v: want 2 answers and one penalty, on the lazy DAP", s)
	}
	wantEq(t, "lazy penalty", s.Penalties[lazy.addr], add(c, eps))
	wantEq(t, "slashed", s.Slashed, add(c, eps))
	wantEq(t, "refund", s.Refund, c)

	wantEq(t, "lazy collateral", e.collateral(lazy), add(testParams.MinCollateral, neg(c), neg(eps)))
	wantEq(t, "honest collateral", e.collateral(honest1), testParams.MinCollateral)
	wantEq(t, "honest collateral", e.collateral(honest2), testParams.MinCollateral)
	burned, _ := e.game.Burned(e.ctx)
	wantEq(t, "burned", burned, add(c, eps))

	// Each honest DAP paid its answer's gas and got c back; the lazy one
	// paid nothing and got nothing; the requester paid the fee and its gas
	// and got the unused c back.
	for i, d := range []*testDAP{honest1, honest2} {
		wantEq(t, "honest balance change", new(big.Int).Sub(e.balance(d.addr), before[d]), add(c, neg(gasCost(rcs[i]))))
	}
	wantEq(t, "lazy balance change", new(big.Int).Sub(e.balance(lazy.addr), before[lazy]), new(big.Int))
	wantEq(t, "requester balance change", new(big.Int).Sub(e.balance(e.chain.Accounts[acctRequester].Address), requesterBefore),
		add(neg(fee), neg(gasCost(reqRc)), c))

	// Settled requests are gone; settling again is refused.
	if open, _ := e.game.IsOpen(e.ctx, req.ID); open {
		t.Fatal("request still open after settle")
	}
	_, err = e.game.Settle(e.ctx, e.chain.Transactor(acctSettler), req)
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityUnknownRequest); !ok {
		t.Fatalf("second settle: %v", err)
	}
}

// TestAllLazySlashed: when no DAP answers, every DAP loses its whole
// collateral, and the requester gets its whole fee back.
func TestAllLazySlashed(t *testing.T) {
	e := newEnv(t, testParams, 3)
	e.register(e.daps...)
	for _, d := range e.daps {
		d.responder.Lazy = true
	}
	h, data := e.nextHeight(5)
	if err := e.client().Upload(e.ctx, h, data); err != nil {
		t.Fatal(err)
	}
	req, _ := e.request(h)
	if rcs := e.poll(e.daps...); len(rcs) != 0 {
		t.Fatalf("lazy DAPs answered %d times", len(rcs))
	}
	s, _ := e.settle(req)
	if s.Answers != 0 || len(s.Penalties) != 3 {
		t.Fatalf("settlement %+v: want no answer and three penalties", s)
	}
	for _, d := range e.daps {
		wantEq(t, "penalty", s.Penalties[d.addr], testParams.MinCollateral)
		wantEq(t, "collateral", e.collateral(d), new(big.Int))
	}
	wantEq(t, "slashed", s.Slashed, mul(testParams.MinCollateral, 3))
	wantEq(t, "refund", s.Refund, req.Fee)
}

// TestTamperedAnswerIsSilence: an answer whose chunk or proof does not
// verify against the header's data root is refused on chain, so the DAP
// that sent it is silent and slashed c + ε.
func TestTamperedAnswerIsSilence(t *testing.T) {
	e := newEnv(t, testParams, 3)
	e.register(e.daps...)
	tamperer := e.daps[2]
	tamperer.responder.Lazy = true // it answers by hand below
	h, data := e.nextHeight(20)
	if err := e.client().Upload(e.ctx, h, data); err != nil {
		t.Fatal(err)
	}
	req, _ := e.request(h)
	length, chunk, proof, err := tamperer.node.Answer(req.Height, req.DataRoot, req.Seed)
	if err != nil {
		t.Fatal(err)
	}
	other := (req.ChunkIndex(length) + 1) % merkle.NumChunks(length)
	otherChunk, otherProof, err := tamperer.node.Chunk(req.Height, other)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), chunk...)
	flipped[0] ^= 1
	badSibling := *proof
	badSibling.Siblings = append([]common.Hash(nil), proof.Siblings...)
	badSibling.Siblings[0][0] ^= 1
	longer := *proof
	longer.Length++
	for name, tc := range map[string]struct {
		chunk []byte
		proof *merkle.ChunkProof
	}{
		"flipped chunk byte":   {flipped, proof},
		"flipped sibling":      {chunk, &badSibling},
		"another chunk":        {otherChunk, otherProof},
		"claims a longer file": {chunk, &longer},
		"truncated chunk":      {chunk[:len(chunk)-1], proof},
	} {
		_, err := e.game.Respond(e.ctx, tamperer.auth, req, tc.chunk, tc.proof)
		if _, ok := revertReason(t, err).(*bindings.DataAvailabilityInvalidChunk); !ok {
			t.Fatalf("%s: got %v, want InvalidChunk", name, err)
		}
	}
	// Someone who is not a DAP cannot answer either.
	_, err = e.game.Respond(e.ctx, e.chain.Transactor(acctSettler), req, chunk, proof)
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityNotLiable); !ok {
		t.Fatalf("stranger's answer: %v", err)
	}
	if rcs := e.poll(e.daps...); len(rcs) != 2 {
		t.Fatalf("%d honest answers, want 2", len(rcs))
	}
	// An honest DAP cannot answer twice (and be reimbursed twice).
	_, err = e.game.Respond(e.ctx, e.daps[0].auth, req, chunk, proof)
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityAlreadyAnswered); !ok {
		t.Fatalf("second answer: %v", err)
	}
	s, _ := e.settle(req)
	if s.Answers != 2 || len(s.Penalties) != 1 {
		t.Fatalf("settlement %+v", s)
	}
	wantEq(t, "tamperer's penalty", s.Penalties[tamperer.addr], add(testParams.AnswerCost, testParams.Epsilon))
	// After the deadline, answers are refused.
	_, err = e.game.Respond(e.ctx, tamperer.auth, req, chunk, proof)
	if err == nil {
		t.Fatal("answer after settlement accepted")
	}
}

// TestExitStaysSlashable: a DAP that asks to leave while a request is
// pending cannot withdraw before that request is settled, is slashed by it,
// and is not liable for later requests.
func TestExitStaysSlashable(t *testing.T) {
	e := newEnv(t, testParams, 3)
	e.register(e.daps...)
	leaver := e.daps[2]
	leaver.responder.Lazy = true
	h, data := e.nextHeight(3)
	if err := e.client().Upload(e.ctx, h, data); err != nil {
		t.Fatal(err)
	}
	req, _ := e.request(h)
	e.poll(e.daps...)
	exitRc := e.mine(e.game.RequestExit(e.ctx, leaver.auth))

	// A later request is not the leaver's business, and costs less.
	fee, err := e.game.RequestFee(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "fee after exit", fee, mul(testParams.AnswerCost, 2))
	later, _ := e.request(h)
	if liable, _ := e.game.IsLiable(e.ctx, leaver.addr, later.ID); liable {
		t.Fatal("a leaving DAP is liable for a request made after its exit request")
	}
	if liable, _ := e.game.IsLiable(e.ctx, leaver.addr, req.ID); !liable {
		t.Fatal("a leaving DAP escaped the request pending at its exit")
	}
	e.poll(e.daps...)

	_, err = e.game.Withdraw(e.ctx, leaver.auth)
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityExitDelayNotOver); !ok {
		t.Fatalf("early withdrawal: %v", err)
	}
	e.mineTo(exitRc.BlockNumber.Uint64() + testParams.ExitDelay)
	_, err = e.game.Withdraw(e.ctx, leaver.auth)
	if r, ok := revertReason(t, err).(*bindings.DataAvailabilityUnsettled); !ok || r.Id.Uint64() != req.ID {
		t.Fatalf("withdrawal before settlement: %v", err)
	}
	s, _ := e.settle(req)
	wantEq(t, "leaver's penalty", s.Penalties[leaver.addr], add(testParams.AnswerCost, testParams.Epsilon))
	s2, _ := e.settle(later)
	if len(s2.Penalties) != 0 || s2.Answers != 2 {
		t.Fatalf("later request: %+v, want two answers and no penalty", s2)
	}

	before := e.balance(leaver.addr)
	rc := e.mine(e.game.Withdraw(e.ctx, leaver.auth))
	remaining := add(testParams.MinCollateral, neg(testParams.AnswerCost), neg(testParams.Epsilon))
	wantEq(t, "withdrawn", new(big.Int).Sub(e.balance(leaver.addr), before), add(remaining, neg(gasCost(rc))))
	if info, _ := e.game.Info(e.ctx, leaver.addr); info.Registered {
		t.Fatal("still registered after withdrawal")
	}
	// Its slot is free for a newcomer, who is not liable for old requests.
	e.mine(e.game.Register(e.ctx, leaver.auth, testParams.MinCollateral, "again"))
	if info, _ := e.game.Info(e.ctx, leaver.addr); info.Slot != 2 || info.FirstRequest != later.ID+1 {
		t.Fatalf("re-registration record %+v", info)
	}
}

// TestUnknownHeaderRefused: requests must name an accepted header of a
// recent height, with the right fee.
func TestUnknownHeaderRefused(t *testing.T) {
	e := newEnv(t, testParams, 1)
	h, _ := e.nextHeight(1)
	_, err := e.game.RequestChunk(e.ctx, e.chain.Transactor(acctRequester), h)
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityNoDaps); !ok {
		t.Fatalf("request without DAPs: %v", err)
	}
	e.register(e.daps...)
	forged := *h
	forged.DataRoot[0] ^= 1
	_, err = e.game.RequestChunk(e.ctx, e.chain.Transactor(acctRequester), &forged)
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityUnknownHeader); !ok {
		t.Fatalf("forged header: %v", err)
	}
	future := *h
	future.Height++
	_, err = e.game.RequestChunk(e.ctx, e.chain.Transactor(acctRequester), &future)
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityUnknownHeader); !ok {
		t.Fatalf("future header: %v", err)
	}
	// Under the minimum collateral, or twice, registration is refused.
	_, err = e.game.Register(e.ctx, e.chain.Transactor(acctSettler), new(big.Int).Sub(testParams.MinCollateral, big.NewInt(1)), "")
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityInsufficientCollateral); !ok {
		t.Fatalf("low collateral: %v", err)
	}
	_, err = e.game.Register(e.ctx, e.daps[0].auth, testParams.MinCollateral, "")
	if _, ok := revertReason(t, err).(*bindings.DataAvailabilityAlreadyRegistered); !ok {
		t.Fatalf("double registration: %v", err)
	}
}

// TestUploadNeedsAcceptedHeader: with the TSC authorizer, a DAP refuses a
// header the TSC has not accepted, however well formed.
func TestUploadNeedsAcceptedHeader(t *testing.T) {
	e := newEnv(t, testParams, 1)
	h, data := e.nextHeight(2)
	unaccepted := *h
	unaccepted.TxRoot[0] ^= 1
	err := e.client().Upload(e.ctx, &unaccepted, data)
	if !errors.Is(err, dap.ErrUnauthorized) {
		t.Fatalf("upload of an unaccepted header: %v", err)
	}
	if err := e.client().Upload(e.ctx, h, data); err != nil {
		t.Fatal(err)
	}
	got, err := e.client().Metadata(e.ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	if got.Height != h.Height || len(got.Txs) != len(data.Txs) {
		t.Fatalf("fetched %+v", got)
	}
}

// TestResponderSettles: a responder with Settle settles the requests it saw
// once their deadline has passed, and only once.
func TestResponderSettles(t *testing.T) {
	e := newEnv(t, testParams, 2)
	e.register(e.daps...)
	honest, lazy := e.daps[0], e.daps[1]
	honest.responder.Settle = true
	lazy.responder.Lazy = true
	h, data := e.nextHeight(4)
	if err := e.client().Upload(e.ctx, h, data); err != nil {
		t.Fatal(err)
	}
	req, _ := e.request(h)
	if rcs := e.poll(e.daps...); len(rcs) != 1 {
		t.Fatalf("%d transactions, want the honest answer only", len(rcs))
	}
	e.mineTo(req.Deadline - 1)
	if rcs := e.poll(honest); len(rcs) != 0 {
		t.Fatal("settled before the deadline")
	}
	e.mineTo(req.Deadline + 1)
	rcs := e.poll(honest)
	if len(rcs) != 1 {
		t.Fatalf("%d transactions after the deadline, want one settlement", len(rcs))
	}
	s, err := e.game.SettlementFromReceipt(rcs[0])
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "lazy penalty", s.Penalties[lazy.addr], add(testParams.AnswerCost, testParams.Epsilon))
	if rcs := e.poll(honest); len(rcs) != 0 {
		t.Fatal("settled twice")
	}
}

// TestRefusingRequesterCannotBlockSettlement: a requester contract that
// reverts on payment still gets its request settled; its refund is
// credited to owed.
func TestRefusingRequesterCannotBlockSettlement(t *testing.T) {
	e := newEnv(t, testParams, 2)
	e.register(e.daps...)
	e.daps[1].responder.Lazy = true
	h, data := e.nextHeight(2)
	if err := e.client().Upload(e.ctx, h, data); err != nil {
		t.Fatal(err)
	}
	harness := bindings.NewDataAvailabilityHarness()
	addr := e.chain.Deploy(t, &bindings.DataAvailabilityHarnessMetaData, nil)
	fee, err := e.game.RequestFee(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	hb := h.Binding()
	opts := e.chain.Transactor(acctRequester)
	opts.Value = fee
	rc := e.mine(bind.Transact(harness.Instance(e.chain.Client, addr), opts, harness.PackRequest(e.game.Address(), hb)))
	req, err := e.game.RequestFromReceipt(rc)
	if err != nil {
		t.Fatal(err)
	}
	if req.Requester != addr {
		t.Fatalf("requester %s, want the harness %s", req.Requester, addr)
	}
	e.poll(e.daps...)
	s, _ := e.settle(req)
	wantEq(t, "refund", s.Refund, testParams.AnswerCost)
	owed, err := e.game.Owed(e.ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "owed to the refusing requester", owed, testParams.AnswerCost)
}
