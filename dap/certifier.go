package dap

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/teerollup/teerollup/rollup"
)

// Certifier gathers DA certificates for a sequencer leader (it implements
// rollup.DACertifier): it sends a header and its batch data to every DAP
// with dap_certify, checks each returned signature by recovery against the
// DA set, and returns as soon as the set's threshold signed. The DAPs that
// have not answered yet keep receiving the data in the background (until
// Timeout), so a slow DAP still stores it; only the certificate is cut at
// the threshold, which keeps updateState's gas down.
type Certifier struct {
	Set    *rollup.DASet
	Domain rollup.Domain
	// Endpoints are the DAPs to ask, in any order: a signature counts for
	// the member it recovers to, whatever endpoint served it.
	Endpoints []Endpoint
	// Timeout bounds each DAP's store-and-sign call (default 10s).
	Timeout time.Duration
}

var _ rollup.DACertifier = (*Certifier)(nil)

// CertifyError reports that fewer than the threshold of DAPs signed. It
// unwraps to rollup.ErrDAThreshold and to every DAP's failure (a refusal
// such as ErrStateRoot or ErrUnknownParent, a transport error, or
// rollup.ErrDACert for a signature that does not verify).
type CertifyError struct {
	Height    uint64
	Threshold int
	Signed    int
	Failures  []Attempt
}

func (e *CertifyError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dap: DA certificate of height %d: %d of threshold %d DAPs signed", e.Height, e.Signed, e.Threshold)
	for _, a := range e.Failures {
		fmt.Fprintf(&b, "; %s: %v", a.Endpoint, a.Err)
	}
	return b.String()
}

func (e *CertifyError) Unwrap() []error {
	errs := []error{rollup.ErrDAThreshold}
	for _, a := range e.Failures {
		errs = append(errs, a.Err)
	}
	return errs
}

// CertifyDA implements rollup.DACertifier.
func (c *Certifier) CertifyDA(ctx context.Context, h *rollup.Header, d *rollup.BatchData) (*rollup.DACert, error) {
	if err := c.Set.Validate(); err != nil {
		return nil, err
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
	header, data := hexutil.Bytes(h.ABIEncode()), hexutil.Bytes(d.Encode())
	type answer struct {
		name string
		sig  [65]byte
		who  common.Address
		err  error
	}
	// Detached from ctx: the calls outlive this function once the
	// threshold is met, so every reachable DAP gets the data.
	bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	ch := make(chan answer, len(c.Endpoints))
	for _, e := range c.Endpoints {
		go func() {
			var res *CertifyResult
			err := e.RPC.CallContext(bg, &res, Namespace+"_certify", header, data)
			a := answer{name: e.Name}
			switch {
			case err != nil:
				a.err = fromRPC(err)
			case res == nil || len(res.Signature) != 65:
				a.err = fmt.Errorf("%w: malformed signature", rollup.ErrDACert)
			default:
				copy(a.sig[:], res.Signature)
				a.who, a.err = rollup.RecoverDA(c.Domain, h.Height, h.DataRoot, a.sig)
				if a.err == nil {
					if _, ok := c.Set.Index(a.who); !ok {
						a.err = fmt.Errorf("%w: signer %s is not in the DA set", rollup.ErrDACert, a.who)
					}
				}
			}
			ch <- a
		}()
	}
	sigs := map[common.Address][65]byte{}
	ce := &CertifyError{Height: h.Height, Threshold: c.Set.Threshold}
	for i := range c.Endpoints {
		var a answer
		select {
		case a = <-ch:
		case <-ctx.Done():
			cancel()
			ce.Signed = len(sigs)
			ce.Failures = append(ce.Failures, Attempt{Endpoint: "(context)", Err: ctx.Err()})
			return nil, ce
		}
		if a.err != nil {
			ce.Failures = append(ce.Failures, Attempt{Endpoint: a.name, Err: a.err})
			continue
		}
		sigs[a.who] = a.sig
		if len(sigs) >= c.Set.Threshold {
			go func() { // let the others finish storing, then release
				for range len(c.Endpoints) - i - 1 {
					<-ch
				}
				cancel()
			}()
			return rollup.NewDACert(c.Set, c.Domain, h.Height, h.DataRoot, sigs)
		}
	}
	cancel()
	ce.Signed = len(sigs)
	return nil, ce
}
