package dacert

import (
	"errors"
	"strconv"
)

// Errors. Every failure wraps exactly one of these (errors.Is), with the
// detail in the message; a faulty signer is named by *SignerError.
var (
	// ErrSet: a DA set is malformed (threshold, size, order, encoding).
	ErrSet = errors.New("dacert: invalid DA set")
	// ErrDegenerateKey: some t-subset's aggregate key cannot be checked
	// with ecrecover (x-coordinate zero or >= n, or the point at
	// infinity). Governance must choose other keys.
	ErrDegenerateKey = errors.New("dacert: degenerate aggregate key")
	// ErrRootMismatch: the root that came with a set (from governance) is
	// not the one its keys give.
	ErrRootMismatch = errors.New("dacert: set root does not match its keys")
	// ErrCert: a certificate is malformed or does not verify.
	ErrCert = errors.New("dacert: invalid certificate")
	// ErrNotSubset: a bitmap is not a t-subset of the set.
	ErrNotSubset = errors.New("dacert: bitmap is not a signing subset of the set")
	// ErrNonce: a nonce is malformed, used, or unknown.
	ErrNonce = errors.New("dacert: bad nonce")
	// ErrDegenerateNonce: the aggregate nonce is the point at infinity
	// (only a malicious signer causes it; retry without it).
	ErrDegenerateNonce = errors.New("dacert: degenerate aggregate nonce")
	// ErrPartial: a partial signature does not verify.
	ErrPartial = errors.New("dacert: invalid partial signature")
)

// SignerError names the set member (by index) behind a failure, so an
// aggregator can retry without it.
type SignerError struct {
	Index int
	Err   error
}

func (e *SignerError) Error() string {
	return "dacert: signer " + strconv.Itoa(e.Index) + ": " + e.Err.Error()
}
func (e *SignerError) Unwrap() error { return e.Err }
