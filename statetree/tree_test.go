package statetree

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func TestKnownRoots(t *testing.T) {
	a := Account{Address: common.HexToAddress("0x1111111111111111111111111111111111111111"), Balance: uint256.NewInt(100), Nonce: 1}
	b := Account{Address: common.HexToAddress("0x2222222222222222222222222222222222222222"), Balance: uint256.NewInt(7)}
	c := Account{Address: common.HexToAddress("0x3333333333333333333333333333333333333333"), Nonce: 9}
	tests := []struct {
		name     string
		accounts []Account
		want     common.Hash
	}{
		{name: "empty", accounts: nil, want: common.Hash{}},
		{name: "only zero accounts", accounts: []Account{{Address: a.Address}, {Address: b.Address, Balance: new(uint256.Int)}}, want: common.Hash{}},
		{name: "one account is its leaf", accounts: []Account{a}, want: refLeaf(a)},
		{name: "nil balance is zero", accounts: []Account{c}, want: refLeaf(Account{Address: c.Address, Balance: new(uint256.Int), Nonce: 9})},
		{name: "two accounts", accounts: []Account{a, b}, want: refRoot([]Account{a, b})},
		{name: "three accounts", accounts: []Account{a, b, c}, want: refRoot([]Account{a, b, c})},
		{name: "last entry wins", accounts: []Account{a, b, {Address: a.Address, Balance: uint256.NewInt(1)}}, want: refRoot([]Account{{Address: a.Address, Balance: uint256.NewInt(1)}, b})},
		{name: "write then delete in one batch", accounts: []Account{a, b, {Address: a.Address}}, want: refLeaf(b)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := mustTree(t, NewMemoryStore(), tc.accounts)
			equal(t, tc.want, tr.Root())
		})
	}
}

// The hashes are pinned so that a change to the encoding cannot go
// unnoticed; the Solidity tests use the same vectors.
func TestLeafHashVector(t *testing.T) {
	a := Account{Address: common.HexToAddress("0x00000000000000000000000000000000000000aa"), Balance: uint256.NewInt(1), Nonce: 2}
	var pre [61]byte
	pre[20] = 0xaa
	pre[52] = 1
	pre[60] = 2
	equal(t, refLeaf(a), a.Hash())
	equal(t, Key(a.Address), crypto.Keccak256Hash(a.Address[:]))
	equal(t, crypto.Keccak256Hash(pre[:]), a.Hash())
}

func TestTwoLeafStructure(t *testing.T) {
	// Two keys that differ at bit 0: root = internal(leaf with bit 0 = 0, leaf with bit 0 = 1).
	r := newRand(1)
	a0 := randAccount(r, addrWithKeyPrefix(t, r, []int{0}))
	a1 := randAccount(r, addrWithKeyPrefix(t, r, []int{1}))
	tr := mustTree(t, NewMemoryStore(), []Account{a1, a0})
	equal(t, refInternal(refLeaf(a0), refLeaf(a1)), tr.Root())

	// Two keys sharing the first 3 bits 101: a chain of internal nodes
	// with empty siblings down to the split at depth 3.
	b0 := randAccount(r, addrWithKeyPrefix(t, r, []int{1, 0, 1, 0}))
	b1 := randAccount(r, addrWithKeyPrefix(t, r, []int{1, 0, 1, 1}))
	tr = mustTree(t, NewMemoryStore(), []Account{b0, b1})
	n3 := refInternal(refLeaf(b0), refLeaf(b1))
	n2 := refInternal(common.Hash{}, n3) // bit 2 = 1
	n1 := refInternal(n2, common.Hash{}) // bit 1 = 0
	n0 := refInternal(common.Hash{}, n1) // bit 0 = 1
	equal(t, n0, tr.Root())
}

func TestRootMatchesReference(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 17, 100, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			r := newRand(uint64(n))
			accts := randAccounts(r, n)
			tr := mustTree(t, NewMemoryStore(), accts)
			equal(t, refRoot(accts), tr.Root())
		})
	}
}

func TestRootIndependentOfOrderAndBatching(t *testing.T) {
	r := newRand(2)
	accts := randAccounts(r, 300)
	want := refRoot(accts)
	for i := 0; i < 5; i++ {
		t.Run(fmt.Sprintf("one batch, shuffle %d", i), func(t *testing.T) {
			tr := mustTree(t, NewMemoryStore(), shuffled(r, accts))
			equal(t, want, tr.Root())
		})
		t.Run(fmt.Sprintf("random batches, shuffle %d", i), func(t *testing.T) {
			tr := mustTree(t, NewMemoryStore(), nil)
			rest := shuffled(r, accts)
			for len(rest) > 0 {
				k := 1 + r.IntN(min(len(rest), 40))
				_, err := tr.Update(rest[:k])
				noErr(t, err)
				rest = rest[k:]
			}
			equal(t, want, tr.Root())
		})
	}
	t.Run("one by one", func(t *testing.T) {
		tr := mustTree(t, NewMemoryStore(), nil)
		for _, a := range accts {
			_, err := tr.Update([]Account{a})
			noErr(t, err)
		}
		equal(t, want, tr.Root())
	})
}

