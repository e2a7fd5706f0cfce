package sevsnp

import (
	"bytes"
	"context"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-sev-guest/abi"

	"github.com/teerollup/teerollup/attest"
)

// Real evidence from microsoft/TEE-Attestation-Verification
// (tests/test_data @ 220ffb3b65bb), copied verbatim to
// ../shared/testdata/sevsnp (see README-more-evidence.md there): a Turin and
// a Genoa attestation report (v5 and v3) with the VCEK the AMD KDS issued
// for each chip and TCB and the product's ASK. The source's tests accept
// both ("turin_ok_pinned", "genoa_ok_pinned"). The Turin VCEK carries the
// FMC SPL extension 1.3.6.1.4.1.3704.1.3.9, no SPL4 and an 8-byte HWID,
// which go-sev-guest v0.15.0's KDS parser refuses.
const sharedSNP = "../../../shared/testdata/sevsnp"

// realTime is inside every certificate's validity (the VCEKs were issued
// in February 2026 and run for seven years).
var realTime = time.Date(2026, time.June, 1, 0, 0, 0, 0, time.UTC)

type realSNP struct {
	name, dir, vcek, ask string
	productLine          string
	reportedTCB          tcbParts
}

var realSNPs = []realSNP{
	{name: "Turin", dir: "mstav-turin", vcek: "turin_vcek.pem", ask: "turin_ask.pem", productLine: "Turin",
		reportedTCB: tcbParts{fmc: 1, hasFMC: true, bl: 1, tee: 1, snp: 4, ucode: 0x51}},
	{name: "Genoa", dir: "mstav-genoa", vcek: "genoa_vcek.pem", ask: "genoa_ask.pem", productLine: "Genoa",
		reportedTCB: tcbParts{bl: 0x0a, tee: 0, snp: 0x17, ucode: 0x54}},
}

func readPEM(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("shared evidence not available: %v", err)
	}
	blk, _ := pem.Decode(b)
	if blk == nil {
		t.Fatalf("%s: no PEM block", path)
	}
	return blk.Bytes
}

func (r realSNP) load(t testing.TB) (report, vcek, ask []byte) {
	t.Helper()
	dir := filepath.Join(sharedSNP, r.dir)
	report, err := os.ReadFile(filepath.Join(dir, "report.bin"))
	if err != nil {
		t.Skipf("shared evidence not available: %v", err)
	}
	return report, readPEM(t, filepath.Join(dir, r.vcek)), readPEM(t, filepath.Join(dir, r.ask))
}

func TestVerifyRealTurinGenoa(t *testing.T) {
	for _, r := range realSNPs {
		t.Run(r.name, func(t *testing.T) {
			report, vcek, ask := r.load(t)
			for name, table := range map[string][]byte{
				"VCEK only": Certificates{VCEK: vcek}.Marshal(),
				"VCEK+ASK":  Certificates{VCEK: vcek, ASK: ask}.Marshal(),
			} {
				ev := attest.Evidence{Format: attest.FormatSEVSNP, Raw: report, Collateral: table}
				claims, err := Verify(context.Background(), ev, Options{Now: at(realTime)})
				if err != nil {
					t.Fatalf("%s: Verify: %v", name, err)
				}
				if claims.Kind != attest.KindSEVSNP || !bytes.Equal(claims.Measurement, report[offMeasurement:offMeasurement+48]) {
					t.Errorf("%s: claims %+v", name, claims)
				}
				if claims.SVN != uint64(r.reportedTCB.snp) {
					t.Errorf("%s: SVN %d, want %d", name, claims.SVN, r.reportedTCB.snp)
				}
			}
			rep, _, err := parseReport(report)
			if err != nil {
				t.Fatal(err)
			}
			if got := splitTCB(rep.GetReportedTcb(), r.productLine); got != r.reportedTCB {
				t.Errorf("REPORTED_TCB %v, want %v", got, r.reportedTCB)
			}
		})
	}
}

