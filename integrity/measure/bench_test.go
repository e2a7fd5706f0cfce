package measure

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// The per-probe benchmarks report measurements/s of one probe against the
// test process itself (a Go binary of a few MB).

func benchProbe(b *testing.B, probe func(p *Process, dir string, o Options) error) {
	o := Options{}.withDefaults()
	dir := filepath.Join(o.ProcRoot, strconv.Itoa(os.Getpid()))
	b.ReportAllocs()
	for b.Loop() {
		if err := probe(&Process{}, dir, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "measurements/s")
}

func BenchmarkProbeExeHash(b *testing.B) {
	benchProbe(b, func(p *Process, dir string, o Options) error { return p.readExe(context.Background(), dir, o) })
}

func BenchmarkProbeEnv(b *testing.B) {
	benchProbe(b, func(p *Process, dir string, o Options) error { return p.readEnviron(dir, o) })
}

func BenchmarkProbeSockets(b *testing.B) {
	for i := 0; i < 8; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		defer l.Close()
	}
	benchProbe(b, func(p *Process, dir string, o Options) error { return p.readSockets(dir, o) })
}

func BenchmarkProbeMappings(b *testing.B) {
	benchProbe(b, func(p *Process, dir string, o Options) error { return p.readMappings(context.Background(), dir, o) })
}

func BenchmarkObserveFull(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Observe(context.Background(), os.Getpid(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "measurements/s")
}

// BenchmarkFileTree hashes a tree of 200 files of 4 KiB each.
func BenchmarkFileTree(b *testing.B) {
	dir := b.TempDir()
	data := make([]byte, 4096)
	for i := 0; i < 200; i++ {
		sub := filepath.Join(dir, strconv.Itoa(i%10))
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, strconv.Itoa(i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FileTree(context.Background(), dir, TreeOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "measurements/s")
}
