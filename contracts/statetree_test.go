package contracts_test

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/statetree"
)

func randAddr(rng *rand.Rand) (a common.Address) {
	for i := range a {
		a[i] = byte(rng.Uint32())
	}
	return a
}

func randBalance(rng *rand.Rand) *uint256.Int {
	switch rng.IntN(4) {
	case 0:
		return new(uint256.Int)
	case 1: // the full 256-bit range, to catch truncation on either side
		var b [32]byte
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return new(uint256.Int).SetBytes32(b[:])
	default:
		return uint256.NewInt(rng.Uint64())
	}
}

// stateCase is one claim and its verdicts.
type stateCase struct {
	what    string
	addr    common.Address
	balance *uint256.Int
	nonce   uint64
	proof   []byte
}

// tamper returns a modified copy of proof.
func tamper(rng *rand.Rand, proof []byte) ([]byte, string) {
	p := append([]byte(nil), proof...)
	switch rng.IntN(5) {
	case 0:
		i := rng.IntN(len(p))
		p[i] ^= byte(1 + rng.IntN(255))
		return p, fmt.Sprintf("flip byte %d", i)
	case 1:
		return p[:rng.IntN(len(p))], "truncate"
	case 2:
		return append(p, byte(rng.Uint32())), "trailing byte"
	case 3:
		// A different terminal kind with the rest unchanged.
		p[0] = byte(rng.IntN(4))
		return p, "terminal kind"
	default:
		if len(p) >= 3 {
			p[2]++ // depth low byte
		}
		return p, "depth+1"
	}
}

// TestStateTreeMatchesSolidity runs random trees, honest proofs (present,
// absent-empty, absent-other-leaf), wrong claims and tampered proofs through
// statetree.Verify and the Solidity StateTree library, and requires the same
// verdict for every case.
func TestStateTreeMatchesSolidity(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	h := bindings.NewStateTreeHarness()
	addr := c.Deploy(t, &bindings.StateTreeHarnessMetaData, nil)
	const seed = 20261125
	rng := rand.New(rand.NewPCG(seed, 0))
	var accepted, rejected, trees int
	for trees < 220 {
		trees++
		tree, err := statetree.New(statetree.NewMemoryStore(), common.Hash{})
		if err != nil {
			t.Fatal(err)
		}
		n := rng.IntN(40)
		if trees%50 == 0 {
			n = 2000
		}
		accts := make([]statetree.Account, n)
		for i := range accts {
			accts[i] = statetree.Account{Address: randAddr(rng), Balance: randBalance(rng), Nonce: rng.Uint64N(3)}
		}
		root, err := tree.Update(accts)
		if err != nil {
			t.Fatal(err)
		}
		var cases []stateCase
		for range 3 {
			var target common.Address
			if n > 0 && rng.IntN(3) > 0 {
				target = accts[rng.IntN(n)].Address
			} else {
				target = randAddr(rng)
			}
			got, proof, err := tree.GetWithProof(target)
			if err != nil {
				t.Fatal(err)
			}
			wire := proof.Encode()
			bal := got.Balance
			if bal == nil {
				bal = new(uint256.Int)
			}
			cases = append(cases, stateCase{"honest " + proof.Kind.String(), target, bal, got.Nonce, wire})
			wrong := new(uint256.Int).AddUint64(bal, 1+rng.Uint64N(10))
			cases = append(cases, stateCase{"wrong balance", target, wrong, got.Nonce, wire})
			cases = append(cases, stateCase{"wrong nonce", target, bal, got.Nonce + 1, wire})
			cases = append(cases, stateCase{"zero claim", target, new(uint256.Int), 0, wire})
			tp, what := tamper(rng, wire)
			cases = append(cases, stateCase{"tampered: " + what, target, bal, got.Nonce, tp})
		}
		for i, tc := range cases {
			goErr := statetree.Verify(root, tc.addr, tc.balance, tc.nonce, tc.proof)
			out, err := h.UnpackVerify(c.Call(t, addr, h.PackVerify(root, tc.addr, tc.balance.ToBig(), tc.nonce, tc.proof)))
			if err != nil {
				t.Fatal(err)
			}
			if out != (goErr == nil) {
				t.Fatalf("seed %d tree %d (n=%d) case %d (%s): Solidity %v, Go %v", seed, trees, n, i, tc.what, out, goErr)
			}
			if out {
				accepted++
			} else {
				rejected++
			}
		}
	}
	t.Logf("%d trees: %d claims accepted, %d rejected, identical verdicts", trees, accepted, rejected)
	if accepted < 200 || rejected < 200 {
		t.Fatalf("unbalanced cases: %d accepted, %d rejected", accepted, rejected)
	}
}

var (
	bigTreeOnce sync.Once
	bigTree     *statetree.Tree
	bigAccts    []statetree.Account
	bigErr      error
)

const bigTreeSize = 1_000_000

// millionTree builds a 1,000,000-account tree once per test binary.
func millionTree() (*statetree.Tree, []statetree.Account, error) {
	bigTreeOnce.Do(func() {
		rng := rand.New(rand.NewPCG(1, 1_000_000))
		bigAccts = make([]statetree.Account, bigTreeSize)
		for i := range bigAccts {
			bigAccts[i] = statetree.Account{Address: randAddr(rng), Balance: uint256.NewInt(1 + rng.Uint64N(1e18)), Nonce: rng.Uint64N(100)}
		}
		bigTree, bigErr = statetree.New(statetree.NewMemoryStore(), common.Hash{})
		if bigErr == nil {
			_, bigErr = bigTree.Update(bigAccts)
		}
	})
	return bigTree, bigAccts, bigErr
}

// BenchmarkStateTreeVerifyGas measures the gas of verifying a balance proof
// on L1 against a 1,000,000-account tree, on mainnet rules (chaintest:
// BogotaTime = nil). gas/op is the whole transaction calling the harness;
// exec-gas/op excludes the 21,000 base and the calldata, i.e. what
// StateTree.verify costs inside a larger call such as settleWithdraw.
func BenchmarkStateTreeVerifyGas(b *testing.B) {
	tree, accts, err := millionTree()
	if err != nil {
		b.Fatal(err)
	}
	c := chaintest.New(b, chaintest.WithAccounts(1))
	h := bindings.NewStateTreeHarness()
	addr := c.Deploy(b, &bindings.StateTreeHarnessMetaData, nil)
	rng := rand.New(rand.NewPCG(2, 2))
	var gas, exec, size uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := accts[rng.IntN(len(accts))]
		proof, err := tree.Prove(a.Address)
		if err != nil {
			b.Fatal(err)
		}
		wire := proof.Encode()
		calldata := h.PackVerify(tree.Root(), a.Address, a.Balance.ToBig(), a.Nonce, wire)
		if ok, _ := h.UnpackVerify(c.Call(b, addr, calldata)); !ok {
			b.Fatal("honest proof rejected on chain")
		}
		r := c.Transact(b, 0, addr, calldata)
		gas += r.GasUsed
		exec += r.GasUsed - chaintest.IntrinsicGas(calldata)
		size += uint64(len(wire))
	}
	chaintest.ReportGas(b, gas/uint64(b.N))
	b.ReportMetric(float64(exec)/float64(b.N), "exec-gas/op")
	b.ReportMetric(float64(size)/float64(b.N), "bytes/proof")
}
