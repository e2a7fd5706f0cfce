package tdx

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sgx"
)

// TestCollateralOption checks Options.Collateral, which attest/sgx has too:
// a caller-given collateral replaces Evidence.Collateral, is validated with
// the options, and is copied so later changes to it reach no verifier.
func TestCollateralOption(t *testing.T) {
	coll := googleCollateral(t, true)
	bundle := marshal(t, coll)
	bare := attest.Evidence{Format: attest.FormatTDX, Raw: googleQuote(t)}
	withColl := attest.Evidence{Format: attest.FormatTDX, Raw: bare.Raw, Collateral: bundle}
	garbage := attest.Evidence{Format: attest.FormatTDX, Raw: bare.Raw, Collateral: []byte("not json")}
	now := at(googleTime)

	tests := []struct {
		name      string
		opts      Options
		ev        attest.Evidence
		wantJudge bool // the TCB level was judged: the real quote is below every level of its collateral (ErrTCB)
		wantErr   []error
	}{
		{name: "no collateral", opts: Options{Now: now}, ev: bare},
		{name: "in the evidence", opts: Options{Now: now}, ev: withColl, wantJudge: true},
		{name: "in the options", opts: Options{Now: now, Collateral: coll}, ev: bare, wantJudge: true},
		{name: "options win over the evidence", opts: Options{Now: now, Collateral: coll}, ev: garbage, wantJudge: true},
		{name: "required, given in the options", opts: Options{Now: now, Collateral: coll, RequireCollateral: true, CheckRevocations: true}, ev: bare, wantJudge: true},
		{name: "undecodable option", opts: Options{Now: now, Collateral: &Collateral{TCBInfo: []byte("{")}}, ev: bare, wantErr: []error{ErrInvalidOptions, attest.ErrMalformed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.wantErr) > 0 {
				if err := tt.opts.Validate(); !errors.Is(err, tt.wantErr[0]) {
					t.Fatalf("Validate = %v", err)
				}
				return
			}
			v := NewVerifier(tt.opts)
			for _, verify := range []func() (*attest.Claims, error){
				func() (*attest.Claims, error) { return Verify(context.Background(), tt.ev, tt.opts) },
				func() (*attest.Claims, error) { return v.Verify(context.Background(), tt.ev) },
			} {
				c, err := verify()
				if tt.wantJudge {
					if !errors.Is(err, attest.ErrTCB) {
						t.Fatalf("err = %v, want the TCB judged (ErrTCB)", err)
					}
					continue
				}
				if err != nil || c.TCB != attest.TCBUnknown {
					t.Fatalf("claims %v, err %v; want verified without TCB judgement", c, err)
				}
			}
		})
	}

	t.Run("copied", func(t *testing.T) {
		c := googleCollateral(t, true)
		v := NewVerifier(Options{Now: now, Collateral: c})
		c.TCBInfo[0], c.PCKCRL[0] = '[', c.PCKCRL[0]^0xff
		if _, err := v.Verify(context.Background(), bare); !errors.Is(err, attest.ErrTCB) || errors.Is(err, attest.ErrMalformed) {
			t.Fatalf("verifier saw the caller's later changes: %v", err)
		}
	})
}

// TestCollateralEncodingMatchesSGX checks that the sibling backends encode
// collateral alike: a bundle made by one decodes in the other, field for
// field.
func TestCollateralEncodingMatchesSGX(t *testing.T) {
	c := googleCollateral(t, true)
	s := sgx.Collateral{
		TCBInfo: c.TCBInfo, TCBInfoIssuerChain: c.TCBInfoIssuerChain,
		QEIdentity: c.QEIdentity, QEIdentityIssuerChain: c.QEIdentityIssuerChain,
		PCKCRL: c.PCKCRL, PCKCRLIssuerChain: c.PCKCRLIssuerChain, RootCACRL: c.RootCACRL,
	}
	fromTDX, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	fromSGX, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fromTDX, fromSGX) {
		t.Fatalf("encodings differ:\ntdx %.200s\nsgx %.200s", fromTDX, fromSGX)
	}
	var back Collateral
	if err := json.Unmarshal(fromSGX, &back); err != nil || !reflect.DeepEqual(&back, c) {
		t.Fatalf("sgx bundle decoded by tdx: %v", err)
	}
}
