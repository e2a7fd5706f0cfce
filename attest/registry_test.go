package attest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/teerollup/teerollup/attest"
)

// fakeVerifier returns claims of the given kind and counts its calls.
type fakeVerifier struct {
	mu     sync.Mutex
	calls  int
	claims func(ev attest.Evidence) (*attest.Claims, error)
}

func (f *fakeVerifier) Verify(_ context.Context, ev attest.Evidence) (*attest.Claims, error) {
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	return f.claims(ev)
}

func kindVerifier(k attest.Kind) *fakeVerifier {
	return &fakeVerifier{claims: func(ev attest.Evidence) (*attest.Claims, error) {
		c := baseClaims()
		c.Kind, c.Format = k, ev.Format
		return c, nil
	}}
}

func TestRegistryDispatch(t *testing.T) {
	tdx, sgx := kindVerifier(attest.KindTDX), kindVerifier(attest.KindSGX)
	reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{
		attest.FormatTDX: tdx,
		attest.FormatSGX: sgx,
	})
	noErr(t, err)
	equal(t, []attest.Format{attest.FormatSGX, attest.FormatTDX}, reg.Formats())

	ctx := context.Background()
	tests := []struct {
		name     string
		ev       attest.Evidence
		wantKind attest.Kind
		wantErr  error
	}{
		{name: "tdx", ev: attest.Evidence{Format: attest.FormatTDX, Raw: []byte{1}}, wantKind: attest.KindTDX},
		{name: "sgx", ev: attest.Evidence{Format: attest.FormatSGX, Raw: []byte{1}}, wantKind: attest.KindSGX},
		{name: "unregistered format", ev: attest.Evidence{Format: attest.FormatSEVSNP, Raw: []byte{1}}, wantErr: attest.ErrUnknownFormat},
		{name: "empty format", ev: attest.Evidence{Raw: []byte{1}}, wantErr: attest.ErrMalformed},
		{name: "empty evidence", ev: attest.Evidence{Format: attest.FormatTDX}, wantErr: attest.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := reg.Verify(ctx, tt.ev)
			if tt.wantErr != nil {
				errIs(t, err, tt.wantErr)
				isTrue(t, c == nil, "expected nil")
				return
			}
			noErr(t, err)
			equal(t, tt.wantKind, c.Kind)
			equal(t, tt.ev.Format, c.Format)
		})
	}
	equal(t, 1, tdx.calls)
	equal(t, 1, sgx.calls)
}

func TestRegistryVerifierResults(t *testing.T) {
	ctx := context.Background()
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: []byte{1}}
	tests := []struct {
		name       string
		verify     attest.VerifierFunc
		wantErr    error
		wantFormat attest.Format
	}{
		{name: "verifier error is wrapped, not replaced",
			verify: func(context.Context, attest.Evidence) (*attest.Claims, error) {
				return nil, fmt.Errorf("%w: bad PCK chain", attest.ErrCertChain)
			},
			wantErr: attest.ErrCertChain},
		{name: "nil claims",
			verify:  func(context.Context, attest.Evidence) (*attest.Claims, error) { return nil, nil },
			wantErr: attest.ErrMalformed},
		{name: "claims for another format",
			verify: func(context.Context, attest.Evidence) (*attest.Claims, error) {
				return &attest.Claims{Format: attest.FormatSim}, nil
			},
			wantErr: attest.ErrMalformed},
		{name: "empty claims format is filled in",
			verify: func(context.Context, attest.Evidence) (*attest.Claims, error) {
				return &attest.Claims{Kind: attest.KindTDX}, nil
			},
			wantFormat: attest.FormatTDX},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var reg attest.Registry // the zero value is usable
			noErr(t, reg.Register(attest.FormatTDX, tt.verify))
			c, err := reg.Verify(ctx, ev)
			if tt.wantErr != nil {
				errIs(t, err, tt.wantErr)
				return
			}
			noErr(t, err)
			equal(t, tt.wantFormat, c.Format)
		})
	}
}

func TestRegistryRegister(t *testing.T) {
	v := kindVerifier(attest.KindTDX)
	tests := []struct {
		name string
		f    attest.Format
		v    attest.Verifier
	}{
		{name: "empty format", f: "", v: v},
		{name: "nil verifier", f: attest.FormatTDX, v: nil},
		{name: "duplicate", f: attest.FormatSim, v: v},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: v})
			noErr(t, err)
			errIs(t, reg.Register(tt.f, tt.v), attest.ErrConfig)
		})
	}
	_, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatTDX: nil})
	errIs(t, err, attest.ErrConfig)
}

func TestRegistryVerifyPolicy(t *testing.T) {
	ctx := context.Background()
	ev := attest.Evidence{Format: attest.FormatTDX, Raw: []byte{1}}
	tests := []struct {
		name      string
		policy    func(*attest.Policy)
		wantErr   error
		wantCalls int
	}{
		{name: "accepted", wantCalls: 1},
		{name: "rejected by policy", policy: func(p *attest.Policy) { p.Kinds = []attest.Kind{attest.KindSGX} },
			wantErr: attest.ErrKind, wantCalls: 1},
		{name: "invalid policy fails before verification", policy: func(p *attest.Policy) { p.Measurements = nil },
			wantErr: attest.ErrConfig, wantCalls: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := kindVerifier(attest.KindTDX)
			reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatTDX: v})
			noErr(t, err)
			p := basePolicy()
			if tt.policy != nil {
				tt.policy(&p)
			}
			c, err := reg.VerifyPolicy(ctx, ev, p, t0)
			equal(t, tt.wantCalls, v.calls)
			if tt.wantErr != nil {
				errIs(t, err, tt.wantErr)
				isTrue(t, c == nil, "expected nil")
				return
			}
			noErr(t, err)
			equal(t, attest.KindTDX, c.Kind)
		})
	}
}

func TestRegistryCanceledContext(t *testing.T) {
	v := kindVerifier(attest.KindTDX)
	reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatTDX: v})
	noErr(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = reg.Verify(ctx, attest.Evidence{Format: attest.FormatTDX, Raw: []byte{1}})
	isTrue(t, errors.Is(err, context.Canceled), "got %v", err)
	equal(t, 0, v.calls)
}

func TestRegistryConcurrent(t *testing.T) {
	var reg attest.Registry
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			_ = reg.Register(attest.Format(fmt.Sprint("f", i)), kindVerifier(attest.KindTDX))
		}()
		go func() {
			defer wg.Done()
			_, _ = reg.Verify(context.Background(), attest.Evidence{Format: "f0", Raw: []byte{1}})
		}()
	}
	wg.Wait()
	equal(t, 8, len(reg.Formats()))
}
