// Package zkstatetest is the test kit of package zkstate: the devnet Groth16
// systems, set up once per test binary from zkstate.SetupSeed, so that their
// verifying keys are the ones in the committed Solidity verifiers.
package zkstatetest

import (
	"sync"
	"testing"
	"testing/cryptotest"

	"github.com/teerollup/teerollup/multiproof/zkstate"
)

var (
	mu      sync.Mutex
	systems = map[bool]*zkstate.System{}
)

// System returns the devnet system (the unsound variant if
// omitBalanceCheck), setting it up on first use. The setup makes crypto/rand
// deterministic for the rest of t (testing/cryptotest), so t must not be
// parallel; call it at the start of a test.
func System(t *testing.T, omitBalanceCheck bool) *zkstate.System {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	if s, ok := systems[omitBalanceCheck]; ok {
		return s
	}
	seed := uint64(zkstate.SetupSeed)
	if omitBalanceCheck {
		seed++
	}
	cryptotest.SetGlobalRandom(t, seed)
	s, err := zkstate.NewSystem(omitBalanceCheck)
	if err != nil {
		t.Fatal(err)
	}
	systems[omitBalanceCheck] = s
	return s
}
