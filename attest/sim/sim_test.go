package sim_test

import (
	"bytes"
	"context"
	"crypto/elliptic"
	"crypto/x509"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
)

var (
	t0          = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	measurement = bytes.Repeat([]byte{0x4d}, 48)
	signerID    = bytes.Repeat([]byte{0x53}, 32)
	reportData  = [attest.ReportDataSize]byte{0: 0xde, 31: 0xad, 63: 0x01}
)

func fixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

// fixture is a manufacturer, one TDX platform, one enclave and a verifier,
// all on the fixed clock t0.
type fixture struct {
	m *sim.Manufacturer
	p *sim.Platform
	e *sim.Enclave
	v *sim.Verifier
}

func newFixture(t testing.TB, opts ...sim.EnclaveOption) fixture {
	t.Helper()
	m, err := sim.NewManufacturer(sim.WithClock(fixedClock(t0)))
	noErr(t, err)
	p, err := m.NewPlatform(attest.KindTDX)
	noErr(t, err)
	e, err := p.Launch(measurement, opts...)
	noErr(t, err)
	v, err := sim.NewVerifier(sim.Options{Roots: m.Roots(), Now: fixedClock(t0)})
	noErr(t, err)
	return fixture{m: m, p: p, e: e, v: v}
}

func (f fixture) quote(t testing.TB) attest.Evidence {
	t.Helper()
	ev, err := f.e.Quote(context.Background(), reportData)
	noErr(t, err)
	return ev
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, kind := range []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP, attest.KindCSV, attest.KindCCA, attest.KindNitro} {
		t.Run(kind.String(), func(t *testing.T) {
			m, err := sim.NewManufacturer(sim.WithClock(fixedClock(t0)))
			noErr(t, err)
			p, err := m.NewPlatform(kind, sim.WithTCB(attest.TCBSWHardening))
			noErr(t, err)
			e, err := p.Launch(measurement, sim.WithSigner(signerID), sim.WithSVN(7), sim.WithDebug())
			noErr(t, err)
			ev, err := e.Quote(ctx, reportData)
			noErr(t, err)
			equal(t, attest.FormatSim, ev.Format)

			v, err := sim.NewVerifier(sim.Options{Roots: m.Roots(), Now: fixedClock(t0.Add(time.Minute))})
			noErr(t, err)
			c, err := v.Verify(ctx, ev)
			noErr(t, err)
			want := &attest.Claims{
				Kind:        kind,
				Format:      attest.FormatSim,
				Simulated:   true,
				Measurement: measurement,
				Signer:      signerID,
				ReportData:  reportData,
				Debug:       true,
				SVN:         7,
				TCB:         attest.TCBSWHardening,
				NotBefore:   t0,
				NotAfter:    p.Certificate().NotAfter,
			}
			equal(t, want, c)
		})
	}
}

func TestDefaults(t *testing.T) {
	f := newFixture(t)
	c, err := f.v.Verify(context.Background(), f.quote(t))
	noErr(t, err)
	equal(t, false, c.Debug)
	equal(t, uint64(0), c.SVN)
	equal(t, 0, len(c.Signer))
	equal(t, attest.TCBUpToDate, c.TCB)
	equal(t, attest.KindTDX, f.e.Kind())
	equal(t, measurement, f.e.Measurement())
}

