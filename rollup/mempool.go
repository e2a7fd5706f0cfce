package rollup

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/statetree"
)

// ErrMempoolFull: the mempool holds its maximum number of transactions and
// none it holds is worth less than the new one (see Mempool).
var ErrMempoolFull = errors.New("rollup: mempool full")

// ErrKnownTx: the transaction is already pending.
var ErrKnownTx = errors.New("rollup: transaction already pending")

// Admission rejections: the checks a transaction must pass against the
// node's state at its checkpoint to enter the mempool. They wrap (%w) into
// errors that say why; compare with errors.Is.
var (
	// ErrUnpayable: the sender's balance at the checkpoint does not cover
	// the transaction's value on top of the values of its transactions
	// already pending (a sender without an account has nothing).
	ErrUnpayable = errors.New("rollup: sender cannot pay")
	// ErrNonceWindow: the nonce is used (below the account's nonce) or too
	// far ahead of it (at or past the account's nonce plus the window).
	ErrNonceWindow = errors.New("rollup: nonce outside the admission window")
	// ErrNonceTaken: a pending transaction of the sender already has this
	// nonce; at most one of them could ever apply.
	ErrNonceTaken = errors.New("rollup: sender already has a pending transaction with this nonce")
	// ErrSenderCap: the sender has as many pending transactions as one
	// sender may have.
	ErrSenderCap = errors.New("rollup: too many pending transactions from this sender")
)

// Admission defaults (Config.NonceWindow, Config.MaxPendingPerSender).
const (
	DefaultNonceWindow         = 64
	DefaultMaxPendingPerSender = 64
)

// Mempool holds client transactions (transfers and redeems) until a header
// that includes them is accepted. It keeps arrival order, which is the order
// a leader batches them in.
//
// Admission (Admit) checks a transaction against its sender's account at
// the node's checkpoint, cheaply and without signature recovery (the
// caller recovers the signature between Check and Admit):
//
//   - the nonce is in the window [account nonce, account nonce + window):
//     a used nonce can never apply, and a far-future one is free to make;
//   - the sender has fewer than perSender transactions pending, none with
//     the same nonce;
//   - the balance covers the value plus the values of the sender's pending
//     transactions. This is the payability rule: whatever order they apply
//     in, a sender's pending transactions together spend at most its
//     balance at the checkpoint, so every one of them can pay when its turn
//     comes. Funds the sender is about to receive (a pending deposit or an
//     incoming transfer) do not count until a checkpoint shows them: a
//     client waits for its funds before spending them. The rule is
//     conservative, never optimistic: it can refuse a transaction that
//     would have applied, never admit a set that cannot.
//
// When the checkpoint moves, Evict re-checks the senders whose accounts
// changed and drops what can no longer apply (used nonces, and the
// transactions, highest nonce first, whose values the new balance no longer
// covers). A future-nonce transaction inside the window stays pending.
//
// The mempool holds at most max transactions. When it is full, a
// transaction that is ready (the next nonce its sender can apply, counting
// its pending transactions) replaces the newest pending transaction that is
// not ready (its nonce follows a gap), so a full pool keeps what the next
// batches can apply; otherwise it is refused with ErrMempoolFull.
//
// What a stranger can make a node store: nothing, unless it controls a
// funded account; then at most perSender transactions per funded account
// (and at most max in all), each of which its balance covers.
type Mempool struct {
	mu        sync.Mutex
	max       int
	window    uint64
	perSender int
	order     []slot // arrival order, with removed entries until compact
	seq       map[common.Hash]uint64
	nextSeq   uint64
	txs       map[common.Hash]*Tx
	senders   map[common.Address]*senderTxs
	// gapped holds the pending transactions whose nonce follows a gap
	// (neither the sender's next nonce nor right after a pending one):
	// the first to go when a ready transaction needs room.
	gapped map[common.Hash]struct{}
	// height is the checkpoint height of the last Evict: an admission
	// decided on an older view is decided again (errStaleView).
	height uint64
}

