package tdx

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/binary"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sgx"
)

// Offsets into a synthetic v5 quote.
const (
	v5OffBodyType = HeaderSize
	v5OffBodySize = HeaderSize + 2
	v5OffBody     = HeaderSize + bodyDescriptorSize
)

// v5Layout gives the offsets of a v5 quote's signature data parts.
type v5Layout struct{ sigLen, sig, ak, certType, qeReport, qeSig, authLen, auth int }

func layoutV5(bodySize int) v5Layout {
	var l v5Layout
	l.sigLen = v5OffBody + bodySize
	l.sig = l.sigLen + 4
	l.ak = l.sig + SignatureSize
	l.certType = l.ak + AttestationKeySize
	l.qeReport = l.certType + 6
	l.qeSig = l.qeReport + QEReportSize
	l.authLen = l.qeSig + SignatureSize
	l.auth = l.authLen + 2
	return l
}

func bodySizeOf(bodyType uint16) int {
	if bodyType == BodyTypeTDReport15 {
		return TDReportSize15
	}
	return TDReportSize10
}

func verifyOK(t *testing.T, raw []byte, col *Collateral, opts Options) *Result {
	t.Helper()
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw}
	if col != nil {
		ev.Collateral = marshal(t, col)
	}
	r, err := VerifyQuote(context.Background(), ev, opts)
	if err != nil {
		t.Fatalf("VerifyQuote: %v", err)
	}
	return r
}

func TestVerifyV5Synthetic(t *testing.T) {
	pki := newSynthPKI(t)
	for _, bt := range []uint16{BodyTypeTDReport10, BodyTypeTDReport15} {
		t.Run(map[uint16]string{2: "TD report 1.0", 3: "TD report 1.5"}[bt], func(t *testing.T) {
			body := synthBody()
			raw := pki.quote(t, quoteSpec{bodyType: bt, body: &body})
			if got := binary.LittleEndian.Uint32(raw[v5OffBodySize:]); int(got) != bodySizeOf(bt) {
				t.Fatalf("body size %d", got)
			}
			r := verifyOK(t, raw, nil, pki.opts())
			c := &r.Claims
			if c.Kind != attest.KindTDX || c.Format != attest.FormatTDX || c.Simulated {
				t.Fatalf("kind/format %v/%v", c.Kind, c.Format)
			}
			if !bytes.Equal(c.Measurement, body.MRTD[:]) || !bytes.Equal(c.Signer, body.MRSignerSEAM[:]) {
				t.Errorf("measurement/signer = %x/%x", c.Measurement, c.Signer)
			}
			if len(c.RTMRs) != 4 {
				t.Fatalf("%d RTMRs", len(c.RTMRs))
			}
			for i := range c.RTMRs {
				if !bytes.Equal(c.RTMRs[i], body.RTMRs[i][:]) {
					t.Errorf("RTMR%d = %x", i, c.RTMRs[i])
				}
			}
			if c.ReportData != body.ReportData || c.Debug || c.SVN != uint64(body.TEETCBSVN[0]) || c.TCB != attest.TCBUnknown {
				t.Errorf("claims %+v", c)
			}
			if !c.NotBefore.Equal(synthLeafNotBefore) || !c.NotAfter.Equal(synthLeafNotAfter) {
				t.Errorf("window %v..%v, want the PCK leaf's", c.NotBefore, c.NotAfter)
			}
			q := r.Quote
			if q.Header.Version != QuoteVersion5 || q.BodyType != bt {
				t.Fatalf("version %d body type %d", q.Header.Version, q.BodyType)
			}
			if bt == BodyTypeTDReport15 {
				if q.Body.TEETCBSVN2 != body.TEETCBSVN2 || q.Body.MRServiceTD != body.MRServiceTD {
					t.Error("TEE_TCB_SVN2/MRSERVICETD not parsed")
				}
			} else if q.Body.TEETCBSVN2 != [16]byte{} || q.Body.MRServiceTD != [48]byte{} {
				t.Error("TD report 1.0 with TD report 1.5 fields")
			}
			// The signed range is header ‖ body type ‖ body size ‖ body.
			if want := raw[:v5OffBody+bodySizeOf(bt)]; !bytes.Equal(q.SignedBytes(), want) {
				t.Error("signed bytes are not header ‖ body descriptor ‖ body")
			}
			if !bytes.Equal(encodeQuote(q), raw) || !bytes.Equal(q.Raw(), raw) {
				t.Error("parsed quote does not re-encode to its bytes")
			}

			// With collateral the TCB is judged: this body is at the newest level.
			r = verifyOK(t, raw, pki.collateral(t, colSpec{crls: true}), Options{TrustedRoots: []*x509.Certificate{pki.root}, Now: at(synthTime), CheckRevocations: true})
			if r.Claims.TCB != attest.TCBUpToDate || r.TCB.Level.TCBDate.Year() != 2024 {
				t.Errorf("TCB = %q", r.Claims.TCB)
			}
			if !r.Claims.NotBefore.Equal(synthIssue) || !r.Claims.NotAfter.Equal(synthNext) {
				t.Errorf("window %v..%v, want the collateral's", r.Claims.NotBefore, r.Claims.NotAfter)
			}

			// Debug TDs verify and say so.
			dbg := synthBody()
			dbg.TDAttributes[0] |= tdAttributesDebug
			if !verifyOK(t, pki.quote(t, quoteSpec{bodyType: bt, body: &dbg}), nil, pki.opts()).Claims.Debug {
				t.Error("TUD.DEBUG not mapped to Claims.Debug")
			}
		})
	}
}

