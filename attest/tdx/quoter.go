package tdx

import (
	"context"
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// Quoter produces TDX quotes inside a trust domain. It needs Linux, the
// kernel's configfs-tsm interface or /dev/tdx_guest, and a binary built with
// -tags tdx; elsewhere NewQuoter fails with attest.ErrUnsupported.
type Quoter struct {
	p          quoteProvider
	collateral []byte
}

// QuoterOptions configure a Quoter, as attest/sgx.QuoterOptions do.
type QuoterOptions struct {
	// Collateral, if non-nil, is encoded (Marshal) and attached to every
	// Evidence, so verifiers need not fetch it.
	Collateral *Collateral
}

var _ attest.Quoter = (*Quoter)(nil)

// quoteProvider is implemented per platform (quoter_linux_tdx.go,
// quoter_other.go).
type quoteProvider interface {
	rawQuote(ctx context.Context, reportData [attest.ReportDataSize]byte) ([]byte, error)
}

// NewQuoter opens the TDX quote interface of the running trust domain.
// Options are checked first: bad collateral is attest.ErrMalformed
// wherever it runs.
func NewQuoter(opts QuoterOptions) (*Quoter, error) {
	var coll []byte
	if opts.Collateral != nil {
		if err := opts.Collateral.Validate(); err != nil {
			return nil, err
		}
		var err error
		if coll, err = opts.Collateral.Marshal(); err != nil {
			return nil, err
		}
	}
	p, err := newQuoteProvider()
	if err != nil {
		return nil, err
	}
	return &Quoter{p: p, collateral: coll}, nil
}

// Quote asks the TDX module and quoting enclave for a quote over reportData
// and returns it as evidence: Raw is the quote, Collateral the one given
// in QuoterOptions (if none, the verifier side supplies or caches Intel's
// collateral).
func (q *Quoter) Quote(ctx context.Context, reportData [attest.ReportDataSize]byte) (attest.Evidence, error) {
	if err := ctx.Err(); err != nil {
		return attest.Evidence{}, err
	}
	if q == nil || q.p == nil {
		return attest.Evidence{}, fmt.Errorf("%w: tdx: Quoter not created by NewQuoter", attest.ErrUnsupported)
	}
	raw, err := q.p.rawQuote(ctx, reportData)
	if err != nil {
		return attest.Evidence{}, err
	}
	// The ioctl interface returns the quote in a fixed-size buffer; the
	// verifier accepts the quote's exact bytes only.
	raw = TrimPadding(raw)
	return attest.Evidence{Format: attest.FormatTDX, Raw: raw, Collateral: q.collateral}, nil
}
