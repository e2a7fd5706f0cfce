package sgx

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// TestOptionsShape checks the options attest/sgx shares with attest/tdx:
// TrustedRoots (CA certificates, empty means DefaultRoots), a caller-given
// Collateral, RequireCollateral and CheckRevocations.
func TestOptionsShape(t *testing.T) {
	rq := realQuotes(t)[1]
	m := matchCollateral(t, rq.raw)
	coll := &Collateral{TCBInfo: bytes.Clone(m.tcb), QEIdentity: bytes.Clone(m.qe)}
	bundle, err := coll.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	bare := attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw}
	withColl := attest.Evidence{Format: attest.FormatSGX, Raw: rq.raw, Collateral: bundle}
	pck := pckChainOf(t, rq.raw)
	now := clock(m.now)

	tests := []struct {
		name    string
		opts    Options
		ev      attest.Evidence
		wantTCB attest.TCBStatus
		wantErr []error
	}{
		{name: "defaults", opts: Options{Now: now}, ev: bare, wantTCB: attest.TCBUnknown},
		{name: "explicit Intel root", opts: Options{Now: now, TrustedRoots: DefaultRoots()}, ev: bare, wantTCB: attest.TCBUnknown},
		{name: "collateral in the evidence", opts: Options{Now: now}, ev: withColl, wantTCB: attest.TCBSWHardening},
		{name: "collateral in the options", opts: Options{Now: now, Collateral: coll}, ev: bare, wantTCB: attest.TCBSWHardening},
		{name: "collateral required and present", opts: Options{Now: now, RequireCollateral: true}, ev: withColl, wantTCB: attest.TCBSWHardening},
		{name: "collateral required, absent", opts: Options{Now: now, RequireCollateral: true}, ev: bare, wantErr: []error{attest.ErrMalformed}},
		{name: "revocations required, no CRLs", opts: Options{Now: now, CheckRevocations: true}, ev: withColl, wantErr: []error{attest.ErrMalformed}},
		{name: "nil root", opts: Options{Now: now, TrustedRoots: []*x509.Certificate{nil}}, ev: bare, wantErr: []error{ErrInvalidOptions, attest.ErrConfig}},
		{name: "leaf as root", opts: Options{Now: now, TrustedRoots: pck[:1]}, ev: bare, wantErr: []error{ErrInvalidOptions}},
		{name: "undecodable collateral option", opts: Options{Now: now, Collateral: &Collateral{TCBInfo: []byte("{")}}, ev: bare, wantErr: []error{ErrInvalidOptions, attest.ErrMalformed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, verify := range []func() (*attest.Claims, error){
				func() (*attest.Claims, error) { return Verify(context.Background(), tt.ev, tt.opts) },
				func() (*attest.Claims, error) { return NewVerifier(tt.opts).Verify(context.Background(), tt.ev) },
			} {
				c, err := verify()
				for _, want := range tt.wantErr {
					if !errors.Is(err, want) {
						t.Fatalf("err = %v, want %v", err, want)
					}
				}
				if len(tt.wantErr) > 0 {
					if err := tt.opts.Validate(); err == nil && errors.Is(tt.wantErr[0], ErrInvalidOptions) {
						t.Fatal("Validate accepted options that Verify refused")
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				if c.TCB != tt.wantTCB {
					t.Fatalf("TCB = %q, want %q", c.TCB, tt.wantTCB)
				}
			}
		})
	}
}
