package integrity_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/integrity"
	"github.com/teerollup/teerollup/quorum"
)

var (
	monitorMeasurement = []byte("integrity-monitor-v1")
	agentMeasurement   = []byte("integrity-agent-v1")
)

const period = 12 // seconds per round

func testManifest() *integrity.Manifest {
	return &integrity.Manifest{
		Version: integrity.ManifestVersion, Service: "sequencer", Release: 1,
		Image: integrity.ImageDigests{
			Index:    "sha256:" + strings.Repeat("1", 64),
			Manifest: "sha256:" + strings.Repeat("2", 64),
			Config:   "sha256:" + strings.Repeat("3", 64),
		},
		Executable: crypto.Keccak256Hash([]byte("binary v1")),
		Argv:       []string{"/bin/sequencer", "-config", "/etc/seq.json"},
		Env: []integrity.EnvRule{
			{Name: "LOG_LEVEL", Mode: integrity.EnvExact, Value: "info"},
			{Name: "PATH", Mode: integrity.EnvPresent},
			{Name: "SECRET", Mode: integrity.EnvHash, Hash: integrity.ValueHash("s3cret")},
		},
		Ports:  []uint16{8545, 9090},
		Files:  []integrity.FileTree{{Path: "/etc", Hash: crypto.Keccak256Hash([]byte("etc v1"))}},
		Period: period,
	}
}

// goodObservation is what a correct deployment of testManifest shows.
func goodObservation(m *integrity.Manifest) integrity.Observation {
	return integrity.Observation{
		Running: true, Image: m.Image, Instance: crypto.Keccak256Hash([]byte("instance-1")),
		Executable: m.Executable, Argv: append([]string(nil), m.Argv...),
		Env: []integrity.EnvVar{
			{Name: "LOG_LEVEL", ValueHash: integrity.ValueHash("info")},
			{Name: "PATH", ValueHash: integrity.ValueHash("/usr/bin")},
			{Name: "SECRET", ValueHash: integrity.ValueHash("s3cret")},
		},
		StartTime: 1000, Ports: []uint16{8545, 9090},
		Files: append([]integrity.FileTree(nil), m.Files...),
	}
}

// fakeRuntime resolves one image to fixed digests.
type fakeRuntime struct {
	digests integrity.ImageDigests
	started int
}

func (f *fakeRuntime) Resolve(ctx context.Context, ref string) (integrity.ImageDigests, error) {
	return f.digests, nil
}

func (f *fakeRuntime) Start(ctx context.Context, ref string) (integrity.Instance, error) {
	f.started++
	return integrity.Instance{ID: crypto.Keccak256Hash([]byte("instance-1")), PID: 4242}, nil
}

// fakeMeasurer returns whatever the test sets.
type fakeMeasurer struct {
	mu  sync.Mutex
	obs integrity.Observation
}

func (f *fakeMeasurer) set(mod func(*integrity.Observation)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	mod(&f.obs)
}

func (f *fakeMeasurer) Measure(ctx context.Context, inst integrity.Instance) (integrity.Observation, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	o := f.obs
	o.Argv = append([]string(nil), o.Argv...)
	o.Env = append([]integrity.EnvVar(nil), o.Env...)
	o.Ports = append([]uint16(nil), o.Ports...)
	o.Files = append([]integrity.FileTree(nil), o.Files...)
	return o, nil
}

// world is a registry on chaintest with a monitor committee, a registered
// service, its agent and monitors.
type world struct {
	ctx       context.Context
	chain     *chaintest.Chain
	reg       *integrity.Registry
	domain    quorum.Domain
	maker     *sim.Manufacturer
	enclaves  []*sim.Enclave
	monitors  []*integrity.Monitor
	peers     []committee.Peer
	committee *quorum.Committee
	rule      quorum.Rule
	engine    *committee.Engine
	manifest  *integrity.Manifest
	mhash     common.Hash
	agentEnc  *sim.Enclave
	agent     *integrity.Agent
	meas      *fakeMeasurer
	runtime   *fakeRuntime
	agents    *integrity.AttestedAgents
}

var minStake = big.NewInt(1e18)

func admin(w *world) *bind.TransactOpts { return w.chain.Transactor(0) }

// mine mines tx and fails the test on a send error or a revert.
func (w *world) mine(t testing.TB, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	return w.chain.Mine(t, tx)
}

