package dap_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/merkle"
)

type chunkCase struct {
	what   string
	root   common.Hash
	length uint64
	index  uint64
	chunk  []byte
	proof  []common.Hash
}

func randData(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// tamperChunk returns a modified copy of an honest case.
func tamperChunk(rng *rand.Rand, c chunkCase) chunkCase {
	c.proof = append([]common.Hash(nil), c.proof...)
	c.chunk = append([]byte(nil), c.chunk...)
	switch k := rng.IntN(10); k {
	case 0:
		c.chunk[rng.IntN(len(c.chunk))] ^= byte(1 + rng.IntN(255))
		c.what = "flip chunk byte"
	case 1:
		c.chunk = c.chunk[:rng.IntN(len(c.chunk))]
		c.what = "truncate chunk"
	case 2:
		c.chunk = append(c.chunk, byte(rng.Uint32()))
		c.what = "extend chunk"
	case 3:
		c.index ^= uint64(1 + rng.IntN(3))
		c.what = "other index"
	case 4:
		c.length = uint64(int64(c.length) + []int64{-1, 1, -merkle.ChunkSize, merkle.ChunkSize}[rng.IntN(4)])
		c.what = "other length"
	case 5:
		if len(c.proof) == 0 {
			c.proof = append(c.proof, common.Hash{})
			c.what = "add sibling"
			break
		}
		i := rng.IntN(len(c.proof))
		c.proof[i][rng.IntN(32)] ^= 1
		c.what = "flip sibling"
	case 6:
		if len(c.proof) > 0 {
			c.proof = c.proof[:len(c.proof)-1]
			c.what = "drop sibling"
		} else {
			c.length = 0
			c.what = "zero length"
		}
	case 7:
		c.proof = append(c.proof, common.Hash{byte(rng.Uint32())})
		c.what = "extra sibling"
	case 8:
		c.root[rng.IntN(32)] ^= 1
		c.what = "wrong root"
	default:
		c.index += 1 << 32
		c.what = "index beyond 2^32"
	}
	return c
}

// TestChunkProofsMatchSolidity runs honest and tampered chunk proofs through
// merkle.VerifyChunk and the Solidity ChunkMerkle library and requires the
// same verdict on every case; it also checks the data root, chunk count,
// depth and the game's chunk index against their twins.
func TestChunkProofsMatchSolidity(t *testing.T) {
	chain := chaintest.New(t, chaintest.WithAccounts(1))
	h := bindings.NewChunkMerkleHarness()
	addr := chain.Deploy(t, &bindings.ChunkMerkleHarnessMetaData, nil)
	da := bindings.NewDataAvailability()
	daAddr := chain.Deploy(t, &bindings.DataAvailabilityMetaData, da.PackConstructor(common.HexToAddress("0x7"),
		big.NewInt(3), big.NewInt(1), big.NewInt(1), big.NewInt(1), big.NewInt(2)))

	rng := rand.New(rand.NewPCG(20261126, 8))
	var cases []chunkCase
	lengths := []int{1, 2, merkle.ChunkSize - 1, merkle.ChunkSize, merkle.ChunkSize + 1, 2 * merkle.ChunkSize, 4*merkle.ChunkSize + 1, 17 * merkle.ChunkSize}
	for len(lengths) < 60 {
		lengths = append(lengths, 1+rng.IntN(40*merkle.ChunkSize))
	}
	for _, n := range lengths {
		data := randData(rng, n)
		tree := merkle.NewChunkTree(data)
		for range 2 {
			i := rng.Uint64N(tree.NumChunks())
			p, err := tree.Prove(i)
			if err != nil {
				t.Fatal(err)
			}
			honest := chunkCase{"honest", tree.Root(), tree.Len(), i, tree.Chunk(i), p.Siblings}
			cases = append(cases, honest, tamperChunk(rng, honest), tamperChunk(rng, honest))
		}
		// The twins of the helpers.
		out := chain.Call(t, addr, h.PackDataRoot(uint64(n), tree.TreeRoot()))
		got, err := h.UnpackDataRoot(out)
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(got) != tree.Root() {
			t.Fatalf("length %d: Solidity data root %x, Go %s", n, got, tree.Root())
		}
		cnt, err := h.UnpackChunkCount(chain.Call(t, addr, h.PackChunkCount(big.NewInt(int64(n)))))
		if err != nil {
			t.Fatal(err)
		}
		if cnt.Uint64() != tree.NumChunks() {
			t.Fatalf("length %d: Solidity chunk count %s, Go %d", n, cnt, tree.NumChunks())
		}
		d, err := h.UnpackDepth(chain.Call(t, addr, h.PackDepth(cnt)))
		if err != nil {
			t.Fatal(err)
		}
		if int(d.Uint64()) != merkle.Depth(int(tree.NumChunks())) {
			t.Fatalf("%d chunks: Solidity depth %s, Go %d", tree.NumChunks(), d, merkle.Depth(int(tree.NumChunks())))
		}
		seed := common.Hash(randData(rng, 32))
		idx, err := da.UnpackChunkIndex(chain.Call(t, daAddr, da.PackChunkIndex(seed, uint64(n))))
		if err != nil {
			t.Fatal(err)
		}
		if idx.Uint64() != dap.ChunkIndex(seed, uint64(n)) {
			t.Fatalf("length %d: Solidity chunk index %s, Go %d", n, idx, dap.ChunkIndex(seed, uint64(n)))
		}
	}

	var accepted, rejected int
	for k, c := range cases {
		goOK := merkle.VerifyChunk(c.root, c.length, c.index, c.chunk, c.proof) == nil
		sibs := make([][32]byte, len(c.proof))
		for i, s := range c.proof {
			sibs[i] = s
		}
		out := chain.Call(t, addr, h.PackVerify(c.root, c.length, new(big.Int).SetUint64(c.index), c.chunk, sibs))
		solOK, err := h.UnpackVerify(out)
		if err != nil {
			t.Fatal(err)
		}
		if goOK != solOK {
			t.Fatalf("case %d (%s, length %d, index %d): Go %v, Solidity %v", k, c.what, c.length, c.index, goOK, solOK)
		}
		if c.what == "honest" && !goOK {
			t.Fatalf("case %d: honest proof rejected", k)
		}
		if goOK {
			accepted++
		} else {
			rejected++
		}
	}
	if len(cases) < 200 || rejected < 100 {
		t.Fatalf("only %d cases (%d rejected)", len(cases), rejected)
	}
	t.Logf("%d cases: %d accepted, %d rejected, identical verdicts", len(cases), accepted, rejected)
}
