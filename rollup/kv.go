package rollup

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/cockroachdb/pebble"
)

// ErrNotFound: no value under the key.
var ErrNotFound = errors.New("rollup: not found")

// KV is the node's small persistent map (checkpoint, proposals, mempool).
// Writes are durable when they return.
type KV interface {
	Get(key []byte) ([]byte, error)
	Put(key, value []byte) error
	Delete(key []byte) error
	// Scan calls fn for every key with prefix, in key order, until fn
	// returns an error; errStopScan ends the scan without error.
	Scan(prefix []byte, fn func(key, value []byte) error) error
}

// ErrClosed: the KV was used after Close.
var ErrClosed = errors.New("rollup: store closed")

// PebbleKV is a KV on a Pebble database, which the node shares with its
// statetree.PebbleStore (different key prefixes). Close marks it closed
// without closing the database (its owner does that), after which calls
// fail with ErrClosed instead of reaching a closed database.
type PebbleKV struct {
	mu     sync.RWMutex
	db     *pebble.DB
	closed bool
}

// NewPebbleKV uses db.
func NewPebbleKV(db *pebble.DB) *PebbleKV { return &PebbleKV{db: db} }

// Close stops further use; it waits for calls in flight.
func (p *PebbleKV) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	return nil
}

func (p *PebbleKV) Get(key []byte) ([]byte, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return nil, ErrClosed
	}
	v, closer, err := p.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, key)
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return bytes.Clone(v), nil
}

func (p *PebbleKV) Put(key, value []byte) error {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return ErrClosed
	}
	return p.db.Set(key, value, pebble.Sync)
}

func (p *PebbleKV) Delete(key []byte) error {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return ErrClosed
	}
	return p.db.Delete(key, pebble.Sync)
}

func (p *PebbleKV) Scan(prefix []byte, fn func(key, value []byte) error) error {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return ErrClosed
	}
	upper := append(bytes.Clone(prefix), 0xff)
	it, err := p.db.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: upper})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if err := fn(bytes.Clone(it.Key()), bytes.Clone(it.Value())); err != nil {
			if errors.Is(err, errStopScan) {
				return nil
			}
			return err
		}
	}
	return it.Error()
}

// MemoryKV is an in-memory KV for tests.
type MemoryKV struct {
	mu sync.Mutex
	m  map[string][]byte
}

func NewMemoryKV() *MemoryKV { return &MemoryKV{m: map[string][]byte{}} }

func (m *MemoryKV) Get(key []byte) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[string(key)]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, key)
	}
	return bytes.Clone(v), nil
}

func (m *MemoryKV) Put(key, value []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m[string(key)] = bytes.Clone(value)
	return nil
}

func (m *MemoryKV) Delete(key []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, string(key))
	return nil
}

func (m *MemoryKV) Scan(prefix []byte, fn func(key, value []byte) error) error {
	m.mu.Lock()
	var keys []string
	for k := range m.m {
		if bytes.HasPrefix([]byte(k), prefix) {
			keys = append(keys, k)
		}
	}
	m.mu.Unlock()
	sort.Strings(keys)
	for _, k := range keys {
		m.mu.Lock()
		v, ok := m.m[k]
		v = bytes.Clone(v)
		m.mu.Unlock()
		if !ok {
			continue
		}
		if err := fn([]byte(k), v); err != nil {
			if errors.Is(err, errStopScan) {
				return nil
			}
			return err
		}
	}
	return nil
}
