package tdx

import (
	"errors"
	"fmt"
	"strings"

	"github.com/google/go-tdx-guest/verify"

	"github.com/teerollup/teerollup/attest"
)

// classify maps a go-tdx-guest verification error to an attest sentinel.
//
// go-tdx-guest v0.3.1 returns a few sentinels directly but flattens most
// failures into strings with %v, so errors.Is cannot see through them. The
// mapping below therefore matches the library's sentinels first and then
// its message phrases; it is confined to this function. The library's error
// is kept, wrapped, after the sentinel: errors.Is works for both.
//
// Most chain, expiry and root failures never reach here: Verify classifies
// them itself (buildChain, window) before calling the library. What remains:
//
//	quote signature (ErrHashVerificationFail)       -> ErrSignature
//	QE report signature under the PCK key           -> ErrSignature
//	collateral body signature                       -> ErrSignature
//	QE report data != SHA-256(attestation key||QE auth data) -> ErrKeyBinding
//	"... was revoked at ..."                        -> ErrRevoked
//	TCB status "Revoked"                            -> ErrRevoked
//	expired certificate / collateral / CRL          -> ErrExpired
//	x509 "unknown authority"                        -> ErrUnknownRoot
//	TCB level not UpToDate, no matching TCB level,
//	TDX module / QE identity mismatch against collateral -> ErrTCB
//	other certificate or CRL failures               -> ErrCertChain
//	anything else (structure, sizes, TEE type)      -> ErrMalformed
func classify(err error) error {
	msg := err.Error()
	has := func(phrases ...string) bool {
		for _, p := range phrases {
			if strings.Contains(msg, p) {
				return true
			}
		}
		return false
	}
	wrap := func(sentinel error) error { return fmt.Errorf("%w: tdx: %w", sentinel, err) }

	switch {
	case errors.Is(err, verify.ErrHashVerificationFail):
		return wrap(attest.ErrSignature)
	case errors.Is(err, verify.ErrPckLeafCertExpired),
		errors.Is(err, verify.ErrIntermediateCaCertExpired),
		errors.Is(err, verify.ErrRootCaCertExpired):
		return wrap(attest.ErrExpired)
	case has(verify.ErrSHA56VerificationFail.Error()):
		return wrap(attest.ErrKeyBinding)
	case has("was revoked at"):
		return wrap(attest.ErrRevoked)
	case has("has expired", "expired or is not yet valid"):
		return wrap(attest.ErrExpired)
	case has("unknown authority"):
		return wrap(attest.ErrUnknownRoot)
	case has("error verifying QE report signature", "could not verify response body"):
		return wrap(attest.ErrSignature)
	case has(`found "Revoked"`):
		return wrap(attest.ErrRevoked)
	case has("TCB status check", "TCB Status", "no matching TCB level", "TDX Module Identity",
		"MRSIGNERSEAM", "AttributesMask", "MISCSELECT", "MRSIGNER value", "ISV PRODID"):
		return wrap(attest.ErrTCB)
	case has("attestation key in the quote is invalid"):
		return wrap(attest.ErrMalformed)
	case has("certificate", "Certificate", "CRL"):
		return wrap(attest.ErrCertChain)
	default:
		return wrap(attest.ErrMalformed)
	}
}
