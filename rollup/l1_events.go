package rollup

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// DepositEvent is one entry of the TSC deposit queue.
type DepositEvent struct {
	Index uint64
	To    common.Address
	Value *uint256.Int
	Acc   common.Hash
	Block uint64 // the L1 block that queued it (0 when not read from a log)
}

// AcceptedEvent says the TSC accepted a header.
type AcceptedEvent struct {
	Height     uint64
	HeaderHash common.Hash
	StateRoot  common.Hash
	Block      uint64 // the L1 block that accepted it
}

// BlockNumber is the L1 head's number.
func (l *L1) BlockNumber(ctx context.Context) (uint64, error) {
	h, err := l.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

// Finality is which L1 block a follower treats as settled enough to act on.
type Finality int

const (
	// FinalityLatest follows the chain head (less Confirmations).
	FinalityLatest Finality = iota
	// FinalitySafe follows the consensus layer's `safe` block.
	FinalitySafe
	// FinalityFinalized follows the `finalized` block.
	FinalityFinalized
)

func (f Finality) String() string {
	switch f {
	case FinalitySafe:
		return "safe"
	case FinalityFinalized:
		return "finalized"
	}
	return "latest"
}

func (f Finality) tag() *big.Int {
	switch f {
	case FinalitySafe:
		return big.NewInt(int64(rpc.SafeBlockNumber))
	case FinalityFinalized:
		return big.NewInt(int64(rpc.FinalizedBlockNumber))
	}
	return nil
}

// BlockRef names an L1 block.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
}

// ErrNoConfirmedBlock: the chain is shorter than the confirmation depth, or
// the endpoint knows no safe/finalized block yet.
var ErrNoConfirmedBlock = errors.New("rollup: no L1 block is confirmed yet")

// Confirmed returns the newest L1 block a follower may act on: the block
// tagged by f, less confirmations blocks.
func (l *L1) Confirmed(ctx context.Context, confirmations uint64, f Finality) (BlockRef, error) {
	h, err := l.backend.HeaderByNumber(ctx, f.tag())
	if err != nil {
		if f != FinalityLatest {
			return BlockRef{}, fmt.Errorf("%w: %s block: %w", ErrNoConfirmedBlock, f, err)
		}
		return BlockRef{}, err
	}
	if h == nil {
		return BlockRef{}, ErrNoConfirmedBlock
	}
	if confirmations == 0 {
		return BlockRef{Number: h.Number.Uint64(), Hash: h.Hash()}, nil
	}
	top := h.Number.Uint64()
	if top < confirmations {
		return BlockRef{}, ErrNoConfirmedBlock
	}
	return l.BlockAt(ctx, top-confirmations)
}

// BlockAt returns the canonical L1 block at a height.
func (l *L1) BlockAt(ctx context.Context, number uint64) (BlockRef, error) {
	h, err := l.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return BlockRef{}, err
	}
	return BlockRef{Number: number, Hash: h.Hash()}, nil
}

// DeployBlock is the L1 block that deployed the TSC: where a follower starts
// scanning. It is Deployment.Block when set, else read from the deployment
// receipt when this L1 deployed the contracts (Deploy), else 0 (unknown:
// scan from genesis).
func (l *L1) DeployBlock(ctx context.Context) (uint64, error) {
	if l.addrs.Block != 0 {
		return l.addrs.Block, nil
	}
	if l.deployTx == (common.Hash{}) {
		return 0, nil
	}
	r, err := l.backend.TransactionReceipt(ctx, l.deployTx)
	if err != nil {
		return 0, fmt.Errorf("rollup: TSC deployment receipt: %w", err)
	}
	return r.BlockNumber.Uint64(), nil
}

// DefaultLogRange is how many blocks one log query spans by default
// (public JSON-RPC providers cap eth_getLogs ranges).
const DefaultLogRange = 2_000

// Events returns the deposits and accepted headers in blocks [from, to].
func (l *L1) Events(ctx context.Context, from, to uint64) ([]DepositEvent, []AcceptedEvent, error) {
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	dit, err := bind.FilterEvents(l.tscC, opts, l.tsc.UnpackDepositedEvent)
	if err != nil {
		return nil, nil, err
	}
	defer dit.Close()
	var deps []DepositEvent
	for dit.Next() {
		e := dit.Value()
		v, _ := uint256.FromBig(e.Value)
		deps = append(deps, DepositEvent{Index: e.Index, To: e.To, Value: v, Acc: e.Acc, Block: rawBlock(e.Raw)})
	}
	if err := dit.Error(); err != nil {
		return nil, nil, err
	}
	ait, err := bind.FilterEvents(l.tscC, opts, l.tsc.UnpackHeaderAcceptedEvent)
	if err != nil {
		return nil, nil, err
	}
	defer ait.Close()
	var acc []AcceptedEvent
	for ait.Next() {
		e := ait.Value()
		acc = append(acc, AcceptedEvent{Height: e.Height, HeaderHash: e.HeaderHash, StateRoot: e.StateRoot, Block: rawBlock(e.Raw)})
	}
	return deps, acc, ait.Error()
}

func rawBlock(l *types.Log) uint64 {
	if l == nil {
		return 0
	}
	return l.BlockNumber
}
