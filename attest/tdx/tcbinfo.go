package tdx

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sgx"
)

// Bounds on collateral documents. Intel's are a few KiB with a handful of
// levels.
const (
	maxDocSize    = 1 << 20
	maxLevels     = 256
	maxIdentities = 64
)

// TCBInfo is Intel's TDX TCB info (PCS /tdx/certification/v4/tcb), version
// 3, id "TDX".
type TCBInfo struct {
	ID                      string
	Version                 int
	IssueDate, NextUpdate   time.Time
	FMSPC                   [6]byte
	PCEID                   [2]byte
	TCBType                 int
	TCBEvaluationDataNumber int
	// TDXModule is the identity of TDX modules of major version 0
	// (TEE_TCB_SVN[1] = 0).
	TDXModule TDXModule
	// TDXModuleIdentities are the identities and TCB levels of TDX modules
	// of major version > 0, with IDs "TDX_<version as two hex digits>".
	TDXModuleIdentities []TDXModuleIdentity
	// TCBLevels are the platform TCB levels in Intel's order, newest first.
	TCBLevels []TCBLevel

	// Signed is the exact bytes of the "tcbInfo" value, which Signature
	// (ECDSA P-256 r‖s over SHA-256) covers.
	Signed    []byte
	Signature [SignatureSize]byte
}

// TDXModule is what a TDX module's MRSIGNERSEAM and SEAMATTRIBUTES must be.
type TDXModule struct {
	MRSigner       [48]byte
	Attributes     [8]byte
	AttributesMask [8]byte
}

// TDXModuleIdentity is one entry of tdxModuleIdentities.
type TDXModuleIdentity struct {
	ID string // "TDX_01", "TDX_03", ...
	TDXModule
	TCBLevels []SVNLevel // keyed by the module SVN, TEE_TCB_SVN[0]
}

// TCBLevel is one platform TCB level of a TDX TCB info.
type TCBLevel struct {
	SGXComponents [16]uint8 // compared with the PCK certificate's CPUSVN components
	PCESVN        uint16
	TDXComponents [16]uint8 // compared with the quote's TEE_TCB_SVN
	TCBDate       time.Time
	Status        attest.TCBStatus
	AdvisoryIDs   []string
}

// SVNLevel is a TCB level keyed by one security version: a TDX module
// identity's (module SVN) or the TD quoting enclave's (ISVSVN). Its status
// is UpToDate, OutOfDate or Revoked.
type SVNLevel struct {
	ISVSVN      uint16
	TCBDate     time.Time
	Status      attest.TCBStatus
	AdvisoryIDs []string
}

// QEIdentity is Intel's identity of the TD quoting enclave (PCS
// /tdx/certification/v4/qe/identity), version 2, id "TD_QE".
type QEIdentity struct {
	ID                      string
	Version                 int
	IssueDate, NextUpdate   time.Time
	TCBEvaluationDataNumber int
	// MiscSelect and MiscSelectMask are read as big-endian hex, as Intel
	// writes them, and compared with the QE report's MISCSELECT under the
	// mask.
	MiscSelect, MiscSelectMask uint32
	// Attributes and AttributesMask are compared byte for byte with the QE
	// report's ATTRIBUTES under the mask.
	Attributes, AttributesMask sgx.Attributes
	MRSigner                   [32]byte
	ISVProdID                  uint16
	TCBLevels                  []SVNLevel

	Signed    []byte // the exact bytes of the "enclaveIdentity" value
	Signature [SignatureSize]byte
}

// signedDoc splits a PCS body {"<key>":{...},"signature":"<hex>"} into the
// exact bytes of the inner object and the signature.
func signedDoc(what, key string, b []byte) ([]byte, [SignatureSize]byte, error) {
	var sig [SignatureSize]byte
	if len(b) > maxDocSize {
		return nil, sig, malformed("%s of %d bytes exceeds the %d-byte limit", what, len(b), maxDocSize)
	}
	var env map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&env); err != nil {
		return nil, sig, malformed("%s: %v", what, err)
	}
	if dec.More() {
		return nil, sig, malformed("%s: trailing data", what)
	}
	body, sigJSON := env[key], env["signature"]
	if len(env) != 2 || body == nil || sigJSON == nil {
		return nil, sig, malformed("%s: want exactly the keys %q and \"signature\"", what, key)
	}
	if body[0] != '{' {
		return nil, sig, malformed("%s: %q is not an object", what, key)
	}
	var sigHex string
	if err := json.Unmarshal(sigJSON, &sigHex); err != nil {
		return nil, sig, malformed("%s: signature: %v", what, err)
	}
	if err := hexField(what+" signature", sigHex, sig[:]); err != nil {
		return nil, sig, err
	}
	return append([]byte(nil), body...), sig, nil
}

