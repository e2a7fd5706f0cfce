package dacert

import (
	"bytes"
	"fmt"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxMembers is the most DAPs in a set: the width of the uint64 bitmap.
const MaxMembers = 64

// MaxSubsets bounds C(n, t), the number of leaves (and of aggregate keys
// every node computes when it loads a set): 4,096 keeps loading a set
// under a few seconds and a proof at 13 hashes.
const MaxSubsets = 4096

// Subset is one signing subset S of a set: its bitmap (bit i: member i),
// its aggregate key A_S = Σ a_i·P_i and each member's MuSig
// key-aggregation coefficient a_i = H(L_S, P_i).
type Subset struct {
	Bitmap uint64
	Key    *secp256k1.PublicKey
	// Coef[j] is the coefficient of the j-th member of S in set order.
	Coef []secp256k1.ModNScalar
	// Members are S's member indices in set order.
	Members []int
}

// Ax is the x-coordinate of the aggregate key (below n: NewSet refuses
// sets where it is not).
func (s *Subset) Ax() [32]byte {
	x := s.Key.X()
	var b [32]byte
	x.FillBytes(b[:])
	return b
}

// Parity is 1 if the aggregate key's y is odd, else 0.
func (s *Subset) Parity() byte {
	if s.Key.Y().Bit(0) == 1 {
		return 1
	}
	return 0
}

// Leaf is keccak256(bitmap(8, big-endian) ‖ Ax(32) ‖ parity(1)): 41 bytes,
// so no leaf preimage is ever a 64-byte inner node or the members leaf
// (2 + 20n bytes).
func (s *Subset) Leaf() common.Hash { return SubsetLeaf(s.Bitmap, s.Ax(), s.Parity()) }

// SubsetLeaf is Subset.Leaf from its parts.
func SubsetLeaf(bitmap uint64, ax [32]byte, parity byte) common.Hash {
	var b [41]byte
	putUint64(b[:8], bitmap)
	copy(b[8:40], ax[:])
	b[40] = parity
	return crypto.Keccak256Hash(b[:])
}

func putUint64(b []byte, v uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

// Set is a DA set: ordered DAP keys (strictly ascending by address, so the
// order, and with it the root, is canonical) and a threshold t. Its Root
// commits to every t-subset's aggregate key and to the members' addresses;
// the TSC checks certificates against it through configHash.
//
// A Set is immutable once built and safe for concurrent use.
type Set struct {
	threshold int
	keys      []*secp256k1.PublicKey
	addrs     []common.Address
	subsets   []Subset
	index     map[uint64]int
	levels    [][]common.Hash // levels[0]: the leaves, padded to a power of two
}

// Binomial returns C(n, k), or ok = false if it exceeds MaxSubsets.
func Binomial(n, k int) (c int, ok bool) {
	if k < 0 || k > n {
		return 0, true
	}
	c = 1
	for i := 1; i <= k; i++ {
		c = c * (n - k + i) / i
		if c > MaxSubsets {
			return c, false
		}
	}
	return c, true
}

// NewSet builds the set of keys with threshold t. Keys must be distinct
// and strictly ascending by address; every t-subset's aggregate key must
// have 0 < Ax < n (otherwise ErrDegenerateKey: ecrecover takes Ax as its
// r, which must be a valid scalar; probability ~2^-128 per subset for
// honest keys, and governance then picks other keys).
func NewSet(t int, keys []*secp256k1.PublicKey) (*Set, error) {
	n := len(keys)
	if n == 0 || n > MaxMembers {
		return nil, fmt.Errorf("%w: %d members, want 1..%d", ErrSet, n, MaxMembers)
	}
	if t < 1 || t > n {
		return nil, fmt.Errorf("%w: threshold %d of %d", ErrSet, t, n)
	}
	if c, ok := Binomial(n, t); !ok {
		return nil, fmt.Errorf("%w: C(%d,%d) = %d subsets exceeds %d", ErrSet, n, t, c, MaxSubsets)
	}
	s := &Set{threshold: t, keys: make([]*secp256k1.PublicKey, n), addrs: make([]common.Address, n), index: map[uint64]int{}}
	for i, k := range keys {
		if k == nil || !k.IsOnCurve() {
			return nil, fmt.Errorf("%w: key %d is not a curve point", ErrSet, i)
		}
		s.keys[i] = k
		s.addrs[i] = Address(k)
		if i > 0 && bytes.Compare(s.addrs[i][:], s.addrs[i-1][:]) <= 0 {
			return nil, fmt.Errorf("%w: member %d (%s) not above member %d by address", ErrSet, i, s.addrs[i], i-1)
		}
	}
	// t-subsets in ascending bitmap order (Gosper's hack).
	top := maskTop(n, t)
	for m := uint64(1)<<t - 1; ; {
		sub, err := s.aggregate(m)
		if err != nil {
			return nil, err
		}
		s.index[m] = len(s.subsets)
		s.subsets = append(s.subsets, *sub)
		if m == top {
			break
		}
		// Next bitmap with t bits (Gosper's hack); no overflow below top.
		c := m & -m
		r := m + c
		m = (((r ^ m) >> 2) / c) | r
	}
	leaves := make([]common.Hash, 0, len(s.subsets)+1)
	for i := range s.subsets {
		leaves = append(leaves, s.subsets[i].Leaf())
	}
	leaves = append(leaves, MembersLeaf(t, s.addrs))
	s.levels = buildTree(leaves)
	return s, nil
}

// maskTop is the largest t-subset bitmap of n members.
func maskTop(n, t int) uint64 {
	if t == 64 {
		return ^uint64(0)
	}
	return (uint64(1)<<t - 1) << (n - t)
}

// aggregate computes S's MuSig key aggregation: L = keccak256(P_i ‖ ...)
// over S's compressed keys in set order, a_i = keccak256(tag ‖ L ‖ P_i)
// mod n, A = Σ a_i·P_i. The coefficients make a rogue key (one chosen as
// a function of the others) useless: A is a random-oracle-weighted sum
// nobody controls without knowing every discrete log (MuSig, Maxwell et
// al. 2019; no proofs of possession needed).
func (s *Set) aggregate(bitmap uint64) (*Subset, error) {
	sub := &Subset{Bitmap: bitmap}
	var l []byte
	for i := range s.keys {
		if bitmap>>i&1 == 1 {
			sub.Members = append(sub.Members, i)
			l = append(l, s.keys[i].SerializeCompressed()...)
		}
	}
	L := crypto.Keccak256(l)
	var acc secp256k1.JacobianPoint
	for _, i := range sub.Members {
		pk := s.keys[i].SerializeCompressed()
		a := scalarFromHash(crypto.Keccak256([]byte(keyAggTag), L, pk))
		sub.Coef = append(sub.Coef, a)
		p := jacobian(s.keys[i])
		var q secp256k1.JacobianPoint
		secp256k1.ScalarMultNonConst(&a, &p, &q)
		secp256k1.AddNonConst(&acc, &q, &acc)
	}
	if isInfinity(&acc) {
		return nil, fmt.Errorf("%w: subset %#x aggregates to infinity", ErrDegenerateKey, bitmap)
	}
	sub.Key = affine(&acc)
	x := sub.Key.X()
	if x.Sign() == 0 || x.Cmp(secp256k1.S256().N) >= 0 {
		return nil, fmt.Errorf("%w: subset %#x has Ax >= n", ErrDegenerateKey, bitmap)
	}
	return sub, nil
}

const (
	keyAggTag   = "TeeRollup/DA/KeyAgg"
	nonceCoefTg = "TeeRollup/DA/NonceCoef"
)

// MembersLeaf is keccak256(n(1) ‖ t(1) ‖ address(20) × n): the leaf that
// binds a set's member addresses to its root, so the penalty game can map
// a certificate's bitmap to DAP registrations.
func MembersLeaf(t int, addrs []common.Address) common.Hash {
	b := make([]byte, 2, 2+20*len(addrs))
	b[0], b[1] = byte(len(addrs)), byte(t)
	for _, a := range addrs {
		b = append(b, a[:]...)
	}
	return crypto.Keccak256Hash(b)
}

// hashPair is the inner node: keccak256(min ‖ max) (sorted, so a proof
// needs no position bits).
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

func buildTree(leaves []common.Hash) [][]common.Hash {
	w := 1
	for w < len(leaves) {
		w *= 2
	}
	lv := make([]common.Hash, w) // padding: zero hashes, never a keccak output
	copy(lv, leaves)
	levels := [][]common.Hash{lv}
	for len(lv) > 1 {
		next := make([]common.Hash, len(lv)/2)
		for i := range next {
			next[i] = hashPair(lv[2*i], lv[2*i+1])
		}
		levels = append(levels, next)
		lv = next
	}
	return levels
}

func (s *Set) proof(i int) []common.Hash {
	var p []common.Hash
	for _, lv := range s.levels[:len(s.levels)-1] {
		p = append(p, lv[i^1])
		i /= 2
	}
	return p
}

// ProcessProof folds a leaf up a sorted-pair Merkle proof (what the TSC
// computes from a certificate).
func ProcessProof(leaf common.Hash, proof []common.Hash) common.Hash {
	for _, p := range proof {
		leaf = hashPair(leaf, p)
	}
	return leaf
}

// Root is the set's root, what governance installs and configHash folds in.
func (s *Set) Root() common.Hash { return s.levels[len(s.levels)-1][0] }

// Threshold is t.
func (s *Set) Threshold() int { return s.threshold }

// Len is n.
func (s *Set) Len() int { return len(s.keys) }

// Key is member i's public key.
func (s *Set) Key(i int) *secp256k1.PublicKey { return s.keys[i] }

// Addresses are the members' addresses in set order (a copy).
func (s *Set) Addresses() []common.Address { return append([]common.Address(nil), s.addrs...) }

// Index is the position of the member with address a.
func (s *Set) Index(a common.Address) (int, bool) {
	for i, m := range s.addrs {
		if m == a {
			return i, true
		}
	}
	return 0, false
}

// Subset returns the signing subset with this bitmap (ErrNotSubset if it
// is not a t-subset of the set).
func (s *Set) Subset(bitmap uint64) (*Subset, error) {
	i, ok := s.index[bitmap]
	if !ok {
		return nil, fmt.Errorf("%w: %#x (threshold %d of %d)", ErrNotSubset, bitmap, s.threshold, len(s.keys))
	}
	return &s.subsets[i], nil
}

// SubsetProof is the Merkle proof of S's leaf.
func (s *Set) SubsetProof(bitmap uint64) ([]common.Hash, error) {
	i, ok := s.index[bitmap]
	if !ok {
		return nil, fmt.Errorf("%w: %#x", ErrNotSubset, bitmap)
	}
	return s.proof(i), nil
}

// MembersProof is the Merkle proof of the members leaf (the last leaf).
func (s *Set) MembersProof() []common.Hash { return s.proof(len(s.subsets)) }

// EncodeMembers is n(1) ‖ t(1) ‖ address(20) × n, the members leaf's
// preimage (DataAvailability.requestChunkDA takes it).
func (s *Set) EncodeMembers() []byte {
	b := make([]byte, 2, 2+20*len(s.addrs))
	b[0], b[1] = byte(len(s.addrs)), byte(s.threshold)
	for _, a := range s.addrs {
		b = append(b, a[:]...)
	}
	return b
}

// Encode is the set as governance installs it (Manager.setDataAvailability):
// n(1) ‖ t(1) ‖ root(32) ‖ compressed key(33) × n. The Manager cannot add
// curve points cheaply, so it takes the root as given; every node and DAP
// recomputes it from the keys (DecodeSet) and refuses a mismatch. Trust:
// governance is timelocked, so a bad root is visible before it applies.
func (s *Set) Encode() []byte {
	b := make([]byte, 0, 34+33*len(s.keys))
	b = append(b, byte(len(s.keys)), byte(s.threshold))
	r := s.Root()
	b = append(b, r[:]...)
	for _, k := range s.keys {
		b = append(b, k.SerializeCompressed()...)
	}
	return b
}

// DecodeSet parses Encode's form strictly and rebuilds the set; it returns
// ErrRootMismatch if the claimed root is not the keys' root.
func DecodeSet(b []byte) (*Set, error) {
	if len(b) < 34 {
		return nil, fmt.Errorf("%w: %d bytes", ErrSet, len(b))
	}
	n, t := int(b[0]), int(b[1])
	if n == 0 || n > MaxMembers || len(b) != 34+33*n {
		return nil, fmt.Errorf("%w: %d bytes for %d members", ErrSet, len(b), n)
	}
	if t < 1 || t > n {
		return nil, fmt.Errorf("%w: threshold %d of %d", ErrSet, t, n)
	}
	if c, ok := Binomial(n, t); !ok {
		return nil, fmt.Errorf("%w: C(%d,%d) = %d subsets exceeds %d", ErrSet, n, t, c, MaxSubsets)
	}
	keys := make([]*secp256k1.PublicKey, n)
	for i := range n {
		k, err := secp256k1.ParsePubKey(b[34+33*i : 34+33*(i+1)])
		if err != nil || len(b[34+33*i:34+33*(i+1)]) != 33 {
			return nil, fmt.Errorf("%w: key %d: %v", ErrSet, i, err)
		}
		keys[i] = k
	}
	s, err := NewSet(t, keys)
	if err != nil {
		return nil, err
	}
	if got := common.BytesToHash(b[2:34]); got != s.Root() {
		return nil, fmt.Errorf("%w: claimed %s, keys give %s", ErrRootMismatch, got, s.Root())
	}
	return s, nil
}
