// Package rolluptest is the rollup's test kit, as httptest is to net/http:
// Start assembles a whole rollup on one L1 in one call. It deploys the
// Manager and TSC, registers simulated enclaves (attest/sim, a test-only
// manufacturer root) through a registrar, allows their measurement,
// installs the committee, binds the TSC (SetRollup) and creates one
// sequencer node per enclave, connected in process. Pair it with package
// chaintest for an in-process chain with mainnet gas rules, or pass any
// JSON-RPC backend. The quickstart (examples/devnet), the committee tests
// and the throughput benchmark all start here.
//
// Only for tests and demos: the registrar key, the simulated manufacturer
// and the submitters' keys are test keys.
package rolluptest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// Measurement is the simulated sequencer code's measurement.
var Measurement = []byte("teerollup/devnet/sequencer-v1")

// PaperKinds is the paper's committee: 1 SGX : 2 TDX : 2 CSV.
var PaperKinds = []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindTDX, attest.KindCSV, attest.KindCSV}

// Options configure Start. Backend and Admin are required.
type Options struct {
	Backend rollup.Backend
	// Admin deploys, governs and (unless Submitters is set) submits.
	Admin *ecdsa.PrivateKey
	// Submitters, one per node, send that node's certified headers; a
	// node without one votes but never submits. Each node needs its own
	// key: nodes sharing one would race for its nonces.
	Submitters []*ecdsa.PrivateKey
	Kinds      []attest.Kind // default PaperKinds
	Rule       quorum.Rule   // default DistinctKinds{K: 2}
	Schedule   func(c *quorum.Committee) rollup.LeaderSchedule
	BatchSize  int
	// Stores returns node i's state store and KV; default in memory.
	Stores       func(i int) (statetree.Store, rollup.KV, error)
	PollInterval time.Duration
	RoundTimeout time.Duration
	// Confirmations and Finality are the nodes' L1 confirmation policy
	// (rollup.Config); the zero values follow the head, for dev chains.
	Confirmations uint64
	Finality      rollup.Finality
	// Forced returns node i's view of the TSC's challenges (a
	// challenge.Responder); nil runs without the challenge game.
	Forced func(i int, l1 *rollup.L1) rollup.ForcedSource
	// Publisher receives accepted heights for the DAPs (a dap.Client);
	// nil publishes nothing.
	Publisher rollup.Publisher
	// DASet, if set, is installed on the Manager during setup: every
	// header then needs a DA certificate of the set's threshold.
	DASet *dacert.Set
	// DA returns node i's DA certifier (a dap.Certifier); required with
	// DASet for the nodes that submit.
	DA func(i int, d *Devnet) rollup.DACertifier
	// Observer returns node i's metrics observer (rollup.Observer); nil
	// observes nothing.
	Observer func(i int) rollup.Observer
	// Equivocations returns node i's equivocation sink (an
	// rollup.EquivocationReporter); nil: none.
	Equivocations func(i int) rollup.EquivocationSink
	Logger        *slog.Logger
	// Wait mines pending transactions on a simulated chain (its Commit);
	// nil on a real chain, which mines by itself.
	Wait func()
	// Unbound leaves the Manager in its setup phase: the committee is
	// installed but the TSC is not bound (the caller calls L1.SetRollup),
	// so the admin's governance calls still act at once.
	Unbound bool
}

// Devnet is a rollup Start assembled: its contracts, enclaves and nodes.
type Devnet struct {
	L1        *rollup.L1
	Domain    rollup.Domain
	Committee *quorum.Committee
	Rule      quorum.Rule
	Enclaves  []*sim.Enclave
	Nodes     []*rollup.Node
	Maker     *sim.Manufacturer
	// Registrar signs registrations for enclaves of Maker's platforms
	// that run Measurement; Register uses it for enclaves added later.
	Registrar *rollup.Registrar
	Peers     []committee.Peer
	// DeployBlock is the L1 block that deployed the TSC: where nodes (and
	// challenge views) start reading events.
	DeployBlock uint64
	opts        Options
	admin       *bind.TransactOpts
	configs     []rollup.Config
}

func (d *Devnet) mine(ctx context.Context, txs ...*types.Transaction) error {
	if d.opts.Wait == nil {
		_, err := rollup.WaitAll(ctx, d.opts.Backend, txs...)
		return err
	}
	// A simulated chain adds sent transactions to its pool asynchronously:
	// a block made right after sending may miss some, so make blocks until
	// every transaction is in one.
	for {
		d.opts.Wait()
		short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
		_, err := rollup.WaitAll(short, d.opts.Backend, txs...)
		cancel()
		if err == nil || !errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			return err
		}
	}
}

