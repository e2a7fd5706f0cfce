package sim

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// Sealing, as SGX's EGETKEY with the MRENCLAVE policy: an enclave encrypts
// its secrets under a key that only the same code on the same machine can
// derive, so a restarted sequencer keeps the enclave key it registered on
// L1. Here the machine's fused secret is the platform's attestation key
// (the manufacturer created it; on real hardware it never leaves the chip),
// and the sealing key is HKDF-SHA256 over it, salted with the measurement.
//
// Sealed blob layout, version 1 (big-endian, no optional field):
//
//	offset  size  field
//	0       4     magic "TRSS"
//	4       2     version (1)
//	6       32    platform id: SHA-256 of the platform certificate's public key
//	38      32    SHA-256 of the measurement
//	70      12    AES-GCM nonce
//	82      n     AES-256-GCM ciphertext and tag, the header (bytes 0..82) as
//	              additional data; the plaintext is the enclave's secp256k1
//	              key (32), SVN (8), flags (1: bit 0 debug), signer length
//	              (1) and signer
//
// The platform id and measurement digest are in clear so that a blob meant
// for another machine or other code is refused with a precise error
// (ErrWrongPlatform, ErrWrongMeasurement) rather than a failed decryption;
// they are authenticated all the same, so editing them yields ErrSealTampered.
const (
	SealMagic   = "TRSS"
	SealVersion = 1

	sealHeaderSize = 4 + 2 + 32 + 32 + 12
	sealMinSize    = sealHeaderSize + 32 + 8 + 1 + 1 + 16 // empty signer, GCM tag
	// MaxSealedSize bounds a sealed blob (the signer is at most MaxFieldSize).
	MaxSealedSize = sealMinSize + MaxFieldSize
)

var (
	// ErrSealFormat: the bytes are not a sealed blob of a known version.
	ErrSealFormat = errors.New("sim: malformed sealed blob")
	// ErrWrongPlatform: the blob was sealed on another platform.
	ErrWrongPlatform = errors.New("sim: sealed on another platform")
	// ErrWrongMeasurement: the blob was sealed by enclave code with another
	// measurement.
	ErrWrongMeasurement = errors.New("sim: sealed by another measurement")
	// ErrSealTampered: the blob does not authenticate under this
	// platform's sealing key (modified, or a forged header).
	ErrSealTampered = errors.New("sim: sealed blob does not authenticate")
)

// platformID names a platform by its attestation public key.
func (p *Platform) platformID() [32]byte {
	spki, err := x509.MarshalPKIXPublicKey(&p.key.PublicKey)
	if err != nil {
		panic("sim: marshalling a valid P-256 public key failed: " + err.Error()) // cannot happen
	}
	return sha256.Sum256(spki)
}

// sealKey derives the platform's sealing key for a measurement.
func (p *Platform) sealKey(measurement []byte) ([]byte, error) {
	secret, err := p.key.Bytes()
	if err != nil {
		return nil, fmt.Errorf("sim: platform secret: %w", err)
	}
	return hkdf.Key(sha256.New, secret, measurement, "teerollup/sim/seal/v1", 32)
}

