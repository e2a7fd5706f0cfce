package rollup

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

// ErrRegistrar: the registrar is misconfigured.
var ErrRegistrar = errors.New("rollup: registrar misconfigured")

// EvidenceVerifier verifies evidence and checks it against a policy
// (*attest.Registry does).
type EvidenceVerifier interface {
	VerifyPolicy(ctx context.Context, ev attest.Evidence, p attest.Policy, now time.Time) (*attest.Claims, error)
}

// Registrar verifies enclave evidence off chain with package attest and signs
// the verified claims, so the Manager can register enclave keys of kinds for
// which no on-chain verifier exists (§V-C). Its signature is the Manager's
// only trust in the evidence: the registrar key is a governance setting, and
// the evidence is published on chain so anyone can re-verify what it signed.
type Registrar struct {
	Key      *ecdsa.PrivateKey
	Verifier EvidenceVerifier
	Policy   attest.Policy
	// Domain names the chain and the Manager; it scopes both the report
	// data binding and the registrar's EIP-712 signature.
	Domain attest.Domain
	// MaxValidity caps a registration's lifetime below the evidence's own
	// NotAfter, so that keys are re-attested regularly. Zero means no cap.
	MaxValidity time.Duration
	// Now returns the verification time. Nil means time.Now, as everywhere
	// else in the SDK; tests inject a fixed clock.
	Now func() time.Time
}

// Registration is a registrar-signed registration, ready for
// Manager.register.
type Registration struct {
	Enclave     common.Address
	Kind        attest.Kind
	Measurement common.Hash // keccak256 of the raw measurement
	Expiry      uint64      // unix seconds
	Evidence    []byte      // the published evidence (EncodeEvidence)
	Signature   [65]byte    // r ‖ s ‖ v, v ∈ {27, 28}
}

// MeasurementHash is how the Manager identifies a measurement of any length.
func MeasurementHash(m []byte) common.Hash { return crypto.Keccak256Hash(m) }

// EncodeEvidence is the canonical publication of evidence on chain.
func EncodeEvidence(ev attest.Evidence) ([]byte, error) { return json.Marshal(ev) }

// DecodeEvidence reverses EncodeEvidence.
func DecodeEvidence(b []byte) (attest.Evidence, error) {
	var ev attest.Evidence
	if err := json.Unmarshal(b, &ev); err != nil {
		return ev, fmt.Errorf("%w: %v", attest.ErrMalformed, err)
	}
	return ev, ev.Validate()
}

// Register verifies the evidence of the enclave whose key has address
// enclave, checks that the quote binds that key to this deployment, and signs
// the registration.
func (r *Registrar) Register(ctx context.Context, enclave common.Address, ev attest.Evidence) (*Registration, error) {
	if r.Key == nil || r.Verifier == nil {
		return nil, fmt.Errorf("%w: key and verifier are required", ErrRegistrar)
	}
	if err := r.Domain.Validate(); err != nil {
		return nil, err
	}
	now := time.Now()
	if r.Now != nil {
		now = r.Now()
	}
	claims, err := r.Verifier.VerifyPolicy(ctx, ev, r.Policy, now)
	if err != nil {
		return nil, err
	}
	if err := attest.CheckBinding(claims, r.Domain, enclave); err != nil {
		return nil, err
	}
	expiry := claims.NotAfter
	if r.MaxValidity > 0 && (expiry.IsZero() || now.Add(r.MaxValidity).Before(expiry)) {
		expiry = now.Add(r.MaxValidity)
	}
	if expiry.IsZero() || !expiry.After(now) {
		return nil, fmt.Errorf("%w: evidence has no future validity", attest.ErrExpired)
	}
	pub, err := EncodeEvidence(ev)
	if err != nil {
		return nil, err
	}
	reg := &Registration{
		Enclave:     enclave,
		Kind:        claims.Kind,
		Measurement: MeasurementHash(claims.Measurement),
		Expiry:      uint64(expiry.Unix()),
		Evidence:    pub,
	}
	digest := reg.Digest(r.Domain)
	sig, err := crypto.Sign(digest[:], r.Key)
	if err != nil {
		return nil, fmt.Errorf("rollup: sign registration: %w", err)
	}
	copy(reg.Signature[:], sig)
	reg.Signature[64] += 27
	return reg, nil
}

var registrationTypeHash = crypto.Keccak256Hash([]byte("Registration(address enclave,uint8 kind,bytes32 measurement,bytes32 evidenceHash,uint64 expiry)"))

// Digest is the EIP-712 digest the registrar signs, under the domain
// {name "teerollup", version "1", chainId, verifyingContract = Manager}.
func (reg *Registration) Digest(d attest.Domain) common.Hash {
	var s [6 * 32]byte
	copy(s[0:], registrationTypeHash[:])
	copy(s[32+12:], reg.Enclave[:])
	s[95] = byte(reg.Kind)
	copy(s[96:], reg.Measurement[:])
	eh := crypto.Keccak256Hash(reg.Evidence)
	copy(s[128:], eh[:])
	new(big.Int).SetUint64(reg.Expiry).FillBytes(s[160:192])
	structHash := crypto.Keccak256Hash(s[:])
	sep := Domain{ChainID: d.ChainID, TSC: d.Manager}.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// EnclaveKey is an enclave-held secp256k1 key: attest/sim enclaves and the
// hardware quoters' key holders implement it. The key never leaves the
// enclave; only signatures do. It is quorum.Signer, so one signer votes,
// signs peer envelopes and signs resolutions, and its signature convention
// (v ∈ {0, 1}) is the one documented there.
type EnclaveKey = quorum.Signer

// SignVote has an enclave key sign a vote for headerHash. Callers must only
// do so after re-executing the batch and computing the same header.
//
// Deprecated: use quorum.SignVote, which this calls.
func SignVote(k EnclaveKey, d quorum.Domain, headerHash common.Hash) (quorum.Vote, error) {
	return quorum.SignVote(k, d, headerHash)
}
