package nitro

import (
	"bytes"
	"crypto/x509"
	"encoding/binary"
	"fmt"
	"math"
	"time"
	"unicode/utf8"

	"github.com/fxamacker/cbor/v2"

	"github.com/teerollup/teerollup/attest"
)

// Bounds on a document. An attestation document arrives from a stranger
// (a candidate member, a peer, a transaction), so every size is capped
// before anything is allocated for it. The per-field limits are those of
// AWS's attestation document specification (aws-nitro-enclaves-nsm-api,
// docs/attestation_process.md); MaxDocumentSize and MaxCABundle are ours,
// far above what AWS produces (real documents are about 4.5 KiB with four
// bundle certificates; the NSM driver's response buffer is 12 KiB).
const (
	MaxDocumentSize  = 16 << 10
	MaxCertSize      = 1024 // certificate and each cabundle entry
	MaxCABundle      = 8    // root, regional, zonal, instance: 4 today
	MaxPCRs          = 32   // PCR indices 0..31
	PCRSize          = 48   // SHA-384, the only digest NSM uses
	MaxModuleIDLen   = 256
	MaxPublicKeySize = 1024
	MaxUserDataSize  = 512
	MaxNonceSize     = 512
	SignatureSize    = 96 // ES384: r ‖ s, 48 bytes each
)

// coseAlgES384 is the COSE algorithm identifier of ECDSA with SHA-384
// (RFC 9053), the only one NSM signs with.
const coseAlgES384 = -35

// coseSign1Tag is the optional CBOR tag of a COSE_Sign1 message. NSM emits
// the message untagged; some tools tag it, and both mean the same bytes.
const coseSign1Tag = 0xd2 // tag 18, one-byte head

// Document is a parsed, not yet verified, AWS Nitro Enclaves attestation
// document: a COSE_Sign1 message whose payload is a CBOR map. Nothing in
// it is authentic until Verify or VerifyDocument has checked it.
type Document struct {
	// ModuleID names the enclave ("i-…-enc…").
	ModuleID string
	// Digest is the PCR hash algorithm; always "SHA384" here.
	Digest string
	// Timestamp is when NSM produced the document (UTC, millisecond
	// precision).
	Timestamp time.Time
	// PCRs maps each PCR index present (0..31) to its 48-byte value.
	PCRs map[int][]byte
	// Certificate is the leaf certificate whose P-384 key signs the
	// document; CABundle is the chain from the root down to the leaf's
	// issuer, root first, as AWS orders it.
	Certificate *x509.Certificate
	CABundle    []*x509.Certificate
	// PublicKey, UserData and Nonce are what the enclave asked NSM to
	// include; nil when absent or null.
	PublicKey, UserData, Nonce []byte

	// protected is the COSE protected header as sent, payload the
	// payload as sent, signature r ‖ s: the signature covers the first
	// two exactly as they were encoded, so they are kept verbatim.
	protected, payload, signature []byte
}

// PCR returns PCR i, or nil if the document has none.
func (d *Document) PCR(i int) []byte { return d.PCRs[i] }

// coseSign1 is COSE_Sign1 = [protected: bstr, unprotected: map, payload:
// bstr, signature: bstr] (RFC 9052 §4.2).
type coseSign1 struct {
	_           struct{} `cbor:",toarray"`
	Protected   []byte
	Unprotected cbor.RawMessage
	Payload     []byte
	Signature   []byte
}

// payload is the attestation document map. Required fields are pointers
// so that a missing one (or a null) is told apart from a zero value.
type payload struct {
	ModuleID    *string           `cbor:"module_id"`
	Digest      *string           `cbor:"digest"`
	Timestamp   *uint64           `cbor:"timestamp"`
	PCRs        map[uint64][]byte `cbor:"pcrs"`
	Certificate []byte            `cbor:"certificate"`
	CABundle    [][]byte          `cbor:"cabundle"`
	PublicKey   []byte            `cbor:"public_key"`
	UserData    []byte            `cbor:"user_data"`
	Nonce       []byte            `cbor:"nonce"`
}

