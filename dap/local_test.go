package dap_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// localChain produces a valid chain of headers and batch data without L1,
// for the node and client tests (nothing checks the headers' certificates
// there).
type localChain struct {
	t        testing.TB
	domain   rollup.Domain
	tree     *statetree.Tree
	head     *rollup.Header
	hist     rollup.History
	deposits uint64
}

func newLocalChain(t testing.TB) *localChain {
	tree, err := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	if err != nil {
		t.Fatal(err)
	}
	return &localChain{t: t, domain: rollup.Domain{ChainID: big.NewInt(1337), TSC: common.HexToAddress("0x7ec")}, tree: tree, hist: *rollup.NewHistory()}
}

// next makes the next height: a deposit for a fresh user and nTransfers
// transfers from it.
func (c *localChain) next(nTransfers int) (*rollup.Header, *rollup.BatchData) {
	c.t.Helper()
	key := chaintest.DeterministicKey(fmt.Sprintf("local-user-%d", c.deposits))
	user := crypto.PubkeyToAddress(key.PublicKey)
	idx := c.deposits
	c.deposits++
	dep := &rollup.Tx{Type: rollup.TxDeposit, Index: idx, To: user, Value: uint256.NewInt(1e18)}
	batch := []*rollup.Tx{dep}
	for i := range nTransfers {
		tx := &rollup.Tx{Type: rollup.TxTransfer, To: common.BigToAddress(big.NewInt(int64(1000*idx) + int64(i) + 1)), Value: uint256.NewInt(1e9), Nonce: uint64(i)}
		if err := tx.Sign(c.domain, key); err != nil {
			c.t.Fatal(err)
		}
		batch = append(batch, tx)
	}
	parent, depositIndex, depositAcc, height := common.Hash{}, uint64(0), common.Hash{}, uint64(1)
	if c.head != nil {
		parent, depositIndex, depositAcc, height = c.head.Hash(), c.head.DepositIndex, c.head.DepositAcc, c.head.Height+1
	}
	res, err := rollup.Apply(c.domain, c.tree, depositIndex, depositAcc, depositQueue{idx: dep}, batch)
	if err != nil {
		c.t.Fatal(err)
	}
	data := &rollup.BatchData{Height: height, Txs: batch, Accounts: res.Accounts}
	h := &rollup.Header{
		ParentHash: parent, Height: height, StateRoot: res.StateRoot, TxRoot: res.TxRoot,
		DepositIndex: res.DepositIndex, DepositAcc: res.DepositAcc, Withdrawals: res.Withdrawals, DataRoot: data.DataRoot(),
		HistoryRoot: c.hist.Root(),
	}
	c.head = h
	if err := c.hist.Append(h.Hash()); err != nil {
		c.t.Fatal(err)
	}
	return h, data
}
