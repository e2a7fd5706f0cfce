package sgx

import (
	"bytes"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"strings"
	"testing"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

func TestParseQuoteBounds(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	raw := k.quote(t, defaultQuoteParams()).Raw()
	const sig = signedSize + 4
	offAuthLen := sig + fixedSigDataSize
	q, _ := ParseQuote(raw)
	offCertLen := offAuthLen + 2 + len(q.Signature.QEAuthData) + 2

	with := func(f func(b []byte)) []byte { b := bytes.Clone(raw); f(b); return b }
	cases := []struct {
		name string
		in   []byte
		ok   bool
	}{
		{"valid", raw, true},
		{"empty", nil, false},
		{"minimum minus one", raw[:minQuoteSize-1], false},
		{"signature length too large", with(func(b []byte) { binary.LittleEndian.PutUint32(b[signedSize:], 0xffffffff) }), false},
		{"signature length too small", with(func(b []byte) { binary.LittleEndian.PutUint32(b[signedSize:], uint32(len(raw)-sig-1)) }), false},
		{"auth length overruns", with(func(b []byte) { binary.LittleEndian.PutUint16(b[offAuthLen:], 0xffff) }), false},
		{"auth length eats cert header", with(func(b []byte) { binary.LittleEndian.PutUint16(b[offAuthLen:], uint16(len(raw)-offAuthLen-2-5)) }), false},
		{"cert length overruns", with(func(b []byte) { binary.LittleEndian.PutUint32(b[offCertLen:], 0xffffffff) }), false},
		{"cert length short", with(func(b []byte) { binary.LittleEndian.PutUint32(b[offCertLen:], uint32(len(raw)-offCertLen-4-1)) }), false},
		{"oversized", make([]byte, MaxQuoteSize+1), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := ParseQuote(tc.in)
			if tc.ok {
				if err != nil {
					t.Fatal(err)
				}
				if enc, _ := q.Marshal(); !bytes.Equal(enc, tc.in) {
					t.Fatal("round trip")
				}
				return
			}
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("err = %v, want ErrMalformed", err)
			}
		})
	}
	// The parsed quote does not alias its input.
	in := bytes.Clone(raw)
	q, _ = ParseQuote(in)
	for i := range in {
		in[i] = 0
	}
	if enc, _ := q.Marshal(); !bytes.Equal(enc, raw) {
		t.Fatal("ParseQuote aliases its input")
	}
	// Marshal refuses what the format cannot carry.
	q.Signature.QEAuthData = make([]byte, 0x10000)
	if _, err := q.Marshal(); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("oversized auth data: %v", err)
	}
}

func TestParsePCKExtensions(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	ext, err := ParsePCKExtensions(k.leaf)
	if err != nil {
		t.Fatal(err)
	}
	if ext.FMSPC != defaultPCK.fmspc || ext.CompSVN != defaultPCK.comps || ext.PCESVN != defaultPCK.pcesvn || ext.PCEID != defaultPCK.pceid {
		t.Fatalf("ext = %+v", ext)
	}
	leafWith := func(value []byte) *x509.Certificate {
		return mkCert(t, &x509.Certificate{Subject: intelName(dcap.CNPCKLeaf), NotBefore: k.leaf.NotBefore, NotAfter: k.leaf.NotAfter,
			ExtraExtensions: []pkix.Extension{{Id: oidSGXExtension, Value: value}}}, k.ca, &k.leafKey.PublicKey, k.caKey)
	}
	full := sgxExtension(t, defaultPCK)
	var items []oidValue
	if _, err := asn1.Unmarshal(full, &items); err != nil {
		t.Fatal(err)
	}
	marshal := func(items []oidValue) []byte {
		b, err := asn1.Marshal(items)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	without := func(id asn1.ObjectIdentifier) []byte {
		var out []oidValue
		for _, it := range items {
			if !it.ID.Equal(id) {
				out = append(out, it)
			}
		}
		return marshal(out)
	}
	cases := map[string][]byte{
		"not DER":          {0x30, 0x03, 0x01},
		"trailing":         append(bytes.Clone(full), 0),
		"no FMSPC":         without(oidFMSPC),
		"no TCB":           without(oidTCB),
		"no PCE-ID":        without(oidPCEID),
		"repeated FMSPC":   marshal(append(append([]oidValue{}, items...), oidVal(t, oidFMSPC, make([]byte, 6)))),
		"short FMSPC":      marshal(append(without2(items, oidFMSPC), oidVal(t, oidFMSPC, make([]byte, 5)))),
		"FMSPC as INTEGER": marshal(append(without2(items, oidFMSPC), oidVal(t, oidFMSPC, 5))),
		"TCB not SEQUENCE": marshal(append(without2(items, oidTCB), oidVal(t, oidTCB, 5))),
		"TCB missing comp": marshal(append(without2(items, oidTCB), oidVal(t, oidTCB, []oidValue{oidVal(t, append(append(asn1.ObjectIdentifier{}, oidTCB...), 1), 1)}))),
		"SVN out of range": marshal(append(without2(items, oidTCB), oidVal(t, oidTCB, tcbWith(t, 3, 256)))),
		"PCESVN negative":  marshal(append(without2(items, oidTCB), oidVal(t, oidTCB, tcbWith(t, 17, -1)))),
	}
	for name, v := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := ParsePCKExtensions(leafWith(v)); !errors.Is(err, attest.ErrCertChain) {
				t.Fatalf("err = %v", err)
			}
		})
	}
	if _, err := ParsePCKExtensions(k.root); !errors.Is(err, attest.ErrCertChain) {
		t.Fatalf("certificate without extension: %v", err)
	}
}

