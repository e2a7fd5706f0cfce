package cca

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// The public CCA tokens, copied verbatim into testdata/ (see
// testdata/README.md): both are signed with the same published test CPAK,
// and no token from real CCA silicon is public.
type realToken struct {
	name, file string
	// Facts read from the token with a CBOR diagnostic dump, independent
	// of this package.
	rim       string
	hashAlg   string
	challenge byte // every challenge byte (0xab) or 0 to skip
}

var realTokens = []realToken{
	{name: "trustee", file: "trustee-cca-example-token.cbor", hashAlg: "sha-512",
		rim: "ae87fbf7f105e71a7827cb6f0896889c73d2beaf4830d4f9cb05e3e96c3fc7b4faa04caf36a26bd094cf9c7b738617e4c189aaee184dedda5d7a03c39dbdac7c"},
	{name: "rust-ccatoken", file: "rustccatoken-cca-token-01.cbor", hashAlg: "sha-256",
		rim: "0000000000000000000000000000000000000000000000000000000000000000", challenge: 0xab},
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testCPAK is the published test CPAK (cpak.json of both sources).
func testCPAK(t testing.TB) *ecdsa.PublicKey {
	t.Helper()
	k, err := ParseJWK(readTestdata(t, "trustee-cpak-pub.json"))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func testOpts(t testing.TB) Options {
	return Options{TrustedPlatformKeys: []PlatformKey{{Key: testCPAK(t)}}}
}

func ccaEvidence(raw []byte) attest.Evidence {
	return attest.Evidence{Format: attest.FormatCCA, Raw: raw}
}

func TestRealTokensVerify(t *testing.T) {
	ctx := context.Background()
	for _, rt := range realTokens {
		t.Run(rt.name, func(t *testing.T) {
			raw := readTestdata(t, rt.file)
			res, err := VerifyToken(ctx, ccaEvidence(raw), testOpts(t))
			if err != nil {
				t.Fatal(err)
			}
			c := res.Claims
			if c.Kind != attest.KindCCA || c.Format != attest.FormatCCA {
				t.Errorf("kind %v format %q", c.Kind, c.Format)
			}
			if got := hex.EncodeToString(c.Measurement); got != rt.rim {
				t.Errorf("measurement %s, want RIM %s", got, rt.rim)
			}
			if len(c.RTMRs) != 4 {
				t.Errorf("%d REMs", len(c.RTMRs))
			}
			if res.Token.Realm.HashAlgID != rt.hashAlg {
				t.Errorf("realm hash %q", res.Token.Realm.HashAlgID)
			}
			if c.Debug || res.Token.Platform.LifecycleState() != LifecycleSecured || res.Token.Platform.Lifecycle != 0x3003 {
				t.Errorf("debug %v lifecycle %#x (%v)", c.Debug, res.Token.Platform.Lifecycle, res.Token.Platform.LifecycleState())
			}
			if c.ReportData != res.Token.Realm.Challenge {
				t.Error("report data is not the realm challenge")
			}
			if rt.challenge != 0 && !bytes.Equal(c.ReportData[:], bytes.Repeat([]byte{rt.challenge}, 64)) {
				t.Errorf("report data %x", c.ReportData)
			}
			if c.TCB != attest.TCBUnknown || !c.NotBefore.IsZero() || !c.NotAfter.IsZero() {
				t.Errorf("TCB %q window %v..%v", c.TCB, c.NotBefore, c.NotAfter)
			}
			// The verifier returns the same through every entry point.
			c2, err := NewVerifier(testOpts(t)).Verify(ctx, ccaEvidence(raw))
			if err != nil || !bytes.Equal(c2.Measurement, c.Measurement) {
				t.Fatalf("NewVerifier: %v", err)
			}
		})
	}
}

// TestRealTokensTrustAnchorStore verifies the tokens with the sources'
// trust-anchor stores, which bind the CPAK to implementation and instance IDs.
func TestRealTokensTrustAnchorStore(t *testing.T) {
	for _, f := range []string{"trustee-tastore.json", "rustccatoken-ta-tfa.json"} {
		keys, err := ParsePlatformKeys(readTestdata(t, f))
		if err != nil {
			t.Fatal(err)
		}
		if len(keys) != 1 || len(keys[0].InstanceID) != 33 || !keys[0].Key.Equal(testCPAK(t)) {
			t.Fatalf("%s: %+v", f, keys)
		}
		for _, rt := range realTokens {
			if _, err := Verify(context.Background(), ccaEvidence(readTestdata(t, rt.file)), Options{TrustedPlatformKeys: keys}); err != nil {
				t.Errorf("%s with %s: %v", rt.name, f, err)
			}
		}
	}
}

func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0x01
	return c
}

// offsetOf returns the offset of the unique occurrence of sub in b.
func offsetOf(t *testing.T, b, sub []byte) int {
	t.Helper()
	i := bytes.Index(b, sub)
	if i < 0 || bytes.Index(b[i+1:], sub) >= 0 {
		t.Fatalf("%x is not unique in the token", sub)
	}
	return i
}

// TestRealTokensTampered flips bytes of the real tokens: each signature,
// each token's claims, the RAK, the platform's RAK hash. Every flip must
// fail with the sentinel of the check it breaks.
func TestRealTokensTampered(t *testing.T) {
	ctx := context.Background()
	for _, rt := range realTokens {
		raw := readTestdata(t, rt.file)
		tok, err := ParseToken(raw)
		if err != nil {
			t.Fatal(err)
		}
		at := func(sub []byte) int { return offsetOf(t, raw, sub) }
		swAt := at([]byte{0x19, 0x09, 0x5f}) // the software components label, 2399
		cases := []struct {
			name string
			off  int
			want error
		}{
			{"platform signature first byte", at(tok.platform.signature), attest.ErrSignature},
			{"platform signature last byte", at(tok.platform.signature) + len(tok.platform.signature) - 1, attest.ErrSignature},
			{"realm signature", at(tok.realm.signature) + 7, attest.ErrSignature},
			{"platform RAK hash (challenge)", at(tok.Platform.Challenge) + 3, attest.ErrSignature},
			{"platform implementation ID", at(tok.Platform.ImplementationID) + 31, attest.ErrSignature},
			{"platform lifecycle", at([]byte{0x19, 0x09, 0x5b, 0x19, 0x30, 0x03}) + 5, attest.ErrSignature},
			{"platform software component", swAt + bytes.Index(raw[swAt:], tok.Platform.SoftwareComponents[0].Measurement) + 1, attest.ErrSignature},
			{"platform verification service", at([]byte(tok.Platform.VerificationService)) + 4, attest.ErrSignature},
			{"realm challenge", at(tok.Realm.Challenge[:]) + 63, attest.ErrSignature},
			{"realm RIM", at([]byte{0x19, 0xac, 0xce}) + 3 + 2 + 5, attest.ErrSignature}, // label, bstr head, into the digest
			// A flipped coordinate is off the curve: no key at all.
			{"realm RAK x coordinate", at(tok.Realm.PublicKey) + 10, attest.ErrMalformed},
			// Both headers are {1: -35}; the realm token comes second.
			{"realm protected header alg encoding", bytes.LastIndex(raw, tok.realm.protected) + 2, attest.ErrMalformed},
			{"realm protected header alg ES384 to ES512", bytes.LastIndex(raw, tok.realm.protected) + 3, attest.ErrSignature},
		}
		for _, tc := range cases {
			t.Run(rt.name+"/"+tc.name, func(t *testing.T) {
				_, err := Verify(ctx, ccaEvidence(flip(raw, tc.off)), testOpts(t))
				if !errors.Is(err, tc.want) {
					t.Fatalf("got %v, want %v", err, tc.want)
				}
			})
		}
		// Every single-bit flip anywhere fails with a typed error: none
		// is accepted, none panics.
		t.Run(rt.name+"/every byte", func(t *testing.T) {
			opts := testOpts(t)
			v := NewVerifier(opts)
			step := 1
			if testing.Short() {
				step = 13 // two ECDSA verifications per flip add up
			}
			for i := 0; i < len(raw); i += step {
				_, err := v.Verify(ctx, ccaEvidence(flip(raw, i)))
				if err == nil {
					t.Fatalf("flip at %d accepted", i)
				}
				if !isSentinel(err) {
					t.Fatalf("flip at %d: untyped error %v", i, err)
				}
			}
		})
	}
}

func TestRealTokensWrongCPAK(t *testing.T) {
	ctx := context.Background()
	raw := readTestdata(t, realTokens[0].file)
	other, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := ParseToken(raw)
	otherInstance := bytes.Clone(tok.Platform.InstanceID)
	otherInstance[32] ^= 1
	p256, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	now := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	cases := []struct {
		name string
		keys []PlatformKey
		want error
	}{
		{"another P-384 key", []PlatformKey{{Key: &other.PublicKey}}, attest.ErrSignature},
		{"a P-256 key (ES384 token)", []PlatformKey{{Key: &p256.PublicKey}}, attest.ErrSignature},
		{"the CPAK endorsed for another instance", []PlatformKey{{Key: testCPAK(t), InstanceID: otherInstance}}, attest.ErrUnknownRoot},
		{"the CPAK endorsed for another implementation", []PlatformKey{{Key: testCPAK(t), ImplementationID: make([]byte, 32)}}, attest.ErrUnknownRoot},
		{"another key for this instance", []PlatformKey{{Key: &other.PublicKey, InstanceID: tok.Platform.InstanceID}}, attest.ErrSignature},
		{"the CPAK, endorsement ended", []PlatformKey{{Key: testCPAK(t), NotAfter: now.Add(-time.Second)}}, attest.ErrExpired},
		{"the CPAK, endorsement not yet begun", []PlatformKey{{Key: testCPAK(t), NotBefore: now.Add(time.Second)}}, attest.ErrExpired},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(ctx, ccaEvidence(raw), Options{TrustedPlatformKeys: tc.keys, Now: clock})
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	// A wrong key beside the right one does not matter, and the
	// endorsement window becomes the claims' window.
	nb, na := now.Add(-time.Hour), now.Add(time.Hour)
	c, err := Verify(ctx, ccaEvidence(raw), Options{Now: clock, TrustedPlatformKeys: []PlatformKey{
		{Key: &other.PublicKey}, {Key: testCPAK(t), InstanceID: tok.Platform.InstanceID, NotBefore: nb, NotAfter: na}}})
	if err != nil {
		t.Fatal(err)
	}
	if !c.NotBefore.Equal(nb) || !c.NotAfter.Equal(na) {
		t.Errorf("window %v..%v", c.NotBefore, c.NotAfter)
	}
}

func TestEnvelopeAndOptions(t *testing.T) {
	ctx := context.Background()
	raw := readTestdata(t, realTokens[1].file)
	cases := []struct {
		name string
		ev   attest.Evidence
		opts Options
		want error
	}{
		{"wrong format", attest.Evidence{Format: attest.FormatTDX, Raw: raw}, testOpts(t), attest.ErrUnknownFormat},
		{"empty", attest.Evidence{Format: attest.FormatCCA}, testOpts(t), attest.ErrMalformed},
		{"collateral", attest.Evidence{Format: attest.FormatCCA, Raw: raw, Collateral: []byte{1}}, testOpts(t), attest.ErrMalformed},
		{"trailing byte", ccaEvidence(append(bytes.Clone(raw), 0)), testOpts(t), attest.ErrMalformed},
		{"truncated", ccaEvidence(raw[:len(raw)-1]), testOpts(t), attest.ErrMalformed},
		{"too large", ccaEvidence(make([]byte, MaxTokenSize+1)), testOpts(t), attest.ErrMalformed},
		{"no keys", ccaEvidence(raw), Options{}, attest.ErrConfig},
		{"nil key", ccaEvidence(raw), Options{TrustedPlatformKeys: []PlatformKey{{}}}, ErrInvalidOptions},
		{"short instance ID", ccaEvidence(raw), Options{TrustedPlatformKeys: []PlatformKey{{Key: testCPAK(t), InstanceID: []byte{1}}}}, ErrInvalidOptions},
		{"inverted window", ccaEvidence(raw), Options{TrustedPlatformKeys: []PlatformKey{{Key: testCPAK(t), NotBefore: time.Unix(2, 0), NotAfter: time.Unix(1, 0)}}}, ErrInvalidOptions},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Verify(ctx, tc.ev, tc.opts); !errors.Is(err, tc.want) {
				t.Fatalf("Verify: got %v, want %v", err, tc.want)
			}
			if _, err := NewVerifier(tc.opts).Verify(ctx, tc.ev); !errors.Is(err, tc.want) {
				t.Fatalf("NewVerifier: got %v, want %v", err, tc.want)
			}
		})
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Verify(cctx, ccaEvidence(raw), testOpts(t)); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled context: %v", err)
	}
	// Options are copied: changing the caller's key afterwards changes
	// nothing.
	k := *testCPAK(t)
	v := NewVerifier(Options{TrustedPlatformKeys: []PlatformKey{{Key: &k}}})
	k.X.SetInt64(1)
	if _, err := v.Verify(ctx, ccaEvidence(raw)); err != nil {
		t.Fatalf("verifier changed by caller's key: %v", err)
	}
	if _, err := Verify(ctx, ccaEvidence(raw), Options{TrustedPlatformKeys: []PlatformKey{{Key: &ecdsa.PublicKey{Curve: elliptic.P384()}}}}); !errors.Is(err, ErrInvalidOptions) {
		t.Fatalf("key without coordinates: %v", err)
	}
	if _, err := Verify(ctx, ccaEvidence(raw), Options{TrustedPlatformKeys: []PlatformKey{{Key: &k}}}); !errors.Is(err, ErrInvalidOptions) {
		t.Fatalf("key off the curve: %v", err)
	}
}

var sentinels = []error{
	attest.ErrMalformed, attest.ErrSignature, attest.ErrUnknownRoot, attest.ErrExpired,
	attest.ErrKeyBinding, attest.ErrUnknownFormat, attest.ErrConfig,
}

func isSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}
