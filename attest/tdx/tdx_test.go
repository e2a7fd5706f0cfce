package tdx

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/binary"
	"errors"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// allSentinels are the attest errors a verifier may return; every failure
// must wrap exactly the one a test expects.
var allSentinels = []error{
	attest.ErrUnsupported, attest.ErrUnknownFormat, attest.ErrMalformed, attest.ErrSignature,
	attest.ErrCertChain, attest.ErrUnknownRoot, attest.ErrExpired, attest.ErrRevoked,
	attest.ErrKeyBinding, attest.ErrReportData, attest.ErrDebug, attest.ErrMeasurement,
	attest.ErrTCB, attest.ErrStale, attest.ErrSimulated, attest.ErrKind,
}

// wantOnly fails unless err wraps want and no other attest sentinel.
func wantOnly(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error = %v, want %v", err, want)
	}
	for _, s := range allSentinels {
		if s != want && errors.Is(err, s) {
			t.Fatalf("error = %v also matches %v", err, s)
		}
	}
}

func TestDefaultRootIsTheRootInRealQuotes(t *testing.T) {
	root := DefaultRoots()[0]
	if root.Subject.CommonName != "Intel SGX Root CA" || !root.IsCA {
		t.Fatalf("default root = %q", root.Subject.CommonName)
	}
	for _, rq := range realQuotes() {
		t.Run(rq.name, func(t *testing.T) {
			q, err := parseQuote(rq.raw(t))
			if err != nil {
				t.Fatal(err)
			}
			chain, err := parsePCKChain(q)
			if err != nil {
				t.Fatal(err)
			}
			if !chain.all[2].Equal(root) {
				t.Fatalf("quote root %q differs from DefaultRoots()", chain.all[2].Subject.CommonName)
			}
		})
	}
	if DefaultRoots()[0] != root {
		t.Fatal("DefaultRoots is not stable")
	}
}

func TestVerifyRealQuotes(t *testing.T) {
	for _, rq := range realQuotes() {
		t.Run(rq.name, func(t *testing.T) {
			raw := rq.raw(t)
			claims, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw}, Options{Now: at(rq.now)})
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if claims.Kind != attest.KindTDX || claims.Format != attest.FormatTDX || claims.Simulated {
				t.Errorf("kind/format = %v/%v simulated=%v", claims.Kind, claims.Format, claims.Simulated)
			}
			if !bytes.Equal(claims.Measurement, raw[offMrTd:offMrTd+48]) {
				t.Errorf("Measurement = %x, want MRTD %x", claims.Measurement, raw[offMrTd:offMrTd+48])
			}
			if !bytes.Equal(claims.Signer, raw[0x30+0x40:0x30+0x70]) {
				t.Errorf("Signer = %x, want MRSIGNERSEAM", claims.Signer)
			}
			if len(claims.RTMRs) != 4 {
				t.Fatalf("%d RTMRs", len(claims.RTMRs))
			}
			for i, r := range claims.RTMRs {
				off := 0x30 + 0x148 + 48*i
				if !bytes.Equal(r, raw[off:off+48]) {
					t.Errorf("RTMR%d = %x", i, r)
				}
			}
			if !bytes.Equal(claims.ReportData[:], raw[offReportData:offReportData+64]) {
				t.Errorf("ReportData = %x", claims.ReportData)
			}
			if claims.Debug {
				t.Error("production quote reported as debug")
			}
			if claims.SVN != uint64(raw[offTeeTcbSvn]) {
				t.Errorf("SVN = %d, want TEE_TCB_SVN[0] = %d", claims.SVN, raw[offTeeTcbSvn])
			}
			if claims.TCB != attest.TCBUnknown {
				t.Errorf("TCB = %q without collateral", claims.TCB)
			}
			// The window is the intersection of the PCK chain's validity.
			q, _ := parseQuote(raw)
			chain, _ := parsePCKChain(q)
			if !claims.NotBefore.Equal(chain.leaf.NotBefore) || !claims.NotAfter.Equal(chain.leaf.NotAfter) {
				t.Errorf("window = %v..%v, want the PCK leaf's %v..%v", claims.NotBefore, claims.NotAfter, chain.leaf.NotBefore, chain.leaf.NotAfter)
			}
			// The claimed report data is what the verifier must compare with
			// the value it expects (attest-level binding check).
			var other [attest.ReportDataSize]byte
			other[0] = 0xff
			if claims.ReportData == other {
				t.Error("report data comparison cannot tell values apart")
			}

			v := NewVerifier(Options{Now: at(rq.now)})
			if _, err := v.Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw}); err != nil {
				t.Fatalf("Verifier.Verify: %v", err)
			}
		})
	}
}

