package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	cmt "github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
	"github.com/teerollup/teerollup/statetree"
)

// downPeer is a sequencer that does not answer.
type downPeer struct{}

var errDown = errors.New("peer down")

func (downPeer) Vote(context.Context, string, []byte) (quorum.Vote, error) {
	return quorum.Vote{}, errDown
}
func (downPeer) Fetch(context.Context, string, []byte) ([]byte, error) { return nil, errDown }
func (downPeer) Deliver(context.Context, string, []byte) error         { return errDown }

// crash stops node i and makes it unreachable to the others.
func (c *committee) crash(i int) {
	c.stop(i)
	c.Peers[i] = downPeer{}
	for j, n := range c.Nodes {
		if j != i {
			n.SetPeers(c.Peers)
		}
	}
}

// fundUsers deposits to every user and waits until all nodes credited them.
func (c *committee) fundUsers(t testing.TB, wei int64) {
	t.Helper()
	auth := c.userAuth(t, c.users[0])
	nonce, err := c.Options().Backend.PendingNonceAt(c.ctx, auth.From)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range c.users {
		// Explicit nonces: asking the pool between rapid sends races with
		// block production.
		auth.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		if _, err := c.L1.Deposit(c.ctx, auth, crypto.PubkeyToAddress(u.PublicKey), bigInt(wei)); err != nil {
			t.Fatal(err)
		}
	}
	c.waitDeposits(t, uint64(len(c.users)), 20*time.Second)
}

func (c *committee) transfer(t testing.TB, from int, to int, nonce uint64) *rollup.Tx {
	t.Helper()
	tx := &rollup.Tx{Type: rollup.TxTransfer, To: crypto.PubkeyToAddress(c.users[to].PublicKey), Value: uint256.NewInt(1), Nonce: nonce}
	if err := tx.Sign(c.Domain, c.users[from]); err != nil {
		t.Fatal(err)
	}
	return tx
}

