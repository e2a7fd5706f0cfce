package nitro_test

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/nitro"
)

// Verify a real AWS Nitro Enclaves attestation document offline, with the
// clock fixed at the document's own time (its leaf certificate lives about
// three hours), and judge it with a policy.
func Example() {
	raw, err := os.ReadFile("testdata/evervault-valid-2022-10-13.cbor")
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2022, 10, 13, 8, 58, 2, 136e6, time.UTC) // the document's timestamp
	ev := attest.Evidence{Format: attest.FormatNitro, Raw: raw}
	claims, err := nitro.Verify(context.Background(), ev, nitro.Options{
		Now: func() time.Time { return at },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("kind:", claims.Kind)
	fmt.Println("debug:", claims.Debug)
	fmt.Println("PCR0:", hex.EncodeToString(claims.Measurement[:48]))
	fmt.Println("verified at:", claims.NotBefore.Format(time.RFC3339Nano))
	fmt.Println("valid until:", claims.NotAfter.Format(time.RFC3339))

	policy := attest.Policy{
		Measurements:    [][]byte{claims.Measurement}, // PCR0 ‖ PCR1 ‖ PCR2
		Kinds:           []attest.Kind{attest.KindNitro},
		AllowUnknownTCB: true, // AWS publishes no TCB collateral for Nitro
	}
	fmt.Println("policy:", policy.Check(claims, at))

	// Three hours and a second later the same bytes no longer verify.
	_, err = nitro.Verify(context.Background(), ev, nitro.Options{
		Now: func() time.Time { return claims.NotAfter.Add(time.Second) },
	})
	fmt.Println("later:", err != nil)
	// Output:
	// kind: nitro
	// debug: false
	// PCR0: f4d48b81a460c9916d1e685119074bf24660afd3e34fae9fca0a0d28d9d5599936332687e6f66fc890ac8cf150142d8b
	// verified at: 2022-10-13T08:58:02.136Z
	// valid until: 2022-10-13T11:58:02Z
	// policy: <nil>
	// later: true
}
