// Command quorumsim estimates, by Monte Carlo, how TEE quorum rules trade
// safety against liveness for a heterogeneous committee.
//
// Each TEE kind is compromised independently with a given probability (the
// attacker then holds the keys of every member of that kind) and each
// member of an uncompromised kind is online with a given probability. For
// every committee size and rule it prints the probability that a forged
// header is certified (the compromised members alone satisfy the rule),
// next to its exact value, and the probability that the committee stalls
// (the available honest members do not satisfy it).
//
// By default the committee is the TeeRollup paper's SGX/TDX/CSV committee
// in the ratio 1:2:2, for n = 5..20. A size that the ratio does not divide
// is split by largest remainders, ties to the earlier kind: n = 6 is
// 1/3/2, n = 8 is 2/3/3, n = 11 is 2/5/4 (see quorum.SplitByRatio).
//
//	go run ./examples/quorumsim
//	go run ./examples/quorumsim -compromise sgx=0.2,tdx=0.05,csv=0.1 -rules 'kinds>=2;m>2/3' -seed 7
//
// The probabilities are illustrative defaults, not measurements. The output
// is a function of the flags: the same seed prints the same table.
// The model and the estimator live in package quorum (quorum.Simulate).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "quorumsim:", err)
		}
		os.Exit(2)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("quorumsim", flag.ContinueOnError)
	fs.SetOutput(out)
	var (
		trials       = fs.Int("trials", 100_000, "Monte Carlo trials per committee size")
		seed         = fs.Uint64("seed", 1, "RNG seed (the output is a function of the flags)")
		nmin         = fs.Int("nmin", 5, "smallest committee size")
		nmax         = fs.Int("nmax", 20, "largest committee size")
		kindList     = fs.String("kinds", "sgx,tdx,csv", "TEE kinds of the committee")
		ratioList    = fs.String("ratio", "1,2,2", "members per kind, as a ratio")
		compromise   = fs.String("compromise", "sgx=0.10,tdx=0.05,csv=0.05", "per-kind probability that the technology is broken")
		availability = fs.String("availability", "sgx=0.95,tdx=0.95,csv=0.95", "per-kind probability that an honest member is online")
		rules        = fs.String("rules", "kinds>=2;kinds>=3;m>2/3;perkind>=50;kinds>=2&m>2/3", "rules separated by ';' (syntax: quorum.RuleSpec)")
	)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	var kinds []attest.Kind
	for _, name := range strings.Split(*kindList, ",") {
		k, err := quorum.ParseKind(name)
		if err != nil {
			return err
		}
		kinds = append(kinds, k)
	}
	var ratio []int
	for _, s := range strings.Split(*ratioList, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("-ratio: %w", err)
		}
		ratio = append(ratio, v)
	}
	risks, err := quorum.ParseRisks(*compromise, *availability, nil)
	if err != nil {
		return err
	}
	var specs []quorum.RuleSpec
	for _, s := range strings.Split(*rules, ";") {
		spec, err := quorum.ParseRuleSpec(s)
		if err != nil {
			return err
		}
		specs = append(specs, spec)
	}
	if *nmin < 1 || *nmax < *nmin || *nmax > quorum.MaxMembers {
		return fmt.Errorf("want 1 <= nmin <= nmax <= %d", quorum.MaxMembers)
	}
	var sizes []int
	for n := *nmin; n <= *nmax; n++ {
		sizes = append(sizes, n)
	}
	rows, err := quorum.SimulateSizes(kinds, ratio, sizes, specs, quorum.SimConfig{Trials: *trials, Seed: *seed, Risks: risks})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "# quorumsim: %d trials per size, seed %d\n", *trials, *seed)
	fmt.Fprintf(out, "# committee %s in ratio %s (largest-remainder rounding)\n", *kindList, *ratioList)
	for _, k := range kinds {
		r := risks[k]
		fmt.Fprintf(out, "# %-7s compromise %.4f  availability %.4f\n", k, r.Compromise, r.Availability)
	}
	fmt.Fprintln(out, "# P(forge): compromised members alone satisfy the rule; P(stall): available honest members do not")
	return quorum.WriteSimTable(out, kinds, rows)
}
