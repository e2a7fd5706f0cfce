package challenge_test

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/internal/chaintest"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// A sequencer answers two open challenges in its next header: one
// transaction applied (bond returned), one failed on its nonce (frivolous,
// bond burned).
func ExampleAnswers() {
	d := rollup.Domain{ChainID: common.Big1, TSC: common.HexToAddress("0x75c")}
	key := chaintest.DeterministicKey("example user")
	good := &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(5), Nonce: 0}
	stale := &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(5), Nonce: 7}
	for _, tx := range []*rollup.Tx{good, stale} {
		if err := tx.Sign(d, key); err != nil {
			panic(err)
		}
	}
	forced := []challenge.Forced{{ID: 12, Tx: good}, {ID: 13, Tx: stale}}
	// The receipts of the batch that executed them (rollup.Apply's).
	receipts := []rollup.Receipt{{TxHash: good.Hash()}, {TxHash: stale.Hash(), Err: rollup.ErrNonce}}
	for _, e := range challenge.Answers(forced, receipts) {
		id, applied := rollup.ParseAnswerEntry(e)
		fmt.Printf("entry %d: challenge %d, applied %v\n", e, id, applied)
	}
	// Output:
	// entry 25: challenge 12, applied true
	// entry 26: challenge 13, applied false
}

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
	acct, proof, err := src.Proof(context.Background(), root, alice)
	if err != nil {
		panic(err)
	}
	fmt.Println("balance:", acct.Balance.Dec(), "nonce:", acct.Nonce)
	fmt.Println("verifies:", statetree.Verify(root, alice, acct.Balance, acct.Nonce, proof) == nil)
	// Output:
	// balance: 3000000000000000000 nonce: 4
	// verifies: true
}
