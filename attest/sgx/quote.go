package sgx

import (
	"encoding/binary"

	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// Sizes and constants of the quote v3 format, from Intel's "Intel SGX ECDSA
// Quote Library Reference – DCAP" (appendix A, "ECDSA Quote Format").
const (
	// QuoteVersion is the only quote version this package parses.
	QuoteVersion = 3
	// AttestationKeyTypeECDSAP256 is the attestation key type of an
	// ECDSA-256-with-P-256 quote, the only type Intel's QE3 produces.
	AttestationKeyTypeECDSAP256 = 2
	// TEETypeSGX is the TEE type field of an SGX quote (the v3 header names
	// the field reserved; it must be zero).
	TEETypeSGX = 0x00000000
	// CertDataTypePCKChain is the certification data type of a
	// PEM-encoded PCK certificate chain (leaf, intermediate CA, root CA).
	CertDataTypePCKChain = 5

	HeaderSize         = 48
	ReportBodySize     = dcap.ReportBodySize
	SignatureSize      = dcap.SignatureSize      // ECDSA P-256 r‖s, big-endian, 32 bytes each
	AttestationKeySize = dcap.AttestationKeySize // uncompressed P-256 point x‖y without the 0x04 prefix

	// signedSize is the number of bytes the attestation key signs:
	// header ‖ ISV enclave report body.
	signedSize = HeaderSize + ReportBodySize
	// fixedSigDataSize is the fixed-size head of the quote signature data:
	// ISV signature, attestation key, QE report body, QE report signature.
	fixedSigDataSize = SignatureSize + AttestationKeySize + ReportBodySize + SignatureSize
	// minQuoteSize is the smallest well-formed quote: everything fixed plus
	// the signature data length, the QE auth data length and the
	// certification data type and size fields.
	minQuoteSize = signedSize + 4 + fixedSigDataSize + 2 + 2 + 4

	// MaxQuoteSize bounds the input ParseQuote accepts. Real quotes are
	// about 5 KiB; the bound keeps a hostile length field from making the
	// parser hold on to arbitrarily large buffers.
	MaxQuoteSize = 1 << 20
)

// AttributeDebug is the DEBUG bit of an SGX enclave's ATTRIBUTES.FLAGS.
const AttributeDebug = dcap.AttributeDebug

// IntelQEVendorID is the QE vendor ID Intel's quoting enclave writes into
// the quote header (939A7233-F79C-4CA9-940A-0DB3957F0607).
var IntelQEVendorID = [16]byte{
	0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9,
	0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07,
}

// Header is the 48-byte quote header.
type Header struct {
	Version            uint16
	AttestationKeyType uint16
	TEEType            uint32 // reserved in v3; zero for SGX
	QESVN              uint16
	PCESVN             uint16
	QEVendorID         [16]byte
	UserData           [20]byte // the first 16 bytes are the platform's QE ID
}

// Attributes is an enclave's 16-byte ATTRIBUTES field: FLAGS (little-endian
// uint64) followed by XFRM (little-endian uint64), with methods Flags and
// XFRM. The type is shared with attest/tdx.
type Attributes = dcap.Attributes

// ReportBody is the 384-byte SGX report body (sgx_report_body_t), with its
// fields in wire order (reserved ones kept, so that a parsed body
// re-encodes byte for byte) and Debug reporting the DEBUG attribute. It is
// used both for the application (ISV) enclave and for the quoting enclave,
// and shared with attest/tdx, whose quotes carry the TD quoting enclave's.
type ReportBody = dcap.ReportBody

// SignatureData is the ECDSA-256 quote signature data that follows the
// signature data length field.
type SignatureData struct {
	// ISVSignature is the attestation key's signature (r‖s) over
	// header ‖ ISV report body.
	ISVSignature [SignatureSize]byte
	// AttestationKey is the QE's attestation public key (x‖y).
	AttestationKey [AttestationKeySize]byte
	// QEReport is the quoting enclave's report body; its report data
	// binds the attestation key.
	QEReport ReportBody
	// QESignature is the PCK's signature (r‖s) over the QE report body.
	QESignature [SignatureSize]byte
	// QEAuthData is the QE authentication data hashed into the binding.
	QEAuthData []byte
	// CertDataType is the QE certification data type (5: PCK chain).
	CertDataType uint16
	// CertData is the QE certification data; for type 5 a PEM chain,
	// often followed by a NUL terminator.
	CertData []byte
}

// Quote is a parsed SGX DCAP ECDSA quote v3.
type Quote struct {
	Header    Header
	Body      ReportBody // the ISV (application) enclave's report body
	Signature SignatureData

	raw []byte // the exact input, for signature checks
}

// Raw returns the bytes the quote was parsed from (nil for a Quote built by
// hand). The caller must not modify them.
func (q *Quote) Raw() []byte { return q.raw }

// pkg names this package in the errors of the shared DCAP blocks.
const pkg dcap.Pkg = "sgx"

// malformed wraps attest.ErrMalformed with detail.
func malformed(format string, args ...any) error { return pkg.Malformed(format, args...) }

// ParseQuote parses an SGX DCAP ECDSA quote v3 strictly: the header must
// carry version 3, attestation key type 2 (ECDSA-256-with-P-256) and TEE
// type 0, every length field must fit the input, and the input must end
// exactly where the certification data ends (no trailing bytes). Inside
// the certification data of type 5, a NUL terminator and whitespace after
// the last PEM block are tolerated (Intel's QE writes one), anything else
// is rejected when the chain is decoded by Verify. Errors wrap
// attest.ErrMalformed. ParseQuote checks structure only, no signature.
//
// The returned Quote does not alias b: the variable-length fields are
// copies.
func ParseQuote(b []byte) (*Quote, error) {
	if len(b) > MaxQuoteSize {
		return nil, malformed("quote of %d bytes exceeds the %d-byte limit", len(b), MaxQuoteSize)
	}
	if len(b) < minQuoteSize {
		return nil, malformed("quote of %d bytes is shorter than the %d-byte minimum", len(b), minQuoteSize)
	}
	q := &Quote{raw: append([]byte(nil), b...)}
	b = q.raw
	parseHeader(&q.Header, b[:HeaderSize])
	h := &q.Header
	if h.Version != QuoteVersion {
		return nil, malformed("quote version %d, want %d", h.Version, QuoteVersion)
	}
	if h.AttestationKeyType != AttestationKeyTypeECDSAP256 {
		return nil, malformed("attestation key type %d, want %d (ECDSA-256-with-P-256)", h.AttestationKeyType, AttestationKeyTypeECDSAP256)
	}
	if h.TEEType != TEETypeSGX {
		return nil, malformed("TEE type %#08x, want %#08x (SGX)", h.TEEType, TEETypeSGX)
	}
	dcap.ParseReportBody(&q.Body, b[HeaderSize:signedSize])

	sigLen := binary.LittleEndian.Uint32(b[signedSize:])
	rest := b[signedSize+4:]
	if uint64(sigLen) != uint64(len(rest)) {
		return nil, malformed("signature data length %d, but %d bytes follow it", sigLen, len(rest))
	}
	s := &q.Signature
	off := 0
	off += copy(s.ISVSignature[:], rest[off:])
	off += copy(s.AttestationKey[:], rest[off:])
	dcap.ParseReportBody(&s.QEReport, rest[off:off+ReportBodySize])
	off += ReportBodySize
	off += copy(s.QESignature[:], rest[off:])

	// Variable part: u16 auth data size, auth data, u16 cert type,
	// u32 cert data size, cert data. Lengths are checked against what is
	// left before slicing.
	authLen := int(binary.LittleEndian.Uint16(rest[off:]))
	off += 2
	if authLen > len(rest)-off-6 {
		return nil, malformed("QE auth data length %d overruns the quote (%d bytes left before certification data header)", authLen, len(rest)-off-6)
	}
	s.QEAuthData = rest[off : off+authLen : off+authLen]
	off += authLen
	s.CertDataType = binary.LittleEndian.Uint16(rest[off:])
	off += 2
	certLen := uint64(binary.LittleEndian.Uint32(rest[off:]))
	off += 4
	if certLen != uint64(len(rest)-off) {
		if certLen > uint64(len(rest)-off) {
			return nil, malformed("certification data length %d overruns the quote (%d bytes left)", certLen, len(rest)-off)
		}
		return nil, malformed("%d trailing bytes after the certification data", uint64(len(rest)-off)-certLen)
	}
	s.CertData = rest[off : off+int(certLen) : off+int(certLen)]
	return q, nil
}

func parseHeader(h *Header, b []byte) {
	le := binary.LittleEndian
	h.Version = le.Uint16(b[0:])
	h.AttestationKeyType = le.Uint16(b[2:])
	h.TEEType = le.Uint32(b[4:])
	h.QESVN = le.Uint16(b[8:])
	h.PCESVN = le.Uint16(b[10:])
	copy(h.QEVendorID[:], b[12:28])
	copy(h.UserData[:], b[28:48])
}

func appendHeader(dst []byte, h *Header) []byte {
	le := binary.LittleEndian
	dst = le.AppendUint16(dst, h.Version)
	dst = le.AppendUint16(dst, h.AttestationKeyType)
	dst = le.AppendUint32(dst, h.TEEType)
	dst = le.AppendUint16(dst, h.QESVN)
	dst = le.AppendUint16(dst, h.PCESVN)
	dst = append(dst, h.QEVendorID[:]...)
	return append(dst, h.UserData[:]...)
}

// AppendReportBody appends the 384-byte encoding of r to dst.
func AppendReportBody(dst []byte, r *ReportBody) []byte { return dcap.AppendReportBody(dst, r) }

// SignedBytes returns header ‖ ISV report body, the message the
// attestation key signs, encoded from the parsed fields.
func (q *Quote) SignedBytes() []byte {
	b := make([]byte, 0, signedSize)
	b = appendHeader(b, &q.Header)
	return AppendReportBody(b, &q.Body)
}

// Marshal encodes q in the quote v3 wire format. For a quote returned by
// ParseQuote, Marshal returns exactly the parsed bytes. It fails if a
// variable-length field does not fit its length field.
func (q *Quote) Marshal() ([]byte, error) {
	s := &q.Signature
	if len(s.QEAuthData) > 0xffff {
		return nil, malformed("QE auth data of %d bytes does not fit a u16 length", len(s.QEAuthData))
	}
	sigLen := uint64(fixedSigDataSize) + 2 + uint64(len(s.QEAuthData)) + 2 + 4 + uint64(len(s.CertData))
	if sigLen > MaxQuoteSize {
		return nil, malformed("signature data of %d bytes exceeds the quote size limit", sigLen)
	}
	le := binary.LittleEndian
	b := make([]byte, 0, signedSize+4+int(sigLen))
	b = appendHeader(b, &q.Header)
	b = AppendReportBody(b, &q.Body)
	b = le.AppendUint32(b, uint32(sigLen))
	b = append(b, s.ISVSignature[:]...)
	b = append(b, s.AttestationKey[:]...)
	b = AppendReportBody(b, &s.QEReport)
	b = append(b, s.QESignature[:]...)
	b = le.AppendUint16(b, uint16(len(s.QEAuthData)))
	b = append(b, s.QEAuthData...)
	b = le.AppendUint16(b, s.CertDataType)
	b = le.AppendUint32(b, uint32(len(s.CertData)))
	b = append(b, s.CertData...)
	return b, nil
}
