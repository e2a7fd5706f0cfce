package rollup_test

// Attacks from the paper's threat model (every sequencer host malicious,
// up to f TEE kinds broken) that succeeded before the TSC checked what
// hosts tell their enclaves. Each test certifies the attacker's header with
// EVERY enclave's signature, i.e. it assumes all hosts lie to honest
// enclaves together, and shows the TSC refusing it.

import (
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// TestForgedDepositRefused (issue 11.1): the hosts of the whole committee
// feed their enclaves a deposit #0 of 10 ether to the attacker instead of
// the victim's; the enclaves credit it, execute the attacker's redeem and
// sign. The header commits to the accumulator of the deposits it credited,
// which is not the TSC's, so it is refused and nothing is paid; the honest
// header is then accepted.
func TestForgedDepositRefused(t *testing.T) {
	g := newGame(t)
	const victim, attacker = 3, 4
	g.deposit(victim, victim, eth(10))

	forged := queue{0: {Type: rollup.TxDeposit, Index: 0, To: g.addr(attacker), Value: uint256.MustFromBig(eth(10))}}
	steal := g.signed(attacker, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(10))})
	h, res := g.apply(forged, []*rollup.Tx{forged[0], steal})
	if res.Applied() != 2 || len(h.Withdrawals) != 1 {
		t.Fatalf("setup: the enclaves should credit the forged deposit and pay the redeem (%d applied)", res.Applied())
	}
	before := g.balance(g.addr(attacker))
	_, err := g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupWrongDepositAcc](t, "forged deposit", err)
	if g.balance(g.addr(attacker)).Cmp(before) != 0 {
		t.Fatal("the attacker was paid")
	}
	// The same attack with the forged deposit's value only (same
	// recipient, more ether) is refused too.
	g.reset()
	inflated := queue{0: {Type: rollup.TxDeposit, Index: 0, To: g.addr(victim), Value: uint256.MustFromBig(eth(1000))}}
	h, _ = g.apply(inflated, []*rollup.Tx{inflated[0]})
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupWrongDepositAcc](t, "inflated deposit", err)
	g.reset()
	// A header claiming the deposit was credited with a made-up
	// accumulator is refused as well.
	h, _ = g.apply(g.q, g.credits())
	h.DepositAcc = common.Hash{1}
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupWrongDepositAcc](t, "made-up accumulator", err)
	g.reset()

	h, _ = g.advance(g.credits(), nil)
	if h.DepositIndex != 1 || h.DepositAcc != rollup.DepositAccNext(common.Hash{}, 0, g.addr(victim), uint256.MustFromBig(eth(10))) {
		t.Fatalf("honest header credits %d deposits with acc %s", h.DepositIndex, h.DepositAcc)
	}
	acc, err := g.l1.DepositAcc(g.ctx)
	if err != nil || acc != h.DepositAcc {
		t.Fatalf("TSC depositAcc %s (%v), header %s", acc, err, h.DepositAcc)
	}
}

