package sgx

import (
	"crypto/x509"

	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// parsePEMCerts decodes a sequence of PEM CERTIFICATE blocks strictly:
// nothing but whitespace and NUL bytes may come before, between or after
// the blocks, blocks carry no headers, and every block parses as an X.509
// certificate. It returns attest.ErrMalformed on any deviation.
func parsePEMCerts(what string, b []byte) ([]*x509.Certificate, error) {
	certs, err := dcap.ParsePEMCerts(b, true)
	if err != nil {
		return nil, malformed("%s: %v", what, err)
	}
	return certs, nil
}
