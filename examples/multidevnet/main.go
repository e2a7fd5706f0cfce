// Command multidevnet runs a whole TeeRollup as separate processes over
// loopback JSON-RPC: geth --dev (started from a mainnet-rules genesis),
// N sequencer processes (examples/sequencer) and M DAP processes
// (examples/dapnode), built from this module, and the load of
// examples/devnet sent through the sequencers' client APIs. It prints a
// line per accepted height (the batch read back from the DAPs) and the
// end-of-run checks: nothing created or lost, every transaction applied
// once, redeems paid on L1, every sequencer and DAP at the TSC's height.
//
//	go run ./examples/multidevnet                          # 5 sequencers, 2 DAPs, 20s of load
//	go run ./examples/multidevnet -kill                    # kill -9 a sequencer and a DAP mid-run, restart them
//	go run ./examples/multidevnet -sequencers 7 -daps 3 -dir /tmp/devnet -keep
//
// geth comes from -geth, $TEEROLLUP_GETH or PATH (build one with
// go build -o geth github.com/ethereum/go-ethereum/cmd/geth). Each
// process's data dir, config and log are under -dir.
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
)

// Config is what the flags set.
type Config struct {
	Sequencers, DAPs int
	Users, Batch     int
	// Clients send concurrently, each for its share of the users, one
	// call at a time (default 4); a saturating load needs more.
	Clients int
	// Refresh is how often clients re-read their users' nonces from a
	// sequencer (default 100ms); with hundreds of users a longer period
	// keeps the reads from loading the machine being measured.
	Refresh      time.Duration
	Duration     time.Duration
	RoundTimeout time.Duration
	// Kill kills -9 one sequencer and one DAP a third into the load and
	// restarts them (same data dirs) at two thirds.
	Kill     bool
	Geth     string // geth binary
	Bin      string // directory with sequencer and dapnode binaries; empty: build them into Dir/bin
	Dir      string // work dir; empty: a temporary one
	Keep     bool   // keep Dir after the run
	LogLevel string // the processes' log level
	// DA runs the DAPs in the penalty game (collateral, answers); with
	// Kill, a chunk is requested while a DAP is down.
	DA bool
	// Netns puts each sequencer in its own network namespace behind a
	// veth link (needs root and ip), its peer API reached through a relay
	// that delays each direction by LinkDelay (see netTopo).
	Netns     bool
	LinkDelay time.Duration
	// InstantBlocks runs geth --dev with period 0 (a block as soon as a
	// transaction arrives) instead of 1 s blocks, so header latency is
	// the committee's and not the L1 block time's.
	InstantBlocks bool
	// SummaryJSON, if set, is where the Summary is written as JSON.
	SummaryJSON string
}

// Summary is what a run did and checked.
type Summary struct {
	Heights, Height, Txs         uint64
	Deposits, Transfers, Redeems uint64
	Resent                       uint64
	Elapsed                      time.Duration
	TPS                          float64
	AvgGas                       uint64
	Deposited, Redeemed, Supply  *big.Int
	Killed, Restarted            []string
	// DARequest is the chunk request made while a DAP was down (Kill, DA).
	DARequest        *dap.Request
	Stale            int
	Checks, Warnings []string
	// Header latency (batch built → accepted on L1) over every header,
	// from the sequencers' teerollup_header_latency_seconds histograms.
	LatencyHeaders         uint64
	LatencyP50, LatencyP99 time.Duration
	Sequencers, Batch      int
	LinkDelay              time.Duration
}

// ErrInvariant: an end-of-run check failed.
var ErrInvariant = errors.New("multidevnet: invariant violated")

