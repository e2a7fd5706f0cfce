package nitro

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// Flipping one bit of real AWS evidence, in each part the verifier relies
// on, fails with the error that names that part.
func TestRealFlips(t *testing.T) {
	ctx := context.Background()
	for _, d := range realDocs {
		t.Run(d.file, func(t *testing.T) {
			raw := readDoc(t, d.file)
			doc, err := ParseDocument(raw)
			if err != nil {
				t.Fatal(err)
			}
			find := func(part []byte) int {
				i := bytes.Index(raw, part)
				if i < 0 || bytes.Index(raw[i+1:], part) >= 0 {
					t.Fatalf("%x not found exactly once", part)
				}
				return i
			}
			// The last bytes of a DER certificate are its signature's s.
			certSig := func(c []byte) int { return find(c) + len(c) - 3 }
			// A PCR value that occurs once: PCR0 of the valid document,
			// PCR4 (the instance ID) of the debug ones, whose zero PCRs
			// repeat.
			pcrIndex := 0
			if d.debug {
				pcrIndex = 4
			}
			pcr := find(doc.PCR(pcrIndex))
			for name, tc := range map[string]struct {
				off  int
				want error
			}{
				"COSE signature r":      {len(raw) - SignatureSize, attest.ErrSignature},
				"COSE signature s":      {len(raw) - 1, attest.ErrSignature},
				"payload: module_id":    {find(mustCBOR(t, doc.ModuleID)) + 3, attest.ErrSignature},
				"payload: a PCR":        {pcr + 7, attest.ErrSignature},
				"certificate signature": {certSig(doc.Certificate.Raw), attest.ErrCertChain},
				"certificate subject":   {find([]byte(doc.Certificate.Subject.CommonName)) + 2, attest.ErrCertChain},
				"cabundle root":         {certSig(doc.CABundle[0].Raw), attest.ErrUnknownRoot},
				"cabundle regional":     {certSig(doc.CABundle[1].Raw), attest.ErrCertChain},
				"cabundle zonal":        {certSig(doc.CABundle[2].Raw), attest.ErrCertChain},
				"cabundle instance":     {certSig(doc.CABundle[3].Raw), attest.ErrCertChain},
				"protected header alg":  {3, attest.ErrMalformed},
				"payload map key":       {find([]byte("module_id")), attest.ErrMalformed},
				"COSE array head":       {0, attest.ErrMalformed},
			} {
				bad := bytes.Clone(raw)
				bad[tc.off] ^= 0x01
				_, err := Verify(ctx, evidence(bad), Options{Now: at(d.ts)})
				if !errors.Is(err, tc.want) {
					t.Errorf("%s (byte %d): %v, want %v", name, tc.off, err, tc.want)
				}
			}
		})
	}
}

// Every single-bit flip anywhere in a real document is refused with one of
// the verifier's sentinel errors: never accepted, never a panic.
func TestRealFlipSweep(t *testing.T) {
	ctx := context.Background()
	typed := []error{attest.ErrMalformed, attest.ErrSignature, attest.ErrCertChain, attest.ErrUnknownRoot, attest.ErrExpired}
	for i, d := range realDocs {
		// The first document is swept at every third byte, the others
		// sampled more sparsely, so
		// the test stays within seconds.
		stride, bits := 3, []byte{0x01}
		if i > 0 {
			stride, bits = 17, []byte{0x01, 0x80}
		}
		if testing.Short() {
			stride = 29
		}
		raw := readDoc(t, d.file)
		opts := Options{Now: at(d.ts)}
		v := NewVerifier(opts)
		for off := 0; off < len(raw); off += stride {
			for _, bit := range bits {
				bad := bytes.Clone(raw)
				bad[off] ^= bit
				_, err := v.Verify(ctx, evidence(bad))
				if err == nil {
					t.Fatalf("%s: flipping bit %#x of byte %d was accepted", d.file, bit, off)
				}
				if !isAny(err, typed) {
					t.Fatalf("%s: flipping byte %d: untyped error %v", d.file, off, err)
				}
			}
		}
	}
}

func isAny(err error, targets []error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}
