package rollup

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
)

var testDomain = Domain{ChainID: big.NewInt(1337), TSC: common.HexToAddress("0x00000000000000000000000000000000000c0ffe")}

func testKey(t testing.TB, label string) (k struct {
	addr common.Address
	key  *ecdsa.PrivateKey
}) {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte(label)))
	k.key = key
	k.addr = crypto.PubkeyToAddress(key.PublicKey)
	return k
}

func signedTransfer(t testing.TB, from, to string, value, nonce uint64) *Tx {
	t.Helper()
	tx := &Tx{Type: TxTransfer, To: testKey(t, to).addr, Value: uint256.NewInt(value), Nonce: nonce}
	if err := tx.Sign(testDomain, testKey(t, from).key); err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestSigningHashMatchesApitypes checks our hand-rolled EIP-712 hashing
// against go-ethereum's generic typed-data implementation.
func TestSigningHashMatchesApitypes(t *testing.T) {
	transfer := signedTransfer(t, "alice", "bob", 12345, 7)
	redeem := &Tx{Type: TxRedeem, Value: uint256.MustFromDecimal("1000000000000000000000"), Nonce: 1 << 40}
	if err := redeem.Sign(testDomain, testKey(t, "carol").key); err != nil {
		t.Fatal(err)
	}
	types := apitypes.Types{
		"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
		"Transfer":     {{Name: "from", Type: "address"}, {Name: "to", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint64"}},
		"Redeem":       {{Name: "from", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint64"}},
	}
	domain := apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion, ChainId: (*math.HexOrDecimal256)(testDomain.ChainID), VerifyingContract: testDomain.TSC.Hex()}
	for _, tc := range []struct {
		name    string
		tx      *Tx
		primary string
		msg     apitypes.TypedDataMessage
	}{
		{"transfer", transfer, "Transfer", apitypes.TypedDataMessage{"from": transfer.From.Hex(), "to": transfer.To.Hex(), "value": transfer.Value.Dec(), "nonce": "7"}},
		{"redeem", redeem, "Redeem", apitypes.TypedDataMessage{"from": redeem.From.Hex(), "value": redeem.Value.Dec(), "nonce": new(big.Int).SetUint64(redeem.Nonce).String()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, _, err := apitypes.TypedDataAndHash(apitypes.TypedData{Types: types, PrimaryType: tc.primary, Domain: domain, Message: tc.msg})
			if err != nil {
				t.Fatal(err)
			}
			got, err := tc.tx.SigningHash(testDomain)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got[:], want) {
				t.Fatalf("digest %x, apitypes %x", got, want)
			}
		})
	}
}

func TestTxRoundTripAndSignature(t *testing.T) {
	transfer := signedTransfer(t, "alice", "bob", 5, 0)
	redeem := &Tx{Type: TxRedeem, Value: uint256.NewInt(9), Nonce: 3}
	if err := redeem.Sign(testDomain, testKey(t, "alice").key); err != nil {
		t.Fatal(err)
	}
	deposit := &Tx{Type: TxDeposit, Index: 42, To: testKey(t, "bob").addr, Value: uint256.NewInt(1e9)}
	for _, tx := range []*Tx{transfer, redeem, deposit} {
		t.Run(tx.Type.String(), func(t *testing.T) {
			if err := tx.Validate(); err != nil {
				t.Fatal(err)
			}
			if err := tx.VerifySignature(testDomain); err != nil {
				t.Fatal(err)
			}
			dec, err := DecodeTx(tx.Encode())
			if err != nil {
				t.Fatal(err)
			}
			if dec.Hash() != tx.Hash() || !bytes.Equal(dec.Encode(), tx.Encode()) {
				t.Fatal("round trip changed the transaction")
			}
		})
	}
}

func TestTxRejects(t *testing.T) {
	other := Domain{ChainID: big.NewInt(1), TSC: testDomain.TSC}
	otherTSC := Domain{ChainID: testDomain.ChainID, TSC: common.HexToAddress("0xbeef")}
	highS := signedTransfer(t, "alice", "bob", 5, 0)
	{
		// The malleable twin: s' = n - s, v flipped. It recovers to the same
		// key, so only the EIP-2 rule stops it.
		n := crypto.S256().Params().N
		s := new(big.Int).SetBytes(highS.Sig[32:64])
		new(big.Int).Sub(n, s).FillBytes(highS.Sig[32:64])
		highS.Sig[64] ^= 27 ^ 28
	}
	for _, tc := range []struct {
		name   string
		tx     func() *Tx
		domain Domain
		want   error
	}{
		{"zero value", func() *Tx { tx := signedTransfer(t, "alice", "bob", 0, 0); return tx }, testDomain, ErrInvalidTx},
		{"to zero address", func() *Tx {
			tx := &Tx{Type: TxTransfer, Value: uint256.NewInt(1)}
			_ = tx.Sign(testDomain, testKey(t, "alice").key)
			return tx
		}, testDomain, ErrInvalidTx},
		{"from zero address", func() *Tx { tx := signedTransfer(t, "alice", "bob", 1, 0); tx.From = common.Address{}; return tx }, testDomain, ErrInvalidTx},
		{"high s", func() *Tx { return highS }, testDomain, ErrInvalidTx},
		{"bad v", func() *Tx { tx := signedTransfer(t, "alice", "bob", 1, 0); tx.Sig[64] = 1; return tx }, testDomain, ErrInvalidTx},
		{"other chain", func() *Tx { return signedTransfer(t, "alice", "bob", 1, 0) }, other, ErrBadSignature},
		{"other TSC", func() *Tx { return signedTransfer(t, "alice", "bob", 1, 0) }, otherTSC, ErrBadSignature},
		{"tampered value", func() *Tx { tx := signedTransfer(t, "alice", "bob", 1, 0); tx.Value = uint256.NewInt(2); return tx }, testDomain, ErrBadSignature},
		{"tampered nonce", func() *Tx { tx := signedTransfer(t, "alice", "bob", 1, 0); tx.Nonce++; return tx }, testDomain, ErrBadSignature},
		{"other sender", func() *Tx {
			tx := signedTransfer(t, "alice", "bob", 1, 0)
			tx.From = testKey(t, "carol").addr
			return tx
		}, testDomain, ErrBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx := tc.tx()
			err := tx.Validate()
			if err == nil {
				err = tx.VerifySignature(tc.domain)
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestDecodeTxRejects(t *testing.T) {
	good := signedTransfer(t, "alice", "bob", 1, 0).Encode()
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"unknown type", append([]byte{9}, good[1:]...)},
		{"truncated", good[:len(good)-1]},
		{"trailing byte", append(append([]byte{}, good...), 0)},
		{"deposit with transfer length", append([]byte{byte(TxDeposit)}, good[1:]...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeTx(tc.b); !errors.Is(err, ErrMalformedTx) {
				t.Fatalf("got %v, want ErrMalformedTx", err)
			}
		})
	}
}

func FuzzDecodeTx(f *testing.F) {
	f.Add(signedTransfer(f, "alice", "bob", 1, 0).Encode())
	f.Add((&Tx{Type: TxDeposit, Index: 1, To: common.Address{1}, Value: uint256.NewInt(3)}).Encode())
	f.Add([]byte{byte(TxRedeem)})
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := DecodeTx(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedTx) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(tx.Encode(), b) {
			t.Fatalf("decode/encode is not the identity")
		}
		// Validation and signature checks must not panic on any decoded tx.
		_ = tx.Validate()
		_ = tx.VerifySignature(testDomain)
	})
}
