package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	cmt "github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
	"github.com/teerollup/teerollup/statetree"
)

// testKey is an EnclaveKey outside any TEE: an outsider's key.
type testKey struct{ k *ecdsa.PrivateKey }

func newTestKey(t testing.TB) testKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return testKey{k}
}

func (t testKey) Address() common.Address { return crypto.PubkeyToAddress(t.k.PublicKey) }
func (t testKey) Sign(h common.Hash) ([]byte, error) {
	return crypto.Sign(h[:], t.k)
}

// signProposal signs p for its round with key (nil: left unsigned).
func signProposal(t testing.TB, d rollup.Domain, key *ecdsa.PrivateKey, p *rollup.Proposal) *rollup.Proposal {
	t.Helper()
	if key == nil {
		return p
	}
	sig, err := crypto.Sign(rollup.ProposalDigest(d.VoteDomain(), p.Header.Hash(), p.Round).Bytes(), key)
	if err != nil {
		t.Fatal(err)
	}
	copy(p.Sig[:], sig)
	return p
}

// memberKey leaks the enclave key of committee member i.
func memberKey(d *rolluptest.Devnet, i int) *ecdsa.PrivateKey {
	for _, e := range d.Enclaves {
		if e.Address() == d.Committee.Members[i].Addr {
			return e.Compromise()
		}
	}
	panic("no such member")
}

