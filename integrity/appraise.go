package integrity

import (
	"encoding/json"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Appraise judges evidence against a manifest. It is pure and deterministic:
// every honest monitor computes the same report from the same inputs, which
// is what makes signing another report a provable fault. It does not verify
// signatures or freshness (the monitor does, before calling it).
//
// Only the records of the report's round (the last record's) are judged;
// older ones only chain the log. They are checked in log order and, in each, the claims in the
// order image, executable, argv, env, ports, files; the first failure is the
// report's claim. A record with no running process makes the round
// Unmeasured. Round is the last record's anchor time / period.
func Appraise(m *Manifest, e *Evidence) Report {
	mh, _ := m.Hash()
	r := Report{Service: m.ID(), Manifest: mh, Evidence: e.Hash(), Status: Affirming}
	if len(e.Records) == 0 || m.Period == 0 {
		r.Status, r.Claim = Unmeasured, ClaimProcess
		return r
	}
	r.Round = e.Records[len(e.Records)-1].Anchor.Time / uint64(m.Period)
	for i := range e.Records {
		if e.Records[i].Anchor.Time/uint64(m.Period) != r.Round {
			continue // earlier rounds' records only chain the log
		}
		o := &e.Records[i].Obs
		if !o.Running {
			r.Status, r.Claim = Unmeasured, ClaimProcess
			r.Expected = digestOf("running")
			r.Observed = digestOf(e.Records[i].Event)
			return r
		}
		if c, exp, obs := check(m, o); c != ClaimNone {
			r.Status, r.Claim, r.Expected, r.Observed = Violation, c, exp, obs
			return r
		}
	}
	return r
}

func digestOf(v any) common.Hash {
	b, _ := json.Marshal(v)
	return crypto.Keccak256Hash(b)
}

// check returns the first failed claim of one observation.
func check(m *Manifest, o *Observation) (Claim, common.Hash, common.Hash) {
	if o.Image != m.Image {
		return ClaimImage, digestOf(m.Image), digestOf(o.Image)
	}
	if o.Executable != m.Executable {
		return ClaimExecutable, m.Executable, o.Executable
	}
	if !slices.Equal(o.Argv, m.Argv) {
		return ClaimArgv, digestOf(m.Argv), digestOf(o.Argv)
	}
	if bad, ok := envViolation(m, o.Env); !ok {
		return ClaimEnv, digestOf(bad.rule), digestOf(bad.seen)
	}
	if !slices.Equal(o.Ports, m.Ports) && !sameSet(o.Ports, m.Ports) {
		return ClaimPorts, digestOf(m.Ports), digestOf(o.Ports)
	}
	for _, f := range m.Files {
		i := slices.IndexFunc(o.Files, func(g FileTree) bool { return g.Path == f.Path })
		if i < 0 {
			return ClaimFiles, digestOf(f), digestOf(FileTree{Path: f.Path})
		}
		if o.Files[i].Hash != f.Hash {
			return ClaimFiles, digestOf(f), digestOf(o.Files[i])
		}
	}
	return ClaimNone, common.Hash{}, common.Hash{}
}

func sameSet(a, b []uint16) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

type envBad struct {
	rule EnvRule
	seen EnvVar
}

// envViolation: every observed name must be listed and satisfy its rule;
// every listed name must be observed. Observed order is not trusted.
func envViolation(m *Manifest, env []EnvVar) (envBad, bool) {
	seen := make(map[string]bool, len(env))
	names := make([]string, 0, len(env))
	for _, v := range env {
		names = append(names, v.Name)
	}
	slices.Sort(names)
	byName := make(map[string]EnvVar, len(env))
	for _, v := range env {
		if _, dup := byName[v.Name]; dup {
			return envBad{seen: v}, false
		}
		byName[v.Name] = v
	}
	for _, n := range names {
		v := byName[n]
		seen[n] = true
		rule, ok := m.envRule(n)
		if !ok {
			return envBad{seen: v}, false // unlisted name
		}
		switch rule.Mode {
		case EnvExact:
			if v.ValueHash != ValueHash(rule.Value) {
				return envBad{rule, v}, false
			}
		case EnvHash:
			if v.ValueHash != rule.Hash {
				return envBad{rule, v}, false
			}
		}
	}
	for _, rule := range m.Env {
		if !seen[rule.Name] {
			return envBad{rule: rule, seen: EnvVar{Name: rule.Name}}, false // missing
		}
	}
	return envBad{}, true
}
