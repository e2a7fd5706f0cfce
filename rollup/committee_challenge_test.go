package rollup_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// TestCommitteeAnswersChallenge: a client whose transfer the sequencers
// never received (censored at the edge) escalates it to the TSC; every
// sequencer's host sees the challenge on L1, the next leader forces the
// transaction into its batch, the committee certifies the header that
// answers it, and the rollup does not freeze.
func TestCommitteeAnswersChallenge(t *testing.T) {
	c := startCommittee(t, rolluptest.Options{
		Forced: func(_ int, l1 *rollup.L1) rollup.ForcedSource { return challenge.NewResponder(l1, 0) },
	}, 2)
	c.fundUsers(t, 1e15)
	censored := c.transfer(t, 0, 1, 0)
	client := &challenge.Client{L1: c.L1, Auth: c.userAuth(t, c.users[0]), Backend: c.Options().Backend, PollInterval: 20 * time.Millisecond}
	started, err := client.Start(c.ctx, censored)
	if err != nil {
		t.Fatal(err)
	}
	st, err := client.Watch(c.ctx, started.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.State != challenge.StateAnswered || !st.Applied {
		t.Fatalf("challenge %d ended %v (applied %v), want answered and applied", started.ID, st.State, st.Applied)
	}
	frozen, err := c.L1.Frozen(c.ctx)
	if err != nil || frozen {
		t.Fatalf("frozen = %v, %v", frozen, err)
	}
	c.waitBalances(t, []int{0, 1, 2, 3, 4}, map[common.Address]uint64{crypto.PubkeyToAddress(c.users[1].PublicKey): 1e15 + 1}, 10*time.Second)
	for i, n := range c.Nodes {
		a, err := n.Account(crypto.PubkeyToAddress(c.users[1].PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Balance.Uint64(); got != 1e15+1 {
			t.Fatalf("node %d: recipient has %d, want %d", i, got, uint64(1e15+1))
		}
	}
}
