package sgx

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// Real evidence with an Intel TCB info of version 2 (PCS v3 API): an SGX
// quote v3 from an Ice Lake-SP platform (FMSPC 00606A000000) with its TCB
// info, QE identity, issuer chains and PCK and Root CA CRLs, from
// matter-labs/teepot crates/teepot/tests/sgx_quote_verification.rs
// (fn sw_hardening) @ f91ff6c1c9af, copied to
// ../shared/testdata/dcap-tcbinfo-v2 (README-more-evidence.md there). The
// source's test says SWHardeningNeeded at 2023-05-15T15:41:43Z.
const teepotDir = "../../../shared/testdata/dcap-tcbinfo-v2/teepot-sw_hardening"

var teepotTime = date("2023-05-15T15:41:43Z")

type teepotEvidence struct {
	quote []byte
	coll  Collateral
}

func readTeepot(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(teepotDir, name))
	if err != nil {
		tb.Skipf("shared evidence not available: %v", err)
	}
	return b
}

// loadTeepot reads the evidence. teepot keeps its documents as C strings
// for Intel's QVL: each JSON file ends with one NUL terminator, which is
// not part of the PCS body and is cut here, by the caller, as a relying
// party would before handing the body on.
func loadTeepot(tb testing.TB) teepotEvidence {
	tb.Helper()
	cstr := func(name string) []byte {
		b := readTeepot(tb, name)
		if len(b) == 0 || b[len(b)-1] != 0 {
			tb.Fatalf("%s: expected a NUL-terminated C string", name)
		}
		return b[:len(b)-1]
	}
	return teepotEvidence{
		quote: readTeepot(tb, "quote.bin"),
		coll: Collateral{
			TCBInfo:               cstr("tcb_info.json"),
			TCBInfoIssuerChain:    bytes.TrimRight(readTeepot(tb, "tcb_info_issuer_chain.pem"), "\x00"),
			QEIdentity:            cstr("qe_identity.json"),
			QEIdentityIssuerChain: bytes.TrimRight(readTeepot(tb, "qe_identity_issuer_chain.pem"), "\x00"),
			PCKCRL:                readTeepot(tb, "pck_crl.der"),
			RootCACRL:             readTeepot(tb, "root_ca_crl.der"),
		},
	}
}

func TestVerifyTeepotTCBInfoV2(t *testing.T) {
	e := loadTeepot(t)
	c := e.coll
	r, err := VerifyQuote(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: e.quote},
		Options{Now: clock(teepotTime), Collateral: &c, RequireCollateral: true, CheckRevocations: true})
	if err != nil {
		t.Fatalf("VerifyQuote: %v", err)
	}
	if r.Claims.TCB != attest.TCBSWHardening {
		t.Errorf("TCB = %q, want %q", r.Claims.TCB, attest.TCBSWHardening)
	}
	if r.TCBInfo.Version != 2 {
		t.Errorf("TCB info version %d", r.TCBInfo.Version)
	}
}

// TestTeepotTCBInfoV2SameLevels rewrites the real version 2 document into
// the version 3 shape (id "SGX", components as an array) and checks that
// both parse to the same levels: the version changes the encoding, not
// what a level says.
func TestTeepotTCBInfoV2SameLevels(t *testing.T) {
	e := loadTeepot(t)
	v2, err := ParseTCBInfo(e.coll.TCBInfo)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TCBInfo   map[string]any `json:"tcbInfo"`
		Signature string         `json:"signature"`
	}
	if err := json.Unmarshal(e.coll.TCBInfo, &doc); err != nil {
		t.Fatal(err)
	}
	doc.TCBInfo["id"], doc.TCBInfo["version"] = "SGX", 3
	for _, l := range doc.TCBInfo["tcbLevels"].([]any) {
		tcb := l.(map[string]any)["tcb"].(map[string]any)
		var comps []any
		for k := 1; k <= 16; k++ {
			name := fmt.Sprintf("sgxtcbcomp%02dsvn", k)
			comps = append(comps, map[string]any{"svn": tcb[name]})
			delete(tcb, name)
		}
		tcb["sgxtcbcomponents"] = comps
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	v3, err := ParseTCBInfo(b)
	if err != nil {
		t.Fatalf("v3 rewrite: %v", err)
	}
	if v2.ID != "SGX" || v2.Version != 2 || v3.Version != 3 {
		t.Fatalf("id/version %q/%d, %q/%d", v2.ID, v2.Version, v3.ID, v3.Version)
	}
	if !reflect.DeepEqual(v2.TCBLevels, v3.TCBLevels) || v2.FMSPC != v3.FMSPC || v2.PCEID != v3.PCEID ||
		!v2.IssueDate.Equal(v3.IssueDate) || !v2.NextUpdate.Equal(v3.NextUpdate) {
		t.Fatalf("v2 and v3 forms differ:\n%+v\n%+v", v2, v3)
	}
	if got := v2.TCBLevels[0].Status; got != attest.TCBSWHardening {
		t.Fatalf("first level %q", got)
	}
}

