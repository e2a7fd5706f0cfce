package rollup_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// Gas benchmarks run on chaintest's chain, i.e. mainnet rules (the Bogota
// fork that go-ethereum 1.17's dev chain enables is off). gas/op is the
// whole transaction as the sender pays it, 21,000 base and calldata
// included, which is what the paper's Table IV reports.

// BenchmarkDepositGas: the steady-state deposit (the queue already holds
// one, so its slots are warm-written, not created). Paper: 48,551.
func BenchmarkDepositGas(b *testing.B) {
	e := newEnv(b, paperKinds, quorum.DistinctKinds{K: 2})
	e.mine(e.l1.Deposit(e.ctx, e.chain.Transactor(3), common.HexToAddress("0x01"), big.NewInt(1)))
	var gas uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		to := common.BigToAddress(big.NewInt(int64(1000 + i)))
		r := e.mine(e.l1.Deposit(e.ctx, e.chain.Transactor(3), to, big.NewInt(1e15)))
		gas += r.GasUsed
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
}

// committeeKinds splits n members 1:2:2 over SGX, TDX and CSV as in the
// paper (SGX gets the rounding remainder).
func committeeKinds(n int) []attest.Kind {
	tdx, csv := 2*n/5, 2*n/5
	kinds := make([]attest.Kind, 0, n)
	for range n - tdx - csv {
		kinds = append(kinds, attest.KindSGX)
	}
	for range tdx {
		kinds = append(kinds, attest.KindTDX)
	}
	for range csv {
		kinds = append(kinds, attest.KindCSV)
	}
	return kinds
}

// BenchmarkUpdateStateGas: one header with no payouts, certified by an
// ECDSA QC under the paper's rule (signatures of at least two kinds, f = 1).
// "all" carries every member's signature, as the paper does; "min" the
// fewest the rule needs (one per kind for two kinds), which is what a
// gas-minded submitter sends. Paper: 156,263 for 10 sequencers. Every
// header pays the deposit binding (the accumulator read and compared);
// "min+deposit" also credits a deposit while leaving a younger one queued,
// so the TSC reads that one's queue time as well (forced inclusion): the
// costliest deposit path. The L1 header does not grow with the batch, so
// gas/tx@2000 is gas/op over a batch of 2,000 transfers. "min+da=2of3"
// is "min" with a DA set of three DAPs installed and a MuSig2 certificate
// of two of them (updateStateDA, package dacert); "min+data" is "min" with
// the same header as "min+da=2of3" (its non-zero data root) and no DA set:
// the DA certificate's cost is "min+da=2of3" minus "min+data" (the issue's
// budget: at most 8,000; measured ~7,800). It is one ecrecover (~3,200
// with its call), the certificate's 157 calldata bytes and the ABI's
// offset and length words (~2,700), the digest, the challenge, the leaf
// and its two proof hashes, and the root's fold into the config hash; it
// grows with the set only by one proof hash (~670 with its calldata) per
// doubling of C(n, t) + 1.
func BenchmarkUpdateStateGas(b *testing.B) {
	for _, n := range []int{5, 10, 15, 20} {
		for _, mode := range []string{"all", "min", "min+deposit", "min+data", "min+da=2of3"} {
			if (mode == "min+deposit" || mode == "min+data" || mode == "min+da=2of3") && n != 10 {
				continue
			}
			b.Run(fmt.Sprintf("n=%d/sigs=%s", n, mode), func(b *testing.B) {
				daKeys, daSet := dapKeys(3, 2)
				e := newEnvWith(b, committeeKinds(n), quorum.DistinctKinds{K: 2}, func(o *rolluptest.Options) {
					if mode == "min+da=2of3" {
						o.DASet = daSet
					}
				})
				signers := e.all()
				if mode != "all" {
					signers = []rollup.EnclaveKey{e.enclaves[0], e.enclaves[n-1]} // SGX and CSV
				}
				var gas, calldata uint64
				q := queue{}
				var next uint64
				deposit := func() {
					to := common.BigToAddress(big.NewInt(int64(1000 + next)))
					e.mine(e.l1.Deposit(e.ctx, e.chain.Transactor(3), to, big.NewInt(1e15)))
					q[next] = &rollup.Tx{Type: rollup.TxDeposit, Index: next, To: to, Value: uint256.NewInt(1e15)}
					next++
				}
				if mode == "min+deposit" {
					deposit()
				}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					var batch []*rollup.Tx
					if mode == "min+deposit" {
						b.StopTimer()
						deposit() // stays queued
						batch = []*rollup.Tx{q[next-2]}
						b.StartTimer()
					}
					if mode == "min+da=2of3" {
						b.StopTimer()
						h, _ := e.proposeWithData(q, batch)
						qc := e.certify(h, signers)
						cert := e.daCert(daKeys, daSet, h.Height, h.DataRoot, 0b011)
						b.StartTimer()
						r := e.mine(e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc, cert))
						e.head = h
						gas += r.GasUsed
						calldata += uint64(len(e.l1.UpdateStateDACalldata(h, e.committee, e.rule, qc, cert)))
						continue
					}
					h := e.propose(q, batch)
					if mode == "min+data" {
						b.StopTimer()
						h, _ = e.proposeWithData(q, batch)
						b.StartTimer()
					}
					qc := e.certify(h, signers)
					r := e.mine(e.submit(h, qc))
					e.setHead(h)
					gas += r.GasUsed
					calldata += uint64(len(e.l1.UpdateStateCalldata(h, e.committee, e.rule, qc)))
				}
				chaintest.ReportGas(b, gas/uint64(b.N))
				b.ReportMetric(float64(gas)/float64(b.N)/2000, "gas/tx@2000")
				b.ReportMetric(float64(calldata)/float64(b.N), "calldata-bytes/op")
			})
		}
	}
}
