package tdx

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
	"github.com/teerollup/teerollup/attest/sgx"
)

// TestTCBEvaluationSynthetic drives Intel's TDX TCB algorithm through
// Verify with synthetic collateral signed by the synthetic PKI, for v4 and
// v5 quotes alike (one code path). The synthetic TCB info (synthTCBInfo)
// has three platform levels:
//
//	L0 SGX 5,5,2,2,3,1,0,3 PCESVN 11 TDX 5,0,7  UpToDate  2024-03-13
//	L1 SGX 5,5,2,2,3,1,0,3 PCESVN 11 TDX 3,0,6  OutOfDate 2023-08-09
//	L2 SGX 4,4,2,2,3,1,0,3 PCESVN 11 TDX 3,0,5  OutOfDate 2023-02-15
//
// module identity TDX_01 with levels SVN 4 UpToDate, SVN 2 OutOfDate; the
// TD_QE identity has levels ISVSVN 4 UpToDate, 2 OutOfDate. The default
// quote has TEE_TCB_SVN 5,0,7, the PCK certificate SGX 5,5,2,2,3,1,0,3
// PCESVN 11, the QE ISVSVN 4.
func TestTCBEvaluationSynthetic(t *testing.T) {
	pki := newSynthPKI(t)
	other := newSynthPKI(t)
	svn := func(s ...byte) func(*TDReport) {
		return func(r *TDReport) { r.TEETCBSVN = [16]byte{}; copy(r.TEETCBSVN[:], s) }
	}
	qeSVN := func(n uint16) func(*sgx.ReportBody) { return func(qe *sgx.ReportBody) { qe.ISVSVN = n } }
	status := func(i int, s string) func(*jTCBInfo) { return func(ti *jTCBInfo) { ti.TCBLevels[i].TCBStatus = s } }
	pck := func(comps [16]uint8, pcesvn uint16) *pckParams {
		p := synthPCK
		p.comps, p.pcesvn = comps, pcesvn
		return &p
	}
	tamper := func(doc *[]byte) {
		*doc = bytes.Replace(*doc, []byte(`"tcbEvaluationDataNumber":17`), []byte(`"tcbEvaluationDataNumber":18`), 1)
	}
	type tc struct {
		name   string
		body   func(*TDReport)
		qe     func(*sgx.ReportBody)
		pck    *pckParams
		col    colSpec
		colMut func(*Collateral)
		opts   func(Options) Options
		want   attest.TCBStatus // when err is nil
		date   string           // matched platform level's date, when err is nil
		module string           // matched module identity, "" for version 0
		err    error
	}
	cases := []tc{
		{name: "newest level", want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "TDX late microcode one behind", body: svn(5, 0, 6), want: attest.TCBOutOfDate, date: "2023-08-09"},
		{name: "TDX module SVN behind", body: svn(3, 0, 6), want: attest.TCBOutOfDate, date: "2023-08-09"},
		{name: "older SGX components", pck: pck([16]uint8{4, 4, 2, 2, 3, 1, 0, 3}, 11), want: attest.TCBOutOfDate, date: "2023-02-15"},
		{name: "SGX components above the newest", pck: pck([16]uint8{9, 9, 9, 9, 9, 9, 9, 9, 9}, 13), body: svn(9, 0, 9, 9), want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "TEE_TCB_SVN below every level", body: svn(2, 0, 4), err: attest.ErrTCB},
		{name: "SGX components below every level", pck: pck([16]uint8{3, 3, 2, 2, 3, 1, 0, 3}, 11), err: attest.ErrTCB},
		{name: "PCESVN below every level", pck: pck([16]uint8{5, 5, 2, 2, 3, 1, 0, 3}, 10), err: attest.ErrTCB},
		{name: "one SGX component below", pck: pck([16]uint8{5, 5, 2, 2, 3, 1, 0, 2}, 11), err: attest.ErrTCB},

		// Module major version > 0: components 0 and 1 are judged by the
		// module identity, not by the platform levels.
		{name: "module v1 newest", body: svn(4, 1, 7), want: attest.TCBUpToDate, date: "2024-03-13", module: "TDX_01"},
		{name: "module v1 SVN 3: module OutOfDate", body: svn(3, 1, 7), want: attest.TCBOutOfDate, date: "2024-03-13", module: "TDX_01"},
		{name: "module v1 SVN 1: no module level", body: svn(1, 1, 7), err: attest.ErrTCB},
		{name: "module v1, microcode behind", body: svn(4, 1, 6), want: attest.TCBOutOfDate, date: "2023-08-09", module: "TDX_01"},
		{name: "module v2: no identity", body: svn(9, 2, 7), err: attest.ErrTCB},
		{name: "module identity id in lower case", body: svn(4, 1, 7), col: colSpec{tcb: func(ti *jTCBInfo) { ti.TDXModuleIdentities[0].ID = "tdx_01" }},
			want: attest.TCBUpToDate, date: "2024-03-13", module: "tdx_01"},
		{name: "module v1 without identities", body: svn(4, 1, 7), col: colSpec{tcb: func(ti *jTCBInfo) { ti.TDXModuleIdentities = nil }}, err: attest.ErrTCB},
		{name: "module v1: identity signer differs", body: svn(4, 1, 7), col: colSpec{tcb: func(ti *jTCBInfo) {
			ti.TDXModuleIdentities[0].MRSigner = "01" + zeroMRSigner[2:]
		}}, err: attest.ErrTCB},
		{name: "module v0: tdxModule signer differs", col: colSpec{tcb: func(ti *jTCBInfo) { ti.TDXModule.MRSigner = "01" + zeroMRSigner[2:] }}, err: attest.ErrTCB},
		{name: "module v0 ignores the identities' signer", col: colSpec{tcb: func(ti *jTCBInfo) {
			ti.TDXModuleIdentities[0].MRSigner = "01" + zeroMRSigner[2:]
		}}, want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "MRSIGNERSEAM not Intel's", body: func(r *TDReport) { r.MRSignerSEAM[47] = 1 }, err: attest.ErrTCB},
		{name: "SEAMATTRIBUTES set", body: func(r *TDReport) { r.SEAMAttributes[0] = 1 }, err: attest.ErrTCB},
		{name: "SEAMATTRIBUTES outside the mask", body: func(r *TDReport) { r.SEAMAttributes[0] = 1 },
			col: colSpec{tcb: func(ti *jTCBInfo) { ti.TDXModule.AttributesMask = "FEFFFFFFFFFFFFFF" }}, want: attest.TCBUpToDate, date: "2024-03-13"},

		// Convergence with the module and QE statuses.
		{name: "SWHardeningNeeded", col: colSpec{tcb: status(0, "SWHardeningNeeded")}, want: attest.TCBSWHardening, date: "2024-03-13"},
		{name: "ConfigurationNeeded", col: colSpec{tcb: status(0, "ConfigurationNeeded")}, want: attest.TCBConfigNeeded, date: "2024-03-13"},
		{name: "ConfigurationAndSWHardeningNeeded", col: colSpec{tcb: status(0, "ConfigurationAndSWHardeningNeeded")}, want: attest.TCBConfigAndHarden, date: "2024-03-13"},
		{name: "OutOfDateConfigurationNeeded", col: colSpec{tcb: status(0, "OutOfDateConfigurationNeeded")}, want: attest.TCBOutOfDateConfig, date: "2024-03-13"},
		{name: "ConfigurationNeeded, module OutOfDate", body: svn(3, 1, 7), col: colSpec{tcb: status(0, "ConfigurationNeeded")},
			want: attest.TCBOutOfDateConfig, date: "2024-03-13", module: "TDX_01"},
		{name: "SWHardeningNeeded, QE OutOfDate", qe: qeSVN(3), col: colSpec{tcb: status(0, "SWHardeningNeeded")}, want: attest.TCBOutOfDate, date: "2024-03-13"},
		{name: "ConfigurationAndSWHardeningNeeded, QE OutOfDate", qe: qeSVN(2), col: colSpec{tcb: status(0, "ConfigurationAndSWHardeningNeeded")},
			want: attest.TCBOutOfDateConfig, date: "2024-03-13"},
		{name: "QE OutOfDate", qe: qeSVN(3), want: attest.TCBOutOfDate, date: "2024-03-13"},
		{name: "QE newer than every level", qe: qeSVN(40), want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "QE below every level", qe: qeSVN(1), err: attest.ErrTCB},
		{name: "platform level Revoked", col: colSpec{tcb: status(0, "Revoked")}, err: attest.ErrRevoked},
		{name: "module level Revoked", body: svn(4, 1, 7), col: colSpec{tcb: func(ti *jTCBInfo) { ti.TDXModuleIdentities[0].TCBLevels[0].TCBStatus = "Revoked" }}, err: attest.ErrRevoked},
		{name: "QE level Revoked", col: colSpec{qe: func(qi *jQEIdentity) { qi.TCBLevels[0].TCBStatus = "Revoked" }}, err: attest.ErrRevoked},

		// QE identity.
		{name: "QE MRSIGNER differs", col: colSpec{qe: func(qi *jQEIdentity) { qi.MRSigner = "00" + qi.MRSigner[2:] }}, err: attest.ErrKeyBinding},
		{name: "QE ISVPRODID differs", col: colSpec{qe: func(qi *jQEIdentity) { qi.ISVProdID = 1 }}, err: attest.ErrKeyBinding},
		{name: "QE MISCSELECT differs", qe: func(qe *sgx.ReportBody) { qe.MiscSelect = 1 }, err: attest.ErrKeyBinding},
		{name: "QE MISCSELECT outside the mask", qe: func(qe *sgx.ReportBody) { qe.MiscSelect = 1 },
			col: colSpec{qe: func(qi *jQEIdentity) { qi.MiscSelectMask = "FFFFFFFE" }}, want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "QE in debug mode", qe: func(qe *sgx.ReportBody) { qe.Attributes[0] |= sgx.AttributeDebug }, err: attest.ErrKeyBinding},
		{name: "QE ATTRIBUTES outside the mask", qe: func(qe *sgx.ReportBody) { qe.Attributes[8] = 0 }, want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "QE identity names another QE, which the quote has", qe: func(qe *sgx.ReportBody) { qe.MRSigner[0] = 0xaa },
			col: colSpec{qe: func(qi *jQEIdentity) { qi.MRSigner = "AA" + qi.MRSigner[2:] }}, want: attest.TCBUpToDate, date: "2024-03-13"},

		// Collateral integrity, applicability and validity.
		{name: "TCB info of another FMSPC", col: colSpec{tcb: func(ti *jTCBInfo) { ti.FMSPC = "00806F050000" }}, err: attest.ErrMalformed},
		{name: "TCB info of another PCE-ID", col: colSpec{tcb: func(ti *jTCBInfo) { ti.PCEID = "0001" }}, err: attest.ErrMalformed},
		{name: "TCB info tampered", colMut: func(c *Collateral) { tamper(&c.TCBInfo) }, err: attest.ErrSignature},
		{name: "QE identity tampered", colMut: func(c *Collateral) { tamper(&c.QEIdentity) }, err: attest.ErrSignature},
		{name: "TCB info signed by another key", colMut: func(c *Collateral) { c.TCBInfo = other.collateral(t, colSpec{}).TCBInfo }, err: attest.ErrSignature},
		{name: "TCB info signer of another PKI", colMut: func(c *Collateral) {
			oc := other.collateral(t, colSpec{})
			c.TCBInfo, c.TCBInfoIssuerChain = oc.TCBInfo, oc.TCBInfoIssuerChain
		}, err: attest.ErrUnknownRoot},
		{name: "issuer chain with another root copy", colMut: func(c *Collateral) { c.QEIdentityIssuerChain = pemChain(pki.tcb, other.root) }, err: attest.ErrUnknownRoot},
		{name: "PCK CRL issuer chain with another root copy", col: colSpec{crls: true}, colMut: func(c *Collateral) { c.PCKCRLIssuerChain = pemChain(pki.ca, other.root) }, err: attest.ErrUnknownRoot},
		{name: "TCB info signed by the PCK CA", colMut: func(c *Collateral) {
			c.TCBInfo = signDoc(t, pki.caKey, "tcbInfo", synthTCBInfo())
			c.TCBInfoIssuerChain = pemChain(pki.ca, pki.root)
		}, err: attest.ErrCertChain},
		{name: "no issuer chains: the embedded Intel signers do not chain to this root", col: colSpec{noIssuerChains: true}, err: attest.ErrUnknownRoot},
		{name: "TCB info past nextUpdate", opts: func(o Options) Options { o.Now = at(synthNext.Add(time.Second)); return o }, err: attest.ErrExpired},
		{name: "TCB info before issueDate", opts: func(o Options) Options { o.Now = at(synthIssue.Add(-time.Second)); return o }, err: attest.ErrExpired},
		{name: "unknown tcbStatus", col: colSpec{tcb: status(1, "Fine")}, err: attest.ErrMalformed},
		{name: "15 TDX components", col: colSpec{tcb: func(ti *jTCBInfo) { ti.TCBLevels[0].TCB.TDX = ti.TCBLevels[0].TCB.TDX[:15] }}, err: attest.ErrMalformed},
		{name: "TCB info version 2", col: colSpec{tcb: func(ti *jTCBInfo) { ti.Version = 2 }}, err: attest.ErrMalformed},
		{name: "SGX TCB info", col: colSpec{tcb: func(ti *jTCBInfo) { ti.ID = "SGX" }}, err: attest.ErrMalformed},
		{name: "SGX QE identity", col: colSpec{qe: func(qi *jQEIdentity) { qi.ID = "QE" }}, err: attest.ErrMalformed},
		{name: "QE level status ConfigurationNeeded", col: colSpec{qe: func(qi *jQEIdentity) { qi.TCBLevels[0].TCBStatus = "ConfigurationNeeded" }}, err: attest.ErrMalformed},

		// Revocation.
		{name: "CRLs, nothing revoked", col: colSpec{crls: true}, opts: func(o Options) Options { o.CheckRevocations = true; return o }, want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "PCK certificate revoked", col: colSpec{crls: true, revokedByCA: []*x509.Certificate{pki.leaf}}, err: attest.ErrRevoked},
		{name: "PCK CA revoked", col: colSpec{crls: true, revokedByRoot: []*x509.Certificate{pki.ca}}, err: attest.ErrRevoked},
		{name: "TCB Signing certificate revoked", col: colSpec{crls: true, revokedByRoot: []*x509.Certificate{pki.tcb}}, err: attest.ErrRevoked},
		{name: "CRLs past nextUpdate", col: colSpec{crls: true, crlNext: synthTime.Add(-time.Hour)}, err: attest.ErrExpired},
		// Each CRL is checked when given, without the other.
		{name: "PCK certificate revoked, PCK CRL alone", col: colSpec{crls: true, revokedByCA: []*x509.Certificate{pki.leaf}}, colMut: func(c *Collateral) { c.RootCACRL = nil }, err: attest.ErrRevoked},
		{name: "PCK CA revoked, Root CA CRL alone", col: colSpec{crls: true, revokedByRoot: []*x509.Certificate{pki.ca}}, colMut: func(c *Collateral) { c.PCKCRL, c.PCKCRLIssuerChain = nil, nil }, err: attest.ErrRevoked},
		{name: "PCK CRL alone past nextUpdate", col: colSpec{crls: true, crlNext: synthTime.Add(-time.Hour)}, colMut: func(c *Collateral) { c.RootCACRL = nil }, err: attest.ErrExpired},
		{name: "PCK CRL alone, nothing revoked", col: colSpec{crls: true}, colMut: func(c *Collateral) { c.RootCACRL = nil }, opts: func(o Options) Options { o.RequireCRLs = CRLPCK; return o }, want: attest.TCBUpToDate, date: "2024-03-13"},
		{name: "PCK CRL issued by the root", colMut: func(c *Collateral) { c.PCKCRL = pki.crl(t, pki.root, pki.rootKey, synthNext) }, col: colSpec{crls: true}, err: attest.ErrCertChain},
		{name: "Root CA CRL of another PKI", colMut: func(c *Collateral) { c.RootCACRL = other.crl(t, other.root, other.rootKey, synthNext) }, col: colSpec{crls: true}, err: attest.ErrCertChain},
	}
	for _, version := range []uint16{QuoteVersion4, QuoteVersion5} {
		for _, c := range cases {
			t.Run(map[uint16]string{4: "v4/", 5: "v5/"}[version]+c.name, func(t *testing.T) {
				body := synthBody()
				if c.body != nil {
					c.body(&body)
				}
				spec := quoteSpec{version: version, body: &body, qe: c.qe}
				if c.pck != nil {
					spec.leaf, spec.leafKey = pki.newLeaf(t, *c.pck)
				}
				raw := pki.quote(t, spec)
				col := pki.collateral(t, c.col)
				if c.colMut != nil {
					c.colMut(col)
				}
				opts := pki.opts()
				if c.opts != nil {
					opts = c.opts(opts)
				}
				r, err := VerifyQuote(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: marshal(t, col)}, opts)
				if c.err != nil {
					if r != nil {
						t.Fatalf("result with error %v", err)
					}
					wantOnly(t, err, c.err)
					return
				}
				if err != nil {
					t.Fatalf("VerifyQuote: %v", err)
				}
				if r.Claims.TCB != c.want || r.TCB.Status != c.want {
					t.Fatalf("TCB = %q, want %q", r.Claims.TCB, c.want)
				}
				if got := r.TCB.Level.TCBDate.Format(time.DateOnly); got != c.date {
					t.Errorf("matched level of %s, want %s", got, c.date)
				}
				switch {
				case c.module == "" && (r.TCB.Module != nil || r.TCB.ModuleLevel != nil):
					t.Errorf("module identity %s matched for module version 0", r.TCB.Module.ID)
				case c.module != "" && (r.TCB.Module == nil || r.TCB.Module.ID != c.module || r.TCB.ModuleLevel == nil):
					t.Errorf("module identity = %+v, want %s", r.TCB.Module, c.module)
				}
				if r.TCB.QELevel == nil || r.TCBInfo == nil || r.QEIdentity == nil {
					t.Error("result lacks the QE level or the documents")
				}
			})
		}
	}
}

