package sgx

import (
	"bytes"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/teerollup/teerollup/attest"
)

// maxCollateralSize bounds a collateral bundle and each document in it.
// Real TCB info is under 10 KiB, a PCK CRL a few KiB.
const maxCollateralSize = 1 << 20

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
	if strings.HasPrefix(strings.TrimLeft(string(b), " \t\r\n"), string(pemBegin)) {
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
	if strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), string(pemBegin)) {
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

// QETCBLevel is one entry of a QE identity's tcbLevels.
type QETCBLevel struct {
	ISVSVN      uint16
	TCBDate     time.Time
	Status      attest.TCBStatus
	AdvisoryIDs []string
}

// QEIdentity is a parsed Intel enclave identity document for the SGX
// quoting enclave (version 2, id "QE").
type QEIdentity struct {
	ID                      string
	Version                 int
	IssueDate, NextUpdate   time.Time
	TCBEvaluationDataNumber int
	// MiscSelect and MiscSelectMask are the hex strings read as big-endian
	// 32-bit values and compared with the report's MISCSELECT value.
	MiscSelect, MiscSelectMask uint32
	// Attributes and AttributesMask are compared byte for byte with the
	// report's 16-byte ATTRIBUTES.
	Attributes, AttributesMask Attributes
	MRSigner                   [32]byte
	ISVProdID                  uint16
	TCBLevels                  []QETCBLevel

	Signed    []byte // the exact bytes of the "enclaveIdentity" value
	Signature [SignatureSize]byte
}

// signedDoc is the envelope PCS wraps every signed document in.
type signedDoc struct {
	Body      json.RawMessage
	Signature [SignatureSize]byte
}

// parseSignedDoc splits a PCS body {"<key>":{...},"signature":"<hex>"}
// into the exact bytes of the inner object and the signature.
func parseSignedDoc(what, key string, b []byte) (*signedDoc, error) {
	if len(b) > maxCollateralSize {
		return nil, malformed("%s: %d bytes exceeds the %d-byte limit", what, len(b), maxCollateralSize)
	}
	var env map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&env); err != nil {
		return nil, malformed("%s: %v", what, err)
	}
	if dec.More() {
		return nil, malformed("%s: trailing data", what)
	}
	if len(env) != 2 || env[key] == nil || env["signature"] == nil {
		return nil, malformed("%s: want exactly the keys %q and \"signature\"", what, key)
	}
	body := env[key]
	if len(body) == 0 || body[0] != '{' {
		return nil, malformed("%s: %q is not an object", what, key)
	}
	var sigHex string
	if err := json.Unmarshal(env["signature"], &sigHex); err != nil {
		return nil, malformed("%s: signature: %v", what, err)
	}
	var d signedDoc
	if len(sigHex) != 2*SignatureSize {
		return nil, malformed("%s: signature of %d hex digits, want %d", what, len(sigHex), 2*SignatureSize)
	}
	if _, err := hex.Decode(d.Signature[:], []byte(sigHex)); err != nil {
		return nil, malformed("%s: signature: %v", what, err)
	}
	d.Body = append(json.RawMessage(nil), body...)
	return &d, nil
}

// Inner JSON shapes. Pointers tell a missing required field from a zero.
type tcbInfoJSON struct {
	ID                      *string `json:"id"`
	Version                 *int    `json:"version"`
	IssueDate               *string `json:"issueDate"`
	NextUpdate              *string `json:"nextUpdate"`
	FMSPC                   *string `json:"fmspc"`
	PCEID                   *string `json:"pceId"`
	TCBType                 *int    `json:"tcbType"`
	TCBEvaluationDataNumber *int    `json:"tcbEvaluationDataNumber"`
	TCBLevels               []struct {
		TCB *struct {
			SGXTCBComponents []struct {
				SVN *int `json:"svn"`
			} `json:"sgxtcbcomponents"`
			PCESVN *int `json:"pcesvn"`
		} `json:"tcb"`
		TCBDate     *string  `json:"tcbDate"`
		TCBStatus   *string  `json:"tcbStatus"`
		AdvisoryIDs []string `json:"advisoryIDs"`
	} `json:"tcbLevels"`
}

type qeIdentityJSON struct {
	ID                      *string `json:"id"`
	Version                 *int    `json:"version"`
	IssueDate               *string `json:"issueDate"`
	NextUpdate              *string `json:"nextUpdate"`
	TCBEvaluationDataNumber *int    `json:"tcbEvaluationDataNumber"`
	MiscSelect              *string `json:"miscselect"`
	MiscSelectMask          *string `json:"miscselectMask"`
	Attributes              *string `json:"attributes"`
	AttributesMask          *string `json:"attributesMask"`
	MRSigner                *string `json:"mrsigner"`
	ISVProdID               *int    `json:"isvprodid"`
	TCBLevels               []struct {
		TCB *struct {
			ISVSVN *int `json:"isvsvn"`
		} `json:"tcb"`
		TCBDate     *string  `json:"tcbDate"`
		TCBStatus   *string  `json:"tcbStatus"`
		AdvisoryIDs []string `json:"advisoryIDs"`
	} `json:"tcbLevels"`
}

