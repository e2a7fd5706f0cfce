package rollup_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/nitro"
	committeepkg "github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// claimsVerifier returns fixed claims for any evidence: what a backend
// reports after parsing its debug flag (SGX ATTRIBUTES.DEBUG, TDX
// TD_ATTRIBUTES.DEBUG, SNP policy DEBUG, CSV policy, CCA, Nitro PCR0 all
// zero), without the policy.
type claimsVerifier struct{ c attest.Claims }

func (v claimsVerifier) VerifyPolicy(_ context.Context, _ attest.Evidence, p attest.Policy, now time.Time) (*attest.Claims, error) {
	c := v.c
	return &c, p.Check(&c, now)
}

func vetter(t *testing.T, v rollup.EvidenceVerifier, p attest.Policy, now time.Time) (*rollup.Vetter, attest.Domain) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	bd := attest.Domain{ChainID: big.NewInt(1), Manager: common.HexToAddress("0x1000")}
	vt := &rollup.Vetter{
		Key: quorum.KeySigner(key), VoteDomain: quorum.Domain{ChainID: big.NewInt(1), Verifier: common.HexToAddress("0x2000")},
		Binding: bd, Verifier: v, Policy: p, MaxValidity: time.Hour, Now: func() time.Time { return now },
	}
	if err := vt.Handle(committeepkg.NewMux()); err != nil {
		t.Fatal(err)
	}
	return vt, bd
}

// TestDebugNeverAdmitted (Taiko, June 2026): a debug enclave of any kind
// is never admitted, even by a member whose policy says AllowDebug.
func TestDebugNeverAdmitted(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	enclave := common.HexToAddress("0xabc")
	for _, k := range []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP, attest.KindCSV, attest.KindCCA, attest.KindNitro} {
		t.Run(k.String(), func(t *testing.T) {
			p := attest.Policy{AnyMeasurement: true, Kinds: []attest.Kind{k}, AllowDebug: true, AllowUnknownTCB: true}
			bd := attest.Domain{ChainID: big.NewInt(1), Manager: common.HexToAddress("0x1000")}
			c := attest.Claims{Kind: k, Measurement: []byte{1}, Debug: true, TCB: attest.TCBUnknown,
				ReportData: attest.BindingReportData(bd, enclave), NotBefore: now.Add(-time.Minute), NotAfter: now.Add(time.Hour)}
			v, _ := vetter(t, claimsVerifier{c}, p, now)
			_, err := v.Examine(context.Background(), enclave, attest.Evidence{Format: attest.FormatSim, Raw: []byte{1}}, 1)
			if !errors.Is(err, attest.ErrDebug) {
				t.Fatalf("debug %v enclave: %v, want ErrDebug", k, err)
			}
			c.Debug = false
			v, _ = vetter(t, claimsVerifier{c}, p, now)
			if _, err := v.Examine(context.Background(), enclave, attest.Evidence{Format: attest.FormatSim, Raw: []byte{1}}, 1); err != nil {
				t.Fatalf("the same enclave without debug: %v", err)
			}
		})
	}
}

// TestRealNitroDebugNeverAdmitted runs the two real debug-mode Nitro
// documents (PCR0 all zero) through a Vetter at their own time: refused
// under the default policy and under one that allows debug.
func TestRealNitroDebugNeverAdmitted(t *testing.T) {
	for _, d := range []struct {
		file string
		at   time.Time
	}{
		{"evervault-debug-2022-10-12.cbor", time.Date(2022, 10, 12, 13, 55, 0, 0, time.UTC)},
		{"sparsity-debug-2024-08-16.cbor", time.Date(2024, 8, 16, 9, 15, 0, 0, time.UTC)},
	} {
		raw, err := os.ReadFile("../attest/nitro/testdata/" + d.file)
		if err != nil {
			t.Fatal(err)
		}
		reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatNitro: nitro.NewVerifier(nitro.Options{Now: func() time.Time { return d.at }})})
		if err != nil {
			t.Fatal(err)
		}
		for _, allow := range []bool{false, true} {
			p := attest.Policy{AnyMeasurement: true, Kinds: []attest.Kind{attest.KindNitro}, AllowUnknownTCB: true, AllowDebug: allow}
			v, _ := vetter(t, reg, p, d.at)
			_, err := v.Examine(context.Background(), common.HexToAddress("0xabc"), attest.Evidence{Format: attest.FormatNitro, Raw: raw}, 1)
			if !errors.Is(err, attest.ErrDebug) {
				t.Fatalf("%s (allow debug %v): %v, want ErrDebug", d.file, allow, err)
			}
		}
	}
}

// TestOneKindNeverMeetsDistinctKinds (Taiko, June 2026: two proofs of one
// TEE kind were enough): however many members of one kind sign, a
// DistinctKinds{K: 2} rule is not met. On chain the same holds for
// registerCertified (TestCommitteeAdmissionAttacks) and headers.
func TestOneKindNeverMeetsDistinctKinds(t *testing.T) {
	kinds := []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP, attest.KindCSV, attest.KindCCA, attest.KindNitro}
	for _, k := range kinds {
		other := kinds[0]
		if k == other {
			other = kinds[1]
		}
		for n := 1; n <= 64; n *= 2 {
			c, err := quorum.RatioCommittee(n+1, []attest.Kind{k, other}, []int{n, 1})
			if err != nil {
				t.Fatal(err)
			}
			var signers quorum.Bitset
			for i, m := range c.Members {
				if m.Kind == k {
					signers.Add(i)
				}
			}
			if signers.Count() != n {
				t.Fatalf("%v: %d signers of %d", k, signers.Count(), n)
			}
			if err := quorum.Check(quorum.DistinctKinds{K: 2}, c, signers); !errors.Is(err, quorum.ErrRuleNotMet) {
				t.Fatalf("%d %v signers: %v, want ErrRuleNotMet", n, k, err)
			}
		}
	}
}
