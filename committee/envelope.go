package committee

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/quorum"
)

// envelopeTypeHash is the EIP-712 type of an envelope: distinct from a
// vote's (Vote(bytes32 headerHash)), so neither signature is ever the
// other.
var envelopeTypeHash = crypto.Keccak256Hash([]byte("PeerRequest(address sender,address recipient,bytes32 method,bytes32 payloadHash,uint64 timestamp)"))

// EnvelopeDigest is what a member's enclave signs to send a peer request:
// keccak256(0x1901 ‖ separator(d) ‖ keccak256(typeHash ‖ sender ‖
// recipient ‖ keccak256(method) ‖ payloadHash ‖ timestamp)), timestamp in
// unix milliseconds. The recipient is bound so that a request replayed to
// another member is refused: votes go only to the member that asked.
func EnvelopeDigest(d quorum.Domain, sender, recipient common.Address, method string, payloadHash common.Hash, ts uint64) common.Hash {
	var buf [6 * 32]byte
	copy(buf[0:], envelopeTypeHash[:])
	copy(buf[32+12:], sender[:])
	copy(buf[64+12:], recipient[:])
	mh := crypto.Keccak256Hash([]byte(method))
	copy(buf[96:], mh[:])
	copy(buf[128:], payloadHash[:])
	new(big.Int).SetUint64(ts).FillBytes(buf[160:])
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], crypto.Keccak256(buf[:]))
}

// EnvelopeSigner signs envelopes inside a member's enclave: it computes
// EnvelopeDigest itself, so its host cannot have it sign anything else.
type EnvelopeSigner interface {
	Address() common.Address
	SignEnvelope(to common.Address, method string, payloadHash common.Hash, ts uint64) ([65]byte, error)
}

// Envelope authenticates a peer request: Sig (r ‖ s ‖ v, v ∈ {0, 1}) is
// the sender enclave's signature of EnvelopeDigest.
type Envelope struct {
	Sender common.Address `json:"sender"`
	Time   hexutil.Uint64 `json:"time"`
	Sig    hexutil.Bytes  `json:"sig"`
}

// MaxSkew is how far an envelope's time may be from the receiver's clock.
// Within it an envelope can be replayed to the same recipient, so
// handlers must make a repeated request cheap (see Voter).
const MaxSkew = 10 * time.Second

// ErrPeerAuth: a peer request without a valid envelope from a current
// member (unsigned, bad signature, another recipient, stale or future).
var ErrPeerAuth = errors.New("committee: unauthenticated peer request")

// Auth is what a server checks envelopes against.
type Auth struct {
	Domain  quorum.Domain            // the committee's vote domain
	Self    common.Address           // this member's enclave address: the recipient
	Members func() *quorum.Committee // the committee as L1 holds it now
	Now     func() time.Time         // default time.Now
}

// Validate checks the required settings.
func (a *Auth) Validate() error {
	if err := a.Domain.Validate(); err != nil {
		return fmt.Errorf("committee: auth: %w", err)
	}
	if a.Self == (common.Address{}) || a.Members == nil {
		return fmt.Errorf("%w: auth needs Self and Members", ErrBadHandler)
	}
	return nil
}

// Check authenticates a request for method with payload; nil means the
// sender is a current member and signed it for this recipient recently.
func (a *Auth) Check(env *Envelope, method string, payload []byte) error {
	fail := func(why string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrPeerAuth, fmt.Sprintf(why, args...))
	}
	if env == nil || len(env.Sig) == 0 || env.Sender == (common.Address{}) {
		return fail("unsigned request")
	}
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	ts := time.UnixMilli(int64(env.Time))
	if d := now().Sub(ts); d > MaxSkew || d < -MaxSkew {
		return fail("stale envelope: timestamp %s is %s from now", ts.UTC().Format(time.RFC3339Nano), d)
	}
	c := a.Members()
	if c == nil {
		return fail("no committee")
	}
	if _, ok := c.Index(env.Sender); !ok {
		return fail("sender %s is not a committee member", env.Sender)
	}
	digest := EnvelopeDigest(a.Domain, env.Sender, a.Self, method, crypto.Keccak256Hash(payload), uint64(env.Time))
	signer, err := RecoverSigner(digest, env.Sig)
	if err != nil || signer != env.Sender {
		return fail("bad envelope signature")
	}
	return nil
}

// Seal makes the envelope for a request from s to member to at time now.
func Seal(s EnvelopeSigner, to common.Address, method string, payload []byte, now time.Time) (*Envelope, error) {
	ts := uint64(now.UnixMilli())
	sig, err := s.SignEnvelope(to, method, crypto.Keccak256Hash(payload), ts)
	if err != nil {
		return nil, fmt.Errorf("committee: sign envelope: %w", err)
	}
	return &Envelope{Sender: s.Address(), Time: hexutil.Uint64(ts), Sig: sig[:]}, nil
}

// RecoverSigner returns the address whose key made sig (r ‖ s ‖ v, v ∈
// {0, 1}, low s only, so a signature has one form) over digest: the check
// every enclave-signed peer message (envelopes, proposals) goes through.
func RecoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%d-byte signature", len(sig))
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, s, true) {
		return common.Address{}, errors.New("signature values out of range")
	}
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
