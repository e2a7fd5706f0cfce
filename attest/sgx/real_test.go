package sgx

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

func TestParseRealQuotes(t *testing.T) {
	for _, rq := range realQuotes(t) {
		t.Run(rq.name, func(t *testing.T) {
			q, err := ParseQuote(rq.raw)
			if err != nil {
				t.Fatalf("ParseQuote: %v", err)
			}
			if q.Header.Version != 3 || q.Header.AttestationKeyType != 2 || q.Header.TEEType != 0 {
				t.Errorf("header = %+v", q.Header)
			}
			if q.Header.QEVendorID != IntelQEVendorID {
				t.Errorf("QE vendor ID %x", q.Header.QEVendorID)
			}
			if q.Signature.CertDataType != CertDataTypePCKChain {
				t.Errorf("cert data type %d", q.Signature.CertDataType)
			}
			if q.Signature.QEReport.MRSigner != IntelQEMRSigner {
				t.Errorf("QE MRSIGNER %x", q.Signature.QEReport.MRSigner)
			}
			if q.Header.QESVN != q.Signature.QEReport.ISVSVN {
				t.Errorf("header QE SVN %d != QE report ISVSVN %d", q.Header.QESVN, q.Signature.QEReport.ISVSVN)
			}
			enc, err := q.Marshal()
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if !bytes.Equal(enc, rq.raw) {
				t.Errorf("Marshal does not round-trip")
			}
			if !bytes.Equal(q.SignedBytes(), rq.raw[:signedSize]) {
				t.Errorf("SignedBytes differs from the raw header and body")
			}
		})
	}
}

// pckChainOf returns the PCK chain embedded in a real quote.
func pckChainOf(t testing.TB, raw []byte) []*x509.Certificate {
	t.Helper()
	q, err := ParseQuote(raw)
	if err != nil {
		t.Fatal(err)
	}
	certs, err := parsePEMCerts("PCK chain", q.Signature.CertData)
	if err != nil {
		t.Fatal(err)
	}
	return certs
}

// chainWindow is the intersection of the certificates' validity.
func chainWindow(certs []*x509.Certificate) (nb, na time.Time) {
	var v dcap.Validity
	for _, c := range certs {
		v.Narrow(c.NotBefore, c.NotAfter)
	}
	return v.NotBefore, v.NotAfter
}

func TestVerifyRealQuotes(t *testing.T) {
	wantDebug := map[string]bool{"quote_sgx.bin": true, "quotev3.hex": false}
	for _, rq := range realQuotes(t) {
		t.Run(rq.name, func(t *testing.T) {
			nb, na := chainWindow(pckChainOf(t, rq.raw))
			// Every instant checked lies inside the PCK chain's validity:
			// its first second, its middle and its last second.
			for _, now := range []time.Time{nb.Add(time.Second), nb.Add(na.Sub(nb) / 2), na.Add(-time.Second)} {
				ev := attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}
				r, err := VerifyQuote(context.Background(), ev, Options{Now: clock(now)})
				if err != nil {
					t.Fatalf("at %s: %v", now, err)
				}
				c := r.Claims
				if c.Kind != attest.KindSGX || c.Format != attest.FormatSGX || c.Simulated {
					t.Errorf("kind/format = %v/%v simulated=%v", c.Kind, c.Format, c.Simulated)
				}
				if !bytes.Equal(c.Measurement, r.Quote.Body.MREnclave[:]) || !bytes.Equal(c.Signer, r.Quote.Body.MRSigner[:]) {
					t.Errorf("measurement/signer not MRENCLAVE/MRSIGNER")
				}
				if c.ReportData != r.Quote.Body.ReportData || c.SVN != uint64(r.Quote.Body.ISVSVN) {
					t.Errorf("report data or SVN mismatch")
				}
				if c.Debug != wantDebug[rq.name] {
					t.Errorf("Debug = %v, want %v (attributes %x)", c.Debug, wantDebug[rq.name], r.Quote.Body.Attributes)
				}
				if c.TCB != attest.TCBUnknown {
					t.Errorf("TCB = %q without collateral", c.TCB)
				}
				if !c.NotBefore.Equal(nb) || !c.NotAfter.Equal(na) {
					t.Errorf("window = %s..%s, want %s..%s", c.NotBefore, c.NotAfter, nb, na)
				}
				if len(r.PCK) != 3 || !r.PCK[2].Equal(IntelSGXRootCA()) {
					t.Errorf("chain does not end at the embedded Intel root")
				}
			}
			// The same through the attest.Verifier interface.
			v := NewVerifier(Options{Now: clock(nb.Add(time.Hour))})
			if _, err := v.Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}); err != nil {
				t.Fatalf("Verifier.Verify: %v", err)
			}
		})
	}
}

