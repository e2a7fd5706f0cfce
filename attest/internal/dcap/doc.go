// Package dcap holds the building blocks of Intel DCAP evidence that
// attest/sgx (SGX quote v3) and attest/tdx (TDX quote v4 and v5) share, so
// that each is written, reviewed and fuzzed once:
//
//   - the 384-byte SGX report body, the application enclave's in an SGX
//     quote and the quoting enclave's (QE's) in both (ReportBody);
//   - the SGX extension of a PCK certificate (ParsePCKExtensions) and the
//     common names of Intel's PCK hierarchy;
//   - the Intel SGX Root CA and the Intel SGX TCB Signing certificates,
//     embedded once (IntelSGXRootCA, IntelTCBSigners);
//   - PEM certificate chains and CRLs (ParsePEMCerts, ParseCRL), CRL checks
//     (CheckCRL), which CRLs a verifier requires (CRLs), and the
//     intersection of validity windows (Validity);
//   - the ECDSA P-256 signatures of a DCAP quote: QE report under the PCK
//     key, attestation key binding, quote under the attestation key
//     (QuoteSignature);
//   - Intel PCS signed documents, {"tcbInfo": {...}, "signature": "..."} and
//     {"enclaveIdentity": {...}, "signature": "..."}, whose signature covers
//     the exact bytes of the inner object: TCB info (ParseTCBInfo, SGX v2
//     or v3, or TDX v3; a document of the other TEE is ErrWrongDocument),
//     enclave identities (ParseEnclaveIdentity, QE or TD_QE), their
//     signature (VerifyDocSignature) and matching (MatchEnclaveIdentity,
//     MatchBuiltinQE without collateral, QELevel, SGXTCBAtLeast);
//   - the mapping of Intel's tcbStatus strings to attest.TCBStatus and the
//     way Intel's library converges the statuses (ConvergeTCB).
//
// What is not here differs between the two verifiers on purpose, and
// merging it would change a verdict: the quote formats, the collateral
// bundle encodings (their JSON is public), how a certificate chain is
// built (attest/sgx through crypto/x509 with a diagnosis of the failure,
// attest/tdx by its own path builder that insists on the chain as sent),
// how the embedded TCB Signing certificates are chosen, and the order in
// which checks run. Where the two differ only in tolerance (PEM framing,
// the statuses a QE level may carry) the shared block takes the choice as
// a parameter, so that the difference is visible at the call.
//
// The package is internal: its types reach users only through the aliases
// attest/sgx and attest/tdx export (sgx.ReportBody, tdx.TCBInfo, ...).
// Errors wrap the attest sentinels and read "<sentinel>: <pkg>: <detail>"
// with the calling package's name (Pkg), as they did before the blocks
// were shared.
package dcap
