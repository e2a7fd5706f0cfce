package attest

import (
	"fmt"
	"time"
)

// ValidUntil is how long a registration based on these claims may last
// when they were verified at verifiedAt: the earliest of the evidence's
// own end (NotAfter, which every backend sets to the intersection of its
// certificate chain's NotAfter, the TCB info and QE identity nextUpdate
// and the CRLs' nextUpdate, whichever it checked) and verifiedAt + maxAge
// (the policy's bound on how long one verification is trusted; zero for
// none). It separates "verified at" from "registered until": evidence
// that stops verifying a few hours later (AWS Nitro's leaf certificates)
// still yields a registration for exactly as long as its collateral
// vouches for it, decided once, at verifiedAt.
//
// An unbounded result (no NotAfter, as for Hygon CSV, and no maxAge) is
// ErrConfig: a registration must end. A result not after verifiedAt is
// ErrExpired.
func (c *Claims) ValidUntil(verifiedAt time.Time, maxAge time.Duration) (time.Time, error) {
	until := c.NotAfter
	if maxAge > 0 {
		if cap := verifiedAt.Add(maxAge); until.IsZero() || cap.Before(until) {
			until = cap
		}
	}
	if until.IsZero() {
		return time.Time{}, fmt.Errorf("%w: evidence has no end of validity and no maximum age is set", ErrConfig)
	}
	if !until.After(verifiedAt) {
		return time.Time{}, fmt.Errorf("%w: evidence valid until %s, verified at %s", ErrExpired,
			until.UTC().Format(time.RFC3339), verifiedAt.UTC().Format(time.RFC3339))
	}
	return until, nil
}