func TestRandomHistoryMatchesReference(t *testing.T) {
	// Interleaved inserts, modifications and deletions in batches, checked
	// against the reference after every batch.
	r := newRand(3)
	tr := mustTree(t, NewMemoryStore(), nil)
	state := map[common.Address]Account{}
	var addrs []common.Address
	for round := 0; round < 60; round++ {
		var batch []Account
		for i := 0; i < 1+r.IntN(50); i++ {
			switch {
			case len(addrs) > 0 && r.IntN(3) == 0: // delete
				batch = append(batch, Account{Address: addrs[r.IntN(len(addrs))]})
			case len(addrs) > 0 && r.IntN(2) == 0: // modify
				batch = append(batch, randAccount(r, addrs[r.IntN(len(addrs))]))
			default: // insert
				a := randAddress(r)
				addrs = append(addrs, a)
				batch = append(batch, randAccount(r, a))
			}
		}
		root, err := tr.Update(batch)
		noErr(t, err)
		for _, a := range batch {
			state[a.Address] = a
		}
		var all []Account
		for _, a := range state {
			all = append(all, a)
		}
		equal(t, refRoot(all), root, "round %d", round)
	}
	for addr, want := range state {
		got, err := tr.Get(addr)
		noErr(t, err)
		if want.IsZero() {
			isTrue(t, got.IsZero())
		} else {
			isTrue(t, want.Equal(got), "got %s want %s", got, want)
		}
	}
}

func TestDeleteBackToEmpty(t *testing.T) {
	r := newRand(4)
	accts := randAccounts(r, 200)
	tr := mustTree(t, NewMemoryStore(), accts)
	var dels []Account
	for _, a := range shuffled(r, accts) {
		dels = append(dels, Account{Address: a.Address})
	}
	t.Run("in one batch", func(t *testing.T) {
		tr, err := New(tr.store, tr.Root())
		noErr(t, err)
		root, err := tr.Update(dels)
		noErr(t, err)
		equal(t, common.Hash{}, root)
	})
	t.Run("one by one", func(t *testing.T) {
		tr, err := New(tr.store, tr.Root())
		noErr(t, err)
		for i, d := range dels {
			root, err := tr.Update([]Account{d})
			noErr(t, err)
			equal(t, refRoot(append(accts, dels[:i+1]...)), root)
		}
		equal(t, common.Hash{}, tr.Root())
	})
}

func TestDeleteCollapsesPair(t *testing.T) {
	// x and y share the key prefix 0110 and split at depth 4; z is on the
	// other half of the root. Deleting y leaves x alone in the depth-1
	// subtree, so x's leaf must move up to depth 1.
	r := newRand(5)
	x := randAccount(r, addrWithKeyPrefix(t, r, []int{0, 1, 1, 0, 0}))
	y := randAccount(r, addrWithKeyPrefix(t, r, []int{0, 1, 1, 0, 1}))
	z := randAccount(r, addrWithKeyPrefix(t, r, []int{1}))
	tr := mustTree(t, NewMemoryStore(), []Account{x, y, z})
	p, err := tr.Prove(x.Address)
	noErr(t, err)
	equal(t, 5, p.Depth())

	root, err := tr.Update([]Account{{Address: y.Address, Balance: new(uint256.Int)}})
	noErr(t, err)
	equal(t, refInternal(refLeaf(x), refLeaf(z)), root)
	equal(t, mustTree(t, NewMemoryStore(), []Account{z, x}).Root(), root)
	p, err = tr.Prove(x.Address)
	noErr(t, err)
	equal(t, TerminalInclusion, p.Kind)
	equal(t, 1, p.Depth())
	noErr(t, Verify(root, x.Address, x.Balance, x.Nonce, p.Encode()))

	// Deleting z too leaves x as the whole tree.
	root, err = tr.Update([]Account{{Address: z.Address}})
	noErr(t, err)
	equal(t, refLeaf(x), root)

	// Deleting a subtree's two leaves at once, below an untouched sibling
	// that is itself an internal node.
	w := randAccount(r, addrWithKeyPrefix(t, r, []int{1, 1}))
	v := randAccount(r, addrWithKeyPrefix(t, r, []int{1, 0}))
	tr = mustTree(t, NewMemoryStore(), []Account{x, y, z, w, v})
	root, err = tr.Update([]Account{{Address: x.Address}, {Address: y.Address}})
	noErr(t, err)
	equal(t, refInternal(common.Hash{}, refSubtree(1, []Account{z, w, v})), root)
	equal(t, refRoot([]Account{z, w, v}), root)
	// And the remaining internal side collapsing to a leaf next to an
	// untouched leaf.
	root, err = tr.Update([]Account{{Address: w.Address}})
	noErr(t, err)
	equal(t, refRoot([]Account{z, v}), root)
}

