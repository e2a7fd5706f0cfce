package nitro

import (
	"bytes"
	"context"
	"crypto/elliptic"
	"crypto/x509"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/attest"
)

func TestSyntheticVerifies(t *testing.T) {
	k := newTestPKI(t)
	r, err := VerifyDocument(context.Background(), synthEvidence(k.doc(t, nil)), k.opts(synthEpoch))
	if err != nil {
		t.Fatal(err)
	}
	c := r.Claims
	if c.Debug || len(c.Measurement) != 144 || c.Measurement[0] != 1 || c.Measurement[48] != 2 || c.Measurement[96] != 3 {
		t.Errorf("claims: debug %v measurement %x", c.Debug, c.Measurement)
	}
	if len(c.Signer) != PCRSize || c.Signer[0] != 9 {
		t.Errorf("signer %x, want PCR8", c.Signer)
	}
	if !c.NotBefore.Equal(synthEpoch) || !c.NotAfter.Equal(k.leaf.cert.NotAfter) {
		t.Errorf("window %v..%v", c.NotBefore, c.NotAfter)
	}
	// The test PKI's documents do not verify under AWS's root.
	if _, err := Verify(context.Background(), synthEvidence(k.doc(t, nil)), Options{Now: at(synthEpoch)}); !errors.Is(err, attest.ErrUnknownRoot) {
		t.Fatalf("test PKI under the AWS root: %v", err)
	}
	// Tag 18 in front of the message means the same document.
	if _, err := Verify(context.Background(), synthEvidence(append([]byte{0xd2}, k.doc(t, nil)...)), k.opts(synthEpoch)); err != nil {
		t.Fatalf("tagged COSE_Sign1: %v", err)
	}
}

// The binding convention: an enclave puts attest.BindingReportData (64
// bytes) into user_data, and attest.CheckBinding accepts the claims for
// that enclave and that deployment only. Any other user_data length gives
// all-zero report data, which no binding matches.
func TestBindingThroughUserData(t *testing.T) {
	k := newTestPKI(t)
	dom := attest.Domain{ChainID: big.NewInt(1), Manager: common.HexToAddress("0x1000000000000000000000000000000000000001")}
	enclave := common.HexToAddress("0x2000000000000000000000000000000000000002")
	rd := attest.BindingReportData(dom, enclave)
	c, err := Verify(context.Background(), synthEvidence(k.doc(t, func(m map[string]any) { m["user_data"] = rd[:] })), k.opts(synthEpoch))
	if err != nil {
		t.Fatal(err)
	}
	if err := attest.CheckBinding(c, dom, enclave); err != nil {
		t.Fatalf("binding: %v", err)
	}
	if err := attest.CheckBinding(c, dom, common.HexToAddress("0x3")); !errors.Is(err, attest.ErrReportData) {
		t.Fatalf("other enclave: %v", err)
	}
	for _, ud := range [][]byte{rd[:32], append(rd[:], 0), nil, {}} {
		c, err := Verify(context.Background(), synthEvidence(k.doc(t, func(m map[string]any) { m["user_data"] = ud })), k.opts(synthEpoch))
		if err != nil {
			t.Fatal(err)
		}
		if c.ReportData != ([attest.ReportDataSize]byte{}) {
			t.Errorf("user_data of %d bytes gave report data %x", len(ud), c.ReportData)
		}
		if err := attest.CheckBinding(c, dom, enclave); !errors.Is(err, attest.ErrReportData) {
			t.Errorf("user_data of %d bytes: binding %v", len(ud), err)
		}
	}
}

func TestDebugIsPCR0Zero(t *testing.T) {
	k := newTestPKI(t)
	c, err := Verify(context.Background(), synthEvidence(k.doc(t, func(m map[string]any) {
		m["pcrs"].(map[uint64][]byte)[0] = make([]byte, PCRSize)
	})), k.opts(synthEpoch))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Debug {
		t.Fatal("PCR0 zero is not debug")
	}
	if err := nitroPolicy().Check(c, synthEpoch); !errors.Is(err, attest.ErrDebug) {
		t.Fatalf("policy: %v", err)
	}
}

