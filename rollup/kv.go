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
	// Scan calls fn for every key with prefix, in key order.
	Scan(prefix []byte, fn func(key, value []byte) error) error
}

// PebbleKV is a KV on a Pebble database, which the node shares with its
// statetree.PebbleStore (different key prefixes).
type PebbleKV struct{ DB *pebble.DB }

func (p PebbleKV) Get(key []byte) ([]byte, error) {
	v, closer, err := p.DB.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, key)
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return bytes.Clone(v), nil
}

func (p PebbleKV) Put(key, value []byte) error { return p.DB.Set(key, value, pebble.Sync) }
func (p PebbleKV) Delete(key []byte) error     { return p.DB.Delete(key, pebble.Sync) }

func (p PebbleKV) Scan(prefix []byte, fn func(key, value []byte) error) error {
	upper := append(bytes.Clone(prefix), 0xff)
	it, err := p.DB.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: upper})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if err := fn(bytes.Clone(it.Key()), bytes.Clone(it.Value())); err != nil {
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
	sort.Strings(keys)
	vals := make([][]byte, len(keys))
	for i, k := range keys {
		vals[i] = bytes.Clone(m.m[k])
	}
	m.mu.Unlock()
	for i, k := range keys {
		if err := fn([]byte(k), vals[i]); err != nil {
			return err
		}
	}
	return nil
}
