package dap_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
)

func (d *testDAP) peer(name string) *dap.RPCPeer { return &dap.RPCPeer{URL: name, RPC: d.rpc} }

// liar is a peer that serves an honest DAP's answers except for one height,
// which it corrupts as told.
type liar struct {
	dap.Peer
	at     uint64
	header func(h *rollup.Header) // edits the header at `at`
	data   func(b []byte) []byte  // edits the data at `at`
	proof  func(p *dap.HeaderProofResult)
}

func (l *liar) Name() string { return "liar" }

func (l *liar) Metadata(ctx context.Context, height uint64) ([]byte, []byte, error) {
	hb, db, err := l.Peer.Metadata(ctx, height)
	if err != nil || height != l.at {
		return hb, db, err
	}
	if l.header != nil {
		h, err := rollup.DecodeHeader(hb)
		if err != nil {
			return nil, nil, err
		}
		l.header(h)
		hb = h.ABIEncode()
	}
	if l.data != nil {
		db = l.data(append([]byte(nil), db...))
	}
	return hb, db, nil
}

func (l *liar) HeaderProof(ctx context.Context, height, anchor uint64) (*dap.HeaderProofResult, error) {
	p, err := l.Peer.HeaderProof(ctx, height, anchor)
	if err != nil || height != l.at || l.proof == nil {
		return p, err
	}
	l.proof(p)
	return p, nil
}

// upload uploads a height to the given DAPs.
func (e *env) upload(h *rollup.Header, d *rollup.BatchData, daps ...*testDAP) {
	e.t.Helper()
	if err := e.client(daps...).Upload(e.ctx, h, d); err != nil {
		e.t.Fatal(err)
	}
}

