package challenge

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

var (
	// ErrFrozen: the rollup is frozen; only withdrawals, refunds and bond
	// reclaims remain.
	ErrFrozen = errors.New("challenge: rollup is frozen")
	// ErrNotFrozen: the escape hatch is closed while the rollup is live.
	ErrNotFrozen = errors.New("challenge: rollup is not frozen")
	// ErrNotExpired: the challenge is open and its deadline has not passed.
	ErrNotExpired = errors.New("challenge: challenge has not expired")
	// ErrNotOpen: the challenge is not open (never started, answered, or
	// its bond reclaimed).
	ErrNotOpen = errors.New("challenge: challenge is not open")
	// ErrNothingToWithdraw: the account holds nothing under the frozen root.
	ErrNothingToWithdraw = errors.New("challenge: nothing to withdraw")
	// ErrAlreadyWithdrawn: the account already took its balance.
	ErrAlreadyWithdrawn = errors.New("challenge: already withdrawn")
	// ErrConfig: a Client setting or an argument is missing or invalid. It
	// is reported before any transaction is sent, so retrying after fixing
	// it never pays a bond twice.
	ErrConfig = errors.New("challenge: invalid configuration")
)

// State is where a challenge stands.
type State int

const (
	// StateUnknown: no challenge with this id was started.
	StateUnknown State = iota
	// StateOpen: waiting for the committee; the deadline has not passed.
	StateOpen
	// StateExpired: still open after its deadline; anyone may Settle.
	StateExpired
	// StateAnswered: answered by a header or resolveChallenge.
	StateAnswered
	// StateFrozen: open when the rollup froze; its bond can be reclaimed.
	StateFrozen
	// StateReclaimed: open at the freeze, its bond since returned.
	StateReclaimed
)

func (s State) String() string {
	switch s {
	case StateUnknown:
		return "unknown"
	case StateOpen:
		return "open"
	case StateExpired:
		return "expired"
	case StateAnswered:
		return "answered"
	case StateFrozen:
		return "frozen"
	case StateReclaimed:
		return "reclaimed"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// Status is a challenge's state.
type Status struct {
	ID       uint64
	State    State
	Deadline uint64 // unix seconds; set while open
	// Applied and Height describe the answer (StateAnswered), when the
	// ChallengeAnswered event is at or after the client's FromBlock.
	Applied bool
	Height  uint64
}

// Client plays the user's side of the game from one L1 account. L1, Auth
// and one of Wait or Backend are required by every method that sends a
// transaction; they are checked (ErrConfig) before anything is sent.
type Client struct {
	L1   *rollup.L1
	Auth *bind.TransactOpts // the account that challenges, settles and withdraws
	// FromBlock is where event scans start (the TSC's deployment block).
	FromBlock uint64
	// Wait waits for a sent transaction and returns its receipt; nil uses
	// rollup.WaitAll on Backend. Tests on a simulated chain commit a block
	// here.
	Wait func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)
	// Backend is where receipts are awaited when Wait is nil (usually the
	// backend the L1 was bound with).
	Backend bind.DeployBackend
	// PollInterval is Watch's polling period; default 2s.
	PollInterval time.Duration
}

// checkRead reports a Client that cannot read the chain.
func (c *Client) checkRead() error {
	if c == nil || c.L1 == nil {
		return fmt.Errorf("%w: Client needs L1", ErrConfig)
	}
	return nil
}

// checkSend reports a Client that could send a transaction but not see it
// mined. It runs before anything is sent: learning of a missing setting
// after the bond is paid would make a retrying caller pay it twice.
func (c *Client) checkSend() error {
	if err := c.checkRead(); err != nil {
		return err
	}
	switch {
	case c.Auth == nil:
		return fmt.Errorf("%w: Client needs Auth", ErrConfig)
	case c.Wait == nil && c.Backend == nil:
		return fmt.Errorf("%w: Client needs Wait or Backend", ErrConfig)
	}
	return nil
}

// await waits for a transaction just sent (err is the sending error).
// checkSend has passed.
func (c *Client) await(ctx context.Context, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, mapRevert(err)
	}
	if c.Wait != nil {
		r, err := c.Wait(ctx, tx)
		if err == nil && r.Status != types.ReceiptStatusSuccessful {
			err = fmt.Errorf("%w: tx %s", rollup.ErrReverted, tx.Hash())
		}
		return r, err
	}
	rs, err := rollup.WaitAll(ctx, c.Backend, tx)
	if err != nil {
		return nil, err
	}
	return rs[0], nil
}

