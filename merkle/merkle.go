// Package merkle is the binary keccak256 Merkle tree over a list of byte
// strings that headers commit to (transaction root, data root) and that
// Solidity verifies chunk by chunk.
//
// Leaves are keccak256(0x00 ‖ item), inner nodes keccak256(0x01 ‖ l ‖ r): the
// prefixes keep a leaf from being passed off as an inner node (second
// preimage attacks on unbalanced trees). The leaf count is padded to a power
// of two with zero hashes, so a proof is always log2(width) siblings and the
// index alone fixes the path. The root of the empty list is zero.
package merkle

import (
	"errors"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrInvalidProof: the proof does not show the item at the index.
var ErrInvalidProof = errors.New("merkle: invalid proof")

// MaxDepth bounds proofs (2^32 leaves).
const MaxDepth = 32

// LeafHash is keccak256(0x00 ‖ item).
func LeafHash(item []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{0x00}, item)
}

func inner(l, r common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x01}, l[:], r[:])
}

// Depth is the number of levels above the leaves for n items.
func Depth(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// Root is the root over items.
func Root(items [][]byte) common.Hash {
	leaves := make([]common.Hash, len(items))
	for i, it := range items {
		leaves[i] = LeafHash(it)
	}
	return RootOfLeaves(leaves)
}

// RootOfLeaves is the root over already hashed leaves.
func RootOfLeaves(leaves []common.Hash) common.Hash {
	if len(leaves) == 0 {
		return common.Hash{}
	}
	level := append([]common.Hash(nil), leaves...)
	for d := Depth(len(leaves)); d > 0; d-- {
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			var r common.Hash
			if 2*i+1 < len(level) {
				r = level[2*i+1]
			}
			next[i] = inner(level[2*i], r)
		}
		level = next
	}
	return level[0]
}

// Prove returns the siblings of leaf index, bottom-up.
func Prove(items [][]byte, index int) ([]common.Hash, error) {
	if index < 0 || index >= len(items) {
		return nil, fmt.Errorf("merkle: index %d out of range [0,%d)", index, len(items))
	}
	level := make([]common.Hash, len(items))
	for i, it := range items {
		level[i] = LeafHash(it)
	}
	var proof []common.Hash
	for d := Depth(len(items)); d > 0; d-- {
		var sib common.Hash
		if j := index ^ 1; j < len(level) {
			sib = level[j]
		}
		proof = append(proof, sib)
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			var r common.Hash
			if 2*i+1 < len(level) {
				r = level[2*i+1]
			}
			next[i] = inner(level[2*i], r)
		}
		level = next
		index >>= 1
	}
	return proof, nil
}

// Verify checks that item sits at index under root.
func Verify(root common.Hash, item []byte, index uint64, proof []common.Hash) error {
	if len(proof) > MaxDepth {
		return fmt.Errorf("%w: %d siblings, at most %d", ErrInvalidProof, len(proof), MaxDepth)
	}
	if index>>uint(len(proof)) != 0 {
		return fmt.Errorf("%w: index %d does not fit %d levels", ErrInvalidProof, index, len(proof))
	}
	h := LeafHash(item)
	for _, sib := range proof {
		if index&1 == 0 {
			h = inner(h, sib)
		} else {
			h = inner(sib, h)
		}
		index >>= 1
	}
	if h != root {
		return fmt.Errorf("%w: computed root %s, want %s", ErrInvalidProof, h, root)
	}
	return nil
}