// Every strict-parsing rule, on documents the test PKI signs, so that the
// parser (not the signature) is what refuses them.
func TestStrictParsing(t *testing.T) {
	k := newTestPKI(t)
	pcrs := func(m map[string]any) map[uint64][]byte { return m["pcrs"].(map[uint64][]byte) }
	for name, edit := range map[string]func(map[string]any){
		"no module_id":       func(m map[string]any) { delete(m, "module_id") },
		"null module_id":     func(m map[string]any) { m["module_id"] = nil },
		"empty module_id":    func(m map[string]any) { m["module_id"] = "" },
		"long module_id":     func(m map[string]any) { m["module_id"] = string(make([]byte, MaxModuleIDLen+1)) },
		"module_id bytes":    func(m map[string]any) { m["module_id"] = []byte("i-0") },
		"digest SHA256":      func(m map[string]any) { m["digest"] = "SHA256" },
		"no digest":          func(m map[string]any) { delete(m, "digest") },
		"no timestamp":       func(m map[string]any) { delete(m, "timestamp") },
		"zero timestamp":     func(m map[string]any) { m["timestamp"] = uint64(0) },
		"negative timestamp": func(m map[string]any) { m["timestamp"] = int64(-1) },
		"huge timestamp":     func(m map[string]any) { m["timestamp"] = uint64(1 << 63) },
		"text timestamp":     func(m map[string]any) { m["timestamp"] = "2026" },
		"no pcrs":            func(m map[string]any) { delete(m, "pcrs") },
		"empty pcrs":         func(m map[string]any) { m["pcrs"] = map[uint64][]byte{} },
		"no PCR2":            func(m map[string]any) { delete(pcrs(m), 2) },
		"PCR32":              func(m map[string]any) { pcrs(m)[32] = make([]byte, PCRSize) },
		"short PCR":          func(m map[string]any) { pcrs(m)[5] = make([]byte, 32) },
		"long PCR":           func(m map[string]any) { pcrs(m)[5] = make([]byte, 64) },
		"33 PCRs":            func(m map[string]any) { m["pcrs"] = manyPCRs(33) },
		"negative PCR index": func(m map[string]any) {
			m["pcrs"] = map[int64][]byte{-1: make([]byte, PCRSize), 0: make([]byte, PCRSize)}
		},
		"text PCR index":      func(m map[string]any) { m["pcrs"] = map[string][]byte{"0": make([]byte, PCRSize)} },
		"no certificate":      func(m map[string]any) { delete(m, "certificate") },
		"garbage certificate": func(m map[string]any) { m["certificate"] = []byte{0x30, 0x03, 1, 2, 3} },
		"big certificate":     func(m map[string]any) { m["certificate"] = make([]byte, MaxCertSize+1) },
		"no cabundle":         func(m map[string]any) { delete(m, "cabundle") },
		"empty cabundle":      func(m map[string]any) { m["cabundle"] = [][]byte{} },
		"long cabundle":       func(m map[string]any) { m["cabundle"] = make([][]byte, MaxCABundle+1) },
		"empty bundle cert":   func(m map[string]any) { m["cabundle"] = [][]byte{k.root.cert.Raw, {}} },
		"public_key too big":  func(m map[string]any) { m["public_key"] = make([]byte, MaxPublicKeySize+1) },
		"user_data too big":   func(m map[string]any) { m["user_data"] = make([]byte, MaxUserDataSize+1) },
		"nonce too big":       func(m map[string]any) { m["nonce"] = make([]byte, MaxNonceSize+1) },
		"nonce text":          func(m map[string]any) { m["nonce"] = "1234" },
		"unknown field":       func(m map[string]any) { m["extra"] = 1 },
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Verify(context.Background(), synthEvidence(k.doc(t, edit)), k.opts(synthEpoch))
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("%v, want ErrMalformed", err)
			}
		})
	}
}

func manyPCRs(n int) map[uint64][]byte {
	m := map[uint64][]byte{}
	for i := range n {
		m[uint64(i)] = make([]byte, PCRSize)
	}
	return m
}

