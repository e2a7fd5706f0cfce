package csv

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/emmansun/gmsm/sm2"
	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/cryptobyte/asn1"

	"github.com/teerollup/teerollup/attest"
)

// Usage is the key usage field of Hygon's certificates and signatures. The
// values are Hygon's (the same numbering as AMD SEV's legacy certificates).
type Usage uint32

const (
	UsageHRK Usage = 0x0000 // Hygon Root Key
	UsageHSK Usage = 0x0013 // Hygon Signing Key
	UsageOCA Usage = 0x1001 // platform owner's certificate authority
	UsagePEK Usage = 0x1002 // Platform Endorsement Key: signs reports
	UsagePDH Usage = 0x1003 // Platform Diffie-Hellman key
	UsageCEK Usage = 0x1004 // Chip Endorsement Key: unique to a chip

	usageEmpty Usage = 0x1000 // marks an empty signature slot
)

func (u Usage) String() string {
	switch u {
	case UsageHRK:
		return "HRK"
	case UsageHSK:
		return "HSK"
	case UsageOCA:
		return "OCA"
	case UsagePEK:
		return "PEK"
	case UsagePDH:
		return "PDH"
	case UsageCEK:
		return "CEK"
	}
	return fmt.Sprintf("usage(%#x)", uint32(u))
}

// Algorithm identifiers of Hygon's certificates.
const (
	AlgoSM2Sign uint32 = 0x0004 // SM2 signature with SM3
	AlgoSM2DH   uint32 = 0x0005 // SM2 key exchange
)

// curveSM2 is Hygon's identifier of the SM2 curve (GB/T 32918), the only
// curve its certificates use.
const curveSM2 uint32 = 3

const (
	// CACertSize is the size of an HRK or HSK certificate.
	CACertSize = 832
	// CSVCertSize is the size of a CEK, PEK, PDH or OCA certificate.
	CSVCertSize = 2084

	coordSize   = 72 // little-endian coordinate and signature fields
	keyBytes    = 32 // the SM2 bytes used of each 72-byte field
	maxUIDSize  = 254
	caBodySize  = 576  // signed part of a CA certificate
	csvBodySize = 1044 // signed part of a CSV certificate
	sigSlotSize = 520  // usage, algo, r, s, reserved
)

// PublicKey is an SM2 public key with the user ID that Hygon's SM2
// signatures under it hash into Z_A (GB/T 32918.2). Hygon signs with the
// signer certificate's own user ID ("HYGON-SSD-HRK", "HYGON-SSD-PEK", ...),
// not SM2's default "1234567812345678": the real HRK, HSK, CEK and PEK
// signatures in testdata verify only that way.
type PublicKey struct {
	Key    *ecdsa.PublicKey
	UserID []byte
}

// CACertificate is an HRK or HSK certificate (Hygon's "CA" format,
// CACertSize bytes, little-endian).
type CACertificate struct {
	Version  uint32
	KeyID    [16]byte // identifies this key
	SignerID [16]byte // KeyID of the signing key (the HRK for both HRK and HSK)
	Usage    Usage
	Key      PublicKey

	raw [CACertSize]byte
}

// Raw returns the certificate's encoding.
func (c *CACertificate) Raw() []byte { return bytes.Clone(c.raw[:]) }

// CSVCertificate is a CEK, PEK, OCA or PDH certificate (Hygon's "CSV"
// format, CSVCertSize bytes, little-endian), signed in one of two slots.
type CSVCertificate struct {
	Version         uint32
	FirmwareMajor   uint8 // firmware API version that made the key
	FirmwareMinor   uint8
	Usage           Usage
	Algorithm       uint32
	Key             PublicKey
	SID             [16]byte
	Signatures      [2]Signature
	raw             [CSVCertSize]byte
	signaturesValid [2]bool // slot holds a signature (not an empty slot)
}

// Raw returns the certificate's encoding.
func (c *CSVCertificate) Raw() []byte { return bytes.Clone(c.raw[:]) }

// Signature is one signature slot of a CSV certificate.
type Signature struct {
	Usage     Usage // usage of the signing key
	Algorithm uint32
	R, S      *big.Int
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: csv: "+format, append([]any{attest.ErrMalformed}, args...)...)
}

