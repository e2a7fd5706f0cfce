package sim

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/asn1"
	"fmt"
	"slices"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// Limits on collateral, so that a hostile peer cannot make the verifier parse
// megabytes of certificates.
const (
	MaxCollateralSize = 16 << 10
	MaxChainLength    = 4 // platform certificate + intermediates, root excluded
)

// Options configure a Verifier.
type Options struct {
	// Roots are the manufacturer root certificates to trust. Required:
	// there is no default root, so simulated evidence is accepted only where
	// a test or devnet wired its manufacturer in explicitly.
	Roots []*x509.Certificate
	// Now is the clock for certificate validity; nil means time.Now.
	Now func() time.Time
}

// Validate reports whether the options are usable (ErrConfig otherwise).
func (o Options) Validate() error {
	if len(o.Roots) == 0 {
		return fmt.Errorf("%w: sim: no trusted roots", attest.ErrConfig)
	}
	for i, r := range o.Roots {
		if r == nil {
			return fmt.Errorf("%w: sim: nil root %d", attest.ErrConfig, i)
		}
		if !r.BasicConstraintsValid || !r.IsCA {
			return fmt.Errorf("%w: sim: root %d (%s) is not a CA", attest.ErrConfig, i, r.Subject.CommonName)
		}
		if err := r.CheckSignatureFrom(r); err != nil {
			return fmt.Errorf("%w: sim: root %d (%s) is not self-signed: %v",
				attest.ErrConfig, i, r.Subject.CommonName, err)
		}
	}
	return nil
}

// Verifier verifies simulated evidence (attest.FormatSim) against explicitly
// trusted manufacturer roots. It is safe for concurrent use.
type Verifier struct {
	roots []*x509.Certificate
	pool  *x509.CertPool
	now   func() time.Time
}

var _ attest.Verifier = (*Verifier)(nil)

// NewVerifier returns a verifier trusting opts.Roots.
func NewVerifier(opts Options) (*Verifier, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	v := &Verifier{roots: slices.Clone(opts.Roots), pool: x509.NewCertPool(), now: opts.Now}
	if v.now == nil {
		v.now = time.Now
	}
	for _, r := range v.roots {
		v.pool.AddCert(r)
	}
	return v, nil
}

// Verify checks simulated evidence: the platform certificate chain up to a
// trusted root at the verifier's clock, the quote's signature under the
// platform key, and that the quote's kind is the one the manufacturer
// certified. Errors wrap, in the order checked:
//
//	ErrUnknownFormat  not FormatSim
//	ErrMalformed      quote or collateral does not parse
//	ErrUnknownRoot    the chain's issuer is not a trusted root
//	ErrExpired        a certificate is outside its validity now, or the quote
//	                  was signed outside the platform certificate's validity
//	ErrCertChain      the chain does not verify or is not a platform chain
//	ErrSignature      the quote signature does not verify
//	ErrKeyBinding     the quote claims a kind its platform is not certified for
//	ErrRevoked        the collateral's CRL (Manufacturer.CRL) revokes the
//	                  platform certificate
//
// The collateral is the certificate chain, optionally followed by one CRL
// of the root (Manufacturer.CRL): its signature must verify under the root
// (ErrSignature) and now must lie in [thisUpdate, nextUpdate] (ErrExpired).
//
// The claims have Simulated set, TCB from the platform certificate,
// NotBefore = the quote's time (or a later certificate start) and NotAfter
// = the earliest certificate expiry or CRL nextUpdate.
func (v *Verifier) Verify(ctx context.Context, ev attest.Evidence) (*attest.Claims, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	if ev.Format != attest.FormatSim {
		return nil, fmt.Errorf("%w: sim verifier got %q evidence", attest.ErrUnknownFormat, ev.Format)
	}
	q, err := ParseQuote(ev.Raw)
	if err != nil {
		return nil, err
	}
	certs, crl, err := parseCollateral(ev.Collateral)
	if err != nil {
		return nil, err
	}
	now := v.now()
	chain, err := v.verifyChain(certs, now)
	if err != nil {
		return nil, err
	}
	leaf := chain[0]
	if crl != nil {
		if err := checkCRL(crl, chain[len(chain)-1], leaf, now); err != nil {
			return nil, err
		}
	}
	kind, tcb, err := platformIdentity(leaf)
	if err != nil {
		return nil, err
	}
	pub, ok := leaf.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P256() {
		return nil, fmt.Errorf("%w: sim: platform key is not P-256 ECDSA", attest.ErrCertChain)
	}
	if err := q.verifySignature(pub); err != nil {
		return nil, err
	}
	if q.Kind != kind {
		return nil, fmt.Errorf("%w: sim: quote claims %v, platform certified for %v",
			attest.ErrKeyBinding, q.Kind, kind)
	}
	if q.Time.Before(leaf.NotBefore) || q.Time.After(leaf.NotAfter) {
		return nil, fmt.Errorf("%w: sim: quote signed at %v, outside platform certificate validity [%v, %v]",
			attest.ErrExpired, q.Time, leaf.NotBefore, leaf.NotAfter)
	}

	c := &attest.Claims{
		Kind:        kind,
		Format:      attest.FormatSim,
		Simulated:   true,
		Measurement: q.Measurement,
		Signer:      q.Signer,
		ReportData:  q.ReportData,
		Debug:       q.Debug,
		SVN:         q.SVN,
		TCB:         tcb,
		NotBefore:   q.Time,
		NotAfter:    leaf.NotAfter,
	}
	for _, cert := range chain {
		if cert.NotBefore.After(c.NotBefore) {
			c.NotBefore = cert.NotBefore
		}
		if cert.NotAfter.Before(c.NotAfter) {
			c.NotAfter = cert.NotAfter
		}
	}
	if crl != nil && crl.NextUpdate.Before(c.NotAfter) {
		c.NotAfter = crl.NextUpdate
	}
	return c, nil
}