// TestForgedChallengeAnswerRefused (issue 11.1): the hosts map an open
// challenge of the victim's redeem to another transaction (one that
// fails, burning the victim's bond) and answer it. The header chains the
// hash of the transaction it executed, which is not the one the TSC
// recorded at startChallenge: refused.
func TestForgedChallengeAnswerRefused(t *testing.T) {
	g := newGame(t)
	const victim, attacker = 3, 4
	g.deposit(victim, victim, eth(5))
	g.advance(g.credits(), nil)
	redeem := g.signed(victim, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(1))})
	s, err := g.client(victim).Start(g.ctx, redeem)
	if err != nil {
		t.Fatal(err)
	}
	bogus := g.signed(attacker, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(1))}) // attacker has nothing: fails
	h, _ := g.proposeAnswering([]*rollup.Tx{bogus}, []rollup.Forced{{ID: s.ID, Tx: bogus}})
	if len(h.Challenges) != 1 || h.Challenges[0] != rollup.AnswerEntry(s.ID, false) {
		t.Fatalf("setup: the header should answer %d as failed, got %v", s.ID, h.Challenges)
	}
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupWrongChallengeAcc](t, "answer with another transaction", err)
	g.reset()

	// A resolution naming another transaction is refused as well.
	open, ok, err := g.l1.Challenge(g.ctx, s.ID)
	if err != nil || !ok || open.TxHash != redeem.Hash() {
		t.Fatalf("challenge %d records %s (%v, %v), want %s", s.ID, open.TxHash, ok, err, redeem.Hash())
	}
	hb, _ := g.advance([]*rollup.Tx{bogus}, nil)
	rh := rollup.ResolutionHash(s.ID, bogus.Hash(), true, hb.Hash())
	qc := g.certifyHash(rh, g.all())
	_, err = g.l1.ResolveChallenge(g.ctx, g.auth(2), s.ID, bogus.Hash(), true, hb.Height, g.committee, g.rule, qc)
	wantRevert[*bindings.TeeRollupWrongChallengeTx](t, "resolution of another transaction", err)

	// The honest answer executes the victim's redeem and returns the bond.
	before := g.balance(g.addr(victim))
	h, _ = g.advance([]*rollup.Tx{redeem}, []rollup.Forced{{ID: s.ID, Tx: redeem}})
	if h.Challenges[0] != rollup.AnswerEntry(s.ID, true) {
		t.Fatalf("honest answer %v", h.Challenges)
	}
	want := new(big.Int).Add(eth(1), rollup.DefaultChallengeBond())
	if got := g.gained(g.addr(victim), before); got.Cmp(want) != 0 {
		t.Fatalf("victim got %s, want redeem + bond %s", got, want)
	}
}

// TestCensorshipRefused (issue 11.2): a committee that leaves a deposit,
// or the oldest challenge, unanswered past the inclusion delay cannot land
// a header; it can only stop, and the escape hatch takes over. Deposits are
// thus forced-included too.
func TestCensorshipRefused(t *testing.T) {
	g := newGame(t)
	const alice, bob = 3, 4
	p, err := g.l1.ChallengeParams(g.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.InclusionDelay != rollup.DefaultInclusionDelay(p.Window) || p.InclusionDelay*2 > p.Window {
		t.Fatalf("inclusion delay %v with window %v", p.InclusionDelay, p.Window)
	}
	g.deposit(alice, alice, eth(3))
	g.advance(g.credits(), nil)

	// A deposit waits: before the delay a header may leave it out, after
	// it no header that does is accepted.
	g.deposit(bob, bob, eth(2))
	g.advance(nil, nil)
	g.wait(p.InclusionDelay)
	h, _ := g.proposeAnswering(nil, nil)
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupDepositOverdue](t, "censored deposit", err)
	g.reset()
	g.advance(g.credits(), nil)

	// A challenge waits the same way.
	tx := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.NewInt(1)})
	s, err := g.client(alice).Start(g.ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Due == 0 || s.Deadline-s.Due != uint64((p.Window-p.InclusionDelay)/time.Second) {
		t.Fatalf("challenge due %d deadline %d", s.Due, s.Deadline)
	}
	g.advance(nil, nil) // not yet due
	g.wait(p.InclusionDelay)
	h, _ = g.proposeAnswering(nil, nil)
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupChallengeOverdue](t, "censored challenge", err)
	g.reset()
	// Answering a younger challenge does not excuse the oldest.
	tx2 := g.signed(bob, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(alice), Value: uint256.NewInt(1)})
	s2, err := g.client(bob).Start(g.ctx, tx2)
	if err != nil {
		t.Fatal(err)
	}
	h, _ = g.proposeAnswering([]*rollup.Tx{tx2}, []rollup.Forced{{ID: s2.ID, Tx: tx2}})
	_, err = g.submit(h, g.certify(h, g.all()))
	wantRevert[*bindings.TeeRollupChallengeOverdue](t, "skip the oldest", err)
	g.reset()
	g.advance([]*rollup.Tx{tx, tx2}, []rollup.Forced{{ID: s.ID, Tx: tx}, {ID: s2.ID, Tx: tx2}})
	head, err := g.l1.ChallengeHead(g.ctx)
	if err != nil || head != s2.ID+1 {
		t.Fatalf("challenge head %d (%v), want %d", head, err, s2.ID+1)
	}
	g.advance(nil, nil)
}

