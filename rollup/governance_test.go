package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// The Manager's governance: the setup phase, the timelock on every change
// that adds trust, and committees that shrink when the rule can spare the
// members they lose. The threat is a stolen admin key.

var mgrABI = bindings.NewManager()

// wait advances the chain clock by d and mines a block.
func wait(tb testing.TB, chain *chaintest.Chain, d time.Duration) {
	tb.Helper()
	if err := chaintest.AdjustTime(context.Background(), chain.Backend, d); err != nil {
		tb.Fatal(err)
	}
	chain.Backend.Commit()
}

// chainNow is the latest block's timestamp.
func chainNow(tb testing.TB, chain *chaintest.Chain) uint64 {
	tb.Helper()
	h, err := chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return h.Time
}

// queueChange queues call from the admin and returns the queued change.
func (e *env) queueChange(call []byte) rollup.Change {
	e.t.Helper()
	c, err := e.l1.QueuedChange(e.mine(e.l1.QueueChange(e.ctx, e.admin, call)))
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *env) registrarOnChain() common.Address {
	e.t.Helper()
	a, err := mgrABI.UnpackRegistrar(e.chain.Call(e.t, e.l1.Deployment().Manager, mgrABI.PackRegistrar()))
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

func (e *env) adminOnChain() common.Address {
	e.t.Helper()
	a, err := mgrABI.UnpackAdmin(e.chain.Call(e.t, e.l1.Deployment().Manager, mgrABI.PackAdmin()))
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

// tscConfig is the TSC's (epoch, configHash).
func tscConfig(tb testing.TB, chain *chaintest.Chain, tscAddr common.Address) (uint64, common.Hash) {
	tb.Helper()
	tsc := bindings.NewTeeRollup()
	ep, err := tsc.UnpackEpoch(chain.Call(tb, tscAddr, tsc.PackEpoch()))
	if err != nil {
		tb.Fatal(err)
	}
	cfg, err := tsc.UnpackConfigHash(chain.Call(tb, tscAddr, tsc.PackConfigHash()))
	if err != nil {
		tb.Fatal(err)
	}
	return ep, cfg
}

// selfRegister has registrarKey sign a registration of a plain key as an
// enclave of kind, running measurement: what a stolen registrar key can do.
func selfRegister(tb testing.TB, l1 *rollup.L1, registrarKey *ecdsa.PrivateKey, enclave common.Address, kind attest.Kind, measurement []byte, expiry uint64) *rollup.Registration {
	tb.Helper()
	bd, err := l1.BindingDomain(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	reg := &rollup.Registration{
		Enclave: enclave, Kind: kind, Measurement: rollup.MeasurementHash(measurement),
		Expiry: expiry, Evidence: []byte("no evidence at all"),
	}
	d := reg.Digest(bd)
	sig, err := crypto.Sign(d[:], registrarKey)
	if err != nil {
		tb.Fatal(err)
	}
	copy(reg.Signature[:], sig)
	reg.Signature[64] += 27
	return reg
}

// TestGovernanceTimelock is the five-block theft of a stolen admin key
// (setRegistrar to itself, allowMeasurement of anything, register a plain
// key as an enclave, setCommittee with MOfN{1}, a header paying it the TSC):
// after setup, none of the setters that add trust acts at once; queued,
// they wait out governanceDelay in public, and the admin can cancel them.
func TestGovernanceTimelock(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	attacker := chaintest.DeterministicKey("attacker")
	attackerAddr := crypto.PubkeyToAddress(attacker.PublicKey)
	rogue := []byte("rogue sequencer")
	rogueCommittee, err := quorum.NewCommittee(quorum.Member{Addr: attackerAddr, Kind: attest.KindSGX, Weight: 1})
	if err != nil {
		t.Fatal(err)
	}
	rogueSetCommittee, err := e.l1.SetCommitteeCall(rogueCommittee, quorum.MOfN{M: 1})
	if err != nil {
		t.Fatal(err)
	}
	delay, err := e.l1.GovernanceDelay(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := e.l1.ChallengeParams(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if delay != rollup.MinGovernanceDelay+p.Window+p.InclusionDelay || p.GovernanceDelay != delay || delay <= p.Window+p.InclusionDelay {
		t.Fatalf("governance delay %v (params %+v), want %v + the exit window", delay, p, rollup.MinGovernanceDelay)
	}
	if setup, _ := e.l1.InSetup(e.ctx); setup {
		t.Fatal("a bound Manager reports setup")
	}
	registrar := e.registrarOnChain()

	t.Run("setters that add trust refuse the admin", func(t *testing.T) {
		for name, send := range map[string]func() (*types.Transaction, error){
			"setRegistrar": func() (*types.Transaction, error) { return e.l1.SetRegistrar(e.ctx, e.admin, attackerAddr) },
			"allowMeasurement": func() (*types.Transaction, error) {
				return e.l1.AllowMeasurement(e.ctx, e.admin, attest.KindSGX, rogue, true)
			},
			"setEvidenceVerifier": func() (*types.Transaction, error) {
				return e.l1.SetEvidenceVerifier(e.ctx, e.admin, attest.KindSGX, attackerAddr)
			},
			"setCommittee": func() (*types.Transaction, error) {
				return e.l1.SetCommittee(e.ctx, e.admin, rogueCommittee, quorum.MOfN{M: 1})
			},
			"setAdmin": func() (*types.Transaction, error) { return e.l1.SetAdmin(e.ctx, e.admin, attackerAddr) },
		} {
			_, err := send()
			wantRevert[*bindings.ManagerTimelocked](t, name, err)
		}
		// Queueing is the admin's, and only for the governed setters.
		_, err := e.l1.QueueChange(e.ctx, e.chain.Transactor(5), e.l1.SetRegistrarCall(attackerAddr))
		wantRevert[*bindings.ManagerNotAdmin](t, "queue by a stranger", err)
		_, err = e.l1.QueueChange(e.ctx, e.admin, mgrABI.PackSetRollup(attackerAddr))
		wantRevert[*bindings.ManagerNotGovernable](t, "queue setRollup", err)
		_, err = e.l1.QueueChange(e.ctx, e.admin, mgrABI.PackQueueChange(e.l1.SetRegistrarCall(attackerAddr)))
		wantRevert[*bindings.ManagerNotGovernable](t, "queue queueChange", err)
		if got := e.registrarOnChain(); got != registrar {
			t.Fatalf("registrar changed to %s", got)
		}
	})

	// The theft through the queue, all steps queued at once so that it
	// costs a single delay: nothing applies before the ETA.
	queuedAt := chainNow(t, e.chain)
	cReg := e.queueChange(e.l1.SetRegistrarCall(attackerAddr))
	cAllow := e.queueChange(e.l1.AllowMeasurementCall(attest.KindSGX, rogue, true))
	cCom := e.queueChange(rogueSetCommittee)
	if cReg.ETA < queuedAt+uint64(delay/time.Second) {
		t.Fatalf("eta %d, queued at %d with delay %v", cReg.ETA, queuedAt, delay)
	}
	pending, err := e.l1.PendingChanges(e.ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var methods []string
	for _, c := range pending {
		methods = append(methods, c.Method())
	}
	if fmt.Sprint(methods) != "[setRegistrar allowMeasurement setCommittee]" {
		t.Fatalf("pending changes %v", methods)
	}
	_, err = e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), cReg)
	wantRevert[*bindings.ManagerChangeNotReady](t, "execute at once", err)
	var re *rollup.RevertError
	_ = errors.As(err, &re)
	if nr := re.Reason.(*bindings.ManagerChangeNotReady); nr.Id != cReg.ID || nr.Eta != cReg.ETA {
		t.Fatalf("ChangeNotReady%+v, want id %s eta %d", nr, cReg.ID, cReg.ETA)
	}
	wait(t, e.chain, delay-time.Minute)
	_, err = e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), cAllow)
	wantRevert[*bindings.ManagerChangeNotReady](t, "execute a minute early", err)
	wait(t, e.chain, time.Minute)

	// From the ETA anyone executes them, once.
	e.mine(e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), cReg))
	e.mine(e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), cAllow))
	if got := e.registrarOnChain(); got != attackerAddr {
		t.Fatalf("registrar %s after execution, want %s", got, attackerAddr)
	}
	_, err = e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), cReg)
	wantRevert[*bindings.ManagerUnknownChange](t, "execute twice", err)
	// Execution re-checks eligibility (the call's own error is bubbled,
	// the change stays queued): the attacker's key is not registered yet.
	_, err = e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), cCom)
	wantRevert[*bindings.ManagerMemberNotEligible](t, "execute an ineligible committee", err)
	reg := selfRegister(t, e.l1, attacker, attackerAddr, attest.KindSGX, rogue, chainNow(t, e.chain)+30*24*3600)
	e.mine(e.l1.Register(e.ctx, e.chain.Transactor(5), reg))
	e.mine(e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), cCom))
	if cur, err := e.l1.CurrentCommittee(e.ctx); err != nil || cur.Committee.Hash() != rogueCommittee.Hash() {
		t.Fatalf("current committee %+v, %v", cur, err)
	}
	// ... but only now, a whole governance delay (longer than the exit
	// window) after everyone could see it coming: TestUserExitsBeforeMaliciousChange.
	if now := chainNow(t, e.chain); now < queuedAt+uint64(delay/time.Second) {
		t.Fatalf("the rogue committee took over at %d, before %d", now, queuedAt+uint64(delay/time.Second))
	}

	t.Run("cancel", func(t *testing.T) {
		c := e.queueChange(e.l1.SetAdminCall(attackerAddr))
		_, err := e.l1.CancelChange(e.ctx, e.chain.Transactor(5), c.ID)
		wantRevert[*bindings.ManagerNotAdmin](t, "cancel by a stranger", err)
		e.mine(e.l1.CancelChange(e.ctx, e.admin, c.ID))
		if pending, _ := e.l1.PendingChanges(e.ctx, 0); slices.ContainsFunc(pending, func(p rollup.Change) bool { return p.ID == c.ID }) {
			t.Fatal("a cancelled change is still pending")
		}
		wait(t, e.chain, delay)
		_, err = e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), c)
		wantRevert[*bindings.ManagerUnknownChange](t, "execute a cancelled change", err)
		_, err = e.l1.CancelChange(e.ctx, e.admin, c.ID)
		wantRevert[*bindings.ManagerUnknownChange](t, "cancel twice", err)
	})

	t.Run("a new admin gets no shortcut", func(t *testing.T) {
		newAdmin := e.chain.Transactor(6)
		c := e.queueChange(e.l1.SetAdminCall(newAdmin.From))
		wait(t, e.chain, delay)
		e.mine(e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), c))
		if got := e.adminOnChain(); got != newAdmin.From {
			t.Fatalf("admin %s, want %s", got, newAdmin.From)
		}
		_, err := e.l1.SetRegistrar(e.ctx, newAdmin, newAdmin.From)
		wantRevert[*bindings.ManagerTimelocked](t, "new admin sets the registrar", err)
		_, err = e.l1.QueueChange(e.ctx, e.admin, e.l1.SetRegistrarCall(e.admin.From))
		wantRevert[*bindings.ManagerNotAdmin](t, "old admin queues", err)
		e.admin = newAdmin
	})

	t.Run("unexecuted changes lapse", func(t *testing.T) {
		c := e.queueChange(e.l1.AllowMeasurementCall(attest.KindTDX, rogue, true))
		wait(t, e.chain, delay+rollup.ChangeGracePeriod+time.Second)
		_, err := e.l1.ExecuteChange(e.ctx, e.chain.Transactor(5), c)
		wantRevert[*bindings.ManagerChangeLapsed](t, "execute after the grace period", err)
	})
}