// matchedCollateral finds, by the PCK certificate's FMSPC, the fixture TCB
// info for a quote, and a clock inside the TCB info window (and inside
// the QE identity window when the two overlap).
type matched struct {
	tcbName string
	tcb     []byte
	qe      []byte // nil when the QE identity window does not overlap
	now     time.Time
}

func matchCollateral(t *testing.T, raw []byte) *matched {
	t.Helper()
	ext, err := ParsePCKExtensions(pckChainOf(t, raw)[0])
	if err != nil {
		t.Fatal(err)
	}
	qeRaw := readFixture(t, "sgx_qeidentity_v4.json")
	qe, err := ParseQEIdentity(qeRaw)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range realTCBInfos(t) {
		ti, err := ParseTCBInfo(d.raw)
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		if ti.FMSPC != ext.FMSPC {
			continue
		}
		m := &matched{tcbName: d.name, tcb: d.raw}
		var w dcap.Validity
		w.Narrow(ti.IssueDate, ti.NextUpdate)
		if qe.IssueDate.Before(ti.NextUpdate) && ti.IssueDate.Before(qe.NextUpdate) {
			w.Narrow(qe.IssueDate, qe.NextUpdate)
			m.qe = qeRaw
		}
		m.now = w.NotBefore.Add(w.NotAfter.Sub(w.NotBefore) / 2)
		return m
	}
	t.Fatalf("no fixture TCB info for FMSPC %x", ext.FMSPC)
	return nil
}

func TestVerifyRealQuotesWithCollateral(t *testing.T) {
	// Expected verdicts, read off the matched fixture documents: the PCK
	// certificate's component SVNs and PCESVN select the first TCB level
	// they meet; both QEs (ISVSVN 9 and 10) are at or above the QE
	// identity's UpToDate level (ISVSVN 8).
	want := map[string]struct {
		tcbFile string
		withQE  bool
		status  attest.TCBStatus
	}{
		"quote_sgx.bin": {"tcb_info_v3_sgx.json", false, attest.TCBConfigAndHarden},
		"quotev3.hex":   {"sgx_tcbinfov3_00606a000000.json", true, attest.TCBSWHardening},
	}
	for _, rq := range realQuotes(t) {
		t.Run(rq.name, func(t *testing.T) {
			m := matchCollateral(t, rq.raw)
			w := want[rq.name]
			if m.tcbName != w.tcbFile || (m.qe != nil) != w.withQE {
				t.Fatalf("matched %s (QE identity %v), want %s (%v)", m.tcbName, m.qe != nil, w.tcbFile, w.withQE)
			}
			coll := &Collateral{TCBInfo: m.tcb, QEIdentity: m.qe}
			bundle, err := json.Marshal(coll)
			if err != nil {
				t.Fatal(err)
			}
			// An issuer chain as PCS sends it: the TCB Signing
			// certificate valid at the clock, then the root.
			var signer *x509.Certificate
			for _, c := range dcap.IntelTCBSigners() {
				if !m.now.Before(c.NotBefore) && !m.now.After(c.NotAfter) {
					signer = c
				}
			}
			withChain := *coll
			withChain.TCBInfoIssuerChain = pemChain(signer, IntelSGXRootCA())
			withChain.QEIdentityIssuerChain = withChain.TCBInfoIssuerChain
			cases := []struct {
				name string
				ev   attest.Evidence
				opts Options
			}{
				{"options", attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}, Options{Now: clock(m.now), Collateral: coll}},
				{"options with issuer chain", attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}, Options{Now: clock(m.now), Collateral: &withChain}},
				{"evidence bundle", attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw, Collateral: bundle}, Options{Now: clock(m.now)}},
			}
			for _, tc := range cases {
				r, err := VerifyQuote(context.Background(), tc.ev, tc.opts)
				if err != nil {
					t.Fatalf("%s at %s: %v", tc.name, m.now, err)
				}
				if r.Claims.TCB != w.status {
					t.Errorf("%s: TCB = %q, want %q (level %+v)", tc.name, r.Claims.TCB, w.status, r.TCBLevel)
				}
				if w.withQE && (r.QETCBLevel == nil || r.QETCBLevel.Status != attest.TCBUpToDate) {
					t.Errorf("%s: QE level %+v", tc.name, r.QETCBLevel)
				}
				ti, _ := ParseTCBInfo(m.tcb)
				if r.Claims.NotAfter.After(ti.NextUpdate) || r.Claims.NotBefore.Before(ti.IssueDate) {
					t.Errorf("%s: claims window %s..%s not inside TCB info window", tc.name, r.Claims.NotBefore, r.Claims.NotAfter)
				}
			}
			v := NewVerifier(Options{Now: clock(m.now), Collateral: coll})
			c, err := v.Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw})
			if err != nil || c.TCB != w.status {
				t.Fatalf("NewVerifier: %v, TCB %q", err, c.TCB)
			}
		})
	}
}