// mapRevert adds this package's sentinels to the TSC's typed reverts, so
// callers can errors.Is either.
func mapRevert(err error) error {
	var re *rollup.RevertError
	if !errors.As(err, &re) {
		return err
	}
	var s error
	switch re.Reason.(type) {
	case *bindings.TeeRollupRollupFrozen:
		s = ErrFrozen
	case *bindings.TeeRollupNotFrozen:
		s = ErrNotFrozen
	case *bindings.TeeRollupChallengeNotExpired:
		s = ErrNotExpired
	case *bindings.TeeRollupChallengeNotOpen:
		s = ErrNotOpen
	case *bindings.TeeRollupNothingToWithdraw:
		s = ErrNothingToWithdraw
	case *bindings.TeeRollupAlreadyWithdrawn:
		s = ErrAlreadyWithdrawn
	case *bindings.TeeRollupBadBalanceProof:
		s = statetree.ErrInvalidProof
	case *bindings.TeeRollupBadRefund:
		s = ErrDepositChain
	default:
		return err
	}
	return errors.Join(s, err)
}

// Start escalates a signed transaction, paying the TSC's bond, and returns
// the challenge's id and deadline once mined.
func (c *Client) Start(ctx context.Context, tx *rollup.Tx) (rollup.ChallengeStarted, error) {
	if err := c.checkSend(); err != nil {
		return rollup.ChallengeStarted{}, err
	}
	if tx == nil {
		return rollup.ChallengeStarted{}, fmt.Errorf("%w: nil transaction", ErrConfig)
	}
	sent, err := c.L1.StartChallenge(ctx, c.Auth, tx)
	r, err := c.await(ctx, sent, err)
	if err != nil {
		return rollup.ChallengeStarted{}, err
	}
	return c.L1.ParseChallengeStarted(r)
}

// Status reads where challenge id stands.
func (c *Client) Status(ctx context.Context, id uint64) (Status, error) {
	st := Status{ID: id}
	if err := c.checkRead(); err != nil {
		return st, err
	}
	n, err := c.L1.ChallengeCount(ctx)
	if err != nil || id >= n {
		return st, err
	}
	open, isOpen, err := c.L1.Challenge(ctx, id)
	if err != nil {
		return st, err
	}
	frozen, err := c.L1.Frozen(ctx)
	if err != nil {
		return st, err
	}
	head, now, err := c.L1.LatestBlock(ctx)
	if err != nil {
		return st, err
	}
	if isOpen {
		st.Deadline = open.Deadline
		switch {
		case frozen:
			st.State = StateFrozen
		case now > open.Deadline:
			st.State = StateExpired
		default:
			st.State = StateOpen
		}
		return st, nil
	}
	st.State = StateAnswered
	if head < c.FromBlock {
		return st, nil
	}
	log, err := c.L1.ChallengeEvents(ctx, c.FromBlock, head)
	if err != nil {
		return st, err
	}
	for _, a := range log.Answered {
		if a.ID == id {
			st.Applied, st.Height = a.Applied, a.Height
		}
	}
	if slices.Contains(log.Reclaimed, id) {
		st.State = StateReclaimed
	}
	return st, nil
}

