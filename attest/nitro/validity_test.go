package nitro

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// TestRealValidUntil: a real Nitro document, verified at a fixed clock,
// yields a registration until its leaf certificate's NotAfter (about three
// hours after the document), never a constant; the policy's maximum age
// caps it when shorter. A registration that waited out a governance delay
// (7 days) before verifying could not happen at all: the document no
// longer verifies then. That is why the committee path registers at once,
// at verifiedAt, and keeps "registered until" apart from it.
func TestRealValidUntil(t *testing.T) {
	ctx := context.Background()
	d := realDocs[0] // the production-mode document
	verifiedAt := d.ts.Add(10 * time.Minute)
	c, err := Verify(ctx, evidence(readDoc(t, d.file)), Options{Now: at(verifiedAt)})
	if err != nil {
		t.Fatal(err)
	}
	until, err := c.ValidUntil(verifiedAt, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !until.Equal(d.exp) {
		t.Fatalf("valid until %s, want the leaf's NotAfter %s", until, d.exp)
	}
	if life := until.Sub(verifiedAt); life > 3*time.Hour || life < 2*time.Hour {
		t.Fatalf("registration lasts %s", life)
	}
	if capped, _ := c.ValidUntil(verifiedAt, time.Hour); !capped.Equal(verifiedAt.Add(time.Hour)) {
		t.Fatalf("max age 1 h: until %s", capped)
	}
	if _, err := c.ValidUntil(d.exp, 0); !errors.Is(err, attest.ErrExpired) {
		t.Fatalf("verified at expiry: %v, want ErrExpired", err)
	}
	afterDelay := verifiedAt.Add(7 * 24 * time.Hour)
	if _, err := Verify(ctx, evidence(readDoc(t, d.file)), Options{Now: at(afterDelay)}); !errors.Is(err, attest.ErrExpired) {
		t.Fatalf("verified after a governance delay: %v, want ErrExpired", err)
	}
}
