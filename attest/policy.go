package attest

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"slices"
	"time"
)

// Policy says which verified claims a relying party accepts. A Verifier
// establishes that evidence is authentic; a Policy decides whether the
// authentic facts are good enough. Every permissive setting must be spelled
// out: the zero Policy is invalid (it names no measurement and no kind), and
// a Policy that only sets what it needs rejects debug enclaves, simulated
// evidence and any TCB the vendor has not judged UpToDate.
//
// Check never modifies the Policy or the slices it refers to, so one Policy
// value may be shared between goroutines.
type Policy struct {
	// Measurements is the set of allowed code identities (Claims.Measurement),
	// compared byte for byte. It must be non-empty unless AnyMeasurement is
	// set; the two are mutually exclusive so that a policy cannot look
	// restrictive while accepting everything.
	Measurements [][]byte
	// AnyMeasurement accepts any measurement. Meant for tests and for
	// callers that pin code identity some other way (e.g. by Signer).
	AnyMeasurement bool

	// Kinds is the set of allowed TEE kinds; it must be non-empty. A quorum
	// rule counts kinds, so a deployment lists exactly the technologies it
	// has assessed.
	Kinds []Kind

	// AllowDebug accepts enclaves running in debug mode, whose memory the
	// host can read: never set it where secrets matter.
	AllowDebug bool
	// AllowSimulated accepts evidence from attest/sim, which anyone holding
	// the simulated manufacturer key can forge. For tests and devnets only.
	AllowSimulated bool

	// MinSVN is the lowest acceptable security version (Claims.SVN).
	MinSVN uint64

	// TCBStatuses are the vendor verdicts accepted when the verifier could
	// judge the TCB. Empty means {TCBUpToDate}. TCBUnknown and TCBRevoked may
	// not be listed: unknown is governed by AllowUnknownTCB, and a revoked
	// TCB is never acceptable.
	TCBStatuses []TCBStatus
	// AllowUnknownTCB accepts claims whose TCB status is TCBUnknown, i.e.
	// the verifier was given no collateral to judge the platform (this is
	// always the case for simulated evidence). By default such claims are
	// rejected with ErrTCB, because "not known to be bad" is not "good".
	AllowUnknownTCB bool

	// MaxAge bounds how old evidence may be: claims whose NotBefore is more
	// than MaxAge before the check time fail with ErrStale, and so do claims
	// with no NotBefore at all (their freshness cannot be shown). Zero
	// disables the age rule; the validity window [NotBefore, NotAfter] is
	// still enforced.
	MaxAge time.Duration

	// ReportData, when non-nil, is the exact report data the evidence must
	// carry (e.g. BindingReportData or a verifier's nonce).
	ReportData *[ReportDataSize]byte
}

// Validate reports whether the policy is well formed. It returns an error
// wrapping ErrConfig.
func (p Policy) Validate() error {
	switch {
	case p.AnyMeasurement && len(p.Measurements) > 0:
		return fmt.Errorf("%w: policy sets both AnyMeasurement and Measurements", ErrConfig)
	case !p.AnyMeasurement && len(p.Measurements) == 0:
		return fmt.Errorf("%w: policy allows no measurement (set Measurements or AnyMeasurement)", ErrConfig)
	case len(p.Kinds) == 0:
		return fmt.Errorf("%w: policy allows no TEE kind", ErrConfig)
	case p.MaxAge < 0:
		return fmt.Errorf("%w: negative MaxAge %v", ErrConfig, p.MaxAge)
	}
	for i, m := range p.Measurements {
		if len(m) == 0 {
			return fmt.Errorf("%w: empty measurement at index %d", ErrConfig, i)
		}
	}
	for _, k := range p.Kinds {
		if !k.Valid() {
			return fmt.Errorf("%w: invalid TEE kind %v", ErrConfig, k)
		}
	}
	for _, s := range p.TCBStatuses {
		switch s {
		case TCBUpToDate, TCBSWHardening, TCBConfigNeeded, TCBOutOfDate,
			TCBConfigAndHarden, TCBOutOfDateConfig:
		case TCBUnknown:
			return fmt.Errorf("%w: TCBUnknown in TCBStatuses (use AllowUnknownTCB)", ErrConfig)
		case TCBRevoked:
			return fmt.Errorf("%w: a revoked TCB is never acceptable", ErrConfig)
		default:
			return fmt.Errorf("%w: unknown TCB status %q", ErrConfig, s)
		}
	}
	return nil
}

