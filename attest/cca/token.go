package cca

import (
	"crypto"
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"github.com/fxamacker/cbor/v2"

	"github.com/teerollup/teerollup/attest"
)

// Size limits. Real tokens are 1-3 KiB (a platform token with a dozen
// software components, a realm token with 64-byte measurements); the bounds
// leave room for larger firmware inventories while keeping a hostile token
// from making the decoder allocate much.
const (
	// MaxTokenSize bounds the whole CCA attestation token.
	MaxTokenSize = 64 << 10
	// MaxSoftwareComponents bounds the platform's software component list.
	MaxSoftwareComponents = 64
	maxTextLen            = 1024 // profile, algorithm names, component type/version, service indicator
	maxConfigLen          = 4096 // platform config (cca-platform-config)
	maxComponentBytes     = 64   // a component's measurement or signer ID: at most a SHA-512 digest
	maxRAKLen             = 256  // a P-384 point (97 bytes) or a COSE_Key holding one
)

// CBOR tags and map labels of the token, from the Arm CCA attestation token
// specification (draft-ffm-rats-cca-token) and the RMM specification.
const (
	tagCollection    = 399 // legacy EAT collection: {44234: bstr, 44241: bstr}
	tagCMWCollection = 907 // CMW collection: {44234: [263, bstr], 44241: [263, bstr]}
	tagCOSESign1     = 18
	coapEATCWT       = 263 // CoAP content format application/eat+cwt, the CMW entry type

	labelPlatformToken = 44234
	labelRealmToken    = 44241

	// Platform claims.
	keyProfile           = 265
	keyChallenge         = 10
	keyImplementationID  = 2396
	keyInstanceID        = 256
	keyPlatformConfig    = 2401
	keyLifecycle         = 2395
	keySoftwareComps     = 2399
	keyVerificationSvc   = 2400
	keyPlatformHashAlgID = 2402

	// Software component map.
	swType        = 1
	swMeasurement = 2
	swVersion     = 4
	swSignerID    = 5
	swHashAlgID   = 6

	// Realm claims.
	keyPersonalization = 44235
	keyRealmHashAlgID  = 44236
	keyRAK             = 44237
	keyRIM             = 44238
	keyREMs            = 44239
	keyRAKHashAlgID    = 44240
	keyMECPolicy       = 44243

	// COSE header labels (RFC 9052) and algorithms (RFC 9053).
	hdrAlg   = 1
	hdrCrit  = 2
	hdrCty   = 3
	hdrKid   = 4
	algES256 = -7
	algES384 = -35
	algES512 = -36
)

// Profiles this package knows. A token naming another profile is refused
// (attest.ErrMalformed): its claims could mean something this package does
// not check.
const (
	// PlatformProfileLegacy is the platform profile of the CCA security
	// domain specification, used by TF-A/RMM test firmware and the public
	// test tokens.
	PlatformProfileLegacy = "http://arm.com/CCA-SSD/1.0.0"
	// PlatformProfile is the platform profile of the CCA token draft.
	PlatformProfile = "tag:arm.com,2023:cca_platform#1.0.0"
	// RealmProfile is the realm profile of RMM 1.0 (the RAK is a COSE_Key).
	// A realm token without a profile is the legacy encoding (the RAK is a
	// raw SEC1 point).
	RealmProfile = "tag:arm.com,2023:realm#1.0.0"
	// RealmProfileV2 adds the MEC policy and the realm instance ID.
	RealmProfileV2 = "tag:arm.com,2024:realm#2.0.0"
)

// Token is a parsed, not yet verified, CCA attestation token.
type Token struct {
	Platform PlatformClaims
	Realm    RealmClaims

	platform, realm sign1
}

// PlatformClaims are the claims of the platform token, signed by the CPAK.
type PlatformClaims struct {
	Profile string
	// Challenge is the hash of the realm's RAK (RealmClaims.PublicKey) under
	// RealmClaims.PublicKeyHashAlgID: it is what binds the realm token to
	// this platform token.
	Challenge []byte
	// ImplementationID identifies the platform's implementation (32 bytes).
	ImplementationID []byte
	// InstanceID is the platform's UEID (33 bytes, type 0x01): in practice
	// a hash of the CPAK.
	InstanceID []byte
	Config     []byte
	// Lifecycle is the raw security lifecycle value; see LifecycleState.
	Lifecycle          uint16
	SoftwareComponents []SoftwareComponent
	// VerificationService is the optional verification service indicator.
	VerificationService string
	HashAlgID           string
}

