package rollup

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// TxType distinguishes the three kinds of rollup transaction. The values are
// the first byte of a transaction's encoding and never change.
type TxType uint8

const (
	// TxDeposit credits L1 funds that the TSC queued; it carries no
	// signature because its authority is the L1 deposit event itself.
	TxDeposit TxType = 1
	// TxTransfer moves funds between rollup accounts.
	TxTransfer TxType = 2
	// TxRedeem burns rollup funds and makes the TSC pay them out on L1 when
	// the header that includes it is accepted.
	TxRedeem TxType = 3
)

func (t TxType) String() string {
	switch t {
	case TxDeposit:
		return "deposit"
	case TxTransfer:
		return "transfer"
	case TxRedeem:
		return "redeem"
	}
	return fmt.Sprintf("txtype(%d)", uint8(t))
}

// Encoded sizes, fixed per type so decoding is a length check.
const (
	SigSize          = 65
	depositSize      = 1 + 8 + 20 + 32
	transferBodySize = 1 + 20 + 20 + 32 + 8
	redeemBodySize   = 1 + 20 + 32 + 8
	transferSize     = transferBodySize + SigSize
	redeemSize       = redeemBodySize + SigSize
)

var (
	// ErrMalformedTx: the bytes are not a canonical transaction encoding.
	ErrMalformedTx = errors.New("rollup: malformed transaction")
	// ErrInvalidTx: the transaction is well formed but not valid on its
	// own (zero value, zero address, non-canonical signature).
	ErrInvalidTx = errors.New("rollup: invalid transaction")
	// ErrBadSignature: the signature does not recover to the sender.
	ErrBadSignature = errors.New("rollup: bad transaction signature")
)

// Tx is a rollup transaction. Which fields are meaningful depends on Type:
//
//	Deposit:  Index (position in the TSC deposit queue), To, Value
//	Transfer: From, To, Value, Nonce, Sig
//	Redeem:   From, Value, Nonce, Sig
type Tx struct {
	Type  TxType
	Index uint64
	From  common.Address
	To    common.Address
	Value *uint256.Int
	Nonce uint64
	Sig   [SigSize]byte // r ‖ s ‖ v with v ∈ {27, 28}
}

// secp256k1 group order halves: signatures with s above it are the malleable
// twin of a canonical one (EIP-2); accepting both would give one transfer two
// hashes.
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Validate checks what can be checked without state or signature recovery.
func (tx *Tx) Validate() error {
	if tx.Value == nil || tx.Value.IsZero() {
		return fmt.Errorf("%w: zero value", ErrInvalidTx)
	}
	switch tx.Type {
	case TxDeposit:
		if tx.To == (common.Address{}) {
			return fmt.Errorf("%w: deposit to the zero address", ErrInvalidTx)
		}
		return nil
	case TxTransfer:
		if tx.To == (common.Address{}) {
			return fmt.Errorf("%w: transfer to the zero address would burn funds", ErrInvalidTx)
		}
		if tx.To == tx.From {
			return fmt.Errorf("%w: transfer to self", ErrInvalidTx)
		}
	case TxRedeem:
	default:
		return fmt.Errorf("%w: unknown type %d", ErrInvalidTx, tx.Type)
	}
	if tx.From == (common.Address{}) {
		return fmt.Errorf("%w: sender is the zero address, which has no key", ErrInvalidTx)
	}
	return checkSig(tx.Sig)
}

