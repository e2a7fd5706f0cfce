package committee_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
)

var domain = quorum.Domain{ChainID: big.NewInt(1), Verifier: common.HexToAddress("0x000000000000000000000000000000000000c0de")}

// member is a committee member's enclave in these tests: a key that signs
// votes and envelopes.
type member struct{ k *ecdsa.PrivateKey }

func memberKey(i int) member {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("committee test member %d", i))))
	return member{k}
}

func (m member) Address() common.Address { return crypto.PubkeyToAddress(m.k.PublicKey) }
func (m member) SignEnvelope(to common.Address, method string, payloadHash common.Hash, ts uint64) ([65]byte, error) {
	var out [65]byte
	sig, err := crypto.Sign(committee.EnvelopeDigest(domain, m.Address(), to, method, payloadHash, ts).Bytes(), m.k)
	copy(out[:], sig)
	return out, err
}

// evenVoter votes on a statement (an 8-byte number) iff it is even: each
// member checks that independently.
type evenVoter struct {
	m     member
	calls *int
}

var errOdd = errors.New("odd")

func digestOf(statement []byte) common.Hash { return crypto.Keccak256Hash([]byte("even"), statement) }

func (v evenVoter) Vote(_ context.Context, _ common.Address, statement []byte) (quorum.Vote, error) {
	if v.calls != nil {
		*v.calls++
	}
	if len(statement) != 8 || statement[7]%2 != 0 {
		return quorum.Vote{}, errOdd
	}
	return quorum.SignVote(quorum.KeySigner(v.m.k), domain, digestOf(statement))
}

// setup makes n members of distinct kinds, each with a Mux handling
// "test/even".
func setup(t testing.TB, n int) (*quorum.Committee, []member, []*committee.Mux) {
	fatal := func(err error) { // t is nil in examples
		if t == nil {
			panic(err)
		}
		t.Helper()
		t.Fatal(err)
	}
	kinds := []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindCSV, attest.KindSEVSNP}
	var ms []quorum.Member
	byAddr := map[common.Address]member{}
	for i := range n {
		m := memberKey(i)
		byAddr[m.Address()] = m
		ms = append(ms, quorum.Member{Addr: m.Address(), Kind: kinds[i%len(kinds)], Weight: 1})
	}
	c, err := quorum.NewCommittee(ms...)
	if err != nil {
		fatal(err)
	}
	members := make([]member, n)
	muxes := make([]*committee.Mux, n)
	for i, m := range c.Members {
		members[i] = byAddr[m.Addr]
		muxes[i] = committee.NewMux()
		if err := muxes[i].Handle("test/even", evenVoter{m: members[i]}); err != nil {
			fatal(err)
		}
	}
	return c, members, muxes
}

func TestMuxHandle(t *testing.T) {
	m := committee.NewMux()
	if err := m.Handle("k", evenVoter{}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		kind string
		h    any
	}{
		{"empty kind", "", evenVoter{}},
		{"long kind", string(bytes.Repeat([]byte("k"), committee.MaxKindLen+1)), evenVoter{}},
		{"nil handler", "x", nil},
		{"no role", "x", struct{}{}},
		{"taken", "k", evenVoter{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := m.Handle(tc.kind, tc.h); !errors.Is(err, committee.ErrBadHandler) {
				t.Fatalf("got %v, want ErrBadHandler", err)
			}
		})
	}
	ctx := context.Background()
	if _, err := m.ServeVote(ctx, common.Address{}, "nope", nil); !errors.Is(err, committee.ErrUnknownKind) {
		t.Fatalf("unknown kind: %v", err)
	}
	if _, err := m.ServeFetch(ctx, common.Address{}, "k", nil); !errors.Is(err, committee.ErrUnsupported) {
		t.Fatalf("fetch from a voter: %v", err)
	}
	if err := m.ServeDeliver(ctx, common.Address{}, "k", nil); !errors.Is(err, committee.ErrUnsupported) {
		t.Fatalf("deliver to a voter: %v", err)
	}
}

// lyingPeer returns a vote for another statement.
type lyingPeer struct{ m member }

func (l lyingPeer) Vote(context.Context, string, []byte) (quorum.Vote, error) {
	return quorum.SignVote(quorum.KeySigner(l.m.k), domain, digestOf([]byte("something else")))
}
func (lyingPeer) Fetch(context.Context, string, []byte) ([]byte, error) { return nil, errors.New("no") }
func (lyingPeer) Deliver(context.Context, string, []byte) error         { return errors.New("no") }