// SoftwareComponent is one measured platform firmware component.
type SoftwareComponent struct {
	Type        string // optional
	Measurement []byte
	Version     string // optional
	SignerID    []byte
	HashAlgID   string // optional
}

// RealmClaims are the claims of the realm token, signed by the RAK.
type RealmClaims struct {
	Profile string // empty for the legacy encoding
	// Challenge is the 64 bytes the realm asked the RMM to sign: report data.
	Challenge [attest.ReportDataSize]byte
	// PersonalizationValue is the realm personalization value (RPV), chosen
	// by the host when it created the realm and part of its identity.
	PersonalizationValue [64]byte
	// HashAlgID names the hash of the measurements ("sha-256", "sha-512").
	HashAlgID string
	// PublicKey is the RAK exactly as the claim carries it: a SEC1
	// uncompressed P-384 point (legacy) or a COSE_Key (profiles).
	PublicKey []byte
	// PublicKeyHashAlgID names the hash that binds the RAK into the platform
	// challenge.
	PublicKeyHashAlgID string
	// InitialMeasurement is the RIM: the realm's contents and configuration
	// as measured by the RMM before it first ran.
	InitialMeasurement []byte
	// ExtensibleMeasurements are REM0..REM3, extended by the realm itself
	// at run time.
	ExtensibleMeasurements [4][]byte
	// MECPolicy (0 shared, 1 private) and InstanceID are present in
	// RealmProfileV2 only.
	MECPolicy  *uint8
	InstanceID []byte
}

// sign1 is a COSE_Sign1 message as received.
type sign1 struct {
	protected []byte // the serialized protected header, as signed
	payload   []byte
	signature []byte
	alg       int64
}

// LifecycleState is the range a platform security lifecycle value falls in
// (Arm CCA security domain specification, as PSA).
type LifecycleState uint8

const (
	LifecycleUnknown LifecycleState = iota
	LifecycleAssemblyAndTest
	LifecycleRoTProvisioning
	LifecycleSecured
	LifecycleNonCCAPlatformDebug
	LifecycleRecoverableCCAPlatformDebug
	LifecycleDecommissioned
	LifecycleInvalid
)

var lifecycleNames = [...]string{"unknown", "assembly-and-test", "cca-platform-rot-provisioning", "secured",
	"non-cca-platform-debug", "recoverable-cca-platform-debug", "decommissioned", "invalid"}

func (s LifecycleState) String() string {
	if int(s) < len(lifecycleNames) {
		return lifecycleNames[s]
	}
	return fmt.Sprintf("lifecycle(%d)", uint8(s))
}

// LifecycleState maps the lifecycle value to its state: each state owns the
// range 0xN000..0xN0ff.
func (p *PlatformClaims) LifecycleState() LifecycleState {
	return lifecycleStateOf(p.Lifecycle)
}

func lifecycleStateOf(v uint16) LifecycleState {
	if v&0x0f00 != 0 {
		return LifecycleInvalid
	}
	switch v >> 12 {
	case 0:
		return LifecycleUnknown
	case 1:
		return LifecycleAssemblyAndTest
	case 2:
		return LifecycleRoTProvisioning
	case 3:
		return LifecycleSecured
	case 4:
		return LifecycleNonCCAPlatformDebug
	case 5:
		return LifecycleRecoverableCCAPlatformDebug
	case 6:
		return LifecycleDecommissioned
	}
	return LifecycleInvalid
}