// The QE identity fixture verifies against both quotes on its own, in its
// own window (it does not overlap quote_sgx.bin's TCB info). An up-to-date
// QE says nothing about the platform, so the TCB stays unknown.
func TestVerifyRealQEIdentityAlone(t *testing.T) {
	qe := readFixture(t, "sgx_qeidentity_v4.json")
	id, err := ParseQEIdentity(qe)
	if err != nil {
		t.Fatal(err)
	}
	now := id.IssueDate.Add(24 * time.Hour)
	for _, rq := range realQuotes(t) {
		r, err := VerifyQuote(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw},
			Options{Now: clock(now), Collateral: &Collateral{QEIdentity: qe}})
		if err != nil {
			t.Fatalf("%s: %v", rq.name, err)
		}
		if r.Claims.TCB != attest.TCBUnknown || r.QETCBLevel == nil || r.QETCBLevel.Status != attest.TCBUpToDate {
			t.Errorf("%s: TCB = %q, QE level %+v; want unknown TCB and an UpToDate QE", rq.name, r.Claims.TCB, r.QETCBLevel)
		}
		if !r.Claims.NotBefore.Equal(id.IssueDate) || !r.Claims.NotAfter.Equal(id.NextUpdate) {
			t.Errorf("%s: window %s..%s, want the QE identity's", rq.name, r.Claims.NotBefore, r.Claims.NotAfter)
		}
	}
}

// flip returns a copy of b with the byte at off XORed with 0x01.
func flip(b []byte, off int) []byte {
	c := bytes.Clone(b)
	c[off] ^= 0x01
	return c
}