func main() {
	cfg := Config{}
	fs := flag.NewFlagSet("multidevnet", flag.ExitOnError)
	fs.IntVar(&cfg.Sequencers, "sequencers", 5, "sequencer processes")
	fs.IntVar(&cfg.DAPs, "daps", 2, "DAP processes")
	fs.IntVar(&cfg.Users, "users", 16, "rollup accounts")
	fs.IntVar(&cfg.Clients, "clients", 4, "concurrent clients sending the users' transactions")
	fs.DurationVar(&cfg.Refresh, "refresh", refreshEvery, "how often clients re-read their users' nonces")
	fs.IntVar(&cfg.Batch, "batch", 500, "max transactions per header")
	fs.DurationVar(&cfg.Duration, "duration", 20*time.Second, "how long clients send transactions")
	fs.DurationVar(&cfg.RoundTimeout, "round-timeout", 3*time.Second, "sequencers' round timeout (a dead leader costs this much)")
	fs.BoolVar(&cfg.Kill, "kill", false, "kill -9 a sequencer and a DAP mid-run and restart them")
	fs.StringVar(&cfg.Geth, "geth", "", "geth binary (default $TEEROLLUP_GETH or PATH)")
	fs.StringVar(&cfg.Bin, "bin", "", "directory holding prebuilt sequencer and dapnode binaries")
	fs.StringVar(&cfg.Dir, "dir", "", "work directory (default: a temporary one)")
	fs.BoolVar(&cfg.Keep, "keep", false, "keep the work directory")
	fs.StringVar(&cfg.LogLevel, "log", "info", "the processes' log level")
	fs.BoolVar(&cfg.DA, "da", true, "run the DAPs in the DA penalty game")
	fs.BoolVar(&cfg.Netns, "netns", false, "run each sequencer in its own network namespace (root, ip)")
	fs.DurationVar(&cfg.LinkDelay, "link-delay", 0, "with -netns: one-way delay of the sequencers' links (0.5ms LAN, 25ms WAN)")
	fs.BoolVar(&cfg.InstantBlocks, "instant-blocks", false, "geth --dev mines a block per arriving transaction (period 0) instead of every second")
	fs.StringVar(&cfg.SummaryJSON, "summary-json", "", "write the run's summary as JSON to this file")
	_ = fs.Parse(os.Args[1:])
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if _, err := Run(ctx, cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "multidevnet:", err)
		os.Exit(1)
	}
}

func (c *Config) validate() error {
	if c.Sequencers < 2 || c.DAPs < 1 || c.Users < 2 || c.Batch < 1 || c.Duration <= 0 {
		return errors.New("multidevnet: need -sequencers >= 2, -daps >= 1, -users >= 2, -batch >= 1, a positive -duration")
	}
	if c.Kill && (c.Sequencers < 3 || c.DAPs < 2) {
		return errors.New("multidevnet: -kill needs -sequencers >= 3 and -daps >= 2 (the rest carry on)")
	}
	if c.LinkDelay < 0 || (c.LinkDelay > 0 && !c.Netns) {
		return errors.New("multidevnet: -link-delay needs -netns and must not be negative")
	}
	if c.Refresh <= 0 {
		c.Refresh = refreshEvery
	}
	if c.Clients <= 0 {
		c.Clients = 4
	}
	if c.RoundTimeout <= 0 {
		c.RoundTimeout = 3 * time.Second
	}
	if c.LogLevel == "" {
		c.LogLevel = "info"
	}
	return nil
}

// buildPrograms builds the sequencer and dapnode commands into dir.
func buildPrograms(ctx context.Context, dir string) error {
	cmd := exec.CommandContext(ctx, "go", "build", "-o", dir+string(filepath.Separator),
		"github.com/teerollup/teerollup/examples/sequencer", "github.com/teerollup/teerollup/examples/dapnode")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("multidevnet: build programs: %w\n%s", err, out)
	}
	return nil
}

