package sim_test

import (
	"context"
	"testing"
)

func BenchmarkVerify(b *testing.B) {
	fx := newFixture(b)
	ev := fx.quote(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fx.v.Verify(ctx, ev); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

func BenchmarkQuote(b *testing.B) {
	fx := newFixture(b)
	b.ReportAllocs()
	for b.Loop() {
		fx.quote(b)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "quotes/s")
}
