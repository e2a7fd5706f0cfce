package dcap

import (
	"crypto/sha256"
	"crypto/x509"
	_ "embed"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"sync"
)

// IntelSGXRootCAPEM is Intel's "Intel SGX Root CA" certificate, the trust
// anchor of PCK certificates, the TCB Signing certificate and Intel's CRLs,
// as published at
// https://certificates.trustedservices.intel.com/Intel_SGX_Provisioning_Certification_RootCA.pem
// (serial 22650CD65A9D3489F383B49552BF501B392706AC, valid 2018-05-21 to
// 2049-12-31). Its DER hashes to IntelSGXRootCASHA256, which is checked
// when the certificate is first used. attest/sgx exports it unchanged.
const IntelSGXRootCAPEM = `-----BEGIN CERTIFICATE-----
MIICjzCCAjSgAwIBAgIUImUM1lqdNInzg7SVUr9QGzknBqwwCgYIKoZIzj0EAwIw
aDEaMBgGA1UEAwwRSW50ZWwgU0dYIFJvb3QgQ0ExGjAYBgNVBAoMEUludGVsIENv
cnBvcmF0aW9uMRQwEgYDVQQHDAtTYW50YSBDbGFyYTELMAkGA1UECAwCQ0ExCzAJ
BgNVBAYTAlVTMB4XDTE4MDUyMTEwNDUxMFoXDTQ5MTIzMTIzNTk1OVowaDEaMBgG
A1UEAwwRSW50ZWwgU0dYIFJvb3QgQ0ExGjAYBgNVBAoMEUludGVsIENvcnBvcmF0
aW9uMRQwEgYDVQQHDAtTYW50YSBDbGFyYTELMAkGA1UECAwCQ0ExCzAJBgNVBAYT
AlVTMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC6nEwMDIYZOj/iPWsCzaEKi7
1OiOSLRFhWGjbnBVJfVnkY4u3IjkDYYL0MxO4mqsyYjlBalTVYxFP2sJBK5zlKOB
uzCBuDAfBgNVHSMEGDAWgBQiZQzWWp00ifODtJVSv1AbOScGrDBSBgNVHR8ESzBJ
MEegRaBDhkFodHRwczovL2NlcnRpZmljYXRlcy50cnVzdGVkc2VydmljZXMuaW50
ZWwuY29tL0ludGVsU0dYUm9vdENBLmRlcjAdBgNVHQ4EFgQUImUM1lqdNInzg7SV
Ur9QGzknBqwwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwCgYI
KoZIzj0EAwIDSQAwRgIhAOW/5QkR+S9CiSDcNoowLuPRLsWGf/Yi7GSX94BgwTwg
AiEA4J0lrHoMs+Xo5o/sX6O9QWxHRAvZUGOdRQ7cvqRXaqI=
-----END CERTIFICATE-----
`

// IntelSGXRootCASHA256 is the hex SHA-256 of the Intel SGX Root CA's DER.
const IntelSGXRootCASHA256 = "44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3"

var intelRoot = sync.OnceValues(func() (*x509.Certificate, error) {
	block, rest := pem.Decode([]byte(IntelSGXRootCAPEM))
	if block == nil || len(rest) != 0 {
		return nil, errors.New("dcap: embedded Intel SGX Root CA does not decode")
	}
	sum := sha256.Sum256(block.Bytes)
	if hex.EncodeToString(sum[:]) != IntelSGXRootCASHA256 {
		return nil, errors.New("dcap: embedded Intel SGX Root CA fingerprint mismatch")
	}
	return x509.ParseCertificate(block.Bytes)
})

// IntelSGXRootCA returns the parsed embedded Intel SGX Root CA, shared by
// every caller: it must not be modified.
func IntelSGXRootCA() *x509.Certificate {
	c, err := intelRoot()
	if err != nil {
		panic(err) // the embedded constant is broken: a build defect
	}
	return c
}

// intelTCBSigningPEM holds the Intel SGX TCB Signing certificates Intel has
// issued under the Intel SGX Root CA, as served in the
// TCB-Info-Issuer-Chain and SGX-Enclave-Identity-Issuer-Chain headers of
// Intel's PCS: the original (2018-05-21 to 2025-05-21) and its renewal with
// the same key (2025-05-06 to 2032-05-06). They are candidates only: both
// verifiers accept a collateral signature only after the candidate chains
// to the caller's trusted roots at the verification time, so embedding
// them adds no trust. They let TCB info and QE identity be verified when
// the collateral carries no issuer chain.
//
//go:embed intel_tcb_signing.pem
var intelTCBSigningPEM []byte

var intelTCBSigners = sync.OnceValue(func() []*x509.Certificate {
	certs, err := ParsePEMCerts(intelTCBSigningPEM, true)
	if err != nil || len(certs) != 2 {
		panic(fmt.Sprintf("dcap: embedded Intel SGX TCB Signing certificates do not parse: %d certificates, %v", len(certs), err))
	}
	return certs
})

// IntelTCBSigners returns the two embedded Intel SGX TCB Signing
// certificates, oldest first. The slice and the certificates are shared:
// callers must not modify them.
func IntelTCBSigners() []*x509.Certificate { return intelTCBSigners() }
