package csv

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// Real Hygon data, copied verbatim into testdata (see testdata/README.md):
// csv-rs's HSK and CEK and a version 1 report whose PEK that CEK signs, and
// trustee's evidence from another chip whose HSK and CEK are not public.

func readTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// realHSKCEK is csv-rs's hsk_cek bundle.
func realHSKCEK(tb testing.TB) []byte {
	return append(readTestdata(tb, "hsk.cert"), readTestdata(tb, "cek.cert")...)
}

// realEvidence is csv-rs's report with its chip's HSK and CEK: a complete
// real chain HRK -> HSK -> CEK -> PEK -> report.
func realEvidence(tb testing.TB) attest.Evidence {
	tb.Helper()
	ev, err := NewEvidence(Evidence{Report: readTestdata(tb, "report.cert"), HSKCEK: realHSKCEK(tb)})
	if err != nil {
		tb.Fatal(err)
	}
	return ev
}

// byteArray decodes a JSON array of numbers (serde's encoding of a byte
// array), which encoding/json would read as base64 for []byte.
type byteArray []byte

func (b *byteArray) UnmarshalJSON(d []byte) error {
	var v []uint8
	var ints []int
	if err := json.Unmarshal(d, &ints); err != nil {
		return err
	}
	for _, i := range ints {
		v = append(v, uint8(i))
	}
	*b = v
	return nil
}

func trusteeReport(tb testing.TB) (magic [16]byte, flags uint32, data []byte, serial string) {
	tb.Helper()
	var raw struct {
		AttestationReport struct {
			Magic byteArray `json:"magic"`
			Flags uint32    `json:"flags"`
			Data  byteArray `json:"data"`
		} `json:"attestation_report"`
		SerialNumber byteArray `json:"serial_number"`
	}
	if err := json.Unmarshal(readTestdata(tb, "trustee_csv_evidence.json"), &raw); err != nil {
		tb.Fatal(err)
	}
	copy(magic[:], raw.AttestationReport.Magic)
	return magic, raw.AttestationReport.Flags, raw.AttestationReport.Data, string(bytes.TrimRight(raw.SerialNumber, "\x00"))
}

func TestRealChain(t *testing.T) {
	hrk := DefaultRoots()[0]
	if err := CheckRoot(hrk); err != nil {
		t.Fatalf("HRK self-signature: %v", err)
	}
	if !bytes.Equal(hrk.Raw(), readTestdata(t, "../hrk.cert")) {
		t.Fatal("embedded HRK differs")
	}
	hsk, err := ParseCACertificate(readTestdata(t, "hsk.cert"))
	if err != nil {
		t.Fatal(err)
	}
	if err := verifyCASignedBy(hrk, hsk); err != nil {
		t.Fatalf("HRK -> HSK: %v", err)
	}
	cek, err := ParseCSVCertificate(readTestdata(t, "cek.cert"))
	if err != nil {
		t.Fatal(err)
	}
	if err := verifyCSVSignedBy(hsk.Key, UsageHSK, cek); err != nil {
		t.Fatalf("HSK -> CEK: %v", err)
	}
	// SM2's default user ID does not verify Hygon's signatures: Hygon
	// signs with the signer certificate's user ID.
	k := hrk.Key
	k.UserID = []byte("1234567812345678")
	rs, err := parseSig(hsk.raw[576:720])
	if err != nil {
		t.Fatal(err)
	}
	if verifySM2(k, hsk.raw[:caBodySize], rs[0], rs[1]) {
		t.Fatal("HSK verifies with SM2's default user ID")
	}
	if string(hrk.Key.UserID) != "HYGON-SSD-HRK" || string(hsk.Key.UserID) != "HYGON-SSD-HSK" || string(cek.Key.UserID) != "HYGON-SSD-CEK" {
		t.Fatalf("user IDs %q %q %q", hrk.Key.UserID, hsk.Key.UserID, cek.Key.UserID)
	}
}

func TestRealReportFullChain(t *testing.T) {
	r, err := VerifyReport(context.Background(), realEvidence(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := r.Report
	if rep.Version != 1 || rep.SignerRestored || rep.ChipID != "NZA9T14052605" {
		t.Fatalf("version %d restored %v chip %q", rep.Version, rep.SignerRestored, rep.ChipID)
	}
	if want := "user data"; string(bytes.TrimRight(r.Claims.ReportData[:], "\x00")) != want {
		t.Fatalf("report data %q", r.Claims.ReportData)
	}
	c := r.Claims
	if c.Kind != attest.KindCSV || c.Format != attest.FormatCSV || c.Debug || len(c.Measurement) != 32 || c.TCB != attest.TCBUnknown {
		t.Fatalf("claims %+v", c)
	}
	t.Logf("policy %v measurement %x firmware %d.%d SVN %#x", rep.Policy, c.Measurement, rep.PEK.FirmwareMajor, rep.PEK.FirmwareMinor, c.SVN)
}

func TestRealTrusteeReport(t *testing.T) {
	magic, flags, data, serial := trusteeReport(t)
	rep, err := ParseReport(magic, flags, data)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Version != 1 || !rep.SignerRestored || rep.ChipID != serial || serial != "KPA64911240507" {
		t.Fatalf("version %d restored %v chip %q serial %q", rep.Version, rep.SignerRestored, rep.ChipID, serial)
	}
	// The PEK in the report signs it: a real signature from a real chip,
	// though the PEK itself cannot be chained without this chip's CEK.
	if err := rep.verifySignature(); err != nil {
		t.Fatal(err)
	}
	if rep.Policy.NoDebug() != true || rep.ReportData != [64]byte{} {
		t.Fatalf("policy %v report data %x", rep.Policy, rep.ReportData)
	}
	// Against csv-rs's (another chip's) CEK the PEK does not chain.
	ev, err := NewEvidence(Evidence{ReportMagic: magic, ReportFlags: flags, Report: data, HSKCEK: realHSKCEK(t)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(context.Background(), ev, Options{}); !errors.Is(err, attest.ErrCertChain) {
		t.Fatalf("trustee report with another chip's CEK: %v, want ErrCertChain", err)
	}
}

// TestRealTrusteePEKMatchesChain: trustee ships the PEK twice, in the
// report's signer block and in its JSON certificate chain; the restored
// signer block yields exactly the chain's PEK.
func TestRealTrusteePEKMatchesChain(t *testing.T) {
	magic, flags, data, _ := trusteeReport(t)
	rep, err := ParseReport(magic, flags, data)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		CertChain struct {
			PEK struct {
				Body struct {
					Data struct {
						Firmware struct{ Major, Minor uint8 } `json:"firmware"`
						PubKey   struct {
							Usage uint32 `json:"usage"`
							Key   struct {
								X byteArray `json:"x"`
								Y byteArray `json:"y"`
							} `json:"key"`
						} `json:"pubkey"`
					} `json:"data"`
				} `json:"body"`
			} `json:"pek"`
		} `json:"cert_chain"`
	}
	if err := json.Unmarshal(readTestdata(t, "trustee_csv_evidence.json"), &raw); err != nil {
		t.Fatal(err)
	}
	d := raw.CertChain.PEK.Body.Data
	pek := rep.PEK.Raw()
	if !bytes.Equal(d.PubKey.Key.X, pek[20:92]) || !bytes.Equal(d.PubKey.Key.Y, pek[92:164]) ||
		Usage(d.PubKey.Usage) != rep.PEK.Usage || d.Firmware.Major != rep.PEK.FirmwareMajor || d.Firmware.Minor != rep.PEK.FirmwareMinor {
		t.Fatalf("signer block PEK differs from trustee's chain PEK")
	}
}
