package rollup

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/statetree"
)

func bdRandAddr(rng *rand.Rand) (a common.Address) {
	for i := range a {
		a[i] = byte(rng.Uint32())
	}
	return a
}

// bdRandData builds random, well-formed batch data with up to nTx
// transactions of every type and up to nAcct accounts (some zero).
func bdRandData(rng *rand.Rand, nTx, nAcct int) *BatchData {
	d := &BatchData{Height: rng.Uint64()}
	for range rng.IntN(nTx + 1) {
		tx := &Tx{Type: TxType(1 + rng.IntN(3)), Index: rng.Uint64(), From: bdRandAddr(rng), To: bdRandAddr(rng),
			Value: uint256.NewInt(rng.Uint64()), Nonce: rng.Uint64()}
		for i := range tx.Sig {
			tx.Sig[i] = byte(rng.Uint32())
		}
		// Fields a type does not encode are zero after decoding.
		switch tx.Type {
		case TxDeposit:
			tx.From, tx.Nonce, tx.Sig = common.Address{}, 0, [SigSize]byte{}
		case TxTransfer:
			tx.Index = 0
		case TxRedeem:
			tx.Index, tx.To = 0, common.Address{}
		}
		d.Txs = append(d.Txs, tx)
	}
	for range rng.IntN(nAcct + 1) {
		a := statetree.Account{Address: bdRandAddr(rng), Balance: uint256.NewInt(rng.Uint64()), Nonce: rng.Uint64N(5)}
		if rng.IntN(5) == 0 {
			a.Balance, a.Nonce = new(uint256.Int), 0 // a deletion
		}
		d.Accounts = append(d.Accounts, a)
	}
	slices.SortFunc(d.Accounts, func(a, b statetree.Account) int { return a.Address.Cmp(b.Address) })
	d.Accounts = slices.CompactFunc(d.Accounts, func(a, b statetree.Account) bool { return a.Address == b.Address })
	return d
}

func bdEqual(a, b *BatchData) bool {
	if a.Height != b.Height || len(a.Txs) != len(b.Txs) || len(a.Accounts) != len(b.Accounts) {
		return false
	}
	for i := range a.Txs {
		if !bytes.Equal(a.Txs[i].Encode(), b.Txs[i].Encode()) {
			return false
		}
	}
	for i := range a.Accounts {
		if !a.Accounts[i].Equal(b.Accounts[i]) {
			return false
		}
	}
	return true
}

func TestBatchDataRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for i := range 300 {
		d := bdRandData(rng, 40, 40)
		if i == 0 {
			d = &BatchData{} // empty batch, no accounts
		}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		enc := d.Encode()
		got, err := DecodeBatchData(enc)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if !bdEqual(d, got) {
			t.Fatalf("case %d: round trip changed the data", i)
		}
		if !bytes.Equal(got.Encode(), enc) {
			t.Fatalf("case %d: re-encoding differs", i)
		}
		if d.DataRoot() != merkle.ChunkRoot(enc) {
			t.Fatalf("case %d: DataRoot is not the chunk root of the encoding", i)
		}
	}
}

// TestBatchDataFromApply: the data of a real batch (Apply's sorted changed
// accounts) encodes canonically, rebuilds the state root on a replica, and
// verifies against a header carrying its data root.
func TestBatchDataFromApply(t *testing.T) {
	d := Domain{ChainID: big.NewInt(1), TSC: common.HexToAddress("0x1234")}
	tree, _ := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	replica, _ := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	key := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("metadata-test")))
	sender := crypto.PubkeyToAddress(key.PublicKey)
	q := bdQueue{0: {sender, uint256.NewInt(1000)}}
	var batch []*Tx
	batch = append(batch, &Tx{Type: TxDeposit, Index: 0, To: sender, Value: uint256.NewInt(1000)})
	for i := range 5 {
		tx := &Tx{Type: TxTransfer, To: common.BigToAddress(big.NewInt(int64(100 + i))), Value: uint256.NewInt(10), Nonce: uint64(i)}
		if err := tx.Sign(d, key); err != nil {
			t.Fatal(err)
		}
		batch = append(batch, tx)
	}
	res, err := Apply(d, tree, 0, common.Hash{}, q, batch)
	if err != nil {
		t.Fatal(err)
	}
	data := &BatchData{Height: 1, Txs: batch, Accounts: res.Accounts}
	if err := data.Validate(); err != nil {
		t.Fatal(err)
	}
	dec, err := DecodeBatchData(data.Encode())
	if err != nil {
		t.Fatal(err)
	}
	root, err := replica.Update(dec.Accounts)
	if err != nil {
		t.Fatal(err)
	}
	if root != res.StateRoot {
		t.Fatalf("replica root %s, state root %s", root, res.StateRoot)
	}
	h := &Header{Height: 1, StateRoot: res.StateRoot, TxRoot: res.TxRoot, DataRoot: data.DataRoot()}
	if err := dec.Verify(h); err != nil {
		t.Fatal(err)
	}
	other := *h
	other.Height = 2
	if err := dec.Verify(&other); !errors.Is(err, ErrDataMismatch) {
		t.Fatalf("wrong height: %v", err)
	}
	other = *h
	other.DataRoot[0] ^= 1
	if err := dec.Verify(&other); !errors.Is(err, ErrDataMismatch) {
		t.Fatalf("wrong data root: %v", err)
	}
}

