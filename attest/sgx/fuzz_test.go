package sgx

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// fuzzSeeds adds the real fixtures when present (fuzz targets do not skip
// without them: they fall back to synthetic seeds).
func fuzzFixture(name string) []byte {
	b, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		return nil
	}
	if strings.HasSuffix(name, ".hex") {
		if b, err = hex.DecodeString(strings.TrimSpace(string(b))); err != nil {
			return nil
		}
	}
	return b
}

var sentinels = []error{
	attest.ErrMalformed, attest.ErrSignature, attest.ErrCertChain, attest.ErrUnknownRoot,
	attest.ErrExpired, attest.ErrRevoked, attest.ErrKeyBinding, attest.ErrTCB, attest.ErrUnknownFormat,
}

func isSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func FuzzParseQuote(f *testing.F) {
	for _, n := range []string{"quote_sgx.bin", "quotev3.hex", "quote_tdx.bin", "quotev4.hex"} {
		if b := fuzzFixture(n); b != nil {
			f.Add(b)
		}
	}
	k := newTestPKI(f, defaultPCK)
	f.Add(k.quote(f, defaultQuoteParams()).Raw())
	f.Add(make([]byte, minQuoteSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := ParseQuote(b)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("ParseQuote error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		enc, err := q.Marshal()
		if err != nil {
			t.Fatalf("Marshal of a parsed quote: %v", err)
		}
		if !bytes.Equal(enc, b) {
			t.Fatalf("ParseQuote→Marshal does not round-trip")
		}
		if !bytes.Equal(q.SignedBytes(), b[:signedSize]) {
			t.Fatalf("SignedBytes differs from the input")
		}
	})
}

// FuzzVerify feeds mutated quotes to the whole verifier at a clock where
// the real quotes verify: it must never panic and must fail only with the
// package's sentinels.
func FuzzVerify(f *testing.F) {
	for _, n := range []string{"quote_sgx.bin", "quotev3.hex"} {
		if b := fuzzFixture(n); b != nil {
			f.Add(b)
		}
	}
	k := newTestPKI(f, defaultPCK)
	f.Add(k.quote(f, defaultQuoteParams()).Raw())
	now := date("2025-08-20T00:00:00Z")
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatSGX, Raw: b}, Options{Now: clock(now)})
		if err != nil && !isSentinel(err) {
			t.Fatalf("error wraps no sentinel: %v", err)
		}
	})
}

func FuzzParseCollateral(f *testing.F) {
	tcb := fuzzFixture("sgx_tcbinfov3_00606a000000.json")
	qe := fuzzFixture("sgx_qeidentity_v4.json")
	for _, b := range [][]byte{tcb, qe, fuzzFixture("tcb_info_v3_sgx.json"), fuzzFixture("qe_identity.json")} {
		if b != nil {
			f.Add(b)
		}
	}
	if tcb != nil && qe != nil {
		b, _ := json.Marshal(Collateral{TCBInfo: tcb, QEIdentity: qe})
		f.Add(b)
		f.Add([]byte(`{"tcb_info":` + string(tcb) + `,"qe_identity":` + string(qe) + `}`))
	}
	// TCB info version 2 (teepot), alone and as a full bundle.
	if v2 := fuzzTeepot(); v2 != nil {
		f.Add(v2.TCBInfo)
		if b, err := json.Marshal(v2); err == nil {
			f.Add(b)
		}
	}
	k := newTestPKI(f, defaultPCK)
	synth := Collateral{
		TCBInfo:            k.tcbInfo(f, defaultPCK, synthEpoch, level{defaultPCK.comps, defaultPCK.pcesvn, "UpToDate"}),
		QEIdentity:         k.qeIdentity(f, synthEpoch, IntelQEMRSigner, qeLevel{8, "UpToDate"}),
		TCBInfoIssuerChain: pemChain(k.tcb, k.root),
		PCKCRL:             crl(f, k.ca, k.caKey, synthEpoch),
	}
	b, err := json.Marshal(synth)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		// The document parsers on raw input: no panic, typed errors.
		if ti, err := ParseTCBInfo(b); err == nil {
			if !json.Valid(ti.Signed) || len(ti.TCBLevels) == 0 {
				t.Fatalf("ParseTCBInfo accepted a bad document")
			}
		} else if !errors.Is(err, attest.ErrMalformed) {
			t.Fatalf("ParseTCBInfo: %v", err)
		}
		if _, err := ParseQEIdentity(b); err != nil && !errors.Is(err, attest.ErrMalformed) {
			t.Fatalf("ParseQEIdentity: %v", err)
		}
		c, err := ParseCollateral(b)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("ParseCollateral: %v", err)
			}
			return
		}
		// A parsed bundle re-encodes to one that parses to the same bytes.
		enc, err := json.Marshal(c)
		if err != nil {
			if errors.Is(err, attest.ErrMalformed) {
				return // non-UTF-8 text cannot travel as a JSON string
			}
			t.Fatalf("MarshalJSON: %v", err)
		}
		c2, err := ParseCollateral(enc)
		if err != nil {
			t.Fatalf("re-encoded bundle does not parse: %v", err)
		}
		for i, pair := range [][2][]byte{
			{c.TCBInfo, c2.TCBInfo}, {c.QEIdentity, c2.QEIdentity},
			{c.TCBInfoIssuerChain, c2.TCBInfoIssuerChain}, {c.QEIdentityIssuerChain, c2.QEIdentityIssuerChain},
			{c.PCKCRL, c2.PCKCRL}, {c.RootCACRL, c2.RootCACRL},
		} {
			if !bytes.Equal(pair[0], pair[1]) {
				t.Fatalf("field %d changed in the round trip", i)
			}
		}
	})
}
