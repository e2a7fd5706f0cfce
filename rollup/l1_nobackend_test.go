package rollup_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/rollup"
)

// TestL1WithoutBackend checks that an L1 made with a nil backend, or asked
// to transact with nil TransactOpts, returns typed errors: before, the
// first call panicked inside go-ethereum's bind package.
func TestL1WithoutBackend(t *testing.T) {
	ctx := context.Background()
	d := rollup.Deployment{Manager: common.HexToAddress("0x1"), Rollup: common.HexToAddress("0x2")}
	l1 := rollup.NewL1(nil, d)
	auth := &bind.TransactOpts{From: common.HexToAddress("0x3")}
	tests := []struct {
		name    string
		call    func() error
		wantErr error
	}{
		{name: "Head", call: func() error { _, err := l1.Head(ctx); return err }, wantErr: rollup.ErrNoBackend},
		{name: "Domain", call: func() error { _, err := l1.Domain(ctx); return err }, wantErr: rollup.ErrNoBackend},
		{name: "BindingDomain", call: func() error { _, err := l1.BindingDomain(ctx); return err }, wantErr: rollup.ErrNoBackend},
		{name: "Frozen", call: func() error { _, err := l1.Frozen(ctx); return err }, wantErr: rollup.ErrNoBackend},
		{name: "LatestBlock", call: func() error { _, _, err := l1.LatestBlock(ctx); return err }, wantErr: rollup.ErrNoBackend},
		{name: "BlockNumber", call: func() error { _, err := l1.BlockNumber(ctx); return err }, wantErr: rollup.ErrNoBackend},
		{name: "Events", call: func() error { _, _, err := l1.Events(ctx, 0, 10); return err }, wantErr: rollup.ErrNoBackend},
		{name: "CurrentCommittee", call: func() error { _, err := l1.CurrentCommittee(ctx); return err }, wantErr: rollup.ErrNoBackend},
		{name: "Deposit", call: func() error { _, err := l1.Deposit(ctx, auth, common.Address{}, big.NewInt(1)); return err }, wantErr: rollup.ErrNoBackend},
		{name: "SetRollup", call: func() error { _, err := l1.SetRollup(ctx, auth); return err }, wantErr: rollup.ErrNoBackend},
		{name: "Deposit without TransactOpts", call: func() error { _, err := l1.Deposit(ctx, nil, common.Address{}, big.NewInt(1)); return err }, wantErr: rollup.ErrNoTransactor},
		{name: "SetRollup without TransactOpts", call: func() error { _, err := l1.SetRollup(ctx, nil); return err }, wantErr: rollup.ErrNoTransactor},
		{name: "StartChallenge without TransactOpts", call: func() error { _, err := l1.StartChallenge(ctx, nil, &rollup.Tx{}); return err }, wantErr: rollup.ErrNoTransactor},
		{name: "StartChallenge nil transaction", call: func() error { _, err := l1.StartChallenge(ctx, auth, nil); return err }, wantErr: rollup.ErrInvalidTx},
		{name: "Deploy without backend", call: func() error {
			_, _, err := rollup.Deploy(ctx, nil, auth, common.Address{}, common.Address{}, common.Hash{})
			return err
		}, wantErr: rollup.ErrNoBackend},
		{name: "Deploy without TransactOpts", call: func() error {
			_, _, err := rollup.Deploy(ctx, chaintest.New(t).Client, nil, common.Address{}, common.Address{}, common.Hash{})
			return err
		}, wantErr: rollup.ErrNoTransactor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}
