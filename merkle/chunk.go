package merkle

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Chunked data roots: what a header's data root commits to and what the
// data-availability game (contracts/src/ChunkMerkle.sol) verifies chunk by
// chunk.
//
// The data is cut into ChunkSize-byte chunks; the last chunk holds the rest
// (1..ChunkSize bytes, never padded). The chunks are the items of the Merkle
// tree of this package (leaf keccak256(0x00 ‖ chunk), inner
// keccak256(0x01 ‖ l ‖ r), zero-hash padding to a power of two), and the data
// root binds the tree root to the byte length:
//
//	dataRoot = keccak256(0x02 ‖ length (8 bytes, big-endian) ‖ treeRoot)
//
// Why the length: it fixes the chunk count, hence the tree depth and the
// exact size of every chunk, so a verifier needs nothing but the root to
// reject proofs of the wrong depth, indexes past the end and short or long
// chunks. Two different byte strings never share a data root (unless
// keccak256 collides): equal lengths give equal chunk boundaries, and then
// the tree roots differ. The 0x02 prefix keeps a data root apart from leaf
// (0x00) and inner (0x01) preimages, which are 1+len(chunk) and 65 bytes
// long; the data-root preimage is 41 bytes, so it cannot equal an inner
// preimage, and it cannot equal a leaf preimage since the first byte differs.

// ChunkSize is the size of every chunk but the last.
const ChunkSize = 1024

// MaxChunkedLength is the largest data length with a chunk proof: 2^MaxDepth
// chunks.
const MaxChunkedLength = uint64(ChunkSize) << MaxDepth

// dataRootPrefix separates data roots from leaf (0x00) and inner (0x01)
// preimages.
const dataRootPrefix = 0x02

var (
	// ErrInvalidChunk: the chunk or its proof does not match the data root.
	// It wraps ErrInvalidProof, so callers may test for either.
	ErrInvalidChunk = fmt.Errorf("%w: chunk", ErrInvalidProof)
	// ErrMalformedChunkProof: the bytes are not a canonical chunk proof
	// encoding.
	ErrMalformedChunkProof = errors.New("merkle: malformed chunk proof")
	// ErrChunkIndex: the chunk index is past the end of the data.
	ErrChunkIndex = errors.New("merkle: chunk index out of range")
)

// NumChunks is the number of chunks of data of the given length: zero for
// empty data.
func NumChunks(length uint64) uint64 {
	return length/ChunkSize + min(length%ChunkSize, 1)
}

// ChunkLen is the size of chunk index of data of the given length, or -1 if
// there is no such chunk.
func ChunkLen(length, index uint64) int {
	n := NumChunks(length)
	if index >= n {
		return -1
	}
	if index == n-1 {
		return int(length - index*ChunkSize)
	}
	return ChunkSize
}

// Chunk returns chunk index of data (a subslice, not a copy), or nil if
// there is no such chunk.
func Chunk(data []byte, index uint64) []byte {
	n := ChunkLen(uint64(len(data)), index)
	if n < 0 {
		return nil
	}
	off := index * ChunkSize
	return data[off : off+uint64(n) : off+uint64(n)]
}

// DataRoot binds a chunk tree root to the data length:
// keccak256(0x02 ‖ length ‖ treeRoot).
func DataRoot(length uint64, treeRoot common.Hash) common.Hash {
	var buf [1 + 8 + 32]byte
	buf[0] = dataRootPrefix
	binary.BigEndian.PutUint64(buf[1:9], length)
	copy(buf[9:], treeRoot[:])
	return crypto.Keccak256Hash(buf[:])
}

// ChunkRoot is the data root of data.
func ChunkRoot(data []byte) common.Hash {
	return NewChunkTree(data).Root()
}

// ChunkTree is the chunk tree of one byte string with every level cached, so
// that serving many chunk proofs costs one pass of hashing.
type ChunkTree struct {
	data   []byte
	levels [][]common.Hash // levels[0] the leaves, the last the tree root
}

