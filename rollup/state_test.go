package rollup

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/statetree"
)

type queue []*Tx

func (q queue) Deposit(i uint64) (common.Address, *uint256.Int, bool) {
	if i >= uint64(len(q)) {
		return common.Address{}, nil, false
	}
	return q[i].To, q[i].Value, true
}

func newTree(t testing.TB) *statetree.Tree {
	t.Helper()
	tr, err := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func deposit(i uint64, to common.Address, v uint64) *Tx {
	return &Tx{Type: TxDeposit, Index: i, To: to, Value: uint256.NewInt(v)}
}

func TestApply(t *testing.T) {
	alice, bob := testKey(t, "alice"), testKey(t, "bob")
	q := queue{deposit(0, alice.addr, 100), deposit(1, bob.addr, 5)}
	redeem := &Tx{Type: TxRedeem, Value: uint256.NewInt(10), Nonce: 1}
	if err := redeem.Sign(testDomain, alice.key); err != nil {
		t.Fatal(err)
	}
	badSig := signedTransfer(t, "alice", "bob", 1, 2)
	badSig.Sig[5] ^= 1
	batch := []*Tx{
		q[0],
		deposit(5, bob.addr, 5), // out of order
		deposit(1, bob.addr, 6), // does not match the queue
		signedTransfer(t, "alice", "bob", 30, 0),
		signedTransfer(t, "alice", "bob", 1, 0),  // replayed nonce
		signedTransfer(t, "bob", "alice", 31, 0), // bob has 30
		redeem,
		badSig,
		q[1],
	}
	want := []error{nil, ErrDepositOrder, ErrDepositMismatch, nil, ErrNonce, ErrInsufficientBalance, nil, ErrBadSignature, nil}
	tree := newTree(t)
	res, err := Apply(testDomain, tree, 0, common.Hash{}, q, batch)
	if err != nil {
		t.Fatal(err)
	}
	for i, rc := range res.Receipts {
		if !errors.Is(rc.Err, want[i]) || (want[i] == nil) != (rc.Err == nil) {
			t.Errorf("tx %d: got %v, want %v", i, rc.Err, want[i])
		}
	}
	if res.DepositIndex != 2 {
		t.Errorf("deposit index %d, want 2", res.DepositIndex)
	}
	if len(res.Withdrawals) != 1 || res.Withdrawals[0].To != alice.addr || res.Withdrawals[0].Amount.Uint64() != 10 {
		t.Errorf("withdrawals %+v", res.Withdrawals)
	}
	for _, c := range []struct {
		who   common.Address
		bal   uint64
		nonce uint64
	}{{alice.addr, 60, 2}, {bob.addr, 35, 0}} {
		a, err := tree.Get(c.who)
		if err != nil {
			t.Fatal(err)
		}
		if a.Balance.Uint64() != c.bal || a.Nonce != c.nonce {
			t.Errorf("%s: got %s, want balance %d nonce %d", c.who, a, c.bal, c.nonce)
		}
	}
	if res.StateRoot != tree.Root() {
		t.Error("result root is not the tree's root")
	}
}

// TestApplyConservesFunds runs random batches and checks the invariant the
// escape hatch relies on: the sum of balances equals the deposits credited
// minus the withdrawals paid; and two enclaves applying the same batch to the
// same state agree on the result.
func TestApplyConservesFunds(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	names := []string{"a", "b", "c", "d", "e", "f"}
	var q queue
	for i := range 40 {
		q = append(q, deposit(uint64(i), testKey(t, names[rng.IntN(len(names))]).addr, 1+rng.Uint64N(100)))
	}
	enclaveA, enclaveB := newTree(t), newTree(t)
	nonces := map[common.Address]uint64{}
	var depositIndex, next uint64
	var depositAcc common.Hash
	credited, paid := new(uint256.Int), new(uint256.Int)
	for range 15 {
		var batch []*Tx
		for range 30 {
			from := names[rng.IntN(len(names))]
			fromAddr := testKey(t, from).addr
			switch rng.IntN(5) {
			case 0:
				if next < uint64(len(q)) {
					batch = append(batch, q[next])
					next++
				}
			case 1:
				tx := &Tx{Type: TxRedeem, Value: uint256.NewInt(1 + rng.Uint64N(30)), Nonce: nonces[fromAddr]}
				if err := tx.Sign(testDomain, testKey(t, from).key); err != nil {
					t.Fatal(err)
				}
				batch = append(batch, tx)
			default:
				to := names[rng.IntN(len(names))]
				if to != from {
					// Sometimes a stale nonce, to exercise rejections.
					batch = append(batch, signedTransfer(t, from, to, 1+rng.Uint64N(50), nonces[fromAddr]+uint64(rng.IntN(2))))
				}
			}
		}
		ra, err := Apply(testDomain, enclaveA, depositIndex, depositAcc, q, batch)
		if err != nil {
			t.Fatal(err)
		}
		rb, err := Apply(testDomain, enclaveB, depositIndex, depositAcc, q, batch)
		if err != nil {
			t.Fatal(err)
		}
		if ra.StateRoot != rb.StateRoot || ra.TxRoot != rb.TxRoot || ra.DepositIndex != rb.DepositIndex || ra.DepositAcc != rb.DepositAcc {
			t.Fatal("two enclaves disagree on the same batch")
		}
		for i, rc := range ra.Receipts {
			tx := batch[i]
			if rc.Err != nil {
				continue
			}
			switch tx.Type {
			case TxDeposit:
				credited.Add(credited, tx.Value)
			case TxRedeem:
				paid.Add(paid, tx.Value)
				nonces[tx.From]++
			case TxTransfer:
				nonces[tx.From]++
			}
		}
		depositIndex, depositAcc = ra.DepositIndex, ra.DepositAcc
		next = depositIndex
		sum := new(uint256.Int)
		for _, n := range names {
			acct, err := enclaveA.Get(testKey(t, n).addr)
			if err != nil {
				t.Fatal(err)
			}
			if acct.Balance != nil {
				sum.Add(sum, acct.Balance)
			}
			if acct.Nonce != nonces[acct.Address] && !acct.IsZero() {
				t.Fatalf("%s: nonce %d, want %d", n, acct.Nonce, nonces[acct.Address])
			}
		}
		want := new(uint256.Int).Sub(credited, paid)
		if !sum.Eq(want) {
			t.Fatalf("sum of balances %s, want credited %s - paid %s", sum.Dec(), credited.Dec(), paid.Dec())
		}
	}
	if depositIndex == 0 || paid.IsZero() {
		t.Fatal("the random batches exercised no deposits or redeems")
	}
}
