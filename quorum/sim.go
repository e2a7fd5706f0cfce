package quorum

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/teerollup/teerollup/attest"
)

// This file is a small research tool: it estimates, for a committee and a
// rule, how likely a forged header is certified and how likely the
// committee stalls, under a per-kind threat model. examples/quorumsim is
// its command-line front end.
//
// Threat model, per trial:
//   - each TEE kind k present in the committee is compromised independently
//     with probability Compromise[k]; the attacker then holds the keys of
//     every member of kind k (a broken technology leaks all its enclaves);
//   - each member of an uncompromised kind is available independently with
//     probability Availability[k];
//   - a forged header is certified iff the members of compromised kinds
//     alone satisfy the rule;
//   - the committee stalls iff the available members of uncompromised
//     kinds do not satisfy the rule (compromised members are assumed to
//     withhold their votes: the worst case for liveness).

// KindRisk is the threat model's parameters for one TEE kind.
type KindRisk struct {
	// Compromise is the probability that the technology is broken.
	Compromise float64
	// Availability is the probability that an honest member is online.
	Availability float64
}

// Risks maps kinds to their parameters; every kind in a simulated
// committee needs an entry.
type Risks map[attest.Kind]KindRisk

// ParseRisks parses per-kind compromise and availability probabilities
// written as "sgx=0.1,tdx=0.05,csv=0.05". A kind missing from one list
// takes def's value for it (compromise 0, availability 1 if def has none).
func ParseRisks(compromise, availability string, def Risks) (Risks, error) {
	out := Risks{}
	for k, v := range def {
		out[k] = v
	}
	set := func(list string, f func(r *KindRisk, p float64)) error {
		if strings.TrimSpace(list) == "" {
			return nil
		}
		for _, item := range strings.Split(list, ",") {
			name, val, ok := strings.Cut(item, "=")
			if !ok {
				return fmt.Errorf("%w: %q: want kind=probability", ErrSim, item)
			}
			k, err := ParseKind(name)
			if err != nil {
				return fmt.Errorf("%w: %v", ErrSim, err)
			}
			p, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
			if err != nil || !(p >= 0 && p <= 1) {
				return fmt.Errorf("%w: %q: probability not in [0, 1]", ErrSim, item)
			}
			r, ok := out[k]
			if !ok {
				r = KindRisk{Availability: 1}
			}
			f(&r, p)
			out[k] = r
		}
		return nil
	}
	if err := set(compromise, func(r *KindRisk, p float64) { r.Compromise = p }); err != nil {
		return nil, err
	}
	if err := set(availability, func(r *KindRisk, p float64) { r.Availability = p }); err != nil {
		return nil, err
	}
	return out, nil
}

// SimConfig configures Simulate.
type SimConfig struct {
	Trials int
	Seed   uint64
	Risks  Risks
}

// MaxTrials bounds SimConfig.Trials.
const MaxTrials = 100_000_000

// Estimate is a Monte Carlo estimate of a probability.
type Estimate struct {
	Hits, Trials int
}

// P is the estimated probability.
func (e Estimate) P() float64 {
	if e.Trials == 0 {
		return 0
	}
	return float64(e.Hits) / float64(e.Trials)
}

// StdErr is the estimate's binomial standard error sqrt(p(1-p)/trials).
func (e Estimate) StdErr() float64 {
	if e.Trials == 0 {
		return 0
	}
	p := e.P()
	return math.Sqrt(p * (1 - p) / float64(e.Trials))
}

// SimResult is one rule's outcome.
type SimResult struct {
	Rule  Rule
	Forge Estimate
	Stall Estimate
	// ExactForge is the forge probability computed exactly by enumerating
	// the compromised sets of kinds, as a check on the estimate.
	ExactForge float64
}

