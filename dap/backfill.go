package dap

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/rollup"
)

// Backfill and bootstrap: a DAP that missed heights (offline, or new with
// an empty store) fetches them from other DAPs and checks each one exactly
// as an upload before storing it:
//
//   - the peer's head header is the anchor; the node's Authorize hook must
//     accept it (with TSCAuthorizer: the TSC holds it, so it is one of the
//     last 256 accepted heights);
//   - every height below the anchor comes with a proof under the anchor's
//     HistoryRoot, checked here: so it is the accepted header at its height
//     (assuming the anchor's QC, as everywhere);
//   - its data must give the header's data root, its parent must be the
//     stored head, and its account changes, replayed on the node's own
//     replica, must give the header's state root.
//
// What a peer can make a node fetch is bounded: only heights between the
// node's head and an anchor the TSC accepted, at most MaxBackfill of them
// per call, each answer capped by the transport (DialPeer: MaxRequestSize
// bytes) and each proof at rollup.HistoryDepth hashes. A peer whose answer
// does not verify is skipped with a *PeerError wrapping ErrBadPeer; nothing
// it sent from that answer on is stored (the heights before it verified on
// their own).

// ErrBadPeer: a peer served backfill data that does not verify (a wrong
// header, proof, data or state); nothing of it was stored.
var ErrBadPeer = errors.New("dap: peer served unverifiable backfill data")

// ErrNoAuthorizer: backfill needs Config.Authorize to vet peers' anchors;
// without it a peer could feed the node any chain.
var ErrNoAuthorizer = errors.New("dap: backfill needs an Authorize hook")

// MaxBackfill is the most heights one Backfill call stores from one peer,
// so that a call ends; call again to go on.
const MaxBackfill = 100_000

// Peer is another DAP a node backfills from.
type Peer interface {
	// Name identifies the peer in errors (e.g. its URL).
	Name() string
	// Head is the peer's latest stored height.
	Head(ctx context.Context) (uint64, error)
	// Metadata returns the peer's header (ABI encoding) and BatchData
	// encoding at height.
	Metadata(ctx context.Context, height uint64) (header, data []byte, err error)
	// HeaderProof returns the proof of the peer's header at height against
	// its header at anchor.
	HeaderProof(ctx context.Context, height, anchor uint64) (*HeaderProofResult, error)
}

// PeerError is a peer's failure during Backfill.
type PeerError struct {
	Peer   string
	Height uint64 // the height being fetched, 0 for the peer's head
	Err    error
}

func (e *PeerError) Error() string {
	return fmt.Sprintf("dap: backfill from %s at height %d: %v", e.Peer, e.Height, e.Err)
}

func (e *PeerError) Unwrap() error { return e.Err }

// Backfill brings the node's store up to its peers' heads: from each peer
// in turn, the heights between the node's head and the peer's (at most
// MaxBackfill per peer), checked as described above. A new node with an
// empty store bootstraps from height 1 this way. It returns how many
// heights it stored and, if any peer failed, the *PeerErrors joined
// (errors.Is(err, ErrBadPeer) for a lying peer); a context error stops it.
func (n *Node) Backfill(ctx context.Context, peers ...Peer) (stored uint64, err error) {
	if n.authorize == nil {
		return 0, ErrNoAuthorizer
	}
	var errs []error
	for _, p := range peers {
		k, err := n.backfillFrom(ctx, p)
		stored += k
		if err != nil {
			if ctx.Err() != nil {
				return stored, errors.Join(append(errs, err)...)
			}
			errs = append(errs, err)
		}
	}
	return stored, errors.Join(errs...)
}

