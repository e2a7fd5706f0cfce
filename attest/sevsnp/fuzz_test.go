package sevsnp

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/google/go-sev-guest/verify/testdata"

	"github.com/teerollup/teerollup/attest"
)

// FuzzVerify drives every parser on the verification path (report ABI,
// signer info and policy, certificate table, VCEK DER and its KDS
// extensions, go-sev-guest's verifier) with mutations of the real report and
// certificate table. It must never panic, and every failure must be one of
// the attest sentinels.
func FuzzVerify(f *testing.F) {
	for _, table := range fixtureTables(f) {
		f.Add(fixtureReport(), table)
	}
	f.Add(fixtureReport(), []byte(nil))
	opts := Options{Now: at(fixtureTime)}
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
		if claims == nil || claims.Kind != attest.KindSEVSNP || len(claims.Measurement) != 48 {
			t.Fatalf("bad claims %+v", claims)
		}
	})
}

// FuzzParseCertificates drives the certificate table parser alone.
func FuzzParseCertificates(f *testing.F) {
	for _, table := range fixtureTables(f) {
		f.Add(table)
	}
	f.Add(overflowTable())
	f.Fuzz(func(t *testing.T, table []byte) {
		c, err := ParseCertificates(table)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("error is not ErrMalformed: %v", err)
			}
			return
		}
		// What parses re-encodes to a table that parses to the same.
		again, err := ParseCertificates(c.Marshal())
		if err != nil {
			t.Fatalf("re-encoded table does not parse: %v", err)
		}
		if !bytes.Equal(again.VCEK, c.VCEK) || !bytes.Equal(again.VLEK, c.VLEK) || !bytes.Equal(again.ASK, c.ASK) || !bytes.Equal(again.ARK, c.ARK) {
			t.Fatal("round trip changed the certificates")
		}
	})
}

// FuzzParseReport drives the report parser and the claims mapping alone.
func FuzzParseReport(f *testing.F) {
	f.Add(bytes.Clone(testdata.AttestationBytes))
	f.Fuzz(func(t *testing.T, raw []byte) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("report parser panicked: %v", r)
			}
		}()
		report, info, err := parseReport(raw)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) && !errors.Is(err, attest.ErrSignature) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		c := claimsFromReport(report, info, "Milan", fixtureTime, fixtureTime)
		if !bytes.Equal(c.ReportData[:], raw[offReportData:offReportData+64]) {
			t.Fatal("report data not taken from REPORT_DATA")
		}
	})
}
