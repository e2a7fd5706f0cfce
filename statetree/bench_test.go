package statetree

import (
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

const (
	benchTreeSize  = 1_000_000
	benchBatchSize = 2_000
)

// The million-account tree is built once per test binary and shared by the
// benchmarks. The store is content-addressed, so benchmarks that update it
// add new roots without disturbing the fixture's root.
var bigTree struct {
	once  sync.Once
	store *MemoryStore
	root  common.Hash
	addrs []common.Address
	err   error
}

func benchTree(b *testing.B) (*MemoryStore, common.Hash, []common.Address) {
	b.Helper()
	bigTree.once.Do(func() {
		start := time.Now()
		r := newRand(600)
		accts := randAccounts(r, benchTreeSize)
		bigTree.store = NewMemoryStore()
		tr, err := New(bigTree.store, common.Hash{})
		if err != nil {
			bigTree.err = err
			return
		}
		bigTree.root, bigTree.err = tr.Update(accts)
		bigTree.addrs = make([]common.Address, len(accts))
		for i, a := range accts {
			bigTree.addrs[i] = a.Address
		}
		b.Logf("built %d-account tree in %v, %d nodes", benchTreeSize, time.Since(start), bigTree.store.Len())
	})
	if bigTree.err != nil {
		b.Fatal(bigTree.err)
	}
	return bigTree.store, bigTree.root, bigTree.addrs
}

// keccakPerSecond measures raw single-goroutine keccak256 throughput on
// 64-byte inputs (an internal node preimage is 65 bytes; both take one
// permutation), the bound on how fast the tree can hash.
func keccakPerSecond() float64 {
	h := newHasher()
	var in [64]byte
	const n = 200_000
	start := time.Now()
	for i := 0; i < n; i++ {
		in[0] = byte(i)
		out := h.sum(in[:])
		in[1] ^= out[0]
	}
	return n / time.Since(start).Seconds()
}

// BenchmarkBatchUpdate writes batches of 2,000 accounts, half existing
// addresses with new values and half new addresses, into a tree of a
// million accounts. It reports the update rate next to the raw keccak256
// rate and the keccak calls per update, so the rate can be compared with
// the hashing bound (keccak/s ÷ keccak/account, for one core; updates split
// the top levels across cores).
func BenchmarkBatchUpdate(b *testing.B) {
	s, root, addrs := benchTree(b)
	tr, err := New(s, root)
	if err != nil {
		b.Fatal(err)
	}
	r := newRand(601)
	var keccaks int
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		batch := make([]Account, 0, benchBatchSize)
		for j := 0; j < benchBatchSize/2; j++ {
			batch = append(batch, randAccount(r, addrs[r.IntN(len(addrs))]))
			batch = append(batch, randAccount(r, randAddress(r)))
		}
		b.StartTimer()
		_, st, err := tr.UpdateWithStats(batch)
		if err != nil {
			b.Fatal(err)
		}
		keccaks += st.Keccak()
	}
	b.StopTimer()
	perUpdate := float64(keccaks) / float64(b.N)
	kps := keccakPerSecond()
	b.ReportMetric(float64(benchBatchSize*b.N)/b.Elapsed().Seconds(), "accounts/s")
	b.ReportMetric(perUpdate, "keccak/update")
	b.ReportMetric(kps, "keccak/s")
	b.ReportMetric(kps/(perUpdate/benchBatchSize), "1core-bound-accounts/s")
}

func BenchmarkProve(b *testing.B) {
	s, root, addrs := benchTree(b)
	tr, err := New(s, root)
	if err != nil {
		b.Fatal(err)
	}
	r := newRand(602)
	var size int
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := tr.Prove(addrs[r.IntN(len(addrs))])
		if err != nil {
			b.Fatal(err)
		}
		size += len(p.Encode())
	}
	b.ReportMetric(float64(size)/float64(b.N), "bytes/proof")
}

func BenchmarkVerify(b *testing.B) {
	s, root, addrs := benchTree(b)
	tr, err := New(s, root)
	if err != nil {
		b.Fatal(err)
	}
	r := newRand(603)
	type claim struct {
		acct Account
		wire []byte
	}
	claims := make([]claim, 256)
	var size int
	for i := range claims {
		a, p, err := tr.GetWithProof(addrs[r.IntN(len(addrs))])
		if err != nil {
			b.Fatal(err)
		}
		claims[i] = claim{a, p.Encode()}
		size += len(claims[i].wire)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := &claims[i%len(claims)]
		if err := Verify(root, c.acct.Address, c.acct.Balance, c.acct.Nonce, c.wire); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(size)/float64(len(claims)), "bytes/proof")
}

// BenchmarkKeccak64 is raw keccak256 on 64-byte inputs, for reference.
func BenchmarkKeccak64(b *testing.B) {
	h := newHasher()
	var in [64]byte
	b.SetBytes(64)
	for i := 0; i < b.N; i++ {
		in[0] = byte(i)
		_ = h.sum(in[:])
	}
}
