package quorum_test

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

func TestSplitByRatio(t *testing.T) {
	want := map[int][]int{
		5: {1, 2, 2}, 6: {1, 3, 2}, 7: {1, 3, 3}, 8: {2, 3, 3}, 9: {2, 4, 3}, 10: {2, 4, 4},
		11: {2, 5, 4}, 12: {2, 5, 5}, 13: {3, 5, 5}, 14: {3, 6, 5}, 15: {3, 6, 6}, 16: {3, 7, 6},
		17: {3, 7, 7}, 18: {4, 7, 7}, 19: {4, 8, 7}, 20: {4, 8, 8},
	}
	for n := 5; n <= 20; n++ {
		got, err := quorum.SplitByRatio(n, quorum.PaperRatio)
		if err != nil || !slices.Equal(got, want[n]) {
			t.Fatalf("n = %d: %v, %v; want %v", n, got, err, want[n])
		}
	}
	for _, bad := range []struct {
		n     int
		ratio []int
	}{{-1, []int{1}}, {3, nil}, {3, []int{0, 0}}, {3, []int{1, -1}}} {
		if _, err := quorum.SplitByRatio(bad.n, bad.ratio); !errors.Is(err, quorum.ErrSim) {
			t.Fatalf("SplitByRatio(%d, %v) = %v", bad.n, bad.ratio, err)
		}
	}
}

var simRisks = quorum.Risks{
	attest.KindSGX: {Compromise: 0.10, Availability: 0.95},
	attest.KindTDX: {Compromise: 0.05, Availability: 0.95},
	attest.KindCSV: {Compromise: 0.05, Availability: 0.90},
}

