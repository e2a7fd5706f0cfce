package statetree

import (
	"errors"
	"fmt"
	"sync"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// pebbleKeyPrefix namespaces tree nodes inside a Pebble database, so the
// database can be shared with other data.
var pebbleKeyPrefix = []byte("statetree/n/")

// PebbleStore is a Store on a Pebble (LSM) database. Batches commit with
// fsync, so an update that returned is durable. It is safe for concurrent
// use; calls after Close return ErrClosed.
type PebbleStore struct {
	mu     sync.RWMutex // guards closed against in-flight calls
	db     *pebble.DB
	owned  bool
	closed bool
}

// OpenPebble opens (creating if needed) a Pebble database in dir. opts may
// be nil for Pebble's defaults. Close the store to close the database.
func OpenPebble(dir string, opts *pebble.Options) (*PebbleStore, error) {
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("statetree: open pebble at %s: %w", dir, err)
	}
	return &PebbleStore{db: db, owned: true}, nil
}

// NewPebbleStore uses an already open database. Nodes live under their own
// key prefix. Close then does not close db; its owner does.
func NewPebbleStore(db *pebble.DB) *PebbleStore {
	return &PebbleStore{db: db}
}

func pebbleKey(hash common.Hash) []byte {
	k := make([]byte, len(pebbleKeyPrefix)+common.HashLength)
	copy(k, pebbleKeyPrefix)
	copy(k[len(pebbleKeyPrefix):], hash[:])
	return k
}

// Get implements Store.
func (s *PebbleStore) Get(hash common.Hash) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, ErrClosed
	}
	v, closer, err := s.db.Get(pebbleKey(hash))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("%w: %s", ErrMissingNode, hash.Hex())
	}
	if err != nil {
		return nil, fmt.Errorf("statetree: pebble get %s: %w", hash.Hex(), err)
	}
	// v is only valid until closer.Close.
	out := append([]byte(nil), v...)
	if err := closer.Close(); err != nil {
		return nil, fmt.Errorf("statetree: pebble get %s: %w", hash.Hex(), err)
	}
	return out, nil
}

// NewBatch implements Store.
func (s *PebbleStore) NewBatch() Batch { return &pebbleBatch{store: s} }

// Close closes the database if OpenPebble opened it. It is idempotent.
func (s *PebbleStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.owned {
		return s.db.Close()
	}
	return nil
}

// pebbleBatch buffers puts in Go memory and builds the Pebble batch in
// Write, so an abandoned batch holds no Pebble resources.
type pebbleBatch struct {
	store  *PebbleStore
	hashes []common.Hash
	nodes  [][]byte
}

func (b *pebbleBatch) Put(hash common.Hash, node []byte) {
	b.hashes = append(b.hashes, hash)
	b.nodes = append(b.nodes, node)
}

func (b *pebbleBatch) Write() error {
	s := b.store
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	pb := s.db.NewBatch()
	defer pb.Close()
	for i, h := range b.hashes {
		if err := pb.Set(pebbleKey(h), b.nodes[i], nil); err != nil {
			return fmt.Errorf("statetree: pebble batch: %w", err)
		}
	}
	if err := pb.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("statetree: pebble commit: %w", err)
	}
	b.hashes, b.nodes = nil, nil
	return nil
}
