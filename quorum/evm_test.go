package quorum_test

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
)

// evm is a deployed QuorumVerifierHarness.
type evm struct {
	chain *chaintest.Chain
	addr  common.Address
	h     *bindings.QuorumVerifierHarness
}

func newEVM(tb testing.TB) *evm {
	tb.Helper()
	c := chaintest.New(tb)
	addr := c.Deploy(tb, &bindings.QuorumVerifierHarnessMetaData, nil)
	return &evm{chain: c, addr: addr, h: bindings.NewQuorumVerifierHarness()}
}

func (e *evm) domain() quorum.Domain {
	return quorum.Domain{ChainID: e.chain.ChainID, Verifier: e.addr}
}

// check returns the contract's verdict and the library's execution gas.
func (e *evm) check(tb testing.TB, s quorum.Scheme, ch common.Hash, committee, rule []byte, digest common.Hash, qc []byte) (quorum.Reason, uint64) {
	tb.Helper()
	var data []byte
	if s == quorum.SchemeBLS {
		data = e.h.PackCheckBLS(ch, committee, rule, digest, qc)
	} else {
		data = e.h.PackCheckECDSA(ch, committee, rule, digest, qc)
	}
	out := e.chain.Call(tb, e.addr, data)
	var code, gas *big.Int
	if s == quorum.SchemeBLS {
		r, err := e.h.UnpackCheckBLS(out)
		if err != nil {
			tb.Fatal(err)
		}
		code, gas = r.Code, r.GasUsed
	} else {
		r, err := e.h.UnpackCheckECDSA(out)
		if err != nil {
			tb.Fatal(err)
		}
		code, gas = r.Code, r.GasUsed
	}
	return quorum.Reason(code.Uint64()), gas.Uint64()
}

func (e *evm) registration(tb testing.TB, committee, pops []byte) quorum.Reason {
	tb.Helper()
	out := e.chain.Call(tb, e.addr, e.h.PackCheckRegistration(committee, pops))
	code, err := e.h.UnpackCheckRegistration(out)
	if err != nil {
		tb.Fatal(err)
	}
	return quorum.Reason(code.Uint64())
}

func TestContractConstants(t *testing.T) {
	e := newEVM(t)
	out := e.chain.Call(t, e.addr, e.h.PackVoteDST())
	vote, err := e.h.UnpackVoteDST(out)
	if err != nil {
		t.Fatal(err)
	}
	out = e.chain.Call(t, e.addr, e.h.PackPopDST())
	pop, err := e.h.UnpackPopDST(out)
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(vote) != quorum.VoteDST || common.Hash(pop) != quorum.PoPDST {
		t.Fatalf("domain tags differ: contract %x %x, Go %x %x", vote, pop, quorum.VoteDST, quorum.PoPDST)
	}
	// attest's notion of a valid kind must match the contract's 1..5.
	for k := 0; k < 256; k++ {
		want := k >= 1 && k <= int(quorum.MaxKind)
		if attest.Kind(k).Valid() != want {
			t.Fatalf("attest.Kind(%d).Valid() = %v: the contract's kind range (1..%d) must change with it", k, !want, quorum.MaxKind)
		}
	}
}

func TestVoteDigestMatchesContractAndEIP712(t *testing.T) {
	e := newEVM(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		var h common.Hash
		for j := range h {
			h[j] = byte(rng.Uint32())
		}
		d := quorum.Domain{ChainID: new(big.Int).SetUint64(rng.Uint64() | 1), Verifier: common.BigToAddress(new(big.Int).SetUint64(rng.Uint64() | 1))}
		if i == 0 {
			d = e.domain()
			out := e.chain.Call(t, e.addr, e.h.PackVoteDigest(h))
			got, err := e.h.UnpackVoteDigest(out)
			if err != nil {
				t.Fatal(err)
			}
			if common.Hash(got) != quorum.VoteDigest(d, h) {
				t.Fatalf("harness digest %x, Go %x", got, quorum.VoteDigest(d, h))
			}
		}
		want := quorum.VoteDigest(d, h)
		out := e.chain.Call(t, e.addr, e.h.PackVoteDigestFor(d.ChainID, d.Verifier, h))
		got, err := e.h.UnpackVoteDigestFor(out)
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(got) != want {
			t.Fatalf("case %d: contract digest %x, Go %x", i, got, want)
		}
		// Independent check with go-ethereum's EIP-712 implementation.
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
				"Vote":         {{Name: "headerHash", Type: "bytes32"}},
			},
			PrimaryType: "Vote",
			Domain:      apitypes.TypedDataDomain{Name: "teerollup", Version: "1", ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.Verifier.Hex()},
			Message:     apitypes.TypedDataMessage{"headerHash": h[:]},
		}
		ref, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if common.BytesToHash(ref) != want {
			t.Fatalf("case %d: apitypes digest %x, Go %x", i, ref, want)
		}
	}
}

