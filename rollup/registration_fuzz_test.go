package rollup_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/rollup"
)

// FuzzDecodeAdmission: any bytes decode to a valid Admission that
// re-encodes to themselves, or fail with ErrStatement; never a panic.
func FuzzDecodeAdmission(f *testing.F) {
	a := rollup.Admission{Enclave: common.HexToAddress("0x1"), Kind: 1, VerifiedAt: 1, RegisteredUntil: 2, Epoch: 3, Evidence: []byte("{}")}
	f.Add(a.Encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := rollup.DecodeAdmission(b)
		if err != nil {
			if !errors.Is(err, rollup.ErrStatement) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(a.Encode(), b) {
			t.Fatal("not canonical")
		}
	})
}

// FuzzDecodeRemoval: as FuzzDecodeAdmission for removals.
func FuzzDecodeRemoval(f *testing.F) {
	r := rollup.Removal{Enclave: common.HexToAddress("0x1"), Epoch: 3, Evidence: []byte("{}"), Collateral: []byte{1}}
	f.Add(r.Encode())
	f.Add(make([]byte, 32))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := rollup.DecodeRemoval(b)
		if err != nil {
			if !errors.Is(err, rollup.ErrStatement) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(r.Encode(), b) {
			t.Fatal("not canonical")
		}
	})
}
