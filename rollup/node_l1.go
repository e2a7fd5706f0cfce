package rollup

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// L1View is a view of L1 that a node drives alongside its own (the
// challenge.Responder is one): it is synced to exactly the blocks the node
// acts on, and rolled back with it when L1 reorganizes.
type L1View interface {
	// SyncTo reads the view's events up to L1 block to (inclusive).
	SyncTo(ctx context.Context, to uint64) error
	// Rollback forgets what the view derived from blocks numbered keep
	// and above; the next SyncTo reads them again.
	Rollback(keep uint64) error
}

// ErrReorgTooDeep: L1 reorganized below the oldest block this node
// remembers, so it cannot tell what to undo. An operator must resync it
// (a fresh store), which Confirmations or Finality make unnecessary.
var ErrReorgTooDeep = errors.New("rollup: L1 reorganized deeper than this node remembers")

// errL1Moved: the chain changed while a range was read; the next Sync
// reads it again.
var errL1Moved = errors.New("rollup: L1 changed during sync")

// reorgMemory bounds the blocks a node remembers to undo a reorg: its sync
// steps (one per poll that found new blocks) and the acceptances in them.
const reorgMemory = 256

// l1Trail is what a node derived from which L1 blocks: the last block of
// each sync step with its hash (to see a reorg), and the headers accepted
// with the checkpoint before each (to undo them). Base is the block below
// the oldest step: the chain there is known, its zero hash meaning the
// node's first scanned block (nothing before it was derived).
type l1Trail struct {
	Base    BlockRef
	Refs    []BlockRef     // oldest first; the last is cursor-1
	Accepts []acceptRecord // oldest first
}

type acceptRecord struct {
	Block uint64
	Prev  Checkpoint // the checkpoint the acceptance moved from
	Hash  common.Hash
}

func (t *l1Trail) accepted(a acceptRecord) { t.Accepts = append(t.Accepts, a) }

// step records a sync step that ended at ref, forgetting the oldest beyond
// reorgMemory.
func (t *l1Trail) step(ref BlockRef) {
	t.Refs = append(t.Refs, ref)
	if len(t.Refs) > reorgMemory {
		drop := len(t.Refs) - reorgMemory
		t.Base = t.Refs[drop-1]
		t.Refs = slices.Delete(t.Refs, 0, drop)
		i := 0
		for i < len(t.Accepts) && t.Accepts[i].Block <= t.Base.Number {
			i++
		}
		t.Accepts = slices.Delete(t.Accepts, 0, i)
	}
}

// memberChange is a committee change the node followed, with the
// membership it replaced, so a reorg that drops it restores that.
type memberChange struct {
	block uint64
	prev  *membership
}

// restoreCursor reads the L1 cursor and trail, or starts at FromBlock (the
// TSC's deployment when 0).
func (n *Node) restoreCursor(ctx context.Context) error {
	b, err := n.cfg.KV.Get(keyL1Cursor)
	switch {
	case err == nil && len(b) == 8:
		n.cursor = binary.BigEndian.Uint64(b)
		if tb, err := n.cfg.KV.Get(keyL1Trail); err == nil {
			if err := json.Unmarshal(tb, &n.trail); err != nil {
				return fmt.Errorf("rollup: l1 trail: %w", err)
			}
		} else if !errors.Is(err, ErrNotFound) {
			return err
		} else if n.cursor > 0 {
			// A store from before the trail: what was derived up to
			// the cursor cannot be undone.
			n.trail.Base = BlockRef{Number: n.cursor - 1, Hash: common.Hash{1}}
		}
		return nil
	case err != nil && !errors.Is(err, ErrNotFound):
		return err
	}
	n.cursor = n.cfg.FromBlock
	if n.cursor == 0 {
		if n.cursor, err = n.cfg.L1.DeployBlock(ctx); err != nil {
			return err
		}
	}
	if n.cursor > 0 {
		n.trail.Base = BlockRef{Number: n.cursor - 1}
	}
	return nil
}

// restoreDeposits rebuilds the deposit queue view of a restarted node. The
// view lives in memory, and restoreCursor resumes reading L1 after the
// blocks the node had read: without this, deposits queued in those blocks
// but not yet credited at the checkpoint would be unknown to the node, so
// it could neither vote for nor accept (by re-execution) the header that
// credits them. It reads the deposit events from the first block again,
// as a fresh node does.
func (n *Node) restoreDeposits(ctx context.Context) error {
	if _, err := n.cfg.KV.Get(keyL1Cursor); errors.Is(err, ErrNotFound) {
		return nil // a fresh node: Sync reads every deposit
	} else if err != nil {
		return err
	}
	from := n.cfg.FromBlock
	if from == 0 {
		var err error
		if from, err = n.cfg.L1.DeployBlock(ctx); err != nil {
			return err
		}
	}
	for start := from; start < n.cursor; {
		to := min(n.cursor-1, start+n.cfg.LogRange-1)
		deps, _, err := n.cfg.L1.Events(ctx, start, to)
		if err != nil {
			return fmt.Errorf("rollup: restore deposits from blocks %d..%d: %w", start, to, err)
		}
		for _, d := range deps {
			n.deposits.add(d)
		}
		start = to + 1
	}
	return nil
}

