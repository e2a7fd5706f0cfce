package dap

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"sync"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/merkle"
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
	// Key signs availability statements (Certify): its address is this
	// DAP's member of the rollup's DA set. nil: the node stores uploads
	// but certifies nothing.
	Key *ecdsa.PrivateKey
	// Domain is the rollup's EIP-712 domain (chain id, TSC) that DA
	// signatures are bound to; required with Key.
	Domain rollup.Domain
	// DASet is the installed DA set (required with Key); Key must be one
	// of its members. Load it with dacert.DecodeSet from what governance
	// installed: that rebuilds the root from the keys, so a node refuses a
	// set whose root does not match.
	DASet *dacert.Set
	// MaxSessionsPerHeight and MaxSessions bound the signing sessions
	// (secret nonces) open between dap_certify and dap_sign (defaults
	// DefaultMaxSessionsPerHeight, DefaultMaxSessions).
	MaxSessionsPerHeight, MaxSessions int
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
	key       *ecdsa.PrivateKey
	secp      *secp256k1.PrivateKey
	domain    rollup.Domain
	set       *dacert.Set
	member    int // this DAP's index in set
	sessions  *sessions

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
	root common.Hash // the data root
	tree *merkle.ChunkTree
}

// NewNode opens a node over cfg.Store, resuming at its head.
func NewNode(cfg Config) (*Node, error) {
	if cfg.Store == nil {
		return nil, errors.New("dap: nil store")
	}
	if cfg.Key != nil {
		if err := cfg.Domain.Validate(); err != nil {
			return nil, fmt.Errorf("dap: signing key without a domain: %w", err)
		}
		if cfg.DASet == nil {
			return nil, fmt.Errorf("dap: signing key without a DA set: %w", ErrInvalidInput)
		}
	}
	n := &Node{store: cfg.Store, authorize: cfg.Authorize, genesis: cfg.GenesisStateRoot, hist: rollup.NewHistory(), key: cfg.Key, domain: cfg.Domain, set: cfg.DASet,
		sessions: newSessions(cfg.MaxSessionsPerHeight, cfg.MaxSessions)}
	if cfg.Key != nil {
		n.secp = rollup.SecpKey(cfg.Key)
		i, ok := cfg.DASet.Index(crypto.PubkeyToAddress(cfg.Key.PublicKey))
		if !ok {
			return nil, fmt.Errorf("dap: key %s is not a member of the DA set: %w", crypto.PubkeyToAddress(cfg.Key.PublicKey), ErrInvalidInput)
		}
		n.member = i
	}
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

// chunkTree is the chunk tree of the data with root dataRoot: the stored
// height's data if its header has that root, else a certified candidate's.
func (n *Node) chunkTree(height uint64, dataRoot common.Hash) (*merkle.ChunkTree, error) {
	n.cacheMu.Lock()
	c := n.cache
	n.cacheMu.Unlock()
	if c != nil && c.root == dataRoot {
		return c.tree, nil
	}
	var d []byte
	h, err := n.store.Header(height)
	if err == nil && h.DataRoot == dataRoot {
		d, err = n.store.Data(height)
	} else {
		// Data this node signed for before (or without) learning that its
		// header was accepted: it answers for it all the same.
		d, err = n.store.DataByRoot(dataRoot)
		if err != nil {
			return nil, fmt.Errorf("%w: no data with root %s at height %d", ErrNotFound, dataRoot, height)
		}
	}
	if err != nil {
		return nil, err
	}
	t := merkle.NewChunkTree(d)
	n.cacheMu.Lock()
	n.cache = &cachedTree{root: dataRoot, tree: t}
	n.cacheMu.Unlock()
	return t, nil
}

// Chunk returns chunk index of the metadata at height and its proof
// against the header's data root. The chunk is read-only.
func (n *Node) Chunk(height, index uint64) ([]byte, *merkle.ChunkProof, error) {
	h, err := n.store.Header(height)
	if err != nil {
		return nil, nil, err
	}
	return n.chunk(height, h.DataRoot, index)
}

func (n *Node) chunk(height uint64, dataRoot common.Hash, index uint64) ([]byte, *merkle.ChunkProof, error) {
	t, err := n.chunkTree(height, dataRoot)
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
// and its proof. The data is the stored height's or, if the node never
// stored the accepted header, that of a candidate it certified with this
// data root. It fails with ErrNotFound if the node holds neither.
func (n *Node) Answer(height uint64, dataRoot, seed common.Hash) (length uint64, chunk []byte, proof *merkle.ChunkProof, err error) {
	t, err := n.chunkTree(height, dataRoot)
	if err != nil {
		return 0, nil, nil, err
	}
	chunk, proof, err = n.chunk(height, dataRoot, ChunkIndex(seed, t.Len()))
	return t.Len(), chunk, proof, err
}

// Certify is round 1 of the pre-acceptance store-and-sign protocol: it
// checks header h and its data d, stores them durably as a candidate, and
// only then opens a MuSig2 signing session for the availability statement
// rollup.DADigest(domain, h.Height, h.DataRoot), returning its public
// nonce. Sign (round 2) completes it. A nonce is never given for data not
// yet stored, so no signature can follow without the data.
//
// Checks: d matches h (height, data root), and replaying d's account
// changes from the parent's state root gives h's state root. The parent
// is the stored (accepted) header at h.Height-1 or a candidate this node
// certified, found by h.ParentHash (the replica is content-addressed, so
// any stored root can be replayed from, accepted or not); without it the
// node refuses with ErrUnknownParent. A height whose accepted header is
// stored and differs from h is refused (ErrConflict): it is decided.
//
// What a signature promises: this DAP holds the data and will answer
// chunk requests for it. It says nothing about h being valid otherwise
// (the committee's QC does).
func (n *Node) Certify(ctx context.Context, h *rollup.Header, d *rollup.BatchData) (Round1, error) {
	if err := d.Validate(); err != nil {
		return Round1{}, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	return n.certify(ctx, h, d, d.Encode())
}

// CertifyEncoded is Certify from the wire encodings, parsed strictly.
func (n *Node) CertifyEncoded(ctx context.Context, header, data []byte) (Round1, error) {
	h, err := rollup.DecodeHeader(header)
	if err != nil {
		return Round1{}, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	d, err := rollup.DecodeBatchData(data)
	if err != nil {
		return Round1{}, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	return n.certify(ctx, h, d, data)
}

func (n *Node) certify(ctx context.Context, h *rollup.Header, d *rollup.BatchData, enc []byte) (Round1, error) {
	var none Round1
	if n.key == nil {
		return none, ErrNoSigningKey
	}
	if err := h.Validate(); err != nil {
		return none, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	if err := d.Verify(h); err != nil {
		return none, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	if err := ctx.Err(); err != nil {
		return none, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	hh := h.Hash()
	if stored, err := n.store.Header(h.Height); err == nil {
		if stored.Hash() != hh {
			return none, fmt.Errorf("%w: height %d holds %s, certify asks for %s", ErrConflict, h.Height, stored.Hash(), hh)
		}
		// Already stored with its data: a fresh session.
		return n.openSession(h)
	} else if !errors.Is(err, ErrNotFound) {
		return none, err
	}
	parentRoot, err := n.parentRoot(h)
	if err != nil {
		return none, err
	}
	t, err := statetree.New(n.store.Nodes(), parentRoot)
	if err != nil {
		return none, fmt.Errorf("%w: state of parent %s: %w", ErrUnknownParent, h.ParentHash, err)
	}
	root, err := t.Update(d.Accounts)
	if err != nil {
		return none, fmt.Errorf("dap: apply account changes: %w", err)
	}
	if root != h.StateRoot {
		return none, fmt.Errorf("%w: replica computes %s, header has %s", ErrStateRoot, root, h.StateRoot)
	}
	// Durable before the signature leaves: a signature is a promise to
	// answer for this data, which a crash must not break.
	if err := n.store.PutCandidate(h, enc); err != nil {
		return none, err
	}
	return n.openSession(h)
}

// Round1 is a DAP's answer to round 1: the session to name in round 2 and
// its public nonce.
type Round1 struct {
	Session SessionID
	Nonce   dacert.PubNonce
}

func (n *Node) openSession(h *rollup.Header) (Round1, error) {
	digest := rollup.DADigest(n.domain, h.Height, h.DataRoot)
	sec, err := dacert.NewNonce(rand.Reader, n.secp, digest)
	if err != nil {
		return Round1{}, err
	}
	id, err := n.sessions.open(h.Height, digest, sec)
	if err != nil {
		return Round1{}, err
	}
	return Round1{Session: id, Nonce: sec.Pub()}, nil
}

// Sign is round 2: this DAP's partial signature in session id for the
// signing subset bitmap (which must include it) under the aggregate nonce
// agg. The session is closed whatever the outcome (ErrUnknownSession on a
// second call): a nonce signs once.
func (n *Node) Sign(ctx context.Context, id SessionID, bitmap uint64, agg dacert.AggNonce) (dacert.Partial, error) {
	if n.key == nil {
		return dacert.Partial{}, ErrNoSigningKey
	}
	if err := ctx.Err(); err != nil {
		return dacert.Partial{}, err
	}
	o, ok := n.sessions.take(id)
	if !ok {
		return dacert.Partial{}, fmt.Errorf("%w: %x", ErrUnknownSession, id)
	}
	p, err := o.sec.Sign(n.set, n.secp, n.member, bitmap, agg, o.digest)
	if err != nil {
		return dacert.Partial{}, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	return p, nil
}

// OpenSessions is how many signing sessions are open (bounded; see
// Config.MaxSessions).
func (n *Node) OpenSessions() int { return n.sessions.len() }

// parentRoot is the state root h replays from: genesis for height 1, else
// the accepted or candidate header whose hash is h.ParentHash.
func (n *Node) parentRoot(h *rollup.Header) (common.Hash, error) {
	if h.Height == 1 {
		if h.ParentHash != (common.Hash{}) {
			return common.Hash{}, fmt.Errorf("%w: height 1 with parent %s", ErrWrongParent, h.ParentHash)
		}
		return n.genesis, nil
	}
	if p, err := n.store.Header(h.Height - 1); err == nil && p.Hash() == h.ParentHash {
		return p.StateRoot, nil
	}
	p, err := n.store.Candidate(h.ParentHash)
	if err == nil && p.Height == h.Height-1 {
		return p.StateRoot, nil
	}
	if err != nil && !errors.Is(err, ErrNotFound) {
		return common.Hash{}, err
	}
	return common.Hash{}, fmt.Errorf("%w: %s (height %d)", ErrUnknownParent, h.ParentHash, h.Height-1)
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