func newWorld(t testing.TB, kinds []attest.Kind, rule string) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{ctx: ctx, chain: chaintest.New(t, chaintest.WithAccounts(4))}
	regKey := chaintest.DeterministicKey("integrity-registrar")
	reg, tx, err := integrity.DeployRegistry(ctx, w.chain.Client, admin(w), w.chain.Accounts[0].Address, crypto.PubkeyToAddress(regKey.PublicKey), integrity.DefaultGovernanceDelay, minStake)
	if err != nil {
		t.Fatal(err)
	}
	w.chain.Mine(t, tx)
	w.reg = reg
	if w.domain, err = reg.VoteDomain(ctx); err != nil {
		t.Fatal(err)
	}
	bd, err := reg.BindingDomain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if w.maker, err = sim.NewManufacturer(); err != nil {
		t.Fatal(err)
	}
	simV, err := sim.NewVerifier(sim.Options{Roots: w.maker.Roots()})
	if err != nil {
		t.Fatal(err)
	}
	verifier, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: simV})
	if err != nil {
		t.Fatal(err)
	}
	registrar := &integrity.Registrar{
		Key: regKey, Verifier: verifier, Domain: bd, Now: w.maker.Now,
		Policy: attest.Policy{Measurements: [][]byte{monitorMeasurement}, Kinds: kinds, AllowSimulated: true, MaxAge: time.Hour},
	}
	// The agent's enclave is funded first: the simulated chain's pool
	// learns of new balances asynchronously, a few blocks later at worst.
	agentPlatform, err := w.maker.NewPlatform(attest.KindTDX)
	if err != nil {
		t.Fatal(err)
	}
	if w.agentEnc, err = agentPlatform.Launch(agentMeasurement); err != nil {
		t.Fatal(err)
	}
	w.fund(t, w.agentEnc.Address())
	if w.enclaves, err = sim.NewCommittee(w.maker, kinds, monitorMeasurement); err != nil {
		t.Fatal(err)
	}
	members := make([]quorum.Member, len(w.enclaves))
	for i, e := range w.enclaves {
		ev, err := e.QuoteBinding(ctx, bd)
		if err != nil {
			t.Fatal(err)
		}
		kind, mh, sig, err := registrar.SignMonitor(ctx, ev, e.Address())
		if err != nil {
			t.Fatal(err)
		}
		tx, err := reg.RegisterMonitor(ctx, w.chain.Transactor(2), e.Address(), kind, mh, sig, minStake)
		w.mine(t, tx, err)
		members[i] = quorum.Member{Addr: e.Address(), Kind: e.Kind(), Weight: 1}
	}
	if w.committee, err = quorum.NewCommittee(members...); err != nil {
		t.Fatal(err)
	}
	if w.rule, err = quorum.ParseRule(rule); err != nil {
		t.Fatal(err)
	}
	tx, err = reg.SetCommittee(ctx, admin(w), w.committee, w.rule)
	w.mine(t, tx, err)

	// The service and its agent.
	w.manifest = testManifest()
	if w.mhash, err = w.manifest.Hash(); err != nil {
		t.Fatal(err)
	}
	tx, err = reg.RegisterService(ctx, w.chain.Transactor(1), w.manifest, big.NewInt(1e15), big.NewInt(1e18))
	w.mine(t, tx, err)
	tx, err = reg.SetAgent(ctx, w.chain.Transactor(1), w.manifest.ID(), w.agentEnc.Address())
	w.mine(t, tx, err)
	w.agents = &integrity.AttestedAgents{
		Verifier: verifier, Domain: bd, Now: w.maker.Now,
		Policy: attest.Policy{Measurements: [][]byte{agentMeasurement}, Kinds: []attest.Kind{attest.KindTDX}, AllowSimulated: true, MaxAge: time.Hour},
		Evidence: func(ctx context.Context, a common.Address) (attest.Evidence, error) {
			if a != w.agentEnc.Address() {
				return attest.Evidence{}, errors.New("unknown agent")
			}
			return w.agentEnc.QuoteBinding(ctx, bd)
		},
	}
	w.meas = &fakeMeasurer{obs: goodObservation(w.manifest)}
	w.runtime = &fakeRuntime{digests: w.manifest.Image}
	agentAuth := integrity.EnclaveTransactor(w.agentEnc, w.chain.ChainID)
	w.agent, err = integrity.NewAgent(integrity.AgentConfig{
		Manifest: w.manifest, Signer: w.agentEnc, Runtime: w.runtime, Measurer: w.meas, Chain: w.chain.Client,
		Record: func(ctx context.Context, service, manifest, instance, digest common.Hash) error {
			tx, err := reg.RecordInstance(ctx, agentAuth, service, manifest, instance, digest)
			if err != nil {
				return err
			}
			_, err = chaintest.Settle(ctx, w.chain.Backend, tx)
			return err
		},
	})
	if err != nil {
		t.Fatal(err)
	}

	// Monitors: one Mux each, reached in process through the committee engine.
	w.engine = &committee.Engine{Domain: w.domain, Timeout: 5 * time.Second}
	for _, e := range w.enclaves {
		m, err := integrity.NewMonitor(integrity.MonitorConfig{
			Signer: e, Domain: w.domain, Chain: w.chain.Client, Agents: w.agents,
			Manifests:     map[common.Hash]*integrity.Manifest{w.mhash: w.manifest},
			ServiceAgents: map[common.Hash]common.Address{w.manifest.ID(): w.agentEnc.Address()},
			MaxAgeBlocks:  16,
		})
		if err != nil {
			t.Fatal(err)
		}
		mux := committee.NewMux()
		if err := mux.Handle(integrity.StatementKind, m); err != nil {
			t.Fatal(err)
		}
		w.monitors = append(w.monitors, m)
		w.peers = append(w.peers, committee.LocalPeer{Mux: mux, From: e.Address()})
	}
	return w
}

