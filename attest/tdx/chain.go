package tdx

import (
	"crypto/x509"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/certchain"
)

// buildSentChain builds certs[0] through certs[1:] to a trusted root
// (certchain.Build) and requires the chain built to be certs itself, in order:
// no certificate that was sent is ignored, so a root copy that is not the
// trusted root is attest.ErrUnknownRoot and a certificate out of place or
// left over is attest.ErrCertChain.
func buildSentChain(certs, roots []*x509.Certificate) ([]*x509.Certificate, error) {
	ch, err := certchain.Build(certs[0], certs[1:], roots)
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

// window is the intersection of validity periods, whose bounds become the
// claims', with the name of each contributor so that an expiry says what
// expired.
type window = certchain.Window

func newWindow() *window { return certchain.NewWindow("tdx") }

// farFuture stands in for a missing end of validity (a CRL without
// nextUpdate).
var farFuture = time.Date(9999, time.December, 31, 23, 59, 59, 0, time.UTC)