// maxLevels bounds tcbLevels (Intel publishes a few dozen at most).
const maxLevels = 256

// ParseTCBInfo parses a PCS TCB info body, {"tcbInfo":{...},
// "signature":"<hex>"}, of version 3 for SGX (id "SGX", tcbType 0). It
// checks structure only, not the signature or dates; errors wrap
// attest.ErrMalformed.
func ParseTCBInfo(body []byte) (*TCBInfo, error) {
	d, err := parseSignedDoc("TCB info", "tcbInfo", body)
	if err != nil {
		return nil, err
	}
	var j tcbInfoJSON
	if err := json.Unmarshal(d.Body, &j); err != nil {
		return nil, malformed("TCB info: %v", err)
	}
	if j.ID == nil || j.Version == nil || j.IssueDate == nil || j.NextUpdate == nil || j.FMSPC == nil ||
		j.PCEID == nil || j.TCBType == nil || j.TCBEvaluationDataNumber == nil || j.TCBLevels == nil {
		return nil, malformed("TCB info: missing a required field")
	}
	t := &TCBInfo{
		ID: *j.ID, Version: *j.Version, TCBType: *j.TCBType,
		TCBEvaluationDataNumber: *j.TCBEvaluationDataNumber,
		Signed:                  d.Body, Signature: d.Signature,
	}
	if t.ID != "SGX" {
		return nil, malformed("TCB info id %q, want \"SGX\"", t.ID)
	}
	if t.Version != 3 {
		return nil, malformed("TCB info version %d, want 3", t.Version)
	}
	if t.TCBType != 0 {
		return nil, malformed("TCB info tcbType %d, want 0", t.TCBType)
	}
	if t.IssueDate, t.NextUpdate, err = window("TCB info", *j.IssueDate, *j.NextUpdate); err != nil {
		return nil, err
	}
	if err := hexField("TCB info fmspc", *j.FMSPC, t.FMSPC[:]); err != nil {
		return nil, err
	}
	if err := hexField("TCB info pceId", *j.PCEID, t.PCEID[:]); err != nil {
		return nil, err
	}
	if len(j.TCBLevels) == 0 || len(j.TCBLevels) > maxLevels {
		return nil, malformed("TCB info has %d TCB levels", len(j.TCBLevels))
	}
	for i, l := range j.TCBLevels {
		if l.TCB == nil || l.TCB.PCESVN == nil || l.TCBDate == nil || l.TCBStatus == nil {
			return nil, malformed("TCB info level %d: missing a required field", i)
		}
		if len(l.TCB.SGXTCBComponents) != 16 {
			return nil, malformed("TCB info level %d: %d SGX TCB components, want 16", i, len(l.TCB.SGXTCBComponents))
		}
		var lv TCBLevel
		for k, c := range l.TCB.SGXTCBComponents {
			if c.SVN == nil || *c.SVN < 0 || *c.SVN > 0xff {
				return nil, malformed("TCB info level %d: component %d SVN missing or out of range", i, k)
			}
			lv.SGXComponents[k] = uint8(*c.SVN)
		}
		if *l.TCB.PCESVN < 0 || *l.TCB.PCESVN > 0xffff {
			return nil, malformed("TCB info level %d: pcesvn %d out of range", i, *l.TCB.PCESVN)
		}
		lv.PCESVN = uint16(*l.TCB.PCESVN)
		if lv.TCBDate, err = time.Parse(time.RFC3339, *l.TCBDate); err != nil {
			return nil, malformed("TCB info level %d: tcbDate: %v", i, err)
		}
		if lv.Status, err = parseStatus(*l.TCBStatus); err != nil {
			return nil, malformed("TCB info level %d: %v", i, err)
		}
		lv.AdvisoryIDs = l.AdvisoryIDs
		t.TCBLevels = append(t.TCBLevels, lv)
	}
	return t, nil
}