// Envelope rules: each message below is signed correctly (where it has a
// signature), so only the envelope check can refuse it.
func TestStrictEnvelope(t *testing.T) {
	k := newTestPKI(t)
	payload := mustCBOR(t, k.payloadMap())
	sign := func(protected []byte) []byte { return signDoc(t, k.leaf.key, protected, payload) }
	good := sign(nil)
	// Duplicate payload key: a map with module_id twice, built by hand
	// (a Go map cannot hold it): the signature covers it, the parser
	// must still refuse it.
	dup := append([]byte{0xaa}, payload[1:]...) // one more pair than encoded
	dup = append(dup, mustCBOR(t, "module_id")...)
	dup = append(dup, mustCBOR(t, "i-1")...)
	cases := map[string][]byte{
		"alg ES256":             sign(mustCBOR(t, map[int]int{1: -7})),
		"alg and crit":          sign(mustCBOR(t, map[int]any{1: -35, 2: []int{1}})),
		"empty protected":       sign([]byte{}),
		"protected not a map":   sign(mustCBOR(t, []int{1})),
		"unprotected kid":       mustCBOR(t, []any{mustCBOR(t, map[int]int{1: -35}), map[int]any{4: []byte("k")}, payload, make([]byte, 96)}),
		"null payload":          mustCBOR(t, []any{mustCBOR(t, map[int]int{1: -35}), map[int]any{}, nil, make([]byte, 96)}),
		"short signature":       mustCBOR(t, []any{mustCBOR(t, map[int]int{1: -35}), map[int]any{}, payload, make([]byte, 95)}),
		"three elements":        mustCBOR(t, []any{mustCBOR(t, map[int]int{1: -35}), map[int]any{}, payload}),
		"five elements":         mustCBOR(t, []any{mustCBOR(t, map[int]int{1: -35}), map[int]any{}, payload, make([]byte, 96), 0}),
		"trailing byte":         append(bytes.Clone(good), 0),
		"truncated":             good[:len(good)-1],
		"other tag":             append([]byte{0xd8, 0x62}, good...), // tag 98, COSE_Sign
		"double tag 18":         append([]byte{0xd2, 0xd2}, good...),
		"duplicate payload key": signDoc(t, k.leaf.key, nil, dup),
		"indefinite array":      append(append([]byte{0x9f}, good[1:]...), 0xff),
		"too big":               make([]byte, MaxDocumentSize+1),
		"not CBOR":              []byte("hello"),
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Verify(context.Background(), synthEvidence(raw), k.opts(synthEpoch))
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("%v, want ErrMalformed", err)
			}
		})
	}
	// The evidence envelope.
	for name, ev := range map[string]attest.Evidence{
		"empty":      {Format: attest.FormatNitro},
		"collateral": {Format: attest.FormatNitro, Raw: good, Collateral: []byte("x")},
	} {
		if _, err := Verify(context.Background(), ev, k.opts(synthEpoch)); !errors.Is(err, attest.ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
	}
	if _, err := Verify(context.Background(), attest.Evidence{Format: attest.FormatTDX, Raw: good}, k.opts(synthEpoch)); !errors.Is(err, attest.ErrUnknownFormat) {
		t.Errorf("tdx format: %v", err)
	}
}