// wait moves the chain's clock forward by d and mines a block.
func (g *game) wait(d time.Duration) {
	g.t.Helper()
	// The simulated chain adjusts time only on an empty pending block, and
	// its pool takes sent transactions asynchronously: mine until empty.
	var err error
	for range 100 {
		if err = g.chain.Backend.AdjustTime(d); err == nil {
			break
		}
		g.chain.Backend.Commit()
		time.Sleep(time.Millisecond)
	}
	if err != nil {
		g.t.Fatal(err)
	}
	g.chain.Backend.Commit()
}

// enclaveOn starts a rollup.Enclave on the game's accepted state, keyed by
// committee member i, trusting the game's view of the deposit queue.
func (g *game) enclaveOn(i int) *rollup.Enclave {
	g.t.Helper()
	head := rollup.Checkpoint{}
	if g.head != nil {
		head = rollup.Checkpoint{Height: g.head.Height, HeaderHash: g.head.Hash(), StateRoot: g.head.StateRoot, DepositIndex: g.head.DepositIndex, DepositAcc: g.head.DepositAcc, History: g.hist}
	}
	enc, err := rollup.NewEnclave(g.enclaves[i], g.domain, g.store, g.q, head)
	if err != nil {
		g.t.Fatal(err)
	}
	return enc
}

// TestForcedTransactionsRunFirst (issue 11.3): a leader puts 1-wei
// redeems of 256 accounts of its own before a challenged redeem so that it
// fails with too many withdrawals (a header pays at most 256 addresses) and
// the challenger's bond burns. Honest enclaves refuse
// to vote for a batch that does not run the answered challenges first; a
// batch that does applies the challenged redeem whatever follows it.
func TestForcedTransactionsRunFirst(t *testing.T) {
	g := newGame(t)
	const leader, victim = 3, 4
	g.deposit(leader, leader, eth(1))
	g.deposit(victim, victim, eth(1))
	g.advance(g.credits(), nil)
	redeem := g.signed(victim, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(1))})
	s, err := g.client(victim).Start(g.ctx, redeem)
	if err != nil {
		t.Fatal(err)
	}
	forced := []rollup.Forced{{ID: s.ID, Tx: redeem}}
	// The leader funds its accounts in the batch; each redeems 1 wei.
	var crowd []*rollup.Tx
	for i := range rollup.MaxWithdrawals {
		k := chaintest.DeterministicKey(fmt.Sprintf("crowd/%d", i))
		crowd = append(crowd, g.signed(leader, &rollup.Tx{Type: rollup.TxTransfer, To: crypto.PubkeyToAddress(k.PublicKey), Value: uint256.NewInt(1), Nonce: uint64(i)}))
		r := &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(1)}
		if err := r.Sign(g.domain, k); err != nil {
			t.Fatal(err)
		}
		crowd = append(crowd, r)
	}
	follower := g.enclaveOn(1)
	crowded := append(append([]*rollup.Tx{}, crowd...), redeem)
	if _, _, err := follower.Execute(crowded, forced); !errors.Is(err, rollup.ErrForcedOrder) {
		t.Fatalf("crowded batch: got %v, want ErrForcedOrder", err)
	}
	// What the attack would have produced, had enclaves executed it: the
	// redeem fails, and the header answers it as failed.
	_, res := g.apply(g.q, crowded)
	if !errors.Is(res.Receipts[len(crowded)-1].Err, rollup.ErrTooManyWithdrawals) {
		t.Fatalf("setup: the crowded redeem should fail, got %v", res.Receipts[len(crowded)-1].Err)
	}
	g.reset()
	// Forced first: the redeem applies and the leader's redeems fill what
	// is left of the withdrawal list.
	ordered := append([]*rollup.Tx{redeem}, crowd...)
	h, res, err := follower.Execute(ordered, forced)
	if err != nil {
		t.Fatal(err)
	}
	if res.Receipts[0].Err != nil || h.Challenges[0] != rollup.AnswerEntry(s.ID, true) {
		t.Fatalf("forced redeem: %v, answers %v", res.Receipts[0].Err, h.Challenges)
	}
	// Every enclave computes the same header; the TSC accepts it and
	// returns the bond.
	before := g.balance(g.addr(victim))
	g.mine(g.submit(h, g.certify(h, g.all())))
	g.setHead(h)
	g.reset()
	want := new(big.Int).Add(eth(1), rollup.DefaultChallengeBond())
	if got := g.gained(g.addr(victim), before); got.Cmp(want) != 0 {
		t.Fatalf("victim got %s, want %s", got, want)
	}
	// A batch that answers a challenge whose transaction it does not run
	// first, or twice, is refused too.
	if _, _, err := follower.Execute(nil, forced); !errors.Is(err, rollup.ErrForcedOrder) {
		t.Fatalf("answer without running: got %v", err)
	}
}