// Check reports whether claims c, established by a Verifier, satisfy the
// policy at time now. It returns nil or an error wrapping exactly one of the
// rule sentinels below, with detail; the rules are tried in this order and
// the first failure is returned:
//
//	ErrSimulated   simulated evidence and !AllowSimulated
//	ErrKind        kind not in Kinds
//	ErrDebug       debug enclave and !AllowDebug
//	ErrMeasurement measurement not in Measurements
//	ErrReportData  ReportData set and different
//	ErrTCB         SVN < MinSVN, or TCB status not accepted (a revoked TCB
//	               also matches ErrRevoked)
//	ErrExpired     now outside [NotBefore, NotAfter] (a zero bound is open)
//	ErrStale       NotBefore more than MaxAge before now, or unknown
//
// An invalid policy or a zero now yields ErrConfig (a zero time is a caller
// that forgot its clock; reading it as the epoch would accept long-expired
// evidence), and nil claims yield ErrMalformed.
func (p Policy) Check(c *Claims, now time.Time) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("%w: nil claims", ErrMalformed)
	}
	if now.IsZero() {
		return fmt.Errorf("%w: zero check time", ErrConfig)
	}
	if c.Simulated && !p.AllowSimulated {
		return fmt.Errorf("%w: %v evidence from the simulator", ErrSimulated, c.Kind)
	}
	if !slices.Contains(p.Kinds, c.Kind) {
		return fmt.Errorf("%w: %v not in %v", ErrKind, c.Kind, p.Kinds)
	}
	if c.Debug && !p.AllowDebug {
		return fmt.Errorf("%w: %v enclave %s", ErrDebug, c.Kind, shortHex(c.Measurement))
	}
	if !p.AnyMeasurement && !slices.ContainsFunc(p.Measurements, func(m []byte) bool {
		return bytes.Equal(m, c.Measurement)
	}) {
		return fmt.Errorf("%w: %s", ErrMeasurement, shortHex(c.Measurement))
	}
	if p.ReportData != nil && *p.ReportData != c.ReportData {
		return fmt.Errorf("%w: got %s, want %s", ErrReportData,
			shortHex(c.ReportData[:]), shortHex(p.ReportData[:]))
	}
	if err := p.checkTCB(c); err != nil {
		return err
	}
	if !c.NotBefore.IsZero() && now.Before(c.NotBefore) {
		return fmt.Errorf("%w: evidence valid from %v, now %v", ErrExpired,
			c.NotBefore.UTC(), now.UTC())
	}
	if !c.NotAfter.IsZero() && now.After(c.NotAfter) {
		return fmt.Errorf("%w: evidence valid until %v, now %v", ErrExpired,
			c.NotAfter.UTC(), now.UTC())
	}
	if p.MaxAge > 0 {
		if c.NotBefore.IsZero() {
			return fmt.Errorf("%w: evidence has no issue time and MaxAge is %v", ErrStale, p.MaxAge)
		}
		if age := now.Sub(c.NotBefore); age > p.MaxAge {
			return fmt.Errorf("%w: evidence is %v old, max %v", ErrStale, age, p.MaxAge)
		}
	}
	return nil
}

func (p Policy) checkTCB(c *Claims) error {
	if c.SVN < p.MinSVN {
		return fmt.Errorf("%w: SVN %d below minimum %d", ErrTCB, c.SVN, p.MinSVN)
	}
	switch {
	case c.TCB == TCBUnknown:
		if !p.AllowUnknownTCB {
			return fmt.Errorf("%w: TCB status unknown (no collateral) and AllowUnknownTCB is off", ErrTCB)
		}
	case c.TCB == TCBRevoked:
		// Match both sentinels: callers that alert on revocation need not
		// know that revocation is also a TCB failure.
		return fmt.Errorf("%w: %w", ErrTCB, ErrRevoked)
	case len(p.TCBStatuses) == 0:
		if c.TCB != TCBUpToDate {
			return fmt.Errorf("%w: status %q, want %q", ErrTCB, c.TCB, TCBUpToDate)
		}
	case !slices.Contains(p.TCBStatuses, c.TCB):
		return fmt.Errorf("%w: status %q not in %q", ErrTCB, c.TCB, p.TCBStatuses)
	}
	return nil
}

// shortHex renders at most 16 bytes for error messages.
func shortHex(b []byte) string {
	if len(b) == 0 {
		return "<empty>"
	}
	if len(b) > 16 {
		return "0x" + hex.EncodeToString(b[:16]) + "…"
	}
	return "0x" + hex.EncodeToString(b)
}
