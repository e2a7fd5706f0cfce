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
		if _, err := verifyChain("embedded", []*x509.Certificate{c}, IntelRoots(), mid, 2); err != nil {
			t.Errorf("embedded signer valid %s..%s: %v", c.NotBefore, c.NotAfter, err)
		}
	}
	// IntelRoots hands out a fresh pool each time.
	if IntelRoots() == IntelRoots() {
		t.Fatal("IntelRoots shares its pool")
	}
}
