package rollup_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/teerollup/teerollup/internal/chaintest"
	"github.com/teerollup/teerollup/internal/devnet"
	"github.com/teerollup/teerollup/rollup"
)

// reorgEnv is a committee on a simulated chain that the test mines (and
// forks) block by block; nodes do not run: the test syncs them and has
// node 0 propose.
type reorgEnv struct {
	t         *testing.T
	ctx       context.Context
	chain     *chaintest.Chain
	d         *devnet.Devnet
	depositor *ecdsa.PrivateKey
	to        common.Address
}

func newReorgEnv(t *testing.T, confirmations uint64) *reorgEnv {
	t.Helper()
	ctx := context.Background()
	chain := chaintest.New(t)
	d, err := devnet.Start(ctx, devnet.Options{
		Backend: chain.Client, Admin: chain.Accounts[0].Key, Wait: func() { chain.Backend.Commit() },
		Submitters:    []*ecdsa.PrivateKey{chain.Accounts[1].Key},
		Confirmations: confirmations,
	})
	if err != nil {
		t.Fatal(err)
	}
	return &reorgEnv{t: t, ctx: ctx, chain: chain, d: d, depositor: chain.Accounts[2].Key, to: chain.Accounts[3].Address}
}

func (e *reorgEnv) head() uint64 {
	e.t.Helper()
	n, err := e.chain.Client.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *reorgEnv) blockHash(n uint64) common.Hash {
	e.t.Helper()
	h, err := e.chain.Client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Hash()
}

