//go:build ignore

// Command gethgenesis prints a genesis for `geth --dev` with mainnet rules:
// the --dev genesis of go-ethereum 1.17 minus the unreleased Bogota fork,
// exactly chaintest's chain config. Under Bogota (EIP-8037 state
// gas) deploying the TSC needs more than the 16,777,216 gas a transaction
// may use, so a stock `geth --dev` cannot host the rollup. The dev account
// is prefunded, as --dev does, and the block gas limit is chaintest's.
//
//	go run ./examples/devnet/gethgenesis.go > genesis.json
//	geth init --datadir DIR genesis.json
//	geth --dev --dev.period 1 --datadir DIR --http
//	go run ./examples/devnet -rpc http://127.0.0.1:8545
package main

import (
	"encoding/json"
	"log"
	"os"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/core"

	"github.com/teerollup/teerollup/chaintest"
)

func main() {
	// DeveloperAddr is the account geth --dev imports into an empty
	// keystore and unlocks; DeveloperGenesisBlock funds it like --dev.
	g := core.DeveloperGenesisBlock(chaintest.BlockGasLimit, &utils.DeveloperAddr)
	g.Config = chaintest.MainnetRules()
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		log.Fatal(err)
	}
}
