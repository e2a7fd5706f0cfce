// Package csv verifies Hygon CSV (China Secure Virtualization) attestation
// reports, and produces them when running inside a CSV guest.
//
// Verification is pure Go, always built and fully offline. SM2 and SM3
// come from github.com/emmansun/gmsm; Hygon's structures are parsed here,
// strictly and with fixed sizes, following the layouts of Hygon's csv-rs
// (certificates, report versions 1 to 3) and of trustee's CSV verifier.
// Each failure is a distinct attest sentinel error:
//
//	ev, err := csv.NewEvidence(csv.Evidence{
//		ReportMagic: magic, ReportFlags: flags, // the report request's wrapper
//		Report:      report,                    // as /dev/csv-guest returns it
//		HSKCEK:      hskCEK,                    // Hygon's hsk_cek bundle for the chip
//	})
//	claims, err := csv.Verify(ctx, ev, csv.Options{})
//	if errors.Is(err, attest.ErrCertChain) { ... }
//	if err := attest.CheckBinding(claims, domain, enclave); err != nil { ... }
//
// or, as an attest.Verifier for a registry: csv.NewVerifier(csv.Options{}).
// VerifyReport returns the same verdict with every report field and the
// verified HSK, CEK and PEK certificates.
//
// Inside a guest, with a binary built with -tags csv on Linux:
//
//	q, err := csv.NewQuoter(hskCEK)     // /dev/csv-guest; hsk_cek from Hygon's KDS
//	ev, err := q.Quote(ctx, reportData) // a version 1 report with its chain
//
// Without the tag (or off Linux) NewQuoter returns attest.ErrUnsupported.
// The quoter is written from csv-rs's guest API and has not run on Hygon
// hardware.
//
// # Evidence
//
// A report carries the certificate of the PEK that signed it but not the
// chip's HSK and CEK, which Hygon serves per chip serial number from its
// key distribution service. Verification must be offline and
// self-contained, so attest.FormatCSV evidence carries them, as an SEV-SNP
// extended report carries its VCEK: ev.Raw is the versioned payload
// described at Evidence (magic "HYGONCSV", version 1, the report's wrapper
// magic and flags, the report, the 2916-byte hsk_cek bundle; nothing may
// follow), and ev.Collateral must be empty. The HRK is never carried: the
// verifier's trusted root is (Options.TrustedRoots, by default Hygon's HRK
// embedded in this package, DefaultRoots).
//
// # What is checked
//
// VerifyReport lists the order and the error of each check:
//   - the payload, report, HSK, CEK and PEK parse strictly: fixed sizes,
//     versions, usages (HSK 0x13, CEK 0x1004, PEK 0x1002), SM2 keys on the
//     curve, user IDs of 1..254 bytes, zero high bytes in every
//     little-endian 72-byte field, zero padding and unsigned reserved
//     bytes, Hygon's exact empty-slot marker;
//   - HRK → HSK (by key ID and signature) → CEK → PEK → report, each an
//     SM2 signature with SM3 whose Z_A uses the signer certificate's user
//     ID ("HYGON-SSD-HRK", "-HSK", "-CEK", "-PEK"). This was checked: SM2's
//     default user ID "1234567812345678" does not verify Hygon's
//     signatures;
//   - version 1 reports XOR their fields with a firmware nonce (anonce)
//     that no signature covers, so whoever relays a report could shift the
//     measurement, policy and report data by a 4-byte-periodic pattern.
//     The verifier pins the anonce with four signed bytes of known value:
//     the report data of a version 1 report must end in four zero bytes
//     (teerollup's binding always leaves bytes 32..63 zero). Versions 2
//     and 3 do not obfuscate and sign their whole body;
//   - the report's signer block (PEK ‖ chip serial ‖ reserved ‖ MAC)
//     comes in the firmware's form (obfuscated, MACed with HMAC-SM3 keyed
//     by the mnonce) or in the form csv-rs's get_report leaves it
//     (de-obfuscated, reserved zeroed, MAC no longer computable). Both are
//     accepted and the MAC is checked when it can be; it authenticates
//     nothing, its key being in the report, so it only catches corruption:
//     the PEK is authenticated by the CEK.
//
// Not checked: dates (Hygon's certificates and reports carry none, so
// Claims.NotBefore/NotAfter are zero and a Policy's MaxAge refuses CSV
// claims; Options.Now is kept for configuration parity) and revocation or
// a TCB verdict (Hygon publishes no such collateral): Claims.TCB is
// attest.TCBUnknown. The chip serial number in the report (Report.ChipID)
// is not authenticated by anything: no signature covers it and the CEK
// certificate does not name its chip.
//
// # Claims
//
// Kind attest.KindCSV; Measurement the launch digest (MEASURE, SM3, 32
// bytes); no Signer; RTMRs the five runtime measurement registers of
// version 2 and 3 reports (RTMR0 equals the launch digest); ReportData
// REPORT_DATA; Debug when the guest policy's NODBG bit (bit 0) is clear;
// SVN FirmwareVersion(PEK firmware major, minor, report build): the
// firmware version recorded in the PEK certificate (signed by the CEK) and
// the build number of version 2 and 3 reports (signed by the PEK), packed
// so that newer firmware compares greater. Report.Policy has the other
// policy bits (no key sharing, ES, no send, CSV, CSV3, ASID reuse, HSK
// and CEK versions, API version).
//
// # Real silicon versus synthetic
//
// Checked against real Hygon data (testdata, copied verbatim from csv-rs
// and trustee; see testdata/README.md):
//   - Hygon's HRK parses and its self-signature verifies; HRK → HSK → CEK
//     verify (csv-rs's hsk.cert and cek.cert);
//   - csv-rs's report.cert, a version 1 report in the firmware's form from
//     chip NZA9T14052605, is signed by a PEK that csv-rs's CEK signs, so
//     the complete path HRK → HSK → CEK → PEK → report, the signer-block
//     MAC and the version 1 de-obfuscation run on real data (Verify
//     accepts it; the Example shows its claims), and flipping any single
//     byte of that evidence is refused with a typed error;
//   - trustee's report (chip KPA64911240507, version 1, signer block in
//     the restored form) parses, and its own PEK's signature over it
//     verifies; its PEK cannot be chained, because that chip's HSK and CEK
//     are not public (with csv-rs's CEK the chain fails, as it must).
//
// Checked only on a synthetic Hygon-shaped chain of test SM2 keys built by
// the tests in Hygon's formats: report versions 2 and 3 (no public real
// report of those versions exists), the restored signer form with a MAC,
// chains that fail at each link, a PEK signed by another chip's CEK,
// untrusted roots, debug policy, and the binding of an enclave key through
// the report data (attest.CheckBinding).
//
// # Security assumptions
//
// Trusted: the roots in Options (Hygon's HRK by default); the Hygon secure
// processor firmware, which alone holds the CEK and PEK private keys; the
// SM2/SM3 code of github.com/emmansun/gmsm. Never checked here: that the
// measurement, policy or report data are acceptable; that is a Policy's
// job (package attest).
package csv
