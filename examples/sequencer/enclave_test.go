package main

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
)

// A restarted sequencer launches the enclave it sealed: same address. A
// sealed key from another machine, or a damaged one, stops it with a typed
// error instead of a new identity.
func TestEnclaveSurvivesRestart(t *testing.T) {
	m, err := sim.NewManufacturer()
	if err != nil {
		t.Fatal(err)
	}
	platform := func(dir string) {
		p, err := m.NewPlatform(attest.KindTDX)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := p.Export()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "platform.bin"), raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	a, b := t.TempDir(), t.TempDir()
	platform(a)
	platform(b)
	cfg := &Config{DataDir: a, Platform: "platform.bin", Measurement: "m"}
	first, err := openEnclave(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	again, err := openEnclave(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if first.Address() != again.Address() {
		t.Fatalf("restart changed the enclave: %s, then %s", first.Address(), again.Address())
	}
	// Another machine's sealed key.
	sealed, err := os.ReadFile(filepath.Join(a, SealedFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(b, SealedFile), sealed, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := openEnclave(&Config{DataDir: b, Platform: "platform.bin", Measurement: "m"}, log); !errors.Is(err, sim.ErrWrongPlatform) {
		t.Fatalf("another platform's sealed key: %v, want ErrWrongPlatform", err)
	}
	sealed[len(sealed)-1] ^= 1
	if err := os.WriteFile(filepath.Join(a, SealedFile), sealed, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := openEnclave(cfg, log); !errors.Is(err, sim.ErrSealTampered) {
		t.Fatalf("damaged sealed key: %v, want ErrSealTampered", err)
	}
}
