//go:build linux && sgx

package sgx

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// The pseudo-file protocol against a directory of ordinary files standing
// in for /dev/attestation: the quote file is prepared in advance.
func TestQuotePseudoFiles(t *testing.T) {
	dir := t.TempDir()
	k := newTestPKI(t, defaultPCK)
	qp := defaultQuoteParams()
	raw := k.quote(t, qp).Raw()
	if err := os.WriteFile(filepath.Join(dir, "attestation_type"), []byte("dcap\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "quote"), append(bytes.Clone(raw), 0, 0, 0), 0o600); err != nil {
		t.Fatal(err)
	}
	q, err := NewQuoter(QuoterOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := q.Quote(context.Background(), qp.reportData)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Format != attest.FormatSGX || !bytes.Equal(ev.Raw, raw) {
		t.Fatalf("evidence = %q, %d bytes", ev.Format, len(ev.Raw))
	}
	got, err := os.ReadFile(filepath.Join(dir, "user_report_data"))
	if err != nil || !bytes.Equal(got, qp.reportData[:]) {
		t.Fatalf("user_report_data = %x, %v", got, err)
	}
	// A quote over other report data is refused.
	if _, err := q.Quote(context.Background(), [64]byte{9}); !errors.Is(err, attest.ErrReportData) {
		t.Fatalf("mismatched report data: %v", err)
	}
	// Another attestation type, or no pseudo-files, is unsupported.
	if err := os.WriteFile(filepath.Join(dir, "attestation_type"), []byte("epid"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Quote(context.Background(), qp.reportData); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("epid: %v", err)
	}
	if _, err := NewQuoter(QuoterOptions{Dir: filepath.Join(dir, "missing")}); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("missing dir: %v", err)
	}
}
