package sim_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
)

// TestCRL: a CRL of the root appended to the collateral revokes the
// platforms it names (ErrRevoked), narrows NotAfter to its nextUpdate
// otherwise, and must be authentic (ErrSignature) and current (ErrExpired).
func TestCRL(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	ev, err := f.e.Quote(ctx, reportData)
	if err != nil {
		t.Fatal(err)
	}
	other, err := f.m.NewPlatform(attest.KindSGX)
	if err != nil {
		t.Fatal(err)
	}
	foreign, err := sim.NewManufacturer(sim.WithClock(fixedClock(t0)))
	if err != nil {
		t.Fatal(err)
	}
	crl := func(m *sim.Manufacturer, this, next time.Time, revoked ...*sim.Platform) attest.Evidence {
		b, err := m.CRL(7, this, next, revoked...)
		if err != nil {
			t.Fatal(err)
		}
		e := ev
		e.Collateral = append(append([]byte(nil), ev.Collateral...), b...)
		return e
	}
	next := t0.Add(time.Hour)
	for _, tc := range []struct {
		name string
		ev   attest.Evidence
		want error
	}{
		{"revokes this platform", crl(f.m, t0.Add(-time.Minute), next, f.p), attest.ErrRevoked},
		{"revokes another", crl(f.m, t0.Add(-time.Minute), next, other), nil},
		{"expired", crl(f.m, t0.Add(-48*time.Hour), t0.Add(-24*time.Hour), f.p), attest.ErrExpired},
		{"not yet valid", crl(f.m, t0.Add(time.Hour), t0.Add(2*time.Hour)), attest.ErrExpired},
		{"another manufacturer's", crl(foreign, t0.Add(-time.Minute), next, f.p), attest.ErrSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := f.v.Verify(ctx, tc.ev)
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("Verify: %v, want %v", err, tc.want)
			}
			if err == nil && !c.NotAfter.Equal(next) {
				t.Fatalf("NotAfter %s, want the CRL's nextUpdate %s", c.NotAfter, next)
			}
		})
	}
}
