package sgx

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

func synthEvidence(q *Quote) attest.Evidence {
	return attest.Evidence{Format: attest.FormatSGX, Raw: q.Raw()}
}

func TestSynthVerify(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	opts := Options{TrustedRoots: k.roots, Now: clock(synthEpoch)}
	q := k.quote(t, defaultQuoteParams())
	c, err := Verify(context.Background(), synthEvidence(q), opts)
	if err != nil {
		t.Fatal(err)
	}
	if c.Debug || c.SVN != 3 || c.ReportData != q.Body.ReportData || c.TCB != attest.TCBUnknown {
		t.Errorf("claims = %+v", c)
	}
	nb, na := chainWindow([]*x509.Certificate{k.leaf, k.ca, k.root})
	if !c.NotBefore.Equal(nb) || !c.NotAfter.Equal(na) {
		t.Errorf("window %s..%s, want %s..%s", c.NotBefore, c.NotAfter, nb, na)
	}

	qp := defaultQuoteParams()
	qp.flags |= AttributeDebug
	c, err = Verify(context.Background(), synthEvidence(k.quote(t, qp)), opts)
	if err != nil || !c.Debug {
		t.Fatalf("debug enclave: claims %+v, err %v", c, err)
	}
	// The default trust anchor is Intel's: the synthetic root is unknown.
	_, err = Verify(context.Background(), synthEvidence(q), Options{Now: clock(synthEpoch)})
	if !errors.Is(err, attest.ErrUnknownRoot) {
		t.Fatalf("synthetic quote under Intel roots: %v", err)
	}
}

func TestSynthQuoteChecks(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	other := newTestPKI(t, defaultPCK)
	offCurve := [AttestationKeySize]byte{1, 2, 3}
	noExt := mkCert(t, &x509.Certificate{Subject: intelName(dcap.CNPCKLeaf), NotBefore: k.leaf.NotBefore, NotAfter: k.leaf.NotAfter}, k.ca, &k.leafKey.PublicKey, k.caKey)
	wrongCN := mkCert(t, &x509.Certificate{Subject: intelName("Intel SGX TCB Signing"), NotBefore: k.leaf.NotBefore, NotAfter: k.leaf.NotAfter}, k.ca, &k.leafKey.PublicKey, k.caKey)
	expiredCA := mkCert(t, caTemplate(dcap.CNPlatformCA, k.ca.NotBefore, synthEpoch.Add(-time.Hour)), k.root, &k.caKey.PublicKey, k.rootKey)
	processorCA := mkCert(t, caTemplate("Intel SGX PCK Processor CA", k.ca.NotBefore, k.ca.NotAfter), k.root, &k.caKey.PublicKey, k.rootKey)
	unnamedCA := mkCert(t, caTemplate("Some CA", k.ca.NotBefore, k.ca.NotAfter), k.root, &k.caKey.PublicKey, k.rootKey)
	leafUnderUnnamed := mkCert(t, &x509.Certificate{Subject: intelName(dcap.CNPCKLeaf), NotBefore: k.leaf.NotBefore, NotAfter: k.leaf.NotAfter,
		ExtraExtensions: k.leaf.Extensions[len(k.leaf.Extensions)-1:]}, unnamedCA, &k.leafKey.PublicKey, k.caKey)

	cases := []struct {
		name    string
		mod     func(*quoteParams)
		wantErr error
	}{
		{"valid", func(*quoteParams) {}, nil},
		{"QE not Intel's MRSIGNER", func(p *quoteParams) { p.qeMRSigner[0] ^= 1 }, attest.ErrKeyBinding},
		{"QE ISVPRODID", func(p *quoteParams) { p.qeProdID = 2 }, attest.ErrKeyBinding},
		{"debug QE", func(p *quoteParams) { p.qeFlags |= AttributeDebug }, attest.ErrKeyBinding},
		{"QE report data tail not zero", func(p *quoteParams) { p.mutateQE = func(r *ReportBody) { r.ReportData[40] = 1 } }, attest.ErrKeyBinding},
		{"attestation key off the curve", func(p *quoteParams) { p.ak = &offCurve }, attest.ErrMalformed},
		{"empty QE auth data", func(p *quoteParams) { p.authData = nil }, nil},
		{"chain without NUL terminator", func(p *quoteParams) {
			p.certData = pemChain(k.leaf, k.ca, k.root)[:len(pemChain(k.leaf, k.ca, k.root))-1]
		}, nil},
		{"chain without root copy", func(p *quoteParams) { p.certData = pemChain(k.leaf, k.ca) }, nil},
		{"chain with processor CA", func(p *quoteParams) { p.certData = pemChain(mkLeafUnder(t, k, processorCA), processorCA) }, nil},
		{"intermediate with another key", func(p *quoteParams) { p.certData = pemChain(k.leaf, other.ca, k.root) }, attest.ErrCertChain},
		{"intermediate expired", func(p *quoteParams) { p.certData = pemChain(k.leaf, expiredCA, k.root) }, attest.ErrExpired},
		{"intermediate with another name", func(p *quoteParams) { p.certData = pemChain(leafUnderUnnamed, unnamedCA, k.root) }, attest.ErrCertChain},
		{"leaf without SGX extension", func(p *quoteParams) { p.certData = pemChain(noExt, k.ca, k.root) }, attest.ErrCertChain},
		{"leaf with another name", func(p *quoteParams) { p.certData = pemChain(wrongCN, k.ca, k.root) }, attest.ErrCertChain},
		{"junk after chain", func(p *quoteParams) { p.certData = append(pemChain(k.leaf, k.ca, k.root), 'x') }, attest.ErrMalformed},
		{"PEM with headers", func(p *quoteParams) {
			p.certData = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Headers: map[string]string{"a": "b"}, Bytes: k.leaf.Raw})
		}, attest.ErrMalformed},
		{"empty chain", func(p *quoteParams) { p.certData = []byte{0} }, attest.ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			qp := defaultQuoteParams()
			tc.mod(&qp)
			_, err := Verify(context.Background(), synthEvidence(k.quote(t, qp)), Options{TrustedRoots: k.roots, Now: clock(synthEpoch)})
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			t.Log(err)
		})
	}
}

