package sim_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
)

// FuzzParseQuote: the parser never panics, fails only with ErrMalformed, and
// whatever it accepts re-encodes to exactly the input (one encoding per
// quote).
func FuzzParseQuote(f *testing.F) {
	fx := newFixture(f, sim.WithSigner(signerID), sim.WithDebug(), sim.WithSVN(3))
	f.Add(fx.quote(f).Raw)
	f.Add([]byte("TRSQ"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		q, err := sim.ParseQuote(raw)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("parse error %v is not ErrMalformed", err)
			}
			return
		}
		back, err := q.Marshal()
		if err != nil {
			t.Fatalf("parsed quote does not marshal: %v", err)
		}
		if !bytes.Equal(back, raw) {
			t.Fatalf("re-encoding differs:\n in  %x\n out %x", raw, back)
		}
	})
}

// FuzzVerify: Verify never panics on hostile evidence, and accepts nothing
// but the genuine quote it was seeded with (a mutation that verified would
// be a forgery).
func FuzzVerify(f *testing.F) {
	fx := newFixture(f)
	ev := fx.quote(f)
	f.Add(ev.Raw, ev.Collateral)
	f.Add(ev.Raw, []byte{})
	f.Add([]byte{}, ev.Collateral)
	f.Fuzz(func(t *testing.T, raw, collateral []byte) {
		c, err := fx.v.Verify(context.Background(), attest.Evidence{Format: attest.FormatSim, Raw: raw, Collateral: collateral})
		if err != nil {
			return
		}
		if !bytes.Equal(raw, ev.Raw) || c.Kind != attest.KindTDX || !c.Simulated {
			t.Fatalf("accepted evidence that is not the seed: %x", raw)
		}
	})
}
