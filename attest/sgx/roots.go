package sgx

import (
	"crypto/x509"

	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// IntelSGXRootCAPEM is Intel's "Intel SGX Root CA" certificate, the trust
// anchor of PCK certificates, the TCB Signing certificate and Intel's CRLs,
// as published at
// https://certificates.trustedservices.intel.com/Intel_SGX_Provisioning_Certification_RootCA.pem
// (serial 22650CD65A9D3489F383B49552BF501B392706AC, valid 2018-05-21 to
// 2049-12-31). Its DER hashes to IntelSGXRootCASHA256, which is checked
// when the certificate is first used.
const IntelSGXRootCAPEM = dcap.IntelSGXRootCAPEM

// IntelSGXRootCASHA256 is the hex SHA-256 of the Intel SGX Root CA's DER.
const IntelSGXRootCASHA256 = dcap.IntelSGXRootCASHA256

// IntelSGXRootCA returns the parsed embedded Intel SGX Root CA.
func IntelSGXRootCA() *x509.Certificate { return dcap.IntelSGXRootCA() }