// TestTamper flips one byte of a real quote at known offsets (see the layout
// in quote.go) and checks the sentinel each yields.
func TestTamper(t *testing.T) {
	f := newFixture(t, sim.WithSigner(signerID))
	ev := f.quote(t)
	m, s := len(measurement), len(signerID)
	var (
		offMLen   = 24
		offM      = 25
		offSigner = 26 + m
		offRD     = 26 + m + s
		offSig    = 90 + m + s
	)
	equal(t, offSig+64, len(ev.Raw))

	tests := []struct {
		name   string
		offset int
		xor    byte
		want   error
	}{
		{name: "magic", offset: 0, xor: 0x01, want: attest.ErrMalformed},
		{name: "version", offset: 5, xor: 0x02, want: attest.ErrMalformed},
		{name: "kind to another valid kind", offset: 6, xor: byte(attest.KindTDX ^ attest.KindSGX), want: attest.ErrSignature},
		{name: "kind to unknown", offset: 6, xor: byte(attest.KindTDX), want: attest.ErrMalformed},
		{name: "debug flag", offset: 7, xor: 0x01, want: attest.ErrSignature},
		{name: "unknown flag", offset: 7, xor: 0x80, want: attest.ErrMalformed},
		{name: "SVN", offset: 15, xor: 0x01, want: attest.ErrSignature},
		{name: "time", offset: 23, xor: 0x01, want: attest.ErrSignature},
		{name: "time out of range", offset: 16, xor: 0x80, want: attest.ErrMalformed},
		{name: "measurement length", offset: offMLen, xor: 0x01, want: attest.ErrMalformed},
		{name: "measurement first byte", offset: offM, xor: 0x01, want: attest.ErrSignature},
		{name: "measurement last byte", offset: offM + m - 1, xor: 0x80, want: attest.ErrSignature},
		{name: "signer", offset: offSigner + 1, xor: 0x01, want: attest.ErrSignature},
		{name: "report data first byte", offset: offRD, xor: 0x01, want: attest.ErrSignature},
		{name: "report data last byte", offset: offRD + 63, xor: 0x01, want: attest.ErrSignature},
		{name: "signature r", offset: offSig, xor: 0x01, want: attest.ErrSignature},
		{name: "signature s", offset: offSig + 63, xor: 0x01, want: attest.ErrSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := slices.Clone(ev.Raw)
			raw[tt.offset] ^= tt.xor
			_, err := f.v.Verify(context.Background(), attest.Evidence{Format: ev.Format, Raw: raw, Collateral: ev.Collateral})
			errIs(t, err, tt.want)
		})
	}

	t.Run("truncated", func(t *testing.T) {
		_, err := f.v.Verify(context.Background(), attest.Evidence{Format: ev.Format, Raw: ev.Raw[:len(ev.Raw)-1], Collateral: ev.Collateral})
		errIs(t, err, attest.ErrMalformed)
	})
	t.Run("trailing byte", func(t *testing.T) {
		raw := append(slices.Clone(ev.Raw), 0)
		_, err := f.v.Verify(context.Background(), attest.Evidence{Format: ev.Format, Raw: raw, Collateral: ev.Collateral})
		errIs(t, err, attest.ErrMalformed)
	})
	t.Run("untampered still verifies", func(t *testing.T) {
		_, err := f.v.Verify(context.Background(), ev)
		noErr(t, err)
	})
}

// TestHighS checks that the (r, n-s) twin of a valid signature, which ECDSA
// alone accepts, is rejected, so each quote has one encoding.
func TestHighS(t *testing.T) {
	f := newFixture(t)
	ev := f.quote(t)
	raw := slices.Clone(ev.Raw)
	sig := raw[len(raw)-64:]
	s := new(big.Int).SetBytes(sig[32:])
	s.Sub(elliptic.P256().Params().N, s)
	s.FillBytes(sig[32:])
	_, err := f.v.Verify(context.Background(), attest.Evidence{Format: ev.Format, Raw: raw, Collateral: ev.Collateral})
	errIs(t, err, attest.ErrSignature)
}

