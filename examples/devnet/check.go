package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// check verifies the settled run: that the rollup neither created nor lost
// wei, that every transaction sent was included exactly once, that redeems
// were paid on L1, and that every node agrees with the TSC. It returns the
// checks that passed, warnings, and an ErrInvariant naming the checks that
// failed.
//
// Misbehaviour evidence is a warning, not a failure: every enclave here is
// honest, so evidence means a node judged a correct proposal wrong (for
// example before it saw the L1 block the proposal's deposits are in), which
// costs a vote, not funds; the state checks catch any real divergence.
func check(ctx context.Context, d *rolluptest.Devnet, b backend, l *load, w *watcher) (ok, warn []string, _ error) {
	var bad []error
	expect := func(cond bool, pass string, fail string, args ...any) {
		if cond {
			ok = append(ok, pass)
		} else {
			bad = append(bad, fmt.Errorf(fail, args...))
		}
	}

	head, err := d.L1.Head(ctx)
	if err != nil {
		return nil, nil, err
	}
	agree := true
	for i, n := range d.Nodes {
		h := n.Head()
		if h.Height != head.Height || h.StateRoot != head.StateRoot {
			agree = false
			bad = append(bad, fmt.Errorf("node %d at height %d root %s, TSC at %d root %s", i, h.Height, h.StateRoot, head.Height, head.StateRoot))
		}
		// The same evidence recurs when a proposal is retried: say it once.
		seen := map[string]int{}
		var order []string
		for _, e := range n.Evidence() {
			if seen[e.Error()]++; seen[e.Error()] == 1 {
				order = append(order, e.Error())
			}
		}
		for _, e := range order {
			times := ""
			if seen[e] > 1 {
				times = fmt.Sprintf(" (%d times)", seen[e])
			}
			warn = append(warn, fmt.Sprintf("node %d recorded evidence%s: %s", i, times, e))
		}
	}
	if agree {
		ok = append(ok, fmt.Sprintf("all %d nodes at the TSC's height %d and state root %s", len(d.Nodes), head.Height, head.StateRoot.TerminalString()))
	}

	expect(head.DepositCount == l.deposits && head.DepositIndex == head.DepositCount,
		fmt.Sprintf("%d deposits queued on L1, all credited", l.deposits),
		"TSC queued %d deposits and credited %d; clients sent %d", head.DepositCount, head.DepositIndex, l.deposits)
	expect(w.unknown == 0 && uint64(w.stats.deposits) == l.deposits && uint64(w.stats.transfers) == l.transfers && uint64(w.stats.redeems) == l.redeems,
		fmt.Sprintf("every transaction sent was applied once (%d transfers, %d redeems)", l.transfers, l.redeems),
		"accepted headers hold %d deposits, %d transfers, %d redeems (%d batches unseen); clients sent %d, %d, %d",
		w.stats.deposits, w.stats.transfers, w.stats.redeems, w.unknown, l.deposits, l.transfers, l.redeems)

	// Conservation: the rollup's balances sum to deposits − redeems on
	// every node (each holds its own replica of the tree).
	want := new(big.Int).Sub(l.deposited, l.redeemed)
	sums := true
	for i, n := range d.Nodes {
		sum := new(big.Int)
		for _, u := range l.users {
			a, err := n.Account(u.addr)
			if err != nil {
				return ok, warn, fmt.Errorf("devnet: node %d: account %s: %w", i, u.addr, err)
			}
			sum.Add(sum, a.Balance.ToBig())
			if i == 0 && a.Nonce != u.nonce {
				bad = append(bad, fmt.Errorf("user %s has rollup nonce %d, sent %d transactions", u.addr, a.Nonce, u.nonce))
			}
		}
		if i == 0 {
			l.supply.Set(sum)
		}
		if sum.Cmp(want) != 0 {
			sums = false
			bad = append(bad, fmt.Errorf("node %d: rollup balances sum to %s wei, deposits − redeems = %s", i, sum, want))
		}
	}
	if sums {
		ok = append(ok, fmt.Sprintf("rollup balances sum to deposits − redeems (%s wei) on every node", want))
	}

	// Redeems reached L1: paid (or parked for claimWithdrawal) in total,
	// and per user; the users hold no other L1 funds.
	owed := new(big.Int).Add(w.paid, w.deferred)
	expect(owed.Cmp(l.redeemed) == 0,
		fmt.Sprintf("the TSC paid out exactly the redeems (%s wei)", l.redeemed),
		"TSC paid %s and deferred %s wei, clients redeemed %s", w.paid, w.deferred, l.redeemed)
	tsc := l.tsc.Instance(b, d.L1.Deployment().Rollup)
	arrived := true
	for _, u := range l.users {
		bal, err := b.BalanceAt(ctx, u.addr, nil)
		if err != nil {
			return ok, warn, err
		}
		if w.deferred.Sign() > 0 {
			parked, err := bind.Call(tsc, &bind.CallOpts{Context: ctx}, l.tsc.PackPendingWithdrawals(u.addr), l.tsc.UnpackPendingWithdrawals)
			if err != nil {
				return ok, warn, err
			}
			bal.Add(bal, parked)
		}
		if bal.Cmp(u.redeemed) != 0 {
			arrived = false
			bad = append(bad, fmt.Errorf("user %s: %s wei on L1, redeemed %s", u.addr, bal, u.redeemed))
		}
	}
	if arrived {
		ok = append(ok, fmt.Sprintf("each user's redeems arrived at its L1 address (%d users)", len(l.users)))
	}
	held, err := b.BalanceAt(ctx, d.L1.Deployment().Rollup, nil)
	if err != nil {
		return ok, warn, err
	}
	wantHeld := new(big.Int).Sub(l.deposited, w.paid)
	expect(held.Cmp(wantHeld) == 0,
		fmt.Sprintf("the TSC holds deposits − payouts (%s wei)", wantHeld),
		"TSC holds %s wei, deposits − payouts = %s", held, wantHeld)

	if len(bad) > 0 {
		return ok, warn, fmt.Errorf("%w: %w", ErrInvariant, errors.Join(bad...))
	}
	return ok, warn, nil
}
