package sevsnp

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/verify/testdata"
	"github.com/google/go-sev-guest/verify/trust"

	"github.com/teerollup/teerollup/attest"
)

// Real evidence: go-sev-guest v0.15.0 ships, in the importable package
// verify/testdata, an attestation report (v2, 1184 bytes) from a production
// AMD EPYC Milan (B0) machine, launched without an ID block and with the
// debug policy bit set, with REPORT_DATA 01 02 03 04 05 00.., and the VCEK
// certificate the AMD KDS issued for that chip and TCB (valid 2022-09-24 to
// 2029-09-24). The ASK and ARK come from go-sev-guest's embedded copy of the
// KDS Milan cert_chain (verify/trust).

// Offsets into an SEV-SNP attestation report (SEV-SNP firmware ABI,
// ATTESTATION_REPORT).
const (
	offPolicy      = 0x08
	offSignerInfo  = 0x48
	offReportData  = 0x50
	offMeasurement = 0x90
	offSignature   = 0x2A0
	policyDebugBit = 19
)

var fixtureTime = time.Date(2023, time.January, 1, 0, 0, 0, 0, time.UTC)

func at(t time.Time) func() time.Time { return func() time.Time { return t } }

func fixtureReport() []byte { return bytes.Clone(testdata.AttestationBytes) }

func milanASKARK(t testing.TB) (ask, ark []byte) {
	t.Helper()
	ask, ark, err := kds.ParseProductCertChain(trust.AskArkMilanVcekBytes)
	if err != nil {
		t.Fatal(err)
	}
	return ask, ark
}

// fixtureTables are certificate tables as hosts provision them: the VCEK
// alone, or the VCEK with the ASK and ARK.
func fixtureTables(t testing.TB) map[string][]byte {
	ask, ark := milanASKARK(t)
	return map[string][]byte{
		"VCEK only":         Certificates{VCEK: bytes.Clone(testdata.VcekBytes)}.Marshal(),
		"VCEK with ASK/ARK": Certificates{VCEK: bytes.Clone(testdata.VcekBytes), ASK: ask, ARK: ark}.Marshal(),
	}
}

func fixtureVCEK(t testing.TB) *x509.Certificate {
	c, err := x509.ParseCertificate(testdata.VcekBytes)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var allSentinels = []error{
	attest.ErrUnsupported, attest.ErrUnknownFormat, attest.ErrMalformed, attest.ErrSignature,
	attest.ErrCertChain, attest.ErrUnknownRoot, attest.ErrExpired, attest.ErrRevoked,
	attest.ErrKeyBinding, attest.ErrReportData, attest.ErrDebug, attest.ErrMeasurement,
	attest.ErrTCB, attest.ErrStale, attest.ErrSimulated, attest.ErrKind,
}

func wantOnly(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error = %v, want %v", err, want)
	}
	for _, s := range allSentinels {
		if s != want && errors.Is(err, s) {
			t.Fatalf("error = %v also matches %v", err, s)
		}
	}
}

func unrelatedRoot(t testing.TB) *x509.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "Unrelated Test Root"},
		NotBefore:             time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func flip(off int, mask byte) func([]byte) []byte {
	return func(b []byte) []byte {
		b = bytes.Clone(b)
		b[off] ^= mask
		return b
	}
}

