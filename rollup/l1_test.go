package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"

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
	"github.com/teerollup/teerollup/statetree"
)

// measurement is what the devnet's registrar admits, paperKinds the
// paper's 1 SGX : 2 TDX : 2 CSV committee.
var measurement, paperKinds = rolluptest.Measurement, rolluptest.PaperKinds

// env is a deployed rollup with a registered committee of simulated enclaves.
type env struct {
	t         testing.TB
	ctx       context.Context
	chain     *chaintest.Chain
	l1        *rollup.L1
	admin     *bind.TransactOpts
	maker     *sim.Manufacturer
	registrar *rollup.Registrar
	enclaves  []*sim.Enclave
	committee *quorum.Committee
	rule      quorum.Rule
	domain    rollup.Domain
	tree      *statetree.Tree
	head      *rollup.Header         // latest accepted header, nil at genesis
	hist      rollup.HistoryFrontier // over the accepted headers, head's included
}

func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	rs, err := chaintest.Settle(e.ctx, e.chain.Backend, tx)
	if err != nil {
		e.t.Fatal(err)
	}
	if rs[0].Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("%v: tx %s", rollup.ErrReverted, tx.Hash())
	}
	return rs[0]
}

func newEnv(t testing.TB, kinds []attest.Kind, rule quorum.Rule) *env {
	t.Helper()
	return newEnvWith(t, kinds, rule, nil)
}

