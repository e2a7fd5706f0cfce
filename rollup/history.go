package rollup

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The history accumulator: header h carries HistoryRoot, the root of an
// incremental Merkle tree over the hashes of the accepted headers of
// heights 1..h-1 (leaf index height-1), so that every accepted height stays
// checkable forever against any later header the TSC still holds (the DAP
// penalty game, DAP uploads and backfill of old heights).
//
// The tree is the eth2 deposit contract's, without its length mix-in: fixed
// depth HistoryDepth, inner node keccak256(left ‖ right), empty subtrees
// the zero hashes z_0 = 0, z_{i+1} = keccak256(z_i ‖ z_i). The leaf count
// is known from the header that carries the root (h-1), so it need not be
// mixed in: a proof is accepted only for an index below it, and a header
// hash is never zero. The depth is fixed, so an inner node can never pass
// as a leaf. Twin: contracts/src/HistoryTree.sol.
//
// Security assumption: the TSC does not recompute HistoryRoot (that would
// need the frontier, HistoryDepth words, on chain or in calldata per
// header); it trusts the QC for it exactly as for StateRoot. Every honest
// enclave computes the root from its own frontier and signs only the header
// it computed, so a header with a wrong root needs the quorum rule broken
// (more than f TEE kinds). The frontier is enclave state carried in its
// Checkpoint like the state root, with the same trust.

// HistoryDepth is the history tree's depth: room for 2^32 heights (about
// 2,000 years at one header every 15 s).
const HistoryDepth = 32

// ErrBadHistoryProof: a history proof does not place the header hash at its
// height under the root.
var ErrBadHistoryProof = errors.New("rollup: bad history proof")

// historyZero[i] is the root of an empty subtree of height i.
var historyZero = func() [HistoryDepth + 1]common.Hash {
	var z [HistoryDepth + 1]common.Hash
	for i := 1; i <= HistoryDepth; i++ {
		z[i] = hashPair(z[i-1], z[i-1])
	}
	return z
}()

func hashPair(a, b common.Hash) common.Hash { return crypto.Keccak256Hash(a[:], b[:]) }

// HistoryFrontier is the incremental tree's state: the leaf count and, for
// each level i whose bit is set in Count, the root of the complete left
// subtree there (the deposit contract's branch). It is all an enclave needs
// to extend the tree and compute its root.
type HistoryFrontier struct {
	Count  uint64
	Branch [HistoryDepth]common.Hash
}

// ErrHistoryFull: the tree holds 2^HistoryDepth leaves.
var ErrHistoryFull = errors.New("rollup: history tree full")

// Append adds leaf at index Count.
func (f *HistoryFrontier) Append(leaf common.Hash) error {
	if f.Count >= 1<<HistoryDepth {
		return ErrHistoryFull
	}
	f.Count++
	size, node := f.Count, leaf
	for i := range HistoryDepth {
		if size&1 == 1 {
			f.Branch[i] = node
			return nil
		}
		node = hashPair(f.Branch[i], node)
		// Consumed: keep the frontier canonical (a branch only at the set
		// bits of Count), so equal trees have equal frontiers.
		f.Branch[i] = common.Hash{}
		size >>= 1
	}
	return nil // unreachable: Count < 2^HistoryDepth has a set bit below it
}

// canonical reports whether the frontier has branches only at the set bits
// of Count.
func (f *HistoryFrontier) canonical() bool {
	for i := range HistoryDepth {
		if f.Count>>i&1 == 0 && f.Branch[i] != (common.Hash{}) {
			return false
		}
	}
	return f.Count <= 1<<HistoryDepth
}

// Root is the tree's root over the Count leaves.
func (f *HistoryFrontier) Root() common.Hash {
	var node common.Hash
	size := f.Count
	for i := range HistoryDepth {
		if size&1 == 1 {
			node = hashPair(f.Branch[i], node)
		} else {
			node = hashPair(node, historyZero[i])
		}
		size >>= 1
	}
	return node
}

// HistoryProof places a header hash at leaf Index of a history root:
// Siblings are the siblings from the leaf up, as many as the tree over the
// root's leaf count needs (ceil(log2(count)), at most HistoryDepth); the
// levels above are empty subtrees, so they are implied.
type HistoryProof struct {
	Index    uint64
	Siblings []common.Hash
}

// HistoryProofLen is the number of siblings a proof against a root over
// count leaves carries: the least d with 2^d >= count.
func HistoryProofLen(count uint64) int {
	d := 0
	for d < HistoryDepth && uint64(1)<<d < count {
		d++
	}
	return d
}

