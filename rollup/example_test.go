package rollup_test

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

type oneDeposit struct {
	to common.Address
	v  *uint256.Int
}

func (q oneDeposit) Deposit(i uint64) (common.Address, *uint256.Int, bool) {
	return q.to, q.v, i == 0
}

// A deposit is credited, alice pays bob, and a replayed transfer fails on
// its nonce without aborting the batch.
func ExampleApply() {
	domain := rollup.Domain{ChainID: big.NewInt(1), TSC: common.HexToAddress("0x7ee")}
	alice, _ := crypto.ToECDSA(crypto.Keccak256([]byte("alice")))
	bob := common.HexToAddress("0xb0b")

	deposit := &rollup.Tx{Type: rollup.TxDeposit, Index: 0, To: crypto.PubkeyToAddress(alice.PublicKey), Value: uint256.NewInt(100)}
	pay := &rollup.Tx{Type: rollup.TxTransfer, To: bob, Value: uint256.NewInt(30), Nonce: 0}
	if err := pay.Sign(domain, alice); err != nil {
		panic(err)
	}
	tree, _ := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	res, err := rollup.Apply(domain, tree, 0, common.Hash{}, oneDeposit{deposit.To, deposit.Value}, []*rollup.Tx{deposit, pay, pay})
	if err != nil {
		panic(err)
	}
	for i, r := range res.Receipts {
		fmt.Printf("tx %d applied: %v, nonce error: %v\n", i, r.Err == nil, errors.Is(r.Err, rollup.ErrNonce))
	}
	acct, _ := tree.Get(bob)
	fmt.Println("bob:", acct.Balance.Dec(), "deposits consumed:", res.DepositIndex)
	// Output:
	// tx 0 applied: true, nonce error: false
	// tx 1 applied: true, nonce error: false
	// tx 2 applied: false, nonce error: true
	// bob: 30 deposits consumed: 1
}