func TestDeleteCollapseRandom(t *testing.T) {
	r := newRand(6)
	accts := randAccounts(r, 64)
	base := mustTree(t, NewMemoryStore(), accts)
	for i, a := range accts {
		tr, err := New(base.store, base.Root())
		noErr(t, err)
		root, err := tr.Update([]Account{{Address: a.Address}})
		noErr(t, err)
		rest := append(append([]Account(nil), accts[:i]...), accts[i+1:]...)
		equal(t, mustTree(t, NewMemoryStore(), rest).Root(), root)
	}
}

func TestGet(t *testing.T) {
	r := newRand(7)
	accts := randAccounts(r, 100)
	tr := mustTree(t, NewMemoryStore(), accts)
	for _, a := range accts {
		got, err := tr.Get(a.Address)
		noErr(t, err)
		isTrue(t, a.Equal(got), "got %s want %s", got, a)
	}
	for i := 0; i < 100; i++ {
		addr := randAddress(r)
		got, err := tr.Get(addr)
		noErr(t, err)
		equal(t, addr, got.Address)
		isTrue(t, got.IsZero())
		isTrue(t, got.Balance != nil)
	}
}

func TestOldRootsStayReadable(t *testing.T) {
	r := newRand(8)
	s := NewMemoryStore()
	a := randAccounts(r, 50)
	tr := mustTree(t, s, a)
	root1 := tr.Root()
	b := append(randAccounts(r, 50), Account{Address: a[0].Address})
	_, err := tr.Update(b)
	noErr(t, err)

	old, err := New(s, root1)
	noErr(t, err)
	got, err := old.Get(a[0].Address)
	noErr(t, err)
	isTrue(t, a[0].Equal(got))
	got, err = tr.Get(a[0].Address)
	noErr(t, err)
	isTrue(t, got.IsZero())
}

func TestUpdateHashesEachChangedNodeOnce(t *testing.T) {
	r := newRand(9)
	base := randAccounts(r, 2000)
	tr := mustTree(t, NewMemoryStore(), base)

	// Inserting new accounts changes exactly the internal nodes on their
	// new paths; each must be hashed once.
	ins := randAccounts(r, 300)
	_, st, err := tr.UpdateWithStats(ins)
	noErr(t, err)
	type pos struct {
		depth  int
		prefix string
	}
	onPath := map[pos]bool{}
	for _, a := range ins {
		p, err := tr.Prove(a.Address)
		noErr(t, err)
		k := Key(a.Address)
		for d := 0; d < p.Depth(); d++ {
			prefix := ""
			for i := 0; i < d; i++ {
				prefix += fmt.Sprint(refKeyBit(k, i))
			}
			onPath[pos{d, prefix}] = true
		}
	}
	equal(t, len(onPath), st.InternalHashes)
	equal(t, len(ins), st.LeafHashes)
	equal(t, len(ins), st.Accounts)
	isTrue(t, st.KeyHashes >= len(ins), "key hashes %d", st.KeyHashes)
	equal(t, st.KeyHashes+st.LeafHashes+st.InternalHashes, st.Keccak())

	// Writing the same values again changes no internal node.
	root := tr.Root()
	got, st, err := tr.UpdateWithStats(ins)
	noErr(t, err)
	equal(t, root, got)
	equal(t, 0, st.InternalHashes)

	// An empty batch does nothing.
	got, st, err = tr.UpdateWithStats(nil)
	noErr(t, err)
	equal(t, root, got)
	equal(t, 0, st.Keccak())
}

func TestLargeBatchParallelMatchesReference(t *testing.T) {
	// Big enough for the top levels to be split across goroutines (when
	// GOMAXPROCS > 1), both when building and when updating.
	r := newRand(10)
	accts := randAccounts(r, 6000)
	tr := mustTree(t, NewMemoryStore(), accts)
	equal(t, refRoot(accts), tr.Root())
	upd := randAccounts(r, 3000)
	for i := 0; i < 1500; i++ {
		upd = append(upd, Account{Address: accts[i].Address}, randAccount(r, accts[i+1500].Address))
	}
	root, err := tr.Update(upd)
	noErr(t, err)
	equal(t, refRoot(append(accts, upd...)), root)
}

