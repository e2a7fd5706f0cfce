package statetree

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }

func randAddress(r *rand.Rand) common.Address {
	var a common.Address
	for i := range a {
		a[i] = byte(r.Uint32())
	}
	return a
}

// randAccount returns a non-zero account at addr.
func randAccount(r *rand.Rand, addr common.Address) Account {
	a := Account{Address: addr, Balance: uint256.NewInt(r.Uint64() >> uint(r.IntN(64))), Nonce: r.Uint64N(4)}
	if r.IntN(8) == 0 {
		a.Balance = new(uint256.Int).SetAllOne() // max uint256
	}
	if a.IsZero() {
		a.Nonce = 1
	}
	return a
}

func randAccounts(r *rand.Rand, n int) []Account {
	out := make([]Account, n)
	for i := range out {
		out[i] = randAccount(r, randAddress(r))
	}
	return out
}

// refLeaf and refRoot are a direct, slow transcription of the tree
// specification, independent of the package's code, used as the oracle.
func refLeaf(a Account) common.Hash {
	var bal [32]byte
	if a.Balance != nil {
		bal = a.Balance.Bytes32()
	}
	var nonce [8]byte
	binary.BigEndian.PutUint64(nonce[:], a.Nonce)
	return crypto.Keccak256Hash([]byte{0x00}, a.Address[:], bal[:], nonce[:])
}

func refInternal(l, r common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x01}, l[:], r[:])
}

func refKeyBit(k common.Hash, i int) int { return int(k[i/8]>>(7-i%8)) & 1 }

// refRoot computes the root of the set of accounts (last entry per address
// wins; zero accounts are absent).
func refRoot(accts []Account) common.Hash {
	byAddr := map[common.Address]Account{}
	for _, a := range accts {
		byAddr[a.Address] = a
	}
	var set []Account
	for _, a := range byAddr {
		if !a.IsZero() {
			set = append(set, a)
		}
	}
	return refSubtree(0, set)
}

func refSubtree(depth int, set []Account) common.Hash {
	switch len(set) {
	case 0:
		return common.Hash{}
	case 1:
		return refLeaf(set[0])
	}
	var l, r []Account
	for _, a := range set {
		if refKeyBit(crypto.Keccak256Hash(a.Address[:]), depth) == 0 {
			l = append(l, a)
		} else {
			r = append(r, a)
		}
	}
	return refInternal(refSubtree(depth+1, l), refSubtree(depth+1, r))
}

func mustTree(t testing.TB, s Store, accts []Account) *Tree {
	t.Helper()
	tr, err := New(s, common.Hash{})
	noErr(t, err)
	_, err = tr.Update(accts)
	noErr(t, err)
	return tr
}

// addrWithKeyPrefix searches for an address whose key starts with the
// given bits (MSB first).
func addrWithKeyPrefix(t testing.TB, r *rand.Rand, prefix []int) common.Address {
	t.Helper()
	for tries := 0; tries < 1<<22; tries++ {
		a := randAddress(r)
		k := Key(a)
		ok := true
		for i, b := range prefix {
			if refKeyBit(k, i) != b {
				ok = false
				break
			}
		}
		if ok {
			return a
		}
	}
	t.Fatalf("no address with key prefix %v", prefix)
	return common.Address{}
}

func shuffled[T any](r *rand.Rand, s []T) []T {
	s = slices.Clone(s)
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	return s
}

// Small assertion helpers (the module's testify needs a go.sum entry this
// package does not own).

func noErr(t testing.TB, err error, msgAndArgs ...any) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v%s", err, msg(msgAndArgs))
	}
}

func isErr(t testing.TB, err error, msgAndArgs ...any) {
	t.Helper()
	if err == nil {
		t.Fatalf("expected an error%s", msg(msgAndArgs))
	}
}

func errIs(t testing.TB, err, target error, msgAndArgs ...any) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("error %v is not %v%s", err, target, msg(msgAndArgs))
	}
}

func equal[T comparable](t testing.TB, want, got T, msgAndArgs ...any) {
	t.Helper()
	if want != got {
		t.Fatalf("got %v, want %v%s", got, want, msg(msgAndArgs))
	}
}

func isTrue(t testing.TB, cond bool, msgAndArgs ...any) {
	t.Helper()
	if !cond {
		t.Fatalf("condition false%s", msg(msgAndArgs))
	}
}

func msg(msgAndArgs []any) string {
	if len(msgAndArgs) == 0 {
		return ""
	}
	if f, ok := msgAndArgs[0].(string); ok {
		return ": " + fmt.Sprintf(f, msgAndArgs[1:]...)
	}
	return ": " + fmt.Sprint(msgAndArgs...)
}
