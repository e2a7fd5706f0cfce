//go:build !(linux && tdx)

package tdx

import (
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

func newQuoteProvider() (quoteProvider, error) {
	return nil, fmt.Errorf("%w: tdx: quoting needs linux and a binary built with -tags tdx", attest.ErrUnsupported)
}
