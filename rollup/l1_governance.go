package rollup

// Governance of the Manager: the setup phase, the timelock that delays every
// change adding trust once the rollup is bound, and the committee the
// Manager currently has installed. See Manager.sol's contract comment for
// what the admin can and cannot do.

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/quorum"
)

// MinGovernanceDelay is Manager.MIN_GOVERNANCE_DELAY: the shortest delay a
// Manager accepts (L2BEAT Stage 1's 7-day exit window).
const MinGovernanceDelay = 7 * 24 * time.Hour

// ChangeGracePeriod is Manager.CHANGE_GRACE_PERIOD: how long after its ETA
// a queued change may still be executed; then it lapses.
const ChangeGracePeriod = 14 * 24 * time.Hour

// governanceDelay is p.GovernanceDelay or, when zero, the default: the
// minimum plus the exit window (response window and inclusion delay),
// which always exceeds the exit window.
func (p ChallengeParams) governanceDelay() time.Duration {
	if p.GovernanceDelay != 0 {
		return p.GovernanceDelay
	}
	return MinGovernanceDelay + p.Window + p.inclusionDelay()
}

// ErrNoChangeQueued: a receipt without a ChangeQueued event.
var ErrNoChangeQueued = errors.New("rollup: no ChangeQueued event in receipt")

// Change is a governance change queued on the Manager.
type Change struct {
	ID   common.Hash
	ETA  uint64 // unix seconds from which anyone may execute it
	Call []byte // the Manager call it makes, selector first
}

// ReadyAt is when the change becomes executable.
func (c Change) ReadyAt() time.Time { return time.Unix(int64(c.ETA), 0) }

// Method names the Manager setter the change calls ("" if unknown).
func (c Change) Method() string {
	if len(c.Call) < 4 {
		return ""
	}
	a, err := bindings.ManagerMetaData.ParseABI()
	if err != nil {
		return ""
	}
	m, err := a.MethodById(c.Call[:4])
	if err != nil {
		return ""
	}
	return m.Name
}

// ---- calldata of the governed setters, for QueueChange ----

// SetAdminCall is the Manager call that hands governance to a.
func (l *L1) SetAdminCall(a common.Address) []byte { return l.mgr.PackSetAdmin(a) }

// SetRegistrarCall is the Manager call that makes r the registrar (zero
// removes the registrar, which acts at once).
func (l *L1) SetRegistrarCall(r common.Address) []byte { return l.mgr.PackSetRegistrar(r) }

// AllowMeasurementCall is the Manager call that allows (or disallows) a
// measurement for a TEE kind.
func (l *L1) AllowMeasurementCall(kind attest.Kind, measurement []byte, ok bool) []byte {
	return l.mgr.PackAllowMeasurement(uint8(kind), MeasurementHash(measurement), ok)
}

// SetEvidenceVerifierCall is the Manager call that sets the on-chain
// evidence verifier of a TEE kind (zero removes it, which acts at once).
func (l *L1) SetEvidenceVerifierCall(kind attest.Kind, v common.Address) []byte {
	return l.mgr.PackSetEvidenceVerifier(uint8(kind), v)
}

// SetCommitteeCall is the Manager call that installs committee c under rule.
func (l *L1) SetCommitteeCall(c *quorum.Committee, rule quorum.Rule) ([]byte, error) {
	scheme, pops := quorum.SchemeECDSA, []byte{}
	if c.HasBLS() {
		scheme = quorum.SchemeBLS
		var err error
		if pops, err = c.EncodePoPs(); err != nil {
			return nil, err
		}
	}
	// Only a rule the chain enforces as it is may be installed: a rule
	// whose encoding means something else on chain is refused here, before
	// anyone pays (quorum.ErrNotOnChain).
	enc, err := quorum.EncodeRule(rule)
	if err != nil {
		return nil, err
	}
	return l.mgr.PackSetCommittee(uint8(scheme), c.Encode(), enc, pops), nil
}

// ---- immediate setters ----

