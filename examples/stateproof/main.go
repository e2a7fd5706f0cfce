// Command stateproof builds an account tree, proves balances (an account
// that is present and one that is absent), and verifies the proofs twice:
// in Go and in the EVM, with the Solidity library that settleWithdraw uses,
// on an in-process chain with mainnet gas rules. It prints the gas paid.
//
//	go run ./examples/stateproof [-accounts 100000]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/statetree"
)

func main() {
	n := flag.Int("accounts", 100_000, "accounts in the tree")
	flag.Parse()
	if err := run(context.Background(), *n); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, n int) error {
	// The tree: n random accounts, written in one batch update.
	rng := rand.New(rand.NewPCG(1, 2))
	accts := make([]statetree.Account, n)
	for i := range accts {
		var a common.Address
		for j := range a {
			a[j] = byte(rng.Uint32())
		}
		accts[i] = statetree.Account{Address: a, Balance: uint256.NewInt(1 + rng.Uint64N(1e18)), Nonce: rng.Uint64N(10)}
	}
	tree, err := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	if err != nil {
		return err
	}
	start := time.Now()
	root, stats, err := tree.UpdateWithStats(accts)
	if err != nil {
		return err
	}
	fmt.Printf("tree: %d accounts in %v (%d keccak256), root %s\n", n, time.Since(start).Round(time.Millisecond), stats.Keccak(), root.Hex())

	// The chain: go-ethereum's simulated backend, Bogota disabled so gas is
	// what mainnet charges.
	key := chaintest.DeterministicKey("stateproof")
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(params.Ether)}}, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = chaintest.MainnetRules()
	})
	defer sim.Close()
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return err
	}
	auth := bind.NewKeyedTransactor(key, chainID)
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.StateTreeHarnessMetaData.Bin), client, nil)
	if err != nil {
		return err
	}
	sim.Commit()
	if _, err := bind.WaitDeployed(ctx, client, tx.Hash()); err != nil {
		return err
	}
	harness := bindings.NewStateTreeHarness()
	contract := harness.Instance(client, addr)

	var absent common.Address
	absent[0] = 0xAB
	for _, who := range []common.Address{accts[0].Address, absent} {
		acct, proof, err := tree.GetWithProof(who)
		if err != nil {
			return err
		}
		bal := new(uint256.Int)
		if acct.Balance != nil {
			bal = acct.Balance
		}
		wire := proof.Encode()
		if err := statetree.Verify(root, who, bal, acct.Nonce, wire); err != nil {
			return fmt.Errorf("go verification: %w", err)
		}
		calldata := harness.PackVerify(root, who, bal.ToBig(), acct.Nonce, wire)
		ok, err := bind.Call(contract, nil, calldata, harness.UnpackVerify)
		if err != nil {
			return err
		}
		tx, err := bind.Transact(contract, auth, calldata)
		if err != nil {
			return err
		}
		sim.Commit()
		r, err := bind.WaitMined(ctx, client, tx.Hash())
		if err != nil {
			return err
		}
		fmt.Printf("%s balance %s nonce %d: %s proof, depth %d, %d bytes; EVM says %v; verify tx %d gas\n",
			who.Hex(), bal.Dec(), acct.Nonce, proof.Kind, proof.Depth(), len(wire), ok, r.GasUsed)
	}
	return nil
}
