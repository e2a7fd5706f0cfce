package sgx

import (
	"bytes"
	"crypto/x509"
	"errors"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// verifyChain verifies that certs[0] chains through certs[1:] to one of
// roots at now, and that the chain has the expected depth (leaf, CAs...,
// root). Trust comes only from roots: a root certificate inside certs is
// at most an intermediate candidate and cannot anchor anything. Errors:
// ErrCertChain (a link's names, signature or constraints fail),
// ErrExpired (a certificate on the path is outside its validity at now),
// ErrUnknownRoot (the chain is intact but ends at a root not in roots).
func verifyChain(what string, certs []*x509.Certificate, roots *x509.CertPool, now time.Time, depth int) ([]*x509.Certificate, error) {
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	chains, err := certs[0].Verify(x509.VerifyOptions{
		Roots:         roots,
		Intermediates: inter,
		CurrentTime:   now,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	})
	if err != nil {
		return nil, diagnoseChain(what, certs, now, err)
	}
	for _, ch := range chains {
		if len(ch) == depth {
			return ch, nil
		}
	}
	return nil, fmt.Errorf("%w: sgx: %s chain has %d certificates, want %d", attest.ErrCertChain, what, len(chains[0]), depth)
}

// diagnoseChain turns a failed x509 verification into a sentinel. crypto/x509
// reports an expired or forged intermediate as an unknown authority, so
// the supplied chain is walked in its stated order (leaf first): a link
// whose issuer name or signature does not match is ErrCertChain, a
// certificate on the path outside its validity is ErrExpired, and an
// intact, current chain that still does not verify ends at a root the
// caller does not trust (ErrUnknownRoot). A self-issued certificate ends
// the walk and its validity is not judged: it is only the sender's copy of
// a root.
func diagnoseChain(what string, certs []*x509.Certificate, now time.Time, verr error) error {
	path := certs[:1]
	for i := 0; i+1 < len(certs) && !bytes.Equal(certs[i].RawIssuer, certs[i].RawSubject); i++ {
		c, p := certs[i], certs[i+1]
		if bytes.Equal(p.RawIssuer, p.RawSubject) && !bytes.Equal(c.RawIssuer, p.RawSubject) {
			break // a root copy that is not c's issuer: ignored like any root copy
		}
		if !bytes.Equal(c.RawIssuer, p.RawSubject) {
			return fmt.Errorf("%w: sgx: %s certificate %d (%q) names an issuer (%q) that is not certificate %d's subject (%q)", attest.ErrCertChain,
				what, i, c.Subject.CommonName, c.Issuer.CommonName, i+1, p.Subject.CommonName)
		}
		if err := c.CheckSignatureFrom(p); err != nil {
			return fmt.Errorf("%w: sgx: %s certificate %d (%q) not signed by %q: %v", attest.ErrCertChain, what, i, c.Subject.CommonName, p.Subject.CommonName, err)
		}
		if !bytes.Equal(p.RawIssuer, p.RawSubject) {
			path = certs[:i+2]
		}
	}
	for i, c := range path {
		if now.Before(c.NotBefore) || now.After(c.NotAfter) {
			return fmt.Errorf("%w: sgx: %s certificate %d (%q) valid %s to %s, not at %s", attest.ErrExpired,
				what, i, c.Subject.CommonName, c.NotBefore.UTC().Format(time.RFC3339), c.NotAfter.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
	}
	var ci x509.CertificateInvalidError
	if errors.As(verr, &ci) {
		if ci.Reason == x509.Expired {
			return fmt.Errorf("%w: sgx: %s chain: %v", attest.ErrExpired, what, verr)
		}
		return fmt.Errorf("%w: sgx: %s chain: %v", attest.ErrCertChain, what, verr)
	}
	var ua x509.UnknownAuthorityError
	if errors.As(verr, &ua) {
		return fmt.Errorf("%w: sgx: %s chain: %v", attest.ErrUnknownRoot, what, verr)
	}
	return fmt.Errorf("%w: sgx: %s chain: %v", attest.ErrCertChain, what, verr)
}

// verifyPCKChain verifies the quote's PCK chain: PCK leaf → PCK
// Platform/Processor CA → root in roots, with Intel's common names.
func verifyPCKChain(certs []*x509.Certificate, roots *x509.CertPool, now time.Time) ([]*x509.Certificate, error) {
	if len(certs) < 2 {
		return nil, fmt.Errorf("%w: sgx: PCK chain has %d certificates, want leaf, CA and root", attest.ErrCertChain, len(certs))
	}
	if cn := certs[0].Subject.CommonName; cn != dcap.CNPCKLeaf {
		return nil, fmt.Errorf("%w: sgx: PCK leaf common name %q, want %q", attest.ErrCertChain, cn, dcap.CNPCKLeaf)
	}
	ch, err := verifyChain("PCK", certs, roots, now, 3)
	if err != nil {
		return nil, err
	}
	if cn := ch[1].Subject.CommonName; cn != dcap.CNPlatformCA && cn != dcap.CNProcessorCA {
		return nil, fmt.Errorf("%w: sgx: PCK issuer common name %q, want %q or %q", attest.ErrCertChain, cn, dcap.CNPlatformCA, dcap.CNProcessorCA)
	}
	return ch, nil
}
