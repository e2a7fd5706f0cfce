//go:build !(linux && sgx)

package sgx

import (
	"context"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

func TestQuoteUnsupported(t *testing.T) {
	q, err := NewQuoter(QuoterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Quote(context.Background(), [64]byte{}); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("Quote without the sgx build tag: %v", err)
	}
}
