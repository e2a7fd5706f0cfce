package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// game is an env with the bookkeeping the challenge tests need: the
// deposit queue as observed on L1, and clients for the chain's funded
// accounts, which double as rollup users.
type game struct {
	*env
	q     queue
	nextD uint64
	store *statetree.MemoryStore // the replica's store
}

func newGame(t testing.TB) *game { return newGameWith(t, paperKinds) }

// newGameWith is newGame with a committee of the given kinds under the
// paper's rule (at least two distinct kinds).
func newGameWith(t testing.TB, kinds []attest.Kind) *game {
	g := &game{env: newEnv(t, kinds, quorum.DistinctKinds{K: 2}), q: queue{}, store: statetree.NewMemoryStore()}
	var err error
	if g.tree, err = statetree.New(g.store, common.Hash{}); err != nil {
		t.Fatal(err)
	}
	return g
}

func (g *game) key(i int) *ecdsa.PrivateKey   { return g.chain.Accounts[i].Key }
func (g *game) addr(i int) common.Address     { return g.chain.Accounts[i].Address }
func (g *game) auth(i int) *bind.TransactOpts { return g.chain.Transactor(i) }

// client is a challenge client for chain account i that mines each
// transaction it sends.
func (g *game) client(i int) *challenge.Client {
	return &challenge.Client{
		L1: g.l1, Auth: g.auth(i),
		Wait: func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
			g.chain.Backend.Commit()
			return bind.WaitMined(ctx, g.chain.Client, tx.Hash())
		},
	}
}

// deposit queues wei for account `to` from account `from` and records it.
func (g *game) deposit(from, to int, wei *big.Int) {
	g.t.Helper()
	g.mine(g.l1.Deposit(g.ctx, g.auth(from), g.addr(to), wei))
	g.q[g.nextD] = &rollup.Tx{Type: rollup.TxDeposit, Index: g.nextD, To: g.addr(to), Value: uint256.MustFromBig(wei)}
	g.nextD++
}

// credits returns deposit txs for the queued deposits the head has not
// credited.
func (g *game) credits() []*rollup.Tx {
	from := uint64(0)
	if g.head != nil {
		from = g.head.DepositIndex
	}
	var out []*rollup.Tx
	for i := from; i < g.nextD; i++ {
		out = append(out, g.q[i])
	}
	return out
}

func (g *game) signed(i int, tx *rollup.Tx) *rollup.Tx {
	g.t.Helper()
	if err := tx.Sign(g.domain, g.key(i)); err != nil {
		g.t.Fatal(err)
	}
	return tx
}

// advance applies batch, answers forced, has every enclave certify the
// header and submits it; it returns the header and the batch's result.
func (g *game) advance(batch []*rollup.Tx, forced []rollup.Forced) (*rollup.Header, *rollup.Result) {
	g.t.Helper()
	h, res := g.proposeAnswering(batch, forced)
	g.mine(g.submit(h, g.certify(h, g.all())))
	g.setHead(h)
	return h, res
}

// proposeAnswering is env.propose plus the header's challenge answers.
func (g *game) proposeAnswering(batch []*rollup.Tx, forced []rollup.Forced) (*rollup.Header, *rollup.Result) {
	g.t.Helper()
	h, res := g.apply(g.q, batch)
	// The receipt of each forced transaction's first run (the test
	// harness, unlike an enclave, lets a batch put them anywhere).
	rcs := make([]rollup.Receipt, len(forced))
	for i, f := range forced {
		fh := f.Tx.Hash()
		rcs[i] = rollup.Receipt{TxHash: fh, Err: errors.New("not in the batch")}
		for _, rc := range res.Receipts {
			if rc.TxHash == fh {
				rcs[i] = rc
				break
			}
		}
	}
	h.Challenges, h.ChallengeAcc = rollup.ChallengeAnswers(forced, rcs, nil)
	if err := h.Validate(); err != nil {
		g.t.Fatal(err)
	}
	return h, res
}

func (g *game) balance(a common.Address) *big.Int {
	g.t.Helper()
	b, err := g.chain.Client.BalanceAt(g.ctx, a, nil)
	if err != nil {
		g.t.Fatal(err)
	}
	return b
}

