package dap

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// Store keeps a DAP's data: per height, the header and the encoding of its
// BatchData, plus the nodes of the DAP's state-tree replica. Heights are
// put in order, one at a time; Head is the last one put.
//
// Implementations must allow concurrent reads with one writer.
type Store interface {
	// Put stores height h.Height. The caller has checked that it extends
	// the stored chain.
	Put(h *rollup.Header, data []byte) error
	// Header returns the header at height, or an error wrapping ErrNotFound.
	Header(height uint64) (*rollup.Header, error)
	// Data returns the BatchData encoding at height, or an error wrapping
	// ErrNotFound. The caller must not modify it.
	Data(height uint64) ([]byte, error)
	// Head is the highest stored height, 0 if none.
	Head() (uint64, error)
	// PutCandidate stores, durably before it returns, a header that is not
	// (yet) accepted and its data: what the node signs availability for.
	// The header is keyed by its hash, the data by its data root, so any
	// number of candidates per height may be stored.
	PutCandidate(h *rollup.Header, data []byte) error
	// Candidate returns the candidate header of hash, or an error wrapping
	// ErrNotFound.
	Candidate(hash common.Hash) (*rollup.Header, error)
	// DataByRoot returns the data of a candidate stored with that data
	// root, or an error wrapping ErrNotFound.
	DataByRoot(root common.Hash) ([]byte, error)
	// Nodes is the node store of the state-tree replica.
	Nodes() statetree.Store
	// Close releases the store.
	Close() error
}

// MemoryStore is a Store in memory, for tests and simulations.
type MemoryStore struct {
	mu      sync.RWMutex
	headers map[uint64]*rollup.Header
	data    map[uint64][]byte
	head    uint64
	nodes   *statetree.MemoryStore
	cands   map[common.Hash]*rollup.Header
	byRoot  map[common.Hash][]byte
}

// NewMemoryStore returns an empty in-memory store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{
		headers: map[uint64]*rollup.Header{}, data: map[uint64][]byte{}, nodes: statetree.NewMemoryStore(),
		cands: map[common.Hash]*rollup.Header{}, byRoot: map[common.Hash][]byte{},
	}
}

// PutCandidate implements Store.
func (s *MemoryStore) PutCandidate(h *rollup.Header, data []byte) error {
	hc, err := rollup.DecodeHeader(h.ABIEncode())
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cands[hc.Hash()] = hc
	s.byRoot[hc.DataRoot] = append([]byte(nil), data...)
	return nil
}

// Candidate implements Store. The returned header is a copy.
func (s *MemoryStore) Candidate(hash common.Hash) (*rollup.Header, error) {
	s.mu.RLock()
	h, ok := s.cands[hash]
	s.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: candidate %s", ErrNotFound, hash)
	}
	return rollup.DecodeHeader(h.ABIEncode())
}

// DataByRoot implements Store.
func (s *MemoryStore) DataByRoot(root common.Hash) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, ok := s.byRoot[root]
	if !ok {
		return nil, fmt.Errorf("%w: data root %s", ErrNotFound, root)
	}
	return d, nil
}

// Put implements Store.
func (s *MemoryStore) Put(h *rollup.Header, data []byte) error {
	// Keep a private copy, decoded from the canonical encoding, so the
	// caller's later changes do not reach the store.
	hc, err := rollup.DecodeHeader(h.ABIEncode())
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.headers[h.Height] = hc
	s.data[h.Height] = append([]byte(nil), data...)
	s.head = max(s.head, h.Height)
	return nil
}

// Header implements Store. The returned header is a copy.
func (s *MemoryStore) Header(height uint64) (*rollup.Header, error) {
	s.mu.RLock()
	h, ok := s.headers[height]
	s.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: height %d", ErrNotFound, height)
	}
	return rollup.DecodeHeader(h.ABIEncode())
}

// Data implements Store.
func (s *MemoryStore) Data(height uint64) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, ok := s.data[height]
	if !ok {
		return nil, fmt.Errorf("%w: height %d", ErrNotFound, height)
	}
	return d, nil
}

// Head implements Store.
func (s *MemoryStore) Head() (uint64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.head, nil
}

// Nodes implements Store.
func (s *MemoryStore) Nodes() statetree.Store { return s.nodes }

// Close implements Store.
func (s *MemoryStore) Close() error { return nil }

// Pebble key layout. The state-tree replica's nodes live in the same
// database under statetree's own prefix.
var (
	keyHeader = []byte("dap/h/") // + height (8, big-endian): header ABI encoding
	keyData   = []byte("dap/d/") // + height: BatchData encoding
	keyHead   = []byte("dap/head")
	keyCand   = []byte("dap/c/") // + header hash: candidate header ABI encoding
	keyRoot   = []byte("dap/r/") // + data root: candidate BatchData encoding
)

