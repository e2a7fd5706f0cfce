package rolluptest_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// A whole rollup in one call: five sequencers on the paper's 1 SGX : 2 TDX
// : 2 CSV simulated committee, on an in-process chain with mainnet rules.
// A deposit on L1 is credited by a certified header on every node.
func Example() {
	ctx, cancel := context.WithCancel(context.Background())
	key := func(label string) *ecdsa.PrivateKey { return chaintest.DeterministicKey("rolluptest example " + label) }
	admin, user := key("admin"), key("user")
	var subs []*ecdsa.PrivateKey
	funded := []common.Address{crypto.PubkeyToAddress(admin.PublicKey), crypto.PubkeyToAddress(user.PublicKey)}
	for i := range 5 {
		subs = append(subs, key(fmt.Sprint("submitter ", i)))
		funded = append(funded, crypto.PubkeyToAddress(subs[i].PublicKey))
	}
	backend, err := chaintest.NewBackend(funded)
	if err != nil {
		panic(err)
	}
	mining := make(chan struct{})
	go func() { defer close(mining); chaintest.AutoCommit(ctx, backend, 20*time.Millisecond) }()
	// Stop in order: nodes and the miner, then the chain.
	defer func() { cancel(); <-mining; backend.Close() }()

	d, err := rolluptest.Start(ctx, rolluptest.Options{Backend: backend.Client(), Admin: admin, Submitters: subs, PollInterval: 10 * time.Millisecond})
	if err != nil {
		panic(err)
	}
	for _, n := range d.Nodes {
		go n.Run(ctx)
	}
	chainID, _ := backend.Client().ChainID(ctx)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	if _, err := d.L1.Deposit(ctx, bind.NewKeyedTransactor(user, chainID), to, big.NewInt(1e15)); err != nil {
		panic(err)
	}
	for _, n := range d.Nodes {
		for {
			if a, err := n.Account(to); err == nil && !a.Balance.IsZero() {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	a, _ := d.Nodes[4].Account(to)
	fmt.Println("members:", len(d.Committee.Members), "rule:", d.Rule)
	fmt.Println("credited on every node:", a.Balance)
	// Output:
	// members: 5 rule: kinds>=2
	// credited on every node: 1000000000000000
}
