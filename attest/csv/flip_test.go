package csv

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// evidenceSentinels are the errors bad evidence may produce.
var evidenceSentinels = []error{attest.ErrMalformed, attest.ErrSignature, attest.ErrCertChain, attest.ErrUnknownRoot}

func isEvidenceError(err error) bool {
	for _, s := range evidenceSentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// TestRealFlipEveryByte flips each byte of the real csv-rs evidence (header,
// version 1 report, HSK, CEK): every flip must be refused with a typed
// error. There is no unchecked byte: signed fields break a signature,
// unsigned ones are pinned, zero-checked or MACed.
func TestRealFlipEveryByte(t *testing.T) {
	ev := realEvidence(t)
	v := NewVerifier(Options{})
	ctx := context.Background()
	if _, err := v.Verify(ctx, ev); err != nil {
		t.Fatal(err)
	}
	for i := range ev.Raw {
		raw := bytes.Clone(ev.Raw)
		raw[i] ^= 0x01
		_, err := v.Verify(ctx, attest.Evidence{Format: attest.FormatCSV, Raw: raw})
		if !isEvidenceError(err) {
			t.Fatalf("flipping byte %d: %v, want a typed evidence error", i, err)
		}
	}
}

// TestRealFlipFields flips one byte in each named field of the real evidence
// and checks the sentinel that says why.
func TestRealFlipFields(t *testing.T) {
	ev := realEvidence(t)
	rep := evidenceHeaderSize // offset of the report in the payload
	hsk := rep + len(readTestdata(t, "report.cert"))
	cek := hsk + CACertSize
	signer := rep + teeInfoV1Size
	cases := []struct {
		name string
		off  int
		want error
	}{
		{"payload magic", 0, attest.ErrMalformed},
		{"payload version", 8, attest.ErrMalformed},
		{"report magic", 12, attest.ErrMalformed},
		{"report flags", 28, attest.ErrMalformed},
		{"report length", 32, attest.ErrMalformed},
		{"report user pubkey digest", rep + 0, attest.ErrSignature},
		{"report vm id", rep + 32, attest.ErrSignature},
		{"report vm version", rep + 48, attest.ErrSignature},
		{"report data", rep + 64, attest.ErrSignature},
		{"report mnonce", rep + 128, attest.ErrSignature},
		{"report measurement", rep + 144, attest.ErrSignature},
		{"report policy (debug bit)", rep + 176, attest.ErrSignature},
		{"report signature usage (unsigned)", rep + 180, attest.ErrMalformed},
		{"report signature algorithm (unsigned)", rep + 184, attest.ErrMalformed},
		{"report anonce (unsigned)", rep + 188, attest.ErrMalformed},
		{"report signature r", rep + 192, attest.ErrSignature},
		{"report signature s", rep + 264, attest.ErrSignature},
		{"report signature high bytes", rep + 192 + 40, attest.ErrMalformed},
		{"signer PEK key", signer + 20, attest.ErrSignature},
		{"signer PEK firmware", signer + 4, attest.ErrSignature},
		{"signer serial number", signer + CSVCertSize, attest.ErrSignature},
		{"signer reserved", signer + CSVCertSize + 64, attest.ErrSignature},
		{"signer MAC", signer + CSVCertSize + 96, attest.ErrSignature},
		{"HSK key ID", hsk + 4, attest.ErrCertChain},
		{"HSK signer ID", hsk + 20, attest.ErrUnknownRoot},
		{"HSK usage", hsk + 36, attest.ErrMalformed},
		{"HSK reserved (signed)", hsk + 40, attest.ErrCertChain},
		{"HSK user ID", hsk + 214, attest.ErrCertChain},
		{"HSK signature r", hsk + 576, attest.ErrCertChain},
		{"HSK unsigned tail", hsk + 720, attest.ErrMalformed},
		{"CEK version", cek + 0, attest.ErrMalformed},
		{"CEK firmware minor", cek + 5, attest.ErrCertChain},
		{"CEK user ID", cek + 166, attest.ErrCertChain},
		{"CEK SID", cek + 420, attest.ErrCertChain},
		{"CEK signature slot usage", cek + csvBodySize, attest.ErrMalformed},
		{"CEK signature r", cek + csvBodySize + 8, attest.ErrCertChain},
		{"CEK signature reserved", cek + csvBodySize + 200, attest.ErrMalformed},
		{"CEK empty slot", cek + csvBodySize + sigSlotSize + 8, attest.ErrMalformed},
	}
	v := NewVerifier(Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw := bytes.Clone(ev.Raw)
			raw[tc.off] ^= 0x01
			_, err := v.Verify(context.Background(), attest.Evidence{Format: attest.FormatCSV, Raw: raw})
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// TestRealTrusteeFlip flips the signed fields of trustee's report (another
// real chip): its own PEK's signature must break.
func TestRealTrusteeFlip(t *testing.T) {
	magic, flags, data, _ := trusteeReport(t)
	for _, off := range []int{0, 32, 48, 64, 127, 128, 144, 175, 176, 179} {
		d := bytes.Clone(data)
		d[off] ^= 0x80
		rep, err := ParseReport(magic, flags, d)
		if err == nil {
			err = rep.verifySignature()
		}
		if !errors.Is(err, attest.ErrSignature) {
			t.Fatalf("flipping byte %d: %v, want ErrSignature", off, err)
		}
	}
	for _, off := range []int{180, 184, 188, 192 + 40, 3000} {
		d := bytes.Clone(data)
		d[off] ^= 0x80
		if _, err := ParseReport(magic, flags, d); !errors.Is(err, attest.ErrMalformed) {
			t.Fatalf("flipping byte %d: %v, want ErrMalformed", off, err)
		}
	}
}
