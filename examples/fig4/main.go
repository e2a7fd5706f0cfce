// Command fig4 reproduces the paper's Figure 4: committee throughput and
// header latency (p50, p99) for 5, 10, 15 and 20 sequencers × batches of
// 500, 1,000, 1,500 and 2,000 transactions, on a LAN (0.5 ms one-way) and
// a WAN (25 ms one-way, §VII-A).
//
// Each point is one run of examples/multidevnet with -netns: geth --dev
// (a block per transaction, so latency is the committee's, not the L1 block
// time's), one DAP, N sequencer processes each in its own network
// namespace behind a veth link, their peer traffic through a delaying TCP
// relay (this kernel has no netem qdisc), and a saturating load of signed
// transfers over the client APIs. It needs root, ip and geth
// (-geth, $TEEROLLUP_GETH or PATH).
//
// Beside each point it reports the bound measured in the same run, one
// second before and one after the point (their mean):
//
//	bound = cores × secp256k1 recoveries/s (one core) ÷ sequencers
//
// since every sequencer's enclave recovers every transaction's signature.
//
//	sudo go run ./examples/fig4 -out docs/fig4                     # the full sweep (~30 min on 2 cores)
//	sudo go run ./examples/fig4 -sequencers 5 -batches 500 -nets lan -duration 10s
//
// Results go to -out: results.csv (one row per point, appended as points
// finish; points already there are skipped unless -fresh), results.md and
// fig4.svg (regenerated from the CSV after every point).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// Net is a link profile.
type Net struct {
	Name  string
	Delay time.Duration // one-way
}

var nets = map[string]Net{
	"lan": {"LAN", 500 * time.Microsecond},
	"wan": {"WAN", 25 * time.Millisecond},
}

// Point is one measured configuration.
type Point struct {
	Net              string
	Sequencers       int
	Batch            int
	TPS              float64
	P50, P99         time.Duration
	Headers, Txs     uint64
	Bound            float64 // cores × single-core recoveries/s ÷ sequencers
	Cores            int
	RecoveriesPerSec float64 // one core, median of the samples around the point
	Elapsed          time.Duration
}

// summary is the part of multidevnet's Summary JSON used here.
type summary struct {
	Txs, Heights           uint64
	TPS                    float64
	LatencyHeaders         uint64
	LatencyP50, LatencyP99 time.Duration
	Checks, Warnings       []string
}

