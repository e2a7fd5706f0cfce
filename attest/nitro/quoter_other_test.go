//go:build !(linux && nitro && (amd64 || arm64))

package nitro

import (
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

func TestNewQuoterUnsupported(t *testing.T) {
	if _, err := NewQuoter(); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("%v, want ErrUnsupported", err)
	}
}
