package csv

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/attest"
)

func TestSyntheticEndToEnd(t *testing.T) {
	p := newSynthPKI(t)
	ctx := context.Background()
	for _, version := range []int{1, 2, 3} {
		for _, restored := range []bool{false, true} {
			t.Run(fmt.Sprintf("v%d/restored=%v", version, restored), func(t *testing.T) {
				rp := defaultParams(version)
				rp.restored = restored
				r, err := VerifyReport(ctx, p.evidence(t, rp), Options{TrustedRoots: p.roots})
				if err != nil {
					t.Fatal(err)
				}
				c := r.Claims
				if c.Kind != attest.KindCSV || c.Format != attest.FormatCSV || c.Debug ||
					!bytes.Equal(c.Measurement, rp.measurement[:]) || c.ReportData != rp.reportData {
					t.Fatalf("claims %+v", c)
				}
				if r.Report.Version != version || r.Report.ChipID != "SYNTH0001" || r.Report.Policy != rp.policy {
					t.Fatalf("report %+v", r.Report)
				}
				wantBuild := rp.build
				if version == 1 {
					wantBuild = 0
				}
				if c.SVN != FirmwareVersion(1, 3, wantBuild) {
					t.Fatalf("SVN %#x", c.SVN)
				}
				if version > 1 && (len(c.RTMRs) != 5 || !bytes.Equal(c.RTMRs[0], rp.measurement[:])) {
					t.Fatalf("RTMRs %x", c.RTMRs)
				}
				if version == 1 && c.RTMRs != nil {
					t.Fatalf("version 1 RTMRs %x", c.RTMRs)
				}
				if version == 3 && string(bytes.TrimRight(r.Report.HostData[:], "\x00")) != "host data" {
					t.Fatalf("host data %q", r.Report.HostData)
				}
			})
		}
	}
}

// TestSyntheticBinding: an enclave binds its key through the report data
// exactly as on the other backends.
func TestSyntheticBinding(t *testing.T) {
	p := newSynthPKI(t)
	d := attest.Domain{ChainID: big.NewInt(1), Manager: common.HexToAddress("0x1000000000000000000000000000000000000001")}
	enclave := common.HexToAddress("0x2000000000000000000000000000000000000002")
	for _, version := range []int{1, 2, 3} {
		rp := defaultParams(version)
		rp.reportData = attest.BindingReportData(d, enclave)
		c, err := NewVerifier(Options{TrustedRoots: p.roots}).Verify(context.Background(), p.evidence(t, rp))
		if err != nil {
			t.Fatal(err)
		}
		if err := attest.CheckBinding(c, d, enclave); err != nil {
			t.Fatalf("v%d: %v", version, err)
		}
		if err := attest.CheckBinding(c, d, common.HexToAddress("0x3")); !errors.Is(err, attest.ErrReportData) {
			t.Fatalf("v%d other enclave: %v", version, err)
		}
	}
}

func TestSyntheticDebugRefusedByPolicy(t *testing.T) {
	p := newSynthPKI(t)
	rp := defaultParams(2)
	rp.policy &^= 1 // NODBG clear: the host may debug the guest
	c, err := Verify(context.Background(), p.evidence(t, rp), Options{TrustedRoots: p.roots})
	if err != nil {
		t.Fatal(err)
	}
	if !c.Debug {
		t.Fatal("debug guest not reported as debug")
	}
	pol := attest.Policy{AnyMeasurement: true, Kinds: []attest.Kind{attest.KindCSV}}
	if err := pol.Check(c, time.Now()); !errors.Is(err, attest.ErrDebug) {
		t.Fatalf("policy on a debug guest: %v, want ErrDebug", err)
	}
}

