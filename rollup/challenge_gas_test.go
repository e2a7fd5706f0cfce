package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// Challenge-game gas, next to the paper's Table IV (StartChallenge 47,118,
// ResolveChallenge 146,618, SettleRollup 29,078, SettleWithdraw 124,511).
// As in gas_test.go, gas/op is the whole transaction as its sender pays it
// (receipt gasUsed after refunds: the 21,000 base, calldata and execution)
// on chaintest's mainnet rules; exec-gas/op is gas/op minus the 21,000 base
// and the calldata, i.e. what the contract itself spends.

func (g *game) report(b *testing.B, gas, exec, calldata uint64) {
	n := uint64(b.N)
	chaintest.ReportGas(b, gas/n)
	b.ReportMetric(float64(exec)/float64(n), "exec-gas/op")
	b.ReportMetric(float64(calldata)/float64(n), "calldata-bytes/op")
}

// BenchmarkStartChallengeGas: startChallenge of a signed Transfer (146
// bytes, the larger of the two kinds), bond 0.01 ether, paid by an account
// that has sent transactions before.
//
//	ring:     steady state: the record goes to a pre-filled ring slot
//	          (rewrite, 5,000 gas) and the counter shares the TSC's hot slot
//	          (2,900 more); this is every challenge while fewer than 64 are
//	          open.
//	overflow: first use: 64 challenges are already open, so the record
//	          takes a fresh slot (22,100 gas).
func BenchmarkStartChallengeGas(b *testing.B) {
	for _, mode := range []string{"ring", "overflow"} {
		b.Run(mode, func(b *testing.B) {
			g := newGame(b)
			const alice, bob = 3, 4
			g.deposit(alice, alice, eth(1))
			g.advance(g.credits(), nil)
			tx := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.NewInt(1e15)})
			r := challenge.NewResponder(g.l1, 0)
			start := func() *types.Receipt { return g.mine(g.l1.StartChallenge(g.ctx, g.auth(alice), tx)) }
			if mode == "overflow" {
				for range rollup.ChallengeSlots {
					start()
				}
			}
			calldata := uint64(len(g.l1.StartChallengeCalldata(tx)))
			var gas, exec uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if mode == "ring" && i > 0 && i%32 == 0 {
					// Keep the ring from filling: answer everything open.
					b.StopTimer()
					forced, err := r.Pending(g.ctx)
					if err != nil {
						b.Fatal(err)
					}
					g.advance([]*rollup.Tx{tx}, forced)
					g.reset()
					b.StartTimer()
				}
				rc := start()
				gas += rc.GasUsed
				exec += rc.GasUsed - chaintest.IntrinsicGas(g.l1.StartChallengeCalldata(tx))
			}
			g.report(b, gas, exec, calldata*uint64(b.N))
		})
	}
}

// BenchmarkResolveChallengeGas: resolveChallenge with an ECDSA QC of a
// 10-member committee (1 SGX : 2 TDX : 2 CSV kinds per 5) under the
// paper's rule, answering "applied" for a transaction executed in the last
// accepted header, which pays the bond back to the (cold) challenger.
// "all" carries all 10 signatures as the paper does, "min" the two the rule
// needs. The paper's ResolveChallenge (146,618) carries all signatures.
//
// header: the other way to answer, for comparison: updateState (min
// signatures) of a one-transfer header that answers the challenge of its
// transfer (applied), and answer-gas/op, what the answer adds to the same
// header shape without it.
func BenchmarkResolveChallengeGas(b *testing.B) {
	const n = 10
	for _, mode := range []string{"all", "min", "header"} {
		b.Run(fmt.Sprintf("n=%d/sigs=%s", n, mode), func(b *testing.B) {
			g := newGameWith(b, committeeKinds(n))
			signers := g.all()
			if mode != "all" {
				signers = []rollup.EnclaveKey{g.enclaves[0], g.enclaves[n-1]} // SGX and CSV
			}
			const alice, bob = 3, 4
			g.deposit(alice, alice, eth(100))
			g.advanceSigned(g.credits(), nil, signers)
			vd := g.domain.VoteDomain()
			var gas, exec, calldata, bare uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if mode == "header" {
					// A one-transfer header, then the same shape answering
					// the challenge of its transfer.
					other := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.NewInt(1), Nonce: uint64(2 * i)})
					tx := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.NewInt(1), Nonce: uint64(2*i + 1)})
					s, err := g.client(alice).Start(g.ctx, tx)
					if err != nil {
						b.Fatal(err)
					}
					_, rcBare := g.advanceSigned([]*rollup.Tx{other}, nil, signers)
					bare += rcBare.GasUsed
					h, _ := g.proposeAnswering([]*rollup.Tx{tx}, []rollup.Forced{{ID: s.ID, Tx: tx}})
					if len(h.Challenges) != 1 || h.Challenges[0] != rollup.AnswerEntry(s.ID, true) {
						b.Fatalf("the header answers %v", h.Challenges)
					}
					qc := g.certify(h, signers)
					data := g.l1.UpdateStateCalldata(h, g.committee, g.rule, qc)
					b.StartTimer()
					rc := g.mine(g.submit(h, qc))
					b.StopTimer()
					g.setHead(h)
					gas += rc.GasUsed
					exec += rc.GasUsed - chaintest.IntrinsicGas(data)
					calldata += uint64(len(data))
					continue
				}
				tx := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.NewInt(1), Nonce: uint64(2 * i)})
				s, err := g.client(alice).Start(g.ctx, tx)
				if err != nil {
					b.Fatal(err)
				}
				h, _ := g.advanceSigned([]*rollup.Tx{tx}, nil, signers)
				other := g.signed(alice, &rollup.Tx{Type: rollup.TxTransfer, To: g.addr(bob), Value: uint256.NewInt(1), Nonce: uint64(2*i + 1)})
				g.advanceSigned([]*rollup.Tx{other}, nil, signers) // the answer names an older header
				rh := rollup.ResolutionHash(s.ID, tx.Hash(), true, h.Hash())
				votes := make([]quorum.Vote, len(signers))
				for j, k := range signers {
					if votes[j], err = rollup.SignResolution(k, vd, s.ID, tx.Hash(), true, h.Hash()); err != nil {
						b.Fatal(err)
					}
				}
				qc, err := quorum.NewECDSAQC(g.committee, vd, rh, votes)
				if err != nil {
					b.Fatal(err)
				}
				data := g.l1.ResolveChallengeCalldata(s.ID, tx.Hash(), true, h.Height, g.committee, g.rule, qc)
				b.StartTimer()
				rc := g.mine(g.l1.ResolveChallenge(g.ctx, g.auth(2), s.ID, tx.Hash(), true, h.Height, g.committee, g.rule, qc))
				b.StopTimer()
				gas += rc.GasUsed
				exec += rc.GasUsed - chaintest.IntrinsicGas(data)
				calldata += uint64(len(data))
			}
			g.report(b, gas, exec, calldata)
			if mode == "header" {
				b.ReportMetric(float64(gas-bare)/float64(b.N), "answer-gas/op")
			}
		})
	}
}

