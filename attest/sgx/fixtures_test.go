package sgx

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The real Intel DCAP evidence lives outside the repository (see its
// README.md); tests that need it skip when it is absent.
var fixtureDir = filepath.Join("..", "..", "..", "shared", "testdata", "dcap")

func requireFixtures(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(fixtureDir, "README.md")); err != nil {
		tb.Skipf("real DCAP test data not found at %s (%v): skipping tests on real Intel evidence", fixtureDir, err)
	}
}

func readFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	requireFixtures(tb)
	b, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		tb.Fatalf("reading fixture: %v", err)
	}
	return b
}

// realQuote is one SGX quote from the fixtures.
type realQuote struct {
	name string
	raw  []byte
}

// realQuotes returns every SGX quote among the fixtures.
func realQuotes(tb testing.TB) []realQuote {
	tb.Helper()
	bin := readFixture(tb, "quote_sgx.bin")
	hx, err := hex.DecodeString(strings.TrimSpace(string(readFixture(tb, "quotev3.hex"))))
	if err != nil {
		tb.Fatalf("quotev3.hex: %v", err)
	}
	return []realQuote{{"quote_sgx.bin", bin}, {"quotev3.hex", hx}}
}

// realCollateral is every SGX TCB info and QE identity document among the
// fixtures, keyed by file name, parsed.
type realDoc struct {
	name string
	raw  []byte
}

func realTCBInfos(tb testing.TB) []realDoc {
	tb.Helper()
	var out []realDoc
	for _, n := range []string{"tcb_info_v3_sgx.json", "sgx_tcbinfov3_00606a000000.json"} {
		out = append(out, realDoc{n, readFixture(tb, n)})
	}
	return out
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func clock(t time.Time) func() time.Time { return func() time.Time { return t } }
