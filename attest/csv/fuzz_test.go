package csv

import (
	"context"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// Every parser takes attacker bytes: none may panic, and every refusal
// must be a typed error.

func FuzzParseEvidence(f *testing.F) {
	f.Add(realEvidence(f).Raw)
	f.Add([]byte(EvidenceMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := ParseEvidence(b)
		if err != nil {
			if !isEvidenceError(err) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if _, err := e.Encode(); err != nil {
			t.Fatalf("parsed evidence does not encode: %v", err)
		}
	})
}

func FuzzParseCACertificate(f *testing.F) {
	f.Add(readTestdata(f, "hsk.cert"))
	f.Add(readTestdata(f, "../hrk.cert"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseCACertificate(b)
		if err != nil {
			if !isEvidenceError(err) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if err := CheckRoot(c); err != nil && !isEvidenceError(err) {
			t.Fatalf("untyped error %v", err)
		}
	})
}

func FuzzParseCSVCertificate(f *testing.F) {
	f.Add(readTestdata(f, "cek.cert"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseCSVCertificate(b)
		if err != nil {
			if !isEvidenceError(err) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if err := verifyCSVSignedBy(c.Key, UsageCEK, c); err != nil && !isEvidenceError(err) {
			t.Fatalf("untyped error %v", err)
		}
	})
}

func FuzzParseReport(f *testing.F) {
	magic, flags, data, _ := trusteeReport(f)
	f.Add(magic[:], flags, data)
	f.Add(make([]byte, 16), uint32(0), readTestdata(f, "report.cert"))
	p := newSynthPKI(f)
	for _, v := range []int{2, 3} {
		m, fl, body := p.report(f, defaultParams(v), p.pek, p.pekCert)
		f.Add(m[:], fl, body)
	}
	f.Fuzz(func(t *testing.T, magic []byte, flags uint32, body []byte) {
		var m [16]byte
		copy(m[:], magic)
		r, err := ParseReport(m, flags, body)
		if err != nil {
			if !isEvidenceError(err) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if err := r.verifySignature(); err != nil && !isEvidenceError(err) {
			t.Fatalf("untyped error %v", err)
		}
	})
}

func FuzzVerify(f *testing.F) {
	f.Add(realEvidence(f).Raw)
	p := newSynthPKI(f)
	for _, v := range []int{1, 2, 3} {
		f.Add(p.evidence(f, defaultParams(v)).Raw)
	}
	v := NewVerifier(Options{})
	synth := NewVerifier(Options{TrustedRoots: p.roots})
	f.Fuzz(func(t *testing.T, raw []byte) {
		ev := attest.Evidence{Format: attest.FormatCSV, Raw: raw}
		for _, v := range []attest.Verifier{v, synth} {
			c, err := v.Verify(context.Background(), ev)
			if err != nil && !isEvidenceError(err) {
				t.Fatalf("untyped error %v", err)
			}
			if err == nil && (c == nil || c.Kind != attest.KindCSV) {
				t.Fatalf("accepted with claims %+v", c)
			}
		}
	})
}