func TestChainErrors(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	ev := f.quote(t)

	other, err := sim.NewManufacturer(sim.WithClock(fixedClock(t0)))
	noErr(t, err)
	otherPlatform, err := other.NewPlatform(attest.KindTDX)
	noErr(t, err)
	sgxPlatform, err := f.m.NewPlatform(attest.KindSGX)
	noErr(t, err)

	badCertSig := slices.Clone(ev.Collateral)
	badCertSig[len(badCertSig)-1] ^= 0x01 // last byte of the certificate's ECDSA signature

	tests := []struct {
		name       string
		collateral []byte
		want       error
	}{
		{name: "platform of another manufacturer", collateral: otherPlatform.Collateral(), want: attest.ErrUnknownRoot},
		{name: "other manufacturer's root", collateral: other.RootCert().Raw, want: attest.ErrUnknownRoot},
		{name: "bad certificate signature", collateral: badCertSig, want: attest.ErrCertChain},
		{name: "root is not a platform certificate", collateral: f.m.RootCert().Raw, want: attest.ErrCertChain},
		{name: "another platform's certificate", collateral: sgxPlatform.Collateral(), want: attest.ErrSignature},
		{name: "no collateral", collateral: nil, want: attest.ErrMalformed},
		{name: "garbage collateral", collateral: []byte{0x30, 0x03, 0x01, 0x02}, want: attest.ErrMalformed},
		{name: "trailing garbage", collateral: append(slices.Clone(ev.Collateral), 0x00), want: attest.ErrMalformed},
		{name: "too many certificates", collateral: bytes.Repeat(ev.Collateral, sim.MaxChainLength+1), want: attest.ErrMalformed},
		{name: "platform cert followed by the root", collateral: append(slices.Clone(ev.Collateral), f.m.RootCert().Raw...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.v.Verify(ctx, attest.Evidence{Format: attest.FormatSim, Raw: ev.Raw, Collateral: tt.collateral})
			if tt.want == nil {
				noErr(t, err)
				return
			}
			errIs(t, err, tt.want)
		})
	}
}

func TestExpiry(t *testing.T) {
	ctx := context.Background()
	m, err := sim.NewManufacturer(sim.WithClock(fixedClock(t0)))
	noErr(t, err)
	shortLived, err := m.NewPlatform(attest.KindSGX, sim.WithValidity(t0.Add(-time.Hour), t0.Add(24*time.Hour)))
	noErr(t, err)
	e, err := shortLived.Launch(measurement)
	noErr(t, err)
	ev, err := e.Quote(ctx, reportData)
	noErr(t, err)

	notYet, err := m.NewPlatform(attest.KindSGX, sim.WithValidity(t0.Add(time.Hour), t0.Add(48*time.Hour)))
	noErr(t, err)
	early, err := notYet.Launch(measurement)
	noErr(t, err)
	earlyEv, err := early.Quote(ctx, reportData) // signed at t0, before the certificate starts
	noErr(t, err)

	// A platform certificate that outlives the root: only the root's expiry
	// can reject its quotes.
	outlives, err := m.NewPlatform(attest.KindSGX, sim.WithValidity(t0.Add(-time.Hour), t0.Add(100*365*24*time.Hour)))
	noErr(t, err)
	late, err := outlives.Launch(measurement)
	noErr(t, err)
	lateEv, err := late.Quote(ctx, reportData)
	noErr(t, err)

	tests := []struct {
		name string
		ev   attest.Evidence
		now  time.Time
		want error
	}{
		{name: "within validity", ev: ev, now: t0.Add(23 * time.Hour)},
		{name: "platform certificate expired", ev: ev, now: t0.Add(25 * time.Hour), want: attest.ErrExpired},
		{name: "platform certificate not yet valid", ev: ev, now: t0.Add(-2 * time.Hour), want: attest.ErrExpired},
		{name: "root expired", ev: lateEv, now: m.RootCert().NotAfter.Add(time.Second), want: attest.ErrExpired},
		{name: "quote signed before certificate validity", ev: earlyEv, now: t0.Add(2 * time.Hour), want: attest.ErrExpired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := sim.NewVerifier(sim.Options{Roots: m.Roots(), Now: fixedClock(tt.now)})
			noErr(t, err)
			c, err := v.Verify(ctx, tt.ev)
			if tt.want == nil {
				noErr(t, err)
				equal(t, t0.Add(24*time.Hour), c.NotAfter)
				return
			}
			errIs(t, err, tt.want)
		})
	}
}