func without2(items []oidValue, id asn1.ObjectIdentifier) []oidValue {
	var out []oidValue
	for _, it := range items {
		if !it.ID.Equal(id) {
			out = append(out, it)
		}
	}
	return out
}

// tcbWith returns a full TCB element list with element n set to v.
func tcbWith(t *testing.T, n int, v int) []oidValue {
	var out []oidValue
	for i := 1; i <= 18; i++ {
		id := append(append(asn1.ObjectIdentifier{}, oidTCB...), i)
		switch {
		case i == n:
			out = append(out, oidVal(t, id, v))
		case i == 18:
			out = append(out, oidVal(t, id, make([]byte, 16)))
		default:
			out = append(out, oidVal(t, id, 1))
		}
	}
	return out
}

func TestParsePEMCerts(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	good := pemChain(k.leaf, k.ca)
	corrupt := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: k.leaf.Raw})
	corrupt = bytes.Replace(corrupt, []byte("\n"), []byte("\n!!!!\n"), 2) // not base64
	cases := []struct {
		name string
		in   []byte
		n    int
	}{
		{"two with NUL", good, 2},
		{"leading whitespace", append([]byte(" \r\n"), good...), 2},
		{"empty", nil, 0},
		{"only NULs", []byte{0, 0}, 0},
		{"leading junk", append([]byte("x"), good...), 0},
		{"junk between", bytes.Replace(good, []byte("-----\n-----BEGIN"), []byte("-----\nx-----BEGIN"), 1), 0},
		{"corrupt first block skipped by pem.Decode", append(corrupt, good...), 0},
		{"wrong type", pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: k.leaf.Raw}), 0},
		{"not a certificate", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: []byte{1, 2, 3}}), 0},
		{"too many", bytes.Repeat(pemChain(k.leaf)[:len(pemChain(k.leaf))-1], dcap.MaxChainCerts+1), 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			certs, err := parsePEMCerts("test", tc.in)
			if tc.n == 0 {
				if !errors.Is(err, attest.ErrMalformed) {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err != nil || len(certs) != tc.n {
				t.Fatalf("got %d certs, %v", len(certs), err)
			}
		})
	}
}