func (n *Node) backfillFrom(ctx context.Context, p Peer) (stored uint64, err error) {
	fail := func(height uint64, err error) (uint64, error) {
		return stored, &PeerError{Peer: p.Name(), Height: height, Err: err}
	}
	bad := func(height uint64, err error) (uint64, error) {
		return fail(height, fmt.Errorf("%w: %w", ErrBadPeer, err))
	}
	top, err := p.Head(ctx)
	if err != nil {
		return fail(0, err)
	}
	own, err := n.Head()
	if err != nil {
		return 0, err
	}
	if top <= own {
		return 0, nil
	}
	hb, ab, err := p.Metadata(ctx, top)
	if err != nil {
		return fail(top, err)
	}
	anchor, err := rollup.DecodeHeader(hb)
	if err != nil {
		return bad(top, err)
	}
	if anchor.Height != top {
		return bad(top, fmt.Errorf("head header is at height %d, not %d", anchor.Height, top))
	}
	if err := n.authorize(ctx, anchor); err != nil {
		return bad(top, fmt.Errorf("%w: anchor: %w", ErrUnauthorized, err))
	}
	last := min(top, own+MaxBackfill)
	for k := own + 1; k <= last; k++ {
		if err := ctx.Err(); err != nil {
			return stored, err
		}
		hdr, data := hb, ab
		if k < top {
			if hdr, data, err = p.Metadata(ctx, k); err != nil {
				return fail(k, err)
			}
		}
		h, err := rollup.DecodeHeader(hdr)
		if err != nil {
			return bad(k, err)
		}
		d, err := rollup.DecodeBatchData(data)
		if err != nil {
			return bad(k, err)
		}
		if k < top {
			res, err := p.HeaderProof(ctx, k, top)
			if err != nil {
				return fail(k, err)
			}
			hp, err := decodeHeaderProof(res)
			if err != nil {
				return bad(k, err)
			}
			// The peer's anchor must be the one authorized above.
			if hp.Anchor.Hash() != anchor.Hash() {
				return bad(k, fmt.Errorf("proof against another anchor %s", hp.Anchor.Hash()))
			}
			if h.Height != k {
				return bad(k, fmt.Errorf("header of height %d", h.Height))
			}
			if err := hp.Verify(h); err != nil {
				return bad(k, err)
			}
		}
		// Authorized: the anchor above, and h through the proof (or h is
		// the anchor).
		if err := n.upload(ctx, h, d, data, nil); err != nil {
			if isRefusal(err) {
				return bad(k, err)
			}
			return stored, err
		}
		stored++
	}
	return stored, nil
}

// isRefusal reports whether an upload error is the data's fault (so the
// peer's), not the node's.
func isRefusal(err error) bool {
	for _, e := range []error{ErrInvalidInput, ErrOutOfOrder, ErrWrongParent, ErrConflict, ErrStateRoot, ErrUnauthorized} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// decodeHeaderProof parses a dap_headerProof answer strictly. Errors wrap
// ErrInvalidInput.
func decodeHeaderProof(res *HeaderProofResult) (*HeaderProof, error) {
	if res == nil {
		return nil, fmt.Errorf("%w: empty header proof", ErrInvalidInput)
	}
	if len(res.Siblings) > rollup.HistoryDepth {
		return nil, fmt.Errorf("%w: %d siblings, at most %d", ErrInvalidInput, len(res.Siblings), rollup.HistoryDepth)
	}
	a, err := rollup.DecodeHeader(res.Anchor)
	if err != nil {
		return nil, fmt.Errorf("%w: anchor: %w", ErrInvalidInput, err)
	}
	return &HeaderProof{Anchor: a, Proof: rollup.HistoryProof{Index: uint64(res.Index), Siblings: res.Siblings}}, nil
}

// RPCPeer is a Peer over a DAP's JSON-RPC API.
type RPCPeer struct {
	URL string
	RPC *rpc.Client
}

// Name implements Peer.
func (p *RPCPeer) Name() string { return p.URL }

// Head implements Peer.
func (p *RPCPeer) Head(ctx context.Context) (uint64, error) {
	var h hexutil.Uint64
	if err := p.RPC.CallContext(ctx, &h, Namespace+"_head"); err != nil {
		return 0, fromRPC(err)
	}
	return uint64(h), nil
}

// Metadata implements Peer.
func (p *RPCPeer) Metadata(ctx context.Context, height uint64) ([]byte, []byte, error) {
	var res *MetadataResult
	if err := p.RPC.CallContext(ctx, &res, Namespace+"_metadata", hexutil.Uint64(height)); err != nil {
		return nil, nil, fromRPC(err)
	}
	if res == nil {
		return nil, nil, fmt.Errorf("%w: empty metadata", ErrInvalidInput)
	}
	return res.Header, res.Data, nil
}

// HeaderProof implements Peer.
func (p *RPCPeer) HeaderProof(ctx context.Context, height, anchor uint64) (*HeaderProofResult, error) {
	var res *HeaderProofResult
	if err := p.RPC.CallContext(ctx, &res, Namespace+"_headerProof", hexutil.Uint64(height), hexutil.Uint64(anchor)); err != nil {
		return nil, fromRPC(err)
	}
	return res, nil
}

// DialPeer connects to a DAP by URL for backfill. Over HTTP, answers are
// capped at MaxRequestSize bytes, so a peer cannot make the node read
// without bound.
func DialPeer(ctx context.Context, url string) (*RPCPeer, error) {
	hc := &http.Client{Transport: limitTransport{base: http.DefaultTransport, limit: MaxRequestSize}}
	rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("dap: dial peer %s: %w", url, err)
	}
	return &RPCPeer{URL: url, RPC: rc}, nil
}

