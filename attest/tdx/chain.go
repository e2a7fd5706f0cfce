package tdx

import (
	"bytes"
	"crypto/x509"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// maxChainDepth bounds buildChain; Intel chains have at most one
// intermediate.
const maxChainDepth = 4

// buildChain walks from leaf through intermediates to one of roots, by
// issuer name and signature, and returns leaf..root. Failures are
// classified precisely:
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

// buildSentChain builds certs[0] through certs[1:] to a trusted root
// (buildChain) and requires the chain built to be certs itself, in order:
// no certificate that was sent is ignored, so a root copy that is not the
// trusted root is attest.ErrUnknownRoot and a certificate out of place or
// left over is attest.ErrCertChain.
func buildSentChain(certs, roots []*x509.Certificate) ([]*x509.Certificate, error) {
	ch, err := buildChain(certs[0], certs[1:], roots)
	if err != nil {
		return nil, err
	}
	for i, c := range certs {
		switch {
		case i >= len(ch):
			return nil, fmt.Errorf("%w: %q (certificate %d) is not on the path to the trusted root %q",
				attest.ErrCertChain, c.Subject.CommonName, i, ch[len(ch)-1].Subject.CommonName)
		case ch[i].Equal(c):
		case i == len(ch)-1:
			return nil, fmt.Errorf("%w: the root certificate sent, %q, is not the trusted root %q the chain ends at",
				attest.ErrUnknownRoot, c.Subject.CommonName, ch[i].Subject.CommonName)
		default:
			return nil, fmt.Errorf("%w: certificate %d (%q) is out of order: the chain runs through %q",
				attest.ErrCertChain, i, c.Subject.CommonName, ch[i].Subject.CommonName)
		}
	}
	return ch, nil
}

// window is the intersection of validity periods (dcap.Validity, whose
// bounds become the claims'), with the name of each contributor so that an
// expiry says what expired.
type window struct {
	dcap.Validity
	items []windowItem
}

type windowItem struct {
	name                string
	notBefore, notAfter time.Time
}

// farFuture stands in for a missing end of validity (a CRL without
// nextUpdate).
var farFuture = time.Date(9999, time.December, 31, 23, 59, 59, 0, time.UTC)

func newWindow() *window { return &window{} }

func (w *window) add(name string, notBefore, notAfter time.Time) {
	w.items = append(w.items, windowItem{name, notBefore, notAfter})
	w.Narrow(notBefore, notAfter)
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
			return fmt.Errorf("%w: tdx: %s is not valid before %s (verification time %s)",
				attest.ErrExpired, it.name, it.notBefore.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
		if now.After(it.notAfter) {
			return fmt.Errorf("%w: tdx: %s expired at %s (verification time %s)",
				attest.ErrExpired, it.name, it.notAfter.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
	}
	return nil
}
