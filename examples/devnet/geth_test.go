package main

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"
)

// TestRunOnGeth runs the quickstart against a real JSON-RPC node: geth
// --dev started from gethgenesis.go's genesis, as .ci/run does, with the
// run's keys funded by the node's dev account. It needs TEEROLLUP_L1_RPC;
// under CI it must not be skipped, so a missing node fails it.
func TestRunOnGeth(t *testing.T) {
	url := os.Getenv("TEEROLLUP_L1_RPC")
	if url == "" {
		if ci := os.Getenv("CI"); ci != "" && ci != "0" && ci != "false" {
			t.Fatal("CI is set but TEEROLLUP_L1_RPC is empty: .ci/run starts geth --dev and exports it; refusing to skip the L1 end-to-end test")
		}
		t.Skip("TEEROLLUP_L1_RPC is not set: start geth --dev (see examples/devnet/gethgenesis.go) and set it to the node's HTTP URL to run this test")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	var out bytes.Buffer
	start := time.Now()
	sum, err := run(ctx, Config{RPC: url, Duration: 6 * time.Second, Users: 8, Batch: 500}, &out)
	t.Logf("%v\n%s", time.Since(start).Round(time.Millisecond), out.String())
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, sum, 2)
}
