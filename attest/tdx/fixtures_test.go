package tdx

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-tdx-guest/pcs"
	tdxtesting "github.com/google/go-tdx-guest/testing"
	"github.com/google/go-tdx-guest/testing/testdata"

	"github.com/teerollup/teerollup/attest/sgx"
)

// Real evidence used by the tests:
//
//   - google: the production TDX quote v4 from a Sapphire Rapids machine
//     (tdx_prod_quote_SPR_E4.dat) shipped by go-tdx-guest v0.3.1 in the
//     importable package testing/testdata, with Intel PCS responses captured
//     for it (TCB info for FMSPC 50806f000000 issued 2023-06-18, TD_QE
//     identity, PCK CRL, Root CA CRL) and the PCS response headers carrying
//     the issuer chains (package testing).
//   - dcap: the production TDX quote of automata-dcap-attestation, read from
//     ../shared/testdata/dcap (quote_tdx.bin and the same quote as
//     quotev4.hex), with the Intel TCB info / QE identity stored there. The
//     tests skip those cases when the directory is absent.
//
// There is no real v5 quote among them: v5 quotes are built and signed by the
// synthetic Intel-shaped PKI of synth_test.go, and TestV5FromRealV4Body
// carries the real v4 TD reports in v5 quotes.

// Offsets into a TDX quote v4 (Intel TDX DCAP Quoting Library API, A.3).
const (
	offTeeTcbSvn     = 0x30        // TD quote body starts at 0x30
	offTdAttributes  = 0x30 + 0x78 // TDATTRIBUTES
	offMrTd          = 0x30 + 0x88
	offReportData    = 0x30 + 0x208
	offSignedSize    = 0x278
	offQuoteSig      = 0x27C
	offQEReport      = 0x302
	offQEReportData  = offQEReport + 0x140
	offQEAuthData    = 0x4C4 // after the QE report signature and the auth data size
	sizeQEReportData = 64
)

var (
	// googleTime is inside the validity of the google quote's PCK chain and
	// of its captured collateral (TCB info 2023-06-18..2023-07-18, QE identity
	// 2023-06-08..2023-07-08, PCK CRL 2023-06-08..2023-07-08).
	googleTime = time.Date(2023, time.July, 1, 1, 0, 0, 0, time.UTC)
	// dcapTime is inside the validity of the dcap quote's PCK chain and of
	// the stored TDX TCB info (2025-07-07..2025-08-06).
	dcapTime = time.Date(2025, time.July, 10, 0, 0, 0, 0, time.UTC)
)

func at(t time.Time) func() time.Time { return func() time.Time { return t } }

func dcapDir() string { return filepath.Join("..", "..", "..", "shared", "testdata", "dcap") }

// dcapFile reads a file of the shared DCAP test data, or skips.
func dcapFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dcapDir(), name))
	if err != nil {
		t.Skipf("real Intel DCAP test data absent (%v): it lives in ../shared/testdata/dcap beside the repository", err)
	}
	return b
}

// The real quotes are not shipped as bare quotes: the two dcap ones are
// 8000-byte buffers, the quote followed by zero padding, and go-tdx-guest's
// has "\nextra bytes(only for testing purpose)\n" appended to test that
// parsers skip it. ParseQuote takes a quote's exact bytes only (trailing
// bytes are signed by nothing), so the fixtures are the quotes proper:
// TrimPadding for the zero padding, as the Quoter does, and the quote's
// own length for the appended text. TestTrailingBytesRejected checks the
// bytes as shipped.

func dcapQuoteBinShipped(t testing.TB) []byte { return dcapFile(t, "quote_tdx.bin") }

func dcapQuoteHexShipped(t testing.TB) []byte {
	s := strings.TrimSpace(string(dcapFile(t, "quotev4.hex")))
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatalf("quotev4.hex: %v", err)
	}
	return b
}

func googleQuoteShipped(testing.TB) []byte { return bytes.Clone(testdata.RawQuote) }

func dcapQuoteBin(t testing.TB) []byte { return TrimPadding(dcapQuoteBinShipped(t)) }

func dcapQuoteHex(t testing.TB) []byte { return TrimPadding(dcapQuoteHexShipped(t)) }

func googleQuote(t testing.TB) []byte {
	raw := googleQuoteShipped(t)
	q, err := parseQuotePrefix(raw)
	if err != nil {
		t.Fatal(err)
	}
	return raw[:len(q.raw)]
}

type realQuote struct {
	name    string
	raw     func(testing.TB) []byte // the quote proper
	shipped func(testing.TB) []byte // as its source ships it
	now     time.Time
}

func realQuotes() []realQuote {
	return []realQuote{
		{"google-SPR", googleQuote, googleQuoteShipped, googleTime},
		{"dcap-bin", dcapQuoteBin, dcapQuoteBinShipped, dcapTime},
		{"dcap-hex", dcapQuoteHex, dcapQuoteHexShipped, dcapTime},
	}
}

