package rollup_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

var oneEther = big.NewInt(1e18)

// slashEnv is an env with a Slasher wired into its Manager and every
// member staked one ether by account 1.
type slashEnv struct {
	*env
	slasher *rollup.Slasher
	pool    common.Address
}

func newSlashEnv(t testing.TB) *slashEnv {
	t.Helper()
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	pool := chaintest.DeterministicKey("pool")
	s := &slashEnv{env: e, pool: crypto.PubkeyToAddress(pool.PublicKey)}
	sl, tx, err := rollup.DeploySlasher(e.ctx, e.chain.Client, e.admin, e.l1, rollup.SlasherParams{
		Pool: s.pool, ReporterBps: 1000, Unbonding: 24 * time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.mine(tx, nil)
	s.slasher = sl
	e.mine(e.l1.SetSlasher(e.ctx, e.admin, sl.Address()))
	for _, enc := range e.enclaves {
		e.mine(sl.Stake(e.ctx, e.chain.Transactor(1), enc, oneEther))
	}
	return s
}

// header is a header at height 1 on genesis crediting no deposits, told
// apart by its state root.
func (s *slashEnv) header(root byte) *rollup.Header {
	return &rollup.Header{Height: 1, StateRoot: common.Hash{root}}
}

func (s *slashEnv) sign(k rollup.EnclaveKey, h *rollup.Header, kind rollup.StatementKind, round uint64) rollup.Statement {
	s.t.Helper()
	st, err := rollup.SignStatement(k, s.domain.VoteDomain(), h, kind, round)
	if err != nil {
		s.t.Fatal(err)
	}
	return st
}

func (s *slashEnv) report(ev rollup.Equivocation) (*types.Receipt, error) {
	tx, err := s.slasher.ReportEquivocation(s.ctx, s.chain.Transactor(4), ev)
	if err != nil {
		return nil, err
	}
	return s.mine(tx, nil), nil
}

func (s *slashEnv) eligible(m quorum.Member) bool {
	s.t.Helper()
	mgr := bindings.NewManager()
	out := s.chain.Call(s.t, s.l1.Deployment().Manager, mgr.PackEligible(m.Addr, uint8(m.Kind)))
	ok, err := mgr.UnpackEligible(out)
	if err != nil {
		s.t.Fatal(err)
	}
	return ok
}

func reason[T any](t testing.TB, err error) {
	t.Helper()
	var re *rollup.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("want a revert %T, got %v", *new(T), err)
	}
	if _, ok := re.Reason.(*T); !ok {
		t.Fatalf("want revert %T, got %v", *new(T), err)
	}
}

func TestSlashCompromisedEnclave(t *testing.T) {
	s := newSlashEnv(t)
	victim := s.enclaves[0]
	var member quorum.Member
	for _, m := range s.committee.Members {
		if m.Addr == victim.Address() {
			member = m
		}
	}
	leaked := quorum.KeySigner(victim.Compromise())
	a, b := s.header(1), s.header(2)
	ev := rollup.Equivocation{
		First:  s.sign(leaked, a, rollup.StatementVote, 0),
		Second: s.sign(leaked, b, rollup.StatementProposal, 3),
	}
	if k, err := ev.Check(s.domain.VoteDomain()); err != nil || k != victim.Address() {
		t.Fatalf("Go check: %s, %v", k, err)
	}
	r, err := s.report(ev)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.slasher.ParseEquivocated(r)
	if err != nil {
		t.Fatal(err)
	}
	if got.Enclave != victim.Address() || got.Height != 1 || got.First != a.Hash() || got.Second != b.Hash() ||
		got.Slashed.Cmp(oneEther) != 0 || attest.Kind(got.Kind) != member.Kind {
		t.Fatalf("event %+v", got)
	}
	if st, _ := s.slasher.StakeOf(s.ctx, victim.Address()); st.Sign() != 0 {
		t.Fatalf("stake left %v", st)
	}
	reporter, _ := s.slasher.Owed(s.ctx, s.chain.Accounts[4].Address)
	pool, _ := s.slasher.Owed(s.ctx, s.pool)
	if reporter.Cmp(big.NewInt(1e17)) != 0 || pool.Cmp(big.NewInt(9e17)) != 0 {
		t.Fatalf("reporter owed %v, pool %v", reporter, pool)
	}
	if s.eligible(member) {
		t.Fatal("slashed key still eligible")
	}
	// Anyone now takes it out of the committee; the rest still meet the rule.
	s.mine(s.l1.InvalidateCommittee(s.ctx, s.chain.Transactor(4), s.committee))
	cur, err := s.l1.CurrentCommittee(s.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, in := cur.Committee.Index(victim.Address()); in {
		t.Fatal("slashed key still in the committee")
	}

	// Replays: the same evidence, swapped, or another pair of the key's
	// statements, are refused: a key is slashed once.
	_, err = s.report(ev)
	reason[bindings.SlasherAlreadySlashed](t, err)
	_, err = s.report(rollup.Equivocation{First: ev.Second, Second: ev.First})
	reason[bindings.SlasherAlreadySlashed](t, err)
	_, err = s.report(rollup.Equivocation{First: ev.First, Second: s.sign(leaked, s.header(9), rollup.StatementVote, 0)})
	reason[bindings.SlasherAlreadySlashed](t, err)
	// And the key cannot be staked again.
	_, err = s.slasher.Stake(s.ctx, s.chain.Transactor(1), leaked, oneEther)
	reason[bindings.SlasherAlreadySlashed](t, err)

	// The reporter and the pool claim.
	before, _ := s.chain.Client.BalanceAt(s.ctx, s.chain.Accounts[4].Address, nil)
	r = s.mine(s.slasher.Claim(s.ctx, s.chain.Transactor(4)))
	after, _ := s.chain.Client.BalanceAt(s.ctx, s.chain.Accounts[4].Address, nil)
	gain := new(big.Int).Sub(after, before)
	gain.Add(gain, new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed)))
	if gain.Cmp(big.NewInt(1e17)) != 0 {
		t.Fatalf("reporter claimed %v", gain)
	}
}

