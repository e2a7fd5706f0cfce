package csv

import (
	"context"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

func benchVerify(b *testing.B, ev attest.Evidence, opts Options) {
	b.Helper()
	v := NewVerifier(opts)
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
}

// BenchmarkVerify measures full offline verification: payload, report and
// certificate parsing (each key checked on the curve), the signer block's
// HMAC-SM3, and four SM2 verifications (HRK→HSK, HSK→CEK, CEK→PEK,
// PEK→report).
func BenchmarkVerify(b *testing.B) {
	b.Run("real-v1", func(b *testing.B) {
		benchVerify(b, realEvidence(b), Options{})
	})
	b.Run("synthetic-v2", func(b *testing.B) {
		p := newSynthPKI(b)
		benchVerify(b, p.evidence(b, defaultParams(2)), Options{TrustedRoots: p.roots})
	})
}
