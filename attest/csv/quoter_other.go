//go:build !(linux && csv)

package csv

import (
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

func newReportProvider() (reportProvider, error) {
	return nil, fmt.Errorf("%w: csv: quoting needs linux and a binary built with -tags csv", attest.ErrUnsupported)
}
