package csv

import (
	"crypto/hmac"
	"crypto/rand"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/emmansun/gmsm/sm2"
	"github.com/emmansun/gmsm/sm3"
	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/cryptobyte/asn1"

	"github.com/teerollup/teerollup/attest"
)

// A synthetic Hygon-shaped chain: HRK, HSK, CEK and PEK of test keys in
// Hygon's formats, signed as Hygon signs (SM2/SM3, the signer's user ID),
// and reports of every version signed by the PEK. It exercises the full
// path that the real data cannot: no public report chains to public
// certificates except csv-rs's single version 1 report.

type testKey struct {
	priv  *sm2.PrivateKey
	uid   []byte
	usage Usage
}

func newTestKey(tb testing.TB, usage Usage) *testKey {
	tb.Helper()
	k, err := sm2.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	return &testKey{priv: k, uid: []byte("HYGON-SSD-" + usage.String()), usage: usage}
}

// putLE writes v as a 72-byte little-endian field.
func putLE(dst []byte, v *big.Int) {
	be := v.FillBytes(make([]byte, keyBytes))
	for i := range keyBytes {
		dst[i] = be[keyBytes-1-i]
	}
}

// sign returns an SM2 signature (r, s) over msg with k's user ID.
func (k *testKey) sign(tb testing.TB, msg []byte) (r, s *big.Int) {
	tb.Helper()
	der, err := k.priv.SignWithSM2(rand.Reader, k.uid, msg)
	if err != nil {
		tb.Fatal(err)
	}
	r, s = new(big.Int), new(big.Int)
	in := cryptobyte.String(der)
	var seq cryptobyte.String
	if !in.ReadASN1(&seq, asn1.SEQUENCE) || !seq.ReadASN1Integer(r) || !seq.ReadASN1Integer(s) {
		tb.Fatal("bad SM2 signature encoding")
	}
	return r, s
}

func (k *testKey) putKey(dst []byte) {
	binary.LittleEndian.PutUint32(dst, curveSM2)
	putLE(dst[4:], k.priv.X)
	putLE(dst[4+coordSize:], k.priv.Y)
}

func (k *testKey) putUID(dst []byte) {
	binary.LittleEndian.PutUint16(dst, uint16(len(k.uid)))
	copy(dst[2:], k.uid)
}

// caCert makes an HRK or HSK certificate for k with the given key IDs,
// signed by signer.
func caCert(tb testing.TB, k *testKey, kid, sid [16]byte, signer *testKey) []byte {
	b := make([]byte, CACertSize)
	binary.LittleEndian.PutUint32(b, 1)
	copy(b[4:], kid[:])
	copy(b[20:], sid[:])
	binary.LittleEndian.PutUint32(b[36:], uint32(k.usage))
	k.putKey(b[64:])
	k.putUID(b[212:])
	r, s := signer.sign(tb, b[:caBodySize])
	putLE(b[576:], r)
	putLE(b[648:], s)
	return b
}

// csvCert makes a CEK or PEK certificate for k signed by signer in slot 0
// (and, for a PEK, by an owner's OCA in slot 1, which is never verified).
func csvCert(tb testing.TB, k *testKey, signer, oca *testKey) []byte {
	b := make([]byte, CSVCertSize)
	binary.LittleEndian.PutUint32(b, 1)
	b[4], b[5] = 1, 3
	binary.LittleEndian.PutUint32(b[8:], uint32(k.usage))
	binary.LittleEndian.PutUint32(b[12:], AlgoSM2Sign)
	k.putKey(b[16:])
	k.putUID(b[164:])
	for i, sg := range []*testKey{signer, oca} {
		slot := b[csvBodySize+i*sigSlotSize:]
		if sg == nil {
			binary.LittleEndian.PutUint32(slot, 0x1000) // Hygon's empty slot
			continue
		}
		binary.LittleEndian.PutUint32(slot, uint32(sg.usage))
		binary.LittleEndian.PutUint32(slot[4:], AlgoSM2Sign)
		r, s := sg.sign(tb, b[:csvBodySize])
		putLE(slot[8:], r)
		putLE(slot[8+coordSize:], s)
	}
	return b
}

type synthPKI struct {
	hrk, hsk, cek, pek, oca *testKey
	hrkCert, hskCert        []byte
	cekCert, pekCert        []byte
	roots                   []*CACertificate
}