// The real TDX quote of automata-dcap-attestation (quote_tdx.bin; FMSPC
// 00806f050000 in its PCK certificate) goes with the real TCB info for that
// FMSPC (tcb_info_v3_with_tdx_module.json) and TD_QE identity, issued
// 2025-07-07 and signed by the renewed Intel SGX TCB Signing certificate
// (2025-05-06 to 2032-05-06), which this package embeds. The platform's
// PCK TCB (SGX 6,6,2,2,3,1,0,3, PCESVN 11) is one microcode update behind
// Intel's newest level (7,7,...), so the matched level is 2023-08-09,
// OutOfDate, with advisories INTEL-SA-00960/00982/00986; the TDX module
// (TEE_TCB_SVN 04 01 07: major version 1, SVN 4) is TDX_01's UpToDate
// level, and the QE (ISVSVN 6) is UpToDate. The verdict is OutOfDate, a
// claim for the policy to judge, not an error.
func TestTCBEvaluationRealDCAP(t *testing.T) {
	for _, rq := range realQuotes()[1:] {
		t.Run(rq.name, func(t *testing.T) {
			raw := rq.raw(t)
			if fmspc := quoteFMSPC(t, raw); fmspc != "00806F050000" && fmspc != "00806f050000" {
				t.Fatalf("quote FMSPC %s", fmspc)
			}
			base := &Collateral{
				TCBInfo:    findTDXTCBInfo(t, quoteFMSPC(t, raw)),
				QEIdentity: dcapFile(t, "qe_identity.json"),
			}
			renewed := *base
			chain := pemChain(dcap.IntelTCBSigners()[1], DefaultRoots()[0])
			renewed.TCBInfoIssuerChain, renewed.QEIdentityIssuerChain = chain, chain
			for name, col := range map[string]*Collateral{"embedded signer": base, "supplied renewed chain": &renewed} {
				r := verifyOK(t, raw, col, Options{Now: at(dcapTime), RequireCollateral: true})
				ev := r.TCB
				if r.Claims.TCB != attest.TCBOutOfDate || ev.Status != attest.TCBOutOfDate {
					t.Fatalf("%s: TCB = %q, want OutOfDate", name, r.Claims.TCB)
				}
				if got := ev.Level.TCBDate.Format(time.DateOnly); got != "2023-08-09" ||
					!slices.Equal(ev.Level.AdvisoryIDs, []string{"INTEL-SA-00960", "INTEL-SA-00982", "INTEL-SA-00986"}) {
					t.Errorf("%s: level %s %v", name, got, ev.Level.AdvisoryIDs)
				}
				if ev.Module == nil || ev.Module.ID != "TDX_01" || ev.ModuleLevel.ISVSVN != 4 || ev.ModuleLevel.Status != attest.TCBUpToDate {
					t.Errorf("%s: module %+v %+v", name, ev.Module, ev.ModuleLevel)
				}
				if ev.QELevel.ISVSVN != 4 || ev.QELevel.Status != attest.TCBUpToDate || r.Quote.QEReport.ISVSVN != 6 {
					t.Errorf("%s: QE level %+v", name, ev.QELevel)
				}
				// The window is the collateral's: QE identity issued
				// 09:20:26, TCB info next update 2025-08-06 09:06:43.
				if nb, na := r.Claims.NotBefore.Format(time.RFC3339), r.Claims.NotAfter.Format(time.RFC3339); nb != "2025-07-07T09:20:26Z" || na != "2025-08-06T09:06:43Z" {
					t.Errorf("%s: window %s..%s", name, nb, na)
				}

				// The claim reaches the policy, which decides.
				pol := attest.Policy{AnyMeasurement: true, Kinds: []attest.Kind{attest.KindTDX}}
				if err := pol.Check(&r.Claims, dcapTime); !errors.Is(err, attest.ErrTCB) {
					t.Errorf("%s: default policy accepted an OutOfDate TCB: %v", name, err)
				}
				pol.TCBStatuses = []attest.TCBStatus{attest.TCBUpToDate, attest.TCBOutOfDate}
				if err := pol.Check(&r.Claims, dcapTime); err != nil {
					t.Errorf("%s: policy accepting OutOfDate: %v", name, err)
				}
			}
			// Before the collateral was issued, with both signing
			// certificates valid: the collateral's own window rejects it.
			_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: marshal(t, base)},
				Options{Now: at(time.Date(2025, time.May, 10, 0, 0, 0, 0, time.UTC))})
			wantOnly(t, err, attest.ErrExpired)
		})
	}
}

