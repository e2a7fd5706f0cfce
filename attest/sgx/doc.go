// Package sgx verifies Intel SGX DCAP ECDSA quotes (version 3) offline, in
// pure Go, and produces them on SGX hardware behind a build tag.
//
// # Verifying
//
//	v := sgx.NewVerifier(sgx.Options{
//		// TrustedRoots: empty trusts DefaultRoots(), the embedded Intel SGX Root CA.
//		Now: func() time.Time { return blockTime }, // nil: time.Now
//	})
//	claims, err := v.Verify(ctx, attest.Evidence{Format: attest.FormatSGX, Raw: quote})
//	switch {
//	case errors.Is(err, attest.ErrExpired): // a certificate or collateral is outside its window
//	case err != nil: // ErrMalformed, ErrCertChain, ErrUnknownRoot, ErrSignature, ErrKeyBinding, ...
//	}
//	// claims.Measurement is MRENCLAVE, claims.Signer MRSIGNER,
//	// claims.ReportData the enclave's 64 bytes, claims.Debug its DEBUG bit.
//
// To judge the platform's TCB, pass Intel's collateral, either with the
// verifier (Options.Collateral) or with each piece of evidence
// (Evidence.Collateral, the JSON bundle documented on Collateral):
//
//	coll := &sgx.Collateral{TCBInfo: pcsTCBBody, QEIdentity: pcsQEIdentityBody}
//	claims, err := sgx.Verify(ctx, ev, sgx.Options{Collateral: coll})
//	// claims.TCB is attest.TCBUpToDate, TCBSWHardening, TCBOutOfDate, ...
//
// VerifyQuote returns the same verdict with the parsed quote, the PCK
// certificate's SGX extensions and the matched TCB levels. ParseQuote
// parses without verifying. VerifyQuote's documentation lists the checks
// in order and the sentinel error each failure wraps.
//
// # Quoting
//
// NewQuoter returns an attest.Quoter. Built with `-tags sgx` on linux and
// run inside an enclave under a LibOS exposing /dev/attestation (Gramine
// with sgx.remote_attestation = "dcap"), it writes the report data to
// /dev/attestation/user_report_data and reads /dev/attestation/quote.
// Otherwise NewQuoter returns attest.ErrUnsupported, as tdx.NewQuoter and
// sevsnp.NewQuoter do.
//
// # Security assumptions
//
// Trust is rooted in Intel: the PCK chain must end at a root in
// Options.TrustedRoots, by default the Intel SGX Root CA embedded in this package
// (IntelSGXRootCAPEM, SHA-256 fingerprint IntelSGXRootCASHA256). The copy
// of the root inside the quote is never trusted. Whoever holds Intel's
// root or PCK CA keys, or a platform's PCK key (for example after a
// successful attack on that CPU's SGX), can forge quotes that verify.
// Verification is a pure function of the quote, the collateral, the roots
// and the clock: no network access.
//
// Without collateral Verify establishes that a genuine Intel-certified SGX
// platform (per its PCK certificate, valid at the clock) ran Intel's
// production quoting enclave (built-in MRSIGNER/ISVPRODID check), which
// attested the enclave's report. It does NOT establish that the platform
// is patched: the TCB status is attest.TCBUnknown, and a platform whose
// TCB Intel has since marked OutOfDate or Revoked verifies. It does NOT
// check revocation either: Intel's PCK CRL and Root CA CRL are consulted
// only when supplied in the collateral (Collateral.PCKCRL,
// Collateral.RootCACRL), each on its own, and Options.RequireCRLs (or
// CheckRevocations, for both) makes them mandatory. A policy that needs a patched platform must
// demand collateral (reject attest.TCBUnknown) and keep it fresh.
//
// With collateral, TCB info (v3, id "SGX", from the PCS v4 API, or v2,
// which has no id and names its components sgxtcbcompNNsvn, from the PCS v3
// API; both are judged the same way) and the QE identity (v2, id "QE") are
// verified against the Intel SGX TCB Signing certificate over
// the exact bytes Intel signed. The signing chain comes from the bundle's
// issuer chain fields or, when absent, from the two Intel SGX TCB Signing
// certificates embedded with it (one copy, shared with attest/tdx: the
// 2018 issue, valid to 2025-05-21, and its 2025 renewal with the same key,
// valid to 2032-05-06); either way the chain must verify to Options.TrustedRoots
// at the clock, so the embedded certificates add no trust. The documents'
// issueDate/nextUpdate windows are checked at the clock (ErrExpired). The
// TCB level is the first one, in Intel's order, whose 16 SGX component SVNs
// and PCESVN are all at most the PCK certificate's; the QE level is the
// first whose ISVSVN is at most the QE's. The two statuses converge as in
// Intel's library (an out-of-date QE makes the result out of date); a QE
// identity without TCB info leaves the TCB unknown unless the QE is out of
// date, since an up-to-date QE says nothing about the platform. A
// Revoked level is an error (ErrRevoked), as is no matching level or
// collateral for another FMSPC or PCE-ID (ErrTCB). The
// tcbEvaluationDataNumber, advisory IDs and TCB dates are returned in
// Result but not judged: that is a policy's job. A TDX document (TCB info
// id "TDX", QE identity id "TD_QE") is ErrWrongCollateral.
//
// Real evidence checked by the tests: SGX quotes v3 with Intel TCB info v3
// and QE identities (automata-dcap-attestation), and a quote with TCB info
// v2, QE identity, issuer chains and both CRLs (matter-labs/teepot,
// SWHardeningNeeded at 2023-05-15T15:41:43Z, as teepot's test says).
//
// Claims.NotBefore/NotAfter are the intersection of the PCK chain's
// validity and, with collateral, the windows of the TCB info, the QE
// identity, the TCB Signing chain and the CRLs.
package sgx
