package tdx

import (
	"bytes"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/certchain"
	"github.com/teerollup/teerollup/attest/internal/dcap"
	"github.com/teerollup/teerollup/attest/sgx"
)

// Collateral is Intel's quote verification collateral, as the Intel PCS
// (or a PCCS cache) serves it and as Intel's DCAP library hands it to the
// quote verifier (sgx_ql_qve_collateral_t). attest/sgx.Collateral has the
// same fields and encoding.
//
// On the wire (Evidence.Collateral; Marshal, ParseCollateral) a Collateral
// is one JSON object whose field names are those of sgx_ql_qve_collateral_t:
//
//	{
//	  "tcb_info_issuer_chain":    PEM: TCB signing cert, root  (PCS header Tcb-Info-Issuer-Chain, URL-decoded), optional
//	  "tcb_info":                 the PCS /tdx/certification/v4/tcb body, verbatim: {"tcbInfo":{...},"signature":"..."}
//	  "qe_identity_issuer_chain": PEM (PCS header Sgx-Enclave-Identity-Issuer-Chain, URL-decoded), optional
//	  "qe_identity":              the PCS /tdx/certification/v4/qe/identity body, verbatim
//	  "pck_crl_issuer_chain":     PEM (PCS header Sgx-Pck-Crl-Issuer-Chain), optional
//	  "pck_crl":                  base64 of the PCK CRL, DER or PEM, optional
//	  "root_ca_crl":              base64 of the Intel SGX Root CA CRL, DER or PEM, optional
//	}
//
// tcb_info and qe_identity are JSON strings holding the exact bytes (or
// JSON objects, kept byte for byte). The bodies must be byte-for-byte what
// Intel signed: Intel's signature covers the raw bytes of the "tcbInfo" and
// "enclaveIdentity" values. An issuer chain, when given, is the signing
// certificate and the root; when omitted, the Intel SGX TCB Signing
// certificates embedded in this package are used (they add no trust: they
// must chain to Options.TrustedRoots at the verification time). Each CRL is
// optional on its own (Options.RequireCRLs demands some): the PCK CRL,
// when given, is checked against the PCK certificate, the Root CA CRL
// against the PCK CA and the collateral signing certificates. Unknown
// fields are rejected.
type Collateral struct {
	TCBInfo               []byte // PCS TCB info body (v3, id "TDX"), required
	TCBInfoIssuerChain    []byte // PEM: TCB Signing cert, root
	QEIdentity            []byte // PCS QE identity body (v2, id "TD_QE"), required
	QEIdentityIssuerChain []byte // PEM: TCB Signing cert, root
	PCKCRL                []byte // CRL of the PCK Platform/Processor CA (DER or PEM)
	PCKCRLIssuerChain     []byte // PEM: PCK CA, root
	RootCACRL             []byte // CRL of the Intel SGX Root CA (DER or PEM)
}

// Marshal encodes c for attest.Evidence.Collateral (the object above);
// ParseCollateral reverses it. attest/sgx.Collateral has the same pair.
func (c *Collateral) Marshal() ([]byte, error) { return json.Marshal(c) }

// MarshalJSON encodes c in the wire form documented on Collateral.
func (c Collateral) MarshalJSON() ([]byte, error) { return pkg.MarshalCollateral(dcap.Collateral(c)) }

// UnmarshalJSON decodes the wire form. It checks the shape, not the
// documents: ParseCollateral does both.
func (c *Collateral) UnmarshalJSON(b []byte) error {
	d, err := pkg.UnmarshalCollateral(b)
	if err != nil {
		return err
	}
	*c = Collateral(d)
	return nil
}

