package dap

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/rollup"
)

// Certifier gathers DA certificates for a sequencer leader (it implements
// rollup.DACertifier) with the two MuSig2 rounds: it sends a header and
// its batch data to every DAP with dap_certify (each stores it, then
// answers with a public nonce), takes the first threshold of members that
// answer, sends them the aggregate nonce with dap_sign, checks every
// partial signature (a bad one names its DAP) and sums them. If a DAP
// fails round 2, it is dropped and the rounds run again with another
// subset. The DAPs that have not answered round 1 yet keep receiving the
// data in the background (until Timeout), so a slow DAP still stores it.
type Certifier struct {
	Set    *dacert.Set
	Domain rollup.Domain
	// Endpoints are the DAPs to ask, in any order: an answer counts for
	// the member it claims, and a false claim fails round 2.
	Endpoints []Endpoint
	// Timeout bounds each DAP's call (default 10s).
	Timeout time.Duration
}

var _ rollup.DACertifier = (*Certifier)(nil)

// ErrThreshold: fewer than the set's threshold of DAPs took part.
var ErrThreshold = errors.New("dap: DA certificate below threshold")

// CertifyError reports that no threshold subset signed. It unwraps to
// ErrThreshold and to every DAP's failure (a refusal such as ErrStateRoot
// or ErrUnknownParent, a transport error, a *dacert.SignerError for a bad
// partial signature or nonce).
type CertifyError struct {
	Height    uint64
	Threshold int
	Signed    int
	Failures  []Attempt
}

func (e *CertifyError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dap: DA certificate of height %d: %d of threshold %d DAPs answered", e.Height, e.Signed, e.Threshold)
	for _, a := range e.Failures {
		fmt.Fprintf(&b, "; %s: %v", a.Endpoint, a.Err)
	}
	return b.String()
}

func (e *CertifyError) Unwrap() []error {
	errs := []error{ErrThreshold}
	for _, a := range e.Failures {
		errs = append(errs, a.Err)
	}
	return errs
}

type round1 struct {
	ep     int
	member int
	id     SessionID
	nonce  dacert.PubNonce
	err    error
}

