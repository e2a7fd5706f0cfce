package integrity_test

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/integrity"
)

// BenchmarkSubmitReport: submitReport with the minimal QC of 7 monitors of
// 3 kinds (whole transaction gas, mainnet rules).
func BenchmarkSubmitReport(b *testing.B) {
	w := newWorld(b, threeKinds, minimalRule)
	if _, err := w.agent.Deploy(w.ctx, "svc"); err != nil {
		b.Fatal(err)
	}
	var gas uint64
	for b.Loop() {
		w.nextRound(b)
		e, err := w.agent.Measure(w.ctx, "period")
		if err != nil {
			b.Fatal(err)
		}
		r, qc := w.certify(b, 0, e)
		gas = w.submit(b, r, qc).GasUsed
	}
	b.ReportMetric(float64(gas), "gas/op")
}

// TestReportHashDifferential: Report.Hash in Go equals the contract's
// reportHash on random reports.
func TestReportHashDifferential(t *testing.T) {
	w := newWorld(t, threeKinds[:3], "m>=1")
	a := bindings.NewIntegrityRegistry()
	rng := rand.New(rand.NewPCG(1, 2))
	rh := func() (h common.Hash) {
		for i := range h {
			h[i] = byte(rng.UintN(256))
		}
		return
	}
	for range 50 {
		r := integrity.Report{Service: rh(), Manifest: rh(), Round: rng.Uint64(), Status: integrity.Status(rng.UintN(256)), Claim: integrity.Claim(rng.UintN(256)), Evidence: rh(), Expected: rh(), Observed: rh()}
		out := w.chain.Call(t, w.reg.Address(), a.PackReportHash(bindings.IntegrityReportsReport{
			Service: r.Service, Manifest: r.Manifest, Round: r.Round, Status: uint8(r.Status), Claim: uint8(r.Claim), Evidence: r.Evidence, Expected: r.Expected, Observed: r.Observed,
		}))
		got, err := a.UnpackReportHash(out)
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(got) != r.Hash() {
			t.Fatalf("report %+v: chain %x, Go %s", r, got, r.Hash())
		}
	}
}

func FuzzDecodeManifest(f *testing.F) {
	b, _ := testManifest().Encode()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := integrity.DecodeManifest(b)
		if err == nil {
			if _, err := m.Hash(); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func FuzzDecodeReport(f *testing.F) {
	r := integrity.Report{Status: integrity.Affirming}
	f.Add(r.Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		if r, err := integrity.DecodeReport(b); err == nil && string(r.Encode()) != string(b) {
			t.Fatal("not canonical")
		}
	})
}

func FuzzDecodeStatement(f *testing.F) {
	e := &integrity.Evidence{Records: []integrity.Record{{Event: "period", Obs: goodObservation(testManifest())}}}
	r := integrity.Report{Status: integrity.Affirming}
	st, _ := integrity.EncodeStatement(&r, e)
	f.Add(st)
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, e, err := integrity.DecodeStatement(b); err == nil {
			_ = e.Verify()
		}
	})
}

func FuzzDecodeEvidence(f *testing.F) {
	e := &integrity.Evidence{Records: []integrity.Record{{Event: "period", Obs: goodObservation(testManifest())}}}
	b, _ := e.Encode()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		if e, err := integrity.DecodeEvidence(b); err == nil {
			_ = e.Verify()
			_ = integrity.Appraise(testManifest(), e)
		}
	})
}
