package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/rollup"
)

// backend is the L1 connection: what the rollup needs, and balances for
// the checks, and transactions for the payouts of accepted headers
// (rollup.L1.HeaderPayouts). ethclient.Client and the simulated client
// both are one.
type backend interface {
	rollup.Backend
	ethereum.TransactionReader
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// chain is the L1 a run settles on.
type chain struct {
	name    string
	backend backend
	block   time.Duration // block period
	poll    time.Duration // how often nodes and the watcher poll it
	close   func()
}

// roundTimeout is how long nodes wait for a height before the next leader
// tries: a few blocks, as a header needs one to be mined and a poll to be
// seen. The node's default (5s) is 20 simulated blocks; shorter, a
// proposal that loses its quorum (a member that has not yet seen a
// deposit's block refuses to vote) stalls the rollup for a second, not five.
func (c *chain) roundTimeout() time.Duration { return max(time.Second, 4*c.block) }

// openChain connects to the L1 and makes sure keys can pay for gas (and
// deposits): on the simulated chain they are funded at genesis; on an RPC
// chain a funder sends each cfg.Fund.
func openChain(ctx context.Context, cfg Config, keys []*ecdsa.PrivateKey, out io.Writer) (*chain, error) {
	if cfg.RPC == "" {
		c, err := simChain(keys, cfg.Block)
		if err != nil {
			return nil, err
		}
		if c.backend, err = newNonceGuard(ctx, c.backend); err != nil {
			c.close()
			return nil, err
		}
		return c, nil
	}
	return rpcChain(ctx, cfg, keys, out)
}

func rpcChain(ctx context.Context, cfg Config, keys []*ecdsa.PrivateKey, out io.Writer) (_ *chain, err error) {
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("devnet: dial %s: %w", cfg.RPC, err)
	}
	defer func() {
		if err != nil {
			client.Close()
		}
	}()
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: %s: chain id: %w", cfg.RPC, err)
	}
	block, err := blockPeriod(ctx, client)
	if err != nil {
		return nil, err
	}
	var f funder
	if cfg.Key != nil {
		f = &keyFunder{client: client, key: cfg.Key, chainID: id}
	} else if f, err = devAccount(ctx, client); err != nil {
		return nil, err
	}
	to := make([]common.Address, len(keys))
	for i, k := range keys {
		to[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	fmt.Fprintf(out, "funding %d keys with %s wei each from %s\n", len(to), cfg.Fund, f)
	if err := fund(ctx, client, f, to, cfg.Fund); err != nil {
		return nil, err
	}
	guard, err := newNonceGuard(ctx, client)
	if err != nil {
		return nil, err
	}
	return &chain{
		name: fmt.Sprintf("%s (chain %s, %v blocks)", cfg.RPC, id, block), backend: guard,
		// A real node is polled over HTTP by five nodes and the watcher:
		// poll less often than in process, still several times a block.
		block: block, poll: min(200*time.Millisecond, block/4), close: client.Close,
	}, nil
}

// blockPeriod estimates a chain's block time from its last blocks'
// timestamps (whole seconds), within [1s, 15s]: on a chain that mines only
// on demand (geth --dev without --dev.period) the gaps are idle time.
func blockPeriod(ctx context.Context, client *ethclient.Client) (time.Duration, error) {
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("devnet: latest block: %w", err)
	}
	n := head.Number.Uint64()
	if n < 2 {
		return time.Second, nil
	}
	const span = 10
	from := n - min(n-1, span)
	old, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(from))
	if err != nil {
		return 0, fmt.Errorf("devnet: block %d: %w", from, err)
	}
	p := time.Duration(head.Time-old.Time) * time.Second / time.Duration(n-from)
	return min(max(time.Second, p), 15*time.Second), nil
}

