package tdx

import (
	"encoding/binary"

	"github.com/teerollup/teerollup/attest/internal/dcap"
	"github.com/teerollup/teerollup/attest/sgx"
)

// Quote format constants, from Intel's "Intel TDX DCAP Quoting Library API"
// (appendix A.3, quote v4, and A.4, quote v5).
const (
	// QuoteVersion4 is the TDX 1.0 quote: header ‖ TD report ‖ signature data.
	QuoteVersion4 = 4
	// QuoteVersion5 is the TDX 1.5 quote: header ‖ body descriptor (type,
	// size) ‖ body ‖ signature data.
	QuoteVersion5 = 5

	// TEETypeTDX is the header's TEE type of a TDX quote.
	TEETypeTDX = 0x00000081
	// AttestationKeyTypeECDSAP256 is the only attestation key type Intel's
	// TD quoting enclave uses (ECDSA-256-with-P-256).
	AttestationKeyTypeECDSAP256 = 2

	// BodyTypeTDReport10 is the v5 body type of a TD report of TDX 1.0
	// (TDReportSize10 bytes, the body of every v4 quote).
	BodyTypeTDReport10 = 2
	// BodyTypeTDReport15 is the v5 body type of a TD report of TDX 1.5
	// (TDReportSize15 bytes: TD report 1.0 ‖ TEE_TCB_SVN2 ‖ MRSERVICETD).
	BodyTypeTDReport15 = 3

	// CertDataTypeQEReport is the certification data type of the quote
	// signature data: QE report certification data.
	CertDataTypeQEReport = 6
	// CertDataTypePCKChain is the certification data type nested in the
	// QE report certification data: the PEM PCK certificate chain.
	CertDataTypePCKChain = 5

	HeaderSize         = 48
	TDReportSize10     = 584
	TDReportSize15     = 648
	SignatureSize      = dcap.SignatureSize      // ECDSA P-256 r‖s, big-endian
	AttestationKeySize = dcap.AttestationKeySize // P-256 point x‖y, without the 0x04 prefix
	QEReportSize       = sgx.ReportBodySize

	// bodyDescriptorSize is the v5 body type (u16) and body size (u32).
	bodyDescriptorSize = 6

	// MaxQuoteSize bounds the input ParseQuote accepts. Real quotes are
	// about 5 KiB.
	MaxQuoteSize = 1 << 20
)

// QuoteVersion is quote v4, once the only version this package verified.
// Verify now accepts QuoteVersion4 and QuoteVersion5.
//
// Deprecated: use QuoteVersion4 or QuoteVersion5.
const QuoteVersion = QuoteVersion4

// IntelQEVendorID is the QE vendor ID of Intel's quoting enclaves
// (939A7233-F79C-4CA9-940A-0DB3957F0607).
var IntelQEVendorID = sgx.IntelQEVendorID

// Header is the 48-byte quote header.
type Header struct {
	Version            uint16
	AttestationKeyType uint16
	TEEType            uint32
	Reserved           [4]byte // QE SVN and PCE SVN in SGX quotes; reserved in TDX quotes
	QEVendorID         [16]byte
	UserData           [20]byte
}

// TDReport is a TD quote body: the TD report 1.0 (584 bytes) or, in a v5
// quote of body type 3, the TD report 1.5 (648 bytes), which appends
// TEETCBSVN2 and MRServiceTD. For a TD report 1.0 those two are zero.
type TDReport struct {
	TEETCBSVN      [16]byte // TEE_TCB_SVN: [0] TDX module SVN, [1] module major version, [2] late microcode SVN...
	MRSEAM         [48]byte // measurement of the TDX module
	MRSignerSEAM   [48]byte // signer of the TDX module; zero for Intel's
	SEAMAttributes [8]byte
	TDAttributes   [8]byte // TDATTRIBUTES; bit 0 is TUD.DEBUG
	XFAM           [8]byte
	MRTD           [48]byte // measurement of the initial TD contents
	MRConfigID     [48]byte
	MROwner        [48]byte
	MROwnerConfig  [48]byte
	RTMRs          [4][48]byte
	ReportData     [64]byte

	TEETCBSVN2  [16]byte // TD report 1.5 only: TEE_TCB_SVN of the TDX module the TD was launched on
	MRServiceTD [48]byte // TD report 1.5 only
}

// Debug reports whether TDATTRIBUTES.TUD.DEBUG is set: the host can read
// and change the TD's memory.
func (r *TDReport) Debug() bool { return r.TDAttributes[0]&tdAttributesDebug != 0 }

