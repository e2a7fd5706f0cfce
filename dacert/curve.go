package dacert

import (
	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Curve helpers over dcrd's secp256k1. They are variable-time: a DAP's
// nonce and key scalars go through ScalarBaseMultNonConst. Assumption: a
// DAP signs on a host whose timing an attacker cannot measure finely
// (the same assumption go-ethereum's signer makes for the DAP's account
// key).

// isInfinity reports whether a Jacobian point is the point at infinity.
func isInfinity(p *secp256k1.JacobianPoint) bool {
	return (p.X.IsZero() && p.Y.IsZero()) || p.Z.IsZero()
}

// affine returns p as a public key (p must not be infinity).
func affine(p *secp256k1.JacobianPoint) *secp256k1.PublicKey {
	q := *p
	q.ToAffine()
	return secp256k1.NewPublicKey(&q.X, &q.Y)
}

func jacobian(k *secp256k1.PublicKey) secp256k1.JacobianPoint {
	var p secp256k1.JacobianPoint
	k.AsJacobian(&p)
	return p
}

// Address is the Ethereum address of a public key (keccak256 of X ‖ Y,
// low 20 bytes), as ecrecover returns it.
func Address(k *secp256k1.PublicKey) common.Address {
	return common.BytesToAddress(crypto.Keccak256(k.SerializeUncompressed()[1:])[12:])
}

func pointAddress(p *secp256k1.JacobianPoint) common.Address { return Address(affine(p)) }

// scalarFromHash reduces a 32-byte hash mod n.
func scalarFromHash(h []byte) secp256k1.ModNScalar {
	var b [32]byte
	copy(b[:], h)
	var s secp256k1.ModNScalar
	s.SetBytes(&b)
	return s
}

// compressed is the 33-byte SEC1 encoding, or 33 zero bytes for infinity
// (BIP-327's convention for an aggregate nonce).
func compressed(p *secp256k1.JacobianPoint) []byte {
	if isInfinity(p) {
		return make([]byte, 33)
	}
	return affine(p).SerializeCompressed()
}
