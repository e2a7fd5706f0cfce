package sevsnp

import (
	"crypto/ecdsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"fmt"

	"github.com/google/go-sev-guest/abi"

	"github.com/teerollup/teerollup/attest"
)

// The AMD KDS certificate extensions of a VCEK or VLEK (AMD "Versioned Chip
// Endorsement Key (VCEK) Certificate and KDS Interface Specification", 57230,
// and its VLEK counterpart), all under 1.3.6.1.4.1.3704.1.
//
// They are parsed here, not with go-sev-guest's kds package, because
// go-sev-guest v0.15.0 refuses every real Turin VCEK: Turin certificates
// carry the FMC security patch level (1.3.6.1.4.1.3704.1.3.9), which its
// parser calls "not an AMD KDS OID"; they have no SPL4 extension
// (1.3.6.1.4.1.3704.1.3.4), which it requires; and their HWID is the 8-byte
// Turin chip ID, where it requires 64 bytes. Upstream does not know the FMC
// extension either, so the fix has to live in this adapter.
var (
	oidKDSStructVersion = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 1}
	oidKDSProductName   = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 2}
	oidKDSHWID          = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 4}
	oidKDSCSPID         = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 5}
	// oidKDSSPLPrefix.n for n in 1..9: 1 BOOT_LOADER, 2 TEE, 3 SNP, 4..7
	// reserved SPLs, 8 MICROCODE, 9 FMC (Turin and later).
	oidKDSSPLPrefix = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 3}
	// The authority key identifier: the ASK, being a CA, may add it; it is
	// the only non-KDS extension the KDS profile allows.
	oidAuthorityKeyID = asn1.ObjectIdentifier{2, 5, 29, 35}
)

const (
	splBootLoader = 1
	splTEE        = 2
	splSNP        = 3
	splMicrocode  = 8
	splFMC        = 9
	maxSPL        = 9
)

// kdsExtensions are the KDS extensions of an endorsement key certificate.
type kdsExtensions struct {
	structVersion uint8
	productName   string
	hwid          []byte // VCEK: the chip ID (64 bytes; 8 on Turin)
	cspID         string // VLEK: the cloud provider
	spl           [maxSPL + 1]uint8
	hasSPL        [maxSPL + 1]bool
}

// parseKDSExtensions reads the KDS extensions of a VCEK or VLEK
// certificate. Any other extension, a duplicate, or a value that is not the
// DER the specification names is attest.ErrMalformed: an unknown extension
// may change the certificate's meaning, so it is refused rather than skipped.
func parseKDSExtensions(cert *x509.Certificate, key abi.ReportSigner) (*kdsExtensions, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: sevsnp: %v certificate extensions: %s", attest.ErrMalformed, key, fmt.Sprintf(format, args...))
	}
	e := &kdsExtensions{}
	seen := map[string]bool{}
	for _, ext := range cert.Extensions {
		if ext.Id.Equal(oidAuthorityKeyID) {
			continue
		}
		id := ext.Id.String()
		if seen[id] {
			return nil, bad("duplicate extension %v", ext.Id)
		}
		seen[id] = true
		switch {
		case ext.Id.Equal(oidKDSStructVersion):
			if err := derUint8(ext, &e.structVersion); err != nil {
				return nil, bad("%v", err)
			}
		case ext.Id.Equal(oidKDSProductName):
			if err := derIA5(ext, &e.productName); err != nil {
				return nil, bad("%v", err)
			}
		case ext.Id.Equal(oidKDSHWID):
			// The KDS writes the HWID as raw bytes, without an OCTET STRING
			// header: 64 bytes (Milan, Genoa) or 8 (Turin).
			if n := len(ext.Value); n != abi.ChipIDSize && n != turinHWIDSize {
				return nil, bad("HWID of %d bytes, want %d or %d", n, abi.ChipIDSize, turinHWIDSize)
			}
			e.hwid = append([]byte(nil), ext.Value...)
		case ext.Id.Equal(oidKDSCSPID):
			if err := derIA5(ext, &e.cspID); err != nil {
				return nil, bad("%v", err)
			}
		case len(ext.Id) == len(oidKDSSPLPrefix)+1 && ext.Id[:len(oidKDSSPLPrefix)].Equal(oidKDSSPLPrefix) &&
			ext.Id[len(oidKDSSPLPrefix)] >= 1 && ext.Id[len(oidKDSSPLPrefix)] <= maxSPL:
			n := ext.Id[len(oidKDSSPLPrefix)]
			if err := derUint8(ext, &e.spl[n]); err != nil {
				return nil, bad("%v", err)
			}
			e.hasSPL[n] = true
		default:
			return nil, bad("not an AMD KDS extension: %v", ext.Id)
		}
	}
	if !seen[oidKDSStructVersion.String()] || e.productName == "" {
		return nil, bad("the structure version and product name are required")
	}
	for _, n := range []int{splBootLoader, splTEE, splSNP, splMicrocode} {
		if !e.hasSPL[n] {
			return nil, bad("no SPL extension %v.%d", oidKDSSPLPrefix, n)
		}
	}
	switch key {
	case abi.VcekReportSigner:
		if e.hwid == nil || e.cspID != "" {
			return nil, bad("a VCEK has an HWID and no CSP_ID")
		}
	case abi.VlekReportSigner:
		if e.hwid != nil || e.cspID == "" {
			return nil, bad("a VLEK has a CSP_ID and no HWID")
		}
	default:
		return nil, bad("unexpected endorsement key")
	}
	return e, nil
}

