package multiproof_test

import (
	"errors"
	"testing"

	"github.com/teerollup/teerollup/multiproof"
)

func FuzzDecodeProposal(f *testing.F) {
	f.Add(make([]byte, 10))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, _, err := multiproof.DecodeProposal(b)
		if err != nil {
			if !errors.Is(err, multiproof.ErrStatement) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if string(p.Encode()) != string(b) {
			t.Fatal("round trip")
		}
	})
}
