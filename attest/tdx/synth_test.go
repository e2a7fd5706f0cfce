package tdx

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest/internal/dcap"
	"github.com/teerollup/teerollup/attest/sgx"
)

// A synthetic PKI shaped like Intel's (root → PCK Platform CA → PCK leaf
// with the SGX extension; root → TCB Signing) and a fake TD quoting
// enclave, to build correctly signed v4 and v5 quotes and collateral that
// the real fixtures cannot provide: v5 bodies, every TCB status, CRLs.
// Nothing here is trusted by default: tests pass the root in
// Options.TrustedRoots.

// synthTime is inside every synthetic validity window.
var synthTime = time.Date(2026, time.June, 1, 0, 0, 0, 0, time.UTC)

var (
	synthLeafNotBefore = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	synthLeafNotAfter  = time.Date(2031, time.January, 1, 0, 0, 0, 0, time.UTC)
	synthIssue         = time.Date(2026, time.May, 15, 0, 0, 0, 0, time.UTC)
	synthNext          = time.Date(2026, time.June, 14, 0, 0, 0, 0, time.UTC)
)

// pckParams are what a PCK certificate's SGX extension certifies.
type pckParams struct {
	fmspc  [6]byte
	pceid  [2]byte
	comps  [16]uint8
	pcesvn uint16
}

var synthPCK = pckParams{
	fmspc:  [6]byte{0x90, 0xc0, 0x6f, 0x00, 0x00, 0x00},
	comps:  [16]uint8{5, 5, 2, 2, 3, 1, 0, 3},
	pcesvn: 11,
}

type synthPKI struct {
	rootKey, caKey, leafKey, tcbKey, akKey *ecdsa.PrivateKey
	root, ca, leaf, tcb                    *x509.Certificate
}

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func intelName(cn string) pkix.Name {
	return pkix.Name{CommonName: cn, Organization: []string{"Intel Corporation"}, Locality: []string{"Santa Clara"}, Province: []string{"CA"}, Country: []string{"US"}}
}

var synthSerial atomic.Int64

func mkCert(t testing.TB, tmpl, parent *x509.Certificate, pub *ecdsa.PublicKey, signer *ecdsa.PrivateKey) *x509.Certificate {
	t.Helper()
	tmpl.SerialNumber = big.NewInt(1000 + synthSerial.Add(1))
	if parent == nil {
		parent = tmpl
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func caTemplate(name pkix.Name, nb, na time.Time) *x509.Certificate {
	return &x509.Certificate{
		Subject: name, NotBefore: nb, NotAfter: na,
		IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
}

func newSynthPKI(t testing.TB) *synthPKI {
	t.Helper()
	p := &synthPKI{rootKey: mustKey(t), caKey: mustKey(t), tcbKey: mustKey(t), akKey: mustKey(t)}
	p.root = mkCert(t, caTemplate(pkix.Name{CommonName: "Synthetic SGX Root CA", Organization: []string{"teerollup tests"}},
		time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2045, 1, 1, 0, 0, 0, 0, time.UTC)), nil, &p.rootKey.PublicKey, p.rootKey)
	p.ca = mkCert(t, caTemplate(intelName(dcap.CNPlatformCA),
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)), p.root, &p.caKey.PublicKey, p.rootKey)
	p.tcb = mkCert(t, &x509.Certificate{
		Subject: intelName(dcap.CNTCBSigning), NotBefore: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC),
		KeyUsage: x509.KeyUsageDigitalSignature, BasicConstraintsValid: true,
	}, p.root, &p.tcbKey.PublicKey, p.rootKey)
	p.leaf, p.leafKey = p.newLeaf(t, synthPCK)
	return p
}

// newLeaf issues a PCK certificate under the synthetic PCK CA.
func (p *synthPKI) newLeaf(t testing.TB, params pckParams) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	k := mustKey(t)
	c := mkCert(t, &x509.Certificate{
		Subject: intelName(dcap.CNPCKLeaf), NotBefore: synthLeafNotBefore, NotAfter: synthLeafNotAfter,
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyAgreement, BasicConstraintsValid: true,
		ExtraExtensions: []pkix.Extension{{Id: asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}, Value: sgxExtension(t, params)}},
	}, p.ca, &k.PublicKey, p.caKey)
	return c, k
}

func (p *synthPKI) opts() Options {
	return Options{TrustedRoots: []*x509.Certificate{p.root}, Now: at(synthTime)}
}