func newSynthPKI(tb testing.TB) *synthPKI {
	tb.Helper()
	p := &synthPKI{
		hrk: newTestKey(tb, UsageHRK), hsk: newTestKey(tb, UsageHSK),
		cek: newTestKey(tb, UsageCEK), pek: newTestKey(tb, UsagePEK), oca: newTestKey(tb, UsageOCA),
	}
	hrkID, hskID := [16]byte{1, 2, 3}, [16]byte{4, 5, 6}
	p.hrkCert = caCert(tb, p.hrk, hrkID, hrkID, p.hrk)
	p.hskCert = caCert(tb, p.hsk, hskID, hrkID, p.hrk)
	p.cekCert = csvCert(tb, p.cek, p.hsk, nil)
	p.pekCert = csvCert(tb, p.pek, p.cek, p.oca)
	root, err := ParseCACertificate(p.hrkCert)
	if err != nil {
		tb.Fatal(err)
	}
	p.roots = []*CACertificate{root}
	return p
}

func (p *synthPKI) hskCEK() []byte { return append(append([]byte(nil), p.hskCert...), p.cekCert...) }

// reportParams are the fields of a synthetic report.
type reportParams struct {
	version     int
	reportData  [64]byte
	measurement [32]byte
	policy      Policy
	anonce      uint32 // version 1 only
	build       uint32
	restored    bool // the signer block as csv-rs's get_report leaves it
}

func defaultParams(version int) reportParams {
	p := reportParams{version: version, policy: 0x1 | 0x20, anonce: 0x5dc7d726, build: 2024}
	for i := range p.measurement {
		p.measurement[i] = byte(0xa0 + i)
	}
	copy(p.reportData[:], "synthetic report data")
	return p
}

// report builds a report signed by pek, in the layout of rp.version.
func (p *synthPKI) report(tb testing.TB, rp reportParams, pek *testKey, pekCert []byte) (magic [16]byte, flags uint32, body []byte) {
	tb.Helper()
	le := binary.LittleEndian
	teeSize, sigOff, signed := teeInfoV1Size, sigV1Offset, signedV1
	an := rp.anonce
	switch rp.version {
	case 1:
	case 2:
		magic, flags = ExtMagic, FlagExt
	case 3:
		magic, flags = ExtMagic, FlagExt|FlagExtHostData
	}
	if rp.version > 1 {
		teeSize, sigOff, signed, an = teeInfoV2Size, sigV2Offset, signedV2, 0
	}
	var anb [4]byte
	le.PutUint32(anb[:], an)
	mask := func(b []byte) {
		for i := range b {
			b[i] ^= anb[i%4]
		}
	}
	body = make([]byte, teeSize+signerBlockSize)
	mnonce := []byte("0123456789abcdef")
	copy(body[64:], rp.reportData[:])
	copy(body[128:], mnonce)
	copy(body[144:], rp.measurement[:])
	le.PutUint32(body[176:], uint32(rp.policy))
	le.PutUint32(body[180:], uint32(UsagePEK))
	le.PutUint32(body[184:], AlgoSM2Sign)
	mask(body[:188]) // version 1 masks every field before the anonce
	if rp.version == 1 {
		le.PutUint32(body[188:], an)
	} else {
		le.PutUint32(body[188:], rp.build)
		le.PutUint16(body[192:], 1)
		for i := range numRTMRs {
			for j := range rtmrSize {
				body[208+i*rtmrSize+j] = byte(i*rtmrSize + j)
			}
		}
		copy(body[208:], rp.measurement[:]) // RTMR0 is the launch digest
		if rp.version == 3 {
			copy(body[960:], "host data")
		}
	}
	r, s := pek.sign(tb, body[:signed])
	putLE(body[sigOff:], r)
	putLE(body[sigOff+coordSize:], s)

	blk := body[teeSize:]
	copy(blk, pekCert)
	copy(blk[CSVCertSize:], "SYNTH0001")
	mask(blk[:CSVCertSize+64])
	if !rp.restored {
		copy(blk[CSVCertSize+64:], "firmware reserved bytes, random")
	}
	m := hmac.New(sm3.New, mnonce)
	m.Write(blk[:CSVCertSize+64+32])
	copy(blk[CSVCertSize+64+32:], m.Sum(nil))
	if rp.restored {
		mask(blk[:CSVCertSize+64])
	}
	return magic, flags, body
}

func (p *synthPKI) evidence(tb testing.TB, rp reportParams) attest.Evidence {
	tb.Helper()
	magic, flags, body := p.report(tb, rp, p.pek, p.pekCert)
	ev, err := NewEvidence(Evidence{ReportMagic: magic, ReportFlags: flags, Report: body, HSKCEK: p.hskCEK()})
	if err != nil {
		tb.Fatal(err)
	}
	return ev
}
