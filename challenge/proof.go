package challenge

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// ProofSource serves balance proofs under the TSC's accepted head: a DAP
// (DAPSource), a sequencer's replica (TreeSource), or any node holding the
// tree. It gets the whole head, not just its state root, because sources
// index differently: a tree by root, a DAP by height. Sources are not
// trusted: Withdraw verifies a proof before it spends gas on it.
type ProofSource interface {
	// Proof returns the account at addr under head.StateRoot (a zero
	// account if absent) and its proof in statetree.Proof's wire encoding,
	// which the TSC verifies.
	Proof(ctx context.Context, head rollup.Head, addr common.Address) (statetree.Account, []byte, error)
}

// ErrNoProof: no source could serve a valid proof.
var ErrNoProof = errors.New("challenge: no valid balance proof")

// TreeSource proves from a statetree store that holds the root's nodes (a
// sequencer's or DAP's replica: nodes are content addressed, so one store
// serves every root it ever held).
type TreeSource struct {
	Store statetree.Store
}

// Proof opens the tree at head.StateRoot and proves addr.
func (s TreeSource) Proof(ctx context.Context, head rollup.Head, addr common.Address) (statetree.Account, []byte, error) {
	root := head.StateRoot
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
func (ss Sources) Proof(ctx context.Context, head rollup.Head, addr common.Address) (statetree.Account, []byte, error) {
	var errs []error
	for i, s := range ss {
		if s == nil {
			errs = append(errs, fmt.Errorf("source %d: %w: nil ProofSource", i, ErrConfig))
			continue
		}
		acct, proof, err := s.Proof(ctx, head, addr)
		if err == nil {
			err = check(head.StateRoot, addr, acct, proof)
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

// BalanceProver is the balance-proof half of a DAP client: *dap.Client
// implements it. The DAP finds the record by h.Height and the answer is
// verified against h.StateRoot.
type BalanceProver interface {
	BalanceProof(ctx context.Context, h *rollup.Header, addr common.Address) (statetree.Account, *statetree.Proof, error)
}

// DAPSource makes a DAP client a ProofSource:
//
//	amount, _, err := c.Withdraw(ctx, challenge.DAPSource{DAP: dapClient})
type DAPSource struct {
	DAP BalanceProver
}

// Proof asks the DAPs for addr's balance at head's height.
func (s DAPSource) Proof(ctx context.Context, head rollup.Head, addr common.Address) (statetree.Account, []byte, error) {
	if s.DAP == nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: DAPSource has no DAP client", ErrConfig)
	}
	// The TSC's head carries the height and the state root but not the
	// rest of the header; those two fields are all a balance proof needs
	// (which record, and the root it must verify against).
	h := &rollup.Header{Height: head.Height, StateRoot: head.StateRoot}
	acct, p, err := s.DAP.BalanceProof(ctx, h, addr)
	if err != nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: %w", ErrNoProof, err)
	}
	if p == nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: DAP returned no proof", ErrNoProof)
	}
	return acct, p.Encode(), nil
}

// check verifies a served (account, proof) for addr under root.
func check(root common.Hash, addr common.Address, acct statetree.Account, proof []byte) error {
	if acct.Address != addr {
		return fmt.Errorf("%w: proof is for %s, not %s", statetree.ErrInvalidProof, acct.Address, addr)
	}
	return statetree.Verify(root, addr, acct.Balance, acct.Nonce, proof)
}