func TestVerifyRealReport(t *testing.T) {
	raw := fixtureReport()
	vcek := fixtureVCEK(t)
	for name, table := range fixtureTables(t) {
		t.Run(name, func(t *testing.T) {
			ev := attest.Evidence{Format: attest.FormatSEVSNP, Raw: raw, Collateral: table}
			claims, err := Verify(context.Background(), ev, Options{Now: at(fixtureTime)})
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if claims.Kind != attest.KindSEVSNP || claims.Format != attest.FormatSEVSNP || claims.Simulated {
				t.Errorf("kind/format = %v/%v", claims.Kind, claims.Format)
			}
			if !bytes.Equal(claims.Measurement, raw[offMeasurement:offMeasurement+48]) {
				t.Errorf("Measurement = %x", claims.Measurement)
			}
			if claims.Signer != nil {
				t.Errorf("Signer = %x for a VM launched without an ID block", claims.Signer)
			}
			if len(claims.RTMRs) != 0 {
				t.Errorf("RTMRs on SEV-SNP: %d", len(claims.RTMRs))
			}
			var wantRD [attest.ReportDataSize]byte
			copy(wantRD[:], []byte{1, 2, 3, 4, 5})
			if claims.ReportData != wantRD {
				t.Errorf("ReportData = %x", claims.ReportData)
			}
			if !claims.Debug {
				t.Error("the fixture's policy allows debugging (bit 19) but Debug is false")
			}
			// REPORTED_TCB: blSPL=2 teeSPL=0 snpSPL=5 ucodeSPL=68 (the KDS URL of its VCEK).
			if claims.SVN != 5 {
				t.Errorf("SVN = %d, want the SNP SPL 5", claims.SVN)
			}
			if claims.TCB != attest.TCBUnknown {
				t.Errorf("TCB = %q", claims.TCB)
			}
			// The ASK and ARK outlive the VCEK: the window is the VCEK's.
			if !claims.NotBefore.Equal(vcek.NotBefore) || !claims.NotAfter.Equal(vcek.NotAfter) {
				t.Errorf("window %v..%v, want %v..%v", claims.NotBefore, claims.NotAfter, vcek.NotBefore, vcek.NotAfter)
			}
			if _, err := NewVerifier(Options{Now: at(fixtureTime)}).Verify(context.Background(), ev); err != nil {
				t.Fatalf("Verifier.Verify: %v", err)
			}
		})
	}
}

func TestVerifyRejects(t *testing.T) {
	vcek := fixtureVCEK(t)
	ask, ark := milanASKARK(t)
	genoa := trust.DefaultRootCerts["Genoa"].ProductCerts.Ark
	table := Certificates{VCEK: bytes.Clone(testdata.VcekBytes)}.Marshal()
	now := Options{Now: at(fixtureTime)}
	type tc struct {
		name  string
		raw   func([]byte) []byte
		table []byte
		opts  Options
		want  error
	}
	same := func(b []byte) []byte { return b }
	vcekFlipped := bytes.Clone(testdata.VcekBytes)
	vcekFlipped[len(vcekFlipped)-2] ^= 0x01 // inside the RSA-PSS signature by the ASK
	askFlipped := bytes.Clone(ask)
	askFlipped[len(askFlipped)-2] ^= 0x01
	cases := []tc{
		{name: "report data flipped", raw: flip(offReportData, 0x01), table: table, opts: now, want: attest.ErrSignature},
		{name: "measurement flipped", raw: flip(offMeasurement+7, 0x80), table: table, opts: now, want: attest.ErrSignature},
		{name: "debug bit cleared", raw: flip(offPolicy+policyDebugBit/8, 1<<(policyDebugBit%8)), table: table, opts: now, want: attest.ErrSignature},
		{name: "signature flipped", raw: flip(offSignature+5, 0x01), table: table, opts: now, want: attest.ErrSignature},
		{name: "unsigned report", raw: func(b []byte) []byte {
			b = bytes.Clone(b)
			binary.LittleEndian.PutUint32(b[offSignerInfo:], 7<<2)
			return b
		}, table: table, opts: now, want: attest.ErrSignature},
		{name: "reserved byte set", raw: flip(0x4C, 0x01), table: table, opts: now, want: attest.ErrMalformed},
		{name: "policy reserved bit cleared", raw: flip(offPolicy+2, 0x02), table: table, opts: now, want: attest.ErrMalformed},
		{name: "unknown version", raw: func(b []byte) []byte {
			b = bytes.Clone(b)
			binary.LittleEndian.PutUint32(b[0:4], 99)
			return b
		}, table: table, opts: now, want: attest.ErrMalformed},
		{name: "unknown signature algorithm", raw: flip(0x34, 0x02), table: table, opts: now, want: attest.ErrMalformed},
		{name: "truncated", raw: func(b []byte) []byte { return bytes.Clone(b[:abi.ReportSize-1]) }, table: table, opts: now, want: attest.ErrMalformed},
		{name: "report with table appended", raw: func(b []byte) []byte { return append(bytes.Clone(b), table...) }, table: table, opts: now, want: attest.ErrMalformed},
		{name: "no certificate table", raw: same, opts: now, want: attest.ErrMalformed},
		{name: "table without VCEK", raw: same, table: Certificates{ASK: ask, ARK: ark}.Marshal(), opts: now, want: attest.ErrMalformed},
		{name: "VCEK filed as VLEK", raw: same, table: Certificates{VLEK: bytes.Clone(testdata.VcekBytes)}.Marshal(), opts: now, want: attest.ErrMalformed},
		{name: "VCEK truncated", raw: same, table: Certificates{VCEK: testdata.VcekBytes[:100]}.Marshal(), opts: now, want: attest.ErrMalformed},
		{name: "table garbage", raw: same, table: []byte{1, 2, 3}, opts: now, want: attest.ErrMalformed},
		{name: "table offset overflow", raw: same, table: overflowTable(), opts: now, want: attest.ErrMalformed},
		{name: "VCEK signature flipped", raw: same, table: Certificates{VCEK: vcekFlipped}.Marshal(), opts: now, want: attest.ErrCertChain},
		{name: "corrupt ASK in table is not used", raw: same, table: Certificates{VCEK: bytes.Clone(testdata.VcekBytes), ASK: askFlipped}.Marshal(), opts: now, want: nil},
		{name: "clock past VCEK NotAfter", raw: same, table: table, opts: Options{Now: at(vcek.NotAfter.Add(time.Second))}, want: attest.ErrExpired},
		{name: "clock before VCEK NotBefore", raw: same, table: table, opts: Options{Now: at(vcek.NotBefore.Add(-time.Second))}, want: attest.ErrExpired},
		{name: "unknown root", raw: same, table: table, opts: Options{Now: at(fixtureTime), TrustedRoots: []*x509.Certificate{unrelatedRoot(t)}}, want: attest.ErrUnknownRoot},
		{name: "only the Genoa root trusted", raw: same, table: table, opts: Options{Now: at(fixtureTime), TrustedRoots: []*x509.Certificate{genoa}}, want: attest.ErrUnknownRoot},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := attest.Evidence{Format: attest.FormatSEVSNP, Raw: c.raw(fixtureReport()), Collateral: c.table}
			claims, err := Verify(context.Background(), ev, c.opts)
			if c.want == nil {
				if err != nil {
					t.Fatalf("Verify: %v", err)
				}
				return
			}
			if claims != nil {
				t.Fatalf("claims returned with error %v", err)
			}
			wantOnly(t, err, c.want)
		})
	}
}

