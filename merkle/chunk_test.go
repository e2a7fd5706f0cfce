package merkle

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

func TestChunkGeometry(t *testing.T) {
	for _, c := range []struct {
		length, n uint64
		last      int
	}{
		{0, 0, -1}, {1, 1, 1}, {ChunkSize - 1, 1, ChunkSize - 1}, {ChunkSize, 1, ChunkSize},
		{ChunkSize + 1, 2, 1}, {3*ChunkSize + 7, 4, 7}, {MaxChunkedLength, 1 << MaxDepth, ChunkSize},
	} {
		if got := NumChunks(c.length); got != c.n {
			t.Fatalf("NumChunks(%d) = %d, want %d", c.length, got, c.n)
		}
		if c.n > 0 {
			if got := ChunkLen(c.length, c.n-1); got != c.last {
				t.Fatalf("ChunkLen(%d, last) = %d, want %d", c.length, got, c.last)
			}
		}
		if got := ChunkLen(c.length, c.n); got != -1 {
			t.Fatalf("ChunkLen(%d, %d) = %d past the end", c.length, c.n, got)
		}
	}
}

// TestChunkTreeMatchesMerkleRoot: the chunk tree is the package's Merkle
// tree over the chunks, with the length bound on top.
func TestChunkTreeMatchesMerkleRoot(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 100, ChunkSize - 1, ChunkSize, ChunkSize + 1, 5*ChunkSize + 3, 8 * ChunkSize, 9*ChunkSize - 1} {
		data := randBytes(rng, n)
		var chunks [][]byte
		for i := uint64(0); i < NumChunks(uint64(n)); i++ {
			chunks = append(chunks, Chunk(data, i))
		}
		if !bytes.Equal(bytes.Join(chunks, nil), data) {
			t.Fatalf("n=%d: chunks do not reassemble the data", n)
		}
		tree := NewChunkTree(data)
		if tree.TreeRoot() != Root(chunks) {
			t.Fatalf("n=%d: chunk tree root differs from Root over the chunks", n)
		}
		if ChunkRoot(data) != DataRoot(uint64(n), Root(chunks)) {
			t.Fatalf("n=%d: ChunkRoot does not bind the length", n)
		}
	}
}

func TestProveVerifyChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 17, ChunkSize, ChunkSize + 1, 3 * ChunkSize, 7*ChunkSize + 100, 16 * ChunkSize} {
		data := randBytes(rng, n)
		tree := NewChunkTree(data)
		root := tree.Root()
		for i := uint64(0); i < tree.NumChunks(); i++ {
			chunk, p, err := ProveChunk(data, i)
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Verify(root, chunk); err != nil {
				t.Fatalf("n=%d i=%d: honest proof rejected: %v", n, i, err)
			}
			dec, err := DecodeChunkProof(p.Encode())
			if err != nil {
				t.Fatalf("n=%d i=%d: decode: %v", n, i, err)
			}
			if err := dec.Verify(root, chunk); err != nil {
				t.Fatalf("n=%d i=%d: decoded proof rejected: %v", n, i, err)
			}
			// Tampering of every kind is ErrInvalidChunk (and ErrInvalidProof).
			bad := append([]byte(nil), chunk...)
			bad[rng.IntN(len(bad))] ^= 1
			for what, err := range map[string]error{
				"flipped byte":  VerifyChunk(root, p.Length, i, bad, p.Siblings),
				"short chunk":   VerifyChunk(root, p.Length, i, chunk[:len(chunk)-1], p.Siblings),
				"long chunk":    VerifyChunk(root, p.Length, i, append(append([]byte(nil), chunk...), 0), p.Siblings),
				"other length":  VerifyChunk(root, p.Length+1, i, chunk, p.Siblings),
				"index past":    VerifyChunk(root, p.Length, tree.NumChunks(), chunk, p.Siblings),
				"extra sibling": VerifyChunk(root, p.Length, i, chunk, append(append([]common.Hash(nil), p.Siblings...), common.Hash{})),
				"wrong root":    VerifyChunk(common.Hash{1}, p.Length, i, chunk, p.Siblings),
				"zero length":   VerifyChunk(root, 0, i, chunk, p.Siblings),
			} {
				if !errors.Is(err, ErrInvalidChunk) || !errors.Is(err, ErrInvalidProof) {
					t.Fatalf("n=%d i=%d %s: got %v, want ErrInvalidChunk", n, i, what, err)
				}
			}
			if tree.NumChunks() > 1 {
				j := (i + 1) % tree.NumChunks()
				if err := VerifyChunk(root, p.Length, j, tree.Chunk(j), p.Siblings); !errors.Is(err, ErrInvalidChunk) {
					t.Fatalf("n=%d: proof of chunk %d accepted for chunk %d", n, i, j)
				}
			}
		}
		if _, err := tree.Prove(tree.NumChunks()); !errors.Is(err, ErrChunkIndex) {
			t.Fatalf("n=%d: proving past the end: %v", n, err)
		}
	}
}

