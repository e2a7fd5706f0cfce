package rollup_test

import (
	"crypto/ecdsa"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// floodTxs signs n transfers from n fresh keys that hold nothing on the
// rollup: correctly signed, never payable.
func floodTxs(t testing.TB, d rollup.Domain, n int, to common.Address) []*rollup.Tx {
	t.Helper()
	txs := make([]*rollup.Tx, n)
	for i := range txs {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		txs[i] = signedTransfer(t, d, k, to, 1, 0)
	}
	return txs
}

func signedTransfer(t testing.TB, d rollup.Domain, k *ecdsa.PrivateKey, to common.Address, value, nonce uint64) *rollup.Tx {
	t.Helper()
	tx := &rollup.Tx{Type: rollup.TxTransfer, To: to, Value: uint256.NewInt(value), Nonce: nonce}
	if err := tx.Sign(d, k); err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestUnpayableFloodDoesNotStallTheCommittee is the mempool flood attack: a
// stranger sends 2,000 correctly signed transfers from fresh, empty keys to
// every node of a running 5-node committee, right after an honest client
// sent a transfer. Every flood transaction must be refused at admission
// (so none is stored, batched or gossiped), the honest transfer must be
// applied, and headers must keep coming for the honest transfers after it.
func TestUnpayableFloodDoesNotStallTheCommittee(t *testing.T) {
	c := startCommittee(t, rolluptest.Options{}, 2)
	c.fundUsers(t, 1000)
	alice, bob := c.users[0], c.users[1]
	bobAddr := crypto.PubkeyToAddress(bob.PublicKey)
	flood := floodTxs(t, c.Domain, 2000, bobAddr)

	if _, err := c.Nodes[0].SubmitTx(c.ctx, signedTransfer(t, c.Domain, alice, bobAddr, 1, 0), true); err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	// The flood reaches every node: each transaction is sent to one node,
	// which gossips whatever it admits to the others; the nodes are
	// flooded concurrently.
	var admitted atomic.Int64
	var wg sync.WaitGroup
	for i, n := range c.Nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := i; j < len(flood); j += len(c.Nodes) {
				if _, err := n.SubmitTx(c.ctx, flood[j], true); err == nil {
					admitted.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if a := admitted.Load(); a != 0 {
		t.Errorf("%d of %d unpayable transactions admitted", a, len(flood))
	}

	// The honest transfer applies, and so do the next ones, each in a
	// later header: headers keep coming. (The deadlines only keep a broken
	// build from hanging.)
	c.waitBalances(t, []int{0, 1, 2, 3, 4}, map[common.Address]uint64{bobAddr: 1001}, 60*time.Second)
	for nonce := uint64(1); nonce <= 3; nonce++ {
		before, err := c.L1.Head(c.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Nodes[int(nonce)%len(c.Nodes)].SubmitTx(c.ctx, signedTransfer(t, c.Domain, alice, bobAddr, 1, nonce), true); err != nil {
			t.Fatal(err)
		}
		c.waitBalances(t, []int{0, 1, 2, 3, 4}, map[common.Address]uint64{bobAddr: 1001 + nonce}, 60*time.Second)
		after, err := c.L1.Head(c.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.Height <= before.Height {
			t.Fatalf("transfer %d applied without a new header (%d -> %d)", nonce, before.Height, after.Height)
		}
	}
}
