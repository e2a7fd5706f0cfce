package rollup_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/chaintest"
	committeepkg "github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// regEnv is a devnet (not running) whose nodes serve committee-certified
// registration on their peer Mux.
type regEnv struct {
	t       testing.TB
	ctx     context.Context
	chain   *chaintest.Chain
	d       *rolluptest.Devnet
	vetters []*rollup.Vetter
	engine  *committeepkg.Engine
	binding attest.Domain
	// ahead is how far (seconds) the members' clocks run ahead of L1's.
	ahead atomic.Int64
}

func newRegEnv(t testing.TB, kinds []attest.Kind, rule quorum.Rule, verifier rollup.EvidenceVerifier) *regEnv {
	t.Helper()
	ctx := context.Background()
	chain := chaintest.New(t)
	d, err := rolluptest.Start(ctx, rolluptest.Options{
		Backend: chain.Client, Admin: chain.Accounts[0].Key, Wait: func() { chain.Backend.Commit() },
		Kinds: kinds, Rule: rule,
	})
	if err != nil {
		t.Fatal(err)
	}
	bd, err := d.L1.BindingDomain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if verifier == nil {
		verifier = d.Registrar.Verifier
	}
	e := &regEnv{t: t, ctx: ctx, chain: chain, d: d, binding: bd,
		engine: &committeepkg.Engine{Domain: d.Domain.VoteDomain(), Timeout: 5 * time.Second}}
	byAddr := map[common.Address]*sim.Enclave{}
	for _, enc := range d.Enclaves {
		byAddr[enc.Address()] = enc
	}
	for i, n := range d.Nodes { // node i is committee member i
		v := &rollup.Vetter{
			Key: byAddr[d.Committee.Members[i].Addr], VoteDomain: d.Domain.VoteDomain(), Binding: bd,
			Verifier: verifier, Policy: d.Registrar.Policy, MaxValidity: 24 * time.Hour,
			Epoch: func(ctx context.Context) (uint64, error) {
				c, err := d.L1.CurrentCommittee(ctx)
				return c.Epoch, err
			},
			Now: func() time.Time { return time.Unix(int64(chainNow(t, chain))+e.ahead.Load(), 0) },
		}
		if err := v.Handle(n.Mux()); err != nil {
			t.Fatal(err)
		}
		e.vetters = append(e.vetters, v)
	}
	return e
}