// Sync reads new L1 blocks up to the confirmed block (Confirmations below
// the Finality block): deposits extend the queue view, committee changes
// install, accepted headers move the checkpoint. Before reading, it checks
// that the last block it derived state from is still on the chain; if L1
// reorganized, it first undoes what it derived from the dropped blocks
// (deposits, challenges, committee changes, accepted headers) and reads
// the new branch.
func (n *Node) Sync(ctx context.Context) error {
	n.syncMu.Lock()
	defer n.syncMu.Unlock()
	target, err := n.cfg.L1.Confirmed(ctx, n.cfg.Confirmations, n.cfg.Finality)
	if errors.Is(err, ErrNoConfirmedBlock) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := n.checkReorg(ctx); err != nil {
		return err
	}
	for n.cursor <= target.Number {
		to := min(target.Number, n.cursor+n.cfg.LogRange-1)
		if err := n.syncRange(ctx, n.cursor, to); err != nil {
			if errors.Is(err, errL1Moved) {
				n.cfg.Logger.Debug("l1 sync", "err", err)
				return nil
			}
			return err
		}
	}
	return nil
}

// canonical reports whether ref is on the canonical chain.
func (n *Node) canonical(ctx context.Context, ref BlockRef) (bool, error) {
	got, err := n.cfg.L1.BlockAt(ctx, ref.Number)
	switch {
	case errors.Is(err, ethereum.NotFound):
		return false, nil // the chain is shorter now
	case err != nil:
		return false, err
	}
	return got.Hash == ref.Hash, nil
}

// checkReorg compares the last block the node derived state from with the
// chain and rolls back to the newest remembered block still on it.
func (n *Node) checkReorg(ctx context.Context) error {
	if len(n.trail.Refs) == 0 {
		return nil
	}
	last := n.trail.Refs[len(n.trail.Refs)-1]
	ok, err := n.canonical(ctx, last)
	if err != nil || ok {
		return err
	}
	keep := uint64(0)
	found := false
	for i := len(n.trail.Refs) - 2; i >= 0 && !found; i-- {
		r := n.trail.Refs[i]
		if found, err = n.canonical(ctx, r); err != nil {
			return err
		}
		keep = r.Number + 1
	}
	if !found {
		base := n.trail.Base
		if base.Hash != (common.Hash{}) {
			if found, err = n.canonical(ctx, base); err != nil {
				return err
			}
			if !found {
				n.cfg.Logger.Error("l1 reorg deeper than remembered", "block", last.Number, "oldest", base.Number)
				return fmt.Errorf("%w: block %d (%s) left the chain, and so did the oldest remembered, %d", ErrReorgTooDeep, last.Number, last.Hash, base.Number)
			}
		}
		keep = base.Number + 1
		if base == (BlockRef{}) {
			keep = 0
		}
	}
	return n.rollback(ctx, keep)
}

// rollback undoes what the node derived from L1 blocks numbered keep and
// above, and moves the cursor back to keep.
func (n *Node) rollback(ctx context.Context, keep uint64) error {
	from := n.cursor
	// Accepted headers first: if the enclave cannot go back, nothing else
	// moved and the error says why.
	i := slices.IndexFunc(n.trail.Accepts, func(a acceptRecord) bool { return a.Block >= keep })
	var undone []acceptRecord
	if i >= 0 {
		undone = slices.Clone(n.trail.Accepts[i:])
		to := undone[0].Prev
		if err := n.enclave.Rewind(to); err != nil {
			return fmt.Errorf("rollup: L1 reorg dropped accepted header %d: %w", to.Height+1, err)
		}
		if err := n.cfg.KV.Put(keyHead, to.Encode()); err != nil {
			return err
		}
		n.trail.Accepts = n.trail.Accepts[:i]
		n.restoreBatches(ctx, undone)
	}
	dropped := n.deposits.rollback(keep)
	// Committee changes in the dropped blocks: back to the membership the
	// oldest of them replaced.
	for len(n.members) > 0 && n.members[len(n.members)-1].block >= keep {
		n.member.Store(n.members[len(n.members)-1].prev)
		n.members = n.members[:len(n.members)-1]
	}
	if v, ok := n.cfg.Forced.(L1View); ok {
		if err := v.Rollback(keep); err != nil {
			return fmt.Errorf("rollup: challenge view: %w", err)
		}
	}
	j := slices.IndexFunc(n.trail.Refs, func(r BlockRef) bool { return r.Number >= keep })
	if j >= 0 {
		n.trail.Refs = n.trail.Refs[:j]
	}
	n.cursor = keep
	n.mu.Lock()
	n.stats.Reorgs++
	n.round = 0
	n.progress = n.cfg.Now()
	clear(n.tried)
	clear(n.proposedAt)
	n.mu.Unlock()
	n.cfg.Logger.Warn("l1 reorg rolled back", "from_block", keep, "cursor_was", from,
		"deposits_dropped", dropped, "headers_dropped", len(undone), "head", n.Head().Height)
	return n.saveCursor(BlockRef{})
}

