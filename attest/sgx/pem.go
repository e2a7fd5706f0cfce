package sgx

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
)

// maxChainCerts bounds the certificates accepted in one PEM chain.
const maxChainCerts = 8

// pemBegin starts every PEM block.
var pemBegin = []byte("-----BEGIN ")

// isPEMSpace reports whether c may surround PEM blocks: ASCII whitespace
// and NUL (Intel's QE NUL-terminates the PCK chain it writes into the
// quote).
func isPEMSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0
}

func trimPEMSpace(b []byte) []byte {
	i := 0
	for i < len(b) && isPEMSpace(b[i]) {
		i++
	}
	return b[i:]
}

// parsePEMCerts decodes a sequence of PEM CERTIFICATE blocks strictly:
// nothing but whitespace and NUL bytes may come before, between or after
// the blocks, blocks carry no headers, and every block parses as an X.509
// certificate. It returns attest.ErrMalformed on any deviation.
func parsePEMCerts(what string, b []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := trimPEMSpace(b)
	for len(rest) > 0 {
		if !bytes.HasPrefix(rest, pemBegin) {
			return nil, malformed("%s: junk at byte %d", what, len(b)-len(rest))
		}
		block, r := pem.Decode(rest)
		// pem.Decode skips a block it cannot decode and returns the next
		// one; a consumed region with more than one BEGIN line means a
		// block was skipped.
		if block == nil || bytes.Count(rest[:len(rest)-len(r)], pemBegin) != 1 {
			return nil, malformed("%s: PEM block at byte %d does not decode", what, len(b)-len(rest))
		}
		if block.Type != "CERTIFICATE" || len(block.Headers) != 0 {
			return nil, malformed("%s: PEM block %q with %d headers, want a bare CERTIFICATE", what, block.Type, len(block.Headers))
		}
		if len(certs) == maxChainCerts {
			return nil, malformed("%s: more than %d certificates in chain", what, maxChainCerts)
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, malformed("%s: certificate %d does not parse: %v", what, len(certs), err)
		}
		certs = append(certs, c)
		rest = trimPEMSpace(r)
	}
	if len(certs) == 0 {
		return nil, malformed("%s: no certificate in PEM chain", what)
	}
	return certs, nil
}
