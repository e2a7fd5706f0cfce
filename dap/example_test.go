package dap_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// oneDeposit is an L1 deposit queue holding one deposit.
type oneDeposit struct {
	to    common.Address
	value *uint256.Int
}

func (q oneDeposit) Deposit(i uint64) (common.Address, *uint256.Int, bool) {
	return q.to, q.value, i == 0
}

// A sequencer uploads a height to a DAP; a client fetches the metadata, a
// chunk and a balance, each verified against the header.
func Example() {
	ctx := context.Background()

	// Height 1 credits a deposit to alice. The header commits to the
	// height's metadata through its data root.
	alice := common.HexToAddress("0xa11ce")
	five := uint256.NewInt(5e18)
	domain := rollup.Domain{ChainID: big.NewInt(1), TSC: common.HexToAddress("0x7ec")}
	tree, _ := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	batch := []*rollup.Tx{{Type: rollup.TxDeposit, Index: 0, To: alice, Value: five}}
	res, err := rollup.Apply(domain, tree, 0, common.Hash{}, oneDeposit{alice, five}, batch)
	if err != nil {
		panic(err)
	}
	data := &rollup.BatchData{Height: 1, Txs: batch, Accounts: res.Accounts}
	h := &rollup.Header{
		Height: 1, StateRoot: res.StateRoot, TxRoot: res.TxRoot, DepositIndex: res.DepositIndex,
		DataRoot: data.DataRoot(),
	}

	// A DAP node behind JSON-RPC (in process here; over HTTP, serve the
	// same rpc.Server with net/http and dap.Dial its URL).
	node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore()})
	if err != nil {
		panic(err)
	}
	srv, err := dap.NewRPCServer(dap.NewAPI(node))
	if err != nil {
		panic(err)
	}
	defer srv.Stop()
	client := dap.NewClient(dap.Endpoint{Name: "dap-1", RPC: rpc.DialInProc(srv)})
	defer client.Close()

	if err := client.Upload(ctx, h, data); err != nil {
		panic(err)
	}
	got, err := client.Metadata(ctx, h)
	if err != nil {
		panic(err)
	}
	chunk, proof, err := client.Chunk(ctx, h, 0)
	if err != nil {
		panic(err)
	}
	acct, _, err := client.BalanceProof(ctx, h, alice)
	if err != nil {
		panic(err)
	}
	fmt.Println("transactions:", len(got.Txs))
	fmt.Printf("chunk 0: %d of %d bytes\n", len(chunk), proof.Length)
	fmt.Println("alice:", acct.Balance.Dec())
	// Output:
	// transactions: 1
	// chunk 0: 138 of 138 bytes
	// alice: 5000000000000000000
}
