package sgx

import (
	"crypto/x509"
	"encoding/json"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// Collateral is the optional material that lets Verify judge the
// platform's TCB and check revocation, all of it as Intel's Provisioning
// Certification Service (PCS) serves it and as Intel's DCAP library hands
// it to the quote verifier (sgx_ql_qve_collateral_t). Every field is
// optional. attest/tdx.Collateral has the same fields and encoding.
//
// On the wire (Evidence.Collateral; Marshal, ParseCollateral) a Collateral
// is one JSON object whose field names are those of sgx_ql_qve_collateral_t:
//
//	{
//	  "tcb_info_issuer_chain":    PEM: TCB Signing cert, root (PCS header Tcb-Info-Issuer-Chain, URL-decoded)
//	  "tcb_info":                 the PCS /sgx/certification/v4/tcb body, verbatim: {"tcbInfo":{...},"signature":"..."}
//	  "qe_identity_issuer_chain": PEM (PCS header Sgx-Enclave-Identity-Issuer-Chain, URL-decoded)
//	  "qe_identity":              the PCS /sgx/certification/v4/qe/identity body, verbatim
//	  "pck_crl_issuer_chain":     PEM (PCS header Sgx-Pck-Crl-Issuer-Chain)
//	  "pck_crl":                  base64 of the PCK CRL, DER or PEM
//	  "root_ca_crl":              base64 of the Intel SGX Root CA CRL, DER or PEM
//	}
//
// tcb_info and qe_identity are JSON strings holding the exact bytes (or
// JSON objects, kept byte for byte); the signature is checked over the
// exact bytes of the inner "tcbInfo" / "enclaveIdentity" value, so the
// documents must not be re-serialized. When an issuer chain is absent, the
// Intel SGX TCB Signing certificates embedded in this package are tried.
// The PCK CRL is checked against the PCK CA of the quote's own chain, so
// its issuer chain is only checked to parse. Unknown fields are rejected.
type Collateral struct {
	TCBInfo               []byte // PCS TCB info body (v3, id "SGX"; or v2, PCS v3 API)
	TCBInfoIssuerChain    []byte // PEM: TCB Signing cert [, root]
	QEIdentity            []byte // PCS QE identity body (v2, id "QE")
	QEIdentityIssuerChain []byte // PEM: TCB Signing cert [, root]
	PCKCRL                []byte // CRL of the PCK Platform/Processor CA (DER or PEM)
	PCKCRLIssuerChain     []byte // PEM: PCK CA [, root]
	RootCACRL             []byte // CRL of the Intel SGX Root CA (DER or PEM)
}

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

// TCBLevel is one entry of a TCB info's tcbLevels.
type TCBLevel struct {
	SGXComponents [16]uint8
	PCESVN        uint16
	TCBDate       time.Time
	Status        attest.TCBStatus
	AdvisoryIDs   []string
}

// TCBInfo is a parsed Intel TCB info document: version 3, id "SGX", or
// version 2 (which has no id; ID is "SGX").
type TCBInfo struct {
	ID                      string
	Version                 int
	IssueDate, NextUpdate   time.Time
	FMSPC                   [6]byte
	PCEID                   [2]byte
	TCBType                 int
	TCBEvaluationDataNumber int
	TCBLevels               []TCBLevel

	// Signed is the exact bytes of the "tcbInfo" value, what Signature
	// (ECDSA P-256 r‖s over SHA-256) covers.
	Signed    []byte
	Signature [SignatureSize]byte
}

// QETCBLevel is one entry of a QE identity's tcbLevels: ISVSVN, TCBDate,
// Status and AdvisoryIDs. The type is shared with attest/tdx (SVNLevel).
type QETCBLevel = dcap.SVNLevel

// QEIdentity is a parsed Intel enclave identity document for the SGX
// quoting enclave (version 2, id "QE"): its MRSIGNER, ISVPRODID,
// MISCSELECT and ATTRIBUTES with their masks, TCB levels, and the exact
// signed bytes with their signature. MiscSelect and MiscSelectMask are the
// hex strings read as big-endian 32-bit values and compared with the
// report's MISCSELECT value; Attributes and AttributesMask are compared
// byte for byte with the report's 16-byte ATTRIBUTES. The type is shared
// with attest/tdx, whose TD quoting enclave has the identity "TD_QE".
type QEIdentity = dcap.EnclaveIdentity

// ParseTCBInfo parses a PCS TCB info body, {"tcbInfo":{...},
// "signature":"<hex>"}, for SGX with tcbType 0: version 3 (id "SGX") or
// version 2 (PCS v3 API: no id, components sgxtcbcomp01svn ..
// sgxtcbcomp16svn), whose levels mean the same. It checks structure only,
// not the signature or dates; errors wrap attest.ErrMalformed, and a TDX
// TCB info is ErrWrongCollateral.
func ParseTCBInfo(body []byte) (*TCBInfo, error) {
	d, err := dcap.ParseTCBInfo(pkg, body, "SGX")
	if err != nil {
		return nil, err
	}
	// The shared parser also reads TDX TCB info; an SGX one has no TDX
	// parts, and TCBInfo keeps the SGX view.
	t := &TCBInfo{
		ID: d.ID, Version: d.Version, IssueDate: d.IssueDate, NextUpdate: d.NextUpdate,
		FMSPC: d.FMSPC, PCEID: d.PCEID, TCBType: d.TCBType, TCBEvaluationDataNumber: d.TCBEvaluationDataNumber,
		TCBLevels: make([]TCBLevel, 0, len(d.TCBLevels)),
		Signed:    d.Signed, Signature: d.Signature,
	}
	for _, l := range d.TCBLevels {
		t.TCBLevels = append(t.TCBLevels, TCBLevel{
			SGXComponents: l.SGXComponents, PCESVN: l.PCESVN, TCBDate: l.TCBDate, Status: l.Status, AdvisoryIDs: l.AdvisoryIDs,
		})
	}
	return t, nil
}

// ParseQEIdentity parses a PCS QE identity body, {"enclaveIdentity":{...},
// "signature":"<hex>"}, of version 2 for the SGX quoting enclave (id "QE";
// "TD_QE", the TDX quoting enclave, is rejected). It checks structure
// only; errors wrap attest.ErrMalformed. A level may carry any of Intel's
// platform statuses, as this package has always accepted.
func ParseQEIdentity(body []byte) (*QEIdentity, error) {
	return dcap.ParseEnclaveIdentity(pkg, body, "QE", dcap.PlatformStatuses)
}

// parsedCollateral is a Collateral decoded once, so a Verifier built with
// Options.Collateral does not re-parse it per quote.
type parsedCollateral struct {
	tcb      *TCBInfo
	qe       *QEIdentity
	tcbChain []*x509.Certificate // nil: the embedded TCB Signing certs
	qeChain  []*x509.Certificate
	pckCRL   *x509.RevocationList
	rootCRL  *x509.RevocationList
}

// ParseCollateral decodes a JSON collateral bundle (see Collateral) and
// checks that every document in it parses. Errors wrap attest.ErrMalformed.
func ParseCollateral(bundle []byte) (*Collateral, error) {
	c, _, err := parseBundle(bundle)
	return c, err
}

func parseBundle(bundle []byte) (*Collateral, *parsedCollateral, error) {
	d, err := pkg.UnmarshalCollateral(bundle)
	if err != nil {
		return nil, nil, err
	}
	c := Collateral(d)
	p, err := c.parse()
	if err != nil {
		return nil, nil, err
	}
	return &c, p, nil
}

// Marshal encodes c for attest.Evidence.Collateral (the bundle above);
// ParseCollateral reverses it. attest/tdx.Collateral has the same pair.
func (c *Collateral) Marshal() ([]byte, error) { return json.Marshal(c) }

// Validate checks that every document in c parses.
func (c *Collateral) Validate() error {
	_, err := c.parse()
	return err
}

func (c *Collateral) parse() (*parsedCollateral, error) {
	p := &parsedCollateral{}
	var err error
	if len(c.TCBInfo) > 0 {
		if p.tcb, err = ParseTCBInfo(c.TCBInfo); err != nil {
			return nil, err
		}
	}
	if len(c.QEIdentity) > 0 {
		if p.qe, err = ParseQEIdentity(c.QEIdentity); err != nil {
			return nil, err
		}
	}
	if len(c.TCBInfoIssuerChain) > 0 {
		if p.tcbChain, err = parsePEMCerts("TCB info issuer chain", c.TCBInfoIssuerChain); err != nil {
			return nil, err
		}
	}
	if len(c.QEIdentityIssuerChain) > 0 {
		if p.qeChain, err = parsePEMCerts("QE identity issuer chain", c.QEIdentityIssuerChain); err != nil {
			return nil, err
		}
	}
	if len(c.PCKCRLIssuerChain) > 0 {
		if _, err = parsePEMCerts("PCK CRL issuer chain", c.PCKCRLIssuerChain); err != nil {
			return nil, err
		}
	}
	if p.pckCRL, err = parseCRL("PCK CRL", c.PCKCRL); err != nil {
		return nil, err
	}
	if p.rootCRL, err = parseCRL("root CA CRL", c.RootCACRL); err != nil {
		return nil, err
	}
	return p, nil
}

func parseCRL(what string, b []byte) (*x509.RevocationList, error) {
	if len(b) == 0 {
		return nil, nil
	}
	crl, err := dcap.ParseCRL(b, true)
	if err != nil {
		return nil, malformed("%s: %v", what, err)
	}
	return crl, nil
}