// TestRealTurinFMC checks that the FMC level is compared: a Turin VCEK for
// another FMC SPL (or none) is not the report's key. The certificate's
// extension cannot be altered without breaking its signature, so the
// comparison is exercised on the parsed forms, and end to end by flipping
// the report's FMC byte (which the signature then also rejects).
func TestRealTurinFMC(t *testing.T) {
	r := realSNPs[0]
	report, vcekDER, _ := r.load(t)
	vcek, err := x509.ParseCertificate(vcekDER)
	if err != nil {
		t.Fatal(err)
	}
	exts, err := parseKDSExtensions(vcek, abi.VcekReportSigner)
	if err != nil {
		t.Fatal(err)
	}
	if !exts.hasSPL[splFMC] || exts.spl[splFMC] != 1 || len(exts.hwid) != turinHWIDSize || exts.productName != "Turin" {
		t.Fatalf("Turin VCEK extensions %+v", exts)
	}
	rep, info, err := parseReport(report)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkBinding(rep, info, exts, "Turin"); err != nil {
		t.Fatalf("real Turin report and VCEK: %v", err)
	}
	other := *exts
	other.spl[splFMC]++
	wantOnly(t, checkBinding(rep, info, &other, "Turin"), attest.ErrKeyBinding)
	other = *exts
	other.hasSPL[splFMC] = false
	wantOnly(t, checkBinding(rep, info, &other, "Turin"), attest.ErrKeyBinding)
	// The 8-byte Turin HWID is the first 8 bytes of CHIP_ID; the rest is zero.
	rep2, _, _ := parseReport(report)
	rep2.ChipId[0] ^= 1
	wantOnly(t, checkBinding(rep2, info, exts, "Turin"), attest.ErrKeyBinding)
	rep2, _, _ = parseReport(report)
	rep2.ChipId[abi.ChipIDSize-1] = 1
	wantOnly(t, checkBinding(rep2, info, exts, "Turin"), attest.ErrKeyBinding)
}

// TestRealTurinGenoaRejects flips bytes of the real evidence.
func TestRealTurinGenoaRejects(t *testing.T) {
	const offReportedTCB = 0x180
	for _, r := range realSNPs {
		t.Run(r.name, func(t *testing.T) {
			report, vcek, ask := r.load(t)
			other := realSNPs[1]
			if r.name == other.name {
				other = realSNPs[0]
			}
			_, otherVCEK, otherASK := other.load(t)
			vcekFlipped := bytes.Clone(vcek)
			vcekFlipped[len(vcekFlipped)-10] ^= 1 // inside the signature
			for _, tc := range []struct {
				name  string
				raw   []byte
				table []byte
				now   time.Time
				want  error
			}{
				{"report data flipped", flip(offReportData, 1)(report), Certificates{VCEK: vcek}.Marshal(), realTime, attest.ErrSignature},
				{"measurement flipped", flip(offMeasurement+5, 0x80)(report), Certificates{VCEK: vcek}.Marshal(), realTime, attest.ErrSignature},
				{"signature flipped", flip(offSignature+3, 1)(report), Certificates{VCEK: vcek}.Marshal(), realTime, attest.ErrSignature},
				// The signature is checked before the key binding.
				{"REPORTED_TCB flipped", flip(offReportedTCB, 1)(report), Certificates{VCEK: vcek}.Marshal(), realTime, attest.ErrSignature},
				{"VCEK signature flipped", report, Certificates{VCEK: vcekFlipped}.Marshal(), realTime, attest.ErrCertChain},
				{"other product's VCEK", report, Certificates{VCEK: otherVCEK, ASK: otherASK}.Marshal(), realTime, attest.ErrCertChain},
				{"before the VCEK", report, Certificates{VCEK: vcek, ASK: ask}.Marshal(), time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), attest.ErrExpired},
				{"no VCEK", report, Certificates{ASK: ask}.Marshal(), realTime, attest.ErrMalformed},
			} {
				t.Run(tc.name, func(t *testing.T) {
					ev := attest.Evidence{Format: attest.FormatSEVSNP, Raw: tc.raw, Collateral: tc.table}
					_, err := Verify(context.Background(), ev, Options{Now: at(tc.now)})
					wantOnly(t, err, tc.want)
				})
			}
		})
	}
}

