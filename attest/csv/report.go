package csv

import (
	"bytes"
	"crypto/hmac"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/emmansun/gmsm/sm3"

	"github.com/teerollup/teerollup/attest"
)

// ReportSize is the size of the firmware's report buffer (one page); the
// structures below fill its start and the rest is padding.
const ReportSize = 4096

// ExtMagic marks an extended report request and response (firmware API 1.4
// and later).
var ExtMagic = [16]byte{'A', 'T', 'T', 'E', 'S', 'T', 'A', 'T', 'I', 'O', 'N', '_', 'E', 'X', 'T', 0}

// Report extension flags, as in the extended request.
const (
	FlagExt         uint32 = 1 << 0 // version 2: build, RTMRs
	FlagExtHostData uint32 = 1 << 1 // version 3: and host data
)

const (
	teeInfoV1Size   = 0x150 // 336
	teeInfoV2Size   = 0x490 // 1168, also version 3
	signedV1        = 180   // V1 signs user_pubkey_digest .. policy
	signedV2        = 1024  // V2/V3 sign every tee info byte before the signature
	sigV1Offset     = 192
	sigV2Offset     = 1024
	signerBlockSize = CSVCertSize + 64 + 32 + 32 // PEK, serial number, reserved, MAC
	rtmrSize        = 32
	numRTMRs        = 5
)

// Policy is the guest policy the VM was launched with.
type Policy uint32

func (p Policy) NoDebug() bool      { return p&(1<<0) != 0 } // debugging the guest is refused
func (p Policy) NoKeySharing() bool { return p&(1<<1) != 0 }
func (p Policy) ES() bool           { return p&(1<<2) != 0 } // encrypted register state
func (p Policy) NoSend() bool       { return p&(1<<3) != 0 } // migration refused
func (p Policy) Domain() bool       { return p&(1<<4) != 0 }
func (p Policy) CSV() bool          { return p&(1<<5) != 0 }
func (p Policy) CSV3() bool         { return p&(1<<6) != 0 }
func (p Policy) ASIDReuse() bool    { return p&(1<<7) != 0 }
func (p Policy) HSKVersion() uint8  { return uint8(p>>8) & 0xf }
func (p Policy) CEKVersion() uint8  { return uint8(p>>12) & 0xf }
func (p Policy) APIMajor() uint8    { return uint8(p >> 16) }
func (p Policy) APIMinor() uint8    { return uint8(p >> 24) }
func (p Policy) String() string     { return fmt.Sprintf("%#08x", uint32(p)) }

// Report is a parsed attestation report with the obfuscation of version 1
// removed: every field holds the value the firmware meant.
type Report struct {
	// Version is 1 (legacy), 2 (extended: build, RTMRs) or 3 (extended
	// with host data).
	Version int

	UserPubKeyDigest [32]byte
	VMID             [16]byte
	VMVersion        [16]byte
	ReportData       [attest.ReportDataSize]byte
	MNonce           [16]byte
	Measurement      [32]byte // launch digest (SM3)
	Policy           Policy
	SigUsage         Usage
	SigAlgorithm     uint32
	// ANonce is the firmware's nonce that version 1 XORs into its fields.
	// It is not signed: see the package doc.
	ANonce uint32

	// Versions 2 and 3.
	Build       uint32
	RTMRVersion uint16
	RTMRs       [numRTMRs][rtmrSize]byte
	// Version 3.
	HostData [64]byte

	// PEK is the certificate of the key that signed the report, carried
	// in the report's signer block.
	PEK *CSVCertificate
	// ChipID is the serial number in the signer block. It is NOT
	// authenticated: no signature covers it, and the CEK certificate does
	// not name its chip.
	ChipID string
	// SignerRestored reports that the signer block was in the form
	// csv-rs's get_report returns (de-obfuscated, reserved zeroed) rather
	// than the firmware's.
	SignerRestored bool

	signed []byte
	r, s   *big.Int
}

// SignedBytes returns the bytes the PEK signs, as received.
func (r *Report) SignedBytes() []byte { return bytes.Clone(r.signed) }

