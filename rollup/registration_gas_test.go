package rollup_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/teerollup/teerollup/chaintest"
	committeepkg "github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// BenchmarkRegistrationGas: the whole transaction of registering a
// newcomer (fresh storage) and of removing a member, n = 10 (1 SGX : 2
// TDX : 2 CSV), DistinctKinds{K: 2}. "registrar" is the single-key path
// (Manager.register) for comparison; "committee" is registerCertified
// with the minimal QC the engine trims to (two signers of two kinds, each
// checked eligible); "removal" is removeCertified with that QC and a sim
// CRL as the published collateral. Evidence is the sim's (~1 KB); real
// evidence adds 16 gas per non-zero calldata byte and its log data.
func BenchmarkRegistrationGas(b *testing.B) {
	for _, mode := range []string{"registrar", "committee", "removal"} {
		b.Run(fmt.Sprintf("n=10/%s", mode), func(b *testing.B) {
			e := newRegEnv(b, committeeKinds(10), quorum.DistinctKinds{K: 2}, nil)
			desk, err := rollup.NewDesk(e.vetters[0], e.engine, e.d.L1, func() []committeepkg.Peer { return e.d.Peers }, 1)
			if err != nil {
				b.Fatal(err)
			}
			var gas, calldata uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				enc, ev := e.newcomer(committeeKinds(10)[i%10])
				b.StartTimer()
				switch mode {
				case "registrar":
					r, err := e.submit(e.d.Register(e.ctx, e.chain.Transactor(5), enc))
					if err != nil {
						b.Fatal(err)
					}
					gas += r.GasUsed
				case "committee":
					b.StopTimer()
					a, cert, err := desk.Admit(e.ctx, enc.Address(), ev)
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					r, err := e.submit(e.d.L1.RegisterCertified(e.ctx, e.chain.Transactor(5), a, cert))
					if err != nil {
						b.Fatal(err)
					}
					gas += r.GasUsed
					calldata += uint64(len(e.d.L1.RegisterCertifiedCalldata(a, cert)))
				case "removal":
					b.StopTimer()
					if _, err := e.submit(e.d.Register(e.ctx, e.chain.Transactor(5), enc)); err != nil {
						b.Fatal(err)
					}
					now := time.Unix(int64(chainNow(b, e.chain)), 0)
					crl, err := e.d.Maker.CRL(int64(i+1), now.Add(-time.Minute), now.Add(time.Hour), enc.Platform())
					if err != nil {
						b.Fatal(err)
					}
					r, cert, err := desk.Remove(e.ctx, enc.Address(), append(enc.Platform().Collateral(), crl...))
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					rc, err := e.submit(e.d.L1.RemoveCertified(e.ctx, e.chain.Transactor(5), r, cert))
					if err != nil {
						b.Fatal(err)
					}
					gas += rc.GasUsed
					calldata += uint64(len(e.d.L1.RemoveCertifiedCalldata(r, cert)))
				}
			}
			chaintest.ReportGas(b, gas/uint64(b.N))
			b.ReportMetric(float64(calldata)/float64(b.N), "calldata-bytes/op")
		})
	}
}
