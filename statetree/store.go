package statetree

import (
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Store holds tree nodes addressed by their hash. Because keys are content
// hashes, a node written for one root is shared by every later root that
// still contains it, so many versions of the tree live side by side in one
// store and opening an old root needs nothing but the root hash. Nodes are
// never deleted (no garbage collection); an empty subtree is the zero hash
// and is never stored.
//
// Implementations must allow concurrent Get calls (an update reads from
// several goroutines) and concurrent Get with Batch.Write.
type Store interface {
	// Get returns the node stored under hash, or an error wrapping
	// ErrMissingNode. The caller must not modify the returned slice.
	Get(hash common.Hash) ([]byte, error)
	// NewBatch starts a set of writes that become visible together.
	NewBatch() Batch
}

// Batch stages node writes for one update.
type Batch interface {
	// Put stages node under hash. The batch and store may keep node; the
	// caller does not modify it afterwards.
	Put(hash common.Hash, node []byte)
	// Write makes all staged nodes visible at once. A batch is written at
	// most once.
	Write() error
}

// MemoryStore is a Store in memory, for tests, simulations and trees
// rebuilt at start-up. It is safe for concurrent use.
//
// Node bytes are packed into large append-only chunks and the index maps a
// hash to a position, so the index holds no pointers: a store of millions
// of nodes costs the garbage collector next to nothing to scan, and a node
// costs about 110 bytes instead of a separate allocation.
type MemoryStore struct {
	mu     sync.RWMutex
	index  map[common.Hash]memLoc
	chunks [][]byte
}

type memLoc struct{ chunk, off, n uint32 }

const memChunkSize = 4 << 20

// NewMemoryStore returns an empty in-memory store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{index: make(map[common.Hash]memLoc)}
}

// Get implements Store. The returned slice is read-only and stays valid.
func (s *MemoryStore) Get(hash common.Hash) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	l, ok := s.index[hash]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrMissingNode, hash.Hex())
	}
	end := l.off + l.n
	return s.chunks[l.chunk][l.off:end:end], nil
}

// NewBatch implements Store.
func (s *MemoryStore) NewBatch() Batch { return &memoryBatch{store: s} }

// Len returns the number of stored nodes.
func (s *MemoryStore) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.index)
}

// put appends node to the current chunk; s.mu must be held.
func (s *MemoryStore) put(hash common.Hash, node []byte) {
	n := len(node)
	last := len(s.chunks) - 1
	if last < 0 || len(s.chunks[last])+n > cap(s.chunks[last]) {
		s.chunks = append(s.chunks, make([]byte, 0, max(memChunkSize, n)))
		last++
	}
	c := s.chunks[last]
	s.index[hash] = memLoc{chunk: uint32(last), off: uint32(len(c)), n: uint32(n)}
	s.chunks[last] = append(c, node...)
}

type memoryBatch struct {
	store  *MemoryStore
	hashes []common.Hash
	nodes  [][]byte
}

func (b *memoryBatch) Put(hash common.Hash, node []byte) {
	b.hashes = append(b.hashes, hash)
	b.nodes = append(b.nodes, node)
}

func (b *memoryBatch) Write() error {
	b.store.mu.Lock()
	for i, h := range b.hashes {
		b.store.put(h, b.nodes[i])
	}
	b.store.mu.Unlock()
	b.hashes, b.nodes = nil, nil
	return nil
}

// VerifyingStore wraps s so that every node read is checked against its
// key: keccak256(node[1:]) must equal the hash it was asked for, otherwise
// Get returns ErrCorruptNode.
//
// Why: the node encoding holds nothing beyond the hash preimage, so this one
// check authenticates the whole node. Security assumption: without this
// wrapper the tree trusts its store; use it when the store lives outside the
// trust boundary (for instance a TEE sequencer whose database sits on the
// untrusted host disk), so a tampering host can only cause errors, never a
// wrong account or root. It costs one keccak256 per node read.
func VerifyingStore(s Store) Store { return verifyingStore{s} }

type verifyingStore struct{ Store }

func (v verifyingStore) Get(hash common.Hash) ([]byte, error) {
	n, err := v.Store.Get(hash)
	if err != nil {
		return nil, err
	}
	if len(n) < 2 || crypto.Keccak256Hash(n[1:]) != hash {
		return nil, fmt.Errorf("%w: node under %s does not hash to its key", ErrCorruptNode, hash.Hex())
	}
	return n, nil
}