func (e *regEnv) current() rollup.CommitteeConfig {
	e.t.Helper()
	c, err := e.d.L1.CurrentCommittee(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

// newcomer launches an enclave of kind on a fresh platform of the devnet's
// manufacturer and quotes its binding to this deployment.
func (e *regEnv) newcomer(kind attest.Kind, opts ...sim.EnclaveOption) (*sim.Enclave, attest.Evidence) {
	e.t.Helper()
	p, err := e.d.Maker.NewPlatform(kind)
	if err != nil {
		e.t.Fatal(err)
	}
	enc, err := p.Launch(rolluptest.Measurement, opts...)
	if err != nil {
		e.t.Fatal(err)
	}
	ev, err := enc.QuoteBinding(e.ctx, e.binding)
	if err != nil {
		e.t.Fatal(err)
	}
	return enc, ev
}

// certify has the committee vote on an admission through the nodes' Mux.
func (e *regEnv) certify(a *rollup.Admission) (*rollup.Certificate, error) {
	return rollup.CertifyStatement(e.ctx, e.engine, e.current(), rollup.KindAdmission, a.Encode(), a.StructHash(), e.d.Peers)
}

func (e *regEnv) submit(tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	rs, err := chaintest.Settle(e.ctx, e.chain.Backend, tx)
	if err != nil {
		return nil, err
	}
	return rs[0], nil
}

func (e *regEnv) enclave(addr common.Address) struct {
	Kind        uint8
	Expiry      uint64
	Revoked     bool
	Measurement [32]byte
} {
	e.t.Helper()
	mgr := bindings.NewManager()
	out, err := bind.Call(mgr.Instance(e.chain.Client, e.d.L1.Deployment().Manager), &bind.CallOpts{Context: e.ctx},
		mgr.PackEnclaves(addr), mgr.UnpackEnclaves)
	if err != nil {
		e.t.Fatal(err)
	}
	return struct {
		Kind        uint8
		Expiry      uint64
		Revoked     bool
		Measurement [32]byte
	}{out.Kind, out.Expiry, out.Revoked, out.Measurement}
}

// forge builds a QC over structHash signed by the given keys (enclaves a
// host controls, or outsiders), without asking anyone's Vetter.
func forge(t testing.TB, c *quorum.Committee, vd quorum.Domain, structHash common.Hash, signers ...quorum.Signer) *quorum.ECDSAQC {
	t.Helper()
	var votes []quorum.Vote
	for _, s := range signers {
		v, err := quorum.SignVote(s, vd, structHash)
		if err != nil {
			t.Fatal(err)
		}
		votes = append(votes, v)
	}
	q := &quorum.ECDSAQC{N: c.Len()}
	type iv struct {
		i int
		v quorum.Vote
	}
	var ordered []iv
	for _, v := range votes {
		i, ok := c.Index(v.Signer)
		if !ok {
			i = len(ordered) % c.Len() // an outsider claims a member's slot
		}
		ordered = append(ordered, iv{i, v})
	}
	for i := 0; i < c.Len(); i++ {
		for _, o := range ordered {
			if o.i == i {
				q.Signers.Add(i)
				q.Sigs = append(q.Sigs, o.v.Sig)
				break
			}
		}
	}
	return q
}

// TestCommitteeAdmission registers a newcomer with a QC of the committee's
// votes, collected on the nodes' peer Mux and submitted by a stranger; the
// registration lasts as the evidence says, and the same QC does not land
// twice.
func TestCommitteeAdmission(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP}, quorum.DistinctKinds{K: 2}, nil)
	enc, ev := e.newcomer(attest.KindTDX)
	a, err := e.vetters[0].Examine(e.ctx, enc.Address(), ev, e.current().Epoch)
	if err != nil {
		t.Fatal(err)
	}
	if a.RegisteredUntil != a.VerifiedAt+uint64((24*time.Hour).Seconds()) {
		t.Fatalf("registered until %d, verified at %d: want the policy's 24 h (the sim certificate lasts longer)", a.RegisteredUntil, a.VerifiedAt)
	}
	cert, err := e.certify(a)
	if err != nil {
		t.Fatal(err)
	}
	stranger := e.chain.Transactor(5)
	r, err := e.submit(e.d.L1.RegisterCertified(e.ctx, stranger, a, cert))
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("registerCertified: %v", err)
	}
	got := e.enclave(enc.Address())
	if got.Expiry != a.RegisteredUntil || got.Kind != uint8(attest.KindTDX) || got.Revoked {
		t.Fatalf("registered %+v, want kind TDX until %d", got, a.RegisteredUntil)
	}
	h, err := e.d.L1.RegisteredEvidenceHash(e.ctx, enc.Address())
	if err != nil || h != crypto.Keccak256Hash(a.Evidence) {
		t.Fatalf("evidence hash %s, %v", h, err)
	}
	_, err = e.d.L1.RegisterCertified(e.ctx, stranger, a, cert)
	wantRevert[*bindings.ManagerStaleRegistration](t, "replay", err)
}

