package dap_test

import (
	"context"
	"errors"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
)

// tamperingAPI serves a node's data with one byte changed: what a DAP that
// lost or altered data, or lies, would serve.
type tamperingAPI struct{ *dap.API }

func (a tamperingAPI) Metadata(height hexutil.Uint64) (*dap.MetadataResult, error) {
	r, err := a.API.Metadata(height)
	if err == nil {
		r.Data = append(hexutil.Bytes(nil), r.Data...)
		r.Data[len(r.Data)-1] ^= 1 // the last account's nonce
	}
	return r, err
}

func (a tamperingAPI) Chunk(height, index hexutil.Uint64) (*dap.ChunkResult, error) {
	r, err := a.API.Chunk(height, index)
	if err == nil {
		r.Chunk = append(hexutil.Bytes(nil), r.Chunk...)
		r.Chunk[0] ^= 1
	}
	return r, err
}

func (a tamperingAPI) BalanceProof(height hexutil.Uint64, addr common.Address) (*dap.BalanceProofResult, error) {
	r, err := a.API.BalanceProof(height, addr)
	if err == nil {
		r.Balance = (*hexutil.Big)(new(big.Int).Add(r.Balance.ToInt(), big.NewInt(1)))
	}
	return r, err
}

// serve starts an in-process JSON-RPC server for api.
func serve(t *testing.T, name string, api any) dap.Endpoint {
	t.Helper()
	srv, err := dap.NewRPCServer(api)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	c := rpc.DialInProc(srv)
	t.Cleanup(c.Close)
	return dap.Endpoint{Name: name, RPC: c}
}

// TestClientFallsBack: the client skips a DAP that serves tampered data and
// one that lacks the height, and takes the honest DAP's verified answer;
// with no honest DAP it fails with a FetchError that says what went wrong
// where.
func TestClientFallsBack(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h, d := c.next(12)
	honest, liar, empty := newMemNode(t), newMemNode(t), newMemNode(t)
	for _, n := range []*dap.Node{honest, liar} {
		if err := n.Upload(ctx, h, d); err != nil {
			t.Fatal(err)
		}
	}
	liarEP := serve(t, "liar", tamperingAPI{dap.NewAPI(liar)})
	emptyEP := serve(t, "empty", dap.NewAPI(empty))
	honestEP := serve(t, "honest", dap.NewAPI(honest))
	user := d.Accounts[0].Address

	good := dap.NewClient(liarEP, emptyEP, honestEP)
	got, err := good.Metadata(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	if got.DataRoot() != h.DataRoot {
		t.Fatal("client returned unverified data")
	}
	n := merkle.NumChunks(uint64(len(d.Encode())))
	for i := range n {
		chunk, p, err := good.Chunk(ctx, h, i)
		if err != nil {
			t.Fatal(err)
		}
		if p.Verify(h.DataRoot, chunk) != nil {
			t.Fatal("client returned an unverified chunk")
		}
	}
	acct, p, err := good.BalanceProof(ctx, h, user)
	if err != nil {
		t.Fatal(err)
	}
	if p.Verify(h.StateRoot, acct) != nil || !acct.Equal(d.Accounts[0]) {
		t.Fatalf("balance %v", acct)
	}

	bad := dap.NewClient(liarEP, emptyEP)
	check := func(what string, err error) {
		t.Helper()
		var fe *dap.FetchError
		if !errors.As(err, &fe) || len(fe.Attempts) != 2 {
			t.Fatalf("%s: got %v, want a FetchError with two attempts", what, err)
		}
		if !errors.Is(err, dap.ErrUnavailable) {
			t.Fatalf("%s: %v is not ErrUnavailable", what, err)
		}
		if !errors.Is(fe.Attempts[0].Err, dap.ErrTampered) {
			t.Fatalf("%s: the liar's answer was not caught: %v", what, fe.Attempts[0].Err)
		}
		if !errors.Is(fe.Attempts[1].Err, dap.ErrNotFound) {
			t.Fatalf("%s: the empty DAP's error is %v, want ErrNotFound across RPC", what, fe.Attempts[1].Err)
		}
	}
	_, err = bad.Metadata(ctx, h)
	check("metadata", err)
	if !errors.Is(err, rollup.ErrDataMismatch) {
		t.Fatalf("metadata: the cause %v is not ErrDataMismatch", err)
	}
	_, _, err = bad.Chunk(ctx, h, n-1)
	check("chunk", err)
	if !errors.Is(err, merkle.ErrInvalidChunk) {
		t.Fatalf("chunk: the cause %v is not ErrInvalidChunk", err)
	}
	_, _, err = bad.BalanceProof(ctx, h, user)
	check("balance", err)

	if _, err := dap.NewClient().Metadata(ctx, h); !errors.Is(err, dap.ErrNoEndpoints) {
		t.Fatalf("no endpoints: %v", err)
	}
}

// TestClientOverHTTP uploads and fetches over real HTTP JSON-RPC, and sees
// an upload refused by one DAP reported with its typed error.
func TestClientOverHTTP(t *testing.T) {
	ctx := context.Background()
	c := newLocalChain(t)
	h1, d1 := c.next(2)
	h2, d2 := c.next(40)
	a, b := newMemNode(t), newMemNode(t)
	var urls []string
	for _, n := range []*dap.Node{a, b} {
		srv, err := dap.NewRPCServer(dap.NewAPI(n))
		if err != nil {
			t.Fatal(err)
		}
		hs := httptest.NewServer(srv)
		t.Cleanup(hs.Close)
		t.Cleanup(srv.Stop)
		urls = append(urls, hs.URL)
	}
	cl, err := dap.Dial(ctx, urls...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if err := a.Upload(ctx, h1, d1); err != nil { // b misses height 1
		t.Fatal(err)
	}
	if err := cl.Upload(ctx, h1, d1); err != nil {
		t.Fatalf("upload of height 1: %v", err)
	}
	if err := b.Upload(ctx, h1, d1); err != nil {
		t.Fatal(err)
	}
	// A lying header for height 2: b and a both refuse it, with the node's
	// sentinel surviving the trip over JSON-RPC.
	lying := *h2
	lying.StateRoot[0] ^= 1
	err = cl.Upload(ctx, &lying, d2)
	var ue *dap.UploadError
	if !errors.As(err, &ue) || len(ue.Failures) != 2 || !errors.Is(err, dap.ErrStateRoot) {
		t.Fatalf("lying upload: %v", err)
	}
	var re *dap.RemoteError
	if !errors.As(err, &re) {
		t.Fatalf("lying upload: %v is not a RemoteError", err)
	}
	if err := cl.Upload(ctx, h2, d2); err != nil {
		t.Fatal(err)
	}
	got, err := cl.Metadata(ctx, h2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Txs) != len(d2.Txs) || len(got.Accounts) != len(d2.Accounts) {
		t.Fatal("metadata differs")
	}
}
