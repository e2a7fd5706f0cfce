package main

import (
	"math"
	"testing"
	"time"
)

func TestLatencyQuantile(t *testing.T) {
	h := latencyHist{}
	h.add(map[string]float64{
		latencyMetric + `_bucket{le="0.1"}`:  10,
		latencyMetric + `_bucket{le="0.2"}`:  90,
		latencyMetric + `_bucket{le="+Inf"}`: 100,
		latencyMetric + `_count`:             100,
	})
	h.add(map[string]float64{latencyMetric + `_bucket{le="0.1"}`: 0, latencyMetric + `_bucket{le="0.2"}`: 0, latencyMetric + `_bucket{le="+Inf"}`: 0})
	if h.count() != 100 || h[math.Inf(1)] != 100 {
		t.Fatalf("count %v", h.count())
	}
	for _, c := range []struct {
		q    float64
		want time.Duration
	}{{0.05, 50 * time.Millisecond}, {0.5, 150 * time.Millisecond}, {0.99, 200 * time.Millisecond}} {
		if got := h.quantile(c.q); (got - c.want).Abs() > time.Millisecond {
			t.Errorf("q%v = %v, want %v", c.q, got, c.want)
		}
	}
	if (latencyHist{}).quantile(0.5) != 0 {
		t.Error("empty histogram")
	}
}