// TestRegisterCertifiedWaitsForL1: members verify at their wall clock,
// which L1 block timestamps trail; the submitter waits for a head at or
// after VerifiedAt instead of paying for VerifiedInFuture (what geth --dev
// did to the multi-process devnet), and refuses at once, sending nothing,
// when the gap is a wrong clock rather than a slow chain.
func TestRegisterCertifiedWaitsForL1(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP}, quorum.DistinctKinds{K: 2}, nil)
	stranger := e.chain.Transactor(5)
	admit := func(ahead time.Duration) (*rollup.Admission, *rollup.Certificate) {
		e.ahead.Store(int64(ahead / time.Second))
		defer e.ahead.Store(0)
		enc, ev := e.newcomer(attest.KindTDX)
		a, err := e.vetters[0].Examine(e.ctx, enc.Address(), ev, e.current().Epoch)
		if err != nil {
			t.Fatal(err)
		}
		cert, err := e.certify(a)
		if err != nil {
			t.Fatal(err)
		}
		return a, cert
	}

	t.Run("seconds ahead: waits for L1", func(t *testing.T) {
		// The simulated chain stamps a block max(wall clock, parent+1):
		// one block first, so L1 is at the wall clock, then a member
		// running a minute ahead.
		e.chain.Backend.Commit()
		a, cert := admit(time.Minute)
		jumped := make(chan error, 1)
		go func() { // a while later, L1 catches up with the member's clock
			time.Sleep(1500 * time.Millisecond)
			err := chaintest.AdjustTime(e.ctx, e.chain.Backend, 2*time.Minute)
			e.chain.Backend.Commit()
			jumped <- err
		}()
		defer func() {
			if err := <-jumped; err != nil {
				t.Error(err)
			}
		}()
		tx, err := e.d.L1.RegisterCertified(e.ctx, stranger, a, cert)
		if err != nil {
			t.Fatalf("registerCertified a minute ahead of L1: %v", err)
		}
		// Sent only once L1's head reached VerifiedAt: a node whose next
		// block trails the member's clock (geth --dev) would revert it.
		// (The simulated backend's gas estimate itself waits for the next
		// block, so here only geth --dev, TestMultiProcessDevnet, shows the
		// revert this prevents; the refusal below is shown here.)
		if now := chainNow(t, e.chain); now < a.VerifiedAt {
			t.Fatalf("sent at L1 time %d, before verified-at %d", now, a.VerifiedAt)
		}
		r, err := e.submit(tx, nil)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt %v, %v", r, err)
		}
		if got := e.enclave(a.Enclave); got.Expiry != a.RegisteredUntil {
			t.Fatalf("registered until %d, want %d", got.Expiry, a.RegisteredUntil)
		}
	})

	t.Run("beyond the skew: refused, nothing sent", func(t *testing.T) {
		a, cert := admit(rollup.MaxVerifiedSkew + time.Minute)
		nonce, err := e.chain.Client.PendingNonceAt(e.ctx, stranger.From)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.d.L1.RegisterCertified(e.ctx, stranger, a, cert)
		if !errors.Is(err, rollup.ErrVerifiedInFuture) {
			t.Fatalf("got %v, want ErrVerifiedInFuture", err)
		}
		if n, _ := e.chain.Client.PendingNonceAt(e.ctx, stranger.From); n != nonce {
			t.Fatalf("nonce %d → %d: a transaction was sent", nonce, n)
		}
	})
}

