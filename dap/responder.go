package dap

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teerollup/teerollup/contracts/bindings"
)

// Responder is a DAP's on-chain side: it watches the contract's chunk
// requests and answers each one its DAP is liable for with the chunk and
// proof from its Node. Answering costs c and is reimbursed c; staying silent
// costs c + ε (or everything, if no DAP answers), so an honest DAP always
// answers.
//
// Poll is not safe for concurrent use; Run calls it in a loop.
type Responder struct {
	Contract *Contract
	Node     *Node
	Auth     *bind.TransactOpts // the DAP's registered account
	// Lazy makes the responder ignore requests: the strategy the game
	// punishes. For tests and simulations.
	Lazy bool
	// Settle makes the responder also settle the requests it has seen once
	// their deadline has passed (so that lazy DAPs are slashed and exits
	// are not held up).
	Settle bool
	// FromBlock is the first L1 block to scan; later polls continue where
	// the last one stopped.
	FromBlock uint64
	// Peers, if set, lists the DAPs to catch up from: a request for a
	// height the node does not hold makes it Backfill from them first and
	// answer if it then can (a DAP that was offline answers for the heights
	// it missed instead of being slashed). PeerSet.Peers fits.
	Peers func(ctx context.Context) ([]Peer, error)

	pending []Request // seen, not yet settled by this responder
}

// Poll scans the L1 blocks since the last poll up to the head, answers every
// new request the DAP is liable for while its deadline is open, and with
// Settle settles the expired requests it has seen. It returns the
// transactions it sent; a failure on one request does not stop the others
// and is reported in the joined error.
func (r *Responder) Poll(ctx context.Context) ([]*types.Transaction, error) {
	head, err := r.Contract.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	now := head.Number.Uint64()
	var (
		sent []*types.Transaction
		errs []error
	)
	if r.FromBlock <= now {
		reqs, err := r.Contract.Requests(ctx, r.FromBlock, now)
		if err != nil {
			return nil, err
		}
		r.FromBlock = now + 1
		for i := range reqs {
			req := &reqs[i]
			if r.Settle {
				r.pending = append(r.pending, *req)
			}
			if r.Lazy || req.Deadline < now+1 {
				continue // the next block is past the deadline
			}
			tx, err := r.answer(ctx, req)
			if err != nil {
				errs = append(errs, fmt.Errorf("dap: request %d: %w", req.ID, err))
				continue
			}
			if tx != nil {
				sent = append(sent, tx)
			}
		}
	}
	if r.Settle {
		keep := r.pending[:0]
		for _, req := range r.pending {
			if req.Deadline >= now {
				// settle is valid from block deadline+1, and gas is
				// estimated on the head block.
				keep = append(keep, req)
				continue
			}
			open, err := r.Contract.IsOpen(ctx, req.ID)
			if err != nil {
				errs = append(errs, err)
				keep = append(keep, req)
				continue
			}
			if !open {
				continue
			}
			tx, err := r.Contract.Settle(ctx, r.Auth, &req)
			if err != nil {
				errs = append(errs, fmt.Errorf("dap: settle %d: %w", req.ID, err))
				keep = append(keep, req)
				continue
			}
			sent = append(sent, tx)
		}
		r.pending = keep
	}
	return sent, errors.Join(errs...)
}

// answer responds to req, or returns (nil, nil) if the DAP is not liable or
// has already answered.
func (r *Responder) answer(ctx context.Context, req *Request) (*types.Transaction, error) {
	liable, err := r.Contract.IsLiable(ctx, r.Auth.From, req.ID)
	if err != nil {
		return nil, err
	}
	if !liable {
		return nil, nil
	}
	// For a DA-certified height only the signers are liable.
	info, err := r.Contract.Info(ctx, r.Auth.From)
	if err != nil {
		return nil, err
	}
	if info.Slot < 0 || req.Liable&(1<<info.Slot) == 0 {
		return nil, nil
	}
	_, chunk, proof, err := r.Node.Answer(req.Height, req.DataRoot, req.Seed)
	if errors.Is(err, ErrNotFound) && r.Peers != nil {
		if head, herr := r.Node.Head(); herr == nil && req.Height > head {
			peers, perr := r.Peers(ctx)
			if perr != nil {
				return nil, errors.Join(err, perr)
			}
			// Peer failures are fine as long as one peer brought the
			// height; Answer says.
			_, berr := r.Node.Backfill(ctx, peers...)
			if _, chunk, proof, err = r.Node.Answer(req.Height, req.DataRoot, req.Seed); err != nil {
				return nil, errors.Join(err, berr)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	tx, err := r.Contract.Respond(ctx, r.Auth, req, chunk, proof)
	var re *RevertError
	if errors.As(err, &re) {
		if _, dup := re.Reason.(*bindings.DataAvailabilityAlreadyAnswered); dup {
			return nil, nil
		}
	}
	return tx, err
}

// Run polls every interval until ctx ends. Poll errors go to onError (if
// set) and do not stop the loop.
func (r *Responder) Run(ctx context.Context, interval time.Duration, onError func(error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := r.Poll(ctx); err != nil && onError != nil {
			onError(err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