// Quote is a parsed TDX DCAP quote, v4 or v5, with ECDSA-256 signature
// data and QE report certification data (type 6) carrying a PCK chain
// (type 5).
type Quote struct {
	Header Header
	// BodyType is the v5 body type (BodyTypeTDReport10 or
	// BodyTypeTDReport15); a v4 quote's body is a TD report 1.0, and
	// BodyType is BodyTypeTDReport10.
	BodyType uint16
	Body     TDReport

	// Signature is the attestation key's signature over SignedBytes().
	Signature      [SignatureSize]byte
	AttestationKey [AttestationKeySize]byte
	// QEReport is the TD quoting enclave's SGX report body; its report
	// data binds AttestationKey and QEAuthData.
	QEReport sgx.ReportBody
	// QEReportSignature is the PCK key's signature over the QE report.
	QEReportSignature [SignatureSize]byte
	QEAuthData        []byte
	// PCKChain is the PEM PCK certificate chain (leaf, PCK CA, root),
	// possibly NUL-terminated.
	PCKChain []byte

	raw         []byte // the quote bytes, up to the end of the signature data
	signedLen   int    // header ‖ [body descriptor] ‖ body
	qeReportOff int    // offset of the QE report in raw
}

// SignedBytes returns the bytes the attestation key signs: header ‖ body
// for v4, header ‖ body type ‖ body size ‖ body for v5. The caller must not
// modify them.
func (q *Quote) SignedBytes() []byte { return q.raw[:q.signedLen] }

// Raw returns the quote as parsed, without any bytes that followed the
// signature data. The caller must not modify it.
func (q *Quote) Raw() []byte { return q.raw }

func (q *Quote) qeReportBytes() []byte { return q.raw[q.qeReportOff : q.qeReportOff+QEReportSize] }

// pkg names this package in the errors of the shared DCAP blocks.
const pkg dcap.Pkg = "tdx"

// malformed wraps attest.ErrMalformed with detail.
func malformed(format string, args ...any) error { return pkg.Malformed(format, args...) }

// reader reads little-endian fields with bounds checks: after the first
// short read every read returns zeros and ok() is false.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err == nil && (n < 0 || n > len(r.b)-r.off) {
		r.err = malformed("quote truncated in %s at byte %d (%d bytes wanted, %d left)", what, r.off, n, len(r.b)-r.off)
	}
	if r.err != nil {
		return make([]byte, max(n, 0))
	}
	s := r.b[r.off : r.off+n : r.off+n]
	r.off += n
	return s
}

func (r *reader) u16(what string) uint16 { return binary.LittleEndian.Uint16(r.take(2, what)) }
func (r *reader) u32(what string) uint32 { return binary.LittleEndian.Uint32(r.take(4, what)) }

// ParseQuote parses a TDX quote, v4 or v5, and checks its structure (no
// signature): version 4 or 5, attestation key type 2, TEE type 0x81,
// Intel's QE vendor ID; for v5 a body type of 2 or 3 with the matching body
// size; signature data that fits the input, certification data of type 6
// whose declared sizes exactly fill the signature data, and a nested
// certification data of type 5. The input must end where the signature
// data ends, as attest/sgx requires of SGX quotes: bytes after it are
// covered by no signature, so accepting them would let anyone make many
// byte strings of one quote (and carry unsigned data beside it). A quote
// delivered in a zero-padded buffer is cut with TrimPadding first; the
// Quoter does that. Errors wrap attest.ErrMalformed. The returned Quote
// does not alias b.
func ParseQuote(b []byte) (*Quote, error) {
	q, err := parseQuotePrefix(b)
	if err != nil {
		return nil, err
	}
	if n := len(b) - len(q.raw); n != 0 {
		return nil, malformed("%d trailing bytes after the signature data", n)
	}
	return q, nil
}

// TrimPadding returns raw without the zero bytes that follow the quote's
// signature data, which some runtimes leave when they hand out a
// fixed-size buffer (Intel's DCAP samples write 8000 bytes). Anything else
// (a quote that does not parse, non-zero trailing bytes) is returned
// unchanged, for ParseQuote to reject.
func TrimPadding(raw []byte) []byte {
	q, err := parseQuotePrefix(raw)
	if err != nil {
		return raw
	}
	for _, c := range raw[len(q.raw):] {
		if c != 0 {
			return raw
		}
	}
	return raw[:len(q.raw)]
}

