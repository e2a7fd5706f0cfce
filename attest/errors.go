package attest

import "errors"

// Sentinel errors. Verifiers wrap them with %w and detail, so callers test
// with errors.Is and log the detail.
var (
	// ErrUnsupported: the operation needs hardware or a build tag this binary
	// does not have.
	ErrUnsupported = errors.New("attest: unsupported on this platform")
	// ErrUnknownFormat: no verifier is registered for the evidence's format.
	ErrUnknownFormat = errors.New("attest: unknown evidence format")
	// ErrMalformed: the evidence or collateral does not parse.
	ErrMalformed = errors.New("attest: malformed evidence")
	// ErrSignature: a signature over the evidence does not verify.
	ErrSignature = errors.New("attest: bad signature")
	// ErrCertChain: a certificate chain does not verify (bad signature,
	// wrong issuer, bad extension).
	ErrCertChain = errors.New("attest: certificate chain invalid")
	// ErrUnknownRoot: the chain ends at a root the caller does not trust.
	ErrUnknownRoot = errors.New("attest: untrusted root")
	// ErrExpired: a certificate or collateral is outside its validity window
	// at the verification time.
	ErrExpired = errors.New("attest: expired")
	// ErrRevoked: a certificate or the TCB is revoked.
	ErrRevoked = errors.New("attest: revoked")
	// ErrKeyBinding: the attestation key is not bound to the quoting
	// enclave's report (SGX/TDX QE report data mismatch).
	ErrKeyBinding = errors.New("attest: attestation key binding invalid")
	// ErrReportData: the report data is not the expected value (key binding).
	ErrReportData = errors.New("attest: report data mismatch")
	// ErrDebug: the enclave runs in debug mode and the policy rejects it.
	ErrDebug = errors.New("attest: debug enclave")
	// ErrMeasurement: the measurement is not allowed by the policy.
	ErrMeasurement = errors.New("attest: measurement not allowed")
	// ErrTCB: the TCB level or SVN is below the policy's minimum.
	ErrTCB = errors.New("attest: TCB level not acceptable")
	// ErrStale: the evidence is older than the policy's maximum age.
	ErrStale = errors.New("attest: evidence too old")
	// ErrSimulated: simulated evidence where the policy demands hardware.
	ErrSimulated = errors.New("attest: simulated evidence not allowed")
	// ErrKind: the TEE kind is not allowed by the policy.
	ErrKind = errors.New("attest: TEE kind not allowed")
	// ErrConfig: a caller-supplied setting (Policy, Domain, verifier
	// options, registry entry) is invalid. It signals a bug or a bad
	// deployment, never bad evidence, so it is kept apart from the
	// sentinels above.
	ErrConfig = errors.New("attest: invalid configuration")
)
