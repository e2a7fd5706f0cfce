//go:build !(linux && sevsnp)

package sevsnp

import (
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

func newReportProvider() (reportProvider, error) {
	return nil, fmt.Errorf("%w: sevsnp: reports need linux and a binary built with -tags sevsnp", attest.ErrUnsupported)
}