// ParseCollateral decodes attest.Evidence.Collateral and checks that every
// document in it parses (Validate); Verify checks that they are for the
// quote's platform and signed by Intel. Errors wrap attest.ErrMalformed.
func ParseCollateral(b []byte) (*Collateral, error) {
	var c Collateral
	if err := c.UnmarshalJSON(b); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// parsedCollateral is Collateral parsed and matched to one quote.
type parsedCollateral struct {
	tcbInfo    *TCBInfo
	qeIdentity *QEIdentity

	// tcbChain and qeChain are the supplied issuer chains, nil when
	// omitted (the embedded TCB Signing certificates are then used).
	tcbChain, qeChain []*x509.Certificate
	pckCRLChain       []*x509.Certificate // optional even with CRLs
	pckCRL, rootCRL   *x509.RevocationList
}

// parseCollateralFor parses collateral and checks that it is for the
// platform of the PCK certificate with extensions ext (FMSPC, PCE-ID).
// Errors wrap attest.ErrMalformed.
func parseCollateralFor(raw []byte, ext *sgx.PCKExtensions) (*parsedCollateral, error) {
	c, err := ParseCollateral(raw)
	if err != nil {
		return nil, err
	}
	return c.parseFor(ext)
}

// Validate checks that every document in c parses (it cannot check that
// they are for a given platform: Verify does, against the quote).
// attest/sgx.Collateral has the same method. Errors wrap
// attest.ErrMalformed.
func (c *Collateral) Validate() error {
	_, err := c.parseFor(nil)
	return err
}

// clone is a deep copy of c, so a verifier keeps its own.
func (c *Collateral) clone() *Collateral {
	return &Collateral{
		TCBInfo: bytes.Clone(c.TCBInfo), TCBInfoIssuerChain: bytes.Clone(c.TCBInfoIssuerChain),
		QEIdentity: bytes.Clone(c.QEIdentity), QEIdentityIssuerChain: bytes.Clone(c.QEIdentityIssuerChain),
		PCKCRL: bytes.Clone(c.PCKCRL), PCKCRLIssuerChain: bytes.Clone(c.PCKCRLIssuerChain),
		RootCACRL: bytes.Clone(c.RootCACRL),
	}
}

// parseFor parses c and, unless ext is nil, checks that it is for the
// platform with PCK extensions ext.
func (c *Collateral) parseFor(ext *sgx.PCKExtensions) (*parsedCollateral, error) {
	var err error
	p := &parsedCollateral{}
	if p.tcbChain, err = parseIssuerChain("tcb_info_issuer_chain", c.TCBInfoIssuerChain); err != nil {
		return nil, err
	}
	if p.qeChain, err = parseIssuerChain("qe_identity_issuer_chain", c.QEIdentityIssuerChain); err != nil {
		return nil, err
	}
	if p.tcbInfo, err = ParseTCBInfo(c.TCBInfo); err != nil {
		return nil, fmt.Errorf("%w (collateral tcb_info)", err)
	}
	if p.qeIdentity, err = ParseQEIdentity(c.QEIdentity); err != nil {
		return nil, fmt.Errorf("%w (collateral qe_identity)", err)
	}
	// ext is nil for Validate, which has no platform to match.
	switch ti := p.tcbInfo; {
	case ext != nil && ti.FMSPC != ext.FMSPC:
		return nil, malformed("collateral: tcb_info is for FMSPC %x but the quote's PCK certificate has FMSPC %x", ti.FMSPC, ext.FMSPC)
	case ext != nil && ti.PCEID != ext.PCEID:
		return nil, malformed("collateral: tcb_info is for PCEID %x but the quote's PCK certificate has PCEID %x", ti.PCEID, ext.PCEID)
	}

	// Each CRL is optional on its own and checked when given: the PCK CRL
	// revokes PCK certificates whether or not the Root CA CRL is there,
	// and the reverse. Options.RequireCRLs says which must be present.
	if len(c.PCKCRL) > 0 {
		if p.pckCRLChain, err = parseIssuerChain("pck_crl_issuer_chain", c.PCKCRLIssuerChain); err != nil {
			return nil, err
		}
		if p.pckCRL, err = dcap.ParseCRL(c.PCKCRL, false); err != nil {
			return nil, malformed("collateral: pck_crl: %v", err)
		}
	} else if len(c.PCKCRLIssuerChain) > 0 {
		return nil, malformed("collateral: pck_crl_issuer_chain without pck_crl")
	}
	if len(c.RootCACRL) > 0 {
		if p.rootCRL, err = dcap.ParseCRL(c.RootCACRL, false); err != nil {
			return nil, malformed("collateral: root_ca_crl: %v", err)
		}
	}
	return p, nil
}

// signers are the verified signing chains (signing certificate, root) of
// the collateral.
type signers struct {
	tcb, qe, pckCRL []*x509.Certificate // pckCRL nil when not supplied
}

// resolveSigners builds each collateral signing chain to a trusted root
// (ErrCertChain, ErrUnknownRoot); validity is judged by the caller's window.
func (p *parsedCollateral) resolveSigners(roots []*x509.Certificate, now time.Time) (*signers, error) {
	var s signers
	var err error
	if s.tcb, err = tcbSigningChain("TCB info", p.tcbChain, roots, now); err != nil {
		return nil, err
	}
	if s.qe, err = tcbSigningChain("QE identity", p.qeChain, roots, now); err != nil {
		return nil, err
	}
	if p.pckCRLChain != nil {
		if s.pckCRL, err = buildSentChain(p.pckCRLChain, roots); err != nil {
			return nil, fmt.Errorf("tdx: collateral PCK CRL issuer chain: %w", err)
		}
	}
	return &s, nil
}

func (p *parsedCollateral) addWindows(w *window, s *signers) {
	ti, qi := p.tcbInfo, p.qeIdentity
	w.Add("collateral TCB info", ti.IssueDate, ti.NextUpdate)
	w.Add("collateral QE identity", qi.IssueDate, qi.NextUpdate)
	w.AddCerts("collateral TCB info issuer chain", s.tcb)
	w.AddCerts("collateral QE identity issuer chain", s.qe)
	if s.pckCRL != nil {
		w.AddCerts("collateral PCK CRL issuer chain", s.pckCRL)
	}
	for _, crl := range []struct {
		name string
		l    *x509.RevocationList
	}{{"collateral PCK CRL", p.pckCRL}, {"collateral Root CA CRL", p.rootCRL}} {
		if crl.l != nil {
			next := crl.l.NextUpdate
			if next.IsZero() {
				next = farFuture
			}
			w.Add(crl.name, crl.l.ThisUpdate, next)
		}
	}
}

// verifySignatures checks the TCB info and QE identity signatures under
// their signing certificates (ErrSignature) and, with CRLs, that the PCK
// CRL is the PCK CA's and the Root CA CRL the root's (ErrCertChain) and
// that neither the PCK certificate, nor the PCK CA, nor a collateral
// signing certificate is revoked (ErrRevoked). pck is leaf, CA, root; now
// is the verification time, at which the window has already found the
// CRLs current.
func (p *parsedCollateral) verifySignatures(s *signers, pck []*x509.Certificate, now time.Time) error {
	if err := dcap.VerifyDocSignature(pkg, "collateral TCB info", p.tcbInfo.Signed, &p.tcbInfo.Signature, s.tcb[0]); err != nil {
		return err
	}
	if err := dcap.VerifyDocSignature(pkg, "collateral QE identity", p.qeIdentity.Signed, &p.qeIdentity.Signature, s.qe[0]); err != nil {
		return err
	}
	leaf, ca, root := pck[0], pck[1], pck[2]
	if p.pckCRL != nil {
		if err := checkCRL("PCK CRL", p.pckCRL, ca, now, leaf); err != nil {
			return err
		}
	}
	if p.rootCRL == nil {
		return nil
	}
	revocable := []*x509.Certificate{ca, s.tcb[0], s.qe[0]}
	if s.pckCRL != nil {
		revocable = append(revocable, s.pckCRL[:len(s.pckCRL)-1]...)
	}
	return checkCRL("Root CA CRL", p.rootCRL, root, now, revocable...)
}

// checkCRL checks that crl was issued by issuer, by name (ErrCertChain),
// before dcap.CheckCRL checks its signature and that it lists none of
// certs (ErrRevoked).
func checkCRL(what string, crl *x509.RevocationList, issuer *x509.Certificate, now time.Time, certs ...*x509.Certificate) error {
	if !bytes.Equal(crl.RawIssuer, issuer.RawSubject) {
		return fmt.Errorf("%w: tdx: collateral %s is issued by %q, not by %q", attest.ErrCertChain, what, crl.Issuer.CommonName, issuer.Subject.CommonName)
	}
	return dcap.CheckCRL(pkg, "collateral "+what, crl, issuer, now, certs...)
}

// tcbSigningChain returns the signing chain (signing certificate, root) of
// a collateral document: the supplied chain, built to a trusted root, or,
// when none is supplied, the embedded Intel TCB Signing certificate that
// chains to a trusted root and is valid at now (if none is valid, the one
// expiring last, so that the window reports the expiry).
func tcbSigningChain(what string, supplied, roots []*x509.Certificate, now time.Time) ([]*x509.Certificate, error) {
	check := func(ch []*x509.Certificate) ([]*x509.Certificate, error) {
		if len(ch) != 2 {
			return nil, fmt.Errorf("%w: tdx: collateral %s signing certificate is %d certificates from the root, want 1", attest.ErrCertChain, what, len(ch)-1)
		}
		if cn := ch[0].Subject.CommonName; cn != dcap.CNTCBSigning {
			return nil, fmt.Errorf("%w: tdx: collateral %s is signed by %q, want %q", attest.ErrCertChain, what, cn, dcap.CNTCBSigning)
		}
		return ch, nil
	}
	if supplied != nil {
		ch, err := buildSentChain(supplied, roots)
		if err != nil {
			return nil, fmt.Errorf("tdx: collateral %s issuer chain: %w", what, err)
		}
		return check(ch)
	}
	var best []*x509.Certificate
	var firstErr error
	for _, c := range dcap.IntelTCBSigners() {
		ch, err := certchain.Build(c, nil, roots)
		if err != nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("tdx: collateral %s: embedded Intel TCB Signing certificate: %w", what, err)
			}
			continue
		}
		valid := !now.Before(c.NotBefore) && !now.After(c.NotAfter)
		if valid {
			return check(ch)
		}
		if best == nil || c.NotAfter.After(best[0].NotAfter) {
			best = ch
		}
	}
	if best == nil {
		return nil, firstErr
	}
	return check(best)
}

// parseIssuerChain parses an optional PEM issuer chain: the signing
// certificate and the root. Empty means not supplied (nil, nil).
func parseIssuerChain(field string, s []byte) ([]*x509.Certificate, error) {
	if len(s) == 0 {
		return nil, nil
	}
	certs, err := parsePEMCerts(s)
	if err != nil {
		return nil, malformed("collateral: %s: %v", field, err)
	}
	if len(certs) != 2 {
		return nil, malformed("collateral: %s: %d certificates, want 2 (signing certificate, root)", field, len(certs))
	}
	return certs, nil
}