// decMode decodes strictly: no duplicate map keys, no indefinite lengths,
// valid UTF-8, bounded nesting and container sizes, nothing after the item.
var decMode = func() cbor.DecMode {
	dm, err := cbor.DecOptions{
		DupMapKey:        cbor.DupMapKeyEnforcedAPF,
		IndefLength:      cbor.IndefLengthForbidden,
		MaxNestedLevels:  8,
		MaxArrayElements: MaxSoftwareComponents,
		MaxMapPairs:      32,
		TagsMd:           cbor.TagsAllowed,
		UTF8:             cbor.UTF8RejectInvalid,
	}.DecMode()
	if err != nil {
		panic(err) // constant options: a failure is a programming error
	}
	return dm
}()

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: cca: %s", attest.ErrMalformed, fmt.Sprintf(format, args...))
}

// CBOR major types.
const (
	majorUint  = 0
	majorBytes = 2
	majorText  = 3
	majorArray = 4
	majorMap   = 5
	majorTag   = 6
)

func major(raw cbor.RawMessage) int {
	if len(raw) == 0 {
		return -1
	}
	return int(raw[0] >> 5)
}

// ParseToken parses a CCA attestation token strictly: the collection (tag
// 399, or a tag 907 CMW collection), both COSE_Sign1 messages and every
// claim of the known profiles, with lengths checked. It does not verify
// signatures; errors wrap attest.ErrMalformed.
func ParseToken(raw []byte) (*Token, error) {
	if len(raw) > MaxTokenSize {
		return nil, malformed("token is %d bytes, more than %d", len(raw), MaxTokenSize)
	}
	var tag cbor.RawTag
	if err := decMode.Unmarshal(raw, &tag); err != nil {
		return nil, malformed("token is not a CBOR tag: %v", err)
	}
	var coll map[int64]cbor.RawMessage
	if err := decMode.Unmarshal(tag.Content, &coll); err != nil {
		return nil, malformed("collection: %v", err)
	}
	if len(coll) != 2 || coll[labelPlatformToken] == nil || coll[labelRealmToken] == nil {
		return nil, malformed("collection must hold exactly the platform (%d) and realm (%d) tokens", labelPlatformToken, labelRealmToken)
	}
	var pRaw, rRaw []byte
	var err error
	switch tag.Number {
	case tagCollection:
		if pRaw, err = bstr(coll[labelPlatformToken], "platform token", MaxTokenSize); err != nil {
			return nil, err
		}
		if rRaw, err = bstr(coll[labelRealmToken], "realm token", MaxTokenSize); err != nil {
			return nil, err
		}
	case tagCMWCollection:
		if pRaw, err = cmwEntry(coll[labelPlatformToken], "platform token"); err != nil {
			return nil, err
		}
		if rRaw, err = cmwEntry(coll[labelRealmToken], "realm token"); err != nil {
			return nil, err
		}
	default:
		return nil, malformed("token tag %d, want %d (collection) or %d (CMW collection)", tag.Number, tagCollection, tagCMWCollection)
	}
	t := &Token{}
	if t.platform, err = parseSign1(pRaw, "platform token"); err != nil {
		return nil, err
	}
	if t.realm, err = parseSign1(rRaw, "realm token"); err != nil {
		return nil, err
	}
	if err := t.Platform.parse(t.platform.payload); err != nil {
		return nil, err
	}
	if err := t.Realm.parse(t.realm.payload); err != nil {
		return nil, err
	}
	return t, nil
}

func cmwEntry(raw cbor.RawMessage, what string) ([]byte, error) {
	var e []cbor.RawMessage
	if major(raw) != majorArray {
		return nil, malformed("%s: CMW entry is not an array", what)
	}
	if err := decMode.Unmarshal(raw, &e); err != nil || len(e) != 2 {
		return nil, malformed("%s: CMW entry is not [type, token]", what)
	}
	typ, err := uintOf(e[0], what+" CMW type", 0xffff)
	if err != nil {
		return nil, err
	}
	if typ != coapEATCWT {
		return nil, malformed("%s: CMW type %d, want %d (application/eat+cwt)", what, typ, coapEATCWT)
	}
	return bstr(e[1], what, MaxTokenSize)
}

