package dacert

import (
	"fmt"
	"math/big"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxProof is the longest Merkle proof: MaxSubsets + 1 leaves padded to
// 8,192 give 13 levels.
const MaxProof = 13

// certFixed is the certificate's length without its proof.
const certFixed = 8 + 32 + 1 + 20 + 32

// Cert is an availability certificate: a Schnorr signature (R's address,
// s) by the aggregate key of the signing subset Bitmap over a digest, and
// the Merkle proof of the subset's leaf (Bitmap, Ax, Parity) under the
// set's root.
type Cert struct {
	Bitmap uint64
	Ax     [32]byte
	Parity byte
	R      common.Address
	S      [32]byte
	Proof  []common.Hash
}

// Encode is the packed form updateStateDA takes:
// bitmap(8) ‖ Ax(32) ‖ parity(1) ‖ R(20) ‖ s(32) ‖ proof(32 × k).
func (c *Cert) Encode() []byte {
	b := make([]byte, certFixed, certFixed+32*len(c.Proof))
	putUint64(b[:8], c.Bitmap)
	copy(b[8:40], c.Ax[:])
	b[40] = c.Parity
	copy(b[41:61], c.R[:])
	copy(b[61:93], c.S[:])
	for _, p := range c.Proof {
		b = append(b, p[:]...)
	}
	return b
}

// DecodeCert parses Encode's form: exact length, at most MaxProof proof
// entries. It checks no signature (Verify does).
func DecodeCert(b []byte) (*Cert, error) {
	if len(b) < certFixed || (len(b)-certFixed)%32 != 0 || (len(b)-certFixed)/32 > MaxProof {
		return nil, fmt.Errorf("%w: %d bytes", ErrCert, len(b))
	}
	c := &Cert{Parity: b[40]}
	for _, x := range b[:8] {
		c.Bitmap = c.Bitmap<<8 | uint64(x)
	}
	copy(c.Ax[:], b[8:40])
	copy(c.R[:], b[41:61])
	copy(c.S[:], b[61:93])
	for p := b[certFixed:]; len(p) > 0; p = p[32:] {
		c.Proof = append(c.Proof, common.BytesToHash(p[:32]))
	}
	return c, nil
}

// Root is the root the certificate's proof leads to.
func (c *Cert) Root() common.Hash {
	return ProcessProof(SubsetLeaf(c.Bitmap, c.Ax, c.Parity), c.Proof)
}

// Challenge is e = keccak256(R(20) ‖ parity(1) ‖ Ax(32) ‖ digest(32)) mod
// n. It commits to R only through its 160-bit address (what ecrecover can
// compare); assumption: that keeps Schnorr unforgeable (a forger needs a
// point whose address is a fixed point of s·G − e(addr)·A, ~2^160 work;
// collisions, ~2^80, help only a signer against itself).
func Challenge(r common.Address, parity byte, ax [32]byte, digest common.Hash) secp256k1.ModNScalar {
	return scalarFromHash(crypto.Keccak256(r[:], []byte{parity}, ax[:], digest[:]))
}

// Verify checks c against a set root and digest exactly as the TSC does
// (TeeRollup._checkDA / DACert.sol): the leaf (Bitmap, Ax, Parity) is
// under root, R is not zero, s < n, and s·G − e·A has address R where A is
// the point with x = Ax and the given parity. Any t-subset whose leaf is
// under root holds: root comes from governance, and Set (not the TSC)
// checks that it commits to real aggregate keys.
func (c *Cert) Verify(root, digest common.Hash) error {
	if got := c.Root(); got != root {
		return fmt.Errorf("%w: subset %#x is not under root %s", ErrCert, c.Bitmap, root)
	}
	return c.verifySig(digest)
}

var curveN = secp256k1.S256().N

func (c *Cert) verifySig(digest common.Hash) error {
	if c.R == (common.Address{}) {
		// ecrecover yields zero on failure: a zero R would accept anything.
		return fmt.Errorf("%w: zero R", ErrCert)
	}
	if new(big.Int).SetBytes(c.S[:]).Cmp(curveN) >= 0 {
		return fmt.Errorf("%w: s >= n", ErrCert)
	}
	ax := new(big.Int).SetBytes(c.Ax[:])
	if ax.Sign() == 0 || ax.Cmp(curveN) >= 0 || c.Parity > 1 {
		return fmt.Errorf("%w: aggregate key out of range", ErrCert)
	}
	var x, y secp256k1.FieldVal
	if x.SetByteSlice(c.Ax[:]) || !secp256k1.DecompressY(&x, c.Parity == 1, &y) {
		return fmt.Errorf("%w: Ax is not on the curve", ErrCert)
	}
	y.Normalize()
	e := Challenge(c.R, c.Parity, c.Ax, digest)
	if e.IsZero() {
		return fmt.Errorf("%w: zero challenge", ErrCert)
	}
	var s secp256k1.ModNScalar
	s.SetBytes(&c.S)
	a := secp256k1.MakeJacobianPoint(&x, &y, new(secp256k1.FieldVal).SetInt(1))
	var sG, eA, p secp256k1.JacobianPoint
	secp256k1.ScalarBaseMultNonConst(&s, &sG)
	e.Negate()
	secp256k1.ScalarMultNonConst(&e, &a, &eA)
	secp256k1.AddNonConst(&sG, &eA, &p)
	if isInfinity(&p) {
		return fmt.Errorf("%w: s·G − e·A is infinity", ErrCert)
	}
	if pointAddress(&p) != c.R {
		return fmt.Errorf("%w: signature does not verify", ErrCert)
	}
	return nil
}

// Verify checks c against the set: its bitmap must be one of the set's
// t-subsets, its leaf under the set's root, its signature valid for
// digest.
func (s *Set) Verify(c *Cert, digest common.Hash) error {
	if _, err := s.Subset(c.Bitmap); err != nil {
		return fmt.Errorf("%w: %w", ErrCert, err)
	}
	return c.Verify(s.Root(), digest)
}
