package challenge_test

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// After a freeze, a user fetches a balance proof from any node holding the
// state, checks it, and would send it to settleWithdraw.
func ExampleTreeSource() {
	alice := common.HexToAddress("0xA11CE00000000000000000000000000000000000")
	store := statetree.NewMemoryStore()
	tree, _ := statetree.New(store, common.Hash{})
	root, _ := tree.Update([]statetree.Account{
		{Address: alice, Balance: uint256.NewInt(3e18), Nonce: 4},
		{Address: common.HexToAddress("0xB0B"), Balance: uint256.NewInt(1)},
	})

	src := challenge.Sources{challenge.TreeSource{Store: store}}
	acct, proof, err := src.Proof(context.Background(), rollup.Head{Height: 1, StateRoot: root}, alice)
	if err != nil {
		panic(err)
	}
	fmt.Println("balance:", acct.Balance.Dec(), "nonce:", acct.Nonce)
	fmt.Println("verifies:", statetree.Verify(root, alice, acct.Balance, acct.Nonce, proof) == nil)
	// Output:
	// balance: 3000000000000000000 nonce: 4
	// verifies: true
}