// parseSign1 parses a COSE_Sign1 message, tagged (18) or not, with an
// attached payload and an ECDSA algorithm in the protected header.
func parseSign1(raw []byte, what string) (sign1, error) {
	var s sign1
	body := cbor.RawMessage(raw)
	if major(body) == majorTag {
		var tag cbor.RawTag
		if err := decMode.Unmarshal(raw, &tag); err != nil {
			return s, malformed("%s: %v", what, err)
		}
		if tag.Number != tagCOSESign1 {
			return s, malformed("%s: tag %d, want %d (COSE_Sign1)", what, tag.Number, tagCOSESign1)
		}
		body = tag.Content
	}
	if major(body) != majorArray {
		return s, malformed("%s: not a COSE_Sign1 array", what)
	}
	var parts []cbor.RawMessage
	if err := decMode.Unmarshal(body, &parts); err != nil {
		return s, malformed("%s: %v", what, err)
	}
	if len(parts) != 4 {
		return s, malformed("%s: COSE_Sign1 has %d elements, want 4", what, len(parts))
	}
	var err error
	if s.protected, err = bstr(parts[0], what+" protected header", maxTextLen); err != nil {
		return s, err
	}
	if s.payload, err = bstr(parts[2], what+" payload", MaxTokenSize); err != nil {
		return s, err // a nil payload (detached) is not a bstr either
	}
	if s.signature, err = bstr(parts[3], what+" signature", 132); err != nil {
		return s, err
	}
	// Protected header: the algorithm must be there, where it is signed.
	var prot map[int64]cbor.RawMessage
	if len(s.protected) == 0 {
		return s, malformed("%s: empty protected header (no algorithm)", what)
	}
	if err := decMode.Unmarshal(s.protected, &prot); err != nil {
		return s, malformed("%s: protected header: %v", what, err)
	}
	for k := range prot {
		switch k {
		case hdrAlg, hdrCty, hdrKid:
		case hdrCrit:
			// Critical headers this package does not implement must fail.
			return s, malformed("%s: protected header marks critical parameters", what)
		default:
			return s, malformed("%s: unknown protected header parameter %d", what, k)
		}
	}
	if prot[hdrAlg] == nil {
		return s, malformed("%s: protected header has no algorithm", what)
	}
	if err := decMode.Unmarshal(prot[hdrAlg], &s.alg); err != nil {
		return s, malformed("%s: algorithm is not an integer", what)
	}
	if _, _, ok := algParams(s.alg); !ok {
		return s, malformed("%s: algorithm %d, want ES256 (-7), ES384 (-35) or ES512 (-36)", what, s.alg)
	}
	// Unprotected header: only a key ID is tolerated; an algorithm there
	// would be unauthenticated.
	if major(parts[1]) != majorMap {
		return s, malformed("%s: unprotected header is not a map", what)
	}
	var unprot map[int64]cbor.RawMessage
	if err := decMode.Unmarshal(parts[1], &unprot); err != nil {
		return s, malformed("%s: unprotected header: %v", what, err)
	}
	for k := range unprot {
		if k != hdrKid {
			return s, malformed("%s: unprotected header parameter %d not allowed", what, k)
		}
	}
	return s, nil
}

// algParams returns the hash and the signature size (r ‖ s) of an ECDSA
// COSE algorithm.
func algParams(alg int64) (crypto.Hash, int, bool) {
	switch alg {
	case algES256:
		return crypto.SHA256, 64, true
	case algES384:
		return crypto.SHA384, 96, true
	case algES512:
		return crypto.SHA512, 132, true
	}
	return 0, 0, false
}

// sigStructure is the COSE Sig_structure for a Sign1 message with empty
// external AAD ["Signature1", protected, empty bstr, payload], deterministically
// encoded.
func (s *sign1) sigStructure() []byte {
	const ctx = "Signature1"
	b := make([]byte, 0, 16+len(ctx)+len(s.protected)+len(s.payload))
	b = append(b, 0x84)
	b = appendHead(b, majorText, uint64(len(ctx)))
	b = append(b, ctx...)
	b = appendHead(b, majorBytes, uint64(len(s.protected)))
	b = append(b, s.protected...)
	b = append(b, 0x40)
	b = appendHead(b, majorBytes, uint64(len(s.payload)))
	return append(b, s.payload...)
}

