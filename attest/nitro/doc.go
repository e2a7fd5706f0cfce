// Package nitro verifies AWS Nitro Enclaves attestation documents, and
// produces them when running inside a Nitro enclave.
//
// Verification is pure Go, always built and fully offline: a document
// carries its whole certificate chain, and the AWS Nitro Enclaves Root G1
// is embedded (DefaultRoots, fingerprint RootG1SHA256). Each failure is a
// distinct attest sentinel error:
//
//	ev := attest.Evidence{Format: attest.FormatNitro, Raw: document}
//	claims, err := nitro.Verify(ctx, ev, nitro.Options{})
//	switch {
//	case errors.Is(err, attest.ErrSignature): // forged or altered document
//	case errors.Is(err, attest.ErrExpired):   // outside its ~3 h certificate
//	...
//	}
//
// or, as an attest.Verifier for a registry: nitro.NewVerifier(opts).
// VerifyDocument returns the same verdict with every PCR, the module ID,
// nonce and public key, the verified chain and the document's times.
//
// Inside an enclave, with a binary built with -tags nitro for Linux on
// amd64 or arm64:
//
//	q, err := nitro.NewQuoter()          // the NSM device, /dev/nsm
//	ev, err := q.Quote(ctx, reportData)  // user_data = reportData
//
// Without the tag (or elsewhere) NewQuoter returns attest.ErrUnsupported.
//
// # Evidence
//
// Raw is the document exactly as NSM returns it: a COSE_Sign1 message
// (RFC 9052; CBOR tag 18 optional) whose protected header is {alg: ES384}
// and whose payload is the map module_id, digest ("SHA384"), timestamp
// (milliseconds since the epoch), pcrs (index → 48 bytes), certificate
// (the leaf, DER), cabundle (root first, then each CA down to the leaf's
// issuer), and the optional public_key, user_data and nonce. There is no
// collateral; evidence with collateral is refused.
//
// Parsing is strict because the bytes come from strangers: at most
// MaxDocumentSize bytes; no duplicate map keys, no indefinite lengths, no
// tags inside, no unknown payload fields (a field this code does not know
// is refused rather than ignored); every field of the type and size AWS's
// specification gives (certificates 1..1024 bytes, at most MaxCABundle of
// them, at most 32 PCRs with indices 0..31 of 48 bytes, user_data and
// nonce at most 512 bytes, public_key at most 1024); PCR0, PCR1 and PCR2
// present; an empty unprotected header and a 96-byte signature.
//
// # What is checked
//
// VerifyDocument lists the order and the error of each check:
//   - the first cabundle certificate is a trusted root, byte for byte
//     (Options.TrustedRoots, by default the AWS Nitro Enclaves Root G1);
//   - each following cabundle certificate is issued and signed by the
//     one before it and the leaf by the last, only the root is
//     self-issued, issuers are CAs whose path length and key usage allow
//     the chain, and the leaf is a P-384 signing key and not a CA;
//   - every certificate is valid at the verification time (Options.Now);
//     the document's timestamp lies within the leaf's validity and is
//     not later than the verification time (plus Options.ClockSkew);
//   - the leaf key's ES384 signature over the COSE Sig_structure
//     ("Signature1", the protected header, an empty external_aad, the
//     payload; SHA-384; r ‖ s).
//
// # Claims
//
// Kind attest.KindNitro; Measurement PCR0 ‖ PCR1 ‖ PCR2 (144 bytes, see
// Measurement: the enclave image file, its kernel and boot ramdisk, and
// its application, the three values nitro-cli build-enclave prints);
// Signer PCR8, the hash of the certificate that signed the enclave image,
// when present and not zero (nil for unsigned images); Debug true when
// PCR0 is all zero, which is how NSM reports an enclave started with
// --debug-mode (its console is readable by the parent instance, so
// attest.Policy refuses it unless AllowDebug); ReportData user_data when
// it is exactly 64 bytes, otherwise all zero; SVN 0 and TCB
// attest.TCBUnknown, because AWS publishes no TCB levels or collateral for
// Nitro (a policy admitting Nitro must set AllowUnknownTCB).
//
// Times: NotBefore is the document's timestamp (so attest.Policy's MaxAge
// is the document's age) and NotAfter the earliest certificate expiry, in
// practice the leaf's, about three hours after the timestamp. Result keeps
// the three times apart: Timestamp (when NSM signed), VerifiedAt
// (Options.Now, when the chain was found valid) and NotAfter (when the
// bytes stop verifying). A document cannot be re-verified after NotAfter
// except by pinning Options.Now to a time inside its window, which is what
// anyone re-checking published evidence does (the Example pins the
// document's own timestamp). So a registration must be decided while the
// document verifies, and how long it lasts ("registered until") is the
// registrar's choice, bounded by policy, not by this three-hour window.
//
// # Key binding
//
// attest binds an enclave key to a deployment with 64 bytes of report data
// (attest.BindingReportData: keccak256(domain ‖ enclave address) ‖ 32 zero
// bytes). On Nitro those 64 bytes travel as user_data: Quoter.Quote puts
// them there, and the verifier maps a 64-byte user_data, and only that, to
// Claims.ReportData, so attest.CheckBinding works unchanged. A document
// whose user_data has any other length (or none) gets all-zero report
// data, which no binding equals (it would take a keccak256 output of 32
// zero bytes). public_key and nonce are returned in Result.Document for
// protocols that use Nitro's own fields; no claim is derived from them.
//
// # What was checked against real AWS documents, and what only against test keys
//
// Real (testdata/, three documents produced by AWS Nitro hardware in
// us-east-1 in 2022 and us-east-2 in 2024, one of a signed production
// image and two in debug mode, see testdata/README.md): the embedded
// root is the first cabundle certificate of every one (by SHA-256
// fingerprint); parsing; the four-CA chain shape, path lengths and
// signatures; the time rules at, before and after each document's window;
// the ES384 signature over the Sig_structure; the claims (measurement,
// PCR8 signer, debug from zero PCR0 in both debug documents); that single
// bit flips anywhere in them are refused with a sentinel error, and that
// attest.Policy accepts the production document and refuses the debug
// ones with ErrDebug.
//
// Test keys only (an AWS-shaped PKI the tests generate): a 64-byte
// user_data and the binding through it (no public real document carries
// one), every strict-parsing rule, chain shapes AWS never produces (a CA
// or P-256 leaf, path length exceeded, bundle out of order, repeated
// root), a document signed by another key, tag 18, and the Quoter's NSM
// request and response encoding against a fake NSM. The ioctl to
// /dev/nsm has not run on Nitro hardware in this repository's tests
// (TestHardwareQuote runs it under -tags nitro inside an enclave).
//
// # Security assumptions
//
// Trusted: the roots in Options (AWS's root G1 by default) and AWS, which
// holds every CA key of the chain and the Nitro hypervisor that runs NSM;
// Go's crypto/x509 and crypto/ecdsa, the CBOR decoder
// (github.com/fxamacker/cbor/v2) and the verifier's clock. The package
// never uses the network and keeps no state between calls. Not checked
// here: revocation (AWS publishes no CRL for these short-lived
// certificates; expiry is the revocation), that the measurement, debug
// mode or user data are acceptable (a Policy's job), and the freshness of
// a document beyond its certificate window (bind a nonce through
// user_data, or use Policy.MaxAge).
package nitro