// ParseCACertificate parses an HRK or HSK certificate strictly: exactly
// CACertSize bytes, version 1, an SM2 key on the curve, a user ID of 1..254
// bytes, zero high bytes in every little-endian field and a zero unsigned
// tail (so that no unsigned byte can vary). It does not check signatures.
func ParseCACertificate(b []byte) (*CACertificate, error) {
	if len(b) != CACertSize {
		return nil, malformed("CA certificate is %d bytes, want %d", len(b), CACertSize)
	}
	c := &CACertificate{}
	copy(c.raw[:], b)
	le := binary.LittleEndian
	c.Version = le.Uint32(b[0:])
	if c.Version != 1 {
		return nil, malformed("CA certificate version %d, want 1", c.Version)
	}
	copy(c.KeyID[:], b[4:20])
	copy(c.SignerID[:], b[20:36])
	c.Usage = Usage(le.Uint32(b[36:]))
	if c.Usage != UsageHRK && c.Usage != UsageHSK {
		return nil, malformed("CA certificate usage %v, want HRK or HSK", c.Usage)
	}
	key, err := parseKey(b[64:], b[212:])
	if err != nil {
		return nil, fmt.Errorf("CA certificate %v: %w", c.Usage, err)
	}
	c.Key = key
	if _, err := parseSig(b[576:720]); err != nil {
		return nil, fmt.Errorf("CA certificate %v: %w", c.Usage, err)
	}
	if !allZero(b[720:]) {
		return nil, malformed("CA certificate %v: unsigned reserved bytes are not zero", c.Usage)
	}
	return c, nil
}

// ParseCSVCertificate parses a CEK, PEK, OCA or PDH certificate strictly:
// exactly CSVCertSize bytes, version 1 or 2 (both occur on real chips: the
// CEK in testdata is version 2, the PEKs version 1), an SM2 key, a user ID
// of 1..254 bytes, well-formed signature slots with zero reserved bytes. It
// does not check signatures.
func ParseCSVCertificate(b []byte) (*CSVCertificate, error) {
	if len(b) != CSVCertSize {
		return nil, malformed("CSV certificate is %d bytes, want %d", len(b), CSVCertSize)
	}
	c := &CSVCertificate{}
	copy(c.raw[:], b)
	le := binary.LittleEndian
	c.Version = le.Uint32(b[0:])
	if c.Version != 1 && c.Version != 2 {
		return nil, malformed("CSV certificate version %d, want 1 or 2", c.Version)
	}
	c.FirmwareMajor, c.FirmwareMinor = b[4], b[5]
	c.Usage = Usage(le.Uint32(b[8:]))
	switch c.Usage {
	case UsageCEK, UsagePEK, UsageOCA, UsagePDH:
	default:
		return nil, malformed("CSV certificate usage %v, want CEK, PEK, OCA or PDH", c.Usage)
	}
	c.Algorithm = le.Uint32(b[12:])
	key, err := parseKey(b[16:], b[164:])
	if err != nil {
		return nil, fmt.Errorf("CSV certificate %v: %w", c.Usage, err)
	}
	c.Key = key
	copy(c.SID[:], b[420:436])
	for i := range c.Signatures {
		s := b[csvBodySize+i*sigSlotSize : csvBodySize+(i+1)*sigSlotSize]
		if !allZero(s[152:]) {
			return nil, malformed("CSV certificate %v: signature slot %d reserved bytes are not zero", c.Usage, i)
		}
		sig := Signature{Usage: Usage(le.Uint32(s[0:])), Algorithm: le.Uint32(s[4:])}
		if !slotUsed(sig) {
			// An empty slot is never tried. Hygon marks it with usage
			// 0x1000 and zeros; nothing else is accepted, so that no
			// unchecked byte can vary.
			if sig.Usage != usageEmpty || !allZero(s[4:]) {
				return nil, malformed("CSV certificate %v: empty signature slot %d is not zero", c.Usage, i)
			}
			continue
		}
		rs, err := parseSig(s[8:152])
		if err != nil {
			return nil, fmt.Errorf("CSV certificate %v slot %d: %w", c.Usage, i, err)
		}
		sig.R, sig.S = rs[0], rs[1]
		c.Signatures[i] = sig
		c.signaturesValid[i] = true
	}
	return c, nil
}

// slotUsed mirrors Hygon's rule for an occupied signature slot: a known
// key usage and an SM2 algorithm.
func slotUsed(s Signature) bool {
	switch s.Usage {
	case UsageHRK, UsageHSK, UsageOCA, UsagePEK, UsagePDH, UsageCEK:
		return s.Algorithm == AlgoSM2Sign || s.Algorithm == AlgoSM2DH
	}
	return false
}

// parseKey reads curve ‖ x[72] ‖ y[72] at k and uid_size ‖ user_id[254] at
// u, and checks the point is on SM2's curve.
func parseKey(k, u []byte) (PublicKey, error) {
	le := binary.LittleEndian
	if g := le.Uint32(k[0:]); g != curveSM2 {
		return PublicKey{}, malformed("key curve %d, want %d (SM2)", g, curveSM2)
	}
	x, err := leInt(k[4 : 4+coordSize])
	if err != nil {
		return PublicKey{}, err
	}
	y, err := leInt(k[4+coordSize : 4+2*coordSize])
	if err != nil {
		return PublicKey{}, err
	}
	curve := sm2.P256()
	if !curve.IsOnCurve(x, y) {
		return PublicKey{}, malformed("public key is not a point on SM2's curve")
	}
	n := int(le.Uint16(u[0:]))
	if n == 0 || n > maxUIDSize {
		return PublicKey{}, malformed("user ID size %d, want 1..%d", n, maxUIDSize)
	}
	return PublicKey{Key: &ecdsa.PublicKey{Curve: curve, X: x, Y: y}, UserID: bytes.Clone(u[2 : 2+n])}, nil
}