// The real v4 quote's TD report, carried in a v5 quote (body type 2, and
// body type 3 with TD report 1.5 fields appended) and re-signed by the
// synthetic PKI, yields the same claims as the v4 path on the real quote.
func TestV5FromRealV4Body(t *testing.T) {
	pki := newSynthPKI(t)
	for _, rq := range realQuotes() {
		t.Run(rq.name, func(t *testing.T) {
			raw := rq.raw(t)
			v4, err := VerifyQuote(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw}, Options{Now: at(rq.now)})
			if err != nil {
				t.Fatal(err)
			}
			if got := encodeTDReport(&v4.Quote.Body, false); !bytes.Equal(got, raw[HeaderSize:HeaderSize+TDReportSize10]) {
				t.Fatal("TD report does not re-encode to the real body bytes")
			}
			if !bytes.Equal(encodeQuote(v4.Quote), raw[:len(v4.Quote.Raw())]) {
				t.Fatal("real v4 quote does not re-encode to its bytes")
			}
			for _, bt := range []uint16{BodyTypeTDReport10, BodyTypeTDReport15} {
				body := v4.Quote.Body
				if bt == BodyTypeTDReport15 {
					body.TEETCBSVN2 = body.TEETCBSVN
					body.MRServiceTD[0] = 0x42
				}
				v5raw := pki.quote(t, quoteSpec{bodyType: bt, body: &body})
				if !bytes.Equal(v5raw[v5OffBody:v5OffBody+TDReportSize10], raw[HeaderSize:HeaderSize+TDReportSize10]) {
					t.Fatal("v5 body differs from the real v4 body")
				}
				v5 := verifyOK(t, v5raw, nil, pki.opts())
				a, b := v4.Claims, v5.Claims
				a.NotBefore, a.NotAfter, b.NotBefore, b.NotAfter = time.Time{}, time.Time{}, time.Time{}, time.Time{}
				if !claimsEqual(&a, &b) {
					t.Errorf("body type %d: v5 claims %+v differ from v4 claims %+v", bt, b, a)
				}
			}
		})
	}
}

