package tdx

import (
	"fmt"
	"strings"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
	"github.com/teerollup/teerollup/attest/sgx"
)

// IntelTDQEMRSigner is the MRSIGNER of Intel's TD quoting enclave (the
// "mrsigner" of Intel's TD_QE identity) and IntelTDQEProdID its ISVPRODID.
// Without QE identity collateral, Verify requires the QE report to carry
// them and the DEBUG bit to be clear.
var IntelTDQEMRSigner = [32]byte{
	0xdc, 0x9e, 0x2a, 0x7c, 0x6f, 0x94, 0x8f, 0x17, 0x47, 0x4e, 0x34, 0xa7, 0xfc, 0x43, 0xed, 0x03,
	0x0f, 0x7c, 0x15, 0x63, 0xf1, 0xba, 0xbd, 0xdf, 0x63, 0x40, 0xc8, 0x2e, 0x0e, 0x54, 0xa8, 0xc5,
}

// IntelTDQEProdID is the ISVPRODID of Intel's TD quoting enclave.
const IntelTDQEProdID = 2

// checkQE checks that the QE report is the TD quoting enclave's: against
// the QE identity when there is one (MRSIGNER, ISVPRODID, MISCSELECT and
// ATTRIBUTES under their masks), else against Intel's built-in TD QE
// identity (MRSIGNER, ISVPRODID, not debug). A mismatch means the report
// that vouches for the attestation key is not the genuine QE's:
// attest.ErrKeyBinding, as in attest/sgx.
func checkQE(id *QEIdentity, qe *sgx.ReportBody) error {
	if id == nil {
		return dcap.MatchBuiltinQE(pkg, qe, "TD quoting enclave", IntelTDQEMRSigner, IntelTDQEProdID)
	}
	return dcap.MatchEnclaveIdentity(pkg, id, qe)
}

// TCBEvaluation is the outcome of Intel's TDX TCB evaluation.
type TCBEvaluation struct {
	// Status converges the platform level's status with the TDX module's
	// and the QE's; it is never attest.TCBRevoked (that is an error).
	Status attest.TCBStatus
	// Level is the matched platform TCB level.
	Level *TCBLevel
	// Module and ModuleLevel are the TDX module identity and its matched
	// level; nil for a module of major version 0 (TEE_TCB_SVN[1] = 0),
	// which TCBInfo.TDXModule identifies and Level covers.
	Module      *TDXModuleIdentity
	ModuleLevel *SVNLevel
	// QELevel is the matched QE identity level.
	QELevel *SVNLevel
}

