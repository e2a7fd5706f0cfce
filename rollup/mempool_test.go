package rollup_test

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
	"github.com/teerollup/teerollup/statetree"
)

var mempoolDomain = rollup.Domain{ChainID: common.Big1, TSC: common.HexToAddress("0x1234")}

var (
	sender    = chaintest.DeterministicKey("mempool/sender")
	senderAdr = crypto.PubkeyToAddress(sender.PublicKey)
	payee     = common.HexToAddress("0xbeef")
)

func tx(t testing.TB, value, nonce uint64) *rollup.Tx {
	return signedTransfer(t, mempoolDomain, sender, payee, value, nonce)
}

func account(balance *uint256.Int, nonce uint64) statetree.Account {
	return statetree.Account{Address: senderAdr, Balance: balance, Nonce: nonce}
}

// TestMempoolAdmission: each admission rule, against an account with 100
// at nonce 5, a window of 4 and a cap of 3 per sender.
func TestMempoolAdmission(t *testing.T) {
	rich := account(uint256.NewInt(100), 5)
	maxed := new(uint256.Int).SetAllOne()
	for _, tc := range []struct {
		name    string
		acct    statetree.Account
		pending []*rollup.Tx
		tx      *rollup.Tx
		want    error
	}{
		{"payable next nonce", rich, nil, tx(t, 100, 5), nil},
		{"empty account", statetree.Account{Address: senderAdr}, nil, tx(t, 1, 0), rollup.ErrUnpayable},
		{"value above balance", rich, nil, tx(t, 101, 5), rollup.ErrUnpayable},
		{"used nonce", rich, nil, tx(t, 1, 4), rollup.ErrNonceWindow},
		{"last nonce in window", rich, nil, tx(t, 1, 8), nil},
		{"nonce past window", rich, nil, tx(t, 1, 9), rollup.ErrNonceWindow},
		{"far future nonce", rich, nil, tx(t, 1, 1<<63), rollup.ErrNonceWindow},
		{"pending values covered", rich, []*rollup.Tx{tx(t, 60, 5)}, tx(t, 40, 6), nil},
		{"pending values not covered", rich, []*rollup.Tx{tx(t, 60, 5)}, tx(t, 41, 6), rollup.ErrUnpayable},
		{"pending future nonce counts too", rich, []*rollup.Tx{tx(t, 60, 7)}, tx(t, 41, 5), rollup.ErrUnpayable},
		{"sender cap", rich, []*rollup.Tx{tx(t, 1, 5), tx(t, 1, 6), tx(t, 1, 7)}, tx(t, 1, 8), rollup.ErrSenderCap},
		{"nonce taken", rich, []*rollup.Tx{tx(t, 1, 5)}, tx(t, 2, 5), rollup.ErrNonceTaken},
		{"duplicate", rich, []*rollup.Tx{tx(t, 1, 5)}, tx(t, 1, 5), rollup.ErrKnownTx},
		{"deposit", rich, nil, &rollup.Tx{Type: rollup.TxDeposit, To: payee, Value: uint256.NewInt(1)}, rollup.ErrInvalidTx},
		{"zero value", rich, nil, &rollup.Tx{Type: rollup.TxTransfer, From: senderAdr, To: payee, Value: new(uint256.Int), Nonce: 5}, rollup.ErrInvalidTx},
		{"overflowing pending sum", account(maxed, 0), []*rollup.Tx{
			signedTransfer(t, mempoolDomain, sender, payee, 0, 0), // replaced below
		}, tx(t, 1, 1), rollup.ErrUnpayable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := rollup.NewMempoolLimits(100, 4, 3)
			for _, p := range tc.pending {
				if p.Value.IsZero() {
					p = &rollup.Tx{Type: rollup.TxTransfer, To: payee, Value: maxed, Nonce: p.Nonce}
					if err := p.Sign(mempoolDomain, sender); err != nil {
						t.Fatal(err)
					}
				}
				if _, err := m.Admit(p, tc.acct); err != nil {
					t.Fatalf("pending %d: %v", p.Nonce, err)
				}
			}
			before := m.Len()
			if err := m.Check(tc.tx, tc.acct); !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Fatalf("Check: %v, want %v", err, tc.want)
			}
			_, err := m.Admit(tc.tx, tc.acct)
			if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Fatalf("Admit: %v, want %v", err, tc.want)
			}
			if want := before + map[bool]int{true: 1}[tc.want == nil]; m.Len() != want {
				t.Fatalf("%d pending, want %d", m.Len(), want)
			}
		})
	}
}

