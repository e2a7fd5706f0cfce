package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// committee is a running devnet on an auto-mining simulated chain.
type committee struct {
	*rolluptest.Devnet
	ctx    context.Context
	cancel context.CancelFunc
	users  []*ecdsa.PrivateKey
	mu     sync.Mutex
	stops  map[int]func()
}

func committeeKey(i int) *ecdsa.PrivateKey {
	return chaintest.DeterministicKey(fmt.Sprintf("committee/%d", i))
}

// submitters gives every node its own submitter key except the listed ones.
func submitters(withhold ...int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, 5)
	for i := range keys {
		if !slices.Contains(withhold, i) {
			keys[i] = committeeKey(i)
		}
	}
	return keys
}

func startCommittee(t testing.TB, opts rolluptest.Options, users int, setup ...func(*rolluptest.Devnet)) *committee {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	var addrs []common.Address
	for i := range 5 + users {
		k := committeeKey(i)
		keys = append(keys, k)
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	sim, err := chaintest.NewBackend(addrs)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	mining := make(chan struct{})
	go func() { defer close(mining); chaintest.AutoCommit(ctx, sim, 20*time.Millisecond) }()
	// Stop in order: nodes, then the miner, then the chain.
	t.Cleanup(func() { cancel(); <-mining; _ = sim.Close() })
	opts.Backend, opts.Admin = sim.Client(), keys[0]
	if opts.Submitters == nil {
		opts.Submitters = submitters()
	}
	if opts.PollInterval == 0 {
		opts.PollInterval = 10 * time.Millisecond
	}
	d, err := rolluptest.Start(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range setup {
		s(d)
	}
	c := &committee{Devnet: d, ctx: ctx, cancel: cancel, users: keys[5:], stops: map[int]func(){}}
	for i, n := range d.Nodes {
		c.run(i, n)
	}
	t.Cleanup(func() {
		cancel()
		for i := range d.Nodes {
			c.stop(i)
		}
	})
	return c
}

// run starts node i's loop.
func (c *committee) run(i int, n *rollup.Node) {
	ctx, cancel := context.WithCancel(c.ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = n.Run(ctx) }()
	c.mu.Lock()
	c.stops[i] = func() { cancel(); <-done }
	c.mu.Unlock()
}

// stop ends node i's loop and waits for it (a crash, as far as the node's
// storage is concerned: nothing is flushed on the way out).
func (c *committee) stop(i int) {
	c.mu.Lock()
	s := c.stops[i]
	delete(c.stops, i)
	c.mu.Unlock()
	if s != nil {
		s()
	}
}

func (c *committee) waitHeight(t testing.TB, h uint64, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		head, err := c.L1.Head(c.ctx)
		if err == nil && head.Height >= h {
			allSynced := true
			for _, n := range c.Nodes {
				if n.Head().Height < h {
					allSynced = false
				}
			}
			if allSynced {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	head, _ := c.L1.Head(c.ctx)
	t.Fatalf("L1 height %d after %v, want %d", head.Height, timeout, h)
}

func (c *committee) deposit(t testing.TB, from *ecdsa.PrivateKey, to common.Address, wei *big.Int) {
	t.Helper()
	auth := c.userAuth(t, from)
	tx, err := c.L1.Deposit(c.ctx, auth, to, wei)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rollup.WaitAll(c.ctx, c.opts().Backend, tx); err != nil {
		t.Fatal(err)
	}
}

func (c *committee) opts() rolluptest.Options { return c.Devnet.Options() }

func TestCommitteeRunsTheRollup(t *testing.T) {
	for _, tc := range []struct {
		name     string
		schedule func(*quorum.Committee) rollup.LeaderSchedule
	}{
		{"round robin", nil},
		{"free competition", func(*quorum.Committee) rollup.LeaderSchedule { return rollup.FreeCompetition{} }},
		{"stake weighted", func(c *quorum.Committee) rollup.LeaderSchedule { return rollup.StakeWeightedFrom(c) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := startCommittee(t, rolluptest.Options{Schedule: tc.schedule}, 2)
			alice, bob := c.users[0], c.users[1]
			aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
			start := time.Now()
			c.deposit(t, alice, aliceAddr, big.NewInt(1e18))
			t.Logf("deposit mined after %v", time.Since(start))
			c.waitHeight(t, 1, 10*time.Second)
			t.Logf("height 1 after %v", time.Since(start))

			for i := range 10 {
				tx := &rollup.Tx{Type: rollup.TxTransfer, To: bobAddr, Value: uint256.NewInt(1e15), Nonce: uint64(i)}
				if err := tx.Sign(c.Domain, alice); err != nil {
					t.Fatal(err)
				}
				// Clients may send to any sequencer; it gossips.
				if _, err := c.Nodes[i%len(c.Nodes)].SubmitTx(c.ctx, tx, true); err != nil {
					t.Fatal(err)
				}
			}
			deadline := time.Now().Add(10 * time.Second)
			for {
				all := true
				for _, n := range c.Nodes {
					a, err := n.Account(bobAddr)
					if err != nil {
						t.Fatal(err)
					}
					if a.Balance.Uint64() != 10*1e15 {
						all = false
					}
				}
				if all {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("transfers not applied on every node")
				}
				time.Sleep(10 * time.Millisecond)
			}
			t.Logf("transfers applied after %v", time.Since(start))
			head, err := c.L1.Head(c.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if head.StateRoot != c.Nodes[0].Head().StateRoot {
				t.Fatalf("L1 root %s, node root %s", head.StateRoot, c.Nodes[0].Head().StateRoot)
			}
		})
	}
}

func (c *committee) userAuth(t testing.TB, key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, c.Domain.ChainID)
}

// TestCommitteeFollowsShrink (issue 11.5): one of five members is revoked
// while the committee runs; anyone invalidates the committee, the Manager
// installs the other four at once under the same rule, and the running
// nodes follow the change from L1 without a restart: headers keep coming,
// certified by the four, and the revoked member stops proposing.
func TestCommitteeFollowsShrink(t *testing.T) {
	c := startCommittee(t, rolluptest.Options{}, 2)
	alice := c.users[0]
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	c.deposit(t, alice, aliceAddr, big.NewInt(1e18))
	c.waitHeight(t, 1, 10*time.Second)

	gone := c.Committee.Members[1] // a TDX member: SGX, TDX and CSV remain
	if _, err := rollup.WaitAll(c.ctx, c.opts().Backend, mustTx(t)(c.L1.RevokeEnclave(c.ctx, c.Admin(), gone.Addr))); err != nil {
		t.Fatal(err)
	}
	anyone := c.userAuth(t, c.users[1])
	if _, err := rollup.WaitAll(c.ctx, c.opts().Backend, mustTx(t)(c.L1.InvalidateCommittee(c.ctx, anyone, c.Committee))); err != nil {
		t.Fatal(err)
	}
	// Every node follows the four-member committee.
	deadline := time.Now().Add(10 * time.Second)
	for {
		all := true
		for _, n := range c.Nodes {
			if cm, _, _ := n.Committee(); len(cm.Members) != 4 {
				all = false
			}
		}
		if all {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("nodes did not follow the committee change")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, ok := func() (int, bool) { cm, _, _ := c.Nodes[1].Committee(); return cm.Index(gone.Addr) }(); ok {
		t.Fatal("the revoked member is still in its own node's committee")
	}
	// And the rollup goes on under it.
	head, err := c.L1.Head(c.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		tx := &rollup.Tx{Type: rollup.TxTransfer, To: common.HexToAddress("0xb0b"), Value: uint256.NewInt(1), Nonce: uint64(i)}
		if err := tx.Sign(c.Domain, alice); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Nodes[0].SubmitTx(c.ctx, tx, true); err != nil {
			t.Fatal(err)
		}
	}
	c.waitHeight(t, head.Height+1, 15*time.Second)
	cfg, err := c.L1.CurrentCommittee(c.ctx)
	if err != nil || len(cfg.Committee.Members) != 4 {
		t.Fatalf("L1 committee %+v (%v)", cfg, err)
	}
}
