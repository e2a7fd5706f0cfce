package quorum

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Certificate is a QC together with what it certifies: the header at a
// height. (The vote digest covers only the header hash; the header commits
// to its height.)
type Certificate struct {
	Height     uint64
	HeaderHash common.Hash
	QC         QC
}

// Verify checks the certificate's QC for its header.
func (c Certificate) Verify(rule Rule, committee *Committee, d Domain) error {
	return Verify(rule, committee, d, c.HeaderHash, c.QC)
}

// ConflictingQCError is evidence of equivocation: two certificates for
// different headers at the same height. If both verify, the committee
// certified a fork: more members (or kinds) misbehaved than the rule
// tolerates, and Equivocators names those who signed both. It wraps
// ErrConflict.
type ConflictingQCError struct {
	A, B Certificate
}

func (e *ConflictingQCError) Error() string {
	return fmt.Sprintf("%v: height %d certified as %s and %s (signers of both: %s)",
		ErrConflict, e.A.Height, e.A.HeaderHash.Hex(), e.B.HeaderHash.Hex(), e.Equivocators())
}

func (e *ConflictingQCError) Unwrap() error { return ErrConflict }

// Equivocators is the set of committee indices that signed both
// certificates.
func (e *ConflictingQCError) Equivocators() Bitset {
	if e.A.QC == nil || e.B.QC == nil {
		return Bitset{}
	}
	return e.A.QC.SignerSet().Intersect(e.B.QC.SignerSet())
}

// Verify checks that both certificates verify, which makes the conflict
// proof of misbehaviour rather than a claim.
func (e *ConflictingQCError) Verify(rule Rule, c *Committee, d Domain) error {
	if err := e.A.Verify(rule, c, d); err != nil {
		return fmt.Errorf("first certificate: %w", err)
	}
	if err := e.B.Verify(rule, c, d); err != nil {
		return fmt.Errorf("second certificate: %w", err)
	}
	return nil
}

// CheckConflict returns a *ConflictingQCError if a and b certify different
// headers at the same height, and nil otherwise. It compares only; call
// the error's Verify (or verify the certificates first) before acting on
// it.
func CheckConflict(a, b Certificate) error {
	if a.Height != b.Height || a.HeaderHash == b.HeaderHash {
		return nil
	}
	return &ConflictingQCError{A: a, B: b}
}
