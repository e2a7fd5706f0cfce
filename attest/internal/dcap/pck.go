package dcap

import (
	"crypto/x509"
	"encoding/asn1"
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// Common names of Intel's PCK hierarchy and of its collateral signer.
const (
	CNPCKLeaf     = "Intel SGX PCK Certificate"
	CNPlatformCA  = "Intel SGX PCK Platform CA"
	CNProcessorCA = "Intel SGX PCK Processor CA"
	CNTCBSigning  = "Intel SGX TCB Signing"
)

// OIDs of Intel's SGX extension in PCK certificates ("Intel SGX PCK
// Certificate and Certificate Revocation List Profile Specification").
// They are exported for tests that build PCK certificates.
var (
	OIDSGXExtension = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	OIDPPID         = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 1}
	OIDTCB          = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2}
	OIDPCEID        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 3}
	OIDFMSPC        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 4}
	OIDSGXType      = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 5}
)

// PCKExtensions are the SGX-specific facts Intel certifies in a PCK
// certificate.
type PCKExtensions struct {
	PPID [16]byte
	// CompSVN are the 16 SGX TCB component SVNs (sub-OIDs .2.1–.2.16).
	CompSVN [16]uint8
	// PCESVN is the PCE security version (sub-OID .2.17).
	PCESVN uint16
	// CPUSVN is the raw CPUSVN (sub-OID .2.18).
	CPUSVN [16]byte
	PCEID  [2]byte
	FMSPC  [6]byte
	// SGXType is 0 (Standard), 1 (Scalable) or 2 (Scalable with integrity).
	SGXType int
}

// oidValue is one element of the SGX extension: a SEQUENCE of an OID and a
// value whose type depends on the OID.
type oidValue struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

// ParsePCKExtensions reads the SGX extension of a PCK certificate. The
// PPID, TCB (all 16 component SVNs, PCESVN and CPUSVN), PCE-ID and FMSPC
// are required; each may appear once. Errors wrap attest.ErrCertChain (a
// PCK certificate without a well-formed SGX extension is not a PCK
// certificate).
func ParsePCKExtensions(p Pkg, cert *x509.Certificate) (*PCKExtensions, error) {
	certErr := func(format string, args ...any) error { return p.Errorf(attest.ErrCertChain, format, args...) }
	var raw []byte
	for _, e := range cert.Extensions {
		if e.Id.Equal(OIDSGXExtension) {
			if raw != nil {
				return nil, certErr("PCK certificate has two SGX extensions")
			}
			raw = e.Value
		}
	}
	if raw == nil {
		return nil, certErr("PCK certificate has no SGX extension (OID %s)", OIDSGXExtension)
	}
	var items []oidValue
	if rest, err := asn1.Unmarshal(raw, &items); err != nil || len(rest) != 0 {
		return nil, certErr("SGX extension does not decode: %v", errOrTrailing(err))
	}
	var out PCKExtensions
	seen := map[string]bool{}
	for _, it := range items {
		key := it.ID.String()
		if seen[key] {
			return nil, certErr("SGX extension repeats %s", key)
		}
		seen[key] = true
		var err error
		switch {
		case it.ID.Equal(OIDPPID):
			err = octets(it.Value, out.PPID[:])
		case it.ID.Equal(OIDTCB):
			err = parseTCBExtension(it.Value, &out)
		case it.ID.Equal(OIDPCEID):
			err = octets(it.Value, out.PCEID[:])
		case it.ID.Equal(OIDFMSPC):
			err = octets(it.Value, out.FMSPC[:])
		case it.ID.Equal(OIDSGXType):
			var e asn1.Enumerated
			if _, err = asn1.Unmarshal(it.Value.FullBytes, &e); err == nil {
				out.SGXType = int(e)
			}
		}
		if err != nil {
			return nil, certErr("SGX extension %s: %v", key, err)
		}
	}
	for _, req := range []asn1.ObjectIdentifier{OIDPPID, OIDTCB, OIDPCEID, OIDFMSPC} {
		if !seen[req.String()] {
			return nil, certErr("SGX extension lacks %s", req)
		}
	}
	return &out, nil
}

func parseTCBExtension(v asn1.RawValue, out *PCKExtensions) error {
	var items []oidValue
	if rest, err := asn1.Unmarshal(v.FullBytes, &items); err != nil || len(rest) != 0 {
		return fmt.Errorf("TCB does not decode: %v", errOrTrailing(err))
	}
	var seen [19]bool
	for _, it := range items {
		if len(it.ID) != len(OIDTCB)+1 || !it.ID[:len(OIDTCB)].Equal(OIDTCB) {
			return fmt.Errorf("unexpected TCB element %s", it.ID)
		}
		n := it.ID[len(OIDTCB)]
		if n < 1 || n > 18 {
			return fmt.Errorf("unexpected TCB element %s", it.ID)
		}
		if seen[n] {
			return fmt.Errorf("TCB repeats %s", it.ID)
		}
		seen[n] = true
		switch {
		case n <= 16:
			x, err := smallInt(it.Value, 0xff)
			if err != nil {
				return fmt.Errorf("component %d: %v", n, err)
			}
			out.CompSVN[n-1] = uint8(x)
		case n == 17:
			x, err := smallInt(it.Value, 0xffff)
			if err != nil {
				return fmt.Errorf("PCESVN: %v", err)
			}
			out.PCESVN = uint16(x)
		case n == 18:
			if err := octets(it.Value, out.CPUSVN[:]); err != nil {
				return fmt.Errorf("CPUSVN: %v", err)
			}
		}
	}
	for n := 1; n <= 18; n++ {
		if !seen[n] {
			return fmt.Errorf("TCB lacks element %d", n)
		}
	}
	return nil
}

// octets decodes an OCTET STRING of exactly len(dst) bytes into dst.
func octets(v asn1.RawValue, dst []byte) error {
	var b []byte
	rest, err := asn1.Unmarshal(v.FullBytes, &b)
	if err != nil || len(rest) != 0 {
		return fmt.Errorf("not an OCTET STRING: %v", errOrTrailing(err))
	}
	if len(b) != len(dst) {
		return fmt.Errorf("OCTET STRING of %d bytes, want %d", len(b), len(dst))
	}
	copy(dst, b)
	return nil
}

// smallInt decodes an INTEGER in [0, max].
func smallInt(v asn1.RawValue, max int) (int, error) {
	var x int
	rest, err := asn1.Unmarshal(v.FullBytes, &x)
	if err != nil || len(rest) != 0 {
		return 0, fmt.Errorf("not an INTEGER: %v", errOrTrailing(err))
	}
	if x < 0 || x > max {
		return 0, fmt.Errorf("%d out of range [0, %d]", x, max)
	}
	return x, nil
}

func errOrTrailing(err error) error {
	if err != nil {
		return err
	}
	return fmt.Errorf("trailing data")
}

// SGXTCBAtLeast reports whether the PCK certificate's 16 SGX component SVNs
// and PCESVN are all at least a TCB level's comps and pcesvn: the SGX half
// of matching a TCB level, the same for SGX and TDX TCB info.
func SGXTCBAtLeast(ext *PCKExtensions, comps *[16]uint8, pcesvn uint16) bool {
	if ext.PCESVN < pcesvn {
		return false
	}
	for k := range comps {
		if ext.CompSVN[k] < comps[k] {
			return false
		}
	}
	return true
}