// slot is an arrival: it is live while seq[h] is still its seq (a
// transaction removed and admitted again has a newer slot).
type slot struct {
	h   common.Hash
	seq uint64
}

func (m *Mempool) live(s slot) bool {
	q, ok := m.seq[s.h]
	return ok && q == s.seq
}

// senderTxs is one sender's pending transactions.
type senderTxs struct {
	next   uint64 // the account's nonce at the checkpoint last seen
	nonces map[uint64]common.Hash
	value  uint256.Int // sum of the pending values
}

// NewMempool returns a mempool bounded to max transactions, with the
// default nonce window and per-sender cap.
func NewMempool(max int) *Mempool {
	return NewMempoolLimits(max, DefaultNonceWindow, DefaultMaxPendingPerSender)
}

// NewMempoolLimits returns a mempool bounded to max transactions that
// admits nonces within window of the account's and at most perSender
// pending transactions per sender (non-positive values take the defaults).
func NewMempoolLimits(max, window, perSender int) *Mempool {
	if window <= 0 {
		window = DefaultNonceWindow
	}
	if perSender <= 0 {
		perSender = DefaultMaxPendingPerSender
	}
	return &Mempool{
		max: max, window: uint64(window), perSender: perSender,
		txs: make(map[common.Hash]*Tx), seq: map[common.Hash]uint64{}, senders: map[common.Address]*senderTxs{}, gapped: map[common.Hash]struct{}{},
	}
}

// errStaleView: the account view an admission was checked against is older
// than the mempool's last eviction; the caller reads the account again.
var errStaleView = errors.New("rollup: admission checked against an old checkpoint")

// Add admits a transaction after its stateless checks only: no state, no
// signature. It is for a mempool used on its own; a node admits with Admit.
func (m *Mempool) Add(tx *Tx) (common.Hash, error) {
	if err := tx.Validate(); err != nil {
		return common.Hash{}, err
	}
	if tx.Type == TxDeposit {
		return common.Hash{}, fmt.Errorf("%w: deposits come from L1, not clients", ErrInvalidTx)
	}
	h := tx.Hash()
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.txs[h]; ok {
		return h, ErrKnownTx
	}
	if len(m.txs) >= m.max {
		return h, ErrMempoolFull
	}
	m.insert(tx, h, tx.Nonce) // the account's nonce is unknown here: assume ready
	return h, nil
}

// Check runs the admission checks of tx against acct, its sender's account
// at the checkpoint, and the sender's pending transactions, without
// admitting it. It is cheap (no signature recovery): a node runs it before
// recovering the signature, so a transaction that could not be admitted
// costs no recovery.
func (m *Mempool) Check(tx *Tx, acct statetree.Account) error {
	if err := tx.Validate(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.check(tx, tx.Hash(), acct)
}

// Admit checks tx like Check and, if it passes, adds it. It does not check
// the signature: the caller does that once (Node.SubmitTx does, between
// Check and Admit, outside the lock).
func (m *Mempool) Admit(tx *Tx, acct statetree.Account) (common.Hash, error) {
	if err := tx.Validate(); err != nil {
		return common.Hash{}, err
	}
	h := tx.Hash()
	return h, m.admit(tx, h, acct, m.Height())
}

// Height is the checkpoint height of the last eviction.
func (m *Mempool) Height() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.height
}

// admit is Admit for a validated transaction whose hash is h, checked
// against acct as of checkpoint height.
func (m *Mempool) admit(tx *Tx, h common.Hash, acct statetree.Account, height uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if height < m.height {
		return errStaleView
	}
	if err := m.check(tx, h, acct); err != nil {
		return err
	}
	if s := m.senders[tx.From]; s != nil && s.next < acct.Nonce {
		// The view is at least as new as the last eviction.
		m.senderAt(tx.From, acct.Nonce)
	}
	if len(m.txs) >= m.max && !m.makeRoom(tx, acct.Nonce) {
		return ErrMempoolFull
	}
	m.insert(tx, h, acct.Nonce)
	return nil
}