// TestChunkRootBindsLength: data and data with trailing zeros share their
// chunk trees' leaves up to padding, but never a data root.
func TestChunkRootBindsLength(t *testing.T) {
	seen := map[common.Hash]int{}
	for n := 0; n <= 3*ChunkSize; n += 97 {
		r := ChunkRoot(make([]byte, n))
		if m, dup := seen[r]; dup {
			t.Fatalf("zero data of %d and %d bytes share a data root", m, n)
		}
		seen[r] = n
	}
	// A one-chunk tree's root is its leaf; the data root still differs
	// from the tree root.
	if ChunkRoot([]byte{1}) == LeafHash([]byte{1}) {
		t.Fatal("data root equals the bare leaf")
	}
}

func TestDecodeChunkProofRejects(t *testing.T) {
	_, p, err := ProveChunk(make([]byte, 5*ChunkSize), 3)
	if err != nil {
		t.Fatal(err)
	}
	enc := p.Encode()
	for what, b := range map[string][]byte{
		"empty":       nil,
		"short":       enc[:15],
		"truncated":   enc[:len(enc)-1],
		"trailing":    append(append([]byte(nil), enc...), 0),
		"zero length": append(make([]byte, 16), enc[16:]...),
		"index past":  append(append(append([]byte(nil), enc[:8]...), 0, 0, 0, 0, 0, 0, 0, 5), enc[16:]...),
		"too long": func() []byte {
			b := append([]byte(nil), enc...)
			b[0] = 0xff
			return b
		}(),
	} {
		if _, err := DecodeChunkProof(b); !errors.Is(err, ErrMalformedChunkProof) {
			t.Fatalf("%s: got %v, want ErrMalformedChunkProof", what, err)
		}
	}
}

// FuzzDecodeChunkProof: the decoder never panics, accepts only canonical
// encodings, and what it accepts re-encodes to the same bytes.
func FuzzDecodeChunkProof(f *testing.F) {
	for _, n := range []int{1, ChunkSize + 1, 9 * ChunkSize} {
		_, p, _ := ProveChunk(make([]byte, n), 0)
		f.Add(p.Encode())
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeChunkProof(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedChunkProof) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(p.Encode(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}

// FuzzVerifyChunk: whatever chunk and proof come in, the verifier never
// panics and accepts only the honest chunk at the honest index.
func FuzzVerifyChunk(f *testing.F) {
	data := make([]byte, 3*ChunkSize+10)
	for i := range data {
		data[i] = byte(i * 7)
	}
	tree := NewChunkTree(data)
	root := tree.Root()
	for i := range tree.NumChunks() {
		p, _ := tree.Prove(i)
		f.Add(tree.Chunk(i), p.Encode())
	}
	f.Fuzz(func(t *testing.T, chunk, proof []byte) {
		p, err := DecodeChunkProof(proof)
		if err != nil {
			return
		}
		err = p.Verify(root, chunk)
		if err != nil {
			if !errors.Is(err, ErrInvalidChunk) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if p.Length != tree.Len() || !bytes.Equal(chunk, tree.Chunk(p.Index)) {
			t.Fatalf("accepted a chunk that is not chunk %d of the data", p.Index)
		}
	})
}
