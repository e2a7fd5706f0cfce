package rollup

import (
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// ErrMempoolFull: the mempool holds its maximum number of transactions.
var ErrMempoolFull = errors.New("rollup: mempool full")

// ErrKnownTx: the transaction is already pending.
var ErrKnownTx = errors.New("rollup: transaction already pending")

// Mempool holds client transactions (transfers and redeems) until a header
// that includes them is accepted. It keeps arrival order, which is the order
// a leader batches them in; it does no state checks, which are the
// enclave's job at execution.
type Mempool struct {
	mu    sync.Mutex
	max   int
	order []common.Hash
	txs   map[common.Hash]*Tx
}

// NewMempool returns a mempool bounded to max transactions.
func NewMempool(max int) *Mempool {
	return &Mempool{max: max, txs: make(map[common.Hash]*Tx)}
}

// Add admits a transaction after its stateless checks. It does not check
// the signature: the caller does that once (Node.SubmitTx) outside the lock.
func (m *Mempool) Add(tx *Tx) (common.Hash, error) {
	if err := tx.Validate(); err != nil {
		return common.Hash{}, err
	}
	h := tx.Hash()
	return h, m.add(tx, h)
}

// Has reports whether a transaction is pending.
func (m *Mempool) Has(h common.Hash) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.txs[h]
	return ok
}

// add admits a validated transaction whose hash is h.
func (m *Mempool) add(tx *Tx, h common.Hash) error {
	if tx.Type == TxDeposit {
		return fmt.Errorf("%w: deposits come from L1, not clients", ErrInvalidTx)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.txs[h]; ok {
		return ErrKnownTx
	}
	if len(m.txs) >= m.max {
		return ErrMempoolFull
	}
	m.txs[h] = tx
	m.order = append(m.order, h)
	return nil
}

// Peek returns up to n pending transactions in arrival order, leaving them
// in the pool.
func (m *Mempool) Peek(n int) []*Tx {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*Tx, 0, min(n, len(m.txs)))
	live := m.order[:0]
	for _, h := range m.order {
		tx, ok := m.txs[h]
		if !ok {
			continue // removed; compact the order slice as we go
		}
		live = append(live, h)
		if len(out) < n {
			out = append(out, tx)
		}
	}
	m.order = live
	return out
}

// Remove drops transactions (included in an accepted header).
func (m *Mempool) Remove(hashes ...common.Hash) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, h := range hashes {
		delete(m.txs, h)
	}
}

// Len is the number of pending transactions.
func (m *Mempool) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.txs)
}

// Pending returns all pending transactions in arrival order.
func (m *Mempool) Pending() []*Tx { return m.Peek(m.max) }