// TestHonestMemberNotSlashable: what honest enclaves sign, or what anyone
// can forge without a key, is never slashable.
func TestHonestMemberNotSlashable(t *testing.T) {
	s := newSlashEnv(t)
	honest := s.enclaves[1]
	a := s.header(1)
	other := s.header(2)
	h2 := &rollup.Header{ParentHash: a.Hash(), Height: 2}
	sibling := &rollup.Header{ParentHash: common.Hash{7}, Height: 1, StateRoot: common.Hash{2}}
	stranger := quorum.KeySigner(chaintest.DeterministicKey("stranger"))
	forged := s.sign(stranger, other, rollup.StatementVote, 0)
	for _, tc := range []struct {
		name  string
		ev    rollup.Equivocation
		check func(error)
	}{
		{"same header twice", rollup.Equivocation{
			First: s.sign(honest, a, rollup.StatementVote, 0), Second: s.sign(honest, a, rollup.StatementVote, 0),
		}, func(err error) { reason[bindings.SlasherNotEquivocation](t, err) }},
		{"same header, vote and re-proposal", rollup.Equivocation{
			First: s.sign(honest, a, rollup.StatementVote, 0), Second: s.sign(honest, a, rollup.StatementProposal, 2),
		}, func(err error) { reason[bindings.SlasherNotEquivocation](t, err) }},
		{"different heights", rollup.Equivocation{
			First: s.sign(honest, a, rollup.StatementVote, 0), Second: s.sign(honest, h2, rollup.StatementVote, 0),
		}, func(err error) { reason[bindings.SlasherNotEquivocation](t, err) }},
		{"different parents (one void by a reorg)", rollup.Equivocation{
			First: s.sign(honest, a, rollup.StatementVote, 0), Second: s.sign(honest, sibling, rollup.StatementVote, 0),
		}, func(err error) { reason[bindings.SlasherNotEquivocation](t, err) }},
		{"forged signature", rollup.Equivocation{
			First: s.sign(honest, a, rollup.StatementVote, 0), Second: rollup.Statement{Header: other, Sig: forged.Sig},
		}, func(err error) { reason[bindings.SlasherBadSignature](t, err) }},
		{"signature over another header", rollup.Equivocation{
			First:  s.sign(honest, a, rollup.StatementVote, 0),
			Second: rollup.Statement{Header: other, Sig: s.sign(honest, a, rollup.StatementVote, 0).Sig},
		}, func(err error) { reason[bindings.SlasherBadSignature](t, err) }},
		{"vote signature passed as a proposal", rollup.Equivocation{
			First: s.sign(honest, a, rollup.StatementVote, 0),
			Second: func() rollup.Statement {
				st := s.sign(honest, a, rollup.StatementVote, 0)
				st.Header, st.Kind = other, rollup.StatementProposal
				return st
			}(),
		}, func(err error) { reason[bindings.SlasherBadSignature](t, err) }},
		{"non-member equivocates", rollup.Equivocation{
			First: s.sign(stranger, a, rollup.StatementVote, 0), Second: forged,
		}, func(err error) { reason[bindings.SlasherNotRegistered](t, err) }},
		{"header crediting a deposit not on L1 (void by a reorg)", rollup.Equivocation{
			First:  s.sign(honest, a, rollup.StatementVote, 0),
			Second: s.sign(honest, &rollup.Header{Height: 1, DepositIndex: 1, DepositAcc: common.Hash{1}}, rollup.StatementVote, 0),
		}, func(err error) { reason[bindings.SlasherNotSlashable](t, err) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.report(tc.ev)
			tc.check(err)
		})
	}
	if st, _ := s.slasher.StakeOf(s.ctx, honest.Address()); st.Cmp(oneEther) != 0 {
		t.Fatalf("honest stake %v", st)
	}
}