// SetAdmin hands governance to a (admin only, during setup; afterwards
// QueueChange(SetAdminCall(a))).
func (l *L1) SetAdmin(ctx context.Context, auth *bind.TransactOpts, a common.Address) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.SetAdminCall(a))
}

// SetRegistrar makes r the registrar (admin only, during setup; afterwards
// queued, except r == zero, which removes trust and acts at once).
func (l *L1) SetRegistrar(ctx context.Context, auth *bind.TransactOpts, r common.Address) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.SetRegistrarCall(r))
}

// SetEvidenceVerifier sets a kind's on-chain verifier (admin only, during
// setup; afterwards queued, except v == zero, which acts at once).
func (l *L1) SetEvidenceVerifier(ctx context.Context, auth *bind.TransactOpts, kind attest.Kind, v common.Address) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.SetEvidenceVerifierCall(kind, v))
}

// ---- the timelock ----

// QueueChange queues a governed Manager call (admin only, after SetRollup:
// during setup the setters act directly and queueing reverts with
// ManagerSetupPhase). Mine the transaction and read the change's id and
// ETA with QueuedChange.
func (l *L1) QueueChange(ctx context.Context, auth *bind.TransactOpts, call []byte) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.mgr.PackQueueChange(call))
}

// QueueSetCommittee queues the installation of committee c under rule.
func (l *L1) QueueSetCommittee(ctx context.Context, auth *bind.TransactOpts, c *quorum.Committee, rule quorum.Rule) (*types.Transaction, error) {
	call, err := l.SetCommitteeCall(c, rule)
	if err != nil {
		return nil, err
	}
	return l.QueueChange(ctx, auth, call)
}

// QueuedChange reads the change a mined QueueChange transaction queued.
func (l *L1) QueuedChange(r *types.Receipt) (Change, error) {
	for _, lg := range r.Logs {
		if lg.Address != l.addrs.Manager {
			continue
		}
		if e, err := l.mgr.UnpackChangeQueuedEvent(lg); err == nil {
			return Change{ID: e.Id, ETA: e.Eta, Call: e.Call}, nil
		}
	}
	return Change{}, ErrNoChangeQueued
}

// ExecuteChange executes a queued change whose ETA has passed. Anyone may.
// Too early it reverts with ManagerChangeNotReady; a call that fails
// reverts with the call's own error and the change stays queued.
func (l *L1) ExecuteChange(ctx context.Context, auth *bind.TransactOpts, c Change) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.mgr.PackExecuteChange(c.Call, c.ETA))
}

// CancelChange drops a queued change (admin only).
func (l *L1) CancelChange(ctx context.Context, auth *bind.TransactOpts, id common.Hash) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.mgr.PackCancelChange(id))
}