// Chain shapes AWS never produces, each signed correctly by the test PKI.
func TestChainShape(t *testing.T) {
	k := newTestPKI(t)
	e := synthEpoch
	p384 := elliptic.P384()
	other := newTestPKI(t)
	caLeaf := issue(t, k.instance, "leaf-ca", newKey(t, p384), true, 0, e.Add(-time.Minute), e.Add(time.Hour), nil)
	p256Leaf := issue(t, k.instance, "leaf-p256", newKey(t, elliptic.P256()), false, 0, e.Add(-time.Minute), e.Add(time.Hour), nil)
	noSignLeaf := issue(t, k.instance, "leaf-nosign", newKey(t, p384), false, 0, e.Add(-time.Minute), e.Add(time.Hour), func(c *x509.Certificate) { c.KeyUsage = x509.KeyUsageKeyEncipherment })
	// An instance CA with path length 0 cannot have a CA below it.
	extra := issue(t, k.instance, "extra-ca", newKey(t, p384), true, -1, e.Add(-time.Hour), e.Add(time.Hour), nil)
	extraLeaf := issue(t, extra, "leaf-under-extra", newKey(t, p384), false, 0, e.Add(-time.Minute), e.Add(time.Hour), nil)
	// A non-CA in the bundle.
	notCA := issue(t, k.zonal, "not-a-ca", newKey(t, p384), false, 0, e.Add(-time.Hour), e.Add(time.Hour), nil)
	notCALeaf := issue(t, notCA, "leaf-under-non-ca", newKey(t, p384), false, 0, e.Add(-time.Minute), e.Add(time.Hour), func(c *x509.Certificate) {})

	type tc struct {
		leaf   *testCA
		bundle [][]byte
		want   error
	}
	b := k.bundle()
	for name, c := range map[string]tc{
		"leaf is a CA":         {caLeaf, b, attest.ErrCertChain},
		"leaf P-256":           {p256Leaf, b, attest.ErrCertChain},
		"leaf may not sign":    {noSignLeaf, b, attest.ErrCertChain},
		"path length exceeded": {extraLeaf, append(bytes2(b), extra.cert.Raw), attest.ErrCertChain},
		"non-CA issuer":        {notCALeaf, [][]byte{b[0], b[1], b[2], notCA.cert.Raw}, attest.ErrCertChain},
		"bundle out of order":  {k.leaf, [][]byte{b[0], b[2], b[1], b[3]}, attest.ErrCertChain},
		"intermediate missing": {k.leaf, [][]byte{b[0], b[1], b[3]}, attest.ErrCertChain},
		"root only":            {k.leaf, [][]byte{b[0]}, attest.ErrCertChain},
		"root not first":       {k.leaf, [][]byte{b[1], b[2], b[3]}, attest.ErrUnknownRoot},
		"other PKI's root":     {k.leaf, append([][]byte{other.root.cert.Raw}, b[1:]...), attest.ErrUnknownRoot},
		"other PKI's bundle":   {k.leaf, other.bundle(), attest.ErrUnknownRoot},
		"root twice":           {k.leaf, append([][]byte{b[0]}, b...), attest.ErrCertChain},
		"other PKI's instance": {k.leaf, [][]byte{b[0], b[1], b[2], other.instance.cert.Raw}, attest.ErrCertChain},
	} {
		t.Run(name, func(t *testing.T) {
			raw := signDoc(t, c.leaf.key, nil, mustCBOR(t, func() map[string]any {
				m := k.payloadMap()
				m["certificate"], m["cabundle"] = c.leaf.cert.Raw, c.bundle
				return m
			}()))
			_, err := Verify(context.Background(), synthEvidence(raw), k.opts(e))
			if !errors.Is(err, c.want) {
				t.Fatalf("%v, want %v", err, c.want)
			}
		})
	}
	// A document signed by a key other than the leaf's.
	raw := signDoc(t, other.leaf.key, nil, mustCBOR(t, k.payloadMap()))
	if _, err := Verify(context.Background(), synthEvidence(raw), k.opts(e)); !errors.Is(err, attest.ErrSignature) {
		t.Fatalf("wrong signing key: %v", err)
	}
	// A timestamp outside the leaf's validity although the chain is valid
	// at the verification time.
	raw = k.doc(t, func(m map[string]any) { m["timestamp"] = uint64(k.leaf.cert.NotBefore.Add(-time.Second).UnixMilli()) })
	if _, err := Verify(context.Background(), synthEvidence(raw), k.opts(e)); !errors.Is(err, attest.ErrExpired) {
		t.Fatalf("timestamp before the leaf: %v", err)
	}
}

func bytes2(b [][]byte) [][]byte { return append([][]byte(nil), b...) }

func TestOptions(t *testing.T) {
	k := newTestPKI(t)
	raw := k.doc(t, nil)
	bad := map[string]Options{
		"nil root":      {TrustedRoots: []*x509.Certificate{nil}},
		"non-CA root":   {TrustedRoots: []*x509.Certificate{k.leaf.cert}},
		"negative skew": {ClockSkew: -time.Second},
	}
	for name, o := range bad {
		if err := o.Validate(); !errors.Is(err, ErrInvalidOptions) || !errors.Is(err, attest.ErrConfig) {
			t.Errorf("%s: Validate %v", name, err)
		}
		if _, err := Verify(context.Background(), synthEvidence(raw), o); !errors.Is(err, attest.ErrConfig) {
			t.Errorf("%s: Verify %v", name, err)
		}
		if _, err := NewVerifier(o).Verify(context.Background(), synthEvidence(raw)); !errors.Is(err, attest.ErrConfig) {
			t.Errorf("%s: NewVerifier %v", name, err)
		}
	}
	// Options are copied: changing the caller's slice later changes nothing.
	roots := []*x509.Certificate{k.root.cert}
	v := NewVerifier(Options{TrustedRoots: roots, Now: at(synthEpoch)})
	roots[0] = newTestPKI(t).root.cert
	if _, err := v.Verify(context.Background(), synthEvidence(raw)); err != nil {
		t.Fatalf("after the caller changed its roots: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Verify(ctx, synthEvidence(raw), k.opts(synthEpoch)); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled context: %v", err)
	}
}

// The zero Options use the system clock: a real 2022 document is expired
// today, never accepted.
func TestDefaultClock(t *testing.T) {
	if _, err := Verify(context.Background(), evidence(readDoc(t, realDocs[0].file)), Options{}); !errors.Is(err, attest.ErrExpired) {
		t.Fatalf("%v, want ErrExpired", err)
	}
}
