package dap_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
)

// Gas benchmarks on chaintest's chain (mainnet rules). gas/op is the whole
// transaction as its sender pays it: 21,000 base and calldata included.
// The height challenged carries a batch of 30 transfers (≈6 KB of metadata,
// 6 chunks, proofs of 3 siblings).

// benchEnv is an env with n registered DAPs and one accepted, uploaded
// height.
func benchEnv(b *testing.B, n int) (*env, *testHeight) {
	e := newEnv(b, testParams, n)
	e.register(e.daps...)
	h, d := e.nextHeight(30)
	if err := e.client().Upload(e.ctx, h, d); err != nil {
		b.Fatal(err)
	}
	return e, &testHeight{h: h, length: uint64(len(d.Encode()))}
}

// BenchmarkRegisterGas: registering a DAP (a fresh record and slot; the
// iterations cycle one account through register, exit and withdrawal).
func BenchmarkRegisterGas(b *testing.B) {
	e := newEnv(b, testParams, 2)
	e.register(e.daps[0]) // the slot bitmap and counters are already non-zero
	d := e.daps[1]
	var gas uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rc := e.mine(e.game.Register(e.ctx, d.auth, testParams.MinCollateral, "http://dap.example:8545"))
		gas += rc.GasUsed
		b.StopTimer()
		exit := e.mine(e.game.RequestExit(e.ctx, d.auth))
		e.mineTo(exit.BlockNumber.Uint64() + testParams.ExitDelay)
		e.mine(e.game.Withdraw(e.ctx, d.auth))
		b.StartTimer()
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
}

// BenchmarkRequestChunkGas: a request on a recent header (the header goes
// in calldata and is checked against the TSC; one storage slot per
// request).
func BenchmarkRequestChunkGas(b *testing.B) {
	e, th := benchEnv(b, 3)
	e.request(th.h) // counters warm, as in steady state
	var gas, calldata uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, rc := e.request(th.h)
		gas += rc.GasUsed
		calldata += uint64(len(e.game.RequestChunkCalldata(th.h)))
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
	b.ReportMetric(float64(calldata)/float64(b.N), "calldata-bytes/op")
}

// BenchmarkRequestChunkProvenGas: a request on height 1 once the TSC no
// longer holds it (after 300 heights): the old header and a recent anchor
// header go in calldata, the anchor is checked against the TSC and the old
// header's hash against the anchor's history root (9 siblings for 299
// earlier heights; each doubling of the history adds one, about 600 gas).
func BenchmarkRequestChunkProvenGas(b *testing.B) {
	e := newEnv(b, testParams, 3)
	e.register(e.daps...)
	first, _ := e.emptyHeight()
	for range 299 {
		e.emptyHeight()
	}
	p, err := e.hist.Prove(0, e.head.Height-1)
	if err != nil {
		b.Fatal(err)
	}
	hp := &dap.HeaderProof{Anchor: e.head, Proof: p}
	req := func() uint64 {
		rc := e.mine(e.game.RequestChunkProven(e.ctx, e.chain.Transactor(acctRequester), first, hp))
		return rc.GasUsed
	}
	req() // counters warm, as in steady state
	var gas uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		gas += req()
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
	b.ReportMetric(float64(len(e.game.RequestChunkProvenCalldata(first, hp))), "calldata-bytes/op")
	b.ReportMetric(float64(len(p.Siblings)), "siblings")
}

// BenchmarkRespondGas: one DAP's answer: a full 1 KiB chunk of non-zero
// bytes (the worst case for calldata) and its proof, verified, then c pushed
// back to the DAP. The chunk index is random (prevrandao), so the data is
// synthetic with identical chunks to keep the figure deterministic; the
// size sets the proof depth.
func BenchmarkRespondGas(b *testing.B) {
	for _, size := range []int{8 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("data=%dKiB", size>>10), func(b *testing.B) {
			e := newEnv(b, testParams, 3)
			e.register(e.daps...)
			data := bytes.Repeat([]byte{0xab}, size)
			tree := merkle.NewChunkTree(data)
			h := e.syntheticHeight(data)
			d := e.daps[0]
			var gas uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				r, _ := e.request(h)
				p, err := tree.Prove(r.ChunkIndex(tree.Len()))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				rc := e.mine(e.game.Respond(e.ctx, d.auth, r, tree.Chunk(p.Index), p))
				gas += rc.GasUsed
			}
			chaintest.ReportGas(b, gas/uint64(b.N))
			b.ReportMetric(float64(merkle.Depth(int(tree.NumChunks()))), "siblings")
		})
	}
}

// BenchmarkSettleGas: settling after the deadline, for n DAPs of which
// `silent` stayed silent. silent == n is the total-failure branch (every
// collateral slashed).
func BenchmarkSettleGas(b *testing.B) {
	for _, c := range []struct{ n, silent int }{{3, 0}, {3, 1}, {3, 3}, {16, 1}, {16, 16}} {
		b.Run(fmt.Sprintf("daps=%d/silent=%d", c.n, c.silent), func(b *testing.B) {
			e, th := benchEnv(b, c.n)
			for _, d := range e.daps[c.n-c.silent:] {
				d.responder.Lazy = true
			}
			round := func() (*dap.Settlement, uint64) {
				if c.silent == c.n {
					// Everyone lost everything last time: top up so the
					// slashing writes non-zero amounts again.
					for _, d := range e.daps {
						if e.collateral(d).Sign() == 0 {
							e.mine(e.game.TopUp(e.ctx, d.auth, testParams.MinCollateral))
						}
					}
				}
				r, _ := e.request(th.h)
				e.poll(e.daps...)
				s, rc := e.settle(r)
				return s, rc.GasUsed
			}
			round() // steady state: burned and the counters are non-zero
			var gas uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if c.silent == c.n {
					for _, d := range e.daps {
						e.mine(e.game.TopUp(e.ctx, d.auth, testParams.MinCollateral))
					}
				}
				r, _ := e.request(th.h)
				e.poll(e.daps...)
				b.StartTimer()
				s, rc := e.settle(r)
				gas += rc.GasUsed
				if len(s.Penalties) != c.silent {
					b.Fatalf("%d penalties, want %d", len(s.Penalties), c.silent)
				}
			}
			chaintest.ReportGas(b, gas/uint64(b.N))
		})
	}
}

type testHeight struct {
	h      *rollup.Header
	length uint64
}
