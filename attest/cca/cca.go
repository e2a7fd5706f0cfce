package cca

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// ErrInvalidOptions reports an Options value that cannot be used. It is a
// configuration error, not a verdict on evidence.
var ErrInvalidOptions = fmt.Errorf("cca: invalid options: %w", attest.ErrConfig)

// PlatformKey is a CPAK (CCA platform attestation key) public key the
// verifier's operator has endorsed, typically from the silicon vendor's
// provisioning records or an endorsement service.
type PlatformKey struct {
	// Key is the CPAK public key: P-256, P-384 or P-521, signing with
	// ES256, ES384 or ES512 respectively.
	Key *ecdsa.PublicKey
	// ImplementationID, if set (32 bytes), is the platform implementation
	// the key is endorsed for; a token from another implementation is not
	// checked against this key.
	ImplementationID []byte
	// InstanceID, if set (33 bytes), is the platform instance (UEID) the key
	// is endorsed for.
	InstanceID []byte
	// NotBefore and NotAfter, if set, bound the endorsement: outside them a
	// token signed by the key fails with attest.ErrExpired. They become the
	// claims' validity window, since a CCA token itself carries no time.
	NotBefore, NotAfter time.Time
}

// Options configure verification. There is no usable zero value: Arm
// publishes no root for CCA silicon, so the caller must say which platform
// keys it trusts. Options are copied by Verify and NewVerifier and never
// modified.
type Options struct {
	// TrustedPlatformKeys are the endorsed CPAKs; the platform token must be
	// signed by one of them. At least one is required.
	TrustedPlatformKeys []PlatformKey
	// Now returns the verification time, compared with the endorsements'
	// windows. Nil means time.Now.
	Now func() time.Time
}

// Validate reports whether o can be used; errors wrap ErrInvalidOptions.
func (o Options) Validate() error {
	if len(o.TrustedPlatformKeys) == 0 {
		return fmt.Errorf("%w: no trusted platform keys (Arm publishes no CCA root: endorse the CPAKs you trust)", ErrInvalidOptions)
	}
	for i, k := range o.TrustedPlatformKeys {
		if k.Key == nil || k.Key.X == nil || k.Key.Y == nil {
			return fmt.Errorf("%w: trusted platform key %d is nil", ErrInvalidOptions, i)
		}
		if curveAlg(k.Key.Curve) == 0 {
			return fmt.Errorf("%w: trusted platform key %d is not on P-256, P-384 or P-521", ErrInvalidOptions, i)
		}
		if _, err := k.Key.ECDH(); err != nil { // validates the point
			return fmt.Errorf("%w: trusted platform key %d: %v", ErrInvalidOptions, i, err)
		}
		if n := len(k.ImplementationID); n != 0 && n != 32 {
			return fmt.Errorf("%w: trusted platform key %d: implementation ID is %d bytes, want 32", ErrInvalidOptions, i, n)
		}
		if n := len(k.InstanceID); n != 0 && n != 33 {
			return fmt.Errorf("%w: trusted platform key %d: instance ID is %d bytes, want 33", ErrInvalidOptions, i, n)
		}
		if !k.NotBefore.IsZero() && !k.NotAfter.IsZero() && k.NotAfter.Before(k.NotBefore) {
			return fmt.Errorf("%w: trusted platform key %d: NotAfter before NotBefore", ErrInvalidOptions, i)
		}
	}
	return nil
}

// config is a validated, private copy of Options.
type config struct {
	keys []PlatformKey
	now  func() time.Time
}

