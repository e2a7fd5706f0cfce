package sevsnp

import (
	"fmt"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/uuid"

	"github.com/teerollup/teerollup/attest"
)

// Certificates is the content of attest.Evidence.Collateral for SEV-SNP.
//
// Encoding: the certificate table of the SEV-SNP extended guest request
// (GHCB spec, SNP_GUEST_REQUEST / MSG_REPORT_REQ with certificates;
// SEV-SNP firmware ABI "certificate table"): a list of 24-byte entries
// (16-byte GUID, little-endian uint32 offset and length from the start of the
// table) closed by an all-zero entry, followed by the DER certificates. It is
// what the Linux kernel returns with the report, through the configfs-tsm
// report "auxblob" or the SNP_GET_EXT_REPORT ioctl of /dev/sev-guest, and
// what go-sev-guest's client appends to the report; hosts fill it with
// snphost or SNP_SET_EXT_CONFIG. Entries by GUID:
//
//	63da758d-e664-4564-adc5-f4b93be8accd  VCEK
//	a8074bc2-a25a-483e-aae6-39c045a0b8a1  VLEK
//	4ab7b379-bbac-4fe4-a02f-05aef327c782  ASK
//	c0b406a4-a803-4952-9743-3fb6014cd0ae  ARK
//
// Other entries (e.g. go-sev-guest's extra platform info) are ignored. The
// ARK in the table is never trusted: trust comes from Options.TrustedRoots.
// A certificate fetched from the AMD KDS (DER) can be turned into a table
// with Marshal.
type Certificates struct {
	VCEK, VLEK, ASK, ARK []byte // DER, any may be empty
}

var (
	guidVCEK = uuid.MustParse(abi.VcekGUID)
	guidVLEK = uuid.MustParse(abi.VlekGUID)
	guidASK  = uuid.MustParse(abi.AskGUID)
	guidARK  = uuid.MustParse(abi.ArkGUID)
)

// Marshal encodes c as a certificate table (nil if c is empty).
func (c Certificates) Marshal() []byte {
	var t abi.CertTable
	for _, e := range []struct {
		guid uuid.UUID
		der  []byte
	}{{guidARK, c.ARK}, {guidASK, c.ASK}, {guidVCEK, c.VCEK}, {guidVLEK, c.VLEK}} {
		if len(e.der) > 0 {
			t.Entries = append(t.Entries, abi.CertTableEntry{GUID: e.guid, RawCert: append([]byte(nil), e.der...)})
		}
	}
	return t.Marshal()
}

// ParseCertificates decodes a certificate table. Errors wrap
// attest.ErrMalformed; a GUID that appears twice is an error.
func ParseCertificates(table []byte) (certs *Certificates, err error) {
	// go-sev-guest's table parser does not guard offset+length overflow.
	defer func() {
		if r := recover(); r != nil {
			certs, err = nil, fmt.Errorf("%w: sevsnp: certificate table: go-sev-guest panicked: %v", attest.ErrMalformed, r)
		}
	}()
	var t abi.CertTable
	if err := t.Unmarshal(table); err != nil {
		return nil, fmt.Errorf("%w: sevsnp: certificate table: %v", attest.ErrMalformed, err)
	}
	c := &Certificates{}
	seen := map[uuid.UUID]bool{}
	for _, e := range t.Entries {
		if seen[e.GUID] {
			return nil, fmt.Errorf("%w: sevsnp: certificate table: entry %s appears twice", attest.ErrMalformed, e.GUID)
		}
		seen[e.GUID] = true
		switch e.GUID {
		case guidVCEK:
			c.VCEK = e.RawCert
		case guidVLEK:
			c.VLEK = e.RawCert
		case guidASK:
			c.ASK = e.RawCert
		case guidARK:
			c.ARK = e.RawCert
		}
	}
	return c, nil
}
