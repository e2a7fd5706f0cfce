package rollup

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// DepositEvent is one entry of the TSC deposit queue.
type DepositEvent struct {
	Index uint64
	To    common.Address
	Value *uint256.Int
	Acc   common.Hash
}

// AcceptedEvent says the TSC accepted a header.
type AcceptedEvent struct {
	Height     uint64
	HeaderHash common.Hash
	StateRoot  common.Hash
}

// BlockNumber is the L1 head's number.
func (l *L1) BlockNumber(ctx context.Context) (uint64, error) {
	h, err := l.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

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
		deps = append(deps, DepositEvent{Index: e.Index, To: e.To, Value: v, Acc: e.Acc})
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
		acc = append(acc, AcceptedEvent{Height: e.Height, HeaderHash: e.HeaderHash, StateRoot: e.StateRoot})
	}
	return deps, acc, ait.Error()
}
