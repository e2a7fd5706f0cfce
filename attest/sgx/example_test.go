package sgx_test

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sgx"
)

// dcapDir holds real Intel DCAP evidence beside the repository (it is not
// copied into the project, see its README).
var dcapDir = filepath.Join("..", "..", "..", "shared", "testdata", "dcap")

// TestMain skips the examples that read the real Intel evidence when it is
// absent, as the package's other real-evidence tests skip: an Example
// cannot skip itself.
func TestMain(m *testing.M) {
	flag.Parse()
	if _, err := os.Stat(filepath.Join(dcapDir, "README.md")); err != nil {
		fmt.Fprintf(os.Stderr, "sgx: real DCAP test data not found at %s: skipping ExampleVerify\n", dcapDir)
		skip := "^ExampleVerify$"
		if s := flag.Lookup("test.skip").Value.String(); s != "" {
			skip = s + "|" + skip
		}
		_ = flag.Set("test.skip", skip)
	}
	os.Exit(m.Run())
}

// Verify a real SGX quote offline, judging the platform's TCB with Intel's
// collateral (the PCS responses for its FMSPC), at a fixed time inside the
// collateral's validity.
func ExampleVerify() {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dcapDir, name))
		if err != nil {
			panic(err)
		}
		return b
	}
	quote, err := hex.DecodeString(strings.TrimSpace(string(read("quotev3.hex"))))
	if err != nil {
		panic(err)
	}
	collateral, err := (&sgx.Collateral{
		TCBInfo:    read("sgx_tcbinfov3_00606a000000.json"), // PCS /sgx/certification/v4/tcb?fmspc=00606a000000
		QEIdentity: read("sgx_qeidentity_v4.json"),          // PCS /sgx/certification/v4/qe/identity
	}).Marshal()
	if err != nil {
		panic(err)
	}
	ev := attest.Evidence{Format: attest.FormatSGX, Raw: quote, Collateral: collateral}

	at := time.Date(2025, time.August, 20, 0, 0, 0, 0, time.UTC)
	v := sgx.NewVerifier(sgx.Options{
		// TrustedRoots: empty means sgx.DefaultRoots(), Intel's SGX Root CA.
		Now:               func() time.Time { return at },
		RequireCollateral: true,
	})
	claims, err := v.Verify(context.Background(), ev)
	if err != nil {
		panic(err)
	}
	fmt.Println("kind:", claims.Kind)
	fmt.Printf("MRENCLAVE: %x…\n", claims.Measurement[:8])
	fmt.Println("debug:", claims.Debug)
	fmt.Println("TCB:", claims.TCB)
	fmt.Println("valid until:", claims.NotAfter.Format(time.DateOnly))

	// A month after Intel's next update, the same collateral is stale.
	late := sgx.Options{Now: func() time.Time { return at.AddDate(0, 1, 0) }}
	_, err = sgx.Verify(context.Background(), ev, late)
	fmt.Println("a month later, expired:", errors.Is(err, attest.ErrExpired))
	// Output:
	// kind: sgx
	// MRENCLAVE: a4f45c39dac622cb…
	// debug: false
	// TCB: SWHardeningNeeded
	// valid until: 2025-09-14
	// a month later, expired: true
}