// storedProposals counts the proposals a node keeps in kv.
func storedProposals(t testing.TB, kv rollup.KV) int {
	t.Helper()
	n := 0
	if err := kv.Scan([]byte("node/prop/"), func(_, _ []byte) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// idleCommittee is a running committee without traffic (nobody proposes),
// with node 0's KV at hand.
func idleCommittee(t *testing.T) (*committee, rollup.KV) {
	var kv0 rollup.KV
	c := startCommittee(t, rolluptest.Options{Stores: func(i int) (statetree.Store, rollup.KV, error) {
		kv := rollup.NewMemoryKV()
		if i == 0 {
			kv0 = kv
		}
		return statetree.NewMemoryStore(), kv, nil
	}}, 1)
	return c, kv0
}

// TestOutsiderCannotGetVote: only the committee member that leads at
// (height, round), signing inside its enclave, gets a follower to execute
// and vote. Before: any proposal extending the checkpoint got a vote.
func TestOutsiderCannotGetVote(t *testing.T) {
	c, kv := idleCommittee(t)
	node := c.Nodes[0]
	head := node.Head()
	height := head.Height + 1
	leader := int(height % 5) // RoundRobin, round 0
	notLeader := (leader + 1) % 5
	if leader == 0 || notLeader == 0 {
		t.Fatalf("setup: node 0 must follow at height %d", height)
	}
	outsider := newTestKey(t).k
	for _, tc := range []struct {
		name  string
		key   *ecdsa.PrivateKey
		round uint64
		want  error
	}{
		{"unsigned", nil, 0, rollup.ErrUnsignedProposal},
		{"outsider", outsider, 0, rollup.ErrNotMember},
		{"member not leading", memberKey(c.Devnet, notLeader), 0, rollup.ErrNotLeader},
		{"leader of a far round", memberKey(c.Devnet, leader), 5, rollup.ErrFutureRound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// An empty header of the attacker's choosing: it would skip
			// queued deposits and own the ordering.
			p := signProposal(t, c.Domain, tc.key, &rollup.Proposal{
				Header: &rollup.Header{ParentHash: head.HeaderHash, Height: height, StateRoot: head.StateRoot, DepositIndex: head.DepositIndex, DepositAcc: head.DepositAcc},
				Round:  tc.round,
			})
			_, err := node.HandleVote(c.ctx, p)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if n := node.Enclave().ExecutedCount(); n != 0 {
				t.Fatalf("%d batches executed", n)
			}
			if n := storedProposals(t, kv); n != 0 {
				t.Fatalf("%d proposals stored", n)
			}
		})
	}
}

// TestJunkProposalsBounded: 300 junk proposals (unsigned, from outsiders,
// and equivocations of the real leader's leaked key) leave nothing stored
// and nothing executed kept. Before: each was executed and retained.
func TestJunkProposalsBounded(t *testing.T) {
	c, kv := idleCommittee(t)
	node := c.Nodes[0]
	head := node.Head()
	height := head.Height + 1
	leaderKey := memberKey(c.Devnet, int(height%5))
	var equivocations int
	for i := range 300 {
		var key *ecdsa.PrivateKey
		switch i % 3 {
		case 1:
			key = newTestKey(t).k
		case 2:
			key = leaderKey
		}
		p := signProposal(t, c.Domain, key, &rollup.Proposal{Header: &rollup.Header{
			ParentHash: head.HeaderHash, Height: height, StateRoot: common.BigToHash(big.NewInt(int64(i + 1))),
			DepositIndex: head.DepositIndex, DepositAcc: head.DepositAcc,
		}})
		_, err := node.HandleVote(c.ctx, p)
		if err == nil {
			t.Fatalf("junk proposal %d got a vote", i)
		}
		if errors.Is(err, rollup.ErrEquivocation) {
			equivocations++
		}
	}
	if equivocations != 99 { // all but the leader's first
		t.Fatalf("%d equivocations refused, want 99", equivocations)
	}
	if n := node.Enclave().ExecutedCount(); n != 0 {
		t.Fatalf("%d executed batches kept", n)
	}
	if n := storedProposals(t, kv); n != 0 {
		t.Fatalf("%d proposals stored", n)
	}
}

// TestEnclaveSignsOneHeaderPerHeight: an honest enclave signs, as voter or
// proposer, a second header at a height only if it is the same header,
// also after a restart on the same (Pebble) store. Before: two different
// headers at one height were both certified by every honest member.
func TestEnclaveSignsOneHeaderPerHeight(t *testing.T) {
	d := rollup.Domain{ChainID: big.NewInt(1337), TSC: common.HexToAddress("0x7e5c")}
	var noDeposits depositQueue
	open := func(key rollup.EnclaveKey, kv rollup.KV) *rollup.Enclave {
		t.Helper()
		e, err := rollup.OpenEnclave(key, d, statetree.NewMemoryStore(), noDeposits, rollup.Checkpoint{}, kv)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	leaderA, leaderB := open(newTestKey(t), rollup.NewMemoryKV()), open(newTestKey(t), rollup.NewMemoryKV())
	dir := t.TempDir()
	db, err := pebble.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	followerKey := newTestKey(t)
	follower := open(followerKey, rollup.NewPebbleKV(db))

	// Two batches, two headers at height 1: empty, and a transfer that fails.
	user := newTestKey(t).k
	tx := &rollup.Tx{Type: rollup.TxTransfer, To: common.Address{1}, Value: uint256.NewInt(1)}
	if err := tx.Sign(d, user); err != nil {
		t.Fatal(err)
	}
	p1, _, _, err := leaderA.Propose(nil, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	p2, _, _, err := leaderB.Propose([]*rollup.Tx{tx}, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	h1, h2 := p1.Header.Hash(), p2.Header.Hash()
	if h1 == h2 || p1.Header.Height != p2.Header.Height {
		t.Fatal("setup: want two headers at one height")
	}
	if _, err := follower.Vote(p1, nil); err != nil {
		t.Fatal(err)
	}
	checkLocked := func(what string, err error) {
		t.Helper()
		var le *rollup.LockError
		if !errors.As(err, &le) || !errors.Is(err, rollup.ErrLocked) || le.Locked != h1 || le.Height != 1 {
			t.Fatalf("%s: got %v, want a lock on %s", what, err, h1)
		}
	}
	_, err = follower.Vote(p2, nil)
	checkLocked("second header", err)
	if n := follower.ExecutedCount(); n != 1 {
		t.Fatalf("the refused header was executed: %d batches kept", n)
	}
	if _, err := follower.Vote(p1, nil); err != nil {
		t.Fatalf("same header again: %v", err)
	}
	// A leader is bound the same way, and may re-propose its header.
	_, _, _, err = leaderA.Propose([]*rollup.Tx{tx}, nil, 1)
	checkLocked("leader's second header", err)
	if rp, _, err := leaderA.ProposeExecuted(h1, 1); err != nil || rp.Round != 1 || rp.Header.Hash() != h1 {
		t.Fatalf("re-proposal: %v", err)
	}

	// Restart on the same store: the lock is still there.
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if db, err = pebble.Open(dir, nil); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	follower = open(followerKey, rollup.NewPebbleKV(db))
	if l, ok := follower.Locked(1); !ok || l != h1 {
		t.Fatalf("after restart: lock %s, %v", l, ok)
	}
	_, err = follower.Vote(p2, nil)
	checkLocked("after restart", err)
	if _, err := follower.Vote(p1, nil); err != nil {
		t.Fatalf("after restart, same header: %v", err)
	}
	// A proposal signature is never a vote (nor the other way round).
	if p1.Sig == [65]byte{} {
		t.Fatal("unsigned proposal from Propose")
	}
	if rollup.ProposalDigest(d.VoteDomain(), h1, 0) == quorum.VoteDigest(d.VoteDomain(), h1) {
		t.Fatal("proposal digest equals the vote digest")
	}
}

type depositQueue struct{}

func (depositQueue) Deposit(uint64) (common.Address, *uint256.Int, bool) {
	return common.Address{}, nil, false
}

// TestPeerRPCAuth: over HTTP, the peer API refuses unsigned, stale and
// non-member envelopes before any work, and the client API exposes no peer
// method. Before: teerollup_vote sat unauthenticated on the client server.
func TestPeerRPCAuth(t *testing.T) {
	c, _ := idleCommittee(t)
	node := c.Nodes[0]
	peerSrv, err := rollup.NewPeerRPCServer(node)
	if err != nil {
		t.Fatal(err)
	}
	clientSrv, err := rollup.NewRPCServer(node)
	if err != nil {
		t.Fatal(err)
	}
	peerHTTP, clientHTTP := httptest.NewServer(peerSrv), httptest.NewServer(clientSrv)
	t.Cleanup(func() { peerHTTP.Close(); clientHTTP.Close(); peerSrv.Stop(); clientSrv.Stop() })
	ctx, cancel := context.WithTimeout(c.ctx, 10*time.Second)
	defer cancel()

	head := node.Head()
	height := head.Height + 1
	p := signProposal(t, c.Domain, memberKey(c.Devnet, int(height%5)), &rollup.Proposal{
		Header: &rollup.Header{ParentHash: head.HeaderHash, Height: height, StateRoot: common.Hash{9}},
	})
	raw, err := rpc.DialContext(ctx, peerHTTP.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	outsider, err := rollup.NewEnclave(newTestKey(t), c.Domain, statetree.NewMemoryStore(), depositQueue{}, rollup.Checkpoint{})
	if err != nil {
		t.Fatal(err)
	}
	member := c.Nodes[1].Enclave()
	for _, tc := range []struct {
		name string
		call func() error
		want string
	}{
		{"no envelope", func() error {
			var out any
			return raw.CallContext(ctx, &out, cmt.Namespace+"_vote", nil, rollup.KindHeader, hexutil.Bytes(p.Encode()))
		}, "unsigned request"},
		{"forged envelope", func() error {
			var out any
			env := cmt.Envelope{Sender: member.Address(), Time: hexutil.Uint64(time.Now().UnixMilli()), Sig: make([]byte, 65)}
			return raw.CallContext(ctx, &out, cmt.Namespace+"_vote", env, rollup.KindHeader, hexutil.Bytes(p.Encode()))
		}, "bad envelope signature"},
		{"stale envelope", func() error {
			old := &cmt.RPCPeer{C: raw, Signer: member, To: node.Enclave().Address(), Now: func() time.Time { return time.Now().Add(-time.Minute) }}
			_, err := old.Vote(ctx, rollup.KindHeader, p.Encode())
			return err
		}, "stale envelope"},
		{"future envelope", func() error {
			early := &cmt.RPCPeer{C: raw, Signer: member, To: node.Enclave().Address(), Now: func() time.Time { return time.Now().Add(time.Minute) }}
			_, err := early.Fetch(ctx, rollup.KindProposal, p.Header.Hash().Bytes())
			return err
		}, "stale envelope"},
		{"envelope for another member", func() error {
			// A member's request to node 1, replayed to node 0.
			other := &cmt.RPCPeer{C: raw, Signer: member, To: c.Nodes[2].Enclave().Address()}
			_, err := other.Vote(ctx, rollup.KindHeader, p.Encode())
			return err
		}, "bad envelope signature"},
		{"non-member", func() error {
			_, err := (&cmt.RPCPeer{C: raw, Signer: outsider, To: node.Enclave().Address()}).Vote(ctx, rollup.KindHeader, p.Encode())
			return err
		}, "not a committee member"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var code rpc.Error // a raw call gets the wire error: its code
			auth := errors.Is(err, cmt.ErrPeerAuth) || errors.As(err, &code) && code.ErrorCode() == cmt.RPCCodePeerAuth
			if !auth || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if n := node.Enclave().ExecutedCount(); n != 0 {
				t.Fatalf("%d batches executed", n)
			}
		})
	}
	// A member's signed request passes authentication and reaches the
	// proposal checks (here: the leader's signature over a header its
	// batch does not produce).
	peer, err := cmt.Dial(ctx, peerHTTP.URL, member, node.Enclave().Address())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := peer.Vote(ctx, rollup.KindHeader, p.Encode()); err == nil || errors.Is(err, cmt.ErrPeerAuth) || !strings.Contains(err.Error(), "re-execution") {
		t.Fatalf("signed request: %v", err)
	}
	if _, err := peer.Fetch(ctx, rollup.KindProposal, common.Hash{1}.Bytes()); err == nil || errors.Is(err, cmt.ErrPeerAuth) {
		t.Fatalf("signed proposal request: %v", err)
	}

	// The client API: head works, the peer methods do not exist there.
	client, err := rollup.DialClient(ctx, clientHTTP.URL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Head(ctx); err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"teerollup_vote", "teerollup_proposal", "teerollup_relayTransaction", cmt.Namespace + "_vote"} {
		var out any
		err := client.C.CallContext(ctx, &out, m, hexutil.Bytes(p.Encode()))
		if err == nil || !strings.Contains(err.Error(), "does not exist") {
			t.Fatalf("client API %s: %v", m, err)
		}
	}
}

// TestReplayedVoteRequestNotReexecuted: a vote request replayed within the
// envelope's time window (by an outsider who saw it on the wire) gets the
// same vote back without another execution. Before: every replay re-ran
// the batch.
func TestReplayedVoteRequestNotReexecuted(t *testing.T) {
	c, _ := idleCommittee(t)
	node := c.Nodes[0]
	height := node.Head().Height + 1
	leader := c.Nodes[int(height%5)]
	p, _, _, err := leader.Enclave().Propose(nil, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	before := node.Enclave().Executions()
	first, err := node.HandleVote(c.ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		v, err := node.HandleVote(c.ctx, p)
		if err != nil || v != first {
			t.Fatalf("replay: %v, %v", v, err)
		}
	}
	if n := node.Enclave().Executions() - before; n != 1 {
		t.Fatalf("%d executions for one proposal and 20 replays", n)
	}
}

// TestLaterRoundLeaderKeepsLocks: the leader of round 0 got some members to
// sign its header A and then went quiet; the leader of round 1, itself
// unlocked, asks the members for their locks and re-proposes A instead of
// a new header that the locked members could never sign (which would
// split the committee's locks and stall the height).
func TestLaterRoundLeaderKeepsLocks(t *testing.T) {
	c, _ := idleCommittee(t)
	height := c.Nodes[0].Head().Height + 1
	l0, l1 := int(height%5), int((height+1)%5) // RoundRobin
	// A: a batch with a transfer from an empty account (it fails, but the
	// header differs from the empty one a fresh round-1 proposal makes).
	tx := &rollup.Tx{Type: rollup.TxTransfer, To: common.Address{1}, Value: uint256.NewInt(1)}
	if err := tx.Sign(c.Domain, newTestKey(t).k); err != nil {
		t.Fatal(err)
	}
	a, _, _, err := c.Nodes[l0].Enclave().Propose([]*rollup.Tx{tx}, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	locked := 0
	for i, n := range c.Nodes {
		if i == l0 || i == l1 || locked == 2 {
			continue
		}
		if _, err := n.HandleVote(c.ctx, a); err != nil {
			t.Fatalf("member %d: %v", i, err)
		}
		locked++
	}
	c.Nodes[l1].SetRound(1)
	if err := c.Nodes[l1].ProposeNow(c.ctx); err != nil {
		t.Fatal(err)
	}
	if got, ok := c.Nodes[l1].Enclave().Locked(height); !ok || got != a.Header.Hash() {
		t.Fatalf("round-1 leader signed %s (%v), want the locked header %s", got, ok, a.Header.Hash())
	}
}