type config struct {
	sequencers, batches []int
	nets                []Net
	duration            time.Duration
	out, geth, work     string
	users, clients      int
	fresh               bool
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("fig4: %q is not a list of positive integers", s)
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	var seqs, batches, ns string
	cfg := config{}
	flag.StringVar(&seqs, "sequencers", "5,10,15,20", "committee sizes")
	flag.StringVar(&batches, "batches", "500,1000,1500,2000", "batch sizes")
	flag.StringVar(&ns, "nets", "lan,wan", "link profiles: lan (0.5ms one-way), wan (25ms)")
	flag.DurationVar(&cfg.duration, "duration", 20*time.Second, "load per point")
	flag.StringVar(&cfg.out, "out", "fig4-out", "results directory")
	flag.StringVar(&cfg.geth, "geth", "", "geth binary (default $TEEROLLUP_GETH or PATH)")
	flag.StringVar(&cfg.work, "work", "", "directory for the runs' data (default: a temporary one, removed)")
	flag.IntVar(&cfg.users, "users", 512, "rollup accounts sending")
	flag.IntVar(&cfg.clients, "clients", 48, "concurrent clients")
	flag.BoolVar(&cfg.fresh, "fresh", false, "measure every point again (default: skip points in results.csv)")
	flag.Parse()
	var err error
	if cfg.sequencers, err = ints(seqs); err == nil {
		cfg.batches, err = ints(batches)
	}
	for _, n := range strings.Split(ns, ",") {
		nt, ok := nets[strings.TrimSpace(n)]
		if !ok {
			err = fmt.Errorf("fig4: unknown net %q (lan, wan)", n)
		}
		cfg.nets = append(cfg.nets, nt)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "fig4:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config) error {
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	work := cfg.work
	if work == "" {
		var err error
		if work, err = os.MkdirTemp("", "fig4-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	bin := filepath.Join(work, "bin")
	t := time.Now()
	build := exec.CommandContext(ctx, "go", "build", "-o", bin+string(filepath.Separator),
		"github.com/teerollup/teerollup/examples/multidevnet", "github.com/teerollup/teerollup/examples/sequencer", "github.com/teerollup/teerollup/examples/dapnode")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("build: %w\n%s", err, out)
	}
	fmt.Printf("built the programs in %v\n", time.Since(t).Round(time.Second))
	csvPath := filepath.Join(cfg.out, "results.csv")
	var points []Point
	if !cfg.fresh {
		var err error
		if points, err = readCSV(csvPath); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	have := func(n Net, s, b int) bool {
		return slices.ContainsFunc(points, func(p Point) bool { return p.Net == n.Name && p.Sequencers == s && p.Batch == b })
	}
	sweep := time.Now()
	// Committee size outermost: a sweep cut short still has LAN and WAN
	// for the sizes it reached.
	for _, s := range cfg.sequencers {
		for _, n := range cfg.nets {
			for _, b := range cfg.batches {
				if have(n, s, b) {
					continue
				}
				p, err := measure(ctx, cfg, bin, work, n, s, b)
				if err != nil {
					return fmt.Errorf("%s, %d sequencers, batch %d: %w", n.Name, s, b, err)
				}
				fmt.Printf("%-3s %2d sequencers batch %4d: %7.0f tx/s (bound %5.0f, %.2f of it), header p50 %v p99 %v (%d headers, %d txs) in %v\n",
					p.Net, p.Sequencers, p.Batch, p.TPS, p.Bound, p.TPS/p.Bound, p.P50.Round(time.Millisecond), p.P99.Round(time.Millisecond), p.Headers, p.Txs, p.Elapsed.Round(time.Second))
				points = append(points, p)
				if err := writeAll(cfg.out, points); err != nil {
					return err
				}
			}
		}
	}
	fmt.Printf("sweep took %v; results in %s\n", time.Since(sweep).Round(time.Second), cfg.out)
	return writeAll(cfg.out, points)
}

// measure runs one point between two bound samples.
func measure(ctx context.Context, cfg config, bin, work string, n Net, seqs, batch int) (Point, error) {
	start := time.Now()
	before := recoveriesPerSecond(time.Second)
	sumPath := filepath.Join(work, fmt.Sprintf("%s-%d-%d.json", strings.ToLower(n.Name), seqs, batch))
	args := []string{
		"-bin", bin, "-netns", "-link-delay", n.Delay.String(), "-instant-blocks", "-da=false",
		"-sequencers", strconv.Itoa(seqs), "-daps", "1", "-batch", strconv.Itoa(batch),
		"-users", strconv.Itoa(cfg.users), "-clients", strconv.Itoa(cfg.clients),
		"-duration", cfg.duration.String(), "-refresh", "1s", "-log", "warn", "-summary-json", sumPath,
	}
	if cfg.geth != "" {
		args = append(args, "-geth", cfg.geth)
	}
	cmd := exec.CommandContext(ctx, filepath.Join(bin, "multidevnet"), args...)
	logPath := sumPath[:len(sumPath)-len(".json")] + ".log"
	lf, err := os.Create(logPath)
	if err != nil {
		return Point{}, err
	}
	cmd.Stdout, cmd.Stderr = lf, lf
	err = cmd.Run()
	lf.Close()
	if err != nil {
		log, _ := os.ReadFile(logPath)
		return Point{}, fmt.Errorf("multidevnet: %w\n%s", err, log)
	}
	raw, err := os.ReadFile(sumPath)
	if err != nil {
		return Point{}, err
	}
	var s summary
	if err := json.Unmarshal(raw, &s); err != nil {
		return Point{}, err
	}
	after := recoveriesPerSecond(time.Second)
	rec := (before + after) / 2
	cores := runtime.NumCPU()
	return Point{
		Net: n.Name, Sequencers: seqs, Batch: batch, TPS: s.TPS, P50: s.LatencyP50, P99: s.LatencyP99,
		Headers: s.LatencyHeaders, Txs: s.Txs, Cores: cores, RecoveriesPerSec: rec,
		Bound: float64(cores) * rec / float64(seqs), Elapsed: time.Since(start),
	}, nil
}

// recoveriesPerSecond is one core's secp256k1 public key recovery rate
// (what rollup's BenchmarkCommitteeThroughput samples), measured for d.
func recoveriesPerSecond(d time.Duration) float64 {
	key, _ := crypto.GenerateKey()
	digest := crypto.Keccak256([]byte("bound"))
	sig, _ := crypto.Sign(digest, key)
	var total atomic.Int64
	start := time.Now()
	var wg sync.WaitGroup
	wg.Go(func() {
		for time.Since(start) < d {
			for range 100 {
				if _, err := crypto.Ecrecover(digest, sig); err != nil {
					return
				}
			}
			total.Add(100)
		}
	})
	wg.Wait()
	return float64(total.Load()) / time.Since(start).Seconds()
}
