package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/rollup"
)

const (
	depositWei   = 1e15
	depositEvery = time.Second
	refreshEvery = 100 * time.Millisecond
	redeemEvery  = 20 // one transaction in redeemEvery is a redeem
)

// backpressure are the admission refusals that mean "not now": the
// transaction was not admitted and the client tries again later. Over
// JSON-RPC a node's typed errors arrive as messages, matched here by the
// sentinels' texts.
var backpressure = []error{rollup.ErrMempoolFull, rollup.ErrNonceWindow, rollup.ErrSenderCap, rollup.ErrUnpayable}

// known are refusals that mean the node already has the transaction.
var known = []error{rollup.ErrKnownTx}

func errMatches(err error, targets []error) bool {
	if err == nil {
		return false
	}
	for _, t := range targets {
		if errors.Is(err, t) || strings.Contains(err.Error(), t.Error()) {
			return true
		}
	}
	return false
}

// rpcNode is a sequencer's client API.
type rpcNode struct {
	c *rollup.RPCClient
}

func (n *rpcNode) head(ctx context.Context) (*rollup.RPCHead, error) { return n.c.Head(ctx) }

func (n *rpcNode) account(ctx context.Context, a common.Address) (*rollup.RPCAccount, error) {
	var out rollup.RPCAccount
	return &out, n.c.C.CallContext(ctx, &out, rollup.RPCNamespace+"_getAccount", a)
}

type user struct {
	key            *ecdsa.PrivateKey
	addr           common.Address
	nonce, applied uint64
	budget         *uint256.Int
	redeemed       *big.Int
	// inflight is a signed transaction whose admission is not confirmed
	// (the node it was sent to failed mid-call): it is re-sent, never
	// replaced, so it is applied once or not at all.
	inflight  *rollup.Tx
	wasRedeem bool
}

type deposit struct {
	tx    *types.Transaction
	to    *user
	value *uint256.Int
	index uint64
	mined bool
}

// load sends deposits on L1 and transfers and redeems to random sequencers
// over their client APIs. State is read from one sequencer (reader), which
// the run never kills.
type load struct {
	l1      *rollup.L1
	backend rollup.Backend
	domain  rollup.Domain
	tsc     *bindings.TeeRollup
	nodes   []*rpcNode
	alive   func(i int) bool
	reader  *rpcNode
	users   []*user
	clients []*client
	window  uint64
	// refresh is how often a client re-reads its users' nonces and
	// deposits (each a call per user: with many users, a load of its own).
	refresh time.Duration

	deposited, redeemed *big.Int
	deposits            uint64
	transfers, redeems  uint64
	resent              uint64 // transactions re-sent after a node failed mid-call
}

type client struct {
	id                                   int
	l                                    *load
	auth                                 *bind.TransactOpts
	users                                []*user
	rng                                  *rand.Rand
	pending                              []*deposit
	deposited                            *big.Int
	deposits, transfers, redeems, resent uint64
}

func newLoad(l1 *rollup.L1, b rollup.Backend, domain rollup.Domain, nodes []*rpcNode, alive func(int) bool, reader int, batch int, users []*user, depositors []*ecdsa.PrivateKey) *load {
	l := &load{
		l1: l1, backend: b, domain: domain, tsc: bindings.NewTeeRollup(), nodes: nodes, alive: alive, reader: nodes[reader],
		users: users, window: uint64(max(8, 2*batch/len(users))), refresh: refreshEvery, deposited: new(big.Int), redeemed: new(big.Int),
	}
	for i, k := range depositors {
		c := &client{id: i, l: l, auth: bind.NewKeyedTransactor(k, domain.ChainID), rng: rand.New(rand.NewPCG(uint64(i), uint64(time.Now().UnixNano()))), deposited: new(big.Int)}
		for j := i; j < len(users); j += len(depositors) {
			c.users = append(c.users, users[j])
		}
		l.clients = append(l.clients, c)
	}
	return l
}

func newUsers(n int) ([]*user, error) {
	out := make([]*user, n)
	for i := range out {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		out[i] = &user{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), budget: new(uint256.Int), redeemed: new(big.Int)}
	}
	return out, nil
}