func (p *Platform) aead(measurement []byte) (cipher.AEAD, error) {
	k, err := p.sealKey(measurement)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// Seal returns the enclave's key and launch options encrypted and
// authenticated for this platform and measurement only (see LaunchSealed).
func (e *Enclave) Seal() ([]byte, error) {
	id := e.platform.platformID()
	mh := sha256.Sum256(e.measurement)
	hdr := make([]byte, 0, MaxSealedSize)
	hdr = append(hdr, SealMagic...)
	hdr = binary.BigEndian.AppendUint16(hdr, SealVersion)
	hdr = append(hdr, id[:]...)
	hdr = append(hdr, mh[:]...)
	nonce := make([]byte, 12)
	rand.Read(nonce) // never fails since Go 1.24
	hdr = append(hdr, nonce...)

	plain := make([]byte, 0, 32+8+2+len(e.signer))
	plain = append(plain, crypto.FromECDSA(e.key)...)
	plain = binary.BigEndian.AppendUint64(plain, e.svn)
	var flags byte
	if e.debug {
		flags |= flagDebug
	}
	plain = append(plain, flags, byte(len(e.signer)))
	plain = append(plain, e.signer...)

	a, err := e.platform.aead(e.measurement)
	if err != nil {
		return nil, err
	}
	return a.Seal(hdr, nonce, plain, hdr), nil
}

// LaunchSealed starts enclave code with the given measurement on this
// platform and restores the key (and options) it sealed earlier: the
// enclave has the address it had when it sealed the blob. A blob of another
// platform is refused with ErrWrongPlatform, of another measurement with
// ErrWrongMeasurement, a modified one with ErrSealTampered, bytes that are
// not a sealed blob with ErrSealFormat.
func (p *Platform) LaunchSealed(measurement, blob []byte) (*Enclave, error) {
	if len(measurement) == 0 || len(measurement) > MaxFieldSize {
		return nil, fmt.Errorf("%w: measurement length %d not in [1, %d]", ErrSealFormat, len(measurement), MaxFieldSize)
	}
	if len(blob) < sealMinSize || len(blob) > MaxSealedSize {
		return nil, fmt.Errorf("%w: %d bytes, want %d..%d", ErrSealFormat, len(blob), sealMinSize, MaxSealedSize)
	}
	if string(blob[:4]) != SealMagic || binary.BigEndian.Uint16(blob[4:6]) != SealVersion {
		return nil, fmt.Errorf("%w: bad magic or version", ErrSealFormat)
	}
	if id := p.platformID(); !slices.Equal(blob[6:38], id[:]) {
		return nil, ErrWrongPlatform
	}
	if mh := sha256.Sum256(measurement); !slices.Equal(blob[38:70], mh[:]) {
		return nil, ErrWrongMeasurement
	}
	a, err := p.aead(measurement)
	if err != nil {
		return nil, err
	}
	hdr := blob[:sealHeaderSize]
	plain, err := a.Open(nil, blob[70:82], blob[sealHeaderSize:], hdr)
	if err != nil {
		return nil, ErrSealTampered
	}
	// Authenticated: the plaintext is what Seal wrote. Check its shape all
	// the same, so a bug elsewhere cannot turn into a panic here.
	if len(plain) < 42 || int(plain[41]) != len(plain)-42 || plain[40]&^byte(knownFlagsMask) != 0 {
		return nil, fmt.Errorf("%w: sealed contents", ErrSealFormat)
	}
	key, err := crypto.ToECDSA(plain[:32])
	if err != nil {
		return nil, fmt.Errorf("%w: sealed key: %w", ErrSealFormat, err)
	}
	return &Enclave{
		platform: p, measurement: slices.Clone(measurement), key: key,
		svn: binary.BigEndian.Uint64(plain[32:40]), debug: plain[40]&flagDebug != 0,
		signer: slices.Clone(plain[42:]),
	}, nil
}

// Platform files. A simulated platform is a machine: its attestation key and
// the manufacturer's certificate for it. A program that runs a simulated
// enclave across restarts (examples/sequencer) keeps its machine in a file,
// as a real machine keeps its fused keys. Only for tests and devnets: the
// file holds the platform's private key in clear.
//
// Layout, version 1: magic "TRSP", version (2), key length (2), the
// PKCS#8 P-256 key, certificate length (2), the DER certificate.
const (
	PlatformMagic   = "TRSP"
	PlatformVersion = 1
	// MaxPlatformSize bounds a platform file.
	MaxPlatformSize = 16 << 10
)

// ErrPlatformFormat: the bytes are not a platform file, or its key does not
// match its certificate.
var ErrPlatformFormat = errors.New("sim: malformed platform file")

// Export returns the platform as a platform file (see ImportPlatform).
func (p *Platform) Export() ([]byte, error) {
	k, err := x509.MarshalPKCS8PrivateKey(p.key)
	if err != nil {
		return nil, fmt.Errorf("sim: platform key: %w", err)
	}
	out := append([]byte(PlatformMagic), 0, PlatformVersion)
	out = binary.BigEndian.AppendUint16(out, uint16(len(k)))
	out = append(out, k...)
	out = binary.BigEndian.AppendUint16(out, uint16(len(p.cert.Raw)))
	return append(out, p.cert.Raw...), nil
}

// ImportPlatform reads a platform file written by Export. now is the clock
// for its quotes (nil: time.Now). Quotes from the imported platform verify
// only under the root of the manufacturer that certified it, as before.
func ImportPlatform(raw []byte, now func() time.Time) (*Platform, error) {
	if now == nil {
		now = time.Now
	}
	if len(raw) > MaxPlatformSize || len(raw) < 8 || string(raw[:4]) != PlatformMagic ||
		binary.BigEndian.Uint16(raw[4:6]) != PlatformVersion {
		return nil, fmt.Errorf("%w: bad size, magic or version", ErrPlatformFormat)
	}
	rest := raw[6:]
	field := func() ([]byte, bool) {
		if len(rest) < 2 {
			return nil, false
		}
		n := int(binary.BigEndian.Uint16(rest))
		if len(rest) < 2+n {
			return nil, false
		}
		f := rest[2 : 2+n]
		rest = rest[2+n:]
		return f, true
	}
	kb, ok1 := field()
	cb, ok2 := field()
	if !ok1 || !ok2 || len(rest) != 0 {
		return nil, fmt.Errorf("%w: truncated or trailing bytes", ErrPlatformFormat)
	}
	anyKey, err := x509.ParsePKCS8PrivateKey(kb)
	if err != nil {
		return nil, fmt.Errorf("%w: key: %w", ErrPlatformFormat, err)
	}
	key, ok := anyKey.(*ecdsa.PrivateKey)
	if !ok || key.Curve != elliptic.P256() {
		return nil, fmt.Errorf("%w: key is not P-256 ECDSA", ErrPlatformFormat)
	}
	cert, err := x509.ParseCertificate(cb)
	if err != nil {
		return nil, fmt.Errorf("%w: certificate: %w", ErrPlatformFormat, err)
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || !pub.Equal(&key.PublicKey) {
		return nil, fmt.Errorf("%w: certificate is not for the key", ErrPlatformFormat)
	}
	kind, tcb, err := platformIdentity(cert)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPlatformFormat, err)
	}
	return &Platform{kind: kind, tcb: tcb, key: key, cert: cert, now: now}, nil
}
