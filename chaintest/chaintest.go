// Package chaintest is an in-process EVM chain for tests and benchmarks:
// go-ethereum's simulated backend with mainnet gas rules, funded keys, deploy
// helpers and gas reporting.
//
// Why mainnet rules: go-ethereum 1.17's simulated backend (and geth --dev)
// enables an unreleased fork ("Bogota") that reprices storage. Gas figures
// measured under it would not be what users pay, so the chain config here is
// the dev config with BogotaTime = nil.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// DefaultAccounts is how many funded accounts New creates.
const DefaultAccounts = 8

// BlockGasLimit is the simulated chain's block gas limit (mainnet's 2026
// target of 60M: large enough for any single call we make).
const BlockGasLimit = 60_000_000

// MainnetRules returns a copy of the simulated backend's chain config with the
// unreleased Bogota fork disabled, so gas is what mainnet charges.
func MainnetRules() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	return &cfg
}

// Account is a funded key.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// Chain is a simulated chain. Transactions are mined when Commit is called
// (Mine does both).
type Chain struct {
	Backend  *simulated.Backend
	Client   simulated.Client
	ChainID  *big.Int
	Accounts []Account
}

type config struct {
	accounts int
}

// Option configures New.
type Option func(*config)

// WithAccounts sets the number of funded accounts.
func WithAccounts(n int) Option { return func(c *config) { c.accounts = n } }

// New starts a simulated chain with mainnet gas rules and funded accounts;
// it is closed when the test ends. Keys are derived deterministically so
// addresses are stable across runs.
func New(tb testing.TB, opts ...Option) *Chain {
	tb.Helper()
	cfg := config{accounts: DefaultAccounts}
	for _, o := range opts {
		o(&cfg)
	}
	accts := make([]Account, cfg.accounts)
	for i := range accts {
		key := DeterministicKey(fmt.Sprintf("chaintest/account/%d", i))
		accts[i] = Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
	}
	addrs := make([]common.Address, len(accts))
	for i, a := range accts {
		addrs[i] = a.Address
	}
	b, err := NewBackend(addrs)
	if err != nil {
		tb.Fatalf("chaintest: %v", err)
	}
	tb.Cleanup(func() { _ = b.Close() })
	id, err := b.Client().ChainID(context.Background())
	if err != nil {
		tb.Fatalf("chaintest: chain id: %v", err)
	}
	return &Chain{Backend: b, Client: b.Client(), ChainID: id, Accounts: accts}
}

// DeterministicKey derives a secp256k1 key from a label. Test use only.
func DeterministicKey(label string) *ecdsa.PrivateKey {
	for i := 0; ; i++ {
		seed := crypto.Keccak256([]byte(fmt.Sprintf("%s#%d", label, i)))
		if key, err := crypto.ToECDSA(seed); err == nil {
			return key
		}
	}
}

// Transactor returns transact options for account i.
func (c *Chain) Transactor(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.Accounts[i].Key, c.ChainID)
}

