package sim

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// Quote layout, version 1. All integers are big-endian; there is no padding
// and no optional field, so a quote has exactly one encoding and the parser
// can reject anything else (including trailing bytes).
//
//	offset     size  field
//	0          4     magic "TRSQ"
//	4          2     version (1)
//	6          1     kind (attest.Kind, must be valid)
//	7          1     flags (bit 0: debug; other bits must be zero)
//	8          8     SVN
//	16         8     time, Unix nanoseconds (> 0, < 2^63)
//	24         1     measurement length m (1..MaxFieldSize)
//	25         m     measurement
//	25+m       1     signer length s (0..MaxFieldSize)
//	26+m       s     signer
//	26+m+s     64    report data
//	90+m+s     64    signature: r ‖ s, P-256 ECDSA over SHA-256(bytes 0..90+m+s),
//	                 s in the lower half of the group order
const (
	QuoteMagic   = "TRSQ"
	QuoteVersion = 1
	// MaxFieldSize bounds the measurement and the signer. Real formats use
	// 32 (SGX) or 48 (TDX, SEV-SNP) bytes; 64 leaves room for any of them.
	MaxFieldSize  = 64
	SignatureSize = 64

	headerSize     = 24 // magic .. time
	minQuoteSize   = headerSize + 1 + 1 + 1 + attest.ReportDataSize + SignatureSize
	flagDebug      = 1 << 0
	knownFlagsMask = flagDebug
)

// Quote is a parsed simulated quote. The platform key signs everything but
// Signature.
type Quote struct {
	Kind        attest.Kind
	Debug       bool
	SVN         uint64
	Time        time.Time
	Measurement []byte
	Signer      []byte
	ReportData  [attest.ReportDataSize]byte
	Signature   [SignatureSize]byte
}

var (
	minTime = time.Unix(0, 1)
	maxTime = time.Unix(0, math.MaxInt64)
)

// validate enforces exactly the constraints the parser enforces, so that
// Marshal and ParseQuote are inverses.
func (q *Quote) validate() error {
	switch {
	case !q.Kind.Valid():
		return fmt.Errorf("%w: sim quote: invalid kind %v", attest.ErrMalformed, q.Kind)
	case len(q.Measurement) == 0 || len(q.Measurement) > MaxFieldSize:
		return fmt.Errorf("%w: sim quote: measurement length %d not in [1, %d]",
			attest.ErrMalformed, len(q.Measurement), MaxFieldSize)
	case len(q.Signer) > MaxFieldSize:
		return fmt.Errorf("%w: sim quote: signer length %d > %d",
			attest.ErrMalformed, len(q.Signer), MaxFieldSize)
	case q.Time.Before(minTime) || q.Time.After(maxTime):
		return fmt.Errorf("%w: sim quote: time %v not representable", attest.ErrMalformed, q.Time)
	}
	return nil
}

// Body returns the signed part of the quote: its encoding without the
// signature.
func (q *Quote) Body() ([]byte, error) {
	if err := q.validate(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, minQuoteSize+len(q.Measurement)+len(q.Signer))
	b = append(b, QuoteMagic...)
	b = binary.BigEndian.AppendUint16(b, QuoteVersion)
	b = append(b, byte(q.Kind))
	var flags byte
	if q.Debug {
		flags |= flagDebug
	}
	b = append(b, flags)
	b = binary.BigEndian.AppendUint64(b, q.SVN)
	b = binary.BigEndian.AppendUint64(b, uint64(q.Time.UnixNano()))
	b = append(b, byte(len(q.Measurement)))
	b = append(b, q.Measurement...)
	b = append(b, byte(len(q.Signer)))
	b = append(b, q.Signer...)
	b = append(b, q.ReportData[:]...)
	return b, nil
}

// Marshal returns the encoding of q, signature included. It fails with
// ErrMalformed on a quote the parser would reject.
func (q *Quote) Marshal() ([]byte, error) {
	b, err := q.Body()
	if err != nil {
		return nil, err
	}
	return append(b, q.Signature[:]...), nil
}

