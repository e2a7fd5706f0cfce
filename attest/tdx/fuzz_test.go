package tdx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sgx"
)

// FuzzVerify drives every parser and check on the verification path
// (quote v4/v5, PEM PCK chain, PCK extensions, collateral JSON, TCB info,
// QE identity, issuer chains, CRLs, TCB evaluation) with mutated real
// quotes and collateral. It must never panic, and every failure must be
// one of the attest sentinels.
func FuzzVerify(f *testing.F) {
	f.Add(googleQuote(f), []byte(nil))
	f.Add(googleQuote(f), marshal(f, googleCollateral(f, true)))
	f.Add(googleQuote(f), marshal(f, googleCollateral(f, false)))
	if b, err := os.ReadFile(filepath.Join(dcapDir(), "quote_tdx.bin")); err == nil {
		f.Add(b, []byte(nil))
	}
	opts := Options{Now: at(googleTime)}
	f.Fuzz(func(t *testing.T, raw, col []byte) {
		checkVerdict(t, raw, col, opts)
	})
}

// FuzzVerifyV5 is FuzzVerify for v5 quotes (both body types) and
// collateral built and signed by a synthetic PKI, so that mutations reach
// every check, the TCB evaluation included.
func FuzzVerifyV5(f *testing.F) {
	pki := newSynthPKI(f)
	for _, bt := range []uint16{BodyTypeTDReport10, BodyTypeTDReport15} {
		raw := pki.quote(f, quoteSpec{bodyType: bt})
		f.Add(raw, []byte(nil))
		f.Add(raw, marshal(f, pki.collateral(f, colSpec{crls: true})))
	}
	body := synthBody()
	body.TEETCBSVN = [16]byte{3, 1, 7}
	f.Add(pki.quote(f, quoteSpec{body: &body}), marshal(f, pki.collateral(f, colSpec{})))
	opts := pki.opts()
	f.Fuzz(func(t *testing.T, raw, col []byte) {
		checkVerdict(t, raw, col, opts)
	})
}

// checkVerdict verifies and checks that the outcome is well formed.
func checkVerdict(t *testing.T, raw, col []byte, opts Options) {
	t.Helper()
	r, err := VerifyQuote(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: col}, opts)
	if err != nil {
		if r != nil {
			t.Fatalf("result with error %v", err)
		}
		for _, s := range allSentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("unclassified error: %v", err)
	}
	c := &r.Claims
	if c.Kind != attest.KindTDX || len(c.Measurement) != 48 || len(c.RTMRs) != 4 || c.NotAfter.Before(c.NotBefore) {
		t.Fatalf("bad claims %+v", c)
	}
	if (len(col) > 0) != (c.TCB != attest.TCBUnknown) || c.TCB == attest.TCBRevoked {
		t.Fatalf("TCB %q with %d bytes of collateral", c.TCB, len(col))
	}
}

// FuzzParseQuote drives the quote parser (v4 and v5), the PEM PCK chain,
// the PCK certificate extensions and the claims mapping, which are cheap
// enough to fuzz deeply. A quote that parses re-encodes to exactly the
// bytes it was parsed from.
func FuzzParseQuote(f *testing.F) {
	f.Add(googleQuote(f))
	if b, err := os.ReadFile(filepath.Join(dcapDir(), "quote_tdx.bin")); err == nil {
		f.Add(b)
	}
	pki := newSynthPKI(f)
	for _, bt := range []uint16{BodyTypeTDReport10, BodyTypeTDReport15} {
		f.Add(pki.quote(f, quoteSpec{bodyType: bt}))
	}
	f.Add(pki.quote(f, quoteSpec{version: QuoteVersion4}))
	f.Fuzz(func(t *testing.T, raw []byte) {
		q, err := ParseQuote(raw)
		if err != nil {
			if q != nil || !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("parse error is not ErrMalformed: %v", err)
			}
			return
		}
		if !bytes.Equal(encodeQuote(q), q.Raw()) || !bytes.HasPrefix(raw, q.Raw()) {
			t.Fatal("parsed quote does not re-encode to its bytes")
		}
		switch {
		case q.Header.Version == QuoteVersion4 && q.BodyType == BodyTypeTDReport10:
		case q.Header.Version == QuoteVersion5 && (q.BodyType == BodyTypeTDReport10 || q.BodyType == BodyTypeTDReport15):
		default:
			t.Fatalf("version %d with body type %d", q.Header.Version, q.BodyType)
		}
		claims, err := parseForFuzz(raw)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("parse error is not ErrMalformed: %v", err)
			}
			return
		}
		if len(claims.RTMRs) != 4 || !bytes.Equal(claims.Measurement, q.Body.MRTD[:]) {
			t.Fatalf("claims %+v", claims)
		}
	})
}

// FuzzCollateral drives the collateral parsers (JSON, issuer chains, TCB
// info, QE identity, CRLs) and the TCB evaluation against the real quote's
// PCK extensions and TD report.
func FuzzCollateral(f *testing.F) {
	f.Add(marshal(f, googleCollateral(f, true)))
	f.Add(marshal(f, googleCollateral(f, false)))
	q, err := parseQuote(googleQuote(f))
	if err != nil {
		f.Fatal(err)
	}
	chain, err := parsePCKChain(q)
	if err != nil {
		f.Fatal(err)
	}
	exts := mustExts(f, chain.leaf)
	f.Fuzz(func(t *testing.T, col []byte) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("collateral parser panicked: %v", r)
			}
		}()
		p, err := parseCollateralFor(col, exts)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("parse error is not ErrMalformed: %v", err)
			}
			return
		}
		if ev, err := evaluateTCB(p.tcbInfo, p.qeIdentity, exts, &q.Body, &q.QEReport); err == nil {
			if ev.Level == nil || ev.QELevel == nil || ev.Status == attest.TCBRevoked {
				t.Fatalf("evaluation %+v", ev)
			}
		} else if !errors.Is(err, attest.ErrTCB) && !errors.Is(err, attest.ErrRevoked) {
			t.Fatalf("evaluation error %v", err)
		}
		_ = checkQE(p.qeIdentity, &q.QEReport)
		s, err := p.resolveSigners(DefaultRoots(), googleTime)
		if err != nil {
			return
		}
		w := newWindow()
		p.addWindows(w, s)
		_ = w.Check(googleTime)
	})
}

// parseForFuzz runs the parsing half of Verify.
func parseForFuzz(raw []byte) (claims *attest.Claims, err error) {
	q, err := parseQuote(raw)
	if err != nil {
		return nil, err
	}
	chain, err := parsePCKChain(q)
	if err != nil {
		return nil, err
	}
	if _, err := sgx.ParsePCKExtensions(chain.leaf); err != nil {
		return nil, fmt.Errorf("%w: %v", attest.ErrMalformed, err)
	}
	return claimsFromQuote(q, attest.TCBUnknown, chain.leaf.NotBefore, chain.leaf.NotAfter), nil
}