// mkLeafUnder issues k's leaf key and SGX extension under another CA
// holding k's CA key.
func mkLeafUnder(t *testing.T, k *testPKI, ca *x509.Certificate) *x509.Certificate {
	return mkCert(t, &x509.Certificate{Subject: intelName(dcap.CNPCKLeaf), NotBefore: k.leaf.NotBefore, NotAfter: k.leaf.NotAfter,
		ExtraExtensions: k.leaf.Extensions[len(k.leaf.Extensions)-1:]}, ca, &k.leafKey.PublicKey, k.caKey)
}

func TestSynthCollateral(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	q := k.quote(t, defaultQuoteParams()) // QE ISVSVN 8
	issue := synthEpoch.Add(-24 * time.Hour)
	chain := pemChain(k.tcb, k.root)
	p := defaultPCK
	at := func(comps [16]uint8, pcesvn uint16, status string) level { return level{comps, pcesvn, status} }
	higher := p.comps
	higher[7]++

	other := newTestPKI(t, defaultPCK)
	otherPCEID := p
	otherPCEID.pceid = [2]byte{0, 1}
	crlThis := synthEpoch.Add(-time.Hour)

	cases := []struct {
		name    string
		coll    Collateral
		want    attest.TCBStatus
		wantErr error
	}{
		{name: "first level matches", coll: Collateral{TCBInfo: k.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "UpToDate")), TCBInfoIssuerChain: chain}, want: attest.TCBUpToDate},
		{name: "second level matches", coll: Collateral{TCBInfo: k.tcbInfo(t, p, issue, at(higher, p.pcesvn, "UpToDate"), at(p.comps, p.pcesvn, "SWHardeningNeeded"), at([16]uint8{}, 0, "OutOfDate")), TCBInfoIssuerChain: chain}, want: attest.TCBSWHardening},
		{name: "higher PCESVN skipped", coll: Collateral{TCBInfo: k.tcbInfo(t, p, issue, at(p.comps, p.pcesvn+1, "UpToDate"), at(p.comps, p.pcesvn, "ConfigurationNeeded")), TCBInfoIssuerChain: chain}, want: attest.TCBConfigNeeded},
		{name: "no level matches", coll: Collateral{TCBInfo: k.tcbInfo(t, p, issue, at(higher, p.pcesvn, "UpToDate")), TCBInfoIssuerChain: chain}, wantErr: attest.ErrTCB},
		{name: "revoked level", coll: Collateral{TCBInfo: k.tcbInfo(t, p, issue, at(higher, p.pcesvn, "UpToDate"), at(p.comps, p.pcesvn, "Revoked")), TCBInfoIssuerChain: chain}, wantErr: attest.ErrRevoked},
		{name: "PCE-ID mismatch", coll: Collateral{TCBInfo: k.tcbInfo(t, otherPCEID, issue, at(p.comps, p.pcesvn, "UpToDate")), TCBInfoIssuerChain: chain}, wantErr: attest.ErrTCB},
		{name: "QE out of date, platform up to date", coll: Collateral{
			TCBInfo: k.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "UpToDate")), TCBInfoIssuerChain: chain,
			QEIdentity: k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{9, "UpToDate"}, qeLevel{8, "OutOfDate"}), QEIdentityIssuerChain: chain,
		}, want: attest.TCBOutOfDate},
		{name: "QE out of date, platform needs configuration", coll: Collateral{
			TCBInfo: k.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "ConfigurationAndSWHardeningNeeded")), TCBInfoIssuerChain: chain,
			QEIdentity: k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{9, "UpToDate"}, qeLevel{1, "OutOfDate"}), QEIdentityIssuerChain: chain,
		}, want: attest.TCBOutOfDateConfig},
		{name: "QE up to date keeps platform status", coll: Collateral{
			TCBInfo: k.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "SWHardeningNeeded")), TCBInfoIssuerChain: chain,
			QEIdentity: k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{8, "UpToDate"}), QEIdentityIssuerChain: chain,
		}, want: attest.TCBSWHardening},
		{name: "QE out of date, no TCB info", coll: Collateral{QEIdentity: k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{9, "UpToDate"}, qeLevel{8, "OutOfDate"}), QEIdentityIssuerChain: chain}, want: attest.TCBOutOfDate},
		{name: "QE up to date, no TCB info", coll: Collateral{QEIdentity: k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{8, "UpToDate"}), QEIdentityIssuerChain: chain}, want: attest.TCBUnknown},
		{name: "QE identity MRSIGNER mismatch", coll: Collateral{QEIdentity: k.qeIdentity(t, issue, [32]byte{1}, qeLevel{1, "UpToDate"}), QEIdentityIssuerChain: chain}, wantErr: attest.ErrKeyBinding},
		{name: "QE SVN below every level", coll: Collateral{QEIdentity: k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{9, "UpToDate"}), QEIdentityIssuerChain: chain}, wantErr: attest.ErrTCB},
		{name: "QE revoked", coll: Collateral{QEIdentity: k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{9, "UpToDate"}, qeLevel{8, "Revoked"}), QEIdentityIssuerChain: chain}, wantErr: attest.ErrRevoked},
		{name: "QE identity expired", coll: Collateral{QEIdentity: k.qeIdentity(t, issue.AddDate(0, -2, 0), IntelQEMRSigner, qeLevel{1, "UpToDate"}), QEIdentityIssuerChain: chain}, wantErr: attest.ErrExpired},
		{name: "no issuer chain: embedded Intel signers do not reach the test root", coll: Collateral{TCBInfo: k.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "UpToDate"))}, wantErr: attest.ErrUnknownRoot},
		{name: "signer under another root", coll: Collateral{TCBInfo: other.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "UpToDate")), TCBInfoIssuerChain: pemChain(other.tcb, other.root)}, wantErr: attest.ErrUnknownRoot},
		{name: "signed by another key", coll: Collateral{TCBInfo: other.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "UpToDate")), TCBInfoIssuerChain: chain}, wantErr: attest.ErrSignature},
		{name: "PCK CRL clean", coll: Collateral{PCKCRL: crl(t, k.ca, k.caKey, crlThis), RootCACRL: crl(t, k.root, k.rootKey, crlThis)}, want: attest.TCBUnknown},
		{name: "PCK CRL revokes leaf", coll: Collateral{PCKCRL: crl(t, k.ca, k.caKey, crlThis, k.leaf)}, wantErr: attest.ErrRevoked},
		{name: "PCK CRL as PEM revokes leaf", coll: Collateral{PCKCRL: pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: crl(t, k.ca, k.caKey, crlThis, k.leaf)})}, wantErr: attest.ErrRevoked},
		{name: "root CRL revokes PCK CA", coll: Collateral{RootCACRL: crl(t, k.root, k.rootKey, crlThis, k.ca)}, wantErr: attest.ErrRevoked},
		{name: "root CRL revokes TCB Signing", coll: Collateral{RootCACRL: crl(t, k.root, k.rootKey, crlThis, k.tcb), TCBInfo: k.tcbInfo(t, p, issue, at(p.comps, p.pcesvn, "UpToDate")), TCBInfoIssuerChain: chain}, wantErr: attest.ErrRevoked},
		{name: "PCK CRL from the wrong issuer", coll: Collateral{PCKCRL: crl(t, k.root, k.rootKey, crlThis)}, wantErr: attest.ErrCertChain},
		{name: "PCK CRL expired", coll: Collateral{PCKCRL: crl(t, k.ca, k.caKey, synthEpoch.AddDate(0, -2, 0))}, wantErr: attest.ErrExpired},
		{name: "PCK CRL not yet valid", coll: Collateral{PCKCRL: crl(t, k.ca, k.caKey, synthEpoch.Add(time.Hour))}, wantErr: attest.ErrExpired},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			check := func(how string, c *attest.Claims, err error) {
				t.Helper()
				if tc.wantErr != nil {
					if !errors.Is(err, tc.wantErr) {
						t.Fatalf("%s: err = %v, want %v", how, err, tc.wantErr)
					}
					return
				}
				if err != nil {
					t.Fatalf("%s: %v", how, err)
				}
				if c.TCB != tc.want {
					t.Fatalf("%s: TCB = %q, want %q", how, c.TCB, tc.want)
				}
				if c.NotAfter.After(synthEpoch.AddDate(0, 1, 0)) && (tc.coll.TCBInfo != nil || tc.coll.PCKCRL != nil) {
					t.Errorf("%s: NotAfter %s not narrowed by the collateral", how, c.NotAfter)
				}
			}
			coll := tc.coll
			c, err := Verify(context.Background(), synthEvidence(q), Options{TrustedRoots: k.roots, Now: clock(synthEpoch), Collateral: &coll})
			check("Options.Collateral", c, err)
			bundle, merr := json.Marshal(coll)
			if merr != nil {
				t.Fatal(merr)
			}
			ev := synthEvidence(q)
			ev.Collateral = bundle
			c, err = NewVerifier(Options{TrustedRoots: k.roots, Now: clock(synthEpoch)}).Verify(context.Background(), ev)
			check("Evidence.Collateral", c, err)
		})
	}
}

