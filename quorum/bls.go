package quorum

import (
	"crypto/rand"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BLS on BN254 (alt_bn128), shaped by what the EVM precompiles do cheaply:
// ecAdd (0x06, 150 gas), ecMul (0x07, 6,000 gas) and the pairing check
// (0x08, 45,000 + 34,000 per pair) exist for G1 sums and products only, so
// signatures and the hash of the message are in G1 and public keys in G2,
// with a G1 copy of each key that the contract can add up. See checkBLS in
// verify.go for the verification equation.
//
// Points travel in the precompiles' encoding: G1 as x ‖ y, G2 as
// x.imag ‖ x.real ‖ y.imag ‖ y.real, every coordinate a 32-byte big-endian
// integer below the field modulus, and the identity as all zeros.

// G1Point is a BN254 G1 point in EVM encoding (64 bytes). The type does not
// promise the bytes are a valid point; functions that use one check it.
type G1Point [64]byte

// G2Point is a BN254 G2 point in EVM encoding (128 bytes).
type G2Point [128]byte

// BLSSignature is a G1 point: a signature, an aggregate of signatures, or a
// proof of possession.
type BLSSignature = G1Point

// BLSPublicKey is a member's BLS key in both groups: G2 is the key proper,
// G1 = sk·g1 its copy, which is what the contract adds up. A proof of
// possession (see ProvePossession) ties the two together.
type BLSPublicKey struct {
	G1 G1Point
	G2 G2Point
}

// Domain tags for hashing to G1. They are constants of the protocol, as in
// the contract.
var (
	VoteDST = crypto.Keccak256Hash([]byte("TEEROLLUP-V1-BLS-VOTE-BN254G1-KECCAK256-TAI"))
	PoPDST  = crypto.Keccak256Hash([]byte("TEEROLLUP-V1-BLS-POP-BN254G1-KECCAK256-TAI"))
)

var (
	fieldP     = fp.Modulus()
	orderR     = fr.Modulus()
	sqrtExp    = new(big.Int).Rsh(new(big.Int).Add(fp.Modulus(), big.NewInt(1)), 2) // (p+1)/4
	g1Gen      bn254.G1Affine
	g2Gen      bn254.G2Affine
	negG2Gen   bn254.G2Affine
	curveB     = big.NewInt(3)
	maxTries   = 256
	identityG2 G2Point
)

func init() {
	_, _, g1Gen, g2Gen = bn254.Generators()
	negG2Gen.Neg(&g2Gen)
}

// BLSSecretKey is a scalar in 1..r-1.
type BLSSecretKey struct {
	s big.Int
}

// GenerateBLSKey draws a secret key from r (crypto/rand.Reader if r is
// nil): 48 random bytes reduced modulo the group order, redrawn if zero.
func GenerateBLSKey(r io.Reader) (*BLSSecretKey, error) {
	if r == nil {
		r = rand.Reader
	}
	var buf [48]byte
	for {
		if _, err := io.ReadFull(r, buf[:]); err != nil {
			return nil, fmt.Errorf("%w: read randomness: %v", ErrKey, err)
		}
		sk := new(BLSSecretKey)
		sk.s.SetBytes(buf[:])
		sk.s.Mod(&sk.s, orderR)
		if sk.s.Sign() != 0 {
			return sk, nil
		}
	}
}

// BLSSecretKeyFromBytes decodes a 32-byte big-endian scalar in 1..r-1.
func BLSSecretKeyFromBytes(b []byte) (*BLSSecretKey, error) {
	if len(b) != 32 {
		return nil, fmt.Errorf("%w: BLS secret key is %d bytes, want 32", ErrKey, len(b))
	}
	sk := new(BLSSecretKey)
	sk.s.SetBytes(b)
	if sk.s.Sign() == 0 || sk.s.Cmp(orderR) >= 0 {
		return nil, fmt.Errorf("%w: BLS secret key out of range", ErrKey)
	}
	return sk, nil
}

// Bytes is the 32-byte big-endian encoding of the scalar.
func (sk *BLSSecretKey) Bytes() []byte {
	out := make([]byte, 32)
	sk.s.FillBytes(out)
	return out
}

// PublicKey returns sk·g1 and sk·g2.
func (sk *BLSSecretKey) PublicKey() *BLSPublicKey {
	var p1 bn254.G1Affine
	var p2 bn254.G2Affine
	p1.ScalarMultiplication(&g1Gen, &sk.s)
	p2.ScalarMultiplication(&g2Gen, &sk.s)
	return &BLSPublicKey{G1: g1Bytes(&p1), G2: g2Bytes(&p2)}
}

// Sign signs a vote digest (see VoteDigest): sk·HashToG1(VoteDST, digest).
func (sk *BLSSecretKey) Sign(digest common.Hash) (BLSSignature, error) {
	return sk.sign(VoteDST, digest)
}

func (sk *BLSSecretKey) sign(dst, msg common.Hash) (BLSSignature, error) {
	h, err := hashToG1(dst, msg)
	if err != nil {
		return BLSSignature{}, err
	}
	var s bn254.G1Affine
	s.ScalarMultiplication(&h, &sk.s)
	return g1Bytes(&s), nil
}

// SignVote returns member's BLS vote for headerHash in domain d.
func (sk *BLSSecretKey) SignVote(d Domain, member common.Address, headerHash common.Hash) (BLSVote, error) {
	if err := d.Validate(); err != nil {
		return BLSVote{}, err
	}
	sig, err := sk.Sign(VoteDigest(d, headerHash))
	if err != nil {
		return BLSVote{}, err
	}
	return BLSVote{HeaderHash: headerHash, Signer: member, Sig: sig}, nil
}

// ProvePossession returns the proof of possession of sk for the committee
// member member: sk·HashToG1(PoPDST, PoPMessage(member, sk.PublicKey())).
func (sk *BLSSecretKey) ProvePossession(member common.Address) (BLSSignature, error) {
	return sk.sign(PoPDST, PoPMessage(member, sk.PublicKey()))
}

// PoPMessage is what a proof of possession signs: keccak256(member ‖ G1 ‖ G2).
// It binds the member's address, so a proof cannot be replayed by another
// member who copies the key (which would let one signature count twice).
func PoPMessage(member common.Address, pk *BLSPublicKey) common.Hash {
	return crypto.Keccak256Hash(member[:], pk.G1[:], pk.G2[:])
}

// VerifyPoP checks member's proof of possession of pk: the G1 key must be a
// curve point other than the identity, the G2 key a non-identity point of
// the group, and the proof must pass the same pairing check as the
// contract's checkPoP.
func VerifyPoP(member common.Address, pk *BLSPublicKey, pop BLSSignature) error {
	if pk == nil {
		return fmt.Errorf("%w: member %s has no BLS key", ErrPoP, member.Hex())
	}
	if !pk.G1.onCurve() {
		return fmt.Errorf("%w: member %s: G1 key is not a curve point", ErrPoP, member.Hex())
	}
	if pk.G2 == identityG2 {
		return fmt.Errorf("%w: member %s: G2 key is the identity", ErrPoP, member.Hex())
	}
	h, err := hashToG1(PoPDST, PoPMessage(member, pk))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrPoP, err)
	}
	if !pairingCheck(pop, pk.G1, pk.G2, &h) {
		return fmt.Errorf("%w: member %s: proof does not verify", ErrPoP, member.Hex())
	}
	return nil
}