// Close closes the connection.
func (p *RPCPeer) Close() { p.RPC.Close() }

// ErrAnswerTooLarge: a peer's answer exceeds the transport's cap.
var ErrAnswerTooLarge = errors.New("dap: peer answer too large")

type limitTransport struct {
	base  http.RoundTripper
	limit int64
}

func (t limitTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	resp.Body = &limitedBody{rc: resp.Body, left: t.limit}
	return resp, nil
}

type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, ErrAnswerTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }

// Endpoints returns the endpoint strings of the DAPs registered now, from
// the Registered events in L1 blocks [from, to] (the latest registration of
// each address winning; DAPs that withdrew are left out): where a node finds
// peers to backfill from. An endpoint is only a hint: whatever a peer
// serves is verified.
func (k *Contract) Endpoints(ctx context.Context, from, to uint64) (map[common.Address]string, error) {
	it, err := bind.FilterEvents(k.c, &bind.FilterOpts{Start: from, End: &to, Context: ctx}, k.abi.UnpackRegisteredEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	out := map[common.Address]string{}
	for it.Next() {
		e := it.Value()
		out[e.Dap] = e.Endpoint
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	for a := range out {
		info, err := k.Info(ctx, a)
		if err != nil {
			return nil, err
		}
		if !info.Registered {
			delete(out, a)
		}
	}
	return out, nil
}

// PeerSet finds backfill peers in the DataAvailability registry: the
// endpoints of the DAPs registered now (Contract.Endpoints from block From
// on), except Self's, dialed once and kept. An endpoint is only a hint;
// what a peer serves is verified.
type PeerSet struct {
	Contract *Contract
	Self     common.Address
	From     uint64 // the first L1 block to read registrations from (the game's deployment)
	// Dial connects to an endpoint; DialPeer if nil.
	Dial func(ctx context.Context, url string) (Peer, error)

	mu    sync.Mutex
	peers map[string]Peer
}

// Peers returns the registered DAPs' peers (implements Responder.Peers).
// Endpoints that fail to dial are left out.
func (s *PeerSet) Peers(ctx context.Context) ([]Peer, error) {
	head, err := s.Contract.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	eps, err := s.Contract.Endpoints(ctx, s.From, head.Number.Uint64())
	if err != nil {
		return nil, err
	}
	dial := s.Dial
	if dial == nil {
		dial = func(ctx context.Context, url string) (Peer, error) { return DialPeer(ctx, url) }
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.peers == nil {
		s.peers = map[string]Peer{}
	}
	var out []Peer
	for addr, url := range eps {
		if addr == s.Self {
			continue
		}
		p, ok := s.peers[url]
		if !ok {
			if p, err = dial(ctx, url); err != nil {
				continue
			}
			s.peers[url] = p
		}
		out = append(out, p)
	}
	// Map order is random; a stable order makes retries predictable.
	slices.SortFunc(out, func(a, b Peer) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// Close closes the peers it dialed.
func (s *PeerSet) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for url, p := range s.peers {
		if c, ok := p.(interface{ Close() }); ok {
			c.Close()
		}
		delete(s.peers, url)
	}
}