func TestHashToG1MatchesContract(t *testing.T) {
	e := newEVM(t)
	for i := range 24 {
		dst := quorum.VoteDST
		if i%2 == 1 {
			dst = quorum.PoPDST
		}
		msg := crypto.Keccak256Hash([]byte(fmt.Sprintf("msg %d", i)))
		want, err := quorum.HashToG1(dst, msg)
		if err != nil {
			t.Fatal(err)
		}
		out := e.chain.Call(t, e.addr, e.h.PackHashToG1(dst, msg))
		got, err := e.h.UnpackHashToG1(out)
		if err != nil {
			t.Fatal(err)
		}
		var enc quorum.G1Point
		got.X.FillBytes(enc[:32])
		got.Y.FillBytes(enc[32:])
		if !got.Ok || enc != want {
			t.Fatalf("message %d: contract (%x, ok=%v), Go %x", i, enc, got.Ok, want)
		}
	}
}

// diffCase is one input to both verifiers.
type diffCase struct {
	name      string
	scheme    quorum.Scheme
	hash      common.Hash
	committee []byte
	rule      []byte
	digest    common.Hash
	qc        []byte
}

// TestDifferential feeds random committees, signer sets, rules and
// corruptions to the Go verifier and the contract and requires the same
// verdict class for each.
//
// The seed is fixed so failures reproduce; QUORUM_DIFF_SEED overrides it
// and QUORUM_DIFF_CASES the number of cases, to explore further.
func TestDifferential(t *testing.T) {
	seed := uint64(20260101)
	cases := 600
	if s := os.Getenv("QUORUM_DIFF_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("QUORUM_DIFF_SEED: %v", err)
		}
		seed = v
	}
	if s := os.Getenv("QUORUM_DIFF_CASES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("QUORUM_DIFF_CASES: %v", err)
		}
		cases = v
	}
	if testing.Short() && os.Getenv("QUORUM_DIFF_CASES") == "" {
		cases = 150
	}
	e := newEVM(t)
	d := e.domain()
	rng := rand.New(rand.NewPCG(seed, 0xd1ff))
	verdicts := map[quorum.Reason]int{}
	mutations := map[string]int{}
	for i := range cases {
		c := genCase(t, rng, d, i)
		goErr := quorum.VerifyEncoded(c.scheme, c.hash, c.committee, c.rule, c.digest, c.qc)
		want := quorum.ReasonOf(goErr)
		got, _ := e.check(t, c.scheme, c.hash, c.committee, c.rule, c.digest, c.qc)
		if got != want {
			t.Fatalf("seed %d case %d (%s, %s): contract says %s, Go says %s (%v)\ncommittee %x\nrule %x\ndigest %x\nqc %x",
				seed, i, c.scheme, c.name, got, want, goErr, c.committee, c.rule, c.digest, c.qc)
		}
		verdicts[want]++
		mutations[c.name]++
	}
	t.Logf("seed %d: %d cases, verdicts %v", seed, cases, verdicts)
	t.Logf("mutations %v", mutations)
	for r := quorum.ReasonOK; r <= quorum.ReasonSignature; r++ {
		if verdicts[r] == 0 {
			t.Errorf("seed %d: no case produced verdict %s; widen the generator", seed, r)
		}
	}
}

var kindChoices = []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP, attest.KindCSV, attest.KindCCA}

