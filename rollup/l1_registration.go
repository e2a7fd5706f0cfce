package rollup

import (
	"context"

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
