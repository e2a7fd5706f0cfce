package tdx

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-tdx-guest/abi"
	pb "github.com/google/go-tdx-guest/proto/tdx"
	"github.com/google/go-tdx-guest/verify"

	"github.com/teerollup/teerollup/attest"
)

// googleVerdict verifies a v4 quote without collateral with go-tdx-guest,
// the independent implementation this package used before verifying in
// pure Go. It is a test oracle only.
func googleVerdict(raw []byte, now time.Time) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("go-tdx-guest panicked: %v", r)
		}
	}()
	q, err := abi.QuoteToProto(raw)
	if err != nil {
		return err
	}
	v4, ok := q.(*pb.QuoteV4)
	if !ok {
		return fmt.Errorf("not a v4 quote")
	}
	pool := x509.NewCertPool()
	pool.AddCert(DefaultRoots()[0])
	return verify.TdxQuote(v4, &verify.Options{Now: now, TrustedRoots: pool, Getter: refuseGetter{}})
}

type refuseGetter struct{}

func (refuseGetter) Get(url string) (map[string][]string, []byte, error) {
	return nil, nil, fmt.Errorf("no network in tests (%s)", url)
}

// TestDifferentialGoTDXGuest flips one bit at a time across the real v4
// quotes (header, body, signature data, QE report, auth data, PEM chain)
// and checks that this package and go-tdx-guest accept and reject the same
// quotes.
func TestDifferentialGoTDXGuest(t *testing.T) {
	stride := 5
	if testing.Short() {
		stride = 61
	}
	for _, rq := range realQuotes()[:2] {
		t.Run(rq.name, func(t *testing.T) {
			orig := rq.raw(t)
			q, err := ParseQuote(orig)
			if err != nil {
				t.Fatal(err)
			}
			end := len(q.Raw())
			check := func(raw []byte, what string) {
				_, ours := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: raw}, Options{Now: at(rq.now)})
				theirs := googleVerdict(raw, rq.now)
				if (ours == nil) != (theirs == nil) {
					t.Errorf("%s: this package says %v, go-tdx-guest says %v", what, ours, theirs)
				}
			}
			check(orig, "unchanged")
			n := 0
			for off := 0; off < end; off += stride {
				bit := byte(1) << (off % 8)
				raw := append([]byte(nil), orig...)
				raw[off] ^= bit
				check(raw, fmt.Sprintf("bit %d of byte %#x", off%8, off))
				n++
			}
			// The one intended difference: go-tdx-guest ignores what
			// follows the signature data, this package refuses it (no
			// signature covers it). The quotes as shipped carry such bytes.
			if shipped := rq.shipped(t); len(shipped) > end {
				_, ours := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: shipped}, Options{Now: at(rq.now)})
				if !errors.Is(ours, attest.ErrMalformed) || googleVerdict(shipped, rq.now) != nil {
					t.Errorf("trailing bytes: this package says %v, go-tdx-guest says %v", ours, googleVerdict(shipped, rq.now))
				}
			}
			t.Logf("%d mutations agree", n)
		})
	}
}
