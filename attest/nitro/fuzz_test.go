package nitro

import (
	"bytes"
	"context"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// FuzzParseDocument feeds the strict parser arbitrary bytes, seeded with
// the real documents and synthetic ones: it must never panic, must return
// either a document or an ErrMalformed, and a document it returns must
// satisfy the invariants the verifier relies on.
func FuzzParseDocument(f *testing.F) {
	for _, d := range realDocs {
		f.Add(readDoc(f, d.file))
	}
	k := newTestPKI(f)
	f.Add(k.doc(f, nil))
	f.Add(append([]byte{0xd2}, k.doc(f, func(m map[string]any) { m["user_data"] = make([]byte, 64) })...))
	f.Add([]byte{0x84, 0x40, 0xa0, 0x40, 0x40})
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := ParseDocument(raw)
		if err != nil {
			if !isAny(err, []error{attest.ErrMalformed}) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if d.Certificate == nil || len(d.CABundle) == 0 || len(d.CABundle) > MaxCABundle ||
			len(d.PCRs) > MaxPCRs || d.PCR(0) == nil || d.PCR(1) == nil || d.PCR(2) == nil ||
			len(d.signature) != SignatureSize || d.Timestamp.IsZero() || d.Digest != "SHA384" {
			t.Fatalf("parsed document breaks an invariant: %+v", d)
		}
		for i, p := range d.PCRs {
			if i < 0 || i >= MaxPCRs || len(p) != PCRSize {
				t.Fatalf("PCR%d of %d bytes", i, len(p))
			}
		}
		if !bytes.Contains(raw, d.payload) {
			t.Fatal("payload is not the bytes received")
		}
	})
}

// FuzzVerify runs whole verification at the real documents' times: any
// input is refused with a typed error or accepted, never a panic; the
// only accepted inputs are AWS-signed documents.
func FuzzVerify(f *testing.F) {
	for _, d := range realDocs {
		f.Add(readDoc(f, d.file), d.ts.UnixMilli())
	}
	typed := []error{attest.ErrMalformed, attest.ErrSignature, attest.ErrCertChain, attest.ErrUnknownRoot, attest.ErrExpired}
	f.Fuzz(func(t *testing.T, raw []byte, nowMilli int64) {
		now := realDocs[0].ts
		for _, d := range realDocs {
			if d.ts.UnixMilli() == nowMilli {
				now = d.ts
			}
		}
		_, err := Verify(context.Background(), evidence(raw), Options{Now: at(now)})
		if err != nil && !isAny(err, typed) {
			t.Fatalf("untyped error %v", err)
		}
	})
}