// PendingChanges returns the changes queued in blocks from..latest that are
// still queued (neither executed nor cancelled), oldest first. Watchers
// call it to see what governance is about to do while there is time to
// exit.
func (l *L1) PendingChanges(ctx context.Context, from uint64) ([]Change, error) {
	it, err := bind.FilterEvents(l.mgrC, &bind.FilterOpts{Start: from, Context: ctx}, l.mgr.UnpackChangeQueuedEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []Change
	for it.Next() {
		e := it.Value()
		eta, err := bind.Call(l.mgrC, l.call(ctx), l.mgr.PackQueued(e.Id), l.mgr.UnpackQueued)
		if err != nil {
			return nil, err
		}
		if eta != 0 {
			out = append(out, Change{ID: e.Id, ETA: e.Eta, Call: e.Call})
		}
	}
	return out, it.Error()
}

// GovernanceDelay is how long a queued change waits.
func (l *L1) GovernanceDelay(ctx context.Context) (time.Duration, error) {
	d, err := bind.Call(l.mgrC, l.call(ctx), l.mgr.PackGovernanceDelay(), l.mgr.UnpackGovernanceDelay)
	return time.Duration(d) * time.Second, err
}

// InSetup reports whether the Manager is still in its setup phase (no TSC
// bound; the admin's setters act at once).
func (l *L1) InSetup(ctx context.Context) (bool, error) {
	return bind.Call(l.mgrC, l.call(ctx), l.mgr.PackInSetup(), l.mgr.UnpackInSetup)
}

// ---- the installed committee ----

// CommitteeConfig is the committee of the Manager's current epoch.
type CommitteeConfig struct {
	Epoch     uint64
	Scheme    quorum.Scheme
	Committee *quorum.Committee // BLS members carry only their G1 keys
	Rule      quorum.Rule
	RuleBytes []byte
	// ConfigHash is what the TSC checks; zero when the committee was
	// withdrawn (Active false).
	ConfigHash common.Hash
	Active     bool
}

// ErrNoCommittee: the Manager has never installed a committee.
var ErrNoCommittee = errors.New("rollup: no committee installed")

// CurrentCommittee reads the Manager's current epoch and its CommitteeSet
// event: after InvalidateCommittee shrinks a committee, this is how
// sequencers and submitters learn the new one. It filters the logs by the
// indexed epoch from block 0, so a provider that caps log ranges needs an
// archive-friendly endpoint.
func (l *L1) CurrentCommittee(ctx context.Context) (CommitteeConfig, error) {
	opts := l.call(ctx)
	epoch, err := bind.Call(l.mgrC, opts, l.mgr.PackEpoch(), l.mgr.UnpackEpoch)
	if err != nil {
		return CommitteeConfig{}, err
	}
	if epoch == 0 {
		return CommitteeConfig{}, ErrNoCommittee
	}
	cfg, err := bind.Call(l.mgrC, opts, l.mgr.PackConfigHash(), l.mgr.UnpackConfigHash)
	if err != nil {
		return CommitteeConfig{}, err
	}
	it, err := bind.FilterEvents(l.mgrC, &bind.FilterOpts{Context: ctx}, l.mgr.UnpackCommitteeSetEvent, []any{epoch})
	if err != nil {
		return CommitteeConfig{}, err
	}
	defer it.Close()
	var last *bindings.ManagerCommitteeSet
	for it.Next() {
		last = it.Value()
	}
	if err := it.Error(); err != nil {
		return CommitteeConfig{}, err
	}
	if last == nil {
		return CommitteeConfig{}, fmt.Errorf("rollup: no CommitteeSet event for epoch %d", epoch)
	}
	set, err := DecodeCommitteeSet(last)
	if err != nil {
		return CommitteeConfig{}, err
	}
	return CommitteeConfig{
		Epoch: epoch, Scheme: quorum.Scheme(last.Scheme), Committee: set.Committee, Rule: set.Rule, RuleBytes: last.Rule,
		ConfigHash: cfg, Active: cfg != common.Hash{},
	}, nil
}

// ErrNoDASet: governance installed no DA set (headers need no DA
// certificate).
var ErrNoDASet = errors.New("rollup: no DA set installed")

// InstalledDASet returns the DA set governance installed, rebuilt from its
// keys by dacert.DecodeSet: the Manager takes the set's root on trust (it
// cannot add curve points), so a node or DAP must load the set through
// here (or DecodeSet) and refuses one whose root does not match its keys
// (dacert.ErrRootMismatch), rather than sign or submit under it.
func (l *L1) InstalledDASet(ctx context.Context) (*dacert.Set, error) {
	root, err := bind.Call(l.mgrC, l.call(ctx), l.mgr.PackDaHash(), l.mgr.UnpackDaHash)
	if err != nil {
		return nil, err
	}
	if root == [32]byte{} {
		return nil, ErrNoDASet
	}
	it, err := bind.FilterEvents(l.mgrC, &bind.FilterOpts{Context: ctx}, l.mgr.UnpackDataAvailabilitySetEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var last *bindings.ManagerDataAvailabilitySet
	for it.Next() {
		if it.Value().DaHash == root {
			last = it.Value()
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	if last == nil {
		return nil, fmt.Errorf("rollup: no DataAvailabilitySet event for root %x", root)
	}
	return dacert.DecodeSet(last.DaSet)
}
