package rollup_test

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// BenchmarkHonestLatencyUnderFlood measures, on the in-process 5-node
// committee, how long an honest transfer takes from SubmitTx to being
// applied at every node's checkpoint, without and with a stranger
// flooding the committee with 10,000 correctly signed transfers from fresh,
// empty keys (2,000 to each node, which gossips what it admits) sent
// together with each honest transfer. It reports the p50
// and p99 latency and, under flood, how many flood submissions the nodes
// refused. Run it with a fixed count, e.g.
//
//	go test -run '^$' -bench HonestLatencyUnderFlood -benchtime 20x ./rollup/
func BenchmarkHonestLatencyUnderFlood(b *testing.B) {
	for _, flood := range []int{0, 10_000} {
		name := "quiet"
		if flood > 0 {
			name = "flood"
		}
		b.Run(name, func(b *testing.B) {
			c := startCommittee(b, rolluptest.Options{}, 2)
			c.fundUsers(b, 1_000_000)
			alice, bob := c.users[0], crypto.PubkeyToAddress(c.users[1].PublicKey)
			bad := floodTxs(b, c.Domain, flood, bob)

			var refused, admitted atomic.Int64
			// floodAll sends the whole flood, split over the nodes,
			// concurrently; each node gossips what it admits.
			floodAll := func() *sync.WaitGroup {
				var wg sync.WaitGroup
				for i, n := range c.Nodes {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for j := i; j < len(bad); j += len(c.Nodes) {
							if _, err := n.SubmitTx(c.ctx, bad[j], true); err != nil {
								refused.Add(1)
							} else {
								admitted.Add(1)
							}
						}
					}()
				}
				return &wg
			}
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := range b.N {
				tx := signedTransfer(b, c.Domain, alice, bob, 1, uint64(i))
				start := time.Now()
				wg := floodAll() // the flood lands right as the honest transfer does
				if _, err := c.Nodes[i%len(c.Nodes)].SubmitTx(c.ctx, tx, true); err != nil {
					b.Fatal(err)
				}
				want := 1_000_000 + uint64(i) + 1
				for {
					done := true
					for _, n := range c.Nodes {
						if a, err := n.Account(bob); err != nil || a.Balance.Uint64() < want {
							done = false
						}
					}
					if done {
						break
					}
					if time.Since(start) > time.Minute {
						b.Fatalf("honest transfer %d not applied after a minute", i)
					}
					time.Sleep(time.Millisecond)
				}
				lat = append(lat, time.Since(start))
				wg.Wait()
			}
			b.StopTimer()
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
			if flood > 0 {
				b.ReportMetric(float64(refused.Load()), "flood-refused")
				b.ReportMetric(float64(admitted.Load()), "flood-admitted")
			}
		})
	}
}
