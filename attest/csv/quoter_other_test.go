//go:build !(linux && csv)

package csv

import (
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

func TestNewQuoterUnsupported(t *testing.T) {
	if _, err := NewQuoter(realHSKCEK(t)); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("got %v, want ErrUnsupported", err)
	}
}
