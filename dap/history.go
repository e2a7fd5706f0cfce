package dap

import (
	"fmt"

	"github.com/teerollup/teerollup/rollup"
)

// HeaderProof proves that a header older than the TSC's ring of recent
// heights was accepted: Anchor is an accepted header the TSC still holds
// (the node's Authorize hook vets it), and Proof places the old header's
// hash at its height under Anchor.HistoryRoot.
//
// Security assumption: Anchor.HistoryRoot is as good as Anchor's QC (the
// enclaves compute it, the TSC does not), and keccak256 is collision
// resistant.
type HeaderProof struct {
	Anchor *rollup.Header
	Proof  rollup.HistoryProof
}

// Verify checks the proof for h on its own (not the anchor's acceptance).
// Errors wrap ErrInvalidInput and rollup.ErrBadHistoryProof.
func (p *HeaderProof) Verify(h *rollup.Header) error {
	if p == nil || p.Anchor == nil {
		return fmt.Errorf("%w: %w: no anchor", ErrInvalidInput, rollup.ErrBadHistoryProof)
	}
	if err := rollup.VerifyHeaderIn(p.Anchor, h, p.Proof); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	return nil
}
