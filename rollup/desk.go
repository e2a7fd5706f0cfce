package rollup

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/committee"
)

// Desk is a node's client-facing side of registration: anyone may ask it to
// admit a newcomer (Admit) or to remove a member whose evidence newer
// collateral invalidates (Remove). It judges the request with its own
// Vetter first, so a bogus request costs one local verification and never
// reaches the other members; only then does it collect the committee's
// votes (the one committee engine) and return the certificate, which the
// requester submits to the Manager (it pays the gas).
//
// Bounds on a stranger: statements are capped (MaxEvidenceSize,
// MaxCollateralSize), and at most maxConcurrent requests are handled at
// once (apart from the Vetter's own bound on votes), more fail at once
// with ErrBusy, so a flood costs the node a bounded amount of
// verification and nothing is stored.
type Desk struct {
	vetter *Vetter
	engine *committee.Engine
	l1     *L1
	peers  func() []committee.Peer
	sem    chan struct{}
}

// NewDesk returns a desk judging requests with v (this member's Vetter,
// set up with Handle), collecting votes with e from peers (by member index
// of the current committee) and reading the Manager through l1; at most
// maxConcurrent requests (default 1) are handled at once.
func NewDesk(v *Vetter, e *committee.Engine, l1 *L1, peers func() []committee.Peer, maxConcurrent int) (*Desk, error) {
	if v == nil || e == nil || l1 == nil || peers == nil {
		return nil, fmt.Errorf("%w: desk needs a vetter, an engine, an L1 and peers", ErrRegistrar)
	}
	if v.sem == nil {
		return nil, fmt.Errorf("%w: vetter not set up (Handle)", ErrRegistrar)
	}
	if maxConcurrent <= 0 {
		maxConcurrent = 1
	}
	return &Desk{vetter: v, engine: e, l1: l1, peers: peers, sem: make(chan struct{}, maxConcurrent)}, nil
}

func (d *Desk) acquire() (func(), error) {
	select {
	case d.sem <- struct{}{}:
		return func() { <-d.sem }, nil
	default:
		return nil, ErrBusy
	}
}

// Admit certifies the admission of enclave with evidence ev.
func (d *Desk) Admit(ctx context.Context, enclave common.Address, ev attest.Evidence) (*Admission, *Certificate, error) {
	if err := ev.Validate(); err != nil {
		return nil, nil, err
	}
	if n := len(ev.Raw) + len(ev.Collateral); n > MaxEvidenceSize {
		return nil, nil, fmt.Errorf("%w: evidence of %d bytes, max %d", ErrStatement, n, MaxEvidenceSize)
	}
	release, err := d.acquire()
	if err != nil {
		return nil, nil, err
	}
	defer release()
	cur, err := d.l1.CurrentCommittee(ctx)
	if err != nil {
		return nil, nil, err
	}
	a, err := d.vetter.Examine(ctx, enclave, ev, cur.Epoch)
	if err != nil {
		return nil, nil, err
	}
	c, err := CertifyStatement(ctx, d.engine, cur, KindAdmission, a.Encode(), a.StructHash(), d.peers())
	if err != nil {
		return nil, nil, err
	}
	return a, c, nil
}

// Remove certifies the removal of a registered member whose evidence
// (read from the Manager) fails under collateral.
func (d *Desk) Remove(ctx context.Context, enclave common.Address, collateral []byte) (*Removal, *Certificate, error) {
	if len(collateral) == 0 || len(collateral) > MaxCollateralSize {
		return nil, nil, fmt.Errorf("%w: collateral of %d bytes, want 1..%d", ErrStatement, len(collateral), MaxCollateralSize)
	}
	release, err := d.acquire()
	if err != nil {
		return nil, nil, err
	}
	defer release()
	cur, err := d.l1.CurrentCommittee(ctx)
	if err != nil {
		return nil, nil, err
	}
	ev, err := d.l1.RegisteredEvidence(ctx, enclave)
	if err != nil {
		return nil, nil, err
	}
	r := &Removal{Enclave: enclave, Epoch: cur.Epoch, Evidence: ev, Collateral: collateral}
	if err := r.Validate(); err != nil {
		return nil, nil, err
	}
	if err := d.vetter.checkRemoval(ctx, r); err != nil {
		return nil, nil, err
	}
	c, err := CertifyStatement(ctx, d.engine, cur, KindRemoval, r.Encode(), r.StructHash(), d.peers())
	if err != nil {
		return nil, nil, err
	}
	return r, c, nil
}