// HashToG1 maps a 32-byte message to G1 under a domain tag by
// try-and-increment, exactly as QuorumVerifier.hashToG1: for ctr = 0..255,
//
//	h0 = keccak256(dst ‖ msg ‖ uint256(2·ctr)), h1 = keccak256(dst ‖ msg ‖ uint256(2·ctr+1))
//	x  = (h0·2^256 + h1) mod p
//	y  = (x³ + 3)^((p+1)/4) mod p
//
// and the first ctr with y² = x³ + 3 gives (x, y), or (x, p - y) when the top
// bit of h1 is set. Each try succeeds with probability about 1/2 (the
// contract pays one modexp per try). BN254 G1 has cofactor 1, so the point
// needs no clearing. This is not constant-time; the inputs are public.
func HashToG1(dst, msg common.Hash) (G1Point, error) {
	p, err := hashToG1(dst, msg)
	if err != nil {
		return G1Point{}, err
	}
	return g1Bytes(&p), nil
}

func hashToG1(dst, msg common.Hash) (bn254.G1Affine, error) {
	p, _, err := hashToG1Tries(dst, msg)
	return p, err
}

// hashToG1Tries is hashToG1 that also reports how many tries it took (the
// contract pays one modexp, about 4,300 gas, per try).
func hashToG1Tries(dst, msg common.Hash) (bn254.G1Affine, int, error) {
	var buf [96]byte
	copy(buf[0:], dst[:])
	copy(buf[32:], msg[:])
	var (
		h0, h1, x, rhs, y, t big.Int
		ctrWord              big.Int
	)
	for ctr := 0; ctr < maxTries; ctr++ {
		ctrWord.SetInt64(int64(2 * ctr))
		ctrWord.FillBytes(buf[64:])
		h0.SetBytes(crypto.Keccak256(buf[:]))
		ctrWord.SetInt64(int64(2*ctr + 1))
		ctrWord.FillBytes(buf[64:])
		h1.SetBytes(crypto.Keccak256(buf[:]))

		x.Lsh(&h0, 256)
		x.Add(&x, &h1)
		x.Mod(&x, fieldP)
		rhs.Mul(&x, &x)
		rhs.Mul(&rhs, &x)
		rhs.Add(&rhs, curveB)
		rhs.Mod(&rhs, fieldP)
		y.Exp(&rhs, sqrtExp, fieldP)
		t.Mul(&y, &y)
		t.Mod(&t, fieldP)
		if t.Cmp(&rhs) != 0 {
			continue
		}
		if h1.Bit(255) == 1 {
			y.Sub(fieldP, &y)
		}
		var p bn254.G1Affine
		p.X.SetBigInt(&x)
		p.Y.SetBigInt(&y)
		return p, ctr + 1, nil
	}
	return bn254.G1Affine{}, maxTries, fmt.Errorf("%w: hash to G1 failed after %d tries", ErrSignature, maxTries)
}

