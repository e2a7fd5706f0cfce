package cca

import (
	"context"
	"testing"
)

// BenchmarkVerify measures full offline verification of a CCA token:
// strict parsing and two P-384 ECDSA verifications (platform under the
// CPAK, realm under the RAK) plus the RAK hash.
func BenchmarkVerify(b *testing.B) {
	for _, rt := range realTokens {
		b.Run(rt.name, func(b *testing.B) {
			ev := ccaEvidence(readTestdata(b, rt.file))
			v := NewVerifier(testOpts(b))
			ctx := context.Background()
			if _, err := v.Verify(ctx, ev); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := v.Verify(ctx, ev); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
		})
	}
}

func BenchmarkParseToken(b *testing.B) {
	raw := readTestdata(b, realTokens[0].file)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseToken(raw); err != nil {
			b.Fatal(err)
		}
	}
}