type svnLevelJSON struct {
	TCB *struct {
		ISVSVN *int `json:"isvsvn"`
	} `json:"tcb"`
	TCBDate     *string  `json:"tcbDate"`
	TCBStatus   *string  `json:"tcbStatus"`
	AdvisoryIDs []string `json:"advisoryIDs"`
}

type moduleJSON struct {
	ID             *string        `json:"id"` // identities only
	MRSigner       *string        `json:"mrsigner"`
	Attributes     *string        `json:"attributes"`
	AttributesMask *string        `json:"attributesMask"`
	TCBLevels      []svnLevelJSON `json:"tcbLevels"` // identities only
}

type componentJSON struct {
	SVN *int `json:"svn"`
}

type tcbInfoJSON struct {
	ID                      *string      `json:"id"`
	Version                 *int         `json:"version"`
	IssueDate               *string      `json:"issueDate"`
	NextUpdate              *string      `json:"nextUpdate"`
	FMSPC                   *string      `json:"fmspc"`
	PCEID                   *string      `json:"pceId"`
	TCBType                 *int         `json:"tcbType"`
	TCBEvaluationDataNumber *int         `json:"tcbEvaluationDataNumber"`
	TDXModule               *moduleJSON  `json:"tdxModule"`
	TDXModuleIdentities     []moduleJSON `json:"tdxModuleIdentities"`
	TCBLevels               []struct {
		TCB *struct {
			SGXTCBComponents []componentJSON `json:"sgxtcbcomponents"`
			PCESVN           *int            `json:"pcesvn"`
			TDXTCBComponents []componentJSON `json:"tdxtcbcomponents"`
		} `json:"tcb"`
		TCBDate     *string  `json:"tcbDate"`
		TCBStatus   *string  `json:"tcbStatus"`
		AdvisoryIDs []string `json:"advisoryIDs"`
	} `json:"tcbLevels"`
}