// genCase builds one random, possibly corrupted, case.
func genCase(tb testing.TB, rng *rand.Rand, d quorum.Domain, i int) diffCase {
	tb.Helper()
	scheme := quorum.SchemeECDSA
	if rng.IntN(5) < 2 {
		scheme = quorum.SchemeBLS
	}
	n := 1 + rng.IntN(20)
	if rng.IntN(10) == 0 {
		n = 21 + rng.IntN(poolSize-21)
	}
	var specs []spec
	if rng.IntN(2) == 0 && n >= 3 {
		specs = paperSpecs(n)
	} else {
		nk := 1 + rng.IntN(len(kindChoices))
		for j := range n {
			specs = append(specs, spec{kind: kindChoices[rng.IntN(nk)], weight: uint64(rng.IntN(11))})
			_ = j
		}
	}
	perm := rng.Perm(poolSize)
	for j := range specs {
		specs[j].key = perm[j]
	}
	outsider := keyPool()[perm[n]] // a key that is not a member
	withBLS := scheme == quorum.SchemeBLS || rng.IntN(4) == 0
	c, ss := buildFast(tb, specs, withBLS)

	// The rule: a random leaf or conjunction, with parameters near what
	// the committee can reach.
	rule := genRule(rng, c)

	// Signers: a random non-empty subset.
	p := []float64{0.3, 0.6, 0.9, 1}[rng.IntN(4)]
	var idx []int
	for j := range n {
		if rng.Float64() < p {
			idx = append(idx, j)
		}
	}
	if len(idx) == 0 {
		idx = []int{rng.IntN(n)}
	}
	var header common.Hash
	fill(rng, header[:])
	digest := quorum.VoteDigest(d, header)
	var other common.Hash
	fill(rng, other[:])

	dc := diffCase{name: "honest", scheme: scheme, digest: digest, rule: mustEncodeRule(rule)}
	var qcb []byte
	var eq *quorum.ECDSAQC
	var bq *quorum.BLSQC
	if scheme == quorum.SchemeECDSA {
		eq = ecdsaQC(tb, c, ss, d, header, idx)
	} else {
		bq = blsQC(tb, c, ss, d, header, idx)
	}
	committee := c.Encode()

	// Corruptions.
	mut := rng.IntN(24)
	switch mut {
	case 0, 1, 2, 3:
		// honest: valid or rule not met
	case 4:
		dc.name = "wrong-message"
		if eq != nil {
			k := rng.IntN(len(eq.Sigs))
			v, _ := quorum.SignVote(quorum.KeySigner(ss[eq.Signers.Indices()[k]].ecdsa), d, other)
			eq.Sigs[k] = v.Sig
		} else {
			bq = blsQC(tb, c, ss, d, other, idx)
		}
	case 5:
		dc.name = "non-member"
		if eq != nil {
			k := rng.IntN(len(eq.Sigs))
			v, _ := quorum.SignVote(quorum.KeySigner(outsider.ecdsa), d, header)
			eq.Sigs[k] = v.Sig
		} else {
			s, _ := outsider.bls.Sign(digest)
			bq.Sig, _ = quorum.AggregateSignatures(bq.Sig, s)
			bq.APK, _ = quorum.AggregatePublicKeys(bq.APK, outsider.pk.G2)
		}
	case 6:
		dc.name = "duplicate-signature"
		if eq != nil && len(eq.Sigs) >= 2 {
			a, b := rng.IntN(len(eq.Sigs)), rng.IntN(len(eq.Sigs))
			if a == b {
				b = (a + 1) % len(eq.Sigs)
			}
			eq.Sigs[b] = eq.Sigs[a]
		} else if bq != nil && len(idx) < n {
			// claim a non-signer without its signature
			for j := range n {
				if !bq.Signers.Has(j) {
					bq.Signers.Add(j)
					break
				}
			}
		} else {
			dc.name = "honest"
		}
	case 7:
		dc.name = "malleable"
		if eq != nil {
			k := rng.IntN(len(eq.Sigs))
			eq.Sigs[k] = highS(eq.Sigs[k])
		} else {
			bq.Sig = negG1(bq.Sig)
		}
	case 8:
		dc.name = "bad-v"
		if eq != nil {
			k := rng.IntN(len(eq.Sigs))
			eq.Sigs[k][64] = []byte{0, 1, 29, 26}[rng.IntN(4)]
		} else {
			fill(rng, bq.Sig[:]) // almost surely not a point
		}
	case 9:
		dc.name = "tampered-bitmap"
		j := rng.IntN(n)
		if eq != nil {
			if eq.Signers.Has(j) {
				eq.Signers.Remove(j)
			} else {
				eq.Signers.Add(j)
			}
		} else {
			if bq.Signers.Has(j) {
				bq.Signers.Remove(j)
			} else {
				bq.Signers.Add(j)
			}
		}
	case 10:
		dc.name = "truncated-qc"
	case 11:
		dc.name = "wrong-committee-hash"
	case 12:
		dc.name = "bad-committee-shape"
	case 13:
		dc.name = "bad-member"
	case 14:
		dc.name = "bad-rule"
	case 15:
		dc.name = "qc-byte-flip"
	case 16:
		dc.name = "missing-kinds"
		// signers of one kind only, rule asks for 2+ kinds
		kind := c.Members[idx[0]].Kind
		var only []int
		for j, m := range c.Members {
			if m.Kind == kind {
				only = append(only, j)
			}
		}
		dc.rule = quorum.DistinctKinds{K: uint8(2 + rng.IntN(2))}.Encode()
		if eq != nil {
			eq = ecdsaQC(tb, c, ss, d, header, only)
		} else {
			bq = blsQC(tb, c, ss, d, header, only)
		}
	case 17:
		dc.name = "scheme-swap"
		if eq != nil && c.HasBLS() {
			dc.scheme = quorum.SchemeBLS
			bq, eq = blsQC(tb, c, ss, d, header, idx), nil
		} else if bq != nil {
			// an ECDSA QC over the BLS committee: valid path
			eq, bq = ecdsaQC(tb, c, ss, d, header, idx), nil
			dc.scheme = quorum.SchemeECDSA
		} else {
			// a BLS QC over an ECDSA-only committee
			dc.scheme = quorum.SchemeBLS
			bq, eq = &quorum.BLSQC{N: n, Signers: eq.Signers}, nil
		}
	case 18:
		dc.name = "bad-apk"
		if bq != nil {
			switch rng.IntN(3) {
			case 0:
				bq.APK = quorum.G2Point{}
			case 1:
				bq.APK = ss[rng.IntN(n)].pk.G2
			case 2:
				bq.APK[127] ^= 1
			}
		} else {
			k := rng.IntN(len(eq.Sigs))
			clear(eq.Sigs[k][:32]) // r = 0
		}
	case 19:
		dc.name = "empty-bitmap"
		if eq != nil {
			eq = &quorum.ECDSAQC{N: n}
		} else {
			bq.Signers = quorum.Bitset{}
		}
	case 20:
		dc.name = "identity-sigma"
		if bq != nil {
			bq.Sig = quorum.G1Point{}
		} else {
			k := rng.IntN(len(eq.Sigs))
			// s = n - 1 (> n/2) or s = 0
			if rng.IntN(2) == 0 {
				clear(eq.Sigs[k][32:64])
			} else {
				copy(eq.Sigs[k][32:64], new(big.Int).Sub(crypto.S256().Params().N, big.NewInt(1)).Bytes())
			}
		}
	default:
		dc.name = "honest"
	}
	if eq != nil {
		qcb = eq.Encode()
	} else {
		qcb = bq.Encode()
	}
	switch mut {
	case 10:
		switch {
		case len(qcb) > 0 && rng.IntN(2) == 0:
			qcb = qcb[:rng.IntN(len(qcb))]
		default:
			qcb = append(qcb, byte(rng.Uint32()))
		}
	case 11:
		fill(rng, dc.hash[:])
	case 12:
		switch rng.IntN(4) {
		case 0:
			committee = committee[:len(committee)-1-rng.IntN(5)]
		case 1:
			committee = append(committee, 0)
		case 2:
			committee[0] = byte(2 + rng.IntN(254))
		case 3:
			committee = committee[:1]
		}
	case 13:
		committee = corruptMember(rng, committee, c.HasBLS())
	case 14:
		dc.rule = badRule(rng)
	case 15:
		if len(qcb) > 0 {
			qcb[rng.IntN(len(qcb))] ^= byte(1 << rng.IntN(8))
		}
	}
	if mut != 11 {
		dc.hash = crypto.Keccak256Hash(committee)
	}
	dc.committee, dc.qc = committee, qcb
	return dc
}

