package cca_test

import (
	"context"
	"fmt"
	"os"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/cca"
)

// Verify a public CCA token against the published test CPAK. A deployment
// trusts the CPAKs its platforms' vendor endorsed instead: no token from
// real silicon is public, and Arm publishes no root for them.
func Example() {
	cpak, err := os.ReadFile("testdata/trustee-cpak-pub.json")
	if err != nil {
		panic(err)
	}
	key, err := cca.ParseJWK(cpak)
	if err != nil {
		panic(err)
	}
	token, err := os.ReadFile("testdata/rustccatoken-cca-token-01.cbor")
	if err != nil {
		panic(err)
	}
	ev := attest.Evidence{Format: attest.FormatCCA, Raw: token}
	claims, err := cca.Verify(context.Background(), ev, cca.Options{
		TrustedPlatformKeys: []cca.PlatformKey{{Key: key}},
	})
	if err != nil {
		fmt.Println("rejected:", err)
		return
	}
	fmt.Printf("kind %v, RIM %x…, %d REMs, debug %v, report data %x…, TCB %q\n",
		claims.Kind, claims.Measurement[:4], len(claims.RTMRs), claims.Debug, claims.ReportData[:4], claims.TCB)

	// One flipped byte of the realm token's signature (its last byte is the
	// token's last) is a bad signature.
	token[len(token)-1] ^= 1
	_, err = cca.Verify(context.Background(), ev, cca.Options{TrustedPlatformKeys: []cca.PlatformKey{{Key: key}}})
	fmt.Println(err)
	// Output:
	// kind cca, RIM 00000000…, 4 REMs, debug false, report data abababab…, TCB ""
	// attest: bad signature: cca: realm token signature does not verify under its RAK
}