// fee is what a receipt's transaction cost its sender.
func fee(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// gained is the change of a's L1 balance since before, adding back the
// fees of a's own transactions.
func (g *game) gained(a common.Address, before *big.Int, own ...*types.Receipt) *big.Int {
	d := new(big.Int).Sub(g.balance(a), before)
	for _, r := range own {
		if r != nil {
			d.Add(d, fee(r))
		}
	}
	return d
}

func (g *game) expire() {
	g.t.Helper()
	p, err := g.l1.ChallengeParams(g.ctx)
	if err != nil {
		g.t.Fatal(err)
	}
	// The simulated chain adjusts time only on an empty pending block; a
	// transaction still on its way into the pool (its race) is mined first.
	for range 100 {
		if err = g.chain.Backend.AdjustTime(p.Window + time.Second); err == nil {
			break
		}
		g.chain.Backend.Commit()
		time.Sleep(2 * time.Millisecond)
	}
	if err != nil {
		g.t.Fatal(err)
	}
	g.chain.Backend.Commit()
}

// treeSource serves proofs from the test's replica of the rollup state.
type treeSource struct{ t *statetree.Tree }

func (s treeSource) Proof(_ context.Context, head rollup.Head, addr common.Address) (statetree.Account, []byte, error) {
	if root := head.StateRoot; s.t.Root() != root {
		return statetree.Account{}, nil, fmt.Errorf("replica at %s, asked for %s", s.t.Root(), root)
	}
	a, p, err := s.t.GetWithProof(addr)
	if err != nil {
		return statetree.Account{}, nil, err
	}
	return a, p.Encode(), nil
}

// wantRevert requires err to be a TSC revert with reason type R.
func wantRevert[R any](t testing.TB, what string, err error) {
	t.Helper()
	var re *rollup.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("%s: got %v, want a revert", what, err)
	}
	if _, ok := re.Reason.(R); !ok {
		var zero R
		t.Fatalf("%s: reverted with %v, want %T", what, re, zero)
	}
}