// The google quote (FMSPC 50806f000000) with its captured TCB info is below
// every level: its PCK certificate's SGX components (3,3,2,2,2,1,0,2) are
// under those of both levels (5,5,2,2,3,1,0,3), and TEE_TCB_SVN[2] = 4 is
// under 5 as well. Intel calls that an unsupported TCB: ErrTCB.
func TestTCBEvaluationRealGoogle(t *testing.T) {
	raw := realQuotes()[0].raw(t)
	q, err := ParseQuote(raw)
	if err != nil {
		t.Fatal(err)
	}
	chain, err := parsePCKChain(q)
	if err != nil {
		t.Fatal(err)
	}
	ext := mustExts(t, chain.leaf)
	col, err := parseCollateralFor(marshal(t, googleCollateral(t, true)), ext)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkQE(col.qeIdentity, &q.QEReport); err != nil {
		t.Fatalf("the real QE does not match the real TD_QE identity: %v", err)
	}
	if err := checkQE(nil, &q.QEReport); err != nil {
		t.Fatalf("the real QE is not Intel's built-in TD QE: %v", err)
	}
	_, err = evaluateTCB(col.tcbInfo, col.qeIdentity, ext, &q.Body, &q.QEReport)
	wantOnly(t, err, attest.ErrTCB)
	if !strings.Contains(err.Error(), "SGX components") {
		t.Errorf("error does not say which components fell short: %v", err)
	}
	// Were the PCK certificate at the newest SGX level, TEE_TCB_SVN would
	// still fall short.
	up := *ext
	up.CompSVN = [16]uint8{5, 5, 2, 2, 3, 1, 0, 3}
	_, err = evaluateTCB(col.tcbInfo, col.qeIdentity, &up, &q.Body, &q.QEReport)
	if !errors.Is(err, attest.ErrTCB) || !strings.Contains(err.Error(), "TDX components") {
		t.Errorf("error = %v", err)
	}
	// And with TEE_TCB_SVN[2] raised too, it is the newest level.
	body := q.Body
	body.TEETCBSVN[2] = 5
	ev, err := evaluateTCB(col.tcbInfo, col.qeIdentity, &up, &body, &q.QEReport)
	if err != nil || ev.Status != attest.TCBUpToDate || ev.Level != &col.tcbInfo.TCBLevels[0] {
		t.Errorf("evaluation = %+v, %v", ev, err)
	}
}

