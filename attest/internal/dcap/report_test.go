package dcap

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// Moved from attest/sgx with the report body parser.
func TestReportBodyLayout(t *testing.T) {
	var b [ReportBodySize]byte
	for i := range b {
		b[i] = byte(i)
	}
	var r ReportBody
	ParseReportBody(&r, b[:])
	if got := AppendReportBody(nil, &r); !bytes.Equal(got, b[:]) {
		t.Fatal("report body does not round-trip")
	}
	if r.MREnclave[0] != 64 || r.MRSigner[0] != 128 || r.ReportData[0] != byte(320%256) || r.ISVProdID != 0x0100 || r.ISVSVN != 0x0302 {
		t.Fatalf("offsets: %+v", r)
	}
	var a Attributes
	binary.LittleEndian.PutUint64(a[:8], AttributeDebug)
	if !(&ReportBody{Attributes: a}).Debug() || a.Flags() != 2 || a.XFRM() != 0 {
		t.Fatal("debug flag")
	}
}
