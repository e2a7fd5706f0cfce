package integrity

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
)

// MonitorTypeHash is IntegrityRegistry.MONITOR_TYPEHASH.
var MonitorTypeHash = crypto.Keccak256Hash([]byte("teerollup/integrity-monitor/v1"))

// MonitorDigest is IntegrityRegistry.monitorDigest: what the registrar signs.
func MonitorDigest(chainID *big.Int, registry, monitor common.Address, kind attest.Kind, measurement common.Hash) common.Hash {
	var b [6 * 32]byte
	copy(b[0:], MonitorTypeHash[:])
	chainID.FillBytes(b[32:64])
	copy(b[64+12:], registry[:])
	copy(b[96+12:], monitor[:])
	b[159] = byte(kind)
	copy(b[160:], measurement[:])
	return crypto.Keccak256Hash(b[:])
}

// Registrar verifies a monitor's attestation (its enclave key bound to the
// registry's binding domain) and signs its registration. The registrar is
// trusted to run this check; the evidence it saw is public through the
// monitor, so anyone can re-verify it.
type Registrar struct {
	Key      *ecdsa.PrivateKey
	Verifier *attest.Registry
	Policy   attest.Policy
	Domain   attest.Domain // ChainID and the registry's address (as Manager)
	Now      func() time.Time
}

// SignMonitor verifies ev for monitor and returns the registration's kind,
// measurement hash and the registrar's signature (v ∈ {27, 28}).
func (r *Registrar) SignMonitor(ctx context.Context, ev attest.Evidence, monitor common.Address) (attest.Kind, common.Hash, []byte, error) {
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	claims, err := r.Verifier.VerifyPolicy(ctx, ev, r.Policy, now())
	if err != nil {
		return 0, common.Hash{}, nil, fmt.Errorf("integrity: monitor %s: %w", monitor, err)
	}
	if err := attest.CheckBinding(claims, r.Domain, monitor); err != nil {
		return 0, common.Hash{}, nil, fmt.Errorf("integrity: monitor %s: %w", monitor, err)
	}
	mh := crypto.Keccak256Hash(claims.Measurement)
	sig, err := crypto.Sign(MonitorDigest(r.Domain.ChainID, r.Domain.Manager, monitor, claims.Kind, mh).Bytes(), r.Key)
	if err != nil {
		return 0, common.Hash{}, nil, err
	}
	sig[64] += 27
	return claims.Kind, mh, sig, nil
}