// decMode is the strict CBOR decoder: no duplicate map keys (a verifier
// and a signer must never read different values from one document), no
// indefinite lengths, no tags, no unknown payload fields (a field this
// code does not know could carry meaning it ignores: fail closed), and
// small bounds on nesting, arrays and maps. It is built per call instead
// of kept in a package variable; building it is cheap next to the ECDSA
// verifications.
func decMode() (cbor.DecMode, error) {
	return cbor.DecOptions{
		DupMapKey:         cbor.DupMapKeyEnforcedAPF,
		IndefLength:       cbor.IndefLengthForbidden,
		TagsMd:            cbor.TagsForbidden,
		MaxNestedLevels:   4,
		MaxArrayElements:  16, // the library's minimum; cabundle is checked against MaxCABundle
		MaxMapPairs:       MaxPCRs,
		ExtraReturnErrors: cbor.ExtraDecErrorUnknownField,
		UTF8:              cbor.UTF8RejectInvalid,
	}.DecMode()
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: nitro: %s", attest.ErrMalformed, fmt.Sprintf(format, args...))
}

// ParseDocument decodes an attestation document strictly: the COSE_Sign1
// envelope (tag 18 optional, protected header exactly {alg: ES384}, empty
// unprotected header, embedded payload, 96-byte signature) and the payload
// (every required field present with the right type and size, digest
// "SHA384", PCRs 0, 1 and 2 present, certificates that parse). Any
// deviation is attest.ErrMalformed. It checks no signature: see Verify.
func ParseDocument(raw []byte) (*Document, error) {
	switch {
	case len(raw) == 0:
		return nil, malformed("empty document")
	case len(raw) > MaxDocumentSize:
		return nil, malformed("document is %d bytes, more than %d", len(raw), MaxDocumentSize)
	}
	dm, err := decMode()
	if err != nil {
		return nil, fmt.Errorf("nitro: CBOR decoder: %w", err)
	}
	if raw[0] == coseSign1Tag {
		raw = raw[1:]
	}
	var msg coseSign1
	if err := dm.Unmarshal(raw, &msg); err != nil {
		return nil, malformed("COSE_Sign1: %v", err)
	}
	if err := checkHeaders(dm, msg.Protected, msg.Unprotected); err != nil {
		return nil, err
	}
	if msg.Payload == nil {
		return nil, malformed("COSE_Sign1: detached or null payload")
	}
	if len(msg.Signature) != SignatureSize {
		return nil, malformed("COSE_Sign1: signature is %d bytes, want %d (ES384 r ‖ s)", len(msg.Signature), SignatureSize)
	}
	var p payload
	if err := dm.Unmarshal(msg.Payload, &p); err != nil {
		return nil, malformed("payload: %v", err)
	}
	d, err := p.document()
	if err != nil {
		return nil, err
	}
	d.protected, d.payload, d.signature = msg.Protected, msg.Payload, msg.Signature
	return d, nil
}

// checkHeaders accepts exactly the headers NSM writes: protected {1: -35}
// and an empty unprotected map. Unprotected headers are not signed, so
// accepting any would let a relay add content nobody vouches for; a
// protected header with more labels (crit, content type, kid) would ask
// this verifier to honour semantics it does not implement.
func checkHeaders(dm cbor.DecMode, protected []byte, unprotected cbor.RawMessage) error {
	var h map[int64]cbor.RawMessage
	if err := dm.Unmarshal(protected, &h); err != nil {
		return malformed("COSE protected header: %v", err)
	}
	if len(h) != 1 {
		return malformed("COSE protected header has %d labels, want exactly alg", len(h))
	}
	algRaw, ok := h[1]
	if !ok {
		return malformed("COSE protected header has no alg")
	}
	var alg int64
	if err := dm.Unmarshal(algRaw, &alg); err != nil {
		return malformed("COSE alg: %v", err)
	}
	if alg != coseAlgES384 {
		return malformed("COSE alg %d, want ES384 (%d)", alg, coseAlgES384)
	}
	if !bytes.Equal(unprotected, []byte{0xa0}) {
		return malformed("COSE unprotected header is not an empty map")
	}
	return nil
}