func TestVerifyRejects(t *testing.T) {
	type tc struct {
		name    string
		mutate  func([]byte) []byte // nil: unchanged
		opts    func(now time.Time, raw []byte) Options
		want    error
		comment string
	}
	atNow := func(now time.Time, _ []byte) Options { return Options{Now: at(now)} }
	leafWindow := func(raw []byte) (time.Time, time.Time) {
		q, err := parseQuote(raw)
		if err != nil {
			panic(err)
		}
		ch, err := parsePCKChain(q)
		if err != nil {
			panic(err)
		}
		return ch.leaf.NotBefore, ch.leaf.NotAfter
	}
	cases := []tc{
		{name: "report data flipped", mutate: flip(offReportData + 3), opts: atNow, want: attest.ErrSignature},
		{name: "MRTD flipped", mutate: flip(offMrTd), opts: atNow, want: attest.ErrSignature},
		{name: "debug bit set", mutate: func(b []byte) []byte {
			b = bytes.Clone(b)
			b[offTdAttributes] |= tdAttributesDebug
			return b
		}, opts: atNow, want: attest.ErrSignature, comment: "a production quote cannot be turned into a debug one"},
		{name: "header flipped", mutate: flip(0x1C), opts: atNow, want: attest.ErrSignature},
		{name: "quote signature flipped", mutate: flip(offQuoteSig + 7), opts: atNow, want: attest.ErrSignature},
		{name: "QE report flipped", mutate: flip(offQEReportData), opts: atNow, want: attest.ErrSignature},
		{name: "QE auth data flipped", mutate: flip(offQEAuthData + 1), opts: atNow, want: attest.ErrKeyBinding,
			comment: "QE report data no longer hashes the attestation key and auth data"},
		{name: "PCK leaf signature flipped", mutate: flipPEMLeafSignature, opts: atNow, want: attest.ErrCertChain},
		{name: "PCK chain PEM broken", mutate: breakPEMHeader, opts: atNow, want: attest.ErrMalformed},
		{name: "v4 quote relabelled v5", mutate: setVersion(5), opts: atNow, want: attest.ErrMalformed},
		{name: "SGX TEE type", mutate: func(b []byte) []byte {
			b = bytes.Clone(b)
			binary.LittleEndian.PutUint32(b[4:8], 0)
			return b
		}, opts: atNow, want: attest.ErrMalformed},
		{name: "truncated below minimum", mutate: truncate(0x3F0), opts: atNow, want: attest.ErrMalformed},
		{name: "truncated signed data", mutate: truncate(0x600), opts: atNow, want: attest.ErrMalformed},
		{name: "signed data size too small", mutate: func(b []byte) []byte {
			b = bytes.Clone(b)
			binary.LittleEndian.PutUint32(b[offSignedSize:], 0x10)
			return b
		}, opts: atNow, want: attest.ErrMalformed, comment: "go-tdx-guest v0.3.1 panicked here"},
		{name: "clock past PCK NotAfter", opts: func(_ time.Time, raw []byte) Options {
			_, na := leafWindow(raw)
			return Options{Now: at(na.Add(time.Second))}
		}, want: attest.ErrExpired},
		{name: "clock before PCK NotBefore", opts: func(_ time.Time, raw []byte) Options {
			nb, _ := leafWindow(raw)
			return Options{Now: at(nb.Add(-time.Second))}
		}, want: attest.ErrExpired},
		{name: "unknown root", opts: func(now time.Time, _ []byte) Options {
			return Options{Now: at(now), TrustedRoots: []*x509.Certificate{unrelatedRoot(t)}}
		}, want: attest.ErrUnknownRoot},
		{name: "unknown root even when expired", opts: func(_ time.Time, raw []byte) Options {
			_, na := leafWindow(raw)
			return Options{Now: at(na.Add(time.Hour)), TrustedRoots: []*x509.Certificate{unrelatedRoot(t)}}
		}, want: attest.ErrUnknownRoot},
		{name: "collateral required but absent", opts: func(now time.Time, _ []byte) Options {
			return Options{Now: at(now), RequireCollateral: true}
		}, want: attest.ErrMalformed},
		{name: "revocation check without CRLs", opts: func(now time.Time, _ []byte) Options {
			return Options{Now: at(now), CheckRevocations: true}
		}, want: attest.ErrMalformed},
	}
	for _, rq := range realQuotes() {
		t.Run(rq.name, func(t *testing.T) {
			orig := rq.raw(t)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					raw := orig
					if c.mutate != nil {
						raw = c.mutate(orig)
					}
					claims, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw}, c.opts(rq.now, orig))
					if claims != nil {
						t.Fatalf("claims returned with error %v", err)
					}
					wantOnly(t, err, c.want)
				})
			}
		})
	}
}

