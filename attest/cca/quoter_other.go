//go:build !(linux && cca)

package cca

import (
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

func newTokenProvider() (tokenProvider, error) {
	return nil, fmt.Errorf("%w: cca: quoting needs linux and a binary built with -tags cca", attest.ErrUnsupported)
}
