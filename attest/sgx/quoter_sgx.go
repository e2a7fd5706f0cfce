//go:build linux && sgx

package sgx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/teerollup/teerollup/attest"
)

// platformSupported checks that the attestation directory exists; what it
// serves is checked at each Quote.
func platformSupported(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return fmt.Errorf("%w: sgx: no attestation pseudo-files in %s", attest.ErrUnsupported, dir)
	}
	return nil
}

// platformQuote implements the Gramine-style interface: write the 64
// report data bytes to <dir>/user_report_data, then read <dir>/quote.
// When <dir>/attestation_type exists it must read "dcap".
func platformQuote(ctx context.Context, dir string, reportData [attest.ReportDataSize]byte) ([]byte, error) {
	if t, err := os.ReadFile(filepath.Join(dir, "attestation_type")); err == nil {
		if typ := string(bytes.TrimSpace(bytes.TrimRight(t, "\x00"))); typ != "dcap" {
			return nil, fmt.Errorf("%w: sgx: attestation type %q, want \"dcap\"", attest.ErrUnsupported, typ)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("sgx: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "user_report_data"), reportData[:], 0); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: sgx: no attestation pseudo-files in %s: %v", attest.ErrUnsupported, dir, err)
		}
		return nil, fmt.Errorf("sgx: writing report data: %v", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, "quote"))
	if err != nil {
		return nil, fmt.Errorf("sgx: reading quote: %v", err)
	}
	if len(raw) > MaxQuoteSize {
		return nil, malformed("quote of %d bytes from %s", len(raw), dir)
	}
	return raw, nil
}