// advanceSigned is advance with the given signers.
func (g *game) advanceSigned(batch []*rollup.Tx, forced []rollup.Forced, signers []rollup.EnclaveKey) (*rollup.Header, *types.Receipt) {
	g.t.Helper()
	h, _ := g.proposeAnswering(batch, forced)
	rc := g.mine(g.submit(h, g.certify(h, signers)))
	g.setHead(h)
	return h, rc
}

// BenchmarkSettleRollupGas: settleRollup on a challenge in a ring slot
// whose deadline passed: one cold read of the record, one cold read and
// rewrite of the hot slot (status), no event. Every iteration is a fresh
// rollup.
func BenchmarkSettleRollupGas(b *testing.B) {
	var gas, exec uint64
	for i := 0; i < b.N; i++ {
		g := newGame(b)
		const alice = 3
		g.deposit(alice, alice, eth(1))
		g.advance(g.credits(), nil)
		s, err := g.client(alice).Start(g.ctx, g.signed(alice, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(1)}))
		if err != nil {
			b.Fatal(err)
		}
		g.expire()
		rc := g.mine(g.l1.SettleRollup(g.ctx, g.auth(4), s.ID))
		gas += rc.GasUsed
		exec += rc.GasUsed - chaintest.IntrinsicGas(bindings.NewTeeRollup().PackSettleRollup(s.ID))
		if i == 0 {
			b.ReportMetric(float64(len(bindings.NewTeeRollup().PackSettleRollup(s.ID))), "calldata-bytes/op")
		}
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
	b.ReportMetric(float64(exec)/float64(b.N), "exec-gas/op")
}

var (
	escapeMu    sync.Mutex
	escapeTrees = map[int]*escapeTreeEntry{}
)

type escapeTreeEntry struct {
	once sync.Once
	t    *statetree.Tree
	err  error
}

// escapeKnown is how many of a tree's accounts have keys the benchmark
// holds (all, at most 4096): each can withdraw once.
func escapeKnown(size int) int { return min(size, 4096) }

func escapeKeyOf(i int) *ecdsa.PrivateKey {
	return chaintest.DeterministicKey(fmt.Sprintf("escape/%d", i))
}

// escapeTreeOf builds (once per test binary) a tree of size accounts:
// escapeKnown(size) of deterministic keys holding 1 ether with nonce 3, the
// rest random.
func escapeTreeOf(size int) (*statetree.Tree, error) {
	escapeMu.Lock()
	e, ok := escapeTrees[size]
	if !ok {
		e = &escapeTreeEntry{}
		escapeTrees[size] = e
	}
	escapeMu.Unlock()
	e.once.Do(func() {
		rng := rand.New(rand.NewPCG(uint64(size), 7))
		known := escapeKnown(size)
		accts := make([]statetree.Account, 0, size)
		for range size - known {
			var a common.Address
			for j := range a {
				a[j] = byte(rng.Uint32())
			}
			accts = append(accts, statetree.Account{Address: a, Balance: uint256.NewInt(1 + rng.Uint64N(1e18)), Nonce: rng.Uint64N(100)})
		}
		for i := range known {
			k := escapeKeyOf(i)
			accts = append(accts, statetree.Account{Address: crypto.PubkeyToAddress(k.PublicKey), Balance: uint256.NewInt(1e18), Nonce: 3})
		}
		e.t, e.err = statetree.New(statetree.NewMemoryStore(), common.Hash{})
		if e.err == nil {
			_, e.err = e.t.Update(accts)
		}
	})
	return e.t, e.err
}