// TestKDSExtensionsRejects alters the real Turin VCEK's parsed extensions:
// unknown, duplicate or malformed extensions are attest.ErrMalformed, never
// skipped.
func TestKDSExtensionsRejects(t *testing.T) {
	_, vcekDER, _ := realSNPs[0].load(t)
	vcek, err := x509.ParseCertificate(vcekDER)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func([]pkix.Extension) []pkix.Extension) *x509.Certificate {
		c := *vcek
		c.Extensions = f(append([]pkix.Extension(nil), vcek.Extensions...))
		return &c
	}
	find := func(exts []pkix.Extension, id asn1.ObjectIdentifier) int {
		for i, e := range exts {
			if e.Id.Equal(id) {
				return i
			}
		}
		t.Fatalf("no extension %v", id)
		return -1
	}
	fmcOID := append(append(asn1.ObjectIdentifier(nil), oidKDSSPLPrefix...), splFMC)
	for name, c := range map[string]*x509.Certificate{
		"unknown KDS OID": edit(func(e []pkix.Extension) []pkix.Extension {
			return append(e, pkix.Extension{Id: asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 3, 10}, Value: []byte{2, 1, 0}})
		}),
		"duplicate FMC": edit(func(e []pkix.Extension) []pkix.Extension { return append(e, e[find(e, fmcOID)]) }),
		"FMC not an INTEGER": edit(func(e []pkix.Extension) []pkix.Extension {
			e[find(e, fmcOID)].Value = []byte{4, 1, 1}
			return e
		}),
		"FMC trailing bytes": edit(func(e []pkix.Extension) []pkix.Extension {
			e[find(e, fmcOID)].Value = []byte{2, 1, 1, 0}
			return e
		}),
		"HWID of 9 bytes": edit(func(e []pkix.Extension) []pkix.Extension {
			i := find(e, oidKDSHWID)
			e[i].Value = append(bytes.Clone(e[i].Value), 0)
			return e
		}),
		"no SNP SPL": edit(func(e []pkix.Extension) []pkix.Extension {
			i := find(e, append(append(asn1.ObjectIdentifier(nil), oidKDSSPLPrefix...), splSNP))
			return append(e[:i], e[i+1:]...)
		}),
		"product name not IA5": edit(func(e []pkix.Extension) []pkix.Extension {
			e[find(e, oidKDSProductName)].Value = []byte{0x0c, 5, 'T', 'u', 'r', 'i', 'n'}
			return e
		}),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := parseKDSExtensions(c, abi.VcekReportSigner)
			wantOnly(t, err, attest.ErrMalformed)
		})
	}
	if _, err := parseKDSExtensions(vcek, abi.VlekReportSigner); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("a VCEK read as a VLEK: %v", err)
	}
}

// FuzzVerifyRealTurinGenoa mutates the real Turin and Genoa evidence at a
// time its certificates are valid, so that mutations reach the KDS
// extension parser, the profile and binding checks and the signature.
func FuzzVerifyRealTurinGenoa(f *testing.F) {
	for _, r := range realSNPs {
		report, vcek, ask := r.load(f)
		f.Add(report, Certificates{VCEK: vcek}.Marshal())
		f.Add(report, Certificates{VCEK: vcek, ASK: ask}.Marshal())
	}
	opts := Options{Now: at(realTime)}
	f.Fuzz(func(t *testing.T, raw, table []byte) {
		claims, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatSEVSNP, Raw: raw, Collateral: table}, opts)
		if err != nil {
			if claims != nil {
				t.Fatalf("claims with error %v", err)
			}
			for _, s := range allSentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("unclassified error: %v", err)
		}
	})
}

// FuzzKDSExtensions drives the KDS extension parser and profile check with
// mutated VCEK certificates (DER).
func FuzzKDSExtensions(f *testing.F) {
	for _, r := range realSNPs {
		_, vcek, _ := r.load(f)
		f.Add(vcek)
	}
	f.Fuzz(func(t *testing.T, der []byte) {
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return
		}
		for _, key := range []abi.ReportSigner{abi.VcekReportSigner, abi.VlekReportSigner} {
			if e, err := parseKDSExtensions(c, key); err != nil {
				if !errors.Is(err, attest.ErrMalformed) {
					t.Fatalf("parse error %v is not ErrMalformed", err)
				}
			} else {
				_ = e.tcb()
			}
			for _, pl := range []string{"Milan", "Genoa", "Turin"} {
				if err := checkKDSProfile(c, key, pl); err != nil && !errors.Is(err, attest.ErrCertChain) {
					t.Fatalf("profile error %v is not ErrCertChain", err)
				}
			}
		}
	})
}