// TestGovernanceRemovalsAreImmediate: changes that only remove trust act at
// once after setup, so a compromised member or measurement can be cut off
// without waiting; strangers still cannot make them.
func TestGovernanceRemovalsAreImmediate(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	mAddr := e.l1.Deployment().Manager
	victim := e.committee.Members[0]
	_, err := e.l1.RevokeEnclave(e.ctx, e.chain.Transactor(5), victim.Addr)
	wantRevert[*bindings.ManagerNotAdmin](t, "revoke by a stranger", err)
	_, err = e.l1.AllowMeasurement(e.ctx, e.chain.Transactor(5), attest.KindTDX, measurement, false)
	wantRevert[*bindings.ManagerNotAdmin](t, "disallow by a stranger", err)

	e.mine(e.l1.RevokeEnclave(e.ctx, e.admin, victim.Addr))
	if ok, _ := mgrABI.UnpackEligible(e.chain.Call(t, mAddr, mgrABI.PackEligible(victim.Addr, uint8(victim.Kind)))); ok {
		t.Fatal("a revoked enclave is eligible")
	}
	e.mine(e.l1.AllowMeasurement(e.ctx, e.admin, attest.KindTDX, measurement, false))
	if ok, _ := mgrABI.UnpackAllowed(e.chain.Call(t, mAddr, mgrABI.PackAllowed(uint8(attest.KindTDX), rollup.MeasurementHash(measurement)))); ok {
		t.Fatal("measurement still allowed")
	}
	e.mine(e.l1.SetEvidenceVerifier(e.ctx, e.admin, attest.KindSGX, common.Address{}))
	e.mine(e.l1.SetRegistrar(e.ctx, e.admin, common.Address{}))
	if got := e.registrarOnChain(); got != (common.Address{}) {
		t.Fatalf("registrar %s, want none", got)
	}
	// With no registrar, nothing registers.
	p, _ := e.maker.NewPlatform(attest.KindSGX)
	fresh, _ := p.Launch(measurement)
	bd, _ := e.l1.BindingDomain(e.ctx)
	ev, _ := fresh.QuoteBinding(e.ctx, bd)
	reg, err := e.registrar.Register(e.ctx, fresh.Address(), ev)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.l1.Register(e.ctx, e.chain.Transactor(5), reg)
	wantRevert[*bindings.ManagerBadRegistrarSignature](t, "register without a registrar", err)
}