// mined reports whether every tx has a receipt.
// Start deploys the contracts, registers the enclaves and creates the nodes
// (not yet running: call Run).
func Start(ctx context.Context, o Options) (*Devnet, error) {
	if o.Backend == nil || o.Admin == nil {
		return nil, fmt.Errorf("rolluptest: Backend and Admin are required")
	}
	if o.Kinds == nil {
		o.Kinds = PaperKinds
	}
	if o.Rule == nil {
		o.Rule = quorum.DistinctKinds{K: 2}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	chainID, err := o.Backend.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	d := &Devnet{Rule: o.Rule, opts: o, admin: bind.NewKeyedTransactor(o.Admin, chainID)}
	// The admin sends many transactions back to back: count its nonces
	// here rather than asking the pool each time, which races with block
	// production on a fast chain.
	nonce, err := o.Backend.PendingNonceAt(ctx, d.admin.From)
	if err != nil {
		return nil, err
	}
	admin := func() *bind.TransactOpts {
		opts := *d.admin
		opts.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		return &opts
	}
	send := d.sender(ctx)

	regKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	l1, txs, err := rollup.Deploy(ctx, o.Backend, admin(), d.admin.From, crypto.PubkeyToAddress(regKey.PublicKey), common.Hash{})
	if err != nil {
		return nil, err
	}
	nonce += uint64(len(txs)) - 1 // Deploy sent len(txs) transactions from admin()'s nonce
	if err := d.mine(ctx, txs...); err != nil {
		return nil, fmt.Errorf("rolluptest: deploy: %w", err)
	}
	d.L1 = l1
	// Nodes scan L1 from the TSC's deployment, never from genesis.
	if d.DeployBlock, err = l1.DeployBlock(ctx); err != nil {
		return nil, err
	}
	if d.Domain, err = l1.Domain(ctx); err != nil {
		return nil, err
	}
	// Setup phase: until SetRollup binds the TSC, the admin's governance
	// calls act at once (the TSC takes no deposit before its first
	// committee). Afterwards each would wait out the governance delay.
	seen := map[attest.Kind]bool{}
	var kinds []attest.Kind
	for _, k := range o.Kinds {
		if !seen[k] {
			seen[k] = true
			kinds = append(kinds, k)
			if err := send(l1.AllowMeasurement(ctx, admin(), k, Measurement, true)); err != nil {
				return nil, err
			}
		}
	}

	// The enclaves: simulated TEEs under a test-only manufacturer root
	// that the registrar trusts explicitly.
	if d.Maker, err = sim.NewManufacturer(); err != nil {
		return nil, err
	}
	simV, err := sim.NewVerifier(sim.Options{Roots: d.Maker.Roots()})
	if err != nil {
		return nil, err
	}
	registry, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: simV})
	if err != nil {
		return nil, err
	}
	bd, err := l1.BindingDomain(ctx)
	if err != nil {
		return nil, err
	}
	d.Registrar = &rollup.Registrar{
		Key: regKey, Verifier: registry, Domain: bd, Now: d.Maker.Now,
		Policy:      attest.Policy{Measurements: [][]byte{Measurement}, Kinds: kinds, AllowSimulated: true, MaxAge: time.Hour},
		MaxValidity: 7 * 24 * time.Hour,
	}
	if d.Enclaves, err = sim.NewCommittee(d.Maker, o.Kinds, Measurement); err != nil {
		return nil, err
	}
	members := make([]quorum.Member, len(d.Enclaves))
	var regTxs []*types.Transaction
	for i, e := range d.Enclaves {
		tx, err := d.Register(ctx, admin(), e)
		if err != nil {
			return nil, fmt.Errorf("rolluptest: register enclave %d: %w", i, err)
		}
		regTxs = append(regTxs, tx)
		members[i] = quorum.Member{Addr: e.Address(), Kind: e.Kind(), Weight: 1}
	}
	if err := d.mine(ctx, regTxs...); err != nil {
		return nil, err
	}
	if d.Committee, err = quorum.NewCommittee(members...); err != nil {
		return nil, err
	}
	if err := send(l1.SetCommittee(ctx, admin(), d.Committee, o.Rule)); err != nil {
		return nil, err
	}
	if o.DASet != nil {
		if err := send(l1.SetDataAvailability(ctx, admin(), o.DASet)); err != nil {
			return nil, fmt.Errorf("devnet: install DA set: %w", err)
		}
	}
	// Binding the TSC ends setup and pushes the committee to it.
	if !o.Unbound {
		if err := send(l1.SetRollup(ctx, admin())); err != nil {
			return nil, err
		}
	}

	// One node per committee member, in committee order.
	byAddr := map[common.Address]*sim.Enclave{}
	for _, e := range d.Enclaves {
		byAddr[e.Address()] = e
	}
	d.Nodes = make([]*rollup.Node, len(members))
	peers := make([]committee.Peer, len(members))
	for i, m := range d.Committee.Members {
		store, kv := statetree.Store(statetree.NewMemoryStore()), rollup.KV(rollup.NewMemoryKV())
		if o.Stores != nil {
			if store, kv, err = o.Stores(i); err != nil {
				return nil, err
			}
		}
		var sched rollup.LeaderSchedule
		if o.Schedule != nil {
			sched = o.Schedule(d.Committee)
		}
		var sub *bind.TransactOpts
		if i < len(o.Submitters) && o.Submitters[i] != nil {
			sub = bind.NewKeyedTransactor(o.Submitters[i], chainID)
		}
		cfg := rollup.Config{
			Index: i, Committee: d.Committee, Rule: o.Rule, Key: byAddr[m.Addr], L1: l1, Submitter: sub,
			Store: store, KV: kv, Schedule: sched, BatchSize: o.BatchSize,
			PollInterval: o.PollInterval, RoundTimeout: o.RoundTimeout,
			Confirmations: o.Confirmations, Finality: o.Finality, FromBlock: d.DeployBlock,
			Logger: o.Logger.With("node", i),
		}
		if o.Forced != nil {
			cfg.Forced = o.Forced(i, l1)
		}
		cfg.Publisher = o.Publisher
		if o.DA != nil {
			cfg.DA = o.DA(i, d)
		}
		if o.Observer != nil {
			cfg.Observer = o.Observer(i)
		}
		if o.Equivocations != nil {
			cfg.Equivocations = o.Equivocations(i)
		}
		n, err := rollup.NewNode(ctx, cfg)
		if err != nil {
			return nil, err
		}
		d.Nodes[i] = n
		d.configs = append(d.configs, cfg)
		peers[i] = rollup.LocalPeer{Node: n}
	}
	d.Peers = peers
	for _, n := range d.Nodes {
		n.SetPeers(peers)
	}
	return d, nil
}