func TestVerifyEnvelope(t *testing.T) {
	raw := bytes.Clone(realQuotes()[0].raw(t))
	opts := Options{Now: at(googleTime)}
	cases := []struct {
		name string
		ctx  func() context.Context
		ev   attest.Evidence
		want error
	}{
		{name: "wrong format", ctx: context.Background, ev: attest.Evidence{Format: attest.FormatSEVSNP, Raw: raw}, want: attest.ErrUnknownFormat},
		{name: "empty format", ctx: context.Background, ev: attest.Evidence{Raw: raw}, want: attest.ErrMalformed},
		{name: "empty raw", ctx: context.Background, ev: attest.Evidence{Format: attest.FormatTDX}, want: attest.ErrMalformed},
		{name: "one byte", ctx: context.Background, ev: attest.Evidence{Format: attest.FormatTDX, Raw: []byte{4}}, want: attest.ErrMalformed},
		{name: "collateral garbage", ctx: context.Background, ev: attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: []byte("{not json")}, want: attest.ErrMalformed},
		{name: "canceled context", ctx: func() context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		}, ev: attest.Evidence{Format: attest.FormatTDX, Raw: raw}, want: context.Canceled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Verify(c.ctx(), c.ev, opts)
			if !errors.Is(err, c.want) {
				t.Fatalf("error = %v, want %v", err, c.want)
			}
		})
	}
}

