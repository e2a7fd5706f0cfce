package sevsnp

import (
	"bytes"
	"crypto/x509"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// maxChainDepth bounds buildChain; AMD chains have one
// intermediate.
const maxChainDepth = 4

// buildChain walks from leaf through intermediates to one of roots, by
// issuer name and signature, and returns leaf..root. It runs before
// go-sev-guest's own chain checks so that the failure is classified
// precisely:
//   - a certificate whose issuer is present but whose signature does not
//     verify is attest.ErrCertChain;
//   - a chain that is intact but ends anywhere other than at a trusted root
//     is attest.ErrUnknownRoot.
//
// Validity periods are checked separately (window).
func buildChain(leaf *x509.Certificate, intermediates, roots []*x509.Certificate) ([]*x509.Certificate, error) {
	chain := []*x509.Certificate{leaf}
	cur := leaf
	for depth := 0; depth < maxChainDepth; depth++ {
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
	return nil, fmt.Errorf("%w: chain longer than %d certificates", attest.ErrCertChain, maxChainDepth)
}

// window is the intersection of validity periods, with the name of each
// contributor so that an expiry says what expired.
type window struct {
	notBefore, notAfter time.Time
	items               []windowItem
}

type windowItem struct {
	name                string
	notBefore, notAfter time.Time
}

func newWindow() *window { return &window{} }

func (w *window) add(name string, notBefore, notAfter time.Time) {
	w.items = append(w.items, windowItem{name, notBefore, notAfter})
	if w.notBefore.IsZero() || notBefore.After(w.notBefore) {
		w.notBefore = notBefore
	}
	if w.notAfter.IsZero() || notAfter.Before(w.notAfter) {
		w.notAfter = notAfter
	}
}

func (w *window) addCerts(what string, certs []*x509.Certificate) {
	for _, c := range certs {
		w.add(fmt.Sprintf("%s certificate %q", what, c.Subject.CommonName), c.NotBefore, c.NotAfter)
	}
}

// check returns attest.ErrExpired naming the first item whose period does
// not contain now.
func (w *window) check(now time.Time) error {
	for _, it := range w.items {
		if now.Before(it.notBefore) {
			return fmt.Errorf("%w: sevsnp: %s is not valid before %s (verification time %s)",
				attest.ErrExpired, it.name, it.notBefore.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
		if now.After(it.notAfter) {
			return fmt.Errorf("%w: sevsnp: %s expired at %s (verification time %s)",
				attest.ErrExpired, it.name, it.notAfter.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
	}
	return nil
}