func TestVerifyRealNegative(t *testing.T) {
	var raw []byte
	for _, rq := range realQuotes(t) {
		if rq.name == "quotev3.hex" {
			raw = rq.raw
		}
	}
	q, err := ParseQuote(raw)
	if err != nil {
		t.Fatal(err)
	}
	chain := pckChainOf(t, raw)
	nb, na := chainWindow(chain)
	m := matchCollateral(t, raw)
	now := m.now
	otherTCB := readFixture(t, "tcb_info_v3_sgx.json") // FMSPC 00A067110000: not this quote's
	ti, _ := ParseTCBInfo(m.tcb)

	// Offsets into the quote, and into a report body (sgx_report_body_t;
	// the parser's own offsets live in attest/internal/dcap).
	const sigData = signedSize + 4
	const (
		offMREnclave  = 64
		offISVSVN     = 258
		offReportData = 320
	)
	const (
		offISVSig = sigData
		offAK     = sigData + SignatureSize
		offQE     = offAK + AttestationKeySize
		offQESig  = offQE + ReportBodySize
		offAuth   = offQESig + SignatureSize + 2
	)
	offCert := offAuth + len(q.Signature.QEAuthData) + 6
	// A byte inside the base64 of the PCK leaf (past its BEGIN line).
	offLeafB64 := offCert + len("-----BEGIN CERTIFICATE-----\n") + 200

	unrelatedRoot := newTestPKI(t, defaultPCK).roots

	tamperedTCB := bytes.Replace(m.tcb, []byte(`"pcesvn":13`), []byte(`"pcesvn":12`), 1)
	if bytes.Equal(tamperedTCB, m.tcb) {
		t.Fatal("tamper target not found in TCB info")
	}
	bundle := func(c Collateral) []byte {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	setU16 := func(off int, v uint16) []byte {
		c := bytes.Clone(raw)
		c[off], c[off+1] = byte(v), byte(v>>8)
		return c
	}

	cases := []struct {
		name    string
		raw     []byte
		format  attest.Format
		evColl  []byte
		opts    Options
		wantErr []error // any of
	}{
		{name: "ISV report body byte", raw: flip(raw, HeaderSize+offMREnclave), wantErr: []error{attest.ErrSignature}},
		{name: "ISV report data byte", raw: flip(raw, HeaderSize+offReportData+63), wantErr: []error{attest.ErrSignature}},
		{name: "header user data byte", raw: flip(raw, 40), wantErr: []error{attest.ErrSignature}},
		{name: "ISV signature byte", raw: flip(raw, offISVSig+5), wantErr: []error{attest.ErrSignature}},
		{name: "QE report body byte", raw: flip(raw, offQE+offISVSVN), wantErr: []error{attest.ErrSignature}},
		{name: "QE report signature byte", raw: flip(raw, offQESig+40), wantErr: []error{attest.ErrSignature}},
		{name: "QE auth data byte", raw: flip(raw, offAuth), wantErr: []error{attest.ErrKeyBinding}},
		// The binding hash covers the key and is checked before the key
		// verifies anything, so a flipped key is a binding failure.
		{name: "attestation key byte", raw: flip(raw, offAK+10), wantErr: []error{attest.ErrKeyBinding}},
		{name: "PCK leaf PEM byte", raw: flip(raw, offLeafB64), wantErr: []error{attest.ErrCertChain, attest.ErrMalformed}},
		{name: "PCK PEM BEGIN line", raw: flip(raw, offCert+3), wantErr: []error{attest.ErrMalformed}},
		{name: "truncated to header", raw: raw[:HeaderSize], wantErr: []error{attest.ErrMalformed}},
		{name: "truncated by one byte", raw: raw[:len(raw)-1], wantErr: []error{attest.ErrMalformed}},
		{name: "truncated inside signature data", raw: raw[:offQESig], wantErr: []error{attest.ErrMalformed}},
		{name: "trailing byte", raw: append(bytes.Clone(raw), 0), wantErr: []error{attest.ErrMalformed}},
		{name: "version 4", raw: setU16(0, 4), wantErr: []error{attest.ErrMalformed}},
		{name: "version 2", raw: setU16(0, 2), wantErr: []error{attest.ErrMalformed}},
		{name: "attestation key type 3 (ECDSA-384)", raw: setU16(2, 3), wantErr: []error{attest.ErrMalformed}},
		{name: "TEE type TDX", raw: setU16(4, 0x81), wantErr: []error{attest.ErrMalformed}},
		{name: "QE vendor ID", raw: flip(raw, 12), wantErr: []error{attest.ErrMalformed}},
		{name: "certification data type 1", raw: setU16(offCert-6, 1), wantErr: []error{attest.ErrMalformed}},
		{name: "wrong evidence format", raw: raw, format: attest.FormatTDX, wantErr: []error{attest.ErrUnknownFormat}},
		{name: "clock after PCK NotAfter", raw: raw, opts: Options{Now: clock(na.Add(time.Second))}, wantErr: []error{attest.ErrExpired}},
		{name: "clock before PCK NotBefore", raw: raw, opts: Options{Now: clock(nb.Add(-time.Second))}, wantErr: []error{attest.ErrExpired}},
		{name: "unknown root", raw: raw, opts: Options{Now: clock(now), TrustedRoots: unrelatedRoot}, wantErr: []error{attest.ErrUnknownRoot}},
		{name: "collateral FMSPC mismatch", raw: raw, opts: Options{Now: clock(mustTCBInfo(t, otherTCB).IssueDate.Add(time.Hour)), Collateral: &Collateral{TCBInfo: otherTCB}}, wantErr: []error{attest.ErrTCB}},
		{name: "collateral expired", raw: raw, opts: Options{Now: clock(ti.NextUpdate.Add(time.Second)), Collateral: &Collateral{TCBInfo: m.tcb}}, wantErr: []error{attest.ErrExpired}},
		{name: "collateral not yet valid", raw: raw, opts: Options{Now: clock(ti.IssueDate.Add(-time.Second)), Collateral: &Collateral{TCBInfo: m.tcb}}, wantErr: []error{attest.ErrExpired}},
		{name: "collateral tampered", raw: raw, opts: Options{Now: clock(now), Collateral: &Collateral{TCBInfo: tamperedTCB}}, wantErr: []error{attest.ErrSignature}},
		{name: "collateral signer is not a TCB Signing cert", raw: raw, opts: Options{Now: clock(now), Collateral: &Collateral{TCBInfo: m.tcb, TCBInfoIssuerChain: pemChain(chain[0])}}, wantErr: []error{attest.ErrCertChain}},
		{name: "TDX QE identity as SGX QE identity", raw: raw, opts: Options{Now: clock(now), Collateral: &Collateral{QEIdentity: readFixture(t, "qe_identity.json")}}, wantErr: []error{attest.ErrMalformed}},
		{name: "TDX TCB info", raw: raw, opts: Options{Now: clock(now), Collateral: &Collateral{TCBInfo: readFixture(t, "tcb_info_v3_with_tdx_module.json")}}, wantErr: []error{attest.ErrMalformed}},
		{name: "evidence bundle FMSPC mismatch", raw: raw, evColl: bundle(Collateral{TCBInfo: otherTCB}), opts: Options{Now: clock(mustTCBInfo(t, otherTCB).IssueDate.Add(time.Hour))}, wantErr: []error{attest.ErrTCB}},
		{name: "evidence bundle not JSON", raw: raw, evColl: []byte("{"), opts: Options{Now: clock(now)}, wantErr: []error{attest.ErrMalformed}},
		{name: "evidence bundle unknown field", raw: raw, evColl: []byte(`{"tcb_info":"","extra":1}`), opts: Options{Now: clock(now)}, wantErr: []error{attest.ErrMalformed}},
		{name: "evidence bundle field case", raw: raw, evColl: []byte(`{"tcbinfo":"{}"}`), opts: Options{Now: clock(now)}, wantErr: []error{attest.ErrMalformed}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			if opts.Now == nil {
				opts.Now = clock(now)
			}
			format := tc.format
			if format == "" {
				format = attest.FormatSGX
			}
			_, err := Verify(context.Background(), attest.Evidence{Format: format, Raw: tc.raw, Collateral: tc.evColl}, opts)
			if err == nil {
				t.Fatalf("verified; want one of %v", tc.wantErr)
			}
			for _, w := range tc.wantErr {
				if errors.Is(err, w) {
					t.Logf("%v", err)
					return
				}
			}
			t.Fatalf("error %v; want one of %v", err, tc.wantErr)
		})
	}
}

