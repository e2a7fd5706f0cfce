package attest_test

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
)

var (
	t0     = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	goodM  = bytes.Repeat([]byte{0xaa}, 48)
	otherM = bytes.Repeat([]byte{0xbb}, 48)
)

// ruleSentinels are the errors Policy.Check may return; each failing case
// must match exactly the ones it names, so rules cannot mask each other.
var ruleSentinels = []error{
	attest.ErrSimulated, attest.ErrKind, attest.ErrDebug, attest.ErrMeasurement,
	attest.ErrReportData, attest.ErrTCB, attest.ErrRevoked, attest.ErrExpired,
	attest.ErrStale, attest.ErrConfig, attest.ErrMalformed,
}

func basePolicy() attest.Policy {
	return attest.Policy{
		Measurements: [][]byte{goodM},
		Kinds:        []attest.Kind{attest.KindTDX, attest.KindSGX},
		MinSVN:       2,
		MaxAge:       time.Hour,
	}
}

func baseClaims() *attest.Claims {
	return &attest.Claims{
		Kind:        attest.KindTDX,
		Format:      attest.FormatTDX,
		Measurement: bytes.Clone(goodM),
		SVN:         3,
		TCB:         attest.TCBUpToDate,
		ReportData:  [64]byte{1, 2, 3},
		NotBefore:   t0.Add(-10 * time.Minute),
		NotAfter:    t0.Add(24 * time.Hour),
	}
}

func TestPolicyCheck(t *testing.T) {
	rd := [64]byte{1, 2, 3}
	otherRD := [64]byte{9}
	tests := []struct {
		name    string
		policy  func(*attest.Policy)
		claims  func(*attest.Claims)
		now     time.Time // zero: t0
		zeroNow bool      // check at the zero time instead
		want    []error   // nil: accepted
	}{
		{name: "baseline accepted"},
		{name: "simulated rejected by default",
			claims: func(c *attest.Claims) { c.Simulated = true },
			want:   []error{attest.ErrSimulated}},
		{name: "simulated allowed",
			policy: func(p *attest.Policy) { p.AllowSimulated = true },
			claims: func(c *attest.Claims) { c.Simulated = true }},
		{name: "kind not allowed",
			claims: func(c *attest.Claims) { c.Kind = attest.KindSEVSNP },
			want:   []error{attest.ErrKind}},
		{name: "unknown kind never allowed",
			claims: func(c *attest.Claims) { c.Kind = attest.KindUnknown },
			want:   []error{attest.ErrKind}},
		{name: "debug rejected by default",
			claims: func(c *attest.Claims) { c.Debug = true },
			want:   []error{attest.ErrDebug}},
		{name: "debug allowed",
			policy: func(p *attest.Policy) { p.AllowDebug = true },
			claims: func(c *attest.Claims) { c.Debug = true }},
		{name: "measurement not allowed",
			claims: func(c *attest.Claims) { c.Measurement = otherM },
			want:   []error{attest.ErrMeasurement}},
		{name: "measurement prefix is not a match",
			claims: func(c *attest.Claims) { c.Measurement = goodM[:32] },
			want:   []error{attest.ErrMeasurement}},
		{name: "empty measurement not allowed",
			claims: func(c *attest.Claims) { c.Measurement = nil },
			want:   []error{attest.ErrMeasurement}},
		{name: "any measurement",
			policy: func(p *attest.Policy) { p.Measurements, p.AnyMeasurement = nil, true },
			claims: func(c *attest.Claims) { c.Measurement = otherM }},
		{name: "second listed measurement",
			policy: func(p *attest.Policy) { p.Measurements = [][]byte{otherM, goodM} }},
		{name: "report data matches",
			policy: func(p *attest.Policy) { p.ReportData = &rd }},
		{name: "report data mismatch",
			policy: func(p *attest.Policy) { p.ReportData = &otherRD },
			want:   []error{attest.ErrReportData}},
		{name: "SVN below minimum",
			claims: func(c *attest.Claims) { c.SVN = 1 },
			want:   []error{attest.ErrTCB}},
		{name: "SVN at minimum",
			claims: func(c *attest.Claims) { c.SVN = 2 }},
		{name: "out of date rejected by default",
			claims: func(c *attest.Claims) { c.TCB = attest.TCBOutOfDate },
			want:   []error{attest.ErrTCB}},
		{name: "SW hardening accepted when listed",
			policy: func(p *attest.Policy) {
				p.TCBStatuses = []attest.TCBStatus{attest.TCBUpToDate, attest.TCBSWHardening}
			},
			claims: func(c *attest.Claims) { c.TCB = attest.TCBSWHardening }},
		{name: "listing statuses replaces the UpToDate default",
			policy: func(p *attest.Policy) { p.TCBStatuses = []attest.TCBStatus{attest.TCBSWHardening} },
			want:   []error{attest.ErrTCB}},
		{name: "unknown TCB rejected by default",
			claims: func(c *attest.Claims) { c.TCB = attest.TCBUnknown },
			want:   []error{attest.ErrTCB}},
		{name: "unknown TCB allowed",
			policy: func(p *attest.Policy) { p.AllowUnknownTCB = true },
			claims: func(c *attest.Claims) { c.TCB = attest.TCBUnknown }},
		{name: "revoked TCB is also ErrRevoked",
			policy: func(p *attest.Policy) { p.AllowUnknownTCB = true },
			claims: func(c *attest.Claims) { c.TCB = attest.TCBRevoked },
			want:   []error{attest.ErrTCB, attest.ErrRevoked}},
		{name: "expired",
			now:    t0.Add(25 * time.Hour),
			policy: func(p *attest.Policy) { p.MaxAge = 0 },
			want:   []error{attest.ErrExpired}},
		{name: "not yet valid",
			now:  t0.Add(-time.Hour),
			want: []error{attest.ErrExpired}},
		{name: "at NotAfter is still valid",
			now:    t0.Add(24 * time.Hour),
			policy: func(p *attest.Policy) { p.MaxAge = 0 }},
		{name: "open validity bounds",
			policy: func(p *attest.Policy) { p.MaxAge = 0 },
			claims: func(c *attest.Claims) { c.NotBefore, c.NotAfter = time.Time{}, time.Time{} }},
		{name: "stale",
			now:  t0.Add(2 * time.Hour),
			want: []error{attest.ErrStale}},
		{name: "exactly MaxAge old is fresh",
			now: t0.Add(50 * time.Minute)},
		{name: "no issue time is stale when MaxAge is set",
			claims: func(c *attest.Claims) { c.NotBefore = time.Time{} },
			want:   []error{attest.ErrStale}},
		{name: "first failing rule wins",
			claims: func(c *attest.Claims) { c.Debug, c.SVN = true, 0 },
			want:   []error{attest.ErrDebug}},
		{name: "invalid policy",
			policy: func(p *attest.Policy) { p.Kinds = nil },
			want:   []error{attest.ErrConfig}},
		{name: "zero check time",
			zeroNow: true,
			want:    []error{attest.ErrConfig}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := basePolicy()
			if tt.policy != nil {
				tt.policy(&p)
			}
			c := baseClaims()
			if tt.claims != nil {
				tt.claims(c)
			}
			now := tt.now
			if now.IsZero() && !tt.zeroNow {
				now = t0
			}
			err := p.Check(c, now)
			if tt.want == nil {
				noErr(t, err)
				return
			}
			isTrue(t, err != nil, "expected an error")
			for _, s := range ruleSentinels {
				wanted := false
				for _, w := range tt.want {
					wanted = wanted || w == s
				}
				isTrue(t, wanted == errors.Is(err, s), "errors.Is(%v, %v) = %v", err, s, !wanted)
			}
		})
	}
}