// TestBackfillAfterOffline (issue 12.4): a DAP offline for 50 heights while
// the committee keeps landing headers refuses the next upload, comes back,
// skips a peer that lies (typed error, nothing of the lie stored), catches up
// from an honest peer, then takes uploads again and answers chunk requests
// for the heights it missed without being slashed.
func TestBackfillAfterOffline(t *testing.T) {
	e := newEnv(t, testParams, 3)
	e.register(e.daps...)
	on, off := e.daps[:2], e.daps[2]
	for range 5 {
		h, d := e.nextHeight(2)
		e.upload(h, d, e.daps...)
	}
	missed := map[uint64]*rollup.Header{}
	for range 50 {
		h, d := e.nextHeight(1)
		e.upload(h, d, on...)
		missed[h.Height] = h
	}
	h56, d56 := e.nextHeight(1)
	e.upload(h56, d56, on...)
	if err := off.node.Upload(e.ctx, h56, d56); !errors.Is(err, dap.ErrOutOfOrder) {
		t.Fatalf("upload past a gap: %v, want ErrOutOfOrder", err)
	}

	lying := &liar{Peer: on[0].peer("dap-0"), at: 20, data: func(b []byte) []byte { b[len(b)-1] ^= 1; return b }}
	stored, err := off.node.Backfill(e.ctx, lying, on[1].peer("dap-1"))
	if !errors.Is(err, dap.ErrBadPeer) {
		t.Fatalf("backfill with a lying peer: %v, want ErrBadPeer", err)
	}
	var pe *dap.PeerError
	if !errors.As(err, &pe) || pe.Peer != "liar" || pe.Height != 20 {
		t.Fatalf("peer error %+v, want the liar at height 20", pe)
	}
	if stored != 51 {
		t.Fatalf("stored %d heights, want 51 (6..56)", stored)
	}
	if head, _ := off.node.Head(); head != 56 {
		t.Fatalf("head %d after backfill, want 56", head)
	}
	if off.node.StateRoot() != h56.StateRoot {
		t.Fatal("replica state root is not the head header's")
	}
	// It takes uploads again.
	h57, d57 := e.nextHeight(1)
	e.upload(h57, d57, e.daps...)

	// Chunk requests for heights it missed: it answers every one, nobody
	// is slashed.
	for _, height := range []uint64{6, 20, 33, 55} {
		r, _ := e.request(missed[height])
		e.poll(off)
		got, err := e.game.Answered(e.ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		info, _ := e.game.Info(e.ctx, off.addr)
		if got&(1<<info.Slot) == 0 {
			t.Fatalf("height %d: the backfilled DAP did not answer", height)
		}
		e.poll(on...)
		s, _ := e.settle(r)
		if len(s.Penalties) != 0 {
			t.Fatalf("height %d: penalties %v", height, s.Penalties)
		}
	}
}

// TestBackfillRefusesLyingPeer: whatever a peer corrupts, the backfilling
// node stores nothing of it and reports the peer with ErrBadPeer; what
// verified before the lie stays.
func TestBackfillRefusesLyingPeer(t *testing.T) {
	e := newEnv(t, testParams, 1)
	honest := e.daps[0]
	for range 12 {
		h, d := e.nextHeight(1)
		e.upload(h, d, honest)
	}
	for _, tc := range []struct {
		name   string
		liar   *liar
		stored uint64
	}{
		{"data byte", &liar{at: 4, data: func(b []byte) []byte { b[len(b)-1] ^= 1; return b }}, 3},
		{"header state root", &liar{at: 5, header: func(h *rollup.Header) { h.StateRoot[0] ^= 1 }}, 4},
		{"header data root and data", &liar{at: 6, header: func(h *rollup.Header) { h.DataRoot[0] ^= 1 }}, 5},
		{"proof sibling", &liar{at: 7, proof: func(p *dap.HeaderProofResult) { p.Siblings[0][0] ^= 1 }}, 6},
		{"proof index", &liar{at: 8, proof: func(p *dap.HeaderProofResult) { p.Index++ }}, 7},
		{"oversized proof", &liar{at: 9, proof: func(p *dap.HeaderProofResult) { p.Siblings = make([]common.Hash, 40) }}, 8},
		{"anchor not accepted", &liar{at: 12, header: func(h *rollup.Header) { h.TxRoot[0] ^= 1 }}, 0},
		{"undecodable data", &liar{at: 3, data: func([]byte) []byte { return []byte{1} }}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore(), Authorize: dap.TSCAuthorizer(e.chain.Client, e.l1.Deployment().Rollup)})
			if err != nil {
				t.Fatal(err)
			}
			tc.liar.Peer = honest.peer("dap-0")
			stored, err := node.Backfill(e.ctx, tc.liar)
			if !errors.Is(err, dap.ErrBadPeer) {
				t.Fatalf("got %v, want ErrBadPeer", err)
			}
			if head, _ := node.Head(); stored != tc.stored || head != tc.stored {
				t.Fatalf("stored %d, head %d; want %d", stored, head, tc.stored)
			}
			if _, err := node.Header(tc.liar.at); !errors.Is(err, dap.ErrNotFound) {
				t.Fatalf("the lie at height %d was stored: %v", tc.liar.at, err)
			}
			// The honest peer completes it.
			if _, err := node.Backfill(e.ctx, honest.peer("dap-0")); err != nil {
				t.Fatal(err)
			}
			if head, _ := node.Head(); head != 12 {
				t.Fatalf("head %d after the honest peer, want 12", head)
			}
		})
	}
	// Without an Authorize hook, backfill refuses to trust peers at all.
	node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := node.Backfill(e.ctx, honest.peer("dap-0")); !errors.Is(err, dap.ErrNoAuthorizer) {
		t.Fatalf("backfill without Authorize: %v, want ErrNoAuthorizer", err)
	}
}