// pairingCheck mirrors QuorumVerifier._pairingCheck: with the transcript
// sigma ‖ pk1 ‖ pk2 ‖ H and gamma = keccak256(transcript) mod r, it reports
// whether e(sigma + gamma·pk1, -g2) · e(H + gamma·g1, pk2) == 1. Points that
// a precompile would reject make it false.
func pairingCheck(sigma, pk1 G1Point, pk2 G2Point, h *bn254.G1Affine) bool {
	hb := g1Bytes(h)
	var gamma big.Int
	gamma.SetBytes(crypto.Keccak256(sigma[:], pk1[:], pk2[:], hb[:]))
	gamma.Mod(&gamma, orderR)

	s, err := sigma.point()
	if err != nil {
		return false
	}
	k1, err := pk1.point()
	if err != nil {
		return false
	}
	k2, err := pk2.point()
	if err != nil {
		return false
	}
	var a, b, t bn254.G1Affine
	t.ScalarMultiplication(&k1, &gamma)
	a.Add(&s, &t)
	t.ScalarMultiplication(&g1Gen, &gamma)
	b.Add(h, &t)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{a, b}, []bn254.G2Affine{negG2Gen, k2})
	return err == nil && ok
}

// point decodes p as the ecAdd/ecMul/pairing precompiles do: all zeros is
// the identity; otherwise both coordinates must be below p and the point on
// the curve.
func (p G1Point) point() (bn254.G1Affine, error) {
	var a bn254.G1Affine
	if p == (G1Point{}) {
		return a, nil
	}
	if err := a.X.SetBytesCanonical(p[0:32]); err != nil {
		return a, fmt.Errorf("x coordinate: %w", err)
	}
	if err := a.Y.SetBytesCanonical(p[32:64]); err != nil {
		return a, fmt.Errorf("y coordinate: %w", err)
	}
	if !a.IsOnCurve() {
		return a, fmt.Errorf("not on the curve")
	}
	return a, nil
}

