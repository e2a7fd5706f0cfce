package rollup_test

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/chaintest"
	committeepkg "github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// ExampleDesk: a running committee admits a newcomer by itself. Each member
// serves a Vetter on its node's peer Mux; a stranger asks one member's Desk,
// which gathers a QC under the committee's rule, and anyone submits it.
func ExampleDesk() {
	ctx := context.Background()
	admin := chaintest.DeterministicKey("example registration admin")
	backend, err := chaintest.NewBackend([]common.Address{crypto.PubkeyToAddress(admin.PublicKey)})
	if err != nil {
		panic(err)
	}
	defer backend.Close()
	d, err := rolluptest.Start(ctx, rolluptest.Options{
		Backend: backend.Client(), Admin: admin, Wait: func() { backend.Commit() },
		Kinds: []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP}, Rule: quorum.DistinctKinds{K: 2},
	})
	if err != nil {
		panic(err)
	}
	bd, _ := d.L1.BindingDomain(ctx)
	keys := map[common.Address]quorum.Signer{}
	for _, e := range d.Enclaves {
		keys[e.Address()] = e
	}
	var first *rollup.Vetter
	for i, n := range d.Nodes {
		v := &rollup.Vetter{
			Key: keys[d.Committee.Members[i].Addr], VoteDomain: d.Domain.VoteDomain(), Binding: bd,
			Verifier: d.Registrar.Verifier, Policy: d.Registrar.Policy, MaxValidity: 24 * time.Hour,
		}
		if err := v.Handle(n.Mux()); err != nil {
			panic(err)
		}
		if first == nil {
			first = v
		}
	}
	engine := &committeepkg.Engine{Domain: d.Domain.VoteDomain()}
	desk, err := rollup.NewDesk(first, engine, d.L1, func() []committeepkg.Peer { return d.Peers }, 1)
	if err != nil {
		panic(err)
	}

	platform, _ := d.Maker.NewPlatform(attest.KindTDX)
	newcomer, _ := platform.Launch(rolluptest.Measurement)
	ev, _ := newcomer.QuoteBinding(ctx, bd)
	a, cert, err := desk.Admit(ctx, newcomer.Address(), ev)
	if err != nil {
		panic(err)
	}
	chainID, _ := backend.Client().ChainID(ctx)
	tx, err := d.L1.RegisterCertified(ctx, bind.NewKeyedTransactor(admin, chainID), a, cert)
	if err != nil {
		panic(err)
	}
	backend.Commit()
	r, _ := backend.Client().TransactionReceipt(ctx, tx.Hash())
	fmt.Println("registered:", r.Status == 1)
	fmt.Println("signers:", cert.QC.Signers.Count())
	fmt.Println("lasts:", time.Duration(a.RegisteredUntil-a.VerifiedAt)*time.Second)
	// Output:
	// registered: true
	// signers: 2
	// lasts: 24h0m0s
}
