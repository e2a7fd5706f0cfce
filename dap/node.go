package dap

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/internal/merkle"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// Config configures a Node.
type Config struct {
	// Store holds the node's data; required.
	Store Store
	// GenesisStateRoot is the rollup's state root before height 1 (the
	// TSC's genesis root). Zero is the empty tree; any other root's nodes
	// must already be in Store.Nodes().
	GenesisStateRoot common.Hash
	// Authorize, if set, vets every uploaded header after the node's own
	// checks and before it is stored; an error refuses the upload (wrapped
	// in ErrUnauthorized). Without it the node trusts whoever can reach
	// dap_upload to upload the rollup's real chain: in production, check
	// the header's quorum certificate or the TSC (TSCAuthorizer).
	Authorize func(ctx context.Context, h *rollup.Header) error
}

// Node is a DAP: it keeps every height's header and metadata, a replica of
// the account tree rebuilt from the metadata's account changes, and serves
// all three (see API for JSON-RPC).
//
// Uploads are checked before they are stored: the data matches the header
// (height, data root), the header extends the stored chain (height, parent
// hash), and the account changes, applied to the replica, give the header's
// state root. So a node only ever holds data it can prove chunk by chunk
// against the header, and balances against the header's state root.
type Node struct {
	store     Store
	authorize func(ctx context.Context, h *rollup.Header) error

	mu      sync.Mutex // serializes uploads; guards tree and hist
	genesis common.Hash
	tree    *statetree.Tree // at the head's state root
	// hist holds the hashes of the stored headers 1..head, to prove any of
	// them against a later header's HistoryRoot (HeaderProof): what peers
	// backfilling old heights and requesters of old chunks need.
	hist *rollup.History

	cacheMu sync.Mutex
	cache   *cachedTree // chunk tree of the last height served
}

type cachedTree struct {
	height uint64
	tree   *merkle.ChunkTree
}

// NewNode opens a node over cfg.Store, resuming at its head.
func NewNode(cfg Config) (*Node, error) {
	if cfg.Store == nil {
		return nil, errors.New("dap: nil store")
	}
	n := &Node{store: cfg.Store, authorize: cfg.Authorize, genesis: cfg.GenesisStateRoot, hist: rollup.NewHistory()}
	root := cfg.GenesisStateRoot
	head, err := cfg.Store.Head()
	if err != nil {
		return nil, err
	}
	// Rebuild the history from the stored headers (one read per height at
	// start-up; about 64 bytes of memory per height).
	for k := uint64(1); k <= head; k++ {
		h, err := cfg.Store.Header(k)
		if err != nil {
			return nil, fmt.Errorf("dap: open: history at height %d: %w", k, err)
		}
		if err := n.hist.Append(h.Hash()); err != nil {
			return nil, err
		}
	}
	if head > 0 {
		h, err := cfg.Store.Header(head)
		if err != nil {
			return nil, fmt.Errorf("dap: open at head %d: %w", head, err)
		}
		root = h.StateRoot
	}
	if n.tree, err = statetree.New(cfg.Store.Nodes(), root); err != nil {
		return nil, fmt.Errorf("dap: open state replica: %w", err)
	}
	return n, nil
}

// Head is the highest stored height (0 before the first upload).
func (n *Node) Head() (uint64, error) { return n.store.Head() }

// StateRoot is the replica's state root: the head header's.
func (n *Node) StateRoot() common.Hash {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.tree.Root()
}

// Upload stores height h with its metadata d after checking them (see
// Node). Uploading a height already stored with the same header is a no-op.
func (n *Node) Upload(ctx context.Context, h *rollup.Header, d *rollup.BatchData) error {
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	return n.upload(ctx, h, d, d.Encode(), n.authorizer(h))
}