func simChain(keys []*ecdsa.PrivateKey, block time.Duration) (*chain, error) {
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	sim, err := chaintest.NewBackend(addrs)
	if err != nil {
		return nil, err
	}
	// The simulated chain mines only on Commit: mining on a timer makes it
	// behave like a real one, so the code above it cannot tell them apart.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { chaintest.AutoCommit(ctx, sim, block) })
	return &chain{
		name: fmt.Sprintf("an in-process simulated chain (mainnet gas rules, %v blocks)", block), backend: sim.Client(),
		block: block, poll: 20 * time.Millisecond,
		close: func() {
			// Stop mining before closing: Commit on a closed backend panics.
			cancel()
			wg.Wait()
			_ = sim.Close()
		},
	}, nil
}

// nonceGuard makes PendingNonceAt count the transactions sent through it.
// A node adds a sent transaction to its pool but promotes it to pending
// asynchronously (go-ethereum's legacypool.Add without sync), so a pending
// nonce read right after a send can still be the sent one; a second
// transaction signed with it replaces the first or fails ("replacement
// transaction underpriced"). Every sender here (the devnet's admin, the
// submitters, the depositors) goes through one guard. It assumes sent
// transactions are not dropped, which holds on a devnet.
type nonceGuard struct {
	backend
	signer types.Signer
	mu     sync.Mutex
	next   map[common.Address]uint64
}

func newNonceGuard(ctx context.Context, b backend) (*nonceGuard, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: chain id: %w", err)
	}
	return &nonceGuard{backend: b, signer: types.LatestSignerForChainID(id), next: map[common.Address]uint64{}}, nil
}

func (g *nonceGuard) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := g.backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	from, err := types.Sender(g.signer, tx)
	if err != nil {
		return nil // sent; not ours to track
	}
	g.mu.Lock()
	g.next[from] = max(g.next[from], tx.Nonce()+1)
	g.mu.Unlock()
	return nil
}

func (g *nonceGuard) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	n, err := g.backend.PendingNonceAt(ctx, a)
	if err != nil {
		return 0, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return max(n, g.next[a]), nil
}

func newKeys(n int) ([]*ecdsa.PrivateKey, error) {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

// funder sends value to an address and returns the transaction hash.
type funder interface {
	send(ctx context.Context, to common.Address, value *big.Int) (common.Hash, error)
	balance(ctx context.Context) (*big.Int, error)
	String() string
}

func fund(ctx context.Context, client *ethclient.Client, f funder, to []common.Address, value *big.Int) error {
	need := new(big.Int).Mul(value, big.NewInt(int64(len(to))))
	if bal, err := f.balance(ctx); err != nil {
		return fmt.Errorf("devnet: funder balance: %w", err)
	} else if bal.Cmp(need) < 0 {
		return fmt.Errorf("devnet: %s holds %s wei, the run needs %s plus gas (lower -fund?)", f, bal, need)
	}
	hashes := make([]common.Hash, len(to))
	for i, a := range to {
		h, err := f.send(ctx, a, value)
		if err != nil {
			return fmt.Errorf("devnet: fund %s: %w", a, err)
		}
		hashes[i] = h
	}
	return waitHashes(ctx, client, hashes)
}

// waitHashes is rollup.WaitAll for transactions known by hash only (those
// the node signed).
func waitHashes(ctx context.Context, client *ethclient.Client, hashes []common.Hash) error {
	for _, h := range hashes {
		wait := 10 * time.Millisecond
		for {
			r, err := client.TransactionReceipt(ctx, h)
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return fmt.Errorf("devnet: funding tx %s failed", h)
				}
				break
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
			wait = min(2*wait, time.Second)
		}
	}
	return nil
}

// devFunder is geth --dev's prefunded account, which the node unlocks and
// signs for: the run needs no key of its own.
type devFunder struct {
	client *ethclient.Client
	from   common.Address
	nonce  *uint64 // next nonce, once read: see nextNonce
}

func devAccount(ctx context.Context, client *ethclient.Client) (*devFunder, error) {
	var accounts []common.Address
	if err := client.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		return nil, fmt.Errorf("devnet: eth_accounts: %w (pass -key on a node without a dev account)", err)
	}
	if len(accounts) == 0 {
		return nil, fmt.Errorf("devnet: the node has no unlocked account: pass -key, or run geth --dev")
	}
	return &devFunder{client: client, from: accounts[0]}, nil
}

