package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

const (
	// depositWei is one L1 deposit: small, so a run on a public testnet
	// costs little, and still worth ~10^5 transfers.
	depositWei = 1e15
	// depositEvery paces each client's deposits after the first round, so
	// deposits keep flowing through the run.
	depositEvery = time.Second
	// refreshEvery is how often a client looks at L1 receipts and node 0's
	// state to learn which deposits are credited and which of its
	// transactions are applied.
	refreshEvery = 50 * time.Millisecond
	// maxWithdrawalsPerHeader is what the TSC pays per header
	// (TeeRollup.MAX_WITHDRAWALS); redeems are kept to half of it per batch.
	maxWithdrawalsPerHeader = 256
)

// user is a rollup account, owned by one client goroutine.
type user struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	// nonce is the next rollup nonce; applied is the account's nonce at
	// node 0's checkpoint, so nonce − applied is in flight.
	nonce, applied uint64
	// budget is credited deposits minus everything sent: a lower bound of
	// the balance (incoming transfers are not counted), so every
	// transaction the client sends is funded and none is left pending.
	budget *uint256.Int
	// redeemed is what must arrive at addr on L1.
	redeemed *big.Int
}

func newUsers(n int) ([]*user, error) {
	keys, err := newKeys(n)
	if err != nil {
		return nil, err
	}
	users := make([]*user, n)
	for i, k := range keys {
		users[i] = &user{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), budget: new(uint256.Int), redeemed: new(big.Int)}
	}
	return users, nil
}

// deposit is an L1 deposit a client sent, until the rollup credits it.
type deposit struct {
	tx    *types.Transaction
	to    *user
	value *uint256.Int
	index uint64
	mined bool
}

// load is the client side of a run.
type load struct {
	d       *rolluptest.Devnet
	backend rollup.Backend
	tsc     *bindings.TeeRollup
	users   []*user
	clients []*client
	// window bounds each user's transactions in flight: together about
	// two batches, so leaders always find a full batch but the mempools
	// stay short and the drain is quick.
	window uint64
	// redeemEvery: one transaction in redeemEvery is a redeem.
	redeemEvery int

	// Totals, valid after drain.
	deposited, redeemed, supply *big.Int
	deposits                    uint64
	transfers, redeems          uint64
}

// client owns users and an L1 key for its deposits (one sender per key,
// so nonces never race).
type client struct {
	l       *load
	auth    *bind.TransactOpts
	users   []*user
	rng     *rand.Rand
	pending []*deposit
	// Sent so far.
	deposited                    *big.Int
	deposits, transfers, redeems uint64
}

func newLoad(d *rolluptest.Devnet, backend rollup.Backend, batch int, users []*user, depositors []*ecdsa.PrivateKey) *load {
	l := &load{
		d: d, backend: backend, tsc: bindings.NewTeeRollup(), users: users,
		window:      uint64(max(8, 2*batch/len(users))),
		redeemEvery: max(20, (batch+maxWithdrawalsPerHeader/2-1)/(maxWithdrawalsPerHeader/2)),
		deposited:   new(big.Int), redeemed: new(big.Int), supply: new(big.Int),
	}
	for i, k := range depositors {
		c := &client{
			l: l, auth: bind.NewKeyedTransactor(k, d.Domain.ChainID),
			rng: rand.New(rand.NewPCG(uint64(i), uint64(time.Now().UnixNano()))), deposited: new(big.Int),
		}
		for j := i; j < len(users); j += len(depositors) {
			c.users = append(c.users, users[j])
		}
		l.clients = append(l.clients, c)
	}
	return l
}

