package rollup

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/teerollup/teerollup/contracts/bindings"
)

// DefaultWatchInterval is how often a CommitteeWatcher checks by default
// (one mainnet slot).
const DefaultWatchInterval = 12 * time.Second

// CommitteeWatcher keeps the Manager's committee to eligible members: when
// a member's registration has expired (its evidence's end: Nitro leaf
// certificates last hours, collateral has a nextUpdate), its key was
// revoked (removeCertified, the Slasher, the admin) or its measurement was
// disallowed, the watcher sends invalidateCommittee, which anyone may send.
//
// Why a watcher and not a check in the TSC: the TSC verifies a QC against
// the committee's config hash, not each signer's registration (that would
// be a cold SLOAD per signer on every header). Until someone invalidates,
// an ineligible member's signature still counts; a watcher in every node
// bounds that window by Interval plus a block, and one honest watcher
// anywhere is enough.
type CommitteeWatcher struct {
	L1   *L1
	Auth *bind.TransactOpts // pays for invalidateCommittee
	// Interval between checks; zero means DefaultWatchInterval.
	Interval time.Duration
	Logger   *slog.Logger
}

// Check sends invalidateCommittee if the current committee has an
// ineligible member, waits for it, and reports whether it did. The
// eligibility test is the Manager's own (a gas estimate of the call), so
// the watcher and the contract cannot disagree; a valid committee costs
// one eth_estimateGas and nothing on chain.
func (w *CommitteeWatcher) Check(ctx context.Context) (bool, error) {
	cur, err := w.L1.CurrentCommittee(ctx)
	if err != nil {
		return false, err
	}
	if !cur.Active || cur.Committee == nil {
		return false, nil
	}
	tx, err := w.L1.InvalidateCommittee(ctx, w.Auth, cur.Committee)
	if err != nil {
		var re *RevertError
		if errors.As(err, &re) {
			switch re.Reason.(type) {
			case *bindings.ManagerCommitteeStillValid, *bindings.ManagerNotCurrentCommittee:
				// Valid, or another watcher was first.
				return false, nil
			}
		}
		return false, err
	}
	rs, err := WaitAll(ctx, w.L1.backend, tx)
	if err != nil {
		return false, err
	}
	if rs[0].Status != 1 {
		return false, ErrReverted
	}
	after, err := w.L1.CurrentCommittee(ctx)
	if err == nil {
		w.logger().Warn("committee invalidated: a member is no longer eligible",
			"epoch", cur.Epoch, "members", cur.Committee.Len(), "nextEpoch", after.Epoch, "active", after.Active)
	}
	return true, nil
}

// Run checks every Interval until ctx ends.
func (w *CommitteeWatcher) Run(ctx context.Context) error {
	iv := w.Interval
	if iv <= 0 {
		iv = DefaultWatchInterval
	}
	t := time.NewTicker(iv)
	defer t.Stop()
	for {
		if _, err := w.Check(ctx); err != nil && ctx.Err() == nil {
			w.logger().Warn("committee watcher", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (w *CommitteeWatcher) logger() *slog.Logger {
	if w.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.Logger
}