func TestOpenErrors(t *testing.T) {
	_, err := New(nil, common.Hash{})
	isErr(t, err)
	_, err = New(NewMemoryStore(), common.HexToHash("0x01"))
	errIs(t, err, ErrMissingNode)

	// A tree missing an interior node fails reads and updates with
	// ErrMissingNode and keeps its root.
	r := newRand(11)
	accts := randAccounts(r, 20)
	full := mustTree(t, NewMemoryStore(), accts)
	partial := NewMemoryStore()
	rootNode, err := full.store.Get(full.Root())
	noErr(t, err)
	b := partial.NewBatch()
	b.Put(full.Root(), rootNode)
	noErr(t, b.Write())
	tr, err := New(partial, full.Root())
	noErr(t, err)
	_, err = tr.Get(accts[0].Address)
	errIs(t, err, ErrMissingNode)
	_, err = tr.Prove(accts[0].Address)
	errIs(t, err, ErrMissingNode)
	_, err = tr.Update(randAccounts(r, 5))
	errIs(t, err, ErrMissingNode)
	equal(t, full.Root(), tr.Root())
}

func TestKeyCollisionIsAnError(t *testing.T) {
	// Real key collisions cannot be found; fake one by planting a leaf
	// whose address is not on its key path, which the tree detects.
	s := NewMemoryStore()
	a := Account{Address: common.HexToAddress("0x01"), Balance: uint256.NewInt(1)}
	b := s.NewBatch()
	leaf := a.Hash()
	b.Put(leaf, encodeLeaf(a))
	// Place a's leaf under the right child while its key bit 0 is 0 (or
	// the other way round).
	var root common.Hash
	k := Key(a.Address)
	other := Account{Address: common.HexToAddress("0x02"), Balance: uint256.NewInt(2)}
	b.Put(other.Hash(), encodeLeaf(other))
	if refKeyBit(k, 0) == 0 {
		root = refInternal(other.Hash(), leaf)
		b.Put(root, encodeInternal(other.Hash(), leaf))
	} else {
		root = refInternal(leaf, other.Hash())
		b.Put(root, encodeInternal(leaf, other.Hash()))
	}
	noErr(t, b.Write())
	tr, err := New(s, root)
	noErr(t, err)
	// Any update reaching a's misplaced leaf must fail, never panic.
	var reached bool
	r := newRand(12)
	for i := 0; i < 50 && !reached; i++ {
		addr := randAddress(r)
		if refKeyBit(Key(addr), 0) == refKeyBit(k, 0) {
			continue
		}
		_, err := tr.Update([]Account{{Address: addr, Balance: uint256.NewInt(1)}})
		if err != nil {
			reached = true
			isTrue(t, errors.Is(err, ErrCorruptNode), err)
		}
	}
	isTrue(t, reached)
}

func TestConcurrentReadsDuringUpdates(t *testing.T) {
	r := newRand(13)
	accts := randAccounts(r, 3000)
	tr := mustTree(t, NewMemoryStore(), accts[:1000])
	batches := [][]Account{accts[1000:2000], accts[2000:], accts[:500]}
	// Every root a reader can see.
	roots := []common.Hash{tr.Root(), refRoot(accts[:2000]), refRoot(accts), refRoot(accts)}
	done := make(chan struct{})
	errs := make(chan error, 4)
	for g := 0; g < 2; g++ {
		go func(g int) {
			for i := 0; ; i++ {
				select {
				case <-done:
					errs <- nil
					return
				default:
				}
				a := accts[(i*7+g)%1000]
				// Whatever root the read sees, the proof must verify
				// under it for the account read with it.
				got, p, err := tr.GetWithProof(a.Address)
				if err != nil {
					errs <- err
					return
				}
				if got.IsZero() {
					errs <- fmt.Errorf("account %s vanished", a.Address.Hex())
					return
				}
				ok := false
				for _, root := range roots {
					ok = ok || p.Verify(root, got) == nil
				}
				if !ok {
					errs <- fmt.Errorf("proof for %s matches no root", a.Address.Hex())
					return
				}
			}
		}(g)
	}
	for _, b := range batches {
		_, err := tr.Update(b)
		noErr(t, err)
	}
	close(done)
	for g := 0; g < 2; g++ {
		noErr(t, <-errs)
	}
	equal(t, refRoot(accts), tr.Root())
}
