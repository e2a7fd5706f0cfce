package quorum_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

// signer is a test member's keys.
type signer struct {
	ecdsa *ecdsa.PrivateKey
	addr  common.Address
	bls   *quorum.BLSSecretKey
	pk    *quorum.BLSPublicKey
}

const poolSize = 64

var (
	poolOnce sync.Once
	pool     []signer
)

// keyPool returns poolSize deterministic signers (ECDSA and BLS keys).
func keyPool() []signer {
	poolOnce.Do(func() {
		pool = make([]signer, poolSize)
		for i := range pool {
			seed := crypto.Keccak256([]byte(fmt.Sprintf("quorum-test/key/%d", i)))
			k, err := crypto.ToECDSA(seed)
			if err != nil {
				panic(err)
			}
			var s [32]byte
			copy(s[:], seed)
			bk, err := quorum.GenerateBLSKey(rand.NewChaCha8(s))
			if err != nil {
				panic(err)
			}
			pool[i] = signer{ecdsa: k, addr: crypto.PubkeyToAddress(k.PublicKey), bls: bk, pk: bk.PublicKey()}
		}
	})
	return pool
}

// spec describes a test member: a pool key, its kind and weight.
type spec struct {
	key    int
	kind   attest.Kind
	weight uint64
}

// build returns the committee of the given members (sorted by address) and
// the signers in committee order. withBLS adds BLS keys and proofs of
// possession.
func build(tb testing.TB, specs []spec, withBLS bool) (*quorum.Committee, []signer) {
	tb.Helper()
	keys := keyPool()
	type pair struct {
		m quorum.Member
		s signer
	}
	ps := make([]pair, len(specs))
	for i, sp := range specs {
		s := keys[sp.key]
		m := quorum.Member{Addr: s.addr, Kind: sp.kind, Weight: sp.weight}
		if withBLS {
			pk := *s.pk
			m.BLS = &pk
			pop, err := s.bls.ProvePossession(s.addr)
			if err != nil {
				tb.Fatal(err)
			}
			m.PoP = &pop
		}
		ps[i] = pair{m, s}
	}
	slices.SortFunc(ps, func(a, b pair) int { return bytes.Compare(a.m.Addr[:], b.m.Addr[:]) })
	c := &quorum.Committee{}
	var ss []signer
	for _, p := range ps {
		c.Members = append(c.Members, p.m)
		ss = append(ss, p.s)
	}
	if err := c.Validate(); err != nil {
		tb.Fatalf("build: %v", err)
	}
	return c, ss
}

// paperSpecs is an n-member 1:2:2 SGX/TDX/CSV committee using pool keys
// 0..n-1 with weight 1.
func paperSpecs(n int) []spec {
	split, err := quorum.SplitByRatio(n, quorum.PaperRatio)
	if err != nil {
		panic(err)
	}
	var out []spec
	for j, k := range quorum.PaperKinds {
		for range split[j] {
			out = append(out, spec{key: len(out), kind: k, weight: 1})
		}
	}
	return out
}

var testDomain = quorum.Domain{ChainID: big.NewInt(1337), Verifier: common.HexToAddress("0x00000000000000000000000000000000000c0de1")}

// ecdsaQC signs headerHash by the given committee indices.
func ecdsaQC(tb testing.TB, c *quorum.Committee, ss []signer, d quorum.Domain, header common.Hash, idx []int) *quorum.ECDSAQC {
	tb.Helper()
	q := &quorum.ECDSAQC{N: c.Len()}
	slices.Sort(idx)
	for _, i := range idx {
		v, err := quorum.SignVote(quorum.KeySigner(ss[i].ecdsa), d, header)
		if err != nil {
			tb.Fatal(err)
		}
		q.Signers.Add(i)
		q.Sigs = append(q.Sigs, v.Sig)
	}
	return q
}

// blsQC signs headerHash by the given committee indices and aggregates
// without per-vote checks (fast; AggregateBLS checks each vote).
func blsQC(tb testing.TB, c *quorum.Committee, ss []signer, d quorum.Domain, header common.Hash, idx []int) *quorum.BLSQC {
	tb.Helper()
	q := &quorum.BLSQC{N: c.Len()}
	var sigs []quorum.BLSSignature
	var keys []quorum.G2Point
	digest := quorum.VoteDigest(d, header)
	for _, i := range idx {
		s, err := ss[i].bls.Sign(digest)
		if err != nil {
			tb.Fatal(err)
		}
		q.Signers.Add(i)
		sigs = append(sigs, s)
		keys = append(keys, ss[i].pk.G2)
	}
	var err error
	if q.Sig, err = quorum.AggregateSignatures(sigs...); err != nil {
		tb.Fatal(err)
	}
	if q.APK, err = quorum.AggregatePublicKeys(keys...); err != nil {
		tb.Fatal(err)
	}
	return q
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