// restoreBatches puts the client transactions of headers a reorg dropped
// back in the mempool: the new branch has to include them again.
func (n *Node) restoreBatches(ctx context.Context, undone []acceptRecord) {
	for _, a := range undone {
		p, err := n.StoredProposal(a.Hash)
		if err != nil {
			continue // pruned: the client resubmits
		}
		for _, tx := range p.Batch {
			if tx.Type == TxDeposit {
				continue
			}
			h := tx.Hash()
			n.mu.Lock()
			delete(n.included, h)
			n.mu.Unlock()
			if _, err := n.SubmitTx(ctx, tx, false); err != nil && !errors.Is(err, ErrKnownTx) {
				n.cfg.Logger.Debug("restore reorged tx", "tx", h, "err", err)
			}
		}
	}
}

// syncRange reads and applies blocks [from, to].
func (n *Node) syncRange(ctx context.Context, from, to uint64) error {
	top, err := n.cfg.L1.BlockAt(ctx, to)
	if err != nil {
		return err
	}
	deps, acc, err := n.cfg.L1.Events(ctx, from, to)
	if err != nil {
		return err
	}
	// Follow the committee L1 installs (a member that lost its
	// registration leaves, governance replaces it) without a restart.
	changes, err := n.cfg.L1.CommitteeChanges(ctx, from, to)
	if err != nil {
		return err
	}
	// The logs must be those of the chain the node followed so far and of
	// top: check both ends again now that they are read.
	if ok, err := n.canonical(ctx, top); err != nil || !ok {
		return cmpErr(err, fmt.Errorf("%w: block %d", errL1Moved, to))
	}
	if k := len(n.trail.Refs); k > 0 {
		if ok, err := n.canonical(ctx, n.trail.Refs[k-1]); err != nil || !ok {
			return cmpErr(err, fmt.Errorf("%w: block %d", errL1Moved, n.trail.Refs[k-1].Number))
		}
	}
	for _, d := range deps {
		n.deposits.add(d)
	}
	for _, c := range changes {
		n.members = append(n.members, memberChange{block: c.Block, prev: n.member.Load()})
		if len(n.members) > reorgMemory {
			n.members = slices.Delete(n.members, 0, len(n.members)-reorgMemory)
		}
		if c.Withdrawn {
			n.withdraw(c.Epoch)
			n.cfg.Logger.Warn("committee withdrawn on L1", "epoch", c.Epoch)
			continue
		}
		n.install(c.Epoch, c.Committee, c.Rule)
		n.cfg.Logger.Info("committee installed", "epoch", c.Epoch, "members", len(c.Committee.Members), "member", n.member.Load().index >= 0)
	}
	// The challenge view first: an accepted header may answer challenges
	// started in the same blocks.
	switch v := n.cfg.Forced.(type) {
	case L1View:
		if err := v.SyncTo(ctx, to); err != nil {
			return fmt.Errorf("rollup: challenge view: %w", err)
		}
	case interface{ Sync(context.Context) error }:
		if err := v.Sync(ctx); err != nil {
			return fmt.Errorf("rollup: challenge view: %w", err)
		}
	}
	for _, a := range acc {
		if err := n.accept(ctx, a); err != nil {
			return err
		}
	}
	n.cursor = to + 1
	return n.saveCursor(top)
}

func cmpErr(err, otherwise error) error {
	if err != nil {
		return err
	}
	return otherwise
}

// saveCursor records a finished sync step (ref, unless zero) and persists
// the cursor and trail.
func (n *Node) saveCursor(ref BlockRef) error {
	if ref != (BlockRef{}) {
		n.trail.step(ref)
	}
	n.mu.Lock()
	n.stats.L1Block = n.cursor - 1
	if n.cursor == 0 {
		n.stats.L1Block = 0
	}
	n.mu.Unlock()
	tb, err := json.Marshal(&n.trail)
	if err != nil {
		return err
	}
	if err := n.cfg.KV.Put(keyL1Trail, tb); err != nil {
		return err
	}
	return n.cfg.KV.Put(keyL1Cursor, binary.BigEndian.AppendUint64(nil, n.cursor))
}

// rollback drops the deposits queued in blocks numbered keep and above and
// returns how many.
func (d *depositView) rollback(keep uint64) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	dropped := 0
	for i, e := range d.byIx {
		if e.Block >= keep {
			delete(d.byIx, i)
			d.n = min(d.n, i)
			dropped++
		}
	}
	return dropped
}
