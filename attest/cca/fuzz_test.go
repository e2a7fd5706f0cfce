package cca

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// FuzzParseToken: any input parses or fails with ErrMalformed, never
// panics; what parses verifies to a typed verdict.
func FuzzParseToken(f *testing.F) {
	for _, rt := range realTokens {
		if b, err := os.ReadFile(filepath.Join("testdata", rt.file)); err == nil {
			f.Add(b)
		}
	}
	s := newSynth(f)
	f.Add(s.token(f))
	s.cmw, s.coseKeyRAK = true, true
	s.realm[keyProfile] = RealmProfileV2
	s.realm[keyMECPolicy] = 0
	s.realm[keyInstanceID] = append([]byte{1}, make([]byte, 32)...)
	f.Add(s.token(f))
	f.Add([]byte{0xd9, 0x01, 0x8f, 0xa0})
	v := NewVerifier(s.opts())
	f.Fuzz(func(t *testing.T, b []byte) {
		tok, err := ParseToken(b)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("ParseToken error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		if tok.Platform.LifecycleState() == LifecycleInvalid {
			t.Fatal("parsed a lifecycle in no range")
		}
		if _, err := v.Verify(context.Background(), ccaEvidence(b)); err != nil && !isSentinel(err) {
			t.Fatalf("untyped verification error: %v", err)
		}
	})
}
