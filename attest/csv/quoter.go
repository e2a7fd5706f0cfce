package csv

import (
	"context"
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// Quoter produces CSV evidence inside a Hygon CSV guest. It needs Linux,
// the guest driver's /dev/csv-guest and a binary built with -tags csv;
// elsewhere NewQuoter fails with attest.ErrUnsupported.
//
// The report alone cannot be verified offline (see Evidence), so the
// Quoter is given the chip's hsk_cek bundle, which the guest cannot fetch
// from its own firmware: the operator downloads it once from Hygon's key
// distribution service for the chip's serial number (csv-rs and trustee
// keep it as hsk_cek.cert) and passes its bytes to NewQuoter.
type Quoter struct {
	p      reportProvider
	hskCEK []byte
}

var _ attest.Quoter = (*Quoter)(nil)

// reportProvider is implemented per platform (quoter_linux_csv.go,
// quoter_other.go). It returns the wrapper magic, flags and the report.
type reportProvider interface {
	rawReport(ctx context.Context, reportData [attest.ReportDataSize]byte) (magic [16]byte, flags uint32, report []byte, err error)
}

// NewQuoter opens the CSV guest interface of the running VM. hskCEK is the
// chip's hsk_cek bundle (HSKCEKSize bytes); it is checked for shape here
// and for its signatures by every verifier.
func NewQuoter(hskCEK []byte) (*Quoter, error) {
	if len(hskCEK) != HSKCEKSize {
		return nil, fmt.Errorf("%w: csv: hsk_cek bundle is %d bytes, want %d", attest.ErrConfig, len(hskCEK), HSKCEKSize)
	}
	p, err := newReportProvider()
	if err != nil {
		return nil, err
	}
	return &Quoter{p: p, hskCEK: append([]byte(nil), hskCEK...)}, nil
}

// Quote asks the Hygon secure processor for a report over reportData and
// returns it with the hsk_cek bundle as attest.FormatCSV evidence.
func (q *Quoter) Quote(ctx context.Context, reportData [attest.ReportDataSize]byte) (attest.Evidence, error) {
	if err := ctx.Err(); err != nil {
		return attest.Evidence{}, err
	}
	if q == nil || q.p == nil {
		return attest.Evidence{}, fmt.Errorf("%w: csv: Quoter not created by NewQuoter", attest.ErrUnsupported)
	}
	magic, flags, report, err := q.p.rawReport(ctx, reportData)
	if err != nil {
		return attest.Evidence{}, err
	}
	return NewEvidence(Evidence{ReportMagic: magic, ReportFlags: flags, Report: report, HSKCEK: q.hskCEK})
}
