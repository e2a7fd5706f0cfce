package sgx

import (
	"bytes"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// maxCollateralSize bounds a collateral bundle, as dcap.MaxDocSize bounds
// each document in it. Real TCB info is under 10 KiB, a PCK CRL a few KiB.
const maxCollateralSize = dcap.MaxDocSize

// pemBegin starts every PEM block: a CRL in the bundle that starts with it
// travels as text, any other as base64 DER.
const pemBegin = "-----BEGIN "

// Collateral is the optional material that lets Verify judge the
// platform's TCB and check revocation, all of it as Intel's Provisioning
// Certification Service (PCS) serves it. Every field is optional.
//
// On the wire (Evidence.Collateral) a Collateral is the JSON bundle
//
//	{
//	  "tcbInfo":               "<PCS /sgx/certification/v4/tcb body>",
//	  "qeIdentity":            "<PCS /sgx/certification/v4/qe/identity body>",
//	  "tcbInfoIssuerChain":    "-----BEGIN CERTIFICATE-----...",
//	  "qeIdentityIssuerChain": "-----BEGIN CERTIFICATE-----...",
//	  "pckCrl":                "-----BEGIN X509 CRL-----... | base64(DER)",
//	  "rootCaCrl":             "-----BEGIN X509 CRL-----... | base64(DER)"
//	}
//
// tcbInfo and qeIdentity hold the PCS response bodies, {"tcbInfo":{...},
// "signature":"<hex>"} and {"enclaveIdentity":{...},"signature":"<hex>"},
// either as a JSON string (exact bytes, what MarshalJSON writes) or
// embedded as a JSON object; in both cases the signature is checked over
// the exact bytes of the inner "tcbInfo" / "enclaveIdentity" value, so the
// documents must not be re-serialized. The issuer chains are the
// TCB-Info-Issuer-Chain and SGX-Enclave-Identity-Issuer-Chain response
// headers (URL-decoded PEM); when absent, the Intel SGX TCB Signing
// certificates embedded in this package are tried. Unknown bundle fields
// are rejected.
type Collateral struct {
	TCBInfo               []byte // PCS TCB info body (v3, id "SGX")
	QEIdentity            []byte // PCS QE identity body (v2, id "QE")
	TCBInfoIssuerChain    []byte // PEM: TCB Signing cert [, root]
	QEIdentityIssuerChain []byte // PEM: TCB Signing cert [, root]
	PCKCRL                []byte // CRL of the PCK Platform/Processor CA (DER or PEM)
	RootCACRL             []byte // CRL of the Intel SGX Root CA (DER or PEM)
}

type collateralJSON struct {
	TCBInfo               json.RawMessage `json:"tcbInfo,omitempty"`
	QEIdentity            json.RawMessage `json:"qeIdentity,omitempty"`
	TCBInfoIssuerChain    string          `json:"tcbInfoIssuerChain,omitempty"`
	QEIdentityIssuerChain string          `json:"qeIdentityIssuerChain,omitempty"`
	PCKCRL                string          `json:"pckCrl,omitempty"`
	RootCACRL             string          `json:"rootCaCrl,omitempty"`
}

var bundleKeys = map[string]bool{
	"tcbInfo": true, "qeIdentity": true, "tcbInfoIssuerChain": true,
	"qeIdentityIssuerChain": true, "pckCrl": true, "rootCaCrl": true,
}

// MarshalJSON encodes c as the documented bundle, with the PCS documents
// as JSON strings so their bytes survive unchanged.
func (c Collateral) MarshalJSON() ([]byte, error) {
	var j collateralJSON
	var err error
	if j.TCBInfo, err = docString(c.TCBInfo); err != nil {
		return nil, err
	}
	if j.QEIdentity, err = docString(c.QEIdentity); err != nil {
		return nil, err
	}
	if !utf8.Valid(c.TCBInfoIssuerChain) || !utf8.Valid(c.QEIdentityIssuerChain) {
		return nil, malformed("collateral: issuer chain is not UTF-8 text")
	}
	j.TCBInfoIssuerChain = string(c.TCBInfoIssuerChain)
	j.QEIdentityIssuerChain = string(c.QEIdentityIssuerChain)
	if j.PCKCRL, err = crlString(c.PCKCRL); err != nil {
		return nil, err
	}
	if j.RootCACRL, err = crlString(c.RootCACRL); err != nil {
		return nil, err
	}
	return json.Marshal(j)
}

// docString encodes a document as a JSON string, which decodes back to
// the same bytes as long as they are valid UTF-8 (Intel's are ASCII).
func docString(b []byte) (json.RawMessage, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if !utf8.Valid(b) {
		return nil, malformed("collateral: document is not UTF-8 text")
	}
	return json.Marshal(string(b))
}

// crlString keeps a PEM CRL as text and base64-encodes a DER one.
func crlString(b []byte) (string, error) {
	if len(b) == 0 {
		return "", nil
	}
	if strings.HasPrefix(strings.TrimLeft(string(b), " \t\r\n"), pemBegin) {
		if !utf8.Valid(b) {
			return "", malformed("collateral: PEM CRL is not UTF-8 text")
		}
		return string(b), nil
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

// UnmarshalJSON decodes the documented bundle. It checks the bundle's
// shape, not the documents: ParseCollateral does both.
func (c *Collateral) UnmarshalJSON(b []byte) error {
	// encoding/json matches field names case-insensitively; the bundle's
	// keys are checked exactly first.
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return malformed("collateral bundle: %v", err)
	}
	for k := range keys {
		if !bundleKeys[k] {
			return malformed("collateral bundle: unknown field %q", k)
		}
	}
	var j collateralJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return malformed("collateral bundle: %v", err)
	}
	var out Collateral
	var err error
	if out.TCBInfo, err = docBytes(j.TCBInfo); err != nil {
		return malformed("collateral bundle: tcbInfo: %v", err)
	}
	if out.QEIdentity, err = docBytes(j.QEIdentity); err != nil {
		return malformed("collateral bundle: qeIdentity: %v", err)
	}
	out.TCBInfoIssuerChain = []byte(j.TCBInfoIssuerChain)
	out.QEIdentityIssuerChain = []byte(j.QEIdentityIssuerChain)
	if out.PCKCRL, err = crlBytes(j.PCKCRL); err != nil {
		return malformed("collateral bundle: pckCrl: %v", err)
	}
	if out.RootCACRL, err = crlBytes(j.RootCACRL); err != nil {
		return malformed("collateral bundle: rootCaCrl: %v", err)
	}
	*c = out
	return nil
}

// docBytes accepts a PCS document embedded as a JSON string or object.
func docBytes(raw json.RawMessage) ([]byte, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, err
		}
		return []byte(s), nil
	case '{':
		return append([]byte(nil), raw...), nil
	}
	return nil, fmt.Errorf("want a JSON string or object")
}

func crlBytes(s string) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	if strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), pemBegin) {
		return []byte(s), nil
	}
	return base64.StdEncoding.DecodeString(s)
}

// TCBLevel is one entry of a TCB info's tcbLevels.
type TCBLevel struct {
	SGXComponents [16]uint8
	PCESVN        uint16
	TCBDate       time.Time
	Status        attest.TCBStatus
	AdvisoryIDs   []string
}

// TCBInfo is a parsed Intel TCB info document (version 3, id "SGX").
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
// "signature":"<hex>"}, of version 3 for SGX (id "SGX", tcbType 0). It
// checks structure only, not the signature or dates; errors wrap
// attest.ErrMalformed.
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
	if len(bundle) > maxCollateralSize {
		return nil, nil, malformed("collateral bundle of %d bytes exceeds the %d-byte limit", len(bundle), maxCollateralSize)
	}
	var c Collateral
	if err := json.Unmarshal(bundle, &c); err != nil {
		if isMalformed(err) {
			return nil, nil, err
		}
		return nil, nil, malformed("collateral bundle: %v", err)
	}
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

func isMalformed(err error) bool { return errors.Is(err, attest.ErrMalformed) }
