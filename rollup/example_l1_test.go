package rollup_test

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// The L1 clients and the registrar, on an in-process chain with mainnet
// rules: deploy the Manager and the TSC, allow a measurement, have a
// registrar verify a simulated enclave's evidence and register its key,
// install a one-member committee, bind the TSC (which ends the setup
// phase), and deposit.
func ExampleDeploy() {
	ctx := context.Background()
	admin := chaintest.DeterministicKey("example l1 admin")
	backend, err := chaintest.NewBackend([]common.Address{crypto.PubkeyToAddress(admin.PublicKey)})
	if err != nil {
		panic(err)
	}
	defer backend.Close()
	chainID, _ := backend.Client().ChainID(ctx)
	auth := bind.NewKeyedTransactor(admin, chainID)
	mine := func(txs ...interface{ Hash() common.Hash }) {
		backend.Commit()
		for _, tx := range txs {
			if r, err := backend.Client().TransactionReceipt(ctx, tx.Hash()); err != nil || r.Status != 1 {
				panic(fmt.Sprint("not mined: ", err))
			}
		}
	}

	regKey := chaintest.DeterministicKey("example registrar")
	l1, txs, err := rollup.Deploy(ctx, backend.Client(), auth, auth.From, crypto.PubkeyToAddress(regKey.PublicKey), common.Hash{})
	if err != nil {
		panic(err)
	}
	for _, tx := range txs {
		mine(tx)
	}
	measurement := []byte("example sequencer v1")
	tx, err := l1.AllowMeasurement(ctx, auth, attest.KindTDX, measurement, true)
	if err != nil {
		panic(err)
	}
	mine(tx)

	// A simulated TDX enclave and a registrar that trusts only its
	// test-only manufacturer root.
	maker, _ := sim.NewManufacturer()
	enclaves, _ := sim.NewCommittee(maker, []attest.Kind{attest.KindTDX}, measurement)
	simV, _ := sim.NewVerifier(sim.Options{Roots: maker.Roots()})
	registry, _ := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: simV})
	bd, _ := l1.BindingDomain(ctx)
	registrar := &rollup.Registrar{
		Key: regKey, Verifier: registry, Domain: bd, Now: maker.Now, MaxValidity: 24 * time.Hour,
		Policy: attest.Policy{Measurements: [][]byte{measurement}, Kinds: []attest.Kind{attest.KindTDX}, AllowSimulated: true, MaxAge: time.Hour},
	}
	e := enclaves[0]
	ev, err := e.QuoteBinding(ctx, bd)
	if err != nil {
		panic(err)
	}
	reg, err := registrar.Register(ctx, e.Address(), ev)
	if err != nil {
		panic(err)
	}
	fmt.Println("registration:", reg.Kind, reg.Enclave == e.Address())
	tx, err = l1.Register(ctx, auth, reg)
	if err != nil {
		panic(err)
	}
	mine(tx)

	c, _ := quorum.NewCommittee(quorum.Member{Addr: e.Address(), Kind: e.Kind(), Weight: 1})
	tx, err = l1.SetCommittee(ctx, auth, c, quorum.DistinctKinds{K: 1})
	if err != nil {
		panic(err)
	}
	mine(tx)
	tx, err = l1.SetRollup(ctx, auth)
	if err != nil {
		panic(err)
	}
	mine(tx)

	tx, err = l1.Deposit(ctx, auth, common.HexToAddress("0xb0b"), big.NewInt(1e15))
	if err != nil {
		panic(err)
	}
	mine(tx)
	head, _ := backend.Client().BlockNumber(ctx)
	events, _ := l1.DepositEvents(ctx, 0, head)
	acc, _ := l1.DepositAcc(ctx)
	want := rollup.DepositAccNext(common.Hash{}, 0, common.HexToAddress("0xb0b"), uint256.NewInt(1e15))
	fmt.Println("deposits queued:", len(events), "accumulator as Go computes it:", acc == want)
	// Output:
	// registration: tdx true
	// deposits queued: 1 accumulator as Go computes it: true
}
