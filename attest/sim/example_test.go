package sim_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
)

// A simulated TDX enclave quotes; a verifier that trusts the manufacturer's
// root accepts the quote, and one that does not, refuses it.
func Example() {
	ctx := context.Background()
	clock := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }

	m, err := sim.NewManufacturer(sim.WithClock(clock))
	if err != nil {
		panic(err)
	}
	p, err := m.NewPlatform(attest.KindTDX)
	if err != nil {
		panic(err)
	}
	e, err := p.Launch([]byte("my enclave"), sim.WithSVN(4))
	if err != nil {
		panic(err)
	}
	ev, err := e.Quote(ctx, [attest.ReportDataSize]byte{0: 42})
	if err != nil {
		panic(err)
	}

	v, err := sim.NewVerifier(sim.Options{Roots: m.Roots(), Now: clock})
	if err != nil {
		panic(err)
	}
	c, err := v.Verify(ctx, ev)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%v %q svn=%d simulated=%v reportData[0]=%d at %v\n",
		c.Kind, c.Measurement, c.SVN, c.Simulated, c.ReportData[0], c.NotBefore)

	stranger, _ := sim.NewManufacturer(sim.WithClock(clock))
	v2, _ := sim.NewVerifier(sim.Options{Roots: stranger.Roots(), Now: clock})
	_, err = v2.Verify(ctx, ev)
	fmt.Println("other root:", errors.Is(err, attest.ErrUnknownRoot))

	// Output:
	// tdx "my enclave" svn=4 simulated=true reportData[0]=42 at 2026-01-01 00:00:00 +0000 UTC
	// other root: true
}