// checkCRL checks a CRL of the chain's root: authentic, current, and not
// revoking the platform certificate.
func checkCRL(crl *x509.RevocationList, root, leaf *x509.Certificate, now time.Time) error {
	if err := crl.CheckSignatureFrom(root); err != nil {
		return fmt.Errorf("%w: sim: CRL not signed by the root: %v", attest.ErrSignature, err)
	}
	if now.Before(crl.ThisUpdate) || crl.NextUpdate.IsZero() || now.After(crl.NextUpdate) {
		return fmt.Errorf("%w: sim: CRL valid [%v, %v], now %v", attest.ErrExpired, crl.ThisUpdate, crl.NextUpdate, now)
	}
	for _, e := range crl.RevokedCertificateEntries {
		if e.SerialNumber != nil && e.SerialNumber.Cmp(leaf.SerialNumber) == 0 {
			return fmt.Errorf("%w: sim: platform certificate %x revoked at %v (CRL %v)", attest.ErrRevoked,
				leaf.SerialNumber, e.RevocationTime, crl.Number)
		}
	}
	return nil
}

func parseCollateral(b []byte) ([]*x509.Certificate, *x509.RevocationList, error) {
	if len(b) == 0 {
		return nil, nil, fmt.Errorf("%w: sim: no certificate chain in collateral", attest.ErrMalformed)
	}
	if len(b) > MaxCollateralSize {
		return nil, nil, fmt.Errorf("%w: sim: collateral is %d bytes, max %d", attest.ErrMalformed, len(b), MaxCollateralSize)
	}
	// Top-level DER elements: certificates, then at most one CRL.
	var elems [][]byte
	for rest := b; len(rest) > 0; {
		var raw asn1.RawValue
		r, err := asn1.Unmarshal(rest, &raw)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: sim: collateral: %v", attest.ErrMalformed, err)
		}
		elems, rest = append(elems, raw.FullBytes), r
		if len(elems) > MaxChainLength+1 {
			break
		}
	}
	var crl *x509.RevocationList
	if len(elems) > 1 {
		if _, err := x509.ParseCertificate(elems[len(elems)-1]); err != nil {
			if l, errCRL := x509.ParseRevocationList(elems[len(elems)-1]); errCRL == nil {
				crl, elems = l, elems[:len(elems)-1]
			}
		}
	}
	if len(elems) == 0 || len(elems) > MaxChainLength {
		return nil, nil, fmt.Errorf("%w: sim: %d certificates in collateral, want 1..%d",
			attest.ErrMalformed, len(elems), MaxChainLength)
	}
	certs := make([]*x509.Certificate, len(elems))
	for i, e := range elems {
		c, err := x509.ParseCertificate(e)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: sim: collateral: %v", attest.ErrMalformed, err)
		}
		certs[i] = c
	}
	return certs, crl, nil
}

// verifyChain returns the verified chain, leaf first, root last. The
// checks before x509.Verify exist to name the failure precisely (unknown
// root, expiry); x509.Verify alone decides that the chain is good.
func (v *Verifier) verifyChain(certs []*x509.Certificate, now time.Time) ([]*x509.Certificate, error) {
	top := certs[len(certs)-1]
	var root *x509.Certificate
	for _, r := range v.roots {
		if bytes.Equal(r.Raw, top.Raw) || issuedBy(top, r) {
			root = r
			break
		}
	}
	if root == nil {
		return nil, fmt.Errorf("%w: sim: chain issued by %q", attest.ErrUnknownRoot, top.Issuer.CommonName)
	}
	for _, c := range append(slices.Clip(certs), root) {
		if now.Before(c.NotBefore) || now.After(c.NotAfter) {
			return nil, fmt.Errorf("%w: sim: certificate %q valid [%v, %v], now %v",
				attest.ErrExpired, c.Subject.CommonName, c.NotBefore, c.NotAfter, now)
		}
	}
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	chains, err := certs[0].Verify(x509.VerifyOptions{
		Roots:         v.pool,
		Intermediates: inter,
		CurrentTime:   now,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	})
	if err != nil {
		return nil, fmt.Errorf("%w: sim: %v", attest.ErrCertChain, err)
	}
	return chains[0], nil
}

// issuedBy reports whether c names r as its issuer (by name, and by key ID
// when both carry one). It does not check the signature.
func issuedBy(c, r *x509.Certificate) bool {
	if !bytes.Equal(c.RawIssuer, r.RawSubject) {
		return false
	}
	return len(c.AuthorityKeyId) == 0 || len(r.SubjectKeyId) == 0 ||
		bytes.Equal(c.AuthorityKeyId, r.SubjectKeyId)
}