// PutCandidate implements Store: one fsynced batch.
func (s *PebbleStore) PutCandidate(h *rollup.Header, data []byte) error {
	b := s.db.NewBatch()
	defer b.Close()
	hh, root := h.Hash(), h.DataRoot
	if err := b.Set(append(append([]byte(nil), keyCand...), hh[:]...), h.ABIEncode(), nil); err != nil {
		return fmt.Errorf("dap: pebble put: %w", err)
	}
	if err := b.Set(append(append([]byte(nil), keyRoot...), root[:]...), data, nil); err != nil {
		return fmt.Errorf("dap: pebble put: %w", err)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("dap: pebble commit: %w", err)
	}
	return nil
}

// Candidate implements Store.
func (s *PebbleStore) Candidate(hash common.Hash) (*rollup.Header, error) {
	b, err := s.get(append(append([]byte(nil), keyCand...), hash[:]...))
	if err != nil {
		return nil, fmt.Errorf("%w: candidate %s", err, hash)
	}
	return rollup.DecodeHeader(b)
}

// DataByRoot implements Store.
func (s *PebbleStore) DataByRoot(root common.Hash) ([]byte, error) {
	b, err := s.get(append(append([]byte(nil), keyRoot...), root[:]...))
	if err != nil {
		return nil, fmt.Errorf("%w: data root %s", err, root)
	}
	return b, nil
}

func heightKey(prefix []byte, height uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefix...), height)
}

// PebbleStore is a Store on an embedded Pebble database: each Put is one
// atomic, fsynced batch, so a DAP restarts at the last height it accepted.
type PebbleStore struct {
	db    *pebble.DB
	nodes *statetree.PebbleStore
}

// OpenPebble opens (creating if needed) a store in dir. opts may be nil.
func OpenPebble(dir string, opts *pebble.Options) (*PebbleStore, error) {
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("dap: open pebble at %s: %w", dir, err)
	}
	return &PebbleStore{db: db, nodes: statetree.NewPebbleStore(db)}, nil
}

// Put implements Store.
func (s *PebbleStore) Put(h *rollup.Header, data []byte) error {
	b := s.db.NewBatch()
	defer b.Close()
	if err := b.Set(heightKey(keyHeader, h.Height), h.ABIEncode(), nil); err != nil {
		return fmt.Errorf("dap: pebble put: %w", err)
	}
	if err := b.Set(heightKey(keyData, h.Height), data, nil); err != nil {
		return fmt.Errorf("dap: pebble put: %w", err)
	}
	head, err := s.Head()
	if err != nil {
		return err
	}
	if h.Height > head {
		if err := b.Set(keyHead, binary.BigEndian.AppendUint64(nil, h.Height), nil); err != nil {
			return fmt.Errorf("dap: pebble put: %w", err)
		}
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("dap: pebble commit: %w", err)
	}
	return nil
}

func (s *PebbleStore) get(key []byte) ([]byte, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("dap: pebble get: %w", err)
	}
	out := append([]byte(nil), v...)
	if err := closer.Close(); err != nil {
		return nil, fmt.Errorf("dap: pebble get: %w", err)
	}
	return out, nil
}

// Header implements Store.
func (s *PebbleStore) Header(height uint64) (*rollup.Header, error) {
	b, err := s.get(heightKey(keyHeader, height))
	if err != nil {
		return nil, fmt.Errorf("%w: header of height %d", err, height)
	}
	h, err := rollup.DecodeHeader(b)
	if err != nil {
		return nil, fmt.Errorf("dap: stored header of height %d: %w", height, err)
	}
	return h, nil
}

// Data implements Store.
func (s *PebbleStore) Data(height uint64) ([]byte, error) {
	b, err := s.get(heightKey(keyData, height))
	if err != nil {
		return nil, fmt.Errorf("%w: data of height %d", err, height)
	}
	return b, nil
}

// Head implements Store.
func (s *PebbleStore) Head() (uint64, error) {
	b, err := s.get(keyHead)
	if errors.Is(err, ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if len(b) != 8 {
		return 0, fmt.Errorf("dap: corrupt head record (%d bytes)", len(b))
	}
	return binary.BigEndian.Uint64(b), nil
}

// Nodes implements Store.
func (s *PebbleStore) Nodes() statetree.Store { return s.nodes }

// Close closes the database.
func (s *PebbleStore) Close() error {
	if err := s.nodes.Close(); err != nil {
		return err
	}
	return s.db.Close()
}
