package zkstate

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// The fixed shape of the machine: small enough that a batch proves in about
// a second on 2 cores (see BenchmarkProve).
const (
	Depth       = 4          // tree depth
	NumAccounts = 1 << Depth // account slots
	BatchSize   = 2          // transfers per batch
	SigSize     = 64         // compressed EdDSA signature: R(32) ‖ S(32)
	// TransferSize is one encoded transfer: from(1) ‖ to(1) ‖ amount(8) ‖ nonce(8) ‖ sig(64).
	TransferSize = 1 + 1 + 8 + 8 + SigSize
	// BatchBytes is the size of an encoded batch.
	BatchBytes = BatchSize * TransferSize
)

// TransferTag domain-separates transfer messages from every other MiMC
// input (leaves, nodes): the first element of a transfer's message.
var TransferTag = fr.NewElement(0x7a6b7472616e73) // "zktrans"

// Errors. Each rejection wraps one, with the offending transfer's index.
var (
	ErrEmptyAccount    = errors.New("zkstate: account slot holds no key")
	ErrBadSignature    = errors.New("zkstate: bad signature")
	ErrBadNonce        = errors.New("zkstate: wrong nonce")
	ErrInsufficient    = errors.New("zkstate: insufficient balance")
	ErrOverflow        = errors.New("zkstate: balance or nonce overflows 64 bits")
	ErrBadIndex        = errors.New("zkstate: account index out of range")
	ErrBatchEncoding   = errors.New("zkstate: malformed batch encoding")
	ErrWrongStatement  = errors.New("zkstate: statement does not match the batch")
	ErrNotFieldElement = errors.New("zkstate: value is not a canonical field element")
)

// Account is one slot. A zero PubKey (both coordinates 0) is an empty slot.
type Account struct {
	PubX, PubY fr.Element
	Balance    uint64
	Nonce      uint64
}

// Empty reports whether the slot holds no key.
func (a Account) Empty() bool { return a.PubX.IsZero() && a.PubY.IsZero() }

// Leaf is the slot's leaf hash (zero for an empty slot).
func (a Account) Leaf() fr.Element {
	if a.Empty() && a.Balance == 0 && a.Nonce == 0 {
		return fr.Element{}
	}
	var b, n fr.Element
	b.SetUint64(a.Balance)
	n.SetUint64(a.Nonce)
	return Hash(a.PubX, a.PubY, b, n)
}

// State is the whole account tree. It is a value: Apply returns a new one.
type State struct {
	Accounts [NumAccounts]Account
}

// Transfer moves Amount from slot From to slot To.
type Transfer struct {
	From, To uint8
	Amount   uint64
	Nonce    uint64
	Sig      [SigSize]byte
}

// Batch is exactly BatchSize transfers.
type Batch [BatchSize]Transfer