// fund sends 1 ether from account 0 to a.
func (w *world) fund(t testing.TB, a common.Address) {
	t.Helper()
	from := w.chain.Accounts[0]
	nonce, err := w.chain.Client.PendingNonceAt(w.ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	head, _ := w.chain.Client.HeaderByNumber(w.ctx, nil)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(w.chain.ChainID), &types.DynamicFeeTx{
		ChainID: w.chain.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &a, Value: big.NewInt(1e18),
	})
	if err := w.chain.Client.SendTransaction(w.ctx, tx); err != nil {
		t.Fatal(err)
	}
	w.chain.Mine(t, tx)
	if bal, err := w.chain.Client.BalanceAt(w.ctx, a, nil); err != nil || bal.Sign() == 0 {
		t.Fatalf("fund %s: balance %v, %v", a, bal, err)
	}
}

// nextRound moves the chain's clock into the next round.
func (w *world) nextRound(t testing.TB) {
	t.Helper()
	// AdjustTime needs an empty pending block: a transaction still on its
	// way to the pool is mined first.
	var err error
	for range 50 {
		w.chain.Backend.Commit()
		if err = w.chain.Backend.AdjustTime(period * time.Second); err == nil {
			break
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	w.chain.Backend.Commit()
}

// certify has monitor `leader` certify e through the committee engine.
func (w *world) certify(t testing.TB, leader int, e *integrity.Evidence) (*integrity.Report, *quorum.ECDSAQC) {
	t.Helper()
	peers := make([]committee.Peer, len(w.peers))
	for i, p := range w.peers {
		idx, _ := w.committee.Index(w.enclaves[i].Address())
		peers[idx] = p
	}
	r, qc, err := w.monitors[leader].Certify(w.ctx, w.engine, w.committee, w.rule, peers, e)
	if err != nil {
		t.Fatalf("certify: %v", err)
	}
	return r, qc
}

// submit puts a certified report on chain.
func (w *world) submit(t testing.TB, r *integrity.Report, qc *quorum.ECDSAQC) *types.Receipt {
	t.Helper()
	tx, err := w.reg.SubmitReport(w.ctx, w.chain.Transactor(3), r, w.committee, w.rule, qc)
	return w.mine(t, tx, err)
}

// wantRevert checks that err is the registry's custom error name.
func wantRevert(t testing.TB, err error, name string) {
	t.Helper()
	var re *integrity.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("want revert %s, got %v", name, err)
	}
	if got := fmt.Sprintf("%T", re.Reason); !strings.HasSuffix(got, "IntegrityRegistry"+name) {
		t.Fatalf("want revert %s, got %s (%v)", name, got, err)
	}
}

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}