// The embedded Intel SGX TCB Signing certificates are the 2018 issue and
// its 2025 renewal, with the same key, both under the Intel SGX Root CA;
// the one valid at the verification time is used.
func TestEmbeddedTCBSigners(t *testing.T) {
	certs := dcap.IntelTCBSigners()
	root := DefaultRoots()[0]
	for i, c := range certs {
		if c.Subject.CommonName != dcap.CNTCBSigning || c.CheckSignatureFrom(root) != nil {
			t.Fatalf("embedded signer %d (%q) is not signed by the Intel SGX Root CA", i, c.Subject.CommonName)
		}
	}
	if !certs[0].PublicKey.(*ecdsa.PublicKey).Equal(certs[1].PublicKey) {
		t.Fatal("the two issues have different keys")
	}
	for _, c := range []struct {
		now   time.Time
		until int
	}{
		{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), 2025},
		{time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC), 2032},
		{time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC), 2032}, // none valid: the last to expire, for the window to reject
	} {
		ch, err := tcbSigningChain("test", nil, DefaultRoots(), c.now)
		if err != nil {
			t.Fatal(err)
		}
		if len(ch) != 2 || !ch[1].Equal(root) || ch[0].NotAfter.Year() != c.until {
			t.Errorf("at %v: signer valid until %v", c.now, ch[0].NotAfter)
		}
	}
	if _, err := tcbSigningChain("test", nil, []*x509.Certificate{unrelatedRoot(t)}, dcapTime); !errors.Is(err, attest.ErrUnknownRoot) {
		t.Errorf("embedded signers under an unrelated root: %v", err)
	}
}