// TestSlashVoidByDepositHistory: a header the deposit queue ran
// DEPOSIT_HISTORY past is void, and an honest enclave may then sign
// another at its height: such evidence is refused.
func TestSlashVoidByDepositHistory(t *testing.T) {
	s := newSlashEnv(t)
	key := s.enclaves[2]
	to := common.Address{1}
	var txs []*types.Transaction
	opts := s.chain.Transactor(3)
	nonce, err := s.chain.Client.PendingNonceAt(s.ctx, opts.From)
	if err != nil {
		t.Fatal(err)
	}
	q := queue{}
	for i := range rollup.DepositHistory {
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		opts.GasLimit = 200_000
		tx, err := s.l1.Deposit(s.ctx, opts, to, big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
		q[uint64(i)] = &rollup.Tx{Type: rollup.TxDeposit, Index: uint64(i), To: to, Value: uint256.NewInt(1)}
	}
	if _, err := chaintest.Settle(s.ctx, s.chain.Backend, txs...); err != nil {
		t.Fatal(err)
	}
	// a credits none (void now: 256 deposits are queued), b credits one.
	b := s.propose(q, []*rollup.Tx{q[0]})
	ev := rollup.Equivocation{
		First:  s.sign(key, s.header(1), rollup.StatementVote, 0),
		Second: s.sign(key, b, rollup.StatementVote, 0),
	}
	_, err = s.report(ev)
	reason[bindings.SlasherNotSlashable](t, err)
}

// TestStakeSquatting: nobody stakes for a key without its signature, and
// only the owner withdraws, after the unbonding period.
func TestStakeRules(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	sl, tx, err := rollup.DeploySlasher(e.ctx, e.chain.Client, e.admin, e.l1, rollup.SlasherParams{
		Pool: common.Address{9}, ReporterBps: 1000, Unbonding: time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.mine(tx, nil)
	key := e.enclaves[0]
	// A squatter signs the stake with its own key for the enclave's address.
	squatter := quorum.KeySigner(chaintest.DeterministicKey("squatter"))
	_, err = sl.Stake(e.ctx, e.chain.Transactor(5), impersonate{squatter, key.Address()}, oneEther)
	reason[bindings.SlasherBadStakeSignature](t, err)

	e.mine(sl.Stake(e.ctx, e.chain.Transactor(1), key, oneEther))
	_, err = sl.Stake(e.ctx, e.chain.Transactor(5), key, oneEther)
	reason[bindings.SlasherNotOwner](t, err)
	_, err = sl.RequestUnstake(e.ctx, e.chain.Transactor(5), key.Address())
	reason[bindings.SlasherNotOwner](t, err)
	e.mine(sl.RequestUnstake(e.ctx, e.chain.Transactor(1), key.Address()))
	_, err = sl.Unstake(e.ctx, e.chain.Transactor(1), key.Address())
	reason[bindings.SlasherStillBonded](t, err)
	if err := chaintest.AdjustTime(e.ctx, e.chain.Backend, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	e.chain.Backend.Commit()
	e.mine(sl.Unstake(e.ctx, e.chain.Transactor(1), key.Address()))
	if o, _ := sl.Owed(e.ctx, e.chain.Accounts[1].Address); o.Cmp(oneEther) != 0 {
		t.Fatalf("owner owed %v", o)
	}
	// The Slasher only revokes once the admin wired it, and only the
	// admin wires it, once.
	_, err = e.l1.SetSlasher(e.ctx, e.chain.Transactor(5), sl.Address())
	reason[bindings.ManagerNotAdmin](t, err)
	e.mine(e.l1.SetSlasher(e.ctx, e.admin, sl.Address()))
	_, err = e.l1.SetSlasher(e.ctx, e.admin, common.Address{1})
	reason[bindings.ManagerSlasherAlreadySet](t, err)
	_, err = e.l1.RevokeEnclave(e.ctx, e.chain.Transactor(5), key.Address())
	reason[bindings.ManagerNotAdmin](t, err)
}

// impersonate signs with one key while claiming another's address.
type impersonate struct {
	quorum.Signer
	addr common.Address
}

func (i impersonate) Address() common.Address { return i.addr }

// TestNodeReportsEquivocation: a compromised leader's enclave key signs
// two proposals at one height; the follower that sees both hands the
// evidence to its EquivocationReporter, which slashes the key and takes
// it out of the committee.
func TestNodeReportsEquivocation(t *testing.T) {
	ctx := context.Background()
	chain := chaintest.New(t)
	var rep *rollup.EquivocationReporter
	var d *rolluptest.Devnet
	d, err := rolluptest.Start(ctx, rolluptest.Options{
		Backend: chain.Client, Admin: chain.Accounts[0].Key, Wait: func() { chain.Backend.Commit() },
		Equivocations: func(i int) rollup.EquivocationSink {
			if i != 2 {
				return nil
			}
			rep = &rollup.EquivocationReporter{Auth: chain.Transactor(4), Committee: func() *quorum.Committee { return d.Committee }}
			return rep
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	sl, tx, err := rollup.DeploySlasher(ctx, chain.Client, d.Admin(), d.L1, rollup.SlasherParams{Pool: common.Address{9}, ReporterBps: 500, Unbonding: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chaintest.Settle(ctx, chain.Backend, tx); err != nil {
		t.Fatal(err)
	}
	rep.Slasher, rep.L1 = sl, d.L1
	sets, err := d.L1.SetSlasher(ctx, d.Admin(), sl.Address())
	if err != nil {
		t.Fatal(err)
	}
	// RoundRobin: member 1 leads height 1, round 0.
	leaderAddr := d.Committee.Members[1].Addr
	var leader rollup.EnclaveKey
	for _, e := range d.Enclaves {
		if e.Address() == leaderAddr {
			leader = quorum.KeySigner(e.Compromise())
		}
	}
	stake, err := sl.Stake(ctx, chain.Transactor(1), leader, oneEther)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chaintest.Settle(ctx, chain.Backend, sets, stake); err != nil {
		t.Fatal(err)
	}
	follower := d.Nodes[2]
	head := follower.Head()
	propose := func(root byte) *rollup.Proposal {
		h := &rollup.Header{ParentHash: head.HeaderHash, Height: head.Height + 1, StateRoot: common.Hash{root}, DepositAcc: head.DepositAcc, DepositIndex: head.DepositIndex}
		st, err := rollup.SignStatement(leader, d.Domain.VoteDomain(), h, rollup.StatementProposal, 0)
		if err != nil {
			t.Fatal(err)
		}
		return &rollup.Proposal{Header: h, Sig: st.Sig}
	}
	if _, err := follower.HandleVote(ctx, propose(1)); errors.Is(err, rollup.ErrEquivocation) || err == nil {
		t.Fatalf("first proposal: %v", err) // refused as a mismatch, but seen
	}
	_, err = follower.HandleVote(ctx, propose(2))
	var eq *rollup.EquivocationError
	if !errors.As(err, &eq) || eq.FirstProposal == nil || eq.SecondProposal == nil {
		t.Fatalf("second proposal: %v", err)
	}
	// The reporter's queue holds it; Run sends it.
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- rep.Run(runCtx) }()
	mgr := bindings.NewManager()
	for {
		chain.Backend.Commit()
		out := chain.Call(t, d.L1.Deployment().Manager, mgr.PackEligible(leaderAddr, uint8(d.Committee.Members[1].Kind)))
		if ok, _ := mgr.UnpackEligible(out); !ok {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	for {
		chain.Backend.Commit()
		cur, err := d.L1.CurrentCommittee(ctx)
		if err == nil {
			if _, in := cur.Committee.Index(leaderAddr); !in {
				break
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	if st, _ := sl.StakeOf(ctx, leaderAddr); st.Sign() != 0 {
		t.Fatalf("leader's stake %v", st)
	}
}
