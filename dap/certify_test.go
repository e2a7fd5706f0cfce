package dap_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
)

// daSet sorts keys by address and returns the DA set of them.
func daSet(tb testing.TB, keys []*ecdsa.PrivateKey, t int) *dacert.Set {
	tb.Helper()
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	pubs := make([]*secp256k1.PublicKey, len(keys))
	for i, k := range keys {
		pubs[i] = rollup.SecpKey(k).PubKey()
	}
	set, err := dacert.NewSet(t, pubs)
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// certNodes starts n certifying DAPs (sorted by key address) behind
// in-process RPC and returns them, their endpoints and the DA set with
// threshold t. wrap, if set, stands between the RPC server and node i's
// API (a faulty DAP).
func certNodes(tb testing.TB, domain rollup.Domain, n, t int, wrap ...func(i int, api *dap.API) any) ([]*dap.Node, []dap.Endpoint, *dacert.Set) {
	tb.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = chaintest.DeterministicKey(fmt.Sprintf("certifying-dap-%d", i))
	}
	set := daSet(tb, keys, t)
	var nodes []*dap.Node
	var eps []dap.Endpoint
	for i, k := range keys {
		node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore(), Key: k, Domain: domain, DASet: set})
		if err != nil {
			tb.Fatal(err)
		}
		var api any = dap.NewAPI(node)
		if len(wrap) > 0 {
			api = wrap[0](i, dap.NewAPI(node))
		}
		srv, err := dap.NewRPCServer(api)
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(srv.Stop)
		nodes = append(nodes, node)
		eps = append(eps, dap.Endpoint{Name: fmt.Sprintf("dap%d", i), RPC: rpc.DialInProc(srv)})
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
	nodes, _, _ := certNodes(t, c.domain, 1, 1)
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
		if _, err := n.Certify(ctx, x.h, x.d); err != nil {
			t.Fatalf("height %d: %v", x.h.Height, err)
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

// TestCertifierGathersThreshold: the client runs both MuSig2 rounds with
// the first threshold of DAPs; with fewer DAPs able to store the data it
// fails with a typed error and no certificate.
func TestCertifierGathersThreshold(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h1, d1 := c.next(3)
	_, eps, set := certNodes(t, c.domain, 3, 2)

	cert, err := (&dap.Certifier{Set: set, Domain: c.domain, Endpoints: eps}).CertifyDA(ctx, h1, d1)
	if err != nil {
		t.Fatal(err)
	}
	if err := set.Verify(cert, rollup.DADigest(c.domain, h1.Height, h1.DataRoot)); err != nil {
		t.Fatal(err)
	}
	// Only one DAP reachable: below threshold.
	h2, d2 := c.next(1)
	_, err = (&dap.Certifier{Set: set, Domain: c.domain, Endpoints: eps[:1]}).CertifyDA(ctx, h2, d2)
	var ce *dap.CertifyError
	if !errors.As(err, &ce) || !errors.Is(err, dap.ErrThreshold) || ce.Signed != 1 {
		t.Fatalf("one DAP: %v", err)
	}
	// DAPs that are not in the set do not count.
	other := newLocalChain(t)
	oh, od := other.next(1)
	_, err = (&dap.Certifier{Set: set, Domain: c.domain, Endpoints: append(eps[:1:1], otherDomainNodes(t, other, 2)...)}).CertifyDA(ctx, oh, od)
	if !errors.Is(err, dap.ErrThreshold) || !errors.Is(err, dacert.ErrNotSubset) {
		t.Fatalf("strangers: %v", err)
	}
}

// badSigner corrupts its partial signatures.
type badSigner struct{ *dap.API }

func (b badSigner) Sign(ctx context.Context, session hexutil.Bytes, bitmap hexutil.Uint64, agg hexutil.Bytes) (*dap.SignResult, error) {
	r, err := b.API.Sign(ctx, session, bitmap, agg)
	if err == nil {
		r.Partial[3] ^= 1
	}
	return r, err
}

// TestCertifierRetriesWithoutFaultyDAP: a DAP whose partial signature is
// wrong is named (*dacert.SignerError) and dropped; the certifier signs
// with another subset. Without the check, the sum would not verify.
func TestCertifierRetriesWithoutFaultyDAP(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h1, d1 := c.next(2)
	for bad := range 3 {
		_, eps, set := certNodes(t, c.domain, 3, 2, func(i int, api *dap.API) any {
			if i == bad {
				return badSigner{api}
			}
			return api
		})
		cert, err := (&dap.Certifier{Set: set, Domain: c.domain, Endpoints: eps}).CertifyDA(ctx, h1, d1)
		if err != nil {
			t.Fatalf("bad %d: %v", bad, err)
		}
		if cert.Bitmap&(1<<bad) != 0 {
			t.Fatalf("bad %d: certificate subset %#b includes it", bad, cert.Bitmap)
		}
		if err := set.Verify(cert, rollup.DADigest(c.domain, h1.Height, h1.DataRoot)); err != nil {
			t.Fatal(err)
		}
		// Two faulty of three: no certificate, and the error names one.
		_, eps2, set2 := certNodes(t, c.domain, 3, 2, func(i int, api *dap.API) any {
			if i != bad {
				return badSigner{api}
			}
			return api
		})
		_, err = (&dap.Certifier{Set: set2, Domain: c.domain, Endpoints: eps2}).CertifyDA(ctx, h1, d1)
		var se *dacert.SignerError
		if !errors.Is(err, dap.ErrThreshold) || !errors.As(err, &se) || !errors.Is(err, dacert.ErrPartial) {
			t.Fatalf("two faulty: %v", err)
		}
	}
}

// TestNonceNeverReused: a session signs once (a second dap_sign for it is
// refused), and a stranger cannot make a DAP keep unbounded nonces.
func TestNonceNeverReused(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h1, d1 := c.next(2)
	nodes, _, set := certNodes(t, c.domain, 3, 2)
	n := nodes[0]
	r1, err := n.Certify(ctx, h1, d1)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := nodes[1].Certify(ctx, h1, d1)
	if err != nil {
		t.Fatal(err)
	}
	agg, err := dacert.AggregateNonces([]dacert.PubNonce{r1.Nonce, r2.Nonce})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.Sign(ctx, r1.Session, 0b011, agg); err != nil {
		t.Fatal(err)
	}
	// Same session, another subset (another challenge): refused.
	if _, err := n.Sign(ctx, r1.Session, 0b101, agg); !errors.Is(err, dap.ErrUnknownSession) {
		t.Fatalf("reuse: %v", err)
	}
	// A failed round 2 burns the session too.
	r3, _ := n.Certify(ctx, h1, d1)
	if _, err := n.Sign(ctx, r3.Session, 0b110, agg); !errors.Is(err, dap.ErrInvalidInput) {
		t.Fatalf("not in subset: %v", err)
	}
	if _, err := n.Sign(ctx, r3.Session, 0b011, agg); !errors.Is(err, dap.ErrUnknownSession) {
		t.Fatalf("after failure: %v", err)
	}
	// Bounded per height.
	for range 50 {
		if _, err := n.Certify(ctx, h1, d1); err != nil {
			t.Fatal(err)
		}
	}
	if got := n.OpenSessions(); got > dap.DefaultMaxSessionsPerHeight {
		t.Fatalf("%d open sessions for one height, bound %d", got, dap.DefaultMaxSessionsPerHeight)
	}
	_ = set
}

// otherDomainNodes are certifying DAPs outside any set under test.
func otherDomainNodes(t *testing.T, c *localChain, n int) []dap.Endpoint {
	var eps []dap.Endpoint
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range n {
		keys[i] = chaintest.DeterministicKey(fmt.Sprintf("stranger-%d", i))
	}
	set := daSet(t, keys, 1)
	for i, k := range keys {
		node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore(), Key: k, Domain: c.domain, DASet: set})
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
