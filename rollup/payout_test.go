package rollup_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// TestRedeemsPaidOncePerAddress: several redeems of one address in a
// batch become one withdrawal of their sum (in the order of each address's
// first redeem); the TSC pays each address exactly what the Go state
// machine computed, and HeaderPayouts reads the same list back from L1.
func TestRedeemsPaidOncePerAddress(t *testing.T) {
	g := newGame(t)
	const alice, bob = 3, 4
	g.deposit(alice, alice, eth(5))
	g.deposit(bob, bob, eth(5))
	g.advance(g.credits(), nil)
	nonces := map[int]uint64{}
	sign := func(who int, tx *rollup.Tx) *rollup.Tx {
		tx.Nonce = nonces[who]
		nonces[who]++
		return g.signed(who, tx)
	}
	redeem := func(who int, wei uint64) *rollup.Tx {
		return sign(who, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(wei)})
	}
	batch := []*rollup.Tx{
		redeem(alice, 1e15), redeem(bob, 3),
		sign(bob, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(alice), Value: uint256.NewInt(7)}),
		redeem(alice, 2e15), redeem(alice, 9), redeem(bob, 4),
		sign(alice, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.MustFromBig(eth(100))}), // fails: balance
	}
	h, res := g.proposeAnswering(batch, nil)
	if res.Applied() != len(batch)-1 || !errors.Is(res.Receipts[len(batch)-1].Err, rollup.ErrInsufficientBalance) {
		t.Fatalf("receipts %+v", res.Receipts)
	}
	want := []rollup.Withdrawal{
		{To: g.addr(alice), Amount: uint256.NewInt(1e15 + 2e15 + 9)},
		{To: g.addr(bob), Amount: uint256.NewInt(3 + 4)},
	}
	if !sameWithdrawals(h.Withdrawals, want) {
		t.Fatalf("withdrawals %v, want %v", h.Withdrawals, want)
	}
	beforeA, beforeB := g.balance(g.addr(alice)), g.balance(g.addr(bob))
	tsc0 := g.balance(g.l1.Deployment().Rollup)
	r := g.mine(g.submit(h, g.certify(h, g.all())))
	g.head = h
	for i, who := range []int{alice, bob} {
		before := beforeA
		if who == bob {
			before = beforeB
		}
		if got := g.gained(g.addr(who), before); got.Cmp(want[i].Amount.ToBig()) != 0 {
			t.Fatalf("account %d got %s on L1, want %s", who, got, want[i].Amount.Dec())
		}
	}
	if paid := new(big.Int).Sub(tsc0, g.balance(g.l1.Deployment().Rollup)); paid.Cmp(big.NewInt(3e15+9+3+4)) != 0 {
		t.Fatalf("the TSC paid %s", paid)
	}
	ps, err := g.l1.HeaderPayouts(g.ctx, r.TxHash, h.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != len(want) || ps[0].Deferred || ps[1].Deferred || !sameWithdrawals([]rollup.Withdrawal{ps[0].Withdrawal, ps[1].Withdrawal}, want) {
		t.Fatalf("HeaderPayouts %+v", ps)
	}
	// Named wrongly, the payouts are refused with a typed error.
	if _, err := g.l1.HeaderPayouts(g.ctx, r.TxHash, common.Hash{1}); !errors.Is(err, rollup.ErrPayoutsUnknown) {
		t.Fatalf("wrong header hash: %v", err)
	}
	dep, err := g.l1.Deposit(g.ctx, g.auth(alice), g.addr(alice), big.NewInt(1))
	g.mine(dep, err)
	if _, err := g.l1.HeaderPayouts(g.ctx, dep.Hash(), h.Hash()); !errors.Is(err, rollup.ErrPayoutsUnknown) {
		t.Fatalf("a deposit transaction: %v", err)
	}
}

func sameWithdrawals(a, b []rollup.Withdrawal) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].To != b[i].To || !a[i].Amount.Eq(b[i].Amount) {
			return false
		}
	}
	return true
}