// overflowTable has a VCEK entry whose offset+length wraps around 2^32:
// go-sev-guest's table parser slices out of range on it.
func overflowTable() []byte {
	t := make([]byte, 2*abi.CertTableEntrySize+16)
	copy(t[:16], guidVCEK[:])
	binary.LittleEndian.PutUint32(t[16:], 0xFFFFFFF0)
	binary.LittleEndian.PutUint32(t[20:], 0x20)
	return t
}

func TestVerifyEnvelope(t *testing.T) {
	raw := fixtureReport()
	table := Certificates{VCEK: bytes.Clone(testdata.VcekBytes)}.Marshal()
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name string
		ctx  context.Context
		ev   attest.Evidence
		want error
	}{
		{name: "wrong format", ctx: context.Background(), ev: attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: table}, want: attest.ErrUnknownFormat},
		{name: "empty format", ctx: context.Background(), ev: attest.Evidence{Raw: raw, Collateral: table}, want: attest.ErrMalformed},
		{name: "empty raw", ctx: context.Background(), ev: attest.Evidence{Format: attest.FormatSEVSNP, Collateral: table}, want: attest.ErrMalformed},
		{name: "canceled context", ctx: canceled, ev: attest.Evidence{Format: attest.FormatSEVSNP, Raw: raw, Collateral: table}, want: context.Canceled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Verify(c.ctx, c.ev, Options{Now: at(fixtureTime)}); !errors.Is(err, c.want) {
				t.Fatalf("error = %v, want %v", err, c.want)
			}
		})
	}
}

