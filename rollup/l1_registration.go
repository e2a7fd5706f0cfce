package rollup

import (
	"context"
	"errors"
	"fmt"

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

// RegisterCertified submits a committee-certified admission. Anyone may:
// the QC is the authority.
func (l *L1) RegisterCertified(ctx context.Context, auth *bind.TransactOpts, a *Admission, c *Certificate) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.RegisterCertifiedCalldata(a, c))
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
