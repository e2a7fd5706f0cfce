package statetree

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// fuzzTree is a small tree with proofs of every terminal kind, for seeds
// and for the soundness check in FuzzVerify.
func fuzzTree(f *testing.F) (*Tree, [][]byte, []common.Address) {
	r := newRand(500)
	accts := randAccounts(r, 24)
	tr := mustTree(f, NewMemoryStore(), accts)
	var wires [][]byte
	var addrs []common.Address
	for i := 0; i < 48; i++ {
		addr := randAddress(r)
		if i < len(accts) {
			addr = accts[i].Address
		}
		p, err := tr.Prove(addr)
		noErr(f, err)
		wires = append(wires, p.Encode())
		addrs = append(addrs, addr)
	}
	return tr, wires, addrs
}

func FuzzDecodeProof(f *testing.F) {
	_, wires, _ := fuzzTree(f)
	for _, w := range wires {
		f.Add(w)
	}
	f.Add([]byte{0x01, 0x00, 0x00})
	f.Add([]byte{0x02, 0x01, 0x00, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProof(b)
		if err != nil {
			errIs(t, err, ErrMalformedProof)
			return
		}
		if !bytes.Equal(b, p.Encode()) {
			t.Fatalf("decode→encode is not the identity:\n in %x\nout %x", b, p.Encode())
		}
	})
}

func FuzzVerify(f *testing.F) {
	tr, wires, addrs := fuzzTree(f)
	root := tr.Root()
	for i, w := range wires {
		a, err := tr.Get(addrs[i])
		noErr(f, err)
		bal := a.Balance.Bytes32()
		f.Add(root[:], addrs[i][:], bal[:], a.Nonce, w)
	}
	f.Fuzz(func(t *testing.T, rootB, addrB, balB []byte, nonce uint64, proof []byte) {
		var rt common.Hash
		copy(rt[:], rootB)
		addr := common.BytesToAddress(addrB)
		bal := new(uint256.Int).SetBytes(balB[:min(len(balB), 32)])
		err := Verify(rt, addr, bal, nonce, proof)
		if err != nil {
			if !isProofErr(err) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		// Accepted: the encoding is canonical, and under the fuzz tree's
		// root the proven state is the true one (soundness).
		p, derr := DecodeProof(proof)
		noErr(t, derr)
		if !bytes.Equal(proof, p.Encode()) {
			t.Fatalf("accepted a non-canonical proof %x", proof)
		}
		if rt == root {
			got, gerr := tr.Get(addr)
			noErr(t, gerr)
			if !got.Equal(Account{Address: addr, Balance: bal, Nonce: nonce}) {
				t.Fatalf("proof accepted for %s balance=%s nonce=%d, tree has %s", addr.Hex(), bal.Dec(), nonce, got)
			}
		}
	})
}

func FuzzDecodeNode(f *testing.F) {
	f.Add(encodeLeaf(Account{Address: common.HexToAddress("0x01"), Balance: uint256.NewInt(2), Nonce: 3}))
	f.Add(encodeInternal(common.Hash{1}, common.Hash{}))
	f.Add(encodeInternal(common.Hash{}, common.Hash{2}))
	f.Add([]byte{nodeVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		n, err := decodeNode(b)
		if err != nil {
			errIs(t, err, ErrCorruptNode)
			return
		}
		if !bytes.Equal(b, n.encode()) {
			t.Fatalf("decode→encode is not the identity:\n in %x\nout %x", b, n.encode())
		}
	})
}

// FuzzUpdate drives batches of writes and deletions over a small pool of
// addresses and checks the root against the reference after each batch,
// and every address's proof.
func FuzzUpdate(f *testing.F) {
	f.Add([]byte{0x00, 0x01, 0x10, 0x02, 0x81, 0x00, 0x12})
	f.Add(bytes.Repeat([]byte{0x13, 0x25, 0x37, 0x41, 0x80}, 8))
	var pool []common.Address
	r := newRand(501)
	for i := 0; i < 16; i++ {
		pool = append(pool, randAddress(r))
	}
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 256 {
			ops = ops[:256]
		}
		tr := mustTree(t, NewMemoryStore(), nil)
		state := map[common.Address]Account{}
		var batch []Account
		flush := func() {
			_, err := tr.Update(batch)
			noErr(t, err)
			for _, a := range batch {
				state[a.Address] = a
			}
			batch = nil
			var all []Account
			for _, a := range state {
				all = append(all, a)
			}
			equal(t, refRoot(all), tr.Root())
		}
		for _, op := range ops {
			if op&0x80 != 0 {
				flush()
			}
			// Low nibble: address; bits 4-6: the value (0 deletes).
			v := uint64(op>>4) & 7
			batch = append(batch, Account{Address: pool[op&0x0f], Balance: uint256.NewInt(v >> 1), Nonce: v & 1})
		}
		flush()
		for _, addr := range pool {
			a, p, err := tr.GetWithProof(addr)
			noErr(t, err)
			noErr(t, Verify(tr.Root(), addr, a.Balance, a.Nonce, p.Encode()))
		}
	})
}
