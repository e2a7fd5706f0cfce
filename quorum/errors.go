package quorum

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Sentinel errors. Every error this package returns wraps exactly one of
// them (directly or through a typed error below), so callers branch with
// errors.Is and log the detail.
var (
	// ErrDomain: the EIP-712 domain is unusable (no chain id, zero verifier).
	ErrDomain = errors.New("quorum: invalid domain")
	// ErrCommitteeHash: the committee encoding does not hash to the
	// registered committee hash.
	ErrCommitteeHash = errors.New("quorum: committee hash mismatch")
	// ErrCommittee: the committee does not decode or a member is invalid.
	ErrCommittee = errors.New("quorum: invalid committee")
	// ErrRule: the rule does not decode or its parameters are out of range.
	ErrRule = errors.New("quorum: invalid rule")
	// ErrQC: the quorum certificate does not decode or does not fit the
	// committee (size, bitmap, signature count).
	ErrQC = errors.New("quorum: malformed quorum certificate")
	// ErrRuleNotMet: the certificate's signers do not satisfy the rule.
	ErrRuleNotMet = errors.New("quorum: signers do not satisfy the rule")
	// ErrSignature: a signature (or the BLS aggregate) does not verify.
	ErrSignature = errors.New("quorum: invalid signature")
	// ErrPoP: a BLS proof of possession is missing or does not verify.
	ErrPoP = errors.New("quorum: invalid proof of possession")
	// ErrKey: a secret key is invalid.
	ErrKey = errors.New("quorum: invalid key")
	// ErrVote: a vote cannot go into a certificate (wrong header, not a
	// member, duplicate).
	ErrVote = errors.New("quorum: invalid vote")
	// ErrConflict: two valid certificates certify different headers at the
	// same height. It is evidence against the signers of both.
	ErrConflict = errors.New("quorum: conflicting quorum certificates")
	// ErrSim: a Monte Carlo configuration is invalid.
	ErrSim = errors.New("quorum: invalid simulation")
)

// Reason is a verdict class shared with the Solidity QuorumVerifier, whose
// check functions return these numbers. Verification runs its checks in a
// fixed order (the order of the constants, except that member checks run
// after the QC is decoded) and the first failure decides the reason, in Go
// and on chain alike.
type Reason uint8

const (
	ReasonOK            Reason = 0
	ReasonCommitteeHash Reason = 1 // ErrCommitteeHash
	ReasonCommittee     Reason = 2 // ErrCommittee
	ReasonRule          Reason = 3 // ErrRule
	ReasonQC            Reason = 4 // ErrQC
	ReasonRuleNotMet    Reason = 5 // ErrRuleNotMet
	ReasonSignature     Reason = 6 // ErrSignature
	ReasonPoP           Reason = 7 // ErrPoP (registration only)
	// ReasonOther is any error with no on-chain counterpart (ErrDomain,
	// ErrVote, ...).
	ReasonOther Reason = 255
)

var reasonNames = map[Reason]string{
	ReasonOK: "ok", ReasonCommitteeHash: "committee-hash", ReasonCommittee: "committee",
	ReasonRule: "rule", ReasonQC: "qc", ReasonRuleNotMet: "rule-not-met",
	ReasonSignature: "signature", ReasonPoP: "pop", ReasonOther: "other",
}

func (r Reason) String() string {
	if s, ok := reasonNames[r]; ok {
		return s
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// ReasonOf classifies an error returned by this package: nil is ReasonOK.
func ReasonOf(err error) Reason {
	switch {
	case err == nil:
		return ReasonOK
	case errors.Is(err, ErrCommitteeHash):
		return ReasonCommitteeHash
	case errors.Is(err, ErrCommittee):
		return ReasonCommittee
	case errors.Is(err, ErrRule):
		return ReasonRule
	case errors.Is(err, ErrQC):
		return ReasonQC
	case errors.Is(err, ErrRuleNotMet):
		return ReasonRuleNotMet
	case errors.Is(err, ErrSignature):
		return ReasonSignature
	case errors.Is(err, ErrPoP):
		return ReasonPoP
	}
	return ReasonOther
}

// MemberError reports an invalid committee member. It wraps ErrCommittee.
type MemberError struct {
	Index  int
	Addr   common.Address
	Detail string
}

func (e *MemberError) Error() string {
	return fmt.Sprintf("%v: member %d (%s): %s", ErrCommittee, e.Index, e.Addr.Hex(), e.Detail)
}

func (e *MemberError) Unwrap() error { return ErrCommittee }

// SignatureError reports a signature that does not verify. Index is the
// committee index of the signer (the first bad one in an ECDSA certificate),
// or -1 where there is none: a single vote checked on its own, or a BLS
// aggregate, whose failure cannot be pinned on a member. It wraps
// ErrSignature.
type SignatureError struct {
	Index  int
	Signer common.Address
	Detail string
}

func (e *SignatureError) Error() string {
	switch {
	case e.Index >= 0:
		return fmt.Sprintf("%v: member %d (%s): %s", ErrSignature, e.Index, e.Signer.Hex(), e.Detail)
	case e.Signer != (common.Address{}):
		return fmt.Sprintf("%v: %s: %s", ErrSignature, e.Signer.Hex(), e.Detail)
	}
	return fmt.Sprintf("%v: %s", ErrSignature, e.Detail)
}

func (e *SignatureError) Unwrap() error { return ErrSignature }

// RuleNotMetError reports that the signers do not satisfy a rule: Rule is
// the (sub)rule that failed and Tally what the signers amounted to. It
// wraps ErrRuleNotMet.
type RuleNotMetError struct {
	Rule   Rule
	Tally  Tally
	Detail string
}

func (e *RuleNotMetError) Error() string {
	return fmt.Sprintf("%v: %s: %s", ErrRuleNotMet, e.Rule, e.Detail)
}

func (e *RuleNotMetError) Unwrap() error { return ErrRuleNotMet }

// NonMemberError reports a vote by an address outside the committee. It
// wraps ErrVote.
type NonMemberError struct {
	Signer common.Address
}

func (e *NonMemberError) Error() string {
	return fmt.Sprintf("%v: %s is not a committee member", ErrVote, e.Signer.Hex())
}

func (e *NonMemberError) Unwrap() error { return ErrVote }

// DuplicateVoteError reports two votes by one member for one certificate.
// It wraps ErrVote.
type DuplicateVoteError struct {
	Index  int
	Signer common.Address
}

func (e *DuplicateVoteError) Error() string {
	return fmt.Sprintf("%v: member %d (%s) voted twice", ErrVote, e.Index, e.Signer.Hex())
}

func (e *DuplicateVoteError) Unwrap() error { return ErrVote }