// TestGovernanceSetupPhase: before the TSC is bound the admin's setters act
// at once; binding pushes the committee installed during setup and ends
// setup; a Manager refuses a delay below 7 days, or one not longer than the
// TSC's exit window.
func TestGovernanceSetupPhase(t *testing.T) {
	e := newEnvWith(t, paperKinds, quorum.DistinctKinds{K: 2}, func(o *rolluptest.Options) { o.Unbound = true })
	tscAddr := e.l1.Deployment().Rollup
	if setup, err := e.l1.InSetup(e.ctx); err != nil || !setup {
		t.Fatalf("in setup: %v, %v", setup, err)
	}
	if ep, cfg := tscConfig(t, e.chain, tscAddr); ep != 0 || cfg != (common.Hash{}) {
		t.Fatalf("unbound TSC has config %d %s", ep, cfg)
	}
	other := e.chain.Accounts[6].Address
	registrar := e.registrarOnChain()
	e.mine(e.l1.SetRegistrar(e.ctx, e.admin, other))
	if e.registrarOnChain() != other {
		t.Fatal("setRegistrar in setup did not act at once")
	}
	e.mine(e.l1.SetRegistrar(e.ctx, e.admin, registrar))
	_, err := e.l1.QueueChange(e.ctx, e.admin, e.l1.SetRegistrarCall(other))
	wantRevert[*bindings.ManagerSetupPhase](t, "queue during setup", err)

	e.mine(e.l1.SetRollup(e.ctx, e.admin))
	cur, err := e.l1.CurrentCommittee(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ep, cfg := tscConfig(t, e.chain, tscAddr); ep != cur.Epoch || cfg != cur.ConfigHash || !cur.Active {
		t.Fatalf("TSC config %d %s, Manager %d %s", ep, cfg, cur.Epoch, cur.ConfigHash)
	}
	if setup, _ := e.l1.InSetup(e.ctx); setup {
		t.Fatal("still in setup after SetRollup")
	}
	_, err = e.l1.SetRollup(e.ctx, e.admin)
	wantRevert[*bindings.ManagerRollupAlreadySet](t, "bind twice", err)
	_, err = e.l1.SetRegistrar(e.ctx, e.admin, other)
	wantRevert[*bindings.ManagerTimelocked](t, "setRegistrar after setup", err)

	// A delay not longer than the TSC's exit window is refused at binding.
	mgr, tsc := bindings.NewManager(), bindings.NewTeeRollup()
	week := uint64(rollup.MinGovernanceDelay / time.Second)
	mAddr := e.chain.Deploy(t, &bindings.ManagerMetaData, mgr.PackConstructor(e.admin.From, e.admin.From, week))
	tAddr := e.chain.Deploy(t, &bindings.TeeRollupMetaData, tsc.PackConstructor(mAddr, common.Hash{}, week-3600, 3600, big.NewInt(1))) // exit window: a week
	_, err = rollup.NewL1(e.chain.Client, rollup.Deployment{Manager: mAddr, Rollup: tAddr}).SetRollup(e.ctx, e.admin)
	wantRevert[*bindings.ManagerDelayNotAboveExitWindow](t, "delay equal to the exit window", err)

	// Below 7 days the constructor reverts; Validate says so first.
	_, _, err = bind.DeployContract(e.admin, common.FromHex(bindings.ManagerMetaData.Bin), e.chain.Client, mgr.PackConstructor(e.admin.From, e.admin.From, week-1))
	if _, reason, ok := rollup.DecodeRevert(err, mgr.UnpackError); !ok {
		t.Fatalf("deploy with a 7-day-minus-1s delay: %v, want a revert", err)
	} else if _, is := reason.(*bindings.ManagerDelayBelowMinimum); !is {
		t.Fatalf("deploy with a short delay reverted with %T", reason)
	}
	for _, d := range []time.Duration{rollup.MinGovernanceDelay - time.Second, 24 * time.Hour} {
		p := rollup.DefaultChallengeParams()
		p.GovernanceDelay = d
		if err := p.Validate(); !errors.Is(err, rollup.ErrChallengeParams) {
			t.Fatalf("governance delay %v: %v, want ErrChallengeParams", d, err)
		}
	}
	p := rollup.ChallengeParams{Window: 8 * 24 * time.Hour, Bond: big.NewInt(1), GovernanceDelay: rollup.MinGovernanceDelay}
	if err := p.Validate(); !errors.Is(err, rollup.ErrChallengeParams) {
		t.Fatalf("delay below the window: %v, want ErrChallengeParams", err)
	}
}

// TestUserExitsBeforeMaliciousChange: a stolen admin key queues the theft
// (registrar, measurement, a one-key committee). A user who sees it coming
// needs no help from the committee (silent here) to leave: it challenges a
// transaction, waits out the response window, freezes the rollup and
// withdraws its balance with a proof, all before the changes' ETA, because
// governanceDelay > the TSC's exit window. When the changes do apply, the
// frozen rollup accepts no header, so they steal nothing.
func TestUserExitsBeforeMaliciousChange(t *testing.T) {
	g := newGame(t)
	const alice = 3
	g.deposit(alice, alice, eth(10))
	g.advance(g.credits(), nil)

	attacker := chaintest.DeterministicKey("attacker")
	attackerAddr := crypto.PubkeyToAddress(attacker.PublicKey)
	rogue := []byte("rogue sequencer")
	rogueCommittee, _ := quorum.NewCommittee(quorum.Member{Addr: attackerAddr, Kind: attest.KindSGX, Weight: 1})
	rogueCall, err := g.l1.SetCommitteeCall(rogueCommittee, quorum.MOfN{M: 1})
	if err != nil {
		t.Fatal(err)
	}
	queuedAt := chainNow(t, g.chain)
	changes := []rollup.Change{
		g.queueChange(g.l1.SetRegistrarCall(attackerAddr)),
		g.queueChange(g.l1.AllowMeasurementCall(attest.KindSGX, rogue, true)),
		g.queueChange(rogueCall),
	}
	eta := changes[0].ETA

	// Alice watches the queue.
	if pending, err := g.l1.PendingChanges(g.ctx, 0); err != nil || len(pending) != 3 {
		t.Fatalf("pending %v, %v", pending, err)
	}
	// She escalates a transaction the silent committee will not answer.
	s, err := g.client(alice).Start(g.ctx, g.signed(alice, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(1)}))
	if err != nil {
		t.Fatal(err)
	}
	g.expire()
	if _, err := g.client(alice).Settle(g.ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	amount, _, err := g.client(alice).Withdraw(g.ctx, treeSource{g.tree})
	if err != nil {
		t.Fatal(err)
	}
	if amount.ToBig().Cmp(eth(10)) != 0 {
		t.Fatalf("alice withdrew %s, want 10 ether", amount.Dec())
	}
	exitedAt := chainNow(t, g.chain)
	if exitedAt >= eta {
		t.Fatalf("alice was out at %d, not before the changes' ETA %d", exitedAt, eta)
	}
	t.Logf("alice left %v after the theft was queued; it applies %v after that", time.Duration(exitedAt-queuedAt)*time.Second, time.Duration(eta-queuedAt)*time.Second)
	for _, c := range changes[:2] {
		_, err := g.l1.ExecuteChange(g.ctx, g.auth(5), c)
		wantRevert[*bindings.ManagerChangeNotReady](t, "theft before the ETA", err)
	}

	// At the ETA the theft executes, and pays nothing: the rollup is frozen.
	wait(t, g.chain, time.Duration(eta-chainNow(t, g.chain))*time.Second)
	g.mine(g.l1.ExecuteChange(g.ctx, g.auth(5), changes[0]))
	g.mine(g.l1.ExecuteChange(g.ctx, g.auth(5), changes[1]))
	g.mine(g.l1.Register(g.ctx, g.auth(5), selfRegister(t, g.l1, attacker, attackerAddr, attest.KindSGX, rogue, chainNow(t, g.chain)+3600)))
	g.mine(g.l1.ExecuteChange(g.ctx, g.auth(5), changes[2]))
	loot := uint256.MustFromBig(g.balance(g.l1.Deployment().Rollup))
	theft := &rollup.Header{
		ParentHash: g.head.Hash(), Height: g.head.Height + 1, StateRoot: common.HexToHash("0xbad"), DepositIndex: g.head.DepositIndex,
		Withdrawals: []rollup.Withdrawal{{To: attackerAddr, Amount: loot}},
	}
	vd := g.domain.VoteDomain()
	v, err := quorum.SignVote(quorum.KeySigner(attacker), vd, theft.Hash())
	if err != nil {
		t.Fatal(err)
	}
	qc, err := quorum.NewECDSAQC(rogueCommittee, vd, theft.Hash(), []quorum.Vote{v})
	if err != nil {
		t.Fatal(err)
	}
	_, err = g.l1.UpdateState(g.ctx, g.auth(2), theft, rogueCommittee, quorum.MOfN{M: 1}, qc)
	wantRevert[*bindings.TeeRollupRollupFrozen](t, "the theft header", err)
}

// revokeMember revokes the first member of kind k and returns it.
func (e *env) revokeMember(k attest.Kind) quorum.Member {
	e.t.Helper()
	for _, m := range e.committee.Members {
		if m.Kind == k {
			e.mine(e.l1.RevokeEnclave(e.ctx, e.admin, m.Addr))
			return m
		}
	}
	e.t.Fatalf("no member of kind %v", k)
	return quorum.Member{}
}

// shrinkTo invalidates the env's committee and checks that the Manager
// installed the committee of `want` (addresses) under the same rule, and
// the TSC took it; the env then signs with it.
func (e *env) shrinkTo(want []common.Address) {
	e.t.Helper()
	before, err := e.l1.CurrentCommittee(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(e.l1.InvalidateCommittee(e.ctx, e.chain.Transactor(5), e.committee))
	cur, err := e.l1.CurrentCommittee(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	var got []common.Address
	for _, m := range cur.Committee.Members {
		got = append(got, m.Addr)
	}
	if !cur.Active || cur.Epoch != before.Epoch+1 || !slices.Equal(got, want) || string(cur.RuleBytes) != string(mustEncodeRule(e.rule)) {
		e.t.Fatalf("after invalidation: epoch %d active %v members %v rule %x; want epoch %d, %v, rule %x",
			cur.Epoch, cur.Active, got, cur.RuleBytes, before.Epoch+1, want, mustEncodeRule(e.rule))
	}
	if ep, cfg := tscConfig(e.t, e.chain, e.l1.Deployment().Rollup); ep != cur.Epoch || cfg != cur.ConfigHash {
		e.t.Fatalf("TSC config %d %s, Manager %d %s", ep, cfg, cur.Epoch, cur.ConfigHash)
	}
	e.committee = cur.Committee
	e.enclaves = slices.DeleteFunc(e.enclaves, func(enc *sim.Enclave) bool { return !slices.Contains(want, enc.Address()) })
}

func addrsWithout(c *quorum.Committee, drop ...common.Address) []common.Address {
	var out []common.Address
	for _, m := range c.Members {
		if !slices.Contains(drop, m.Addr) {
			out = append(out, m.Addr)
		}
	}
	return out
}

// TestInvalidateCommitteeShrinks: one of the paper's five members (1 SGX :
// 2 TDX : 2 CSV, two distinct kinds) is revoked; anyone's
// invalidateCommittee installs the other four at once under the same rule,
// and they certify the next header. Losing what the rule can spare never
// stops the rollup; once it cannot be met, the committee is withdrawn.
func TestInvalidateCommitteeShrinks(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	_, err := e.l1.InvalidateCommittee(e.ctx, e.chain.Transactor(5), e.committee)
	wantRevert[*bindings.ManagerCommitteeStillValid](t, "invalidate a valid committee", err)
	old := e.committee

	tdx := e.revokeMember(attest.KindTDX)
	e.shrinkTo(addrsWithout(old, tdx.Addr))
	// The old configuration is gone: the revoked key cannot certify.
	h := e.propose(queue{}, nil)
	oldEnv := *e
	oldEnv.committee = old
	_, err = e.l1.UpdateState(e.ctx, e.chain.Transactor(2), h, old, e.rule, oldEnv.certify(h, e.all()))
	wantRevert[*bindings.TeeRollupWrongConfig](t, "header under the old committee", err)
	_, err = e.l1.InvalidateCommittee(e.ctx, e.chain.Transactor(5), old)
	wantRevert[*bindings.ManagerNotCurrentCommittee](t, "invalidate the old committee", err)
	// The four certify the next header.
	e.mine(e.submit(h, e.certify(h, e.all())))
	e.setHead(h)

	// Both CSV members' measurement is disallowed: SGX + TDX still make
	// two kinds.
	e.mine(e.l1.AllowMeasurement(e.ctx, e.admin, attest.KindCSV, measurement, false))
	var csv []common.Address
	for _, m := range e.committee.Members {
		if m.Kind == attest.KindCSV {
			csv = append(csv, m.Addr)
		}
	}
	e.shrinkTo(addrsWithout(e.committee, csv...))
	h = e.propose(queue{}, nil)
	e.mine(e.submit(h, e.certify(h, e.all())))
	e.setHead(h)

	// Then the SGX member goes: one kind left, the rule cannot be met, the
	// committee is withdrawn as before.
	e.revokeMember(attest.KindSGX)
	e.mine(e.l1.InvalidateCommittee(e.ctx, e.chain.Transactor(5), e.committee))
	cur, err := e.l1.CurrentCommittee(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cur.Active || cur.ConfigHash != (common.Hash{}) {
		t.Fatalf("committee still active: %+v", cur)
	}
	if _, cfg := tscConfig(t, e.chain, e.l1.Deployment().Rollup); cfg != (common.Hash{}) {
		t.Fatalf("TSC config %s, want none", cfg)
	}
	h = e.propose(queue{}, nil)
	_, err = e.submit(h, e.certify(h, e.all()))
	wantRevert[*bindings.TeeRollupNoCommittee](t, "header without a committee", err)
	_, err = e.l1.InvalidateCommittee(e.ctx, e.chain.Transactor(5), e.committee)
	wantRevert[*bindings.ManagerNotCurrentCommittee](t, "invalidate a withdrawn committee", err)
}

// TestInvalidateCommitteePerKindWithdraws: PerKind's bar falls with the
// members of each kind, so shrinking would let fewer keys certify than the
// rule promised: such a committee is withdrawn, not shrunk.
func TestInvalidateCommitteePerKindWithdraws(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.PerKind{Percent: 50})
	e.revokeMember(attest.KindTDX)
	e.mine(e.l1.InvalidateCommittee(e.ctx, e.chain.Transactor(5), e.committee))
	if cur, err := e.l1.CurrentCommittee(e.ctx); err != nil || cur.Active || cur.Epoch != 1 {
		t.Fatalf("after invalidation: %+v, %v; want epoch 1 withdrawn", cur, err)
	}
}

// govEnv is a rollup whose members are plain keys registered by a test
// registrar (no attestation), with registrations valid for 60 days so they
// outlive the governance delay, and optionally BLS keys.
type govEnv struct {
	chain     *chaintest.Chain
	l1        *rollup.L1
	admin     *bind.TransactOpts
	members   []quorum.Member
	keys      map[common.Address]*ecdsa.PrivateKey
	bls       map[common.Address]*quorum.BLSSecretKey
	committee *quorum.Committee
	rule      quorum.Rule
	registrar *ecdsa.PrivateKey
}

func newGovEnv(tb testing.TB, kinds []attest.Kind, rule quorum.Rule, withBLS bool) *govEnv {
	tb.Helper()
	return newGovEnvLife(tb, kinds, rule, withBLS, nil)
}

// newGovEnvLife is newGovEnv with member i's registration valid for
// life(i) instead of 60 days.
func newGovEnvLife(tb testing.TB, kinds []attest.Kind, rule quorum.Rule, withBLS bool, life func(i int) time.Duration) *govEnv {
	tb.Helper()
	ctx := context.Background()
	g := &govEnv{
		chain: chaintest.New(tb), rule: rule, registrar: chaintest.DeterministicKey("gov/registrar"),
		keys: map[common.Address]*ecdsa.PrivateKey{}, bls: map[common.Address]*quorum.BLSSecretKey{},
	}
	g.admin = g.chain.Transactor(0)
	mine := func(tx *types.Transaction, err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
		g.chain.Mine(tb, tx)
	}
	l1, txs, err := rollup.Deploy(ctx, g.chain.Client, g.admin, g.admin.From, crypto.PubkeyToAddress(g.registrar.PublicKey), common.Hash{})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := chaintest.Settle(ctx, g.chain.Backend, txs...); err != nil {
		tb.Fatal(err)
	}
	g.l1 = l1
	for _, k := range []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP, attest.KindCSV, attest.KindCCA, attest.KindNitro} {
		mine(l1.AllowMeasurement(ctx, g.admin, k, measurement, true))
	}
	now := chainNow(tb, g.chain)
	for i, k := range kinds {
		expiry := now + 60*24*3600
		if life != nil {
			expiry = now + uint64(life(i)/time.Second)
		}
		key := chaintest.DeterministicKey(fmt.Sprintf("gov/member/%d", i))
		addr := crypto.PubkeyToAddress(key.PublicKey)
		g.keys[addr] = key
		m := quorum.Member{Addr: addr, Kind: k, Weight: 1}
		if withBLS {
			sk, err := quorum.GenerateBLSKey(nil)
			if err != nil {
				tb.Fatal(err)
			}
			pop, err := sk.ProvePossession(addr)
			if err != nil {
				tb.Fatal(err)
			}
			m.BLS, m.PoP, g.bls[addr] = sk.PublicKey(), &pop, sk
		}
		g.members = append(g.members, m)
		mine(l1.Register(ctx, g.admin, selfRegister(tb, l1, g.registrar, addr, k, measurement, expiry)))
	}
	if g.committee, err = quorum.NewCommittee(g.members...); err != nil {
		tb.Fatal(err)
	}
	mine(l1.SetCommittee(ctx, g.admin, g.committee, rule))
	mine(l1.SetRollup(ctx, g.admin))
	return g
}

// without is the env's committee (with its keys) minus drop.
func (g *govEnv) without(tb testing.TB, drop ...common.Address) *quorum.Committee {
	tb.Helper()
	var ms []quorum.Member
	for _, m := range g.committee.Members {
		if !slices.Contains(drop, m.Addr) {
			ms = append(ms, m)
		}
	}
	c, err := quorum.NewCommittee(ms...)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// certify has every member of c sign h, in c's scheme.
func (g *govEnv) certify(tb testing.TB, c *quorum.Committee, h *rollup.Header) quorum.QC {
	tb.Helper()
	d, err := g.l1.Domain(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	vd := d.VoteDomain()
	if c.HasBLS() {
		var votes []quorum.BLSVote
		for _, m := range c.Members {
			v, err := g.bls[m.Addr].SignVote(vd, m.Addr, h.Hash())
			if err != nil {
				tb.Fatal(err)
			}
			votes = append(votes, v)
		}
		qc, err := quorum.AggregateBLS(c, vd, h.Hash(), votes)
		if err != nil {
			tb.Fatal(err)
		}
		return qc
	}
	var votes []quorum.Vote
	for _, m := range c.Members {
		v, err := quorum.SignVote(quorum.KeySigner(g.keys[m.Addr]), vd, h.Hash())
		if err != nil {
			tb.Fatal(err)
		}
		votes = append(votes, v)
	}
	qc, err := quorum.NewECDSAQC(c, vd, h.Hash(), votes)
	if err != nil {
		tb.Fatal(err)
	}
	return qc
}

// TestInvalidateCommitteeShrinksBLS: the same with a BLS committee: the
// reduced encoding keeps the remaining members' G1 keys in order, and an
// aggregate of the four certifies a header.
func TestInvalidateCommitteeShrinksBLS(t *testing.T) {
	ctx := context.Background()
	g := newGovEnv(t, paperKinds, quorum.DistinctKinds{K: 2}, true)
	var victim common.Address
	for _, m := range g.committee.Members {
		if m.Kind == attest.KindCSV {
			victim = m.Addr
			break
		}
	}
	g.chain.Mine(t, mustTx(t)(g.l1.RevokeEnclave(ctx, g.admin, victim)))
	g.chain.Mine(t, mustTx(t)(g.l1.InvalidateCommittee(ctx, g.chain.Transactor(5), g.committee)))
	want := g.without(t, victim)
	cur, err := g.l1.CurrentCommittee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !cur.Active || cur.Epoch != 2 || cur.Scheme != quorum.SchemeBLS || cur.Committee.Hash() != want.Hash() {
		t.Fatalf("after invalidation: %+v; want epoch 2, BLS, committee %s", cur, want.Hash())
	}
	h := &rollup.Header{Height: 1, StateRoot: common.HexToHash("0x5eed")}
	g.chain.Mine(t, mustTx(t)(g.l1.UpdateState(ctx, g.chain.Transactor(2), h, want, g.rule, g.certify(t, want, h))))
	if head, err := g.l1.Head(ctx); err != nil || head.HeaderHash != h.Hash() {
		t.Fatalf("head %+v, %v", head, err)
	}
}

// TestInvalidateCommitteeShrinksOnExpiry: a member whose registration
// expires is dropped the same way as a revoked one, by anyone, at once.
func TestInvalidateCommitteeShrinksOnExpiry(t *testing.T) {
	ctx := context.Background()
	// paperKinds[1] is a TDX member registered for one day only.
	g := newGovEnvLife(t, paperKinds, quorum.DistinctKinds{K: 2}, false, func(i int) time.Duration {
		if i == 1 {
			return 24 * time.Hour
		}
		return 60 * 24 * time.Hour
	})
	short := g.members[1].Addr
	_, err := g.l1.InvalidateCommittee(ctx, g.chain.Transactor(5), g.committee)
	wantRevert[*bindings.ManagerCommitteeStillValid](t, "before the expiry", err)
	wait(t, g.chain, 24*time.Hour+time.Second)
	g.chain.Mine(t, mustTx(t)(g.l1.InvalidateCommittee(ctx, g.chain.Transactor(5), g.committee)))
	want := g.without(t, short)
	cur, err := g.l1.CurrentCommittee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !cur.Active || cur.Epoch != 2 || cur.Committee.Hash() != want.Hash() {
		t.Fatalf("after invalidation: %+v; want epoch 2 without %s", cur, short)
	}
	if ep, cfg := tscConfig(t, g.chain, g.l1.Deployment().Rollup); ep != 2 || cfg != cur.ConfigHash {
		t.Fatalf("TSC config %d %s, Manager %s", ep, cfg, cur.ConfigHash)
	}
	h := &rollup.Header{Height: 1, StateRoot: common.HexToHash("0x5eed")}
	g.chain.Mine(t, mustTx(t)(g.l1.UpdateState(ctx, g.chain.Transactor(2), h, want, g.rule, g.certify(t, want, h))))
}

func mustTx(tb testing.TB) func(*types.Transaction, error) *types.Transaction {
	return func(tx *types.Transaction, err error) *types.Transaction {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
		return tx
	}
}

// BenchmarkGovernanceGas: the timelock's cost (queueChange, executeChange
// of a setRegistrar and of a 5-member setCommittee) and invalidateCommittee
// when it shrinks the paper's 1:2:2 committee (ECDSA, BLS) or withdraws it.
// gas/op is the whole transaction, 21,000 and calldata included.
func BenchmarkGovernanceGas(b *testing.B) {
	ctx := context.Background()
	b.Run("queueChange/setRegistrar", func(b *testing.B) {
		g := newGovEnv(b, paperKinds, quorum.DistinctKinds{K: 2}, false)
		var gas uint64
		for i := 0; i < b.N; i++ {
			call := g.l1.SetRegistrarCall(common.BigToAddress(big.NewInt(int64(1000 + i))))
			gas += g.chain.Mine(b, mustTx(b)(g.l1.QueueChange(ctx, g.admin, call))).GasUsed
		}
		chaintest.ReportGas(b, gas/uint64(b.N))
	})
	for _, what := range []string{"setRegistrar", "setCommittee"} {
		b.Run("executeChange/"+what, func(b *testing.B) {
			g := newGovEnv(b, paperKinds, quorum.DistinctKinds{K: 2}, false)
			var changes []rollup.Change
			for i := 0; i < b.N; i++ {
				call := g.l1.SetRegistrarCall(common.BigToAddress(big.NewInt(int64(1000 + i))))
				if what == "setCommittee" {
					var err error
					if call, err = g.l1.SetCommitteeCall(g.committee, quorum.DistinctKinds{K: uint8(2 + i%2)}); err != nil {
						b.Fatal(err)
					}
				}
				c, err := g.l1.QueuedChange(g.chain.Mine(b, mustTx(b)(g.l1.QueueChange(ctx, g.admin, call))))
				if err != nil {
					b.Fatal(err)
				}
				changes = append(changes, c)
				// distinct ids for equal calls: one block (second) apart
				wait(b, g.chain, time.Second)
			}
			d, _ := g.l1.GovernanceDelay(ctx)
			wait(b, g.chain, d)
			var gas uint64
			b.ResetTimer()
			for _, c := range changes {
				gas += g.chain.Mine(b, mustTx(b)(g.l1.ExecuteChange(ctx, g.chain.Transactor(5), c))).GasUsed
			}
			chaintest.ReportGas(b, gas/uint64(b.N))
		})
	}
	// revokeTDX revokes one TDX member (5 -> 4 members); dropKinds
	// disallows the measurement of whole kinds.
	revokeTDX := func(g *govEnv) *types.Transaction {
		for _, m := range g.committee.Members {
			if m.Kind == attest.KindTDX {
				return mustTx(b)(g.l1.RevokeEnclave(ctx, g.admin, m.Addr))
			}
		}
		return nil
	}
	dropKinds := func(ks ...attest.Kind) func(g *govEnv) *types.Transaction {
		return func(g *govEnv) *types.Transaction {
			var tx *types.Transaction
			for _, k := range ks {
				tx = mustTx(b)(g.l1.AllowMeasurement(ctx, g.admin, k, measurement, false))
			}
			return tx
		}
	}
	for _, tc := range []struct {
		name   string
		bls    bool
		remove func(g *govEnv) *types.Transaction
	}{
		{"invalidateCommittee/shrink-5to4/ecdsa", false, revokeTDX},
		{"invalidateCommittee/shrink-5to4/bls", true, revokeTDX},
		{"invalidateCommittee/shrink-5to3/ecdsa", false, dropKinds(attest.KindTDX)},
		{"invalidateCommittee/withdraw-5to1/ecdsa", false, dropKinds(attest.KindTDX, attest.KindCSV)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var gas uint64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				g := newGovEnv(b, paperKinds, quorum.DistinctKinds{K: 2}, tc.bls)
				g.chain.Mine(b, tc.remove(g))
				b.StartTimer()
				gas += g.chain.Mine(b, mustTx(b)(g.l1.InvalidateCommittee(ctx, g.chain.Transactor(5), g.committee))).GasUsed
			}
			chaintest.ReportGas(b, gas/uint64(b.N))
		})
	}
}

// mustEncodeRule is quorum.EncodeRule for rules the test knows are on-chain
// rules.
func mustEncodeRule(r quorum.Rule) []byte {
	enc, err := quorum.EncodeRule(r)
	if err != nil {
		panic(err)
	}
	return enc
}

// embeddedRule embeds a built-in rule but tightens it in Go: the chain
// would enforce the embedded rule's encoding, not this rule.
type embeddedRule struct{ quorum.MOfN }

func (r embeddedRule) Eval(t quorum.Tally) error {
	if t.Kinds() < 3 {
		return quorum.ErrRuleNotMet
	}
	return r.MOfN.Eval(t)
}

// TestSetCommitteeRefusesOffChainRule (issue 13): a rule whose encoding the
// chain would read as another rule is refused before anything is sent.
func TestSetCommitteeRefusesOffChainRule(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	if _, err := e.l1.SetCommitteeCall(e.committee, embeddedRule{quorum.MOfN{M: 1}}); !errors.Is(err, quorum.ErrNotOnChain) {
		t.Fatalf("SetCommitteeCall with an embedding rule: %v, want quorum.ErrNotOnChain", err)
	}
	if _, err := e.l1.UpdateState(e.ctx, e.chain.Transactor(2), &rollup.Header{Height: 1}, e.committee, embeddedRule{quorum.MOfN{M: 1}}, nil); !errors.Is(err, quorum.ErrNotOnChain) {
		t.Fatalf("UpdateState with an embedding rule: %v, want quorum.ErrNotOnChain", err)
	}
}