func (l *load) run(ctx context.Context, d time.Duration) error {
	window, closeWindow := context.WithTimeout(ctx, d)
	defer closeWindow()
	errs := make([]error, len(l.clients))
	var wg sync.WaitGroup
	for i, c := range l.clients {
		wg.Go(func() {
			if errs[i] = c.run(ctx, window.Done()); errs[i] != nil {
				closeWindow()
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (c *client) run(ctx context.Context, stop <-chan struct{}) error {
	for _, u := range c.users {
		if err := c.deposit(ctx, u); err != nil {
			return err
		}
	}
	lastDeposit, lastRefresh := time.Now(), time.Time{}
	next := 0
	for {
		select {
		case <-stop:
			return nil
		default:
		}
		now := time.Now()
		// The first few clients keep depositing (the deposit path stays
		// exercised); more would only load L1.
		if c.id < 4 && now.Sub(lastDeposit) >= depositEvery {
			if err := c.deposit(ctx, c.users[c.rng.IntN(len(c.users))]); err != nil {
				return err
			}
			lastDeposit = now
		}
		if now.Sub(lastRefresh) >= c.l.refresh {
			// A failed read (the reader is busy) is retried next time.
			_ = c.refresh(ctx)
			lastRefresh = now
		}
		sent := 0
		for range c.users {
			u := c.users[next%len(c.users)]
			next++
			ok, err := c.send(ctx, u)
			if err != nil {
				return err
			}
			if ok {
				sent++
			}
		}
		if sent == 0 {
			select {
			case <-stop:
			case <-time.After(10 * time.Millisecond):
			}
		}
	}
}

func (c *client) deposit(ctx context.Context, u *user) error {
	v := uint256.NewInt(depositWei)
	tx, err := c.l.l1.Deposit(ctx, c.auth, u.addr, v.ToBig())
	if err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	c.pending = append(c.pending, &deposit{tx: tx, to: u, value: v})
	c.deposited.Add(c.deposited, v.ToBig())
	c.deposits++
	return nil
}

func (c *client) refresh(ctx context.Context) error {
	for _, p := range c.pending {
		if p.mined {
			continue
		}
		r, err := c.l.backend.TransactionReceipt(ctx, p.tx.Hash())
		if err != nil {
			continue
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("deposit %s reverted", p.tx.Hash())
		}
		for _, lg := range r.Logs {
			if e, err := c.l.tsc.UnpackDepositedEvent(lg); err == nil {
				p.index, p.mined = e.Index, true
			}
		}
	}
	head, err := c.l.reader.head(ctx)
	if err != nil {
		return err
	}
	kept := c.pending[:0]
	for _, p := range c.pending {
		if p.mined && p.index < uint64(head.DepositIndex) {
			p.to.budget.Add(p.to.budget, p.value)
			continue
		}
		kept = append(kept, p)
	}
	c.pending = kept
	for _, u := range c.users {
		a, err := c.l.reader.account(ctx, u.addr)
		if err != nil {
			return err
		}
		u.applied = max(u.applied, uint64(a.Nonce))
		if u.inflight != nil && u.applied > u.inflight.Nonce {
			c.confirm(u) // applied: it was admitted after all
		}
	}
	return nil
}

// confirm counts u's in-flight transaction as sent.
func (c *client) confirm(u *user) {
	tx := u.inflight
	u.inflight = nil
	u.nonce++
	u.budget.Sub(u.budget, tx.Value)
	if tx.Type == rollup.TxRedeem {
		u.redeemed.Add(u.redeemed, tx.Value.ToBig())
		c.redeems++
	} else {
		c.transfers++
	}
}

// send signs (or re-sends) one transaction of u to a random live node.
func (c *client) send(ctx context.Context, u *user) (bool, error) {
	tx := u.inflight
	if tx == nil {
		if u.nonce-u.applied >= c.l.window {
			return false, nil
		}
		value := uint256.NewInt(1e9 + c.rng.Uint64N(9e9))
		if u.budget.Lt(value) {
			return false, nil
		}
		tx = &rollup.Tx{Type: rollup.TxTransfer, Value: value, Nonce: u.nonce}
		if c.rng.IntN(redeemEvery) == 0 {
			tx.Type = rollup.TxRedeem
		} else {
			to := u
			for to == u {
				to = c.l.users[c.rng.IntN(len(c.l.users))]
			}
			tx.To = to.addr
		}
		if err := tx.Sign(c.l.domain, u.key); err != nil {
			return false, err
		}
	} else {
		c.resent++
	}
	i := c.rng.IntN(len(c.l.nodes))
	if !c.l.alive(i) {
		i = 0 // the reader is never killed
	}
	_, err := c.l.nodes[i].c.SendTransaction(ctx, tx)
	switch {
	case err == nil, errMatches(err, known):
		u.inflight = tx
		c.confirm(u)
		return true, nil
	case errMatches(err, backpressure):
		if u.inflight == nil {
			return false, nil // never admitted: forget it, sign anew later
		}
		return false, nil
	case ctx.Err() != nil:
		return false, ctx.Err()
	}
	// The node failed (killed mid-call, connection refused): the
	// transaction may or may not have been admitted. Keep it and send
	// the very same one again, so it applies at most once.
	u.inflight = tx
	return false, nil
}

func (l *load) drain(ctx context.Context, timeout time.Duration, settled func(context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		// In-flight transactions left by a failed node: send them again
		// until admitted or applied.
		for _, c := range l.clients {
			for _, u := range c.users {
				if u.inflight != nil {
					if _, err := c.send(ctx, u); err != nil && ctx.Err() == nil {
						return err
					}
				}
			}
		}
		done := true
		for _, c := range l.clients {
			if err := c.refresh(ctx); err != nil {
				done = false
				continue
			}
			if len(c.pending) > 0 {
				done = false
			}
			for _, u := range c.users {
				if u.applied != u.nonce || u.inflight != nil {
					done = false
				}
			}
		}
		if done {
			ok, err := settled(ctx)
			if err == nil && ok {
				break
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("multidevnet: the rollup did not settle within %v (%s)", timeout, l.backlog())
		case <-time.After(refreshEvery):
		}
	}
	for _, c := range l.clients {
		l.deposited.Add(l.deposited, c.deposited)
		l.deposits += c.deposits
		l.transfers += c.transfers
		l.redeems += c.redeems
		l.resent += c.resent
	}
	for _, u := range l.users {
		l.redeemed.Add(l.redeemed, u.redeemed)
	}
	return nil
}

func (l *load) backlog() string {
	deps, txs, inflight := 0, uint64(0), 0
	for _, c := range l.clients {
		deps += len(c.pending)
	}
	for _, u := range l.users {
		txs += u.nonce - u.applied
		if u.inflight != nil {
			inflight++
		}
	}
	return fmt.Sprintf("%d deposits not credited, %d transactions not applied, %d unconfirmed", deps, txs, inflight)
}
