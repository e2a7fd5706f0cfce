package rollup_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// TestCommitteeWatcherDropsExpired: a TDX member's registration ends
// (its evidence lasted a day). Its key still signs, and with the SGX member
// its signature alone meets kinds>=2 under the old committee. The watcher
// (anyone's) invalidates the committee within one check, after which that
// QC is refused; before the expiry the watcher sends nothing.
func TestCommitteeWatcherDropsExpired(t *testing.T) {
	ctx := context.Background()
	g := newGovEnvLife(t, paperKinds, quorum.DistinctKinds{K: 2}, false, func(i int) time.Duration {
		if i == 1 {
			return 24 * time.Hour
		}
		return 60 * 24 * time.Hour
	})
	w := &rollup.CommitteeWatcher{L1: g.l1, Auth: g.chain.Transactor(5)}
	if did, err := w.Check(ctx); err != nil || did {
		t.Fatalf("before the expiry: invalidated %v, %v", did, err)
	}
	if cur, _ := g.l1.CurrentCommittee(ctx); cur.Epoch != 1 {
		t.Fatalf("epoch %d after a check of a valid committee", cur.Epoch)
	}
	wait(t, g.chain, 24*time.Hour+time.Second)

	// The expired member and the SGX member sign a header under the old
	// committee: the rule is met, so only the committee's invalidation
	// stops it.
	old := g.committee
	d, err := g.l1.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h := &rollup.Header{Height: 1, StateRoot: common.HexToHash("0xbad")}
	var votes []quorum.Vote
	for _, m := range old.Members[:2] {
		v, err := quorum.SignVote(quorum.KeySigner(g.keys[m.Addr]), d.VoteDomain(), h.Hash())
		if err != nil {
			t.Fatal(err)
		}
		votes = append(votes, v)
	}
	qc, err := quorum.NewECDSAQC(old, d.VoteDomain(), h.Hash(), votes)
	if err != nil {
		t.Fatal(err)
	}
	if err := quorum.Verify(g.rule, old, d.VoteDomain(), h.Hash(), qc); err != nil {
		t.Fatalf("the expired member's QC does not meet the rule, the test shows nothing: %v", err)
	}

	// Check waits for its transaction: mine in the background from here.
	mining, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); chaintest.AutoCommit(mining, g.chain.Backend, 5*time.Millisecond) }()
	defer func() { stop(); <-done }()
	if did, err := w.Check(ctx); err != nil || !did {
		t.Fatalf("after the expiry: invalidated %v, %v", did, err)
	}
	cur, err := g.l1.CurrentCommittee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, in := cur.Committee.Index(old.Members[1].Addr); in || cur.Epoch != 2 || !cur.Active {
		t.Fatalf("after the watcher: epoch %d, active %v, expired member still in", cur.Epoch, cur.Active)
	}
	if _, err := g.l1.UpdateState(ctx, g.chain.Transactor(2), h, old, g.rule, qc); err == nil {
		t.Fatal("a QC of the expired member under the old committee was accepted after the watcher ran")
	}
	// A second check finds nothing more to do.
	if did, err := w.Check(ctx); err != nil || did {
		t.Fatalf("second check: invalidated %v, %v", did, err)
	}
}