// run sends transactions for d. Every send uses ctx, not the window, so a
// transaction is either sent and counted or neither: the checks rely on
// knowing exactly what was sent.
func (l *load) run(ctx context.Context, d time.Duration) error {
	// The window also closes when a client fails: the run is over.
	window, closeWindow := context.WithTimeout(ctx, d)
	defer closeWindow()
	// A client keeps sending past the window until it has sent each kind
	// of transaction once (a busy machine may give a short window only a
	// few blocks), but never past hard.
	hard, closeHard := context.WithTimeout(ctx, d+maxOverrun)
	defer closeHard()
	errs := make([]error, len(l.clients))
	var wg sync.WaitGroup
	for i, c := range l.clients {
		wg.Go(func() {
			if errs[i] = c.run(ctx, window.Done(), hard.Done()); errs[i] != nil {
				closeWindow()
				closeHard()
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// maxOverrun bounds how long a client sends past the window to have sent
// every kind of transaction.
const maxOverrun = 2 * time.Minute

// run sends until stop is closed and it has sent a transfer and a redeem,
// or hard is closed.
func (c *client) run(ctx context.Context, stop, hard <-chan struct{}) error {
	// Fund every user first, then keep depositing now and then.
	for _, u := range c.users {
		if err := c.deposit(ctx, u); err != nil {
			return err
		}
	}
	lastDeposit, lastRefresh := time.Now(), time.Time{}
	var next int
	for {
		select {
		case <-hard:
			return nil
		case <-stop:
			if c.transfers > 0 && c.redeems > 0 {
				return nil
			}
		default:
		}
		now := time.Now()
		if now.Sub(lastDeposit) >= depositEvery {
			if err := c.deposit(ctx, c.users[c.rng.IntN(len(c.users))]); err != nil {
				return err
			}
			lastDeposit = now
		}
		if now.Sub(lastRefresh) >= refreshEvery {
			if err := c.refresh(ctx); err != nil {
				return err
			}
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
			// Every user is waiting for funds or for its transactions
			// to be applied.
			select {
			case <-hard:
			case <-time.After(5 * time.Millisecond):
			}
		}
	}
}

func (c *client) deposit(ctx context.Context, u *user) error {
	v := uint256.NewInt(depositWei)
	tx, err := c.l.d.L1.Deposit(ctx, c.auth, u.addr, v.ToBig())
	if err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	c.pending = append(c.pending, &deposit{tx: tx, to: u, value: v})
	c.deposited.Add(c.deposited, v.ToBig())
	c.deposits++
	return nil
}

// refresh learns which deposits were mined (and their queue index), which
// are credited on the rollup, and how far each user's nonce has advanced.
func (c *client) refresh(ctx context.Context) error {
	for _, p := range c.pending {
		if p.mined {
			continue
		}
		r, err := c.l.backend.TransactionReceipt(ctx, p.tx.Hash())
		if err != nil {
			continue // not mined yet
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("deposit %s reverted", p.tx.Hash())
		}
		found := false
		for _, lg := range r.Logs {
			if e, err := c.l.tsc.UnpackDepositedEvent(lg); err == nil {
				p.index, p.mined, found = e.Index, true, true
			}
		}
		if !found {
			return fmt.Errorf("deposit %s: no Deposited event", p.tx.Hash())
		}
	}
	credited := c.l.d.Nodes[0].Head().DepositIndex
	kept := c.pending[:0]
	for _, p := range c.pending {
		if p.mined && p.index < credited {
			p.to.budget.Add(p.to.budget, p.value)
			continue
		}
		kept = append(kept, p)
	}
	c.pending = kept
	for _, u := range c.users {
		a, err := c.l.d.Nodes[0].Account(u.addr)
		if err != nil {
			return err
		}
		u.applied = a.Nonce
	}
	return nil
}

// send signs and submits one transfer or redeem for u, to a random node,
// if u has the funds and room in its window.
func (c *client) send(ctx context.Context, u *user) (bool, error) {
	if u.nonce-u.applied >= c.l.window {
		return false, nil
	}
	value := uint256.NewInt(1e9 + c.rng.Uint64N(9e9))
	if u.budget.Lt(value) {
		return false, nil
	}
	tx := &rollup.Tx{Type: rollup.TxTransfer, Value: value, Nonce: u.nonce}
	redeem := c.rng.IntN(c.l.redeemEvery) == 0
	if redeem {
		tx.Type = rollup.TxRedeem
	} else {
		to := u
		for to == u {
			to = c.l.users[c.rng.IntN(len(c.l.users))]
		}
		tx.To = to.addr
	}
	if err := tx.Sign(c.l.d.Domain, u.key); err != nil {
		return false, err
	}
	// Clients may send to any sequencer: it gossips to the others.
	n := c.l.d.Nodes[c.rng.IntN(len(c.l.d.Nodes))]
	if _, err := n.SubmitTx(ctx, tx, true); err != nil {
		// Backpressure: the pool is full, or this node's checkpoint
		// does not show u's funds or nonces yet, or u has as many
		// transactions pending as a sender may.
		if errors.Is(err, rollup.ErrMempoolFull) || errors.Is(err, rollup.ErrNonceWindow) ||
			errors.Is(err, rollup.ErrSenderCap) || errors.Is(err, rollup.ErrUnpayable) {
			return false, nil
		}
		return false, fmt.Errorf("submit %s: %w", tx.Type, err)
	}
	u.nonce++
	u.budget.Sub(u.budget, value)
	if redeem {
		u.redeemed.Add(u.redeemed, value.ToBig())
		c.redeems++
	} else {
		c.transfers++
	}
	return true, nil
}

// drain waits until every deposit is credited, every transaction applied,
// and every node at the L1's height, then totals what was sent.
func (l *load) drain(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		settled, err := l.settled(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("devnet: the rollup did not settle within %v: %w", timeout, err)
			}
			return err
		}
		if settled {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: the rollup did not settle within %v (%s)", timeout, l.backlog())
		case <-time.After(refreshEvery):
		}
	}
	for _, c := range l.clients {
		l.deposited.Add(l.deposited, c.deposited)
		l.deposits += c.deposits
		l.transfers += c.transfers
		l.redeems += c.redeems
	}
	for _, u := range l.users {
		l.redeemed.Add(l.redeemed, u.redeemed)
	}
	return nil
}

func (l *load) settled(ctx context.Context) (bool, error) {
	for _, c := range l.clients {
		if err := c.refresh(ctx); err != nil {
			return false, err
		}
		if len(c.pending) > 0 {
			return false, nil
		}
	}
	for _, u := range l.users {
		if u.applied != u.nonce {
			return false, nil
		}
	}
	head, err := l.d.L1.Head(ctx)
	if err != nil {
		return false, err
	}
	for _, n := range l.d.Nodes {
		if n.Head().Height != head.Height {
			return false, nil
		}
	}
	return true, nil
}

// backlog says what is still unsettled, for a timeout error.
func (l *load) backlog() string {
	deps, txs := 0, uint64(0)
	for _, c := range l.clients {
		deps += len(c.pending)
	}
	for _, u := range l.users {
		txs += u.nonce - u.applied
	}
	heights := make([]uint64, len(l.d.Nodes))
	for i, n := range l.d.Nodes {
		heights[i] = n.Head().Height
	}
	return fmt.Sprintf("%d deposits not credited, %d transactions not applied, node heights %v", deps, txs, heights)
}