func TestOptionsCollateralWinsOverEvidence(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	ev := synthEvidence(k.quote(t, defaultQuoteParams()))
	ev.Collateral = []byte("not a bundle")
	opts := Options{TrustedRoots: k.roots, Now: clock(synthEpoch)}
	if _, err := Verify(context.Background(), ev, opts); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("bad evidence bundle: %v", err)
	}
	opts.Collateral = &Collateral{}
	if _, err := Verify(context.Background(), ev, opts); err != nil {
		t.Fatalf("Options.Collateral set: evidence bundle should be ignored: %v", err)
	}
}

func TestInvalidOptions(t *testing.T) {
	bad := Options{Collateral: &Collateral{TCBInfo: []byte(`{"tcbInfo":{},"signature":"00"}`)}}
	if err := bad.Validate(); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("Validate: %v", err)
	}
	if err := (&Options{}).Validate(); err != nil {
		t.Fatalf("zero Options: %v", err)
	}
	k := newTestPKI(t, defaultPCK)
	bad.TrustedRoots, bad.Now = k.roots, clock(synthEpoch)
	_, err := NewVerifier(bad).Verify(context.Background(), synthEvidence(k.quote(t, defaultQuoteParams())))
	if !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("NewVerifier with bad collateral: %v", err)
	}
	if _, err := Verify(context.Background(), attest.Evidence{}, Options{}); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("empty evidence: %v", err)
	}
}

