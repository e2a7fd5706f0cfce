package statetree

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// TerminalKind says what a proof found at the end of an address's path.
type TerminalKind uint8

const (
	// TerminalInclusion: the address's own leaf; the account is present.
	TerminalInclusion TerminalKind = 0x00
	// TerminalEmpty: an empty subtree where the address would be; the
	// account is absent.
	TerminalEmpty TerminalKind = 0x01
	// TerminalOtherLeaf: a one-leaf subtree holding another address whose
	// key shares the path so far; the account is absent. The proof carries
	// the other account so the verifier can hash its leaf.
	TerminalOtherLeaf TerminalKind = 0x02
)

func (k TerminalKind) String() string {
	switch k {
	case TerminalInclusion:
		return "inclusion"
	case TerminalEmpty:
		return "empty"
	case TerminalOtherLeaf:
		return "other-leaf"
	default:
		return fmt.Sprintf("TerminalKind(%#x)", uint8(k))
	}
}

// Proof shows the state of one address under a root. It walks from the
// root down the address's key path to a terminal at depth Depth().
//
// Wire encoding (Encode, DecodeProof; the Solidity library StateTree reads
// the same bytes), all big-endian:
//
//	byte 0          terminal kind (0x00 inclusion, 0x01 empty, 0x02 other leaf)
//	if kind 0x02    other address (20) ‖ other balance (32) ‖ other nonce (8)
//	2 bytes         depth d, uint16, at most 255
//	ceil(d/8) bytes bitmap: bit i (byte i/8, mask 0x80>>(i%8)) is set iff the
//	                sibling at depth i is non-empty; unused low bits are 0
//	32 bytes        per set bit, deepest level first, the root level last
//
// and nothing after. The encoding is canonical: DecodeProof accepts exactly
// the outputs of Encode for proofs of depth at most 255.
type Proof struct {
	Kind TerminalKind
	// Other is the account in the terminal leaf when Kind is
	// TerminalOtherLeaf, and unused otherwise.
	Other Account
	// Siblings[i] is the sibling at depth i: the child of the path node at
	// depth i that is not on the path. The zero hash is an empty sibling.
	// len(Siblings) is the terminal depth.
	Siblings []common.Hash
}

// Depth is the depth of the terminal: 0 when the terminal is the root.
func (p *Proof) Depth() int { return len(p.Siblings) }

const otherLeafLen = common.AddressLength + 32 + 8

// Encode returns the wire encoding of p. It encodes p as it is; a proof
// that did not come from Tree.Prove or DecodeProof (say with more than 255
// siblings) may encode to bytes that DecodeProof and Verify reject.
func (p *Proof) Encode() []byte {
	d := len(p.Siblings)
	n := 1 + 2 + (d+7)/8
	if p.Kind == TerminalOtherLeaf {
		n += otherLeafLen
	}
	for _, s := range p.Siblings {
		if s != (common.Hash{}) {
			n += 32
		}
	}
	out := make([]byte, n)
	out[0] = byte(p.Kind)
	off := 1
	if p.Kind == TerminalOtherLeaf {
		var pre [leafPreimageLen]byte
		putLeafPreimage(pre[:], p.Other)
		off += copy(out[off:], pre[1:])
	}
	binary.BigEndian.PutUint16(out[off:], uint16(d))
	off += 2
	bitmap := out[off : off+(d+7)/8]
	off += len(bitmap)
	for i := d - 1; i >= 0; i-- {
		if s := p.Siblings[i]; s != (common.Hash{}) {
			bitmap[i>>3] |= 0x80 >> uint(i&7)
			off += copy(out[off:], s[:])
		}
	}
	return out
}

// DecodeProof parses the wire encoding strictly: anything but the canonical
// encoding of a proof of depth at most 255 is ErrMalformedProof.
func DecodeProof(b []byte) (*Proof, error) {
	if len(b) < 1 {
		return nil, fmt.Errorf("%w: empty", ErrMalformedProof)
	}
	p := &Proof{Kind: TerminalKind(b[0])}
	off := 1
	switch p.Kind {
	case TerminalInclusion, TerminalEmpty:
	case TerminalOtherLeaf:
		if len(b) < off+otherLeafLen {
			return nil, fmt.Errorf("%w: %d bytes, too short for the other leaf", ErrMalformedProof, len(b))
		}
		var pre [leafPreimageLen]byte
		copy(pre[1:], b[off:off+otherLeafLen])
		p.Other = parseLeafPreimage(pre[:])
		off += otherLeafLen
	default:
		return nil, fmt.Errorf("%w: unknown terminal kind %#x", ErrMalformedProof, b[0])
	}
	if len(b) < off+2 {
		return nil, fmt.Errorf("%w: %d bytes, too short for the depth", ErrMalformedProof, len(b))
	}
	d := int(binary.BigEndian.Uint16(b[off:]))
	off += 2
	if d > MaxDepth {
		return nil, fmt.Errorf("%w: depth %d > %d", ErrMalformedProof, d, MaxDepth)
	}
	nb := (d + 7) / 8
	if len(b) < off+nb {
		return nil, fmt.Errorf("%w: %d bytes, too short for a %d-byte bitmap", ErrMalformedProof, len(b), nb)
	}
	bitmap := b[off : off+nb]
	off += nb
	if rem := d & 7; rem != 0 && bitmap[nb-1]&(0xff>>uint(rem)) != 0 {
		return nil, fmt.Errorf("%w: non-zero bitmap padding", ErrMalformedProof)
	}
	set := 0
	for _, x := range bitmap {
		set += bits.OnesCount8(x)
	}
	if want := off + 32*set; len(b) != want {
		return nil, fmt.Errorf("%w: %d bytes, want %d for %d siblings", ErrMalformedProof, len(b), want, set)
	}
	p.Siblings = make([]common.Hash, d)
	for i := d - 1; i >= 0; i-- {
		if bitmap[i>>3]&(0x80>>uint(i&7)) == 0 {
			continue
		}
		s := common.Hash(b[off : off+32])
		off += 32
		if s == (common.Hash{}) {
			// An empty sibling must be a clear bit: one encoding per proof.
			return nil, fmt.Errorf("%w: zero sibling at depth %d under a set bit", ErrMalformedProof, i)
		}
		p.Siblings[i] = s
	}
	return p, nil
}