// ParseReport parses a report as the guest driver returns it: the wrapper
// magic and flags of the request (zero magic, or ExtMagic with flags 0, 1
// or 1|2) select version 1, 2 or 3, and body is the report, at least as
// long as that version's structures and at most ReportSize, any padding
// after them zero. The signer block may be in the firmware's form or in the
// restored form (see Report.SignerRestored); its MAC must verify (an
// integrity check only, see the package doc). No signature is checked.
func ParseReport(magic [16]byte, flags uint32, body []byte) (*Report, error) {
	var version int
	switch {
	case magic == [16]byte{} && flags == 0, magic == ExtMagic && flags == 0:
		version = 1
	case magic == ExtMagic && flags == FlagExt:
		version = 2
	case magic == ExtMagic && flags == FlagExt|FlagExtHostData:
		version = 3
	default:
		return nil, malformed("report magic %q with flags %#x is not a known report version", bytes.TrimRight(magic[:], "\x00"), flags)
	}
	teeSize := teeInfoV1Size
	if version > 1 {
		teeSize = teeInfoV2Size
	}
	need := teeSize + signerBlockSize
	if len(body) < need || len(body) > ReportSize {
		return nil, malformed("version %d report is %d bytes, want %d..%d", version, len(body), need, ReportSize)
	}
	if !allZero(body[need:]) {
		return nil, malformed("report padding after byte %d is not zero", need)
	}
	le := binary.LittleEndian
	r := &Report{Version: version}
	if version == 1 {
		r.ANonce = le.Uint32(body[188:])
	}
	// Version 1 XORs each field with the little-endian anonce repeated;
	// for versions 2 and 3 the anonce is zero and the XOR a no-op.
	var an [4]byte
	le.PutUint32(an[:], r.ANonce)
	unmask := func(dst, src []byte) {
		for i := range dst {
			dst[i] = src[i] ^ an[i%4]
		}
	}
	unmask(r.UserPubKeyDigest[:], body[0:32])
	unmask(r.VMID[:], body[32:48])
	unmask(r.VMVersion[:], body[48:64])
	unmask(r.ReportData[:], body[64:128])
	unmask(r.MNonce[:], body[128:144])
	unmask(r.Measurement[:], body[144:176])
	r.Policy = Policy(le.Uint32(body[176:]) ^ r.ANonce)
	r.SigUsage = Usage(le.Uint32(body[180:]) ^ r.ANonce)
	r.SigAlgorithm = le.Uint32(body[184:]) ^ r.ANonce
	sigOff, signedLen := sigV1Offset, signedV1
	if version > 1 {
		r.Build = le.Uint32(body[188:])
		r.RTMRVersion = le.Uint16(body[192:])
		for i := range r.RTMRs {
			copy(r.RTMRs[i][:], body[208+i*rtmrSize:])
		}
		if version == 3 {
			copy(r.HostData[:], body[960:1024])
		}
		sigOff, signedLen = sigV2Offset, signedV2
	}
	if r.SigUsage != UsagePEK || r.SigAlgorithm != AlgoSM2Sign {
		return nil, malformed("report signed with usage %v algorithm %d, want PEK and SM2 (%d)", r.SigUsage, r.SigAlgorithm, AlgoSM2Sign)
	}
	rs, err := parseSig(body[sigOff : sigOff+2*coordSize])
	if err != nil {
		return nil, fmt.Errorf("report signature: %w", err)
	}
	r.r, r.s = rs[0], rs[1]
	if !allZero(body[sigOff+2*coordSize : teeSize]) {
		return nil, malformed("report reserved bytes after the signature are not zero")
	}
	r.signed = bytes.Clone(body[:signedLen])
	if err := r.parseSigner(body[teeSize:need], an); err != nil {
		return nil, err
	}
	return r, nil
}

// parseSigner reads the signer block: PEK certificate ‖ serial number ‖
// reserved ‖ MAC. The firmware XORs the certificate and serial with the
// anonce, fills reserved with bytes of its own and MACs all three with
// HMAC-SM3 keyed by the mnonce (csv-rs's report in testdata). csv-rs's
// get_report then "restores" the block: it removes the XOR and zeroes
// reserved, after which the MAC can no longer be recomputed (trustee's
// report in testdata). Both forms are accepted; the MAC is checked when it
// can be. It authenticates nothing, its key being in the report, so it
// only catches corruption; the PEK is authenticated by the CEK's signature.
func (r *Report) parseSigner(b []byte, an [4]byte) error {
	const macOff = CSVCertSize + 64 + 32
	block := bytes.Clone(b[:macOff])
	mac := b[macOff:]
	xor := func(p []byte) {
		for i := range p {
			p[i] ^= an[i%4]
		}
	}
	m := hmac.New(sm3.New, r.MNonce[:])
	m.Write(block)
	macOK := hmac.Equal(m.Sum(nil), mac)
	// Which form? With a non-zero anonce the PEK's usage field tells:
	// only in the form it is in does it read PEK without further XOR.
	le := binary.LittleEndian
	restored := !macOK
	if an != [4]byte{} {
		restored = Usage(le.Uint32(block[8:])) == UsagePEK
	}
	switch {
	case restored:
		if !allZero(block[CSVCertSize+64:]) {
			return fmt.Errorf("%w: csv: report signer block MAC does not verify", attest.ErrSignature)
		}
		r.SignerRestored = true
	case !macOK:
		return fmt.Errorf("%w: csv: report signer block MAC does not verify", attest.ErrSignature)
	default:
		xor(block[:CSVCertSize+64])
	}
	pek, err := ParseCSVCertificate(block[:CSVCertSize])
	if err != nil {
		return fmt.Errorf("report PEK: %w", err)
	}
	if pek.Usage != UsagePEK || pek.Algorithm != AlgoSM2Sign {
		return malformed("report signer certificate has usage %v algorithm %d, want PEK and SM2", pek.Usage, pek.Algorithm)
	}
	r.PEK = pek
	sn := block[CSVCertSize : CSVCertSize+64]
	if i := bytes.IndexByte(sn, 0); i >= 0 {
		if !allZero(sn[i:]) {
			return malformed("report serial number has bytes after its terminator")
		}
		sn = sn[:i]
	}
	r.ChipID = string(sn)
	return nil
}

// verifySignature checks the PEK's signature over the report.
func (r *Report) verifySignature() error {
	if !verifySM2(r.PEK.Key, r.signed, r.r, r.s) {
		return fmt.Errorf("%w: csv: report signature does not verify under its PEK", attest.ErrSignature)
	}
	return nil
}
