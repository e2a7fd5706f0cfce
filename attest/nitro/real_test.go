package nitro

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// Real evidence (testdata/, copied from ../shared/testdata/nitro, sources in
// its README-more-evidence.md and testdata/README.md): three attestation
// documents produced by AWS Nitro hardware, each valid only during the
// roughly three hours its leaf certificate lives.
type realDoc struct {
	file  string
	ts    time.Time // the document's own timestamp
	exp   time.Time // its leaf certificate's NotAfter
	debug bool
}

var realDocs = []realDoc{
	{"evervault-valid-2022-10-13.cbor", time.Date(2022, 10, 13, 8, 58, 2, 136e6, time.UTC), time.Date(2022, 10, 13, 11, 58, 2, 0, time.UTC), false},
	{"evervault-debug-2022-10-12.cbor", time.Date(2022, 10, 12, 13, 50, 6, 81e6, time.UTC), time.Date(2022, 10, 12, 16, 49, 54, 0, time.UTC), true},
	{"sparsity-debug-2024-08-16.cbor", time.Date(2024, 8, 16, 9, 11, 49, 167e6, time.UTC), time.Date(2024, 8, 16, 12, 11, 49, 0, time.UTC), true},
}

func readDoc(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func at(t time.Time) func() time.Time { return func() time.Time { return t } }

func evidence(raw []byte) attest.Evidence {
	return attest.Evidence{Format: attest.FormatNitro, Raw: raw}
}

// nitroPolicy is the policy a deployment would write, before choosing
// measurements: Nitro only, no TCB collateral exists for it.
func nitroPolicy() attest.Policy {
	return attest.Policy{AnyMeasurement: true, Kinds: []attest.Kind{attest.KindNitro}, AllowUnknownTCB: true}
}

func TestRootG1(t *testing.T) {
	roots := DefaultRoots()
	if len(roots) != 1 {
		t.Fatalf("%d default roots", len(roots))
	}
	r := roots[0]
	if got := sha256.Sum256(r.Raw); hex.EncodeToString(got[:]) != RootG1SHA256 {
		t.Fatalf("embedded root fingerprint %x", got)
	}
	if r.Subject.CommonName != "aws.nitro-enclaves" || !r.IsCA || r.CheckSignatureFrom(r) != nil {
		t.Fatalf("embedded root is not the self-signed aws.nitro-enclaves CA: %v", r.Subject)
	}
	// Every real document's cabundle starts with exactly this certificate.
	for _, d := range realDocs {
		doc, err := ParseDocument(readDoc(t, d.file))
		if err != nil {
			t.Fatal(d.file, err)
		}
		if !doc.CABundle[0].Equal(r) {
			got := sha256.Sum256(doc.CABundle[0].Raw)
			t.Errorf("%s: cabundle root fingerprint %x, want %s", d.file, got, RootG1SHA256)
		}
	}
	// Fresh copies: changing one does not change the next.
	roots[0].Raw[0] ^= 1
	if DefaultRoots()[0].Raw[0] == roots[0].Raw[0] {
		t.Fatal("DefaultRoots shares its certificate")
	}
}

func TestRealDocuments(t *testing.T) {
	ctx := context.Background()
	for _, d := range realDocs {
		t.Run(d.file, func(t *testing.T) {
			raw := readDoc(t, d.file)
			r, err := VerifyDocument(ctx, evidence(raw), Options{Now: at(d.ts)})
			if err != nil {
				t.Fatal(err)
			}
			c := r.Claims
			if c.Kind != attest.KindNitro || c.Format != attest.FormatNitro || c.Simulated {
				t.Errorf("kind %v format %q simulated %v", c.Kind, c.Format, c.Simulated)
			}
			if c.Debug != d.debug {
				t.Errorf("debug %v, want %v", c.Debug, d.debug)
			}
			doc := r.Document
			want := append(append(append([]byte(nil), doc.PCR(0)...), doc.PCR(1)...), doc.PCR(2)...)
			if !bytes.Equal(c.Measurement, want) || len(c.Measurement) != 3*PCRSize {
				t.Errorf("measurement %x", c.Measurement)
			}
			if !r.Timestamp.Equal(d.ts) || !c.NotBefore.Equal(d.ts) {
				t.Errorf("timestamp %v, NotBefore %v, want %v", r.Timestamp, c.NotBefore, d.ts)
			}
			if !r.NotAfter.Equal(d.exp) || !c.NotAfter.Equal(d.exp) || !r.Chain[0].NotAfter.Equal(d.exp) {
				t.Errorf("NotAfter %v / %v, want the leaf's %v", r.NotAfter, c.NotAfter, d.exp)
			}
			if !r.VerifiedAt.Equal(d.ts) {
				t.Errorf("VerifiedAt %v", r.VerifiedAt)
			}
			if len(r.Chain) != 5 || !r.Chain[4].Equal(DefaultRoots()[0]) {
				t.Errorf("chain of %d certificates", len(r.Chain))
			}
			if c.TCB != attest.TCBUnknown || c.SVN != 0 || c.ReportData != ([attest.ReportDataSize]byte{}) {
				t.Errorf("TCB %q SVN %d report data %x", c.TCB, c.SVN, c.ReportData)
			}

			// The package-level function and the Verifier agree.
			c2, err := NewVerifier(Options{Now: at(d.ts)}).Verify(ctx, evidence(raw))
			if err != nil || !bytes.Equal(c2.Measurement, c.Measurement) || c2.Debug != c.Debug {
				t.Fatalf("NewVerifier: %v", err)
			}

			// The policy a deployment writes refuses debug enclaves.
			err = nitroPolicy().Check(&c, d.ts)
			if d.debug {
				if !errors.Is(err, attest.ErrDebug) {
					t.Errorf("policy on a debug document: %v, want ErrDebug", err)
				}
				p := nitroPolicy()
				p.AllowDebug = true
				if err := p.Check(&c, d.ts); err != nil {
					t.Errorf("AllowDebug: %v", err)
				}
			} else if err != nil {
				t.Errorf("policy: %v", err)
			}
			// Pinning the measurement works with Measurement().
			p := nitroPolicy()
			p.AnyMeasurement, p.AllowDebug = false, true
			p.Measurements = [][]byte{Measurement(doc.PCR(0), doc.PCR(1), doc.PCR(2))}
			if err := p.Check(&c, d.ts); err != nil {
				t.Errorf("measurement policy: %v", err)
			}
		})
	}
}

// The evervault debug document's PCR0..2 are zero; the valid one's are
// its image's. The Signer is PCR8 (the signing certificate's hash) when the
// image was signed.
func TestRealClaimsDetail(t *testing.T) {
	r, err := VerifyDocument(context.Background(), evidence(readDoc(t, realDocs[0].file)), Options{Now: at(realDocs[0].ts)})
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(r.Claims.Measurement[:8]); got != "f4d48b81a460c991" {
		t.Errorf("PCR0 prefix %s", got)
	}
	if got := hex.EncodeToString(r.Claims.Signer); got != hex.EncodeToString(r.Document.PCR(8)) || len(r.Claims.Signer) != PCRSize {
		t.Errorf("signer %s, want PCR8", got)
	}
	if r.Document.ModuleID != "i-020b6af9246d90e92-enc0183d09086c24190" || len(r.Document.Nonce) != 256 || r.Document.UserData != nil || r.Document.PublicKey != nil {
		t.Errorf("document fields: %q nonce %d user data %x public key %x", r.Document.ModuleID, len(r.Document.Nonce), r.Document.UserData, r.Document.PublicKey)
	}
	dbg, err := VerifyDocument(context.Background(), evidence(readDoc(t, realDocs[1].file)), Options{Now: at(realDocs[1].ts)})
	if err != nil {
		t.Fatal(err)
	}
	if string(dbg.Document.UserData) != "hello, world!" || string(dbg.Document.PublicKey) != "my super secret key" || dbg.Claims.Signer != nil {
		t.Errorf("debug document: user data %q public key %q signer %x", dbg.Document.UserData, dbg.Document.PublicKey, dbg.Claims.Signer)
	}
	if !isZero(dbg.Claims.Measurement) {
		t.Errorf("debug measurement %x", dbg.Claims.Measurement)
	}
}

// Each document is valid only at its own time: before its leaf certificate,
// after its expiry, or today, it fails with ErrExpired, and a verification
// time earlier than the document's timestamp needs ClockSkew.
func TestRealDocumentTimes(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	for _, d := range realDocs {
		t.Run(d.file, func(t *testing.T) {
			raw := readDoc(t, d.file)
			doc, err := ParseDocument(raw)
			if err != nil {
				t.Fatal(err)
			}
			leafNB := doc.Certificate.NotBefore
			for name, tc := range map[string]struct {
				now  time.Time
				skew time.Duration
				ok   bool
			}{
				"at expiry":               {d.exp, 0, true},
				"just after expiry":       {d.exp.Add(time.Second), 0, false},
				"today":                   {today, 0, false},
				"year before":             {d.ts.AddDate(-1, 0, 0), 0, false},
				"before leaf":             {leafNB.Add(-time.Second), time.Hour, false},
				"before timestamp":        {d.ts.Add(-time.Millisecond), 0, false},
				"before timestamp, skew":  {d.ts.Add(-time.Millisecond), time.Second, true},
				"an hour after":           {d.ts.Add(time.Hour), 0, true},
				"before leaf, large skew": {leafNB.Add(-time.Minute), 24 * time.Hour, false},
			} {
				_, err := Verify(ctx, evidence(raw), Options{Now: at(tc.now), ClockSkew: tc.skew})
				switch {
				case tc.ok && err != nil:
					t.Errorf("%s: %v", name, err)
				case !tc.ok && !errors.Is(err, attest.ErrExpired):
					t.Errorf("%s: %v, want ErrExpired", name, err)
				}
			}
		})
	}
}

// Through an attest.Registry, as a registrar runs it: the production
// document passes the deployment's policy, the debug ones never do.
func TestRegistryPolicy(t *testing.T) {
	for _, d := range realDocs {
		reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatNitro: NewVerifier(Options{Now: at(d.ts)})})
		if err != nil {
			t.Fatal(err)
		}
		c, err := reg.VerifyPolicy(context.Background(), evidence(readDoc(t, d.file)), nitroPolicy(), d.ts)
		switch {
		case d.debug && !errors.Is(err, attest.ErrDebug):
			t.Errorf("%s: %v, want ErrDebug", d.file, err)
		case !d.debug && (err != nil || c.Kind != attest.KindNitro):
			t.Errorf("%s: %v", d.file, err)
		}
		// After the leaf expires the policy refuses the claims too,
		// whatever clock the verifier was given.
		if c != nil {
			if err := nitroPolicy().Check(c, d.exp.Add(time.Second)); !errors.Is(err, attest.ErrExpired) {
				t.Errorf("%s: policy after expiry: %v", d.file, err)
			}
		}
	}
}