// check is the admission rule; m.mu is held.
func (m *Mempool) check(tx *Tx, h common.Hash, acct statetree.Account) error {
	if tx.Type == TxDeposit {
		return fmt.Errorf("%w: deposits come from L1, not clients", ErrInvalidTx)
	}
	if _, ok := m.txs[h]; ok {
		return ErrKnownTx
	}
	if tx.Nonce < acct.Nonce || tx.Nonce-acct.Nonce >= m.window {
		return fmt.Errorf("%w: %s has nonce %d, window %d, tx has %d", ErrNonceWindow, tx.From, acct.Nonce, m.window, tx.Nonce)
	}
	bal := acct.Balance
	if bal == nil {
		bal = new(uint256.Int)
	}
	pending := new(uint256.Int)
	if s := m.senders[tx.From]; s != nil {
		if _, ok := s.nonces[tx.Nonce]; ok {
			return fmt.Errorf("%w: %s nonce %d", ErrNonceTaken, tx.From, tx.Nonce)
		}
		if len(s.nonces) >= m.perSender {
			return fmt.Errorf("%w: %s has %d pending", ErrSenderCap, tx.From, len(s.nonces))
		}
		pending.Set(&s.value)
	}
	need, overflow := new(uint256.Int).AddOverflow(pending, tx.Value)
	if overflow || bal.Lt(need) {
		return fmt.Errorf("%w: %s has %s, pending %s, tx %s", ErrUnpayable, tx.From, bal.Dec(), pending.Dec(), tx.Value.Dec())
	}
	return nil
}

// senderAt returns addr's pending set, whose next nonce is now next; m.mu is held.
func (m *Mempool) senderAt(addr common.Address, next uint64) *senderTxs {
	s := m.senders[addr]
	if s == nil {
		s = &senderTxs{next: next, nonces: map[uint64]common.Hash{}}
		m.senders[addr] = s
	}
	if s.next != next {
		s.next = next
		m.regap(s)
	}
	return s
}

// ready reports whether nonce can apply once s's pending transactions
// below it have: every nonce from the account's up to it is pending.
func (s *senderTxs) ready(nonce uint64) bool {
	if nonce < s.next || nonce-s.next > uint64(len(s.nonces)) {
		return false
	}
	for k := s.next; k < nonce; k++ {
		if _, ok := s.nonces[k]; !ok {
			return false
		}
	}
	return true
}

// regap recomputes which of s's transactions follow a gap (at most
// perSender of them); m.mu is held.
func (m *Mempool) regap(s *senderTxs) {
	for _, h := range s.nonces {
		m.gapped[h] = struct{}{}
	}
	for k := s.next; ; k++ {
		h, ok := s.nonces[k]
		if !ok {
			return
		}
		delete(m.gapped, h)
	}
}

// makeRoom evicts a gapped transaction for tx if tx is ready (next is its
// sender's account nonce); m.mu is held.
func (m *Mempool) makeRoom(tx *Tx, next uint64) bool {
	ready := tx.Nonce == next
	if s := m.senders[tx.From]; s != nil {
		ready = s.ready(tx.Nonce)
	}
	if !ready || len(m.gapped) == 0 {
		return false
	}
	// The newest gapped transaction: the one that arrived last.
	for i := len(m.order) - 1; i >= 0; i-- {
		sl := m.order[i]
		if _, ok := m.gapped[sl.h]; ok && m.live(sl) {
			m.remove(sl.h)
			return true
		}
	}
	return false
}

// insert adds tx (hash h) whose sender's account nonce is next (if the
// mempool has not seen the sender yet); m.mu is held.
func (m *Mempool) insert(tx *Tx, h common.Hash, next uint64) {
	if len(m.order) > 2*len(m.txs)+1024 {
		m.compact()
	}
	if s := m.senders[tx.From]; s != nil {
		if old, ok := s.nonces[tx.Nonce]; ok {
			// Only Add, which checks no state, gets here: one
			// transaction per nonce keeps the sum honest.
			m.remove(old)
		}
	}
	m.txs[h] = tx
	m.nextSeq++
	m.seq[h] = m.nextSeq
	m.order = append(m.order, slot{h, m.nextSeq})
	s := m.senders[tx.From]
	if s == nil {
		s = m.senderAt(tx.From, next)
	}
	s.nonces[tx.Nonce] = h
	s.value.Add(&s.value, tx.Value)
	m.regap(s)
}