// Verify checks that under root the account at address addr has the given
// balance and nonce, where (0, 0) means absent. It returns nil, an error
// wrapping ErrMalformedProof if proof does not parse, or one wrapping
// ErrInvalidProof if it does not show that state. A nil balance is zero.
// It matches StateTree.verify in Solidity bit for bit.
func Verify(root common.Hash, addr common.Address, balance *uint256.Int, nonce uint64, proof []byte) error {
	p, err := DecodeProof(proof)
	if err != nil {
		return err
	}
	return p.Verify(root, Account{Address: addr, Balance: balance, Nonce: nonce})
}

// Verify checks that under root the account at acct.Address is acct (a zero
// acct meaning absent). See the package function Verify.
//
// Why hashing the given path is enough: the tree is compact, so a one-leaf
// subtree is its leaf hash and a subtree of two or more leaves is an
// internal node. The verifier hashes exactly the terminal and siblings the
// prover gives and does not know the depths of the real tree. A proof that
// stops too deep (an inclusion under a chain of internal(x, 0) nodes that
// the compact tree does not have) or too shallow computes a different root,
// because internal(x, 0) != x: the leaf and internal preimages are
// domain-separated (prefix 0x00 vs 0x01, 61 vs 65 bytes). Security
// assumption: keccak256 is collision resistant; then a root commits to a
// single set of accounts and each address has one provable state.
func (p *Proof) Verify(root common.Hash, acct Account) error {
	if p == nil {
		return fmt.Errorf("%w: nil proof", ErrMalformedProof)
	}
	d := len(p.Siblings)
	if d > MaxDepth {
		return fmt.Errorf("%w: depth %d > %d", ErrMalformedProof, d, MaxDepth)
	}
	h := newHasher()
	key := h.key(acct.Address)
	var node common.Hash
	switch p.Kind {
	case TerminalInclusion:
		if acct.IsZero() {
			return fmt.Errorf("%w: inclusion proof for absent account %s", ErrInvalidProof, acct.Address.Hex())
		}
		node = h.leaf(acct)
	case TerminalEmpty:
		if !acct.IsZero() {
			return fmt.Errorf("%w: absence proof for non-zero account %s", ErrInvalidProof, acct)
		}
	case TerminalOtherLeaf:
		if !acct.IsZero() {
			return fmt.Errorf("%w: absence proof for non-zero account %s", ErrInvalidProof, acct)
		}
		if p.Other.Address == acct.Address {
			// Without this check a present account's own leaf would
			// "prove" its absence.
			return fmt.Errorf("%w: other leaf is the proven address %s", ErrInvalidProof, acct.Address.Hex())
		}
		if p.Other.IsZero() {
			return fmt.Errorf("%w: other leaf %s is a zero account", ErrInvalidProof, p.Other.Address.Hex())
		}
		otherKey := h.key(p.Other.Address)
		if !sharedPrefix(&key, &otherKey, d) {
			return fmt.Errorf("%w: other leaf %s is off the path of %s at depth %d", ErrInvalidProof, p.Other.Address.Hex(), acct.Address.Hex(), d)
		}
		node = h.leaf(p.Other)
	default:
		return fmt.Errorf("%w: unknown terminal kind %#x", ErrMalformedProof, uint8(p.Kind))
	}
	for i := d - 1; i >= 0; i-- {
		if bit(&key, i) == 0 {
			node = h.internal(node, p.Siblings[i])
		} else {
			node = h.internal(p.Siblings[i], node)
		}
	}
	if node != root {
		return fmt.Errorf("%w: %s proof for %s computes root %s, want %s", ErrInvalidProof, p.Kind, acct.Address.Hex(), node.Hex(), root.Hex())
	}
	return nil
}
