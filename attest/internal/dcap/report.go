package dcap

import "encoding/binary"

// ReportBodySize is the size of an SGX report body (sgx_report_body_t).
const ReportBodySize = 384

// AttributeDebug is the DEBUG bit of an SGX enclave's ATTRIBUTES.FLAGS.
const AttributeDebug = 1 << 1

// Attributes is an enclave's 16-byte ATTRIBUTES field: FLAGS (little-endian
// uint64) followed by XFRM (little-endian uint64).
type Attributes [16]byte

// Flags returns ATTRIBUTES.FLAGS.
func (a Attributes) Flags() uint64 { return binary.LittleEndian.Uint64(a[0:8]) }

// XFRM returns ATTRIBUTES.XFRM.
func (a Attributes) XFRM() uint64 { return binary.LittleEndian.Uint64(a[8:16]) }

// ReportBody is the 384-byte SGX report body (sgx_report_body_t). It is
// used both for the application (ISV) enclave of an SGX quote and for the
// quoting enclave of SGX and TDX quotes. Reserved fields are kept so that a
// parsed body re-encodes byte for byte.
type ReportBody struct {
	CPUSVN       [16]byte
	MiscSelect   uint32
	Reserved1    [12]byte
	ISVExtProdID [16]byte
	Attributes   Attributes
	MREnclave    [32]byte
	Reserved2    [32]byte
	MRSigner     [32]byte
	Reserved3    [32]byte
	ConfigID     [64]byte
	ISVProdID    uint16
	ISVSVN       uint16
	ConfigSVN    uint16
	Reserved4    [42]byte
	ISVFamilyID  [16]byte
	ReportData   [64]byte
}

// Debug reports whether the enclave was launched in debug mode, in which
// the host can read and write its memory.
func (r *ReportBody) Debug() bool { return r.Attributes.Flags()&AttributeDebug != 0 }

// Report body field offsets.
const (
	offCPUSVN       = 0
	offMiscSelect   = 16
	offReserved1    = 20
	offISVExtProdID = 32
	offAttributes   = 48
	offMREnclave    = 64
	offReserved2    = 96
	offMRSigner     = 128
	offReserved3    = 160
	offConfigID     = 192
	offISVProdID    = 256
	offISVSVN       = 258
	offConfigSVN    = 260
	offReserved4    = 262
	offISVFamilyID  = 304
	offReportData   = 320
)

// ParseReportBody decodes the first ReportBodySize bytes of b into r; b
// must be at least that long (callers have checked the quote's lengths).
// AppendReportBody is its inverse.
func ParseReportBody(r *ReportBody, b []byte) {
	_ = b[ReportBodySize-1]
	le := binary.LittleEndian
	copy(r.CPUSVN[:], b[offCPUSVN:])
	r.MiscSelect = le.Uint32(b[offMiscSelect:])
	copy(r.Reserved1[:], b[offReserved1:])
	copy(r.ISVExtProdID[:], b[offISVExtProdID:])
	copy(r.Attributes[:], b[offAttributes:])
	copy(r.MREnclave[:], b[offMREnclave:])
	copy(r.Reserved2[:], b[offReserved2:])
	copy(r.MRSigner[:], b[offMRSigner:])
	copy(r.Reserved3[:], b[offReserved3:])
	copy(r.ConfigID[:], b[offConfigID:])
	r.ISVProdID = le.Uint16(b[offISVProdID:])
	r.ISVSVN = le.Uint16(b[offISVSVN:])
	r.ConfigSVN = le.Uint16(b[offConfigSVN:])
	copy(r.Reserved4[:], b[offReserved4:])
	copy(r.ISVFamilyID[:], b[offISVFamilyID:])
	copy(r.ReportData[:], b[offReportData:])
}

// AppendReportBody appends the 384-byte encoding of r to dst.
func AppendReportBody(dst []byte, r *ReportBody) []byte {
	le := binary.LittleEndian
	dst = append(dst, r.CPUSVN[:]...)
	dst = le.AppendUint32(dst, r.MiscSelect)
	dst = append(dst, r.Reserved1[:]...)
	dst = append(dst, r.ISVExtProdID[:]...)
	dst = append(dst, r.Attributes[:]...)
	dst = append(dst, r.MREnclave[:]...)
	dst = append(dst, r.Reserved2[:]...)
	dst = append(dst, r.MRSigner[:]...)
	dst = append(dst, r.Reserved3[:]...)
	dst = append(dst, r.ConfigID[:]...)
	dst = le.AppendUint16(dst, r.ISVProdID)
	dst = le.AppendUint16(dst, r.ISVSVN)
	dst = le.AppendUint16(dst, r.ConfigSVN)
	dst = append(dst, r.Reserved4[:]...)
	dst = append(dst, r.ISVFamilyID[:]...)
	return append(dst, r.ReportData[:]...)
}