// remove drops h; m.mu is held.
func (m *Mempool) remove(h common.Hash) {
	tx, ok := m.txs[h]
	if !ok {
		return
	}
	delete(m.txs, h)
	delete(m.seq, h)
	delete(m.gapped, h)
	s := m.senders[tx.From]
	if s == nil || s.nonces[tx.Nonce] != h {
		return
	}
	delete(s.nonces, tx.Nonce)
	s.value.Sub(&s.value, tx.Value)
	if len(s.nonces) == 0 {
		delete(m.senders, tx.From)
		return
	}
	m.regap(s)
}

// Senders returns the senders of pending transactions among txs (those
// whose accounts a caller should look up to Evict).
func Senders(txs []*Tx) []common.Address {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, tx := range txs {
		if tx.Type != TxDeposit && !seen[tx.From] {
			seen[tx.From] = true
			out = append(out, tx.From)
		}
	}
	return out
}

// Evict re-checks the pending transactions of the given accounts (as of
// the checkpoint at height) and removes those that can no longer apply: a
// used nonce, or a value the balance no longer covers (the sender's pending
// values are paid lowest nonce first; what does not fit goes). It returns
// the evicted hashes.
func (m *Mempool) Evict(height uint64, accts ...statetree.Account) []common.Hash {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.height = max(m.height, height)
	var out []common.Hash
	for _, a := range accts {
		s := m.senders[a.Address]
		if s == nil {
			continue
		}
		nonces := make([]uint64, 0, len(s.nonces))
		for n := range s.nonces {
			nonces = append(nonces, n)
		}
		slices.Sort(nonces)
		left := new(uint256.Int)
		if a.Balance != nil {
			left.Set(a.Balance)
		}
		var drop []common.Hash
		for _, n := range nonces {
			h := s.nonces[n]
			v := m.txs[h].Value
			if n < a.Nonce || left.Lt(v) {
				drop = append(drop, h)
				continue
			}
			left.Sub(left, v)
		}
		for _, h := range drop {
			m.remove(h)
		}
		out = append(out, drop...)
		if s := m.senders[a.Address]; s != nil {
			m.senderAt(a.Address, a.Nonce)
		}
	}
	return out
}

// Has reports whether a transaction is pending.
func (m *Mempool) Has(h common.Hash) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.txs[h]
	return ok
}

// Peek returns up to n pending transactions in arrival order, leaving them
// in the pool.
func (m *Mempool) Peek(n int) []*Tx {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.compact()
	out := make([]*Tx, 0, min(n, len(m.order)))
	for _, sl := range m.order[:min(n, len(m.order))] {
		out = append(out, m.txs[sl.h])
	}
	return out
}

// compact drops removed transactions from the arrival order; m.mu is held.
func (m *Mempool) compact() {
	live := m.order[:0]
	for _, sl := range m.order {
		if m.live(sl) {
			live = append(live, sl)
		}
	}
	clear(m.order[len(live):])
	m.order = live
}

// Remove drops transactions (included in an accepted header).
func (m *Mempool) Remove(hashes ...common.Hash) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, h := range hashes {
		m.remove(h)
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

// ReadyLen is the number of pending transactions that do not follow a
// nonce gap.
func (m *Mempool) ReadyLen() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.txs) - len(m.gapped)
}

// PeekReady is Peek without the transactions that follow a nonce gap: they
// cannot apply in the next batch.
func (m *Mempool) PeekReady(n int) []*Tx {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.compact()
	out := make([]*Tx, 0, min(n, len(m.order)))
	for _, sl := range m.order {
		if len(out) >= n {
			break
		}
		if _, ok := m.gapped[sl.h]; !ok {
			out = append(out, m.txs[sl.h])
		}
	}
	return out
}
