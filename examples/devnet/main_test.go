package main

import (
	"bytes"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

// TestRun runs the quickstart briefly on the simulated chain: the rollup
// makes progress under every kind of client transaction and the checks
// pass (run returns ErrInvariant otherwise).
func TestRun(t *testing.T) {
	for _, tc := range []struct {
		name     string
		schedule string
		duration time.Duration
		kinds    []attest.Kind
		rule     quorum.Rule
	}{
		{name: "roundrobin", schedule: "roundrobin", duration: 3 * time.Second},
		// Every node proposes and submits: the losers' updateStates
		// revert, which must cost no funds.
		{name: "free", schedule: "free", duration: 2 * time.Second},
		// Every kind is first-class: one member of each of the six.
		{name: "six kinds", schedule: "roundrobin", duration: 2 * time.Second,
			kinds: []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP, attest.KindCSV, attest.KindCCA, attest.KindNitro},
			rule:  quorum.DistinctKinds{K: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			sum, err := run(t.Context(), Config{Duration: tc.duration, Users: 8, Batch: 500, Schedule: tc.schedule, Kinds: tc.kinds, Rule: tc.rule}, &out)
			t.Logf("\n%s", out.String())
			if err != nil {
				t.Fatal(err)
			}
			checkSummary(t, sum, 1)
			if !strings.Contains(out.String(), "summary") || !strings.Contains(out.String(), "height") {
				t.Error("output lacks the progress table or the summary")
			}
		})
	}
}

// checkSummary asserts what every successful run shows.
func checkSummary(t *testing.T, s Summary, minHeights uint64) {
	t.Helper()
	if s.Heights < minHeights || s.Height < minHeights {
		t.Errorf("%d heights accepted (final height %d), want at least %d", s.Heights, s.Height, minHeights)
	}
	if s.Deposits == 0 || s.Transfers == 0 || s.Redeems == 0 {
		t.Errorf("deposits %d, transfers %d, redeems %d: want each > 0", s.Deposits, s.Transfers, s.Redeems)
	}
	if s.Txs != s.Deposits+s.Transfers+s.Redeems || s.TPS <= 0 || s.AvgGas == 0 {
		t.Errorf("txs %d, TPS %.0f, gas %d", s.Txs, s.TPS, s.AvgGas)
	}
	if want := new(big.Int).Sub(s.Deposited, s.Redeemed); s.Supply.Cmp(want) != 0 || s.Redeemed.Sign() <= 0 {
		t.Errorf("rollup holds %s wei, deposits − redeems = %s (redeemed %s)", s.Supply, want, s.Redeemed)
	}
	if len(s.Checks) < 7 {
		t.Errorf("%d checks passed, want 7: %q", len(s.Checks), s.Checks)
	}
}

func TestFlags(t *testing.T) {
	cfg, verbose, err := parseFlags([]string{"-duration", "2s", "-users", "5", "-batch", "10", "-schedule", "stake", "-v", "-fund", "0.5",
		"-kinds", "sgx,tdx,sev-snp,csv,cca,nitro", "-rule", "kinds>=3",
		"-key", "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Duration != 2*time.Second || cfg.Users != 5 || cfg.Batch != 10 || cfg.Schedule != "stake" || !verbose || cfg.Key == nil ||
		cfg.Fund.Cmp(big.NewInt(5e17)) != 0 || len(cfg.Kinds) != 6 || cfg.Kinds[5] != attest.KindNitro || cfg.Rule.String() != "kinds>=3" {
		t.Errorf("parsed %+v, verbose %v", cfg, verbose)
	}
	for _, args := range [][]string{{"-key", "zz"}, {"extra"}, {"-duration"}, {"-kinds", "sgx,tpm"}, {"-rule", "kinds>>2"}} {
		if _, _, err := parseFlags(args); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
	for _, cfg := range []Config{{Duration: time.Second, Users: 1, Batch: 1}, {Duration: time.Second, Users: 2, Batch: 1, Schedule: "lottery"}} {
		if _, err := run(t.Context(), cfg, &bytes.Buffer{}); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
}
