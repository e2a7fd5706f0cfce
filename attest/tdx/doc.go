// Package tdx verifies Intel TDX attestation quotes, and produces them when
// running inside a trust domain.
//
// Verification is pure Go, always built and fully offline. It uses
// github.com/google/go-tdx-guest to parse the quote and to check it, and adds
// its own checks before the library's so that each failure is a distinct
// attest sentinel error:
//
//	ev := attest.Evidence{Format: attest.FormatTDX, Raw: quote, Collateral: col}
//	claims, err := tdx.Verify(ctx, ev, tdx.Options{})
//	switch {
//	case errors.Is(err, attest.ErrSignature): // forged or altered quote
//	case errors.Is(err, attest.ErrExpired):   // certificate or collateral outside its validity
//	...
//	}
//	if claims.ReportData != want { ... }      // the caller binds report data
//
// or, as an attest.Verifier for a registry: tdx.NewVerifier(tdx.Options{}).
//
// Inside a TD, with a binary built with -tags tdx on Linux:
//
//	q, err := tdx.NewQuoter()          // configfs-tsm, else /dev/tdx_guest
//	ev, err := q.Quote(ctx, reportData) // ev.Raw is the quote, no collateral
//
// Without the tag (or off Linux) NewQuoter returns attest.ErrUnsupported.
//
// # Evidence
//
// Raw is a TDX quote, version 4 (the only version go-tdx-guest v0.3.1
// parses; v5 quotes are rejected as attest.ErrMalformed) with certification
// data type 6 carrying the PCK certificate chain (PCK, PCK Platform/Processor
// CA, root) as PEM, as the TDX quoting enclave produces it. Collateral, if
// any, is Intel's verification collateral in the JSON encoding described at
// Collateral.
//
// # What is checked
//
// Always:
//   - the quote parses (header, TD quote body, signed data, QE report,
//     QE auth data, PCK chain), TEE type is TDX;
//   - the PCK chain: each signature, and that it ends at a trusted root
//     (Options.TrustedRoots, by default Intel's production "Intel SGX Root
//     CA", DefaultRoots), and the validity of every certificate at the
//     verification time (Options.Now);
//   - the quote signature over header and TD quote body, by the attestation
//     key;
//   - the QE report signature, by the PCK key;
//   - the attestation-key binding: QE report data = SHA-256(attestation key
//     || QE auth data).
//
// With collateral, in addition (go-tdx-guest does these, fed from the
// collateral through an in-memory getter):
//   - the TCB info and QE identity signatures, their signing chains up to a
//     trusted root, and every validity window (TCB info and QE identity
//     issueDate..nextUpdate, signing certificates, CRLs);
//   - that the TCB info is for the PCK certificate's FMSPC and PCEID;
//   - TDX module identity (MRSIGNERSEAM, SEAM attributes) and the TCB level
//     of the platform (PCK CPUSVN, PCESVN, TEE_TCB_SVN), of the TDX module,
//     and of the QE (QE identity: MRSIGNER, ISVPRODID, MISCSELECT,
//     ATTRIBUTES, ISVSVN);
//   - with the two CRLs: that neither the PCK certificate, nor the PCK CA,
//     nor the collateral signing certificate is revoked.
//
// go-tdx-guest v0.3.1 accepts a TCB level only if it is UpToDate (platform,
// TDX module and QE alike): any other status, or a TCB with no matching level
// in the TCB info, is attest.ErrTCB (attest.ErrRevoked for "Revoked"), with
// the status in the message. So with collateral Claims.TCB is
// attest.TCBUpToDate, without it attest.TCBUnknown.
//
// # Claims
//
// Kind attest.KindTDX; Measurement MRTD; Signer MRSIGNERSEAM (all zeros for
// Intel-signed TDX modules); RTMRs RTMR0..3; ReportData REPORTDATA; Debug
// TDATTRIBUTES bit 0 (TUD.DEBUG); SVN TEE_TCB_SVN[0]; NotBefore/NotAfter the
// intersection of the validity of the PCK chain and, with collateral, of the
// collateral and its signing chains and CRLs.
//
// # Security assumptions
//
// Trusted: the roots in Options (Intel's root by default); Intel's TDX module
// and quoting enclave; the parsing and verification code of go-tdx-guest and
// of Go's crypto/x509 and crypto/ecdsa; the verifier's clock.
//
// Not checked without collateral: the TCB level (a platform with known
// vulnerabilities and unpatched microcode or TDX module verifies fine), the
// QE identity (the QE report is only known to come from the genuine platform
// through the PCK signature), and revocation of the PCK certificate. Never
// checked here: that the measurement, debug bit, report data, SVN or TCB are
// acceptable; that is a Policy's job (package attest).
//
// The package never uses the network: go-tdx-guest is given a getter that
// serves the evidence's collateral and refuses anything else.
package tdx