// VerifyHistory checks that leaf is leaf p.Index of root, a history root
// over count leaves (the HistoryRoot of the header at height count+1).
// HistoryTree.verify computes the same verdict on chain.
func VerifyHistory(root common.Hash, count uint64, leaf common.Hash, p HistoryProof) error {
	if p.Index >= count {
		return fmt.Errorf("%w: leaf %d of a root over %d leaves", ErrBadHistoryProof, p.Index, count)
	}
	if len(p.Siblings) != HistoryProofLen(count) {
		return fmt.Errorf("%w: %d siblings, want %d for %d leaves", ErrBadHistoryProof, len(p.Siblings), HistoryProofLen(count), count)
	}
	node, idx := leaf, p.Index
	for i := range HistoryDepth {
		var sib common.Hash
		if i < len(p.Siblings) {
			sib = p.Siblings[i]
		} else {
			sib = historyZero[i]
		}
		if idx&1 == 1 {
			node = hashPair(sib, node)
		} else {
			node = hashPair(node, sib)
		}
		idx >>= 1
	}
	if node != root {
		return fmt.Errorf("%w: computes %s, root is %s", ErrBadHistoryProof, node, root)
	}
	return nil
}

// VerifyHeaderIn checks that old is the accepted header at its height in the
// history of anchor, a later header: p places old's hash under
// anchor.HistoryRoot.
func VerifyHeaderIn(anchor, old *Header, p HistoryProof) error {
	if old.Height == 0 || old.Height >= anchor.Height {
		return fmt.Errorf("%w: height %d is not below anchor height %d", ErrBadHistoryProof, old.Height, anchor.Height)
	}
	if p.Index != old.Height-1 {
		return fmt.Errorf("%w: proof of leaf %d for height %d", ErrBadHistoryProof, p.Index, old.Height)
	}
	return VerifyHistory(anchor.HistoryRoot, anchor.Height-1, old.Hash(), p)
}

// History keeps every header hash (leaf i is the hash of height i+1) and
// the complete inner nodes above them, so that it proves any leaf against
// the root over any prefix count: the HistoryRoot of any later header.
// Memory is about 64 bytes per height. Not safe for concurrent use.
type History struct {
	levels [][]common.Hash // levels[0] are the leaves; levels[i][j] covers leaves [j<<i, (j+1)<<i)
	front  HistoryFrontier
}

// NewHistory returns an empty history.
func NewHistory() *History { return &History{levels: [][]common.Hash{nil}} }

// Len is the number of leaves.
func (h *History) Len() uint64 { return uint64(len(h.levels[0])) }

// Append adds the hash of the next height.
func (h *History) Append(leaf common.Hash) error {
	if err := h.front.Append(leaf); err != nil {
		return err
	}
	h.levels[0] = append(h.levels[0], leaf)
	for i := 0; len(h.levels[i])%2 == 0; i++ {
		n := len(h.levels[i])
		if i+1 == len(h.levels) {
			h.levels = append(h.levels, nil)
		}
		h.levels[i+1] = append(h.levels[i+1], hashPair(h.levels[i][n-2], h.levels[i][n-1]))
	}
	return nil
}

// Truncate drops the leaves from index n on (an L1 reorg).
func (h *History) Truncate(n uint64) {
	if n >= h.Len() {
		return
	}
	for i := range h.levels {
		h.levels[i] = h.levels[i][:n>>i]
	}
	h.front = HistoryFrontier{}
	// Rebuild the frontier from the complete subtrees: bit i of n set means
	// a complete subtree of height i starts at (n>>(i+1))<<(i+1).
	h.front.Count = n
	for i := 0; i < HistoryDepth && i < len(h.levels); i++ {
		if n>>i&1 == 1 {
			h.front.Branch[i] = h.levels[i][(n>>i)-1]
		}
	}
}

// Leaf returns leaf i.
func (h *History) Leaf(i uint64) common.Hash { return h.levels[0][i] }

// Frontier returns the frontier over every leaf.
func (h *History) Frontier() HistoryFrontier { return h.front }

// Root is the root over every leaf.
func (h *History) Root() common.Hash { return h.front.Root() }

// node is the root of the subtree of height i at position j of the tree
// over the first count leaves.
func (h *History) node(i int, j, count uint64) common.Hash {
	lo := j << i
	if lo >= count {
		return historyZero[i]
	}
	if (j+1)<<i <= count && i < len(h.levels) && j < uint64(len(h.levels[i])) {
		return h.levels[i][j]
	}
	return hashPair(h.node(i-1, 2*j, count), h.node(i-1, 2*j+1, count))
}

// RootAt is the root over the first count leaves: the HistoryRoot of the
// header at height count+1.
func (h *History) RootAt(count uint64) (common.Hash, error) {
	if count > h.Len() {
		return common.Hash{}, fmt.Errorf("%w: root over %d leaves, history holds %d", ErrNotInHistory, count, h.Len())
	}
	return h.node(HistoryDepth, 0, count), nil
}

// ErrNotInHistory: the history does not hold the leaf or prefix asked for.
var ErrNotInHistory = errors.New("rollup: not in history")

// Prove returns the proof of leaf index against the root over the first
// count leaves.
func (h *History) Prove(index, count uint64) (HistoryProof, error) {
	if index >= count || count > h.Len() {
		return HistoryProof{}, fmt.Errorf("%w: leaf %d under a root over %d leaves, history holds %d", ErrNotInHistory, index, count, h.Len())
	}
	p := HistoryProof{Index: index, Siblings: make([]common.Hash, HistoryProofLen(count))}
	for i := range p.Siblings {
		p.Siblings[i] = h.node(i, (index>>i)^1, count)
	}
	return p, nil
}