func TestCollectCertifyTrim(t *testing.T) {
	c, members, muxes := setup(t, 4)
	peers := make([]committee.Peer, 4)
	for i := range peers {
		peers[i] = committee.LocalPeer{Mux: muxes[i]}
	}
	peers[2] = lyingPeer{members[2]} // evidence
	peers[3] = nil                   // unreachable
	var evidence []error
	e := &committee.Engine{Domain: domain, Evidence: func(err error) { evidence = append(evidence, err) }}
	st := []byte{0, 0, 0, 0, 0, 0, 0, 42}
	d := digestOf(st)
	votes, answers := e.Collect(context.Background(), committee.Request{Kind: "test/even", Statement: st, Digest: d, Committee: c, Self: 0, Peers: peers})
	if len(votes) != 1 || votes[0].Signer != c.Members[1].Addr {
		t.Fatalf("votes %+v, want member 1's only", votes)
	}
	var wv *committee.WrongVoteError
	if !errors.As(answers[2].Err, &wv) || wv.Member != 2 || len(evidence) != 1 {
		t.Fatalf("member 2: %v, evidence %v", answers[2].Err, evidence)
	}
	if !errors.Is(answers[3].Err, committee.ErrNoPeer) || answers[0].Err != nil {
		t.Fatalf("answers %+v", answers)
	}
	own, _ := quorum.SignVote(quorum.KeySigner(members[0].k), domain, d)
	rule := quorum.DistinctKinds{K: 2}
	qc, err := committee.Certify(rule, c, domain, d, append(votes, own), true)
	if err != nil {
		t.Fatal(err)
	}
	if err := quorum.Verify(rule, c, domain, d, qc); err != nil || qc.Signers.Count() != 2 {
		t.Fatalf("qc: %v, %d signers", err, qc.Signers.Count())
	}
	if _, err := committee.Certify(quorum.DistinctKinds{K: 3}, c, domain, d, append(votes, own), true); err == nil {
		t.Fatal("two kinds certified under kinds>=3")
	}
	// An odd statement: every member refuses.
	odd := []byte{0, 0, 0, 0, 0, 0, 0, 7}
	votes, answers = e.Collect(context.Background(), committee.Request{Kind: "test/even", Statement: odd, Digest: digestOf(odd), Committee: c, Self: -1, Peers: peers[:2]})
	if len(votes) != 0 || !errors.Is(answers[0].Err, errOdd) || !errors.Is(answers[1].Err, errOdd) {
		t.Fatalf("odd: %v %+v", votes, answers)
	}
}

func TestTrimKeepsRule(t *testing.T) {
	c, members, _ := setup(t, 4)
	d := digestOf([]byte{2})
	var votes []quorum.Vote
	for _, m := range members {
		v, _ := quorum.SignVote(quorum.KeySigner(m.k), domain, d)
		votes = append(votes, v)
	}
	for k := 1; k <= 4; k++ {
		rule := quorum.DistinctKinds{K: uint8(k)}
		qc, err := committee.Certify(rule, c, domain, d, votes, true)
		if err != nil {
			t.Fatal(err)
		}
		if qc.Signers.Count() != k || quorum.Verify(rule, c, domain, d, qc) != nil {
			t.Fatalf("kinds>=%d: %d signers", k, qc.Signers.Count())
		}
	}
}

// TestServerAuth: over JSON-RPC, a statement of any kind reaches its
// handler only with an envelope from a current member for this recipient.
func TestServerAuth(t *testing.T) {
	c, members, muxes := setup(t, 3)
	calls := 0
	mux := committee.NewMux()
	if err := mux.Handle("test/even", evenVoter{m: members[0], calls: &calls}); err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	srv, err := committee.NewServer(mux, committee.Auth{Domain: domain, Self: members[0].Address(), Members: func() *quorum.Committee { return c }, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	_ = muxes
	ctx := context.Background()
	peer := func(from member, to common.Address, at time.Time) *committee.RPCPeer {
		p, err := committee.Dial(ctx, hs.URL, from, to)
		if err != nil {
			t.Fatal(err)
		}
		p.Now = func() time.Time { return at }
		t.Cleanup(p.Close)
		return p
	}
	st := []byte{0, 0, 0, 0, 0, 0, 0, 4}
	for _, tc := range []struct {
		name string
		p    *committee.RPCPeer
		want error
	}{
		{"member", peer(members[1], members[0].Address(), now), nil},
		{"outsider", peer(memberKey(99), members[0].Address(), now), committee.ErrPeerAuth},
		{"for another member", peer(members[1], members[2].Address(), now), committee.ErrPeerAuth},
		{"stale", peer(members[1], members[0].Address(), now.Add(-time.Minute)), committee.ErrPeerAuth},
		{"future", peer(members[1], members[0].Address(), now.Add(time.Minute)), committee.ErrPeerAuth},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := calls
			v, err := tc.p.Vote(ctx, "test/even", st)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if tc.want == nil && (v.Signer != members[0].Address() || v.Verify(domain) != nil) {
				t.Fatalf("vote %+v", v)
			}
			if tc.want != nil && calls != before {
				t.Fatal("an unauthenticated request reached the handler")
			}
		})
	}
	// A handler's error comes back as a RemoteError.
	_, err = peer(members[1], members[0].Address(), now).Vote(ctx, "test/even", []byte{1})
	var re *committee.RemoteError
	if !errors.As(err, &re) {
		t.Fatalf("odd statement: %v", err)
	}
}

func TestSubmit(t *testing.T) {
	ctx := context.Background()
	errTemp, errFinal := errors.New("temporary"), errors.New("final")
	for _, tc := range []struct {
		name      string
		fails     []error
		wantCalls int
		want      error
	}{
		{"first try", nil, 1, nil},
		{"retry then ok", []error{errTemp}, 2, nil},
		{"final stops", []error{errFinal, errTemp}, 1, errFinal},
		{"gives up", []error{errTemp, errTemp, errTemp}, 3, errTemp},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			err := committee.Submit(ctx, 3, func(err error) bool { return errors.Is(err, errFinal) }, func(context.Context) error {
				calls++
				if calls <= len(tc.fails) {
					return tc.fails[calls-1]
				}
				return nil
			})
			if !errors.Is(err, tc.want) || calls != tc.wantCalls {
				t.Fatalf("got %v after %d calls, want %v after %d", err, calls, tc.want, tc.wantCalls)
			}
		})
	}
}