// Reopen replaces node i by a fresh process on the same storage (Stores is
// called again, so an on-disk store is reopened): what a restart after a
// crash does. The caller stops the old node's Run first.
func (d *Devnet) Reopen(ctx context.Context, i int) (*rollup.Node, error) {
	cfg := d.configs[i]
	if d.opts.Stores != nil {
		var err error
		if cfg.Store, cfg.KV, err = d.opts.Stores(i); err != nil {
			return nil, err
		}
	}
	n, err := rollup.NewNode(ctx, cfg)
	if err != nil {
		return nil, err
	}
	d.Nodes[i] = n
	d.Peers[i] = rollup.LocalPeer{Node: n}
	for _, m := range d.Nodes {
		m.SetPeers(d.Peers)
	}
	return n, nil
}

// sender returns a function that mines a just-sent transaction.
func (d *Devnet) sender(ctx context.Context) func(*types.Transaction, error) error {
	return func(tx *types.Transaction, err error) error {
		if err != nil {
			return err
		}
		return d.mine(ctx, tx)
	}
}

// Register has the registrar attest enclave e for this devnet's Manager and
// sends the registration from auth (the admin when nil). It does not mine:
// the caller waits for the transaction.
func (d *Devnet) Register(ctx context.Context, auth *bind.TransactOpts, e *sim.Enclave) (*types.Transaction, error) {
	if auth == nil {
		auth = d.admin
	}
	ev, err := e.QuoteBinding(ctx, d.Registrar.Domain)
	if err != nil {
		return nil, err
	}
	reg, err := d.Registrar.Register(ctx, e.Address(), ev)
	if err != nil {
		return nil, err
	}
	return d.L1.Register(ctx, auth, reg)
}

// Admin is the governance transactor.
func (d *Devnet) Admin() *bind.TransactOpts { return d.admin }

// Options returns the options the devnet was started with.
func (d *Devnet) Options() Options { return d.opts }