// CertifyDA implements rollup.DACertifier.
func (c *Certifier) CertifyDA(ctx context.Context, h *rollup.Header, d *rollup.BatchData) (*dacert.Cert, error) {
	if c.Set == nil {
		return nil, fmt.Errorf("dap: certify: no DA set: %w", ErrInvalidInput)
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	if len(c.Endpoints) == 0 {
		return nil, fmt.Errorf("dap: certify: %w", ErrNoEndpoints)
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	digest := rollup.DADigest(c.Domain, h.Height, h.DataRoot)
	header, data := hexutil.Bytes(h.ABIEncode()), hexutil.Bytes(d.Encode())
	ce := &CertifyError{Height: h.Height, Threshold: c.Set.Threshold()}
	excluded := make([]bool, len(c.Endpoints))
	// Each attempt drops at least one endpoint, so this ends.
	for attempt := 0; attempt < len(c.Endpoints); attempt++ {
		answers, err := c.round1(ctx, timeout, header, data, excluded, ce)
		if err != nil {
			return nil, err
		}
		if len(answers) < c.Set.Threshold() {
			ce.Signed = len(answers)
			return nil, ce
		}
		cert, bad, err := c.round2(ctx, timeout, answers, digest)
		if err == nil {
			return cert, nil
		}
		ce.Failures = append(ce.Failures, Attempt{Endpoint: c.Endpoints[bad].Name, Err: err})
		excluded[bad] = true
		if ctx.Err() != nil {
			return nil, ce
		}
	}
	return nil, ce
}

// round1 asks every endpoint not excluded to store and open a session, and
// returns the first threshold answers of distinct members.
func (c *Certifier) round1(ctx context.Context, timeout time.Duration, header, data hexutil.Bytes, excluded []bool, ce *CertifyError) ([]round1, error) {
	// Detached from ctx: the calls outlive this function once the
	// threshold is met, so every reachable DAP gets the data.
	bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	ch := make(chan round1, len(c.Endpoints))
	asked := 0
	for i, e := range c.Endpoints {
		if excluded[i] {
			continue
		}
		asked++
		go func() {
			var res *CertifyResult
			a := round1{ep: i, member: -1}
			if err := e.RPC.CallContext(bg, &res, Namespace+"_certify", header, data); err != nil {
				a.err = fromRPC(err)
			} else if a.id, a.nonce, a.err = ParseCertifyResult(res); a.err == nil {
				m, ok := c.Set.Index(res.Signer)
				if !ok {
					a.err = fmt.Errorf("%w: %s is not in the DA set", dacert.ErrNotSubset, res.Signer)
				}
				a.member = m
			}
			ch <- a
		}()
	}
	var got []round1
	seen := map[int]bool{}
	t := c.Set.Threshold()
	for i := 0; i < asked; i++ {
		var a round1
		select {
		case a = <-ch:
		case <-ctx.Done():
			cancel()
			ce.Failures = append(ce.Failures, Attempt{Endpoint: "(context)", Err: ctx.Err()})
			ce.Signed = len(got)
			return nil, ce
		}
		if a.err != nil {
			ce.Failures = append(ce.Failures, Attempt{Endpoint: c.Endpoints[a.ep].Name, Err: a.err})
			excluded[a.ep] = true
			continue
		}
		if seen[a.member] {
			continue // another endpoint for the same member
		}
		seen[a.member] = true
		got = append(got, a)
		if len(got) == t {
			go func() { // let the others finish storing, then release
				for range asked - i - 1 {
					<-ch
				}
				cancel()
			}()
			return got, nil
		}
	}
	cancel()
	return got, nil
}

// round2 runs dap_sign with the chosen subset; on failure it returns the
// endpoint to drop.
func (c *Certifier) round2(ctx context.Context, timeout time.Duration, answers []round1, digest [32]byte) (*dacert.Cert, int, error) {
	// Set order: the subset's partial signatures are summed in that order.
	byMember := map[int]round1{}
	var bitmap uint64
	for _, a := range answers {
		byMember[a.member] = a
		bitmap |= 1 << a.member
	}
	sub, err := c.Set.Subset(bitmap)
	if err != nil {
		return nil, answers[0].ep, err
	}
	pubs := make([]dacert.PubNonce, len(sub.Members))
	for j, m := range sub.Members {
		pubs[j] = byMember[m].nonce
	}
	agg, err := dacert.AggregateNonces(pubs)
	if err != nil {
		var se *dacert.SignerError
		if errors.As(err, &se) {
			return nil, byMember[sub.Members[se.Index]].ep, err
		}
		return nil, answers[0].ep, err
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	type res struct {
		j   int
		p   dacert.Partial
		err error
	}
	ch := make(chan res, len(sub.Members))
	for j, m := range sub.Members {
		a := byMember[m]
		go func() {
			var out *SignResult
			r := res{j: j}
			if err := c.Endpoints[a.ep].RPC.CallContext(cctx, &out, Namespace+"_sign", hexutil.Bytes(a.id[:]), hexutil.Uint64(bitmap), hexutil.Bytes(agg[:])); err != nil {
				r.err = fromRPC(err)
			} else if out == nil || len(out.Partial) != 32 {
				r.err = &dacert.SignerError{Index: m, Err: fmt.Errorf("%w: malformed", dacert.ErrPartial)}
			} else {
				copy(r.p[:], out.Partial)
				r.err = c.Set.VerifyPartial(bitmap, agg, digest, m, a.nonce, r.p)
			}
			ch <- r
		}()
	}
	parts := make([]dacert.Partial, len(sub.Members))
	for range sub.Members {
		r := <-ch
		if r.err != nil {
			return nil, byMember[sub.Members[r.j]].ep, fmt.Errorf("member %d: %w", sub.Members[r.j], r.err)
		}
		parts[r.j] = r.p
	}
	cert, err := c.Set.Aggregate(bitmap, agg, digest, parts)
	if err != nil {
		return nil, answers[0].ep, err
	}
	return cert, 0, nil
}