var ether = big.NewInt(1e18)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// TestCensoringCommitteeFreezes: the committee never answers a challenge,
// the rollup freezes, and the escape hatch pays every account exactly its
// balance, refunds the uncredited deposits and the open bond, and leaves
// the TSC empty: withdrawals + refunds = deposits - redeems.
func TestCensoringCommitteeFreezes(t *testing.T) {
	g := newGame(t)
	const alice, bob, carol, dave = 3, 4, 5, 6
	deposited := new(big.Int)
	for _, d := range []struct {
		from, to int
		eth      int64
	}{{alice, alice, 10}, {bob, bob, 5}, {carol, carol, 3}} {
		g.deposit(d.from, d.to, eth(d.eth))
		deposited.Add(deposited, eth(d.eth))
	}
	batch := append(g.credits(),
		g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.MustFromBig(eth(2))}),
		g.signed(carol, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(1))}),
	)
	_, res := g.advance(batch, nil)
	if res.Applied() != len(batch) {
		t.Fatalf("batch applied %d of %d", res.Applied(), len(batch))
	}
	redeemed := eth(1)
	// Two deposits the committee will never credit.
	g.deposit(dave, dave, eth(4))
	g.deposit(alice, alice, eth(1))
	deposited.Add(deposited, eth(5))

	// Alice's next transfer is censored; she escalates it.
	censored := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(carol), Value: uint256.MustFromBig(eth(1)), Nonce: 1})
	ac := g.client(alice)
	started, err := ac.Start(g.ctx, censored)
	if err != nil {
		t.Fatal(err)
	}
	r := challenge.NewResponder(g.l1, 0)
	pending, err := r.Pending(g.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || pending[0].ID != started.ID || pending[0].Tx.Hash() != censored.Hash() {
		t.Fatalf("responder pending %+v, want challenge %d of %s", pending, started.ID, censored.Hash())
	}
	// The committee keeps certifying headers that ignore it: the TSC takes
	// them until someone settles.
	g.advance(nil, nil)
	if _, err := ac.Settle(g.ctx, started.ID); !errors.Is(err, challenge.ErrNotExpired) {
		t.Fatalf("settle before the deadline: got %v, want ErrNotExpired", err)
	}
	g.expire()
	if st, err := ac.Watch(g.ctx, started.ID); err != nil || st.State != challenge.StateExpired {
		t.Fatalf("watch: %+v, %v; want expired", st, err)
	}
	// Bob (anyone) freezes the rollup.
	if _, err := g.client(bob).Settle(g.ctx, started.ID); err != nil {
		t.Fatal(err)
	}
	if frozen, _ := g.l1.Frozen(g.ctx); !frozen {
		t.Fatal("not frozen after settleRollup")
	}

	// Nothing moves any more.
	h, _ := g.proposeAnswering(nil, nil)
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupRollupFrozen](t, "header after freeze", err)
	_, err = g.l1.Deposit(g.ctx, g.auth(dave), g.addr(dave), eth(1))
	wantRevert[*bindings.TeeRollupRollupFrozen](t, "deposit after freeze", err)
	if _, err := g.client(bob).Start(g.ctx, censored); !errors.Is(err, challenge.ErrFrozen) {
		t.Fatalf("challenge after freeze: got %v, want ErrFrozen", err)
	}
	_, err = g.client(bob).Settle(g.ctx, started.ID)
	wantRevert[*bindings.TeeRollupRollupFrozen](t, "second settle", err)
	if _, err := r.Pending(g.ctx); !errors.Is(err, challenge.ErrFrozen) {
		t.Fatalf("responder after freeze: got %v, want ErrFrozen", err)
	}

	// Every account takes exactly its balance under the last root.
	g.tree = mustTreeAt(t, g.tree, g.head.StateRoot)
	src := treeSource{g.tree}
	withdrawn := new(big.Int)
	for _, who := range []int{alice, bob, carol} {
		want, err := g.tree.Get(g.addr(who))
		if err != nil {
			t.Fatal(err)
		}
		before := g.balance(g.addr(who))
		amount, rc, err := g.client(who).Withdraw(g.ctx, src)
		if err != nil {
			t.Fatalf("account %d withdraw: %v", who, err)
		}
		got := g.gained(g.addr(who), before, rc)
		if !amount.Eq(want.Balance) || got.Cmp(want.Balance.ToBig()) != 0 {
			t.Fatalf("account %d: withdrew %s (L1 gained %s), rollup balance %s", who, amount.Dec(), got, want.Balance.Dec())
		}
		withdrawn.Add(withdrawn, got)
	}
	// Dave never reached the rollup; alice cannot withdraw twice.
	if _, _, err := g.client(dave).Withdraw(g.ctx, src); !errors.Is(err, challenge.ErrNothingToWithdraw) {
		t.Fatalf("dave: got %v, want ErrNothingToWithdraw", err)
	}
	if _, _, err := ac.Withdraw(g.ctx, src); !errors.Is(err, challenge.ErrAlreadyWithdrawn) {
		t.Fatalf("second withdraw: got %v, want ErrAlreadyWithdrawn", err)
	}
	acct, proof, _ := src.Proof(g.ctx, rollup.Head{StateRoot: g.head.StateRoot}, g.addr(alice))
	_, err = g.l1.SettleWithdraw(g.ctx, g.auth(alice), acct.Balance, acct.Nonce, proof)
	wantRevert[*bindings.TeeRollupAlreadyWithdrawn](t, "second withdraw on L1", err)

	// Uncredited deposits are refunded, one per transaction, to their
	// recipients; then the queue is empty.
	daveBefore, aliceMid := g.balance(g.addr(dave)), g.balance(g.addr(alice))
	carolBefore := g.balance(g.addr(carol))
	rcs, err := g.client(carol).RefundDeposits(g.ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rcs) != 2 {
		t.Fatalf("%d refund transactions, want 2", len(rcs))
	}
	refunded := new(big.Int).Add(g.gained(g.addr(dave), daveBefore), g.gained(g.addr(alice), aliceMid))
	if refunded.Cmp(eth(5)) != 0 {
		t.Fatalf("refunded %s, want 5 ether", refunded)
	}
	if got := g.gained(g.addr(carol), carolBefore, rcs...); got.Sign() != 0 {
		t.Fatalf("the refunder gained %s", got)
	}
	if rcs, err := g.client(carol).RefundDeposits(g.ctx, 1); err != nil || len(rcs) != 0 {
		t.Fatalf("second refund: %d transactions, %v", len(rcs), err)
	}

	// The open bond goes back to alice.
	bondBefore := g.balance(g.addr(alice))
	if _, err := g.client(dave).ReclaimBond(g.ctx, started.ID); err != nil {
		t.Fatal(err)
	}
	p, _ := g.l1.ChallengeParams(g.ctx)
	if got := g.gained(g.addr(alice), bondBefore); got.Cmp(p.Bond) != 0 {
		t.Fatalf("bond reclaimed %s, want %s", got, p.Bond)
	}
	if st, _ := ac.Status(g.ctx, started.ID); st.State != challenge.StateReclaimed {
		t.Fatalf("status after reclaim: %v", st.State)
	}
	_, err = g.l1.ReclaimBond(g.ctx, g.auth(dave), started.ID)
	wantRevert[*bindings.TeeRollupChallengeNotOpen](t, "second reclaim", err)

	// The books balance: withdrawals + refunds = deposits - redeems, and
	// the TSC holds nothing (no bond was burned).
	if sum := new(big.Int).Add(withdrawn, refunded); sum.Cmp(new(big.Int).Sub(deposited, redeemed)) != 0 {
		t.Fatalf("withdrawn %s + refunded %s != deposited %s - redeemed %s", withdrawn, refunded, deposited, redeemed)
	}
	if b := g.balance(g.l1.Deployment().Rollup); b.Sign() != 0 {
		t.Fatalf("the TSC keeps %s wei", b)
	}
}

