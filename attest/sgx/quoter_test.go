package sgx

import (
	"bytes"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

func TestNewQuoter(t *testing.T) {
	q, err := newQuoter(QuoterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if q.dir != DefaultAttestationDir || q.collateral != nil {
		t.Fatalf("defaults: %+v", q)
	}
	if _, err := NewQuoter(QuoterOptions{Collateral: &Collateral{TCBInfo: []byte("{")}}); !errors.Is(err, attest.ErrMalformed) {
		t.Fatalf("bad collateral: %v", err)
	}
	k := newTestPKI(t, defaultPCK)
	coll := &Collateral{TCBInfo: k.tcbInfo(t, defaultPCK, synthEpoch, level{defaultPCK.comps, defaultPCK.pcesvn, "UpToDate"})}
	q, err = newQuoter(QuoterOptions{Dir: "/x", Collateral: coll})
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseCollateral(q.collateral)
	if err != nil || !bytes.Equal(back.TCBInfo, coll.TCBInfo) {
		t.Fatalf("attached collateral does not round-trip: %v", err)
	}
}

func TestTrimQuote(t *testing.T) {
	k := newTestPKI(t, defaultPCK)
	raw := k.quote(t, defaultQuoteParams()).Raw()
	padded := append(bytes.Clone(raw), make([]byte, 100)...)
	if got := TrimPadding(padded); !bytes.Equal(got, raw) {
		t.Fatalf("zero padding not trimmed")
	}
	junk := append(bytes.Clone(raw), 0, 1)
	if got := TrimPadding(junk); !bytes.Equal(got, junk) {
		t.Fatalf("non-zero trailer trimmed")
	}
	if got := TrimPadding(raw[:10]); len(got) != 10 {
		t.Fatalf("short input changed")
	}
}
