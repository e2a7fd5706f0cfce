//go:build !(linux && cca)

package cca

import (
	"context"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

func TestQuoterUnsupported(t *testing.T) {
	if _, err := NewQuoter(); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("NewQuoter without the cca build tag: %v", err)
	}
	var q *Quoter
	if _, err := q.Quote(context.Background(), [64]byte{}); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("nil Quoter: %v", err)
	}
}