// onCurve is the contract's member-key check: coordinates below p and
// y² = x³ + 3, so the identity (0, 0) fails.
func (p G1Point) onCurve() bool {
	var x, y, l, r fp.Element
	if x.SetBytesCanonical(p[0:32]) != nil || y.SetBytesCanonical(p[32:64]) != nil {
		return false
	}
	l.Square(&y)
	r.Square(&x).Mul(&r, &x)
	var three fp.Element
	three.SetUint64(3)
	r.Add(&r, &three)
	return l.Equal(&r)
}

// point decodes p as the pairing precompile does: all zeros is the
// identity; otherwise the four coordinates must be below p and the point on
// the twist and in the order-r subgroup.
func (p G2Point) point() (bn254.G2Affine, error) {
	var a bn254.G2Affine
	if p == (G2Point{}) {
		return a, nil
	}
	for i, c := range []*fp.Element{&a.X.A1, &a.X.A0, &a.Y.A1, &a.Y.A0} {
		if err := c.SetBytesCanonical(p[32*i : 32*i+32]); err != nil {
			return a, fmt.Errorf("coordinate %d: %w", i, err)
		}
	}
	if !a.IsOnCurve() {
		return a, fmt.Errorf("not on the twist")
	}
	if !a.IsInSubGroup() {
		return a, fmt.Errorf("not in the order-r subgroup")
	}
	return a, nil
}

func g1Bytes(a *bn254.G1Affine) G1Point {
	var out G1Point
	if a.IsInfinity() {
		return out
	}
	x, y := a.X.Bytes(), a.Y.Bytes()
	copy(out[0:], x[:])
	copy(out[32:], y[:])
	return out
}

func g2Bytes(a *bn254.G2Affine) G2Point {
	var out G2Point
	if a.IsInfinity() {
		return out
	}
	for i, c := range []*fp.Element{&a.X.A1, &a.X.A0, &a.Y.A1, &a.Y.A0} {
		b := c.Bytes()
		copy(out[32*i:], b[:])
	}
	return out
}

// BLSVote is one member's BLS signature over VoteDigest(domain, HeaderHash).
type BLSVote struct {
	HeaderHash common.Hash
	Signer     common.Address
	Sig        BLSSignature
}

// AggregateSignatures adds up G1 signatures. It fails if one is not a valid
// point.
func AggregateSignatures(sigs ...BLSSignature) (BLSSignature, error) {
	var acc bn254.G1Jac
	for i, s := range sigs {
		p, err := s.point()
		if err != nil {
			return BLSSignature{}, &SignatureError{Index: -1, Detail: fmt.Sprintf("signature %d: %v", i, err)}
		}
		acc.AddMixed(&p)
	}
	var out bn254.G1Affine
	out.FromJacobian(&acc)
	return g1Bytes(&out), nil
}

// AggregatePublicKeys adds up G2 keys (the APK of a BLS QC). It fails if
// one is not a valid group element.
func AggregatePublicKeys(keys ...G2Point) (G2Point, error) {
	var acc bn254.G2Jac
	for i, k := range keys {
		p, err := k.point()
		if err != nil {
			return G2Point{}, fmt.Errorf("%w: key %d: %v", ErrKey, i, err)
		}
		acc.AddMixed(&p)
	}
	var out bn254.G2Affine
	out.FromJacobian(&acc)
	return g2Bytes(&out), nil
}