// With a QE identity, the identity (not the built-in Intel constants)
// decides whether the QE is acceptable.
func TestSynthQEIdentityMatch(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	issue := synthEpoch.Add(-time.Hour)
	chain := pemChain(k.tcb, k.root)
	id := k.qeIdentity(t, issue, IntelQEMRSigner, qeLevel{1, "UpToDate"})
	cases := []struct {
		name    string
		mod     func(*quoteParams)
		wantErr error
	}{
		{"matching", func(*quoteParams) {}, nil},
		{"masked-out attribute bit differs", func(p *quoteParams) { p.qeFlags ^= 0x04 }, nil},
		{"ISVPRODID differs", func(p *quoteParams) { p.qeProdID = 2 }, attest.ErrKeyBinding},
		{"debug QE", func(p *quoteParams) { p.qeFlags |= AttributeDebug }, attest.ErrKeyBinding},
		{"MISCSELECT differs", func(p *quoteParams) { p.mutateQE = func(r *ReportBody) { r.MiscSelect = 1 } }, attest.ErrKeyBinding},
		{"MRSIGNER differs", func(p *quoteParams) { p.qeMRSigner[31] ^= 1 }, attest.ErrKeyBinding},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			qp := defaultQuoteParams()
			tc.mod(&qp)
			_, err := Verify(context.Background(), synthEvidence(k.quote(t, qp)), Options{TrustedRoots: k.roots, Now: clock(synthEpoch),
				Collateral: &Collateral{QEIdentity: id, QEIdentityIssuerChain: chain}})
			if tc.wantErr == nil && err != nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
}
