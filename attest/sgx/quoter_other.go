//go:build !(linux && sgx)

package sgx

import (
	"context"
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// platformSupported: this binary cannot quote.
func platformSupported(string) error {
	return fmt.Errorf("%w: sgx: quoting needs a linux build with -tags sgx", attest.ErrUnsupported)
}

// platformQuote: this binary was built without SGX quoting support (it
// needs linux and the sgx build tag).
func platformQuote(context.Context, string, [attest.ReportDataSize]byte) ([]byte, error) {
	return nil, fmt.Errorf("%w: sgx: quoting needs a linux build with -tags sgx", attest.ErrUnsupported)
}
