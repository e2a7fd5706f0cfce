package nitro

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"fmt"
)

// RootG1SHA256 is the SHA-256 fingerprint of the DER encoding of the AWS
// Nitro Enclaves Root G1 certificate, as AWS publishes it beside the
// certificate ("verify-root" in the Nitro Enclaves user guide). The
// embedded certificate is checked against it every time DefaultRoots parses
// it, and the tests check that the first cabundle entry of every real
// document in testdata is this certificate.
const RootG1SHA256 = "641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"

// rootG1PEM is the AWS Nitro Enclaves Root G1 certificate
// (AWS_NitroEnclaves_Root-G1.zip): self-signed, P-384 with
// ecdsa-with-SHA384, CN=aws.nitro-enclaves, O=Amazon, OU=AWS, C=US, valid
// 2019-10-28T13:28:05Z .. 2049-10-28T14:28:05Z. It is public; embedding it
// means verification never fetches a trust anchor.
const rootG1PEM = `-----BEGIN CERTIFICATE-----
MIICETCCAZagAwIBAgIRAPkxdWgbkK/hHUbMtOTn+FYwCgYIKoZIzj0EAwMwSTEL
MAkGA1UEBhMCVVMxDzANBgNVBAoMBkFtYXpvbjEMMAoGA1UECwwDQVdTMRswGQYD
VQQDDBJhd3Mubml0cm8tZW5jbGF2ZXMwHhcNMTkxMDI4MTMyODA1WhcNNDkxMDI4
MTQyODA1WjBJMQswCQYDVQQGEwJVUzEPMA0GA1UECgwGQW1hem9uMQwwCgYDVQQL
DANBV1MxGzAZBgNVBAMMEmF3cy5uaXRyby1lbmNsYXZlczB2MBAGByqGSM49AgEG
BSuBBAAiA2IABPwCVOumCMHzaHDimtqQvkY4MpJzbolL//Zy2YlES1BR5TSksfbb
48C8WBoyt7F2Bw7eEtaaP+ohG2bnUs990d0JX28TcPQXCEPZ3BABIeTPYwEoCWZE
h8l5YoQwTcU/9KNCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUkCW1DdkF
R+eWw5b6cp3PmanfS5YwDgYDVR0PAQH/BAQDAgGGMAoGCCqGSM49BAMDA2kAMGYC
MQCjfy+Rocm9Xue4YnwWmNJVA44fA0P5W2OpYow9OYCVRaEevL8uO1XYru5xtMPW
rfMCMQCi85sWBbJwKKXdS6BptQFuZbT73o/gBh1qUxl/nNr12UO8Yfwr6wPLb+6N
IwLz3/Y=
-----END CERTIFICATE-----
`

// DefaultRoots returns the AWS Nitro Enclaves Root G1 certificate
// (RootG1SHA256), the root of every attestation document's cabundle. The
// slice and certificate are fresh on every call, so callers may keep or
// modify them without affecting anyone else (no package-level state).
func DefaultRoots() []*x509.Certificate {
	c, err := parseRootG1()
	if err != nil {
		// The PEM and its fingerprint are constants checked by the tests:
		// failing here is a corrupted build, not bad input.
		panic(err)
	}
	return []*x509.Certificate{c}
}

func parseRootG1() (*x509.Certificate, error) {
	b, _ := pem.Decode([]byte(rootG1PEM))
	if b == nil {
		return nil, fmt.Errorf("nitro: embedded AWS Nitro root is not PEM")
	}
	if sum := sha256.Sum256(b.Bytes); hex.EncodeToString(sum[:]) != RootG1SHA256 {
		return nil, fmt.Errorf("nitro: embedded AWS Nitro root has fingerprint %x, want %s", sum, RootG1SHA256)
	}
	return x509.ParseCertificate(b.Bytes)
}

func sha256Sum(b []byte) [32]byte { return sha256.Sum256(b) }
