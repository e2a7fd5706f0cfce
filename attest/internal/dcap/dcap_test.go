package dcap

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-tdx-guest/testing/testdata"

	"github.com/teerollup/teerollup/attest"
)

// The real Intel DCAP evidence lives outside the repository, as for
// attest/sgx and attest/tdx; the fuzz targets use it as seeds when present.
var fixtureDir = filepath.Join("..", "..", "..", "..", "shared", "testdata", "dcap")

func TestEmbeddedIntelCerts(t *testing.T) {
	root := IntelSGXRootCA()
	sum := sha256.Sum256(root.Raw)
	if hex.EncodeToString(sum[:]) != IntelSGXRootCASHA256 || root.Subject.CommonName != "Intel SGX Root CA" || root.CheckSignatureFrom(root) != nil {
		t.Fatalf("embedded root %q", root.Subject.CommonName)
	}
	signers := IntelTCBSigners()
	if len(signers) != 2 {
		t.Fatalf("%d embedded TCB Signing certificates", len(signers))
	}
	for i, c := range signers {
		if c.Subject.CommonName != CNTCBSigning || c.CheckSignatureFrom(root) != nil {
			t.Errorf("signer %d (%q) is not a TCB Signing certificate under the root", i, c.Subject.CommonName)
		}
	}
	if signers[0].NotAfter.Year() != 2025 || signers[1].NotAfter.Year() != 2032 {
		t.Errorf("signers valid until %v and %v, want the 2018 issue and its 2025 renewal", signers[0].NotAfter, signers[1].NotAfter)
	}
	if !signers[0].PublicKey.(*ecdsa.PublicKey).Equal(signers[1].PublicKey) {
		t.Error("the two issues have different keys")
	}
}

// The two PEM framings differ exactly where attest/sgx and attest/tdx
// always differed.
func TestParsePEMCertsFraming(t *testing.T) {
	chain := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: IntelSGXRootCA().Raw})
	withHeader := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Headers: map[string]string{"X": "y"}, Bytes: IntelSGXRootCA().Raw})
	corrupt := bytes.Replace(bytes.Clone(chain), []byte("\n"), []byte("\n!!!!\n"), 2)
	cases := []struct {
		name            string
		in              []byte
		strict, lenient int // certificates parsed, 0 for an error
	}{
		{"bare, NUL-terminated", append(bytes.Clone(chain), 0), 1, 1},
		{"two blocks", append(bytes.Clone(chain), chain...), 2, 2},
		{"leading whitespace", append([]byte(" \r\n"), chain...), 1, 1},
		{"NUL before BEGIN", append([]byte{0}, chain...), 1, 0},
		{"leading text line", append([]byte("x\n"), chain...), 0, 1},
		{"leading text on the BEGIN line", append([]byte("x"), chain...), 0, 0},
		{"text between", append(append(bytes.Clone(chain), "x\n"...), chain...), 0, 2},
		{"headers", withHeader, 0, 1},
		{"undecodable block before a good one", append(bytes.Clone(corrupt), chain...), 0, 1},
		{"trailing text", append(bytes.Clone(chain), 'x'), 0, 0},
		{"wrong type", pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: IntelSGXRootCA().Raw}), 0, 0},
		{"empty", nil, 0, 0},
		{"too many", bytes.Repeat(chain, MaxChainCerts+1), 0, 0},
	}
	for _, tc := range cases {
		for _, mode := range []struct {
			strict bool
			want   int
		}{{true, tc.strict}, {false, tc.lenient}} {
			certs, err := ParsePEMCerts(tc.in, mode.strict)
			if (err == nil) != (mode.want > 0) || len(certs) != mode.want {
				t.Errorf("%s, strict %t: %d certificates, %v; want %d", tc.name, mode.strict, len(certs), err, mode.want)
			}
		}
	}
}

