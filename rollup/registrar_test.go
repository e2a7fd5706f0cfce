package rollup_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/rollup"
)

// TestRegistrarSettings checks which Registrar fields are required: the key
// and the verifier are, the clock is not (nil means time.Now, as for every
// other Now in the SDK).
func TestRegistrarSettings(t *testing.T) {
	ctx := context.Background()
	maker, err := sim.NewManufacturer()
	if err != nil {
		t.Fatal(err)
	}
	simV, err := sim.NewVerifier(sim.Options{Roots: maker.Roots()})
	if err != nil {
		t.Fatal(err)
	}
	registry, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: simV})
	if err != nil {
		t.Fatal(err)
	}
	measurement := []byte("registrar test measurement")
	platform, err := maker.NewPlatform(attest.KindSGX)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := platform.Launch(measurement)
	if err != nil {
		t.Fatal(err)
	}
	domain := attest.Domain{ChainID: big.NewInt(1337), Manager: common.HexToAddress("0x1000")}
	ev, err := enc.QuoteBinding(ctx, domain)
	if err != nil {
		t.Fatal(err)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	policy := attest.Policy{Measurements: [][]byte{measurement}, Kinds: []attest.Kind{attest.KindSGX}, AllowSimulated: true, MaxAge: time.Hour}

	tests := []struct {
		name    string
		reg     rollup.Registrar
		wantErr error
	}{
		{name: "nil clock defaults to time.Now", reg: rollup.Registrar{Key: key, Verifier: registry, Policy: policy, Domain: domain}},
		{name: "injected clock", reg: rollup.Registrar{Key: key, Verifier: registry, Policy: policy, Domain: domain, Now: maker.Now}},
		{name: "no key", reg: rollup.Registrar{Verifier: registry, Policy: policy, Domain: domain}, wantErr: rollup.ErrRegistrar},
		{name: "no verifier", reg: rollup.Registrar{Key: key, Policy: policy, Domain: domain}, wantErr: rollup.ErrRegistrar},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg, err := tt.reg.Register(ctx, enc.Address(), ev)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Register: err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if reg.Enclave != enc.Address() || reg.Kind != attest.KindSGX {
				t.Fatalf("registration = %+v", reg)
			}
		})
	}
}
