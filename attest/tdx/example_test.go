package tdx_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/go-tdx-guest/testing/testdata"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/tdx"
)

// Verify a real TDX quote (from a Sapphire Rapids machine, shipped in
// go-tdx-guest's test data) offline at a fixed time, first without
// collateral and then with Intel's collateral captured for it.
func ExampleVerify() {
	at := time.Date(2023, time.July, 1, 1, 0, 0, 0, time.UTC)
	// go-tdx-guest appends a line to its quote to test that parsers skip
	// it; tdx takes a quote's exact bytes only (nothing signs the rest).
	raw := bytes.TrimSuffix(testdata.RawQuote, []byte("\nextra bytes(only for testing purpose)\n"))
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: raw}
	opts := tdx.Options{
		// TrustedRoots: empty means tdx.DefaultRoots(), Intel's SGX Root CA.
		Now: func() time.Time { return at },
	}
	claims, err := tdx.NewVerifier(opts).Verify(context.Background(), ev)
	if err != nil {
		panic(err)
	}
	fmt.Println("kind:", claims.Kind)
	fmt.Printf("MRTD: %x…\n", claims.Measurement[:8])
	fmt.Println("RTMRs:", len(claims.RTMRs))
	fmt.Println("debug:", claims.Debug)
	fmt.Printf("TCB without collateral: %q\n", claims.TCB)

	// With Intel's collateral the TCB level is judged: this machine's
	// firmware is below every level Intel lists for its FMSPC.
	opts.Collateral = &tdx.Collateral{
		TCBInfo:    testdata.TcbInfoBody,    // PCS /tdx/certification/v4/tcb?fmspc=…
		QEIdentity: testdata.QeIdentityBody, // PCS /tdx/certification/v4/qe/identity
	}
	_, err = tdx.Verify(context.Background(), ev, opts)
	fmt.Println("with collateral, TCB refused:", errors.Is(err, attest.ErrTCB))
	// Output:
	// kind: tdx
	// MRTD: 6363b8043668a3ad…
	// RTMRs: 4
	// debug: false
	// TCB without collateral: ""
	// with collateral, TCB refused: true
}