// TestCommitteeAdmissionAttacks: what a stranger, a host holding some
// enclave keys, or a lying proposer can submit is refused on chain.
func TestCommitteeAdmissionAttacks(t *testing.T) {
	kinds := []attest.Kind{attest.KindSGX, attest.KindSGX, attest.KindSGX, attest.KindTDX}
	e := newRegEnv(t, kinds, quorum.DistinctKinds{K: 2}, nil)
	cur := e.current()
	vd := e.d.Domain.VoteDomain()
	enc, ev := e.newcomer(attest.KindSGX)
	a, err := e.vetters[0].Examine(e.ctx, enc.Address(), ev, cur.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	idx := func(k attest.Kind) []quorum.Signer {
		var out []quorum.Signer
		for _, m := range e.d.Enclaves {
			if m.Kind() == k {
				out = append(out, m)
			}
		}
		return out
	}
	sgx, tdx := idx(attest.KindSGX), idx(attest.KindTDX)
	stranger := e.chain.Transactor(5)
	submit := func(a *rollup.Admission, q *quorum.ECDSAQC) error {
		_, err := e.d.L1.RegisterCertified(e.ctx, stranger, a, &rollup.Certificate{Committee: cur.Committee, RuleBytes: cur.RuleBytes, QC: q})
		return err
	}

	t.Run("outsider keys", func(t *testing.T) {
		o1, o2 := e.newcomerKey(attest.KindSGX), e.newcomerKey(attest.KindTDX)
		wantRevert[*bindings.ManagerBadCertificate](t, "outsider QC", submit(a, forge(t, cur.Committee, vd, a.StructHash(), o1, o2)))
	})
	t.Run("QC of another statement", func(t *testing.T) {
		q := forge(t, cur.Committee, vd, a.StructHash(), sgx[0], tdx[0])
		longer := *a
		longer.RegisteredUntil += 365 * 24 * 3600
		wantRevert[*bindings.ManagerBadCertificate](t, "extended expiry", submit(&longer, q))
	})
	t.Run("wrong epoch", func(t *testing.T) {
		next := *a
		next.Epoch = cur.Epoch + 1
		q := forge(t, cur.Committee, vd, next.StructHash(), sgx[0], tdx[0])
		wantRevert[*bindings.ManagerWrongEpoch](t, "epoch+1", submit(&next, q))
		// and the members' vetters refuse it before verifying
		if _, err := e.certify(&next); err == nil {
			t.Fatal("members certified an admission of another epoch")
		}
	})
	t.Run("other chain domain", func(t *testing.T) {
		other := quorum.Domain{ChainID: new(big.Int).Add(vd.ChainID, big.NewInt(1)), Verifier: vd.Verifier}
		q := forge(t, cur.Committee, other, a.StructHash(), sgx[0], tdx[0])
		wantRevert[*bindings.ManagerBadCertificate](t, "vote domain of another chain", submit(a, q))
	})
	t.Run("one kind only under distinct kinds", func(t *testing.T) {
		// Taiko, June 2026: every key of one kind leaked; however many
		// members of that kind sign, DistinctKinds{K: 2} is not met.
		q := forge(t, cur.Committee, vd, a.StructHash(), sgx...)
		wantRevert[*bindings.ManagerBadCertificate](t, "three SGX", submit(a, q))
		var re *rollup.RevertError
		_ = errors.As(submit(a, q), &re)
		if c := re.Reason.(*bindings.ManagerBadCertificate).Code; c.Uint64() != uint64(quorum.ReasonRuleNotMet) {
			t.Fatalf("code %v, want RULE_NOT_MET", c)
		}
		var votes []quorum.Vote
		for _, s := range sgx {
			v, _ := quorum.SignVote(s, vd, a.StructHash())
			votes = append(votes, v)
		}
		if _, err := committeepkg.Certify(cur.Rule, cur.Committee, vd, a.StructHash(), votes, true); !errors.Is(err, quorum.ErrRuleNotMet) {
			t.Fatalf("Go: Certify with three SGX votes: %v, want ErrRuleNotMet", err)
		}
	})
	t.Run("revoked signer does not count", func(t *testing.T) {
		if _, err := e.submit(e.d.L1.RevokeEnclave(e.ctx, e.d.Admin(), tdx[0].(*sim.Enclave).Address())); err != nil {
			t.Fatal(err)
		}
		q := forge(t, cur.Committee, vd, a.StructHash(), sgx[0], tdx[0])
		wantRevert[*bindings.ManagerSignerNotEligible](t, "revoked TDX signer", submit(a, q))
	})
}

// newcomerKey is an enclave outside the committee (its key signs, but it
// is not a member).
func (e *regEnv) newcomerKey(k attest.Kind) quorum.Signer {
	enc, _ := e.newcomer(k)
	return enc
}

// TestCommitteeAdmissionRefusesDebug: a debug enclave is never admitted,
// not even by members whose policy allows debug: Examine refuses it and no
// member votes for a proposal of it.
func TestCommitteeAdmissionRefusesDebug(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP}, quorum.DistinctKinds{K: 2}, nil)
	for _, v := range e.vetters {
		v.Policy.AllowDebug = true
	}
	enc, ev := e.newcomer(attest.KindSGX, sim.WithDebug())
	if _, err := e.vetters[0].Examine(e.ctx, enc.Address(), ev, e.current().Epoch); !errors.Is(err, attest.ErrDebug) {
		t.Fatalf("Examine of a debug enclave: %v, want ErrDebug", err)
	}
	// A lying proposer builds the statement itself.
	ok, okEv := e.newcomer(attest.KindSGX)
	a, err := e.vetters[0].Examine(e.ctx, ok.Address(), okEv, e.current().Epoch)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := rollup.EncodeEvidence(ev)
	a.Enclave, a.Evidence = enc.Address(), pub
	if _, err := e.certify(a); !errors.Is(err, quorum.ErrRuleNotMet) && err == nil {
		t.Fatal("the committee certified a debug enclave")
	}
	for i, v := range e.vetters {
		mux := e.d.Nodes[i].Mux()
		if _, err := mux.ServeVote(e.ctx, common.Address{}, rollup.KindAdmission, a.Encode()); !errors.Is(err, attest.ErrDebug) {
			t.Fatalf("member %d (%v): %v, want ErrDebug", i, v.Key.(*sim.Enclave).Kind(), err)
		}
	}
}