func TestParseCollateralDocuments(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	tcb := string(k.tcbInfo(t, defaultPCK, synthEpoch, level{defaultPCK.comps, defaultPCK.pcesvn, "UpToDate"}))
	qe := string(k.qeIdentity(t, synthEpoch, IntelQEMRSigner, qeLevel{8, "UpToDate"}))
	if _, err := ParseTCBInfo([]byte(tcb)); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseQEIdentity([]byte(qe)); err != nil {
		t.Fatal(err)
	}
	inner := func(doc, key string) string { return doc[len(`{"`+key+`":`):strings.Index(doc, `,"signature"`)] }
	sig := tcb[strings.Index(tcb, `,"signature"`):]
	if _, err := ParseTCBInfo([]byte(`{"tcbInfo":` + inner(tcb, "tcbInfo") + sig)); err != nil {
		t.Fatalf("reassembled document: %v", err)
	}
	tcbInner, qeInner := inner(tcb, "tcbInfo"), inner(qe, "enclaveIdentity")
	tcbDoc := func(in string) string { return `{"tcbInfo":` + in + sig }
	qeDoc := func(in string) string { return `{"enclaveIdentity":` + in + sig }
	r := strings.Replace

	badTCB := map[string]string{
		"not JSON":           `{`,
		"trailing data":      tcb + `{}`,
		"extra key":          r(tcb, `,"signature"`, `,"x":1,"signature"`, 1),
		"no signature":       `{"tcbInfo":` + tcbInner + `}`,
		"long signature":     `{"tcbInfo":` + tcbInner + `,"signature":"` + strings.Repeat("0", 130) + `"}`,
		"short signature":    `{"tcbInfo":` + tcbInner + `,"signature":"` + strings.Repeat("0", 126) + `"}`,
		"signature not hex":  `{"tcbInfo":` + tcbInner + `,"signature":"` + strings.Repeat("z", 128) + `"}`,
		"signature number":   `{"tcbInfo":` + tcbInner + `,"signature":1}`,
		"inner not object":   tcbDoc(`[]`),
		"id TDX":             tcbDoc(r(tcbInner, `"id":"SGX"`, `"id":"TDX"`, 1)),
		"version 2":          tcbDoc(r(tcbInner, `"version":3`, `"version":2`, 1)),
		"tcbType 1":          tcbDoc(r(tcbInner, `"tcbType":0`, `"tcbType":1`, 1)),
		"missing fmspc":      tcbDoc(r(tcbInner, `"fmspc"`, `"fmspx"`, 1)),
		"fmspc short":        tcbDoc(r(tcbInner, `"fmspc":"00906ea10000"`, `"fmspc":"00906ea100"`, 1)),
		"fmspc not hex":      tcbDoc(r(tcbInner, `"fmspc":"00906ea10000"`, `"fmspc":"00906ea1000g"`, 1)),
		"bad issueDate":      tcbDoc(r(tcbInner, `"issueDate":"2030-01-01T00:00:00Z"`, `"issueDate":"2030-01-01"`, 1)),
		"nextUpdate first":   tcbDoc(r(tcbInner, `"nextUpdate":"2030-02-01T00:00:00Z"`, `"nextUpdate":"2029-02-01T00:00:00Z"`, 1)),
		"no levels":          tcbDoc(tcbInner[:strings.Index(tcbInner, `"tcbLevels"`)] + `"tcbLevels":[]}`),
		"15 components":      tcbDoc(r(tcbInner, `{"svn":5},`, ``, 1)),
		"svn 256":            tcbDoc(r(tcbInner, `{"svn":5}`, `{"svn":256}`, 1)),
		"svn fractional":     tcbDoc(r(tcbInner, `{"svn":5}`, `{"svn":5.5}`, 1)),
		"svn missing":        tcbDoc(r(tcbInner, `{"svn":5}`, `{}`, 1)),
		"pcesvn negative":    tcbDoc(r(tcbInner, `"pcesvn":11`, `"pcesvn":-1`, 1)),
		"unknown status":     tcbDoc(r(tcbInner, `"UpToDate"`, `"Fine"`, 1)),
		"bad tcbDate":        tcbDoc(r(tcbInner, `"tcbDate":"2024-03-13T00:00:00Z"`, `"tcbDate":"yesterday"`, 1)),
		"QE identity as TCB": qe,
	}
	for name, doc := range badTCB {
		t.Run("tcb/"+name, func(t *testing.T) {
			if _, err := ParseTCBInfo([]byte(doc)); !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("err = %v", err)
			}
		})
	}
	badQE := map[string]string{
		"id TD_QE":         qeDoc(r(qeInner, `"id":"QE"`, `"id":"TD_QE"`, 1)),
		"version 1":        qeDoc(r(qeInner, `"version":2`, `"version":1`, 1)),
		"mrsigner short":   qeDoc(r(qeInner, `"mrsigner":"8c`, `"mrsigner":"`, 1)),
		"miscselect long":  qeDoc(r(qeInner, `"miscselect":"00000000"`, `"miscselect":"0000000000"`, 1)),
		"attributes short": qeDoc(r(qeInner, `"attributes":"11`, `"attributes":"`, 1)),
		"isvprodid big":    qeDoc(r(qeInner, `"isvprodid":1`, `"isvprodid":65536`, 1)),
		"isvsvn negative":  qeDoc(r(qeInner, `"isvsvn":8`, `"isvsvn":-8`, 1)),
		"missing levels":   qeDoc(r(qeInner, `"tcbLevels"`, `"tcbLevelz"`, 1)),
		"unknown status":   qeDoc(r(qeInner, `"UpToDate"`, `"Meh"`, 1)),
		"TCB info as QE":   tcb,
	}
	for name, doc := range badQE {
		t.Run("qe/"+name, func(t *testing.T) {
			if _, err := ParseQEIdentity([]byte(doc)); !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("err = %v", err)
			}
		})
	}
	badBundles := map[string]string{
		"array":            `[]`,
		"trailing":         `{}{}`,
		"tcb_info number":  `{"tcb_info":1}`,
		"bad CRL base64":   `{"pck_crl":"***"}`,
		"bad CRL DER":      `{"pck_crl":"AAAA"}`,
		"bad CRL PEM":      `{"root_ca_crl":"LS0tLS1CRUdJTiBYNTA5IENSTC0tLS0tCkFBQUEKLS0tLS1FTkQgWDUwOSBDUkwtLS0tLQo="}`,
		"bad issuer chain": `{"tcb_info_issuer_chain":"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"}`,
		"bad CRL chain":    `{"pck_crl_issuer_chain":"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"}`,
		"bad document":     `{"qe_identity":{"enclaveIdentity":{}}}`,
		"camelCase key":    `{"tcbInfo":""}`,
		"key case":         `{"TCB_INFO":""}`,
	}
	for name, b := range badBundles {
		t.Run("bundle/"+name, func(t *testing.T) {
			if _, err := ParseCollateral([]byte(b)); !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("err = %v", err)
			}
		})
	}
	// Both document encodings in a bundle yield the same bytes.
	asObject := `{"tcb_info":` + tcb + `,"qe_identity":` + qe + `}`
	c, err := ParseCollateral([]byte(asObject))
	if err != nil || string(c.TCBInfo) != tcb || string(c.QEIdentity) != qe {
		t.Fatalf("object-embedded documents: %v", err)
	}
	if c, err := ParseCollateral([]byte(`{}`)); err != nil || c.TCBInfo != nil {
		t.Fatalf("empty bundle: %v", err)
	}
}