// mustTreeAt opens t's store at root (the replica may have run ahead with
// batches that were never accepted).
func mustTreeAt(t testing.TB, tree *statetree.Tree, root common.Hash) *statetree.Tree {
	t.Helper()
	if tree.Root() == root {
		return tree
	}
	t.Fatalf("replica at %s, TSC at %s", tree.Root(), root)
	return nil
}

// TestCommitteeAnswersInTime: a challenged transfer is executed in the next
// header, which names the challenge; the bond comes back, the challenge is
// closed, and no one can freeze the rollup with it. A second challenge is
// answered outside a header with resolveChallenge.
func TestCommitteeAnswersInTime(t *testing.T) {
	g := newGame(t)
	const alice, bob = 3, 4
	g.deposit(alice, alice, eth(10))
	g.advance(g.credits(), nil)

	tx := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.MustFromBig(eth(1))})
	ac := g.client(alice)
	before := g.balance(g.addr(alice))
	started, err := ac.Start(g.ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := g.l1.ChallengeParams(g.ctx)
	if got := g.gained(g.addr(alice), before); new(big.Int).Neg(got).Cmp(p.Bond) <= 0 {
		t.Fatalf("alice paid %s for the challenge, want the bond %s plus gas", new(big.Int).Neg(got), p.Bond)
	}
	r := challenge.NewResponder(g.l1, 0)
	forced, err := r.Pending(g.ctx)
	if err != nil || len(forced) != 1 {
		t.Fatalf("pending: %v, %v", forced, err)
	}
	// The leader puts the forced transaction in its batch; the header
	// answers the challenge.
	before = g.balance(g.addr(alice))
	h, res := g.advance([]*rollup.Tx{forced[0].Tx}, forced)
	if res.Applied() != 1 || len(h.Challenges) != 1 || h.Challenges[0] != rollup.AnswerEntry(started.ID, true) {
		t.Fatalf("header answers %v (applied %d), want challenge %d applied", h.Challenges, res.Applied(), started.ID)
	}
	if got := g.gained(g.addr(alice), before); got.Cmp(p.Bond) != 0 {
		t.Fatalf("bond returned %s, want %s", got, p.Bond)
	}
	st, err := ac.Status(g.ctx, started.ID)
	if err != nil || st.State != challenge.StateAnswered || !st.Applied || st.Height != h.Height {
		t.Fatalf("status %+v, %v; want answered, applied, at height %d", st, err, h.Height)
	}
	if forced, err := r.Pending(g.ctx); err != nil || len(forced) != 0 {
		t.Fatalf("pending after the answer: %v, %v", forced, err)
	}
	g.expire()
	if _, err := ac.Settle(g.ctx, started.ID); !errors.Is(err, challenge.ErrNotOpen) {
		t.Fatalf("settle an answered challenge: got %v, want ErrNotOpen", err)
	}
	// Answering it again is refused: the whole header reverts.
	h2, _ := g.proposeAnswering([]*rollup.Tx{forced[0].Tx}, forced)
	_, err = g.submit(h2, g.certify(h2, g.all()))
	wantRevert[*bindings.TeeRollupChallengeNotOpen](t, "answer twice", err)
	g.reset()

	// resolveChallenge: the transaction ran in an accepted header (say the
	// challenge raced with its inclusion); the committee signs a resolution
	// naming that header.
	tx2 := g.signed(alice, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(1)), Nonce: 1})
	s2, err := ac.Start(g.ctx, tx2)
	if err != nil {
		t.Fatal(err)
	}
	h3, res3 := g.advance([]*rollup.Tx{tx2}, nil) // included, not named
	if res3.Applied() != 1 || len(h3.Challenges) != 0 {
		t.Fatal("setup: the redeem should apply without answering")
	}
	vd := g.domain.VoteDomain()
	rh := rollup.ResolutionHash(s2.ID, tx2.Hash(), true, h3.Hash())
	var votes []quorum.Vote
	for _, k := range []rollup.EnclaveKey{g.enclaves[0], g.enclaves[4]} { // SGX and CSV
		v, err := rollup.SignResolution(k, vd, s2.ID, tx2.Hash(), true, h3.Hash())
		if err != nil {
			t.Fatal(err)
		}
		votes = append(votes, v)
	}
	qc, err := quorum.NewECDSAQC(g.committee, vd, rh, votes)
	if err != nil {
		t.Fatal(err)
	}
	// A resolution naming another height, or claiming failure, does not
	// verify; neither does a header QC replayed as a resolution.
	_, err = g.l1.ResolveChallenge(g.ctx, g.auth(2), s2.ID, tx2.Hash(), false, h3.Height, g.committee, g.rule, qc)
	wantRevert[*bindings.TeeRollupQuorumRejected](t, "flipped outcome", err)
	_, err = g.l1.ResolveChallenge(g.ctx, g.auth(2), s2.ID, tx2.Hash(), true, h3.Height-1, g.committee, g.rule, qc)
	wantRevert[*bindings.TeeRollupQuorumRejected](t, "other header", err)
	_, err = g.l1.ResolveChallenge(g.ctx, g.auth(2), s2.ID, tx2.Hash(), true, h3.Height, g.committee, g.rule, g.certify(h3, g.all()))
	wantRevert[*bindings.TeeRollupQuorumRejected](t, "header QC as resolution", err)
	_, err = g.l1.ResolveChallenge(g.ctx, g.auth(2), s2.ID, tx2.Hash(), true, h3.Height+1, g.committee, g.rule, qc)
	wantRevert[*bindings.TeeRollupUnknownHeight](t, "future height", err)
	before = g.balance(g.addr(alice))
	g.mine(g.l1.ResolveChallenge(g.ctx, g.auth(2), s2.ID, tx2.Hash(), true, h3.Height, g.committee, g.rule, qc))
	if got := g.gained(g.addr(alice), before); got.Cmp(p.Bond) != 0 {
		t.Fatalf("bond returned by resolution %s, want %s", got, p.Bond)
	}
	if st, _ := ac.Status(g.ctx, s2.ID); st.State != challenge.StateAnswered || !st.Applied || st.Height != h3.Height {
		t.Fatalf("status after resolution %+v", st)
	}
	if frozen, _ := g.l1.Frozen(g.ctx); frozen {
		t.Fatal("frozen")
	}
	g.advance(nil, nil) // the rollup goes on
}

