package challenge_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
	"github.com/teerollup/teerollup/statetree"
)

// A user whose redeem the committee ignores escalates it to the TSC, waits
// out the response window, freezes the rollup, finds nothing to withdraw
// (it never deposited) and takes its bond back. The rollup runs on an
// in-process chain with a committee of simulated enclaves that are never
// started, so nobody answers.
func ExampleClient() {
	ctx := context.Background()
	admin := chaintest.DeterministicKey("challenge example admin")
	userKey := chaintest.DeterministicKey("challenge example user")
	user := crypto.PubkeyToAddress(userKey.PublicKey)
	backend, err := chaintest.NewBackend([]common.Address{crypto.PubkeyToAddress(admin.PublicKey), user})
	if err != nil {
		panic(err)
	}
	defer backend.Close()
	chain := backend.Client()
	d, err := rolluptest.Start(ctx, rolluptest.Options{Backend: chain, Admin: admin, Wait: func() { backend.Commit() }})
	if err != nil {
		panic(err)
	}

	c := &challenge.Client{
		L1: d.L1, Auth: bind.NewKeyedTransactor(userKey, chaintest.MainnetRules().ChainID), FromBlock: d.DeployBlock,
		// On a real chain, Backend: chain waits for receipts; the
		// simulated chain needs its blocks made.
		Wait: func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
			rs, err := chaintest.Settle(ctx, backend, tx)
			if err != nil {
				return nil, err
			}
			return rs[0], nil
		},
	}
	tx := &rollup.Tx{Type: rollup.TxRedeem, From: user, Value: uint256.NewInt(1), Nonce: 0}
	if err := tx.Sign(d.Domain, userKey); err != nil {
		panic(err)
	}
	started, err := c.Start(ctx, tx) // pays the bond
	if err != nil {
		panic(err)
	}
	show := func() {
		st, err := c.Status(ctx, started.ID)
		if err != nil {
			panic(err)
		}
		fmt.Println("challenge", st.ID, st.State)
	}
	show()

	// Nobody answers within the window.
	params, err := d.L1.ChallengeParams(ctx)
	if err != nil {
		panic(err)
	}
	if err := chaintest.AdjustTime(ctx, backend, params.Window+time.Second); err != nil {
		panic(err)
	}
	backend.Commit()
	show()

	if _, err := c.Settle(ctx, started.ID); err != nil { // anyone may
		panic(err)
	}
	show()
	_, _, err = c.Withdraw(ctx, challenge.TreeSource{Store: statetree.NewMemoryStore()})
	fmt.Println("nothing to withdraw:", errors.Is(err, challenge.ErrNothingToWithdraw))

	before, _ := chain.BalanceAt(ctx, user, nil)
	r, err := c.ReclaimBond(ctx, started.ID)
	if err != nil {
		panic(err)
	}
	after, _ := chain.BalanceAt(ctx, user, nil)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	fmt.Println("bond back:", new(big.Int).Sub(new(big.Int).Add(after, fee), before).Cmp(params.Bond) == 0)
	show()
	// Output:
	// challenge 0 open
	// challenge 0 expired
	// challenge 0 frozen
	// nothing to withdraw: true
	// bond back: true
	// challenge 0 reclaimed
}