func TestParseCollateralDocuments(t *testing.T) {
	ti, err := ParseTCBInfo([]byte(findTDXTCBInfo(t, "00806f050000")))
	if err != nil {
		t.Fatal(err)
	}
	if ti.TCBEvaluationDataNumber != 17 || len(ti.TCBLevels) != 4 || len(ti.TDXModuleIdentities) != 2 ||
		ti.TDXModuleIdentities[1].ID != "TDX_01" || len(ti.TDXModuleIdentities[1].TCBLevels) != 2 {
		t.Fatalf("parsed %+v", ti)
	}
	qi, err := ParseQEIdentity(dcapFile(t, "qe_identity.json"))
	if err != nil {
		t.Fatal(err)
	}
	if qi.MRSigner != IntelTDQEMRSigner || qi.ISVProdID != IntelTDQEProdID || qi.MiscSelectMask != 0xffffffff {
		t.Fatalf("parsed %+v", qi)
	}
	for _, bad := range []string{
		``, `{}`, `[]`, `{"tcbInfo":{}}`, `{"tcbInfo":null,"signature":"00"}`, `{"tcbInfo":{},"signature":"zz"}`,
		`{"tcbInfo":{},"signature":"` + strings.Repeat("0", 128) + `"}`,
		`{"tcbInfo":{},"signature":"` + strings.Repeat("0", 128) + `","x":1}`,
		`{"tcbInfo":{},"signature":"` + strings.Repeat("0", 128) + `"} {}`,
	} {
		if _, err := ParseTCBInfo([]byte(bad)); !errors.Is(err, attest.ErrMalformed) {
			t.Errorf("ParseTCBInfo(%q) = %v", bad, err)
		}
		if _, err := ParseQEIdentity([]byte(strings.Replace(bad, "tcbInfo", "enclaveIdentity", 1))); !errors.Is(err, attest.ErrMalformed) {
			t.Errorf("ParseQEIdentity(%q) = %v", bad, err)
		}
	}
	if _, err := ParseTCBInfo(dcapFile(t, "tcb_info_v3_sgx.json")); !errors.Is(err, attest.ErrMalformed) {
		t.Errorf("SGX TCB info accepted: %v", err)
	}
	if _, err := ParseQEIdentity(dcapFile(t, "sgx_qeidentity_v4.json")); !errors.Is(err, attest.ErrMalformed) {
		t.Errorf("SGX QE identity accepted: %v", err)
	}
}
