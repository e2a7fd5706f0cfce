package sgx

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// A synthetic PKI shaped like Intel's (root → PCK Platform CA → PCK leaf
// with an SGX extension, root → TCB Signing), for tests the real evidence
// cannot cover: CRLs, revoked or unmatched TCB levels, QE identity
// mismatches. Nothing here is trusted by default: tests pass the root in
// Options.TrustedRoots.

var synthEpoch = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)

type pckParams struct {
	fmspc  [6]byte
	pceid  [2]byte
	comps  [16]uint8
	pcesvn uint16
}

var defaultPCK = pckParams{
	fmspc:  [6]byte{0x00, 0x90, 0x6e, 0xa1, 0x00, 0x00},
	comps:  [16]uint8{5, 5, 2, 2, 3, 1, 0, 3},
	pcesvn: 11,
}

type testPKI struct {
	rootKey, caKey, leafKey, tcbKey *ecdsa.PrivateKey
	root, ca, leaf, tcb             *x509.Certificate
	roots                           []*x509.Certificate
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

var serial int64 = 1000

func mkCert(t testing.TB, tmpl *x509.Certificate, parent *x509.Certificate, pub *ecdsa.PublicKey, signer *ecdsa.PrivateKey) *x509.Certificate {
	t.Helper()
	serial++
	tmpl.SerialNumber = big.NewInt(serial)
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

func caTemplate(cn string, nb, na time.Time) *x509.Certificate {
	return &x509.Certificate{
		Subject: intelName(cn), NotBefore: nb, NotAfter: na,
		IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
}

// The OIDs of the SGX extension, which attest/internal/dcap parses, and
// the shape of its elements.
var (
	oidSGXExtension = dcap.OIDSGXExtension
	oidPPID         = dcap.OIDPPID
	oidTCB          = dcap.OIDTCB
	oidPCEID        = dcap.OIDPCEID
	oidFMSPC        = dcap.OIDFMSPC
	oidSGXType      = dcap.OIDSGXType
)

// oidValue is one element of the SGX extension: a SEQUENCE of an OID and a
// value whose type depends on the OID.
type oidValue struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

func oidVal(t testing.TB, id asn1.ObjectIdentifier, v any) oidValue {
	t.Helper()
	b, err := asn1.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return oidValue{ID: id, Value: asn1.RawValue{FullBytes: b}}
}

func sgxExtension(t testing.TB, p pckParams) []byte {
	t.Helper()
	var tcb []oidValue
	for i, c := range p.comps {
		tcb = append(tcb, oidVal(t, append(append(asn1.ObjectIdentifier{}, oidTCB...), i+1), int(c)))
	}
	tcb = append(tcb, oidVal(t, append(append(asn1.ObjectIdentifier{}, oidTCB...), 17), int(p.pcesvn)))
	cpusvn := make([]byte, 16)
	copy(cpusvn, p.comps[:])
	tcb = append(tcb, oidVal(t, append(append(asn1.ObjectIdentifier{}, oidTCB...), 18), cpusvn))
	items := []oidValue{
		oidVal(t, oidPPID, make([]byte, 16)),
		oidVal(t, oidTCB, tcb),
		oidVal(t, oidPCEID, p.pceid[:]),
		oidVal(t, oidFMSPC, p.fmspc[:]),
		oidVal(t, oidSGXType, asn1.Enumerated(0)),
	}
	b, err := asn1.Marshal(items)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newTestPKI(t testing.TB, p pckParams) *testPKI {
	t.Helper()
	nb, na := synthEpoch.AddDate(-1, 0, 0), synthEpoch.AddDate(5, 0, 0)
	k := &testPKI{rootKey: mustKey(t), caKey: mustKey(t), leafKey: mustKey(t), tcbKey: mustKey(t)}
	k.root = mkCert(t, caTemplate("Intel SGX Root CA", nb.AddDate(-1, 0, 0), na.AddDate(10, 0, 0)), nil, &k.rootKey.PublicKey, k.rootKey)
	k.ca = mkCert(t, caTemplate(dcap.CNPlatformCA, nb, na.AddDate(1, 0, 0)), k.root, &k.caKey.PublicKey, k.rootKey)
	k.leaf = k.newLeaf(t, p, nb, na)
	k.tcb = mkCert(t, &x509.Certificate{Subject: intelName(dcap.CNTCBSigning), NotBefore: nb, NotAfter: na, KeyUsage: x509.KeyUsageDigitalSignature, BasicConstraintsValid: true},
		k.root, &k.tcbKey.PublicKey, k.rootKey)
	k.roots = []*x509.Certificate{k.root}
	return k
}

func (k *testPKI) newLeaf(t testing.TB, p pckParams, nb, na time.Time) *x509.Certificate {
	return mkCert(t, &x509.Certificate{
		Subject: intelName(dcap.CNPCKLeaf), NotBefore: nb, NotAfter: na,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		BasicConstraintsValid: true,
		ExtraExtensions:       []pkix.Extension{{Id: oidSGXExtension, Value: sgxExtension(t, p)}},
	}, k.ca, &k.leafKey.PublicKey, k.caKey)
}

func pemChain(certs ...*x509.Certificate) []byte {
	var b []byte
	for _, c := range certs {
		b = append(b, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	return append(b, 0)
}

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

// quoteParams shape a synthetic quote.
type quoteParams struct {
	flags      uint64 // ISV ATTRIBUTES.FLAGS
	reportData [64]byte
	isvSVN     uint16
	qeMRSigner [32]byte
	qeProdID   uint16
	qeSVN      uint16
	qeFlags    uint64
	authData   []byte
	certData   []byte                    // nil: the PKI's leaf, CA and root
	ak         *[AttestationKeySize]byte // nil: a fresh valid key
	mutateQE   func(*ReportBody)         // applied before the PCK signs the QE report
}

func defaultQuoteParams() quoteParams {
	qp := quoteParams{flags: 0x05, isvSVN: 3, qeMRSigner: IntelQEMRSigner, qeProdID: IntelQEProdID, qeSVN: 8, qeFlags: 0x15, authData: make([]byte, 32)}
	copy(qp.reportData[:], "synthetic report data")
	for i := range qp.authData {
		qp.authData[i] = byte(i)
	}
	return qp
}

// quote builds and signs a synthetic quote, returning it parsed.
func (k *testPKI) quote(t testing.TB, qp quoteParams) *Quote {
	t.Helper()
	ak := mustKey(t)
	q := &Quote{}
	q.Header = Header{Version: 3, AttestationKeyType: 2, QESVN: qp.qeSVN, PCESVN: 11, QEVendorID: IntelQEVendorID}
	b := &q.Body
	b.CPUSVN = [16]byte{5, 5, 2, 2, 3, 1}
	putFlags(&b.Attributes, qp.flags)
	b.MREnclave = sha256.Sum256([]byte("synthetic enclave"))
	b.MRSigner = sha256.Sum256([]byte("synthetic signer"))
	b.ISVSVN = qp.isvSVN
	b.ReportData = qp.reportData
	s := &q.Signature
	ak.PublicKey.X.FillBytes(s.AttestationKey[:32])
	ak.PublicKey.Y.FillBytes(s.AttestationKey[32:])
	if qp.ak != nil {
		s.AttestationKey = *qp.ak
	}
	s.QEAuthData = qp.authData
	qe := &s.QEReport
	qe.MRSigner = qp.qeMRSigner
	qe.ISVProdID = qp.qeProdID
	qe.ISVSVN = qp.qeSVN
	putFlags(&qe.Attributes, qp.qeFlags)
	h := sha256.Sum256(append(append([]byte{}, s.AttestationKey[:]...), qp.authData...))
	copy(qe.ReportData[:32], h[:])
	if qp.mutateQE != nil {
		qp.mutateQE(qe)
	}
	s.QESignature = signRS(t, k.leafKey, AppendReportBody(nil, qe))
	s.ISVSignature = signRS(t, ak, q.SignedBytes())
	s.CertDataType = CertDataTypePCKChain
	s.CertData = qp.certData
	if s.CertData == nil {
		s.CertData = pemChain(k.leaf, k.ca, k.root)
	}
	raw, err := q.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := ParseQuote(raw)
	if err != nil {
		t.Fatal(err)
	}
	return parsed
}

func putFlags(a *Attributes, flags uint64) {
	for i := 0; i < 8; i++ {
		a[i] = byte(flags >> (8 * i))
	}
}

// level is a synthetic TCB level.
type level struct {
	comps  [16]uint8
	pcesvn uint16
	status string
}

type tcbInfoDoc struct {
	ID                      string      `json:"id"`
	Version                 int         `json:"version"`
	IssueDate               string      `json:"issueDate"`
	NextUpdate              string      `json:"nextUpdate"`
	FMSPC                   string      `json:"fmspc"`
	PCEID                   string      `json:"pceId"`
	TCBType                 int         `json:"tcbType"`
	TCBEvaluationDataNumber int         `json:"tcbEvaluationDataNumber"`
	TCBLevels               []levelJSON `json:"tcbLevels"`
}

type levelJSON struct {
	TCB struct {
		Comps  []map[string]int `json:"sgxtcbcomponents"`
		PCESVN int              `json:"pcesvn"`
	} `json:"tcb"`
	TCBDate   string `json:"tcbDate"`
	TCBStatus string `json:"tcbStatus"`
}

// signDoc wraps an inner document as PCS does and signs its exact bytes.
func signDoc(t testing.TB, key string, inner any, signer *ecdsa.PrivateKey) []byte {
	t.Helper()
	b, err := json.Marshal(inner)
	if err != nil {
		t.Fatal(err)
	}
	sig := signRS(t, signer, b)
	return []byte(fmt.Sprintf(`{"%s":%s,"signature":"%s"}`, key, b, hex.EncodeToString(sig[:])))
}

func (k *testPKI) tcbInfo(t testing.TB, p pckParams, issue time.Time, levels ...level) []byte {
	t.Helper()
	d := tcbInfoDoc{ID: "SGX", Version: 3, IssueDate: issue.Format(time.RFC3339), NextUpdate: issue.AddDate(0, 1, 0).Format(time.RFC3339),
		FMSPC: hex.EncodeToString(p.fmspc[:]), PCEID: hex.EncodeToString(p.pceid[:]), TCBEvaluationDataNumber: 17}
	for _, l := range levels {
		var lj levelJSON
		for _, c := range l.comps {
			lj.TCB.Comps = append(lj.TCB.Comps, map[string]int{"svn": int(c)})
		}
		lj.TCB.PCESVN = int(l.pcesvn)
		lj.TCBDate = "2024-03-13T00:00:00Z"
		lj.TCBStatus = l.status
		d.TCBLevels = append(d.TCBLevels, lj)
	}
	return signDoc(t, "tcbInfo", d, k.tcbKey)
}

type qeLevel struct {
	isvsvn int
	status string
}

func (k *testPKI) qeIdentity(t testing.TB, issue time.Time, mrsigner [32]byte, levels ...qeLevel) []byte {
	t.Helper()
	type lvl struct {
		TCB struct {
			ISVSVN int `json:"isvsvn"`
		} `json:"tcb"`
		TCBDate   string `json:"tcbDate"`
		TCBStatus string `json:"tcbStatus"`
	}
	d := struct {
		ID                      string `json:"id"`
		Version                 int    `json:"version"`
		IssueDate               string `json:"issueDate"`
		NextUpdate              string `json:"nextUpdate"`
		TCBEvaluationDataNumber int    `json:"tcbEvaluationDataNumber"`
		MiscSelect              string `json:"miscselect"`
		MiscSelectMask          string `json:"miscselectMask"`
		Attributes              string `json:"attributes"`
		AttributesMask          string `json:"attributesMask"`
		MRSigner                string `json:"mrsigner"`
		ISVProdID               int    `json:"isvprodid"`
		TCBLevels               []lvl  `json:"tcbLevels"`
	}{
		ID: "QE", Version: 2, IssueDate: issue.Format(time.RFC3339), NextUpdate: issue.AddDate(0, 1, 0).Format(time.RFC3339),
		TCBEvaluationDataNumber: 17, MiscSelect: "00000000", MiscSelectMask: "FFFFFFFF",
		Attributes: "11000000000000000000000000000000", AttributesMask: "FBFFFFFFFFFFFFFF0000000000000000",
		MRSigner: hex.EncodeToString(mrsigner[:]), ISVProdID: 1,
	}
	for _, l := range levels {
		var x lvl
		x.TCB.ISVSVN = l.isvsvn
		x.TCBDate = "2024-03-13T00:00:00Z"
		x.TCBStatus = l.status
		d.TCBLevels = append(d.TCBLevels, x)
	}
	return signDoc(t, "enclaveIdentity", d, k.tcbKey)
}

// crl issues a CRL by issuer revoking the given certificates.
func crl(t testing.TB, issuer *x509.Certificate, key *ecdsa.PrivateKey, this time.Time, revoked ...*x509.Certificate) []byte {
	t.Helper()
	tmpl := &x509.RevocationList{Number: big.NewInt(1), ThisUpdate: this, NextUpdate: this.AddDate(0, 1, 0)}
	for _, c := range revoked {
		tmpl.RevokedCertificateEntries = append(tmpl.RevokedCertificateEntries, x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: this})
	}
	der, err := x509.CreateRevocationList(rand.Reader, tmpl, issuer, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}
