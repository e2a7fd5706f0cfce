package tdx

import (
	"bytes"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net/url"
	"strings"

	"github.com/google/go-tdx-guest/pcs"

	"github.com/teerollup/teerollup/attest"
)

// Collateral is the encoding of attest.Evidence.Collateral for TDX: Intel's
// quote verification collateral, as the Intel PCS (or a PCCS cache) serves it
// and as Intel's DCAP library hands it to the quote verifier
// (sgx_ql_qve_collateral_t), serialized as one JSON object whose field names
// are those of sgx_ql_qve_collateral_t:
//
//	{
//	  "tcb_info_issuer_chain":    PEM: TCB signing cert, root  (PCS header Tcb-Info-Issuer-Chain, URL-decoded)
//	  "tcb_info":                 the PCS /tdx/certification/v4/tcb body, verbatim: {"tcbInfo":{...},"signature":"..."}
//	  "qe_identity_issuer_chain": PEM (PCS header Sgx-Enclave-Identity-Issuer-Chain, URL-decoded)
//	  "qe_identity":              the PCS /tdx/certification/v4/qe/identity body, verbatim
//	  "pck_crl_issuer_chain":     PEM (PCS header Sgx-Pck-Crl-Issuer-Chain), optional
//	  "pck_crl":                  base64 of the PCK CRL, DER or PEM, optional
//	  "root_ca_crl":              base64 of the Intel SGX Root CA CRL, DER or PEM, optional
//	}
//
// The bodies must be byte-for-byte what Intel signed: Intel's signature
// covers the raw bytes of the "tcbInfo" and "enclaveIdentity" values. The
// CRLs are optional as a pair; with them the PCK certificate, the PCK CA and
// the collateral signing certificate are checked for revocation. Unknown
// fields are rejected.
type Collateral struct {
	TCBInfoIssuerChain    string `json:"tcb_info_issuer_chain"`
	TCBInfo               string `json:"tcb_info"`
	QEIdentityIssuerChain string `json:"qe_identity_issuer_chain"`
	QEIdentity            string `json:"qe_identity"`
	PCKCRLIssuerChain     string `json:"pck_crl_issuer_chain,omitempty"`
	PCKCRL                []byte `json:"pck_crl,omitempty"`
	RootCACRL             []byte `json:"root_ca_crl,omitempty"`
}

// Marshal encodes c for attest.Evidence.Collateral.
func (c *Collateral) Marshal() ([]byte, error) { return json.Marshal(c) }

// ParseCollateral decodes attest.Evidence.Collateral. It checks the JSON
// shape only; Verify checks the contents.
func ParseCollateral(b []byte) (*Collateral, error) {
	var c Collateral
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%w: tdx: collateral is not a collateral JSON object: %v", attest.ErrMalformed, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: tdx: trailing data after collateral JSON", attest.ErrMalformed)
	}
	return &c, nil
}

// parsedCollateral is Collateral parsed and matched to one quote.
type parsedCollateral struct {
	c          *Collateral
	tcbInfo    pcs.TdxTcbInfo
	qeIdentity pcs.QeIdentity

	tcbChain, qeChain, pckCRLChain []*x509.Certificate
	pckCRL, rootCRL                *x509.RevocationList
}

func parseCollateralFor(raw []byte, exts *pcs.PckExtensions) (*parsedCollateral, error) {
	c, err := ParseCollateral(raw)
	if err != nil {
		return nil, err
	}
	p := &parsedCollateral{c: c}
	malformed := func(format string, args ...any) error {
		return fmt.Errorf("%w: tdx: collateral: "+format, append([]any{attest.ErrMalformed}, args...)...)
	}

	if p.tcbChain, err = parseIssuerChain(c.TCBInfoIssuerChain); err != nil {
		return nil, malformed("tcb_info_issuer_chain: %v", err)
	}
	if p.qeChain, err = parseIssuerChain(c.QEIdentityIssuerChain); err != nil {
		return nil, malformed("qe_identity_issuer_chain: %v", err)
	}
	if err := json.Unmarshal([]byte(c.TCBInfo), &p.tcbInfo); err != nil {
		return nil, malformed("tcb_info: %v", err)
	}
	if err := json.Unmarshal([]byte(c.QEIdentity), &p.qeIdentity); err != nil {
		return nil, malformed("qe_identity: %v", err)
	}
	ti, qi := &p.tcbInfo.TcbInfo, &p.qeIdentity.EnclaveIdentity
	if ti.ID != "TDX" {
		return nil, malformed("tcb_info is for %q, want \"TDX\"", ti.ID)
	}
	if qi.ID != "TD_QE" {
		return nil, malformed("qe_identity is for %q, want \"TD_QE\"", qi.ID)
	}
	if !strings.EqualFold(ti.Fmspc, exts.FMSPC) {
		return nil, malformed("tcb_info is for FMSPC %s but the quote's PCK certificate has FMSPC %s", ti.Fmspc, exts.FMSPC)
	}
	if !strings.EqualFold(ti.PceID, exts.PCEID) {
		return nil, malformed("tcb_info is for PCEID %s but the quote's PCK certificate has PCEID %s", ti.PceID, exts.PCEID)
	}
	if ti.IssueDate.IsZero() || ti.NextUpdate.IsZero() || qi.IssueDate.IsZero() || qi.NextUpdate.IsZero() {
		return nil, malformed("issueDate/nextUpdate missing")
	}

	hasPCK, hasRoot := len(c.PCKCRL) > 0, len(c.RootCACRL) > 0
	if hasPCK != hasRoot {
		return nil, malformed("pck_crl and root_ca_crl must be given together")
	}
	if hasPCK {
		if p.pckCRLChain, err = parseIssuerChain(c.PCKCRLIssuerChain); err != nil {
			return nil, malformed("pck_crl_issuer_chain: %v", err)
		}
		if p.pckCRL, err = parseCRL(c.PCKCRL); err != nil {
			return nil, malformed("pck_crl: %v", err)
		}
		if p.rootCRL, err = parseCRL(c.RootCACRL); err != nil {
			return nil, malformed("root_ca_crl: %v", err)
		}
	} else if c.PCKCRLIssuerChain != "" {
		return nil, malformed("pck_crl_issuer_chain without CRLs")
	}
	return p, nil
}