// parseSig reads r[72] ‖ s[72] (little-endian).
func parseSig(b []byte) ([2]*big.Int, error) {
	r, err := leInt(b[:coordSize])
	if err != nil {
		return [2]*big.Int{}, err
	}
	s, err := leInt(b[coordSize : 2*coordSize])
	if err != nil {
		return [2]*big.Int{}, err
	}
	return [2]*big.Int{r, s}, nil
}

// leInt reads a 72-byte little-endian field of which SM2 uses 32 bytes;
// the rest must be zero so that one value has one encoding.
func leInt(b []byte) (*big.Int, error) {
	if !allZero(b[keyBytes:]) {
		return nil, malformed("a 256-bit field has non-zero high bytes")
	}
	var be [keyBytes]byte
	for i := range keyBytes {
		be[keyBytes-1-i] = b[i]
	}
	return new(big.Int).SetBytes(be[:]), nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// verifySM2 checks an SM2/SM3 signature (r, s) over msg under k.
func verifySM2(k PublicKey, msg []byte, r, s *big.Int) bool {
	if r == nil || s == nil || r.Sign() <= 0 || s.Sign() <= 0 {
		return false
	}
	var b cryptobyte.Builder
	b.AddASN1(asn1.SEQUENCE, func(b *cryptobyte.Builder) {
		b.AddASN1BigInt(r)
		b.AddASN1BigInt(s)
	})
	der, err := b.Bytes()
	if err != nil {
		return false
	}
	return sm2.VerifyASN1WithSM2(k.Key, k.UserID, msg, der)
}

// CheckRoot reports whether c can serve as a trusted root: an HRK that
// signs itself (SignerID = KeyID, the signature verifies with its own user
// ID). A failure wraps attest.ErrCertChain.
func CheckRoot(c *CACertificate) error {
	if c == nil {
		return fmt.Errorf("%w: csv: nil root", attest.ErrCertChain)
	}
	if c.Usage != UsageHRK {
		return fmt.Errorf("%w: csv: root has usage %v, want HRK", attest.ErrCertChain, c.Usage)
	}
	if c.SignerID != c.KeyID {
		return fmt.Errorf("%w: csv: HRK signer ID %x is not its key ID %x", attest.ErrCertChain, c.SignerID, c.KeyID)
	}
	if err := verifyCASignedBy(c, c); err != nil {
		return err
	}
	return nil
}

// verifyCASignedBy checks that issuer (an HRK) signed the CA certificate c:
// Hygon's CA signatures name the issuer by key ID and always carry the HRK
// usage.
func verifyCASignedBy(issuer, c *CACertificate) error {
	if issuer.Usage != UsageHRK {
		return fmt.Errorf("%w: csv: %v certificate issued by a %v key, want HRK", attest.ErrCertChain, c.Usage, issuer.Usage)
	}
	if c.SignerID != issuer.KeyID {
		return fmt.Errorf("%w: csv: %v certificate names signer %x, not the HRK %x", attest.ErrCertChain, c.Usage, c.SignerID, issuer.KeyID)
	}
	rs, err := parseSig(c.raw[576:720])
	if err != nil {
		return err
	}
	if !verifySM2(issuer.Key, c.raw[:caBodySize], rs[0], rs[1]) {
		return fmt.Errorf("%w: csv: %v certificate signature does not verify under the HRK", attest.ErrCertChain, c.Usage)
	}
	return nil
}

// verifyCSVSignedBy checks that a key of usage issuerUsage signed c in one
// of its slots. Hygon's rule: a slot counts when its usage is the issuer's
// and its algorithm SM2 signing; the other slot (e.g. the owner's OCA
// signature on a PEK) is ignored.
func verifyCSVSignedBy(issuer PublicKey, issuerUsage Usage, c *CSVCertificate) error {
	tried := false
	for i, s := range c.Signatures {
		if !c.signaturesValid[i] || s.Usage != issuerUsage || s.Algorithm != AlgoSM2Sign {
			continue
		}
		tried = true
		if verifySM2(issuer, c.raw[:csvBodySize], s.R, s.S) {
			return nil
		}
	}
	if !tried {
		return fmt.Errorf("%w: csv: %v certificate has no signature by a %v key", attest.ErrCertChain, c.Usage, issuerUsage)
	}
	return fmt.Errorf("%w: csv: %v certificate signature does not verify under the %v", attest.ErrCertChain, c.Usage, issuerUsage)
}
