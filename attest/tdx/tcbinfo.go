package tdx

import "github.com/teerollup/teerollup/attest/internal/dcap"

// maxDocSize bounds a collateral document; ParseCollateral allows four.
const maxDocSize = dcap.MaxDocSize

// TCBInfo is Intel's TDX TCB info (PCS /tdx/certification/v4/tcb), version
// 3, id "TDX": its FMSPC and PCE-ID, validity window, tcbType and
// tcbEvaluationDataNumber; TDXModule, the identity of TDX modules of major
// version 0 (TEE_TCB_SVN[1] = 0); TDXModuleIdentities, those of modules of
// major version > 0 ("TDX_<version as two hex digits>") with their TCB
// levels; TCBLevels, the platform TCB levels in Intel's order, newest
// first; and Signed, the exact bytes of the "tcbInfo" value, which
// Signature (ECDSA P-256 r‖s over SHA-256) covers. The type is defined
// with the parser attest/sgx shares.
type TCBInfo = dcap.TCBInfo

// TDXModule is what a TDX module's MRSIGNERSEAM and SEAMATTRIBUTES must be:
// MRSigner, and Attributes under AttributesMask.
type TDXModule = dcap.TDXModule

// TDXModuleIdentity is one entry of tdxModuleIdentities: its ID ("TDX_01",
// "TDX_03", ...), the TDXModule it requires and its TCB levels, keyed by
// the module SVN, TEE_TCB_SVN[0].
type TDXModuleIdentity = dcap.TDXModuleIdentity

// TCBLevel is one platform TCB level of a TDX TCB info: SGXComponents and
// PCESVN, compared with the PCK certificate's, and TDXComponents, compared
// with the quote's TEE_TCB_SVN, with its TCBDate, Status and AdvisoryIDs.
type TCBLevel = dcap.TCBLevel

// SVNLevel is a TCB level keyed by one security version: a TDX module
// identity's (module SVN) or the TD quoting enclave's (ISVSVN). Its status
// is UpToDate, OutOfDate or Revoked. The type is attest/sgx's QETCBLevel.
type SVNLevel = dcap.SVNLevel

// QEIdentity is Intel's identity of the TD quoting enclave (PCS
// /tdx/certification/v4/qe/identity), version 2, id "TD_QE". MiscSelect
// and MiscSelectMask are read as big-endian hex, as Intel writes them, and
// compared with the QE report's MISCSELECT under the mask; Attributes and
// AttributesMask are compared byte for byte with the QE report's
// ATTRIBUTES under the mask. The type is attest/sgx's QEIdentity, whose
// quoting enclave has the identity "QE".
type QEIdentity = dcap.EnclaveIdentity

// ParseTCBInfo parses a PCS TDX TCB info body, {"tcbInfo":{...},
// "signature":"<hex>"}: version 3, id "TDX", tcbType 0, with tdxModule and
// 16 SGX and 16 TDX components per level. It checks structure only, not
// the signature, dates or FMSPC; errors wrap attest.ErrMalformed, and an
// SGX TCB info (id "SGX", or version 2, which is SGX only) is
// ErrWrongCollateral.
func ParseTCBInfo(body []byte) (*TCBInfo, error) { return dcap.ParseTCBInfo(pkg, body, "TDX") }

// ParseQEIdentity parses a PCS TD QE identity body, {"enclaveIdentity":
// {...},"signature":"<hex>"}: version 2, id "TD_QE", levels UpToDate,
// OutOfDate or Revoked. It checks structure only; errors wrap
// attest.ErrMalformed.
func ParseQEIdentity(body []byte) (*QEIdentity, error) {
	return dcap.ParseEnclaveIdentity(pkg, body, "TD_QE", dcap.SVNStatuses)
}
