package sim_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
)

var sealMeasurement = []byte("teerollup/test/sequencer")

func sealFixture(t testing.TB) (*sim.Manufacturer, *sim.Platform, *sim.Enclave, []byte) {
	t.Helper()
	m, err := sim.NewManufacturer()
	noErr(t, err)
	p, err := m.NewPlatform(attest.KindTDX)
	noErr(t, err)
	e, err := p.Launch(sealMeasurement, sim.WithSVN(7), sim.WithSigner([]byte("signer")))
	noErr(t, err)
	blob, err := e.Seal()
	noErr(t, err)
	return m, p, e, blob
}

// A restarted enclave unseals the key it registered: same address, same
// options, and it still signs.
func TestSealRoundTrip(t *testing.T) {
	_, p, e, blob := sealFixture(t)
	back, err := p.LaunchSealed(sealMeasurement, blob)
	noErr(t, err)
	equal(t, e.Address(), back.Address())
	equal(t, e.Kind(), back.Kind())
	sig, err := back.Sign([32]byte{1})
	noErr(t, err)
	isTrue(t, len(sig) == 65, "signature of %d bytes", len(sig))
}

// Any modified byte is refused with a typed error and never yields a key.
func TestSealTampered(t *testing.T) {
	_, p, _, blob := sealFixture(t)
	for _, i := range []int{0, 5, 10, 40, 75, 90, len(blob) - 1} {
		bad := bytes.Clone(blob)
		bad[i] ^= 0x01
		_, err := p.LaunchSealed(sealMeasurement, bad)
		isTrue(t, errors.Is(err, sim.ErrSealTampered) || errors.Is(err, sim.ErrSealFormat) ||
			errors.Is(err, sim.ErrWrongPlatform) || errors.Is(err, sim.ErrWrongMeasurement),
			"byte %d flipped: %v", i, err)
	}
	bad := bytes.Clone(blob)
	bad[len(bad)-1] ^= 0x80 // in the GCM tag
	_, err := p.LaunchSealed(sealMeasurement, bad)
	errIs(t, err, sim.ErrSealTampered)
	_, err = p.LaunchSealed(sealMeasurement, blob[:len(blob)-1])
	errIs(t, err, sim.ErrSealTampered)
	_, err = p.LaunchSealed(sealMeasurement, []byte("not a blob"))
	errIs(t, err, sim.ErrSealFormat)
}

// Another platform (even of the same manufacturer and kind) and other code
// on the same platform cannot unseal.
func TestSealOtherPlatformOrCode(t *testing.T) {
	m, p, _, blob := sealFixture(t)
	other, err := m.NewPlatform(attest.KindTDX)
	noErr(t, err)
	_, err = other.LaunchSealed(sealMeasurement, blob)
	errIs(t, err, sim.ErrWrongPlatform)
	_, err = p.LaunchSealed([]byte("other code"), blob)
	errIs(t, err, sim.ErrWrongMeasurement)

	// A header rewritten to name the other platform still fails: the
	// sealing key is the other platform's.
	e2, err := other.Launch(sealMeasurement)
	noErr(t, err)
	blob2, err := e2.Seal()
	noErr(t, err)
	forged := append(bytes.Clone(blob2[:70]), blob[70:]...)
	_, err = other.LaunchSealed(sealMeasurement, forged)
	errIs(t, err, sim.ErrSealTampered)
}

// A platform file brings back the same machine: its quotes verify under
// the manufacturer's root and it unseals what it sealed before.
func TestPlatformExportImport(t *testing.T) {
	m, p, e, blob := sealFixture(t)
	raw, err := p.Export()
	noErr(t, err)
	q, err := sim.ImportPlatform(raw, m.Now)
	noErr(t, err)
	equal(t, p.Kind(), q.Kind())
	back, err := q.LaunchSealed(sealMeasurement, blob)
	noErr(t, err)
	equal(t, e.Address(), back.Address())

	v, err := sim.NewVerifier(sim.Options{Roots: m.Roots()})
	noErr(t, err)
	ev, err := back.Quote(context.Background(), [attest.ReportDataSize]byte{7})
	noErr(t, err)
	claims, err := v.Verify(context.Background(), ev)
	noErr(t, err)
	equal(t, attest.KindTDX, claims.Kind)

	_, err = sim.ImportPlatform(raw[:len(raw)-1], nil)
	errIs(t, err, sim.ErrPlatformFormat)
	_, err = sim.ImportPlatform(append(bytes.Clone(raw), 0), nil)
	errIs(t, err, sim.ErrPlatformFormat)
}

// FuzzLaunchSealed: unsealing hostile bytes never panics, fails only with
// the typed errors, and accepts nothing but the genuine blob.
func FuzzLaunchSealed(f *testing.F) {
	_, p, e, blob := sealFixture(f)
	f.Add(blob)
	f.Add([]byte(sim.SealMagic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := p.LaunchSealed(sealMeasurement, raw)
		if err != nil {
			if !errors.Is(err, sim.ErrSealFormat) && !errors.Is(err, sim.ErrSealTampered) &&
				!errors.Is(err, sim.ErrWrongPlatform) && !errors.Is(err, sim.ErrWrongMeasurement) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(raw, blob) || got.Address() != e.Address() {
			t.Fatalf("accepted a blob that is not the sealed one: %x", raw)
		}
	})
}

// FuzzImportPlatform: platform files never panic the parser and fail only
// with ErrPlatformFormat.
func FuzzImportPlatform(f *testing.F) {
	_, p, _, _ := sealFixture(f)
	raw, err := p.Export()
	noErr(f, err)
	f.Add(raw)
	f.Add([]byte(sim.PlatformMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := sim.ImportPlatform(b, nil)
		if err != nil {
			if !errors.Is(err, sim.ErrPlatformFormat) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		back, err := q.Export()
		if err != nil || !bytes.Equal(back, b) {
			t.Fatalf("accepted file does not re-export to itself: %v", err)
		}
	})
}