// ParseTCBInfo parses a PCS TDX TCB info body, {"tcbInfo":{...},
// "signature":"<hex>"}: version 3, id "TDX", tcbType 0, with tdxModule and
// 16 SGX and 16 TDX components per level. It checks structure only, not
// the signature, dates or FMSPC; errors wrap attest.ErrMalformed.
func ParseTCBInfo(body []byte) (*TCBInfo, error) {
	signed, sig, err := signedDoc("TCB info", "tcbInfo", body)
	if err != nil {
		return nil, err
	}
	var j tcbInfoJSON
	if err := json.Unmarshal(signed, &j); err != nil {
		return nil, malformed("TCB info: %v", err)
	}
	if j.ID == nil || j.Version == nil || j.IssueDate == nil || j.NextUpdate == nil || j.FMSPC == nil ||
		j.PCEID == nil || j.TCBType == nil || j.TCBEvaluationDataNumber == nil || j.TDXModule == nil || j.TCBLevels == nil {
		return nil, malformed("TCB info: missing a required field")
	}
	t := &TCBInfo{
		ID: *j.ID, Version: *j.Version, TCBType: *j.TCBType,
		TCBEvaluationDataNumber: *j.TCBEvaluationDataNumber,
		Signed:                  signed, Signature: sig,
	}
	switch {
	case t.ID != "TDX":
		return nil, malformed("TCB info is for %q, want \"TDX\"", t.ID)
	case t.Version != 3:
		return nil, malformed("TCB info version %d, want 3", t.Version)
	case t.TCBType != 0:
		return nil, malformed("TCB info tcbType %d, want 0", t.TCBType)
	}
	if t.IssueDate, t.NextUpdate, err = docWindow("TCB info", *j.IssueDate, *j.NextUpdate); err != nil {
		return nil, err
	}
	if err := hexField("TCB info fmspc", *j.FMSPC, t.FMSPC[:]); err != nil {
		return nil, err
	}
	if err := hexField("TCB info pceId", *j.PCEID, t.PCEID[:]); err != nil {
		return nil, err
	}
	if err := parseModule("TCB info tdxModule", j.TDXModule, &t.TDXModule); err != nil {
		return nil, err
	}
	if len(j.TDXModuleIdentities) > maxIdentities {
		return nil, malformed("TCB info has %d TDX module identities", len(j.TDXModuleIdentities))
	}
	for i := range j.TDXModuleIdentities {
		m := &j.TDXModuleIdentities[i]
		if m.ID == nil {
			return nil, malformed("TCB info TDX module identity %d: missing id", i)
		}
		id := TDXModuleIdentity{ID: *m.ID}
		what := "TCB info TDX module identity " + id.ID
		if err := parseModule(what, m, &id.TDXModule); err != nil {
			return nil, err
		}
		if id.TCBLevels, err = parseSVNLevels(what, m.TCBLevels, 0xff); err != nil {
			return nil, err
		}
		t.TDXModuleIdentities = append(t.TDXModuleIdentities, id)
	}
	if len(j.TCBLevels) == 0 || len(j.TCBLevels) > maxLevels {
		return nil, malformed("TCB info has %d TCB levels", len(j.TCBLevels))
	}
	for i, l := range j.TCBLevels {
		if l.TCB == nil || l.TCB.PCESVN == nil || l.TCBDate == nil || l.TCBStatus == nil {
			return nil, malformed("TCB info level %d: missing a required field", i)
		}
		var lv TCBLevel
		if err := components(i, "SGX", l.TCB.SGXTCBComponents, &lv.SGXComponents); err != nil {
			return nil, err
		}
		if err := components(i, "TDX", l.TCB.TDXTCBComponents, &lv.TDXComponents); err != nil {
			return nil, err
		}
		if *l.TCB.PCESVN < 0 || *l.TCB.PCESVN > 0xffff {
			return nil, malformed("TCB info level %d: pcesvn %d out of range", i, *l.TCB.PCESVN)
		}
		lv.PCESVN = uint16(*l.TCB.PCESVN)
		if lv.TCBDate, err = time.Parse(time.RFC3339, *l.TCBDate); err != nil {
			return nil, malformed("TCB info level %d: tcbDate: %v", i, err)
		}
		var ok bool
		if lv.Status, ok = platformStatuses[*l.TCBStatus]; !ok {
			return nil, malformed("TCB info level %d: unknown tcbStatus %q", i, *l.TCBStatus)
		}
		lv.AdvisoryIDs = l.AdvisoryIDs
		t.TCBLevels = append(t.TCBLevels, lv)
	}
	return t, nil
}

func components(level int, kind string, cs []componentJSON, dst *[16]uint8) error {
	if len(cs) != len(dst) {
		return malformed("TCB info level %d: %d %s TCB components, want %d", level, len(cs), kind, len(dst))
	}
	for k, c := range cs {
		if c.SVN == nil || *c.SVN < 0 || *c.SVN > 0xff {
			return malformed("TCB info level %d: %s component %d SVN missing or out of range", level, kind, k)
		}
		dst[k] = uint8(*c.SVN)
	}
	return nil
}

func parseModule(what string, m *moduleJSON, dst *TDXModule) error {
	if m.MRSigner == nil || m.Attributes == nil || m.AttributesMask == nil {
		return malformed("%s: missing a required field", what)
	}
	if err := hexField(what+" mrsigner", *m.MRSigner, dst.MRSigner[:]); err != nil {
		return err
	}
	if err := hexField(what+" attributes", *m.Attributes, dst.Attributes[:]); err != nil {
		return err
	}
	return hexField(what+" attributesMask", *m.AttributesMask, dst.AttributesMask[:])
}