// reset reopens the replica, which ran ahead with a refused batch, at the
// accepted root.
func (g *game) reset() {
	g.t.Helper()
	var root common.Hash
	if g.head != nil {
		root = g.head.StateRoot
	}
	var err error
	if g.tree, err = statetree.New(g.store, root); err != nil {
		g.t.Fatal(err)
	}
}

// TestFrivolousChallengeForfeitsBond: challenges of a transaction that was
// already included, and of one with a bad signature, are answered by
// executing them; they fail and their bonds are burned.
func TestFrivolousChallengeForfeitsBond(t *testing.T) {
	g := newGame(t)
	const alice, bob, mallory = 3, 4, 5
	g.deposit(alice, alice, eth(10))
	included := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.MustFromBig(eth(1))})
	g.advance(append(g.credits(), included), nil)

	forged := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(mallory), Value: uint256.MustFromBig(eth(9)), Nonce: 1})
	forged.Sig[5] ^= 1
	mc := g.client(mallory)
	tscBefore := g.balance(g.l1.Deployment().Rollup)
	var ids []uint64
	for _, tx := range []*rollup.Tx{included, forged} {
		s, err := mc.Start(g.ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, s.ID)
	}
	malloryBefore := g.balance(g.addr(mallory))
	forced, err := challenge.NewResponder(g.l1, 0).Pending(g.ctx)
	if err != nil || len(forced) != 2 {
		t.Fatalf("pending %v, %v", forced, err)
	}
	h, res := g.advance([]*rollup.Tx{forced[0].Tx, forced[1].Tx}, forced)
	if res.Applied() != 0 {
		t.Fatalf("%d frivolous transactions applied", res.Applied())
	}
	if !errors.Is(res.Receipts[0].Err, rollup.ErrNonce) || !errors.Is(res.Receipts[1].Err, rollup.ErrBadSignature) {
		t.Fatalf("receipts %v, %v; want a nonce and a signature failure", res.Receipts[0].Err, res.Receipts[1].Err)
	}
	want := []uint64{rollup.AnswerEntry(ids[0], false), rollup.AnswerEntry(ids[1], false)}
	if fmt.Sprint(h.Challenges) != fmt.Sprint(want) {
		t.Fatalf("header answers %v, want %v", h.Challenges, want)
	}
	if got := g.gained(g.addr(mallory), malloryBefore); got.Sign() != 0 {
		t.Fatalf("mallory got %s back", got)
	}
	p, _ := g.l1.ChallengeParams(g.ctx)
	burned := new(big.Int).Mul(p.Bond, big.NewInt(2))
	if got := new(big.Int).Sub(g.balance(g.l1.Deployment().Rollup), tscBefore); got.Cmp(burned) != 0 {
		t.Fatalf("the TSC kept %s, want the two bonds %s", got, burned)
	}
	for _, id := range ids {
		if st, _ := mc.Status(g.ctx, id); st.State != challenge.StateAnswered || st.Applied {
			t.Fatalf("challenge %d: %+v, want answered, not applied", id, st)
		}
	}
}

