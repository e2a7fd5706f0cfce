// Package cca verifies Arm CCA (Confidential Compute Architecture)
// attestation tokens, and produces them when running inside a realm.
//
// Verification is pure Go, always built and fully offline: the token's
// CBOR, both COSE_Sign1 messages and every claim are parsed here with
// fxamacker/cbor in a strict mode, following the Arm CCA attestation token
// draft (draft-ffm-rats-cca-token), the RMM specification and Veraison's
// ccatoken as the reference encoding. Each failure is a distinct attest
// sentinel error:
//
//	ev := attest.Evidence{Format: attest.FormatCCA, Raw: token}
//	claims, err := cca.Verify(ctx, ev, cca.Options{
//		TrustedPlatformKeys: []cca.PlatformKey{{Key: cpak}},
//	})
//	switch {
//	case errors.Is(err, attest.ErrSignature):  // forged or altered token, or a CPAK we do not trust
//	case errors.Is(err, attest.ErrKeyBinding): // realm token not the one the platform vouched for
//	...
//	}
//
// or, as an attest.Verifier for a registry: cca.NewVerifier(opts).
// VerifyToken returns the same verdict with every platform and realm claim
// (software components, lifecycle, personalization value...), the
// endorsed key that signed the platform token, and the RAK.
//
// Inside a realm, with a binary built with -tags cca on Linux (the
// arm-cca-guest driver behind configfs-tsm):
//
//	q, err := cca.NewQuoter()
//	ev, err := q.Quote(ctx, reportData) // ev.Raw is the token, no collateral
//
// Without the tag (or off Linux) NewQuoter returns attest.ErrUnsupported.
//
// # Trust: there is no public root, and no public silicon token
//
// A CCA platform token is signed by the CPAK, a key of the platform's
// hardware root of trust. Arm publishes no certificate authority that
// CPAKs chain to, so this package has no default trust: the caller lists
// the CPAK public keys it has endorsed (Options.TrustedPlatformKeys),
// obtained from the silicon vendor's provisioning records or an
// endorsement service (Veraison's and trustee's trust anchor stores can be
// read with ParsePlatformKeys). An endorsement may be scoped to the
// platform's implementation and instance IDs and to a validity window.
//
// Every CCA token public today is signed with published test keys: the
// tests verify the two in testdata/ (from confidential-containers/trustee
// and veraison/rust-ccatoken, made on emulators or as test vectors)
// against the published test CPAK, and cover the other encodings with
// tokens they sign themselves. No token from real CCA silicon has been run
// through this package. A deployment must never trust the test CPAK: its
// private key is public, so anyone can sign platform tokens with it.
//
// # Evidence
//
// Raw is a CCA attestation token: a CBOR tag 399 collection {44234:
// platform token, 44241: realm token} of byte-string-wrapped COSE_Sign1
// messages (tag 18 optional), or the tag 907 CMW collection whose entries
// are [263, token]. The platform token carries the platform profile
// "http://arm.com/CCA-SSD/1.0.0" or "tag:arm.com,2023:cca_platform#1.0.0";
// the realm token no profile (the RAK a raw SEC1 P-384 point), the RMM 1.0
// profile "tag:arm.com,2023:realm#1.0.0" or "tag:arm.com,2024:realm#2.0.0"
// (the RAK a COSE_Key). Other profiles, claims a profile does not define,
// duplicate map keys, indefinite lengths, trailing bytes and tokens over
// MaxTokenSize are attest.ErrMalformed. Collateral must be empty: nothing
// in CCA verification uses it.
//
// # What is checked
//
// In order (VerifyToken lists the error of each): the token parses and
// every claim has the type and length its profile gives it (measurements
// must be digests of the realm's hash algorithm); some trusted key is
// endorsed for the platform's implementation and instance IDs; one of
// them verifies the platform token (ES256/384/512, matching the key's
// curve) and is within its endorsement window at Options.Now; the realm
// token verifies under the RAK it carries (ES384, P-384); the platform
// challenge equals the hash of the RAK claim's bytes under the realm's
// public-key hash algorithm. The last check is what ties the realm to the
// platform: a realm token signed by any other key, or paired with another
// platform's token, fails with attest.ErrKeyBinding.
//
// # Claims
//
// Kind attest.KindCCA; Measurement the realm initial measurement (RIM),
// which covers the realm's initial contents and configuration; RTMRs the
// four realm extensible measurements REM0..REM3. REMs are extended by the
// realm itself at run time, so they say what the code measured by the RIM
// chose to record; the verifier reports them and checks only their size,
// and a Policy pinning Measurement does not pin them (as with TDX RTMRs).
// ReportData the realm challenge (64 bytes), into which an enclave puts
// attest.BindingReportData to bind its key. Debug is true unless the
// platform security lifecycle is "secured" (0x3000-0x30ff): the two debug
// states open the platform to a debugger, and the others (unknown,
// assembly and test, provisioning, decommissioned) are not states a
// production platform attests from, so the default Policy refuses them all.
// Realms have no debug attribute of their own. Signer is empty (the realm
// token names no code signer; the personalization value is in
// VerifyToken's result) and SVN zero. TCB is attest.TCBUnknown: the
// platform's firmware is described by its software components'
// measurements, which this package returns but does not appraise against
// reference values, so a Policy must set AllowUnknownTCB to accept CCA
// evidence. NotBefore and NotAfter are the
// endorsement window of the key that signed, zero when it has none: a CCA
// token carries no time, so freshness can come only from a challenge the
// relying party chose (Policy.MaxAge refuses tokens with no NotBefore).
//
// # Security assumptions
//
// Trusted: the endorsed CPAKs and the hardware that holds them; the CCA
// platform firmware and RMM measured in the platform token, which create
// the RAK, keep it inside the realm world and sign only what the realm
// asks; Go's crypto/ecdsa and fxamacker/cbor; the verifier's clock for
// endorsement windows. An attacker who extracts a CPAK forges tokens for
// any realm until the key's endorsement is withdrawn. Not checked: that
// the platform's software components are acceptable versions, and that the
// measurement, REMs, personalization value or report data are acceptable;
// the first needs reference values the caller has, the rest is a Policy's
// job (package attest).
package cca