func hashes(txs []*rollup.Tx) []common.Hash {
	var out []common.Hash
	for _, tx := range txs {
		out = append(out, tx.Hash())
	}
	return out
}

// TestMempoolEvict: a new checkpoint evicts used nonces and what the new
// balance no longer covers (highest nonces first); a future nonce that is
// still payable stays.
func TestMempoolEvict(t *testing.T) {
	m := rollup.NewMempoolLimits(100, 64, 64)
	acct := account(uint256.NewInt(100), 5)
	n5, n6, n7, n9 := tx(t, 30, 5), tx(t, 30, 6), tx(t, 30, 7), tx(t, 5, 9)
	for _, tx := range []*rollup.Tx{n5, n6, n7, n9} {
		if _, err := m.Admit(tx, acct); err != nil {
			t.Fatal(err)
		}
	}
	if got := m.ReadyLen(); got != 3 {
		t.Fatalf("%d ready, want 3 (nonce 9 follows a gap)", got)
	}
	// Another node applied nonce 5 (a transfer of 65, not this pool's n5):
	// 35 left at nonce 6.
	evicted := m.Evict(1, account(uint256.NewInt(35), 6))
	if want := []common.Hash{n5.Hash(), n7.Hash()}; !sameSet(evicted, want) {
		t.Fatalf("evicted %v, want nonce 5 (used) and nonce 7 (unpayable)", evicted)
	}
	if got := hashes(m.Pending()); !sameSet(got, []common.Hash{n6.Hash(), n9.Hash()}) {
		t.Fatalf("pending %v, want nonces 6 and 9", got)
	}
	if got := hashes(m.PeekReady(10)); !sameSet(got, []common.Hash{n6.Hash()}) {
		t.Fatalf("ready %v, want nonce 6 only", got)
	}
	// Pending 6 and 9 hold 35 of the 35 left.
	if _, err := m.Admit(tx(t, 1, 8), account(uint256.NewInt(35), 6)); !errors.Is(err, rollup.ErrUnpayable) {
		t.Fatalf("admitted past the balance: %v", err)
	}
	if ev := m.Evict(1, account(uint256.NewInt(35), 6)); len(ev) != 0 {
		t.Fatalf("evicted %d at an unchanged checkpoint", len(ev))
	}
}

func sameSet(a, b []common.Hash) bool {
	if len(a) != len(b) {
		return false
	}
	in := map[common.Hash]bool{}
	for _, h := range a {
		in[h] = true
	}
	for _, h := range b {
		if !in[h] {
			return false
		}
	}
	return true
}