// sgxExtension encodes Intel's SGX extension (PCK certificate profile):
// SEQUENCE OF {OID, value} with PPID, TCB (16 components, PCESVN, CPUSVN),
// PCE-ID, FMSPC and SGX type.
func sgxExtension(t testing.TB, p pckParams) []byte {
	t.Helper()
	type item struct {
		ID    asn1.ObjectIdentifier
		Value asn1.RawValue
	}
	base := asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	oid := func(sub ...int) asn1.ObjectIdentifier {
		return append(append(asn1.ObjectIdentifier{}, base...), sub...)
	}
	val := func(v any) asn1.RawValue {
		b, err := asn1.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return asn1.RawValue{FullBytes: b}
	}
	var tcb []item
	for i, c := range p.comps {
		tcb = append(tcb, item{oid(2, i+1), val(int(c))})
	}
	tcb = append(tcb, item{oid(2, 17), val(int(p.pcesvn))})
	tcb = append(tcb, item{oid(2, 18), val(append([]byte(nil), p.comps[:]...))})
	b, err := asn1.Marshal([]item{
		{oid(1), val(make([]byte, 16))},
		{oid(2), val(tcb)},
		{oid(3), val(p.pceid[:])},
		{oid(4), val(p.fmspc[:])},
		{oid(5), val(asn1.Enumerated(0))},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// signRS signs SHA-256(msg) and returns r‖s, 32 bytes each.
func signRS(t testing.TB, k *ecdsa.PrivateKey, msg []byte) [SignatureSize]byte {
	t.Helper()
	d := sha256.Sum256(msg)
	r, s, err := ecdsa.Sign(rand.Reader, k, d[:])
	if err != nil {
		t.Fatal(err)
	}
	var out [SignatureSize]byte
	r.FillBytes(out[:32])
	s.FillBytes(out[32:])
	return out
}

func pemChain(certs ...*x509.Certificate) []byte {
	var b bytes.Buffer
	for _, c := range certs {
		_ = pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	return b.Bytes()
}

// encodeTDReport is parseTDReport's inverse.
func encodeTDReport(r *TDReport, v15 bool) []byte {
	b := make([]byte, 0, TDReportSize15)
	b = append(b, r.TEETCBSVN[:]...)
	b = append(b, r.MRSEAM[:]...)
	b = append(b, r.MRSignerSEAM[:]...)
	b = append(b, r.SEAMAttributes[:]...)
	b = append(b, r.TDAttributes[:]...)
	b = append(b, r.XFAM[:]...)
	b = append(b, r.MRTD[:]...)
	b = append(b, r.MRConfigID[:]...)
	b = append(b, r.MROwner[:]...)
	b = append(b, r.MROwnerConfig[:]...)
	for i := range r.RTMRs {
		b = append(b, r.RTMRs[i][:]...)
	}
	b = append(b, r.ReportData[:]...)
	if v15 {
		b = append(b, r.TEETCBSVN2[:]...)
		b = append(b, r.MRServiceTD[:]...)
	}
	return b
}

// encodeSigned is header ‖ [v5 body descriptor] ‖ body.
func encodeSigned(q *Quote) []byte {
	le := binary.LittleEndian
	h := &q.Header
	b := le.AppendUint16(nil, h.Version)
	b = le.AppendUint16(b, h.AttestationKeyType)
	b = le.AppendUint32(b, h.TEEType)
	b = append(b, h.Reserved[:]...)
	b = append(b, h.QEVendorID[:]...)
	b = append(b, h.UserData[:]...)
	body := encodeTDReport(&q.Body, q.BodyType == BodyTypeTDReport15)
	if h.Version == QuoteVersion5 {
		b = le.AppendUint16(b, q.BodyType)
		b = le.AppendUint32(b, uint32(len(body)))
	}
	return append(b, body...)
}

// encodeQuote encodes q from its fields, signatures as stored: for a
// parsed quote it returns Raw().
func encodeQuote(q *Quote) []byte {
	le := binary.LittleEndian
	cert := sgx.AppendReportBody(nil, &q.QEReport)
	cert = append(cert, q.QEReportSignature[:]...)
	cert = le.AppendUint16(cert, uint16(len(q.QEAuthData)))
	cert = append(cert, q.QEAuthData...)
	cert = le.AppendUint16(cert, CertDataTypePCKChain)
	cert = le.AppendUint32(cert, uint32(len(q.PCKChain)))
	cert = append(cert, q.PCKChain...)

	sig := append([]byte(nil), q.Signature[:]...)
	sig = append(sig, q.AttestationKey[:]...)
	sig = le.AppendUint16(sig, CertDataTypeQEReport)
	sig = le.AppendUint32(sig, uint32(len(cert)))
	sig = append(sig, cert...)

	b := encodeSigned(q)
	b = le.AppendUint32(b, uint32(len(sig)))
	return append(b, sig...)
}

// synthBody is a TD report with recognisable field values; TEE_TCB_SVN
// matches the newest level of synthTCBInfo with module version 0.
func synthBody() TDReport {
	var r TDReport
	r.TEETCBSVN = [16]byte{5, 0, 7}
	fill := func(b []byte, v byte) {
		for i := range b {
			b[i] = v + byte(i)
		}
	}
	fill(r.MRSEAM[:], 0x10)
	fill(r.TDAttributes[:1], 0) // production TD
	r.TDAttributes[3] = 0x10    // SEPT_VE_DISABLE, as real TDs
	fill(r.XFAM[:], 0xe7)
	fill(r.MRTD[:], 0x20)
	fill(r.MRConfigID[:], 0x30)
	fill(r.MROwner[:], 0x40)
	fill(r.MROwnerConfig[:], 0x50)
	for i := range r.RTMRs {
		fill(r.RTMRs[i][:], 0x60+byte(16*i))
	}
	fill(r.ReportData[:], 0xa0)
	r.TEETCBSVN2 = [16]byte{5, 0, 7}
	fill(r.MRServiceTD[:], 0xc0)
	return r
}

// quoteSpec describes a synthetic quote. Zero fields take defaults.
type quoteSpec struct {
	version  uint16 // QuoteVersion4 or QuoteVersion5 (default 5)
	bodyType uint16 // for v5 (default BodyTypeTDReport15)
	body     *TDReport
	// leaf/leafKey replace the PKI's PCK certificate.
	leaf    *x509.Certificate
	leafKey *ecdsa.PrivateKey
	// qe tweaks the QE report before the binding and signature.
	qe       func(*sgx.ReportBody)
	authData []byte
	// ak replaces the attestation key bytes (bound, but then unusable).
	ak *[AttestationKeySize]byte
}

// quote builds and signs a synthetic quote.
func (p *synthPKI) quote(t testing.TB, s quoteSpec) []byte {
	t.Helper()
	q := p.quoteStruct(t, s)
	return encodeQuote(q)
}

func (p *synthPKI) quoteStruct(t testing.TB, s quoteSpec) *Quote {
	t.Helper()
	if s.version == 0 {
		s.version = QuoteVersion5
	}
	q := &Quote{BodyType: BodyTypeTDReport10}
	if s.version == QuoteVersion5 {
		q.BodyType = BodyTypeTDReport15
		if s.bodyType != 0 {
			q.BodyType = s.bodyType
		}
	}
	q.Header = Header{Version: s.version, AttestationKeyType: AttestationKeyTypeECDSAP256, TEEType: TEETypeTDX, QEVendorID: IntelQEVendorID}
	copy(q.Header.UserData[:], "synthetic user data!")
	if s.body != nil {
		q.Body = *s.body
	} else {
		q.Body = synthBody()
	}
	if q.BodyType != BodyTypeTDReport15 {
		q.Body.TEETCBSVN2, q.Body.MRServiceTD = [16]byte{}, [48]byte{}
	}
	q.Signature = signRS(t, p.akKey, encodeSigned(q))

	p.akKey.PublicKey.X.FillBytes(q.AttestationKey[:32])
	p.akKey.PublicKey.Y.FillBytes(q.AttestationKey[32:])
	if s.ak != nil {
		q.AttestationKey = *s.ak
	}
	q.QEAuthData = s.authData
	if q.QEAuthData == nil {
		q.QEAuthData = []byte("synthetic QE authentication data")
	}
	qe := &q.QEReport
	qe.CPUSVN = [16]byte{5, 5, 2, 2, 3, 1, 0, 3}
	qe.Attributes = sgx.Attributes{0x15, 0, 0, 0, 0, 0, 0, 0, 0xe7}
	qe.MRSigner = IntelTDQEMRSigner
	qe.ISVProdID = IntelTDQEProdID
	qe.ISVSVN = 4
	if s.qe != nil {
		s.qe(qe)
	}
	h := sha256.New()
	h.Write(q.AttestationKey[:])
	h.Write(q.QEAuthData)
	h.Sum(qe.ReportData[:0])
	leaf, leafKey := p.leaf, p.leafKey
	if s.leaf != nil {
		leaf, leafKey = s.leaf, s.leafKey
	}
	q.QEReportSignature = signRS(t, leafKey, sgx.AppendReportBody(nil, qe))
	q.PCKChain = append(pemChain(leaf, p.ca, p.root), 0)
	return q
}

// JSON shapes of Intel's TDX TCB info and TD QE identity, for synthetic
// collateral. Field order follows Intel's documents.
type (
	jComp struct {
		SVN int `json:"svn"`
	}
	jLevel struct {
		TCB struct {
			SGX    []jComp `json:"sgxtcbcomponents"`
			PCESVN int     `json:"pcesvn"`
			TDX    []jComp `json:"tdxtcbcomponents"`
		} `json:"tcb"`
		TCBDate     string   `json:"tcbDate"`
		TCBStatus   string   `json:"tcbStatus"`
		AdvisoryIDs []string `json:"advisoryIDs,omitempty"`
	}
	jSVNLevel struct {
		TCB struct {
			ISVSVN int `json:"isvsvn"`
		} `json:"tcb"`
		TCBDate     string   `json:"tcbDate"`
		TCBStatus   string   `json:"tcbStatus"`
		AdvisoryIDs []string `json:"advisoryIDs,omitempty"`
	}
	jModule struct {
		ID             string      `json:"id,omitempty"`
		MRSigner       string      `json:"mrsigner"`
		Attributes     string      `json:"attributes"`
		AttributesMask string      `json:"attributesMask"`
		TCBLevels      []jSVNLevel `json:"tcbLevels,omitempty"`
	}
	jTCBInfo struct {
		ID                      string    `json:"id"`
		Version                 int       `json:"version"`
		IssueDate               string    `json:"issueDate"`
		NextUpdate              string    `json:"nextUpdate"`
		FMSPC                   string    `json:"fmspc"`
		PCEID                   string    `json:"pceId"`
		TCBType                 int       `json:"tcbType"`
		TCBEvaluationDataNumber int       `json:"tcbEvaluationDataNumber"`
		TDXModule               jModule   `json:"tdxModule"`
		TDXModuleIdentities     []jModule `json:"tdxModuleIdentities,omitempty"`
		TCBLevels               []jLevel  `json:"tcbLevels"`
	}
	jQEIdentity struct {
		ID                      string      `json:"id"`
		Version                 int         `json:"version"`
		IssueDate               string      `json:"issueDate"`
		NextUpdate              string      `json:"nextUpdate"`
		TCBEvaluationDataNumber int         `json:"tcbEvaluationDataNumber"`
		MiscSelect              string      `json:"miscselect"`
		MiscSelectMask          string      `json:"miscselectMask"`
		Attributes              string      `json:"attributes"`
		AttributesMask          string      `json:"attributesMask"`
		MRSigner                string      `json:"mrsigner"`
		ISVProdID               int         `json:"isvprodid"`
		TCBLevels               []jSVNLevel `json:"tcbLevels"`
	}
)

func comps(svns ...int) []jComp {
	out := make([]jComp, 16)
	for i, v := range svns {
		out[i].SVN = v
	}
	return out
}

func level(sgxComps []int, pcesvn int, tdxComps []int, date, status string, advisories ...string) jLevel {
	var l jLevel
	l.TCB.SGX, l.TCB.PCESVN, l.TCB.TDX = comps(sgxComps...), pcesvn, comps(tdxComps...)
	l.TCBDate, l.TCBStatus, l.AdvisoryIDs = date+"T00:00:00Z", status, advisories
	return l
}

func svnLevel(svn int, date, status string, advisories ...string) jSVNLevel {
	var l jSVNLevel
	l.TCB.ISVSVN, l.TCBDate, l.TCBStatus, l.AdvisoryIDs = svn, date+"T00:00:00Z", status, advisories
	return l
}

var zeroMRSigner = strings.Repeat("0", 96)

// synthTCBInfo is a TDX TCB info for synthPCK's platform: the newest level
// needs SGX components 5,5,2,2,3,1,0,3, PCESVN 11 and TDX components
// 5,0,7; module version 1 has its own levels (SVN 4 UpToDate, 2
// OutOfDate).
func synthTCBInfo() *jTCBInfo {
	ts := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	sgxNew := []int{5, 5, 2, 2, 3, 1, 0, 3}
	return &jTCBInfo{
		ID: "TDX", Version: 3, IssueDate: ts(synthIssue), NextUpdate: ts(synthNext),
		FMSPC: strings.ToUpper(hex.EncodeToString(synthPCK.fmspc[:])), PCEID: "0000", TCBEvaluationDataNumber: 17,
		TDXModule: jModule{MRSigner: zeroMRSigner, Attributes: "0000000000000000", AttributesMask: "FFFFFFFFFFFFFFFF"},
		TDXModuleIdentities: []jModule{{
			ID: "TDX_01", MRSigner: zeroMRSigner, Attributes: "0000000000000000", AttributesMask: "FFFFFFFFFFFFFFFF",
			TCBLevels: []jSVNLevel{svnLevel(4, "2024-03-13", "UpToDate"), svnLevel(2, "2023-08-09", "OutOfDate", "INTEL-SA-00960")},
		}},
		TCBLevels: []jLevel{
			level(sgxNew, 11, []int{5, 0, 7}, "2024-03-13", "UpToDate"),
			level(sgxNew, 11, []int{3, 0, 6}, "2023-08-09", "OutOfDate", "INTEL-SA-00960", "INTEL-SA-00982"),
			level([]int{4, 4, 2, 2, 3, 1, 0, 3}, 11, []int{3, 0, 5}, "2023-02-15", "OutOfDate", "INTEL-SA-00837"),
		},
	}
}

func synthQEIdentity() *jQEIdentity {
	ts := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	return &jQEIdentity{
		ID: "TD_QE", Version: 2, IssueDate: ts(synthIssue), NextUpdate: ts(synthNext), TCBEvaluationDataNumber: 17,
		MiscSelect: "00000000", MiscSelectMask: "FFFFFFFF",
		Attributes: "11000000000000000000000000000000", AttributesMask: "FBFFFFFFFFFFFFFF0000000000000000",
		MRSigner:  strings.ToUpper(hex.EncodeToString(IntelTDQEMRSigner[:])),
		ISVProdID: IntelTDQEProdID,
		TCBLevels: []jSVNLevel{svnLevel(4, "2024-03-13", "UpToDate"), svnLevel(2, "2023-08-09", "OutOfDate", "INTEL-SA-00986")},
	}
}

// signDoc returns the PCS body {"<key>":<doc>,"signature":"<hex>"} with
// doc signed by k.
func signDoc(t testing.TB, k *ecdsa.PrivateKey, key string, doc any) []byte {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	sig := signRS(t, k, b)
	return []byte(`{"` + key + `":` + string(b) + `,"signature":"` + hex.EncodeToString(sig[:]) + `"}`)
}

// colSpec describes synthetic collateral. Zero fields take defaults.
type colSpec struct {
	tcb func(*jTCBInfo)
	qe  func(*jQEIdentity)
	// crls adds a PCK CRL and a Root CA CRL revoking the listed
	// certificates.
	crls           bool
	revokedByCA    []*x509.Certificate
	revokedByRoot  []*x509.Certificate
	crlNext        time.Time // default synthNext
	noIssuerChains bool
}

func (p *synthPKI) collateral(t testing.TB, s colSpec) *Collateral {
	t.Helper()
	ti, qi := synthTCBInfo(), synthQEIdentity()
	if s.tcb != nil {
		s.tcb(ti)
	}
	if s.qe != nil {
		s.qe(qi)
	}
	c := &Collateral{
		TCBInfo:    signDoc(t, p.tcbKey, "tcbInfo", ti),
		QEIdentity: signDoc(t, p.tcbKey, "enclaveIdentity", qi),
	}
	if !s.noIssuerChains {
		c.TCBInfoIssuerChain = pemChain(p.tcb, p.root)
		c.QEIdentityIssuerChain = pemChain(p.tcb, p.root)
	}
	if s.crls {
		next := s.crlNext
		if next.IsZero() {
			next = synthNext
		}
		c.PCKCRLIssuerChain = pemChain(p.ca, p.root)
		c.PCKCRL = p.crl(t, p.ca, p.caKey, next, s.revokedByCA...)
		c.RootCACRL = p.crl(t, p.root, p.rootKey, next, s.revokedByRoot...)
	}
	return c
}

func (p *synthPKI) crl(t testing.TB, issuer *x509.Certificate, key *ecdsa.PrivateKey, next time.Time, revoked ...*x509.Certificate) []byte {
	t.Helper()
	tmpl := &x509.RevocationList{Number: big.NewInt(1), ThisUpdate: synthIssue, NextUpdate: next}
	for _, c := range revoked {
		tmpl.RevokedCertificateEntries = append(tmpl.RevokedCertificateEntries, x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: synthIssue})
	}
	der, err := x509.CreateRevocationList(rand.Reader, tmpl, issuer, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}
