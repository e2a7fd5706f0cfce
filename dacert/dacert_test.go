package dacert

import (
	"bytes"
	"crypto/rand"
	"errors"
	"math/big"
	"sort"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testKeys returns n private keys sorted by address, deterministically.
func testKeys(tb testing.TB, n int, seed byte) []*secp256k1.PrivateKey {
	tb.Helper()
	keys := make([]*secp256k1.PrivateKey, n)
	for i := range keys {
		keys[i] = secp256k1.PrivKeyFromBytes(crypto.Keccak256([]byte{seed, byte(i)}))
	}
	sort.Slice(keys, func(a, b int) bool {
		x, y := Address(keys[a].PubKey()), Address(keys[b].PubKey())
		return bytes.Compare(x[:], y[:]) < 0
	})
	return keys
}

func pubs(keys []*secp256k1.PrivateKey) []*secp256k1.PublicKey {
	out := make([]*secp256k1.PublicKey, len(keys))
	for i, k := range keys {
		out[i] = k.PubKey()
	}
	return out
}

// sign runs both MuSig2 rounds for the members in bitmap.
func sign(tb testing.TB, s *Set, keys []*secp256k1.PrivateKey, bitmap uint64, digest common.Hash) *Cert {
	tb.Helper()
	sub, err := s.Subset(bitmap)
	if err != nil {
		tb.Fatal(err)
	}
	var secs []*SecNonce
	var ps []PubNonce
	for _, i := range sub.Members {
		n, err := NewNonce(rand.Reader, keys[i], digest)
		if err != nil {
			tb.Fatal(err)
		}
		secs = append(secs, n)
		ps = append(ps, n.Pub())
	}
	agg, err := AggregateNonces(ps)
	if err != nil {
		tb.Fatal(err)
	}
	var parts []Partial
	for j, i := range sub.Members {
		p, err := secs[j].Sign(s, keys[i], i, bitmap, agg, digest)
		if err != nil {
			tb.Fatal(err)
		}
		if err := s.VerifyPartial(bitmap, agg, digest, i, ps[j], p); err != nil {
			tb.Fatal(err)
		}
		parts = append(parts, p)
	}
	c, err := s.Aggregate(bitmap, agg, digest, parts)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestSignVerifyEverySubset(t *testing.T) {
	for _, tc := range []struct{ n, t int }{{1, 1}, {3, 2}, {4, 3}, {5, 3}, {3, 3}} {
		keys := testKeys(t, tc.n, byte(tc.n*10+tc.t))
		s, err := NewSet(tc.t, pubs(keys))
		if err != nil {
			t.Fatal(err)
		}
		c, _ := Binomial(tc.n, tc.t)
		if len(s.subsets) != c {
			t.Fatalf("%d-of-%d: %d subsets, want %d", tc.t, tc.n, len(s.subsets), c)
		}
		digest := crypto.Keccak256Hash([]byte("d"))
		for _, sub := range s.subsets {
			cert := sign(t, s, keys, sub.Bitmap, digest)
			if err := s.Verify(cert, digest); err != nil {
				t.Fatalf("%d-of-%d subset %#x: %v", tc.t, tc.n, sub.Bitmap, err)
			}
			dec, err := DecodeCert(cert.Encode())
			if err != nil || dec.Verify(s.Root(), digest) != nil {
				t.Fatalf("round trip: %v", err)
			}
		}
		if ProcessProof(MembersLeaf(tc.t, s.Addresses()), s.MembersProof()) != s.Root() {
			t.Fatal("members leaf not under the root")
		}
	}
}

// TestCorruptedCertRefused: another digest (height/data root), another
// subset's bitmap, a forged s, a zero R and a wrong root all fail.
func TestCorruptedCertRefused(t *testing.T) {
	keys := testKeys(t, 3, 1)
	s, err := NewSet(2, pubs(keys))
	if err != nil {
		t.Fatal(err)
	}
	digest := crypto.Keccak256Hash([]byte("h=1"))
	c := sign(t, s, keys, 0b011, digest)
	other := sign(t, s, keys, 0b101, digest)
	cases := map[string]func(c *Cert) common.Hash{
		"other digest": func(c *Cert) common.Hash { return crypto.Keccak256Hash([]byte("h=2")) },
		"other subset": func(c *Cert) common.Hash {
			c.Bitmap, c.Ax, c.Parity, c.Proof = other.Bitmap, other.Ax, other.Parity, other.Proof
			return digest
		},
		"forged s": func(c *Cert) common.Hash { c.S[31] ^= 1; return digest },
		"s + n": func(c *Cert) common.Hash {
			v := new(big.Int).Add(new(big.Int).SetBytes(c.S[:]), curveN)
			if v.BitLen() <= 256 {
				v.FillBytes(c.S[:])
			} else {
				c.S = [32]byte{0xff}
			}
			return digest
		},
		"zero R":      func(c *Cert) common.Hash { c.R = common.Address{}; return digest },
		"other R":     func(c *Cert) common.Hash { c.R = other.R; return digest },
		"bad parity":  func(c *Cert) common.Hash { c.Parity ^= 1; return digest },
		"short proof": func(c *Cert) common.Hash { c.Proof = c.Proof[:1]; return digest },
	}
	for name, mutate := range cases {
		cc := *c
		cc.Proof = append([]common.Hash(nil), c.Proof...)
		d := mutate(&cc)
		if err := s.Verify(&cc, d); !errors.Is(err, ErrCert) {
			t.Errorf("%s: err = %v, want ErrCert", name, err)
		}
	}
}

func TestNonceReuseRefused(t *testing.T) {
	keys := testKeys(t, 3, 2)
	s, _ := NewSet(2, pubs(keys))
	digest := crypto.Keccak256Hash([]byte("x"))
	n0, _ := NewNonce(rand.Reader, keys[0], digest)
	n1, _ := NewNonce(rand.Reader, keys[1], digest)
	agg, _ := AggregateNonces([]PubNonce{n0.Pub(), n1.Pub()})
	if _, err := n0.Sign(s, keys[0], 0, 0b011, agg, digest); err != nil {
		t.Fatal(err)
	}
	// A second signature under another aggregate nonce would reveal the key.
	n2, _ := NewNonce(rand.Reader, keys[2], digest)
	agg2, _ := AggregateNonces([]PubNonce{n0.Pub(), n2.Pub()})
	if _, err := n0.Sign(s, keys[0], 0, 0b101, agg2, digest); !errors.Is(err, ErrNonce) {
		t.Fatalf("reuse: err = %v, want ErrNonce", err)
	}
	// A nonce drawn for one digest does not sign another.
	n3, _ := NewNonce(rand.Reader, keys[1], digest)
	if _, err := n3.Sign(s, keys[1], 1, 0b011, agg, crypto.Keccak256Hash([]byte("y"))); !errors.Is(err, ErrNonce) {
		t.Fatalf("other digest: err = %v, want ErrNonce", err)
	}
}

func TestFaultyPartialNamed(t *testing.T) {
	keys := testKeys(t, 3, 3)
	s, _ := NewSet(2, pubs(keys))
	digest := crypto.Keccak256Hash([]byte("x"))
	n0, _ := NewNonce(rand.Reader, keys[0], digest)
	n2, _ := NewNonce(rand.Reader, keys[2], digest)
	agg, _ := AggregateNonces([]PubNonce{n0.Pub(), n2.Pub()})
	p2, _ := n2.Sign(s, keys[2], 2, 0b101, agg, digest)
	p2[5] ^= 1
	var se *SignerError
	if err := s.VerifyPartial(0b101, agg, digest, 2, n2.Pub(), p2); !errors.As(err, &se) || se.Index != 2 || !errors.Is(err, ErrPartial) {
		t.Fatalf("err = %v, want SignerError{2, ErrPartial}", err)
	}
}

// TestRogueKeyCannotSignAlone: an attacker who picks its key as
// P_r = x·G − P_h (knowing x, not P_h's key) would control the plain sum
// P_h + P_r = x·G and sign for {h, r} alone. With MuSig coefficients the
// subset's key is a_h·P_h + a_r·P_r, and a signature with x does not
// verify.
func TestRogueKeyCannotSignAlone(t *testing.T) {
	honest := testKeys(t, 1, 4)[0]
	x := secp256k1.PrivKeyFromBytes(crypto.Keccak256([]byte("attacker")))
	var xG, negH, rogue secp256k1.JacobianPoint
	x.PubKey().AsJacobian(&xG)
	honest.PubKey().AsJacobian(&negH)
	negH.Y.Normalize()
	negH.Y.Negate(1).Normalize()
	secp256k1.AddNonConst(&xG, &negH, &rogue)
	rk := affine(&rogue)
	keys := []*secp256k1.PublicKey{honest.PubKey(), rk}
	if a, b := Address(keys[0]), Address(keys[1]); bytes.Compare(a[:], b[:]) > 0 {
		keys[0], keys[1] = keys[1], keys[0]
	}
	s, err := NewSet(2, keys)
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := s.Subset(0b11)
	// Without the defence (plain sum) the attacker owns the key.
	var plain secp256k1.JacobianPoint
	k0, k1 := jacobian(keys[0]), jacobian(keys[1])
	secp256k1.AddNonConst(&k0, &k1, &plain)
	if !affine(&plain).IsEqual(x.PubKey()) {
		t.Fatal("setup: plain sum is not x·G")
	}
	if sub.Key.IsEqual(x.PubKey()) {
		t.Fatal("aggregate key is the attacker's")
	}
	// The attacker signs alone, as if A_S = x·G: plain Schnorr with x.
	digest := crypto.Keccak256Hash([]byte("withheld"))
	k := secp256k1.PrivKeyFromBytes(crypto.Keccak256([]byte("k")))
	var R secp256k1.JacobianPoint
	secp256k1.ScalarBaseMultNonConst(&k.Key, &R)
	proof, _ := s.SubsetProof(0b11)
	c := &Cert{Bitmap: 0b11, Ax: sub.Ax(), Parity: sub.Parity(), R: pointAddress(&R), Proof: proof}
	e := Challenge(c.R, c.Parity, c.Ax, digest)
	var sc secp256k1.ModNScalar
	sc.Set(&e).Mul(&x.Key).Add(&k.Key)
	sc.PutBytes(&c.S)
	if err := s.Verify(c, digest); !errors.Is(err, ErrCert) {
		t.Fatalf("rogue signature: err = %v, want ErrCert", err)
	}
}

func TestSetEncodingAndRoot(t *testing.T) {
	keys := testKeys(t, 4, 5)
	s, err := NewSet(2, pubs(keys))
	if err != nil {
		t.Fatal(err)
	}
	d, err := DecodeSet(s.Encode())
	if err != nil || d.Root() != s.Root() {
		t.Fatalf("round trip: %v", err)
	}
	bad := s.Encode()
	bad[5] ^= 1
	if _, err := DecodeSet(bad); !errors.Is(err, ErrRootMismatch) {
		t.Fatalf("tampered root: %v", err)
	}
	// Unsorted keys, bad thresholds.
	p := pubs(keys)
	p[0], p[1] = p[1], p[0]
	if _, err := NewSet(2, p); !errors.Is(err, ErrSet) {
		t.Fatalf("unsorted: %v", err)
	}
	if _, err := NewSet(0, pubs(keys)); !errors.Is(err, ErrSet) {
		t.Fatalf("t=0: %v", err)
	}
	if _, err := NewSet(32, pubs(testKeys(t, 64, 6))); !errors.Is(err, ErrSet) {
		t.Fatalf("C(64,32): %v", err)
	}
}