// TestCompromisedPlatform: a leaked platform key forges quotes of the
// platform's kind, and only of that kind.
func TestCompromisedPlatform(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	sgx, err := f.m.NewPlatform(attest.KindSGX)
	noErr(t, err)

	equal(t, false, f.p.Compromised())
	leaked := f.p.Compromise()
	equal(t, true, f.p.Compromised())
	equal(t, false, sgx.Compromised())

	evil := []byte("attacker's code")
	forge := func(kind attest.Kind, collateral []byte) error {
		q := sim.Quote{Kind: kind, Time: t0, Measurement: evil, ReportData: reportData}
		noErr(t, q.Sign(leaked))
		raw, err := q.Marshal()
		noErr(t, err)
		c, err := f.v.Verify(ctx, attest.Evidence{Format: attest.FormatSim, Raw: raw, Collateral: collateral})
		if err == nil {
			equal(t, evil, c.Measurement)
			equal(t, kind, c.Kind)
		}
		return err
	}
	noErr(t, forge(attest.KindTDX, f.p.Collateral()))
	errIs(t, forge(attest.KindSGX, f.p.Collateral()), attest.ErrKeyBinding)
	errIs(t, forge(attest.KindSGX, sgx.Collateral()), attest.ErrSignature)

	// The leaked key is a copy: the platform still quotes normally.
	_, err = f.v.Verify(ctx, f.quote(t))
	noErr(t, err)
}

// TestCompromisedEnclave: a leaked enclave key signs votes indistinguishable
// from the enclave's own.
func TestCompromisedEnclave(t *testing.T) {
	f := newFixture(t)
	honest := crypto.Keccak256Hash([]byte("block 42 is 0xaaaa"))
	sig, err := f.e.Sign(honest)
	noErr(t, err)
	equal(t, 65, len(sig))
	pub, err := crypto.SigToPub(honest[:], sig)
	noErr(t, err)
	equal(t, f.e.Address(), crypto.PubkeyToAddress(*pub))
	equal(t, f.e.Address(), crypto.PubkeyToAddress(*f.e.PublicKey()))

	equal(t, false, f.e.Compromised())
	key := f.e.Compromise()
	equal(t, true, f.e.Compromised())
	equal(t, f.e.Address(), crypto.PubkeyToAddress(key.PublicKey))

	forged := crypto.Keccak256Hash([]byte("block 42 is 0xbbbb"))
	forgedSig, err := crypto.Sign(forged[:], key)
	noErr(t, err)
	pub, err = crypto.SigToPub(forged[:], forgedSig)
	noErr(t, err)
	equal(t, f.e.Address(), crypto.PubkeyToAddress(*pub))
}

func TestEnclaveKeysDiffer(t *testing.T) {
	f := newFixture(t)
	e2, err := f.p.Launch(measurement)
	noErr(t, err)
	isTrue(t, f.e.Address() != e2.Address(), "two enclaves share a key")
}

func TestQuoteBinding(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	dom := attest.Domain{ChainID: big.NewInt(31337), Manager: common.Address{0x11}}
	ev, err := f.e.QuoteBinding(ctx, dom)
	noErr(t, err)
	c, err := f.v.Verify(ctx, ev)
	noErr(t, err)
	noErr(t, attest.CheckBinding(c, dom, f.e.Address()))
	errIs(t, attest.CheckBinding(c, dom, common.Address{0x22}), attest.ErrReportData)

	_, err = f.e.QuoteBinding(ctx, attest.Domain{})
	errIs(t, err, attest.ErrConfig)
}

