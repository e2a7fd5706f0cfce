package committee

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/quorum"
)

// Engine collects a committee's votes on statements.
type Engine struct {
	Domain  quorum.Domain // the vote domain votes are checked in
	Timeout time.Duration // how long one collection waits; default 5 s
	Logger  *slog.Logger  // default: discard
	// Evidence, if set, receives each *WrongVoteError: a member whose
	// enclave signed something other than what it was asked.
	Evidence func(error)
}

// Request is one statement to collect votes on.
type Request struct {
	Kind      string
	Statement []byte
	Digest    common.Hash       // what members sign (quorum.VoteDigest of it under Domain)
	Committee *quorum.Committee // the committee whose members vote
	Self      int               // the caller's member index (not asked), or -1
	Peers     []Peer            // by member index; nil entries are skipped
}

// Answer is one member's reply to a collection.
type Answer struct {
	Member int
	Vote   quorum.Vote
	Err    error
}

// WrongVoteError is evidence that a member signed another statement than
// the one it was asked to vote on, or returned a vote it did not sign.
type WrongVoteError struct {
	Member int
	Asked  common.Hash
	Vote   quorum.Vote
}

func (e *WrongVoteError) Error() string {
	return fmt.Sprintf("committee: member %d asked to vote for %s returned a vote for %s by %s", e.Member, e.Asked, e.Vote.HeaderHash, e.Vote.Signer)
}

// ErrNoPeer: a member has no peer to reach it by.
var ErrNoPeer = errors.New("committee: no peer for member")

// Collect asks every member but Self for its vote on r, concurrently, and
// returns the valid votes (each member's own, for r.Digest, verifying in
// e.Domain) and every member's answer, errors included, in member order.
func (e *Engine) Collect(ctx context.Context, r Request) ([]quorum.Vote, []Answer) {
	timeout := e.Timeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	n := len(r.Committee.Members)
	answers := make([]Answer, n)
	ch := make(chan Answer, n)
	asked := 0
	for i := range n {
		answers[i].Member = i
		switch {
		case i == r.Self:
		case i >= len(r.Peers) || r.Peers[i] == nil:
			answers[i].Err = ErrNoPeer
		default:
			asked++
			go func(p Peer) {
				v, err := p.Vote(ctx, r.Kind, r.Statement)
				ch <- Answer{Member: i, Vote: v, Err: err}
			}(r.Peers[i])
		}
	}
	var votes []quorum.Vote
	for range asked {
		a := <-ch
		if a.Err == nil {
			m := r.Committee.Members[a.Member]
			if a.Vote.HeaderHash != r.Digest || a.Vote.Signer != m.Addr || a.Vote.Verify(e.Domain) != nil {
				wrong := &WrongVoteError{Member: a.Member, Asked: r.Digest, Vote: a.Vote}
				a.Err = wrong
				if e.Evidence != nil {
					e.Evidence(wrong)
				}
			} else {
				votes = append(votes, a.Vote)
			}
		}
		if a.Err != nil && e.Logger != nil {
			e.Logger.Debug("no vote", "kind", r.Kind, "member", a.Member, "err", a.Err)
		}
		answers[a.Member] = a
	}
	return votes, answers
}

// Certify builds the ECDSA QC of the votes by members of c for digest,
// checks it under rule and, if trim, drops the signatures the rule does
// not need (Trim). Votes by non-members are left out.
func Certify(rule quorum.Rule, c *quorum.Committee, d quorum.Domain, digest common.Hash, votes []quorum.Vote, trim bool) (*quorum.ECDSAQC, error) {
	var in []quorum.Vote
	for _, v := range votes {
		if _, ok := c.Index(v.Signer); ok {
			in = append(in, v)
		}
	}
	full, err := quorum.NewECDSAQC(c, d, digest, in)
	if err != nil {
		return nil, err
	}
	if err := quorum.Verify(rule, c, d, digest, full); err != nil {
		return nil, fmt.Errorf("committee: %d votes do not certify %s: %w", len(in), digest, err)
	}
	if trim {
		return Trim(rule, c, full), nil
	}
	return full, nil
}

// Trim drops signatures while the rule still holds, from the highest
// member index down, so the QC carries a minimal signer set (cheaper to
// check on chain).
func Trim(rule quorum.Rule, c *quorum.Committee, q *quorum.ECDSAQC) *quorum.ECDSAQC {
	signers := q.Signers
	idx := signers.Indices()
	for k := len(idx) - 1; k >= 0; k-- {
		s := signers
		s.Remove(idx[k])
		if quorum.Check(rule, c, s) == nil {
			signers = s
		}
	}
	out := &quorum.ECDSAQC{N: q.N, Signers: signers}
	for j, i := range idx {
		if signers.Has(i) {
			out.Sigs = append(out.Sigs, q.Sigs[j])
		}
	}
	return out
}

// Submit calls submit up to attempts times (at least once), waiting 100 ms
// more after each failure, until it succeeds, ctx ends, or final reports
// its error as one a retry cannot fix (a revert, say).
func Submit(ctx context.Context, attempts int, final func(error) bool, submit func(context.Context) error) error {
	var err error
	for attempt := range max(attempts, 1) {
		if err = submit(ctx); err == nil {
			return nil
		}
		if final != nil && final(err) {
			return err
		}
		if attempt == max(attempts, 1)-1 {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 100 * time.Millisecond):
		}
	}
	return err
}