// unescapeHeader returns the PEM chain of a captured PCS response header.
func unescapeHeader(t testing.TB, h map[string][]string, name string) []byte {
	t.Helper()
	s, err := url.QueryUnescape(h[name][0])
	if err != nil {
		t.Fatalf("header %s: %v", name, err)
	}
	return []byte(s)
}

// googleCollateral is the real collateral captured for the google quote.
func googleCollateral(t testing.TB, withCRLs bool) *Collateral {
	c := &Collateral{
		TCBInfoIssuerChain:    unescapeHeader(t, tdxtesting.TcbInfoHeader, "Tcb-Info-Issuer-Chain"),
		TCBInfo:               bytes.Clone(testdata.TcbInfoBody),
		QEIdentityIssuerChain: unescapeHeader(t, tdxtesting.QeIdentityHeader, "Sgx-Enclave-Identity-Issuer-Chain"),
		QEIdentity:            bytes.Clone(testdata.QeIdentityBody),
	}
	if withCRLs {
		c.PCKCRLIssuerChain = unescapeHeader(t, tdxtesting.PckCrlHeader, "Sgx-Pck-Crl-Issuer-Chain")
		c.PCKCRL = bytes.Clone(testdata.PckCrlBody)
		c.RootCACRL = bytes.Clone(testdata.RootCrlBody)
	}
	return c
}

func marshal(t testing.TB, c *Collateral) []byte {
	t.Helper()
	b, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// quoteFMSPC reads the FMSPC from the PCK certificate in a quote.
func quoteFMSPC(t testing.TB, raw []byte) string {
	t.Helper()
	q, err := parseQuote(raw)
	if err != nil {
		t.Fatal(err)
	}
	chain, err := parsePCKChain(q)
	if err != nil {
		t.Fatal(err)
	}
	exts, err := pcs.PckCertificateExtensions(chain.leaf)
	if err != nil {
		t.Fatal(err)
	}
	return exts.FMSPC
}

// findTDXTCBInfo returns the stored TDX TCB info whose FMSPC is fmspc: the
// shared directory holds several TCB infos (SGX and TDX, several FMSPCs).
func findTDXTCBInfo(t testing.TB, fmspc string) []byte {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dcapDir(), "*tcb*info*.json"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var ti pcs.TdxTcbInfo
		if json.Unmarshal(b, &ti) != nil {
			continue
		}
		if ti.TcbInfo.ID == "TDX" && strings.EqualFold(ti.TcbInfo.Fmspc, fmspc) {
			return b
		}
	}
	t.Skipf("no TDX TCB info for FMSPC %s in %s", fmspc, dcapDir())
	return nil
}

// unrelatedRoot is a freshly made self-signed CA that signed nothing real.
func unrelatedRoot(t testing.TB) *x509.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "Unrelated Test Root"},
		NotBefore:             time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// flip returns a copy of b with the byte at off XORed with 0x01.
func flip(off int) func([]byte) []byte {
	return func(b []byte) []byte {
		b = bytes.Clone(b)
		b[off] ^= 0x01
		return b
	}
}

// flipPEMLeafSignature changes one base64 character near the end of the
// first PEM certificate (the PCK leaf) in the quote: the last bytes of a
// certificate are its signature, so the leaf no longer verifies under the
// PCK CA while the quote still parses.
func flipPEMLeafSignature(b []byte) []byte {
	b = bytes.Clone(b)
	end := bytes.Index(b, []byte("-----END CERTIFICATE-----"))
	i := end - 1
	for i > 0 && (b[i] == '\n' || b[i] == '\r' || b[i] == '=') {
		i--
	}
	i-- // a base64 character carrying whole bits of the last bytes
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return b
}

// breakPEMHeader corrupts the BEGIN line of the first certificate so that
// the chain no longer decodes as three certificates.
func breakPEMHeader(b []byte) []byte {
	b = bytes.Clone(b)
	i := bytes.Index(b, []byte("-----BEGIN CERTIFICATE-----"))
	copy(b[i+5:], "BEGIX")
	return b
}

func setVersion(v uint16) func([]byte) []byte {
	return func(b []byte) []byte {
		b = bytes.Clone(b)
		b[0], b[1] = byte(v), byte(v>>8)
		return b
	}
}

func truncate(n int) func([]byte) []byte {
	return func(b []byte) []byte { return bytes.Clone(b[:n]) }
}

func mustExts(t testing.TB, leaf *x509.Certificate) *sgx.PCKExtensions {
	t.Helper()
	e, err := sgx.ParsePCKExtensions(leaf)
	if err != nil {
		t.Fatal(err)
	}
	return e
}