// appendHead appends a CBOR head in its shortest form.
func appendHead(b []byte, maj byte, n uint64) []byte {
	m := maj << 5
	switch {
	case n < 24:
		return append(b, m|byte(n))
	case n <= 0xff:
		return append(b, m|24, byte(n))
	case n <= 0xffff:
		return binary.BigEndian.AppendUint16(append(b, m|25), uint16(n))
	case n <= 0xffffffff:
		return binary.BigEndian.AppendUint32(append(b, m|26), uint32(n))
	}
	return binary.BigEndian.AppendUint64(append(b, m|27), n)
}

// claimMap decodes a claims map with integer keys.
func claimMap(raw []byte, what string) (map[int64]cbor.RawMessage, error) {
	if major(raw) != majorMap {
		return nil, malformed("%s: not a map", what)
	}
	var m map[int64]cbor.RawMessage
	if err := decMode.Unmarshal(raw, &m); err != nil {
		return nil, malformed("%s: %v", what, err)
	}
	return m, nil
}

// onlyKeys refuses claims the profile does not define: a verifier that
// ignored them could accept a token whose meaning it does not know.
func onlyKeys(m map[int64]cbor.RawMessage, what string, allowed ...int64) error {
next:
	for k := range m {
		for _, a := range allowed {
			if k == a {
				continue next
			}
		}
		return malformed("%s: unexpected claim %d", what, k)
	}
	return nil
}

