package dcap

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// Bounds on collateral documents. Intel's have a handful of levels.
const (
	maxLevels     = 256
	maxIdentities = 64
)

// TCBInfo is Intel's TCB info (PCS /sgx/certification/v4/tcb or
// /tdx/certification/v4/tcb), version 3, id "SGX" or "TDX", or an SGX TCB
// info of version 2 (PCS /sgx/certification/v3/tcb; ID "SGX"). The TDX parts
// (TDXModule, TDXModuleIdentities, TCBLevel.TDXComponents) are zero for
// SGX. attest/tdx exports it as tdx.TCBInfo; attest/sgx copies the SGX
// parts into its own sgx.TCBInfo.
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

// TCBLevel is one platform TCB level of a TCB info.
type TCBLevel struct {
	SGXComponents [16]uint8 // compared with the PCK certificate's CPUSVN components
	PCESVN        uint16
	TDXComponents [16]uint8 // TDX only: compared with the quote's TEE_TCB_SVN
	TCBDate       time.Time
	Status        attest.TCBStatus
	AdvisoryIDs   []string
}

type componentJSON struct {
	SVN *int `json:"svn"`
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

// tcbInfoJSON is the part of a TCB info SGX and TDX share. Pointers tell a
// missing required field from a zero.
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
			SGXTCBComponents []componentJSON `json:"sgxtcbcomponents"`
			PCESVN           *int            `json:"pcesvn"`
		} `json:"tcb"`
		TCBDate     *string  `json:"tcbDate"`
		TCBStatus   *string  `json:"tcbStatus"`
		AdvisoryIDs []string `json:"advisoryIDs"`
	} `json:"tcbLevels"`
}

// tdxTCBInfoJSON is the part only a TDX TCB info has. It is decoded from
// the same bytes as tcbInfoJSON, and only for "TDX": an SGX TCB info never
// had these fields read, so whatever they hold cannot reject it.
type tdxTCBInfoJSON struct {
	TDXModule           *moduleJSON  `json:"tdxModule"`
	TDXModuleIdentities []moduleJSON `json:"tdxModuleIdentities"`
	TCBLevels           []struct {
		TCB *struct {
			TDXTCBComponents []componentJSON `json:"tdxtcbcomponents"`
		} `json:"tcb"`
	} `json:"tcbLevels"`
}

