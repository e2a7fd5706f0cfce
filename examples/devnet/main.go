// Command devnet runs a whole TeeRollup: it deploys the Manager and the TSC,
// registers five simulated enclaves (1 SGX : 2 TDX : 2 CSV; -kinds and -rule
// pick another committee, any mix of the six kinds), starts one
// sequencer node per enclave and drives them with client goroutines that
// deposit on L1, send EIP-712 signed transfers to random nodes, and redeem.
// It prints a line per accepted height, then a summary, and checks that no
// wei was created or lost: the rollup's balances sum to deposits − redeems,
// and every redeem arrived on L1. It exits non-zero if a check fails.
//
//	go run ./examples/devnet                          # in-process simulated chain, mainnet gas rules
//	go run ./examples/devnet -rpc http://127.0.0.1:8545              # geth --dev: funded by its dev account
//	go run ./examples/devnet -rpc https://... -key HEX -fund 0.05    # any chain: funded by KEY
//
// The nodes, the L1 client and the checks are the same on every chain; only
// the backend differs.
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// Config is what the flags set.
type Config struct {
	Duration time.Duration // how long clients send transactions
	Users    int           // rollup accounts
	Batch    int           // max transactions per header
	Schedule string        // roundrobin | free | stake
	// RPC is an L1 JSON-RPC URL; empty runs an in-process simulated chain
	// mining a block every Block.
	RPC   string
	Block time.Duration
	// Key funds the run's keys on an RPC chain; nil asks the node's
	// unlocked dev account (geth --dev) through eth_sendTransaction.
	Key *ecdsa.PrivateKey
	// Fund is what each of the run's L1 keys (admin, submitters,
	// depositors) receives on an RPC chain, in wei.
	Fund   *big.Int
	Logger *slog.Logger
	// Kinds are the committee members' TEE kinds, one per member (default
	// the paper's 1 SGX : 2 TDX : 2 CSV); Rule their quorum rule (default
	// kinds>=2). Every kind runs on the simulated TEE.
	Kinds []attest.Kind
	Rule  quorum.Rule
}

// Summary is what a run did and checked.
type Summary struct {
	Heights                      uint64 // headers accepted on L1
	Txs                          uint64 // rollup transactions in them, deposits included
	Deposits, Transfers, Redeems uint64
	// Elapsed runs from the first client transaction to the last
	// accepted header, so TPS counts the drain after the load stopped.
	Elapsed  time.Duration
	TPS      float64
	AvgGas   uint64 // gas of an updateState transaction, on average
	L1Blocks uint64 // L1 blocks mined while the clients ran and drained
	// Wei: deposited on L1, redeemed on the rollup, and what the rollup
	// holds at the end (the sum of its balances).
	Deposited, Redeemed, Supply *big.Int
	Height                      uint64 // the final rollup height
	// Stale counts stale copies of applied transactions that a node
	// batched again; they fail as used nonces and move no funds.
	Stale    int
	Checks   []string // passed
	Warnings []string
}

// ErrInvariant: a check on the final state failed.
var ErrInvariant = errors.New("devnet: invariant violated")

