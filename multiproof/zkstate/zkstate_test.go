package zkstate_test

import (
	"bytes"
	"errors"
	"flag"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/consensys/gnark/test"

	"github.com/teerollup/teerollup/multiproof/zkstate"
	"github.com/teerollup/teerollup/multiproof/zkstate/zkstatetest"
)

var update = flag.Bool("update", false, "rewrite the committed Solidity verifiers")

func genesis(t testing.TB, seed byte) (*zkstate.State, []*eddsa.PrivateKey) {
	t.Helper()
	s, keys, err := zkstate.Genesis(rand.NewChaCha8([32]byte{seed}), 6, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return s, keys
}

// transfer signs a transfer from slot from with the account's current nonce
// in s (plus offset, for several transfers from one sender).
func transfer(t testing.TB, s *zkstate.State, keys []*eddsa.PrivateKey, from, to int, amount, nonceOffset uint64) zkstate.Transfer {
	t.Helper()
	tr := zkstate.Transfer{From: uint8(from), To: uint8(to), Amount: amount, Nonce: s.Accounts[from].Nonce + nonceOffset}
	if err := tr.Sign(keys[from]); err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestApply(t *testing.T) {
	pre, keys := genesis(t, 1)
	cases := []struct {
		name   string
		mutate func(b *zkstate.Batch)
		want   error
	}{
		{"valid", func(b *zkstate.Batch) {}, nil},
		{"bad signature", func(b *zkstate.Batch) { b[1].Amount++ }, zkstate.ErrBadSignature},
		{"replayed nonce", func(b *zkstate.Batch) { b[1] = transfer(t, pre, keys, 2, 3, 5, 0); b[0] = b[1] }, zkstate.ErrBadNonce},
		{"overdraft", func(b *zkstate.Batch) { b[0] = transfer(t, pre, keys, 0, 1, 1001, 0) }, zkstate.ErrInsufficient},
		{"to empty slot", func(b *zkstate.Batch) { b[0] = transfer(t, pre, keys, 0, 9, 1, 0) }, zkstate.ErrEmptyAccount},
		{"from empty slot", func(b *zkstate.Batch) { b[0].From = 10 }, zkstate.ErrEmptyAccount},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := zkstate.Batch{transfer(t, pre, keys, 0, 1, 10, 0), transfer(t, pre, keys, 1, 0, 1010, 0)}
			c.mutate(&b)
			post, com, err := zkstate.Apply(pre, &b)
			if !errors.Is(err, c.want) {
				t.Fatalf("Apply: %v, want %v", err, c.want)
			}
			if err != nil {
				return
			}
			if post.Accounts[0].Balance != 1000-10+1010 || post.Accounts[1].Balance != 0 {
				t.Fatalf("balances %d %d", post.Accounts[0].Balance, post.Accounts[1].Balance)
			}
			if com != b.Commitment() {
				t.Fatal("commitment")
			}
			asg, root, err := zkstate.Assign(pre, &b)
			if err != nil {
				t.Fatal(err)
			}
			if want := post.Root(); root != want {
				t.Fatal("Assign computes another post root than Apply")
			}
			if err := test.IsSolved(&zkstate.Circuit{}, asg, ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("valid batch does not satisfy the circuit: %v", err)
			}
		})
	}
}

// TestDifferential runs random batches, a part of them corrupted, through
// Apply and the circuit: they must accept the same ones and agree on the
// post root.
func TestDifferential(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 17))
	pre, keys := genesis(t, 2)
	pre.Accounts[3].Balance = ^uint64(0) - 5 // near overflow
	accepted, rejected := 0, 0
	for i := 0; i < 40; i++ {
		s := *pre
		var b zkstate.Batch
		for j := range b {
			from, to := rng.IntN(len(keys)), rng.IntN(len(keys))
			amt := rng.Uint64N(700)
			b[j] = transfer(t, &s, keys, from, to, amt, 0)
			switch rng.IntN(14) {
			case 0:
				b[j].Sig[40] ^= 1 // bad S
			case 1:
				b[j].Nonce++
				_ = b[j].Sign(keys[from])
			case 2:
				b[j] = transfer(t, &s, keys, from, rng.IntN(zkstate.NumAccounts), amt, 0) // maybe an empty slot
			case 3:
				b[j] = transfer(t, &s, keys, from, 3, 10, 0) // maybe overflow
			case 4:
				b[j].Sig[5] ^= 0x80 // bad R
			}
			// advance s so the next transfer sees this one (ignoring errors:
			// a rejected batch is rejected as a whole anyway)
			if next, err := applyOne(&s, &b[j]); err == nil {
				s = *next
			}
		}
		post, _, nerr := zkstate.Apply(pre, &b)
		asg, root, err := zkstate.Assign(pre, &b)
		if err != nil {
			t.Fatal(err)
		}
		cerr := test.IsSolved(&zkstate.Circuit{}, asg, ecc.BN254.ScalarField())
		if (nerr == nil) != (cerr == nil) {
			t.Fatalf("case %d: native %v, circuit %v", i, nerr, cerr)
		}
		if nerr == nil {
			accepted++
			if post.Root() != root {
				t.Fatalf("case %d: roots differ", i)
			}
		} else {
			rejected++
		}
	}
	if accepted < 3 || rejected < 3 {
		t.Fatalf("too few of a kind: %d accepted, %d rejected", accepted, rejected)
	}
}

