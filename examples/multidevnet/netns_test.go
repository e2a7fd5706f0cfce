package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestNetnsLANWAN runs one small point of examples/fig4 on a LAN (0.5 ms
// one-way) and one on a WAN (25 ms): five sequencers, each in its own
// network namespace, their peer traffic through the delaying relays. It
// asserts behaviour, not speed: headers certified and accepted (a header
// latency observed), every end-of-run check passed (nothing lost, nothing
// applied twice). It needs root and ip (skipped otherwise; CI runs as
// root) and geth (as TestMultiProcessDevnet).
func TestNetnsLANWAN(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 7 processes per point")
	}
	if err := NetnsAvailable(); err != nil {
		t.Skip(err)
	}
	geth, err := FindGeth("")
	if errors.Is(err, ErrNoGeth) {
		if ci := os.Getenv("CI"); ci != "" && ci != "0" && ci != "false" {
			t.Fatal("CI is set but no geth: .ci/run builds geth and exports TEEROLLUP_GETH")
		}
		t.Skip("no geth binary: set TEEROLLUP_GETH to run this test")
	}
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := buildPrograms(t.Context(), bin); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		delay time.Duration
	}{{"LAN", 500 * time.Microsecond}, {"WAN", 25 * time.Millisecond}} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
			defer cancel()
			var out bytes.Buffer
			sum, err := Run(ctx, Config{
				Sequencers: 5, DAPs: 1, Users: 32, Clients: 8, Batch: 200, Duration: 8 * time.Second,
				Netns: true, LinkDelay: c.delay, InstantBlocks: true,
				Geth: geth, Bin: bin, Dir: t.TempDir(), LogLevel: "info",
			}, &out)
			t.Logf("\n%s", out.String())
			if err != nil {
				t.Fatal(err)
			}
			if sum.LatencyHeaders == 0 || sum.LatencyP50 <= 0 || sum.LatencyP99 < sum.LatencyP50 {
				t.Errorf("header latency: %d headers, p50 %v, p99 %v", sum.LatencyHeaders, sum.LatencyP50, sum.LatencyP99)
			}
			if sum.Transfers == 0 || sum.Heights == 0 {
				t.Fatalf("nothing certified: %+v", sum)
			}
			for _, want := range []string{"applied once", "all credited", "sum to deposits − redeems", "paid out exactly"} {
				if !slices.ContainsFunc(sum.Checks, func(c string) bool { return strings.Contains(c, want) }) {
					t.Errorf("no passed check mentions %q: %v", want, sum.Checks)
				}
			}
			// The run's namespaces and links are gone.
			list, err := exec.Command("ip", "netns", "list").Output()
			if err != nil {
				t.Fatal(err)
			}
			if prefix := fmt.Sprintf("tr%d-", os.Getpid()%100000); strings.Contains(string(list), prefix) {
				t.Errorf("namespaces %s* left behind:\n%s", prefix, list)
			}
		})
	}
}