// newEnvWith is newEnv with the devnet options adjusted by opt.
func newEnvWith(t testing.TB, kinds []attest.Kind, rule quorum.Rule, opt func(*rolluptest.Options)) *env {
	t.Helper()
	ctx := context.Background()
	chain := chaintest.New(t)
	o := rolluptest.Options{
		Backend: chain.Client, Admin: chain.Accounts[0].Key, Wait: func() { chain.Backend.Commit() },
		Kinds: kinds, Rule: rule,
	}
	if opt != nil {
		opt(&o)
	}
	d, err := rolluptest.Start(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{
		t: t, ctx: ctx, chain: chain, l1: d.L1, admin: d.Admin(), maker: d.Maker, registrar: d.Registrar,
		enclaves: d.Enclaves, committee: d.Committee, rule: rule, domain: d.Domain,
	}
	if e.tree, err = statetree.New(statetree.NewMemoryStore(), common.Hash{}); err != nil {
		t.Fatal(err)
	}
	return e
}

// queue is the deposit queue as the test observed it on L1.
type queue map[uint64]*rollup.Tx

func (q queue) Deposit(i uint64) (common.Address, *uint256.Int, bool) {
	tx, ok := q[i]
	if !ok {
		return common.Address{}, nil, false
	}
	return tx.To, tx.Value, true
}

// propose applies batch to the env's state and returns the next header.
func (e *env) propose(q rollup.DepositQueue, batch []*rollup.Tx) *rollup.Header {
	e.t.Helper()
	h, _ := e.apply(q, batch)
	return h
}

// apply applies batch to the env's state on top of the env's head and
// returns the next header (no challenge answers) and the result.
func (e *env) apply(q rollup.DepositQueue, batch []*rollup.Tx) (*rollup.Header, *rollup.Result) {
	e.t.Helper()
	parent, depositIndex, depositAcc := common.Hash{}, uint64(0), common.Hash{}
	height := uint64(1)
	if e.head != nil {
		parent, depositIndex, depositAcc, height = e.head.Hash(), e.head.DepositIndex, e.head.DepositAcc, e.head.Height+1
	}
	res, err := rollup.Apply(e.domain, e.tree, depositIndex, depositAcc, q, batch)
	if err != nil {
		e.t.Fatal(err)
	}
	return &rollup.Header{
		ParentHash: parent, Height: height, StateRoot: res.StateRoot, TxRoot: res.TxRoot,
		DepositIndex: res.DepositIndex, DepositAcc: res.DepositAcc, Withdrawals: res.Withdrawals,
		HistoryRoot: e.hist.Root(),
	}, res
}

// certify has the given enclaves vote for h and builds an ECDSA QC.
func (e *env) certify(h *rollup.Header, signers []rollup.EnclaveKey) quorum.QC {
	e.t.Helper()
	return e.certifyHash(h.Hash(), signers)
}

// certifyHash has the given enclaves vote for a statement hash (a header's,
// a resolution's) and builds an ECDSA QC.
func (e *env) certifyHash(hash common.Hash, signers []rollup.EnclaveKey) quorum.QC {
	e.t.Helper()
	vd := e.domain.VoteDomain()
	votes := make([]quorum.Vote, 0, len(signers))
	for _, s := range signers {
		v, err := rollup.SignVote(s, vd, hash)
		if err != nil {
			e.t.Fatal(err)
		}
		votes = append(votes, v)
	}
	qc, err := quorum.NewECDSAQC(e.committee, vd, hash, votes)
	if err != nil {
		e.t.Fatal(err)
	}
	return qc
}

func (e *env) all() []rollup.EnclaveKey {
	out := make([]rollup.EnclaveKey, len(e.enclaves))
	for i, enc := range e.enclaves {
		out[i] = enc
	}
	return out
}

func (e *env) submit(h *rollup.Header, qc quorum.QC) (*types.Transaction, error) {
	return e.l1.UpdateState(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc)
}

func TestRollupEndToEnd(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	alice, bob := chaintest.DeterministicKey("alice"), chaintest.DeterministicKey("bob")
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)

	// L1: account 3 deposits 5 ether for alice.
	five := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	e.mine(e.l1.Deposit(e.ctx, e.chain.Transactor(3), aliceAddr, five))
	q := queue{0: {Type: rollup.TxDeposit, Index: 0, To: aliceAddr, Value: uint256.MustFromBig(five)}}

	// Rollup: credit it, alice pays bob 2 ether, bob redeems 1 ether.
	two, one := uint256.NewInt(2e18), uint256.NewInt(1e18)
	transfer := &rollup.Tx{Type: rollup.TxTransfer, To: bobAddr, Value: two}
	redeem := &rollup.Tx{Type: rollup.TxRedeem, Value: one}
	if err := transfer.Sign(e.domain, alice); err != nil {
		t.Fatal(err)
	}
	if err := redeem.Sign(e.domain, bob); err != nil {
		t.Fatal(err)
	}
	h1 := e.propose(q, []*rollup.Tx{q[0], transfer, redeem})
	qc := e.certify(h1, e.all())
	if err := quorum.Verify(e.rule, e.committee, e.domain.VoteDomain(), h1.Hash(), qc); err != nil {
		t.Fatalf("Go rejects the honest QC: %v", err)
	}
	before, _ := e.chain.Client.BalanceAt(e.ctx, bobAddr, nil)
	e.mine(e.submit(h1, qc))
	e.setHead(h1)

	head, err := e.l1.Head(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head.Height != 1 || head.HeaderHash != h1.Hash() || head.StateRoot != h1.StateRoot || head.DepositIndex != 1 || head.DepositCount != 1 {
		t.Fatalf("TSC head %+v does not match header %+v", head, h1)
	}
	after, _ := e.chain.Client.BalanceAt(e.ctx, bobAddr, nil)
	if new(big.Int).Sub(after, before).Cmp(one.ToBig()) != 0 {
		t.Fatalf("bob's redeem paid %v, want %v", new(big.Int).Sub(after, before), one)
	}
	for _, c := range []struct {
		who  common.Address
		want uint64
	}{{aliceAddr, 3e18}, {bobAddr, 1e18}} {
		a, err := e.tree.Get(c.who)
		if err != nil {
			t.Fatal(err)
		}
		if a.Balance.Uint64() != c.want {
			t.Fatalf("%s has %s on the rollup, want %d", c.who, a.Balance.Dec(), c.want)
		}
	}

	// The same height again, and a header that skips its parent, are refused.
	_, err = e.submit(h1, qc)
	var re *rollup.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("resubmission: got %v, want a revert", err)
	}
	if _, ok := re.Reason.(*bindings.TeeRollupWrongHeight); !ok {
		t.Fatalf("resubmission reverted with %v, want WrongHeight", re)
	}
	orphan := e.propose(q, nil)
	orphan.ParentHash = common.Hash{1}
	_, err = e.submit(orphan, e.certify(orphan, e.all()))
	if !errors.As(err, &re) {
		t.Fatalf("orphan: got %v, want a revert", err)
	}
	if _, ok := re.Reason.(*bindings.TeeRollupWrongParent); !ok {
		t.Fatalf("orphan reverted with %v, want WrongParent", re)
	}
}

func TestRegistrationMatchesManager(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	bd, _ := e.l1.BindingDomain(e.ctx)
	for _, enc := range e.enclaves {
		want := attest.BindingReportData(bd, enc.Address())
		got, err := e.l1.BindingReportDataOnChain(e.ctx, enc.Address())
		if err != nil {
			t.Fatal(err)
		}
		if common.BytesToHash(want[:32]) != got {
			t.Fatalf("binding report data: Go %x, Manager %x", want[:32], got)
		}
		ev, _ := enc.QuoteBinding(e.ctx, bd)
		reg, err := e.registrar.Register(e.ctx, enc.Address(), ev)
		if err != nil {
			t.Fatal(err)
		}
		onChain, err := e.l1.RegistrationDigest(e.ctx, reg)
		if err != nil {
			t.Fatal(err)
		}
		if reg.Digest(bd) != onChain {
			t.Fatalf("registration digest: Go %s, Manager %s", reg.Digest(bd), onChain)
		}
	}
}

