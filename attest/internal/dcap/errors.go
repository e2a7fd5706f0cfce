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
