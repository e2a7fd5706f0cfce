package main

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

const latencyMetric = "teerollup_header_latency_seconds"

// latencyHist is the sequencers' header latency histograms merged: upper
// bound → cumulative count.
type latencyHist map[float64]float64

// add merges one sequencer's scraped buckets.
func (h latencyHist) add(m map[string]float64) {
	prefix := latencyMetric + `_bucket{le="`
	for k, v := range m {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		le, err := strconv.ParseFloat(strings.TrimSuffix(k[len(prefix):], `"}`), 64)
		if err != nil {
			continue // +Inf parses; anything else is not ours
		}
		h[le] += v
	}
}

// count is the number of headers observed.
func (h latencyHist) count() float64 { return h[math.Inf(1)] }

// quantile interpolates linearly inside the bucket holding the q-th
// observation (as Prometheus' histogram_quantile does); a quantile in the
// +Inf bucket is the largest finite bound.
func (h latencyHist) quantile(q float64) time.Duration {
	n := h.count()
	if n == 0 {
		return 0
	}
	bounds := make([]float64, 0, len(h))
	for le := range h {
		bounds = append(bounds, le)
	}
	slices.Sort(bounds)
	rank := q * n
	lo, below := 0.0, 0.0
	for _, le := range bounds {
		c := h[le]
		if c >= rank {
			if math.IsInf(le, 1) {
				return time.Duration(lo * float64(time.Second))
			}
			frac := 1.0
			if c > below {
				frac = (rank - below) / (c - below)
			}
			return time.Duration((lo + (le-lo)*frac) * float64(time.Second))
		}
		lo, below = le, c
	}
	return time.Duration(lo * float64(time.Second))
}

// headerLatency scrapes every sequencer's header latency histogram.
func headerLatency(ctx context.Context, d *deployment) (latencyHist, error) {
	h := latencyHist{}
	for _, s := range d.seqs {
		m, err := scrape(ctx, s.metrics)
		if err != nil {
			return nil, err
		}
		h.add(m)
	}
	return h, nil
}
