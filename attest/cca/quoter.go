package cca

import (
	"context"
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// Quoter produces CCA attestation tokens inside a realm. It needs Linux with
// the arm-cca-guest driver behind configfs-tsm
// (/sys/kernel/config/tsm/report, provider "arm_cca_guest") and a binary
// built with -tags cca; elsewhere NewQuoter fails with attest.ErrUnsupported.
type Quoter struct {
	p tokenProvider
}

var _ attest.Quoter = (*Quoter)(nil)

// tokenProvider is implemented per platform (quoter_linux_cca.go,
// quoter_other.go).
type tokenProvider interface {
	token(ctx context.Context, challenge [attest.ReportDataSize]byte) ([]byte, error)
}

// NewQuoter opens the attestation interface of the running realm.
func NewQuoter() (*Quoter, error) {
	p, err := newTokenProvider()
	if err != nil {
		return nil, err
	}
	return &Quoter{p: p}, nil
}

// Quote asks the RMM for a CCA attestation token whose realm challenge is
// reportData and returns it as evidence (Raw = the token, no collateral).
func (q *Quoter) Quote(ctx context.Context, reportData [attest.ReportDataSize]byte) (attest.Evidence, error) {
	if err := ctx.Err(); err != nil {
		return attest.Evidence{}, err
	}
	if q == nil || q.p == nil {
		return attest.Evidence{}, fmt.Errorf("%w: cca: Quoter not created by NewQuoter", attest.ErrUnsupported)
	}
	raw, err := q.p.token(ctx, reportData)
	if err != nil {
		return attest.Evidence{}, err
	}
	return attest.Evidence{Format: attest.FormatCCA, Raw: raw}, nil
}
