package dap_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

func newMemNode(t testing.TB) *dap.Node {
	t.Helper()
	n, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore()})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestNodeUploadChecks(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h1, d1 := c.next(3)
	h2, d2 := c.next(3)
	n := newMemNode(t)

	if err := n.Upload(ctx, h2, d2); !errors.Is(err, dap.ErrOutOfOrder) {
		t.Fatalf("height 2 first: %v", err)
	}
	if err := n.Upload(ctx, h1, d2); !errors.Is(err, dap.ErrInvalidInput) || !errors.Is(err, rollup.ErrDataMismatch) {
		t.Fatalf("another height's data: %v", err)
	}
	// Data that matches its header's data root but whose account changes do
	// not give the header's state root.
	lying := *h1
	lying.StateRoot = common.Hash{0xbe, 0xef}
	if err := n.Upload(ctx, &lying, d1); !errors.Is(err, dap.ErrStateRoot) {
		t.Fatalf("wrong state root: %v", err)
	}
	if n.StateRoot() != (common.Hash{}) {
		t.Fatal("a refused upload moved the replica")
	}
	orphan := *h1
	orphan.ParentHash = common.Hash{1}
	if err := n.Upload(ctx, &orphan, d1); !errors.Is(err, dap.ErrWrongParent) {
		t.Fatalf("height 1 with a parent: %v", err)
	}

	if err := n.Upload(ctx, h1, d1); err != nil {
		t.Fatal(err)
	}
	if err := n.Upload(ctx, h1, d1); err != nil {
		t.Fatalf("re-upload of the same height: %v", err)
	}
	fork := *h1
	fork.TxRoot[0] ^= 1
	if err := n.Upload(ctx, &fork, d1); !errors.Is(err, dap.ErrConflict) {
		t.Fatalf("another header at a stored height: %v", err)
	}
	wrongParent := *h2
	wrongParent.ParentHash = fork.Hash()
	if err := n.Upload(ctx, &wrongParent, d2); !errors.Is(err, dap.ErrWrongParent) {
		t.Fatalf("height 2 on a fork: %v", err)
	}
	if err := n.Upload(ctx, h2, d2); err != nil {
		t.Fatal(err)
	}
	if head, _ := n.Head(); head != 2 || n.StateRoot() != h2.StateRoot {
		t.Fatalf("head %d root %s", head, n.StateRoot())
	}

	// Balances are provable at every stored height.
	for _, h := range []*rollup.Header{h1, h2} {
		for _, a := range d1.Accounts {
			acct, p, err := n.BalanceProof(h.Height, a.Address)
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Verify(h.StateRoot, acct); err != nil {
				t.Fatalf("height %d: %v", h.Height, err)
			}
		}
	}
	// Chunks verify against the header; a chunk past the end is not found.
	enc := d2.Encode()
	for i := range merkle.NumChunks(uint64(len(enc))) {
		chunk, p, err := n.Chunk(2, i)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Verify(h2.DataRoot, chunk); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := n.Chunk(2, merkle.NumChunks(uint64(len(enc)))); !errors.Is(err, dap.ErrNotFound) {
		t.Fatalf("chunk past the end: %v", err)
	}
	if _, _, err := n.Metadata(3); !errors.Is(err, dap.ErrNotFound) {
		t.Fatalf("missing height: %v", err)
	}
	if _, _, _, err := n.Answer(2, h1.DataRoot, common.Hash{}); !errors.Is(err, dap.ErrNotFound) {
		t.Fatalf("answer for another data root: %v", err)
	}
	length, chunk, p, err := n.Answer(2, h2.DataRoot, common.Hash{31: 5})
	if err != nil {
		t.Fatal(err)
	}
	if length != uint64(len(enc)) || p.Index != dap.ChunkIndex(common.Hash{31: 5}, length) || p.Verify(h2.DataRoot, chunk) != nil {
		t.Fatalf("answer: length %d, proof %+v", length, p)
	}
}

// TestPebbleNodeRestarts: a node on Pebble resumes at its head, with its
// replica, after a restart.
func TestPebbleNodeRestarts(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := newLocalChain(t)
	var hs []*rollup.Header
	var ds []*rollup.BatchData
	for range 4 {
		h, d := c.next(4)
		hs, ds = append(hs, h), append(ds, d)
	}
	st, err := dap.OpenPebble(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := dap.NewNode(dap.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := n.Upload(ctx, hs[i], ds[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st, err = dap.OpenPebble(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err = dap.NewNode(dap.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if head, _ := n.Head(); head != 3 || n.StateRoot() != hs[2].StateRoot {
		t.Fatalf("reopened at head %d, root %s", head, n.StateRoot())
	}
	h, data, err := n.Metadata(2)
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() != hs[1].Hash() || !bytes.Equal(data, ds[1].Encode()) {
		t.Fatal("stored height 2 changed across the restart")
	}
	if err := n.Upload(ctx, hs[3], ds[3]); err != nil {
		t.Fatalf("upload after restart: %v", err)
	}
	acct, p, err := n.BalanceProof(4, ds[0].Accounts[0].Address)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(hs[3].StateRoot, acct); err != nil {
		t.Fatal(err)
	}
	if _, err := statetree.New(st.Nodes(), hs[0].StateRoot); err != nil {
		t.Fatalf("old state roots stay readable: %v", err)
	}
}
