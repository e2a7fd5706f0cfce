// Package metrics is a minimal Prometheus text exposition (format 0.0.4):
// counters, gauges and gauge functions read at scrape time, with at most a
// few label values each. The programs under examples/ serve a Registry on
// their metrics listener. No global registry: each program makes its own.
//
// It is written here rather than imported because the programs need a
// dozen series, and client_golang would add a dependency tree for that.
package metrics

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Registry holds metric families by name.
type Registry struct {
	mu   sync.Mutex
	fams map[string]*family
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{fams: map[string]*family{}} }

type family struct {
	name, help, typ string
	label           string // "" for an unlabelled family
	mu              sync.Mutex
	values          map[string]*float64 // label value → value
	fn              func() float64      // gauge function (unlabelled)
	// hist, for a histogram family: its upper bounds and the observations
	// read at scrape time.
	bounds []float64
	hist   func() []float64
}

func (r *Registry) family(name, help, typ, label string) *family {
	r.mu.Lock()
	defer r.mu.Unlock()
	if f, ok := r.fams[name]; ok {
		return f // registering twice returns the same series
	}
	f := &family{name: name, help: help, typ: typ, label: label, values: map[string]*float64{}}
	r.fams[name] = f
	return f
}

func (f *family) add(labelValue string, d float64, set bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.values[labelValue]
	if !ok {
		v = new(float64)
		f.values[labelValue] = v
	}
	if set {
		*v = d
	} else {
		*v += d
	}
}

// Counter is a monotonically increasing value.
type Counter struct{ f *family }

// Counter registers (or returns) an unlabelled counter.
func (r *Registry) Counter(name, help string) Counter {
	c := Counter{r.family(name, help, "counter", "")}
	c.f.add("", 0, false) // exposed from the start, as 0
	return c
}

// Add adds d (negative values are ignored: counters only go up).
func (c Counter) Add(d float64) {
	if d > 0 {
		c.f.add("", d, false)
	}
}

// Inc adds one.
func (c Counter) Inc() { c.Add(1) }

// CounterVec is a counter with one label.
type CounterVec struct{ f *family }

// CounterVec registers (or returns) a counter family labelled by label.
func (r *Registry) CounterVec(name, help, label string) CounterVec {
	return CounterVec{r.family(name, help, "counter", label)}
}

// Add adds d to the series with the given label value.
func (c CounterVec) Add(value string, d float64) {
	if d > 0 {
		c.f.add(value, d, false)
	}
}

// Inc adds one to the series with the given label value.
func (c CounterVec) Inc(value string) { c.Add(value, 1) }

// Gauge is a value that goes up and down.
type Gauge struct{ f *family }

// Gauge registers (or returns) an unlabelled gauge.
func (r *Registry) Gauge(name, help string) Gauge {
	g := Gauge{r.family(name, help, "gauge", "")}
	g.f.add("", 0, false)
	return g
}

// Set sets the gauge.
func (g Gauge) Set(v float64) { g.f.add("", v, true) }

// GaugeFunc registers a gauge whose value fn returns at each scrape
// (reading a Stats() snapshot, a mempool length).
func (r *Registry) GaugeFunc(name, help string, fn func() float64) {
	f := r.family(name, help, "gauge", "")
	f.mu.Lock()
	f.fn = fn
	f.mu.Unlock()
}

// CounterFunc registers a counter read at scrape time from an existing
// monotonic count (a node's Stats).
func (r *Registry) CounterFunc(name, help string, fn func() float64) {
	f := r.family(name, help, "counter", "")
	f.mu.Lock()
	f.fn = fn
	f.mu.Unlock()
}

// HistogramFunc registers a histogram over the observations fn returns at
// each scrape (a node's recorded latencies, in seconds), bucketed by the
// ascending upper bounds (a +Inf bucket is added). Reading the whole
// sample each scrape keeps the node free of a second copy of its counts.
func (r *Registry) HistogramFunc(name, help string, bounds []float64, fn func() []float64) {
	f := r.family(name, help, "histogram", "")
	f.mu.Lock()
	f.bounds, f.hist = slices.Clone(bounds), fn
	f.mu.Unlock()
}

func writeHistogram(b *strings.Builder, name string, bounds, obs []float64) {
	counts := make([]uint64, len(bounds))
	sum := 0.0
	for _, v := range obs {
		sum += v
		if i, _ := slices.BinarySearch(bounds, v); i < len(bounds) {
			counts[i]++
		}
	}
	var cum uint64
	for i, le := range bounds {
		cum += counts[i]
		fmt.Fprintf(b, "%s_bucket{le=\"%s\"} %d\n", name, format(le), cum)
	}
	fmt.Fprintf(b, "%s_bucket{le=\"+Inf\"} %d\n%s_sum %s\n%s_count %d\n", name, len(obs), name, format(sum), name, len(obs))
}

// WriteTo writes the exposition, families sorted by name.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	r.mu.Lock()
	fams := make([]*family, 0, len(r.fams))
	for _, f := range r.fams {
		fams = append(fams, f)
	}
	r.mu.Unlock()
	slices.SortFunc(fams, func(a, b *family) int { return strings.Compare(a.name, b.name) })
	var b strings.Builder
	for _, f := range fams {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", f.name, escapeHelp(f.help), f.name, f.typ)
		f.mu.Lock()
		fn := f.fn
		keys := make([]string, 0, len(f.values))
		for k := range f.values {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		vals := make([]float64, len(keys))
		for i, k := range keys {
			vals[i] = *f.values[k]
		}
		bounds, hist := f.bounds, f.hist
		f.mu.Unlock()
		if hist != nil {
			writeHistogram(&b, f.name, bounds, hist())
			continue
		}
		if fn != nil {
			// Outside the family's lock: fn may take the caller's locks.
			fmt.Fprintf(&b, "%s %s\n", f.name, format(fn()))
			continue
		}
		for i, k := range keys {
			if f.label == "" {
				fmt.Fprintf(&b, "%s %s\n", f.name, format(vals[i]))
			} else {
				fmt.Fprintf(&b, "%s{%s=\"%s\"} %s\n", f.name, f.label, escapeLabel(k), format(vals[i]))
			}
		}
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// Handler serves the registry at any path (mount it at /metrics).
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		_, _ = r.WriteTo(w)
	})
}

func format(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

var (
	helpEscaper  = strings.NewReplacer(`\`, `\\`, "\n", `\n`)
	labelEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`)
)

func escapeHelp(s string) string  { return helpEscaper.Replace(s) }
func escapeLabel(s string) string { return labelEscaper.Replace(s) }
