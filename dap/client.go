package dap

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// Endpoint is one DAP the client talks to.
type Endpoint struct {
	Name string // for errors and logs, e.g. the URL
	RPC  *rpc.Client
}

// Client fetches a height's data from a list of DAPs: it asks them in order,
// verifies each answer against the header the caller trusts (one the TSC
// accepted), and falls back to the next DAP on any error, including a
// tampered answer. One honest DAP in the list is enough.
type Client struct {
	endpoints []Endpoint
}

// NewClient returns a client over already connected endpoints.
func NewClient(endpoints ...Endpoint) *Client {
	return &Client{endpoints: append([]Endpoint(nil), endpoints...)}
}

// Dial connects to DAPs by URL (http://, ws://, or an IPC path).
func Dial(ctx context.Context, urls ...string) (*Client, error) {
	c := &Client{}
	for _, u := range urls {
		rc, err := rpc.DialContext(ctx, u)
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("dap: dial %s: %w", u, err)
		}
		c.endpoints = append(c.endpoints, Endpoint{Name: u, RPC: rc})
	}
	return c, nil
}

// Endpoints returns the client's DAPs in the order it asks them.
func (c *Client) Endpoints() []Endpoint { return append([]Endpoint(nil), c.endpoints...) }

// Close closes every endpoint.
func (c *Client) Close() {
	for _, e := range c.endpoints {
		e.RPC.Close()
	}
}

// fetch asks each DAP in turn until verify accepts an answer.
func fetch[R any](ctx context.Context, c *Client, what string, method string, verify func(*R) error, args ...any) error {
	if len(c.endpoints) == 0 {
		return fmt.Errorf("dap: %s: %w", what, ErrNoEndpoints)
	}
	fe := &FetchError{What: what}
	for _, e := range c.endpoints {
		if err := ctx.Err(); err != nil {
			fe.Attempts = append(fe.Attempts, Attempt{Endpoint: e.Name, Err: err})
			return fe
		}
		var res *R
		err := e.RPC.CallContext(ctx, &res, method, args...)
		if err != nil {
			err = fromRPC(err)
		} else {
			err = verify(res)
		}
		if err == nil {
			return nil
		}
		fe.Attempts = append(fe.Attempts, Attempt{Endpoint: e.Name, Err: err})
	}
	return fe
}

// Metadata fetches and verifies the metadata of h's height.
func (c *Client) Metadata(ctx context.Context, h *rollup.Header) (*rollup.BatchData, error) {
	var out *rollup.BatchData
	err := fetch(ctx, c, fmt.Sprintf("metadata of height %d", h.Height), Namespace+"_metadata",
		func(r *MetadataResult) (err error) {
			out, err = VerifyMetadata(h, r)
			return err
		}, hexutil.Uint64(h.Height))
	return out, err
}

// Chunk fetches and verifies chunk index of the metadata of h's height.
func (c *Client) Chunk(ctx context.Context, h *rollup.Header, index uint64) ([]byte, *merkle.ChunkProof, error) {
	var (
		chunk []byte
		proof *merkle.ChunkProof
	)
	err := fetch(ctx, c, fmt.Sprintf("chunk %d of height %d", index, h.Height), Namespace+"_chunk",
		func(r *ChunkResult) (err error) {
			if proof, err = VerifyChunkResult(h, index, r); err == nil {
				chunk = r.Chunk
			}
			return err
		}, hexutil.Uint64(h.Height), hexutil.Uint64(index))
	return chunk, proof, err
}

// BalanceProof fetches and verifies the account at addr under h's state
// root, with its proof (for the TSC's escape hatch, for instance).
func (c *Client) BalanceProof(ctx context.Context, h *rollup.Header, addr common.Address) (statetree.Account, *statetree.Proof, error) {
	var (
		acct  statetree.Account
		proof *statetree.Proof
	)
	err := fetch(ctx, c, fmt.Sprintf("balance of %s at height %d", addr, h.Height), Namespace+"_balanceProof",
		func(r *BalanceProofResult) (err error) {
			acct, proof, err = VerifyBalanceProof(h, addr, r)
			return err
		}, hexutil.Uint64(h.Height), addr)
	return acct, proof, err
}

// Upload sends height h and its metadata to every DAP, as sequencers do
// for each header. It returns nil if every DAP stored it, and an
// *UploadError naming the others.
func (c *Client) Upload(ctx context.Context, h *rollup.Header, d *rollup.BatchData) error {
	if len(c.endpoints) == 0 {
		return fmt.Errorf("dap: upload: %w", ErrNoEndpoints)
	}
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	header, data := hexutil.Bytes(h.ABIEncode()), hexutil.Bytes(d.Encode())
	return c.uploadAll(ctx, h.Height, Namespace+"_upload", header, data)
}

// UploadProven is Upload for a height older than the TSC still holds: p
// places h under the history root of a recent accepted header (see
// Node.UploadProven).
func (c *Client) UploadProven(ctx context.Context, h *rollup.Header, d *rollup.BatchData, p *HeaderProof) error {
	if len(c.endpoints) == 0 {
		return fmt.Errorf("dap: upload: %w", ErrNoEndpoints)
	}
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	if err := p.Verify(h); err != nil {
		return err
	}
	res := &HeaderProofResult{Anchor: p.Anchor.ABIEncode(), Index: hexutil.Uint64(p.Proof.Index), Siblings: p.Proof.Siblings}
	return c.uploadAll(ctx, h.Height, Namespace+"_uploadProven", hexutil.Bytes(h.ABIEncode()), hexutil.Bytes(d.Encode()), res)
}

func (c *Client) uploadAll(ctx context.Context, height uint64, method string, args ...any) error {
	ue := &UploadError{Height: height}
	for _, e := range c.endpoints {
		if err := e.RPC.CallContext(ctx, nil, method, args...); err != nil {
			ue.Failures = append(ue.Failures, Attempt{Endpoint: e.Name, Err: fromRPC(err)})
		}
	}
	if len(ue.Failures) > 0 {
		return ue
	}
	return nil
}