func claimsEqual(a, b *attest.Claims) bool {
	if a.Kind != b.Kind || a.Format != b.Format || a.Simulated != b.Simulated || !bytes.Equal(a.Measurement, b.Measurement) ||
		!bytes.Equal(a.Signer, b.Signer) || len(a.RTMRs) != len(b.RTMRs) || a.ReportData != b.ReportData ||
		a.Debug != b.Debug || a.SVN != b.SVN || a.TCB != b.TCB || !a.NotBefore.Equal(b.NotBefore) || !a.NotAfter.Equal(b.NotAfter) {
		return false
	}
	for i := range a.RTMRs {
		if !bytes.Equal(a.RTMRs[i], b.RTMRs[i]) {
			return false
		}
	}
	return true
}

func TestVerifyV5Rejects(t *testing.T) {
	pki := newSynthPKI(t)
	other := newSynthPKI(t)
	for _, bt := range []uint16{BodyTypeTDReport10, BodyTypeTDReport15} {
		bodySize := bodySizeOf(bt)
		spec := quoteSpec{bodyType: bt}
		good := pki.quote(t, spec)
		l := layoutV5(bodySize)
		set16 := func(off int, v uint16) func([]byte) []byte {
			return func(b []byte) []byte {
				b = bytes.Clone(b)
				binary.LittleEndian.PutUint16(b[off:], v)
				return b
			}
		}
		set32 := func(off int, v uint32) func([]byte) []byte {
			return func(b []byte) []byte {
				b = bytes.Clone(b)
				binary.LittleEndian.PutUint32(b[off:], v)
				return b
			}
		}
		otherSize := uint32(TDReportSize15)
		if bt == BodyTypeTDReport15 {
			otherSize = TDReportSize10
		}
		notIntelQE := func(qe *sgx.ReportBody) { qe.MRSigner[0] ^= 1 }
		debugQE := func(qe *sgx.ReportBody) { qe.Attributes[0] |= sgx.AttributeDebug }
		badAK := [AttestationKeySize]byte{1, 2, 3}
		// Offsets in the QE report body (sgx_report_body_t; the parser's
		// own are in attest/internal/dcap).
		const (
			offRBISVSVN     = 258
			offRBReportData = 320
		)
		cases := []struct {
			name string
			raw  []byte
			opts Options
			want error
		}{
			{name: "MRTD flipped", raw: flip(v5OffBody + offTDMrTd)(good), want: attest.ErrSignature},
			{name: "report data flipped", raw: flip(v5OffBody + offTDReportData + 63)(good), want: attest.ErrSignature},
			{name: "TEE_TCB_SVN flipped", raw: flip(v5OffBody)(good), want: attest.ErrSignature},
			{name: "last body byte flipped", raw: flip(v5OffBody + bodySize - 1)(good), want: attest.ErrSignature},
			{name: "header user data flipped", raw: flip(HeaderSize - 1)(good), want: attest.ErrSignature},
			{name: "quote signature flipped", raw: flip(l.sig + 5)(good), want: attest.ErrSignature},
			{name: "attestation key flipped", raw: flip(l.ak + 5)(good), want: attest.ErrKeyBinding},
			{name: "QE report flipped", raw: flip(l.qeReport + offRBISVSVN)(good), want: attest.ErrSignature},
			{name: "QE report data flipped", raw: flip(l.qeReport + offRBReportData)(good), want: attest.ErrSignature},
			{name: "QE report signature flipped", raw: flip(l.qeSig + 40)(good), want: attest.ErrSignature},
			{name: "QE auth data flipped", raw: flip(l.auth + 3)(good), want: attest.ErrKeyBinding},
			{name: "PCK leaf signature flipped", raw: flipPEMLeafSignature(good), want: attest.ErrCertChain},
			{name: "PCK chain PEM broken", raw: breakPEMHeader(good), want: attest.ErrMalformed},
			{name: "body type 1 (SGX enclave report)", raw: set16(v5OffBodyType, 1)(good), want: attest.ErrMalformed},
			{name: "body type 4", raw: set16(v5OffBodyType, 4)(good), want: attest.ErrMalformed},
			{name: "body type swapped", raw: set16(v5OffBodyType, BodyTypeTDReport10+BodyTypeTDReport15-bt)(good), want: attest.ErrMalformed},
			{name: "body size of the other type", raw: set32(v5OffBodySize, otherSize)(good), want: attest.ErrMalformed},
			{name: "body size 0", raw: set32(v5OffBodySize, 0)(good), want: attest.ErrMalformed},
			{name: "body size huge", raw: set32(v5OffBodySize, 0xffffffff)(good), want: attest.ErrMalformed},
			{name: "version 3", raw: setVersion(3)(good), want: attest.ErrMalformed},
			{name: "version 6", raw: setVersion(6)(good), want: attest.ErrMalformed},
			{name: "version 4 (v5 bytes read as v4)", raw: setVersion(4)(good), want: attest.ErrMalformed},
			{name: "SGX TEE type", raw: set32(4, 0)(good), want: attest.ErrMalformed},
			{name: "attestation key type 3", raw: set16(2, 3)(good), want: attest.ErrMalformed},
			{name: "not Intel's QE vendor", raw: flip(12)(good), want: attest.ErrMalformed},
			{name: "signature data length overruns", raw: set32(l.sigLen, uint32(len(good)-l.sig+1))(good), want: attest.ErrMalformed},
			{name: "signature data length short", raw: set32(l.sigLen, uint32(len(good)-l.sig-1))(good), want: attest.ErrMalformed},
			{name: "certification data type 5", raw: set16(l.certType, CertDataTypePCKChain)(good), want: attest.ErrMalformed},
			{name: "certification data size off by one", raw: set32(l.certType+2, uint32(len(good)-l.qeReport-1))(good), want: attest.ErrMalformed},
			{name: "QE auth data length overruns", raw: set16(l.authLen, 0xffff)(good), want: attest.ErrMalformed},
			{name: "nested certification data type 6", raw: set16(l.auth+len("synthetic QE authentication data"), CertDataTypeQEReport)(good), want: attest.ErrMalformed},
			{name: "truncated in header", raw: truncate(HeaderSize - 1)(good), want: attest.ErrMalformed},
			{name: "truncated in body descriptor", raw: truncate(HeaderSize + 3)(good), want: attest.ErrMalformed},
			{name: "truncated in body", raw: truncate(v5OffBody + bodySize - 1)(good), want: attest.ErrMalformed},
			{name: "truncated in signature data", raw: truncate(l.qeReport + 10)(good), want: attest.ErrMalformed},
			{name: "truncated by one byte", raw: truncate(len(good) - 1)(good), want: attest.ErrMalformed},
			{name: "QE is not Intel's TD QE", raw: pki.quote(t, quoteSpec{bodyType: bt, qe: notIntelQE}), want: attest.ErrKeyBinding},
			{name: "debug QE", raw: pki.quote(t, quoteSpec{bodyType: bt, qe: debugQE}), want: attest.ErrKeyBinding},
			{name: "attestation key not a P-256 point", raw: pki.quote(t, quoteSpec{bodyType: bt, ak: &badAK}), want: attest.ErrMalformed},
			{name: "PCK chain of another PKI", raw: func() []byte {
				q := pki.quoteStruct(t, spec)
				q.PCKChain = pemChain(other.leaf, other.ca, other.root)
				return encodeQuote(q)
			}(), want: attest.ErrUnknownRoot},
			{name: "root copy of another PKI in the quote", raw: func() []byte {
				q := pki.quoteStruct(t, spec)
				q.PCKChain = pemChain(pki.leaf, pki.ca, other.root)
				return encodeQuote(q)
			}(), want: attest.ErrUnknownRoot},
			{name: "PCK chain out of order", raw: func() []byte {
				q := pki.quoteStruct(t, spec)
				q.PCKChain = pemChain(pki.leaf, pki.root, pki.ca)
				return encodeQuote(q)
			}(), want: attest.ErrCertChain},
			{name: "PCK chain without the root", raw: func() []byte {
				q := pki.quoteStruct(t, spec)
				q.PCKChain = pemChain(pki.leaf, pki.ca)
				return encodeQuote(q)
			}(), want: attest.ErrMalformed},
			{name: "QE report signed by another PCK key", raw: pki.quote(t, quoteSpec{bodyType: bt, leaf: pki.leaf, leafKey: other.leafKey}), want: attest.ErrSignature},
			{name: "unknown root", raw: good, opts: Options{TrustedRoots: []*x509.Certificate{unrelatedRoot(t)}, Now: at(synthTime)}, want: attest.ErrUnknownRoot},
			{name: "Intel's root", raw: good, opts: Options{Now: at(synthTime)}, want: attest.ErrUnknownRoot},
			{name: "expired", raw: good, opts: Options{TrustedRoots: []*x509.Certificate{pki.root}, Now: at(synthLeafNotAfter.Add(time.Second))}, want: attest.ErrExpired},
			{name: "not yet valid", raw: good, opts: Options{TrustedRoots: []*x509.Certificate{pki.root}, Now: at(synthLeafNotBefore.Add(-time.Second))}, want: attest.ErrExpired},
			{name: "collateral required", raw: good, opts: Options{TrustedRoots: []*x509.Certificate{pki.root}, Now: at(synthTime), RequireCollateral: true}, want: attest.ErrMalformed},
		}
		for _, c := range cases {
			t.Run(map[uint16]string{2: "type 2/", 3: "type 3/"}[bt]+c.name, func(t *testing.T) {
				opts := c.opts
				if opts.Now == nil {
					opts = pki.opts()
				}
				claims, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: c.raw}, opts)
				if claims != nil {
					t.Fatalf("claims returned with error %v", err)
				}
				wantOnly(t, err, c.want)
			})
		}

		t.Run(map[uint16]string{2: "type 2/", 3: "type 3/"}[bt]+"trailing bytes rejected, zero padding trimmed", func(t *testing.T) {
			for _, tail := range []string{"padding, unsigned and unused\x00\x00", "\x00", "\x00\x00\x00\x01"} {
				_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: append(bytes.Clone(good), tail...)}, pki.opts())
				wantOnly(t, err, attest.ErrMalformed)
			}
			padded := append(bytes.Clone(good), make([]byte, 8000-len(good))...)
			if r := verifyOK(t, TrimPadding(padded), nil, pki.opts()); !bytes.Equal(r.Quote.Raw(), good) {
				t.Fatal("TrimPadding left bytes behind")
			}
			if junk := append(bytes.Clone(good), "x\x00"...); !bytes.Equal(TrimPadding(junk), junk) {
				t.Fatal("TrimPadding cut non-zero bytes")
			}
		})
	}
}