func TestOptions(t *testing.T) {
	ev := attest.Evidence{Format: attest.FormatSEVSNP, Raw: fixtureReport(), Collateral: Certificates{VCEK: bytes.Clone(testdata.VcekBytes)}.Marshal()}
	for _, c := range []struct {
		name string
		opts Options
	}{
		{name: "nil root", opts: Options{TrustedRoots: []*x509.Certificate{nil}}},
		{name: "non-CA root", opts: Options{TrustedRoots: []*x509.Certificate{fixtureVCEK(t)}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.opts.Validate(); !errors.Is(err, ErrInvalidOptions) {
				t.Fatalf("Validate = %v", err)
			}
			if _, err := Verify(context.Background(), ev, c.opts); !errors.Is(err, ErrInvalidOptions) {
				t.Fatalf("Verify = %v", err)
			}
			if _, err := NewVerifier(c.opts).Verify(context.Background(), ev); !errors.Is(err, ErrInvalidOptions) {
				t.Fatalf("Verifier.Verify = %v", err)
			}
		})
	}
	t.Run("not mutated", func(t *testing.T) {
		roots := DefaultRoots()
		v := NewVerifier(Options{TrustedRoots: roots, Now: at(fixtureTime)})
		for i := range roots {
			roots[i] = unrelatedRoot(t)
		}
		if _, err := v.Verify(context.Background(), ev); err != nil {
			t.Fatalf("Verify after caller changed its slice: %v", err)
		}
		if d := DefaultRoots(); d[0] == roots[0] {
			t.Fatal("DefaultRoots shares its slice")
		}
	})
	t.Run("default roots", func(t *testing.T) {
		var names []string
		for _, r := range DefaultRoots() {
			names = append(names, r.Subject.CommonName)
		}
		if len(names) != 3 || names[0] != "ARK-Milan" || names[1] != "ARK-Genoa" || names[2] != "ARK-Turin" {
			t.Fatalf("default roots %v", names)
		}
	})
}

func TestCertificatesRoundTrip(t *testing.T) {
	ask, ark := milanASKARK(t)
	in := Certificates{VCEK: bytes.Clone(testdata.VcekBytes), ASK: ask, ARK: ark, VLEK: []byte{1, 2, 3}}
	out, err := ParseCertificates(in.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.VCEK, in.VCEK) || !bytes.Equal(out.ASK, in.ASK) || !bytes.Equal(out.ARK, in.ARK) || !bytes.Equal(out.VLEK, in.VLEK) {
		t.Fatal("round trip changed the table")
	}
	if Certificates.Marshal(Certificates{}) != nil {
		t.Fatal("empty table is not nil")
	}
	dup := Certificates{VCEK: in.VCEK}.Marshal()
	dup2 := make([]byte, 0, len(dup)*2)
	// Two VCEK entries pointing at the same certificate.
	hdr := make([]byte, 3*abi.CertTableEntrySize)
	copy(hdr, dup[:abi.CertTableEntrySize])
	copy(hdr[abi.CertTableEntrySize:], dup[:abi.CertTableEntrySize])
	off := uint32(len(hdr))
	binary.LittleEndian.PutUint32(hdr[16:], off)
	binary.LittleEndian.PutUint32(hdr[abi.CertTableEntrySize+16:], off)
	dup2 = append(append(dup2, hdr...), in.VCEK...)
	if _, err := ParseCertificates(dup2); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("duplicate entry: %v", err)
	}
}