// TestChallengeRejects covers the TSC's refusals.
func TestChallengeRejects(t *testing.T) {
	g := newGame(t)
	const alice = 3
	g.deposit(alice, alice, eth(1))
	g.advance(g.credits(), nil)
	tx := g.signed(alice, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(1)})
	p, _ := g.l1.ChallengeParams(g.ctx)

	auth := g.auth(alice)
	auth.Value = new(big.Int).Add(p.Bond, big.NewInt(1))
	_, err := g.l1.StartChallenge(g.ctx, auth, tx)
	wantRevert[*bindings.TeeRollupWrongBond](t, "bond too large", err)
	_, err = g.l1.StartChallenge(g.ctx, g.auth(alice), &rollup.Tx{Type: rollup.TxDeposit, To: g.addr(alice), Value: uint256.NewInt(1)})
	wantRevert[*bindings.TeeRollupBadChallengeTx](t, "a deposit", err)

	// A header may not answer a challenge that is not open.
	h, _ := g.proposeAnswering(nil, nil)
	h.Challenges = []uint64{rollup.AnswerEntry(0, true)}
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupChallengeNotOpen](t, "answer before start", err)
	_, err = g.l1.SettleRollup(g.ctx, g.auth(alice), 7)
	wantRevert[*bindings.TeeRollupChallengeNotOpen](t, "settle unknown", err)

	// The escape hatch is shut while the rollup is live.
	_, err = g.l1.SettleWithdraw(g.ctx, g.auth(alice), uint256.NewInt(1), 0, []byte{1, 0, 0})
	wantRevert[*bindings.TeeRollupNotFrozen](t, "withdraw while live", err)
	_, err = g.l1.RefundDeposits(g.ctx, g.auth(alice), common.Hash{}, nil)
	wantRevert[*bindings.TeeRollupNotFrozen](t, "refund while live", err)
	_, err = g.l1.ReclaimBond(g.ctx, g.auth(alice), 0)
	wantRevert[*bindings.TeeRollupNotFrozen](t, "reclaim while live", err)

	// Freeze, then: a wrong balance, a proof for someone else, and forged
	// refunds are refused.
	g.deposit(alice, alice, eth(2)) // never credited
	s, err := g.client(alice).Start(g.ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	g.expire()
	g.mine(g.l1.SettleRollup(g.ctx, g.auth(4), s.ID))
	acct, proof, err := treeSource{g.tree}.Proof(g.ctx, rollup.Head{StateRoot: g.head.StateRoot}, g.addr(alice))
	if err != nil {
		t.Fatal(err)
	}
	more := new(uint256.Int).AddUint64(acct.Balance, 1)
	_, err = g.l1.SettleWithdraw(g.ctx, g.auth(alice), more, acct.Nonce, proof)
	wantRevert[*bindings.TeeRollupBadBalanceProof](t, "inflated balance", err)
	_, err = g.l1.SettleWithdraw(g.ctx, g.auth(4), acct.Balance, acct.Nonce, proof)
	wantRevert[*bindings.TeeRollupBadBalanceProof](t, "someone else's proof", err)
	_, err = g.l1.SettleWithdraw(g.ctx, g.auth(4), new(uint256.Int), 0, proof)
	wantRevert[*bindings.TeeRollupNothingToWithdraw](t, "zero", err)

	queued := rollup.DepositEvent{Index: 1, To: g.addr(alice), Value: uint256.MustFromBig(eth(2))}
	inflated := queued
	inflated.Value = uint256.MustFromBig(eth(3))
	head, _, _ := g.l1.LatestBlock(g.ctx)
	accs, err := g.l1.DepositEvents(g.ctx, 0, head)
	if err != nil || len(accs) != 2 {
		t.Fatalf("deposit events: %v, %v", accs, err)
	}
	_, err = g.l1.RefundDeposits(g.ctx, g.auth(4), accs[0].Acc, []rollup.DepositEvent{inflated})
	wantRevert[*bindings.TeeRollupBadRefund](t, "inflated refund", err)
	_, err = g.l1.RefundDeposits(g.ctx, g.auth(4), accs[0].Acc, []rollup.DepositEvent{accs[0], queued})
	wantRevert[*bindings.TeeRollupBadRefund](t, "refund of a credited deposit", err)
	g.mine(g.l1.RefundDeposits(g.ctx, g.auth(4), accs[0].Acc, []rollup.DepositEvent{queued}))
	_, err = g.l1.RefundDeposits(g.ctx, g.auth(4), accs[0].Acc, []rollup.DepositEvent{queued})
	wantRevert[*bindings.TeeRollupBadRefund](t, "refund twice", err)
}

