package metrics

import (
	"strings"
	"testing"
)

func TestExposition(t *testing.T) {
	r := NewRegistry()
	c := r.Counter("x_total", "a counter")
	c.Inc()
	c.Add(2)
	c.Add(-5) // ignored
	v := r.CounterVec("rejected_total", "by reason", "reason")
	v.Inc("nonce_window")
	v.Inc(`bad"quote`)
	v.Inc("nonce_window")
	g := r.Gauge("g", "a gauge")
	g.Set(-1.5)
	r.GaugeFunc("height", "read at scrape", func() float64 { return 42 })
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	want := `# HELP g a gauge
# TYPE g gauge
g -1.5
# HELP height read at scrape
# TYPE height gauge
height 42
# HELP rejected_total by reason
# TYPE rejected_total counter
rejected_total{reason="bad\"quote"} 1
rejected_total{reason="nonce_window"} 2
# HELP x_total a counter
# TYPE x_total counter
x_total 3
`
	if b.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestHistogramFunc(t *testing.T) {
	r := NewRegistry()
	r.HistogramFunc("lat_seconds", "latency", []float64{0.1, 0.5}, func() []float64 { return []float64{0.05, 0.1, 0.3, 2} })
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	want := `# HELP lat_seconds latency
# TYPE lat_seconds histogram
lat_seconds_bucket{le="0.1"} 2
lat_seconds_bucket{le="0.5"} 3
lat_seconds_bucket{le="+Inf"} 4
lat_seconds_sum 2.45
lat_seconds_count 4
`
	if b.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", b.String(), want)
	}
}