func (d *devFunder) String() string { return "the node's dev account " + d.from.Hex() }

func (d *devFunder) balance(ctx context.Context) (*big.Int, error) {
	return d.client.BalanceAt(ctx, d.from, nil)
}

func (d *devFunder) send(ctx context.Context, to common.Address, value *big.Int) (common.Hash, error) {
	nonce, err := nextNonce(ctx, d.client, d.from, &d.nonce)
	if err != nil {
		return common.Hash{}, err
	}
	var h common.Hash
	err = d.client.Client().CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
		"from": d.from, "to": to, "value": (*hexutil.Big)(value), "nonce": hexutil.Uint64(nonce),
	})
	if err == nil {
		*d.nonce++
	}
	return h, err
}

// nextNonce reads a funder's pending nonce once and then counts: right
// after a send the node's pending nonce can lag (see nonceGuard), and the
// node fills a missing nonce of eth_sendTransaction from that same count.
func nextNonce(ctx context.Context, client *ethclient.Client, from common.Address, next **uint64) (uint64, error) {
	if *next == nil {
		n, err := client.PendingNonceAt(ctx, from)
		if err != nil {
			return 0, err
		}
		*next = &n
	}
	return **next, nil
}

// keyFunder signs with a key the user passed.
type keyFunder struct {
	client  *ethclient.Client
	key     *ecdsa.PrivateKey
	chainID *big.Int
	nonce   *uint64 // next nonce, once read
}

func (k *keyFunder) addr() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }

func (k *keyFunder) String() string { return "key " + k.addr().Hex() }

func (k *keyFunder) balance(ctx context.Context) (*big.Int, error) {
	return k.client.BalanceAt(ctx, k.addr(), nil)
}

func (k *keyFunder) send(ctx context.Context, to common.Address, value *big.Int) (common.Hash, error) {
	nonce, err := nextNonce(ctx, k.client, k.addr(), &k.nonce)
	if err != nil {
		return common.Hash{}, err
	}
	tip, err := k.client.SuggestGasTipCap(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	head, err := k.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(k.key, types.LatestSignerForChainID(k.chainID), &types.DynamicFeeTx{
		ChainID: k.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: params.TxGas, To: &to, Value: value,
	})
	if err != nil {
		return common.Hash{}, err
	}
	if err := k.client.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	*k.nonce++
	return tx.Hash(), nil
}

// sweep returns what is left on the run's keys to the -key funder, so a run
// on a public testnet costs only its gas. The keys are fresh and die with
// the run; a dev account's ether is not worth the wait.
func sweep(ctx context.Context, b backend, to common.Address, keys []*ecdsa.PrivateKey, out io.Writer) error {
	id, err := b.ChainID(ctx)
	if err != nil {
		return err
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	fee := new(big.Int).Mul(feeCap, big.NewInt(int64(params.TxGas)))
	var txs []*types.Transaction
	total := new(big.Int)
	for _, k := range keys {
		from := crypto.PubkeyToAddress(k.PublicKey)
		bal, err := b.BalanceAt(ctx, from, nil)
		if err != nil {
			return err
		}
		if bal.Cmp(fee) <= 0 {
			continue
		}
		nonce, err := b.PendingNonceAt(ctx, from)
		if err != nil {
			return err
		}
		value := new(big.Int).Sub(bal, fee)
		tx, err := types.SignNewTx(k, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
			ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: params.TxGas, To: &to, Value: value,
		})
		if err != nil {
			return err
		}
		if err := b.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("sweep %s: %w", from, err)
		}
		txs = append(txs, tx)
		total.Add(total, value)
	}
	if _, err := rollup.WaitAll(ctx, b, txs...); err != nil {
		return err
	}
	fmt.Fprintf(out, "returned %s wei from %d keys to %s\n", total, len(txs), to)
	return nil
}