// ParseQEIdentity parses a PCS QE identity body, {"enclaveIdentity":{...},
// "signature":"<hex>"}, of version 2 for the SGX quoting enclave (id "QE";
// "TD_QE", the TDX quoting enclave, is rejected). It checks structure
// only; errors wrap attest.ErrMalformed.
func ParseQEIdentity(body []byte) (*QEIdentity, error) {
	d, err := parseSignedDoc("QE identity", "enclaveIdentity", body)
	if err != nil {
		return nil, err
	}
	var j qeIdentityJSON
	if err := json.Unmarshal(d.Body, &j); err != nil {
		return nil, malformed("QE identity: %v", err)
	}
	if j.ID == nil || j.Version == nil || j.IssueDate == nil || j.NextUpdate == nil ||
		j.TCBEvaluationDataNumber == nil || j.MiscSelect == nil || j.MiscSelectMask == nil ||
		j.Attributes == nil || j.AttributesMask == nil || j.MRSigner == nil || j.ISVProdID == nil ||
		j.TCBLevels == nil {
		return nil, malformed("QE identity: missing a required field")
	}
	q := &QEIdentity{
		ID: *j.ID, Version: *j.Version, TCBEvaluationDataNumber: *j.TCBEvaluationDataNumber,
		Signed: d.Body, Signature: d.Signature,
	}
	if q.ID != "QE" {
		return nil, malformed("QE identity id %q, want \"QE\"", q.ID)
	}
	if q.Version != 2 {
		return nil, malformed("QE identity version %d, want 2", q.Version)
	}
	if q.IssueDate, q.NextUpdate, err = window("QE identity", *j.IssueDate, *j.NextUpdate); err != nil {
		return nil, err
	}
	var m [4]byte
	if err := hexField("QE identity miscselect", *j.MiscSelect, m[:]); err != nil {
		return nil, err
	}
	q.MiscSelect = binary.BigEndian.Uint32(m[:])
	if err := hexField("QE identity miscselectMask", *j.MiscSelectMask, m[:]); err != nil {
		return nil, err
	}
	q.MiscSelectMask = binary.BigEndian.Uint32(m[:])
	if err := hexField("QE identity attributes", *j.Attributes, q.Attributes[:]); err != nil {
		return nil, err
	}
	if err := hexField("QE identity attributesMask", *j.AttributesMask, q.AttributesMask[:]); err != nil {
		return nil, err
	}
	if err := hexField("QE identity mrsigner", *j.MRSigner, q.MRSigner[:]); err != nil {
		return nil, err
	}
	if *j.ISVProdID < 0 || *j.ISVProdID > 0xffff {
		return nil, malformed("QE identity isvprodid %d out of range", *j.ISVProdID)
	}
	q.ISVProdID = uint16(*j.ISVProdID)
	if len(j.TCBLevels) == 0 || len(j.TCBLevels) > maxLevels {
		return nil, malformed("QE identity has %d TCB levels", len(j.TCBLevels))
	}
	for i, l := range j.TCBLevels {
		if l.TCB == nil || l.TCB.ISVSVN == nil || l.TCBDate == nil || l.TCBStatus == nil {
			return nil, malformed("QE identity level %d: missing a required field", i)
		}
		if *l.TCB.ISVSVN < 0 || *l.TCB.ISVSVN > 0xffff {
			return nil, malformed("QE identity level %d: isvsvn %d out of range", i, *l.TCB.ISVSVN)
		}
		lv := QETCBLevel{ISVSVN: uint16(*l.TCB.ISVSVN), AdvisoryIDs: l.AdvisoryIDs}
		if lv.TCBDate, err = time.Parse(time.RFC3339, *l.TCBDate); err != nil {
			return nil, malformed("QE identity level %d: tcbDate: %v", i, err)
		}
		if lv.Status, err = parseStatus(*l.TCBStatus); err != nil {
			return nil, malformed("QE identity level %d: %v", i, err)
		}
		q.TCBLevels = append(q.TCBLevels, lv)
	}
	return q, nil
}

func window(what, issue, next string) (time.Time, time.Time, error) {
	a, err := time.Parse(time.RFC3339, issue)
	if err != nil {
		return time.Time{}, time.Time{}, malformed("%s issueDate: %v", what, err)
	}
	b, err := time.Parse(time.RFC3339, next)
	if err != nil {
		return time.Time{}, time.Time{}, malformed("%s nextUpdate: %v", what, err)
	}
	if !b.After(a) {
		return time.Time{}, time.Time{}, malformed("%s nextUpdate %s is not after issueDate %s", what, next, issue)
	}
	return a, b, nil
}

func hexField(what, s string, dst []byte) error {
	if len(s) != 2*len(dst) {
		return malformed("%s: %d hex digits, want %d", what, len(s), 2*len(dst))
	}
	if _, err := hex.Decode(dst, []byte(s)); err != nil {
		return malformed("%s: %v", what, err)
	}
	return nil
}

var statuses = map[string]attest.TCBStatus{
	"UpToDate":                          attest.TCBUpToDate,
	"SWHardeningNeeded":                 attest.TCBSWHardening,
	"ConfigurationNeeded":               attest.TCBConfigNeeded,
	"ConfigurationAndSWHardeningNeeded": attest.TCBConfigAndHarden,
	"OutOfDate":                         attest.TCBOutOfDate,
	"OutOfDateConfigurationNeeded":      attest.TCBOutOfDateConfig,
	"Revoked":                           attest.TCBRevoked,
}

func parseStatus(s string) (attest.TCBStatus, error) {
	st, ok := statuses[s]
	if !ok {
		return "", fmt.Errorf("unknown tcbStatus %q", s)
	}
	return st, nil
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
	if len(b) > maxCollateralSize {
		return nil, malformed("%s of %d bytes exceeds the %d-byte limit", what, len(b), maxCollateralSize)
	}
	der := b
	if t := trimPEMSpace(b); bytes.HasPrefix(t, pemBegin) {
		block, rest := pem.Decode(t)
		if block == nil || block.Type != "X509 CRL" || len(trimPEMSpace(rest)) != 0 {
			return nil, malformed("%s: want one PEM \"X509 CRL\" block", what)
		}
		der = block.Bytes
	}
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		return nil, malformed("%s: %v", what, err)
	}
	return crl, nil
}

func isMalformed(err error) bool { return errors.Is(err, attest.ErrMalformed) }
