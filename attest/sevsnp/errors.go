package sevsnp

import (
	"fmt"
	"strings"

	"github.com/teerollup/teerollup/attest"
)

// classify maps a go-sev-guest verification error to an attest sentinel.
//
// go-sev-guest v0.15 flattens its failures into strings with %v, so
// errors.Is cannot see through them; the phrases below are matched inside
// this function only. The library's error is kept, wrapped, after the
// sentinel.
//
// Chain, root and expiry failures are classified before the library is
// called (certchain.Build, certchain.Window); the library sees only the chain already
// built. What remains:
//
//	"report signature verification error"                -> ErrSignature
//	"could not be verified by any trusted roots" with
//	  x509 "unknown authority"                            -> ErrUnknownRoot
//	  x509 "expired"                                      -> ErrExpired
//	  otherwise (KDS profile: issuer name, product)       -> ErrCertChain
//	other certificate profile failures (version, algorithm,
//	  key type, subject, extensions, product name)        -> ErrCertChain
//	anything else (report format, signature encoding)    -> ErrMalformed
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
	wrap := func(sentinel error) error { return fmt.Errorf("%w: sevsnp: %w", sentinel, err) }
	switch {
	case has("report signature verification error"):
		return wrap(attest.ErrSignature)
	case has("unknown authority"):
		return wrap(attest.ErrUnknownRoot)
	case has("expired or is not yet valid"):
		return wrap(attest.ErrExpired)
	case has("certificate", "trusted roots", "product", "VCEK", "VLEK", "ASK", "ARK"):
		return wrap(attest.ErrCertChain)
	default:
		return wrap(attest.ErrMalformed)
	}
}