// NewChunkTree hashes data. It keeps data (not a copy); the caller must not
// modify it afterwards. It panics if data is longer than MaxChunkedLength.
func NewChunkTree(data []byte) *ChunkTree {
	if uint64(len(data)) > MaxChunkedLength {
		panic(fmt.Sprintf("merkle: %d bytes exceed the %d-byte chunked maximum", len(data), MaxChunkedLength))
	}
	n := NumChunks(uint64(len(data)))
	leaves := make([]common.Hash, n)
	for i := range leaves {
		leaves[i] = LeafHash(Chunk(data, uint64(i)))
	}
	t := &ChunkTree{data: data, levels: [][]common.Hash{leaves}}
	for level := leaves; len(level) > 1; {
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			var r common.Hash
			if 2*i+1 < len(level) {
				r = level[2*i+1]
			}
			next[i] = inner(level[2*i], r)
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t
}

// Len is the data length.
func (t *ChunkTree) Len() uint64 { return uint64(len(t.data)) }

// NumChunks is the number of chunks.
func (t *ChunkTree) NumChunks() uint64 { return uint64(len(t.levels[0])) }

// TreeRoot is the Merkle root of the chunks (zero for empty data), before
// the length is bound in.
func (t *ChunkTree) TreeRoot() common.Hash {
	top := t.levels[len(t.levels)-1]
	if len(top) == 0 {
		return common.Hash{}
	}
	return top[0]
}

// Root is the data root.
func (t *ChunkTree) Root() common.Hash { return DataRoot(t.Len(), t.TreeRoot()) }

// Chunk returns chunk index, or nil past the end.
func (t *ChunkTree) Chunk(index uint64) []byte { return Chunk(t.data, index) }

// Prove returns the proof of chunk index.
func (t *ChunkTree) Prove(index uint64) (*ChunkProof, error) {
	if index >= t.NumChunks() {
		return nil, fmt.Errorf("%w: chunk %d of %d", ErrChunkIndex, index, t.NumChunks())
	}
	p := &ChunkProof{Length: t.Len(), Index: index, Siblings: make([]common.Hash, 0, len(t.levels)-1)}
	i := index
	for _, level := range t.levels[:len(t.levels)-1] {
		var sib common.Hash
		if j := i ^ 1; j < uint64(len(level)) {
			sib = level[j]
		}
		p.Siblings = append(p.Siblings, sib)
		i >>= 1
	}
	return p, nil
}

// ProveChunk returns chunk index of data and its proof.
func ProveChunk(data []byte, index uint64) ([]byte, *ChunkProof, error) {
	t := NewChunkTree(data)
	p, err := t.Prove(index)
	if err != nil {
		return nil, nil, err
	}
	return t.Chunk(index), p, nil
}

// ChunkProof shows that a chunk sits at Index of data of Length bytes under
// a data root. Siblings are bottom-up and there are exactly
// Depth(NumChunks(Length)) of them.
//
// Wire encoding (Encode, DecodeChunkProof), big-endian:
//
//	length (8) ‖ index (8) ‖ sibling (32) × Depth(NumChunks(length))
//
// and nothing after; length is 1..MaxChunkedLength and index is below
// NumChunks(length). The encoding is canonical: DecodeChunkProof accepts
// exactly the outputs of Encode for valid proofs.
type ChunkProof struct {
	Length   uint64
	Index    uint64
	Siblings []common.Hash
}

// Verify checks chunk against root.
func (p *ChunkProof) Verify(root common.Hash, chunk []byte) error {
	return VerifyChunk(root, p.Length, p.Index, chunk, p.Siblings)
}

// Encode returns the wire encoding.
func (p *ChunkProof) Encode() []byte {
	out := make([]byte, 16, 16+32*len(p.Siblings))
	binary.BigEndian.PutUint64(out[0:8], p.Length)
	binary.BigEndian.PutUint64(out[8:16], p.Index)
	for _, s := range p.Siblings {
		out = append(out, s[:]...)
	}
	return out
}

// DecodeChunkProof parses the wire encoding strictly.
func DecodeChunkProof(b []byte) (*ChunkProof, error) {
	if len(b) < 16 {
		return nil, fmt.Errorf("%w: %d bytes, want at least 16", ErrMalformedChunkProof, len(b))
	}
	p := &ChunkProof{Length: binary.BigEndian.Uint64(b[0:8]), Index: binary.BigEndian.Uint64(b[8:16])}
	if p.Length == 0 || p.Length > MaxChunkedLength {
		return nil, fmt.Errorf("%w: length %d outside [1, %d]", ErrMalformedChunkProof, p.Length, MaxChunkedLength)
	}
	n := NumChunks(p.Length)
	if p.Index >= n {
		return nil, fmt.Errorf("%w: index %d of %d chunks", ErrMalformedChunkProof, p.Index, n)
	}
	d := Depth(int(n))
	if want := 16 + 32*d; len(b) != want {
		return nil, fmt.Errorf("%w: %d bytes, want %d for depth %d", ErrMalformedChunkProof, len(b), want, d)
	}
	p.Siblings = make([]common.Hash, d)
	for i := range p.Siblings {
		copy(p.Siblings[i][:], b[16+32*i:])
	}
	return p, nil
}

// VerifyChunk checks that chunk is chunk index of data of the given length
// under the data root root, with proof the siblings bottom-up. It rejects,
// with an error wrapping ErrInvalidChunk, an empty length, an index past the
// end, a chunk of the wrong size, a proof of the wrong depth and a root
// mismatch.
func VerifyChunk(root common.Hash, length, index uint64, chunk []byte, proof []common.Hash) error {
	if length == 0 || length > MaxChunkedLength {
		return fmt.Errorf("%w: length %d outside [1, %d]", ErrInvalidChunk, length, MaxChunkedLength)
	}
	want := ChunkLen(length, index)
	if want < 0 {
		return fmt.Errorf("%w: index %d of %d chunks", ErrInvalidChunk, index, NumChunks(length))
	}
	if len(chunk) != want {
		return fmt.Errorf("%w: chunk %d is %d bytes, want %d", ErrInvalidChunk, index, len(chunk), want)
	}
	if d := Depth(int(NumChunks(length))); len(proof) != d {
		return fmt.Errorf("%w: %d siblings, want %d", ErrInvalidChunk, len(proof), d)
	}
	h := LeafHash(chunk)
	for i, sib := range proof {
		if (index>>uint(i))&1 == 0 {
			h = inner(h, sib)
		} else {
			h = inner(sib, h)
		}
	}
	if got := DataRoot(length, h); got != root {
		return fmt.Errorf("%w: computed data root %s, want %s", ErrInvalidChunk, got, root)
	}
	return nil
}