type bdQueue map[uint64]struct {
	to common.Address
	v  *uint256.Int
}

func (q bdQueue) Deposit(i uint64) (common.Address, *uint256.Int, bool) {
	e, ok := q[i]
	return e.to, e.v, ok
}

func TestBatchDataRejects(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	var d *BatchData
	for d == nil || len(d.Txs) < 2 || len(d.Accounts) < 2 {
		d = bdRandData(rng, 5, 5)
	}
	enc := d.Encode()
	txEnd := batchDataHeaderSize
	for _, tx := range d.Txs {
		txEnd += len(tx.Encode())
	}
	firstAcct := txEnd + 4
	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), enc...)) }
	for what, b := range map[string][]byte{
		"empty":        nil,
		"version":      mut(func(b []byte) []byte { b[0] = 2; return b }),
		"trailing":     append(append([]byte(nil), enc...), 0),
		"truncated":    enc[:len(enc)-1],
		"no accounts":  enc[:txEnd],
		"unknown type": mut(func(b []byte) []byte { b[batchDataHeaderSize] = 9; return b }),
		"tx count+1":   mut(func(b []byte) []byte { b[12]++; return b }),
		"tx count-1":   mut(func(b []byte) []byte { b[12]--; return b }),
		"huge tx count": mut(func(b []byte) []byte {
			b[9], b[10], b[11], b[12] = 0xff, 0xff, 0xff, 0xff
			return b
		}),
		"huge account count": mut(func(b []byte) []byte { b[txEnd] = 0xff; return b }),
		"duplicate account": mut(func(b []byte) []byte {
			copy(b[firstAcct+accountEncodedSize:], b[firstAcct:firstAcct+20])
			return b
		}),
		"unsorted accounts": mut(func(b []byte) []byte {
			a := append([]byte(nil), b[firstAcct:firstAcct+accountEncodedSize]...)
			copy(b[firstAcct:], b[firstAcct+accountEncodedSize:firstAcct+2*accountEncodedSize])
			copy(b[firstAcct+accountEncodedSize:], a)
			return b
		}),
	} {
		if _, err := DecodeBatchData(b); !errors.Is(err, ErrMalformedBatchData) {
			t.Errorf("%s: got %v, want ErrMalformedBatchData", what, err)
		}
	}

	bad := *d
	bad.Accounts = slices.Clone(d.Accounts)
	bad.Accounts[0], bad.Accounts[1] = bad.Accounts[1], bad.Accounts[0]
	if err := bad.Validate(); !errors.Is(err, ErrInvalidBatchData) {
		t.Errorf("unsorted accounts: Validate = %v", err)
	}
	bad = *d
	bad.Txs = []*Tx{{Type: 7}}
	if err := bad.Validate(); !errors.Is(err, ErrInvalidBatchData) {
		t.Errorf("unknown tx type: Validate = %v", err)
	}
	bad.Txs = []*Tx{nil}
	if err := bad.Validate(); !errors.Is(err, ErrInvalidBatchData) {
		t.Errorf("nil tx: Validate = %v", err)
	}
}

// FuzzDecodeBatchData: the decoder never panics, every error is typed, and
// what it accepts is canonical (re-encodes to the input) and valid.
func FuzzDecodeBatchData(f *testing.F) {
	rng := rand.New(rand.NewPCG(10, 10))
	for range 8 {
		f.Add(bdRandData(rng, 4, 4).Encode())
	}
	f.Add((&BatchData{}).Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DecodeBatchData(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedBatchData) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		if !bytes.Equal(d.Encode(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("decoded data is invalid: %v", err)
		}
	})
}