func BenchmarkVerifyV5(b *testing.B) {
	pki := newSynthPKI(b)
	raw := pki.quote(b, quoteSpec{bodyType: BodyTypeTDReport15})
	v := NewVerifier(pki.opts())
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw}
	ctx := context.Background()
	for b.Loop() {
		if _, err := v.Verify(ctx, ev); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

func BenchmarkVerifyV5Collateral(b *testing.B) {
	pki := newSynthPKI(b)
	raw := pki.quote(b, quoteSpec{bodyType: BodyTypeTDReport15})
	col := marshal(b, pki.collateral(b, colSpec{crls: true}))
	v := NewVerifier(pki.opts())
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: col}
	ctx := context.Background()
	for b.Loop() {
		if _, err := v.Verify(ctx, ev); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

// BenchmarkVerifyCollateral is the real v4 dcap quote with its real TCB
// info and QE identity (embedded TCB Signing certificate): the whole path,
// TCB evaluation included.
func BenchmarkVerifyCollateral(b *testing.B) {
	raw := dcapQuoteBin(b)
	col := marshal(b, &Collateral{
		TCBInfo:    findTDXTCBInfo(b, quoteFMSPC(b, raw)),
		QEIdentity: dcapFile(b, "qe_identity.json"),
	})
	v := NewVerifier(Options{Now: at(dcapTime)})
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: col}
	ctx := context.Background()
	for b.Loop() {
		c, err := v.Verify(ctx, ev)
		if err != nil || c.TCB != attest.TCBOutOfDate {
			b.Fatal(c, err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}