// Run starts everything, loads the rollup, stops everything and checks.
func Run(ctx context.Context, cfg Config, out io.Writer) (sum Summary, err error) {
	if err := cfg.validate(); err != nil {
		return sum, err
	}
	say := func(f string, a ...any) { fmt.Fprintf(out, f+"\n", a...) }
	gethBin, err := FindGeth(cfg.Geth)
	if err != nil {
		return sum, err
	}
	if cfg.Dir == "" {
		if cfg.Dir, err = os.MkdirTemp("", "multidevnet-"); err != nil {
			return sum, err
		}
		if !cfg.Keep {
			defer os.RemoveAll(cfg.Dir)
		}
	} else if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return sum, err
	}
	if cfg.Bin == "" {
		cfg.Bin = filepath.Join(cfg.Dir, "bin")
		t := time.Now()
		if err := buildPrograms(ctx, cfg.Bin); err != nil {
			return sum, err
		}
		say("built sequencer and dapnode in %v", time.Since(t).Round(time.Millisecond))
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	sum.Sequencers, sum.Batch, sum.LinkDelay = cfg.Sequencers, cfg.Batch, cfg.LinkDelay
	var topo *netTopo
	host := "127.0.0.1"
	if cfg.Netns {
		if topo, err = newNetTopo(ctx, cfg.Sequencers); err != nil {
			return sum, err
		}
		defer topo.close()
		host = topo.hostIP()
		say("%d network namespaces (%s0…), veth links, peer traffic delayed %v each way by relays", cfg.Sequencers, topo.prefix, cfg.LinkDelay)
	}
	period, blocks := 1, "1s blocks"
	if cfg.InstantBlocks {
		period, blocks = 0, "a block per transaction"
	}
	geth, url, err := startGeth(ctx, gethBin, cfg.Dir, host, period)
	if err != nil {
		return sum, err
	}
	defer geth.stop(10 * time.Second)
	say("geth --dev (mainnet rules, %s) at %s; work dir %s", blocks, url, cfg.Dir)
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return sum, err
	}
	defer ec.Close()
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return sum, err
	}
	b := &nonceGuard{Client: ec, signer: types.LatestSignerForChainID(chainID), next: map[common.Address]uint64{}}

	clients := min(cfg.Users, cfg.Clients)
	keys := make([]*ecdsa.PrivateKey, 1+cfg.Sequencers+clients+cfg.DAPs)
	addrs := make([]common.Address, len(keys))
	for i := range keys {
		if keys[i], err = crypto.GenerateKey(); err != nil {
			return sum, err
		}
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	admin, submitters := keys[0], keys[1:1+cfg.Sequencers]
	depositors, dapKeys := keys[1+cfg.Sequencers:1+cfg.Sequencers+clients], keys[1+cfg.Sequencers+clients:]
	f, err := newDevFunder(ctx, ec)
	if err != nil {
		return sum, err
	}
	if err := f.fund(ctx, addrs, big.NewInt(1e18)); err != nil {
		return sum, err
	}
	t := time.Now()
	d, err := deploy(ctx, cfg, topo, b, url, admin, submitters, dapKeys, say)
	if err != nil {
		return sum, err
	}
	say("deployed and registered %d enclaves in %v", cfg.Sequencers, time.Since(t).Round(time.Millisecond))

	var procs []*proc
	for _, dn := range d.daps {
		procs = append(procs, dn.proc)
	}
	for _, s := range d.seqs {
		procs = append(procs, s.proc)
	}
	defer func() {
		// Graceful stop: every process must exit cleanly on SIGTERM.
		for _, p := range procs {
			if p.alive() && !p.stop(15*time.Second) {
				sum.Warnings = append(sum.Warnings, fmt.Sprintf("%s did not stop cleanly on SIGTERM (see %s)", p.name, p.log))
			}
		}
	}()
	for _, p := range procs {
		if err := p.start(); err != nil {
			return sum, err
		}
	}
	for _, dn := range d.daps {
		if err := waitHealthy(ctx, dn.metrics, dn.proc); err != nil {
			return sum, fmt.Errorf("%s: %w (see %s)", dn.proc.name, err, dn.proc.log)
		}
	}
	for _, s := range d.seqs {
		if err := waitHealthy(ctx, s.metrics, s.proc); err != nil {
			return sum, fmt.Errorf("%s: %w (see %s)", s.proc.name, err, s.proc.log)
		}
	}
	say("%d sequencers and %d DAPs up (peer, client and metrics listeners each)", len(d.seqs), len(d.daps))

	nodes := make([]*rpcNode, len(d.seqs))
	for i, s := range d.seqs {
		c, err := rollup.DialClient(ctx, s.client)
		if err != nil {
			return sum, err
		}
		defer c.C.Close()
		nodes[i] = &rpcNode{c: c}
	}
	var dapRPC []*rpc.Client
	for _, dn := range d.daps {
		c, err := rpc.DialContext(ctx, dn.url)
		if err != nil {
			return sum, err
		}
		defer c.Close()
		dapRPC = append(dapRPC, c)
	}
	users, err := newUsers(cfg.Users)
	if err != nil {
		return sum, err
	}
	victimSeq, victimDAP := len(d.seqs)-1, len(d.daps)-1
	alive := func(i int) bool { return d.seqs[i].proc.alive() }
	l := newLoad(d.l1, b, d.domain, nodes, alive, 0, cfg.Batch, users, depositors)
	l.refresh = cfg.Refresh
	w := newWatcher(b, d.l1.Deployment().Rollup, d.deployBlock, dapRPC, out)
	say("%d clients, %d users, %v of load over the sequencers' client APIs", clients, cfg.Users, cfg.Duration)
	w.start()
	watchCtx, stopWatch := context.WithCancel(ctx)
	watched := make(chan struct{})
	go func() { defer close(watched); w.run(watchCtx, 250*time.Millisecond) }()

	chaos := make(chan error, 1)
	if cfg.Kill {
		go func() {
			chaos <- killAndRestart(ctx, cfg.Duration, d, b, admin, d.seqs[victimSeq], d.daps[victimDAP], say, &sum)
		}()
	} else {
		chaos <- nil
	}
	err = l.run(ctx, cfg.Duration)
	if cerr := <-chaos; err == nil {
		err = cerr
	}
	if err == nil {
		say("load stopped; waiting for every transaction sent to settle")
		err = l.drain(ctx, 90*time.Second, func(ctx context.Context) (bool, error) { return settled(ctx, d, nodes, dapRPC, sum.DARequest) })
	}
	stopWatch()
	<-watched
	if err != nil {
		return sum, err
	}
	// Catch up with the last heights (their batches from the DAPs).
	for deadline := time.Now().Add(30 * time.Second); ; {
		perr := w.poll(ctx)
		if perr == nil && len(w.queue) == 0 {
			break
		}
		if time.Now().After(deadline) {
			return sum, fmt.Errorf("multidevnet: %d accepted heights not served by any DAP: %w", len(w.queue), perr)
		}
		select {
		case <-ctx.Done():
			return sum, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	sum.Heights, sum.Height, sum.Txs = w.heights, w.height, uint64(w.stats.txs())
	sum.Deposits, sum.Transfers, sum.Redeems = uint64(w.stats.deposits), uint64(w.stats.transfers), uint64(w.stats.redeems)
	sum.Stale, sum.Resent = w.stale, l.resent
	sum.Deposited, sum.Redeemed = new(big.Int).Set(l.deposited), new(big.Int).Set(l.redeemed)
	if !w.last.IsZero() {
		sum.Elapsed = w.last.Sub(w.began)
		sum.TPS = float64(sum.Txs) / sum.Elapsed.Seconds()
	}
	if w.heights > 0 {
		sum.AvgGas = w.gas / w.heights
	}
	if h, err := headerLatency(ctx, d); err == nil {
		sum.LatencyHeaders = uint64(h.count())
		sum.LatencyP50, sum.LatencyP99 = h.quantile(0.5), h.quantile(0.99)
	} else {
		sum.Warnings = append(sum.Warnings, fmt.Sprintf("header latency not read: %v", err))
	}
	var cerr error
	sum.Supply = new(big.Int)
	sum.Checks, sum.Warnings, cerr = check(ctx, d, b, nodes, dapRPC, l, w, sum.Supply)
	printSummary(out, sum, cerr)
	if cfg.SummaryJSON != "" {
		if err := writeJSON(cfg.SummaryJSON, sum); err != nil && cerr == nil {
			cerr = err
		}
	}
	return sum, cerr
}

// killAndRestart kills -9 a sequencer and a DAP a third into the load and
// restarts them on the same data dirs at two thirds.
func killAndRestart(ctx context.Context, load time.Duration, d *deployment, b *nonceGuard, admin *ecdsa.PrivateKey, s *seqNode, dn *dapNode, say func(string, ...any), sum *Summary) error {
	select {
	case <-ctx.Done():
		return nil
	case <-time.After(load / 3):
	}
	s.proc.kill()
	dn.proc.kill()
	sum.Killed = []string{s.proc.name, dn.proc.name}
	say("-- kill -9 %s (enclave %s) and %s", s.proc.name, s.enclave, dn.proc.name)
	if d.da != nil {
		// A busy machine may not have a height on the DAPs yet: retry.
		var r *dap.Request
		var err error
		for try := 0; try < 40; try++ {
			if r, err = requestChunk(ctx, d, b, admin); err == nil || ctx.Err() != nil {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
		if err != nil {
			return fmt.Errorf("DA request: %w", err)
		}
		sum.DARequest = r
		say("-- requested a chunk of height %d from the DAPs (request %d, deadline block %d) while %s is down", r.Height, r.ID, r.Deadline, dn.proc.name)
	}
	select {
	case <-ctx.Done():
		return nil
	case <-time.After(load / 3):
	}
	if err := s.proc.start(); err != nil {
		return err
	}
	if err := dn.proc.start(); err != nil {
		return err
	}
	if err := waitHealthy(ctx, s.metrics, s.proc); err != nil {
		return fmt.Errorf("restarted %s: %w (see %s)", s.proc.name, err, s.proc.log)
	}
	if err := waitHealthy(ctx, dn.metrics, dn.proc); err != nil {
		return fmt.Errorf("restarted %s: %w (see %s)", dn.proc.name, err, dn.proc.log)
	}
	sum.Restarted = []string{s.proc.name, dn.proc.name}
	say("-- restarted %s and %s on their data dirs", s.proc.name, dn.proc.name)
	return nil
}

func printSummary(out io.Writer, s Summary, err error) {
	fmt.Fprintln(out, "summary")
	fmt.Fprintf(out, "  heights   %d accepted, final height %d\n", s.Heights, s.Height)
	fmt.Fprintf(out, "  txs       %d (%d deposits, %d transfers, %d redeems) in %v: %.0f TPS\n",
		s.Txs, s.Deposits, s.Transfers, s.Redeems, s.Elapsed.Round(time.Millisecond), s.TPS)
	if s.LatencyHeaders > 0 {
		fmt.Fprintf(out, "  latency   p50 %v, p99 %v per header (%d headers, batch built → accepted on L1)\n", s.LatencyP50.Round(time.Millisecond), s.LatencyP99.Round(time.Millisecond), s.LatencyHeaders)
	}
	if s.Heights > 0 && s.Txs > 0 {
		fmt.Fprintf(out, "  gas       %d per updateState on average (%d per rollup tx)\n", s.AvgGas, s.AvgGas*s.Heights/s.Txs)
	}
	fmt.Fprintf(out, "  wei       deposited %s, redeemed %s, on the rollup %s\n", s.Deposited, s.Redeemed, s.Supply)
	if len(s.Killed) > 0 {
		fmt.Fprintf(out, "  chaos     killed -9 %v, restarted %v; %d transactions re-sent after a node failed mid-call\n", s.Killed, s.Restarted, s.Resent)
	}
	if s.DARequest != nil {
		fmt.Fprintf(out, "  DA game   chunk request %d (height %d) made while a DAP was down, settled\n", s.DARequest.ID, s.DARequest.Height)
	}
	if s.Stale > 0 {
		fmt.Fprintf(out, "  stale     %d copies of applied transactions batched again (failed as used nonces)\n", s.Stale)
	}
	for _, c := range s.Checks {
		fmt.Fprintf(out, "  ok        %s\n", c)
	}
	for _, wn := range s.Warnings {
		fmt.Fprintf(out, "  warning   %s\n", wn)
	}
	if err != nil {
		fmt.Fprintf(out, "  FAILED    %v\n", err)
	}
}
