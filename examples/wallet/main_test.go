package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// The wallet's commands against a whole rollup (in-process chain, five
// sequencers with the challenge game, one serving its client API over
// HTTP): deposit and wait for the credit, transfer, redeem, a balance whose
// proof verifies against the TSC's root, and a challenge the committee
// answers.
func TestWalletCommands(t *testing.T) {
	key := func(l string) *ecdsa.PrivateKey { return chaintest.DeterministicKey("wallet test " + l) }
	admin, user := key("admin"), key("user")
	var subs []*ecdsa.PrivateKey
	funded := []common.Address{crypto.PubkeyToAddress(admin.PublicKey), crypto.PubkeyToAddress(user.PublicKey)}
	for i := range 5 {
		subs = append(subs, key(string(rune('a'+i))))
		funded = append(funded, crypto.PubkeyToAddress(subs[i].PublicKey))
	}
	sim, err := chaintest.NewBackend(funded)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	mining := make(chan struct{})
	go func() { defer close(mining); chaintest.AutoCommit(ctx, sim, 20*time.Millisecond) }()
	t.Cleanup(func() { cancel(); <-mining; _ = sim.Close() })
	d, err := rolluptest.Start(ctx, rolluptest.Options{
		Backend: sim.Client(), Admin: admin, Submitters: subs, PollInterval: 10 * time.Millisecond,
		Forced: func(_ int, l1 *rollup.L1) rollup.ForcedSource { return challenge.NewResponder(l1, 0) },
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range d.Nodes {
		go func() { _ = n.Run(ctx) }()
	}
	srv, err := rollup.NewRPCServer(d.Nodes[2])
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	node, err := rollup.DialClient(ctx, hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	e := &Env{
		Backend: sim.Client(), L1: d.L1, Key: user, Auth: bind.NewKeyedTransactor(user, d.Domain.ChainID),
		Node: node, FromBlock: d.DeployBlock, Poll: 20 * time.Millisecond, Out: &out,
	}
	run := func(args ...string) string {
		t.Helper()
		out.Reset()
		if err := Run(ctx, e, args); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		t.Log(strings.TrimSpace(out.String()))
		return out.String()
	}
	if s := run("deposit", "-value", "1000000000000000"); !strings.Contains(s, "credited at rollup height") {
		t.Fatalf("deposit: %s", s)
	}
	bob := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	run("transfer", "-to", bob.Hex(), "-value", "1000")
	waitNonce(t, ctx, d.Nodes[2], crypto.PubkeyToAddress(user.PublicKey), 1)
	run("redeem", "-value", "500")
	waitNonce(t, ctx, d.Nodes[2], crypto.PubkeyToAddress(user.PublicKey), 2)
	if s := run("balance", "-addr", bob.Hex()); !strings.Contains(s, "balance 1000 wei") || !strings.Contains(s, "verified against the TSC's state root") {
		t.Fatalf("balance: %s", s)
	}
	if s := run("challenge", "-type", "redeem", "-value", "7"); !strings.Contains(s, "challenge 0 started") {
		t.Fatalf("challenge: %s", s)
	}
	if s := run("watch", "-id", "0"); !strings.Contains(s, "answered") || !strings.Contains(s, "applied: true") {
		t.Fatalf("watch: %s", s)
	}
	// Bad input is a usage error, not a panic.
	for _, args := range [][]string{{"transfer", "-to", "nope", "-value", "1"}, {"redeem", "-value", "-3"}, {"watch"}, {"fly"}} {
		if err := Run(ctx, e, args); !errors.Is(err, ErrUsage) {
			t.Errorf("%v: %v, want ErrUsage", args, err)
		}
	}
}

func waitNonce(t *testing.T, ctx context.Context, n *rollup.Node, a common.Address, nonce uint64) {
	t.Helper()
	for {
		if acct, err := n.Account(a); err == nil && acct.Nonce >= nonce {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("nonce %d not reached", nonce)
		case <-time.After(10 * time.Millisecond):
		}
	}
}
