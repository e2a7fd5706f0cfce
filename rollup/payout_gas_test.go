package rollup_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/rollup"
)

// payoutUsers is a game whose rollup accounts are n fresh keys that also
// exist on L1 (funded with 1 wei, as a wallet that deposited would be), each
// holding eth(1) on the rollup.
type payoutUsers struct {
	*game
	keys   []*rollupKey
	signer []rollup.EnclaveKey // a minimal QC: one SGX and one CSV member
}

type rollupKey struct {
	addr  common.Address
	nonce uint64
	sign  func(*rollup.Tx) error
}

func newPayoutUsers(tb testing.TB, n int) *payoutUsers {
	g := newGame(tb)
	p := &payoutUsers{game: g, signer: []rollup.EnclaveKey{g.enclaves[0], g.enclaves[len(g.enclaves)-1]}}
	addrs := make([]common.Address, n)
	for i := range n {
		k := chaintest.DeterministicKey(fmt.Sprintf("payout/user/%d", i))
		a := crypto.PubkeyToAddress(k.PublicKey)
		addrs[i] = a
		p.keys = append(p.keys, &rollupKey{addr: a, sign: func(tx *rollup.Tx) error { return tx.Sign(g.domain, k) }})
	}
	g.fund(big.NewInt(1), addrs...)
	g.deposit(3, 3, new(big.Int).Mul(eth(1), big.NewInt(int64(n)+1)))
	batch := g.credits()
	for i, u := range p.keys {
		batch = append(batch, g.signed(3, &rollup.Tx{Type: rollup.TxTransfer, To: u.addr, Value: uint256.MustFromBig(eth(1)), Nonce: uint64(i)}))
	}
	if _, res := g.advance(batch, nil); res.Applied() != len(batch) {
		tb.Fatalf("setup: %d of %d applied", res.Applied(), len(batch))
	}
	return p
}

// tx signs a transfer (to != nil) or a redeem of value wei by user i.
func (p *payoutUsers) tx(i int, to *common.Address, value uint64) *rollup.Tx {
	p.t.Helper()
	u := p.keys[i]
	tx := &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(value), Nonce: u.nonce}
	if to != nil {
		tx.Type, tx.To = rollup.TxTransfer, *to
	}
	if err := u.sign(tx); err != nil {
		p.t.Fatal(err)
	}
	u.nonce++
	return tx
}

// land applies batch, certifies the header with a minimal QC and submits
// it; it returns the updateState gas.
func (p *payoutUsers) land(batch []*rollup.Tx) (*rollup.Header, uint64) {
	p.t.Helper()
	h, res := p.apply(p.q, batch)
	if res.Applied() != len(batch) {
		p.t.Fatalf("%d of %d applied", res.Applied(), len(batch))
	}
	r := p.mine(p.submit(h, p.certify(h, p.signer)))
	p.head = h
	return h, r.GasUsed
}

// BenchmarkPayoutGas: what a header's payouts cost on L1, per distinct
// recipient (an L1 account that exists, cold, taking no code), against the
// floor of a value-transferring CALL to a cold account: 9,000 + 2,600
// charged, of which an account without code hands back the 2,300 stipend
// (9,300 net). "payouts=k" is a header of k redeems by k users;
// gas/payout is (its gas − that of a header of k transfers instead) / k:
// what the payouts add, calldata and header hashing included.
func BenchmarkPayoutGas(b *testing.B) {
	for _, k := range []int{1, 32, 128} {
		b.Run(fmt.Sprintf("payouts=%d", k), func(b *testing.B) {
			p := newPayoutUsers(b, k)
			var with, without uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				batch, xfers := make([]*rollup.Tx, k), make([]*rollup.Tx, k)
				sink := p.addr(3)
				for j := range k {
					batch[j] = p.tx(j, nil, 1)
					xfers[j] = p.tx(j, &sink, 1)
				}
				b.StartTimer()
				_, g := p.land(batch)
				with += g
				_, g = p.land(xfers)
				without += g
			}
			chaintest.ReportGas(b, with/uint64(b.N))
			b.ReportMetric(float64(with-without)/float64(b.N)/float64(k), "gas/payout")
		})
	}
}

// BenchmarkMixedHeaderGas: L1 gas per rollup transaction for the devnet's
// default mix, made deterministic: 32 users, batches of 2,000 transactions
// of which one in 20 is a redeem (examples/devnet with -batch 2000), each
// by a random user; the rest are transfers to a random other user. A
// header carries one payout per user who redeemed in it. The devnet's
// own figure depends on how full its headers get on the machine that runs
// it; this one is its value for full batches.
func BenchmarkMixedHeaderGas(b *testing.B) {
	const users, batchSize, redeemEvery = 32, 2000, 20
	p := newPayoutUsers(b, users)
	rng := rand.New(rand.NewPCG(1, 2))
	var gas, payouts uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		batch := make([]*rollup.Tx, batchSize)
		for j := range batch {
			from := rng.IntN(users)
			if rng.IntN(redeemEvery) == 0 {
				batch[j] = p.tx(from, nil, 1+rng.Uint64N(1000))
				continue
			}
			to := p.keys[(from+1+rng.IntN(users-1))%users].addr
			batch[j] = p.tx(from, &to, 1+rng.Uint64N(1000))
		}
		b.StartTimer()
		h, g := p.land(batch)
		gas += g
		payouts += uint64(len(h.Withdrawals))
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
	b.ReportMetric(float64(gas)/float64(b.N)/batchSize, "gas/tx")
	b.ReportMetric(float64(payouts)/float64(b.N), "payouts/op")
}