// TestBootstrapLateDAP (issue 12.4): after more than 256 heights, a new DAP
// with an empty store bootstraps from a peer found through the registry's
// endpoints, and answers a chunk request for height 1, which only the
// proven entry point can make (the TSC no longer holds height 1). A
// sequencer's upload of an old height needs a proof too.
func TestBootstrapLateDAP(t *testing.T) {
	const heights = 300
	e := newEnv(t, testParams, 3)
	first := e.daps[0]
	e.register(first)
	var hs []*rollup.Header
	var ds []*rollup.BatchData
	for range heights {
		h, d := e.emptyHeight()
		e.upload(h, d, first)
		hs, ds = append(hs, h), append(ds, d)
	}
	// DAP 1 starts now, with an empty store.
	late := e.newDAP(e.daps[1].acct)
	eps, err := e.game.Endpoints(e.ctx, 0, e.blockNumber())
	if err != nil {
		t.Fatal(err)
	}
	if eps[first.addr] != "inproc://dap-0" {
		t.Fatalf("registry endpoints %v", eps)
	}
	stored, err := late.node.Backfill(e.ctx, first.peer(eps[first.addr]))
	if err != nil || stored != heights {
		t.Fatalf("bootstrap stored %d: %v", stored, err)
	}
	e.register(late)

	if _, err := e.game.RequestChunk(e.ctx, e.chain.Transactor(acctRequester), hs[0]); !isRevert[*bindings.DataAvailabilityUnknownHeader](err) {
		t.Fatalf("plain request for height 1 after %d heights: %v, want UnknownHeader", heights, err)
	}
	hp, err := late.node.HeaderProof(1, heights)
	if err != nil {
		t.Fatal(err)
	}
	bad := *hp
	bad.Proof.Siblings = append([]common.Hash(nil), hp.Proof.Siblings...)
	bad.Proof.Siblings[3][0] ^= 1
	if _, err := e.game.RequestChunkProven(e.ctx, e.chain.Transactor(acctRequester), hs[0], &bad); !isRevert[*bindings.DataAvailabilityBadHistoryProof](err) {
		t.Fatalf("request with a corrupted proof: %v, want BadHistoryProof", err)
	}
	rc := e.mine(e.game.RequestChunkProven(e.ctx, e.chain.Transactor(acctRequester), hs[0], hp))
	r, err := e.game.RequestFromReceipt(rc)
	if err != nil {
		t.Fatal(err)
	}
	if r.Height != 1 || r.DataRoot != hs[0].DataRoot {
		t.Fatalf("request %+v, want height 1", r)
	}
	e.poll(late)
	if got, _ := e.game.Answered(e.ctx, r.ID); got == 0 {
		t.Fatal("the bootstrapped DAP did not answer the request for height 1")
	}

	// A sequencer uploads an old height: plain, the TSC no longer holds it;
	// with a proof against a recent header, it is stored.
	fresh := e.daps[2]
	if err := fresh.node.Upload(e.ctx, hs[0], ds[0]); !errors.Is(err, dap.ErrUnauthorized) {
		t.Fatalf("plain upload of height 1: %v, want ErrUnauthorized", err)
	}
	if err := e.client(fresh).UploadProven(e.ctx, hs[0], ds[0], hp); err != nil {
		t.Fatal(err)
	}
	if err := fresh.node.UploadProven(e.ctx, hs[1], ds[1], &bad); !errors.Is(err, rollup.ErrBadHistoryProof) {
		t.Fatalf("upload with another height's proof: %v, want ErrBadHistoryProof", err)
	}
	if head, _ := fresh.node.Head(); head != 1 {
		t.Fatalf("head %d, want 1", head)
	}
}

func isRevert[T any](err error) bool {
	var re *dap.RevertError
	if !errors.As(err, &re) {
		return false
	}
	_, ok := re.Reason.(T)
	return ok
}

// TestResponderCatchesUp: a DAP that missed 20 heights and runs its
// Responder with the registry's peers answers a request for a missed height
// by backfilling first; it is not slashed.
func TestResponderCatchesUp(t *testing.T) {
	e := newEnv(t, testParams, 3)
	e.register(e.daps...) // endpoints inproc://dap-0 .. dap-2
	on, off := e.daps[:2], e.daps[2]
	var missed []*rollup.Header
	for range 20 {
		h, d := e.nextHeight(1)
		e.upload(h, d, on...)
		missed = append(missed, h)
	}
	set := &dap.PeerSet{Contract: e.game, Self: off.addr, Dial: func(_ context.Context, url string) (dap.Peer, error) {
		for i, d := range e.daps {
			if url == fmt.Sprintf("inproc://dap-%d", i) {
				return d.peer(url), nil
			}
		}
		return nil, fmt.Errorf("unknown endpoint %s", url)
	}}
	t.Cleanup(set.Close)
	off.responder.Peers = set.Peers
	r, _ := e.request(missed[9])
	e.poll(e.daps...)
	if head, _ := off.node.Head(); head != 20 {
		t.Fatalf("head %d after the request, want 20", head)
	}
	s, _ := e.settle(r)
	if s.Answers != 3 || len(s.Penalties) != 0 {
		t.Fatalf("settlement %+v: want 3 answers, no penalty", s)
	}
}