func TestOptions(t *testing.T) {
	raw := realQuotes()[0].raw(t)
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw}
	leaf := func() *x509.Certificate {
		q, _ := parseQuote(raw)
		ch, _ := parsePCKChain(q)
		return ch.leaf
	}()
	cases := []struct {
		name string
		opts Options
	}{
		{name: "nil root", opts: Options{TrustedRoots: []*x509.Certificate{nil}}},
		{name: "non-CA root", opts: Options{TrustedRoots: []*x509.Certificate{leaf}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := c.opts.Validate(); !errors.Is(err, ErrInvalidOptions) {
				t.Fatalf("Validate = %v", err)
			}
			if _, err := Verify(context.Background(), ev, c.opts); !errors.Is(err, ErrInvalidOptions) {
				t.Fatalf("Verify = %v", err)
			}
			if _, err := NewVerifier(c.opts).Verify(context.Background(), ev); !errors.Is(err, ErrInvalidOptions) {
				t.Fatalf("Verifier.Verify = %v", err)
			}
		})
	}

	t.Run("not mutated", func(t *testing.T) {
		roots := append(DefaultRoots(), unrelatedRoot(t))
		opts := Options{TrustedRoots: roots, Now: at(googleTime)}
		before := append([]*x509.Certificate(nil), roots...)
		v := NewVerifier(opts)
		roots[0] = unrelatedRoot(t) // the verifier keeps its own copy
		if _, err := v.Verify(context.Background(), ev); err != nil {
			t.Fatalf("Verify: %v", err)
		}
		if _, err := Verify(context.Background(), ev, Options{TrustedRoots: before, Now: at(googleTime)}); err != nil {
			t.Fatalf("Verify: %v", err)
		}
		if !before[1].Equal(roots[1]) || opts.RequireCollateral || opts.CheckRevocations {
			t.Fatal("options changed")
		}
	})

	t.Run("extra trusted roots", func(t *testing.T) {
		opts := Options{TrustedRoots: []*x509.Certificate{unrelatedRoot(t), DefaultRoots()[0]}, Now: at(googleTime)}
		if _, err := Verify(context.Background(), ev, opts); err != nil {
			t.Fatalf("Verify: %v", err)
		}
	})
}

func TestClaimsDebugBit(t *testing.T) {
	q, err := parseQuote(realQuotes()[0].raw(t))
	if err != nil {
		t.Fatal(err)
	}
	if claimsFromQuote(q, attest.TCBUnknown, time.Time{}, time.Time{}).Debug {
		t.Fatal("production quote mapped as debug")
	}
	q.Body.TDAttributes[0] |= tdAttributesDebug
	if !claimsFromQuote(q, attest.TCBUnknown, time.Time{}, time.Time{}).Debug {
		t.Fatal("TDATTRIBUTES.DEBUG not mapped to Claims.Debug")
	}
}

func TestQuoterUnsupportedHere(t *testing.T) {
	if _, err := NewQuoter(QuoterOptions{Collateral: &Collateral{TCBInfo: []byte("{")}}); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("NewQuoter with bad collateral: %v, want ErrMalformed", err)
	}
	q, err := NewQuoter(QuoterOptions{})
	if err != nil {
		if !errors.Is(err, attest.ErrUnsupported) {
			t.Fatalf("NewQuoter: %v, want ErrUnsupported", err)
		}
		var zero Quoter
		if _, err := zero.Quote(context.Background(), [64]byte{}); !errors.Is(err, attest.ErrUnsupported) {
			t.Fatalf("zero Quoter: %v", err)
		}
		t.Skipf("no TDX guest here: %v", err)
	}
	var rd [attest.ReportDataSize]byte
	copy(rd[:], "teerollup tdx quoter test")
	ev, err := q.Quote(context.Background(), rd)
	if err != nil {
		t.Fatalf("Quote: %v", err)
	}
	claims, err := Verify(context.Background(), ev, Options{})
	if err != nil {
		t.Fatalf("Verify own quote: %v", err)
	}
	if claims.ReportData != rd {
		t.Fatalf("report data = %x", claims.ReportData)
	}
}

func BenchmarkVerify(b *testing.B) {
	raw := bytes.Clone(realQuotes()[0].raw(b))
	v := NewVerifier(Options{Now: at(googleTime)})
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw}
	ctx := context.Background()
	for b.Loop() {
		if _, err := v.Verify(ctx, ev); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
}

func TestVerifierConcurrent(t *testing.T) {
	raw := bytes.Clone(realQuotes()[0].raw(t))
	v := NewVerifier(Options{Now: at(googleTime)})
	col := marshal(t, googleCollateral(t, true))
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw}
			if i%2 == 1 {
				ev.Collateral = col
				if _, err := v.Verify(context.Background(), ev); !errors.Is(err, attest.ErrTCB) {
					errs <- err
					return
				}
				errs <- nil
				return
			}
			_, err := v.Verify(context.Background(), ev)
			errs <- err
		}(i)
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
