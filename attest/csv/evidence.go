package csv

import (
	"bytes"
	"encoding/binary"

	"github.com/teerollup/teerollup/attest"
)

// EvidenceMagic opens every CSV evidence payload.
const EvidenceMagic = "HYGONCSV"

// EvidenceVersion is the version of the payload layout Encode writes and
// ParseEvidence reads.
const EvidenceVersion = 1

const (
	evidenceHeaderSize = len(EvidenceMagic) + 2 + 2 + 16 + 4 + 4
	// HSKCEKSize is the size of Hygon's hsk_cek bundle: the HSK
	// certificate followed by the chip's CEK certificate, as Hygon's key
	// distribution service serves it for a chip serial number.
	HSKCEKSize = CACertSize + CSVCertSize
	// MaxEvidenceSize bounds a payload.
	MaxEvidenceSize = evidenceHeaderSize + ReportSize + HSKCEKSize
)

// Evidence is a decoded CSV evidence payload (attest.Evidence.Raw for
// attest.FormatCSV).
//
// A CSV report names its signing PEK but not the chip's HSK and CEK
// certificates, which Hygon serves online per chip; so that verification
// is offline and self-contained, the payload carries them with the report,
// as an SEV-SNP extended report carries its VCEK. Layout, little-endian
// like Hygon's own structures:
//
//	offset  size  field
//	0       8     "HYGONCSV"
//	8       2     payload version, 1
//	10      2     reserved, 0
//	12      16    report magic: zero (legacy) or "ATTESTATION_EXT\0"
//	28      4     report flags: 0, 1 (extended) or 3 (extended + host data)
//	32      4     n, the report length
//	36      n     the report as the guest driver returns it (ParseReport)
//	36+n    832   HSK certificate  } Hygon's hsk_cek bundle for the chip
//	868+n   2084  CEK certificate  }
//
// Nothing may follow. The HRK is never carried: the verifier's trusted
// root is.
type Evidence struct {
	ReportMagic [16]byte
	ReportFlags uint32
	Report      []byte
	// HSKCEK is Hygon's hsk_cek bundle (HSKCEKSize bytes).
	HSKCEK []byte
}

// Encode returns the payload. It checks sizes only (attest.ErrMalformed):
// the verifier checks the contents.
func (e Evidence) Encode() ([]byte, error) {
	if len(e.Report) == 0 || len(e.Report) > ReportSize {
		return nil, malformed("report is %d bytes, want 1..%d", len(e.Report), ReportSize)
	}
	if len(e.HSKCEK) != HSKCEKSize {
		return nil, malformed("hsk_cek bundle is %d bytes, want %d", len(e.HSKCEK), HSKCEKSize)
	}
	b := make([]byte, 0, evidenceHeaderSize+len(e.Report)+HSKCEKSize)
	b = append(b, EvidenceMagic...)
	b = binary.LittleEndian.AppendUint16(b, EvidenceVersion)
	b = binary.LittleEndian.AppendUint16(b, 0)
	b = append(b, e.ReportMagic[:]...)
	b = binary.LittleEndian.AppendUint32(b, e.ReportFlags)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(e.Report)))
	b = append(b, e.Report...)
	b = append(b, e.HSKCEK...)
	return b, nil
}

// NewEvidence encodes e as an attest.Evidence of format attest.FormatCSV.
func NewEvidence(e Evidence) (attest.Evidence, error) {
	raw, err := e.Encode()
	if err != nil {
		return attest.Evidence{}, err
	}
	return attest.Evidence{Format: attest.FormatCSV, Raw: raw}, nil
}

// ParseEvidence decodes a payload strictly (attest.ErrMalformed): magic,
// version, reserved zero, report length within bounds, exactly the
// hsk_cek bundle after it.
func ParseEvidence(b []byte) (*Evidence, error) {
	if len(b) < evidenceHeaderSize || len(b) > MaxEvidenceSize {
		return nil, malformed("evidence is %d bytes, want %d..%d", len(b), evidenceHeaderSize, MaxEvidenceSize)
	}
	if string(b[:8]) != EvidenceMagic {
		return nil, malformed("evidence magic %q, want %q", b[:8], EvidenceMagic)
	}
	le := binary.LittleEndian
	if v := le.Uint16(b[8:]); v != EvidenceVersion {
		return nil, malformed("evidence version %d, want %d", v, EvidenceVersion)
	}
	if le.Uint16(b[10:]) != 0 {
		return nil, malformed("evidence reserved field is not zero")
	}
	e := &Evidence{}
	copy(e.ReportMagic[:], b[12:28])
	e.ReportFlags = le.Uint32(b[28:])
	n := le.Uint32(b[32:])
	if n == 0 || n > ReportSize {
		return nil, malformed("report length %d, want 1..%d", n, ReportSize)
	}
	rest := b[evidenceHeaderSize:]
	if uint64(len(rest)) != uint64(n)+HSKCEKSize {
		return nil, malformed("evidence holds %d bytes after its header, want the %d-byte report and the %d-byte hsk_cek bundle", len(rest), n, HSKCEKSize)
	}
	e.Report = bytes.Clone(rest[:n])
	e.HSKCEK = bytes.Clone(rest[n:])
	return e, nil
}
