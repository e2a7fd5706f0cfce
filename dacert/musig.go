package dacert

import (
	"fmt"
	"io"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MuSig2 signing (Nick, Ruffing, Seurin 2021; BIP-327's two-nonce
// scheme, with keccak256 hashes and full points instead of x-only keys).
//
// Round 1: each signer i draws k1, k2 and publishes R1_i = k1·G,
// R2_i = k2·G (PubNonce). Round 2: with the aggregate nonce R1 = Σ R1_i,
// R2 = Σ R2_i of the subset S, b = H(Ax ‖ parity ‖ R1 ‖ R2 ‖ digest),
// R = R1 + b·R2, e = Challenge(addr(R), parity, Ax, digest), signer i
// returns s_i = k1 + b·k2 + e·a_i·x_i. Then s = Σ s_i and
// s·G = R + e·A_S. Two nonces make concurrent sessions safe (no Wagner
// attack), provided a secret nonce signs at most once: SecNonce.Sign
// zeroes it and refuses a second use.

// PubNonce is a signer's public nonce R1 ‖ R2 (33-byte compressed each).
type PubNonce [66]byte

// AggNonce is Σ R1_i ‖ Σ R2_i, each 33 compressed bytes or 33 zero bytes
// for the point at infinity.
type AggNonce [66]byte

// Partial is a partial signature s_i (32 bytes, < n).
type Partial [32]byte

// SecNonce is a signer's secret nonce for one signature. Not safe for
// concurrent use; the owner keeps it until Sign, which destroys it.
type SecNonce struct {
	k1, k2 secp256k1.ModNScalar
	pub    PubNonce
	digest common.Hash
	used   bool
}

// Pub is the public nonce to send to the aggregator.
func (n *SecNonce) Pub() PubNonce { return n.pub }

// NewNonce draws a nonce pair for signing digest with key. The scalars
// hash 32 bytes from rand with the key and digest (BIP-327's hedged
// NonceGen), so a weak rand alone does not repeat a nonce across digests.
func NewNonce(rand io.Reader, key *secp256k1.PrivateKey, digest common.Hash) (*SecNonce, error) {
	var seed [32]byte
	if _, err := io.ReadFull(rand, seed[:]); err != nil {
		return nil, fmt.Errorf("dacert: nonce randomness: %w", err)
	}
	sk := key.Serialize()
	n := &SecNonce{digest: digest}
	for j, k := range []*secp256k1.ModNScalar{&n.k1, &n.k2} {
		*k = scalarFromHash(crypto.Keccak256([]byte("TeeRollup/DA/Nonce"), seed[:], sk, digest[:], []byte{byte(j)}))
		if k.IsZero() {
			return nil, fmt.Errorf("%w: zero nonce scalar", ErrNonce)
		}
		var p secp256k1.JacobianPoint
		secp256k1.ScalarBaseMultNonConst(k, &p)
		copy(n.pub[33*j:], affine(&p).SerializeCompressed())
	}
	return n, nil
}

func parsePubNonce(p PubNonce) (r1, r2 secp256k1.JacobianPoint, err error) {
	a, err := secp256k1.ParsePubKey(p[:33])
	if err != nil {
		return r1, r2, fmt.Errorf("%w: R1: %v", ErrNonce, err)
	}
	b, err := secp256k1.ParsePubKey(p[33:])
	if err != nil {
		return r1, r2, fmt.Errorf("%w: R2: %v", ErrNonce, err)
	}
	return jacobian(a), jacobian(b), nil
}

// AggregateNonces sums the subset's public nonces (in any order). A
// malformed nonce is a *SignerError naming its position in pubs.
func AggregateNonces(pubs []PubNonce) (AggNonce, error) {
	var out AggNonce
	var s1, s2 secp256k1.JacobianPoint
	for i, p := range pubs {
		r1, r2, err := parsePubNonce(p)
		if err != nil {
			return out, &SignerError{Index: i, Err: err}
		}
		secp256k1.AddNonConst(&s1, &r1, &s1)
		secp256k1.AddNonConst(&s2, &r2, &s2)
	}
	copy(out[:33], compressed(&s1))
	copy(out[33:], compressed(&s2))
	return out, nil
}

func parseAggHalf(b []byte) (secp256k1.JacobianPoint, error) {
	var p secp256k1.JacobianPoint
	if allZero(b) {
		return p, nil // infinity
	}
	k, err := secp256k1.ParsePubKey(b)
	if err != nil {
		return p, fmt.Errorf("%w: aggregate nonce: %v", ErrNonce, err)
	}
	return jacobian(k), nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// session is what both the signers and the aggregator derive for one
// (subset, aggregate nonce, digest).
type session struct {
	sub *Subset
	b   secp256k1.ModNScalar
	r   common.Address
	e   secp256k1.ModNScalar
}

func (s *Set) session(bitmap uint64, agg AggNonce, digest common.Hash) (*session, error) {
	sub, err := s.Subset(bitmap)
	if err != nil {
		return nil, err
	}
	r1, err := parseAggHalf(agg[:33])
	if err != nil {
		return nil, err
	}
	r2, err := parseAggHalf(agg[33:])
	if err != nil {
		return nil, err
	}
	ax := sub.Ax()
	par := sub.Parity()
	b := scalarFromHash(crypto.Keccak256([]byte(nonceCoefTg), ax[:], []byte{par}, agg[:], digest[:]))
	var bR2, r secp256k1.JacobianPoint
	secp256k1.ScalarMultNonConst(&b, &r2, &bR2)
	secp256k1.AddNonConst(&r1, &bR2, &r)
	if isInfinity(&r) {
		return nil, ErrDegenerateNonce
	}
	ses := &session{sub: sub, b: b, r: pointAddress(&r)}
	ses.e = Challenge(ses.r, par, ax, digest)
	if ses.e.IsZero() {
		return nil, ErrDegenerateNonce // e = 0 cannot pass ecrecover; ~2^-256
	}
	return ses, nil
}

// position is member i's index within the subset's members.
func (ses *session) position(i int) (int, bool) {
	for j, m := range ses.sub.Members {
		if m == i {
			return j, true
		}
	}
	return 0, false
}

// Sign is round 2 for member i of the set holding key: its partial
// signature for the subset bitmap under the aggregate nonce agg. It
// destroys the nonce first, whatever happens next, so a nonce never signs
// twice (two signatures with one nonce under different b or e reveal the
// key). The nonce must have been drawn for this digest and i must be in
// the subset.
func (n *SecNonce) Sign(s *Set, key *secp256k1.PrivateKey, i int, bitmap uint64, agg AggNonce, digest common.Hash) (Partial, error) {
	var out Partial
	if n.used {
		return out, fmt.Errorf("%w: nonce already used", ErrNonce)
	}
	k1, k2 := n.k1, n.k2
	n.used = true
	n.k1.Zero()
	n.k2.Zero()
	if n.digest != digest {
		return out, fmt.Errorf("%w: nonce drawn for digest %s, asked to sign %s", ErrNonce, n.digest, digest)
	}
	if i < 0 || i >= s.Len() || !key.PubKey().IsEqual(s.Key(i)) {
		return out, fmt.Errorf("%w: key is not member %d", ErrSet, i)
	}
	ses, err := s.session(bitmap, agg, digest)
	if err != nil {
		return out, err
	}
	j, ok := ses.position(i)
	if !ok {
		return out, fmt.Errorf("%w: member %d is not in subset %#x", ErrNotSubset, i, bitmap)
	}
	// s_i = k1 + b·k2 + e·a_i·x_i
	var si, t secp256k1.ModNScalar
	si.Set(&k2).Mul(&ses.b).Add(&k1)
	t.Set(&ses.e).Mul(&ses.sub.Coef[j]).Mul(&key.Key)
	si.Add(&t)
	si.PutBytes((*[32]byte)(&out))
	return out, nil
}

// VerifyPartial checks member i's partial signature: s_i·G == R1_i +
// b·R2_i + e·a_i·P_i. A failure is a *SignerError naming i, so the
// aggregator can retry without that DAP.
func (s *Set) VerifyPartial(bitmap uint64, agg AggNonce, digest common.Hash, i int, pub PubNonce, part Partial) error {
	fail := func(err error) error { return &SignerError{Index: i, Err: err} }
	ses, err := s.session(bitmap, agg, digest)
	if err != nil {
		return err
	}
	j, ok := ses.position(i)
	if !ok {
		return fail(fmt.Errorf("%w: member %d is not in subset %#x", ErrNotSubset, i, bitmap))
	}
	r1, r2, err := parsePubNonce(pub)
	if err != nil {
		return fail(err)
	}
	var si secp256k1.ModNScalar
	if si.SetBytes((*[32]byte)(&part)) != 0 {
		return fail(fmt.Errorf("%w: s_i >= n", ErrPartial))
	}
	var lhs, bR2, rhs, eaP secp256k1.JacobianPoint
	secp256k1.ScalarBaseMultNonConst(&si, &lhs)
	secp256k1.ScalarMultNonConst(&ses.b, &r2, &bR2)
	secp256k1.AddNonConst(&r1, &bR2, &rhs)
	var ea secp256k1.ModNScalar
	ea.Set(&ses.e).Mul(&ses.sub.Coef[j])
	p := jacobian(s.Key(i))
	secp256k1.ScalarMultNonConst(&ea, &p, &eaP)
	secp256k1.AddNonConst(&rhs, &eaP, &rhs)
	lhs.ToAffine()
	rhs.ToAffine()
	if isInfinity(&lhs) || isInfinity(&rhs) || !lhs.X.Equals(&rhs.X) || !lhs.Y.Equals(&rhs.Y) {
		return fail(fmt.Errorf("%w: member %d", ErrPartial, i))
	}
	return nil
}

// Aggregate sums the subset's partial signatures (parts[j] from the j-th
// member of the subset in set order) into a certificate and verifies it.
// Call VerifyPartial on each first to name a faulty signer.
func (s *Set) Aggregate(bitmap uint64, agg AggNonce, digest common.Hash, parts []Partial) (*Cert, error) {
	c, err := s.Combine(bitmap, agg, digest, parts)
	if err != nil {
		return nil, err
	}
	if err := s.Verify(c, digest); err != nil {
		return nil, err
	}
	return c, nil
}

// Combine is Aggregate without the final verification: the certificate
// the partial signatures give, valid or not (tests use it to submit what a
// cheating aggregator would).
func (s *Set) Combine(bitmap uint64, agg AggNonce, digest common.Hash, parts []Partial) (*Cert, error) {
	ses, err := s.session(bitmap, agg, digest)
	if err != nil {
		return nil, err
	}
	if len(parts) != len(ses.sub.Members) {
		return nil, fmt.Errorf("%w: %d partial signatures for %d signers", ErrPartial, len(parts), len(ses.sub.Members))
	}
	var sum secp256k1.ModNScalar
	for j, p := range parts {
		var si secp256k1.ModNScalar
		if si.SetBytes((*[32]byte)(&p)) != 0 {
			return nil, &SignerError{Index: ses.sub.Members[j], Err: fmt.Errorf("%w: s_i >= n", ErrPartial)}
		}
		sum.Add(&si)
	}
	proof, err := s.SubsetProof(bitmap)
	if err != nil {
		return nil, err
	}
	c := &Cert{Bitmap: bitmap, Ax: ses.sub.Ax(), Parity: ses.sub.Parity(), R: ses.r, Proof: proof}
	sum.PutBytes(&c.S)
	return c, nil
}

// SignLocal runs both rounds for the subset bitmap with every signer's key
// in this process (keys[i] is member i's; others may be nil). For tests and
// devnets: real DAPs sign on their own hosts (dap.Certifier).
func (s *Set) SignLocal(rand io.Reader, keys []*secp256k1.PrivateKey, bitmap uint64, digest common.Hash) (*Cert, error) {
	sub, err := s.Subset(bitmap)
	if err != nil {
		return nil, err
	}
	secs := make([]*SecNonce, len(sub.Members))
	pubs := make([]PubNonce, len(sub.Members))
	for j, i := range sub.Members {
		if i >= len(keys) || keys[i] == nil {
			return nil, &SignerError{Index: i, Err: fmt.Errorf("%w: no key", ErrSet)}
		}
		if secs[j], err = NewNonce(rand, keys[i], digest); err != nil {
			return nil, err
		}
		pubs[j] = secs[j].Pub()
	}
	agg, err := AggregateNonces(pubs)
	if err != nil {
		return nil, err
	}
	parts := make([]Partial, len(sub.Members))
	for j, i := range sub.Members {
		if parts[j], err = secs[j].Sign(s, keys[i], i, bitmap, agg, digest); err != nil {
			return nil, err
		}
		if err := s.VerifyPartial(bitmap, agg, digest, i, pubs[j], parts[j]); err != nil {
			return nil, err
		}
	}
	return s.Aggregate(bitmap, agg, digest, parts)
}
