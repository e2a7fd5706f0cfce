package nitro

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"testing"
	"time"

	"github.com/fxamacker/cbor/v2"

	"github.com/teerollup/teerollup/attest"
)

// A synthetic, AWS-shaped PKI with test keys: root → regional → zonal →
// instance CA → leaf, the same shape and algorithms as AWS's, so that the
// cases real documents cannot show (a 64-byte user_data, a chain with a
// wrong shape, every strict-parsing rule) are tested on documents this
// file signs. Nothing here is evidence that real AWS documents behave so.

var synthEpoch = time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)

type testCA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

func newKey(t testing.TB, c elliptic.Curve) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(c, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// issue makes a certificate for key under parent (self-signed if parent is
// nil); tmpl fields not set here come from edit.
func issue(t testing.TB, parent *testCA, cn string, key *ecdsa.PrivateKey, isCA bool, maxPath int, nb, na time.Time, edit func(*x509.Certificate)) *testCA {
	t.Helper()
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"Amazon"}, OrganizationalUnit: []string{"AWS"}, Country: []string{"US"}},
		NotBefore:             nb,
		NotAfter:              na,
		BasicConstraintsValid: true,
		IsCA:                  isCA,
		SignatureAlgorithm:    x509.ECDSAWithSHA384,
	}
	if isCA {
		tmpl.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature
		tmpl.MaxPathLen = maxPath
		tmpl.MaxPathLenZero = maxPath == 0
	} else {
		tmpl.KeyUsage = x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment
	}
	if edit != nil {
		edit(tmpl)
	}
	signer, signerCert := key, tmpl
	if parent != nil {
		signer, signerCert = parent.key, parent.cert
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signerCert, key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &testCA{cert: c, key: key}
}

type testPKI struct {
	root, regional, zonal, instance, leaf *testCA
}

func newTestPKI(t testing.TB) *testPKI {
	t.Helper()
	p384 := elliptic.P384()
	e := synthEpoch
	root := issue(t, nil, "test.nitro-enclaves", newKey(t, p384), true, -1, e.AddDate(-5, 0, 0), e.AddDate(25, 0, 0), nil)
	regional := issue(t, root, "regional.test.nitro-enclaves", newKey(t, p384), true, 2, e.AddDate(0, 0, -5), e.AddDate(0, 0, 15), nil)
	zonal := issue(t, regional, "zonal.test.nitro-enclaves", newKey(t, p384), true, 1, e.AddDate(0, 0, -1), e.AddDate(0, 0, 4), nil)
	instance := issue(t, zonal, "i-0.test.nitro-enclaves", newKey(t, p384), true, 0, e.Add(-time.Hour), e.Add(23*time.Hour), nil)
	leaf := issue(t, instance, "i-0-enc0.test", newKey(t, p384), false, 0, e.Add(-time.Minute), e.Add(3*time.Hour), nil)
	return &testPKI{root, regional, zonal, instance, leaf}
}

func (k *testPKI) opts(now time.Time) Options {
	return Options{TrustedRoots: []*x509.Certificate{k.root.cert}, Now: at(now)}
}

func (k *testPKI) bundle() [][]byte {
	return [][]byte{k.root.cert.Raw, k.regional.cert.Raw, k.zonal.cert.Raw, k.instance.cert.Raw}
}

// payloadMap is the NSM payload for the test PKI at synthEpoch: debug off
// (PCR0..2 non-zero), no optional fields.
func (k *testPKI) payloadMap() map[string]any {
	pcrs := map[uint64][]byte{}
	for i := range 16 {
		v := make([]byte, PCRSize)
		if i <= 4 || i == 8 {
			for j := range v {
				v[j] = byte(i + 1)
			}
		}
		pcrs[uint64(i)] = v
	}
	return map[string]any{
		"module_id":   "i-0-enc0",
		"digest":      "SHA384",
		"timestamp":   uint64(synthEpoch.UnixMilli()),
		"pcrs":        pcrs,
		"certificate": k.leaf.cert.Raw,
		"cabundle":    k.bundle(),
		"public_key":  nil,
		"user_data":   nil,
		"nonce":       nil,
	}
}

func mustCBOR(t testing.TB, v any) []byte {
	t.Helper()
	em, err := cbor.EncOptions{Sort: cbor.SortCoreDeterministic}.EncMode()
	if err != nil {
		t.Fatal(err)
	}
	b, err := em.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// signDoc builds a COSE_Sign1 document over the encoded payload, signed
// by key (the leaf's unless overridden), with protected header protected
// (nil: {1: -35}).
func signDoc(t testing.TB, key *ecdsa.PrivateKey, protected, payload []byte) []byte {
	t.Helper()
	if protected == nil {
		protected = mustCBOR(t, map[int]int{1: coseAlgES384})
	}
	digest := sha512.Sum384(sigStructure(protected, payload))
	r, s, err := ecdsa.Sign(rand.Reader, key, digest[:])
	if err != nil {
		t.Fatal(err)
	}
	sig := make([]byte, SignatureSize)
	r.FillBytes(sig[:48])
	s.FillBytes(sig[48:])
	return mustCBOR(t, []any{protected, map[int]any{}, payload, sig})
}

func (k *testPKI) doc(t testing.TB, edit func(map[string]any)) []byte {
	t.Helper()
	m := k.payloadMap()
	if edit != nil {
		edit(m)
	}
	return signDoc(t, k.leaf.key, nil, mustCBOR(t, m))
}

func synthEvidence(raw []byte) attest.Evidence { return evidence(raw) }
