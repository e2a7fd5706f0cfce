// Command sequencer runs one TeeRollup sequencer node: a committee member
// with its (simulated) enclave, its replica of the rollup state on disk,
// the peer API for the other members, the client API for users, and
// /metrics and /healthz on a third listener.
//
//	sequencer init -config seq.json   # launch the enclave, seal its key, print its registration evidence
//	sequencer run  -config seq.json   # serve until SIGINT/SIGTERM
//
// init prints {"enclave", "kind", "evidence"}: the registrar (the rollup's
// governance) verifies the evidence, registers the enclave key on the
// Manager and installs the committee; run then finds this node's index in
// the committee the Manager holds. A restart launches the same enclave from
// its sealed key (enclave.sealed in the data dir), so the node keeps the
// identity it registered; the state (Pebble, in dataDir/db) resumes from
// the node's checkpoint and L1 cursor.
//
// Enclaves. This program runs the simulated TEE of package attest/sim: the
// "machine" is a platform file (written by the devnet's simulated
// manufacturer) and sealing derives its key from that file's platform
// secret. On real hardware the enclave would seal with the backend's own
// sealing (SGX EGETKEY, a TDX/SEV-SNP derived key, ...): this SDK's real
// backends (attest/tdx, attest/sevsnp, attest/sgx, ...) verify evidence but
// do not yet run the sequencer inside an enclave or seal, so a production
// deployment has to supply that part (the gap is documented in the README).
package main

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/examples/internal/daemon"
	"github.com/teerollup/teerollup/internal/metrics"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// SealedFile is the enclave's sealed key, in the data dir.
const SealedFile = "enclave.sealed"

var (
	// ErrNotMember: the enclave is not in the committee the Manager holds
	// (not registered yet, or removed).
	ErrNotMember = errors.New("sequencer: enclave is not a member of the committee on L1")
	// ErrNoPeer: a committee member has no URL in the config.
	ErrNoPeer = errors.New("sequencer: no peer URL for a committee member")
)

func main() {
	if err := Main(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "sequencer:", err)
		if errors.Is(err, daemon.ErrConfig) || errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// Main runs a subcommand; it returns when the node stops (run) or at once
// (init). SIGINT and SIGTERM stop run gracefully.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: usage: sequencer init|run -config FILE", daemon.ErrConfig)
	}
	fs := flag.NewFlagSet("sequencer "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "sequencer.json", "config file (JSON)")
	if err := fs.Parse(args[1:]); err != nil {
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
	switch args[0] {
	case "init":
		return initEnclave(ctx, cfg, stdout, log)
	case "run":
		ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
		defer stop()
		return run(ctx, cfg, log)
	}
	return fmt.Errorf("%w: unknown subcommand %q (init, run)", daemon.ErrConfig, args[0])
}

// openEnclave launches the enclave on the configured platform: from its
// sealed key when there is one, else with a new key that it seals at once.
func openEnclave(cfg *Config, log *slog.Logger) (*sim.Enclave, error) {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(daemon.Path(cfg.DataDir, cfg.Platform))
	if err != nil {
		return nil, fmt.Errorf("%w: platform file: %w", daemon.ErrConfig, err)
	}
	p, err := sim.ImportPlatform(raw, nil)
	if err != nil {
		return nil, err
	}
	sealedPath := filepath.Join(cfg.DataDir, SealedFile)
	blob, err := os.ReadFile(sealedPath)
	switch {
	case err == nil:
		e, err := p.LaunchSealed([]byte(cfg.Measurement), blob)
		if err != nil {
			return nil, fmt.Errorf("unseal %s: %w", sealedPath, err)
		}
		log.Info("enclave unsealed", "enclave", e.Address(), "kind", e.Kind())
		return e, nil
	case !errors.Is(err, os.ErrNotExist):
		return nil, err
	}
	e, err := p.Launch([]byte(cfg.Measurement))
	if err != nil {
		return nil, err
	}
	if blob, err = e.Seal(); err != nil {
		return nil, err
	}
	if err := daemon.WriteFileAtomic(sealedPath, blob, 0o600); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	log.Info("enclave launched with a new key, sealed", "enclave", e.Address(), "kind", e.Kind(), "file", sealedPath)
	return e, nil
}

// InitOutput is what init prints: what a registrar needs.
type InitOutput struct {
	Enclave  common.Address  `json:"enclave"`
	Kind     string          `json:"kind"`
	Evidence json.RawMessage `json:"evidence"` // rollup.EncodeEvidence of the binding quote
}

