package sgx

import (
	"crypto/x509"

	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// PCKExtensions are the SGX-specific facts Intel certifies in a PCK
// certificate: PPID, the 16 SGX TCB component SVNs (CompSVN), PCESVN,
// CPUSVN, PCE-ID, FMSPC and SGX type. The type is shared with attest/tdx,
// whose PCK certificates carry the same extension.
type PCKExtensions = dcap.PCKExtensions

// ParsePCKExtensions reads the SGX extension of a PCK certificate. The
// PPID, TCB (all 16 component SVNs, PCESVN and CPUSVN), PCE-ID and FMSPC
// are required; each may appear once. Errors wrap attest.ErrCertChain (a
// PCK certificate without a well-formed SGX extension is not a PCK
// certificate).
func ParsePCKExtensions(cert *x509.Certificate) (*PCKExtensions, error) {
	return dcap.ParsePCKExtensions(pkg, cert)
}