// TestTeepotRejects flips bytes of the real version 2 evidence.
func TestTeepotRejects(t *testing.T) {
	e := loadTeepot(t)
	tcb := e.coll.TCBInfo
	replace := func(b []byte, old, new string) []byte {
		t.Helper()
		out := bytes.Replace(b, []byte(old), []byte(new), 1)
		if bytes.Equal(out, b) {
			t.Fatalf("%q not found", old)
		}
		return out
	}
	with := func(f func(c *Collateral)) *Collateral {
		c := e.coll
		f(&c)
		return &c
	}
	sigOff := bytes.LastIndex(tcb, []byte(`"signature":"`)) + len(`"signature":"`)
	ti, err := ParseTCBInfo(tcb)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		raw  []byte
		coll *Collateral
		now  time.Time
		want error
	}{
		{"level status raised", e.quote, with(func(c *Collateral) {
			c.TCBInfo = replace(tcb, `"tcbStatus":"SWHardeningNeeded"`, `"tcbStatus":"UpToDate"`)
		}), teepotTime, attest.ErrSignature},
		{"component lowered", e.quote, with(func(c *Collateral) { c.TCBInfo = replace(tcb, `"sgxtcbcomp01svn":11`, `"sgxtcbcomp01svn":10`) }), teepotTime, attest.ErrSignature},
		{"TCB info signature byte", e.quote, with(func(c *Collateral) {
			c.TCBInfo = bytes.Clone(tcb)
			c.TCBInfo[sigOff] ^= 1 // hex digit: '0'-'9' and 'a'-'f' stay hex under ^1
		}), teepotTime, attest.ErrSignature},
		{"a v2 component missing", e.quote, with(func(c *Collateral) { c.TCBInfo = replace(tcb, `"sgxtcbcomp16svn":0,`, ``) }), teepotTime, attest.ErrMalformed},
		{"a v2 component not a number", e.quote, with(func(c *Collateral) { c.TCBInfo = replace(tcb, `"sgxtcbcomp16svn":0`, `"sgxtcbcomp16svn":"0"`) }), teepotTime, attest.ErrMalformed},
		{"a v2 tcb with an extra field", e.quote, with(func(c *Collateral) { c.TCBInfo = replace(tcb, `"pcesvn":13`, `"pcesvn":13,"x":1`) }), teepotTime, attest.ErrMalformed},
		{"a v2 document with an id", e.quote, with(func(c *Collateral) { c.TCBInfo = replace(tcb, `"version":2`, `"id":"SGX","version":2`) }), teepotTime, attest.ErrMalformed},
		{"version 1", e.quote, with(func(c *Collateral) { c.TCBInfo = replace(tcb, `"version":2`, `"version":1`) }), teepotTime, attest.ErrMalformed},
		{"after nextUpdate", e.quote, &e.coll, ti.NextUpdate.Add(time.Second), attest.ErrExpired},
		{"before issueDate", e.quote, &e.coll, ti.IssueDate.Add(-time.Second), attest.ErrExpired},
		{"quote report data byte", flip(e.quote, HeaderSize+320), &e.coll, teepotTime, attest.ErrSignature},
		{"quote QE report byte", flip(e.quote, signedSize+4+SignatureSize+AttestationKeySize+10), &e.coll, teepotTime, attest.ErrSignature},
		{"PCK CRL signature byte", e.quote, with(func(c *Collateral) { c.PCKCRL = flip(c.PCKCRL, len(c.PCKCRL)-5) }), teepotTime, attest.ErrCertChain},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: tc.raw},
				Options{Now: clock(tc.now), Collateral: tc.coll})
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}