// evaluateTCB is Intel's TDX TCB evaluation (TCB info v3, QE identity v2),
// after the documents' signatures, windows and FMSPC/PCE-ID have been
// checked and the QE report has been matched to the identity (checkQE):
//
//  1. the TDX module: for TEE_TCB_SVN[1] = 0 TCB info's tdxModule, else the
//     identity "TDX_%02X" of TEE_TCB_SVN[1] (none: ErrTCB); MRSIGNERSEAM
//     must equal its mrsigner and SEAMATTRIBUTES its attributes under the
//     mask (ErrTCB);
//  2. the platform level: the first level whose 16 SGX components and
//     PCESVN are at most the PCK certificate's and whose 16 TDX components
//     are at most TEE_TCB_SVN's, skipping components 0 and 1 (module SVN
//     and version) when TEE_TCB_SVN[1] > 0 since step 3 judges the module
//     (none: ErrTCB);
//  3. for TEE_TCB_SVN[1] > 0, the module level: the first of the module
//     identity's levels whose ISVSVN is at most TEE_TCB_SVN[0] (none:
//     ErrTCB);
//  4. the QE level: the first level of the QE identity whose ISVSVN is at
//     most the QE's (none: ErrTCB);
//  5. the statuses converge: an OutOfDate module or QE turns UpToDate and
//     SWHardeningNeeded into OutOfDate and the two ConfigurationNeeded
//     statuses into OutOfDateConfigurationNeeded; any Revoked status is
//     ErrRevoked.
//
// The TEE_TCB_SVN judged is the TD report's first one, also for a TD
// report 1.5. Intel's library additionally compares TEE_TCB_SVN2 with the
// newest level to advise a TD relaunch after a TD-preserving module update
// ("TDRelaunchAdvised"); attest has no such status, so such a TD keeps the
// (OutOfDate) status of the module it was launched on.
func evaluateTCB(ti *TCBInfo, qi *QEIdentity, ext *sgx.PCKExtensions, body *TDReport, qe *sgx.ReportBody) (*TCBEvaluation, error) {
	svn := &body.TEETCBSVN
	ev := &TCBEvaluation{}

	module := &ti.TDXModule
	if v := svn[1]; v > 0 {
		want := fmt.Sprintf("TDX_%02X", v)
		for i := range ti.TDXModuleIdentities {
			if strings.EqualFold(ti.TDXModuleIdentities[i].ID, want) {
				ev.Module = &ti.TDXModuleIdentities[i]
				break
			}
		}
		if ev.Module == nil {
			return nil, fmt.Errorf("%w: tdx: TCB info has no TDX module identity %s for TEE_TCB_SVN %x", attest.ErrTCB, want, svn[:])
		}
		module = &ev.Module.TDXModule
	}
	if body.MRSignerSEAM != module.MRSigner {
		return nil, fmt.Errorf("%w: tdx: MRSIGNERSEAM %x is not the TDX module signer %x of the TCB info", attest.ErrTCB, body.MRSignerSEAM, module.MRSigner)
	}
	for i := range body.SEAMAttributes {
		if body.SEAMAttributes[i]&module.AttributesMask[i] != module.Attributes[i]&module.AttributesMask[i] {
			return nil, fmt.Errorf("%w: tdx: SEAMATTRIBUTES %x do not match the TDX module attributes %x under mask %x",
				attest.ErrTCB, body.SEAMAttributes[:], module.Attributes[:], module.AttributesMask[:])
		}
	}

	first := 0
	if svn[1] > 0 {
		first = 2
	}
	sgxMatched := false
	for i := range ti.TCBLevels {
		lv := &ti.TCBLevels[i]
		if !dcap.SGXTCBAtLeast(ext, &lv.SGXComponents, lv.PCESVN) {
			continue
		}
		sgxMatched = true
		if tdxAtLeast(svn, lv, first) {
			ev.Level = lv
			break
		}
	}
	if ev.Level == nil {
		what := "TDX components (TEE_TCB_SVN)"
		if !sgxMatched {
			what = "SGX components and PCESVN (PCK certificate)"
		}
		return nil, fmt.Errorf("%w: tdx: the platform is below every TCB level of FMSPC %x: no level matches its %s (PCK components %v, PCESVN %d, TEE_TCB_SVN %x)",
			attest.ErrTCB, ti.FMSPC, what, ext.CompSVN, ext.PCESVN, svn[:])
	}
	if ev.Level.Status == attest.TCBRevoked {
		return nil, fmt.Errorf("%w: tdx: platform TCB level of %s is revoked", attest.ErrRevoked, ev.Level.TCBDate.Format(time.DateOnly))
	}
	status := ev.Level.Status

	if ev.Module != nil {
		ev.ModuleLevel = dcap.MatchSVN(ev.Module.TCBLevels, uint16(svn[0]))
		if ev.ModuleLevel == nil {
			return nil, fmt.Errorf("%w: tdx: no TCB level of TDX module %s matches its SVN %d", attest.ErrTCB, ev.Module.ID, svn[0])
		}
		if ev.ModuleLevel.Status == attest.TCBRevoked {
			return nil, fmt.Errorf("%w: tdx: TDX module %s SVN %d is revoked", attest.ErrRevoked, ev.Module.ID, svn[0])
		}
		status = dcap.ConvergeTCB(status, ev.ModuleLevel.Status)
	}

	var err error
	if ev.QELevel, err = dcap.QELevel(pkg, qi, qe.ISVSVN); err != nil {
		return nil, err
	}
	// status is a platform level's, never unknown: ConvergeTCB's rule for
	// an unknown platform (attest/sgx without TCB info) does not apply.
	ev.Status = dcap.ConvergeTCB(status, ev.QELevel.Status)
	return ev, nil
}

func tdxAtLeast(svn *[16]byte, lv *TCBLevel, first int) bool {
	for k := first; k < len(svn); k++ {
		if svn[k] < lv.TDXComponents[k] {
			return false
		}
	}
	return true
}