// buildFast is build without proofs of possession (they are registration
// data, irrelevant to verification, and slow to make 600 times).
func buildFast(tb testing.TB, specs []spec, withBLS bool) (*quorum.Committee, []signer) {
	c, ss := build(tb, specs, false)
	if withBLS {
		for i := range c.Members {
			pk := *ss[i].pk
			c.Members[i].BLS = &pk
		}
	}
	return c, ss
}

func genRule(rng *rand.Rand, c *quorum.Committee) quorum.Rule {
	n := c.Len()
	var total uint64
	for _, m := range c.Members {
		total += m.Weight
	}
	leaf := func() quorum.Rule {
		switch rng.IntN(4) {
		case 0:
			return quorum.MOfN{M: uint16(1 + rng.IntN(n+1))}
		case 1:
			return quorum.DistinctKinds{K: uint8(1 + rng.IntN(4))}
		case 2:
			return quorum.PerKind{Percent: uint8(1 + rng.IntN(100))}
		default:
			return quorum.Weighted{Threshold: 1 + rng.Uint64N(total+2)}
		}
	}
	if rng.IntN(4) == 0 {
		all := quorum.All{}
		for range 2 + rng.IntN(3) {
			all.Rules = append(all.Rules, leaf())
		}
		return all
	}
	return leaf()
}

