package quorum_test

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/internal/chaintest"
	"github.com/teerollup/teerollup/quorum"
)

// gasCase is one gas measurement: the paper's 1:2:2 SGX/TDX/CSV committee
// of n members, the paper's rule "signatures from at least f+1 = 2
// distinct kinds" (f = 1 compromised technology tolerated), and a signer
// set.
type gasCase struct {
	scheme  quorum.Scheme
	n       int
	signers string // "all": every member signs; "min": one SGX and one TDX member
}

func (g gasCase) name() string { return fmt.Sprintf("%s/n=%d/%s", g.scheme, g.n, g.signers) }

// gasResult is what a QC check costs on chain (mainnet gas rules).
type gasResult struct {
	// check: execution gas of QuorumVerifier.checkECDSA/checkBLS alone,
	// measured with gasleft() around the library call: committee hash,
	// decoding, member checks, signature recovery or pairing, rule. The
	// calldata it reads is already paid for by the transaction.
	check uint64
	// tx: gasUsed of a mined submitECDSA/submitBLS transaction: 21,000 +
	// calldata (committee, rule, header hash, QC, ABI framing) + dispatch
	// and ABI decoding + one cold SLOAD of the registered committee hash +
	// the EIP-712 digest + the check + a Certified event.
	tx uint64
	// calldata: the transaction's calldata gas (EIP-2028: 16 per non-zero
	// byte, 4 per zero byte).
	calldata uint64
	// bytes: QC and committee encoding sizes.
	qcBytes, committeeBytes int
}

func measureGas(tb testing.TB, e *evm, g gasCase) gasResult {
	tb.Helper()
	c, ss := build(tb, paperSpecs(g.n), g.scheme == quorum.SchemeBLS)
	d := e.domain()
	header := gasHeader(d, g.n)
	idx := seq(g.n)
	if g.signers == "min" {
		idx = []int{firstOfKind(c, attest.KindSGX), firstOfKind(c, attest.KindTDX)}
	}
	rule := quorum.DistinctKinds{K: 2}
	var qc quorum.QC
	if g.scheme == quorum.SchemeBLS {
		qc = blsQC(tb, c, ss, d, header, idx)
	} else {
		qc = ecdsaQC(tb, c, ss, d, header, idx)
	}
	if err := quorum.Verify(rule, c, d, header, qc); err != nil {
		tb.Fatalf("%s: %v", g.name(), err)
	}
	enc, ruleEnc, qcEnc := c.Encode(), mustEncodeRule(rule), qc.Encode()
	code, check := e.check(tb, g.scheme, c.Hash(), enc, ruleEnc, quorum.VoteDigest(d, header), qcEnc)
	if code != quorum.ReasonOK {
		tb.Fatalf("%s: contract verdict %s", g.name(), code)
	}
	e.chain.Transact(tb, 0, e.addr, e.h.PackSetCommittee(c.Hash()))
	pack := e.h.PackSubmitECDSA
	if g.scheme == quorum.SchemeBLS {
		pack = e.h.PackSubmitBLS
	}
	data := pack(enc, ruleEnc, header, qcEnc)
	r := e.chain.Transact(tb, 1, e.addr, data)
	return gasResult{
		check:          check,
		tx:             r.GasUsed,
		calldata:       chaintest.IntrinsicGas(data) - params.TxGas,
		qcBytes:        len(qcEnc),
		committeeBytes: len(enc),
	}
}

var gasSizes = []int{5, 10, 15, 20}

// gasHeader picks a header whose vote digest hashes to G1 in exactly 2
// try-and-increment rounds, the expected number, so BLS figures are
// comparable across sizes (each further round costs about 4,300 gas; ECDSA
// does not depend on the header).
func gasHeader(d quorum.Domain, n int) common.Hash {
	for j := 0; ; j++ {
		h := crypto.Keccak256Hash([]byte(fmt.Sprintf("gas header %d/%d", n, j)))
		if quorum.HashToG1Tries(quorum.VoteDST, quorum.VoteDigest(d, h)) == 2 {
			return h
		}
	}
}

func firstOfKind(c *quorum.Committee, k attest.Kind) int {
	for i, m := range c.Members {
		if m.Kind == k {
			return i
		}
	}
	return -1
}

// BenchmarkGas reports, per scheme, committee size and signer set, the
// execution gas of the QC check (gas/op), the whole transaction's gas
// (tx-gas/op) and its calldata gas (calldata-gas/op), on an in-process
// chain with mainnet gas rules. Run with -benchtime=1x: gas does not vary
// between iterations.
func BenchmarkGas(b *testing.B) {
	e := newEVM(b)
	for _, scheme := range []quorum.Scheme{quorum.SchemeECDSA, quorum.SchemeBLS} {
		for _, n := range gasSizes {
			for _, signers := range []string{"all", "min"} {
				g := gasCase{scheme: scheme, n: n, signers: signers}
				b.Run(g.name(), func(b *testing.B) {
					var res gasResult
					for b.Loop() {
						res = measureGas(b, e, g)
					}
					chaintest.ReportGas(b, res.check)
					b.ReportMetric(float64(res.tx), "tx-gas/op")
					b.ReportMetric(float64(res.calldata), "calldata-gas/op")
					b.ReportMetric(float64(res.qcBytes), "qc-bytes")
				})
			}
		}
	}
}

// TestGasBudget pins the ECDSA target: the whole QC check for the paper's
// 10-member 2:4:4 committee with every member signing costs at most 45,000
// gas, and logs the table the README quotes.
func TestGasBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("mines transactions")
	}
	e := newEVM(t)
	for _, scheme := range []quorum.Scheme{quorum.SchemeECDSA, quorum.SchemeBLS} {
		for _, n := range gasSizes {
			for _, signers := range []string{"all", "min"} {
				g := gasCase{scheme: scheme, n: n, signers: signers}
				r := measureGas(t, e, g)
				t.Logf("%-18s check %7d  tx %7d  calldata %6d  qc %4d B  committee %4d B", g.name(), r.check, r.tx, r.calldata, r.qcBytes, r.committeeBytes)
				if scheme == quorum.SchemeECDSA && n == 10 && signers == "all" && r.check > 45_000 {
					t.Errorf("ECDSA check for n = 10 costs %d gas, budget 45,000", r.check)
				}
			}
		}
	}
}

// BenchmarkVerify measures Go verification speed (VerifyDigest: decoding
// excluded, every signature checked).
func BenchmarkVerify(b *testing.B) {
	for _, scheme := range []quorum.Scheme{quorum.SchemeECDSA, quorum.SchemeBLS} {
		for _, n := range gasSizes {
			b.Run(fmt.Sprintf("%s/n=%d", scheme, n), func(b *testing.B) {
				c, ss := buildFast(b, paperSpecs(n), scheme == quorum.SchemeBLS)
				header := common.Hash{1}
				var qc quorum.QC
				if scheme == quorum.SchemeBLS {
					qc = blsQC(b, c, ss, testDomain, header, seq(n))
				} else {
					qc = ecdsaQC(b, c, ss, testDomain, header, seq(n))
				}
				rule := quorum.DistinctKinds{K: 2}
				digest := quorum.VoteDigest(testDomain, header)
				for b.Loop() {
					if err := quorum.VerifyDigest(rule, c, digest, qc); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
			})
		}
	}
}
