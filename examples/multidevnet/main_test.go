package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// TestMultiProcessDevnet runs the whole rollup as processes over loopback
// JSON-RPC: geth --dev, 5 sequencers and 2 DAPs built from this module.
// A third into the load it kills -9 a sequencer and a DAP, restarts them
// on their data dirs a third later, and requires every end-of-run check to
// pass: nothing lost, nothing applied twice, every sequencer (the
// restarted one with its registered enclave key) and every DAP at the
// TSC's height, /metrics agreeing, the DA game's penalty for a chunk
// requested while the DAP was down, and every process stopping cleanly on
// SIGTERM.
//
// It needs a geth binary: TEEROLLUP_GETH (.ci/run builds geth from the
// pinned go-ethereum and sets it) or geth on PATH; without one it is
// skipped, except under CI, where it fails.
func TestMultiProcessDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 8 processes")
	}
	geth, err := FindGeth("")
	if errors.Is(err, ErrNoGeth) {
		if ci := os.Getenv("CI"); ci != "" && ci != "0" && ci != "false" {
			t.Fatal("CI is set but no geth: .ci/run builds geth and exports TEEROLLUP_GETH; refusing to skip the multi-process devnet")
		}
		t.Skip("no geth binary: set TEEROLLUP_GETH (go build -o geth github.com/ethereum/go-ethereum/cmd/geth) to run this test")
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	var out bytes.Buffer
	start := time.Now()
	sum, err := Run(ctx, Config{
		Sequencers: 5, DAPs: 2, Users: 12, Batch: 500, Duration: 15 * time.Second,
		Kill: true, DA: true, Geth: geth, Dir: t.TempDir(), LogLevel: "info",
	}, &out)
	t.Logf("%v\n%s", time.Since(start).Round(time.Millisecond), out.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Killed) != 2 || len(sum.Restarted) != 2 {
		t.Fatalf("killed %v, restarted %v: want a sequencer and a DAP each", sum.Killed, sum.Restarted)
	}
	for _, w := range sum.Warnings {
		if strings.Contains(w, "did not stop cleanly") {
			t.Error(w)
		}
	}
	if sum.DARequest == nil {
		t.Error("no chunk was requested while a DAP was down")
	}
	if sum.Transfers == 0 || sum.Redeems == 0 || sum.Deposits == 0 {
		t.Fatalf("the load did not exercise every transaction type: %+v", sum)
	}
	for _, want := range []string{"applied once", "deposits queued on L1, all credited", "sum to deposits − redeems", "paid out exactly", "registered", "DAPs serve every height", "DA game", "/metrics of every process agree", "registered by a committee QC"} {
		found := false
		for _, c := range sum.Checks {
			found = found || strings.Contains(c, want)
		}
		if !found {
			t.Errorf("no passed check mentions %q: %v", want, sum.Checks)
		}
	}
}