// TestAdmissionHashDifferential: Go's StructHash of admissions and
// removals equals the Manager's, on random cases.
func TestAdmissionHashDifferential(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX}, quorum.DistinctKinds{K: 2}, nil)
	rng := rand.New(rand.NewPCG(15, 15))
	for i := 0; i < 32; i++ {
		var a rollup.Admission
		fill(rng, a.Enclave[:])
		fill(rng, a.Measurement[:])
		a.Kind = attest.Kind(rng.UintN(256))
		a.VerifiedAt, a.RegisteredUntil, a.Epoch = rng.Uint64(), rng.Uint64(), rng.Uint64()
		a.Evidence = make([]byte, rng.IntN(300))
		fill(rng, a.Evidence)
		got, err := e.d.L1.AdmissionHashOnChain(e.ctx, &a)
		if err != nil || got != a.StructHash() {
			t.Fatalf("case %d: chain %s, Go %s, %v", i, got, a.StructHash(), err)
		}
		r := rollup.Removal{Enclave: a.Enclave, Epoch: a.Epoch, Evidence: a.Evidence, Collateral: a.Measurement[:rng.IntN(32)]}
		gotR, err := e.d.L1.RemovalHashOnChain(e.ctx, &r)
		if err != nil || gotR != r.StructHash() {
			t.Fatalf("case %d removal: chain %s, Go %s, %v", i, gotR, r.StructHash(), err)
		}
	}
}

func fill(rng *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
}

// refusingPeer is a member's host that will not vote (the member being
// removed, say).
type refusingPeer struct{ committeepkg.Peer }

func (refusingPeer) Vote(context.Context, string, []byte) (quorum.Vote, error) {
	return quorum.Vote{}, errors.New("host refuses")
}

// TestCommitteeRemoval: anyone hands a node a CRL revoking a member's
// platform; the committee certifies the removal without the member's vote
// and a stranger submits it. Collateral that proves nothing is refused.
func TestCommitteeRemoval(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP}, quorum.DistinctKinds{K: 2}, nil)
	cur := e.current()
	target := 2 // member index; its host refuses to vote
	var victim, bystander *sim.Enclave
	for _, enc := range e.d.Enclaves {
		if enc.Address() == cur.Committee.Members[target].Addr {
			victim = enc
		} else {
			bystander = enc
		}
	}
	peers := func() []committeepkg.Peer {
		p := append([]committeepkg.Peer(nil), e.d.Peers...)
		p[target] = refusingPeer{p[target]}
		return p
	}
	desk, err := rollup.NewDesk(e.vetters[0], e.engine, e.d.L1, peers, 1)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(int64(chainNow(t, e.chain)), 0)
	crl := func(m *sim.Manufacturer, this, next time.Time, revoked ...*sim.Platform) []byte {
		b, err := m.CRL(1, this, next, revoked...)
		if err != nil {
			t.Fatal(err)
		}
		return append(victim.Platform().Collateral(), b...)
	}
	other, err := sim.NewManufacturer()
	if err != nil {
		t.Fatal(err)
	}
	bogus := []struct {
		name       string
		collateral []byte
		want       error
	}{
		{"CRL revoking someone else", crl(e.d.Maker, now.Add(-time.Minute), now.Add(time.Hour), bystander.Platform()), rollup.ErrNotInvalidated},
		{"older CRL, past its nextUpdate", crl(e.d.Maker, now.Add(-48*time.Hour), now.Add(-24*time.Hour), victim.Platform()), attest.ErrExpired},
		{"CRL of another manufacturer", crl(other, now.Add(-time.Minute), now.Add(time.Hour), victim.Platform()), attest.ErrSignature},
		{"garbage", []byte("not a certificate"), attest.ErrMalformed},
		{"oversized", make([]byte, rollup.MaxCollateralSize+1), rollup.ErrStatement},
	}
	for _, b := range bogus {
		t.Run(b.name, func(t *testing.T) {
			if _, _, err := desk.Remove(e.ctx, victim.Address(), b.collateral); !errors.Is(err, b.want) {
				t.Fatalf("Remove: %v, want %v", err, b.want)
			}
		})
	}
	good := crl(e.d.Maker, now.Add(-time.Minute), now.Add(time.Hour), victim.Platform())
	// A member's host cannot get its own fabricated Removal past the
	// others either: they re-verify.
	r, cert, err := desk.Remove(e.ctx, victim.Address(), good)
	if err != nil {
		t.Fatal(err)
	}
	if cert.QC.Signers.Has(target) {
		t.Fatal("the victim's vote was counted")
	}
	rcpt, err := e.submit(e.d.L1.RemoveCertified(e.ctx, e.chain.Transactor(6), r, cert))
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("removeCertified: %v", err)
	}
	if !e.enclave(victim.Address()).Revoked {
		t.Fatal("victim not revoked")
	}
	// The member is gone from the committee at once, by anyone.
	if _, err := e.submit(e.d.L1.InvalidateCommittee(e.ctx, e.chain.Transactor(6), cur.Committee)); err != nil {
		t.Fatal(err)
	}
	if next := e.current(); next.Committee.Len() != 2 || next.Epoch != cur.Epoch+1 {
		t.Fatalf("after invalidation: %d members, epoch %d", next.Committee.Len(), next.Epoch)
	}
	// The removal QC of the old epoch is void now.
	_, err = e.d.L1.RemoveCertified(e.ctx, e.chain.Transactor(6), r, cert)
	wantRevert[*bindings.ManagerWrongEpoch](t, "old epoch's removal", err)
}

