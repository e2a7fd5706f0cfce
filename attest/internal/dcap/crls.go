package dcap

import (
	"strings"
)

// CRLs is a set of Intel's certificate revocation lists, for the
// RequireCRLs option of attest/sgx and attest/tdx. Each CRL is useful
// alone (the PCK CA's CRL revokes PCK certificates, the Root CA's CRL
// revokes the PCK CAs and the TCB Signing certificate), so which ones a
// verifier demands is the deployment's choice, not the parser's.
type CRLs uint8

const (
	// CRLPCK is the CRL of the PCK Platform or Processor CA that issued
	// the quote's PCK certificate (PCS /sgx/certification/v4/pckcrl).
	CRLPCK CRLs = 1 << iota
	// CRLRootCA is the CRL of the Intel SGX Root CA (Intel's
	// IntelSGXRootCA.der CRL).
	CRLRootCA
	// AllCRLs is both.
	AllCRLs = CRLPCK | CRLRootCA
)

// Valid reports whether s names known CRLs only.
func (s CRLs) Valid() bool { return s&^AllCRLs == 0 }

// Require returns an attest.ErrMalformed error naming the CRLs of s that
// are not given (hasPCK, hasRoot), or nil.
func (s CRLs) Require(p Pkg, hasPCK, hasRoot bool) error {
	var missing []string
	if s&CRLPCK != 0 && !hasPCK {
		missing = append(missing, "the PCK CRL")
	}
	if s&CRLRootCA != 0 && !hasRoot {
		missing = append(missing, "the Root CA CRL")
	}
	if len(missing) == 0 {
		return nil
	}
	return p.Malformed("the verifier requires %s in the collateral", strings.Join(missing, " and "))
}
