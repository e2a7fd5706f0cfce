package statetree

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// testLogger sends Pebble's informational logs to the test log.
type testLogger struct{ t testing.TB }

func (l testLogger) Infof(format string, args ...any)  { l.t.Logf(format, args...) }
func (l testLogger) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }

func testPebbleOptions(t testing.TB) *pebble.Options {
	return &pebble.Options{Logger: testLogger{t}}
}

func TestMemoryAndPebbleAgree(t *testing.T) {
	dir := t.TempDir()
	ps, err := OpenPebble(dir, testPebbleOptions(t))
	noErr(t, err)
	mem := mustTree(t, NewMemoryStore(), nil)
	peb := mustTree(t, ps, nil)

	r := newRand(400)
	state := map[common.Address]Account{}
	var addrs []common.Address
	var roots []common.Hash
	for round := 0; round < 10; round++ {
		var batch []Account
		for i := 0; i < 100; i++ {
			if len(addrs) > 0 && r.IntN(4) == 0 {
				batch = append(batch, Account{Address: addrs[r.IntN(len(addrs))]})
				continue
			}
			a := randAddress(r)
			addrs = append(addrs, a)
			batch = append(batch, randAccount(r, a))
		}
		rm, err := mem.Update(batch)
		noErr(t, err)
		rp, err := peb.Update(batch)
		noErr(t, err)
		equal(t, rm, rp, "round %d", round)
		for _, a := range batch {
			state[a.Address] = a
		}
		roots = append(roots, rp)
	}
	noErr(t, ps.Close())
	noErr(t, ps.Close()) // idempotent

	// Reopen the database at the last root: same accounts, valid proofs.
	ps, err = OpenPebble(dir, testPebbleOptions(t))
	noErr(t, err)
	defer ps.Close()
	tr, err := New(ps, roots[len(roots)-1])
	noErr(t, err)
	for addr, want := range state {
		got, p, err := tr.GetWithProof(addr)
		noErr(t, err)
		if want.IsZero() {
			isTrue(t, got.IsZero())
		} else {
			isTrue(t, want.Equal(got), "got %s want %s", got, want)
		}
		noErr(t, p.Verify(tr.Root(), got))
	}
	// Older roots are still there.
	old, err := New(ps, roots[0])
	noErr(t, err)
	_, err = old.Get(addrs[0])
	noErr(t, err)
}

func TestPebbleClosed(t *testing.T) {
	ps, err := OpenPebble(t.TempDir(), testPebbleOptions(t))
	noErr(t, err)
	tr := mustTree(t, ps, randAccounts(newRand(401), 5))
	b := ps.NewBatch()
	noErr(t, ps.Close())
	_, err = ps.Get(tr.Root())
	errIs(t, err, ErrClosed)
	b.Put(common.Hash{1}, []byte{1})
	errIs(t, b.Write(), ErrClosed)
	_, err = tr.Update(randAccounts(newRand(402), 5))
	errIs(t, err, ErrClosed)
}

func TestPebbleMissingNode(t *testing.T) {
	ps, err := OpenPebble(t.TempDir(), testPebbleOptions(t))
	noErr(t, err)
	defer ps.Close()
	_, err = ps.Get(common.Hash{1})
	errIs(t, err, ErrMissingNode)
	_, err = New(ps, common.Hash{1})
	errIs(t, err, ErrMissingNode)
}

func TestVerifyingStoreCatchesTampering(t *testing.T) {
	r := newRand(403)
	accts := randAccounts(r, 30)
	mem := NewMemoryStore()
	tr := mustTree(t, mem, accts)
	root := tr.Root()

	// The host swaps the balance in accounts[0]'s leaf.
	forged := accts[0]
	forged.Balance = uint256.NewInt(1_000_000)
	b := mem.NewBatch()
	b.Put(accts[0].Hash(), encodeLeaf(forged))
	noErr(t, b.Write())

	trusting, err := New(mem, root)
	noErr(t, err)
	got, err := trusting.Get(accts[0].Address)
	noErr(t, err)
	isTrue(t, got.Equal(forged), "a trusting tree reads the forged leaf")

	checked, err := New(VerifyingStore(mem), root)
	noErr(t, err)
	_, err = checked.Get(accts[0].Address)
	errIs(t, err, ErrCorruptNode)
	_, err = checked.Prove(accts[0].Address)
	errIs(t, err, ErrCorruptNode)
	_, err = checked.Update([]Account{{Address: accts[0].Address, Nonce: 100}})
	errIs(t, err, ErrCorruptNode)
	equal(t, root, checked.Root())
	// Other accounts still read fine.
	got, err = checked.Get(accts[1].Address)
	noErr(t, err)
	isTrue(t, got.Equal(accts[1]))
}

