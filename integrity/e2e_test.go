package integrity_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/integrity"
)

var threeKinds = []attest.Kind{
	attest.KindSGX, attest.KindSGX, attest.KindSGX, attest.KindSGX,
	attest.KindTDX, attest.KindTDX, attest.KindTDX,
	attest.KindCSV, attest.KindCSV, attest.KindCSV,
}

const minimalRule = "kinds>=3&m>=7"

// TestEndToEnd: a service is registered and deployed by its agent, ten
// monitors of three kinds certify Affirming on chain, then each tampering
// is reported on chain within one round with the claim that failed.
func TestEndToEnd(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	if _, err := w.agent.Deploy(w.ctx, "sequencer@"+w.manifest.Image.Manifest); err != nil {
		t.Fatal(err)
	}
	w.nextRound(t)
	e, err := w.agent.Measure(w.ctx, "period")
	if err != nil {
		t.Fatal(err)
	}
	r, qc := w.certify(t, 0, e)
	if r.Status != integrity.Affirming || qc.Signers.Count() != 7 {
		t.Fatalf("report %v with %d signers", r, qc.Signers.Count())
	}
	w.submit(t, r, qc)
	if ok, err := w.reg.IsHealthy(w.ctx, w.manifest.ID(), 60); err != nil || !ok {
		t.Fatalf("isHealthy = %v, %v", ok, err)
	}
	cfg, err := w.reg.ConfigHashOnChain(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := integrity.VerifyProof(w.domain, cfg, &integrity.Proof{Report: *r, Committee: w.committee, Rule: w.rule, QC: qc}); err != nil {
		t.Fatalf("VerifyProof: %v", err)
	}

	good := goodObservation(w.manifest)
	cases := []struct {
		name   string
		tamper func(o *integrity.Observation)
		status integrity.Status
		claim  integrity.Claim
	}{
		{"binary replaced and restarted", func(o *integrity.Observation) {
			o.Executable, o.StartTime = crypto.Keccak256Hash([]byte("evil binary")), 2000
		}, integrity.Violation, integrity.ClaimExecutable},
		{"env value changed", func(o *integrity.Observation) { o.Env[0].ValueHash = integrity.ValueHash("debug") }, integrity.Violation, integrity.ClaimEnv},
		{"extra env variable", func(o *integrity.Observation) {
			o.Env = append(o.Env, integrity.EnvVar{Name: "LD_PRELOAD", ValueHash: integrity.ValueHash("/tmp/x.so")})
		}, integrity.Violation, integrity.ClaimEnv},
		{"unlisted port", func(o *integrity.Observation) { o.Ports = append(o.Ports, 4444) }, integrity.Violation, integrity.ClaimPorts},
		{"file changed", func(o *integrity.Observation) { o.Files[0].Hash = crypto.Keccak256Hash([]byte("etc v2")) }, integrity.Violation, integrity.ClaimFiles},
		{"different image layer", func(o *integrity.Observation) { o.Image.Config = "sha256:" + strings.Repeat("4", 64) }, integrity.Violation, integrity.ClaimImage},
		{"process killed", func(o *integrity.Observation) { o.Running = false }, integrity.Unmeasured, integrity.ClaimProcess},
		{"restored", func(o *integrity.Observation) {}, integrity.Affirming, integrity.ClaimNone},
	}
	for i, c := range cases {
		w.meas.set(func(o *integrity.Observation) {
			*o = good
			o.Env = append([]integrity.EnvVar(nil), good.Env...)
			o.Files = append([]integrity.FileTree(nil), good.Files...)
			c.tamper(o)
		})
		w.nextRound(t)
		e, err := w.agent.Measure(w.ctx, "period")
		if err != nil {
			t.Fatal(err)
		}
		r, qc := w.certify(t, i%len(w.monitors), e)
		if r.Status != c.status || r.Claim != c.claim {
			t.Fatalf("%s: report %v, want %v %v", c.name, r, c.status, c.claim)
		}
		rc := w.submit(t, r, qc)
		l, err := w.reg.Latest(w.ctx, w.manifest.ID())
		if err != nil {
			t.Fatal(err)
		}
		if l.Status != c.status || l.Claim != c.claim || l.Round != r.Round {
			t.Fatalf("%s: on chain %+v", c.name, l)
		}
		violations := 0
		for _, lg := range rc.Logs {
			if ev, err := bindings.NewIntegrityRegistry().UnpackViolationEvent(lg); err == nil {
				violations++
				if ev.Claim != uint8(c.claim) || ev.Expected != r.Expected || ev.Observed != r.Observed {
					t.Fatalf("%s: event %+v", c.name, ev)
				}
			}
		}
		if want := map[bool]int{true: 1, false: 0}[c.status == integrity.Violation]; violations != want {
			t.Fatalf("%s: %d Violation events", c.name, violations)
		}
		healthy, _ := w.reg.IsHealthy(w.ctx, w.manifest.ID(), 60)
		if healthy != (c.status == integrity.Affirming) {
			t.Fatalf("%s: isHealthy %v", c.name, healthy)
		}
	}
}
