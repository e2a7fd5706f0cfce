package dcap

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
)

// MaxChainCerts bounds the certificates accepted in one PEM chain.
const MaxChainCerts = 8

// MaxDocSize bounds one collateral document (TCB info, enclave identity,
// CRL). Intel's TCB info is under 10 KiB, a PCK CRL a few KiB.
const MaxDocSize = 1 << 20

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

// ParsePEMCerts decodes a sequence of PEM CERTIFICATE blocks, each an
// X.509 certificate, at most MaxChainCerts of them, followed by nothing
// but whitespace and NUL bytes. The two verifiers have always differed in
// what else they tolerate, and strict keeps that difference explicit:
//
//   - strict (attest/sgx): whitespace and NUL may come before and between
//     the blocks, even on a BEGIN line, but nothing else; blocks carry no
//     headers, and a block that encoding/pem would skip as undecodable is
//     an error;
//   - lenient (attest/tdx): exactly what encoding/pem finds, a BEGIN line
//     at the start of the input or of a line: whatever it skips (lines of
//     text before and between blocks, undecodable blocks, a block whose
//     BEGIN does not start a line) is ignored, and headers are allowed.
//
// Neither accepts everything the other does.
//
// Errors are plain, without a sentinel: callers wrap them with
// attest.ErrMalformed and say which chain it was.
func ParsePEMCerts(b []byte, strict bool) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := b
	for {
		if strict {
			if rest = trimPEMSpace(rest); len(rest) == 0 {
				break
			}
			if !bytes.HasPrefix(rest, pemBegin) {
				return nil, fmt.Errorf("junk at byte %d", len(b)-len(rest))
			}
		}
		block, r := pem.Decode(rest)
		if block == nil && !strict {
			break
		}
		// pem.Decode skips a block it cannot decode and returns the next
		// one; a consumed region with more than one BEGIN line means a
		// block was skipped.
		if block == nil || (strict && bytes.Count(rest[:len(rest)-len(r)], pemBegin) != 1) {
			return nil, fmt.Errorf("PEM block at byte %d does not decode", len(b)-len(rest))
		}
		if block.Type != "CERTIFICATE" || (strict && len(block.Headers) != 0) {
			return nil, fmt.Errorf("PEM block %d is %q with %d headers, want a bare CERTIFICATE", len(certs), block.Type, len(block.Headers))
		}
		if len(certs) == MaxChainCerts {
			return nil, fmt.Errorf("more than %d certificates in chain", MaxChainCerts)
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d does not parse: %v", len(certs), err)
		}
		certs = append(certs, c)
		rest = r
	}
	if len(trimPEMSpace(rest)) != 0 {
		return nil, fmt.Errorf("%d bytes of trailing garbage after certificate %d", len(rest), len(certs))
	}
	if len(certs) == 0 {
		return nil, errors.New("no certificate in PEM chain")
	}
	return certs, nil
}

// ParseCRL decodes a CRL given as DER or PEM, of at most MaxDocSize bytes.
// As with ParsePEMCerts, strict (attest/sgx) wants a PEM CRL to be exactly
// one "X509 CRL" block surrounded by whitespace and NUL, where lenient
// (attest/tdx) takes the first block encoding/pem finds, whatever its type
// or surroundings. Input without a PEM block is DER. Errors are plain.
func ParseCRL(b []byte, strict bool) (*x509.RevocationList, error) {
	if len(b) > MaxDocSize {
		return nil, fmt.Errorf("%d bytes exceeds the %d-byte limit", len(b), MaxDocSize)
	}
	der := b
	if !strict {
		if block, _ := pem.Decode(b); block != nil {
			der = block.Bytes
		}
	} else if t := trimPEMSpace(b); bytes.HasPrefix(t, pemBegin) {
		block, rest := pem.Decode(t)
		if block == nil || block.Type != "X509 CRL" || len(trimPEMSpace(rest)) != 0 {
			return nil, errors.New(`want one PEM "X509 CRL" block`)
		}
		der = block.Bytes
	}
	return x509.ParseRevocationList(der)
}
