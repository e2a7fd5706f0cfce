package dap_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/internal/chaintest"
	"github.com/teerollup/teerollup/rollup"
)

// certNodes starts n certifying DAPs (sorted by key address) behind
// in-process RPC and returns them, their endpoints and the DA set with
// threshold t.
func certNodes(tb testing.TB, domain rollup.Domain, n, t int) ([]*dap.Node, []dap.Endpoint, *rollup.DASet) {
	tb.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = chaintest.DeterministicKey(fmt.Sprintf("certifying-dap-%d", i))
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	set := &rollup.DASet{Threshold: t}
	var nodes []*dap.Node
	var eps []dap.Endpoint
	for i, k := range keys {
		node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore(), Key: k, Domain: domain})
		if err != nil {
			tb.Fatal(err)
		}
		srv, err := dap.NewRPCServer(dap.NewAPI(node))
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(srv.Stop)
		nodes = append(nodes, node)
		eps = append(eps, dap.Endpoint{Name: fmt.Sprintf("dap%d", i), RPC: rpc.DialInProc(srv)})
		set.Members = append(set.Members, crypto.PubkeyToAddress(k.PublicKey))
	}
	return nodes, eps, set
}

// TestNodeCertifyChecks: a DAP signs availability only for data it checked
// and stored: the data root matches, and its replay of the account changes
// from the parent's state (an accepted or a certified candidate header)
// gives the header's state root.
func TestNodeCertifyChecks(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h1, d1 := c.next(3)
	h2, d2 := c.next(3)
	h3, d3 := c.next(2)
	nodes, _, set := certNodes(t, c.domain, 1, 1)
	n := nodes[0]

	if _, err := newMemNode(t).Certify(ctx, h1, d1); !errors.Is(err, dap.ErrNoSigningKey) {
		t.Fatalf("node without key: %v", err)
	}
	if _, err := n.Certify(ctx, h1, d2); !errors.Is(err, dap.ErrInvalidInput) {
		t.Fatalf("another height's data: %v", err)
	}
	lying := *h1
	lying.StateRoot = common.Hash{0xbe, 0xef}
	if _, err := n.Certify(ctx, &lying, d1); !errors.Is(err, dap.ErrStateRoot) {
		t.Fatalf("wrong state root: %v", err)
	}
	if _, err := n.Certify(ctx, h2, d2); !errors.Is(err, dap.ErrUnknownParent) {
		t.Fatalf("height 2 before its parent: %v", err)
	}
	// Candidates chain: height 2 replays from the not-yet-accepted height 1.
	for _, x := range []struct {
		h *rollup.Header
		d *rollup.BatchData
	}{{h1, d1}, {h2, d2}, {h3, d3}} {
		sig, err := n.Certify(ctx, x.h, x.d)
		if err != nil {
			t.Fatalf("height %d: %v", x.h.Height, err)
		}
		who, err := rollup.RecoverDA(c.domain, x.h.Height, x.h.DataRoot, sig)
		if err != nil || who != set.Members[0] {
			t.Fatalf("height %d signed by %s (%v), want %s", x.h.Height, who, err, set.Members[0])
		}
	}
	// It answers chunk requests for what it signed, without an upload.
	if head, _ := n.Head(); head != 0 {
		t.Fatalf("certify moved the accepted head to %d", head)
	}
	length, chunk, proof, err := n.Answer(2, h2.DataRoot, common.Hash{31: 3})
	if err != nil {
		t.Fatal(err)
	}
	if err := proof.Verify(h2.DataRoot, chunk); err != nil || length != uint64(len(d2.Encode())) {
		t.Fatalf("answer from candidate data: %v (length %d)", err, length)
	}
	// Once the accepted chain holds another header at a height, the
	// height is decided.
	if err := n.Upload(ctx, h1, d1); err != nil {
		t.Fatal(err)
	}
	fork := *h1
	fork.TxRoot[0] ^= 1
	if _, err := n.Certify(ctx, &fork, d1); !errors.Is(err, dap.ErrConflict) {
		t.Fatalf("another header at an accepted height: %v", err)
	}
}

// TestCertifierGathersThreshold: the client collects signatures until the
// threshold; with fewer DAPs able to store the data it fails with a typed
// error and no certificate.
func TestCertifierGathersThreshold(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h1, d1 := c.next(3)
	_, eps, set := certNodes(t, c.domain, 3, 2)

	cert, err := (&dap.Certifier{Set: set, Domain: c.domain, Endpoints: eps}).CertifyDA(ctx, h1, d1)
	if err != nil {
		t.Fatal(err)
	}
	if err := cert.Verify(c.domain, h1.Height, h1.DataRoot); err != nil {
		t.Fatal(err)
	}
	// Only one DAP reachable (the others are not in the endpoint list, or
	// refuse): below threshold.
	h2, d2 := c.next(1)
	_, err = (&dap.Certifier{Set: set, Domain: c.domain, Endpoints: eps[:1]}).CertifyDA(ctx, h2, d2)
	var ce *dap.CertifyError
	if !errors.As(err, &ce) || !errors.Is(err, rollup.ErrDAThreshold) || ce.Signed != 1 {
		t.Fatalf("one DAP: %v", err)
	}
	// DAPs that are not in the set do not count.
	other := newLocalChain(t)
	oh, od := other.next(1)
	_, err = (&dap.Certifier{Set: set, Domain: c.domain, Endpoints: append(eps[:1:1], otherDomainNodes(t, other, 2)...)}).CertifyDA(ctx, oh, od)
	if !errors.Is(err, rollup.ErrDAThreshold) || !errors.Is(err, rollup.ErrDACert) {
		t.Fatalf("strangers: %v", err)
	}
}

// otherDomainNodes are certifying DAPs outside any set under test.
func otherDomainNodes(t *testing.T, c *localChain, n int) []dap.Endpoint {
	var eps []dap.Endpoint
	for i := range n {
		k := chaintest.DeterministicKey(fmt.Sprintf("stranger-%d", i))
		node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore(), Key: k, Domain: c.domain})
		if err != nil {
			t.Fatal(err)
		}
		srv, err := dap.NewRPCServer(dap.NewAPI(node))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(srv.Stop)
		eps = append(eps, dap.Endpoint{Name: fmt.Sprintf("stranger%d", i), RPC: rpc.DialInProc(srv)})
	}
	return eps
}