// TestLateAnswerCounts: an answer that lands after the deadline but before
// anyone settles closes the challenge.
func TestLateAnswerCounts(t *testing.T) {
	g := newGame(t)
	const alice = 3
	g.deposit(alice, alice, eth(1))
	g.advance(g.credits(), nil)
	tx := g.signed(alice, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(5)})
	s, err := g.client(alice).Start(g.ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	g.expire()
	forced, _ := challenge.NewResponder(g.l1, 0).Pending(g.ctx)
	g.advance([]*rollup.Tx{tx}, forced)
	_, err = g.l1.SettleRollup(g.ctx, g.auth(4), s.ID)
	wantRevert[*bindings.TeeRollupChallengeNotOpen](t, "settle after a late answer", err)
}

// TestChallengeRingOverflow: more open challenges than ring slots spill to
// fresh slots; every one of them can be answered, and an answered ring slot
// is reused.
func TestChallengeRingOverflow(t *testing.T) {
	g := newGame(t)
	const alice = 3
	g.deposit(alice, alice, eth(1))
	g.advance(g.credits(), nil)
	tx := g.signed(alice, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(5)})
	slots := int(rollup.ChallengeSlots)
	var last uint64
	for range slots + 3 {
		s, err := g.client(alice).Start(g.ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		last = s.ID
	}
	for _, id := range []uint64{0, uint64(slots), last} {
		if c, ok, err := g.l1.Challenge(g.ctx, id); err != nil || !ok || c.Challenger != g.addr(alice) {
			t.Fatalf("challenge %d: %+v %v %v", id, c, ok, err)
		}
	}
	forced, err := challenge.NewResponder(g.l1, 0).Pending(g.ctx)
	if err != nil || len(forced) != slots+3 {
		t.Fatalf("pending %d, %v", len(forced), err)
	}
	// A header answers at most MaxAnswers: the ring's, then the overflow's.
	h, res := g.advance([]*rollup.Tx{tx}, forced[:rollup.MaxAnswers])
	if res.Applied() != 1 || len(h.Challenges) != rollup.MaxAnswers {
		t.Fatalf("applied %d, answers %d", res.Applied(), len(h.Challenges))
	}
	if h, _ = g.advance([]*rollup.Tx{tx}, forced[rollup.MaxAnswers:]); len(h.Challenges) != slots+3-rollup.MaxAnswers {
		t.Fatalf("second header answers %d", len(h.Challenges))
	}
	for _, id := range []uint64{0, uint64(slots), last} {
		if _, ok, _ := g.l1.Challenge(g.ctx, id); ok {
			t.Fatalf("challenge %d still open", id)
		}
	}
	s, err := g.client(alice).Start(g.ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := g.l1.Challenge(g.ctx, s.ID); !ok {
		t.Fatal("challenge after the ring emptied is not open")
	}
}

// TestChallengeEncodingsMatchSolidity: the Go twins of the TSC's challenge
// constants and hashes.
func TestChallengeEncodingsMatchSolidity(t *testing.T) {
	g := newGame(t)
	tsc, addr := bindings.NewTeeRollup(), g.l1.Deployment().Rollup
	slots, err := tsc.UnpackCHALLENGESLOTS(g.chain.Call(t, addr, tsc.PackCHALLENGESLOTS()))
	if err != nil || slots.Uint64() != rollup.ChallengeSlots {
		t.Fatalf("CHALLENGE_SLOTS %v (%v), Go %d", slots, err, rollup.ChallengeSlots)
	}
	p, err := g.l1.ChallengeParams(g.ctx)
	if err != nil || p.Window != rollup.DefaultResponseWindow || p.Bond.Cmp(rollup.DefaultChallengeBond()) != 0 {
		t.Fatalf("params %+v (%v), want the defaults", p, err)
	}
	for i, c := range []struct {
		id      uint64
		txHash  common.Hash
		applied bool
		hh      common.Hash
	}{{0, common.Hash{}, false, common.Hash{}}, {1, common.Hash{7}, true, common.HexToHash("0xabc")}, {rollup.MaxChallengeID, common.HexToHash("0x1234"), true, common.HexToHash("0x" + "ff")}, {1 << 63, common.Hash{0xff}, false, common.Hash{1}}} {
		out, err := tsc.UnpackResolutionHash(g.chain.Call(t, addr, tsc.PackResolutionHash(c.id, c.txHash, c.applied, c.hh)))
		if err != nil {
			t.Fatal(err)
		}
		if got := rollup.ResolutionHash(c.id, c.txHash, c.applied, c.hh); common.Hash(out) != got {
			t.Fatalf("case %d: Solidity %x, Go %s", i, out, got)
		}
	}
	for _, e := range []uint64{0, 1, 2, 3, 1<<57 - 1} {
		id, applied := rollup.ParseAnswerEntry(e)
		if rollup.AnswerEntry(id, applied) != e {
			t.Fatalf("entry %d does not round-trip", e)
		}
	}
}

// TestDeployWithParams: the TSC takes its window and bond from the
// constructor, and refuses nonsense.
func TestDeployWithParams(t *testing.T) {
	g := newGame(t)
	p := rollup.ChallengeParams{Window: 90 * time.Second, Bond: big.NewInt(12345)}
	l1, txs, err := rollup.DeployWithParams(g.ctx, g.chain.Client, g.admin, g.admin.From, g.admin.From, common.Hash{}, p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chaintest.Settle(g.ctx, g.chain.Backend, txs...); err != nil {
		t.Fatal(err)
	}
	got, err := l1.ChallengeParams(g.ctx)
	if err != nil || got.Window != p.Window || got.Bond.Cmp(p.Bond) != 0 {
		t.Fatalf("deployed %+v (%v), want %+v", got, err, p)
	}
	for _, bad := range []rollup.ChallengeParams{
		{Window: 0, Bond: big.NewInt(1)},
		{Window: 1500 * time.Millisecond, Bond: big.NewInt(1)},
		{Window: 400 * 24 * time.Hour, Bond: big.NewInt(1)},
		{Window: time.Hour},
		{Window: time.Hour, Bond: new(big.Int)},
		{Window: time.Hour, InclusionDelay: 31 * time.Minute, Bond: big.NewInt(1)}, // over half the window
		{Window: time.Hour, InclusionDelay: 1500 * time.Millisecond, Bond: big.NewInt(1)},
		{Window: time.Hour, Bond: new(big.Int).Lsh(big.NewInt(1), 128)},
	} {
		if _, _, err := rollup.DeployWithParams(g.ctx, g.chain.Client, g.admin, g.admin.From, g.admin.From, common.Hash{}, bad); !errors.Is(err, rollup.ErrChallengeParams) {
			t.Fatalf("%+v: got %v, want ErrChallengeParams", bad, err)
		}
	}
}