// waitBalances waits until every listed node holds the expected balances.
func (c *committee) waitBalances(t testing.TB, nodes []int, want map[common.Address]uint64, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok := true
		for _, i := range nodes {
			for a, w := range want {
				acct, err := c.Nodes[i].Account(a)
				if err != nil || acct.Balance.Uint64() != w {
					ok = false
				}
			}
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("balances not reached after %v; heads %v", timeout, c.heads())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSequencerCrashRestart crashes a sequencer (its process stops and its
// Pebble database is closed mid-run), lets the others carry on, and restarts
// it on the same disk: it resumes from disk and L1, catches up the heights
// it missed from its peers, and a transaction only it had received before
// the crash is neither lost nor applied twice.
func TestSequencerCrashRestart(t *testing.T) {
	const victim = 2
	dir := t.TempDir()
	var (
		db    *pebble.DB
		store *statetree.PebbleStore
		kv    *rollup.PebbleKV
	)
	stores := func(i int) (statetree.Store, rollup.KV, error) {
		if i != victim {
			return statetree.NewMemoryStore(), rollup.NewMemoryKV(), nil
		}
		var err error
		if db, err = pebble.Open(dir, nil); err != nil {
			return nil, nil, err
		}
		store, kv = statetree.NewPebbleStore(db), rollup.NewPebbleKV(db)
		return store, kv, nil
	}
	c := startCommittee(t, rolluptest.Options{Stores: stores, RoundTimeout: 300 * time.Millisecond}, 4)
	c.fundUsers(t, 1000)
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(c.users[i].PublicKey) }

	// Traffic before the crash.
	for n := range 3 {
		if _, err := c.Nodes[0].SubmitTx(c.ctx, c.transfer(t, 0, 1, uint64(n)), true); err != nil {
			t.Fatal(err)
		}
	}
	// A transaction only the victim holds (no gossip), then the crash.
	only := c.transfer(t, 2, 3, 0)
	if _, err := c.Nodes[victim].SubmitTx(c.ctx, only, false); err != nil {
		t.Fatal(err)
	}
	c.crash(victim)
	// Requests still in flight to the dead process fail; then the
	// database closes without a clean shutdown of the node.
	_ = store.Close()
	_ = kv.Close()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// The committee goes on without it (4 of 5 still cover 3 kinds).
	for n := 3; n < 6; n++ {
		if _, err := c.Nodes[0].SubmitTx(c.ctx, c.transfer(t, 0, 1, uint64(n)), true); err != nil {
			t.Fatal(err)
		}
	}
	others := []int{0, 1, 3, 4}
	c.waitBalances(t, others, map[common.Address]uint64{addr(1): 1006}, 20*time.Second)

	// Restart on the same disk.
	n, err := c.Reopen(c.ctx, victim)
	if err != nil {
		t.Fatal(err)
	}
	c.run(victim, n)
	c.waitBalances(t, []int{0, 1, 2, 3, 4}, map[common.Address]uint64{
		addr(0): 994, addr(1): 1006, addr(2): 999, addr(3): 1001,
	}, 30*time.Second)
	// Exactly once: the sender's nonce moved by one.
	for _, i := range []int{0, victim} {
		a, err := c.Nodes[i].Account(addr(2))
		if err != nil {
			t.Fatal(err)
		}
		if a.Nonce != 1 {
			t.Fatalf("node %d: sender nonce %d, want 1", i, a.Nonce)
		}
	}
	head, _ := c.L1.Head(c.ctx)
	if got := c.Nodes[victim].Head(); got.StateRoot != head.StateRoot && got.Height == head.Height {
		t.Fatalf("restarted node root %s, L1 %s", got.StateRoot, head.StateRoot)
	}
}

// TestLeaderWithholds: a leader that collects votes but never submits (or
// is simply silent) must not stall the rollup: the round times out and the
// next leader proposes.
func TestLeaderWithholds(t *testing.T) {
	// Node 1 withholds: it proposes and collects votes but never submits.
	c := startCommittee(t, rolluptest.Options{RoundTimeout: 200 * time.Millisecond, Submitters: submitters(1)}, 2)
	c.fundUsers(t, 100)
	// Send transfers one height at a time until node 1 has led a height
	// (round robin gives it every fifth one), however busy the machine.
	sent := 0
	for sent < 12 || c.Nodes[1].Stats().Proposed == 0 {
		if sent == 60 {
			t.Fatalf("node 1 never led in %d heights", sent)
		}
		if _, err := c.Nodes[0].SubmitTx(c.ctx, c.transfer(t, 0, 1, uint64(sent)), true); err != nil {
			t.Fatal(err)
		}
		sent++
		c.waitBalances(t, []int{0}, map[common.Address]uint64{crypto.PubkeyToAddress(c.users[1].PublicKey): 100 + uint64(sent)}, 30*time.Second)
	}
	c.waitBalances(t, []int{0, 1, 2, 3, 4}, map[common.Address]uint64{crypto.PubkeyToAddress(c.users[1].PublicKey): 100 + uint64(sent)}, 30*time.Second)
	if s := c.Nodes[1].Stats(); s.Submitted != 0 || s.Proposed == 0 {
		t.Fatalf("the withholding leader proposed %d and submitted %d headers; want >0 and 0", s.Proposed, s.Submitted)
	}
}

// byzantinePeer signs, with a leaked enclave key, a different header than
// the one it is asked to vote for.
type byzantinePeer struct {
	cmt.Peer
	key    *ecdsa.PrivateKey
	domain quorum.Domain
}

func (b byzantinePeer) Vote(_ context.Context, kind string, statement []byte) (quorum.Vote, error) {
	p, err := rollup.DecodeProposal(statement)
	if err != nil || kind != rollup.KindHeader {
		return quorum.Vote{}, errors.Join(err, errors.New("not a header"))
	}
	other := *p.Header
	other.StateRoot = common.HexToHash("0x0bad")
	return quorum.SignVote(quorum.KeySigner(b.key), b.domain, other.Hash())
}

// TestFollowerVotesForAnotherHeader: a follower that signs a different
// header is caught; its vote is kept as evidence and the rollup goes on.
func TestFollowerVotesForAnotherHeader(t *testing.T) {
	const liar = 3
	c := startCommittee(t, rolluptest.Options{}, 2, func(d *rolluptest.Devnet) {
		peers := append([]cmt.Peer(nil), d.Peers...)
		var enc interface{ Compromise() *ecdsa.PrivateKey }
		for _, e := range d.Enclaves {
			if e.Address() == d.Committee.Members[liar].Addr {
				enc = e
			}
		}
		peers[liar] = byzantinePeer{Peer: peers[liar], key: enc.Compromise(), domain: d.Domain.VoteDomain()}
		for _, n := range d.Nodes {
			n.SetPeers(peers)
		}
	})
	c.fundUsers(t, 100)
	if _, err := c.Nodes[0].SubmitTx(c.ctx, c.transfer(t, 0, 1, 0), true); err != nil {
		t.Fatal(err)
	}
	c.waitBalances(t, []int{0, 1, 2, 4}, map[common.Address]uint64{crypto.PubkeyToAddress(c.users[1].PublicKey): 101}, 20*time.Second)
	var found bool
	for i, n := range c.Nodes {
		for _, ev := range n.Evidence() {
			var wv *cmt.WrongVoteError
			if errors.As(ev, &wv) {
				if wv.Member != liar || wv.Vote.HeaderHash == wv.Asked {
					t.Fatalf("node %d: evidence %v names the wrong member or vote", i, wv)
				}
				found = true
			}
		}
	}
	if !found {
		t.Fatal("no node captured the wrong vote")
	}
}

func bigInt(v int64) *big.Int { return new(big.Int).SetInt64(v) }
