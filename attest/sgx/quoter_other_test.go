//go:build !(linux && sgx)

package sgx

import (
	"context"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

func TestQuoteUnsupported(t *testing.T) {
	if _, err := NewQuoter(QuoterOptions{}); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("NewQuoter without the sgx build tag: %v", err)
	}
	q, err := newQuoter(QuoterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Quote(context.Background(), [64]byte{}); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("Quote without the sgx build tag: %v", err)
	}
}
