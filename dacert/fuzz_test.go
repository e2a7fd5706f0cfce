package dacert

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func FuzzDecodeCert(f *testing.F) {
	keys := testKeys(f, 3, 7)
	s, _ := NewSet(2, pubs(keys))
	digest := crypto.Keccak256Hash([]byte("f"))
	f.Add(sign(f, s, keys, 0b110, digest).Encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeCert(b)
		if err != nil {
			if !errors.Is(err, ErrCert) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if got := c.Encode(); string(got) != string(b) {
			t.Fatal("not canonical")
		}
		if err := s.Verify(c, digest); err != nil && !errors.Is(err, ErrCert) {
			t.Fatalf("untyped error %v", err)
		}
		_ = c.Verify(common.Hash{}, digest)
	})
}

func FuzzDecodeSet(f *testing.F) {
	s, _ := NewSet(2, pubs(testKeys(f, 3, 8)))
	f.Add(s.Encode())
	f.Add([]byte{1, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DecodeSet(b)
		if err != nil {
			if !errors.Is(err, ErrSet) && !errors.Is(err, ErrRootMismatch) && !errors.Is(err, ErrDegenerateKey) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if string(d.Encode()) != string(b) {
			t.Fatal("not canonical")
		}
	})
}

func FuzzAggNonce(f *testing.F) {
	keys := testKeys(f, 3, 9)
	s, _ := NewSet(2, pubs(keys))
	f.Add(make([]byte, 66), make([]byte, 32))
	f.Fuzz(func(t *testing.T, agg, part []byte) {
		var a AggNonce
		var p Partial
		var pub PubNonce
		copy(a[:], agg)
		copy(p[:], part)
		copy(pub[:], agg)
		err := s.VerifyPartial(0b011, a, common.Hash{}, 0, pub, p)
		if err != nil && !errors.Is(err, ErrNonce) && !errors.Is(err, ErrPartial) && !errors.Is(err, ErrDegenerateNonce) {
			t.Fatalf("untyped error %v", err)
		}
	})
}
