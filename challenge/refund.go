package challenge

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/rollup"
)

var (
	// ErrMissingDeposits: the deposit events given do not cover the
	// unconsumed queue (and the deposit just before it).
	ErrMissingDeposits = errors.New("challenge: missing deposit events")
	// ErrDepositChain: the deposit events do not chain to the TSC's
	// depositAcc, so the TSC would refuse them: the event source lied or is
	// out of date.
	ErrDepositChain = errors.New("challenge: deposit events do not match the TSC's queue")
)

// RefundChunk is one refundDeposits call: the deposits to refund, in queue
// order, and the queue's acc before the first of them.
type RefundChunk struct {
	AccBefore common.Hash
	Deposits  []rollup.DepositEvent
}

// PlanRefunds splits the unconsumed deposit queue [index, count) of a
// frozen TSC into refundDeposits calls of at most perCall deposits each,
// from the end of the queue backwards: the order the TSC takes them in,
// since each call pops its deposits off the end. events are Deposited
// events in any order (duplicates allowed) and must include indices
// index-1 (if index > 0) through count-1; acc is the TSC's depositAcc. The
// events are checked against acc, so a bad event source is caught before a
// transaction is sent.
func PlanRefunds(events []rollup.DepositEvent, index, count uint64, acc common.Hash, perCall int) ([]RefundChunk, error) {
	if perCall <= 0 {
		return nil, fmt.Errorf("%w: perCall must be positive, got %d", ErrConfig, perCall)
	}
	if count < index {
		return nil, fmt.Errorf("%w: queue [%d, %d) is inverted", ErrDepositChain, index, count)
	}
	if count == index {
		return nil, nil
	}
	lo := index
	if lo > 0 {
		lo--
	}
	if count-lo > uint64(len(events)) {
		return nil, fmt.Errorf("%w: need %d events from index %d, have %d", ErrMissingDeposits, count-lo, lo, len(events))
	}
	byIndex := make(map[uint64]rollup.DepositEvent, count-lo)
	for _, e := range events {
		if e.Index >= lo && e.Index < count {
			byIndex[e.Index] = e
		}
	}
	queue := make([]rollup.DepositEvent, 0, count-index)
	var prev common.Hash // acc before index
	if index > 0 {
		e, ok := byIndex[index-1]
		if !ok {
			return nil, fmt.Errorf("%w: deposit %d", ErrMissingDeposits, index-1)
		}
		prev = e.Acc
	}
	accs := make([]common.Hash, 0, count-index+1)
	accs = append(accs, prev)
	for i := index; i < count; i++ {
		e, ok := byIndex[i]
		if !ok {
			return nil, fmt.Errorf("%w: deposit %d", ErrMissingDeposits, i)
		}
		if e.Value == nil || e.Value.IsZero() || e.To == (common.Address{}) {
			return nil, fmt.Errorf("%w: deposit %d is empty", ErrDepositChain, i)
		}
		prev = rollup.DepositAccNext(prev, i, e.To, e.Value)
		if prev != e.Acc {
			return nil, fmt.Errorf("%w: deposit %d does not hash to its acc", ErrDepositChain, i)
		}
		queue = append(queue, e)
		accs = append(accs, prev)
	}
	if prev != acc {
		return nil, fmt.Errorf("%w: the events end at acc %s, the TSC holds %s", ErrDepositChain, prev, acc)
	}
	var out []RefundChunk
	for hi := len(queue); hi > 0; {
		lo := max(hi-perCall, 0)
		out = append(out, RefundChunk{AccBefore: accs[lo], Deposits: queue[lo:hi]})
		hi = lo
	}
	return out, nil
}