func (p *parsedCollateral) hasCRLs() bool { return p.pckCRL != nil && p.rootCRL != nil }

// verifyChains checks that each collateral signing chain ends at a trusted
// root (the CRL and body signatures are go-tdx-guest's job).
func (p *parsedCollateral) verifyChains(roots []*x509.Certificate) error {
	if _, err := buildChain(p.tcbChain[0], p.tcbChain[1:], roots); err != nil {
		return fmt.Errorf("tdx: collateral TCB info issuer chain: %w", err)
	}
	if _, err := buildChain(p.qeChain[0], p.qeChain[1:], roots); err != nil {
		return fmt.Errorf("tdx: collateral QE identity issuer chain: %w", err)
	}
	if p.pckCRLChain != nil {
		if _, err := buildChain(p.pckCRLChain[0], p.pckCRLChain[1:], roots); err != nil {
			return fmt.Errorf("tdx: collateral PCK CRL issuer chain: %w", err)
		}
	}
	return nil
}

func (p *parsedCollateral) addWindows(w *window) {
	ti, qi := &p.tcbInfo.TcbInfo, &p.qeIdentity.EnclaveIdentity
	w.add("collateral TCB info", ti.IssueDate, ti.NextUpdate)
	w.add("collateral QE identity", qi.IssueDate, qi.NextUpdate)
	w.addCerts("collateral TCB info issuer chain", p.tcbChain)
	w.addCerts("collateral QE identity issuer chain", p.qeChain)
	if p.hasCRLs() {
		w.addCerts("collateral PCK CRL issuer chain", p.pckCRLChain)
		for _, crl := range []struct {
			name string
			l    *x509.RevocationList
		}{{"collateral PCK CRL", p.pckCRL}, {"collateral Root CA CRL", p.rootCRL}} {
			next := crl.l.NextUpdate
			if next.IsZero() {
				next = farFuture
			}
			w.add(crl.name, crl.l.ThisUpdate, next)
		}
	}
}

// getter serves the collateral to go-tdx-guest, which asks for it by Intel
// PCS URL. Anything else is refused: there is no network access.
func (p *parsedCollateral) getter() *offlineGetter {
	g := &offlineGetter{responses: map[string]offlineResponse{}}
	fmspc := p.tcbInfo.TcbInfo.Fmspc
	for _, f := range []string{fmspc, strings.ToLower(fmspc), strings.ToUpper(fmspc)} {
		g.responses[pcs.TcbInfoURL(f)] = offlineResponse{
			header: issuerHeader("Tcb-Info-Issuer-Chain", p.tcbChain),
			body:   []byte(p.c.TCBInfo),
		}
	}
	g.responses[pcs.QeIdentityURL()] = offlineResponse{
		header: issuerHeader("Sgx-Enclave-Identity-Issuer-Chain", p.qeChain),
		body:   []byte(p.c.QEIdentity),
	}
	if p.hasCRLs() {
		for _, ca := range []string{"platform", "processor"} {
			g.responses[pcs.PckCrlURL(ca)] = offlineResponse{
				header: issuerHeader("Sgx-Pck-Crl-Issuer-Chain", p.pckCRLChain),
				body:   p.pckCRL.Raw,
			}
		}
		// go-tdx-guest fetches the root CA CRL from the distribution points
		// of the QE identity issuer chain's root.
		for _, c := range p.qeChain {
			for _, dp := range c.CRLDistributionPoints {
				g.responses[dp] = offlineResponse{body: p.rootCRL.Raw}
			}
		}
	}
	return g
}

type offlineResponse struct {
	header map[string][]string
	body   []byte
}

type offlineGetter struct{ responses map[string]offlineResponse }

func (g *offlineGetter) Get(u string) (map[string][]string, []byte, error) {
	r, ok := g.responses[u]
	if !ok {
		return nil, nil, fmt.Errorf("tdx: network access is disabled and the collateral has nothing for %s", u)
	}
	return r.header, append([]byte(nil), r.body...), nil
}

// issuerHeader renders a chain the way the Intel PCS sends it in a response
// header: URL-encoded concatenated PEM.
func issuerHeader(name string, chain []*x509.Certificate) map[string][]string {
	var buf bytes.Buffer
	for _, c := range chain {
		_ = pem.Encode(&buf, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	return map[string][]string{name: {url.QueryEscape(buf.String())}}
}

// parseIssuerChain parses a PEM issuer chain: signing certificate, root.
func parseIssuerChain(s string) ([]*x509.Certificate, error) {
	certs, err := parsePEMCerts([]byte(s))
	if err != nil {
		return nil, err
	}
	if len(certs) != 2 {
		return nil, fmt.Errorf("%d certificates, want 2 (signing certificate, root)", len(certs))
	}
	return certs, nil
}

func parseCRL(b []byte) (*x509.RevocationList, error) {
	if blk, _ := pem.Decode(b); blk != nil {
		b = blk.Bytes
	}
	return x509.ParseRevocationList(b)
}
