package rollup_test

import (
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// recorder is an Observer that keeps what it was told.
type recorder struct {
	mu        sync.Mutex
	admitted  int
	rejected  []error
	votes     [][2]int // votes, members
	signers   []int
	submitted []*types.Transaction
}

func (r *recorder) TxAdmission(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err == nil {
		r.admitted++
	} else {
		r.rejected = append(r.rejected, err)
	}
}

func (r *recorder) VotesCollected(_ uint64, votes, members int) {
	r.mu.Lock()
	r.votes = append(r.votes, [2]int{votes, members})
	r.mu.Unlock()
}

func (r *recorder) Certified(_ uint64, signers int) {
	r.mu.Lock()
	r.signers = append(r.signers, signers)
	r.mu.Unlock()
}

func (r *recorder) Submitted(_ uint64, _ int, tx *types.Transaction, err error) {
	r.mu.Lock()
	if err == nil {
		r.submitted = append(r.submitted, tx)
	}
	r.mu.Unlock()
}

// The observer sees admissions (and typed rejections), the votes a leader
// collected, the QC sizes and the transactions sent to L1.
func TestObserverSeesNodeEvents(t *testing.T) {
	recs := make([]*recorder, 5)
	for i := range recs {
		recs[i] = &recorder{}
	}
	c := startCommittee(t, rolluptest.Options{Observer: func(i int) rollup.Observer { return recs[i] }}, 2)
	alice, stranger := c.users[0], c.users[1]
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	c.deposit(t, alice, aliceAddr, big.NewInt(1e18))
	c.waitHeight(t, 1, 30*time.Second)

	tx := &rollup.Tx{Type: rollup.TxTransfer, To: crypto.PubkeyToAddress(stranger.PublicKey), Value: uint256.NewInt(1e15)}
	if err := tx.Sign(c.Domain, alice); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Nodes[0].SubmitTx(c.ctx, tx, true); err != nil {
		t.Fatal(err)
	}
	// A stranger without funds is refused, with the reason.
	bad := &rollup.Tx{Type: rollup.TxTransfer, To: aliceAddr, Value: uint256.NewInt(1)}
	if err := bad.Sign(c.Domain, stranger); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Nodes[0].SubmitTx(c.ctx, bad, false); !errors.Is(err, rollup.ErrUnpayable) {
		t.Fatalf("stranger's transfer: %v, want ErrUnpayable", err)
	}
	c.waitHeight(t, 2, 30*time.Second)

	r0 := recs[0]
	r0.mu.Lock()
	if r0.admitted != 1 || len(r0.rejected) != 1 || !errors.Is(r0.rejected[0], rollup.ErrUnpayable) {
		t.Errorf("node 0 saw %d admitted, rejections %v; want 1 and [ErrUnpayable]", r0.admitted, r0.rejected)
	}
	r0.mu.Unlock()
	var led, certs, sent int
	for i, r := range recs {
		r.mu.Lock()
		for _, v := range r.votes {
			led++
			if v[1] != 5 || v[0] < 1 || v[0] > 5 {
				t.Errorf("node %d collected %d of %d votes", i, v[0], v[1])
			}
		}
		for _, s := range r.signers {
			certs++
			if s < 2 || s > 5 { // kinds>=2 needs two signers at least
				t.Errorf("node %d certified with %d signers", i, s)
			}
		}
		sent += len(r.submitted)
		// Gossip reached the others: admitted there too.
		if i > 0 && r.admitted != 1 {
			t.Errorf("node %d admitted %d gossiped transactions, want 1", i, r.admitted)
		}
		r.mu.Unlock()
	}
	if led < 2 || certs < 2 || sent < 2 {
		t.Errorf("over two heights: %d proposals led, %d QCs, %d submissions", led, certs, sent)
	}
}