// Simulate estimates, for each rule, the probabilities that a forged header
// is certified and that the committee stalls (see the threat model above).
// All rules see the same random trials. The output depends only on the
// inputs: the RNG is PCG seeded with (cfg.Seed, committee size).
func Simulate(c *Committee, rules []Rule, cfg SimConfig) ([]SimResult, error) {
	kinds, err := simCheck(c, rules, cfg)
	if err != nil {
		return nil, err
	}
	res := make([]SimResult, len(rules))
	for i, r := range rules {
		res[i] = SimResult{Rule: r, Forge: Estimate{Trials: cfg.Trials}, Stall: Estimate{Trials: cfg.Trials}}
		res[i].ExactForge = exactForge(c, r, kinds, cfg.Risks)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, uint64(c.Len())))
	var compromised [MaxKind + 1]bool
	for range cfg.Trials {
		for _, k := range kinds {
			compromised[k] = rng.Float64() < cfg.Risks[k].Compromise
		}
		var forge, honest Tally
		for i := range c.Members {
			m := &c.Members[i]
			bad := compromised[m.Kind]
			forge.add(m, bad)
			honest.add(m, !bad && rng.Float64() < cfg.Risks[m.Kind].Availability)
		}
		for i, r := range rules {
			if met(r, forge) {
				res[i].Forge.Hits++
			}
			if !met(r, honest) {
				res[i].Stall.Hits++
			}
		}
	}
	return res, nil
}

// simCheck validates Simulate's inputs and returns the kinds present.
func simCheck(c *Committee, rules []Rule, cfg SimConfig) ([]attest.Kind, error) {
	if err := c.checkSize(); err != nil {
		return nil, err
	}
	if cfg.Trials < 1 || cfg.Trials > MaxTrials {
		return nil, fmt.Errorf("%w: %d trials, want 1..%d", ErrSim, cfg.Trials, MaxTrials)
	}
	var present [MaxKind + 1]bool
	var kinds []attest.Kind
	for i, m := range c.Members {
		if !validKind(m.Kind) {
			return nil, &MemberError{Index: i, Addr: m.Addr, Detail: fmt.Sprintf("TEE kind %d not in 1..%d", uint8(m.Kind), uint8(MaxKind))}
		}
		if !present[m.Kind] {
			present[m.Kind] = true
			kinds = append(kinds, m.Kind)
			r, ok := cfg.Risks[m.Kind]
			if !ok {
				return nil, fmt.Errorf("%w: no risk given for kind %s", ErrSim, m.Kind)
			}
			if !(r.Compromise >= 0 && r.Compromise <= 1 && r.Availability >= 0 && r.Availability <= 1) {
				return nil, fmt.Errorf("%w: kind %s: probabilities not in [0, 1]", ErrSim, m.Kind)
			}
		}
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	for i, r := range rules {
		if r == nil {
			return nil, fmt.Errorf("%w: rule %d is nil", ErrRule, i)
		}
		if err := r.Validate(); err != nil {
			return nil, err
		}
	}
	return kinds, nil
}

// exactForge sums the probability of every compromised set of kinds whose
// members alone satisfy r.
func exactForge(c *Committee, r Rule, kinds []attest.Kind, risks Risks) float64 {
	total := 0.0
	for mask := 0; mask < 1<<len(kinds); mask++ {
		var bad [MaxKind + 1]bool
		p := 1.0
		for j, k := range kinds {
			if mask&(1<<j) != 0 {
				bad[k] = true
				p *= risks[k].Compromise
			} else {
				p *= 1 - risks[k].Compromise
			}
		}
		var t Tally
		for i := range c.Members {
			t.add(&c.Members[i], bad[c.Members[i].Kind])
		}
		if met(r, t) {
			total += p
		}
	}
	return total
}

// SplitByRatio splits n seats among parties in proportion to ratio by the
// largest-remainder (Hamilton) method: each party gets floor(n·ratio/sum),
// and the seats left go one each to the largest remainders, ties to the
// earlier party. For the paper's 1:2:2 this gives n = 5: 1/2/2, 6: 1/3/2,
// 7: 1/3/3, 8: 2/3/3, 10: 2/4/4, 20: 4/8/8.
func SplitByRatio(n int, ratio []int) ([]int, error) {
	sum := 0
	for _, r := range ratio {
		if r < 0 {
			return nil, fmt.Errorf("%w: negative ratio", ErrSim)
		}
		sum += r
	}
	if n < 0 || n > 1<<20 || len(ratio) == 0 || sum == 0 || sum > 1<<20 {
		return nil, fmt.Errorf("%w: cannot split %d by %v", ErrSim, n, ratio)
	}
	out := make([]int, len(ratio))
	rem := make([]int, len(ratio))
	left := n
	for i, r := range ratio {
		out[i] = n * r / sum
		rem[i] = n * r % sum
		left -= out[i]
	}
	order := make([]int, len(ratio))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rem[order[a]] > rem[order[b]] })
	for i := 0; i < left; i++ {
		out[order[i]]++
	}
	return out, nil
}