const turinHWIDSize = 8

// tcb returns the security patch levels the certificate is for.
func (e *kdsExtensions) tcb() tcbParts {
	return tcbParts{
		fmc: e.spl[splFMC], hasFMC: e.hasSPL[splFMC],
		bl: e.spl[splBootLoader], tee: e.spl[splTEE], snp: e.spl[splSNP], ucode: e.spl[splMicrocode],
	}
}

func derUint8(ext pkix.Extension, out *uint8) error {
	var i int
	rest, err := asn1.Unmarshal(ext.Value, &i)
	if err != nil || len(rest) != 0 {
		return fmt.Errorf("extension %v is not a DER INTEGER", ext.Id)
	}
	if i < 0 || i > 255 {
		return fmt.Errorf("extension %v is %d, not a uint8", ext.Id, i)
	}
	*out = uint8(i)
	return nil
}

func derIA5(ext pkix.Extension, out *string) error {
	// asn1.Unmarshal is lax about string tags even with "ia5": check the tag.
	if len(ext.Value) == 0 || ext.Value[0] != asn1.TagIA5String {
		return fmt.Errorf("extension %v is not an IA5String", ext.Id)
	}
	rest, err := asn1.UnmarshalWithParams(ext.Value, out, "ia5")
	if err != nil || len(rest) != 0 {
		return fmt.Errorf("extension %v is not a DER IA5String", ext.Id)
	}
	return nil
}

// checkKDSProfile checks the KDS certificate profile of a VCEK/VLEK whose
// chain to productLine's ARK is already verified: X.509 v3, RSASSA-PSS with
// SHA-384, an ECDSA P-384 key, AMD's subject and issuer names. It is the
// profile go-sev-guest checks, redone here so that certificates its
// extension parser refuses (Turin) are held to the same rules.
// Failures are attest.ErrCertChain.
func checkKDSProfile(cert *x509.Certificate, key abi.ReportSigner, productLine string) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: sevsnp: %v certificate: %s", attest.ErrCertChain, key, fmt.Sprintf(format, args...))
	}
	if cert.Version != 3 {
		return bad("version %d, want 3", cert.Version)
	}
	if cert.SignatureAlgorithm != x509.SHA384WithRSAPSS {
		return bad("signature algorithm %v, want SHA-384 with RSASSA-PSS", cert.SignatureAlgorithm)
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve.Params().Name != "P-384" {
		return bad("public key is not ECDSA P-384")
	}
	if err := amdName(cert.Subject, fmt.Sprintf("SEV-%v", key)); err != nil {
		return bad("subject: %v", err)
	}
	issuer := "SEV-" + productLine
	if key == abi.VlekReportSigner {
		issuer = "SEV-VLEK-" + productLine
	}
	if err := amdName(cert.Issuer, issuer); err != nil {
		return bad("issuer: %v", err)
	}
	return nil
}

// amdName checks the distinguished name AMD's KDS puts in its certificates.
func amdName(n pkix.Name, cn string) error {
	for _, f := range []struct {
		what string
		got  []string
		want string
	}{
		{"country", n.Country, "US"},
		{"locality", n.Locality, "Santa Clara"},
		{"state", n.Province, "CA"},
		{"organization", n.Organization, "Advanced Micro Devices"},
		{"organizational unit", n.OrganizationalUnit, "Engineering"},
	} {
		if len(f.got) != 1 || f.got[0] != f.want {
			return fmt.Errorf("%s %q, want %q", f.what, f.got, f.want)
		}
	}
	if n.CommonName != cn {
		return fmt.Errorf("common name %q, want %q", n.CommonName, cn)
	}
	return nil
}
