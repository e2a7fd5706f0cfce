package dcap

import (
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// Pkg is the name of the verifier a building block works for, "sgx" or
// "tdx". Errors read "<sentinel>: <pkg>: <detail>", the shape both
// packages used before they shared these blocks, so that a logged error
// still says which verifier rejected the evidence.
type Pkg string

// Errorf wraps sentinel with the detail format describes.
func (p Pkg) Errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", sentinel, string(p), fmt.Sprintf(format, args...))
}

// Malformed wraps attest.ErrMalformed with detail.
func (p Pkg) Malformed(format string, args ...any) error {
	return p.Errorf(attest.ErrMalformed, format, args...)
}

// ErrWrongDocument is a collateral document of the wrong type: an SGX TCB
// info or QE identity given for a TDX quote, or the reverse. It wraps
// attest.ErrMalformed and is exported by attest/sgx and attest/tdx as
// ErrWrongCollateral, so that a caller can tell a mixed-up deployment from
// a broken document.
var ErrWrongDocument = fmt.Errorf("collateral of the wrong document type: %w", attest.ErrMalformed)

// WrongDocument wraps ErrWrongDocument with detail.
func (p Pkg) WrongDocument(format string, args ...any) error {
	return p.Errorf(ErrWrongDocument, format, args...)
}