// BenchmarkSettleWithdrawGas: settleWithdraw of an account holding 1 ether
// under a frozen root, with its proof, against trees of 1,000 and 1,000,000
// accounts. Each account withdraws once, so each call creates its
// withdrawn flag (a fresh slot, 22,100 gas: there is no steady state) and
// pays the caller (warm, 9,000 for the value transfer less the unused
// 2,300 stipend). The proof is what makes the two sizes differ: about 10
// siblings for 1,000 accounts, 20 for 1,000,000.
func BenchmarkSettleWithdrawGas(b *testing.B) {
	for _, size := range []int{1_000, 1_000_000} {
		b.Run(fmt.Sprintf("accounts=%d", size), func(b *testing.B) {
			if size > 1_000 && testing.Short() {
				b.Skip("1,000,000-account tree in -short")
			}
			if b.N > escapeKnown(size) {
				b.Fatalf("b.N = %d > %d accounts that can withdraw: use -benchtime=100x", b.N, escapeKnown(size))
			}
			tree, err := escapeTreeOf(size)
			if err != nil {
				b.Fatal(err)
			}
			g := newGame(b)
			// The TSC must hold what it pays: a deposit it never credits.
			g.deposit(3, 3, eth(int64(b.N)+1))
			// The committee certifies a header whose state is the big tree.
			h := &rollup.Header{Height: 1, StateRoot: tree.Root()}
			g.mine(g.submit(h, g.certify(h, g.all())))
			g.setHead(h)
			s, err := g.client(4).Start(g.ctx, g.signed(4, &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(1)}))
			if err != nil {
				b.Fatal(err)
			}
			g.expire()
			g.mine(g.l1.SettleRollup(g.ctx, g.auth(4), s.ID))
			keys := make([]*ecdsa.PrivateKey, b.N)
			addrs := make([]common.Address, b.N)
			for i := range keys {
				keys[i] = escapeKeyOf(i)
				addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
			}
			g.fund(big.NewInt(1e17), addrs...)
			var gas, exec, calldata, proofBytes uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				// The timer runs through the setup too: this keeps b.N
				// within the accounts that can withdraw; gas is the metric.
				k, addr := keys[i], addrs[i]
				acct, proof, err := tree.GetWithProof(addr)
				if err != nil {
					b.Fatal(err)
				}
				wire := proof.Encode()
				data := g.l1.SettleWithdrawCalldata(acct.Balance, acct.Nonce, wire)
				auth := bind.NewKeyedTransactor(k, g.chain.ChainID)
				rc := g.mine(g.l1.SettleWithdraw(g.ctx, auth, acct.Balance, acct.Nonce, wire))
				gas += rc.GasUsed
				exec += rc.GasUsed - chaintest.IntrinsicGas(data)
				calldata += uint64(len(data))
				proofBytes += uint64(len(wire))
			}
			g.report(b, gas, exec, calldata)
			b.ReportMetric(float64(proofBytes)/float64(b.N), "proof-bytes/op")
		})
	}
}

// fund sends wei from chain account 0 to each address, in one block.
func (g *game) fund(wei *big.Int, to ...common.Address) {
	g.t.Helper()
	ctx := context.Background()
	from := g.chain.Accounts[0]
	nonce, err := g.chain.Client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		g.t.Fatal(err)
	}
	head, err := g.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		g.t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	var txs []*types.Transaction
	for i, a := range to {
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: g.chain.ChainID, Nonce: nonce + uint64(i), GasTipCap: tip,
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
			Gas:       params.TxGas, To: &a, Value: wei,
		}), types.LatestSignerForChainID(g.chain.ChainID), from.Key)
		if err != nil {
			g.t.Fatal(err)
		}
		if err := g.chain.Client.SendTransaction(ctx, tx); err != nil {
			g.t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	// The simulated backend's transaction pool admits transactions and
	// picks up new heads in the background: commit until every transfer is
	// mined, then wait until the pool sees the funded accounts, so the next
	// sends do not race it.
	for _, tx := range txs {
		for tries := 0; ; tries++ {
			g.chain.Backend.Commit()
			r, err := g.chain.Client.TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					g.t.Fatalf("funding %s reverted", tx.Hash())
				}
				break
			}
			if tries == 100 {
				g.t.Fatalf("funding %s not mined: %v", tx.Hash(), err)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	for range 200 {
		bal, err := g.chain.Client.PendingBalanceAt(ctx, to[len(to)-1])
		if err == nil && bal.Cmp(wei) >= 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	g.t.Fatal("the transaction pool does not see the funded accounts")
}
