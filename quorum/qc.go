package quorum

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
)

// Scheme is a QC signature scheme.
type Scheme uint8

const (
	// SchemeECDSA: one secp256k1 signature per signer. Verification costs
	// one ecrecover (3,000 gas) per signer; cheapest up to a few dozen.
	SchemeECDSA Scheme = 1
	// SchemeBLS: one BN254 aggregate signature. Verification costs about
	// 140,000 gas whatever the number of signers.
	SchemeBLS Scheme = 2
)

func (s Scheme) String() string {
	switch s {
	case SchemeECDSA:
		return "ecdsa"
	case SchemeBLS:
		return "bls"
	}
	return fmt.Sprintf("scheme(%d)", uint8(s))
}

// QC is a quorum certificate: which members signed and their signatures.
// A QC is built for a committee of N members; its encoding's bitmap has
// ceil(N/8) bytes.
type QC interface {
	Scheme() Scheme
	// SignerSet is the set of committee indices that signed.
	SignerSet() Bitset
	// Size is the committee size the QC was built for.
	Size() int
	// Encode returns the on-chain encoding.
	Encode() []byte
}

// ECDSAQC carries one signature per signer, in committee index order.
// Encoding: bitmap(ceil(N/8)) ‖ sig(65)·popcount, where the bitmap is the
// big-endian integer whose bit i is member i.
type ECDSAQC struct {
	N       int
	Signers Bitset
	Sigs    [][65]byte
}

func (q *ECDSAQC) Scheme() Scheme    { return SchemeECDSA }
func (q *ECDSAQC) SignerSet() Bitset { return q.Signers }
func (q *ECDSAQC) Size() int         { return q.N }

// Encode encodes the QC; it does not validate it.
func (q *ECDSAQC) Encode() []byte {
	nb := bitmapLen(clampSize(q.N))
	out := make([]byte, 0, nb+65*len(q.Sigs))
	out = q.Signers.appendBitmap(out, nb)
	for i := range q.Sigs {
		out = append(out, q.Sigs[i][:]...)
	}
	return out
}

// shape checks the QC against a committee of n members: built for n,
// non-empty, no signer at or beyond n, one signature per signer.
func (q *ECDSAQC) shape(n int) error {
	if err := checkSigners(q.N, q.Signers, n); err != nil {
		return err
	}
	if k := q.Signers.Count(); len(q.Sigs) != k {
		return fmt.Errorf("%w: %d signatures for %d signers", ErrQC, len(q.Sigs), k)
	}
	return nil
}

// BLSQC carries the aggregate of the signers' G1 signatures and the sum of
// their G2 keys. Encoding: bitmap(ceil(N/8)) ‖ Sig(64) ‖ APK(128).
type BLSQC struct {
	N       int
	Signers Bitset
	Sig     BLSSignature
	APK     G2Point
}

func (q *BLSQC) Scheme() Scheme    { return SchemeBLS }
func (q *BLSQC) SignerSet() Bitset { return q.Signers }
func (q *BLSQC) Size() int         { return q.N }

// Encode encodes the QC; it does not validate it.
func (q *BLSQC) Encode() []byte {
	nb := bitmapLen(clampSize(q.N))
	out := make([]byte, 0, nb+64+128)
	out = q.Signers.appendBitmap(out, nb)
	out = append(out, q.Sig[:]...)
	return append(out, q.APK[:]...)
}

func (q *BLSQC) shape(n int) error { return checkSigners(q.N, q.Signers, n) }

func clampSize(n int) int { return min(max(n, 0), MaxMembers) }

func checkSigners(qn int, signers Bitset, n int) error {
	switch {
	case qn != n:
		return fmt.Errorf("%w: built for %d members, committee has %d", ErrQC, qn, n)
	case signers.IsEmpty():
		return fmt.Errorf("%w: no signers", ErrQC)
	case signers.Len() > n:
		return fmt.Errorf("%w: signer %d outside a committee of %d", ErrQC, signers.Len()-1, n)
	}
	return nil
}

// decodeBitmap reads the bitmap of a QC for n members (1..256).
func decodeBitmap(b []byte, n int) (Bitset, error) {
	if n < 1 || n > MaxMembers {
		return Bitset{}, fmt.Errorf("%w: committee size %d not in 1..%d", ErrQC, n, MaxMembers)
	}
	nb := bitmapLen(n)
	if len(b) < nb {
		return Bitset{}, fmt.Errorf("%w: %d bytes, shorter than the %d-byte bitmap", ErrQC, len(b), nb)
	}
	s := bitsetFromBitmap(b[:nb])
	if err := checkSigners(n, s, n); err != nil {
		return Bitset{}, err
	}
	return s, nil
}

// DecodeECDSAQC decodes an ECDSA QC for a committee of n members strictly:
// a non-empty bitmap with no bit at or beyond n, and exactly one 65-byte
// signature per set bit. Encode(DecodeECDSAQC(b, n)) == b for every b it
// accepts. Signatures are not checked.
func DecodeECDSAQC(b []byte, n int) (*ECDSAQC, error) {
	s, err := decodeBitmap(b, n)
	if err != nil {
		return nil, err
	}
	nb, k := bitmapLen(n), s.Count()
	if len(b) != nb+65*k {
		return nil, fmt.Errorf("%w: %d bytes, want %d for %d signatures", ErrQC, len(b), nb+65*k, k)
	}
	q := &ECDSAQC{N: n, Signers: s, Sigs: make([][65]byte, k)}
	for i := range q.Sigs {
		copy(q.Sigs[i][:], b[nb+65*i:])
	}
	return q, nil
}

