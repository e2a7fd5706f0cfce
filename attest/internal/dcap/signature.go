package dcap

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"math/big"

	"github.com/teerollup/teerollup/attest"
)

const (
	// SignatureSize is an ECDSA P-256 signature as DCAP writes it: r‖s,
	// big-endian, 32 bytes each.
	SignatureSize = 64
	// AttestationKeySize is an uncompressed P-256 point x‖y without the
	// 0x04 prefix.
	AttestationKeySize = 64
)

// VerifyRS checks a raw r‖s ECDSA P-256 signature over a SHA-256 digest.
func VerifyRS(pub *ecdsa.PublicKey, digest []byte, sig *[SignatureSize]byte) bool {
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:])
	return ecdsa.Verify(pub, digest, r, s)
}

// P256Key returns c's public key if it is an ECDSA P-256 key, and
// attest.ErrCertChain naming what otherwise.
func P256Key(p Pkg, what string, c *x509.Certificate) (*ecdsa.PublicKey, error) {
	k, ok := c.PublicKey.(*ecdsa.PublicKey)
	if !ok || k.Curve != elliptic.P256() {
		return nil, p.Errorf(attest.ErrCertChain, "%s key is not ECDSA P-256", what)
	}
	return k, nil
}

// QuoteSignature is what the ECDSA-256 signature data of a DCAP quote
// (SGX v3, TDX v4 and v5 alike) signs and binds, as slices of the quote
// being verified.
type QuoteSignature struct {
	// Signed is what the attestation key signs: header ‖ body (with the
	// body descriptor in a v5 quote); Signature its r‖s.
	Signed    []byte
	Signature *[SignatureSize]byte
	// AttestationKey is the QE's attestation public key (x‖y).
	AttestationKey *[AttestationKeySize]byte
	// QEReport is the raw QE report body, which the PCK key signs
	// (QEReportSignature) and whose report data binds AttestationKey and
	// QEAuthData.
	QEReport          []byte
	QEReportSignature *[SignatureSize]byte
	QEAuthData        []byte
}

// Verify checks, in this order, that the PCK key signs the QE report
// (ErrSignature), that the QE report data is SHA-256(attestation key ‖ QE
// auth data) ‖ 32 zero bytes (ErrKeyBinding), and that the attestation
// key, a P-256 point (ErrMalformed), signs Signed (ErrSignature). The key
// binding comes before the attestation key is used, so a substituted key
// fails as ErrKeyBinding.
func (s *QuoteSignature) Verify(p Pkg, pckKey *ecdsa.PublicKey) error {
	d := sha256.Sum256(s.QEReport[:ReportBodySize])
	if !VerifyRS(pckKey, d[:], s.QEReportSignature) {
		return p.Errorf(attest.ErrSignature, "QE report signature does not verify under the PCK key")
	}
	h := sha256.New()
	h.Write(s.AttestationKey[:])
	h.Write(s.QEAuthData)
	var want [64]byte
	h.Sum(want[:0])
	if subtle.ConstantTimeCompare(want[:], s.QEReport[offReportData:ReportBodySize]) != 1 {
		return p.Errorf(attest.ErrKeyBinding, "QE report data is not SHA-256(attestation key ‖ QE auth data) ‖ zeros")
	}
	ak, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append([]byte{4}, s.AttestationKey[:]...))
	if err != nil {
		return p.Malformed("attestation key is not a P-256 point: %v", err)
	}
	d = sha256.Sum256(s.Signed)
	if !VerifyRS(ak, d[:], s.Signature) {
		return p.Errorf(attest.ErrSignature, "quote signature does not verify under the attestation key")
	}
	return nil
}

// VerifyDocSignature checks a PCS document's ECDSA P-256 signature over
// SHA-256 of its exact bytes (the inner "tcbInfo" or "enclaveIdentity"
// value) under signer's key. Which signer to trust is the caller's
// decision: the two verifiers choose and verify the TCB Signing chain
// differently.
func VerifyDocSignature(p Pkg, what string, signed []byte, sig *[SignatureSize]byte, signer *x509.Certificate) error {
	key, err := P256Key(p, what+" signing certificate", signer)
	if err != nil {
		return err
	}
	d := sha256.Sum256(signed)
	if !VerifyRS(key, d[:], sig) {
		return p.Errorf(attest.ErrSignature, "%s signature does not verify under %q", what, signer.Subject.CommonName)
	}
	return nil
}