// Watch polls challenge id until it is no longer StateOpen: answered,
// expired (then Settle it), or caught by a freeze.
func (c *Client) Watch(ctx context.Context, id uint64) (Status, error) {
	every := c.PollInterval
	if every <= 0 {
		every = 2 * time.Second
	}
	for {
		st, err := c.Status(ctx, id)
		if err != nil || st.State != StateOpen {
			return st, err
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-time.After(every):
		}
	}
}

// Settle freezes the rollup on expired challenge id.
func (c *Client) Settle(ctx context.Context, id uint64) (*types.Receipt, error) {
	if err := c.checkSend(); err != nil {
		return nil, err
	}
	tx, err := c.L1.SettleRollup(ctx, c.Auth, id)
	return c.await(ctx, tx, err)
}

// ReclaimBond returns challenge id's bond to its challenger after a freeze.
func (c *Client) ReclaimBond(ctx context.Context, id uint64) (*types.Receipt, error) {
	if err := c.checkSend(); err != nil {
		return nil, err
	}
	tx, err := c.L1.ReclaimBond(ctx, c.Auth, id)
	return c.await(ctx, tx, err)
}

// Withdraw takes the account's balance under the frozen state root, with a
// proof from src. The proof is verified before it is sent.
func (c *Client) Withdraw(ctx context.Context, src ProofSource) (*uint256.Int, *types.Receipt, error) {
	if err := c.checkSend(); err != nil {
		return nil, nil, err
	}
	if src == nil {
		return nil, nil, fmt.Errorf("%w: nil ProofSource", ErrConfig)
	}
	frozen, err := c.L1.Frozen(ctx)
	if err != nil {
		return nil, nil, err
	}
	if !frozen {
		return nil, nil, ErrNotFrozen
	}
	me := c.Auth.From
	if done, err := c.L1.Withdrawn(ctx, me); err != nil || done {
		if err == nil {
			err = ErrAlreadyWithdrawn
		}
		return nil, nil, err
	}
	head, err := c.L1.Head(ctx)
	if err != nil {
		return nil, nil, err
	}
	acct, proof, err := src.Proof(ctx, head, me)
	if err != nil {
		return nil, nil, err
	}
	if err := check(head.StateRoot, me, acct, proof); err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrNoProof, err)
	}
	if acct.Balance == nil || acct.Balance.IsZero() {
		return nil, nil, ErrNothingToWithdraw
	}
	tx, err := c.L1.SettleWithdraw(ctx, c.Auth, acct.Balance, acct.Nonce, proof)
	r, err := c.await(ctx, tx, err)
	if err != nil {
		return nil, r, err
	}
	return acct.Balance, r, nil
}

// RefundDeposits refunds every deposit the committee never credited, at most
// perCall per transaction, reading the queue from the TSC's Deposited
// events since FromBlock. It returns the receipts, one per call.
func (c *Client) RefundDeposits(ctx context.Context, perCall int) ([]*types.Receipt, error) {
	if err := c.checkSend(); err != nil {
		return nil, err
	}
	if perCall <= 0 {
		return nil, fmt.Errorf("%w: perCall must be positive, got %d", ErrConfig, perCall)
	}
	frozen, err := c.L1.Frozen(ctx)
	if err != nil {
		return nil, err
	}
	if !frozen {
		return nil, ErrNotFrozen
	}
	head, err := c.L1.Head(ctx)
	if err != nil {
		return nil, err
	}
	acc, err := c.L1.DepositAcc(ctx)
	if err != nil {
		return nil, err
	}
	block, _, err := c.L1.LatestBlock(ctx)
	if err != nil {
		return nil, err
	}
	events, err := c.L1.DepositEvents(ctx, c.FromBlock, block)
	if err != nil {
		return nil, err
	}
	chunks, err := PlanRefunds(events, head.DepositIndex, head.DepositCount, acc, perCall)
	if err != nil {
		return nil, err
	}
	var out []*types.Receipt
	for _, ch := range chunks {
		tx, err := c.L1.RefundDeposits(ctx, c.Auth, ch.AccBefore, ch.Deposits)
		r, err := c.await(ctx, tx, err)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}
