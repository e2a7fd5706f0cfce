package nitro

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/fxamacker/cbor/v2"

	"github.com/teerollup/teerollup/attest"
)

// fakeNSM answers NSM requests as the device would, signing documents with
// the test PKI, and records the last request.
type fakeNSM struct {
	t    testing.TB
	k    *testPKI
	last []byte
	resp []byte // if set, returned as is
}

func (f *fakeNSM) roundTrip(_ context.Context, req []byte) ([]byte, error) {
	f.last = bytes.Clone(req)
	if f.resp != nil {
		return f.resp, nil
	}
	var r map[string]nsmAttestationRequest
	if err := cbor.Unmarshal(req, &r); err != nil {
		return nil, err
	}
	a := r["Attestation"]
	doc := f.k.doc(f.t, func(m map[string]any) {
		m["user_data"], m["nonce"], m["public_key"] = a.UserData, a.Nonce, a.PublicKey
	})
	return mustCBOR(f.t, map[string]any{"Attestation": map[string]any{"document": doc}}), nil
}

func TestQuoterRoundTrip(t *testing.T) {
	k := newTestPKI(t)
	q := &Quoter{nsm: &fakeNSM{t: t, k: k}}
	dom := attest.Domain{ChainID: big.NewInt(31337), Manager: common.HexToAddress("0x5")}
	enclave := common.HexToAddress("0x6")
	ev, err := q.Quote(context.Background(), attest.BindingReportData(dom, enclave))
	if err != nil {
		t.Fatal(err)
	}
	if ev.Format != attest.FormatNitro || len(ev.Collateral) != 0 {
		t.Fatalf("evidence %q with %d bytes of collateral", ev.Format, len(ev.Collateral))
	}
	c, err := Verify(context.Background(), ev, k.opts(synthEpoch))
	if err != nil {
		t.Fatal(err)
	}
	if err := attest.CheckBinding(c, dom, enclave); err != nil {
		t.Fatalf("binding: %v", err)
	}
	// The request is exactly what NSM's serde decoder expects: absent
	// fields are null.
	want := mustCBOR(t, map[string]any{"Attestation": map[string]any{"user_data": c.ReportData[:], "nonce": nil, "public_key": nil}})
	if got := q.nsm.(*fakeNSM).last; !bytes.Equal(got, want) {
		t.Fatalf("request %x, want %x", got, want)
	}
	// Attest passes Nitro's own fields through.
	raw, err := q.Attest(context.Background(), []byte("u"), []byte("n"), []byte("pk"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := VerifyDocument(context.Background(), evidence(raw), k.opts(synthEpoch))
	if err != nil {
		t.Fatal(err)
	}
	if string(r.Document.UserData) != "u" || string(r.Document.Nonce) != "n" || string(r.Document.PublicKey) != "pk" {
		t.Fatalf("fields %q %q %q", r.Document.UserData, r.Document.Nonce, r.Document.PublicKey)
	}
}

func TestQuoterErrors(t *testing.T) {
	k := newTestPKI(t)
	ctx := context.Background()
	var zero Quoter
	if _, err := zero.Quote(ctx, [64]byte{}); !errors.Is(err, attest.ErrUnsupported) {
		t.Fatalf("zero Quoter: %v", err)
	}
	q := &Quoter{nsm: &fakeNSM{t: t, k: k}}
	for name, args := range map[string][3][]byte{
		"user_data": {make([]byte, MaxUserDataSize+1), nil, nil},
		"nonce":     {nil, make([]byte, MaxNonceSize+1), nil},
		"pk":        {nil, nil, make([]byte, MaxPublicKeySize+1)},
	} {
		if _, err := q.Attest(ctx, args[0], args[1], args[2]); !errors.Is(err, attest.ErrConfig) {
			t.Errorf("%s too big: %v", name, err)
		}
	}
	for name, resp := range map[string][]byte{
		"error":       mustCBOR(t, map[string]any{"Error": "InvalidArgument"}),
		"no document": mustCBOR(t, map[string]any{"Attestation": map[string]any{}}),
		"garbage":     {0xff},
		"huge":        mustCBOR(t, map[string]any{"Attestation": map[string]any{"document": make([]byte, MaxDocumentSize+1)}}),
	} {
		q := &Quoter{nsm: &fakeNSM{t: t, k: k, resp: resp}}
		if _, err := q.Quote(ctx, [64]byte{}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := q.Quote(cctx, [64]byte{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled: %v", err)
	}
}