func main() {
	cfg, verbose, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if verbose {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if _, err := run(ctx, cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "devnet:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (Config, bool, error) {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	cfg := Config{}
	fs.DurationVar(&cfg.Duration, "duration", 15*time.Second, "how long clients send transactions")
	fs.IntVar(&cfg.Users, "users", 32, "rollup accounts")
	fs.IntVar(&cfg.Batch, "batch", 2000, "max transactions per header")
	fs.StringVar(&cfg.Schedule, "schedule", "roundrobin", "leader schedule: roundrobin, free or stake")
	fs.StringVar(&cfg.RPC, "rpc", "", "L1 JSON-RPC URL (default: an in-process simulated chain)")
	fs.DurationVar(&cfg.Block, "block", 250*time.Millisecond, "block period of the simulated chain")
	key := fs.String("key", "", "hex private key that funds the run on -rpc (default: the node's dev account)")
	fund := fs.Float64("fund", 1, "ether sent to each of the run's L1 keys on -rpc")
	verbose := fs.Bool("v", false, "log the nodes to stderr")
	kinds := fs.String("kinds", "sgx,tdx,tdx,csv,csv", "TEE kind of each member (sgx, tdx, sev-snp, csv, cca, nitro), e.g. sgx,tdx,sev-snp,csv,cca,nitro")
	rule := fs.String("rule", "kinds>=2", "quorum rule (quorum.ParseRule syntax)")
	if err := fs.Parse(args); err != nil {
		return cfg, false, err
	}
	for _, name := range strings.Split(*kinds, ",") {
		k, err := quorum.ParseKind(name)
		if err != nil {
			return cfg, false, fmt.Errorf("-kinds: %w", err)
		}
		cfg.Kinds = append(cfg.Kinds, k)
	}
	r, err := quorum.ParseRule(*rule)
	if err != nil {
		return cfg, false, fmt.Errorf("-rule: %w", err)
	}
	cfg.Rule = r
	if fs.NArg() > 0 {
		return cfg, false, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *key != "" {
		k, err := crypto.HexToECDSA(strings.TrimPrefix(*key, "0x"))
		if err != nil {
			return cfg, false, fmt.Errorf("-key: %w", err)
		}
		cfg.Key = k
	}
	if *fund <= 0 {
		return cfg, false, fmt.Errorf("-fund must be positive")
	}
	cfg.Fund, _ = new(big.Float).Mul(big.NewFloat(*fund), big.NewFloat(1e18)).Int(nil)
	return cfg, *verbose, nil
}

func (c *Config) validate() error {
	if c.Duration <= 0 || c.Users < 2 || c.Batch < 1 {
		return fmt.Errorf("devnet: need a positive -duration, -users >= 2 (transfers need a recipient) and -batch >= 1")
	}
	if c.Schedule == "" {
		c.Schedule = "roundrobin"
	}
	if _, err := schedule(c.Schedule); err != nil {
		return err
	}
	if c.Block <= 0 {
		c.Block = 250 * time.Millisecond
	}
	if c.Fund == nil || c.Fund.Sign() <= 0 {
		c.Fund = big.NewInt(1e18)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

func schedule(name string) (func(*quorum.Committee) rollup.LeaderSchedule, error) {
	switch name {
	case "roundrobin":
		return nil, nil // the node's default
	case "free":
		return func(*quorum.Committee) rollup.LeaderSchedule { return rollup.FreeCompetition{} }, nil
	case "stake":
		return func(c *quorum.Committee) rollup.LeaderSchedule { return rollup.StakeWeightedFrom(c) }, nil
	}
	return nil, fmt.Errorf("devnet: unknown schedule %q (roundrobin, free or stake)", name)
}

// run assembles the rollup on the chosen L1, loads it for cfg.Duration,
// waits until every transaction sent is settled, and checks the result.
func run(ctx context.Context, cfg Config, out io.Writer) (Summary, error) {
	var sum Summary
	if err := cfg.validate(); err != nil {
		return sum, err
	}
	sched, _ := schedule(cfg.Schedule)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Keys: the admin deploys and governs, each node submits with its own
	// key (nonces), and each client deposits with its own.
	clients := min(cfg.Users, 4)
	keys, err := newKeys(1 + 5 + clients)
	if err != nil {
		return sum, err
	}
	admin, submitters, depositors := keys[0], keys[1:6], keys[6:]
	chain, err := openChain(ctx, cfg, keys, out)
	if err != nil {
		return sum, err
	}
	defer chain.close()
	if cfg.RPC != "" && cfg.Key != nil {
		// Deferred before the nodes' shutdown, so it runs after it: no
		// submitter is sending any more.
		defer func() {
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), drainTimeout(chain.block))
			defer cancel()
			if err := sweep(sctx, chain.backend, crypto.PubkeyToAddress(cfg.Key.PublicKey), keys, out); err != nil {
				fmt.Fprintf(out, "could not return the keys' funds: %v\n", err)
			}
		}()
	}

	kinds := cfg.Kinds
	if kinds == nil {
		kinds = rolluptest.PaperKinds
	}
	var rule quorum.Rule = quorum.DistinctKinds{K: 2} // rolluptest's default
	if cfg.Rule != nil {
		rule = cfg.Rule
	}
	fmt.Fprintf(out, "deploying the Manager and TSC, registering %d enclaves (%s) under %v on %s\n", len(kinds), kindMix(kinds), rule, chain.name)
	start := time.Now()
	d, err := rolluptest.Start(ctx, rolluptest.Options{
		Backend: chain.backend, Admin: admin, Submitters: submitters,
		Schedule: sched, BatchSize: cfg.Batch, PollInterval: chain.poll, RoundTimeout: chain.roundTimeout(),
		Logger: cfg.Logger, Kinds: cfg.Kinds, Rule: cfg.Rule,
	})
	if err != nil {
		if strings.Contains(err.Error(), "gas required exceeds allowance") {
			// go-ethereum 1.17's geth --dev enables Bogota (EIP-8037), under
			// which the TSC's deployment exceeds the per-transaction gas cap.
			err = fmt.Errorf("%w (on geth --dev, start from a mainnet-rules genesis: go run ./examples/devnet/gethgenesis.go)", err)
		}
		return sum, fmt.Errorf("devnet: start: %w", err)
	}
	batches := observe(d.Nodes)
	dep := d.L1.Deployment()
	fmt.Fprintf(out, "manager %s  tsc %s  committee of %d, rule %s, schedule %s  (%v)\n",
		dep.Manager, dep.Rollup, len(d.Committee.Members), d.Rule, cfg.Schedule, time.Since(start).Round(time.Millisecond))

	var nodes sync.WaitGroup
	for _, n := range d.Nodes {
		nodes.Go(func() { _ = n.Run(ctx) })
	}
	defer nodes.Wait()
	defer cancel() // runs first: stops the nodes, then Wait

	firstBlock, err := d.L1.BlockNumber(ctx)
	if err != nil {
		return sum, err
	}
	w := newWatcher(chain.backend, dep.Rollup, firstBlock, batches, out)
	// The load: clients own disjoint users, so each user's rollup nonce
	// and spendable budget have one writer.
	users, err := newUsers(cfg.Users)
	if err != nil {
		return sum, err
	}
	load := newLoad(d, chain.backend, cfg.Batch, users, depositors)
	fmt.Fprintf(out, "%d clients, %d users, %v of load\n", clients, cfg.Users, cfg.Duration)
	w.start()
	watchCtx, stopWatch := context.WithCancel(ctx)
	watched := make(chan struct{})
	go func() { defer close(watched); w.run(watchCtx, chain.poll) }()

	err = load.run(ctx, cfg.Duration)
	switch {
	case ctx.Err() != nil:
		err = fmt.Errorf("devnet: interrupted: %w", ctx.Err())
	case err != nil:
		err = fmt.Errorf("devnet: clients: %w", err)
	default:
		fmt.Fprintln(out, "load stopped; waiting for every transaction sent to settle")
		err = load.drain(ctx, drainTimeout(chain.block))
	}
	stopWatch()
	<-watched
	if err != nil {
		return sum, err
	}
	// Catch up with the last heights, then check the final state.
	if err := w.poll(ctx); err != nil {
		return sum, err
	}
	sum = w.summary(load)
	var cerr error
	sum.Checks, sum.Warnings, cerr = check(ctx, d, chain.backend, load, w)
	sum.Supply = load.supply
	sum.Height = w.height
	printSummary(out, sum, cerr)
	return sum, cerr
}

// drainTimeout bounds the wait for the last transactions: a few L1 blocks
// per height, for a handful of heights.
func drainTimeout(block time.Duration) time.Duration {
	return max(30*time.Second, 40*block)
}

func printSummary(out io.Writer, s Summary, err error) {
	fmt.Fprintln(out, "summary")
	fmt.Fprintf(out, "  heights   %d accepted, final height %d, %d L1 blocks\n", s.Heights, s.Height, s.L1Blocks)
	fmt.Fprintf(out, "  txs       %d (%d deposits, %d transfers, %d redeems) in %v: %.0f TPS\n",
		s.Txs, s.Deposits, s.Transfers, s.Redeems, s.Elapsed.Round(time.Millisecond), s.TPS)
	if s.Heights > 0 {
		perTx := uint64(0)
		if s.Txs > 0 {
			perTx = s.AvgGas * s.Heights / s.Txs
		}
		fmt.Fprintf(out, "  gas       %d per updateState on average (%d per rollup tx)\n", s.AvgGas, perTx)
	}
	fmt.Fprintf(out, "  wei       deposited %s, redeemed %s, on the rollup %s\n", s.Deposited, s.Redeemed, s.Supply)
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

// kindMix prints a committee's kinds as the paper does: "1 SGX : 2 TDX".
func kindMix(ks []attest.Kind) string {
	var order []attest.Kind
	n := map[attest.Kind]int{}
	for _, k := range ks {
		if n[k] == 0 {
			order = append(order, k)
		}
		n[k]++
	}
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%d %s", n[k], k))
	}
	return strings.Join(parts, " : ")
}
