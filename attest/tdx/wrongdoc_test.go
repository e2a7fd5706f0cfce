package tdx

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// TestWrongDocumentType gives a real TDX quote real SGX collateral: the
// error names the wrong document type (ErrWrongCollateral, which wraps
// attest.ErrMalformed) instead of reporting the TDX fields the SGX
// document lacks.
func TestWrongDocumentType(t *testing.T) {
	raw := bytes.Clone(realQuotes()[0].raw(t))
	v2, err := os.ReadFile("../../../shared/testdata/dcap-tcbinfo-v2/teepot-sw_hardening/tcb_info.json")
	if err != nil {
		t.Skipf("shared evidence not available: %v", err)
	}
	v2 = bytes.TrimSuffix(v2, []byte{0}) // teepot's C-string terminator
	for _, tc := range []struct {
		name, mention string
		mut           func(c *Collateral)
	}{
		{"SGX TCB info v3 (id SGX)", `"SGX"`, func(c *Collateral) { c.TCBInfo = dcapFile(t, "tcb_info_v3_sgx.json") }},
		{"SGX TCB info v2 (no id)", "SGX TCB info", func(c *Collateral) { c.TCBInfo = v2 }},
		{"SGX QE identity (id QE)", `"QE"`, func(c *Collateral) { c.QEIdentity = dcapFile(t, "sgx_qeidentity_v4.json") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := googleCollateral(t, true)
			tc.mut(c)
			_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: marshal(t, c)}, Options{Now: at(googleTime)})
			wantOnly(t, err, attest.ErrMalformed)
			if !errors.Is(err, ErrWrongCollateral) || !strings.Contains(err.Error(), tc.mention) {
				t.Fatalf("error %v, want ErrWrongCollateral naming %s", err, tc.mention)
			}
			// The same through Options.Collateral.
			_, err = Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw}, Options{Now: at(googleTime), Collateral: c})
			if !errors.Is(err, ErrWrongCollateral) || !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("Options.Collateral: error %v, want ErrWrongCollateral", err)
			}
		})
	}
}

// TestTrailingBytesRejected: the real quotes as their sources ship them
// (zero-padded buffers, go-tdx-guest's appended text) are refused, as
// attest/sgx refuses bytes after an SGX quote's signature data; the
// quotes proper verify, and TrimPadding recovers those whose tail is only
// zeros.
func TestTrailingBytesRejected(t *testing.T) {
	for _, rq := range realQuotes() {
		t.Run(rq.name, func(t *testing.T) {
			shipped, quote := rq.shipped(t), rq.raw(t)
			if len(shipped) <= len(quote) {
				t.Fatalf("shipped %d bytes, quote %d: nothing trails", len(shipped), len(quote))
			}
			opts := Options{Now: at(rq.now)}
			_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: shipped}, opts)
			wantOnly(t, err, attest.ErrMalformed)
			if _, err := ParseQuote(shipped); !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("ParseQuote: %v", err)
			}
			if _, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: quote}, opts); err != nil {
				t.Fatalf("the quote proper: %v", err)
			}
			for _, tail := range [][]byte{{0}, {1}} {
				_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: append(bytes.Clone(quote), tail...)}, opts)
				wantOnly(t, err, attest.ErrMalformed)
			}
			trimmed := TrimPadding(shipped)
			allZero := bytes.Count(shipped[len(quote):], []byte{0}) == len(shipped)-len(quote)
			if allZero != bytes.Equal(trimmed, quote) {
				t.Fatalf("TrimPadding: zero tail %v, trimmed to %d bytes (quote %d)", allZero, len(trimmed), len(quote))
			}
		})
	}
}

func TestRequireCRLsUnknownBit(t *testing.T) {
	err := Options{RequireCRLs: 1 << 7}.Validate()
	if !errors.Is(err, ErrInvalidOptions) || !errors.Is(err, attest.ErrConfig) {
		t.Fatalf("Validate: %v", err)
	}
}
