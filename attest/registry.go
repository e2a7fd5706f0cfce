package attest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Registry dispatches evidence to the Verifier registered for its Format, so
// that a committee mixing TEE kinds is verified with one call. There is no
// global registry: each relying party builds its own and so decides which
// formats (and, through the verifiers' options, which roots) it trusts.
//
// The zero Registry is empty and ready to use; it is safe for concurrent use.
type Registry struct {
	mu        sync.RWMutex
	verifiers map[Format]Verifier
}

// NewRegistry returns a registry holding the given verifiers. The map is
// copied. It fails with ErrConfig on an empty format or a nil verifier.
func NewRegistry(verifiers map[Format]Verifier) (*Registry, error) {
	r := &Registry{verifiers: make(map[Format]Verifier, len(verifiers))}
	for f, v := range verifiers {
		if err := r.Register(f, v); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Register adds the verifier for format f. Replacing a registered verifier
// is refused with ErrConfig: silently swapping the code that decides trust
// is more likely a wiring bug than an intent.
func (r *Registry) Register(f Format, v Verifier) error {
	if f == "" {
		return fmt.Errorf("%w: empty format", ErrConfig)
	}
	if v == nil {
		return fmt.Errorf("%w: nil verifier for format %q", ErrConfig, f)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.verifiers[f]; ok {
		return fmt.Errorf("%w: format %q registered twice", ErrConfig, f)
	}
	if r.verifiers == nil {
		r.verifiers = make(map[Format]Verifier)
	}
	r.verifiers[f] = v
	return nil
}

// Formats lists the registered formats, sorted.
func (r *Registry) Formats() []Format {
	r.mu.RLock()
	defer r.mu.RUnlock()
	fs := make([]Format, 0, len(r.verifiers))
	for f := range r.verifiers {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

// Verify checks ev with the verifier registered for ev.Format and returns
// the claims it establishes. Unregistered formats fail with
// ErrUnknownFormat. The registry also insists that the verifier's claims
// name the format it dispatched on (filling it in when the verifier left it
// empty), so that a misregistered verifier cannot relabel evidence.
//
// Verify checks authenticity only; use VerifyPolicy to also apply a Policy.
func (r *Registry) Verify(ctx context.Context, ev Evidence) (*Claims, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	r.mu.RLock()
	v, ok := r.verifiers[ev.Format]
	r.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownFormat, ev.Format)
	}
	c, err := v.Verify(ctx, ev)
	if err != nil {
		return nil, fmt.Errorf("verify %s evidence: %w", ev.Format, err)
	}
	if c == nil {
		return nil, fmt.Errorf("%w: %s verifier returned no claims", ErrMalformed, ev.Format)
	}
	switch c.Format {
	case "":
		c.Format = ev.Format
	case ev.Format:
	default:
		return nil, fmt.Errorf("%w: %s verifier returned claims for format %q",
			ErrMalformed, ev.Format, c.Format)
	}
	return c, nil
}

// VerifyPolicy verifies ev and checks the claims against p at time now (see
// Policy.Check). The policy is validated before any cryptography runs, so a
// misconfiguration is reported as ErrConfig rather than hidden behind an
// evidence error. The time is a parameter, not read from a clock, so that
// callers decide which clock (wall, block time, test) governs expiry.
func (r *Registry) VerifyPolicy(ctx context.Context, ev Evidence, p Policy, now time.Time) (*Claims, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	c, err := r.Verify(ctx, ev)
	if err != nil {
		return nil, err
	}
	if err := p.Check(c, now); err != nil {
		return nil, err
	}
	return c, nil
}