// blockingVerifier holds every verification until released.
type blockingVerifier struct {
	inner   rollup.EvidenceVerifier
	entered chan struct{}
	release chan struct{}
}

func (b blockingVerifier) VerifyPolicy(ctx context.Context, ev attest.Evidence, p attest.Policy, now time.Time) (*attest.Claims, error) {
	b.entered <- struct{}{}
	<-b.release
	return b.inner.VerifyPolicy(ctx, ev, p, now)
}

// TestDeskFloodBounded: a stranger's requests beyond the desk's bound fail
// at once with ErrBusy, before any verification, and so do peer votes
// beyond a vetter's; oversized evidence is refused unparsed.
func TestDeskFloodBounded(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX}, quorum.DistinctKinds{K: 2}, nil)
	bv := blockingVerifier{inner: e.vetters[0].Verifier, entered: make(chan struct{}, 8), release: make(chan struct{})}
	v := *e.vetters[0]
	v.Verifier, v.MaxConcurrent = bv, 1
	if err := v.Handle(committeepkg.NewMux()); err != nil {
		t.Fatal(err)
	}
	desk, err := rollup.NewDesk(&v, e.engine, e.d.L1, func() []committeepkg.Peer { return e.d.Peers }, 1)
	if err != nil {
		t.Fatal(err)
	}
	enc, ev := e.newcomer(attest.KindSGX)
	done := make(chan error, 1)
	go func() { _, _, err := desk.Admit(e.ctx, enc.Address(), ev); done <- err }()
	<-bv.entered // the first request holds the desk
	for i := 0; i < 100; i++ {
		if _, _, err := desk.Admit(e.ctx, enc.Address(), ev); !errors.Is(err, rollup.ErrBusy) {
			t.Fatalf("request %d during the first: %v, want ErrBusy", i, err)
		}
		if _, _, err := desk.Remove(e.ctx, enc.Address(), []byte{1}); !errors.Is(err, rollup.ErrBusy) {
			t.Fatalf("removal %d during the first: %v, want ErrBusy", i, err)
		}
	}
	if len(bv.entered) != 0 {
		t.Fatalf("%d refused requests reached the verifier", len(bv.entered))
	}
	close(bv.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	big := attest.Evidence{Format: attest.FormatSim, Raw: make([]byte, rollup.MaxEvidenceSize+1)}
	if _, _, err := desk.Admit(e.ctx, enc.Address(), big); !errors.Is(err, rollup.ErrStatement) {
		t.Fatalf("oversized evidence: %v, want ErrStatement", err)
	}
}
