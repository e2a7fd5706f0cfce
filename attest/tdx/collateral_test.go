package tdx

import (
	"bytes"
	"context"
	"crypto/x509"
	"reflect"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// The real collateral captured for the google quote is genuine and current at
// googleTime, but Intel's TCB info for FMSPC 50806f000000 has no TCB level
// that this platform reaches (its PCK certificate's SGX components 3,3,... are
// below 5,5,... and TEE_TCB_SVN[2] = 4 < 5 in every level;
// TestTCBEvaluationRealGoogle): Intel calls that an unsupported TCB, and the
// verdict is ErrTCB. It is reached only
// after the PCK chain, both CRLs, the collateral signing chains, the TCB info
// and QE identity signatures, the quote signature, the QE report signature and
// the attestation key binding have all verified; every other row shows that
// breaking one of those is caught first, with its own error.
func TestVerifyCollateral(t *testing.T) {
	raw := bytes.Clone(realQuotes()[0].raw(t))
	type tc struct {
		name string
		col  func(testing.TB, *Collateral) []byte
		opts Options
		want error
	}
	as := func(mut func(testing.TB, *Collateral)) func(testing.TB, *Collateral) []byte {
		return func(t testing.TB, c *Collateral) []byte {
			mut(t, c)
			return marshal(t, c)
		}
	}
	same := as(func(testing.TB, *Collateral) {})
	now := Options{Now: at(googleTime)}
	cases := []tc{
		{name: "genuine collateral, unsupported TCB level", col: same, opts: now, want: attest.ErrTCB},
		{name: "genuine collateral with CRLs required", col: same, opts: Options{Now: at(googleTime), CheckRevocations: true, RequireCollateral: true}, want: attest.ErrTCB},
		{name: "TCB info body tampered", col: as(func(t testing.TB, c *Collateral) {
			c.TCBInfo = bytes.Replace(c.TCBInfo, []byte(`"tcbEvaluationDataNumber":15`), []byte(`"tcbEvaluationDataNumber":16`), 1)
		}), opts: now, want: attest.ErrSignature},
		{name: "QE identity body tampered", col: as(func(t testing.TB, c *Collateral) {
			c.QEIdentity = bytes.Replace(c.QEIdentity, []byte(`"isvsvn":4`), []byte(`"isvsvn":3`), 1)
		}), opts: now, want: attest.ErrSignature},
		{name: "TCB info past nextUpdate", col: same, opts: Options{Now: at(time.Date(2023, time.July, 19, 0, 0, 0, 0, time.UTC))}, want: attest.ErrExpired},
		{name: "TCB info before issueDate", col: same, opts: Options{Now: at(time.Date(2023, time.June, 10, 0, 0, 0, 0, time.UTC))}, want: attest.ErrExpired},
		{name: "TCB signing certificate signature broken", col: as(func(t testing.TB, c *Collateral) {
			c.TCBInfoIssuerChain = flipPEMLeafSignature(c.TCBInfoIssuerChain)
		}), opts: now, want: attest.ErrCertChain},
		{name: "PCK CRL in place of Root CA CRL", col: as(func(t testing.TB, c *Collateral) {
			c.RootCACRL = bytes.Clone(c.PCKCRL)
		}), opts: now, want: attest.ErrCertChain},
		// Each CRL is checked on its own; which are required is the
		// options' choice (RequireCRLs, CheckRevocations).
		{name: "PCK CRL without Root CA CRL is checked", col: as(func(t testing.TB, c *Collateral) { c.RootCACRL = nil }), opts: now, want: attest.ErrTCB},
		{name: "Root CA CRL without PCK CRL is checked", col: as(func(t testing.TB, c *Collateral) { c.PCKCRL, c.PCKCRLIssuerChain = nil, nil }), opts: now, want: attest.ErrTCB},
		{name: "lone PCK CRL flipped", col: as(func(t testing.TB, c *Collateral) {
			c.RootCACRL = nil
			c.PCKCRL = bytes.Clone(c.PCKCRL)
			c.PCKCRL[len(c.PCKCRL)-5] ^= 1
		}), opts: now, want: attest.ErrCertChain},
		{name: "lone Root CA CRL flipped", col: as(func(t testing.TB, c *Collateral) {
			c.PCKCRL, c.PCKCRLIssuerChain = nil, nil
			c.RootCACRL = bytes.Clone(c.RootCACRL)
			c.RootCACRL[len(c.RootCACRL)-5] ^= 1
		}), opts: now, want: attest.ErrCertChain},
		{name: "lone Root CA CRL in place of the PCK CRL", col: as(func(t testing.TB, c *Collateral) {
			c.PCKCRL, c.PCKCRLIssuerChain, c.RootCACRL = bytes.Clone(c.RootCACRL), nil, nil
		}), opts: now, want: attest.ErrCertChain},
		{name: "PCK CRL only, Root CA CRL required", col: as(func(t testing.TB, c *Collateral) { c.RootCACRL = nil }), opts: Options{Now: at(googleTime), RequireCRLs: CRLRootCA}, want: attest.ErrMalformed},
		{name: "PCK CRL only, PCK CRL required", col: as(func(t testing.TB, c *Collateral) { c.RootCACRL = nil }), opts: Options{Now: at(googleTime), RequireCRLs: CRLPCK}, want: attest.ErrTCB},
		{name: "Root CA CRL only, PCK CRL required", col: as(func(t testing.TB, c *Collateral) { c.PCKCRL, c.PCKCRLIssuerChain = nil, nil }), opts: Options{Now: at(googleTime), RequireCRLs: CRLPCK}, want: attest.ErrMalformed},
		{name: "PCK CRL only, both required", col: as(func(t testing.TB, c *Collateral) { c.RootCACRL = nil }), opts: Options{Now: at(googleTime), CheckRevocations: true}, want: attest.ErrMalformed},
		{name: "PCK CRL issuer chain without the PCK CRL", col: as(func(t testing.TB, c *Collateral) { c.PCKCRL = nil }), opts: now, want: attest.ErrMalformed},
		{name: "TCB info of another platform (dcap FMSPC)", col: as(func(t testing.TB, c *Collateral) {
			c.TCBInfo = findTDXTCBInfo(t, quoteFMSPC(t, dcapQuoteBin(t)))
		}), opts: now, want: attest.ErrMalformed},
		{name: "SGX TCB info", col: as(func(t testing.TB, c *Collateral) {
			c.TCBInfo = dcapFile(t, "tcb_info_v3_sgx.json")
		}), opts: now, want: attest.ErrMalformed},
		{name: "issuer chain without root", col: as(func(t testing.TB, c *Collateral) {
			c.QEIdentityIssuerChain = c.QEIdentityIssuerChain[:bytes.Index(c.QEIdentityIssuerChain, []byte("-----END CERTIFICATE-----"))+len("-----END CERTIFICATE-----")]
		}), opts: now, want: attest.ErrMalformed},
		{name: "unknown field", col: func(t testing.TB, c *Collateral) []byte {
			b := marshal(t, c)
			return append([]byte(`{"extra":1,`), b[1:]...)
		}, opts: now, want: attest.ErrMalformed},
		{name: "collateral under an unrelated root", col: same, opts: Options{Now: at(googleTime), TrustedRoots: []*x509.Certificate{unrelatedRoot(t)}}, want: attest.ErrUnknownRoot},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			col := c.col(t, googleCollateral(t, true))
			claims, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: col}, c.opts)
			if claims != nil {
				t.Fatalf("claims returned with error %v", err)
			}
			wantOnly(t, err, c.want)
		})
	}

	t.Run("without CRLs", func(t *testing.T) {
		col := marshal(t, googleCollateral(t, false))
		_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: col}, now)
		wantOnly(t, err, attest.ErrTCB)
		_, err = Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: col}, Options{Now: at(googleTime), CheckRevocations: true})
		wantOnly(t, err, attest.ErrMalformed)
	})
}