func TestRegistrationRejects(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	bd, _ := e.l1.BindingDomain(e.ctx)
	p, err := e.maker.NewPlatform(attest.KindSGX)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := p.Launch(measurement)
	if err != nil {
		t.Fatal(err)
	}
	ev, _ := fresh.QuoteBinding(e.ctx, bd)
	good, err := e.registrar.Register(e.ctx, fresh.Address(), ev)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("evidence bound to another manager", func(t *testing.T) {
		other := bd
		other.Manager = common.HexToAddress("0x1234")
		ev, _ := fresh.QuoteBinding(e.ctx, other)
		if _, err := e.registrar.Register(e.ctx, fresh.Address(), ev); !errors.Is(err, attest.ErrReportData) {
			t.Fatalf("got %v, want attest.ErrReportData", err)
		}
	})
	t.Run("evidence of another key", func(t *testing.T) {
		if _, err := e.registrar.Register(e.ctx, e.enclaves[0].Address(), ev); !errors.Is(err, attest.ErrReportData) {
			t.Fatalf("got %v, want attest.ErrReportData", err)
		}
	})
	t.Run("measurement not allowed", func(t *testing.T) {
		rogue, err := p.Launch([]byte("rogue"))
		if err != nil {
			t.Fatal(err)
		}
		ev, _ := rogue.QuoteBinding(e.ctx, bd)
		if _, err := e.registrar.Register(e.ctx, rogue.Address(), ev); !errors.Is(err, attest.ErrMeasurement) {
			t.Fatalf("registrar: got %v, want attest.ErrMeasurement", err)
		}
	})
	for _, tc := range []struct {
		name   string
		mutate func(r *rollup.Registration)
		want   any
	}{
		{"forged registrar signature", func(r *rollup.Registration) { r.Signature[10] ^= 1 }, &bindings.ManagerBadRegistrarSignature{}},
		{"kind changed after signing", func(r *rollup.Registration) { r.Kind = attest.KindTDX }, &bindings.ManagerBadRegistrarSignature{}},
		{"evidence swapped after signing", func(r *rollup.Registration) { r.Evidence = append(r.Evidence, ' ') }, &bindings.ManagerBadRegistrarSignature{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := *good
			r.Evidence = append([]byte(nil), good.Evidence...)
			tc.mutate(&r)
			_, err := e.l1.Register(e.ctx, e.chain.Transactor(1), &r)
			var re *rollup.RevertError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a revert", err)
			}
			if got, want := typeName(re.Reason), typeName(tc.want); got != want {
				t.Fatalf("reverted with %s, want %s", got, want)
			}
		})
	}
	t.Run("front-run and replay", func(t *testing.T) {
		// Anyone may submit the registration; doing it first changes
		// nothing, and replaying it (or an older one) is refused.
		e.mine(e.l1.Register(e.ctx, e.chain.Transactor(4), good))
		_, err := e.l1.Register(e.ctx, e.chain.Transactor(1), good)
		var re *rollup.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("replay: got %v, want a revert", err)
		}
		if _, ok := re.Reason.(*bindings.ManagerStaleRegistration); !ok {
			t.Fatalf("replay reverted with %v, want StaleRegistration", re)
		}
	})
}

func typeName(v any) string {
	if v == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%T", v)
}

func TestCommitteeEligibility(t *testing.T) {
	// In setup, so that setCommittee acts at once (after setup it is
	// queued; TestGovernanceTimelock shows execution re-checks eligibility).
	e := newEnvWith(t, paperKinds, quorum.DistinctKinds{K: 2}, func(o *rolluptest.Options) { o.Unbound = true })
	p, _ := e.maker.NewPlatform(attest.KindTDX)
	stranger, _ := p.Launch(measurement)
	members := append([]quorum.Member(nil), e.committee.Members...)

	t.Run("unregistered member", func(t *testing.T) {
		c, err := quorum.NewCommittee(append(members, quorum.Member{Addr: stranger.Address(), Kind: attest.KindTDX, Weight: 1})...)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.l1.SetCommittee(e.ctx, e.admin, c, e.rule)
		var re *rollup.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("got %v, want a revert", err)
		}
		if _, ok := re.Reason.(*bindings.ManagerMemberNotEligible); !ok {
			t.Fatalf("reverted with %v, want MemberNotEligible", re)
		}
	})
	t.Run("kind other than attested", func(t *testing.T) {
		ms := append([]quorum.Member(nil), members...)
		for i := range ms {
			if ms[i].Kind == attest.KindSGX {
				ms[i].Kind = attest.KindSEVSNP
			}
		}
		c, err := quorum.NewCommittee(ms...)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.l1.SetCommittee(e.ctx, e.admin, c, e.rule)
		var re *rollup.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("got %v, want a revert", err)
		}
		if _, ok := re.Reason.(*bindings.ManagerMemberNotEligible); !ok {
			t.Fatalf("reverted with %v, want MemberNotEligible", re)
		}
	})
	e.mine(e.l1.SetRollup(e.ctx, e.admin))
	t.Run("revoked measurements withdraw the committee", func(t *testing.T) {
		// Only SGX is left: the rule (two kinds) can no longer be met.
		// (Losing members the rule can spare shrinks the committee
		// instead: TestInvalidateCommitteeShrinks.)
		e.mine(e.l1.AllowMeasurement(e.ctx, e.admin, attest.KindCSV, measurement, false))
		e.mine(e.l1.AllowMeasurement(e.ctx, e.admin, attest.KindTDX, measurement, false))
		e.mine(e.l1.InvalidateCommittee(e.ctx, e.chain.Transactor(5), e.committee))
		h := e.propose(queue{}, nil)
		_, err := e.submit(h, e.certify(h, e.all()))
		var re *rollup.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("got %v, want a revert", err)
		}
		if _, ok := re.Reason.(*bindings.TeeRollupNoCommittee); !ok {
			t.Fatalf("reverted with %v, want NoCommittee", re)
		}
	})
}

