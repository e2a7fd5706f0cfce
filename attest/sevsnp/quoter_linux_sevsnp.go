//go:build linux && sevsnp

package sevsnp

import (
	"context"
	"fmt"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/client"

	"github.com/teerollup/teerollup/attest"
)

// linuxProvider gets reports through go-sev-guest's client: configfs-tsm
// (/sys/kernel/config/tsm/report, provider sev_guest) when the kernel has
// it, else the /dev/sev-guest ioctl interface. Either returns the report
// followed by the certificate table.
type linuxProvider struct {
	qp client.QuoteProvider
}

func newReportProvider() (reportProvider, error) {
	qp, err := client.GetQuoteProvider()
	if err != nil {
		return nil, fmt.Errorf("%w: sevsnp: %v", attest.ErrUnsupported, err)
	}
	return &linuxProvider{qp: qp}, nil
}

func (p *linuxProvider) rawReport(ctx context.Context, reportData [attest.ReportDataSize]byte) ([]byte, []byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	raw, err := p.qp.GetRawQuote(reportData)
	if err != nil {
		return nil, nil, fmt.Errorf("sevsnp: get report: %w", err)
	}
	if len(raw) < abi.ReportSize {
		return nil, nil, fmt.Errorf("%w: sevsnp: guest driver returned %d bytes, want at least %d", attest.ErrMalformed, len(raw), abi.ReportSize)
	}
	report := append([]byte(nil), raw[:abi.ReportSize]...)
	table := append([]byte(nil), raw[abi.ReportSize:]...)
	return report, table, nil
}