// ParseTCBInfo parses a PCS TCB info body, {"tcbInfo":{...},
// "signature":"<hex>"}, of tcbType 0 for id, "SGX" or "TDX":
//
//   - version 3 (PCS v4 API) with that id; a TDX one also needs tdxModule
//     and 16 TDX components per level;
//   - for "SGX" also version 2 (PCS v3 API, still served and used by
//     Automata's on-chain verifier, teepot and dcap-rs), which has no id
//     (it predates TDX: every v2 TCB info is an SGX one, and ID is set to
//     "SGX") and names the 16 SGX components sgxtcbcomp01svn ..
//     sgxtcbcomp16svn instead of an array. Its levels carry the same
//     tcbDate and tcbStatus values as v3, and are judged the same way.
//
// A document for the other TEE (id "SGX" or a v2 document where "TDX" is
// wanted, and the reverse) is ErrWrongDocument, naming both types. It
// checks structure only, not the signature, dates or FMSPC; errors wrap
// attest.ErrMalformed.
func ParseTCBInfo(p Pkg, body []byte, id string) (*TCBInfo, error) {
	signed, sig, err := parseSignedDoc(p, "TCB info", "tcbInfo", body)
	if err != nil {
		return nil, err
	}
	tdx := id == "TDX"
	var j tcbInfoJSON
	var x tdxTCBInfoJSON
	if err := json.Unmarshal(signed, &j); err != nil {
		return nil, p.Malformed("TCB info: %v", err)
	}
	// The document's type and version decide which fields are required,
	// so they are checked first: a wrong document is named as such, not
	// reported as one missing the other type's fields.
	if j.Version == nil {
		return nil, p.Malformed("TCB info: missing a required field (version)")
	}
	docID := ""
	switch *j.Version {
	case 3:
		if j.ID == nil {
			return nil, p.Malformed("TCB info: missing a required field (id)")
		}
		docID = *j.ID
		if docID != id {
			return nil, p.WrongDocument("TCB info has id %q, want %q: a %s TCB info cannot judge a %s quote", docID, id, docID, id)
		}
	case 2:
		if j.ID != nil {
			return nil, p.Malformed("TCB info version 2 has an id field (%q); Intel's version 2 has none", *j.ID)
		}
		docID = "SGX"
		if docID != id {
			return nil, p.WrongDocument("TCB info version 2 is an SGX TCB info (PCS v3 API, no id), want id %q (version 3)", id)
		}
	default:
		return nil, p.Malformed("TCB info version %d, want 3 (or 2 for SGX)", *j.Version)
	}
	if tdx {
		if err := json.Unmarshal(signed, &x); err != nil {
			return nil, p.Malformed("TCB info: %v", err)
		}
	}
	var v2 tcbInfoV2JSON
	if *j.Version == 2 {
		if err := json.Unmarshal(signed, &v2); err != nil {
			return nil, p.Malformed("TCB info: %v", err)
		}
	}
	if j.IssueDate == nil || j.NextUpdate == nil || j.FMSPC == nil ||
		j.PCEID == nil || j.TCBType == nil || j.TCBEvaluationDataNumber == nil || j.TCBLevels == nil ||
		(tdx && x.TDXModule == nil) {
		return nil, p.Malformed("TCB info: missing a required field")
	}
	t := &TCBInfo{
		ID: docID, Version: *j.Version, TCBType: *j.TCBType,
		TCBEvaluationDataNumber: *j.TCBEvaluationDataNumber,
		Signed:                  signed, Signature: sig,
	}
	if t.TCBType != 0 {
		return nil, p.Malformed("TCB info tcbType %d, want 0", t.TCBType)
	}
	if t.IssueDate, t.NextUpdate, err = docWindow(p, "TCB info", *j.IssueDate, *j.NextUpdate); err != nil {
		return nil, err
	}
	if err := hexField(p, "TCB info fmspc", *j.FMSPC, t.FMSPC[:]); err != nil {
		return nil, err
	}
	if err := hexField(p, "TCB info pceId", *j.PCEID, t.PCEID[:]); err != nil {
		return nil, err
	}
	if tdx {
		if err := parseModules(p, &x, t); err != nil {
			return nil, err
		}
	}
	if len(j.TCBLevels) == 0 || len(j.TCBLevels) > maxLevels {
		return nil, p.Malformed("TCB info has %d TCB levels", len(j.TCBLevels))
	}
	for i, l := range j.TCBLevels {
		if l.TCB == nil || l.TCB.PCESVN == nil || l.TCBDate == nil || l.TCBStatus == nil {
			return nil, p.Malformed("TCB info level %d: missing a required field", i)
		}
		var lv TCBLevel
		if t.Version == 2 {
			// Both decodings read the same array (see the TDX case below).
			var tcb map[string]json.RawMessage
			if i < len(v2.TCBLevels) {
				tcb = v2.TCBLevels[i].TCB
			}
			if err := componentsV2(p, i, tcb, &lv.SGXComponents); err != nil {
				return nil, err
			}
		} else if err := components(p, i, "SGX", l.TCB.SGXTCBComponents, &lv.SGXComponents); err != nil {
			return nil, err
		}
		if tdx {
			// Both decodings read the same array, so x.TCBLevels[i].TCB is
			// set exactly when l.TCB is; the guard only keeps a mistake in
			// that reasoning from becoming a panic.
			var cs []componentJSON
			if i < len(x.TCBLevels) && x.TCBLevels[i].TCB != nil {
				cs = x.TCBLevels[i].TCB.TDXTCBComponents
			}
			if err := components(p, i, "TDX", cs, &lv.TDXComponents); err != nil {
				return nil, err
			}
		}
		if *l.TCB.PCESVN < 0 || *l.TCB.PCESVN > 0xffff {
			return nil, p.Malformed("TCB info level %d: pcesvn %d out of range", i, *l.TCB.PCESVN)
		}
		lv.PCESVN = uint16(*l.TCB.PCESVN)
		if lv.TCBDate, err = time.Parse(time.RFC3339, *l.TCBDate); err != nil {
			return nil, p.Malformed("TCB info level %d: tcbDate: %v", i, err)
		}
		if lv.Status, err = PlatformStatuses.parse(*l.TCBStatus); err != nil {
			return nil, p.Malformed("TCB info level %d: %v", i, err)
		}
		lv.AdvisoryIDs = l.AdvisoryIDs
		t.TCBLevels = append(t.TCBLevels, lv)
	}
	return t, nil
}

