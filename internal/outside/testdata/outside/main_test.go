// Package outside is a module outside teerollup's tree (see
// internal/outside): it uses only the SDK's exported API, as a team
// composing its own sequencer would.
package outside

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// tdxPlusOne: a TDX signer and at least one other kind. An ordinary type
// implementing quorum.Rule, defined outside the SDK.
type tdxPlusOne struct{}

func (tdxPlusOne) Eval(t quorum.Tally) error {
	if t.SignersByKind[attest.KindTDX] == 0 || t.Kinds() < 2 {
		return fmt.Errorf("%w: want a TDX signer and another kind", quorum.ErrRuleNotMet)
	}
	return nil
}
func (tdxPlusOne) String() string  { return "tdx+1" }
func (tdxPlusOne) Validate() error { return nil }

// priceVoter: a statement kind of this module's own ("outside/price", 8
// bytes, a price a member accepts if it is below a cap), certified by the
// SDK's committee engine.
type priceVoter struct{ key *ecdsa.PrivateKey }

func digest(st []byte) common.Hash { return crypto.Keccak256Hash([]byte("outside/price"), st) }

func (p priceVoter) Vote(_ context.Context, _ common.Address, st []byte) (quorum.Vote, error) {
	if len(st) != 8 || new(big.Int).SetBytes(st).Cmp(big.NewInt(1000)) > 0 {
		return quorum.Vote{}, fmt.Errorf("price refused")
	}
	return quorum.SignVote(quorum.KeySigner(p.key), domain, digest(st))
}

var domain = quorum.Domain{ChainID: big.NewInt(1), Verifier: common.HexToAddress("0x0000000000000000000000000000000000000bad")}

// TestOutsideRuleAndStatement: an outside rule with the committee engine
// and Simulate, and a custom statement kind on the shared transport.
func TestOutsideRuleAndStatement(t *testing.T) {
	kinds := []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindCSV}
	var ms []quorum.Member
	keys := map[common.Address]*ecdsa.PrivateKey{}
	for i, k := range kinds {
		key := chaintest.DeterministicKey(fmt.Sprint("outside member ", i))
		keys[crypto.PubkeyToAddress(key.PublicKey)] = key
		ms = append(ms, quorum.Member{Addr: crypto.PubkeyToAddress(key.PublicKey), Kind: k, Weight: 1})
	}
	c, err := quorum.NewCommittee(ms...)
	if err != nil {
		t.Fatal(err)
	}
	peers := make([]committee.Peer, len(c.Members))
	for i, m := range c.Members {
		mux := committee.NewMux()
		if err := mux.Handle("outside/price", priceVoter{keys[m.Addr]}); err != nil {
			t.Fatal(err)
		}
		peers[i] = committee.LocalPeer{Mux: mux}
	}
	st := big.NewInt(999).FillBytes(make([]byte, 8))
	e := &committee.Engine{Domain: domain}
	votes, _ := e.Collect(context.Background(), committee.Request{Kind: "outside/price", Statement: st, Digest: digest(st), Committee: c, Self: -1, Peers: peers})
	qc, err := committee.Certify(tdxPlusOne{}, c, domain, digest(st), votes, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := quorum.Verify(tdxPlusOne{}, c, domain, digest(st), qc); err != nil {
		t.Fatal(err)
	}
	// The trimmed QC keeps the TDX signer: the rule, not the index order,
	// decides what is dropped.
	tdx, _ := c.Index(ms[1].Addr)
	if !qc.Signers.Has(tdx) || qc.Signers.Count() != 2 {
		t.Fatalf("trimmed QC signers %v", qc.Signers.Indices())
	}
	// An outside rule has no on-chain encoding: the SDK says so.
	if _, err := quorum.EncodeRule(tdxPlusOne{}); err == nil {
		t.Fatal("an outside rule encoded for the chain")
	}
}

// TestCommitteeOnTheTestKit: a whole rollup from the public test kit
// credits a deposit on every node.
func TestCommitteeOnTheTestKit(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	admin := chaintest.DeterministicKey("outside admin")
	var subs []*ecdsa.PrivateKey
	funded := []common.Address{crypto.PubkeyToAddress(admin.PublicKey)}
	for i := range 5 {
		subs = append(subs, chaintest.DeterministicKey(fmt.Sprint("outside submitter ", i)))
		funded = append(funded, crypto.PubkeyToAddress(subs[i].PublicKey))
	}
	backend, err := chaintest.NewBackend(funded)
	if err != nil {
		t.Fatal(err)
	}
	mining := make(chan struct{})
	go func() { defer close(mining); chaintest.AutoCommit(ctx, backend, 20*time.Millisecond) }()
	t.Cleanup(func() { cancel(); <-mining; backend.Close() })
	d, err := rolluptest.Start(ctx, rolluptest.Options{Backend: backend.Client(), Admin: admin, Submitters: subs, PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range d.Nodes {
		go n.Run(ctx)
	}
	chainID, _ := backend.Client().ChainID(ctx)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	if _, err := d.L1.Deposit(ctx, bind.NewKeyedTransactor(admin, chainID), to, big.NewInt(1e15)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for _, n := range d.Nodes {
		for {
			if a, err := n.Account(to); err == nil && !a.Balance.IsZero() {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("deposit not credited")
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}