// TestMempoolFullKeepsReady: a full pool refuses a gapped transaction but
// lets a ready one replace the newest gapped one.
func TestMempoolFullKeepsReady(t *testing.T) {
	m := rollup.NewMempoolLimits(2, 64, 64)
	keys := []string{"a", "b", "c", "d"}
	txs := map[string]*rollup.Tx{}
	accts := map[string]statetree.Account{}
	for _, k := range keys {
		key := chaintest.DeterministicKey("mempool/full/" + k)
		accts[k] = statetree.Account{Address: crypto.PubkeyToAddress(key.PublicKey), Balance: uint256.NewInt(10), Nonce: 3}
		nonce := uint64(3)
		if k == "a" || k == "d" {
			nonce = 5 // gapped
		}
		txs[k] = signedTransfer(t, mempoolDomain, key, payee, 1, nonce)
	}
	for _, k := range []string{"a", "b"} {
		if _, err := m.Admit(txs[k], accts[k]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.Admit(txs["d"], accts["d"]); !errors.Is(err, rollup.ErrMempoolFull) {
		t.Fatalf("gapped into a full pool: %v, want ErrMempoolFull", err)
	}
	if _, err := m.Admit(txs["c"], accts["c"]); err != nil {
		t.Fatalf("ready into a full pool with a gapped one: %v", err)
	}
	if m.Has(txs["a"].Hash()) || !m.Has(txs["b"].Hash()) || !m.Has(txs["c"].Hash()) {
		t.Fatal("the gapped transaction should have made room")
	}
	other := signedTransfer(t, mempoolDomain, chaintest.DeterministicKey("mempool/full/e"), payee, 1, 0)
	if _, err := m.Admit(other, statetree.Account{Address: other.From, Balance: uint256.NewInt(1)}); !errors.Is(err, rollup.ErrMempoolFull) {
		t.Fatalf("ready into a pool full of ready ones: %v, want ErrMempoolFull", err)
	}
}

// TestSubmitTxAdmission: a node checks state before it recovers the
// signature, evicts what a new checkpoint makes unappliable (from memory
// and from its KV), and keeps a future nonce pending.
func TestSubmitTxAdmission(t *testing.T) {
	kvs := map[int]rollup.KV{}
	stores := func(i int) (statetree.Store, rollup.KV, error) {
		kvs[i] = rollup.NewMemoryKV()
		return statetree.NewMemoryStore(), kvs[i], nil
	}
	c := startCommittee(t, rolluptest.Options{Stores: stores, RoundTimeout: 300 * time.Millisecond}, 3)
	c.fundUsers(t, 1000)
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(c.users[i].PublicKey) }
	n0 := c.Nodes[0]

	// A forged signature: naming an empty sender, the state check refuses
	// it before any recovery; naming a funded one, recovery does.
	stranger, _ := crypto.GenerateKey()
	forged := func(from common.Address) *rollup.Tx {
		tx := signedTransfer(t, c.Domain, stranger, addr(1), 1, 0)
		tx.From = from
		return tx
	}
	for _, tc := range []struct {
		name string
		tx   *rollup.Tx
		want error
	}{
		{"forged, empty sender", forged(common.HexToAddress("0x5eed")), rollup.ErrUnpayable},
		{"forged, funded sender", forged(addr(0)), rollup.ErrBadSignature},
		{"unfunded", signedTransfer(t, c.Domain, stranger, addr(1), 1, 0), rollup.ErrUnpayable},
		{"above balance", c.transferValue(t, 0, 1, 1001, 0), rollup.ErrUnpayable},
		{"past the window", c.transfer(t, 0, 1, rollup.DefaultNonceWindow), rollup.ErrNonceWindow},
	} {
		if _, err := n0.SubmitTx(c.ctx, tc.tx, true); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}

	// Node 0 alone holds user 0's nonce 1 spending 900 (waiting for nonce
	// 0) and user 2's nonce 3 (future, payable).
	spend := c.transferValue(t, 0, 1, 900, 1)
	future := c.transfer(t, 2, 1, 3)
	for _, tx := range []*rollup.Tx{spend, future} {
		if _, err := n0.SubmitTx(c.ctx, tx, false); err != nil {
			t.Fatal(err)
		}
	}
	// The other nodes get user 0's nonce 0 spending 500, and user 2's
	// nonce 0: once applied, 500 cannot pay 900.
	for _, tx := range []*rollup.Tx{c.transferValue(t, 0, 1, 500, 0), c.transfer(t, 2, 1, 0)} {
		for _, n := range c.Nodes[1:] {
			if _, err := n.SubmitTx(c.ctx, tx, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	c.waitBalances(t, []int{0, 1, 2, 3, 4}, map[common.Address]uint64{addr(0): 500, addr(2): 999}, 30*time.Second)
	if n0.Mempool().Has(spend.Hash()) {
		t.Fatal("an unpayable transaction stayed in the mempool")
	}
	h := spend.Hash()
	if _, err := kvs[0].Get(append([]byte("node/tx/"), h[:]...)); !errors.Is(err, rollup.ErrNotFound) {
		t.Fatalf("an evicted transaction stayed in the KV: %v", err)
	}
	if !n0.Mempool().Has(future.Hash()) {
		t.Fatal("a future-nonce transaction was evicted")
	}
}

func (c *committee) transferValue(t testing.TB, from, to int, value, nonce uint64) *rollup.Tx {
	t.Helper()
	return signedTransfer(t, c.Domain, c.users[from], crypto.PubkeyToAddress(c.users[to].PublicKey), value, nonce)
}
