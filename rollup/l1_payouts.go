package rollup

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/contracts/bindings"
)

// ErrPayoutsUnknown: the payouts of an accepted header cannot be read from
// the L1 transaction named: it is not a direct updateState call on the TSC
// carrying that header (a contract relayed it, or the hashes are wrong), or
// the backend cannot fetch transactions. The header is then to be had from
// a DAP (its hash is the HeaderAccepted event's).
var ErrPayoutsUnknown = errors.New("rollup: header payouts not readable from L1")

// Payout is one withdrawal of an accepted header as L1 settled it.
type Payout struct {
	Withdrawal
	// Deferred: the recipient refused the payment (or ran out of the payout
	// gas); the TSC parked it in pendingWithdrawals for claimWithdrawal.
	Deferred bool
}

// HeaderPayouts returns the payouts of the header that L1 transaction
// txHash got accepted, whose hash is headerHash (both from the
// HeaderAccepted event). The TSC emits no event for a paid withdrawal, to
// keep payouts at the L1 floor: the header, which lists them, is read from
// the transaction's calldata and checked against headerHash, and the
// WithdrawalDeferred events of the transaction mark the parked ones. An
// address appears at most once per header (the enclaves sum its redeems).
func (l *L1) HeaderPayouts(ctx context.Context, txHash, headerHash common.Hash) ([]Payout, error) {
	tr, ok := l.backend.(ethereum.TransactionReader)
	if !ok {
		return nil, fmt.Errorf("%w: the backend cannot fetch transactions", ErrPayoutsUnknown)
	}
	tx, _, err := tr.TransactionByHash(ctx, txHash)
	if err != nil {
		return nil, fmt.Errorf("rollup: transaction %s: %w", txHash, err)
	}
	if tx.To() == nil || *tx.To() != l.addrs.Rollup {
		return nil, fmt.Errorf("%w: %s is not a call to the TSC", ErrPayoutsUnknown, txHash)
	}
	h, err := updateStateHeader(tx.Data())
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrPayoutsUnknown, txHash, err)
	}
	if h.Hash() != headerHash {
		return nil, fmt.Errorf("%w: %s carries header %s, not %s", ErrPayoutsUnknown, txHash, h.Hash(), headerHash)
	}
	r, err := l.backend.TransactionReceipt(ctx, txHash)
	if err != nil {
		return nil, fmt.Errorf("rollup: receipt of %s: %w", txHash, err)
	}
	out := make([]Payout, len(h.Withdrawals))
	for i, w := range h.Withdrawals {
		out[i] = Payout{Withdrawal: w}
	}
	for _, lg := range r.Logs {
		if lg.Address != l.addrs.Rollup {
			continue
		}
		ev, err := l.tsc.UnpackWithdrawalDeferredEvent(lg)
		if err != nil {
			continue // another event
		}
		// Match the entry it parked: the first not yet marked with this
		// recipient and amount.
		for i := range out {
			p := &out[i]
			if !p.Deferred && p.To == ev.To && p.Amount != nil && p.Amount.ToBig().Cmp(ev.Amount) == 0 {
				p.Deferred = true
				break
			}
		}
	}
	return out, nil
}

// updateStateHeader decodes the header argument (the first) of a call of
// one of the TSC's updateState methods.
func updateStateHeader(data []byte) (*Header, error) {
	a, err := bindings.TeeRollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	if len(data) < 4 {
		return nil, errors.New("no method selector")
	}
	m, err := a.MethodById(data[:4])
	if err != nil {
		return nil, err
	}
	// updateState, updateStateBLS, updateStateDA, ...: the header first.
	if !strings.HasPrefix(m.RawName, "updateState") || len(m.Inputs) == 0 {
		return nil, fmt.Errorf("method %s carries no header", m.RawName)
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, err
	}
	enc, err := abi.Arguments{m.Inputs[0]}.Pack(vals[0])
	if err != nil {
		return nil, err
	}
	return DecodeHeader(enc)
}