// TestWrongDocumentType gives a real SGX quote real TDX collateral: the
// error names the wrong document type.
func TestWrongDocumentType(t *testing.T) {
	raw := realQuotes(t)[1].raw
	for _, tc := range []struct {
		name, mention string
		coll          Collateral
	}{
		{"TDX TCB info", `"TDX"`, Collateral{TCBInfo: readFixture(t, "tcb_info_v3_with_tdx_module.json")}},
		{"TD_QE identity", `"TD_QE"`, Collateral{QEIdentity: readFixture(t, "qe_identity.json")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.coll
			_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: raw}, Options{Now: clock(teepotTime), Collateral: &c})
			if !errors.Is(err, ErrWrongCollateral) || !errors.Is(err, attest.ErrMalformed) || !strings.Contains(err.Error(), tc.mention) {
				t.Fatalf("error %v, want ErrWrongCollateral naming %s", err, tc.mention)
			}
		})
	}
}

// TestTeepotRequireCRLs: each CRL given is checked on its own, and
// Options.RequireCRLs says which must be present.
func TestTeepotRequireCRLs(t *testing.T) {
	e := loadTeepot(t)
	pckOnly, rootOnly := e.coll, e.coll
	pckOnly.RootCACRL, rootOnly.PCKCRL = nil, nil
	flippedPCK := pckOnly
	flippedPCK.PCKCRL = flip(pckOnly.PCKCRL, len(pckOnly.PCKCRL)-5)
	for _, tc := range []struct {
		name string
		coll Collateral
		req  CRLs
		all  bool // CheckRevocations
		want error
	}{
		{"both given, both required", e.coll, CRLPCK | CRLRootCA, false, nil},
		{"PCK CRL alone", pckOnly, 0, false, nil},
		{"PCK CRL alone, PCK CRL required", pckOnly, CRLPCK, false, nil},
		{"PCK CRL alone, Root CA CRL required", pckOnly, CRLRootCA, false, attest.ErrMalformed},
		{"PCK CRL alone, CheckRevocations", pckOnly, 0, true, attest.ErrMalformed},
		{"Root CA CRL alone, PCK CRL required", rootOnly, CRLPCK, false, attest.ErrMalformed},
		{"Root CA CRL alone, Root CA CRL required", rootOnly, CRLRootCA, false, nil},
		{"lone PCK CRL flipped", flippedPCK, 0, false, attest.ErrCertChain},
		{"unknown CRL bit", e.coll, 1 << 5, false, attest.ErrConfig},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.coll
			r, err := VerifyQuote(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: e.quote},
				Options{Now: clock(teepotTime), Collateral: &c, RequireCRLs: tc.req, CheckRevocations: tc.all})
			if tc.want == nil {
				if err != nil {
					t.Fatalf("VerifyQuote: %v", err)
				}
				if r.Claims.TCB != attest.TCBSWHardening {
					t.Fatalf("TCB %q", r.Claims.TCB)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}

// fuzzTeepot is the teepot collateral for fuzz seeds, or nil when the
// shared evidence is absent.
func fuzzTeepot() *Collateral {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(teepotDir, name))
		if err != nil {
			return nil
		}
		return bytes.TrimSuffix(b, []byte{0})
	}
	c := &Collateral{
		TCBInfo: read("tcb_info.json"), TCBInfoIssuerChain: read("tcb_info_issuer_chain.pem"),
		QEIdentity: read("qe_identity.json"), QEIdentityIssuerChain: read("qe_identity_issuer_chain.pem"),
		PCKCRL: read("pck_crl.der"), RootCACRL: read("root_ca_crl.der"),
	}
	if c.TCBInfo == nil {
		return nil
	}
	return c
}
