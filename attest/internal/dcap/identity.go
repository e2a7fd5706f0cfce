package dcap

import (
	"encoding/binary"
	"encoding/json"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// EnclaveIdentity is Intel's identity of a quoting enclave (PCS
// /sgx/certification/v4/qe/identity, id "QE", or
// /tdx/certification/v4/qe/identity, id "TD_QE"), version 2. attest/sgx
// and attest/tdx export it as QEIdentity.
type EnclaveIdentity struct {
	ID                      string
	Version                 int
	IssueDate, NextUpdate   time.Time
	TCBEvaluationDataNumber int
	// MiscSelect and MiscSelectMask are the hex strings read as big-endian
	// 32-bit values, as Intel writes them, and compared with the report's
	// MISCSELECT under the mask.
	MiscSelect, MiscSelectMask uint32
	// Attributes and AttributesMask are compared byte for byte with the
	// report's 16-byte ATTRIBUTES under the mask.
	Attributes, AttributesMask Attributes
	MRSigner                   [32]byte
	ISVProdID                  uint16
	TCBLevels                  []SVNLevel

	Signed    []byte // the exact bytes of the "enclaveIdentity" value
	Signature [SignatureSize]byte
}

// SVNLevel is a TCB level keyed by one security version: a quoting
// enclave's ISVSVN or a TDX module identity's module SVN.
type SVNLevel struct {
	ISVSVN      uint16
	TCBDate     time.Time
	Status      attest.TCBStatus
	AdvisoryIDs []string
}

type enclaveIdentityJSON struct {
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

// ParseEnclaveIdentity parses a PCS enclave identity body,
// {"enclaveIdentity":{...},"signature":"<hex>"}, of version 2 for id ("QE"
// or "TD_QE"), whose levels may carry the statuses in levels. It checks
// structure only; errors wrap attest.ErrMalformed.
func ParseEnclaveIdentity(p Pkg, body []byte, id string, levels StatusSet) (*EnclaveIdentity, error) {
	signed, sig, err := parseSignedDoc(p, "QE identity", "enclaveIdentity", body)
	if err != nil {
		return nil, err
	}
	var j enclaveIdentityJSON
	if err := json.Unmarshal(signed, &j); err != nil {
		return nil, p.Malformed("QE identity: %v", err)
	}
	if j.ID == nil || j.Version == nil || j.IssueDate == nil || j.NextUpdate == nil ||
		j.TCBEvaluationDataNumber == nil || j.MiscSelect == nil || j.MiscSelectMask == nil ||
		j.Attributes == nil || j.AttributesMask == nil || j.MRSigner == nil || j.ISVProdID == nil ||
		j.TCBLevels == nil {
		return nil, p.Malformed("QE identity: missing a required field")
	}
	q := &EnclaveIdentity{
		ID: *j.ID, Version: *j.Version, TCBEvaluationDataNumber: *j.TCBEvaluationDataNumber,
		Signed: signed, Signature: sig,
	}
	switch {
	case q.ID != id:
		return nil, p.WrongDocument("QE identity has id %q, want %q", q.ID, id)
	case q.Version != 2:
		return nil, p.Malformed("QE identity version %d, want 2", q.Version)
	}
	if q.IssueDate, q.NextUpdate, err = docWindow(p, "QE identity", *j.IssueDate, *j.NextUpdate); err != nil {
		return nil, err
	}
	var m [4]byte
	if err := hexField(p, "QE identity miscselect", *j.MiscSelect, m[:]); err != nil {
		return nil, err
	}
	q.MiscSelect = binary.BigEndian.Uint32(m[:])
	if err := hexField(p, "QE identity miscselectMask", *j.MiscSelectMask, m[:]); err != nil {
		return nil, err
	}
	q.MiscSelectMask = binary.BigEndian.Uint32(m[:])
	if err := hexField(p, "QE identity attributes", *j.Attributes, q.Attributes[:]); err != nil {
		return nil, err
	}
	if err := hexField(p, "QE identity attributesMask", *j.AttributesMask, q.AttributesMask[:]); err != nil {
		return nil, err
	}
	if err := hexField(p, "QE identity mrsigner", *j.MRSigner, q.MRSigner[:]); err != nil {
		return nil, err
	}
	if *j.ISVProdID < 0 || *j.ISVProdID > 0xffff {
		return nil, p.Malformed("QE identity isvprodid %d out of range", *j.ISVProdID)
	}
	q.ISVProdID = uint16(*j.ISVProdID)
	if q.TCBLevels, err = parseSVNLevels(p, "QE identity", j.TCBLevels, 0xffff, levels); err != nil {
		return nil, err
	}
	return q, nil
}

// parseSVNLevels parses the tcbLevels of a QE identity or of a TDX module
// identity, with ISVSVNs up to maxSVN and statuses in set.
func parseSVNLevels(p Pkg, what string, ls []svnLevelJSON, maxSVN int, set StatusSet) ([]SVNLevel, error) {
	if len(ls) == 0 || len(ls) > maxLevels {
		return nil, p.Malformed("%s has %d TCB levels", what, len(ls))
	}
	out := make([]SVNLevel, 0, len(ls))
	for i, l := range ls {
		if l.TCB == nil || l.TCB.ISVSVN == nil || l.TCBDate == nil || l.TCBStatus == nil {
			return nil, p.Malformed("%s level %d: missing a required field", what, i)
		}
		if *l.TCB.ISVSVN < 0 || *l.TCB.ISVSVN > maxSVN {
			return nil, p.Malformed("%s level %d: isvsvn %d out of range", what, i, *l.TCB.ISVSVN)
		}
		lv := SVNLevel{ISVSVN: uint16(*l.TCB.ISVSVN), AdvisoryIDs: l.AdvisoryIDs}
		var err error
		if lv.TCBDate, err = time.Parse(time.RFC3339, *l.TCBDate); err != nil {
			return nil, p.Malformed("%s level %d: tcbDate: %v", what, i, err)
		}
		if lv.Status, err = set.parse(*l.TCBStatus); err != nil {
			return nil, p.Malformed("%s level %d: %v", what, i, err)
		}
		out = append(out, lv)
	}
	return out, nil
}

// MatchEnclaveIdentity checks a QE report against an identity: MRSIGNER
// and ISVPRODID equal, MISCSELECT and ATTRIBUTES equal under their masks.
// A mismatch means the report that vouches for the attestation key is not
// the genuine QE's: attest.ErrKeyBinding.
func MatchEnclaveIdentity(p Pkg, id *EnclaveIdentity, qe *ReportBody) error {
	if qe.MRSigner != id.MRSigner {
		return p.Errorf(attest.ErrKeyBinding, "QE MRSIGNER %x, QE identity wants %x", qe.MRSigner, id.MRSigner)
	}
	if qe.ISVProdID != id.ISVProdID {
		return p.Errorf(attest.ErrKeyBinding, "QE ISVPRODID %d, QE identity wants %d", qe.ISVProdID, id.ISVProdID)
	}
	if qe.MiscSelect&id.MiscSelectMask != id.MiscSelect&id.MiscSelectMask {
		return p.Errorf(attest.ErrKeyBinding, "QE MISCSELECT %08x does not match %08x under mask %08x", qe.MiscSelect, id.MiscSelect, id.MiscSelectMask)
	}
	for i := range qe.Attributes {
		if qe.Attributes[i]&id.AttributesMask[i] != id.Attributes[i]&id.AttributesMask[i] {
			return p.Errorf(attest.ErrKeyBinding, "QE ATTRIBUTES %x do not match %x under mask %x", qe.Attributes[:], id.Attributes[:], id.AttributesMask[:])
		}
	}
	return nil
}

// MatchBuiltinQE checks a QE report against the identity a verifier has
// built in for when no QE identity collateral is given: Intel's MRSIGNER
// and ISVPRODID for that quoting enclave (name), and the DEBUG attribute
// clear. A mismatch is attest.ErrKeyBinding, as for MatchEnclaveIdentity.
func MatchBuiltinQE(p Pkg, qe *ReportBody, name string, mrsigner [32]byte, prodID uint16) error {
	if qe.MRSigner != mrsigner || qe.ISVProdID != prodID || qe.Debug() {
		return p.Errorf(attest.ErrKeyBinding, "QE report (MRSIGNER %x, ISVPRODID %d, debug %t) is not Intel's production %s",
			qe.MRSigner, qe.ISVProdID, qe.Debug(), name)
	}
	return nil
}

// MatchSVN returns the first of levels, in Intel's order (newest first),
// whose ISVSVN is at most svn, or nil.
func MatchSVN(levels []SVNLevel, svn uint16) *SVNLevel {
	for i := range levels {
		if svn >= levels[i].ISVSVN {
			return &levels[i]
		}
	}
	return nil
}

// QELevel returns the QE identity's level for a QE of ISVSVN isvsvn
// (MatchSVN): attest.ErrTCB when the QE is below every level,
// attest.ErrRevoked when its level is Revoked.
func QELevel(p Pkg, id *EnclaveIdentity, isvsvn uint16) (*SVNLevel, error) {
	lv := MatchSVN(id.TCBLevels, isvsvn)
	if lv == nil {
		return nil, p.Errorf(attest.ErrTCB, "no QE identity TCB level matches QE ISVSVN %d", isvsvn)
	}
	if lv.Status == attest.TCBRevoked {
		return nil, p.Errorf(attest.ErrRevoked, "QE ISVSVN %d is at a revoked TCB level (ISVSVN %d)", isvsvn, lv.ISVSVN)
	}
	return lv, nil
}