func TestConvergeTCB(t *testing.T) {
	for _, c := range []struct{ platform, component, want attest.TCBStatus }{
		{attest.TCBUpToDate, attest.TCBUpToDate, attest.TCBUpToDate},
		{attest.TCBSWHardening, attest.TCBUpToDate, attest.TCBSWHardening},
		{attest.TCBUpToDate, attest.TCBOutOfDate, attest.TCBOutOfDate},
		{attest.TCBSWHardening, attest.TCBOutOfDate, attest.TCBOutOfDate},
		{attest.TCBConfigNeeded, attest.TCBOutOfDate, attest.TCBOutOfDateConfig},
		{attest.TCBConfigAndHarden, attest.TCBOutOfDate, attest.TCBOutOfDateConfig},
		{attest.TCBOutOfDate, attest.TCBOutOfDate, attest.TCBOutOfDate},
		{attest.TCBOutOfDateConfig, attest.TCBOutOfDate, attest.TCBOutOfDateConfig},
		// attest/sgx with a QE identity and no TCB info.
		{attest.TCBUnknown, attest.TCBUpToDate, attest.TCBUnknown},
		{attest.TCBUnknown, attest.TCBOutOfDate, attest.TCBOutOfDate},
	} {
		if got := ConvergeTCB(c.platform, c.component); got != c.want {
			t.Errorf("ConvergeTCB(%q, %q) = %q, want %q", c.platform, c.component, got, c.want)
		}
	}
}

func addFixtureSeeds(f *testing.F, names ...string) {
	for _, n := range names {
		if b, err := os.ReadFile(filepath.Join(fixtureDir, n)); err == nil {
			f.Add(b)
		}
	}
}

// FuzzParsePEM drives both PEM framings and the CRL parser: no panic, and
// a result is either certificates (at most MaxChainCerts) or an error.
func FuzzParsePEM(f *testing.F) {
	f.Add(intelTCBSigningPEM)
	f.Add([]byte(IntelSGXRootCAPEM + "\x00"))
	f.Add(testdata.PckCrlBody)
	f.Add(pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: testdata.RootCrlBody}))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, s := range []bool{true, false} {
			certs, err := ParsePEMCerts(b, s)
			if (err == nil) != (len(certs) > 0) || len(certs) > MaxChainCerts {
				t.Fatalf("strict %t: %d certificates with error %v", s, len(certs), err)
			}
		}
		for _, s := range []bool{true, false} {
			if crl, err := ParseCRL(b, s); err == nil && crl == nil {
				t.Fatal("no CRL and no error")
			}
		}
	})
}

// FuzzParseDocs drives the TCB info and enclave identity parsers: no
// panic, every error wraps attest.ErrMalformed, a parsed document keeps
// the exact signed object, an SGX TCB info has no TDX parts, and what
// parses with the SVN statuses parses the same with all statuses.
func FuzzParseDocs(f *testing.F) {
	addFixtureSeeds(f, "tcb_info_v3_sgx.json", "sgx_tcbinfov3_00606a000000.json", "tcb_info_v3_with_tdx_module.json",
		"qe_identity.json", "sgx_qeidentity_v4.json")
	f.Add(testdata.TcbInfoBody)
	f.Add(testdata.QeIdentityBody)
	f.Fuzz(func(t *testing.T, b []byte) {
		malformed := func(what string, err error) bool {
			t.Helper()
			if err != nil && !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("%s: error does not wrap ErrMalformed: %v", what, err)
			}
			return err != nil
		}
		for _, id := range []string{"SGX", "TDX"} {
			ti, err := ParseTCBInfo("test", b, id)
			if malformed("TCB info "+id, err) {
				continue
			}
			if !json.Valid(ti.Signed) || ti.Signed[0] != '{' || !bytes.Contains(b, ti.Signed) || len(ti.TCBLevels) == 0 {
				t.Fatalf("TCB info %s: bad result", id)
			}
			if id == "SGX" && (ti.TDXModule != (TDXModule{}) || ti.TDXModuleIdentities != nil) {
				t.Fatal("SGX TCB info with TDX parts")
			}
		}
		for _, id := range []string{"QE", "TD_QE"} {
			narrow, nerr := ParseEnclaveIdentity("test", b, id, SVNStatuses)
			wide, werr := ParseEnclaveIdentity("test", b, id, PlatformStatuses)
			malformed("QE identity", nerr)
			if !malformed("QE identity", werr) && !bytes.Contains(b, wide.Signed) {
				t.Fatal("QE identity: signed bytes are not the input's")
			}
			if nerr == nil && (werr != nil || !reflect.DeepEqual(narrow, wide)) {
				t.Fatalf("QE identity %s: SVN statuses accept what all statuses do not: %v", id, werr)
			}
		}
	})
}
