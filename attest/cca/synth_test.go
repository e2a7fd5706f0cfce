package cca

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/fxamacker/cbor/v2"

	"github.com/teerollup/teerollup/attest"
)

// synth builds CCA tokens signed with keys made in the test, to exercise
// what the public tokens cannot: other encodings (COSE_Key RAK, realm
// profile 2, CMW wrapping), lifecycle states, and a RAK binding that is
// wrong while both signatures are good. Its COSE encoding is written
// independently of the package's (cbor.Marshal of the Sig_structure).
type synth struct {
	cpak, rak, realmSigner *ecdsa.PrivateKey
	cpakAlg                int64
	platform, realm        map[int64]any
	realmProt, realmUnprot map[int64]any
	cmw                    bool
	coseKeyRAK             bool
}

func mustKey(t testing.TB, c elliptic.Curve) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(c, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newSynth(t testing.TB) *synth {
	s := &synth{cpak: mustKey(t, elliptic.P384()), rak: mustKey(t, elliptic.P384()), cpakAlg: algES384}
	s.realmSigner = s.rak
	rd := make([]byte, 64)
	for i := range rd {
		rd[i] = byte(i)
	}
	comp := map[int64]any{swType: "RMM", swMeasurement: bytes.Repeat([]byte{0xaa}, 32), swSignerID: bytes.Repeat([]byte{0xbb}, 32), swHashAlgID: "sha-256"}
	s.platform = map[int64]any{
		keyProfile:           PlatformProfileLegacy,
		keyImplementationID:  bytes.Repeat([]byte{0x11}, 32),
		keyInstanceID:        append([]byte{0x01}, bytes.Repeat([]byte{0x22}, 32)...),
		keyPlatformConfig:    []byte{0xcf},
		keyLifecycle:         0x3003,
		keySoftwareComps:     []any{comp},
		keyPlatformHashAlgID: "sha-256",
	}
	rem := make([]byte, 32)
	s.realm = map[int64]any{
		keyChallenge:       rd,
		keyPersonalization: bytes.Repeat([]byte{0x50}, 64),
		keyRealmHashAlgID:  "sha-256",
		keyRAKHashAlgID:    "sha-256",
		keyRIM:             bytes.Repeat([]byte{0x33}, 32),
		keyREMs:            []any{rem, rem, rem, rem},
	}
	s.realmProt = map[int64]any{hdrAlg: algES384}
	s.realmUnprot = map[int64]any{}
	return s
}

func (s *synth) rakClaim(t testing.TB, k *ecdsa.PublicKey) []byte {
	pt, err := k.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !s.coseKeyRAK {
		return pt
	}
	b, err := cbor.Marshal(map[int64]any{coseKeyKty: coseKtyEC2, coseKeyCrv: coseCrvP384, coseKeyX: pt[1:49], coseKeyY: pt[49:]})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func marshal(t testing.TB, v any) []byte {
	t.Helper()
	b, err := cbor.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func signSign1(t testing.TB, key *ecdsa.PrivateKey, prot, unprot map[int64]any, payload []byte) []byte {
	t.Helper()
	protB := marshal(t, prot)
	tbs := marshal(t, []any{"Signature1", protB, []byte{}, payload})
	var digest []byte
	size := (key.Curve.Params().BitSize + 7) / 8
	switch size {
	case 32:
		d := sha256.Sum256(tbs)
		digest = d[:]
	case 48:
		d := sha512.Sum384(tbs)
		digest = d[:]
	default:
		d := sha512.Sum512(tbs)
		digest = d[:]
	}
	r, ss, err := ecdsa.Sign(rand.Reader, key, digest)
	if err != nil {
		t.Fatal(err)
	}
	sig := append(r.FillBytes(make([]byte, size)), ss.FillBytes(make([]byte, size))...)
	return marshal(t, cbor.Tag{Number: tagCOSESign1, Content: []any{protB, unprot, payload, sig}})
}

// token signs and wraps the claims. Unless the test set them, the realm
// public key is the RAK and the platform challenge its SHA-256.
func (s *synth) token(t testing.TB) []byte {
	t.Helper()
	realm := map[int64]any{}
	for k, v := range s.realm {
		realm[k] = v
	}
	if _, ok := realm[keyRAK]; !ok {
		realm[keyRAK] = s.rakClaim(t, &s.rak.PublicKey)
	}
	platform := map[int64]any{}
	for k, v := range s.platform {
		platform[k] = v
	}
	if _, ok := platform[keyChallenge]; !ok {
		h := sha256.Sum256(realm[keyRAK].([]byte))
		platform[keyChallenge] = h[:]
	}
	pTok := signSign1(t, s.cpak, map[int64]any{hdrAlg: s.cpakAlg}, map[int64]any{}, marshal(t, platform))
	rTok := signSign1(t, s.realmSigner, s.realmProt, s.realmUnprot, marshal(t, realm))
	if s.cmw {
		return marshal(t, cbor.Tag{Number: tagCMWCollection, Content: map[int64]any{
			labelPlatformToken: []any{coapEATCWT, pTok}, labelRealmToken: []any{coapEATCWT, rTok}}})
	}
	return marshal(t, cbor.Tag{Number: tagCollection, Content: map[int64]any{labelPlatformToken: pTok, labelRealmToken: rTok}})
}

func (s *synth) opts() Options {
	return Options{TrustedPlatformKeys: []PlatformKey{{Key: &s.cpak.PublicKey}}}
}

func (s *synth) verify(t testing.TB) (*Result, error) {
	return VerifyToken(context.Background(), ccaEvidence(s.token(t)), s.opts())
}

func TestSynthEncodings(t *testing.T) {
	cases := []struct {
		name string
		edit func(t *testing.T, s *synth)
	}{
		{"legacy: no realm profile, raw RAK", func(*testing.T, *synth) {}},
		{"realm profile 1.0.0, COSE_Key RAK", func(_ *testing.T, s *synth) {
			s.coseKeyRAK = true
			s.realm[keyProfile] = RealmProfile
			s.platform[keyProfile] = PlatformProfile
		}},
		{"realm profile 2.0.0", func(_ *testing.T, s *synth) {
			s.coseKeyRAK = true
			s.realm[keyProfile] = RealmProfileV2
			s.realm[keyMECPolicy] = 1
			s.realm[keyInstanceID] = append([]byte{1}, make([]byte, 32)...)
		}},
		{"CMW collection (tag 907)", func(_ *testing.T, s *synth) { s.cmw = true }},
		{"untagged COSE_Sign1 is accepted too", nil},
		{"P-256 CPAK with ES256", func(t *testing.T, s *synth) { s.cpak, s.cpakAlg = mustKey(t, elliptic.P256()), algES256 }},
		{"P-521 CPAK with ES512", func(t *testing.T, s *synth) { s.cpak, s.cpakAlg = mustKey(t, elliptic.P521()), algES512 }},
		{"SHA-512 realm measurements, SHA-384 RAK hash", func(t *testing.T, s *synth) {
			m := bytes.Repeat([]byte{7}, 64)
			s.realm[keyRealmHashAlgID] = "sha-512"
			s.realm[keyRIM] = m
			s.realm[keyREMs] = []any{m, m, m, m}
			s.realm[keyRAKHashAlgID] = "sha-384"
			h := sha512.Sum384(s.rakClaim(t, &s.rak.PublicKey))
			s.platform[keyChallenge] = h[:]
		}},
		{"key ID in the unprotected header", func(_ *testing.T, s *synth) { s.realmUnprot[hdrKid] = []byte("rak") }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynth(t)
			if tc.edit != nil {
				tc.edit(t, s)
			}
			raw := s.token(t)
			if tc.edit == nil { // strip the COSE tags (0xd2) of both messages
				raw = untagSign1(t, raw)
			}
			res, err := VerifyToken(context.Background(), ccaEvidence(raw), s.opts())
			if err != nil {
				t.Fatal(err)
			}
			if !res.RAK.Equal(&s.rak.PublicKey) {
				t.Error("RAK differs")
			}
			if !bytes.Equal(res.Claims.Measurement, s.realm[keyRIM].([]byte)) {
				t.Error("measurement is not the RIM")
			}
			if res.Claims.ReportData[63] != 63 || res.Claims.Debug {
				t.Errorf("report data %x debug %v", res.Claims.ReportData, res.Claims.Debug)
			}
		})
	}
}

// untagSign1 re-encodes a tag-399 token with its COSE_Sign1 tags removed.
func untagSign1(t *testing.T, raw []byte) []byte {
	var outer cbor.Tag
	if err := cbor.Unmarshal(raw, &outer); err != nil {
		t.Fatal(err)
	}
	m := map[int64]any{}
	for k, v := range outer.Content.(map[any]any) {
		var inner cbor.RawTag
		if err := cbor.Unmarshal(v.([]byte), &inner); err != nil {
			t.Fatal(err)
		}
		m[int64(k.(uint64))] = []byte(inner.Content)
	}
	return marshal(t, cbor.Tag{Number: tagCollection, Content: m})
}

func TestSynthBindingAndSignatures(t *testing.T) {
	cases := []struct {
		name string
		edit func(t *testing.T, s *synth)
		want error
	}{
		{"platform vouches for another RAK", func(t *testing.T, s *synth) {
			other := mustKey(t, elliptic.P384())
			h := sha256.Sum256(s.rakClaim(t, &other.PublicKey))
			s.platform[keyChallenge] = h[:]
		}, attest.ErrKeyBinding},
		{"RAK hash under the wrong algorithm", func(t *testing.T, s *synth) {
			s.realm[keyRAKHashAlgID] = "sha-512" // challenge stays the SHA-256
		}, attest.ErrKeyBinding},
		{"platform challenge is the hash of the COSE_Key's point, not the claim", func(t *testing.T, s *synth) {
			s.coseKeyRAK = true
			s.realm[keyProfile] = RealmProfile
			pt, _ := s.rak.PublicKey.Bytes()
			h := sha256.Sum256(pt)
			s.platform[keyChallenge] = h[:]
		}, attest.ErrKeyBinding},
		{"realm token signed by another key than its RAK", func(t *testing.T, s *synth) {
			s.realmSigner = mustKey(t, elliptic.P384())
		}, attest.ErrSignature},
		{"realm RAK swapped for the signer's, platform still vouches for the first", func(t *testing.T, s *synth) {
			s.realmSigner = mustKey(t, elliptic.P384())
			s.realm[keyRAK] = s.rakClaim(t, &s.realmSigner.PublicKey)
			h := sha256.Sum256(s.rakClaim(t, &s.rak.PublicKey))
			s.platform[keyChallenge] = h[:]
		}, attest.ErrKeyBinding},
		{"CPAK curve and algorithm disagree", func(t *testing.T, s *synth) { s.cpakAlg = algES256 }, attest.ErrSignature},
		{"realm signed with ES512 by a P-521 key", func(t *testing.T, s *synth) {
			s.realmSigner = mustKey(t, elliptic.P521())
			s.realmProt[hdrAlg] = algES512
		}, attest.ErrSignature},
		{"algorithm in the unprotected header", func(_ *testing.T, s *synth) { s.realmUnprot[hdrAlg] = algES384 }, attest.ErrMalformed},
		{"critical header", func(_ *testing.T, s *synth) { s.realmProt[hdrCrit] = []any{99} }, attest.ErrMalformed},
		{"no algorithm", func(_ *testing.T, s *synth) { delete(s.realmProt, hdrAlg) }, attest.ErrMalformed},
		{"unsupported algorithm (EdDSA)", func(_ *testing.T, s *synth) { s.realmProt[hdrAlg] = -8 }, attest.ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynth(t)
			tc.edit(t, s)
			if _, err := s.verify(t); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestSynthMalformedClaims(t *testing.T) {
	rem32 := make([]byte, 32)
	cases := []struct {
		name string
		edit func(s *synth)
	}{
		{"unknown platform profile", func(s *synth) { s.platform[keyProfile] = "tag:arm.com,2099:cca_platform#9" }},
		{"unknown realm profile", func(s *synth) { s.realm[keyProfile] = "tag:example,2024:realm" }},
		{"unknown platform claim", func(s *synth) { s.platform[9999] = 1 }},
		{"unknown realm claim", func(s *synth) { s.realm[9999] = 1 }},
		{"MEC policy without realm profile 2", func(s *synth) { s.realm[keyMECPolicy] = 1 }},
		{"missing lifecycle", func(s *synth) { delete(s.platform, keyLifecycle) }},
		{"lifecycle in no range", func(s *synth) { s.platform[keyLifecycle] = 0x3100 }},
		{"lifecycle too large", func(s *synth) { s.platform[keyLifecycle] = 0x10000 }},
		{"lifecycle negative", func(s *synth) { s.platform[keyLifecycle] = -1 }},
		{"no software components", func(s *synth) { s.platform[keySoftwareComps] = []any{} }},
		{"software component without signer ID", func(s *synth) {
			s.platform[keySoftwareComps] = []any{map[int64]any{swMeasurement: rem32}}
		}},
		{"software component with unknown key", func(s *synth) {
			s.platform[keySoftwareComps] = []any{map[int64]any{swMeasurement: rem32, swSignerID: rem32, 3: "x"}}
		}},
		{"too many software components", func(s *synth) {
			comps := make([]any, MaxSoftwareComponents+1)
			for i := range comps {
				comps[i] = map[int64]any{swMeasurement: rem32, swSignerID: rem32}
			}
			s.platform[keySoftwareComps] = comps
		}},
		{"instance ID not RAND UEID", func(s *synth) { s.platform[keyInstanceID] = append([]byte{0x02}, rem32...) }},
		{"implementation ID 31 bytes", func(s *synth) { s.platform[keyImplementationID] = rem32[:31] }},
		{"platform challenge 20 bytes", func(s *synth) { s.platform[keyChallenge] = rem32[:20] }},
		{"realm challenge 32 bytes", func(s *synth) { s.realm[keyChallenge] = rem32 }},
		{"realm challenge as text", func(s *synth) { s.realm[keyChallenge] = string(make([]byte, 64)) }},
		{"personalization value 63 bytes", func(s *synth) { s.realm[keyPersonalization] = make([]byte, 63) }},
		{"three REMs", func(s *synth) { s.realm[keyREMs] = []any{rem32, rem32, rem32} }},
		{"RIM of another size than its hash", func(s *synth) { s.realm[keyRIM] = make([]byte, 64) }},
		{"REM of another size than its hash", func(s *synth) { s.realm[keyREMs] = []any{rem32, rem32, rem32, make([]byte, 48)} }},
		{"unknown realm hash", func(s *synth) { s.realm[keyRealmHashAlgID] = "md5" }},
		{"unknown RAK hash", func(s *synth) { s.realm[keyRAKHashAlgID] = "sha-1" }},
		{"RAK is not a point", func(s *synth) { s.realm[keyRAK] = make([]byte, 97) }},
		{"RAK on P-256", func(s *synth) {
			k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
			pt, _ := k.PublicKey.Bytes()
			s.realm[keyRAK] = pt
		}},
		{"COSE_Key RAK under the legacy encoding", func(s *synth) {
			s.realm[keyRAK], _ = cbor.Marshal(map[int64]any{coseKeyKty: coseKtyEC2})
		}},
		{"raw RAK under a realm profile", func(s *synth) { s.realm[keyProfile] = RealmProfile }},
		{"oversized platform config", func(s *synth) { s.platform[keyPlatformConfig] = make([]byte, 5000) }},
		{"empty profile", func(s *synth) { s.platform[keyProfile] = "" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynth(t)
			tc.edit(s)
			if _, err := s.verify(t); !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
}

func TestSynthCollection(t *testing.T) {
	s := newSynth(t)
	raw := s.token(t)
	var outer cbor.Tag
	if err := cbor.Unmarshal(raw, &outer); err != nil {
		t.Fatal(err)
	}
	m := outer.Content.(map[any]any)
	p, r := m[uint64(labelPlatformToken)], m[uint64(labelRealmToken)]
	cases := []struct {
		name string
		v    any
	}{
		{"wrong tag", cbor.Tag{Number: 400, Content: map[int64]any{labelPlatformToken: p, labelRealmToken: r}}},
		{"no tag", map[int64]any{labelPlatformToken: p, labelRealmToken: r}},
		{"realm token missing", cbor.Tag{Number: tagCollection, Content: map[int64]any{labelPlatformToken: p}}},
		{"extra entry", cbor.Tag{Number: tagCollection, Content: map[int64]any{labelPlatformToken: p, labelRealmToken: r, 1: p}}},
		{"tokens swapped", cbor.Tag{Number: tagCollection, Content: map[int64]any{labelPlatformToken: r, labelRealmToken: p}}},
		{"CMW entry with another type", cbor.Tag{Number: tagCMWCollection, Content: map[int64]any{labelPlatformToken: []any{264, p}, labelRealmToken: []any{coapEATCWT, r}}}},
		{"CMW entry not an array", cbor.Tag{Number: tagCMWCollection, Content: map[int64]any{labelPlatformToken: p, labelRealmToken: r}}},
		{"text labels", cbor.Tag{Number: tagCollection, Content: map[string]any{"p": p, "r": r}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(context.Background(), ccaEvidence(marshal(t, tc.v)), s.opts())
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
	// A duplicate map key (hand-encoded: encoders refuse) is malformed.
	dup := []byte{0xd9, 0x01, 0x8f, 0xa2, 0x19, 0xac, 0xca, 0x40, 0x19, 0xac, 0xca, 0x40}
	if _, err := ParseToken(dup); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("duplicate key: %v", err)
	}
	// Indefinite-length containers are refused.
	indef := []byte{0xd9, 0x01, 0x8f, 0xbf, 0xff}
	if _, err := ParseToken(indef); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("indefinite map: %v", err)
	}
}

// TestSynthLifecycle: only a secured platform is reported as not debug.
func TestSynthLifecycle(t *testing.T) {
	for _, tc := range []struct {
		v     int
		state LifecycleState
		debug bool
	}{
		{0x3000, LifecycleSecured, false},
		{0x30ff, LifecycleSecured, false},
		{0x0000, LifecycleUnknown, true},
		{0x1000, LifecycleAssemblyAndTest, true},
		{0x2001, LifecycleRoTProvisioning, true},
		{0x4000, LifecycleNonCCAPlatformDebug, true},
		{0x5000, LifecycleRecoverableCCAPlatformDebug, true},
		{0x60ff, LifecycleDecommissioned, true},
	} {
		s := newSynth(t)
		s.platform[keyLifecycle] = tc.v
		res, err := s.verify(t)
		if err != nil {
			t.Fatalf("%#x: %v", tc.v, err)
		}
		if st := res.Token.Platform.LifecycleState(); st != tc.state || res.Claims.Debug != tc.debug {
			t.Errorf("%#x: state %v debug %v, want %v %v", tc.v, st, res.Claims.Debug, tc.state, tc.debug)
		}
	}
}

// TestSynthPolicy runs verified claims through package attest: the report
// data binding an enclave key, the default refusal of debug platforms, and
// the refusal of an unjudged TCB unless the policy accepts it.
func TestSynthPolicy(t *testing.T) {
	d := attest.Domain{ChainID: big.NewInt(1), Manager: common.HexToAddress("0x1000000000000000000000000000000000000001")}
	enclave := common.HexToAddress("0x2000000000000000000000000000000000000002")
	rd := attest.BindingReportData(d, enclave)
	now := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)

	s := newSynth(t)
	s.realm[keyChallenge] = rd[:]
	res, err := s.verify(t)
	if err != nil {
		t.Fatal(err)
	}
	if err := attest.CheckBinding(&res.Claims, d, enclave); err != nil {
		t.Fatalf("binding: %v", err)
	}
	if err := attest.CheckBinding(&res.Claims, d, common.HexToAddress("0x03")); !errors.Is(err, attest.ErrReportData) {
		t.Fatalf("other enclave: %v", err)
	}
	pol := attest.Policy{Measurements: [][]byte{res.Claims.Measurement}, Kinds: []attest.Kind{attest.KindCCA}}
	if err := pol.Check(&res.Claims, now); !errors.Is(err, attest.ErrTCB) {
		t.Fatalf("unjudged TCB: %v", err)
	}
	pol.AllowUnknownTCB = true
	if err := pol.Check(&res.Claims, now); err != nil {
		t.Fatalf("policy: %v", err)
	}

	s.platform[keyLifecycle] = 0x5000
	res, err = s.verify(t)
	if err != nil {
		t.Fatal(err)
	}
	if err := pol.Check(&res.Claims, now); !errors.Is(err, attest.ErrDebug) {
		t.Fatalf("debug platform: %v", err)
	}
}
