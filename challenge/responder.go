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
	// driven: a node syncs this view (SyncTo) to the L1 blocks it acts
	// on, so Sync and Pending do not read past them.
	driven  bool
	started bool // next was resolved (0 means the TSC's deployment block)
	// journal undoes the last sync steps when L1 reorganizes (Rollback).
	journal []step
}

// step is one range of blocks read, with how to undo what it changed.
type step struct {
	from, to uint64
	undo     []undo
}

type undo struct {
	id  uint64
	had bool
	was pending
}

// journalSteps bounds the sync steps a Responder can undo.
const journalSteps = 256

type pending struct {
	f        Forced
	deadline uint64
}

// NewResponder follows the TSC from L1 block fromBlock (its deployment, or
// any block before the oldest open challenge); 0 asks L1.DeployBlock.
func NewResponder(l1 *rollup.L1, fromBlock uint64) *Responder {
	return &Responder{l1: l1, next: fromBlock, started: fromBlock != 0, open: map[uint64]pending{}}
}

// check reports a Responder that cannot read L1 (NewResponder(nil, ...)
// or a zero Responder), which would otherwise panic at the first read.
func (r *Responder) check() error {
	if r == nil || r.l1 == nil || r.open == nil {
		return fmt.Errorf("%w: Responder needs an L1 (use NewResponder)", ErrConfig)
	}
	return nil
}

// Sync reads the challenge events up to the L1 head. Once a node drives
// the view (SyncTo), Sync reads nothing: the view stays at the blocks the
// node acts on.
func (r *Responder) Sync(ctx context.Context) error {
	if err := r.check(); err != nil {
		return err
	}
	r.mu.Lock()
	driven := r.driven
	r.mu.Unlock()
	if driven {
		return nil
	}
	head, _, err := r.l1.LatestBlock(ctx)
	if err != nil {
		return err
	}
	return r.syncTo(ctx, head)
}

// SyncTo reads the challenge events up to L1 block to: a node calls it
// with the blocks it acts on (rollup.L1View), and from then on Sync and
// Pending leave the view where the node put it.
func (r *Responder) SyncTo(ctx context.Context, to uint64) error {
	if err := r.check(); err != nil {
		return err
	}
	r.mu.Lock()
	r.driven = true
	r.mu.Unlock()
	return r.syncTo(ctx, to)
}

func (r *Responder) syncTo(ctx context.Context, head uint64) error {
	frozen, err := r.l1.Frozen(ctx)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.started {
		if r.next, err = r.l1.DeployBlock(ctx); err != nil {
			return err
		}
		r.started = true
	}
	var bad []error
	for r.next <= head {
		to := min(head, r.next+syncWindow-1)
		log, err := r.l1.ChallengeEvents(ctx, r.next, to)
		if err != nil {
			return err
		}
		st := step{from: r.next, to: to}
		bad = r.apply(log, bad, &st)
		r.journal = append(r.journal, st)
		if len(r.journal) > journalSteps {
			r.journal = slices.Delete(r.journal, 0, len(r.journal)-journalSteps)
		}
		r.next = to + 1
	}
	r.frozen = r.frozen || frozen
	return errors.Join(bad...)
}

// ErrRollbackTooDeep: Rollback was asked to undo blocks older than the
// Responder remembers.
var ErrRollbackTooDeep = errors.New("challenge: rollback deeper than the responder remembers")

// Rollback forgets the challenge events of L1 blocks numbered keep and
// above (an L1 reorg dropped them); the next sync reads the new branch.
// It undoes the last sync steps (journalSteps of them at most). A freeze
// is not undone: a frozen view only stops answering.
func (r *Responder) Rollback(keep uint64) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.next > keep {
		k := len(r.journal)
		if k == 0 {
			return fmt.Errorf("%w: block %d, next %d", ErrRollbackTooDeep, keep, r.next)
		}
		st := r.journal[k-1]
		for i := len(st.undo) - 1; i >= 0; i-- {
			u := st.undo[i]
			if u.had {
				r.open[u.id] = u.was
			} else {
				delete(r.open, u.id)
			}
		}
		r.journal = r.journal[:k-1]
		r.next = st.from
	}
	return nil
}

// syncWindow bounds the block range of one event query (JSON-RPC providers
// cap it).
const syncWindow = 5_000

func (r *Responder) apply(log *rollup.ChallengeLog, bad []error, st *step) []error {
	save := func(id uint64) {
		p, had := r.open[id]
		st.undo = append(st.undo, undo{id: id, had: had, was: p})
	}
	for _, s := range log.Started {
		tx, err := rollup.DecodeTx(s.SignedTx)
		if err != nil {
			bad = append(bad, fmt.Errorf("%w: challenge %d: %w", ErrBadForcedTx, s.ID, err))
			continue
		}
		save(s.ID)
		r.open[s.ID] = pending{f: Forced{ID: s.ID, Tx: tx}, deadline: s.Deadline}
	}
	for _, a := range log.Answered {
		save(a.ID)
		delete(r.open, a.ID)
	}
	for _, id := range log.Reclaimed {
		save(id)
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

var (
	_ rollup.ForcedSource = (*Responder)(nil)
	_ rollup.L1View       = (*Responder)(nil)
)
