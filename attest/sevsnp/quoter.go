package sevsnp

import (
	"context"
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// Quoter produces SEV-SNP attestation reports inside a guest. It needs
// Linux, the configfs-tsm report interface or /dev/sev-guest, and a binary
// built with -tags sevsnp; elsewhere NewQuoter fails with
// attest.ErrUnsupported.
type Quoter struct {
	p reportProvider
}

var _ attest.Quoter = (*Quoter)(nil)

// reportProvider is implemented per platform (quoter_linux_sevsnp.go,
// quoter_other.go). It returns the report and the certificate table.
type reportProvider interface {
	rawReport(ctx context.Context, reportData [attest.ReportDataSize]byte) (report, certTable []byte, err error)
}

// NewQuoter opens the SEV-SNP guest interface of the running VM.
func NewQuoter() (*Quoter, error) {
	p, err := newReportProvider()
	if err != nil {
		return nil, err
	}
	return &Quoter{p: p}, nil
}

// Quote asks the AMD secure processor for a report over reportData, at the
// driver's default VMPL, and returns it as evidence: Raw is the report,
// Collateral the certificate table the host provisioned (see Certificates).
// If the host provisioned no certificates, Collateral is empty and the
// verifier will reject the evidence until a VCEK is attached.
func (q *Quoter) Quote(ctx context.Context, reportData [attest.ReportDataSize]byte) (attest.Evidence, error) {
	if err := ctx.Err(); err != nil {
		return attest.Evidence{}, err
	}
	if q == nil || q.p == nil {
		return attest.Evidence{}, fmt.Errorf("%w: sevsnp: Quoter not created by NewQuoter", attest.ErrUnsupported)
	}
	report, table, err := q.p.rawReport(ctx, reportData)
	if err != nil {
		return attest.Evidence{}, err
	}
	return attest.Evidence{Format: attest.FormatSEVSNP, Raw: report, Collateral: table}, nil
}