func TestSyntheticFailures(t *testing.T) {
	p := newSynthPKI(t)
	other := newSynthPKI(t) // the same shapes under unrelated keys
	ctx := context.Background()
	opts := Options{TrustedRoots: p.roots}
	good := defaultParams(1)

	withChain := func(hsk, cek []byte, rp reportParams, pek *testKey, pekCert []byte) attest.Evidence {
		magic, flags, body := p.report(t, rp, pek, pekCert)
		ev, err := NewEvidence(Evidence{ReportMagic: magic, ReportFlags: flags, Report: body, HSKCEK: append(append([]byte(nil), hsk...), cek...)})
		if err != nil {
			t.Fatal(err)
		}
		return ev
	}
	// An HSK that names the trusted HRK but is signed by another key.
	forgedHSK := caCert(t, p.hsk, [16]byte{4, 5, 6}, [16]byte{1, 2, 3}, other.hrk)
	// A PEK signed by another chip's CEK.
	otherPEK := csvCert(t, p.pek, other.cek, nil)
	pinned := good
	pinned.reportData[63] = 1

	cases := []struct {
		name string
		ev   attest.Evidence
		opts Options
		want error
	}{
		{"default roots do not trust the test HRK", p.evidence(t, good), Options{}, attest.ErrUnknownRoot},
		{"another HRK is not trusted", p.evidence(t, good), Options{TrustedRoots: []*CACertificate{mustCA(t, caCert(t, other.hrk, [16]byte{9}, [16]byte{9}, other.hrk))}}, attest.ErrUnknownRoot},
		{"a trusted HRK's key ID on another key", p.evidence(t, good), Options{TrustedRoots: other.roots}, attest.ErrCertChain},
		{"HSK not signed by the HRK", withChain(forgedHSK, p.cekCert, good, p.pek, p.pekCert), opts, attest.ErrCertChain},
		{"CEK not signed by the HSK", withChain(p.hskCert, other.cekCert, good, p.pek, p.pekCert), opts, attest.ErrCertChain},
		{"PEK not signed by the CEK", withChain(p.hskCert, p.cekCert, good, p.pek, otherPEK), opts, attest.ErrCertChain},
		{"report not signed by the PEK", withChain(p.hskCert, p.cekCert, good, other.pek, p.pekCert), opts, attest.ErrSignature},
		{"v1 report data does not pin the anonce", p.evidence(t, pinned), opts, attest.ErrSignature},
		{"wrong format", attest.Evidence{Format: attest.FormatTDX, Raw: p.evidence(t, good).Raw}, opts, attest.ErrUnknownFormat},
		{"collateral", attest.Evidence{Format: attest.FormatCSV, Raw: p.evidence(t, good).Raw, Collateral: []byte{1}}, opts, attest.ErrMalformed},
		{"empty", attest.Evidence{Format: attest.FormatCSV}, opts, attest.ErrMalformed},
		{"root not self-signed", p.evidence(t, good), Options{TrustedRoots: []*CACertificate{mustCA(t, caCert(t, p.hrk, [16]byte{1, 2, 3}, [16]byte{1, 2, 3}, other.hrk))}}, attest.ErrConfig},
		{"root is an HSK", p.evidence(t, good), Options{TrustedRoots: []*CACertificate{mustCA(t, p.hskCert)}}, attest.ErrConfig},
		{"nil root", p.evidence(t, good), Options{TrustedRoots: []*CACertificate{nil}}, attest.ErrConfig},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(ctx, tc.ev, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			_, err = NewVerifier(tc.opts).Verify(ctx, tc.ev)
			if !errors.Is(err, tc.want) {
				t.Fatalf("verifier: got %v, want %v", err, tc.want)
			}
		})
	}
}

func mustCA(tb testing.TB, b []byte) *CACertificate {
	tb.Helper()
	c, err := ParseCACertificate(b)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Verify(ctx, realEvidence(t), Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
}

func TestEvidenceRoundTrip(t *testing.T) {
	ev := realEvidence(t)
	e, err := ParseEvidence(ev.Raw)
	if err != nil {
		t.Fatal(err)
	}
	again, err := e.Encode()
	if err != nil || !bytes.Equal(again, ev.Raw) {
		t.Fatalf("re-encoding differs (%v)", err)
	}
	if _, err := (Evidence{Report: []byte{1}, HSKCEK: []byte{1}}).Encode(); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("short bundle: %v", err)
	}
	if _, err := (Evidence{HSKCEK: make([]byte, HSKCEKSize)}).Encode(); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("empty report: %v", err)
	}
	for _, n := range []int{0, 1, len(ev.Raw) - 1} {
		if _, err := ParseEvidence(ev.Raw[:n]); !errors.Is(err, attest.ErrMalformed) {
			t.Fatalf("truncated to %d: %v", n, err)
		}
	}
	if _, err := ParseEvidence(append(bytes.Clone(ev.Raw), 0)); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("trailing byte: %v", err)
	}
}

func TestQuoterUnsupported(t *testing.T) {
	if _, err := NewQuoter(make([]byte, 3)); !errors.Is(err, attest.ErrConfig) {
		t.Fatalf("short bundle: %v", err)
	}
	var q *Quoter
	if _, err := q.Quote(context.Background(), [64]byte{}); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("nil quoter: %v", err)
	}
}

func TestRegistryAndDefaultRoots(t *testing.T) {
	reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatCSV: NewVerifier(Options{})})
	if err != nil {
		t.Fatal(err)
	}
	c, err := reg.Verify(context.Background(), realEvidence(t))
	if err != nil || c.Kind != attest.KindCSV || c.Format != attest.FormatCSV {
		t.Fatalf("registry: %+v, %v", c, err)
	}
	a, b := DefaultRoots(), DefaultRoots()
	a[0].KeyID[0] ^= 1
	if b[0].KeyID == a[0].KeyID || CheckRoot(b[0]) != nil {
		t.Fatal("DefaultRoots shares state between calls")
	}
	if err := (Options{TrustedRoots: b}).Validate(); err != nil {
		t.Fatal(err)
	}
}