// UploadProven is Upload for a header of any height, older than the TSC
// still holds: p places h under the history root of p.Anchor, and the
// Authorize hook vets p.Anchor instead of h. The data is checked as for
// Upload (data root, parent, replayed state root).
func (n *Node) UploadProven(ctx context.Context, h *rollup.Header, d *rollup.BatchData, p *HeaderProof) error {
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	if err := p.Verify(h); err != nil {
		return err
	}
	return n.upload(ctx, h, d, d.Encode(), n.authorizer(p.Anchor))
}

// UploadProvenEncoded is UploadProven from the wire encodings (the
// headers' ABI encodings, the BatchData encoding), parsed strictly.
func (n *Node) UploadProvenEncoded(ctx context.Context, header, data, anchor []byte, p rollup.HistoryProof) error {
	h, err := rollup.DecodeHeader(header)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	a, err := rollup.DecodeHeader(anchor)
	if err != nil {
		return fmt.Errorf("%w: anchor: %w", ErrInvalidInput, err)
	}
	d, err := rollup.DecodeBatchData(data)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	hp := &HeaderProof{Anchor: a, Proof: p}
	if err := hp.Verify(h); err != nil {
		return err
	}
	return n.upload(ctx, h, d, data, n.authorizer(a))
}

// authorizer is the Authorize hook applied to h, nil without one.
func (n *Node) authorizer(h *rollup.Header) func(context.Context) error {
	if n.authorize == nil {
		return nil
	}
	return func(ctx context.Context) error { return n.authorize(ctx, h) }
}

// UploadEncoded is Upload from the wire encodings: the header's ABI
// encoding and the BatchData encoding, both parsed strictly.
func (n *Node) UploadEncoded(ctx context.Context, header, data []byte) error {
	h, err := rollup.DecodeHeader(header)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	d, err := rollup.DecodeBatchData(data)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	return n.upload(ctx, h, d, data, n.authorizer(h))
}

// upload checks and stores a height; authz, if not nil, authorizes it
// (the header itself, or the anchor of its proof).
func (n *Node) upload(ctx context.Context, h *rollup.Header, d *rollup.BatchData, enc []byte, authz func(context.Context) error) error {
	if err := h.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	if err := d.Verify(h); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	head, err := n.store.Head()
	if err != nil {
		return err
	}
	if h.Height <= head {
		stored, err := n.store.Header(h.Height)
		if err != nil {
			return err
		}
		if stored.Hash() == h.Hash() {
			return nil
		}
		return fmt.Errorf("%w: height %d holds %s, upload is %s", ErrConflict, h.Height, stored.Hash(), h.Hash())
	}
	if h.Height != head+1 {
		return fmt.Errorf("%w: head is %d, upload is height %d", ErrOutOfOrder, head, h.Height)
	}
	var parent common.Hash
	if head > 0 {
		ph, err := n.store.Header(head)
		if err != nil {
			return err
		}
		parent = ph.Hash()
	}
	if h.ParentHash != parent {
		return fmt.Errorf("%w: parent %s, stored head is %s", ErrWrongParent, h.ParentHash, parent)
	}
	if authz != nil {
		if err := authz(ctx); err != nil {
			return fmt.Errorf("%w: %w", ErrUnauthorized, err)
		}
	}
	old := n.tree.Root()
	root, err := n.tree.Update(d.Accounts)
	if err != nil {
		return fmt.Errorf("dap: apply account changes: %w", err)
	}
	if root != h.StateRoot {
		n.reopen(old)
		return fmt.Errorf("%w: replica computes %s, header has %s", ErrStateRoot, root, h.StateRoot)
	}
	if err := n.store.Put(h, enc); err != nil {
		n.reopen(old)
		return err
	}
	return n.hist.Append(h.Hash())
}

// HeaderProof proves the stored header at height against the stored
// header at anchor, a later height: what a requester of an old chunk
// (Contract.RequestChunkProven) or a backfilling peer needs.
func (n *Node) HeaderProof(height, anchor uint64) (*HeaderProof, error) {
	if height == 0 || height >= anchor {
		return nil, fmt.Errorf("%w: height %d is not below anchor %d", ErrInvalidInput, height, anchor)
	}
	a, err := n.store.Header(anchor)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	p, err := n.hist.Prove(height-1, anchor-1)
	n.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return &HeaderProof{Anchor: a, Proof: p}, nil
}