// TestForgedHeaderRejected is the threat model of §III-B: an attacker who
// breaks up to f TEE technologies holds every key of those kinds. A header
// no honest enclave would sign (here: one that mints the attacker 1,000
// ether and pays it out) must be refused by Go verification and by the TSC.
func TestForgedHeaderRejected(t *testing.T) {
	for _, tc := range []struct {
		name        string
		kinds       []attest.Kind
		rule        quorum.Rule
		compromised []attest.Kind // the f broken technologies
	}{
		{"paper 1:2:2, >1 kinds, SGX broken", paperKinds, quorum.DistinctKinds{K: 2}, []attest.Kind{attest.KindSGX}},
		{"paper 1:2:2, >1 kinds, TDX broken", paperKinds, quorum.DistinctKinds{K: 2}, []attest.Kind{attest.KindTDX}},
		{"paper 1:2:2, >1 kinds, CSV broken", paperKinds, quorum.DistinctKinds{K: 2}, []attest.Kind{attest.KindCSV}},
		{"five kinds, >2 kinds, TDX+SNP broken",
			[]attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP, attest.KindCSV, attest.KindCCA, attest.KindTDX, attest.KindSEVSNP},
			quorum.DistinctKinds{K: 3}, []attest.Kind{attest.KindTDX, attest.KindSEVSNP}},
		{"paper 1:2:2, every kind at 50%, TDX broken", paperKinds, quorum.PerKind{Percent: 50}, []attest.Kind{attest.KindTDX}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, tc.kinds, tc.rule)
			attacker := chaintest.DeterministicKey("attacker")
			mint := uint256.NewInt(0).Mul(uint256.NewInt(1000), uint256.NewInt(1e18))
			forged := &rollup.Header{
				Height:      1,
				StateRoot:   common.HexToHash("0xbad"),
				Withdrawals: []rollup.Withdrawal{{To: crypto.PubkeyToAddress(attacker.PublicKey), Amount: mint}},
			}
			// The attacker signs with every leaked key.
			var leaked []*ecdsa.PrivateKey
			for _, enc := range e.enclaves {
				for _, k := range tc.compromised {
					if enc.Kind() == k {
						leaked = append(leaked, enc.Compromise())
					}
				}
			}
			vd := e.domain.VoteDomain()
			var votes []quorum.Vote
			for _, k := range leaked {
				v, err := quorum.SignVote(quorum.KeySigner(k), vd, forged.Hash())
				if err != nil {
					t.Fatal(err)
				}
				votes = append(votes, v)
			}
			qc, err := quorum.NewECDSAQC(e.committee, vd, forged.Hash(), votes)
			if err != nil {
				t.Fatal(err)
			}
			if err := quorum.Verify(e.rule, e.committee, vd, forged.Hash(), qc); !errors.Is(err, quorum.ErrRuleNotMet) {
				t.Fatalf("Go verification: got %v, want quorum.ErrRuleNotMet", err)
			}
			if _, err := e.submit(forged, qc); !errors.Is(err, quorum.ErrRuleNotMet) || !errors.Is(err, rollup.ErrReverted) {
				t.Fatalf("TSC: got %v, want a revert with quorum.ErrRuleNotMet", err)
			}
			// The honest committee still certifies the honest header.
			h := e.propose(queue{}, nil)
			e.mine(e.submit(h, e.certify(h, e.all())))
		})
	}
}

// setHead records h, accepted on L1, as the latest header.
func (e *env) setHead(h *rollup.Header) {
	e.head = h
	if err := e.hist.Append(h.Hash()); err != nil {
		e.t.Fatal(err)
	}
}
