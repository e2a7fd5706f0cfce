package rollup

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/contracts/bindings"
)

// RegisterCertifiedCalldata is the Manager.registerCertified call of a
// committee-certified admission.
func (l *L1) RegisterCertifiedCalldata(a *Admission, c *Certificate) []byte {
	return l.mgr.PackRegisterCertified(bindings.ManagerAdmission{
		Enclave: a.Enclave, Kind: uint8(a.Kind), Measurement: a.Measurement,
		VerifiedAt: a.VerifiedAt, RegisteredUntil: a.RegisteredUntil, Epoch: a.Epoch,
	}, a.Evidence, c.Committee.Encode(), c.RuleBytes, c.QC.Encode())
}

// ErrVerifiedInFuture: an Admission's VerifiedAt is later than L1's
// clock by more than MaxVerifiedSkew, so the Manager would refuse it
// (VerifiedInFuture) however long the submitter waited.
var ErrVerifiedInFuture = errors.New("rollup: admission verified after L1's clock")

// RegisterCertified submits a committee-certified admission. Anyone may:
// the QC is the authority.
//
// The Manager refuses an admission verified after block.timestamp. A
// member verifies at its wall clock, and L1 block timestamps trail it (by
// up to a slot on mainnet, by a second on geth --dev), so a fresh
// admission is often a few seconds "in the future" of the head: rather
// than pay for a revert, RegisterCertified first waits (ctx-bounded) for
// a head at or after VerifiedAt. A gap beyond MaxVerifiedSkew is a wrong
// clock, not a slow chain, and is refused at once.
func (l *L1) RegisterCertified(ctx context.Context, auth *bind.TransactOpts, a *Admission, c *Certificate) (*types.Transaction, error) {
	if err := l.waitChainTime(ctx, a.VerifiedAt); err != nil {
		return nil, err
	}
	return l.mgrTx(ctx, auth, l.RegisterCertifiedCalldata(a, c))
}

// chainTimePoll is how often waitChainTime reads the head.
const chainTimePoll = 500 * time.Millisecond

// waitChainTime returns once the L1 head's timestamp is at least t.
func (l *L1) waitChainTime(ctx context.Context, t uint64) error {
	var tick *time.Ticker
	for {
		h, err := l.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("rollup: reading L1 head: %w", err)
		}
		if h.Time >= t {
			return nil
		}
		if gap := time.Duration(t-h.Time) * time.Second; gap > MaxVerifiedSkew {
			return fmt.Errorf("%w: verified at %d, L1 head %d at %d (%s ahead, max %s)", ErrVerifiedInFuture, t, h.Number, h.Time, gap, MaxVerifiedSkew)
		}
		if tick == nil {
			tick = time.NewTicker(chainTimePoll)
			defer tick.Stop()
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("rollup: waiting for L1 to reach verified-at %d (head at %d): %w", t, h.Time, ctx.Err())
		case <-tick.C:
		}
	}
}

// RemoveCertifiedCalldata is the Manager.removeCertified call of a
// committee-certified removal.
func (l *L1) RemoveCertifiedCalldata(r *Removal, c *Certificate) []byte {
	return l.mgr.PackRemoveCertified(r.Enclave, r.Epoch, r.Collateral, c.Committee.Encode(), c.RuleBytes, c.QC.Encode())
}

// RemoveCertified submits a committee-certified removal. Anyone may; the
// member cannot block it.
func (l *L1) RemoveCertified(ctx context.Context, auth *bind.TransactOpts, r *Removal, c *Certificate) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.RemoveCertifiedCalldata(r, c))
}

// AdmissionHashOnChain is Manager.admissionHash (differential tests).
func (l *L1) AdmissionHashOnChain(ctx context.Context, a *Admission) (common.Hash, error) {
	return bind.Call(l.mgrC, l.call(ctx), l.mgr.PackAdmissionHash(bindings.ManagerAdmission{
		Enclave: a.Enclave, Kind: uint8(a.Kind), Measurement: a.Measurement,
		VerifiedAt: a.VerifiedAt, RegisteredUntil: a.RegisteredUntil, Epoch: a.Epoch,
	}, crypto.Keccak256Hash(a.Evidence)), l.mgr.UnpackAdmissionHash)
}

// RemovalHashOnChain is Manager.removalHash (differential tests).
func (l *L1) RemovalHashOnChain(ctx context.Context, r *Removal) (common.Hash, error) {
	return bind.Call(l.mgrC, l.call(ctx), l.mgr.PackRemovalHash(r.Enclave, crypto.Keccak256Hash(r.Evidence), crypto.Keccak256Hash(r.Collateral), r.Epoch), l.mgr.UnpackRemovalHash)
}

// RegisteredEvidenceHash is the hash of the evidence an enclave is
// registered with (zero if never registered): a Removal names it.
func (l *L1) RegisteredEvidenceHash(ctx context.Context, enclave common.Address) (common.Hash, error) {
	return bind.Call(l.mgrC, l.call(ctx), l.mgr.PackEvidenceHashOf(enclave), l.mgr.UnpackEvidenceHashOf)
}

// ErrNotRegistered: the Manager has no registration of the enclave.
var ErrNotRegistered = errors.New("rollup: enclave not registered")

// RegisteredEvidence returns the evidence an enclave is registered with:
// the last EnclaveRegistered event's, checked against the Manager's
// evidenceHashOf (a Removal names exactly these bytes).
func (l *L1) RegisteredEvidence(ctx context.Context, enclave common.Address) ([]byte, error) {
	want, err := l.RegisteredEvidenceHash(ctx, enclave)
	if err != nil {
		return nil, err
	}
	if want == (common.Hash{}) {
		return nil, fmt.Errorf("%w: %s", ErrNotRegistered, enclave)
	}
	it, err := bind.FilterEvents(l.mgrC, &bind.FilterOpts{Context: ctx}, l.mgr.UnpackEnclaveRegisteredEvent, []any{enclave})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var ev []byte
	for it.Next() {
		if crypto.Keccak256Hash(it.Value().Evidence) == want {
			ev = it.Value().Evidence
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	if ev == nil {
		return nil, fmt.Errorf("%w: %s: no event carries evidence %s", ErrNotRegistered, enclave, want)
	}
	return ev, nil
}
