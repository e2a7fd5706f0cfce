package certchain

import (
	"bytes"
	"crypto/x509"
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// MaxDepth bounds Build; AMD chains have one intermediate, Intel chains at
// most one.
const MaxDepth = 4

// Build walks from leaf through intermediates to one of roots, by issuer
// name and signature, and returns leaf..root. Failures are classified
// precisely:
//   - a certificate whose issuer is present but whose signature does not
//     verify is attest.ErrCertChain;
//   - a chain that is intact but ends anywhere other than at a trusted root
//     is attest.ErrUnknownRoot.
//
// Validity periods are checked separately (Window). Errors carry no
// package name: callers wrap them with what the chain is for.
func Build(leaf *x509.Certificate, intermediates, roots []*x509.Certificate) ([]*x509.Certificate, error) {
	chain := []*x509.Certificate{leaf}
	cur := leaf
	for depth := 0; depth < MaxDepth; depth++ {
		for _, r := range roots {
			if cur.Equal(r) {
				return chain, nil
			}
			if bytes.Equal(r.RawSubject, cur.RawIssuer) && cur.CheckSignatureFrom(r) == nil {
				return append(chain, r), nil
			}
		}
		var next *x509.Certificate
		var sigErr error
		for _, ic := range intermediates {
			if ic.Equal(cur) || !bytes.Equal(ic.RawSubject, cur.RawIssuer) {
				continue
			}
			if err := cur.CheckSignatureFrom(ic); err != nil {
				sigErr = err
				continue
			}
			next = ic
			break
		}
		if next == nil {
			if sigErr != nil {
				return nil, fmt.Errorf("%w: signature on %q does not verify under its issuer %q: %v",
					attest.ErrCertChain, cur.Subject.CommonName, cur.Issuer.CommonName, sigErr)
			}
			return nil, fmt.Errorf("%w: %q (issued by %q) does not chain to a trusted root",
				attest.ErrUnknownRoot, cur.Subject.CommonName, cur.Issuer.CommonName)
		}
		chain = append(chain, next)
		cur = next
	}
	return nil, fmt.Errorf("%w: chain longer than %d certificates", attest.ErrCertChain, MaxDepth)
}

// CheckRoots reports the first of roots that is nil or not a CA
// certificate, wrapping invalid (a verifier's ErrInvalidOptions).
func CheckRoots(roots []*x509.Certificate, invalid error) error {
	for i, r := range roots {
		if r == nil {
			return fmt.Errorf("%w: trusted root %d is nil", invalid, i)
		}
		if !r.BasicConstraintsValid || !r.IsCA {
			return fmt.Errorf("%w: trusted root %d (%q) is not a CA certificate", invalid, i, r.Subject.CommonName)
		}
	}
	return nil
}