// parseSVNLevels parses the tcbLevels of a TDX module identity or of the
// QE identity, with ISVSVNs up to maxSVN.
func parseSVNLevels(what string, ls []svnLevelJSON, maxSVN int) ([]SVNLevel, error) {
	if len(ls) == 0 || len(ls) > maxLevels {
		return nil, malformed("%s has %d TCB levels", what, len(ls))
	}
	out := make([]SVNLevel, 0, len(ls))
	for i, l := range ls {
		if l.TCB == nil || l.TCB.ISVSVN == nil || l.TCBDate == nil || l.TCBStatus == nil {
			return nil, malformed("%s level %d: missing a required field", what, i)
		}
		if *l.TCB.ISVSVN < 0 || *l.TCB.ISVSVN > maxSVN {
			return nil, malformed("%s level %d: isvsvn %d out of range", what, i, *l.TCB.ISVSVN)
		}
		lv := SVNLevel{ISVSVN: uint16(*l.TCB.ISVSVN), AdvisoryIDs: l.AdvisoryIDs}
		var err error
		if lv.TCBDate, err = time.Parse(time.RFC3339, *l.TCBDate); err != nil {
			return nil, malformed("%s level %d: tcbDate: %v", what, i, err)
		}
		var ok bool
		if lv.Status, ok = svnStatuses[*l.TCBStatus]; !ok {
			return nil, malformed("%s level %d: tcbStatus %q (want UpToDate, OutOfDate or Revoked)", what, i, *l.TCBStatus)
		}
		out = append(out, lv)
	}
	return out, nil
}

type qeIdentityJSON struct {
	ID                      *string        `json:"id"`
	Version                 *int           `json:"version"`
	IssueDate               *string        `json:"issueDate"`
	NextUpdate              *string        `json:"nextUpdate"`
	TCBEvaluationDataNumber *int           `json:"tcbEvaluationDataNumber"`
	MiscSelect              *string        `json:"miscselect"`
	MiscSelectMask          *string        `json:"miscselectMask"`
	Attributes              *string        `json:"attributes"`
	AttributesMask          *string        `json:"attributesMask"`
	MRSigner                *string        `json:"mrsigner"`
	ISVProdID               *int           `json:"isvprodid"`
	TCBLevels               []svnLevelJSON `json:"tcbLevels"`
}

// ParseQEIdentity parses a PCS TD QE identity body, {"enclaveIdentity":
// {...},"signature":"<hex>"}: version 2, id "TD_QE". It checks structure
// only; errors wrap attest.ErrMalformed.
func ParseQEIdentity(body []byte) (*QEIdentity, error) {
	signed, sig, err := signedDoc("QE identity", "enclaveIdentity", body)
	if err != nil {
		return nil, err
	}
	var j qeIdentityJSON
	if err := json.Unmarshal(signed, &j); err != nil {
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
		Signed: signed, Signature: sig,
	}
	switch {
	case q.ID != "TD_QE":
		return nil, malformed("QE identity is for %q, want \"TD_QE\"", q.ID)
	case q.Version != 2:
		return nil, malformed("QE identity version %d, want 2", q.Version)
	}
	if q.IssueDate, q.NextUpdate, err = docWindow("QE identity", *j.IssueDate, *j.NextUpdate); err != nil {
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
	if q.TCBLevels, err = parseSVNLevels("QE identity", j.TCBLevels, 0xffff); err != nil {
		return nil, err
	}
	return q, nil
}

func docWindow(what, issue, next string) (time.Time, time.Time, error) {
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

var platformStatuses = map[string]attest.TCBStatus{
	"UpToDate":                          attest.TCBUpToDate,
	"SWHardeningNeeded":                 attest.TCBSWHardening,
	"ConfigurationNeeded":               attest.TCBConfigNeeded,
	"ConfigurationAndSWHardeningNeeded": attest.TCBConfigAndHarden,
	"OutOfDate":                         attest.TCBOutOfDate,
	"OutOfDateConfigurationNeeded":      attest.TCBOutOfDateConfig,
	"Revoked":                           attest.TCBRevoked,
}

var svnStatuses = map[string]attest.TCBStatus{
	"UpToDate":  attest.TCBUpToDate,
	"OutOfDate": attest.TCBOutOfDate,
	"Revoked":   attest.TCBRevoked,
}