// applyOne applies t alone (the test's bookkeeping for signing nonces).
func applyOne(s *zkstate.State, t *zkstate.Transfer) (*zkstate.State, error) {
	st := *s
	a := &st.Accounts[t.From]
	if t.Amount > a.Balance || t.Nonce != a.Nonce {
		return nil, zkstate.ErrInsufficient
	}
	a.Balance -= t.Amount
	a.Nonce++
	st.Accounts[t.To].Balance += t.Amount
	return &st, nil
}

// TestUnsoundCircuitAcceptsOverdraft: the soundness bug is real: an
// overdraft that Apply and the sound circuit refuse satisfies the unsound one.
func TestUnsoundCircuitAcceptsOverdraft(t *testing.T) {
	pre, keys := genesis(t, 3)
	b := zkstate.Batch{transfer(t, pre, keys, 0, 1, 5000, 0), transfer(t, pre, keys, 1, 2, 5000, 0)}
	if _, _, err := zkstate.Apply(pre, &b); !errors.Is(err, zkstate.ErrInsufficient) {
		t.Fatalf("Apply: %v", err)
	}
	asg, _, err := zkstate.Assign(pre, &b)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(&zkstate.Circuit{}, asg, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("sound circuit accepts an overdraft")
	}
	if err := test.IsSolved(&zkstate.Circuit{OmitBalanceCheck: true}, asg, ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("unsound circuit refuses the overdraft: %v", err)
	}
}

// TestSolidityVerifiersUpToDate exports the verifiers of the devnet setup
// and requires the committed sources to match (go test -run
// TestSolidityVerifiersUpToDate -update rewrites them). It also proves one
// honest batch.
func TestSolidityVerifiersUpToDate(t *testing.T) {
	for _, v := range []struct {
		unsound bool
		name    string
	}{{false, "ZkTransferVerifier"}, {true, "ZkTransferVerifierUnsound"}} {
		sys := zkstatetest.System(t, v.unsound)
		src, err := sys.Solidity(v.name)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "..", "contracts", "src", v.name+".sol")
		if *update {
			if err := os.WriteFile(path, src, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s differs from the devnet setup's export: go test ./multiproof/zkstate -run TestSolidityVerifiersUpToDate -update", path)
		}
	}
	sys := zkstatetest.System(t, false)
	pre, keys := genesis(t, 4)
	b := zkstate.Batch{transfer(t, pre, keys, 0, 1, 10, 0), transfer(t, pre, keys, 0, 2, 20, 1)}
	if _, _, err := zkstate.Apply(pre, &b); err != nil {
		t.Fatal(err)
	}
	asg, _, _ := zkstate.Assign(pre, &b)
	p, err := sys.Prove(asg)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range p {
		if w.Cmp(new(big.Int).Lsh(big.NewInt(1), 254)) >= 0 {
			t.Fatal("proof word out of range")
		}
	}
}

func FuzzDecodeBatch(f *testing.F) {
	f.Add(make([]byte, zkstate.BatchBytes))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, p []byte) {
		b, err := zkstate.DecodeBatch(p)
		if err != nil {
			if !errors.Is(err, zkstate.ErrBatchEncoding) && !errors.Is(err, zkstate.ErrBadIndex) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(b.Encode(), p) {
			t.Fatal("round trip")
		}
	})
}