// parseQuotePrefix parses the quote at the start of b; what follows its
// signature data is left to the caller.
func parseQuotePrefix(b []byte) (*Quote, error) {
	if len(b) > MaxQuoteSize {
		return nil, malformed("quote of %d bytes exceeds the %d-byte limit", len(b), MaxQuoteSize)
	}
	if len(b) < HeaderSize {
		return nil, malformed("quote of %d bytes is shorter than its header", len(b))
	}
	q := &Quote{}
	r := &reader{b: b}
	h := &q.Header
	h.Version = r.u16("header")
	h.AttestationKeyType = r.u16("header")
	h.TEEType = r.u32("header")
	copy(h.Reserved[:], r.take(4, "header"))
	copy(h.QEVendorID[:], r.take(16, "header"))
	copy(h.UserData[:], r.take(20, "header"))
	switch {
	case h.Version != QuoteVersion4 && h.Version != QuoteVersion5:
		return nil, malformed("quote version %d is not supported (only %d and %d)", h.Version, QuoteVersion4, QuoteVersion5)
	case h.AttestationKeyType != AttestationKeyTypeECDSAP256:
		return nil, malformed("attestation key type %d, want %d (ECDSA-256-with-P-256)", h.AttestationKeyType, AttestationKeyTypeECDSAP256)
	case h.TEEType != TEETypeTDX:
		return nil, malformed("TEE type %#x, want %#x (TDX)", h.TEEType, TEETypeTDX)
	case h.QEVendorID != IntelQEVendorID:
		return nil, malformed("QE vendor ID %x is not Intel's", h.QEVendorID)
	}

	q.BodyType = BodyTypeTDReport10
	bodySize := TDReportSize10
	if h.Version == QuoteVersion5 {
		q.BodyType = r.u16("body descriptor")
		size := r.u32("body descriptor")
		if r.err != nil {
			return nil, r.err
		}
		switch q.BodyType {
		case BodyTypeTDReport10:
		case BodyTypeTDReport15:
			bodySize = TDReportSize15
		default:
			return nil, malformed("v5 body type %d is not a TD report (want %d or %d)", q.BodyType, BodyTypeTDReport10, BodyTypeTDReport15)
		}
		if uint64(size) != uint64(bodySize) {
			return nil, malformed("v5 body type %d with size %d, want %d", q.BodyType, size, bodySize)
		}
	}
	parseTDReport(&q.Body, r.take(bodySize, "TD quote body"), q.BodyType == BodyTypeTDReport15)
	q.signedLen = r.off

	sigLen := r.u32("signature data length")
	if r.err != nil {
		return nil, r.err
	}
	if uint64(sigLen) > uint64(len(b)-r.off) {
		return nil, malformed("signature data length %d overruns the quote (%d bytes left)", sigLen, len(b)-r.off)
	}
	end := r.off + int(sigLen)
	r.b = b[:end] // trailing bytes are not ours to read

	copy(q.Signature[:], r.take(SignatureSize, "quote signature"))
	copy(q.AttestationKey[:], r.take(AttestationKeySize, "attestation key"))
	if t := r.u16("certification data type"); r.err == nil && t != CertDataTypeQEReport {
		return nil, malformed("certification data type %d, want %d (QE report certification data)", t, CertDataTypeQEReport)
	}
	if n := r.u32("certification data size"); r.err == nil && uint64(n) != uint64(end-r.off) {
		return nil, malformed("certification data size %d, but the signature data leaves %d bytes", n, end-r.off)
	}
	q.qeReportOff = r.off
	if qe := r.take(QEReportSize, "QE report"); r.err == nil {
		dcap.ParseReportBody(&q.QEReport, qe)
	}
	copy(q.QEReportSignature[:], r.take(SignatureSize, "QE report signature"))
	authLen := int(r.u16("QE auth data size"))
	q.QEAuthData = append([]byte(nil), r.take(authLen, "QE auth data")...)
	if t := r.u16("PCK certification data type"); r.err == nil && t != CertDataTypePCKChain {
		return nil, malformed("QE report certification data carries certification data type %d, want %d (PCK certificate chain)", t, CertDataTypePCKChain)
	}
	if n := r.u32("PCK certification data size"); r.err == nil && uint64(n) != uint64(end-r.off) {
		return nil, malformed("PCK certification data size %d, but the signature data leaves %d bytes", n, end-r.off)
	}
	q.PCKChain = append([]byte(nil), r.take(end-r.off, "PCK certification data")...)
	if r.err != nil {
		return nil, r.err
	}
	q.raw = append([]byte(nil), b[:end]...)
	return q, nil
}

// TD report field offsets (Intel TDX DCAP Quoting Library API, A.3.2/A.4.2).
const (
	offTDTeeTcbSvn   = 0
	offTDMrSeam      = 16
	offTDMrSignSeam  = 64
	offTDSeamAttr    = 112
	offTDAttributes  = 120
	offTDXFAM        = 128
	offTDMrTd        = 136
	offTDMrConfigID  = 184
	offTDMrOwner     = 232
	offTDMrOwnerConf = 280
	offTDRtmr0       = 328
	offTDReportData  = 520
	offTDTeeTcbSvn2  = 584
	offTDMrServiceTD = 600
)

func parseTDReport(t *TDReport, b []byte, v15 bool) {
	copy(t.TEETCBSVN[:], b[offTDTeeTcbSvn:])
	copy(t.MRSEAM[:], b[offTDMrSeam:])
	copy(t.MRSignerSEAM[:], b[offTDMrSignSeam:])
	copy(t.SEAMAttributes[:], b[offTDSeamAttr:])
	copy(t.TDAttributes[:], b[offTDAttributes:])
	copy(t.XFAM[:], b[offTDXFAM:])
	copy(t.MRTD[:], b[offTDMrTd:])
	copy(t.MRConfigID[:], b[offTDMrConfigID:])
	copy(t.MROwner[:], b[offTDMrOwner:])
	copy(t.MROwnerConfig[:], b[offTDMrOwnerConf:])
	for i := range t.RTMRs {
		copy(t.RTMRs[i][:], b[offTDRtmr0+48*i:])
	}
	copy(t.ReportData[:], b[offTDReportData:])
	if v15 {
		copy(t.TEETCBSVN2[:], b[offTDTeeTcbSvn2:])
		copy(t.MRServiceTD[:], b[offTDMrServiceTD:offTDMrServiceTD+48])
	}
}
