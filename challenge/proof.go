package challenge

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/statetree"
)

// ProofSource serves balance proofs against a state root: a DAP, a
// sequencer's replica, or any node holding the tree. Sources are not
// trusted: Withdraw verifies a proof before it spends gas on it.
type ProofSource interface {
	// Proof returns the account at addr under root (a zero account if
	// absent) and its proof in statetree.Proof's wire encoding, which the
	// TSC verifies.
	Proof(ctx context.Context, root common.Hash, addr common.Address) (statetree.Account, []byte, error)
}

// ErrNoProof: no source could serve a valid proof.
var ErrNoProof = errors.New("challenge: no valid balance proof")

// TreeSource proves from a statetree store that holds the root's nodes (a
// sequencer's or DAP's replica: nodes are content addressed, so one store
// serves every root it ever held).
type TreeSource struct {
	Store statetree.Store
}

// Proof opens the tree at root and proves addr.
func (s TreeSource) Proof(ctx context.Context, root common.Hash, addr common.Address) (statetree.Account, []byte, error) {
	if err := ctx.Err(); err != nil {
		return statetree.Account{}, nil, err
	}
	if s.Store == nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: TreeSource has no store", ErrNoProof)
	}
	tree, err := statetree.New(s.Store, root)
	if err != nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: %w", ErrNoProof, err)
	}
	acct, p, err := tree.GetWithProof(addr)
	if err != nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: %w", ErrNoProof, err)
	}
	return acct, p.Encode(), nil
}

// Sources asks each source in turn and returns the first proof that
// verifies, so one honest source among lying or unavailable ones is enough.
type Sources []ProofSource

// Proof implements ProofSource.
func (ss Sources) Proof(ctx context.Context, root common.Hash, addr common.Address) (statetree.Account, []byte, error) {
	var errs []error
	for i, s := range ss {
		acct, proof, err := s.Proof(ctx, root, addr)
		if err == nil {
			err = check(root, addr, acct, proof)
		}
		if err == nil {
			return acct, proof, nil
		}
		if ctx.Err() != nil {
			return statetree.Account{}, nil, ctx.Err()
		}
		errs = append(errs, fmt.Errorf("source %d: %w", i, err))
	}
	return statetree.Account{}, nil, fmt.Errorf("%w: %w", ErrNoProof, errors.Join(errs...))
}

// check verifies a served (account, proof) for addr under root.
func check(root common.Hash, addr common.Address, acct statetree.Account, proof []byte) error {
	if acct.Address != addr {
		return fmt.Errorf("%w: proof is for %s, not %s", statetree.ErrInvalidProof, acct.Address, addr)
	}
	return statetree.Verify(root, addr, acct.Balance, acct.Nonce, proof)
}