func initEnclave(ctx context.Context, cfg *Config, out io.Writer, log *slog.Logger) error {
	e, err := openEnclave(cfg, log)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, cfg.L1)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer client.Close()
	l1 := rollup.NewL1(client, rollup.Deployment{Manager: cfg.Manager, Rollup: cfg.TSC, Block: cfg.DeployBlock})
	bd, err := l1.BindingDomain(ctx)
	if err != nil {
		return fmt.Errorf("binding domain: %w", err)
	}
	ev, err := e.QuoteBinding(ctx, bd)
	if err != nil {
		return err
	}
	enc, err := rollup.EncodeEvidence(ev)
	if err != nil {
		return err
	}
	return json.NewEncoder(out).Encode(InitOutput{Enclave: e.Address(), Kind: e.Kind().String(), Evidence: enc})
}

func run(ctx context.Context, cfg *Config, log *slog.Logger) (err error) {
	e, err := openEnclave(cfg, log)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, cfg.L1)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("L1 chain id: %w", err)
	}
	l1 := rollup.NewL1(client, rollup.Deployment{Manager: cfg.Manager, Rollup: cfg.TSC, Block: cfg.DeployBlock})
	cc, err := l1.CurrentCommittee(ctx)
	if err != nil {
		return fmt.Errorf("committee on L1: %w", err)
	}
	index, ok := cc.Committee.Index(e.Address())
	if !ok {
		return fmt.Errorf("%w: %s (register it: sequencer init prints its evidence)", ErrNotMember, e.Address())
	}
	var submitter *bind.TransactOpts
	if cfg.SubmitterKeyFile != "" {
		key, err := crypto.LoadECDSA(daemon.Path(cfg.DataDir, cfg.SubmitterKeyFile))
		if err != nil {
			return fmt.Errorf("%w: submitter key: %w", daemon.ErrConfig, err)
		}
		submitter = bind.NewKeyedTransactor(key, chainID)
	}

	db, err := pebble.Open(filepath.Join(cfg.DataDir, "db"), nil)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	defer func() {
		if cerr := db.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()

	reg := metrics.NewRegistry()
	obs := newObserver(reg)
	var pub rollup.Publisher
	if len(cfg.DAPs) > 0 {
		dc, err := dap.Dial(ctx, cfg.DAPs...)
		if err != nil {
			return err
		}
		defer dc.Close()
		pub = newPublisher(reg, dc, log)
	}
	node, err := rollup.NewNode(ctx, rollup.Config{
		Index: index, Committee: cc.Committee, Rule: cc.Rule, Key: e, L1: l1, Submitter: submitter,
		Store: statetree.NewPebbleStore(db), KV: rollup.NewPebbleKV(db),
		BatchSize: cfg.BatchSize, PollInterval: time.Duration(cfg.PollInterval), RoundTimeout: time.Duration(cfg.RoundTimeout),
		Confirmations: cfg.Confirmations, FromBlock: cfg.DeployBlock,
		Forced: challenge.NewResponder(l1, cfg.DeployBlock), Publisher: pub, Observer: obs,
		Logger: log,
	})
	if err != nil {
		return err
	}
	nodeMetrics(reg, node)

	// Peers in committee order; this node reaches itself in process.
	urls := map[common.Address]string{}
	for _, p := range cfg.Peers {
		urls[p.Enclave] = p.URL
	}
	peers := make([]committee.Peer, len(cc.Committee.Members))
	for i, m := range cc.Committee.Members {
		if i == index {
			peers[i] = rollup.LocalPeer{Node: node}
			continue
		}
		u, ok := urls[m.Addr]
		if !ok {
			return fmt.Errorf("%w: member %d, enclave %s", ErrNoPeer, i, m.Addr)
		}
		p, err := committee.Dial(ctx, u, node.Enclave(), m.Addr)
		if err != nil {
			return fmt.Errorf("peer %d (%s): %w", i, u, err)
		}
		defer p.Close()
		peers[i] = p
	}
	node.SetPeers(peers)

	peerSrv, err := rollup.NewPeerRPCServer(node)
	if err != nil {
		return err
	}
	defer peerSrv.Stop()
	clientSrv, err := rollup.NewRPCServer(node)
	if err != nil {
		return err
	}
	defer clientSrv.Stop()
	if cfg.Registration != nil {
		if err := serveRegistration(ctx, cfg, e, l1, node, func() []committee.Peer { return peers }, clientSrv); err != nil {
			return err
		}
		log.Info("registration desk on the client API", "namespace", rollup.DeskNamespace, "kinds", cfg.Registration.Kinds)
	}
	health := daemon.Health(func(ctx context.Context) (map[string]any, error) {
		d := map[string]any{"enclave": e.Address(), "index": index, "height": node.Head().Height, "l1Block": node.Stats().L1Block}
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
	if _, err := srvs.Listen("peer", cfg.Listen.Peer, peerSrv); err != nil {
		return err
	}
	clientMux := http.NewServeMux()
	clientMux.Handle("/", clientSrv)
	clientMux.Handle("/healthz", health)
	if _, err := srvs.Listen("client", cfg.Listen.Client, clientMux); err != nil {
		return err
	}
	if cfg.Listen.Metrics != "" {
		if _, err := srvs.Listen("metrics", cfg.Listen.Metrics, daemon.OpsMux(reg, health)); err != nil {
			return err
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go obs.follow(ctx, client, time.Second)
	if submitter != nil {
		// Take ineligible members (expired, revoked) out of the committee:
		// until someone does, the TSC still counts their signatures.
		w := &rollup.CommitteeWatcher{L1: l1, Auth: submitter, Logger: log}
		go w.Run(ctx)
	}
	log.Info("sequencer running", "enclave", e.Address(), "kind", e.Kind(), "index", index,
		"committee", len(cc.Committee.Members), "rule", cc.Rule, "height", node.Head().Height, "submits", submitter != nil)
	done := make(chan error, 1)
	go func() { done <- node.Run(ctx) }()
	select {
	case err = <-done:
	case err = <-srvs.Err():
		cancel()
		<-done
	case <-ctx.Done():
		err = <-done
	}
	if errors.Is(err, context.Canceled) {
		err = nil // a signal: a clean stop
	}
	log.Info("sequencer stopped", "height", node.Head().Height, "err", err)
	return err
}

// serveRegistration has this member vet admissions and removals on its
// peer Mux (only committee members reach it, through envelopes) and serves
// a Desk to anyone on the client API, bounded by MaxConcurrent.
func serveRegistration(ctx context.Context, cfg *Config, e *sim.Enclave, l1 *rollup.L1, node *rollup.Node, peers func() []committee.Peer, srv *rpc.Server) error {
	r := cfg.Registration
	pemBytes, err := os.ReadFile(daemon.Path(cfg.DataDir, r.Roots))
	if err != nil {
		return fmt.Errorf("%w: registration roots: %w", daemon.ErrConfig, err)
	}
	var roots []*x509.Certificate
	for rest := pemBytes; ; {
		var b *pem.Block
		if b, rest = pem.Decode(rest); b == nil {
			break
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return fmt.Errorf("%w: registration roots: %w", daemon.ErrConfig, err)
		}
		roots = append(roots, c)
	}
	simV, err := sim.NewVerifier(sim.Options{Roots: roots})
	if err != nil {
		return fmt.Errorf("%w: registration roots: %w", daemon.ErrConfig, err)
	}
	registry, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: simV})
	if err != nil {
		return err
	}
	policy := attest.Policy{AllowSimulated: true, MaxAge: time.Hour}
	if r.MaxAge > 0 {
		policy.MaxAge = time.Duration(r.MaxAge)
	}
	for _, k := range r.Kinds {
		kind, _ := quorum.ParseKind(k) // validated with the config
		policy.Kinds = append(policy.Kinds, kind)
	}
	ms := r.Measurements
	if len(ms) == 0 {
		ms = []string{cfg.Measurement}
	}
	for _, m := range ms {
		policy.Measurements = append(policy.Measurements, []byte(m))
	}
	validity := 7 * 24 * time.Hour
	if r.MaxValidity > 0 {
		validity = time.Duration(r.MaxValidity)
	}
	d, err := l1.Domain(ctx)
	if err != nil {
		return err
	}
	bd, err := l1.BindingDomain(ctx)
	if err != nil {
		return err
	}
	v := &rollup.Vetter{
		Key: e, VoteDomain: d.VoteDomain(), Binding: bd, Verifier: registry, Policy: policy, MaxValidity: validity,
		Epoch: func(ctx context.Context) (uint64, error) {
			c, err := l1.CurrentCommittee(ctx)
			return c.Epoch, err
		},
	}
	if err := v.Handle(node.Mux()); err != nil {
		return err
	}
	desk, err := rollup.NewDesk(v, &committee.Engine{Domain: d.VoteDomain(), Timeout: 10 * time.Second}, l1, peers, r.MaxConcurrent)
	if err != nil {
		return err
	}
	return rollup.RegisterDesk(srv, desk)
}

var _ attest.Quoter = (*sim.Enclave)(nil)