func mustTCBInfo(t *testing.T, b []byte) *TCBInfo {
	t.Helper()
	ti, err := ParseTCBInfo(b)
	if err != nil {
		t.Fatal(err)
	}
	return ti
}

// Trust comes from Options.TrustedRoots, never from the root the quote carries:
// a quote whose root copy is swapped for a look-alike self-signed
// "Intel SGX Root CA" still verifies (the copy is ignored), and the same
// look-alike passed as the only trusted root is rejected.
func TestRealQuoteRootCopyIgnored(t *testing.T) {
	var raw []byte
	for _, rq := range realQuotes(t) {
		raw = rq.raw
	}
	q, _ := ParseQuote(raw)
	chain := pckChainOf(t, raw)
	nb, _ := chainWindow(chain)
	fake := newTestPKI(t, defaultPCK)
	q.Signature.CertData = pemChain(chain[0], chain[1], fake.root)
	swapped, err := q.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	now := nb.Add(time.Hour)
	if _, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: swapped}, Options{Now: clock(now)}); err != nil {
		t.Fatalf("quote with a look-alike root copy: %v", err)
	}
	_, err = Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: swapped}, Options{Now: clock(now), TrustedRoots: fake.roots})
	if !errors.Is(err, attest.ErrUnknownRoot) {
		t.Fatalf("look-alike root trusted: %v", err)
	}
	// Without the intermediate the chain cannot reach any root.
	q.Signature.CertData = pemChain(chain[0])
	short, _ := q.Marshal()
	_, err = Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: short}, Options{Now: clock(now)})
	if !errors.Is(err, attest.ErrCertChain) {
		t.Fatalf("leaf alone: %v", err)
	}
}

func TestVerifyDoesNotMutateOptions(t *testing.T) {
	rq := realQuotes(t)[1]
	m := matchCollateral(t, rq.raw)
	coll := &Collateral{TCBInfo: bytes.Clone(m.tcb), QEIdentity: bytes.Clone(m.qe)}
	before, _ := json.Marshal(coll)
	opts := Options{Now: clock(m.now), Collateral: coll}
	if _, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}, opts); err != nil {
		t.Fatal(err)
	}
	after, _ := json.Marshal(coll)
	if !bytes.Equal(before, after) || opts.TrustedRoots != nil || opts.Collateral != coll {
		t.Fatal("Verify modified its options")
	}
	// A verifier decodes its collateral once: later changes to the
	// caller's buffers do not reach it.
	v := NewVerifier(opts)
	for i := range coll.TCBInfo {
		coll.TCBInfo[i] = 'x'
	}
	if _, err := v.Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}); err != nil {
		t.Fatalf("verifier affected by a later change to the caller's collateral: %v", err)
	}
}

func TestVerifyCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Verify(ctx, attest.Evidence{Format: attest.FormatSGX, Raw: []byte{1}}, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}
