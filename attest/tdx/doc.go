// Package tdx verifies Intel TDX attestation quotes (versions 4 and 5), and
// produces them when running inside a trust domain.
//
// Verification is pure Go, always built and fully offline: the quote
// format, Intel's PCK hierarchy, the collateral documents and Intel's TDX
// TCB evaluation are implemented here, following Intel's "Intel TDX DCAP
// Quoting Library API" (quote formats) and the TCB info / enclave identity
// specifications of the Intel PCS. The building blocks it shares with
// attest/sgx (the QE report body, the PCK certificate extension, the
// embedded Intel certificates, the PCS document parsers, the quote
// signature checks) live in one internal package, and the types it
// exposes from there carry attest/sgx's names (sgx.ReportBody,
// sgx.PCKExtensions). Each failure is a distinct attest sentinel error:
//
//	ev := attest.Evidence{Format: attest.FormatTDX, Raw: quote, Collateral: col}
//	claims, err := tdx.Verify(ctx, ev, tdx.Options{})
//	switch {
//	case errors.Is(err, attest.ErrSignature): // forged or altered quote
//	case errors.Is(err, attest.ErrExpired):   // certificate or collateral outside its validity
//	...
//	}
//	if claims.ReportData != want { ... }      // the caller binds report data
//	// claims.TCB: attest.TCBUpToDate, TCBOutOfDate, ... with collateral
//
// or, as an attest.Verifier for a registry: tdx.NewVerifier(tdx.Options{}).
// VerifyQuote returns the same verdict with the parsed quote (every TD
// report field), the PCK certificate's SGX extensions and the matched TCB
// levels with their dates and advisory IDs.
//
// Inside a TD, with a binary built with -tags tdx on Linux:
//
//	q, err := tdx.NewQuoter(tdx.QuoterOptions{}) // configfs-tsm, else /dev/tdx_guest
//	ev, err := q.Quote(ctx, reportData)         // ev.Raw is the quote; ev.Collateral QuoterOptions.Collateral
//
// Without the tag (or off Linux) NewQuoter returns attest.ErrUnsupported.
//
// # Evidence
//
// Raw is a TDX quote (TEE type 0x81, ECDSA-256 attestation key) of version
// 4 (header ‖ TD report 1.0 ‖ signature data) or version 5 (header ‖ body
// type ‖ body size ‖ body ‖ signature data, the body a TD report 1.0, type
// 2, or 1.5, type 3, which adds TEE_TCB_SVN2 and MRSERVICETD), with
// certification data type 6 (QE report certification data) nesting type 5,
// the PCK certificate chain (PCK, PCK Platform/Processor CA, root) as PEM,
// as Intel's TD quoting enclave produces it. The attestation key signs
// header ‖ body (v4) or header ‖ body type ‖ body size ‖ body (v5). Bytes
// after the signature data are ignored, as Intel's library does. Collateral,
// if any, is Intel's verification collateral in the JSON encoding described
// at Collateral.
//
// # What is checked
//
// Always (VerifyQuote lists the order and the error of each):
//   - the quote parses strictly: version 4 or 5, body type and size, Intel's
//     QE vendor ID, every length field consistent, certification data 6
//     nesting 5, and nothing after the signature data (as for SGX; no
//     signature covers such bytes: TrimPadding cuts a zero-padded buffer);
//   - the PCK chain verifies, exactly as sent, to a trusted root
//     (Options.TrustedRoots, by default Intel's production "Intel SGX Root
//     CA", DefaultRoots): the root in the quote must be that root, the
//     names are Intel's, and every certificate is valid at the verification
//     time (Options.Now);
//   - the QE report is signed by the PCK key; the QE report data is
//     SHA-256(attestation key ‖ QE auth data) ‖ 32 zero bytes (the
//     attestation key binding); the quote is signed by the attestation key;
//   - the QE is Intel's TD quoting enclave: without collateral, MRSIGNER
//     IntelTDQEMRSigner, ISVPRODID IntelTDQEProdID and not debug.
//
// With collateral, in addition:
//   - the TCB info (v3, id "TDX") and QE identity (v2, id "TD_QE") are
//     of those types (an SGX document is ErrWrongCollateral, which wraps
//     attest.ErrMalformed, and says which type it is), and are
//     signed by the Intel SGX TCB Signing certificate over the exact bytes
//     Intel signed; the signing chain is the one in the collateral or, when
//     it has none, one of the two TCB Signing certificates embedded with
//     it (one copy, shared with attest/sgx: the 2018 issue, valid to
//     2025-05-21, and its 2025 renewal with the same key, valid to
//     2032-05-06); either way it must chain to a trusted root and be valid
//     at the verification time, so the embedded certificates add no trust;
//   - the documents are valid at the verification time (issueDate ..
//     nextUpdate), and the TCB info is for the PCK certificate's FMSPC and
//     PCE-ID;
//   - the QE report matches the QE identity (MRSIGNER, ISVPRODID, MISCSELECT
//     and ATTRIBUTES under their masks), instead of the built-in identity;
//   - each CRL given, on its own (Options.RequireCRLs says which must be
//     given): the PCK CRL is the PCK CA's, current, and does not list the
//     PCK certificate; the Root CA CRL is the root's, current, and lists
//     neither the PCK CA nor a collateral signing certificate
//     (attest.ErrRevoked);
//   - Intel's TDX TCB evaluation (TCBEvaluation): the TDX module identity
//     (tdxModule for TEE_TCB_SVN[1] = 0, else tdxModuleIdentities "TDX_xx":
//     MRSIGNERSEAM and masked SEAMATTRIBUTES), the first platform TCB level
//     whose SGX components and PCESVN are at most the PCK certificate's and
//     whose TDX components are at most TEE_TCB_SVN (components 0 and 1 left
//     to the module identity when TEE_TCB_SVN[1] > 0), the module's level
//     and the QE's level, their statuses converged as in Intel's library.
//     Claims.TCB is the result: UpToDate, SWHardeningNeeded,
//     ConfigurationNeeded, ConfigurationAndSWHardeningNeeded, OutOfDate or
//     OutOfDateConfigurationNeeded, which a Policy accepts or not; a
//     Revoked level is attest.ErrRevoked, and a TCB below every level or a
//     TDX module the TCB info does not know is attest.ErrTCB.
//
// Not evaluated: the TD relaunch advice Intel's library derives from a TD
// report 1.5's TEE_TCB_SVN2 after a TD-preserving module update
// ("TDRelaunchAdvised", which attest has no status for). TEE_TCB_SVN, the
// module the TD was launched on, is judged, so such a TD keeps the
// OutOfDate verdict of that module until it is relaunched: conservative.
// The tcbEvaluationDataNumber, TCB dates and advisory IDs are returned
// (VerifyQuote) but not judged.
//
// # Claims
//
// Kind attest.KindTDX; Measurement MRTD; Signer MRSIGNERSEAM (all zeros for
// Intel-signed TDX modules); RTMRs RTMR0..3; ReportData REPORTDATA; Debug
// TDATTRIBUTES bit 0 (TUD.DEBUG); SVN TEE_TCB_SVN[0]; TCB the evaluated
// status with collateral, attest.TCBUnknown without; NotBefore/NotAfter the
// intersection of the validity of the PCK chain and, with collateral, of
// the TCB info and QE identity, their signing chains and the CRLs. The
// mapping is the same for v4 and v5 and for both body types.
//
// # Security assumptions
//
// Trusted: the roots in Options (Intel's root by default) and whoever
// holds their keys, Intel's PCK CAs and TCB Signing key; the PCK key of the
// platform (an attacker who extracts it from a CPU forges quotes for that
// platform until its PCK certificate is revoked); Intel's TDX module and
// TD quoting enclave at the TCB levels Intel calls acceptable; Go's
// crypto/x509, crypto/ecdsa and encoding/json; the verifier's clock.
// Verification is a pure function of the quote, the collateral, the roots
// and the clock: the package never uses the network.
//
// Not checked without collateral: the TCB level (a platform with known
// vulnerabilities and unpatched microcode or TDX module verifies fine,
// with Claims.TCB attest.TCBUnknown), revocation of the PCK certificate,
// and the QE's security version (only its identity, built in). A policy
// that needs a patched platform must demand collateral (reject
// attest.TCBUnknown) and keep it fresh. Never checked here: that the
// measurement, RTMRs, debug bit, report data, SVN or TCB status are
// acceptable; that is a Policy's job (package attest).
package tdx