func TestDecodeNode(t *testing.T) {
	leaf := encodeLeaf(Account{Address: common.HexToAddress("0x01"), Balance: uint256.NewInt(2), Nonce: 3})
	inner := encodeInternal(common.Hash{1}, common.Hash{})
	tests := []struct {
		name   string
		node   []byte
		detail string // substring of the error; "" means valid
	}{
		{name: "leaf", node: leaf},
		{name: "internal", node: inner},
		{name: "internal, both children", node: encodeInternal(common.Hash{1}, common.Hash{2})},
		{name: "nil", node: nil, detail: "0 bytes"},
		{name: "version only", node: []byte{nodeVersion}, detail: "1 bytes"},
		{name: "unknown version", node: append([]byte{0x02}, leaf[1:]...), detail: "version"},
		{name: "unknown kind", node: []byte{nodeVersion, 0x02, 0}, detail: "kind"},
		{name: "short leaf", node: leaf[:len(leaf)-1], detail: "leaf of 61 bytes"},
		{name: "long leaf", node: append(bytes.Clone(leaf), 0), detail: "leaf of 63 bytes"},
		{name: "zero leaf", node: encodeLeaf(Account{Address: common.HexToAddress("0x01")}), detail: "zero account"},
		{name: "short internal", node: inner[:len(inner)-1], detail: "internal node of 65"},
		{name: "internal, no children", node: encodeInternal(common.Hash{}, common.Hash{}), detail: "two empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := decodeNode(tc.node)
			if tc.detail == "" {
				noErr(t, err)
				isTrue(t, bytes.Equal(tc.node, n.encode()), "round trip")
				return
			}
			errIs(t, err, ErrCorruptNode)
			isTrue(t, strings.Contains(err.Error(), tc.detail), "error %q lacks %q", err, tc.detail)
		})
	}
}

func TestCorruptStoreNeverPanics(t *testing.T) {
	// Replace every node of a small tree, one at a time, with junk or with
	// another node; reads and updates must fail or succeed, never panic or
	// loop.
	r := newRand(404)
	accts := randAccounts(r, 12)
	base := mustTree(t, NewMemoryStore(), accts)
	src := base.store.(*MemoryStore)
	var hashes []common.Hash
	var nodes [][]byte
	for h := range src.index {
		n, err := src.Get(h)
		noErr(t, err)
		hashes = append(hashes, h)
		nodes = append(nodes, n)
	}
	junk := [][]byte{nil, {nodeVersion}, {nodeVersion, 0x01}, encodeInternal(base.Root(), base.Root())}
	for i, h := range hashes {
		for j, bad := range append(junk, nodes[(i+1)%len(nodes)]) {
			t.Run(fmt.Sprintf("node %d junk %d", i, j), func(t *testing.T) {
				s := NewMemoryStore()
				b := s.NewBatch()
				for k, n := range hashes {
					b.Put(n, nodes[k])
				}
				b.Put(h, bad)
				noErr(t, b.Write())
				tr, err := New(s, base.Root())
				if err != nil {
					return
				}
				for _, a := range accts {
					_, _ = tr.Get(a.Address)
					_, _ = tr.Prove(a.Address)
				}
				_, _ = tr.Update(randAccounts(r, 8))
				_, _ = tr.Update([]Account{{Address: accts[0].Address}, {Address: accts[1].Address}})
			})
		}
	}
}
