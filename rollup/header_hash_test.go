package rollup

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
)

// TestHeaderHashMatchesSolidityLarge is TestHeaderHashMatchesSolidity for
// headers up to the withdrawal and answer bounds, which the TSC hashes in
// place from calldata.
func TestHeaderHashMatchesSolidityLarge(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	harness := bindings.NewRollupTypesHarness()
	addr := c.Deploy(t, &bindings.RollupTypesHarnessMetaData, nil)
	rng := rand.New(rand.NewPCG(20261205, 1))
	for _, n := range [][2]int{{0, 0}, {MaxWithdrawals, 0}, {0, MaxAnswers}, {MaxWithdrawals, MaxAnswers}, {1, 1}, {37, 3}} {
		h := randHeader(rng)
		h.Withdrawals, h.Challenges = nil, nil
		for range n[0] {
			var amt uint256.Int
			amt.SetBytes(randHash(rng).Bytes()[rng.IntN(32):])
			h.Withdrawals = append(h.Withdrawals, Withdrawal{To: common.BytesToAddress(randHash(rng).Bytes()), Amount: &amt})
		}
		for i := range n[1] {
			h.Challenges = append(h.Challenges, uint64(2*i+1))
		}
		out, err := harness.UnpackHeaderHash(c.Call(t, addr, harness.PackHeaderHash(h.Binding())))
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(out) != h.Hash() {
			t.Fatalf("%d withdrawals, %d answers: Solidity %x, Go %s", n[0], n[1], out, h.Hash())
		}
	}
}

// TestNonCanonicalHeaderRefused: calldata that decodes to the same header
// through other offsets (a gap before the withdrawals) is refused, since
// the TSC hashes the header's calldata as sent.
func TestNonCanonicalHeaderRefused(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	harness := bindings.NewRollupTypesHarness()
	addr := c.Deploy(t, &bindings.RollupTypesHarnessMetaData, nil)
	h := randHeader(rand.New(rand.NewPCG(7, 7)))
	h.Withdrawals = append(h.Withdrawals, Withdrawal{To: common.Address{1}, Amount: uint256.NewInt(5)})
	data := harness.PackHeaderHash(h.Binding())
	call := func(d []byte) error {
		_, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &addr, Data: d}, nil)
		return err
	}
	if err := call(data); err != nil {
		t.Fatalf("canonical: %v", err)
	}
	const tuple = 4 + 32 // selector, offset of the header argument
	head := tuple + 11*32
	bad := append(append(append([]byte{}, data[:head]...), make([]byte, 32)...), data[head:]...)
	for _, w := range []int{6, 7} { // the withdrawals' and challenges' offsets
		p := bad[tuple+32*w : tuple+32*w+32]
		copy(p, common.BigToHash(new(big.Int).Add(new(big.Int).SetBytes(p), big.NewInt(32))).Bytes())
	}
	if err := call(bad); err == nil {
		t.Fatal("a header with a gap before its withdrawals was hashed")
	}
}
