package tdx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-tdx-guest/pcs"
	"github.com/google/go-tdx-guest/testing/testdata"

	"github.com/teerollup/teerollup/attest"
)

// FuzzVerify drives every parser on the verification path (quote ABI, PEM
// PCK chain, PCK extensions, collateral JSON, issuer chains, CRLs, and
// go-tdx-guest's verifier) with mutated real quotes and collateral. It must
// never panic, and every failure must be one of the attest sentinels.
func FuzzVerify(f *testing.F) {
	f.Add(bytes.Clone(testdata.RawQuote), []byte(nil))
	f.Add(bytes.Clone(testdata.RawQuote), marshal(f, googleCollateral(f, true)))
	f.Add(bytes.Clone(testdata.RawQuote), marshal(f, googleCollateral(f, false)))
	if b, err := os.ReadFile(filepath.Join(dcapDir(), "quote_tdx.bin")); err == nil {
		f.Add(b, []byte(nil))
	}
	opts := Options{Now: at(googleTime)}
	f.Fuzz(func(t *testing.T, raw, col []byte) {
		claims, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: col}, opts)
		if err != nil {
			if claims != nil {
				t.Fatalf("claims with error %v", err)
			}
			for _, s := range allSentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("unclassified error: %v", err)
		}
		if claims == nil || claims.Kind != attest.KindTDX || len(claims.Measurement) != 48 {
			t.Fatalf("bad claims %+v", claims)
		}
	})
}

// FuzzParseQuote drives the quote parsers alone (go-tdx-guest's ABI parser,
// the PEM PCK chain, the PCK certificate extensions, the claims mapping),
// which are cheap enough to fuzz deeply.
func FuzzParseQuote(f *testing.F) {
	f.Add(bytes.Clone(testdata.RawQuote))
	if b, err := os.ReadFile(filepath.Join(dcapDir(), "quote_tdx.bin")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		claims, err := parseForFuzz(raw)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("parse error is not ErrMalformed: %v", err)
			}
			return
		}
		if len(claims.RTMRs) != 4 {
			t.Fatalf("%d RTMRs", len(claims.RTMRs))
		}
	})
}

// FuzzCollateral drives the collateral parsers (JSON, issuer chains, TCB
// info, QE identity, CRLs) against the real quote's PCK extensions.
func FuzzCollateral(f *testing.F) {
	f.Add(marshal(f, googleCollateral(f, true)))
	f.Add(marshal(f, googleCollateral(f, false)))
	q, err := parseQuote(testdata.RawQuote)
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
		w := newWindow()
		p.addWindows(w)
		_ = p.verifyChains(DefaultRoots())
		_ = p.getter()
	})
}

// parseForFuzz runs the parsing half of Verify, with its panic guard.
func parseForFuzz(raw []byte) (claims *attest.Claims, err error) {
	defer func() {
		if r := recover(); r != nil {
			claims, err = nil, fmt.Errorf("%w: panic: %v", attest.ErrMalformed, r)
		}
	}()
	q, err := parseQuote(raw)
	if err != nil {
		return nil, err
	}
	chain, err := parsePCKChain(q)
	if err != nil {
		return nil, err
	}
	if _, err := pcs.PckCertificateExtensions(chain.leaf); err != nil {
		return nil, fmt.Errorf("%w: %v", attest.ErrMalformed, err)
	}
	return claimsFromQuote(q, attest.TCBUnknown, chain.leaf.NotBefore, chain.leaf.NotAfter), nil
}