// DecodeBLSQC decodes a BLS QC for a committee of n members strictly: a
// non-empty bitmap with no bit at or beyond n, then exactly 64 + 128 bytes.
// The points are not checked here (verification does, as the precompiles
// do).
func DecodeBLSQC(b []byte, n int) (*BLSQC, error) {
	s, err := decodeBitmap(b, n)
	if err != nil {
		return nil, err
	}
	nb := bitmapLen(n)
	if len(b) != nb+192 {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrQC, len(b), nb+192)
	}
	q := &BLSQC{N: n, Signers: s}
	copy(q.Sig[:], b[nb:])
	copy(q.APK[:], b[nb+64:])
	return q, nil
}

// DecodeQC decodes a QC of either scheme.
func DecodeQC(s Scheme, b []byte, n int) (QC, error) {
	switch s {
	case SchemeECDSA:
		return DecodeECDSAQC(b, n)
	case SchemeBLS:
		return DecodeBLSQC(b, n)
	}
	return nil, fmt.Errorf("%w: unknown scheme %d", ErrQC, s)
}

// NewECDSAQC assembles a certificate from votes for headerHash. Every vote
// must be for headerHash, by a member, with a valid signature, and no
// member may vote twice.
func NewECDSAQC(c *Committee, d Domain, headerHash common.Hash, votes []Vote) (*ECDSAQC, error) {
	if err := c.checkSize(); err != nil {
		return nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	byIndex := make(map[int][65]byte, len(votes))
	q := &ECDSAQC{N: c.Len()}
	for _, v := range votes {
		i, err := admit(c, headerHash, v.HeaderHash, v.Signer, q.Signers)
		if err != nil {
			return nil, err
		}
		if err := v.Verify(d); err != nil {
			var se *SignatureError
			if errors.As(err, &se) {
				return nil, &SignatureError{Index: i, Signer: v.Signer, Detail: se.Detail}
			}
			return nil, err
		}
		q.Signers.Add(i)
		byIndex[i] = v.Sig
	}
	if q.Signers.IsEmpty() {
		return nil, fmt.Errorf("%w: no votes", ErrVote)
	}
	for _, i := range q.Signers.Indices() {
		q.Sigs = append(q.Sigs, byIndex[i])
	}
	return q, nil
}

func admit(c *Committee, want, got common.Hash, signer common.Address, seen Bitset) (int, error) {
	if got != want {
		return 0, fmt.Errorf("%w: vote by %s is for header %s, not %s", ErrVote, signer.Hex(), got.Hex(), want.Hex())
	}
	i, ok := c.Index(signer)
	if !ok {
		return 0, &NonMemberError{Signer: signer}
	}
	if seen.Has(i) {
		return 0, &DuplicateVoteError{Index: i, Signer: signer}
	}
	return i, nil
}

// AggregateBLS assembles a BLS certificate from votes for headerHash. Every
// vote must be for headerHash by a member whose G2 key is known, and no
// member may vote twice; each vote's signature is checked against its
// member's key before it is added, so one bad vote cannot spoil the
// aggregate.
func AggregateBLS(c *Committee, d Domain, headerHash common.Hash, votes []BLSVote) (*BLSQC, error) {
	if err := c.checkSize(); err != nil {
		return nil, err
	}
	if !c.HasBLS() {
		return nil, fmt.Errorf("%w: committee has no BLS keys", ErrCommittee)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	h, err := hashToG1(VoteDST, VoteDigest(d, headerHash))
	if err != nil {
		return nil, err
	}
	q := &BLSQC{N: c.Len()}
	var sig bn254.G1Jac
	var apk bn254.G2Jac
	for _, v := range votes {
		i, err := admit(c, headerHash, v.HeaderHash, v.Signer, q.Signers)
		if err != nil {
			return nil, err
		}
		m := &c.Members[i]
		k2, err := m.BLS.G2.point()
		if err != nil || m.BLS.G2 == identityG2 {
			return nil, &MemberError{Index: i, Addr: m.Addr, Detail: "no valid G2 key (a decoded committee has none)"}
		}
		s, err := v.Sig.point()
		if err != nil {
			return nil, &SignatureError{Index: i, Signer: v.Signer, Detail: err.Error()}
		}
		ok, err := bn254.PairingCheck([]bn254.G1Affine{s, h}, []bn254.G2Affine{negG2Gen, k2})
		if err != nil || !ok {
			return nil, &SignatureError{Index: i, Signer: v.Signer, Detail: "BLS signature does not verify"}
		}
		q.Signers.Add(i)
		sig.AddMixed(&s)
		apk.AddMixed(&k2)
	}
	if q.Signers.IsEmpty() {
		return nil, fmt.Errorf("%w: no votes", ErrVote)
	}
	var sa bn254.G1Affine
	var ka bn254.G2Affine
	sa.FromJacobian(&sig)
	ka.FromJacobian(&apk)
	q.Sig, q.APK = g1Bytes(&sa), g2Bytes(&ka)
	return q, nil
}
