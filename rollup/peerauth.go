package rollup

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
)

// Signatures an enclave makes besides header votes. Each is an EIP-712
// digest under the vote domain (chain id, TSC) with its own struct type,
// so no proposal or peer-request signature is ever a valid vote
// (Vote(bytes32 headerHash)), nor one of the other.
var (
	proposalTypeHash = crypto.Keccak256Hash([]byte("Proposal(bytes32 headerHash,uint64 round)"))
)

func eip712(d quorum.Domain, structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// ProposalDigest is what a leader's enclave signs to propose headerHash in
// round: keccak256(0x1901 ‖ voteDomainSeparator ‖
// keccak256(keccak256("Proposal(bytes32 headerHash,uint64 round)") ‖ headerHash ‖ round)).
func ProposalDigest(d quorum.Domain, headerHash common.Hash, round uint64) common.Hash {
	var r [32]byte
	new(big.Int).SetUint64(round).FillBytes(r[:])
	return eip712(d, crypto.Keccak256Hash(proposalTypeHash[:], headerHash[:], r[:]))
}

// DepositHistory is the TSC's DEPOSIT_HISTORY: it refuses a header that
// leaves this many queued deposits or more uncredited.
const DepositHistory = 256

// Errors of proposal authentication. A follower checks them, in this
// order, before it executes or stores anything.
var (
	// ErrUnsignedProposal: the proposal carries no proposer signature.
	ErrUnsignedProposal = errors.New("rollup: unsigned proposal")
	// ErrProposalSignature: the proposer signature is malformed.
	ErrProposalSignature = errors.New("rollup: bad proposal signature")
	// ErrNotMember: the proposer (or a peer request's sender) is not in
	// the committee this node serves in.
	ErrNotMember = errors.New("rollup: signer is not a committee member")
	// ErrNotLeader: the proposer is a member, but the schedule does not
	// make it leader at the proposal's height and round.
	ErrNotLeader = errors.New("rollup: proposer is not the leader at this height and round")
	// ErrFutureRound: the proposal's round is ahead of this node's by more
	// than one (a member cannot pick a far round where it leads).
	ErrFutureRound = errors.New("rollup: proposal round is ahead of this node's")
	// ErrEquivocation: a proposer signed two different headers at one
	// height, which an honest enclave never does (see Enclave).
	ErrEquivocation = errors.New("rollup: proposer signed two headers at one height")
	// ErrLocked: this enclave already signed another header at the height.
	// The *LockError names it.
	ErrLocked = errors.New("rollup: enclave is locked on another header at this height")
)

// LockError: an enclave refuses to sign Asked at Height because it signed
// Locked there (as proposer or voter).
type LockError struct {
	Height        uint64
	Locked, Asked common.Hash
}

func (e *LockError) Error() string {
	return fmt.Sprintf("rollup: locked on header %s at height %d, refused %s", e.Locked, e.Height, e.Asked)
}

func (e *LockError) Unwrap() error { return ErrLocked }

// EquivocationError is evidence of a compromised enclave: two proposals
// its key signed at one height with different headers.
type EquivocationError struct {
	Proposer common.Address
	Height   uint64
	First    common.Hash
	Second   common.Hash
	// FirstProposal and SecondProposal are the signed proposals: with
	// EquivocationOf they are evidence the Slasher takes from anyone.
	FirstProposal, SecondProposal *Proposal
}

func (e *EquivocationError) Error() string {
	return fmt.Sprintf("rollup: %s proposed %s and %s at height %d", e.Proposer, e.First, e.Second, e.Height)
}

func (e *EquivocationError) Unwrap() error { return ErrEquivocation }

// signDigest has k sign digest, returning r ‖ s ‖ v with v ∈ {0, 1}.
func signDigest(k EnclaveKey, digest common.Hash) ([65]byte, error) {
	var out [65]byte
	sig, err := k.Sign(digest)
	if err != nil {
		return out, fmt.Errorf("rollup: enclave sign: %w", err)
	}
	if len(sig) != 65 {
		return out, fmt.Errorf("rollup: enclave returned a %d-byte signature", len(sig))
	}
	copy(out[:], sig)
	return out, nil
}

// Proposer returns the address that signed the proposal (its header hash
// and round) in domain d.
func (p *Proposal) Proposer(d quorum.Domain) (common.Address, error) {
	if p == nil || p.Header == nil {
		return common.Address{}, fmt.Errorf("%w: empty proposal", ErrMalformedProposal)
	}
	if p.Sig == ([65]byte{}) {
		return common.Address{}, ErrUnsignedProposal
	}
	a, err := committee.RecoverSigner(ProposalDigest(d, p.Header.Hash(), p.Round), p.Sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrProposalSignature, err)
	}
	return a, nil
}
