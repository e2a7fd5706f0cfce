// Command dapnode runs a data-availability provider (§V-F): it stores every
// accepted height's header and metadata (uploaded by the sequencers, each
// checked against the TSC), keeps a replica of the account tree, serves
// chunks and balance proofs over JSON-RPC (package dap's API), copies
// heights it missed from peer DAPs, and optionally answers the penalty
// game's chunk requests on L1. /metrics and /healthz are on a separate
// listener.
//
//	dapnode -config dap.json     # serve until SIGINT/SIGTERM
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/examples/internal/daemon"
	"github.com/teerollup/teerollup/internal/metrics"
	"github.com/teerollup/teerollup/rollup"
)

func main() {
	if err := Main(context.Background(), os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "dapnode:", err)
		if errors.Is(err, daemon.ErrConfig) || errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// Main parses the flags and runs the node until SIGINT or SIGTERM.
func Main(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("dapnode", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "dapnode.json", "config file (JSON)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := LoadConfig(*path)
	if err != nil {
		return err
	}
	log, err := daemon.Logger(stderr, cfg.LogLevel, cfg.LogJSON)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, cfg, log)
}

// uploadReasons label refused uploads.
var uploadReasons = []daemon.Reason{
	{Name: "out_of_order", Err: dap.ErrOutOfOrder},
	{Name: "wrong_parent", Err: dap.ErrWrongParent},
	{Name: "conflict", Err: dap.ErrConflict},
	{Name: "state_root", Err: dap.ErrStateRoot},
	{Name: "unauthorized", Err: dap.ErrUnauthorized},
	{Name: "invalid", Err: dap.ErrInvalidInput},
}

// api is dap.API with uploads counted.
type api struct {
	*dap.API
	uploads metrics.CounterVec
}

// Upload is dap_upload, counted by result.
func (a *api) Upload(ctx context.Context, header, data hexutil.Bytes) error {
	err := a.API.Upload(ctx, header, data)
	if err == nil {
		a.uploads.Inc("stored")
	} else {
		a.uploads.Inc(daemon.ErrorReason(err, uploadReasons))
	}
	return err
}

func run(ctx context.Context, cfg *Config, log *slog.Logger) (err error) {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, cfg.L1)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer client.Close()
	store, err := dap.OpenPebble(filepath.Join(cfg.DataDir, "db"), nil)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	defer func() {
		if cerr := store.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	node, err := dap.NewNode(dap.Config{Store: store, Authorize: dap.TSCAuthorizer(client, cfg.TSC)})
	if err != nil {
		return err
	}
	l1 := rollup.NewL1(client, rollup.Deployment{Rollup: cfg.TSC})

	reg := metrics.NewRegistry()
	reg.GaugeFunc("teerollup_dap_height", "The highest height this DAP stores.", func() float64 {
		h, _ := node.Head()
		return float64(h)
	})
	a := &api{API: dap.NewAPI(node), uploads: reg.CounterVec("teerollup_dap_uploads_total", "dap_upload calls, by result (stored, or the refusal's reason).", "result")}
	backfilled := reg.Counter("teerollup_dap_backfilled_total", "Heights copied from peer DAPs (checked against the TSC).")
	srv, err := dap.NewRPCServer(a)
	if err != nil {
		return err
	}
	defer srv.Stop()

	health := daemon.Health(func(ctx context.Context) (map[string]any, error) {
		h, err := node.Head()
		d := map[string]any{"height": h}
		if err != nil {
			return d, err
		}
		if _, err := client.BlockNumber(ctx); err != nil {
			return d, fmt.Errorf("L1 unreachable: %w", err)
		}
		return d, nil
	})
	srvs := daemon.NewServers(log)
	defer func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		srvs.Shutdown(sctx)
	}()
	if _, err := srvs.Listen("rpc", cfg.Listen.RPC, srv); err != nil {
		return err
	}
	if cfg.Listen.Metrics != "" {
		if _, err := srvs.Listen("metrics", cfg.Listen.Metrics, daemon.OpsMux(reg, health)); err != nil {
			return err
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	var peers []*rpc.Client
	for _, u := range cfg.Peers {
		c, err := rpc.DialContext(ctx, u)
		if err != nil {
			return fmt.Errorf("peer %s: %w", u, err)
		}
		defer c.Close()
		peers = append(peers, c)
	}
	go func() {
		defer close(done)
		sync := &backfill{node: node, l1: l1, peers: peers, log: log, copied: backfilled}
		sync.run(ctx, time.Duration(cfg.SyncInterval))
	}()
	if cfg.DA != nil {
		if err := startGame(ctx, cfg, client, node, reg, log); err != nil {
			return err
		}
	}
	h, _ := node.Head()
	log.Info("dap running", "height", h, "tsc", cfg.TSC, "peers", len(peers))
	select {
	case <-ctx.Done():
	case err = <-srvs.Err():
		cancel()
	}
	<-done
	h, _ = node.Head()
	log.Info("dap stopped", "height", h, "err", err)
	return err
}

// backfill copies the heights the TSC accepted and this node lacks from
// peer DAPs. The node checks each copy (data against header, parent chain,
// state root, and the header against the TSC) before storing it.
type backfill struct {
	node   *dap.Node
	l1     *rollup.L1
	peers  []*rpc.Client
	log    *slog.Logger
	copied metrics.Counter
}

func (b *backfill) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := b.once(ctx); err != nil && ctx.Err() == nil {
			b.log.Debug("backfill", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (b *backfill) once(ctx context.Context) error {
	if len(b.peers) == 0 {
		return nil
	}
	head, err := b.l1.Head(ctx)
	if err != nil {
		return err
	}
	have, err := b.node.Head()
	if err != nil {
		return err
	}
	for h := have + 1; h <= head.Height; h++ {
		var last error
		stored := false
		for _, p := range b.peers {
			var res dap.MetadataResult
			if err := p.CallContext(ctx, &res, dap.Namespace+"_metadata", hexutil.Uint64(h)); err != nil {
				last = err
				continue
			}
			err := b.node.UploadEncoded(ctx, res.Header, res.Data)
			if err == nil || errors.Is(err, dap.ErrConflict) && b.sameAsStored(h, res.Header) {
				stored = true
				break
			}
			last = err
		}
		if !stored {
			return fmt.Errorf("height %d: %w", h, last)
		}
		b.copied.Inc()
		b.log.Debug("backfilled", "height", h)
	}
	return nil
}

// sameAsStored: a sequencer's upload of the same height raced the copy.
func (b *backfill) sameAsStored(height uint64, header []byte) bool {
	h, err := b.node.Header(height)
	return err == nil && string(h.ABIEncode()) == string(header)
}

// startGame registers the DAP (if it is not) and answers the penalty
// game's chunk requests in the background; its collateral is a metric, so
// a penalty shows as a drop.
func startGame(ctx context.Context, cfg *Config, client *ethclient.Client, node *dap.Node, reg *metrics.Registry, log *slog.Logger) error {
	key, err := crypto.LoadECDSA(daemon.Path(cfg.DataDir, cfg.DA.KeyFile))
	if err != nil {
		return fmt.Errorf("%w: da key: %w", daemon.ErrConfig, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return err
	}
	auth := bind.NewKeyedTransactor(key, chainID)
	k := dap.NewContract(client, cfg.DA.Contract)
	info, err := k.Info(ctx, auth.From)
	if err != nil {
		return fmt.Errorf("da info: %w", err)
	}
	if !info.Registered {
		collateral, _ := cfg.DA.Collateral()
		tx, err := k.Register(ctx, auth, collateral, cfg.DA.Endpoint)
		if err != nil {
			return fmt.Errorf("da register: %w", err)
		}
		if _, err := rollup.WaitAll(ctx, client, tx); err != nil {
			return fmt.Errorf("da register: %w", err)
		}
		log.Info("registered in the DA game", "account", auth.From, "collateral", collateral)
	}
	initial, _ := cfg.DA.Collateral()
	collateral := reg.Gauge("teerollup_dap_collateral_wei", "This DAP's collateral in the DA contract.")
	penalties := reg.Gauge("teerollup_dap_penalties_wei", "Collateral lost since registration (configured collateral minus current).")
	errs := reg.Counter("teerollup_dap_game_errors_total", "Failed polls of the penalty game (answers or settlements).")
	r := &dap.Responder{Contract: k, Node: node, Auth: auth, Settle: true, FromBlock: cfg.DA.FromBlock}
	go func() {
		_ = r.Run(ctx, time.Second, func(err error) {
			errs.Inc()
			log.Warn("da game", "err", err)
		})
	}()
	go func() {
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			if i, err := k.Info(ctx, auth.From); err == nil && i.Collateral != nil {
				c, _ := new(big.Float).SetInt(i.Collateral).Float64()
				collateral.Set(c)
				lost, _ := new(big.Float).SetInt(new(big.Int).Sub(initial, i.Collateral)).Float64()
				penalties.Set(max(lost, 0))
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}
