package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

var csvHeader = []string{"net", "sequencers", "batch", "tps", "p50_ms", "p99_ms", "headers", "txs", "bound_tps", "of_bound", "cores", "recoveries_per_s", "point_s"}

func ms(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 1, 64) }

func writeAll(dir string, points []Point) error {
	slices.SortFunc(points, func(a, b Point) int {
		if c := strings.Compare(a.Net, b.Net); c != 0 {
			return c
		}
		if a.Sequencers != b.Sequencers {
			return a.Sequencers - b.Sequencers
		}
		return a.Batch - b.Batch
	})
	if err := writeCSV(filepath.Join(dir, "results.csv"), points); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "results.md"), []byte(markdown(points)), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "fig4.svg"), []byte(svg(points)), 0o644)
}

func writeCSV(path string, points []Point) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	_ = w.Write(csvHeader)
	for _, p := range points {
		_ = w.Write([]string{p.Net, strconv.Itoa(p.Sequencers), strconv.Itoa(p.Batch), fmt.Sprintf("%.1f", p.TPS), ms(p.P50), ms(p.P99),
			strconv.FormatUint(p.Headers, 10), strconv.FormatUint(p.Txs, 10), fmt.Sprintf("%.0f", p.Bound), fmt.Sprintf("%.3f", p.TPS/p.Bound),
			strconv.Itoa(p.Cores), fmt.Sprintf("%.0f", p.RecoveriesPerSec), fmt.Sprintf("%.0f", p.Elapsed.Seconds())})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readCSV(path string) ([]Point, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []Point
	for i, r := range rows {
		if i == 0 {
			continue
		}
		if len(r) != len(csvHeader) {
			return nil, fmt.Errorf("%s: row %d has %d fields, want %d", path, i, len(r), len(csvHeader))
		}
		var p Point
		var bad error
		num := func(s string) float64 {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				bad = fmt.Errorf("%s: row %d: %w", path, i, err)
			}
			return v
		}
		p.Net, p.Sequencers, p.Batch = r[0], int(num(r[1])), int(num(r[2]))
		p.TPS = num(r[3])
		p.P50, p.P99 = time.Duration(num(r[4])*1e6), time.Duration(num(r[5])*1e6)
		p.Headers, p.Txs = uint64(num(r[6])), uint64(num(r[7]))
		p.Bound, p.Cores, p.RecoveriesPerSec = num(r[8]), int(num(r[10])), num(r[11])
		p.Elapsed = time.Duration(num(r[12]) * 1e9)
		if bad != nil {
			return nil, bad
		}
		out = append(out, p)
	}
	return out, nil
}

func markdown(points []Point) string {
	var b strings.Builder
	b.WriteString("| net | sequencers | batch | tx/s | bound tx/s | of bound | header p50 (ms) | header p99 (ms) | headers |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, p := range points {
		fmt.Fprintf(&b, "| %s | %d | %d | %.0f | %.0f | %.2f | %s | %s | %d |\n", p.Net, p.Sequencers, p.Batch, p.TPS, p.Bound, p.TPS/p.Bound, ms(p.P50), ms(p.P99), p.Headers)
	}
	if len(points) > 0 {
		fmt.Fprintf(&b, "\nbound = cores (%d) × one core's secp256k1 recoveries/s (%.0f–%.0f over the run) ÷ sequencers\n", points[0].Cores, minRec(points), maxRec(points))
	}
	return b.String()
}

func minRec(ps []Point) float64 {
	m := math.Inf(1)
	for _, p := range ps {
		m = min(m, p.RecoveriesPerSec)
	}
	return m
}

func maxRec(ps []Point) float64 {
	m := 0.0
	for _, p := range ps {
		m = max(m, p.RecoveriesPerSec)
	}
	return m
}

// palette: one colour per committee size.
var palette = []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"}

