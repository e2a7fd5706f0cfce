package merkle

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func items(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = []byte(fmt.Sprintf("item-%d", i))
	}
	return out
}

func TestProveVerifyAllSizes(t *testing.T) {
	for n := 1; n <= 33; n++ {
		its := items(n)
		root := Root(its)
		for i := range its {
			p, err := Prove(its, i)
			if err != nil {
				t.Fatal(err)
			}
			if len(p) != Depth(n) {
				t.Fatalf("n=%d: proof length %d, want %d", n, len(p), Depth(n))
			}
			if err := Verify(root, its[i], uint64(i), p); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
			if err := Verify(root, []byte("other"), uint64(i), p); !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("n=%d i=%d: wrong item accepted: %v", n, i, err)
			}
			if n > 1 {
				if err := Verify(root, its[i], uint64(i^1), p); !errors.Is(err, ErrInvalidProof) {
					t.Fatalf("n=%d i=%d: wrong index accepted: %v", n, i, err)
				}
			}
			if err := Verify(root, its[i], uint64(i)+1<<uint(len(p)), p); !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("n=%d i=%d: out-of-range index accepted", n, i)
			}
		}
	}
}

func TestRootEdgeCases(t *testing.T) {
	if Root(nil) != (common.Hash{}) {
		t.Fatal("empty root must be zero")
	}
	if Root(items(1)) != LeafHash(items(1)[0]) {
		t.Fatal("one-item root is its leaf")
	}
	// Padding with zero hashes must not make [a, b, c] equal [a, b, c, x]
	// for any x whose leaf hash would be zero; leaf hashes are never zero
	// in practice, and distinct lengths give distinct roots here.
	if Root(items(3)) == Root(items(4)) {
		t.Fatal("roots of different lists collide")
	}
}