func checkSig(sig [SigSize]byte) error {
	if v := sig[64]; v != 27 && v != 28 {
		return fmt.Errorf("%w: signature v = %d, want 27 or 28", ErrInvalidTx, v)
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if r.Sign() == 0 || s.Sign() == 0 || r.Cmp(crypto.S256().Params().N) >= 0 {
		return fmt.Errorf("%w: signature r or s out of range", ErrInvalidTx)
	}
	if s.Cmp(secp256k1HalfN) > 0 {
		return fmt.Errorf("%w: high-s signature (EIP-2)", ErrInvalidTx)
	}
	return nil
}

// Sign fills From and Sig for a transfer or redeem with key over the EIP-712
// digest for domain.
func (tx *Tx) Sign(d Domain, key *ecdsa.PrivateKey) error {
	if tx.Type != TxTransfer && tx.Type != TxRedeem {
		return fmt.Errorf("%w: %s transactions are not signed", ErrInvalidTx, tx.Type)
	}
	tx.From = crypto.PubkeyToAddress(key.PublicKey)
	digest, err := tx.SigningHash(d)
	if err != nil {
		return err
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return fmt.Errorf("rollup: sign: %w", err)
	}
	copy(tx.Sig[:], sig)
	tx.Sig[64] += 27
	return nil
}

// VerifySignature checks that Sig recovers to From under domain. Deposits
// have no signature and always pass.
func (tx *Tx) VerifySignature(d Domain) error {
	if tx.Type == TxDeposit {
		return nil
	}
	if err := d.Validate(); err != nil {
		return err
	}
	return tx.verifySignature(d.Separator())
}

// verifySignature is VerifySignature under a precomputed domain separator.
func (tx *Tx) verifySignature(sep common.Hash) error {
	if tx.Type == TxDeposit {
		return nil
	}
	if err := checkSig(tx.Sig); err != nil {
		return err
	}
	digest, err := tx.signingHash(sep)
	if err != nil {
		return err
	}
	sig := tx.Sig
	sig[64] -= 27
	pub, err := crypto.SigToPub(digest[:], sig[:])
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != tx.From {
		return fmt.Errorf("%w: recovered %s, sender %s", ErrBadSignature, got, tx.From)
	}
	return nil
}

// Encode returns the canonical encoding: the type byte then fixed-width
// big-endian fields, the signature last.
func (tx *Tx) Encode() []byte {
	var out []byte
	val := tx.Value
	if val == nil {
		val = new(uint256.Int)
	}
	v := val.Bytes32()
	switch tx.Type {
	case TxDeposit:
		out = make([]byte, 0, depositSize)
		out = append(out, byte(TxDeposit))
		out = binary.BigEndian.AppendUint64(out, tx.Index)
		out = append(out, tx.To[:]...)
		out = append(out, v[:]...)
	case TxTransfer:
		out = make([]byte, 0, transferSize)
		out = append(out, byte(TxTransfer))
		out = append(out, tx.From[:]...)
		out = append(out, tx.To[:]...)
		out = append(out, v[:]...)
		out = binary.BigEndian.AppendUint64(out, tx.Nonce)
		out = append(out, tx.Sig[:]...)
	case TxRedeem:
		out = make([]byte, 0, redeemSize)
		out = append(out, byte(TxRedeem))
		out = append(out, tx.From[:]...)
		out = append(out, v[:]...)
		out = binary.BigEndian.AppendUint64(out, tx.Nonce)
		out = append(out, tx.Sig[:]...)
	default:
		out = []byte{byte(tx.Type)}
	}
	return out
}

// Hash is keccak256 of the canonical encoding.
func (tx *Tx) Hash() common.Hash { return crypto.Keccak256Hash(tx.Encode()) }

// DecodeTx parses a canonical encoding. It checks the layout only; call
// Validate and VerifySignature before applying the transaction.
func DecodeTx(b []byte) (*Tx, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty", ErrMalformedTx)
	}
	want := map[TxType]int{TxDeposit: depositSize, TxTransfer: transferSize, TxRedeem: redeemSize}[TxType(b[0])]
	if want == 0 {
		return nil, fmt.Errorf("%w: unknown type %d", ErrMalformedTx, b[0])
	}
	if len(b) != want {
		return nil, fmt.Errorf("%w: %s is %d bytes, got %d", ErrMalformedTx, TxType(b[0]), want, len(b))
	}
	tx := &Tx{Type: TxType(b[0]), Value: new(uint256.Int)}
	p := b[1:]
	switch tx.Type {
	case TxDeposit:
		tx.Index = binary.BigEndian.Uint64(p)
		copy(tx.To[:], p[8:28])
		tx.Value.SetBytes32(p[28:60])
	case TxTransfer:
		copy(tx.From[:], p[:20])
		copy(tx.To[:], p[20:40])
		tx.Value.SetBytes32(p[40:72])
		tx.Nonce = binary.BigEndian.Uint64(p[72:80])
		copy(tx.Sig[:], p[80:])
	case TxRedeem:
		copy(tx.From[:], p[:20])
		tx.Value.SetBytes32(p[20:52])
		tx.Nonce = binary.BigEndian.Uint64(p[52:60])
		copy(tx.Sig[:], p[60:])
	}
	return tx, nil
}
