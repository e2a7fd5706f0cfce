package rollup

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
)

// CommitteeChange is a change of the committee the Manager installed in
// the TSC: a new committee and rule for an epoch, or (Withdrawn) no
// committee at all until the next change.
type CommitteeChange struct {
	Epoch     uint64
	Committee *quorum.Committee // nil when Withdrawn
	Rule      quorum.Rule       // nil when Withdrawn
	Withdrawn bool
	Block     uint64
	logIndex  uint
}

// CommitteeChanges reads the Manager's committee changes in blocks
// [from, to], in chain order. A CommitteeSet whose committee or rule does
// not decode is an error: the Manager checked both, so it means a broken
// or lying L1 endpoint.
func (l *L1) CommitteeChanges(ctx context.Context, from, to uint64) ([]CommitteeChange, error) {
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	var out []CommitteeChange
	var bad error
	it, err := bind.FilterEvents(l.mgrC, opts, l.mgr.UnpackCommitteeSetEvent)
	if err != nil {
		return nil, err
	}
	for it.Next() {
		e := it.Value()
		c, cerr := DecodeCommitteeSet(e)
		if cerr != nil && bad == nil {
			bad = cerr
		}
		out = append(out, c)
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	it.Close()
	iv, err := bind.FilterEvents(l.mgrC, opts, l.mgr.UnpackCommitteeInvalidatedEvent)
	if err != nil {
		return nil, err
	}
	defer iv.Close()
	for iv.Next() {
		e := iv.Value()
		out = append(out, CommitteeChange{Epoch: e.Epoch, Withdrawn: true, Block: e.Raw.BlockNumber, logIndex: e.Raw.Index})
	}
	if err := iv.Error(); err != nil {
		return nil, err
	}
	if bad != nil {
		return nil, bad
	}
	slices.SortFunc(out, func(a, b CommitteeChange) int {
		return cmp.Or(cmp.Compare(a.Block, b.Block), cmp.Compare(a.logIndex, b.logIndex))
	})
	return out, nil
}

// DecodeCommitteeSet decodes a Manager CommitteeSet event.
func DecodeCommitteeSet(e *bindings.ManagerCommitteeSet) (CommitteeChange, error) {
	c, err := quorum.DecodeCommittee(e.Committee)
	if err != nil {
		return CommitteeChange{}, fmt.Errorf("rollup: CommitteeSet of epoch %d: %w", e.Epoch, err)
	}
	r, err := quorum.DecodeRule(e.Rule)
	if err != nil {
		return CommitteeChange{}, fmt.Errorf("rollup: CommitteeSet of epoch %d: %w", e.Epoch, err)
	}
	return CommitteeChange{Epoch: e.Epoch, Committee: c, Rule: r, Block: e.Raw.BlockNumber, logIndex: e.Raw.Index}, nil
}
