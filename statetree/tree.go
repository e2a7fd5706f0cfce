package statetree

import (
	"bytes"
	"cmp"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Tree is the account tree at one root, backed by a Store.
//
// Reads (Root, Get, Prove) may run concurrently with each other and with
// Update: each works on the root current when it started, whose nodes never
// change (nodes are content-addressed and never deleted). Updates are
// serialized. To read or prove against one fixed root while updates go on,
// open a second Tree at that root with New; it is cheap.
type Tree struct {
	store Store

	updateMu sync.Mutex // serializes Update
	mu       sync.RWMutex
	root     common.Hash
}

// New opens the tree at root in store. The zero root is the empty tree. It
// fails with ErrMissingNode if store does not hold the root node.
func New(store Store, root common.Hash) (*Tree, error) {
	if store == nil {
		return nil, fmt.Errorf("statetree: nil store")
	}
	if root != (common.Hash{}) {
		b, err := store.Get(root)
		if err != nil {
			return nil, fmt.Errorf("statetree: open at root %s: %w", root.Hex(), err)
		}
		if _, err := decodeNode(b); err != nil {
			return nil, fmt.Errorf("statetree: open at root %s: %w", root.Hex(), err)
		}
	}
	return &Tree{store: store, root: root}, nil
}

// Root returns the current root hash: the zero hash for an empty tree, the
// leaf hash of the only account for a one-account tree, an internal node
// hash otherwise.
func (t *Tree) Root() common.Hash {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.root
}

func (t *Tree) load(h common.Hash) (node, error) {
	b, err := t.store.Get(h)
	if err != nil {
		return node{}, err
	}
	n, err := decodeNode(b)
	if err != nil {
		return node{}, fmt.Errorf("node %s: %w", h.Hex(), err)
	}
	return n, nil
}

// Get returns the account at addr. An absent address yields a zero account
// (Balance 0, Nonce 0) with Address set, and no error.
func (t *Tree) Get(addr common.Address) (Account, error) {
	acct, _, err := t.walk(addr, false)
	return acct, err
}

// Prove returns a proof of the state of addr under Root(): inclusion of its
// leaf, or absence (an empty subtree or another account's leaf where addr
// would be).
func (t *Tree) Prove(addr common.Address) (*Proof, error) {
	_, p, err := t.walk(addr, true)
	return p, err
}

// GetWithProof returns the account at addr and its proof, both taken from
// the same root.
func (t *Tree) GetWithProof(addr common.Address) (Account, *Proof, error) {
	return t.walk(addr, true)
}

// walk descends from the root along key(addr) to the terminal: an empty
// subtree or a leaf. The loop is bounded by MaxDepth so a corrupt store
// (even one with cycles) cannot make it run forever.
func (t *Tree) walk(addr common.Address, prove bool) (Account, *Proof, error) {
	absent := Account{Address: addr, Balance: new(uint256.Int)}
	key := Key(addr)
	h := t.Root()
	var p *Proof
	if prove {
		p = &Proof{Siblings: make([]common.Hash, 0, 32)}
	}
	for depth := 0; ; depth++ {
		if h == (common.Hash{}) {
			if p != nil {
				p.Kind = TerminalEmpty
			}
			return absent, p, nil
		}
		n, err := t.load(h)
		if err != nil {
			return Account{}, nil, fmt.Errorf("statetree: get %s at depth %d: %w", addr.Hex(), depth, err)
		}
		if n.isLeaf {
			if n.acct.Address == addr {
				if p != nil {
					p.Kind = TerminalInclusion
				}
				return n.acct, p, nil
			}
			if p != nil {
				p.Kind = TerminalOtherLeaf
				p.Other = n.acct
			}
			return absent, p, nil
		}
		if depth >= MaxDepth {
			return Account{}, nil, fmt.Errorf("statetree: get %s: %w: internal node at depth %d", addr.Hex(), ErrCorruptNode, depth)
		}
		next, sib := n.left, n.right
		if bit(&key, depth) == 1 {
			next, sib = n.right, n.left
		}
		if p != nil {
			p.Siblings = append(p.Siblings, sib)
		}
		h = next
	}
}

// UpdateStats describes the work of one Update.
type UpdateStats struct {
	Accounts       int // distinct addresses in the batch
	KeyHashes      int // keccak256 of addresses (batch keys, and existing leaves that had to move down)
	LeafHashes     int // keccak256 of changed leaves
	InternalHashes int // keccak256 of changed internal nodes
	NodesRead      int // nodes loaded from the store
	NodesWritten   int // nodes put in the store batch
}

// Keccak is the total number of keccak256 invocations.
func (s UpdateStats) Keccak() int { return s.KeyHashes + s.LeafHashes + s.InternalHashes }

// Update writes accounts into the tree in one batch and returns the new
// root. A zero account (balance 0, nonce 0) deletes its address. If an
// address appears several times, the last entry wins, so one Update equals
// applying the entries one by one. On error the tree keeps its old root.
func (t *Tree) Update(accounts []Account) (common.Hash, error) {
	root, _, err := t.UpdateWithStats(accounts)
	return root, err
}

// UpdateWithStats is Update that also reports the work done.
//
// The batch is sorted by key and applied in one recursive descent: each
// touched subtree is visited once with the slice of updates under it, and
// each changed internal node is hashed exactly once, however many of the
// batch's accounts sit below it. Subtrees without updates are not hashed,
// and are read only when a deletion leaves them without a sibling (to learn
// whether they are a single leaf that must move up). The top levels are split across goroutines for large batches;
// the result does not depend on the split.
func (t *Tree) UpdateWithStats(accounts []Account) (common.Hash, UpdateStats, error) {
	t.updateMu.Lock()
	defer t.updateMu.Unlock()
	oldRoot := t.Root()

	w := &worker{store: t.store, h: newHasher(), parDepth: parallelDepth()}
	items, err := w.prepare(accounts)
	if err != nil {
		return oldRoot, UpdateStats{}, err
	}
	stats := UpdateStats{Accounts: len(items)}
	if len(items) == 0 {
		return oldRoot, stats, nil
	}
	res, err := w.update(refOf(oldRoot), 0, items)
	stats.KeyHashes = w.h.nKey
	stats.LeafHashes = w.h.nLeaf
	stats.InternalHashes = w.h.nInternal
	stats.NodesRead = w.reads
	if err != nil {
		return oldRoot, stats, fmt.Errorf("statetree: update: %w", err)
	}
	b := t.store.NewBatch()
	stats.NodesWritten = w.stage(b)
	if stats.NodesWritten > 0 {
		if err := b.Write(); err != nil {
			return oldRoot, stats, fmt.Errorf("statetree: update: write nodes: %w", err)
		}
	}
	t.mu.Lock()
	t.root = res.hash
	t.mu.Unlock()
	return res.hash, stats, nil
}

// refKind is what a child hash points to. An untouched child's kind is not
// known without loading it, and is only loaded when it matters.
type refKind uint8

const (
	kindUnknown refKind = iota
	kindEmpty
	kindLeaf
	kindInternal
)

type ref struct {
	hash common.Hash
	kind refKind
}

var emptyRef = ref{kind: kindEmpty}

func refOf(h common.Hash) ref {
	if h == (common.Hash{}) {
		return emptyRef
	}
	return ref{hash: h, kind: kindUnknown}
}

// item is one account of a batch, or an existing leaf being moved down.
type item struct {
	key    common.Hash
	acct   Account
	leaf   common.Hash // leaf hash, valid if hashed
	hashed bool        // leaf already hashed and stored (an existing leaf)
	seq    int         // position in the batch
}

// pendingNode is a node created by an update, encoded at buf[off:off+n]
// of its worker; nodes share one buffer instead of an allocation each.
type pendingNode struct {
	hash   common.Hash
	off, n int
}

// worker carries one goroutine's share of an update: its hasher, the nodes
// it created, and its counters. Forked workers are merged back in.
type worker struct {
	store    Store
	h        *hasher
	writes   []pendingNode
	buf      []byte    // encodings of writes
	forks    []*worker // finished forks; their writes are committed with ours
	reads    int
	parDepth int
}

// Parallelism: a subtree is split across goroutines only in the top
// parDepth levels and only when each half has at least minParallelItems
// accounts, so the goroutine overhead stays far below the hashing it saves.
const minParallelItems = 256

func parallelDepth() int {
	procs := runtime.GOMAXPROCS(0)
	if procs <= 1 {
		return 0
	}
	// One level more than needed for procs tasks, to balance uneven halves.
	return bits.Len(uint(procs-1)) + 1
}

func (w *worker) fork() *worker {
	return &worker{store: w.store, h: newHasher(), parDepth: w.parDepth}
}

func (w *worker) merge(o *worker) {
	w.forks = append(w.forks, o)
	w.reads += o.reads
	w.h.nKey += o.h.nKey
	w.h.nLeaf += o.h.nLeaf
	w.h.nInternal += o.h.nInternal
}

// stage puts the nodes created by w and its forks into b and returns how
// many.
func (w *worker) stage(b Batch) int {
	for _, pn := range w.writes {
		b.Put(pn.hash, w.buf[pn.off:pn.off+pn.n:pn.off+pn.n])
	}
	n := len(w.writes)
	for _, f := range w.forks {
		n += f.stage(b)
	}
	return n
}

func (w *worker) shouldFork(depth, nl, nr int) bool {
	return depth < w.parDepth && nl >= minParallelItems && nr >= minParallelItems
}

// forkUpdate updates the left subtree in a new goroutine and the right one
// in this one. (Kept out of update so that update's locals do not escape to
// the heap on every call.)
func (w *worker) forkUpdate(depth int, l, r ref, left, right []item) (ref, ref, error) {
	sub := w.fork()
	var nl ref
	var errL error
	done := make(chan struct{})
	go func() {
		defer close(done)
		nl, errL = sub.update(l, depth, left)
	}()
	nr, errR := w.update(r, depth, right)
	<-done
	w.merge(sub)
	return nl, nr, cmp.Or(errL, errR)
}

// forkBuild is build's forkUpdate.
func (w *worker) forkBuild(depth int, left, right []item) (ref, ref, error) {
	sub := w.fork()
	var l ref
	var errL error
	done := make(chan struct{})
	go func() {
		defer close(done)
		l, errL = sub.build(depth, left)
	}()
	r, errR := w.build(depth, right)
	<-done
	w.merge(sub)
	return l, r, cmp.Or(errL, errR)
}

// prepare hashes the keys, sorts by key and keeps the last entry of each
// address.
func (w *worker) prepare(accounts []Account) ([]item, error) {
	items := make([]item, len(accounts))
	w.hashKeys(accounts, items)
	// Sort by key, then by position in the batch, so the last entry of an
	// address is the last of its run.
	slices.SortFunc(items, func(a, b item) int {
		if c := bytes.Compare(a.key[:], b.key[:]); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	out := items[:0]
	for i := range items {
		if i+1 < len(items) && items[i+1].key == items[i].key {
			if items[i+1].acct.Address != items[i].acct.Address {
				return nil, fmt.Errorf("statetree: %w: %s and %s have the same key", ErrKeyCollision,
					items[i].acct.Address.Hex(), items[i+1].acct.Address.Hex())
			}
			continue // a later entry for the same address wins
		}
		out = append(out, items[i])
	}
	return out, nil
}

// hashKeys fills items from accounts with their keys, splitting large
// batches (such as building a tree from scratch) across goroutines.
func (w *worker) hashKeys(accounts []Account, items []item) {
	const minParallel = 1 << 15
	fill := func(h *hasher, lo, hi int) {
		for i := lo; i < hi; i++ {
			items[i] = item{key: h.key(accounts[i].Address), acct: accounts[i], seq: i}
		}
	}
	if w.parDepth == 0 || len(accounts) < minParallel {
		fill(w.h, 0, len(accounts))
		return
	}
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	hashers := make([]*hasher, workers)
	per := (len(accounts) + workers - 1) / workers
	for g := range hashers {
		hashers[g] = newHasher()
		lo, hi := g*per, min((g+1)*per, len(accounts))
		wg.Add(1)
		go func() {
			defer wg.Done()
			fill(hashers[g], lo, hi)
		}()
	}
	wg.Wait()
	for _, h := range hashers {
		w.h.nKey += h.nKey
	}
}

func (w *worker) load(h common.Hash) (node, error) {
	w.reads++
	b, err := w.store.Get(h)
	if err != nil {
		return node{}, err
	}
	n, err := decodeNode(b)
	if err != nil {
		return node{}, fmt.Errorf("node %s: %w", h.Hex(), err)
	}
	return n, nil
}

func (w *worker) putLeaf(h common.Hash, a Account) {
	off := len(w.buf)
	w.buf = appendLeaf(w.buf, a)
	w.writes = append(w.writes, pendingNode{hash: h, off: off, n: leafNodeLen})
}

func (w *worker) putInternal(h, l, r common.Hash) {
	off := len(w.buf)
	w.buf = appendInternal(w.buf, l, r)
	w.writes = append(w.writes, pendingNode{hash: h, off: off, n: internalNodeLen})
}

// splitIndex returns the index of the first item whose key has bit depth
// set. items are sorted by key and share their first depth bits, so bit
// depth is 0 for a prefix of them and 1 for the rest.
func splitIndex(items []item, depth int) int {
	lo, hi := 0, len(items)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if bit(&items[m].key, depth) == 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nonZero drops deletions; it returns items itself when there are none.
func nonZero(items []item) []item {
	for i := range items {
		if items[i].acct.IsZero() {
			out := slices.Clone(items[:i])
			for _, it := range items[i+1:] {
				if !it.acct.IsZero() {
					out = append(out, it)
				}
			}
			return out
		}
	}
	return items
}

// update applies items (sorted, sharing the first depth bits of their keys)
// to the subtree r at depth and returns the new subtree.
func (w *worker) update(r ref, depth int, items []item) (ref, error) {
	if len(items) == 0 {
		return r, nil
	}
	if r.kind == kindEmpty {
		return w.build(depth, nonZero(items))
	}
	n, err := w.load(r.hash)
	if err != nil {
		return ref{}, err
	}
	if n.isLeaf {
		merged, err := w.mergeLeaf(r.hash, n.acct, depth, items)
		if err != nil {
			return ref{}, err
		}
		return w.build(depth, merged)
	}
	if depth >= MaxDepth {
		return ref{}, fmt.Errorf("%w: internal node %s at depth %d", ErrCorruptNode, r.hash.Hex(), depth)
	}
	s := splitIndex(items, depth)
	left, right := items[:s], items[s:]
	var nl, nr ref
	if w.shouldFork(depth, len(left), len(right)) {
		if nl, nr, err = w.forkUpdate(depth+1, refOf(n.left), refOf(n.right), left, right); err != nil {
			return ref{}, err
		}
	} else {
		if nl, err = w.update(refOf(n.left), depth+1, left); err != nil {
			return ref{}, err
		}
		if nr, err = w.update(refOf(n.right), depth+1, right); err != nil {
			return ref{}, err
		}
	}
	if nl.hash == n.left && nr.hash == n.right {
		return ref{hash: r.hash, kind: kindInternal}, nil // nothing changed below
	}
	return w.join(nl, nr)
}

// join makes the node over children l and r, restoring the compaction
// invariant: no children is empty, one leaf and an empty sibling is that
// leaf (it moves up), anything else is an internal node.
func (w *worker) join(l, r ref) (ref, error) {
	var err error
	switch {
	case l.kind == kindEmpty && r.kind == kindEmpty:
		return emptyRef, nil
	case l.kind == kindEmpty:
		if r, err = w.resolve(r); err != nil || r.kind == kindLeaf {
			return r, err
		}
	case r.kind == kindEmpty:
		if l, err = w.resolve(l); err != nil || l.kind == kindLeaf {
			return l, err
		}
	}
	return w.internal(l.hash, r.hash), nil
}

// resolve loads an untouched child to learn whether it is a leaf.
func (w *worker) resolve(r ref) (ref, error) {
	if r.kind != kindUnknown {
		return r, nil
	}
	n, err := w.load(r.hash)
	if err != nil {
		return ref{}, err
	}
	if n.isLeaf {
		r.kind = kindLeaf
	} else {
		r.kind = kindInternal
	}
	return r, nil
}

func (w *worker) internal(l, r common.Hash) ref {
	h := w.h.internal(l, r)
	w.putInternal(h, l, r)
	return ref{hash: h, kind: kindInternal}
}

// mergeLeaf combines the existing leaf (hash lh, account a, at depth) with
// the batch items under it: the batch entry for a's address replaces it,
// otherwise the leaf joins the items, keeping key order. Zero accounts are
// dropped.
func (w *worker) mergeLeaf(lh common.Hash, a Account, depth int, items []item) ([]item, error) {
	k := w.h.key(a.Address)
	if !sharedPrefix(&k, &items[0].key, depth) {
		return nil, fmt.Errorf("%w: leaf %s of %s is off its key path at depth %d", ErrCorruptNode, lh.Hex(), a.Address.Hex(), depth)
	}
	i, found := slices.BinarySearchFunc(items, k, func(it item, k common.Hash) int { return bytes.Compare(it.key[:], k[:]) })
	if found {
		if items[i].acct.Address != a.Address {
			return nil, fmt.Errorf("%w: %s and %s have the same key", ErrKeyCollision, a.Address.Hex(), items[i].acct.Address.Hex())
		}
		return nonZero(items), nil
	}
	merged := make([]item, 0, len(items)+1)
	for _, it := range items[:i] {
		if !it.acct.IsZero() {
			merged = append(merged, it)
		}
	}
	merged = append(merged, item{key: k, acct: a, leaf: lh, hashed: true})
	for _, it := range items[i:] {
		if !it.acct.IsZero() {
			merged = append(merged, it)
		}
	}
	return merged, nil
}

// build makes the subtree at depth holding exactly items (sorted, non-zero,
// sharing their first depth bits).
func (w *worker) build(depth int, items []item) (ref, error) {
	switch len(items) {
	case 0:
		return emptyRef, nil
	case 1:
		it := &items[0]
		if !it.hashed {
			it.leaf = w.h.leaf(it.acct)
			it.hashed = true
			w.putLeaf(it.leaf, it.acct)
		}
		return ref{hash: it.leaf, kind: kindLeaf}, nil
	}
	// Two or more leaves make an internal node at depth, whose children
	// sit at depth+1. Internal nodes below MaxDepth-1 would put terminals
	// deeper than proofs allow, which takes a 255-bit keccak prefix
	// collision.
	if depth >= MaxDepth {
		return ref{}, fmt.Errorf("%w: %s and %s share %d key bits", ErrKeyCollision,
			items[0].acct.Address.Hex(), items[1].acct.Address.Hex(), depth)
	}
	s := splitIndex(items, depth)
	var l, r ref
	var err error
	if w.shouldFork(depth, s, len(items)-s) {
		if l, r, err = w.forkBuild(depth+1, items[:s], items[s:]); err != nil {
			return ref{}, err
		}
	} else {
		if l, err = w.build(depth+1, items[:s]); err != nil {
			return ref{}, err
		}
		if r, err = w.build(depth+1, items[s:]); err != nil {
			return ref{}, err
		}
	}
	return w.internal(l.hash, r.hash), nil
}