// TestChallengeRacingInclusionAnsweredApplied (issue 11.3): a transaction
// is included from the mempool just before the nodes see its challenge;
// executed again as the forced transaction it fails on its nonce. The
// enclave remembers that this very transaction applied at an accepted
// height and answers it as applied, so the bond comes back. (An enclave
// restarted since has no such memory and answers failed; see the note on
// Enclave.appliedBefore.)
func TestChallengeRacingInclusionAnsweredApplied(t *testing.T) {
	g := newGame(t)
	const alice, bob = 3, 4
	g.deposit(alice, alice, eth(2))
	g.advance(g.credits(), nil)
	enc := g.enclaveOn(0)
	tx := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.NewInt(5)})
	h, _, err := enc.Execute([]*rollup.Tx{tx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := g.client(alice).Start(g.ctx, tx) // the challenge lands as the header does
	if err != nil {
		t.Fatal(err)
	}
	g.mine(g.submit(h, g.certify(h, g.all())))
	if err := enc.Accept(h); err != nil {
		t.Fatal(err)
	}
	g.setHead(h)
	g.reset()
	forced := []rollup.Forced{{ID: s.ID, Tx: tx}}
	h2, res, err := enc.Execute([]*rollup.Tx{tx}, forced)
	if err != nil {
		t.Fatal(err)
	}
	var ne *rollup.NonceError
	if !errors.As(res.Receipts[0].Err, &ne) || h2.Challenges[0] != rollup.AnswerEntry(s.ID, true) {
		t.Fatalf("re-execution %v, answer %v: want a nonce failure answered as applied", res.Receipts[0].Err, h2.Challenges)
	}
	before := g.balance(g.addr(alice))
	g.mine(g.submit(h2, g.certify(h2, g.all())))
	if got := g.gained(g.addr(alice), before); got.Cmp(rollup.DefaultChallengeBond()) != 0 {
		t.Fatalf("bond returned %s, want %s", got, rollup.DefaultChallengeBond())
	}
	// A fresh enclave (no memory of the earlier height) would answer it
	// as failed: the memory is what returns the bond.
	g.setHead(h2)
	g.reset()
}

// TestChallengeFlood (issue 11.4): an attacker opens a flood of
// challenges. Each header answers at most MaxAnswers, the due times are
// spaced so that a committee landing one header a minute stays ahead, the
// bond doubles every 64 open challenges (the flood's capital grows
// exponentially), and the honest committee answers all of it, and an
// honest challenger's late challenge too, without any header being refused
// or the rollup freezing.
func TestChallengeFlood(t *testing.T) {
	if testing.Short() {
		t.Skip("a 640-challenge flood")
	}
	const flood = 640 // ten bond doublings
	g := newGame(t)
	const attacker, honest = 5, 3
	g.deposit(honest, honest, eth(1))
	g.advance(g.credits(), nil)
	p, err := g.l1.ChallengeParams(g.ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The attacker's challenges: junk transfers from an empty account.
	junk := chaintest.DeterministicKey("flood")
	var txs []*rollup.Tx
	for i := range flood {
		tx := &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(attacker), Value: uint256.NewInt(1), Nonce: uint64(i)}
		if err := tx.Sign(g.domain, junk); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	paid := new(big.Int)
	auth := g.auth(attacker)
	nonce, err := g.chain.Client.PendingNonceAt(g.ctx, auth.From)
	if err != nil {
		t.Fatal(err)
	}
	var started []rollup.ChallengeStarted
	var sentTxs []*types.Transaction
	for i, tx := range txs {
		bond := new(big.Int).Lsh(p.Bond, uint(i/64))
		o := *auth
		o.Value, o.Nonce = bond, new(big.Int).SetUint64(nonce+uint64(i))
		o.GasLimit = 200_000
		sent, err := g.l1.StartChallenge(g.ctx, &o, tx)
		if err != nil {
			t.Fatal(err)
		}
		paid.Add(paid, bond)
		sentTxs = append(sentTxs, sent)
		if i%200 == 199 {
			g.chain.Backend.Commit()
		}
	}
	if _, err := chaintest.Settle(g.ctx, g.chain.Backend, sentTxs...); err != nil {
		t.Fatal(err)
	}
	top, _, err := g.l1.LatestBlock(g.ctx)
	if err != nil {
		t.Fatal(err)
	}
	log, err := g.l1.ChallengeEvents(g.ctx, 0, top)
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Started) != flood {
		t.Fatalf("%d challenges started, want %d", len(log.Started), flood)
	}
	started = log.Started
	for i := 1; i < flood; i++ {
		if started[i].Due < started[i-1].Due+2 && started[i].ID >= 64 {
			t.Fatalf("challenge %d due %d, %d due %d: not spaced", i-1, started[i-1].Due, i, started[i].Due)
		}
	}
	linear := new(big.Int).Mul(p.Bond, big.NewInt(flood))
	t.Logf("flood of %d: bonds %s wei, %.0fx the linear %s", flood, paid, new(big.Float).Quo(new(big.Float).SetInt(paid), new(big.Float).SetInt(linear)), linear)
	bond, err := g.l1.CurrentBond(g.ctx)
	if err != nil || bond.Cmp(new(big.Int).Lsh(p.Bond, flood/64)) != 0 {
		t.Fatalf("bond after the flood %s (%v)", bond, err)
	}

	// An honest challenger joins the queue behind the flood.
	mine := g.signed(honest, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(1))})
	hc := g.client(honest)
	hc.Auth.Value = bond
	hs, err := hc.Start(g.ctx, mine)
	if err != nil {
		t.Fatal(err)
	}
	all := append(started, hs)
	byID := map[uint64]*rollup.Tx{hs.ID: mine}
	for i, s := range started {
		byID[s.ID] = txs[i]
	}

	// The committee answers oldest first, MaxAnswers a header, one header a
	// minute from the moment the first ones fall due.
	g.wait(p.InclusionDelay)
	var maxGas uint64
	headers := 0
	for next := 0; next < len(all); next += rollup.MaxAnswers {
		var batch []*rollup.Tx
		var forced []rollup.Forced
		for _, s := range all[next:min(next+rollup.MaxAnswers, len(all))] {
			batch = append(batch, byID[s.ID])
			forced = append(forced, rollup.Forced{ID: s.ID, Tx: byID[s.ID]})
		}
		_, rc := g.advanceSigned(batch, forced, []rollup.EnclaveKey{g.enclaves[0], g.enclaves[4]})
		maxGas = max(maxGas, rc.GasUsed)
		headers++
		g.wait(time.Minute)
	}
	if frozen, _ := g.l1.Frozen(g.ctx); frozen {
		t.Fatal("frozen")
	}
	head, err := g.l1.ChallengeHead(g.ctx)
	if err != nil || head != hs.ID+1 {
		t.Fatalf("challenge head %d (%v), want %d", head, err, hs.ID+1)
	}
	if maxGas > 1<<24 {
		t.Fatalf("a header of %d answers took %d gas, over the per-transaction cap", rollup.MaxAnswers, maxGas)
	}
	bond, err = g.l1.CurrentBond(g.ctx)
	if err != nil || bond.Cmp(p.Bond) != 0 {
		t.Fatalf("bond after the queue drained %s (%v), want the base %s", bond, err, p.Bond)
	}
	t.Logf("answered %d challenges in %d headers, at most %d gas per header", len(all), headers, maxGas)
	// The honest redeem applied.
	a, err := g.tree.Get(g.addr(honest))
	if err != nil || !a.Balance.IsZero() {
		t.Fatalf("honest account %v (%v), want its redeem applied", a, err)
	}
	_ = statetree.Account{}
}