func TestPolicyCheckNilClaims(t *testing.T) {
	errIs(t, basePolicy().Check(nil, t0), attest.ErrMalformed)
}

func TestPolicyCheckDoesNotMutate(t *testing.T) {
	rd := [64]byte{7}
	p := basePolicy()
	p.ReportData = &rd
	p.TCBStatuses = []attest.TCBStatus{attest.TCBUpToDate}
	before := attest.Policy{
		Measurements: [][]byte{bytes.Clone(goodM)},
		Kinds:        []attest.Kind{attest.KindTDX, attest.KindSGX},
		MinSVN:       2,
		MaxAge:       time.Hour,
		ReportData:   &[64]byte{7},
		TCBStatuses:  []attest.TCBStatus{attest.TCBUpToDate},
	}
	c := baseClaims()
	_ = p.Check(c, t0)
	c.Kind = attest.KindCCA
	_ = p.Check(c, t0)
	isTrue(t, reflect.DeepEqual(before, p), "policy changed: %+v", p)
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name   string
		policy func(*attest.Policy)
		ok     bool
	}{
		{name: "base", ok: true},
		{name: "zero policy", policy: func(p *attest.Policy) { *p = attest.Policy{} }},
		{name: "no measurement", policy: func(p *attest.Policy) { p.Measurements = nil }},
		{name: "any and list", policy: func(p *attest.Policy) { p.AnyMeasurement = true }},
		{name: "any alone", policy: func(p *attest.Policy) { p.Measurements, p.AnyMeasurement = nil, true }, ok: true},
		{name: "empty measurement entry", policy: func(p *attest.Policy) { p.Measurements = [][]byte{goodM, {}} }},
		{name: "no kinds", policy: func(p *attest.Policy) { p.Kinds = nil }},
		{name: "unknown kind", policy: func(p *attest.Policy) { p.Kinds = []attest.Kind{attest.KindUnknown} }},
		{name: "out of range kind", policy: func(p *attest.Policy) { p.Kinds = []attest.Kind{attest.Kind(42)} }},
		{name: "negative MaxAge", policy: func(p *attest.Policy) { p.MaxAge = -time.Second }},
		{name: "zero MaxAge", policy: func(p *attest.Policy) { p.MaxAge = 0 }, ok: true},
		{name: "TCBUnknown listed", policy: func(p *attest.Policy) { p.TCBStatuses = []attest.TCBStatus{attest.TCBUnknown} }},
		{name: "TCBRevoked listed", policy: func(p *attest.Policy) { p.TCBStatuses = []attest.TCBStatus{attest.TCBRevoked} }},
		{name: "made-up TCB status", policy: func(p *attest.Policy) { p.TCBStatuses = []attest.TCBStatus{"Fine"} }},
		{name: "all acceptable statuses", policy: func(p *attest.Policy) {
			p.TCBStatuses = []attest.TCBStatus{attest.TCBUpToDate, attest.TCBSWHardening, attest.TCBConfigNeeded,
				attest.TCBOutOfDate, attest.TCBConfigAndHarden, attest.TCBOutOfDateConfig}
		}, ok: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := basePolicy()
			if tt.policy != nil {
				tt.policy(&p)
			}
			err := p.Validate()
			if tt.ok {
				noErr(t, err)
				return
			}
			errIs(t, err, attest.ErrConfig)
		})
	}
}