// svg draws a 3 × 2 grid: columns throughput, p50, p99; rows LAN, WAN;
// x = batch size, a line per committee size (throughput panels also show
// each size's bound, dashed).
func svg(points []Point) string {
	const pw, ph, ml, mr, mt, mb = 300.0, 220.0, 55.0, 15.0, 30.0, 40.0
	metrics := []struct {
		name string
		val  func(Point) float64
	}{
		{"throughput (tx/s)", func(p Point) float64 { return p.TPS }},
		{"header latency p50 (ms)", func(p Point) float64 { return float64(p.P50) / 1e6 }},
		{"header latency p99 (ms)", func(p Point) float64 { return float64(p.P99) / 1e6 }},
	}
	netNames := []string{"LAN", "WAN"}
	var seqs, batches []int
	for _, p := range points {
		if !slices.Contains(seqs, p.Sequencers) {
			seqs = append(seqs, p.Sequencers)
		}
		if !slices.Contains(batches, p.Batch) {
			batches = append(batches, p.Batch)
		}
	}
	slices.Sort(seqs)
	slices.Sort(batches)
	W, H := 3*(pw+ml+mr), 2*(ph+mt+mb)+40
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="sans-serif" font-size="11">`+"\n", W, H)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	for mi, m := range metrics {
		// One y scale per metric across LAN and WAN, so they compare.
		ymax := 0.0
		for _, p := range points {
			ymax = max(ymax, m.val(p))
			if mi == 0 {
				ymax = max(ymax, p.Bound)
			}
		}
		ymax = niceCeil(ymax)
		for ni, net := range netNames {
			ox, oy := float64(mi)*(pw+ml+mr)+ml, float64(ni)*(ph+mt+mb)+mt
			fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-weight="bold">%s, %s</text>`+"\n", ox, oy-10, net, m.name)
			fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" fill="none" stroke="#444"/>`+"\n", ox, oy, pw, ph)
			x := func(batch int) float64 {
				if len(batches) < 2 {
					return ox + pw/2
				}
				lo, hi := float64(batches[0]), float64(batches[len(batches)-1])
				return ox + 10 + (pw-20)*(float64(batch)-lo)/(hi-lo)
			}
			y := func(v float64) float64 {
				if ymax == 0 {
					return oy + ph
				}
				return oy + ph - ph*v/ymax
			}
			for _, bt := range batches {
				fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="middle">%d</text>`+"\n", x(bt), oy+ph+14, bt)
			}
			fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="middle">batch size</text>`+"\n", ox+pw/2, oy+ph+30)
			for i := 0; i <= 4; i++ {
				v := ymax * float64(i) / 4
				fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.0f" y="%.1f" text-anchor="end">%s</text>`+"\n", ox, ox+pw, y(v), y(v), ox-4, y(v)+4, strconv.FormatFloat(v, 'f', -1, 64))
			}
			for si, s := range seqs {
				col := palette[si%len(palette)]
				var line, bound []string
				for _, bt := range batches {
					for _, p := range points {
						if p.Net == net && p.Sequencers == s && p.Batch == bt {
							line = append(line, fmt.Sprintf("%.1f,%.1f", x(bt), y(m.val(p))))
							bound = append(bound, fmt.Sprintf("%.1f,%.1f", x(bt), y(p.Bound)))
							fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", x(bt), y(m.val(p)), col)
						}
					}
				}
				if len(line) > 1 {
					fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"/>`+"\n", strings.Join(line, " "), col)
				}
				if mi == 0 && len(bound) > 1 {
					fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-dasharray="4 3"/>`+"\n", strings.Join(bound, " "), col)
				}
			}
		}
	}
	// Legend.
	lx, ly := ml, H-15
	for si, s := range seqs {
		col := palette[si%len(palette)]
		fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%.0f" y2="%.0f" stroke="%s" stroke-width="2"/><text x="%.0f" y="%.0f">%d sequencers</text>`+"\n", lx, lx+20, ly-4, ly-4, col, lx+24, ly, s)
		lx += 120
	}
	fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%.0f" y2="%.0f" stroke="#444" stroke-dasharray="4 3"/><text x="%.0f" y="%.0f">bound (cores × recoveries/s ÷ sequencers)</text>`+"\n", lx, lx+20, ly-4, ly-4, lx+24, ly)
	b.WriteString("</svg>\n")
	return b.String()
}

// niceCeil rounds up to 1, 2 or 5 × a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}