func (o Options) compile() (*config, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	keys := make([]PlatformKey, len(o.TrustedPlatformKeys))
	for i, k := range o.TrustedPlatformKeys {
		// A private copy, big integers included: the caller may reuse its
		// key after this returns.
		kc := ecdsa.PublicKey{Curve: k.Key.Curve, X: new(big.Int).Set(k.Key.X), Y: new(big.Int).Set(k.Key.Y)}
		keys[i] = PlatformKey{
			Key:              &kc,
			ImplementationID: bytes.Clone(k.ImplementationID),
			InstanceID:       bytes.Clone(k.InstanceID),
			NotBefore:        k.NotBefore,
			NotAfter:         k.NotAfter,
		}
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return &config{keys: keys, now: now}, nil
}

// Result is everything VerifyToken established: the normalized claims, the
// parsed token (every platform and realm claim) and the endorsed platform
// key that signed it.
type Result struct {
	Claims      attest.Claims
	Token       *Token
	PlatformKey PlatformKey
	// RAK is the realm attestation key that signed the realm token.
	RAK *ecdsa.PublicKey
}

// Verify checks a CCA attestation token (ev.Raw) offline and returns the
// claims it establishes. Failures wrap the attest sentinel errors; see
// VerifyToken for the checks.
func Verify(ctx context.Context, ev attest.Evidence, opts Options) (*attest.Claims, error) {
	r, err := VerifyToken(ctx, ev, opts)
	if err != nil {
		return nil, err
	}
	return &r.Claims, nil
}

// VerifyToken verifies like Verify and returns the full Result. The checks,
// in order, with the sentinel each failure wraps:
//
//  1. format attest.FormatCCA (ErrUnknownFormat); no collateral, and the
//     token parses strictly (ParseToken) (ErrMalformed);
//  2. some trusted platform key is endorsed for the token's implementation
//     and instance IDs (ErrUnknownRoot);
//  3. one of those keys verifies the platform token's signature
//     (ErrSignature), and its endorsement window holds at Options.Now
//     (ErrExpired);
//  4. the realm token is signed by the RAK it carries (ErrSignature);
//  5. the platform challenge is the hash of the RAK claim under the realm's
//     public key hash algorithm (ErrKeyBinding): without this, any realm
//     token could be paired with any platform token.
func VerifyToken(ctx context.Context, ev attest.Evidence, opts Options) (*Result, error) {
	cfg, err := opts.compile()
	if err != nil {
		return nil, err
	}
	return cfg.verify(ctx, ev)
}

type verifier struct {
	cfg *config
	err error
}

// NewVerifier returns an attest.Verifier for attest.FormatCCA with a private
// copy of opts. If opts are invalid, every Verify call returns the error
// (wrapping ErrInvalidOptions).
func NewVerifier(opts Options) attest.Verifier {
	cfg, err := opts.compile()
	return &verifier{cfg: cfg, err: err}
}

func (v *verifier) Verify(ctx context.Context, ev attest.Evidence) (*attest.Claims, error) {
	if v.err != nil {
		return nil, v.err
	}
	r, err := v.cfg.verify(ctx, ev)
	if err != nil {
		return nil, err
	}
	return &r.Claims, nil
}

func (c *config) verify(ctx context.Context, ev attest.Evidence) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	if ev.Format != attest.FormatCCA {
		return nil, fmt.Errorf("%w: cca verifier cannot verify %q", attest.ErrUnknownFormat, ev.Format)
	}
	if len(ev.Collateral) != 0 {
		// Nothing in a CCA token needs collateral; accepting bytes that are
		// never checked would let evidence look richer than it is.
		return nil, malformed("evidence carries %d bytes of collateral, which CCA verification does not use", len(ev.Collateral))
	}

	// 1. Structure.
	tok, err := ParseToken(ev.Raw)
	if err != nil {
		return nil, err
	}

	// 2-3. The platform token, under an endorsed CPAK.
	pk, err := c.platformKey(tok, c.now())
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// 4. The realm token, under its own RAK.
	rak, err := parseRAK(&tok.Realm)
	if err != nil {
		return nil, err
	}
	if !verifySign1(&tok.realm, rak) {
		return nil, fmt.Errorf("%w: cca: realm token signature does not verify under its RAK", attest.ErrSignature)
	}

	// 5. The binding: the platform vouches for exactly this RAK.
	h, _, _ := digestSize(tok.Realm.PublicKeyHashAlgID) // checked by ParseToken
	hh := h.New()
	hh.Write(tok.Realm.PublicKey)
	if want := hh.Sum(nil); !bytes.Equal(tok.Platform.Challenge, want) {
		return nil, fmt.Errorf("%w: cca: platform challenge %x is not the %s hash of the realm's RAK (%x)",
			attest.ErrKeyBinding, tok.Platform.Challenge, tok.Realm.PublicKeyHashAlgID, want)
	}

	return &Result{Claims: *claimsFromToken(tok, pk), Token: tok, PlatformKey: pk, RAK: rak}, nil
}

// platformKey finds the endorsed key that signed the platform token.
func (c *config) platformKey(tok *Token, now time.Time) (PlatformKey, error) {
	p := &tok.Platform
	var candidates int
	var expired error
	for _, k := range c.keys {
		if len(k.ImplementationID) > 0 && !bytes.Equal(k.ImplementationID, p.ImplementationID) {
			continue
		}
		if len(k.InstanceID) > 0 && !bytes.Equal(k.InstanceID, p.InstanceID) {
			continue
		}
		candidates++
		if !verifySign1(&tok.platform, k.Key) {
			continue
		}
		switch {
		case !k.NotBefore.IsZero() && now.Before(k.NotBefore):
			expired = fmt.Errorf("%w: cca: platform key endorsement starts at %v, after %v", attest.ErrExpired, k.NotBefore, now)
		case !k.NotAfter.IsZero() && now.After(k.NotAfter):
			expired = fmt.Errorf("%w: cca: platform key endorsement ended at %v, before %v", attest.ErrExpired, k.NotAfter, now)
		default:
			return k, nil
		}
	}
	switch {
	case expired != nil:
		return PlatformKey{}, expired
	case candidates == 0:
		return PlatformKey{}, fmt.Errorf("%w: cca: no trusted platform key is endorsed for implementation %x instance %x",
			attest.ErrUnknownRoot, p.ImplementationID, p.InstanceID)
	}
	return PlatformKey{}, fmt.Errorf("%w: cca: platform token signature does not verify under any of %d trusted platform keys for instance %x",
		attest.ErrSignature, candidates, p.InstanceID)
}

// claimsFromToken maps a verified token to claims. It is pure.
func claimsFromToken(t *Token, pk PlatformKey) *attest.Claims {
	c := &attest.Claims{
		Kind:        attest.KindCCA,
		Format:      attest.FormatCCA,
		Measurement: bytes.Clone(t.Realm.InitialMeasurement),
		RTMRs:       make([][]byte, len(t.Realm.ExtensibleMeasurements)),
		ReportData:  t.Realm.Challenge,
		// Anything but a secured platform is reported as debug, so the
		// default policy refuses it: in the debug states the platform's
		// own protections are open to a debugger, and the other states
		// (unknown, test, provisioning, decommissioned) are not ones a
		// production platform attests from.
		Debug:     t.Platform.LifecycleState() != LifecycleSecured,
		TCB:       attest.TCBUnknown,
		NotBefore: pk.NotBefore,
		NotAfter:  pk.NotAfter,
	}
	for i, m := range t.Realm.ExtensibleMeasurements {
		c.RTMRs[i] = bytes.Clone(m)
	}
	return c
}
