package challenge_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

func tree(t testing.TB, accts ...statetree.Account) (statetree.Store, common.Hash) {
	t.Helper()
	store := statetree.NewMemoryStore()
	tr, err := statetree.New(store, common.Hash{})
	if err != nil {
		t.Fatal(err)
	}
	root, err := tr.Update(accts)
	if err != nil {
		t.Fatal(err)
	}
	return store, root
}

func TestTreeSource(t *testing.T) {
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	store, root := tree(t, statetree.Account{Address: alice, Balance: uint256.NewInt(7), Nonce: 2})
	src := challenge.TreeSource{Store: store}
	ctx := context.Background()
	for _, c := range []struct {
		addr common.Address
		bal  uint64
	}{{alice, 7}, {bob, 0}} {
		acct, proof, err := src.Proof(ctx, rollup.Head{StateRoot: root}, c.addr)
		if err != nil {
			t.Fatal(err)
		}
		if acct.Address != c.addr || acct.Balance.Uint64() != c.bal {
			t.Fatalf("%s: got %v", c.addr, acct)
		}
		if err := statetree.Verify(root, c.addr, acct.Balance, acct.Nonce, proof); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := src.Proof(ctx, rollup.Head{StateRoot: common.Hash{1}}, alice); !errors.Is(err, challenge.ErrNoProof) || !errors.Is(err, statetree.ErrMissingNode) {
		t.Fatalf("unknown root: got %v", err)
	}
}

// liar serves a proof of a larger balance.
type liar struct{ challenge.ProofSource }

func (l liar) Proof(ctx context.Context, head rollup.Head, addr common.Address) (statetree.Account, []byte, error) {
	a, p, err := l.ProofSource.Proof(ctx, head, addr)
	if err == nil {
		a.Balance = new(uint256.Int).AddUint64(a.Balance, 1)
	}
	return a, p, err
}

type down struct{}

func (down) Proof(context.Context, rollup.Head, common.Address) (statetree.Account, []byte, error) {
	return statetree.Account{}, nil, errors.New("unavailable")
}

func TestSourcesSkipsBadSources(t *testing.T) {
	alice := common.HexToAddress("0xa11ce")
	store, root := tree(t, statetree.Account{Address: alice, Balance: uint256.NewInt(7)})
	honest := challenge.TreeSource{Store: store}
	ctx := context.Background()
	acct, _, err := challenge.Sources{down{}, liar{honest}, honest}.Proof(ctx, rollup.Head{StateRoot: root}, alice)
	if err != nil || acct.Balance.Uint64() != 7 {
		t.Fatalf("got %v, %v; want the honest 7", acct, err)
	}
	if _, _, err := (challenge.Sources{down{}, liar{honest}}).Proof(ctx, rollup.Head{StateRoot: root}, alice); !errors.Is(err, challenge.ErrNoProof) || !errors.Is(err, statetree.ErrInvalidProof) {
		t.Fatalf("no honest source: got %v", err)
	}
}

func signedTx(t testing.TB, nonce uint64) *rollup.Tx {
	t.Helper()
	tx := &rollup.Tx{Type: rollup.TxRedeem, Value: uint256.NewInt(1), Nonce: nonce}
	d := rollup.Domain{ChainID: common.Big1, TSC: common.HexToAddress("0x75c")}
	if err := tx.Sign(d, chaintest.DeterministicKey("challenge-test")); err != nil {
		t.Fatal(err)
	}
	return tx
}

// queue builds n deposit events chained as the TSC chains them.
func queue(rng *rand.Rand, n int) ([]rollup.DepositEvent, common.Hash) {
	var acc common.Hash
	out := make([]rollup.DepositEvent, n)
	for i := range out {
		var to common.Address
		for j := range to {
			to[j] = byte(rng.Uint32())
		}
		v := uint256.NewInt(1 + rng.Uint64N(1e18))
		acc = rollup.DepositAccNext(acc, uint64(i), to, v)
		out[i] = rollup.DepositEvent{Index: uint64(i), To: to, Value: v, Acc: acc}
	}
	return out, acc
}

func TestPlanRefunds(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	events, acc := queue(rng, 10)
	chunks, err := challenge.PlanRefunds(events, 3, 10, acc, 3)
	if err != nil {
		t.Fatal(err)
	}
	// [7,10) [4,7) [3,4), each starting from its predecessor's acc.
	if len(chunks) != 3 || len(chunks[0].Deposits) != 3 || len(chunks[2].Deposits) != 1 {
		t.Fatalf("chunks %+v", chunks)
	}
	top := acc
	for _, ch := range chunks {
		a := ch.AccBefore
		for _, d := range ch.Deposits {
			a = rollup.DepositAccNext(a, d.Index, d.To, d.Value)
		}
		if a != top {
			t.Fatal("a chunk does not chain to the queue's top")
		}
		top = ch.AccBefore
	}
	if top != events[2].Acc || chunks[2].Deposits[0].Index != 3 {
		t.Fatal("the last chunk does not start at the first uncredited deposit")
	}
	if c, err := challenge.PlanRefunds(events, 10, 10, acc, 3); err != nil || c != nil {
		t.Fatalf("nothing to refund: %v, %v", c, err)
	}
	if _, err := challenge.PlanRefunds(events[4:], 3, 10, acc, 3); !errors.Is(err, challenge.ErrMissingDeposits) {
		t.Fatalf("missing events: %v", err)
	}
	forged := append([]rollup.DepositEvent(nil), events...)
	forged[5].Value = uint256.NewInt(1)
	if _, err := challenge.PlanRefunds(forged, 3, 10, acc, 3); !errors.Is(err, challenge.ErrDepositChain) {
		t.Fatalf("forged event: %v", err)
	}
	if _, err := challenge.PlanRefunds(events, 3, 10, common.Hash{1}, 3); !errors.Is(err, challenge.ErrDepositChain) {
		t.Fatalf("stale TSC acc: %v", err)
	}
}

// FuzzPlanRefunds feeds PlanRefunds event lists from an untrusted source
// (any subset, order, duplicates and corruptions of a real queue) and
// requires that it never panics and that every plan it returns chains to
// the TSC's acc and covers exactly the unconsumed queue.
func FuzzPlanRefunds(f *testing.F) {
	f.Add(uint64(1), uint8(10), uint8(3), uint8(2), []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add(uint64(2), uint8(5), uint8(0), uint8(1), []byte{4, 3, 2, 1, 0, 0x85})
	f.Fuzz(func(t *testing.T, seed uint64, n, index, per uint8, pick []byte) {
		rng := rand.New(rand.NewPCG(seed, 0))
		events, acc := queue(rng, int(n%40))
		var given []rollup.DepositEvent
		for _, p := range pick {
			if len(events) == 0 {
				break
			}
			e := events[int(p&0x7f)%len(events)]
			if p&0x80 != 0 { // corrupt it
				e.Value = new(uint256.Int).AddUint64(e.Value, 1)
			}
			given = append(given, e)
		}
		count := uint64(len(events))
		idx := uint64(index) % (count + 1)
		chunks, err := challenge.PlanRefunds(given, idx, count, acc, int(per%8))
		if err != nil {
			return
		}
		top, next := acc, count
		for _, ch := range chunks {
			if len(ch.Deposits) == 0 || len(ch.Deposits) > int(per%8) {
				t.Fatalf("chunk of %d", len(ch.Deposits))
			}
			a := ch.AccBefore
			for i, d := range ch.Deposits {
				if d.Index != next-uint64(len(ch.Deposits))+uint64(i) {
					t.Fatalf("chunk out of order")
				}
				a = rollup.DepositAccNext(a, d.Index, d.To, d.Value)
			}
			if a != top {
				t.Fatal("chunk does not chain")
			}
			top, next = ch.AccBefore, next-uint64(len(ch.Deposits))
		}
		if next != idx {
			t.Fatalf("plan stops at %d, queue starts at %d", next, idx)
		}
		if idx > 0 && top != events[idx-1].Acc || idx == 0 && top != (common.Hash{}) {
			t.Fatal("plan does not start at the acc before the queue")
		}
	})
}

func TestDepositAccMatchesEncoding(t *testing.T) {
	// keccak256(abi.encode(bytes32, uint64, address, uint256)), by hand.
	acc, to, v := common.Hash{9}, common.HexToAddress("0x01020304"), uint256.NewInt(0x55)
	buf := make([]byte, 128)
	copy(buf, acc[:])
	buf[63] = 3
	copy(buf[76:96], to[:])
	buf[127] = 0x55
	if got := rollup.DepositAccNext(acc, 3, to, v); got != crypto.Keccak256Hash(buf) {
		t.Fatalf("got %s", got)
	}
}
