//go:build linux && nitro && (amd64 || arm64)

package nitro

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// Inside a Nitro enclave, a document NSM signs verifies under the AWS root
// now and carries the report data asked for; elsewhere NewQuoter says the
// platform is unsupported.
func TestHardwareQuote(t *testing.T) {
	q, err := NewQuoter()
	if _, statErr := os.Stat(nsmDevice); statErr != nil {
		if !errors.Is(err, attest.ErrUnsupported) {
			t.Fatalf("no %s: NewQuoter %v, want ErrUnsupported", nsmDevice, err)
		}
		t.Skipf("not inside a Nitro enclave: %v", statErr)
	}
	if err != nil {
		t.Fatal(err)
	}
	var rd [attest.ReportDataSize]byte
	copy(rd[:], "teerollup nitro hardware test")
	ev, err := q.Quote(context.Background(), rd)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Verify(context.Background(), ev, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.ReportData != rd {
		t.Fatalf("report data %x", c.ReportData)
	}
	t.Logf("debug %v measurement %x valid until %v", c.Debug, c.Measurement, c.NotAfter)
}