// Mine commits a block and returns the receipt of tx, failing the test if
// the transaction reverted.
func (c *Chain) Mine(tb testing.TB, tx *types.Transaction) *types.Receipt {
	tb.Helper()
	r := c.MineAllowFail(tb, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		tb.Fatalf("chaintest: tx %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
	}
	return r
}

// MineAllowFail commits a block and returns tx's receipt whatever its status.
func (c *Chain) MineAllowFail(tb testing.TB, tx *types.Transaction) *types.Receipt {
	tb.Helper()
	rs, err := Settle(context.Background(), c.Backend, tx)
	if err != nil {
		tb.Fatalf("chaintest: receipt of %s: %v", tx.Hash(), err)
	}
	return rs[0]
}

// Settle makes blocks until every tx is in one and returns their receipts,
// whatever their status. The simulated backend adds sent transactions to
// its pool asynchronously, so a block made right after sending may miss
// some, and nothing else makes blocks: one Commit is not enough.
func Settle(ctx context.Context, b *simulated.Backend, txs ...*types.Transaction) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(txs))
	for try := 0; ; try++ {
		b.Commit()
		missing := 0
		for i, tx := range txs {
			if out[i] != nil {
				continue
			}
			r, err := b.Client().TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				missing++
				continue
			}
			out[i] = r
		}
		if missing == 0 {
			return out, nil
		}
		if try == 200 || ctx.Err() != nil {
			return nil, fmt.Errorf("chaintest: %d of %d transactions not mined after %d blocks", missing, len(txs), try+1)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Deploy deploys a contract from its abigen v2 metadata with account 0 and
// returns its address.
func (c *Chain) Deploy(tb testing.TB, meta *bind.MetaData, constructorInput []byte) common.Address {
	tb.Helper()
	addr, tx, err := bind.DeployContract(c.Transactor(0), common.FromHex(meta.Bin), c.Client, constructorInput)
	if err != nil {
		tb.Fatalf("chaintest: deploy %s: %v", meta.ID, err)
	}
	c.Mine(tb, tx)
	return addr
}

// Transact sends calldata to a contract from account from and mines it.
func (c *Chain) Transact(tb testing.TB, from int, to common.Address, calldata []byte) *types.Receipt {
	tb.Helper()
	tx, err := c.send(from, to, calldata)
	if err != nil {
		tb.Fatalf("chaintest: send to %s: %v", to, err)
	}
	return c.Mine(tb, tx)
}

func (c *Chain) send(from int, to common.Address, calldata []byte) (*types.Transaction, error) {
	ctx := context.Background()
	acct := c.Accounts[from]
	nonce, err := c.Client.PendingNonceAt(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   c.ChainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       params.MaxTxGas, // EIP-7825 per-transaction cap
		To:        &to,
		Data:      calldata,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), acct.Key)
	if err != nil {
		return nil, err
	}
	return signed, c.Client.SendTransaction(ctx, signed)
}

// Call runs calldata against the latest state without a transaction.
func (c *Chain) Call(tb testing.TB, to common.Address, calldata []byte) []byte {
	tb.Helper()
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: calldata}, nil)
	if err != nil {
		tb.Fatalf("chaintest: call %s: %v", to, err)
	}
	return out
}

// ReportGas reports gas as the benchmark's gas/op metric.
func ReportGas(b *testing.B, gas uint64) {
	b.ReportMetric(float64(gas), "gas/op")
}

// IntrinsicGas is the part of a transaction's gas that the contract does not
// control: the 21,000 base plus calldata (EIP-2028 pricing, EIP-7623 floor
// ignored as our calls execute far more than the floor).
func IntrinsicGas(calldata []byte) uint64 {
	g := params.TxGas
	for _, b := range calldata {
		if b == 0 {
			g += params.TxDataZeroGas
		} else {
			g += params.TxDataNonZeroGasEIP2028
		}
	}
	return g
}

// NewBackend starts a simulated chain with mainnet gas rules outside a
// test (the devnet example): accounts are funded with 1e9 ether each. The
// caller closes the backend.
func NewBackend(accounts []common.Address) (*simulated.Backend, error) {
	alloc := types.GenesisAlloc{}
	bal := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(params.Ether))
	for _, a := range accounts {
		alloc[a] = types.Account{Balance: bal}
	}
	rules := MainnetRules()
	return simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = rules
		ec.Genesis.GasLimit = BlockGasLimit
		ec.Miner.GasCeil = BlockGasLimit
	}), nil
}

// AutoCommit mines a block every period until ctx ends, so that code
// written for a real chain (send, then wait for the receipt) runs unchanged
// on the simulated one.
func AutoCommit(ctx context.Context, b *simulated.Backend, period time.Duration) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			b.Commit()
		}
	}
}

// AdjustTime mines an empty block d later than the latest one (see
// simulated.Backend.AdjustTime). The backend refuses while its transaction
// pool lists pending transactions, and the pool drops transactions a Commit
// mined only when its background reset runs: right after Settle, on a busy
// machine, it can still list them. AdjustTime retries until the pool has
// caught up (up to 500 tries, 2 ms apart) instead of failing the caller.
func AdjustTime(ctx context.Context, b *simulated.Backend, d time.Duration) error {
	var err error
	for try := 0; try < 500; try++ {
		if err = b.AdjustTime(d); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
	return fmt.Errorf("chaintest: adjust time: %w", err)
}
