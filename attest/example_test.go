package attest_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
)

// A heterogeneous committee (1 SGX : 2 TDX : 2 CSV, simulated) registers its
// enclave keys: each member quotes the binding of its key to the deployment,
// and the relying party verifies with one registry call, applies its policy
// and checks the binding.
func Example() {
	ctx := context.Background()
	clock := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	measurement := []byte("sequencer v1.0.0 build 7f3a")

	m, err := sim.NewManufacturer(sim.WithClock(clock))
	if err != nil {
		panic(err)
	}
	committee, err := sim.NewCommittee(m,
		[]attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindTDX, attest.KindCSV, attest.KindCSV},
		measurement)
	if err != nil {
		panic(err)
	}

	simVerifier, err := sim.NewVerifier(sim.Options{Roots: m.Roots(), Now: clock})
	if err != nil {
		panic(err)
	}
	reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: simVerifier})
	if err != nil {
		panic(err)
	}
	dom := attest.Domain{ChainID: big.NewInt(31337), Manager: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	pol := attest.Policy{
		Measurements:   [][]byte{measurement},
		Kinds:          []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindCSV},
		AllowSimulated: true, // devnet only
		MaxAge:         time.Hour,
	}

	for _, member := range committee {
		ev, err := member.QuoteBinding(ctx, dom)
		if err != nil {
			panic(err)
		}
		claims, err := reg.VerifyPolicy(ctx, ev, pol, clock())
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println(claims.Kind, "key bound:", attest.CheckBinding(claims, dom, member.Address()) == nil)
	}

	// A production policy refuses the very same evidence.
	pol.AllowSimulated = false
	ev, _ := committee[0].QuoteBinding(ctx, dom)
	_, err = reg.VerifyPolicy(ctx, ev, pol, clock())
	fmt.Println("hardware-only policy:", errors.Is(err, attest.ErrSimulated))

	// Output:
	// sgx key bound: true
	// tdx key bound: true
	// tdx key bound: true
	// csv key bound: true
	// csv key bound: true
	// hardware-only policy: true
}
