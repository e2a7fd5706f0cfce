package sgx

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

// BenchmarkVerify measures full offline verification: quote parsing, the
// PCK chain (three ECDSA verifications), the QE and ISV signatures, and
// with collateral the TCB info and QE identity signatures and their
// signing chain.
func BenchmarkVerify(b *testing.B) {
	b.Run("synthetic", func(b *testing.B) {
		k := newTestPKI(b, defaultPCK)
		benchVerify(b, synthEvidence(k.quote(b, defaultQuoteParams())), Options{TrustedRoots: k.roots, Now: clock(synthEpoch)})
	})
	b.Run("real", func(b *testing.B) {
		rq := realQuotes(b)[1]
		nb, _ := chainWindow(pckChainOf(b, rq.raw))
		benchVerify(b, attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}, Options{Now: clock(nb.AddDate(1, 0, 0))})
	})
	b.Run("real+collateral", func(b *testing.B) {
		rq := realQuotes(b)[1]
		tcb := readFixture(b, "sgx_tcbinfov3_00606a000000.json")
		qe := readFixture(b, "sgx_qeidentity_v4.json")
		now := date("2025-08-20T00:00:00Z")
		benchVerify(b, attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}, Options{Now: clock(now), Collateral: &Collateral{TCBInfo: tcb, QEIdentity: qe}})
	})
}

func BenchmarkParseQuote(b *testing.B) {
	k := newTestPKI(b, defaultPCK)
	raw := k.quote(b, defaultQuoteParams()).Raw()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := ParseQuote(raw); err != nil {
			b.Fatal(err)
		}
	}
}