func simRules(t *testing.T, c *quorum.Committee, specs ...string) []quorum.Rule {
	t.Helper()
	var out []quorum.Rule
	for _, s := range specs {
		sp, err := quorum.ParseRuleSpec(s)
		if err != nil {
			t.Fatal(err)
		}
		r, err := sp.For(c)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// exactStall computes the stall probability of a unit-weight committee by
// enumerating compromised kind sets and per-kind available counts.
func exactStall(c *quorum.Committee, r quorum.Rule, risks quorum.Risks) float64 {
	var kinds []attest.Kind
	members := map[attest.Kind]int{}
	for _, m := range c.Members {
		if members[m.Kind] == 0 {
			kinds = append(kinds, m.Kind)
		}
		members[m.Kind]++
	}
	binom := func(n, k int, p float64) float64 {
		return math.Exp(lgamma(n+1)-lgamma(k+1)-lgamma(n-k+1)) * math.Pow(p, float64(k)) * math.Pow(1-p, float64(n-k))
	}
	total := 0.0
	for mask := 0; mask < 1<<len(kinds); mask++ {
		pm := 1.0
		for j, k := range kinds {
			if mask&(1<<j) != 0 {
				pm *= risks[k].Compromise
			} else {
				pm *= 1 - risks[k].Compromise
			}
		}
		// enumerate available counts per honest kind
		var rec func(j int, p float64, tl quorum.Tally)
		rec = func(j int, p float64, tl quorum.Tally) {
			if j == len(kinds) {
				if r.Eval(tl) != nil {
					total += pm * p
				}
				return
			}
			k := kinds[j]
			if mask&(1<<j) != 0 {
				rec(j+1, p, tl)
				return
			}
			for a := 0; a <= members[k]; a++ {
				t2 := tl
				t2.Signers += a
				t2.Weight += uint64(a)
				t2.SignersByKind[k] += a
				rec(j+1, p*binom(members[k], a, risks[k].Availability), t2)
			}
		}
		var base quorum.Tally
		base.Members = c.Len()
		for _, k := range kinds {
			base.MembersByKind[k] = members[k]
		}
		rec(0, 1, base)
	}
	return total
}

func lgamma(n int) float64 {
	v, _ := math.Lgamma(float64(n))
	return v
}

func TestSimulateMatchesExact(t *testing.T) {
	const trials = 40_000
	for _, n := range []int{5, 10, 16} {
		c, err := quorum.RatioCommittee(n, quorum.PaperKinds, quorum.PaperRatio)
		if err != nil {
			t.Fatal(err)
		}
		rules := simRules(t, c, "kinds>=2", "kinds>=3", "m>2/3", "perkind>=50", "kinds>=2&m>2/3", "weight>=1/2")
		res, err := quorum.Simulate(c, rules, quorum.SimConfig{Trials: trials, Seed: 7, Risks: simRisks})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			stall := exactStall(c, r.Rule, simRisks)
			// 5 standard errors of the exact value, plus a floor for p ≈ 0.
			tol := func(p float64) float64 { return 5*math.Sqrt(p*(1-p)/trials) + 1e-4 }
			if d := math.Abs(r.Forge.P() - r.ExactForge); d > tol(r.ExactForge) {
				t.Errorf("n=%d %s: forge %.5f, exact %.5f", n, r.Rule, r.Forge.P(), r.ExactForge)
			}
			if d := math.Abs(r.Stall.P() - stall); d > tol(stall) {
				t.Errorf("n=%d %s: stall %.5f, exact %.5f", n, r.Rule, r.Stall.P(), stall)
			}
		}
	}
}

func TestSimulateForgeByHand(t *testing.T) {
	// With one SGX member and the rule "kinds>=2", a forgery needs two
	// compromised kinds: P = 1 - Π(1-p) - Σ p·Π_{other}(1-p).
	c, _ := quorum.RatioCommittee(5, quorum.PaperKinds, quorum.PaperRatio)
	res, err := quorum.Simulate(c, []quorum.Rule{quorum.DistinctKinds{K: 2}}, quorum.SimConfig{Trials: 1, Risks: simRisks})
	if err != nil {
		t.Fatal(err)
	}
	p1, p2, p3 := 0.10, 0.05, 0.05
	none := (1 - p1) * (1 - p2) * (1 - p3)
	one := p1*(1-p2)*(1-p3) + p2*(1-p1)*(1-p3) + p3*(1-p1)*(1-p2)
	if want := 1 - none - one; math.Abs(res[0].ExactForge-want) > 1e-12 {
		t.Fatalf("exact forge %.10f, want %.10f", res[0].ExactForge, want)
	}
}

func TestSimulateDeterministic(t *testing.T) {
	specs := []quorum.RuleSpec{}
	for _, s := range []string{"kinds>=2", "m>2/3"} {
		sp, _ := quorum.ParseRuleSpec(s)
		specs = append(specs, sp)
	}
	run := func(seed uint64) []byte {
		rows, err := quorum.SimulateSizes(quorum.PaperKinds, quorum.PaperRatio, []int{5, 8}, specs, quorum.SimConfig{Trials: 500, Seed: seed, Risks: simRisks})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := quorum.WriteSimTable(&buf, quorum.PaperKinds, rows); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b, c := run(1), run(1), run(2)
	if !bytes.Equal(a, b) {
		t.Fatal("same seed, different output")
	}
	if bytes.Equal(a, c) {
		t.Fatal("different seeds, same output")
	}
}

func TestSimulateErrors(t *testing.T) {
	c, _ := quorum.RatioCommittee(5, quorum.PaperKinds, quorum.PaperRatio)
	ok := quorum.SimConfig{Trials: 10, Risks: simRisks}
	tests := []struct {
		name  string
		c     *quorum.Committee
		rules []quorum.Rule
		cfg   quorum.SimConfig
		want  error
	}{
		{name: "no trials", c: c, rules: []quorum.Rule{quorum.MOfN{M: 1}}, cfg: quorum.SimConfig{Risks: simRisks}, want: quorum.ErrSim},
		{name: "too many trials", c: c, rules: []quorum.Rule{quorum.MOfN{M: 1}}, cfg: quorum.SimConfig{Trials: quorum.MaxTrials + 1, Risks: simRisks}, want: quorum.ErrSim},
		{name: "missing risk", c: c, rules: []quorum.Rule{quorum.MOfN{M: 1}}, cfg: quorum.SimConfig{Trials: 10, Risks: quorum.Risks{attest.KindSGX: {}}}, want: quorum.ErrSim},
		{name: "probability > 1", c: c, rules: []quorum.Rule{quorum.MOfN{M: 1}}, cfg: quorum.SimConfig{Trials: 10, Risks: quorum.Risks{attest.KindSGX: {Compromise: 2}, attest.KindTDX: {}, attest.KindCSV: {}}}, want: quorum.ErrSim},
		{name: "NaN", c: c, rules: []quorum.Rule{quorum.MOfN{M: 1}}, cfg: quorum.SimConfig{Trials: 10, Risks: quorum.Risks{attest.KindSGX: {Availability: math.NaN()}, attest.KindTDX: {}, attest.KindCSV: {}}}, want: quorum.ErrSim},
		{name: "nil rule", c: c, rules: []quorum.Rule{nil}, cfg: ok, want: quorum.ErrRule},
		{name: "invalid rule", c: c, rules: []quorum.Rule{quorum.PerKind{}}, cfg: ok, want: quorum.ErrRule},
		{name: "empty committee", c: &quorum.Committee{}, rules: nil, cfg: ok, want: quorum.ErrCommittee},
		{name: "bad kind", c: &quorum.Committee{Members: []quorum.Member{{Kind: 9}}}, rules: nil, cfg: ok, want: quorum.ErrCommittee},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := quorum.Simulate(tt.c, tt.rules, tt.cfg); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestParseRisks(t *testing.T) {
	r, err := quorum.ParseRisks("sgx=0.1, tdx=0.02", "sgx=0.9,csv=0.5", quorum.Risks{attest.KindCSV: {Compromise: 0.3, Availability: 1}})
	if err != nil {
		t.Fatal(err)
	}
	want := quorum.Risks{
		attest.KindSGX: {Compromise: 0.1, Availability: 0.9},
		attest.KindTDX: {Compromise: 0.02, Availability: 1},
		attest.KindCSV: {Compromise: 0.3, Availability: 0.5},
	}
	for k, v := range want {
		if r[k] != v {
			t.Fatalf("%s: %+v, want %+v", k, r[k], v)
		}
	}
	for _, bad := range [][2]string{{"sgx", ""}, {"xyz=0.1", ""}, {"sgx=1.5", ""}, {"", "tdx=-0.1"}, {"sgx=abc", ""}} {
		if _, err := quorum.ParseRisks(bad[0], bad[1], nil); !errors.Is(err, quorum.ErrSim) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
	for _, name := range []string{"sgx", "TDX", "sev-snp", "snp", "csv", "cca", "nitro"} {
		if _, err := quorum.ParseKind(name); err != nil {
			t.Fatal(err)
		}
	}
}