func TestBinding(t *testing.T) {
	raw := fixtureReport()
	report, info, err := parseReport(raw)
	if err != nil {
		t.Fatal(err)
	}
	exts, err := parseKDSExtensions(fixtureVCEK(t), abi.VcekReportSigner)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkBinding(report, info, exts, "Milan"); err != nil {
		t.Fatalf("real report and VCEK: %v", err)
	}
	fresh := func() *spb.Report {
		r, _, err := parseReport(raw)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	// A VCEK for another TCB or another chip is not this report's key.
	other := fresh()
	other.ReportedTcb ^= 1 << 48 // SNP SPL
	wantOnly(t, checkBinding(other, info, exts, "Milan"), attest.ErrKeyBinding)
	other = fresh()
	other.ChipId[0] ^= 1
	wantOnly(t, checkBinding(other, info, exts, "Milan"), attest.ErrKeyBinding)
	masked := info
	masked.MaskChipKey = true
	if err := checkBinding(other, masked, exts, "Milan"); err != nil {
		t.Fatalf("masked CHIP_ID: %v", err)
	}
}

func TestSplitTCB(t *testing.T) {
	// Milan/Genoa: BOOT_LOADER, TEE, reserved[4], SNP, MICROCODE.
	if got := splitTCB(0x4405000000000002, "Milan"); got != (tcbParts{bl: 2, tee: 0, snp: 5, ucode: 0x44}) {
		t.Fatalf("Milan %+v", got)
	}
	// Turin: FMC, BOOT_LOADER, TEE, SNP, reserved[3], MICROCODE.
	if got := splitTCB(0x4800000016030901, "Turin"); got != (tcbParts{fmc: 1, hasFMC: true, bl: 9, tee: 3, snp: 0x16, ucode: 0x48}) {
		t.Fatalf("Turin %+v", got)
	}
}

func TestClaimsSigner(t *testing.T) {
	r, info, err := parseReport(fixtureReport())
	if err != nil {
		t.Fatal(err)
	}
	r.IdKeyDigest = bytes.Repeat([]byte{0x11}, 48)
	r.AuthorKeyDigest = bytes.Repeat([]byte{0x22}, 48)
	if got := claimsFromReport(r, info, "Milan", time.Time{}, time.Time{}).Signer; !bytes.Equal(got, r.IdKeyDigest) {
		t.Fatalf("without AUTHOR_KEY_EN Signer = %x, want ID_KEY_DIGEST", got)
	}
	info.AuthorKeyEn = true
	if got := claimsFromReport(r, info, "Milan", time.Time{}, time.Time{}).Signer; !bytes.Equal(got, r.AuthorKeyDigest) {
		t.Fatalf("with AUTHOR_KEY_EN Signer = %x, want AUTHOR_KEY_DIGEST", got)
	}
}

func TestQuoterUnsupportedHere(t *testing.T) {
	q, err := NewQuoter()
	if err != nil {
		if !errors.Is(err, attest.ErrUnsupported) {
			t.Fatalf("NewQuoter: %v, want ErrUnsupported", err)
		}
		var zero Quoter
		if _, err := zero.Quote(context.Background(), [64]byte{}); !errors.Is(err, attest.ErrUnsupported) {
			t.Fatalf("zero Quoter: %v", err)
		}
		t.Skipf("no SEV-SNP guest here: %v", err)
	}
	var rd [attest.ReportDataSize]byte
	copy(rd[:], "teerollup sevsnp quoter test")
	ev, err := q.Quote(context.Background(), rd)
	if err != nil {
		t.Fatalf("Quote: %v", err)
	}
	if len(ev.Raw) != abi.ReportSize {
		t.Fatalf("report of %d bytes", len(ev.Raw))
	}
	if len(ev.Collateral) == 0 {
		t.Skip("host provisioned no certificates; cannot verify offline")
	}
	claims, err := Verify(context.Background(), ev, Options{})
	if err != nil {
		t.Fatalf("Verify own report: %v", err)
	}
	if claims.ReportData != rd {
		t.Fatalf("report data = %x", claims.ReportData)
	}
}

func BenchmarkVerify(b *testing.B) {
	ev := attest.Evidence{Format: attest.FormatSEVSNP, Raw: fixtureReport(), Collateral: Certificates{VCEK: bytes.Clone(testdata.VcekBytes)}.Marshal()}
	v := NewVerifier(Options{Now: at(fixtureTime)})
	ctx := context.Background()
	for b.Loop() {
		if _, err := v.Verify(ctx, ev); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

func TestVerifierConcurrent(t *testing.T) {
	ev := attest.Evidence{Format: attest.FormatSEVSNP, Raw: fixtureReport(), Collateral: Certificates{VCEK: bytes.Clone(testdata.VcekBytes)}.Marshal()}
	v := NewVerifier(Options{Now: at(fixtureTime)})
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			_, err := v.Verify(context.Background(), ev)
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
