package zkstate

import (
	"fmt"
	"math/big"

	gcEddsa "github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash/mimc"
	"github.com/consensys/gnark/std/signature/eddsa"
)

// LeafWitness is an account leaf's preimage inside the circuit.
type LeafWitness struct {
	PubX, PubY, Balance, Nonce frontend.Variable
}

// TransferWitness is one transfer and the Merkle paths it touches: the
// sender's against the root before it, the receiver's against the root after
// the sender's update.
type TransferWitness struct {
	From, To, Amount, Nonce frontend.Variable
	Sig                     eddsa.Signature
	Sender                  LeafWitness
	SenderPath              [Depth]frontend.Variable
	Receiver                LeafWitness
	ReceiverPath            [Depth]frontend.Variable
}

// Circuit proves that applying the batch to PreRoot yields PostRoot, and
// that Commitment commits to the batch's transfers.
type Circuit struct {
	PreRoot    frontend.Variable `gnark:",public"`
	PostRoot   frontend.Variable `gnark:",public"`
	Commitment frontend.Variable `gnark:",public"`
	Transfers  [BatchSize]TransferWitness

	// OmitBalanceCheck is the deliberate soundness bug: no range check on
	// the sender's new balance, so an overdraft wraps around the field.
	OmitBalanceCheck bool `gnark:"-"`
}

// Define is the transition's constraint system.
func (c *Circuit) Define(api frontend.API) error {
	curve, err := twistededwards.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		return err
	}
	h, err := mimc.NewMiMC(api)
	if err != nil {
		return err
	}
	hash := func(v ...frontend.Variable) frontend.Variable {
		h.Reset()
		h.Write(v...)
		return h.Sum()
	}
	leaf := func(l LeafWitness) frontend.Variable {
		return hash(l.PubX, l.PubY, l.Balance, l.Nonce)
	}
	// root recomputes the root from a leaf at the slot whose Depth bits
	// are bits (leaf level first).
	root := func(leaf frontend.Variable, bits []frontend.Variable, path [Depth]frontend.Variable) frontend.Variable {
		cur := leaf
		for d := 0; d < Depth; d++ {
			l := api.Select(bits[d], path[d], cur)
			r := api.Select(bits[d], cur, path[d])
			cur = hash(l, r)
		}
		return cur
	}
	range64 := func(v frontend.Variable) {
		api.ToBinary(v, 64) // constrains v < 2^64
	}

	cur := c.PreRoot
	var msgs [BatchSize]frontend.Variable
	for i := range c.Transfers {
		t := &c.Transfers[i]
		fromBits := api.ToBinary(t.From, Depth)
		toBits := api.ToBinary(t.To, Depth)
		range64(t.Amount)

		// The message and the sender's signature over it.
		msgs[i] = hash(TransferTag, t.From, t.To, t.Amount, t.Nonce)
		pub := eddsa.PublicKey{A: twistededwards.Point{X: t.Sender.PubX, Y: t.Sender.PubY}}
		curve.AssertIsOnCurve(pub.A)
		curve.AssertIsOnCurve(t.Sig.R)
		sh, err := mimc.NewMiMC(api)
		if err != nil {
			return err
		}
		if err := eddsa.Verify(curve, t.Sig, msgs[i], pub, &sh); err != nil {
			return err
		}

		// Sender: in the tree at cur, nonce matches, debit.
		api.AssertIsEqual(root(leaf(t.Sender), fromBits, t.SenderPath), cur)
		api.AssertIsEqual(t.Nonce, t.Sender.Nonce)
		newSender := LeafWitness{
			PubX: t.Sender.PubX, PubY: t.Sender.PubY,
			Balance: api.Sub(t.Sender.Balance, t.Amount),
			Nonce:   api.Add(t.Sender.Nonce, 1),
		}
		if !c.OmitBalanceCheck {
			range64(newSender.Balance)
		}
		range64(newSender.Nonce)
		cur = root(leaf(newSender), fromBits, t.SenderPath)

		// Receiver: in the tree after the debit, holds a key, credit.
		curve.AssertIsOnCurve(twistededwards.Point{X: t.Receiver.PubX, Y: t.Receiver.PubY})
		api.AssertIsEqual(root(leaf(t.Receiver), toBits, t.ReceiverPath), cur)
		newReceiver := LeafWitness{
			PubX: t.Receiver.PubX, PubY: t.Receiver.PubY,
			Balance: api.Add(t.Receiver.Balance, t.Amount),
			Nonce:   t.Receiver.Nonce,
		}
		range64(newReceiver.Balance)
		cur = root(leaf(newReceiver), toBits, t.ReceiverPath)
	}
	api.AssertIsEqual(cur, c.PostRoot)
	api.AssertIsEqual(hash(msgs[:]...), c.Commitment)
	return nil
}

