// Package sevsnp verifies AMD SEV-SNP attestation reports, and produces them
// when running inside an SEV-SNP guest.
//
// Verification is pure Go, always built and fully offline. It uses
// github.com/google/go-sev-guest to parse the report and check it, and adds
// its own checks before and after the library's so that each failure is a
// distinct attest sentinel error:
//
//	ev := attest.Evidence{
//		Format:     attest.FormatSEVSNP,
//		Raw:        report,                                   // 1184 bytes
//		Collateral: sevsnp.Certificates{VCEK: vcekDER}.Marshal(), // or the guest's certificate table
//	}
//	claims, err := sevsnp.Verify(ctx, ev, sevsnp.Options{})
//	if errors.Is(err, attest.ErrSignature) { ... }
//	if claims.ReportData != want { ... } // the caller binds report data
//
// or, as an attest.Verifier for a registry: sevsnp.NewVerifier(sevsnp.Options{}).
//
// Inside a guest, with a binary built with -tags sevsnp on Linux:
//
//	q, err := sevsnp.NewQuoter()          // configfs-tsm, else /dev/sev-guest
//	ev, err := q.Quote(ctx, reportData)   // Raw: report, Collateral: certificate table
//
// Without the tag (or off Linux) NewQuoter returns attest.ErrUnsupported.
//
// # Evidence
//
// Raw is the ATTESTATION_REPORT structure, exactly 1184 bytes, versions 2 to
// 5 as go-sev-guest v0.15 parses them, signed with ECDSA P-384/SHA-384 by the
// VCEK or a VLEK. Collateral is the certificate table of the extended guest
// request (see Certificates) and must contain the VCEK (or VLEK) certificate:
// nothing is fetched from the AMD KDS.
//
// # What is checked
//
//   - the report parses: size, version, reserved bits, guest policy, signer
//     info, signature algorithm; unsigned reports are attest.ErrSignature;
//   - the VCEK/VLEK certificate chain: VCEK -> ASK (VLEK -> ASVK) -> ARK, each
//     signature, and that it ends at a trusted root (Options.TrustedRoots, by
//     default AMD's Milan, Genoa and Turin ARKs embedded in go-sev-guest). The
//     intermediate may come from go-sev-guest's embedded AMD bundles or from
//     the table; the table's ARK is never trusted. Every certificate must be
//     valid at the verification time (Options.Now);
//   - the AMD KDS certificate profile (version, algorithms, AMD subject and
//     issuer names for the product line) and its KDS extensions, parsed by
//     this package: every extension must be a known KDS one, including the
//     FMC patch level 1.3.6.1.4.1.3704.1.3.9 of Turin VCEKs, which
//     go-sev-guest v0.15.0 refuses (as it refuses their 8-byte HWID and
//     missing SPL4). For certificates go-sev-guest can parse (Milan, Genoa)
//     its own profile and chain check runs as well;
//   - the report signature, over the bytes received;
//   - that the VCEK is this report's key: its TCB extensions equal the
//     report's REPORTED_TCB (boot loader, TEE, SNP, microcode, and on Turin
//     the FMC level), and its HWID the report's CHIP_ID (on Turin the first
//     8 bytes, the rest zero) unless the host masks CHIP_ID
//     (attest.ErrKeyBinding).
//
// Real evidence checked by the tests: a Milan report (go-sev-guest's
// testdata), and a Turin and a Genoa report with their VCEKs from
// microsoft/TEE-Attestation-Verification (../shared/testdata/sevsnp).
//
// Not checked: revocation (AMD publishes a CRL of ASKs only, and it is not in
// the certificate table), and the TCB level: AMD publishes no TCB verdict
// collateral, so Claims.TCB is always attest.TCBUnknown and a policy judges
// the security patch levels itself (Claims.SVN, or the report). The reserved
// SPL4..SPL7 extensions are read but not compared with the report.
//
// # Claims
//
// Kind attest.KindSEVSNP; Measurement MEASUREMENT; Signer AUTHOR_KEY_DIGEST
// when the report's AUTHOR_KEY_EN bit is set, else ID_KEY_DIGEST when the VM
// was launched with an ID block, else nil; ReportData REPORT_DATA; Debug
// guest policy bit 19 (DEBUG); SVN the SNP security patch level of
// REPORTED_TCB; no RTMRs; NotBefore/NotAfter the intersection of the validity
// of the VCEK, ASK and ARK certificates.
//
// # Security assumptions
//
// Trusted: the roots in Options (AMD's ARKs by default); the AMD secure
// processor firmware; the parsing and verification code of go-sev-guest and
// of Go's crypto/x509 and crypto/ecdsa; the verifier's clock. Never checked
// here: that the measurement, policy, VMPL, report data or patch levels are
// acceptable; that is a Policy's job (package attest).
//
// The package never uses the network: go-sev-guest is run with certificate
// fetching disabled and a getter that refuses every request.
package sevsnp
