package statetree

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Hash preimage layout. The leading byte separates the two domains: a leaf
// preimage (0x00, 61 bytes) can never equal an internal preimage (0x01, 65
// bytes), so a leaf hash cannot be passed off as an internal node or back.
const (
	leafPrefix     = 0x00
	internalPrefix = 0x01

	leafPreimageLen     = 1 + common.AddressLength + 32 + 8 // 61
	internalPreimageLen = 1 + 32 + 32                       // 65
)

// MaxDepth is the deepest level a terminal (leaf or empty subtree) can sit
// at in a proof. Keys are 256 bits, but two distinct keys sharing 255 leading
// bits would need a keccak256 prefix collision, so the tree refuses them
// (ErrKeyCollision) and proofs are bounded by it.
const MaxDepth = 255

// Account is the state of one L1 address in the rollup. A nil Balance means
// zero. An account with zero balance and zero nonce is absent: the tree
// never stores it, and writing it deletes the address.
type Account struct {
	Address common.Address
	Balance *uint256.Int
	Nonce   uint64
}

// IsZero reports whether the account is absent (balance 0 and nonce 0).
func (a Account) IsZero() bool {
	return (a.Balance == nil || a.Balance.IsZero()) && a.Nonce == 0
}

// Hash returns the leaf hash
//
//	keccak256(0x00 ‖ address(20) ‖ balance(32, big-endian) ‖ nonce(8, big-endian)).
//
// It is defined for zero accounts too, but such a leaf never appears in a
// tree.
func (a Account) Hash() common.Hash {
	var buf [leafPreimageLen]byte
	putLeafPreimage(buf[:], a)
	return crypto.Keccak256Hash(buf[:])
}

// Equal reports whether a and b have the same address, balance and nonce
// (nil and zero balances are equal).
func (a Account) Equal(b Account) bool {
	return a.Address == b.Address && balanceOf(a).Eq(balanceOf(b)) && a.Nonce == b.Nonce
}

// String formats the account for logs.
func (a Account) String() string {
	return fmt.Sprintf("{%s balance=%s nonce=%d}", a.Address.Hex(), balanceOf(a).Dec(), a.Nonce)
}

// balanceOf returns a's balance, or a shared zero for nil. Callers must not
// modify the result.
func balanceOf(a Account) *uint256.Int {
	if a.Balance == nil {
		return new(uint256.Int)
	}
	return a.Balance
}

// putLeafPreimage writes the 61-byte leaf preimage of a into dst.
func putLeafPreimage(dst []byte, a Account) {
	dst[0] = leafPrefix
	copy(dst[1:21], a.Address[:])
	if a.Balance == nil {
		clear(dst[21:53])
	} else {
		a.Balance.PutUint256(dst[21:53])
	}
	binary.BigEndian.PutUint64(dst[53:61], a.Nonce)
}

// parseLeafPreimage is the inverse of putLeafPreimage; src must be 61 bytes
// starting with leafPrefix.
func parseLeafPreimage(src []byte) Account {
	var a Account
	copy(a.Address[:], src[1:21])
	a.Balance = new(uint256.Int).SetBytes32(src[21:53])
	a.Nonce = binary.BigEndian.Uint64(src[53:61])
	return a
}

// Key returns keccak256(addr), the 256-bit path of addr in the tree. Bit i
// (i = 0 is the most significant bit of byte 0) chooses the child at depth
// i: 0 is left, 1 is right. Hashing the address spreads accounts evenly, so
// the tree stays about log2(n) deep whatever addresses are chosen.
func Key(addr common.Address) common.Hash {
	return crypto.Keccak256Hash(addr[:])
}

// bit returns bit i of key, MSB first.
func bit(key *common.Hash, i int) uint8 {
	return (key[i>>3] >> (7 - uint(i&7))) & 1
}

// sharedPrefix reports whether a and b agree on their first n bits.
func sharedPrefix(a, b *common.Hash, n int) bool {
	full := n >> 3
	for i := 0; i < full; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	if rem := n & 7; rem != 0 {
		mask := byte(0xff) << (8 - uint(rem))
		return (a[full]^b[full])&mask == 0
	}
	return true
}

// hasher is a keccak256 state plus scratch space and a call counter. It is
// not safe for concurrent use; each goroutine of an update owns one.
type hasher struct {
	st  crypto.KeccakState
	buf [internalPreimageLen]byte
	out common.Hash // Read target; a field so it does not escape per call
	// keccak256 invocations, by purpose
	nKey, nLeaf, nInternal int
}

func newHasher() *hasher {
	return &hasher{st: crypto.NewKeccakState()}
}

func (h *hasher) sum(b []byte) common.Hash {
	h.st.Reset()
	h.st.Write(b)
	h.st.Read(h.out[:])
	return h.out
}

func (h *hasher) key(addr common.Address) common.Hash {
	h.nKey++
	n := copy(h.buf[:], addr[:]) // hashing h.buf keeps addr off the heap
	return h.sum(h.buf[:n])
}

func (h *hasher) leaf(a Account) common.Hash {
	h.nLeaf++
	putLeafPreimage(h.buf[:leafPreimageLen], a)
	return h.sum(h.buf[:leafPreimageLen])
}

// internal returns keccak256(0x01 ‖ l ‖ r).
func (h *hasher) internal(l, r common.Hash) common.Hash {
	h.nInternal++
	h.buf[0] = internalPrefix
	copy(h.buf[1:33], l[:])
	copy(h.buf[33:65], r[:])
	return h.sum(h.buf[:internalPreimageLen])
}