// fieldAccount is a slot with field-element balance and nonce: the witness
// builder's view, which can represent what a cheating prover does.
type fieldAccount struct {
	X, Y, Bal, Nonce fr.Element
}

func (a fieldAccount) leaf() fr.Element {
	if a == (fieldAccount{}) {
		return fr.Element{}
	}
	return Hash(a.X, a.Y, a.Bal, a.Nonce)
}

// Assign builds the circuit assignment for b on pre and returns it with
// the post-state root it proves. It applies the transfers with field
// arithmetic and checks nothing: for an honest prover, call Apply first
// (a batch Apply refuses yields an assignment the sound circuit does not
// satisfy); a cheating prover against OmitBalanceCheck uses it as is.
func Assign(pre *State, b *Batch) (*Circuit, fr.Element, error) {
	var accts [NumAccounts]fieldAccount
	for i, a := range pre.Accounts {
		accts[i].X, accts[i].Y = a.PubX, a.PubY
		accts[i].Bal.SetUint64(a.Balance)
		accts[i].Nonce.SetUint64(a.Nonce)
	}
	leaves := func() []fr.Element {
		l := make([]fr.Element, NumAccounts)
		for i := range accts {
			l[i] = accts[i].leaf()
		}
		return l
	}
	asg := &Circuit{PreRoot: rootOf(leaves())}
	for i := range b {
		t := &b[i]
		if int(t.From) >= NumAccounts || int(t.To) >= NumAccounts {
			return nil, fr.Element{}, fmt.Errorf("transfer %d: %w", i, ErrBadIndex)
		}
		w := &asg.Transfers[i]
		w.From, w.To, w.Amount, w.Nonce = uint64(t.From), uint64(t.To), t.Amount, t.Nonce
		if err := assignSig(&w.Sig, t.Sig[:]); err != nil {
			return nil, fr.Element{}, fmt.Errorf("transfer %d: %w", i, err)
		}
		s := &accts[t.From]
		w.Sender = LeafWitness{s.X, s.Y, s.Bal, s.Nonce}
		w.SenderPath = toVars(pathOf(leaves(), int(t.From)))
		var amt, one fr.Element
		amt.SetUint64(t.Amount)
		one.SetOne()
		s.Bal.Sub(&s.Bal, &amt)
		s.Nonce.Add(&s.Nonce, &one)
		r := &accts[t.To]
		w.Receiver = LeafWitness{r.X, r.Y, r.Bal, r.Nonce}
		w.ReceiverPath = toVars(pathOf(leaves(), int(t.To)))
		r.Bal.Add(&r.Bal, &amt)
	}
	post := rootOf(leaves())
	asg.PostRoot = post
	asg.Commitment = b.Commitment()
	return asg, post, nil
}

func toVars(p [Depth]fr.Element) [Depth]frontend.Variable {
	var out [Depth]frontend.Variable
	for i := range p {
		out[i] = p[i]
	}
	return out
}

// assignSig fills a circuit signature from its compressed bytes without
// gnark's panicking helper: a signature whose R does not decompress gets
// coordinates (0, 0), which the circuit's on-curve check refuses.
func assignSig(s *eddsa.Signature, sig []byte) error {
	var rs sigParts
	rs.decode(sig)
	s.R.X, s.R.Y, s.S = rs.x, rs.y, rs.s
	return nil
}

type sigParts struct {
	x, y fr.Element
	s    *big.Int
}

func (p *sigParts) decode(sig []byte) {
	p.s = new(big.Int).SetBytes(sig[32:64])
	var es gcEddsa.Signature
	if _, err := es.SetBytes(sig); err == nil {
		p.x, p.y = es.R.X, es.R.Y
	}
}
