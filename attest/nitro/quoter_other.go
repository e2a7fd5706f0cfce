//go:build !(linux && nitro && (amd64 || arm64))

package nitro

import (
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

func newNSMTransport() (nsmTransport, error) {
	return nil, fmt.Errorf("%w: nitro: quoting needs linux on amd64 or arm64 and a binary built with -tags nitro", attest.ErrUnsupported)
}
