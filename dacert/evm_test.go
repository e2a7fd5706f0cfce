package dacert_test

import (
	"bytes"
	"crypto/rand"
	mrand "math/rand/v2"
	"sort"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dacert"
)

func sortedKeys(n int, seed string) []*secp256k1.PrivateKey {
	keys := make([]*secp256k1.PrivateKey, n)
	for i := range keys {
		keys[i] = secp256k1.PrivKeyFromBytes(crypto.Keccak256([]byte(seed), []byte{byte(i)}))
	}
	sort.Slice(keys, func(a, b int) bool {
		x, y := dacert.Address(keys[a].PubKey()), dacert.Address(keys[b].PubKey())
		return bytes.Compare(x[:], y[:]) < 0
	})
	return keys
}

// TestCertMatchesSolidity: valid and corrupted certificates, under random
// sets and digests, get the same verdict and root from Go (Cert.Verify,
// Cert.Root, DecodeCert) and from DACert.sol on the simulated EVM; the
// members leaf's proof folds to the same root in both.
func TestCertMatchesSolidity(t *testing.T) {
	chain := chaintest.New(t, chaintest.WithAccounts(1))
	h := bindings.NewDACertHarness()
	addr := chain.Deploy(t, &bindings.DACertHarnessMetaData, nil)
	rng := mrand.New(mrand.NewPCG(20261205, 12))
	var valid, refused int
	for round := range 12 {
		n := 1 + rng.IntN(5)
		th := 1 + rng.IntN(n)
		keys := sortedKeys(n, "diff"+string(rune('a'+round)))
		pubs := make([]*secp256k1.PublicKey, n)
		for i, k := range keys {
			pubs[i] = k.PubKey()
		}
		set, err := dacert.NewSet(th, pubs)
		if err != nil {
			t.Fatal(err)
		}
		var b32 [32]byte
		for i := range b32 {
			b32[i] = byte(rng.Uint32())
		}
		digest := common.Hash(b32)
		// A random t-subset.
		var bitmap uint64
		for _, i := range rng.Perm(n)[:th] {
			bitmap |= 1 << i
		}
		cert, err := set.SignLocal(rand.Reader, keys, bitmap, digest)
		if err != nil {
			t.Fatal(err)
		}
		mp := set.MembersProof()
		proof := make([][32]byte, len(mp))
		for i, p := range mp {
			proof[i] = p
		}
		got, err := h.UnpackProcessProof(chain.Call(t, addr, h.PackProcessProof(dacert.MembersLeaf(th, set.Addresses()), proof)))
		if err != nil || common.Hash(got) != set.Root() {
			t.Fatalf("members proof: %x vs %s (%v)", got, set.Root(), err)
		}
		enc := cert.Encode()
		cases := [][]byte{enc}
		for range 8 {
			c := bytes.Clone(enc)
			switch rng.IntN(4) {
			case 0: // flip a byte anywhere
				c[rng.IntN(len(c))] ^= byte(1 + rng.IntN(255))
			case 1: // truncate or extend
				if rng.IntN(2) == 0 {
					c = c[:rng.IntN(len(c))]
				} else {
					c = append(c, make([]byte, 1+rng.IntN(40))...)
				}
			case 2: // s out of range or zero R
				if rng.IntN(2) == 0 {
					copy(c[61:93], bytes.Repeat([]byte{0xff}, 32))
				} else {
					clear(c[41:61])
				}
			case 3: // parity
				c[40] = byte(rng.IntN(4))
			}
			cases = append(cases, c)
		}
		for i, c := range cases {
			for _, d := range []common.Hash{digest, crypto.Keccak256Hash(digest[:])} {
				out, err := h.UnpackCheck(chain.Call(t, addr, h.PackCheck(c, d)))
				if err != nil {
					t.Fatal(err)
				}
				dc, derr := dacert.DecodeCert(c)
				goOK := derr == nil && dc.Verify(dc.Root(), d) == nil
				if goOK != out.Ok {
					t.Fatalf("round %d case %d: Go %v (%v), EVM %v", round, i, goOK, derr, out.Ok)
				}
				if derr == nil && (common.Hash(out.Root) != dc.Root() || out.Bitmap != dc.Bitmap) {
					t.Fatalf("round %d case %d: root/bitmap differ", round, i)
				}
				if derr != nil && out.Root != [32]byte{} {
					t.Fatalf("round %d case %d: EVM root for an undecodable certificate", round, i)
				}
				// Under the set: valid only for the honest case and digest.
				setOK := derr == nil && set.Verify(dc, d) == nil
				if setOK != (out.Ok && common.Hash(out.Root) == set.Root()) {
					t.Fatalf("round %d case %d: set verdict Go %v", round, i, setOK)
				}
				if setOK {
					valid++
				} else {
					refused++
				}
			}
		}
	}
	if valid < 12 || refused < 100 {
		t.Fatalf("%d valid, %d refused: the cases do not cover both", valid, refused)
	}
}

// BenchmarkCheckGas: DACert.check's execution gas alone (measured with
// gasleft inside the harness), 2-of-3 certificate. Calldata is extra.
func BenchmarkCheckGas(b *testing.B) {
	chain := chaintest.New(b, chaintest.WithAccounts(1))
	h := bindings.NewDACertHarness()
	addr := chain.Deploy(b, &bindings.DACertHarnessMetaData, nil)
	keys := sortedKeys(3, "gas")
	pubs := make([]*secp256k1.PublicKey, 3)
	for i, k := range keys {
		pubs[i] = k.PubKey()
	}
	set, _ := dacert.NewSet(2, pubs)
	digest := crypto.Keccak256Hash([]byte("gas"))
	cert, err := set.SignLocal(rand.Reader, keys, 0b011, digest)
	if err != nil {
		b.Fatal(err)
	}
	var gas uint64
	for range b.N {
		out, err := h.UnpackCheckGas(chain.Call(b, addr, h.PackCheckGas(cert.Encode(), digest)))
		if err != nil || !out.Ok {
			b.Fatal("check failed", err)
		}
		gas += out.Used.Uint64()
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
}