func TestPolicyOnSimClaims(t *testing.T) {
	ctx := context.Background()
	m, err := sim.NewManufacturer(sim.WithClock(fixedClock(t0)))
	noErr(t, err)
	v, err := sim.NewVerifier(sim.Options{Roots: m.Roots(), Now: fixedClock(t0)})
	noErr(t, err)
	reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: v})
	noErr(t, err)
	pol := attest.Policy{
		Measurements:   [][]byte{measurement},
		Kinds:          []attest.Kind{attest.KindTDX},
		AllowSimulated: true,
		MinSVN:         1,
		MaxAge:         time.Hour,
	}
	tests := []struct {
		name     string
		platform []sim.PlatformOption
		enclave  []sim.EnclaveOption
		kind     attest.Kind
		now      time.Time
		want     error
	}{
		{name: "accepted", kind: attest.KindTDX, enclave: []sim.EnclaveOption{sim.WithSVN(1)}},
		{name: "debug", kind: attest.KindTDX, enclave: []sim.EnclaveOption{sim.WithSVN(1), sim.WithDebug()}, want: attest.ErrDebug},
		{name: "low SVN", kind: attest.KindTDX, want: attest.ErrTCB},
		{name: "out of date platform", kind: attest.KindTDX, enclave: []sim.EnclaveOption{sim.WithSVN(1)},
			platform: []sim.PlatformOption{sim.WithTCB(attest.TCBOutOfDate)}, want: attest.ErrTCB},
		{name: "revoked platform", kind: attest.KindTDX, enclave: []sim.EnclaveOption{sim.WithSVN(1)},
			platform: []sim.PlatformOption{sim.WithTCB(attest.TCBRevoked)}, want: attest.ErrRevoked},
		{name: "kind", kind: attest.KindCSV, enclave: []sim.EnclaveOption{sim.WithSVN(1)}, want: attest.ErrKind},
		{name: "stale", kind: attest.KindTDX, enclave: []sim.EnclaveOption{sim.WithSVN(1)},
			now: t0.Add(2 * time.Hour), want: attest.ErrStale},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := m.NewPlatform(tt.kind, tt.platform...)
			noErr(t, err)
			e, err := p.Launch(measurement, tt.enclave...)
			noErr(t, err)
			ev, err := e.Quote(ctx, reportData)
			noErr(t, err)
			now := tt.now
			if now.IsZero() {
				now = t0
			}
			_, err = reg.VerifyPolicy(ctx, ev, pol, now)
			if tt.want == nil {
				noErr(t, err)
				return
			}
			errIs(t, err, tt.want)
		})
	}
}

func TestVerifyEnvelope(t *testing.T) {
	f := newFixture(t)
	ev := f.quote(t)
	_, err := f.v.Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: ev.Raw, Collateral: ev.Collateral})
	errIs(t, err, attest.ErrUnknownFormat)
	_, err = f.v.Verify(context.Background(), attest.Evidence{Format: attest.FormatSim})
	errIs(t, err, attest.ErrMalformed)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = f.v.Verify(ctx, ev)
	isTrue(t, errors.Is(err, context.Canceled), "got %v", err)
	_, err = f.e.Quote(ctx, reportData)
	isTrue(t, errors.Is(err, context.Canceled), "got %v", err)
}

func TestOptionsValidate(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name  string
		roots []*x509.Certificate
		ok    bool
	}{
		{name: "manufacturer root", roots: f.m.Roots(), ok: true},
		{name: "no roots"},
		{name: "nil root", roots: []*x509.Certificate{nil}},
		{name: "platform certificate as root", roots: []*x509.Certificate{f.p.Certificate()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sim.NewVerifier(sim.Options{Roots: tt.roots})
			if tt.ok {
				noErr(t, err)
				return
			}
			errIs(t, err, attest.ErrConfig)
		})
	}
}