func bstr(raw cbor.RawMessage, what string, maxLen int) ([]byte, error) {
	if major(raw) != majorBytes {
		return nil, malformed("%s is not a byte string", what)
	}
	var b []byte
	if err := decMode.Unmarshal(raw, &b); err != nil {
		return nil, malformed("%s: %v", what, err)
	}
	if len(b) > maxLen {
		return nil, malformed("%s is %d bytes, more than %d", what, len(b), maxLen)
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}

func bstrLen(raw cbor.RawMessage, what string, sizes ...int) ([]byte, error) {
	b, err := bstr(raw, what, MaxTokenSize)
	if err != nil {
		return nil, err
	}
	for _, n := range sizes {
		if len(b) == n {
			return b, nil
		}
	}
	return nil, malformed("%s is %d bytes, want %v", what, len(b), sizes)
}

func tstr(raw cbor.RawMessage, what string) (string, error) {
	if major(raw) != majorText {
		return "", malformed("%s is not a text string", what)
	}
	var s string
	if err := decMode.Unmarshal(raw, &s); err != nil {
		return "", malformed("%s: %v", what, err)
	}
	if len(s) == 0 || len(s) > maxTextLen || !utf8.ValidString(s) {
		return "", malformed("%s: empty or longer than %d bytes", what, maxTextLen)
	}
	return s, nil
}

func uintOf(raw cbor.RawMessage, what string, max uint64) (uint64, error) {
	if major(raw) != majorUint {
		return 0, malformed("%s is not an unsigned integer", what)
	}
	var v uint64
	if err := decMode.Unmarshal(raw, &v); err != nil {
		return 0, malformed("%s: %v", what, err)
	}
	if v > max {
		return 0, malformed("%s %d exceeds %d", what, v, max)
	}
	return v, nil
}

// required returns the claim or an error naming it.
func required(m map[int64]cbor.RawMessage, key int64, what string) (cbor.RawMessage, error) {
	v, ok := m[key]
	if !ok {
		return nil, malformed("missing claim %s (%d)", what, key)
	}
	return v, nil
}

// digestSize returns the size of a named hash's output, the names being
// those of the IANA Named Information registry that CCA tokens use.
func digestSize(name string) (crypto.Hash, int, bool) {
	switch name {
	case "sha-256":
		return crypto.SHA256, 32, true
	case "sha-384":
		return crypto.SHA384, 48, true
	case "sha-512":
		return crypto.SHA512, 64, true
	}
	return 0, 0, false
}

func (p *PlatformClaims) parse(payload []byte) error {
	const what = "platform claims"
	m, err := claimMap(payload, what)
	if err != nil {
		return err
	}
	if err := onlyKeys(m, what, keyProfile, keyChallenge, keyImplementationID, keyInstanceID,
		keyPlatformConfig, keyLifecycle, keySoftwareComps, keyVerificationSvc, keyPlatformHashAlgID); err != nil {
		return err
	}
	get := func(key int64, name string) (cbor.RawMessage, error) { return required(m, key, "platform "+name) }
	var v cbor.RawMessage
	if v, err = get(keyProfile, "profile"); err != nil {
		return err
	}
	if p.Profile, err = tstr(v, "platform profile"); err != nil {
		return err
	}
	if p.Profile != PlatformProfileLegacy && p.Profile != PlatformProfile {
		return malformed("unsupported platform profile %q", p.Profile)
	}
	if v, err = get(keyChallenge, "challenge"); err != nil {
		return err
	}
	if p.Challenge, err = bstrLen(v, "platform challenge", 32, 48, 64); err != nil {
		return err
	}
	if v, err = get(keyImplementationID, "implementation ID"); err != nil {
		return err
	}
	if p.ImplementationID, err = bstrLen(v, "platform implementation ID", 32); err != nil {
		return err
	}
	if v, err = get(keyInstanceID, "instance ID"); err != nil {
		return err
	}
	if p.InstanceID, err = bstrLen(v, "platform instance ID", 33); err != nil {
		return err
	}
	if p.InstanceID[0] != 0x01 {
		return malformed("platform instance ID type 0x%02x, want 0x01 (RAND UEID)", p.InstanceID[0])
	}
	if v, err = get(keyPlatformConfig, "config"); err != nil {
		return err
	}
	if p.Config, err = bstr(v, "platform config", maxConfigLen); err != nil {
		return err
	}
	if v, err = get(keyLifecycle, "lifecycle"); err != nil {
		return err
	}
	lc, err := uintOf(v, "platform lifecycle", 0xffff)
	if err != nil {
		return err
	}
	p.Lifecycle = uint16(lc)
	if p.LifecycleState() == LifecycleInvalid {
		return malformed("platform lifecycle 0x%04x is in no defined range", lc)
	}
	if v, err = get(keyPlatformHashAlgID, "hash algorithm"); err != nil {
		return err
	}
	if p.HashAlgID, err = tstr(v, "platform hash algorithm"); err != nil {
		return err
	}
	if v, ok := m[keyVerificationSvc]; ok {
		if p.VerificationService, err = tstr(v, "platform verification service"); err != nil {
			return err
		}
	}
	if v, err = get(keySoftwareComps, "software components"); err != nil {
		return err
	}
	return p.parseComponents(v)
}

func (p *PlatformClaims) parseComponents(raw cbor.RawMessage) error {
	if major(raw) != majorArray {
		return malformed("platform software components are not an array")
	}
	var items []cbor.RawMessage
	if err := decMode.Unmarshal(raw, &items); err != nil {
		return malformed("platform software components: %v", err)
	}
	if len(items) == 0 {
		return malformed("platform software components are empty")
	}
	p.SoftwareComponents = make([]SoftwareComponent, len(items))
	for i, it := range items {
		what := fmt.Sprintf("software component %d", i)
		m, err := claimMap(it, what)
		if err != nil {
			return err
		}
		if err := onlyKeys(m, what, swType, swMeasurement, swVersion, swSignerID, swHashAlgID); err != nil {
			return err
		}
		c := &p.SoftwareComponents[i]
		v, err := required(m, swMeasurement, what+" measurement")
		if err != nil {
			return err
		}
		if c.Measurement, err = bstr(v, what+" measurement", maxComponentBytes); err != nil {
			return err
		}
		if v, err = required(m, swSignerID, what+" signer ID"); err != nil {
			return err
		}
		if c.SignerID, err = bstr(v, what+" signer ID", maxComponentBytes); err != nil {
			return err
		}
		if len(c.Measurement) < 32 || len(c.SignerID) < 32 {
			return malformed("%s: measurement and signer ID must be at least 32 bytes", what)
		}
		for _, f := range []struct {
			key int64
			dst *string
			nm  string
		}{{swType, &c.Type, "type"}, {swVersion, &c.Version, "version"}, {swHashAlgID, &c.HashAlgID, "hash algorithm"}} {
			if v, ok := m[f.key]; ok {
				if *f.dst, err = tstr(v, what+" "+f.nm); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (r *RealmClaims) parse(payload []byte) error {
	const what = "realm claims"
	m, err := claimMap(payload, what)
	if err != nil {
		return err
	}
	if v, ok := m[keyProfile]; ok {
		if r.Profile, err = tstr(v, "realm profile"); err != nil {
			return err
		}
		if r.Profile != RealmProfile && r.Profile != RealmProfileV2 {
			return malformed("unsupported realm profile %q", r.Profile)
		}
	}
	allowed := []int64{keyChallenge, keyPersonalization, keyRealmHashAlgID, keyRAK, keyRIM, keyREMs, keyRAKHashAlgID}
	if r.Profile != "" {
		allowed = append(allowed, keyProfile)
	}
	if r.Profile == RealmProfileV2 {
		allowed = append(allowed, keyMECPolicy, keyInstanceID)
	}
	if err := onlyKeys(m, what, allowed...); err != nil {
		return err
	}
	get := func(key int64, name string) (cbor.RawMessage, error) { return required(m, key, "realm "+name) }
	var v cbor.RawMessage
	var b []byte
	if v, err = get(keyChallenge, "challenge"); err != nil {
		return err
	}
	if b, err = bstrLen(v, "realm challenge", attest.ReportDataSize); err != nil {
		return err
	}
	copy(r.Challenge[:], b)
	if v, err = get(keyPersonalization, "personalization value"); err != nil {
		return err
	}
	if b, err = bstrLen(v, "realm personalization value", 64); err != nil {
		return err
	}
	copy(r.PersonalizationValue[:], b)
	if v, err = get(keyRAK, "public key"); err != nil {
		return err
	}
	if r.PublicKey, err = bstr(v, "realm public key", maxRAKLen); err != nil {
		return err
	}
	if v, err = get(keyRAKHashAlgID, "public key hash algorithm"); err != nil {
		return err
	}
	if r.PublicKeyHashAlgID, err = tstr(v, "realm public key hash algorithm"); err != nil {
		return err
	}
	if _, _, ok := digestSize(r.PublicKeyHashAlgID); !ok {
		return malformed("realm public key hash algorithm %q unknown", r.PublicKeyHashAlgID)
	}
	if v, err = get(keyRealmHashAlgID, "hash algorithm"); err != nil {
		return err
	}
	if r.HashAlgID, err = tstr(v, "realm hash algorithm"); err != nil {
		return err
	}
	_, size, ok := digestSize(r.HashAlgID)
	if !ok {
		return malformed("realm hash algorithm %q unknown", r.HashAlgID)
	}
	// Every measurement is a digest of the realm's hash algorithm: a RIM
	// of another size was not computed the way the claims say.
	if v, err = get(keyRIM, "initial measurement"); err != nil {
		return err
	}
	if r.InitialMeasurement, err = bstrLen(v, "realm initial measurement", size); err != nil {
		return err
	}
	if v, err = get(keyREMs, "extensible measurements"); err != nil {
		return err
	}
	if major(v) != majorArray {
		return malformed("realm extensible measurements are not an array")
	}
	var rems []cbor.RawMessage
	if err := decMode.Unmarshal(v, &rems); err != nil {
		return malformed("realm extensible measurements: %v", err)
	}
	if len(rems) != len(r.ExtensibleMeasurements) {
		return malformed("realm has %d extensible measurements, want %d", len(rems), len(r.ExtensibleMeasurements))
	}
	for i, rem := range rems {
		if r.ExtensibleMeasurements[i], err = bstrLen(rem, fmt.Sprintf("realm extensible measurement %d", i), size); err != nil {
			return err
		}
	}
	if r.Profile == RealmProfileV2 {
		if v, err = get(keyMECPolicy, "MEC policy"); err != nil {
			return err
		}
		mp, err := uintOf(v, "realm MEC policy", 1)
		if err != nil {
			return err
		}
		u := uint8(mp)
		r.MECPolicy = &u
		if v, err = get(keyInstanceID, "instance ID"); err != nil {
			return err
		}
		if r.InstanceID, err = bstrLen(v, "realm instance ID", 33); err != nil {
			return err
		}
	}
	return nil
}