// Hash is MiMC over field elements, as the circuit computes it.
func Hash(elems ...fr.Element) fr.Element {
	h := mimc.NewMiMC()
	for _, e := range elems {
		b := e.Bytes()
		h.Write(b[:]) // canonical elements never fail
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// Message is the field element the sender signs.
func (t *Transfer) Message() fr.Element {
	var f, to, a, n fr.Element
	f.SetUint64(uint64(t.From))
	to.SetUint64(uint64(t.To))
	a.SetUint64(t.Amount)
	n.SetUint64(t.Nonce)
	return Hash(TransferTag, f, to, a, n)
}

// Sign signs t with key.
func (t *Transfer) Sign(key *eddsa.PrivateKey) error {
	m := t.Message()
	mb := m.Bytes()
	sig, err := key.Sign(mb[:], mimc.NewMiMC())
	if err != nil {
		return fmt.Errorf("zkstate: sign: %w", err)
	}
	copy(t.Sig[:], sig)
	return nil
}

// Commitment is the batch commitment: MiMC over the transfers' messages.
func (b *Batch) Commitment() fr.Element {
	var msgs [BatchSize]fr.Element
	for i := range b {
		msgs[i] = b[i].Message()
	}
	return Hash(msgs[:]...)
}

// Encode is the batch's wire form (BatchBytes bytes, big-endian integers).
func (b *Batch) Encode() []byte {
	out := make([]byte, 0, BatchBytes)
	for _, t := range b {
		out = append(out, t.From, t.To)
		out = binary.BigEndian.AppendUint64(out, t.Amount)
		out = binary.BigEndian.AppendUint64(out, t.Nonce)
		out = append(out, t.Sig[:]...)
	}
	return out
}

// DecodeBatch parses Encode's output. It checks the shape only: indices in
// range; signatures are checked by Apply.
func DecodeBatch(p []byte) (*Batch, error) {
	if len(p) != BatchBytes {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrBatchEncoding, len(p), BatchBytes)
	}
	var b Batch
	for i := range b {
		q := p[i*TransferSize:]
		t := &b[i]
		t.From, t.To = q[0], q[1]
		t.Amount = binary.BigEndian.Uint64(q[2:])
		t.Nonce = binary.BigEndian.Uint64(q[10:])
		copy(t.Sig[:], q[18:18+SigSize])
		if int(t.From) >= NumAccounts || int(t.To) >= NumAccounts {
			return nil, fmt.Errorf("%w: transfer %d: %d -> %d", ErrBadIndex, i, t.From, t.To)
		}
	}
	return &b, nil
}

// Root is the state root.
func (s *State) Root() fr.Element {
	level := make([]fr.Element, NumAccounts)
	for i := range s.Accounts {
		level[i] = s.Accounts[i].Leaf()
	}
	return rootOf(level)
}

func rootOf(level []fr.Element) fr.Element {
	for len(level) > 1 {
		next := make([]fr.Element, len(level)/2)
		for i := range next {
			next[i] = Hash(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

// Path returns the Depth siblings of slot i, leaf level first.
func (s *State) Path(i int) [Depth]fr.Element {
	level := make([]fr.Element, NumAccounts)
	for j := range s.Accounts {
		level[j] = s.Accounts[j].Leaf()
	}
	return pathOf(level, i)
}

func pathOf(level []fr.Element, i int) [Depth]fr.Element {
	var p [Depth]fr.Element
	for d := 0; d < Depth; d++ {
		p[d] = level[i^1]
		next := make([]fr.Element, len(level)/2)
		for j := range next {
			next[j] = Hash(level[2*j], level[2*j+1])
		}
		level, i = next, i/2
	}
	return p
}

// VerifyLeaf checks that leaf sits at slot index under root with siblings
// path: what the escape hatch does on chain.
func VerifyLeaf(root, leaf fr.Element, index int, path [Depth]fr.Element) bool {
	h := leaf
	for d := 0; d < Depth; d++ {
		if index>>d&1 == 0 {
			h = Hash(h, path[d])
		} else {
			h = Hash(path[d], h)
		}
	}
	return h.Equal(&root)
}

// PublicKey returns slot i's key, or an error if the slot is empty or the
// point is not on the curve.
func (s *State) PublicKey(i int) (*eddsa.PublicKey, error) {
	a := s.Accounts[i]
	var pk eddsa.PublicKey
	pk.A.X, pk.A.Y = a.PubX, a.PubY
	if a.Empty() || !pk.A.IsOnCurve() {
		return nil, fmt.Errorf("%w: slot %d", ErrEmptyAccount, i)
	}
	return &pk, nil
}

// SetKey puts key's public key in slot i.
func (s *State) SetKey(i int, pub *eddsa.PublicKey) {
	s.Accounts[i].PubX, s.Accounts[i].PubY = pub.A.X, pub.A.Y
}

// Apply executes batch b on pre and returns the post state and the batch
// commitment. It is deterministic and refuses the whole batch if any transfer
// breaks a rule (the error wraps the rule's sentinel and names the transfer).
func Apply(pre *State, b *Batch) (*State, fr.Element, error) {
	post := *pre
	for i := range b {
		if err := post.apply(&b[i]); err != nil {
			return nil, fr.Element{}, fmt.Errorf("transfer %d: %w", i, err)
		}
	}
	return &post, b.Commitment(), nil
}

func (s *State) apply(t *Transfer) error {
	if int(t.From) >= NumAccounts || int(t.To) >= NumAccounts {
		return fmt.Errorf("%w: %d -> %d", ErrBadIndex, t.From, t.To)
	}
	pk, err := s.PublicKey(int(t.From))
	if err != nil {
		return err
	}
	if _, err := s.PublicKey(int(t.To)); err != nil {
		return err
	}
	m := t.Message()
	mb := m.Bytes()
	if ok, err := pk.Verify(t.Sig[:], mb[:], mimc.NewMiMC()); err != nil || !ok {
		return fmt.Errorf("%w: from slot %d", ErrBadSignature, t.From)
	}
	if !sigScalarCanonical(t.Sig[:]) {
		return fmt.Errorf("%w: S not below the group order", ErrBadSignature)
	}
	from := &s.Accounts[t.From]
	if t.Nonce != from.Nonce {
		return fmt.Errorf("%w: %d, account at %d", ErrBadNonce, t.Nonce, from.Nonce)
	}
	if t.Amount > from.Balance {
		return fmt.Errorf("%w: %d < %d", ErrInsufficient, from.Balance, t.Amount)
	}
	if from.Nonce == ^uint64(0) {
		return fmt.Errorf("%w: nonce", ErrOverflow)
	}
	from.Balance -= t.Amount
	from.Nonce++
	to := &s.Accounts[t.To]
	if to.Balance+t.Amount < to.Balance {
		return fmt.Errorf("%w: receiver balance", ErrOverflow)
	}
	to.Balance += t.Amount
	return nil
}

// sigScalarCanonical mirrors the circuit's S ≤ order check.
func sigScalarCanonical(sig []byte) bool {
	s := new(big.Int).SetBytes(sig[32:64])
	order := twistededwards.GetEdwardsCurve().Order
	return s.Cmp(&order) <= 0
}