// parseModules parses a TDX TCB info's tdxModule and tdxModuleIdentities
// into t.
func parseModules(p Pkg, x *tdxTCBInfoJSON, t *TCBInfo) error {
	if err := parseModule(p, "TCB info tdxModule", x.TDXModule, &t.TDXModule); err != nil {
		return err
	}
	if len(x.TDXModuleIdentities) > maxIdentities {
		return p.Malformed("TCB info has %d TDX module identities", len(x.TDXModuleIdentities))
	}
	for i := range x.TDXModuleIdentities {
		m := &x.TDXModuleIdentities[i]
		if m.ID == nil {
			return p.Malformed("TCB info TDX module identity %d: missing id", i)
		}
		id := TDXModuleIdentity{ID: *m.ID}
		what := "TCB info TDX module identity " + id.ID
		if err := parseModule(p, what, m, &id.TDXModule); err != nil {
			return err
		}
		var err error
		if id.TCBLevels, err = parseSVNLevels(p, what, m.TCBLevels, 0xff, SVNStatuses); err != nil {
			return err
		}
		t.TDXModuleIdentities = append(t.TDXModuleIdentities, id)
	}
	return nil
}

// tcbInfoV2JSON is the shape of a version 2 level's tcb object: the 16
// SGX components as sgxtcbcomp01svn .. sgxtcbcomp16svn, and pcesvn.
type tcbInfoV2JSON struct {
	TCBLevels []struct {
		TCB map[string]json.RawMessage `json:"tcb"`
	} `json:"tcbLevels"`
}

// componentsV2 reads a version 2 level's SGX components. The tcb object
// must hold exactly those 16 and pcesvn: anything else would be a field
// this parser does not understand, in a document that sets a security
// level.
func componentsV2(p Pkg, level int, tcb map[string]json.RawMessage, dst *[16]uint8) error {
	if len(tcb) != len(dst)+1 {
		return p.Malformed("TCB info level %d: %d tcb fields, want the %d sgxtcbcompNNsvn and pcesvn", level, len(tcb), len(dst))
	}
	for k := range dst {
		raw, ok := tcb[fmt.Sprintf("sgxtcbcomp%02dsvn", k+1)]
		var svn *int
		if ok {
			if err := json.Unmarshal(raw, &svn); err != nil {
				return p.Malformed("TCB info level %d: sgxtcbcomp%02dsvn: %v", level, k+1, err)
			}
		}
		if svn == nil || *svn < 0 || *svn > 0xff {
			return p.Malformed("TCB info level %d: SGX component %d SVN missing or out of range", level, k)
		}
		dst[k] = uint8(*svn)
	}
	return nil
}

func components(p Pkg, level int, kind string, cs []componentJSON, dst *[16]uint8) error {
	if len(cs) != len(dst) {
		return p.Malformed("TCB info level %d: %d %s TCB components, want %d", level, len(cs), kind, len(dst))
	}
	for k, c := range cs {
		if c.SVN == nil || *c.SVN < 0 || *c.SVN > 0xff {
			return p.Malformed("TCB info level %d: %s component %d SVN missing or out of range", level, kind, k)
		}
		dst[k] = uint8(*c.SVN)
	}
	return nil
}

func parseModule(p Pkg, what string, m *moduleJSON, dst *TDXModule) error {
	if m.MRSigner == nil || m.Attributes == nil || m.AttributesMask == nil {
		return p.Malformed("%s: missing a required field", what)
	}
	if err := hexField(p, what+" mrsigner", *m.MRSigner, dst.MRSigner[:]); err != nil {
		return err
	}
	if err := hexField(p, what+" attributes", *m.Attributes, dst.Attributes[:]); err != nil {
		return err
	}
	return hexField(p, what+" attributesMask", *m.AttributesMask, dst.AttributesMask[:])
}
