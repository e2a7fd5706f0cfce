package challenge_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// A DAP client is a challenge proof source through DAPSource.
var _ challenge.BalanceProver = (*dap.Client)(nil)

// countingBackend counts the transactions sent through it.
type countingBackend struct {
	rollup.Backend
	sent atomic.Int64
}

func (b *countingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.sent.Add(1)
	return b.Backend.SendTransaction(ctx, tx)
}

// TestClientChecksSettingsFirst checks that a Client missing a setting says
// so (ErrConfig) before it sends anything: before, Start paid the bond and
// only then reported that it could not wait for the receipt, so a
// retrying wallet paid twice.
func TestClientChecksSettingsFirst(t *testing.T) {
	ctx := context.Background()
	chain := chaintest.New(t)
	l1, txs, err := rollup.Deploy(ctx, chain.Client, chain.Transactor(0), chain.Accounts[0].Address, chain.Accounts[0].Address, common.Hash{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chaintest.Settle(ctx, chain.Backend, txs...); err != nil {
		t.Fatal(err)
	}
	backend := &countingBackend{Backend: chain.Client}
	counted := rollup.NewL1(backend, l1.Deployment())
	auth := chain.Transactor(1)
	auth.GasLimit = 1_000_000 // no gas estimation: a transaction would really be sent
	wait := func(context.Context, *types.Transaction) (*types.Receipt, error) {
		return nil, errors.New("test: nothing should be awaited")
	}
	tx := signedTx(t, 0)
	src := challenge.TreeSource{Store: statetree.NewMemoryStore()}

	tests := []struct {
		name   string
		client challenge.Client
		call   func(c *challenge.Client) error
	}{
		{name: "Start without Wait or Backend", client: challenge.Client{L1: counted, Auth: auth},
			call: func(c *challenge.Client) error { _, err := c.Start(ctx, tx); return err }},
		{name: "Start without Auth", client: challenge.Client{L1: counted, Wait: wait},
			call: func(c *challenge.Client) error { _, err := c.Start(ctx, tx); return err }},
		{name: "Start without L1", client: challenge.Client{Auth: auth, Wait: wait},
			call: func(c *challenge.Client) error { _, err := c.Start(ctx, tx); return err }},
		{name: "Start a nil transaction", client: challenge.Client{L1: counted, Auth: auth, Wait: wait},
			call: func(c *challenge.Client) error { _, err := c.Start(ctx, nil); return err }},
		{name: "Settle without Wait or Backend", client: challenge.Client{L1: counted, Auth: auth},
			call: func(c *challenge.Client) error { _, err := c.Settle(ctx, 0); return err }},
		{name: "ReclaimBond without Wait or Backend", client: challenge.Client{L1: counted, Auth: auth},
			call: func(c *challenge.Client) error { _, err := c.ReclaimBond(ctx, 0); return err }},
		{name: "Withdraw without Wait or Backend", client: challenge.Client{L1: counted, Auth: auth},
			call: func(c *challenge.Client) error { _, _, err := c.Withdraw(ctx, src); return err }},
		{name: "Withdraw from a nil source", client: challenge.Client{L1: counted, Auth: auth, Wait: wait},
			call: func(c *challenge.Client) error { _, _, err := c.Withdraw(ctx, nil); return err }},
		{name: "RefundDeposits without Wait or Backend", client: challenge.Client{L1: counted, Auth: auth},
			call: func(c *challenge.Client) error { _, err := c.RefundDeposits(ctx, 10); return err }},
		{name: "RefundDeposits zero per call", client: challenge.Client{L1: counted, Auth: auth, Wait: wait},
			call: func(c *challenge.Client) error { _, err := c.RefundDeposits(ctx, 0); return err }},
		{name: "Status without L1", client: challenge.Client{},
			call: func(c *challenge.Client) error { _, err := c.Status(ctx, 0); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := backend.sent.Load()
			c := tt.client
			if err := tt.call(&c); !errors.Is(err, challenge.ErrConfig) {
				t.Fatalf("err = %v, want ErrConfig", err)
			}
			if n := backend.sent.Load() - before; n != 0 {
				t.Fatalf("%d transactions sent before the setting was checked", n)
			}
		})
	}
}

// fakeDAP answers balance proofs from a tree, recording what it was asked.
type fakeDAP struct {
	store  statetree.Store
	err    error
	noProf bool
	asked  *rollup.Header
}

func (f *fakeDAP) BalanceProof(_ context.Context, h *rollup.Header, addr common.Address) (statetree.Account, *statetree.Proof, error) {
	f.asked = h
	if f.err != nil {
		return statetree.Account{}, nil, f.err
	}
	tr, err := statetree.New(f.store, h.StateRoot)
	if err != nil {
		return statetree.Account{}, nil, err
	}
	a, p, err := tr.GetWithProof(addr)
	if f.noProf {
		p = nil
	}
	return a, p, err
}

func TestDAPSource(t *testing.T) {
	alice := common.HexToAddress("0xa11ce")
	store, root := tree(t, statetree.Account{Address: alice, Balance: uint256.NewInt(7), Nonce: 2})
	head := rollup.Head{Height: 9, StateRoot: root}
	errDown := errors.New("dap down")

	tests := []struct {
		name    string
		dap     *fakeDAP
		wantErr []error
	}{
		{name: "serves a proof", dap: &fakeDAP{store: store}},
		{name: "DAP error", dap: &fakeDAP{store: store, err: errDown}, wantErr: []error{challenge.ErrNoProof, errDown}},
		{name: "no proof", dap: &fakeDAP{store: store, noProf: true}, wantErr: []error{challenge.ErrNoProof}},
		{name: "no DAP client", wantErr: []error{challenge.ErrConfig}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := challenge.DAPSource{}
			if tt.dap != nil {
				src.DAP = tt.dap
			}
			acct, proof, err := challenge.Sources{src}.Proof(context.Background(), head, alice)
			for _, want := range tt.wantErr {
				if !errors.Is(err, want) {
					t.Fatalf("err = %v, want %v", err, want)
				}
			}
			if len(tt.wantErr) > 0 {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.dap.asked.Height != head.Height || tt.dap.asked.StateRoot != head.StateRoot {
				t.Fatalf("DAP asked for %+v, want height %d root %s", tt.dap.asked, head.Height, head.StateRoot)
			}
			if acct.Balance.Uint64() != 7 || statetree.Verify(root, alice, acct.Balance, acct.Nonce, proof) != nil {
				t.Fatalf("got %v", acct)
			}
		})
	}
}

// TestResponderWithoutL1 checks that a Responder that cannot read L1 says
// so instead of panicking at its first read.
func TestResponderWithoutL1(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		r    *challenge.Responder
	}{
		{name: "nil L1", r: challenge.NewResponder(nil, 0)},
		{name: "zero Responder", r: &challenge.Responder{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.r.Sync(ctx); !errors.Is(err, challenge.ErrConfig) {
				t.Fatalf("Sync: %v", err)
			}
			if err := tt.r.SyncTo(ctx, 5); !errors.Is(err, challenge.ErrConfig) {
				t.Fatalf("SyncTo: %v", err)
			}
			if _, err := tt.r.Pending(ctx); !errors.Is(err, challenge.ErrConfig) {
				t.Fatalf("Pending: %v", err)
			}
		})
	}
}