// RatioCommittee builds a synthetic committee of n members split among
// kinds by SplitByRatio, with addresses 0x…01, 0x…02, … (members of
// kinds[0] first) and weight 1. It has no keys: it is for simulation.
func RatioCommittee(n int, kinds []attest.Kind, ratio []int) (*Committee, error) {
	if len(kinds) != len(ratio) {
		return nil, fmt.Errorf("%w: %d kinds for %d ratio entries", ErrSim, len(kinds), len(ratio))
	}
	if n < 1 || n > MaxMembers {
		return nil, fmt.Errorf("%w: %d members, want 1..%d", ErrCommittee, n, MaxMembers)
	}
	split, err := SplitByRatio(n, ratio)
	if err != nil {
		return nil, err
	}
	c := &Committee{}
	for j, k := range kinds {
		for range split[j] {
			addr := common.BigToAddress(big.NewInt(int64(len(c.Members) + 1)))
			c.Members = append(c.Members, Member{Addr: addr, Kind: k, Weight: 1})
		}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// PaperKinds and PaperRatio are the heterogeneous committee of the
// TeeRollup paper: SGX, TDX and CSV members in the ratio 1:2:2.
var (
	PaperKinds = []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindCSV}
	PaperRatio = []int{1, 2, 2}
)

// SimRow is one (committee size, rule) line of a study.
type SimRow struct {
	N      int
	Split  []int
	Spec   string
	Result SimResult
}

// SimulateSizes runs Simulate on RatioCommittee(n, kinds, ratio) for each n
// and every rule spec (instantiated per committee).
func SimulateSizes(kinds []attest.Kind, ratio []int, sizes []int, specs []RuleSpec, cfg SimConfig) ([]SimRow, error) {
	var rows []SimRow
	for _, n := range sizes {
		c, err := RatioCommittee(n, kinds, ratio)
		if err != nil {
			return nil, fmt.Errorf("n = %d: %w", n, err)
		}
		split, _ := SplitByRatio(n, ratio)
		rules := make([]Rule, len(specs))
		for i, s := range specs {
			if rules[i], err = s.For(c); err != nil {
				return nil, fmt.Errorf("n = %d: %w", n, err)
			}
		}
		res, err := Simulate(c, rules, cfg)
		if err != nil {
			return nil, fmt.Errorf("n = %d: %w", n, err)
		}
		for i, r := range res {
			rows = append(rows, SimRow{N: n, Split: split, Spec: specs[i].Text, Result: r})
		}
	}
	return rows, nil
}

// WriteSimTable prints rows as an aligned table: committee size and split,
// the rule spec and the rule it became, the forge probability (estimate ±
// standard error, and exact), and the stall probability.
func WriteSimTable(w io.Writer, kinds []attest.Kind, rows []SimRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.String()
	}
	fmt.Fprintf(tw, "n\t%s\trule\tinstance\tP(forge)\t±\texact\tP(stall)\t±\t\n", strings.Join(names, "/"))
	for _, r := range rows {
		split := make([]string, len(r.Split))
		for i, s := range r.Split {
			split[i] = strconv.Itoa(s)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\t\n",
			r.N, strings.Join(split, "/"), r.Spec, r.Result.Rule,
			r.Result.Forge.P(), r.Result.Forge.StdErr(), r.Result.ExactForge,
			r.Result.Stall.P(), r.Result.Stall.StdErr())
	}
	return tw.Flush()
}
