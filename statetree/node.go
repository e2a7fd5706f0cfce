package statetree

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Node encoding in the store (versioned so the layout can change later):
//
//	byte 0     : encoding version, nodeVersion (0x01)
//	bytes 1... : the node's hash preimage, exactly as hashed
//	             leaf:     0x00 ‖ address(20) ‖ balance(32) ‖ nonce(8)   (61 bytes)
//	             internal: 0x01 ‖ left(32) ‖ right(32)                   (65 bytes)
//
// Why the preimage itself: a node is stored under keccak256(node[1:]), so a
// reader that does not trust the store (the host disk of a TEE) can check
// every node it loads with one hash (see VerifyingStore). Nothing in a node
// sits outside the hash, so a tampering store cannot flip unhashed hints.
// The kind of a child (empty, leaf, internal) is not cached in its parent
// for the same reason; an empty child is the zero hash and never stored.
const nodeVersion = 0x01

const (
	leafNodeLen     = 1 + leafPreimageLen     // 62
	internalNodeLen = 1 + internalPreimageLen // 66
)

// node is a decoded tree node: a leaf (one account) or an internal node
// (two child hashes, the zero hash for an empty child).
type node struct {
	isLeaf      bool
	acct        Account
	left, right common.Hash
}

func encodeLeaf(a Account) []byte { return appendLeaf(nil, a) }

func encodeInternal(l, r common.Hash) []byte { return appendInternal(nil, l, r) }

func appendLeaf(dst []byte, a Account) []byte {
	dst = append(dst, nodeVersion)
	off := len(dst)
	dst = append(dst, make([]byte, leafPreimageLen)...)
	putLeafPreimage(dst[off:], a)
	return dst
}

func appendInternal(dst []byte, l, r common.Hash) []byte {
	dst = append(dst, nodeVersion, internalPrefix)
	dst = append(dst, l[:]...)
	return append(dst, r[:]...)
}

func (n *node) encode() []byte {
	if n.isLeaf {
		return encodeLeaf(n.acct)
	}
	return encodeInternal(n.left, n.right)
}

// decodeNode parses a stored node. It rejects what the tree never writes: an
// unknown version or kind, a wrong length, a zero account in a leaf, and an
// internal node with two empty children (which the compaction forbids; an
// internal node with a single leaf child is also forbidden, but telling a
// leaf child from an internal one needs the child, so the tree checks that
// when it loads it).
func decodeNode(b []byte) (node, error) {
	if len(b) < 2 {
		return node{}, fmt.Errorf("%w: %d bytes", ErrCorruptNode, len(b))
	}
	if b[0] != nodeVersion {
		return node{}, fmt.Errorf("%w: unknown encoding version %#x", ErrCorruptNode, b[0])
	}
	switch b[1] {
	case leafPrefix:
		if len(b) != leafNodeLen {
			return node{}, fmt.Errorf("%w: leaf of %d bytes, want %d", ErrCorruptNode, len(b), leafNodeLen)
		}
		a := parseLeafPreimage(b[1:])
		if a.IsZero() {
			return node{}, fmt.Errorf("%w: leaf holds zero account %s", ErrCorruptNode, a.Address.Hex())
		}
		return node{isLeaf: true, acct: a}, nil
	case internalPrefix:
		if len(b) != internalNodeLen {
			return node{}, fmt.Errorf("%w: internal node of %d bytes, want %d", ErrCorruptNode, len(b), internalNodeLen)
		}
		n := node{left: common.Hash(b[2:34]), right: common.Hash(b[34:66])}
		if n.left == (common.Hash{}) && n.right == (common.Hash{}) {
			return node{}, fmt.Errorf("%w: internal node with two empty children", ErrCorruptNode)
		}
		return n, nil
	default:
		return node{}, fmt.Errorf("%w: unknown node kind %#x", ErrCorruptNode, b[1])
	}
}
