package sgx

import (
	"crypto/x509"
	"testing"

	"github.com/teerollup/teerollup/attest/internal/dcap"
)

func TestEmbeddedIntelCerts(t *testing.T) {
	root := IntelSGXRootCA()
	if root.Subject.CommonName != "Intel SGX Root CA" || !root.IsCA || root.CheckSignatureFrom(root) != nil {
		t.Fatalf("embedded root: %v", root.Subject)
	}
	if root.SerialNumber.Text(16) != "22650cd65a9d3489f383b49552bf501b392706ac" {
		t.Fatalf("root serial %x", root.SerialNumber)
	}
	signers := dcap.IntelTCBSigners()
	if len(signers) != 2 {
		t.Fatalf("%d embedded TCB Signing certificates", len(signers))
	}
	for _, c := range signers {
		if c.Subject.CommonName != dcap.CNTCBSigning {
			t.Errorf("signer CN %q", c.Subject.CommonName)
		}
		mid := c.NotBefore.Add(c.NotAfter.Sub(c.NotBefore) / 2)
		pool := x509.NewCertPool()
		pool.AddCert(DefaultRoots()[0])
		if _, err := verifyChain("embedded", []*x509.Certificate{c}, pool, mid, 2); err != nil {
			t.Errorf("embedded signer valid %s..%s: %v", c.NotBefore, c.NotAfter, err)
		}
	}
	// DefaultRoots hands out a fresh slice each time: a caller appending
	// to it cannot change another's roots.
	a, b := DefaultRoots(), DefaultRoots()
	if &a[0] == &b[0] {
		t.Fatal("DefaultRoots shares its slice")
	}
}