func TestConfigErrors(t *testing.T) {
	m, err := sim.NewManufacturer(sim.WithClock(fixedClock(t0)))
	noErr(t, err)
	p, err := m.NewPlatform(attest.KindCCA)
	noErr(t, err)
	tests := []struct {
		name string
		do   func() error
	}{
		{name: "nil clock", do: func() error { _, err := sim.NewManufacturer(sim.WithClock(nil)); return err }},
		{name: "unknown kind", do: func() error { _, err := m.NewPlatform(attest.KindUnknown); return err }},
		{name: "empty validity", do: func() error { _, err := m.NewPlatform(attest.KindSGX, sim.WithValidity(t0, t0)); return err }},
		{name: "made-up TCB", do: func() error { _, err := m.NewPlatform(attest.KindSGX, sim.WithTCB("Fine")); return err }},
		{name: "empty measurement", do: func() error { _, err := p.Launch(nil); return err }},
		{name: "long measurement", do: func() error { _, err := p.Launch(make([]byte, sim.MaxFieldSize+1)); return err }},
		{name: "long signer", do: func() error {
			_, err := p.Launch(measurement, sim.WithSigner(make([]byte, sim.MaxFieldSize+1)))
			return err
		}},
		{name: "committee with unknown kind", do: func() error {
			_, err := sim.NewCommittee(m, []attest.Kind{attest.KindSGX, attest.Kind(9)}, measurement)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { errIs(t, tt.do(), attest.ErrConfig) })
	}
}

func TestCommittee(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	kinds := []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindTDX, attest.KindCSV, attest.KindCSV}
	members, err := sim.NewCommittee(f.m, kinds, measurement, sim.WithSVN(2))
	noErr(t, err)
	equal(t, len(kinds), len(members))
	seen := map[common.Address]bool{}
	for i, e := range members {
		c, err := f.v.Verify(ctx, mustQuote(t, e))
		noErr(t, err)
		equal(t, kinds[i], c.Kind)
		equal(t, uint64(2), c.SVN)
		seen[e.Address()] = true
	}
	equal(t, len(kinds), len(seen))
	isTrue(t, members[1].Platform() != members[2].Platform(), "members share a platform")
}

func mustQuote(t testing.TB, e *sim.Enclave) attest.Evidence {
	t.Helper()
	ev, err := e.Quote(context.Background(), reportData)
	noErr(t, err)
	return ev
}

func TestQuoteEncoding(t *testing.T) {
	q := sim.Quote{
		Kind:        attest.KindCSV,
		Debug:       true,
		SVN:         0x0102030405060708,
		Time:        time.Unix(0, 0x1122334455667788),
		Measurement: []byte{0xaa, 0xbb},
		Signer:      []byte{0xcc},
		ReportData:  [64]byte{0: 0xdd, 63: 0xee},
		Signature:   [64]byte{0: 0xff},
	}
	raw, err := q.Marshal()
	noErr(t, err)
	want := []byte("TRSQ")
	want = append(want, 0x00, 0x01, byte(attest.KindCSV), 0x01)
	want = append(want, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08)
	want = append(want, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88)
	want = append(want, 0x02, 0xaa, 0xbb, 0x01, 0xcc)
	want = append(want, q.ReportData[:]...)
	want = append(want, q.Signature[:]...)
	equal(t, want, raw)

	back, err := sim.ParseQuote(raw)
	noErr(t, err)
	q.Time = q.Time.UTC()
	equal(t, &q, back)

	invalid := []struct {
		name string
		mod  func(*sim.Quote)
	}{
		{name: "unknown kind", mod: func(q *sim.Quote) { q.Kind = attest.KindUnknown }},
		{name: "no measurement", mod: func(q *sim.Quote) { q.Measurement = nil }},
		{name: "long measurement", mod: func(q *sim.Quote) { q.Measurement = make([]byte, sim.MaxFieldSize+1) }},
		{name: "long signer", mod: func(q *sim.Quote) { q.Signer = make([]byte, sim.MaxFieldSize+1) }},
		{name: "zero time", mod: func(q *sim.Quote) { q.Time = time.Time{} }},
		{name: "before 1970", mod: func(q *sim.Quote) { q.Time = time.Unix(-1, 0) }},
	}
	for _, tt := range invalid {
		t.Run(tt.name, func(t *testing.T) {
			bad := q
			tt.mod(&bad)
			_, err := bad.Marshal()
			errIs(t, err, attest.ErrMalformed)
		})
	}
}