func badRule(rng *rand.Rand) []byte {
	switch rng.IntN(8) {
	case 0:
		return nil
	case 1:
		return []byte{0x01, 0x00, 0x00} // m = 0
	case 2:
		return []byte{0x03, 101} // percent > 100
	case 3:
		return []byte{0x02, 0x02, 0x00} // trailing byte
	case 4:
		return []byte{0x05, 0x01, 0x05, 0x01, 0x02, 0x01} // nested all
	case 5:
		return []byte{0x04, 0, 0, 0, 0, 0, 0, 0} // truncated weighted
	case 6:
		return []byte{byte(6 + rng.IntN(250)), 1, 1}
	default:
		b := make([]byte, 1+rng.IntN(12))
		fill(rng, b)
		return b
	}
}

// corruptMember breaks one member of an encoded committee.
func corruptMember(rng *rand.Rand, enc []byte, withBLS bool) []byte {
	enc = slices.Clone(enc)
	size := quorum.MemberSize
	if withBLS {
		size = quorum.BLSMemberSize
	}
	n := (len(enc) - 1) / size
	i := rng.IntN(n)
	p := enc[1+i*size : 1+(i+1)*size]
	choices := 4
	if withBLS {
		choices = 6
	}
	switch rng.IntN(choices) {
	case 0:
		p[20] = []byte{0, 6, 7, 200, 255}[rng.IntN(5)] // kind out of range
	case 1:
		clear(p[:20]) // zero address
	case 2:
		if n >= 2 { // swap with the next member: unsorted
			j := (i + 1) % n
			q := enc[1+j*size : 1+(j+1)*size]
			tmp := slices.Clone(p)
			copy(p, q)
			copy(q, tmp)
		} else {
			p[20] = 0
		}
	case 3:
		binary.BigEndian.PutUint64(p[21:29], rng.Uint64()) // a weight: still valid
	case 4:
		p[92] ^= 1 // G1 key off the curve
	case 5:
		clear(p[29:93]) // identity key
	}
	return enc
}

// highS returns the other signature of the same (r, s): (r, n - s, v ^ 1).
func highS(sig [65]byte) [65]byte {
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(sig[32:64])
	sig[64] = 55 - sig[64] // 27 <-> 28
	return sig
}