func (p *payload) document() (*Document, error) {
	switch {
	case p.ModuleID == nil || *p.ModuleID == "":
		return nil, malformed("missing module_id")
	case len(*p.ModuleID) > MaxModuleIDLen || !utf8.ValidString(*p.ModuleID):
		return nil, malformed("module_id longer than %d bytes", MaxModuleIDLen)
	case p.Digest == nil:
		return nil, malformed("missing digest")
	case *p.Digest != "SHA384":
		return nil, malformed("digest %q, want SHA384", *p.Digest)
	case p.Timestamp == nil || *p.Timestamp == 0:
		return nil, malformed("missing timestamp")
	case *p.Timestamp > math.MaxInt64:
		return nil, malformed("timestamp %d out of range", *p.Timestamp)
	case len(p.PCRs) == 0:
		return nil, malformed("missing pcrs")
	case len(p.Certificate) == 0:
		return nil, malformed("missing certificate")
	case len(p.Certificate) > MaxCertSize:
		return nil, malformed("certificate is %d bytes, more than %d", len(p.Certificate), MaxCertSize)
	case len(p.CABundle) == 0:
		return nil, malformed("missing cabundle")
	case len(p.CABundle) > MaxCABundle:
		return nil, malformed("cabundle has %d certificates, more than %d", len(p.CABundle), MaxCABundle)
	case len(p.PublicKey) > MaxPublicKeySize:
		return nil, malformed("public_key is %d bytes, more than %d", len(p.PublicKey), MaxPublicKeySize)
	case len(p.UserData) > MaxUserDataSize:
		return nil, malformed("user_data is %d bytes, more than %d", len(p.UserData), MaxUserDataSize)
	case len(p.Nonce) > MaxNonceSize:
		return nil, malformed("nonce is %d bytes, more than %d", len(p.Nonce), MaxNonceSize)
	}
	d := &Document{
		ModuleID:  *p.ModuleID,
		Digest:    *p.Digest,
		Timestamp: time.UnixMilli(int64(*p.Timestamp)).UTC(),
		PCRs:      make(map[int][]byte, len(p.PCRs)),
		PublicKey: nilIfEmpty(p.PublicKey),
		UserData:  nilIfEmpty(p.UserData),
		Nonce:     nilIfEmpty(p.Nonce),
	}
	for i, v := range p.PCRs {
		if i >= MaxPCRs {
			return nil, malformed("PCR index %d out of range 0..%d", i, MaxPCRs-1)
		}
		if len(v) != PCRSize {
			return nil, malformed("PCR%d is %d bytes, want %d", i, len(v), PCRSize)
		}
		d.PCRs[int(i)] = v
	}
	for i := range 3 {
		if d.PCRs[i] == nil {
			return nil, malformed("missing PCR%d", i)
		}
	}
	var err error
	if d.Certificate, err = parseCert("certificate", p.Certificate); err != nil {
		return nil, err
	}
	d.CABundle = make([]*x509.Certificate, len(p.CABundle))
	for i, der := range p.CABundle {
		if len(der) == 0 || len(der) > MaxCertSize {
			return nil, malformed("cabundle[%d] is %d bytes, want 1..%d", i, len(der), MaxCertSize)
		}
		if d.CABundle[i], err = parseCert(fmt.Sprintf("cabundle[%d]", i), der); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func parseCert(what string, der []byte) (*x509.Certificate, error) {
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, malformed("%s: %v", what, err)
	}
	return c, nil
}

func nilIfEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// sigStructure is the COSE Sig_structure for a COSE_Sign1 without
// external data (RFC 9052 §4.4):
//
//	["Signature1", protected: bstr, external_aad: h'', payload: bstr]
//
// encoded by hand, so that what is hashed is exactly the protected header
// and payload bytes that were received, with no re-encoding in between.
func sigStructure(protected, payload []byte) []byte {
	const context = "Signature1"
	b := make([]byte, 0, 1+1+len(context)+9+len(protected)+1+9+len(payload))
	b = append(b, 0x84, 0x60|byte(len(context)))
	b = append(b, context...)
	b = appendBstrHead(b, len(protected))
	b = append(b, protected...)
	b = append(b, 0x40) // external_aad: empty byte string
	b = appendBstrHead(b, len(payload))
	return append(b, payload...)
}

// appendBstrHead appends the head of a definite-length byte string of n
// bytes in the shortest form, as RFC 8949 deterministic encoding (and
// NSM) writes it.
func appendBstrHead(b []byte, n int) []byte {
	const major = 0x40
	switch {
	case n < 24:
		return append(b, major|byte(n))
	case n <= math.MaxUint8:
		return append(b, major|24, byte(n))
	case n <= math.MaxUint16:
		return binary.BigEndian.AppendUint16(append(b, major|25), uint16(n))
	default:
		return binary.BigEndian.AppendUint32(append(b, major|26), uint32(n))
	}
}
