//go:build linux && tdx

package tdx

import (
	"context"
	"fmt"

	"github.com/google/go-tdx-guest/client"

	"github.com/teerollup/teerollup/attest"
)

// linuxProvider gets quotes through go-tdx-guest's client: the configfs-tsm
// report interface (/sys/kernel/config/tsm/report) when the kernel has it,
// else the /dev/tdx_guest ioctl interface.
type linuxProvider struct {
	qp *client.LinuxConfigFsQuoteProvider
}

func newQuoteProvider() (quoteProvider, error) {
	qp, err := client.GetQuoteProvider()
	if err != nil {
		return nil, fmt.Errorf("%w: tdx: %v", attest.ErrUnsupported, err)
	}
	if err := qp.IsSupported(); err != nil {
		// No configfs-tsm: the client falls back to /dev/tdx_guest; make
		// sure it is there now rather than at the first quote.
		d, derr := client.OpenDevice()
		if derr != nil {
			return nil, fmt.Errorf("%w: tdx: neither configfs-tsm (%v) nor /dev/tdx_guest (%v) is available", attest.ErrUnsupported, err, derr)
		}
		d.Close()
	}
	return &linuxProvider{qp: qp}, nil
}

func (p *linuxProvider) rawQuote(ctx context.Context, reportData [attest.ReportDataSize]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := client.GetRawQuote(p.qp, reportData)
	if err != nil {
		return nil, fmt.Errorf("tdx: get quote: %w", err)
	}
	return raw, nil
}