// negG1 negates an EVM-encoded G1 point: (x, p - y).
func negG1(p quorum.G1Point) quorum.G1Point {
	fp, _ := new(big.Int).SetString("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16)
	y := new(big.Int).SetBytes(p[32:])
	if y.Sign() != 0 {
		y.Sub(fp, y)
	}
	y.FillBytes(p[32:])
	return p
}

func fill(rng *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
}

// TestRegistrationDifferential compares DecodeRegistration with the
// contract's checkRegistration, including proofs of possession.
func TestRegistrationDifferential(t *testing.T) {
	const seed = 77
	e := newEVM(t)
	rng := rand.New(rand.NewPCG(seed, 0x9e9))
	verdicts := map[quorum.Reason]int{}
	cases := 40
	if testing.Short() {
		cases = 12
	}
	for i := range cases {
		n := 1 + rng.IntN(5)
		perm := rng.Perm(poolSize)
		var specs []spec
		for j := range n {
			specs = append(specs, spec{key: perm[j], kind: kindChoices[rng.IntN(3)], weight: 1})
		}
		withBLS := rng.IntN(5) != 0
		c, _ := build(t, specs, withBLS)
		enc := c.Encode()
		pops, err := c.EncodePoPs()
		if err != nil {
			t.Fatal(err)
		}
		name := "valid"
		outsider := keyPool()[perm[n]]
		switch rng.IntN(9) {
		case 1:
			name = "pop-of-other-member"
			if withBLS && n >= 2 {
				copy(pops[128:192], pops[192+128:192+192])
			}
		case 2:
			name = "copied-key-and-pop" // member 0 registers the outsider's key with the outsider's proof
			if withBLS {
				pop, _ := outsider.bls.ProvePossession(outsider.addr)
				copy(enc[1+29:1+93], outsider.pk.G1[:])
				copy(pops[0:128], outsider.pk.G2[:])
				copy(pops[128:192], pop[:])
			}
		case 3:
			name = "identity-g2"
			if withBLS {
				clear(pops[0:128])
			}
		case 4:
			name = "mismatched-g2"
			if withBLS {
				copy(pops[0:128], outsider.pk.G2[:])
			}
		case 5:
			name = "pops-length"
			pops = append(pops, 0)
		case 6:
			name = "duplicate-key"
			if withBLS && n >= 2 {
				copy(enc[1+93+29:1+93+93], enc[1+29:1+93])
			}
		case 7:
			name = "bad-member"
			enc = corruptMember(rng, enc, withBLS)
		case 8:
			name = "garbage-pop"
			if withBLS {
				fill(rng, pops[128:192])
			}
		}
		_, goErr := quorum.DecodeRegistration(enc, pops)
		want := quorum.ReasonOf(goErr)
		got := e.registration(t, enc, pops)
		if got != want {
			t.Fatalf("seed %d case %d (%s): contract says %s, Go says %s (%v)", seed, i, name, got, want, goErr)
		}
		verdicts[want]++
	}
	t.Logf("seed %d: registration verdicts %v", seed, verdicts)
	for _, r := range []quorum.Reason{quorum.ReasonOK, quorum.ReasonCommittee, quorum.ReasonPoP} {
		if verdicts[r] == 0 {
			t.Errorf("no registration case produced %s", r)
		}
	}
}

// TestSubmitTransactions mines accepted and rejected submissions.
func TestSubmitTransactions(t *testing.T) {
	e := newEVM(t)
	d := e.domain()
	header := crypto.Keccak256Hash([]byte("header 1"))
	for _, scheme := range []quorum.Scheme{quorum.SchemeECDSA, quorum.SchemeBLS} {
		c, ss := build(t, paperSpecs(10), scheme == quorum.SchemeBLS)
		pops, _ := c.EncodePoPs()
		e.chain.Transact(t, 0, e.addr, e.h.PackRegister(c.Encode(), pops))
		out := e.chain.Call(t, e.addr, e.h.PackCommitteeHash())
		got, _ := e.h.UnpackCommitteeHash(out)
		if common.Hash(got) != c.Hash() {
			t.Fatalf("%s: registered hash %x, want %x", scheme, got, c.Hash())
		}
		rule := quorum.DistinctKinds{K: 2}
		var qc quorum.QC
		if scheme == quorum.SchemeBLS {
			qc = blsQC(t, c, ss, d, header, seq(10))
		} else {
			qc = ecdsaQC(t, c, ss, d, header, seq(10))
		}
		if err := quorum.Verify(rule, c, d, header, qc); err != nil {
			t.Fatalf("%s: Go rejects: %v", scheme, err)
		}
		pack := e.h.PackSubmitECDSA
		if scheme == quorum.SchemeBLS {
			pack = e.h.PackSubmitBLS
		}
		r := e.chain.Transact(t, 1, e.addr, pack(c.Encode(), mustEncodeRule(rule), header, qc.Encode()))
		if len(r.Logs) != 1 {
			t.Fatalf("%s: %d logs, want the Certified event", scheme, len(r.Logs))
		}
		ev, err := e.h.UnpackCertifiedEvent(r.Logs[0])
		if err != nil || common.Hash(ev.HeaderHash) != header {
			t.Fatalf("%s: Certified event %v, %v", scheme, ev, err)
		}
		// The same QC for another header is rejected with BAD_SIGNATURE.
		tx := pack(c.Encode(), mustEncodeRule(rule), crypto.Keccak256Hash([]byte("header 2")), qc.Encode())
		_, err = e.chain.Client.CallContract(t.Context(), ethereum.CallMsg{To: &e.addr, Data: tx}, nil)
		if err == nil {
			t.Fatalf("%s: submission for another header did not revert", scheme)
		}
		raw, ok := ethclient.RevertErrorData(err)
		if !ok || len(raw) < 4 {
			t.Fatalf("%s: revert without data: %v", scheme, err)
		}
		rej, uerr := e.h.UnpackQuorumRejectedError(raw[4:])
		if uerr != nil || quorum.Reason(rej.Code.Uint64()) != quorum.ReasonSignature {
			t.Fatalf("%s: revert %x (%v), want QuorumRejected(%d)", scheme, raw, uerr, quorum.ReasonSignature)
		}
	}
}