// TestPayoutsCountAddresses: the MaxWithdrawals bound is on the addresses
// a header pays, not on redeems: 300 redeems of one account all apply and
// make one withdrawal.
func TestPayoutsCountAddresses(t *testing.T) {
	g := newGame(t)
	g.deposit(3, 3, eth(1))
	g.advance(g.credits(), nil)
	var batch []*rollup.Tx
	for i := range 300 {
		batch = append(batch, g.signed(3, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(2), Nonce: uint64(i)}))
	}
	h, res := g.apply(g.q, batch)
	if res.Applied() != len(batch) || len(h.Withdrawals) != 1 || h.Withdrawals[0].Amount.Uint64() != 600 {
		t.Fatalf("%d applied, withdrawals %v", res.Applied(), h.Withdrawals)
	}
}

// TestPayoutSumOverflowRefused: a redeem that would take an address's
// payout past 2^256 - 1 fails with ErrOverflow and changes nothing
// (reachable only with deposits worth more than all ether, but the state
// machine must not wrap).
func TestPayoutSumOverflowRefused(t *testing.T) {
	g := newGame(t)
	tree, err := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	if err != nil {
		t.Fatal(err)
	}
	alice, bob := g.addr(3), g.addr(4)
	maxU := new(uint256.Int).SetAllOne()
	q := queue{
		0: {Type: rollup.TxDeposit, Index: 0, To: alice, Value: maxU},
		1: {Type: rollup.TxDeposit, Index: 1, To: bob, Value: maxU},
	}
	almost := new(uint256.Int).SubUint64(maxU, 1)
	batch := []*rollup.Tx{
		q[0], q[1],
		g.signed(3, &rollup.Tx{Type: rollup.TxRedeem, Value: almost, Nonce: 0}),
		g.signed(4, &rollup.Tx{Type: rollup.TxTransfer, To: alice, Value: almost, Nonce: 0}),
		g.signed(3, &rollup.Tx{Type: rollup.TxRedeem, Value: almost, Nonce: 1}),
		g.signed(3, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(1), Nonce: 1}),
	}
	res, err := rollup.Apply(g.domain, tree, 0, common.Hash{}, q, batch)
	if err != nil {
		t.Fatal(err)
	}
	for i, rc := range res.Receipts {
		if i == 4 {
			if !errors.Is(rc.Err, rollup.ErrOverflow) {
				t.Fatalf("receipt %d: %v, want ErrOverflow", i, rc.Err)
			}
		} else if rc.Err != nil {
			t.Fatalf("receipt %d: %v", i, rc.Err)
		}
	}
	if len(res.Withdrawals) != 1 || !res.Withdrawals[0].Amount.Eq(maxU) {
		t.Fatalf("withdrawals %v", res.Withdrawals)
	}
}