// Sign signs q with a P-256 platform attestation key and stores the
// signature in q.Signature. Enclaves use it to quote; threat-model tests use
// it with a key leaked by Platform.Compromise to forge quotes.
func (q *Quote) Sign(key *ecdsa.PrivateKey) error {
	if key == nil || key.Curve != elliptic.P256() {
		return fmt.Errorf("%w: sim quote: signing key must be P-256", attest.ErrConfig)
	}
	body, err := q.Body()
	if err != nil {
		return err
	}
	digest := sha256.Sum256(body)
	r, s, err := ecdsa.Sign(rand.Reader, key, digest[:])
	if err != nil {
		return fmt.Errorf("sim quote: sign: %w", err)
	}
	// Low-S form: (r, s) and (r, n-s) are both valid, and a quote should
	// have one encoding so that its hash identifies it.
	if s.Cmp(halfOrder) > 0 {
		s.Sub(p256Order, s)
	}
	r.FillBytes(q.Signature[:32])
	s.FillBytes(q.Signature[32:])
	return nil
}

var (
	p256Order = elliptic.P256().Params().N
	halfOrder = new(big.Int).Rsh(p256Order, 1)
)

// verifySignature checks q.Signature against pub, requiring low S.
func (q *Quote) verifySignature(pub *ecdsa.PublicKey) error {
	body, err := q.Body()
	if err != nil {
		return err
	}
	r := new(big.Int).SetBytes(q.Signature[:32])
	s := new(big.Int).SetBytes(q.Signature[32:])
	if s.Cmp(halfOrder) > 0 {
		return fmt.Errorf("%w: sim quote: signature not in low-S form", attest.ErrSignature)
	}
	digest := sha256.Sum256(body)
	if !ecdsa.Verify(pub, digest[:], r, s) {
		return fmt.Errorf("%w: sim quote signature does not verify under the platform key", attest.ErrSignature)
	}
	return nil
}

// ParseQuote decodes a version-1 quote. It checks structure only (not the
// signature) and rejects anything Marshal would not produce, with an error
// wrapping ErrMalformed. It never panics.
func ParseQuote(raw []byte) (*Quote, error) {
	if len(raw) < minQuoteSize {
		return nil, fmt.Errorf("%w: sim quote: %d bytes, need at least %d",
			attest.ErrMalformed, len(raw), minQuoteSize)
	}
	if string(raw[:4]) != QuoteMagic {
		return nil, fmt.Errorf("%w: sim quote: bad magic %x", attest.ErrMalformed, raw[:4])
	}
	if v := binary.BigEndian.Uint16(raw[4:6]); v != QuoteVersion {
		return nil, fmt.Errorf("%w: sim quote: unsupported version %d", attest.ErrMalformed, v)
	}
	q := &Quote{Kind: attest.Kind(raw[6])}
	flags := raw[7]
	if flags&^knownFlagsMask != 0 {
		return nil, fmt.Errorf("%w: sim quote: unknown flags %#x", attest.ErrMalformed, flags)
	}
	q.Debug = flags&flagDebug != 0
	q.SVN = binary.BigEndian.Uint64(raw[8:16])
	ns := binary.BigEndian.Uint64(raw[16:24])
	if ns == 0 || ns > math.MaxInt64 {
		return nil, fmt.Errorf("%w: sim quote: time %d out of range", attest.ErrMalformed, ns)
	}
	q.Time = time.Unix(0, int64(ns)).UTC()

	rest := raw[headerSize:]
	var ok bool
	if q.Measurement, rest, ok = readField(rest); !ok {
		return nil, fmt.Errorf("%w: sim quote: truncated measurement", attest.ErrMalformed)
	}
	if q.Signer, rest, ok = readField(rest); !ok {
		return nil, fmt.Errorf("%w: sim quote: truncated signer", attest.ErrMalformed)
	}
	if len(rest) != attest.ReportDataSize+SignatureSize {
		return nil, fmt.Errorf("%w: sim quote: %d bytes after signer, want %d",
			attest.ErrMalformed, len(rest), attest.ReportDataSize+SignatureSize)
	}
	copy(q.ReportData[:], rest[:attest.ReportDataSize])
	copy(q.Signature[:], rest[attest.ReportDataSize:])
	// Kind and field lengths are checked by validate, the single source of
	// the rules Marshal also applies.
	if err := q.validate(); err != nil {
		return nil, err
	}
	return q, nil
}

// readField reads a one-byte length and that many bytes, copied so that the
// quote does not alias the caller's buffer.
func readField(b []byte) (field, rest []byte, ok bool) {
	if len(b) < 1 {
		return nil, nil, false
	}
	n := int(b[0])
	if len(b) < 1+n {
		return nil, nil, false
	}
	return append([]byte(nil), b[1:1+n]...), b[1+n:], true
}
