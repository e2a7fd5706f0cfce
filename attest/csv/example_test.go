package csv_test

import (
	"context"
	"fmt"
	"os"

	"github.com/teerollup/teerollup/attest/csv"
)

// Verify a real Hygon CSV report offline: csv-rs's report with its chip's
// HSK and CEK, chained to Hygon's root key (HRK) embedded in the package.
func Example() {
	report, err := os.ReadFile("testdata/report.cert")
	if err != nil {
		panic(err)
	}
	hsk, _ := os.ReadFile("testdata/hsk.cert")
	cek, _ := os.ReadFile("testdata/cek.cert")

	// A legacy (version 1) report: zero wrapper magic and flags.
	ev, err := csv.NewEvidence(csv.Evidence{Report: report, HSKCEK: append(hsk, cek...)})
	if err != nil {
		panic(err)
	}
	r, err := csv.VerifyReport(context.Background(), ev, csv.Options{})
	if err != nil {
		fmt.Println("refused:", err)
		return
	}
	fmt.Println("kind:", r.Claims.Kind)
	fmt.Println("report version:", r.Report.Version)
	fmt.Println("chip (unauthenticated):", r.Report.ChipID)
	fmt.Printf("PEK firmware: %d.%d\n", r.Report.PEK.FirmwareMajor, r.Report.PEK.FirmwareMinor)
	fmt.Println("debug:", r.Claims.Debug)
	fmt.Printf("measurement: %x\n", r.Claims.Measurement)
	fmt.Printf("report data: %q\n", string(r.Claims.ReportData[:9]))

	// The same report with one byte of its measurement changed.
	ev.Raw[36+144] ^= 1
	_, err = csv.Verify(context.Background(), ev, csv.Options{})
	fmt.Println("tampered:", err)
	// Output:
	// kind: csv
	// report version: 1
	// chip (unauthenticated): NZA9T14052605
	// PEK firmware: 1.3
	// debug: false
	// measurement: 1178dadbf826ec7a07444ba358376d81c312cb53d703f9da83b26c1eee2ea052
	// report data: "user data"
	// tampered: attest: bad signature: csv: report signature does not verify under its PEK
}