// mineTx makes blocks until tx is in one (the simulated pool adds sent
// transactions asynchronously) and returns its receipt.
func (e *reorgEnv) mineTx(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	for range 100 {
		e.chain.Backend.Commit()
		if r, err := e.chain.Client.TransactionReceipt(e.ctx, tx.Hash()); err == nil {
			return r
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatalf("tx %s never mined", tx.Hash())
	return nil
}

// mineTo makes empty blocks up to height n.
func (e *reorgEnv) mineTo(n uint64) {
	e.t.Helper()
	for e.head() < n {
		e.chain.Backend.Commit()
	}
}

// deposit sends a deposit of wei from the depositor with the given nonce
// and tip (a higher tip replaces a pending deposit of the same nonce). A
// send right after a fork may race the pool's reset: it is retried.
func (e *reorgEnv) deposit(wei *big.Int, nonce uint64, tipGwei int64) *types.Transaction {
	e.t.Helper()
	auth := bind.NewKeyedTransactor(e.depositor, e.d.Domain.ChainID)
	auth.Nonce = new(big.Int).SetUint64(nonce)
	auth.GasTipCap = big.NewInt(tipGwei * params.GWei)
	auth.GasFeeCap = big.NewInt(100 * tipGwei * params.GWei)
	auth.GasLimit = 200_000
	var err error
	for range 200 {
		var tx *types.Transaction
		if tx, err = e.d.L1.Deposit(e.ctx, auth, e.to, wei); err == nil {
			return tx
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatalf("deposit: %v", err)
	return nil
}

// fork makes the block before `block` the head: the blocks from `block` on
// leave the canonical chain.
func (e *reorgEnv) fork(block uint64) {
	e.t.Helper()
	if err := e.chain.Backend.Fork(e.blockHash(block - 1)); err != nil {
		e.t.Fatal(err)
	}
}

func (e *reorgEnv) syncAll() {
	e.t.Helper()
	for i, n := range e.d.Nodes {
		if err := n.Sync(e.ctx); err != nil {
			e.t.Fatalf("node %d sync: %v", i, err)
		}
	}
}

// proposeAndAccept has node 0 propose height h, mines until the TSC
// accepts it and syncs every node.
func (e *reorgEnv) proposeAndAccept(h uint64) {
	e.t.Helper()
	if err := e.d.Nodes[0].ProposeNow(e.ctx); err != nil {
		e.t.Fatalf("propose height %d: %v", h, err)
	}
	for range 100 {
		e.chain.Backend.Commit()
		head, err := e.d.L1.Head(e.ctx)
		if err != nil {
			e.t.Fatal(err)
		}
		if head.Height >= h {
			e.syncAll()
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatalf("height %d never accepted", h)
}

// credited checks that every node is at height h, credits the deposit
// recipient wei, and agrees with the TSC's state root.
func (e *reorgEnv) credited(h uint64, wei *big.Int) {
	e.t.Helper()
	l1, err := e.d.L1.Head(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	if l1.Height != h {
		e.t.Fatalf("TSC at height %d, want %d", l1.Height, h)
	}
	for i, n := range e.d.Nodes {
		if n.Head().Height != h || n.Head().StateRoot != l1.StateRoot {
			e.t.Fatalf("node %d at height %d root %s; TSC at %d root %s", i, n.Head().Height, n.Head().StateRoot, l1.Height, l1.StateRoot)
		}
		a, err := n.Account(e.to)
		if err != nil {
			e.t.Fatal(err)
		}
		if a.Balance.ToBig().Cmp(wei) != 0 {
			e.t.Fatalf("node %d credits %s wei, want %s", i, a.Balance, wei)
		}
	}
}

var tenEther = new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))

// replaceDeposit mines a 10-ether deposit (index 0) in block B, lets the
// nodes see it, reorgs B out and mines a 1-wei deposit at index 0 in its
// place: in a block the nodes have already scanned, so only a rollback
// makes them read it.
func (e *reorgEnv) replaceDeposit(beforeFork func(b uint64)) (b uint64) {
	e.t.Helper()
	nonce, err := e.chain.Client.PendingNonceAt(e.ctx, crypto.PubkeyToAddress(e.depositor.PublicKey))
	if err != nil {
		e.t.Fatal(err)
	}
	r := e.mineTx(e.deposit(tenEther, nonce, 1))
	b = r.BlockNumber.Uint64()
	e.mineTo(b + 2)
	e.syncAll()
	if d, ok := e.d.Nodes[1].SeenDeposit(0); !ok || d.Value.ToBig().Cmp(tenEther) != 0 {
		e.t.Fatalf("before the reorg node 1 sees deposit 0 = %v (%v), want 10 ether", d.Value, ok)
	}
	if beforeFork != nil {
		beforeFork(b)
	}
	scanned := e.head()
	e.fork(b)
	r = e.mineTx(e.deposit(big.NewInt(1), nonce, 2))
	if r.BlockNumber.Uint64() > scanned {
		e.t.Fatalf("the 1-wei deposit landed in block %d, past the %d blocks the nodes scanned", r.BlockNumber, scanned)
	}
	e.mineTo(scanned + 2)
	return b
}

// The attack: a one-block reorg replaces a 10-ether deposit by a 1-wei
// deposit at the same index. A node that never rolls back keeps crediting
// 10 ether, its header is refused by the TSC (the deposit accumulator
// differs) and the rollup is stuck.
func TestReorgReplacesDeposit(t *testing.T) {
	e := newReorgEnv(t, 0)
	e.replaceDeposit(nil)
	e.syncAll()
	for i, n := range e.d.Nodes {
		d, ok := n.SeenDeposit(0)
		if !ok || d.Value.Uint64() != 1 || !d.Value.IsUint64() {
			t.Fatalf("node %d sees deposit 0 = %v after the reorg, want 1 wei", i, d.Value)
		}
		if s := n.Stats(); s.Reorgs != 1 {
			t.Fatalf("node %d counted %d reorgs, want 1", i, s.Reorgs)
		}
	}
	e.proposeAndAccept(1)
	e.credited(1, big.NewInt(1))
}

// A header the TSC accepted is reorged out with the deposit it credited:
// every node rewinds its enclave to the checkpoint before it and follows
// the new branch.
func TestReorgDropsAcceptedHeader(t *testing.T) {
	e := newReorgEnv(t, 0)
	e.replaceDeposit(func(uint64) {
		e.proposeAndAccept(1)
		e.credited(1, tenEther)
		e.mineTo(e.head() + 1)
		e.syncAll()
	})
	e.syncAll()
	for i, n := range e.d.Nodes {
		if n.Head().Height != 0 {
			t.Fatalf("node %d at height %d after the reorg dropped height 1", i, n.Head().Height)
		}
		if s := n.Stats(); s.Reorgs != 1 || s.Accepted != 1 {
			t.Fatalf("node %d stats %+v, want 1 reorg, 1 accepted", i, s)
		}
	}
	e.proposeAndAccept(1)
	e.credited(1, big.NewInt(1))
	// And the rollup goes on from there.
	nonce, err := e.chain.Client.PendingNonceAt(e.ctx, crypto.PubkeyToAddress(e.depositor.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	e.mineTx(e.deposit(big.NewInt(2), nonce, 2))
	e.syncAll()
	e.proposeAndAccept(2)
	e.credited(2, big.NewInt(3))
}

// With Confirmations = k a node acts on an event only once it is k blocks
// deep, so a reorg shallower than that never reaches it.
func TestConfirmations(t *testing.T) {
	const k = 3
	e := newReorgEnv(t, k)
	nonce, err := e.chain.Client.PendingNonceAt(e.ctx, crypto.PubkeyToAddress(e.depositor.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	b := e.mineTx(e.deposit(tenEther, nonce, 1)).BlockNumber.Uint64()
	e.mineTo(b + 1)
	e.syncAll()
	if n := e.d.Nodes[0].DepositsSeen(); n != 0 {
		t.Fatalf("deposit 1 block deep already seen (%d)", n)
	}
	// A reorg one block deep replaces it before the nodes act on it.
	e.fork(b)
	b2 := e.mineTx(e.deposit(big.NewInt(1), nonce, 2)).BlockNumber.Uint64()
	e.mineTo(b2 + k - 1)
	e.syncAll()
	if n := e.d.Nodes[0].DepositsSeen(); n != 0 {
		t.Fatalf("deposit %d blocks deep already seen", k-1)
	}
	e.mineTo(b2 + k)
	e.syncAll()
	for i, n := range e.d.Nodes {
		d, ok := n.SeenDeposit(0)
		if !ok || !d.Value.IsUint64() || d.Value.Uint64() != 1 {
			t.Fatalf("node %d sees deposit 0 = %v once %d deep, want 1 wei", i, d.Value, k)
		}
		if s := n.Stats(); s.Reorgs != 0 || s.L1Block != b2 {
			t.Fatalf("node %d stats %+v: want no reorg, L1 block %d", i, s, b2)
		}
	}
	e.proposeAndAccept(1)
	// The acceptance counts only k blocks later too.
	for i, n := range e.d.Nodes {
		if n.Head().Height != 0 {
			t.Fatalf("node %d moved on an acceptance less than %d deep", i, k)
		}
	}
	e.mineTo(e.head() + k)
	e.syncAll()
	e.credited(1, big.NewInt(1))
}

// An enclave rewinds only to a checkpoint it held, never to one a host
// makes up, and not forward again to one it rewound past.
func TestEnclaveRewindOnlyToItsCheckpoints(t *testing.T) {
	e := newReorgEnv(t, 0)
	nonce, err := e.chain.Client.PendingNonceAt(e.ctx, crypto.PubkeyToAddress(e.depositor.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	e.mineTx(e.deposit(tenEther, nonce, 1))
	e.syncAll()
	e.proposeAndAccept(1)
	enc := e.d.Nodes[1].Enclave()
	one := enc.Head()
	genesis := rollup.Checkpoint{}
	forged := rollup.Checkpoint{Height: 0, StateRoot: one.StateRoot} // genesis height, a funded state
	if err := enc.Rewind(forged); !errors.Is(err, rollup.ErrUnknownCheckpoint) {
		t.Fatalf("rewind to a forged checkpoint: %v, want ErrUnknownCheckpoint", err)
	}
	if err := enc.Rewind(genesis); err != nil {
		t.Fatal(err)
	}
	if enc.Head() != genesis {
		t.Fatalf("head %+v after rewinding to genesis", enc.Head())
	}
	if err := enc.Rewind(one); !errors.Is(err, rollup.ErrUnknownCheckpoint) {
		t.Fatalf("rewind forward to a dropped checkpoint: %v, want ErrUnknownCheckpoint", err)
	}
}
