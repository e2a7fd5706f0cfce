package dap_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// fuzzFixture is a two-height chain; the fuzzed node holds height 1.
type fuzzFixture struct {
	h1, h2 *rollup.Header
	d1, d2 *rollup.BatchData
}

func newFuzzFixture(t testing.TB) *fuzzFixture {
	c := newLocalChain(t)
	f := &fuzzFixture{}
	f.h1, f.d1 = c.next(2)
	f.h2, f.d2 = c.next(9)
	return f
}

var nodeErrors = []error{dap.ErrInvalidInput, dap.ErrOutOfOrder, dap.ErrWrongParent, dap.ErrConflict, dap.ErrStateRoot}

// FuzzUpload feeds dap_upload arbitrary header and data bytes: the node
// never panics, refuses with one of its typed errors, and stores only a
// header and data that verify and extend its chain.
func FuzzUpload(f *testing.F) {
	fx := newFuzzFixture(f)
	f.Add(fx.h2.ABIEncode(), fx.d2.Encode())
	f.Add(fx.h1.ABIEncode(), fx.d1.Encode())
	f.Add(fx.h2.ABIEncode(), fx.d1.Encode())
	f.Add([]byte{}, []byte{1})
	f.Fuzz(func(t *testing.T, header, data []byte) {
		n := newMemNode(t)
		if err := n.Upload(context.Background(), fx.h1, fx.d1); err != nil {
			t.Fatal(err)
		}
		err := dap.NewAPI(n).Upload(context.Background(), header, data)
		if err != nil {
			for _, s := range nodeErrors {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("untyped error: %v", err)
		}
		head, _ := n.Head()
		h, d, err := n.Metadata(head)
		if err != nil {
			t.Fatal(err)
		}
		if head == 2 && (h.ParentHash != fx.h1.Hash() || h.StateRoot != n.StateRoot()) {
			t.Fatal("stored a height that does not extend the chain")
		}
		if merkle.ChunkRoot(d) != h.DataRoot {
			t.Fatal("stored data that does not match its header")
		}
	})
}

// FuzzUploadProven feeds dap_uploadProven arbitrary header, data, anchor
// and proof bytes: the node never panics, refuses with a typed error, and
// stores only a height whose proof places it under the anchor's history
// root and whose data verifies and extends its chain.
func FuzzUploadProven(f *testing.F) {
	c := newLocalChain(f)
	h1, d1 := c.next(2)
	h2, d2 := c.next(3)
	h3, _ := c.next(1)
	p, err := c.hist.Prove(1, 2)
	if err != nil {
		f.Fatal(err)
	}
	sibs := func(hs []common.Hash) []byte {
		var b []byte
		for _, h := range hs {
			b = append(b, h[:]...)
		}
		return b
	}
	f.Add(h2.ABIEncode(), d2.Encode(), h3.ABIEncode(), uint64(1), sibs(p.Siblings))
	f.Add(h2.ABIEncode(), d2.Encode(), h2.ABIEncode(), uint64(1), sibs(p.Siblings))
	f.Add(h2.ABIEncode(), d1.Encode(), h3.ABIEncode(), uint64(0), []byte{1})
	f.Fuzz(func(t *testing.T, header, data, anchor []byte, index uint64, siblings []byte) {
		n := newMemNode(t)
		if err := n.Upload(context.Background(), h1, d1); err != nil {
			t.Fatal(err)
		}
		res := &dap.HeaderProofResult{Anchor: anchor, Index: hexutil.Uint64(index)}
		for len(siblings) >= 32 {
			res.Siblings = append(res.Siblings, common.BytesToHash(siblings[:32]))
			siblings = siblings[32:]
		}
		err := dap.NewAPI(n).UploadProven(context.Background(), header, data, res)
		if err != nil {
			for _, s := range nodeErrors {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("untyped error: %v", err)
		}
		head, _ := n.Head()
		h, d, err := n.Metadata(head)
		if err != nil {
			t.Fatal(err)
		}
		a, err := rollup.DecodeHeader(anchor)
		if err != nil {
			t.Fatal("stored a height proven by an undecodable anchor")
		}
		if head == 2 && (h.ParentHash != h1.Hash() || h.StateRoot != n.StateRoot() || rollup.VerifyHeaderIn(a, h, rollup.HistoryProof{Index: index, Siblings: res.Siblings}) != nil) {
			t.Fatal("stored a height that does not extend the chain or is not proven")
		}
		if merkle.ChunkRoot(d) != h.DataRoot {
			t.Fatal("stored data that does not match its header")
		}
	})
}

// FuzzVerifyChunkResult: whatever a DAP answers to dap_chunk, the client
// accepts only the real chunk at the asked index.
func FuzzVerifyChunkResult(f *testing.F) {
	fx := newFuzzFixture(f)
	enc := fx.d2.Encode()
	tree := merkle.NewChunkTree(enc)
	for i := range tree.NumChunks() {
		p, _ := tree.Prove(i)
		f.Add(i, tree.Chunk(i), p.Encode())
	}
	f.Fuzz(func(t *testing.T, index uint64, chunk, proof []byte) {
		p, err := dap.VerifyChunkResult(fx.h2, index, &dap.ChunkResult{Chunk: chunk, Proof: proof})
		if err != nil {
			if !errors.Is(err, dap.ErrTampered) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		if p.Index != index || !bytes.Equal(chunk, tree.Chunk(index)) {
			t.Fatalf("accepted a chunk that is not chunk %d", index)
		}
	})
}

// FuzzVerifyMetadata: the client accepts dap_metadata data only if it is
// exactly the data the header commits to.
func FuzzVerifyMetadata(f *testing.F) {
	fx := newFuzzFixture(f)
	f.Add(fx.d2.Encode())
	f.Add(fx.d1.Encode())
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := dap.VerifyMetadata(fx.h2, &dap.MetadataResult{Header: fx.h2.ABIEncode(), Data: data})
		if err != nil {
			if !errors.Is(err, dap.ErrTampered) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		if !bytes.Equal(d.Encode(), fx.d2.Encode()) {
			t.Fatal("accepted other data")
		}
	})
}

// FuzzVerifyBalanceProof: the client accepts a dap_balanceProof answer only
// for the account's real state.
func FuzzVerifyBalanceProof(f *testing.F) {
	fx := newFuzzFixture(f)
	tree, _ := statetree.New(statetree.NewMemoryStore(), [32]byte{})
	if _, err := tree.Update(fx.d1.Accounts); err != nil {
		f.Fatal(err)
	}
	if _, err := tree.Update(fx.d2.Accounts); err != nil {
		f.Fatal(err)
	}
	target := fx.d2.Accounts[0]
	_, p, _ := tree.GetWithProof(target.Address)
	f.Add(target.Balance.Bytes(), target.Nonce, p.Encode())
	f.Add([]byte{}, uint64(0), []byte{1, 0, 0})
	f.Fuzz(func(t *testing.T, balance []byte, nonce uint64, proof []byte) {
		res := &dap.BalanceProofResult{
			Address: target.Address, Balance: (*hexutil.Big)(new(big.Int).SetBytes(balance)), Nonce: hexutil.Uint64(nonce), Proof: proof,
		}
		acct, _, err := dap.VerifyBalanceProof(fx.h2, target.Address, res)
		if err != nil {
			if !errors.Is(err, dap.ErrTampered) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		if !acct.Equal(target) {
			t.Fatalf("accepted %v, the account is %v", acct, target)
		}
	})
}
