package dcap

import (
	"crypto/x509"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/certchain"
)

// Validity is an intersection of validity windows (certificates,
// documents, CRLs), which becomes Claims.NotBefore/NotAfter. It is
// certchain.Validity, shared with attest/sevsnp.
type Validity = certchain.Validity

// CheckCRL checks, in this order, that crl is signed by issuer
// (attest.ErrCertChain), that now is within its thisUpdate..nextUpdate (a
// CRL without nextUpdate does not expire; attest.ErrExpired), and that it
// lists none of certs by serial number (attest.ErrRevoked). attest/tdx
// has already judged the window together with every other validity
// period by the time it calls, so for it the second check never fires.
func CheckCRL(p Pkg, what string, crl *x509.RevocationList, issuer *x509.Certificate, now time.Time, certs ...*x509.Certificate) error {
	if err := crl.CheckSignatureFrom(issuer); err != nil {
		return p.Errorf(attest.ErrCertChain, "%s is not signed by %q: %v", what, issuer.Subject.CommonName, err)
	}
	if now.Before(crl.ThisUpdate) || (!crl.NextUpdate.IsZero() && now.After(crl.NextUpdate)) {
		return p.Errorf(attest.ErrExpired, "%s valid %s to %s, not at %s", what,
			crl.ThisUpdate.UTC().Format(time.RFC3339), crl.NextUpdate.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	for _, c := range certs {
		for _, e := range crl.RevokedCertificateEntries {
			if e.SerialNumber != nil && e.SerialNumber.Cmp(c.SerialNumber) == 0 {
				return p.Errorf(attest.ErrRevoked, "%q serial %x is listed in the %s", c.Subject.CommonName, c.SerialNumber, what)
			}
		}
	}
	return nil
}