// reopen puts the replica back at root after a refused upload. The nodes
// the refused update wrote stay in the store, unreferenced.
func (n *Node) reopen(root common.Hash) {
	if t, err := statetree.New(n.store.Nodes(), root); err == nil {
		n.tree = t
	}
}

// Header returns the stored header at height.
func (n *Node) Header(height uint64) (*rollup.Header, error) { return n.store.Header(height) }

// Metadata returns the header and the BatchData encoding at height.
func (n *Node) Metadata(height uint64) (*rollup.Header, []byte, error) {
	h, err := n.store.Header(height)
	if err != nil {
		return nil, nil, err
	}
	d, err := n.store.Data(height)
	if err != nil {
		return nil, nil, err
	}
	return h, d, nil
}

func (n *Node) chunkTree(height uint64) (*merkle.ChunkTree, error) {
	n.cacheMu.Lock()
	c := n.cache
	n.cacheMu.Unlock()
	if c != nil && c.height == height {
		return c.tree, nil
	}
	d, err := n.store.Data(height)
	if err != nil {
		return nil, err
	}
	t := merkle.NewChunkTree(d)
	n.cacheMu.Lock()
	n.cache = &cachedTree{height: height, tree: t}
	n.cacheMu.Unlock()
	return t, nil
}

// Chunk returns chunk index of the metadata at height and its proof
// against the header's data root. The chunk is read-only.
func (n *Node) Chunk(height, index uint64) ([]byte, *merkle.ChunkProof, error) {
	t, err := n.chunkTree(height)
	if err != nil {
		return nil, nil, err
	}
	p, err := t.Prove(index)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return t.Chunk(index), p, nil
}

// Answer computes the answer to a chunk request for the height whose data
// root is dataRoot: the data length, the chunk at ChunkIndex(seed, length)
// and its proof. It fails with ErrNotFound if the node holds another
// header (or none) at height.
func (n *Node) Answer(height uint64, dataRoot, seed common.Hash) (length uint64, chunk []byte, proof *merkle.ChunkProof, err error) {
	h, err := n.store.Header(height)
	if err != nil {
		return 0, nil, nil, err
	}
	if h.DataRoot != dataRoot {
		return 0, nil, nil, fmt.Errorf("%w: height %d has data root %s, request is for %s", ErrNotFound, height, h.DataRoot, dataRoot)
	}
	t, err := n.chunkTree(height)
	if err != nil {
		return 0, nil, nil, err
	}
	chunk, proof, err = n.Chunk(height, ChunkIndex(seed, t.Len()))
	return t.Len(), chunk, proof, err
}

// BalanceProof returns the account at addr under the state root of the
// header at height, and its proof.
func (n *Node) BalanceProof(height uint64, addr common.Address) (statetree.Account, *statetree.Proof, error) {
	root := n.genesis
	if height > 0 {
		h, err := n.store.Header(height)
		if err != nil {
			return statetree.Account{}, nil, err
		}
		root = h.StateRoot
	}
	t, err := statetree.New(n.store.Nodes(), root)
	if err != nil {
		return statetree.Account{}, nil, err
	}
	return t.GetWithProof(addr)
}

// ChunkIndex is the chunk a request with seed asks of data of the given
// length: seed (as a big-endian uint256) mod NumChunks(length), 0 for empty
// data. DataAvailability.chunkIndex computes the same.
func ChunkIndex(seed common.Hash, length uint64) uint64 {
	n := merkle.NumChunks(length)
	if n == 0 {
		return 0
	}
	s := new(uint256.Int).SetBytes32(seed[:])
	return s.Mod(s, uint256.NewInt(n)).Uint64()
}
