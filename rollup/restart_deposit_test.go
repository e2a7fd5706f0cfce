package rollup_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// A node restarted after it read a deposit on L1 but before a header
// credited it still knows the deposit: it votes for and accepts the header
// that credits it. (Its deposit view is in memory and its L1 cursor
// resumes after the deposit's block, so the view is rebuilt on restart.)
func TestRestartKeepsUncreditedDeposits(t *testing.T) {
	c := startCommittee(t, rolluptest.Options{}, 1)
	user := c.users[0]
	addr := crypto.PubkeyToAddress(user.PublicKey)
	for i := range c.Nodes {
		c.stop(i)
	}
	// Nobody runs: the deposit is queued on L1 and credited by no header.
	c.deposit(t, user, addr, big.NewInt(1e15))
	if err := c.Nodes[4].Sync(c.ctx); err != nil {
		t.Fatal(err)
	}
	if got := c.Nodes[4].Head().DepositIndex; got != 0 {
		t.Fatalf("deposit credited at %d before any header", got)
	}
	n, err := c.Reopen(c.ctx, 4)
	if err != nil {
		t.Fatal(err)
	}
	for i, node := range c.Nodes {
		c.run(i, node)
	}
	c.waitHeight(t, 1, 30*time.Second)
	if a, err := n.Account(addr); err != nil || a.Balance.Uint64() != 1e15 {
		t.Fatalf("restarted node: balance %v (%v), want the deposit", a.Balance, err)
	}
}
