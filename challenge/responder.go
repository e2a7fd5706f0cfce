package challenge

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/teerollup/teerollup/rollup"
)

// Forced is an open challenge's transaction, which the next batch must
// execute.
type Forced = rollup.Forced

// ErrBadForcedTx: a ChallengeStarted event carries bytes that do not decode
// as a transaction. The TSC checks the same layout DecodeTx does, so this
// means a broken or lying L1 endpoint.
var ErrBadForcedTx = errors.New("challenge: undecodable challenged transaction")

// Responder is the sequencer's side: it follows the TSC's challenge events
// and keeps the open challenges a batch must answer. It satisfies
// rollup.ForcedSource. Safe for concurrent use.
type Responder struct {
	l1 *rollup.L1

	mu     sync.Mutex
	next   uint64 // next L1 block to scan
	open   map[uint64]pending
	frozen bool
}

type pending struct {
	f        Forced
	deadline uint64
}

// NewResponder follows the TSC from L1 block fromBlock (its deployment, or
// any block before the oldest open challenge).
func NewResponder(l1 *rollup.L1, fromBlock uint64) *Responder {
	return &Responder{l1: l1, next: fromBlock, open: map[uint64]pending{}}
}

// Sync reads the challenge events up to the L1 head.
func (r *Responder) Sync(ctx context.Context) error {
	head, _, err := r.l1.LatestBlock(ctx)
	if err != nil {
		return err
	}
	frozen, err := r.l1.Frozen(ctx)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var bad []error
	for r.next <= head {
		to := min(head, r.next+syncWindow-1)
		log, err := r.l1.ChallengeEvents(ctx, r.next, to)
		if err != nil {
			return err
		}
		bad = r.apply(log, bad)
		r.next = to + 1
	}
	r.frozen = r.frozen || frozen
	return errors.Join(bad...)
}

// syncWindow bounds the block range of one event query (JSON-RPC providers
// cap it).
const syncWindow = 5_000

func (r *Responder) apply(log *rollup.ChallengeLog, bad []error) []error {
	for _, s := range log.Started {
		tx, err := rollup.DecodeTx(s.SignedTx)
		if err != nil {
			bad = append(bad, fmt.Errorf("%w: challenge %d: %w", ErrBadForcedTx, s.ID, err))
			continue
		}
		r.open[s.ID] = pending{f: Forced{ID: s.ID, Tx: tx}, deadline: s.Deadline}
	}
	for _, a := range log.Answered {
		delete(r.open, a.ID)
	}
	for _, id := range log.Reclaimed {
		delete(r.open, id)
	}
	return bad
}

// Pending syncs and returns the open challenges in id order. Once the
// rollup is frozen there is nothing to answer: it returns ErrFrozen. An
// undecodable challenged transaction (see ErrBadForcedTx) is left out, not
// an error here: failing would keep every other challenge unanswered.
func (r *Responder) Pending(ctx context.Context) ([]Forced, error) {
	if err := r.Sync(ctx); err != nil && !errors.Is(err, ErrBadForcedTx) {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.frozen {
		return nil, ErrFrozen
	}
	out := make([]Forced, 0, len(r.open))
	for _, p := range r.open {
		out = append(out, p.f)
	}
	slices.SortFunc(out, func(a, b Forced) int {
		switch {
		case a.ID < b.ID:
			return -1
		case a.ID > b.ID:
			return 1
		}
		return 0
	})
	return out, nil
}

// Lookup returns open challenge id as last synced, for an enclave that
// checks a proposal's answers against its own view of L1.
func (r *Responder) Lookup(id uint64) (Forced, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.open[id]
	return p.f, ok
}

// Deadline returns open challenge id's deadline (unix seconds) as last
// synced.
func (r *Responder) Deadline(id uint64) (uint64, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.open[id]
	return p.deadline, ok
}

var _ rollup.ForcedSource = (*Responder)(nil)