// TestRefusingRecipientsParked: recipients that revert, burn all the gas
// they are given, or re-enter claimWithdrawal do not block the header;
// their payouts are parked in pendingWithdrawals (WithdrawalDeferred,
// HeaderPayouts marks them), the other recipients are paid, and each takes
// its parked total with claimWithdrawal once: nothing is lost or paid
// twice. (Such recipients are EIP-7702 accounts with code; the header is
// made by hand here, since a contract holds no key to redeem with.)
func TestRefusingRecipientsParked(t *testing.T) {
	g := newGame(t)
	g.deposit(3, 3, eth(10))
	tscAddr := g.l1.Deployment().Rollup
	harness := bindings.NewPayoutRecipientHarness()
	modes := []uint8{1, 2, 3} // REVERT, BURN, REENTER
	var hs []common.Address
	for range modes {
		hs = append(hs, g.chain.Deploy(t, &bindings.PayoutRecipientHarnessMetaData, harness.PackConstructor(tscAddr)))
	}
	setMode := func(i int, m uint8) {
		g.chain.Transact(t, 0, hs[i], harness.PackSetMode(m))
	}
	for i, m := range modes {
		setMode(i, m)
	}
	eoa1, eoa2 := common.HexToAddress("0xe0a1"), g.addr(5)
	owed := map[common.Address]*big.Int{}
	land := func(ws []rollup.Withdrawal) ([]rollup.Payout, uint64) {
		t.Helper()
		h, _ := g.apply(g.q, g.credits())
		h.Withdrawals = ws
		for _, w := range ws {
			if owed[w.To] == nil {
				owed[w.To] = new(big.Int)
			}
			owed[w.To].Add(owed[w.To], w.Amount.ToBig())
		}
		r := g.mine(g.submit(h, g.certify(h, g.all())))
		g.head = h
		ps, err := g.l1.HeaderPayouts(g.ctx, r.TxHash, h.Hash())
		if err != nil {
			t.Fatal(err)
		}
		return ps, r.GasUsed
	}
	ws := []rollup.Withdrawal{
		{To: eoa1, Amount: uint256.NewInt(1e15)},
		{To: hs[0], Amount: uint256.NewInt(2e15)},
		{To: hs[1], Amount: uint256.NewInt(3e15)},
		{To: hs[2], Amount: uint256.NewInt(4e15)},
		{To: eoa2, Amount: uint256.NewInt(5e15)},
	}
	eoa2Before := g.balance(eoa2)
	ps, gas := land(ws)
	for i, p := range ps {
		if p.Deferred != (i >= 1 && i <= 3) || p.To != ws[i].To || !p.Amount.Eq(ws[i].Amount) {
			t.Fatalf("payout %d: %+v", i, p)
		}
	}
	// Each refusal costs the header at most its call (PAYOUT_GAS, the
	// stipend, the value transfer) and parking (a new slot, an event).
	if gas > 300_000 {
		t.Fatalf("header with refusing recipients used %d gas", gas)
	}
	if g.balance(eoa1).Cmp(owed[eoa1]) != 0 || g.gained(eoa2, eoa2Before).Cmp(owed[eoa2]) != 0 {
		t.Fatal("the paying recipients were not paid")
	}
	// A second header pays the re-entering recipient again: its call to
	// claimWithdrawal inside the payment cannot take the parked amount
	// (it runs out of the payout gas), so the new payment is parked too.
	land([]rollup.Withdrawal{{To: hs[2], Amount: uint256.NewInt(6e15)}, {To: eoa1, Amount: uint256.NewInt(7)}})
	c := bindings.NewTeeRollup()
	inst := c.Instance(g.chain.Client, tscAddr)
	pending := func(a common.Address) *big.Int {
		v, err := bind.Call(inst, nil, c.PackPendingWithdrawals(a), c.UnpackPendingWithdrawals)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for i := range hs {
		if got := pending(hs[i]); got.Cmp(owed[hs[i]]) != 0 || g.balance(hs[i]).Sign() != 0 {
			t.Fatalf("recipient %d: %s parked, %s held, owed %s", i, got, g.balance(hs[i]), owed[hs[i]])
		}
	}
	// Each takes its payments once it accepts them; a second claim has
	// nothing to take.
	for i := range hs {
		setMode(i, 0)
		g.chain.Transact(t, 0, hs[i], harness.PackClaim())
		if g.balance(hs[i]).Cmp(owed[hs[i]]) != 0 || pending(hs[i]).Sign() != 0 {
			t.Fatalf("recipient %d: holds %s after claiming, owed %s", i, g.balance(hs[i]), owed[hs[i]])
		}
		if _, err := bind.Transact(harness.Instance(g.chain.Client, hs[i]), g.auth(0), harness.PackClaim()); err == nil {
			t.Fatalf("recipient %d claimed twice", i)
		}
	}
	// The TSC holds the deposit less everything owed: nothing lost.
	paid := new(big.Int)
	for _, v := range owed {
		paid.Add(paid, v)
	}
	if held := g.balance(tscAddr); new(big.Int).Add(held, paid).Cmp(eth(10)) != 0 {
		t.Fatalf("the TSC holds %s after paying %s of 10 ether", held, paid)
	}
}
