package sgx

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/teerollup/teerollup/attest"
)

// DefaultAttestationDir is where Gramine (and LibOS runtimes that copied
// its interface) expose SGX attestation as pseudo-files.
const DefaultAttestationDir = "/dev/attestation"

// QuoterOptions configure a Quoter.
type QuoterOptions struct {
	// Dir is the attestation pseudo-file directory holding
	// user_report_data and quote. Empty means DefaultAttestationDir.
	Dir string
	// Collateral, if non-nil, is encoded as the JSON bundle and attached
	// to every Evidence, so verifiers need not fetch it.
	Collateral *Collateral
}

// Quoter produces SGX DCAP quotes from inside an enclave. It implements
// attest.Quoter. Real quoting needs a binary built with `-tags sgx` for
// linux, running in an SGX enclave under a LibOS that exposes the
// /dev/attestation pseudo-files (for example Gramine with
// sgx.remote_attestation = "dcap"); elsewhere Quote returns
// attest.ErrUnsupported.
type Quoter struct {
	dir        string
	collateral []byte
}

var _ attest.Quoter = (*Quoter)(nil)

// NewQuoter returns a Quoter, as attest/tdx and attest/sevsnp do: bad
// options are attest.ErrMalformed, and a binary or machine that cannot
// quote (no -tags sgx on linux, no attestation directory) is
// attest.ErrUnsupported here rather than at the first Quote.
func NewQuoter(opts QuoterOptions) (*Quoter, error) {
	q, err := newQuoter(opts)
	if err != nil {
		return nil, err
	}
	if err := platformSupported(q.dir); err != nil {
		return nil, err
	}
	return q, nil
}

// newQuoter is NewQuoter without the platform check.
func newQuoter(opts QuoterOptions) (*Quoter, error) {
	q := &Quoter{dir: opts.Dir}
	if q.dir == "" {
		q.dir = DefaultAttestationDir
	}
	if opts.Collateral != nil {
		if err := opts.Collateral.Validate(); err != nil {
			return nil, err
		}
		b, err := opts.Collateral.MarshalJSON()
		if err != nil {
			return nil, fmt.Errorf("%w: sgx: collateral: %v", attest.ErrMalformed, err)
		}
		q.collateral = b
	}
	return q, nil
}

// quoteMu serializes quoting: the pseudo-files hold per-process state
// between the report data write and the quote read.
var quoteMu sync.Mutex

// Quote asks the quoting enclave for a quote over reportData and returns
// it as attest.FormatSGX evidence. It checks that the returned quote
// parses and carries reportData.
func (q *Quoter) Quote(ctx context.Context, reportData [attest.ReportDataSize]byte) (attest.Evidence, error) {
	if err := ctx.Err(); err != nil {
		return attest.Evidence{}, err
	}
	quoteMu.Lock()
	raw, err := platformQuote(ctx, q.dir, reportData)
	quoteMu.Unlock()
	if err != nil {
		return attest.Evidence{}, err
	}
	raw = TrimPadding(raw)
	parsed, err := ParseQuote(raw)
	if err != nil {
		return attest.Evidence{}, fmt.Errorf("sgx: quote from %s: %w", q.dir, err)
	}
	if parsed.Body.ReportData != reportData {
		return attest.Evidence{}, fmt.Errorf("%w: sgx: quote from %s carries other report data", attest.ErrReportData, q.dir)
	}
	return attest.Evidence{Format: attest.FormatSGX, Raw: raw, Collateral: q.collateral}, nil
}

// TrimPadding drops zero padding after the quote's declared end, which some
// runtimes leave when they hand out a fixed-size buffer: ParseQuote takes
// a quote's exact bytes only, as attest/tdx does (tdx.TrimPadding).
// Anything else is left for ParseQuote to reject. The Quoter calls it.
func TrimPadding(raw []byte) []byte {
	if len(raw) < signedSize+4 {
		return raw
	}
	end := uint64(signedSize+4) + uint64(binary.LittleEndian.Uint32(raw[signedSize:]))
	if end < uint64(len(raw)) && len(bytes.Trim(raw[end:], "\x00")) == 0 {
		return raw[:end]
	}
	return raw
}