// The dcap quote's TCB info is found by its PCK certificate's FMSPC among the
// stored TCB infos. Intel signed it (and the TD_QE identity) with the key of
// the "Intel SGX TCB Signing" certificate. A supplied issuer chain is used as
// given: the 2018 issue of that certificate (go-tdx-guest's captured PCS
// headers) expired on 2025-05-21, before this collateral was issued on
// 2025-07-07, so with that chain there is no instant at which the collateral
// and its signing certificate are both valid, and the verdict is ErrExpired
// whatever the clock. Without an issuer chain the embedded 2025 renewal
// verifies it (TestTCBEvaluationRealDCAP).
func TestVerifyDCAPCollateral(t *testing.T) {
	raw := dcapQuoteBin(t)
	google := googleCollateral(t, false)
	col := &Collateral{
		TCBInfoIssuerChain:    google.TCBInfoIssuerChain,
		TCBInfo:               findTDXTCBInfo(t, quoteFMSPC(t, raw)),
		QEIdentityIssuerChain: google.QEIdentityIssuerChain,
		QEIdentity:            dcapFile(t, "qe_identity.json"),
	}
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: marshal(t, col)}
	for _, now := range []time.Time{
		time.Date(2025, time.May, 1, 0, 0, 0, 0, time.UTC), // signing cert valid, collateral not yet issued
		dcapTime, // collateral valid, signing cert expired
	} {
		_, err := Verify(context.Background(), ev, Options{Now: at(now)})
		wantOnly(t, err, attest.ErrExpired)
	}
	// Without collateral the same quote verifies at the same instant.
	if _, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw}, Options{Now: at(dcapTime)}); err != nil {
		t.Fatal(err)
	}
}

func TestCollateralRoundTrip(t *testing.T) {
	c := googleCollateral(t, true)
	b := marshal(t, c)
	got, err := ParseCollateral(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Fatal("round trip changed the collateral")
	}
	if _, err := ParseCollateral(append(b, b...)); err == nil {
		t.Fatal("trailing data accepted")
	}
}
