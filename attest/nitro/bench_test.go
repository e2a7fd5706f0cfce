package nitro

import (
	"context"
	"testing"
)

// BenchmarkVerify measures full offline verification of a real document:
// strict CBOR parsing, five certificate parses, four certificate
// signatures (P-384) and the document's ES384 signature.
func BenchmarkVerify(b *testing.B) {
	for _, d := range realDocs[:1] {
		raw := readDoc(b, d.file)
		v := NewVerifier(Options{Now: at(d.ts)})
		ctx := context.Background()
		if _, err := v.Verify(ctx, evidence(raw)); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			if _, err := v.Verify(ctx, evidence(raw)); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
	}
}

func BenchmarkParseDocument(b *testing.B) {
	raw := readDoc(b, realDocs[0].file)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDocument(raw); err != nil {
			b.Fatal(err)
		}
	}
}
