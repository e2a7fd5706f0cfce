package nitro

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha512"
	"crypto/x509"
	"fmt"
	"math/big"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/certchain"
)

// pkg names this verifier in errors.
const pkg = "nitro"

// ErrInvalidOptions reports an Options value that cannot be used. It is a
// configuration error, not a verdict on evidence.
var ErrInvalidOptions = fmt.Errorf("nitro: invalid options: %w", attest.ErrConfig)

// Options configure verification. The zero value is valid: the AWS Nitro
// Enclaves Root G1, the system clock, no clock skew. Options are copied by
// Verify and NewVerifier and never modified.
type Options struct {
	// TrustedRoots are the root certificates a document's cabundle must start
	// with. Empty means DefaultRoots(). Each must be a CA certificate.
	TrustedRoots []*x509.Certificate
	// Now returns the verification time. Nil means time.Now. Every
	// certificate of the chain must be valid at it, and the document's
	// timestamp must not be later than it (plus ClockSkew).
	Now func() time.Time
	// ClockSkew is how far a document's timestamp may be ahead of Now,
	// for verifiers whose clock lags AWS's. Zero allows none. It does not
	// move Claims.NotBefore (the timestamp), so an attest.Policy checked
	// with the same lagging clock still refuses the claims (ErrExpired)
	// until that clock reaches the timestamp.
	ClockSkew time.Duration
}

// Validate reports whether o can be used.
func (o Options) Validate() error {
	if o.ClockSkew < 0 {
		return fmt.Errorf("%w: negative ClockSkew %v", ErrInvalidOptions, o.ClockSkew)
	}
	return certchain.CheckRoots(o.TrustedRoots, ErrInvalidOptions)
}

// config is a validated, private copy of Options.
type config struct {
	roots []*x509.Certificate
	now   func() time.Time
	skew  time.Duration
}

func (o Options) compile() (*config, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	roots := append([]*x509.Certificate(nil), o.TrustedRoots...)
	if len(roots) == 0 {
		r, err := parseRootG1()
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalidOptions, err)
		}
		roots = []*x509.Certificate{r}
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return &config{roots: roots, now: now, skew: o.ClockSkew}, nil
}

// Result is everything VerifyDocument established, for callers that need
// more than attest.Claims: every PCR, the module ID, the public key and
// nonce, the verified chain, and the three times that registration keeps
// apart.
type Result struct {
	Claims   attest.Claims
	Document *Document
	// Chain is the verified chain: leaf, then the cabundle from the
	// leaf's issuer up to the trusted root.
	Chain []*x509.Certificate
	// Timestamp is when NSM produced the document (Claims.NotBefore).
	Timestamp time.Time
	// VerifiedAt is the verification time (Options.Now) at which the
	// chain was found valid.
	VerifiedAt time.Time
	// NotAfter is when the first certificate of the chain expires, in
	// practice the leaf, about three hours after Timestamp
	// (Claims.NotAfter). After it the document no longer verifies; how
	// long a registration based on it lasts is the registrar's decision,
	// which must be taken while the document still verifies.
	NotAfter time.Time
}

// Verify checks an AWS Nitro Enclaves attestation document (ev.Raw; no
// collateral: a document carries its own chain) entirely offline and
// returns the claims it establishes. Failures wrap the attest sentinel
// errors; see VerifyDocument for the checks.
func Verify(ctx context.Context, ev attest.Evidence, opts Options) (*attest.Claims, error) {
	r, err := VerifyDocument(ctx, ev, opts)
	if err != nil {
		return nil, err
	}
	return &r.Claims, nil
}

// VerifyDocument verifies like Verify and returns the full Result. The
// checks, in order, with the sentinel each failure wraps:
//
//  1. format attest.FormatNitro (ErrUnknownFormat), no collateral, and the
//     document parses strictly (ParseDocument) (ErrMalformed);
//  2. the first cabundle certificate is a trusted root, byte for byte
//     (ErrUnknownRoot); each following cabundle certificate is issued by
//     and signed by the one before it, then the leaf by the last; only the
//     root is self-issued; every issuer is a CA whose path length and key
//     usage allow what it signed; the leaf is not a CA, may sign, and has
//     a P-384 key (ErrCertChain);
//  3. every certificate of the chain is valid at Options.Now, the
//     document's timestamp lies within the leaf's validity (the key
//     signed while its certificate was valid), and the timestamp is not
//     later than Options.Now plus ClockSkew (ErrExpired);
//  4. the leaf key's ES384 signature over the COSE Sig_structure
//     (["Signature1", protected, h”, payload], SHA-384) verifies
//     (ErrSignature).
//
// Claims are then read from the verified payload (see the package doc).
// Nothing about the PCRs, debug mode or user data is judged here: that is
// a Policy's job (attest.Policy refuses debug enclaves by default).
func VerifyDocument(ctx context.Context, ev attest.Evidence, opts Options) (*Result, error) {
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

// NewVerifier returns an attest.Verifier for attest.FormatNitro with a
// private copy of opts. If opts are invalid, every Verify call returns the
// error (wrapping ErrInvalidOptions).
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
	if ev.Format != attest.FormatNitro {
		return nil, fmt.Errorf("%w: nitro verifier cannot verify %q", attest.ErrUnknownFormat, ev.Format)
	}
	if len(ev.Collateral) > 0 {
		// A document carries its whole chain; bytes beside it would be
		// ignored, and evidence that carries ignored bytes is ambiguous.
		return nil, malformed("a Nitro document takes no collateral (%d bytes given)", len(ev.Collateral))
	}
	now := c.now()

	// 1. Structure.
	doc, err := ParseDocument(ev.Raw)
	if err != nil {
		return nil, err
	}

	// 2. Chain: an untrusted root is ErrUnknownRoot whatever the time.
	chain, leafKey, err := verifyChain(doc, c.roots)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// 3. Time.
	win := certchain.NewWindow(pkg)
	win.AddCerts("chain", chain)
	if err := win.Check(now); err != nil {
		return nil, err
	}
	leaf := chain[0]
	ts := doc.Timestamp
	if ts.Before(leaf.NotBefore) || ts.After(leaf.NotAfter) {
		return nil, fmt.Errorf("%w: nitro: document timestamp %s is outside its certificate's validity %s..%s",
			attest.ErrExpired, rfc3339(ts), rfc3339(leaf.NotBefore), rfc3339(leaf.NotAfter))
	}
	if ts.After(now.Add(c.skew)) {
		return nil, fmt.Errorf("%w: nitro: document timestamp %s is after the verification time %s (clock skew allowed: %v)",
			attest.ErrExpired, rfc3339(ts), rfc3339(now), c.skew)
	}

	// 4. The document signature.
	if err := verifySignature(doc, leafKey); err != nil {
		return nil, err
	}

	// The claims' window starts at the document's own time, not at the
	// leaf's NotBefore: Policy.MaxAge measures the evidence's age from
	// NotBefore, and the document is younger than its certificate.
	win.Narrow(ts, time.Time{})
	res := &Result{
		Document:   doc,
		Chain:      chain,
		Timestamp:  ts,
		VerifiedAt: now,
		NotAfter:   win.NotAfter,
	}
	res.Claims = *claimsFromDocument(doc, win.NotBefore, win.NotAfter)
	return res, nil
}

// verifyChain checks the cabundle as AWS lays it out, root first, down to
// the leaf, and returns leaf..root with the leaf's key. Walking the bundle
// in its order, rather than searching it, keeps the accepted shape to the
// one AWS produces.
func verifyChain(doc *Document, roots []*x509.Certificate) ([]*x509.Certificate, *ecdsa.PublicKey, error) {
	bundle := doc.CABundle
	trusted := false
	for _, r := range roots {
		if bundle[0].Equal(r) {
			trusted = true
			break
		}
	}
	if !trusted {
		return nil, nil, fmt.Errorf("%w: nitro: cabundle root %q (SHA-256 %x) is not a trusted root",
			attest.ErrUnknownRoot, bundle[0].Subject.CommonName, sha256Sum(bundle[0].Raw))
	}
	// issuers[i] signed issued[i].
	issued := append(append([]*x509.Certificate(nil), bundle[1:]...), doc.Certificate)
	for i, child := range issued {
		parent := bundle[i]
		if below := len(bundle) - 1 - i; parent.MaxPathLen >= 0 && (parent.MaxPathLen > 0 || parent.MaxPathLenZero) && below > parent.MaxPathLen {
			return nil, nil, chainErr("%q allows %d intermediate CAs below it, the chain has %d", parent.Subject.CommonName, parent.MaxPathLen, below)
		}
		if parent.KeyUsage != 0 && parent.KeyUsage&x509.KeyUsageCertSign == 0 {
			return nil, nil, chainErr("%q may not sign certificates", parent.Subject.CommonName)
		}
		// Only the root may be self-issued: a second self-issued
		// certificate (the root repeated, a cross-signed copy) is a
		// shape AWS never produces, so it is refused rather than
		// reasoned about.
		if bytes.Equal(child.RawIssuer, child.RawSubject) {
			return nil, nil, chainErr("%q below the root is self-issued", child.Subject.CommonName)
		}
		if !bytes.Equal(child.RawIssuer, parent.RawSubject) {
			return nil, nil, chainErr("%q is issued by %q, not by %q before it in the cabundle", child.Subject.CommonName, child.Issuer.CommonName, parent.Subject.CommonName)
		}
		// CheckSignatureFrom also refuses a parent that is not a CA.
		if err := child.CheckSignatureFrom(parent); err != nil {
			return nil, nil, chainErr("signature on %q does not verify under %q: %v", child.Subject.CommonName, parent.Subject.CommonName, err)
		}
	}
	leaf := doc.Certificate
	if leaf.IsCA {
		return nil, nil, chainErr("leaf %q is a CA certificate", leaf.Subject.CommonName)
	}
	if leaf.KeyUsage != 0 && leaf.KeyUsage&x509.KeyUsageDigitalSignature == 0 {
		return nil, nil, chainErr("leaf %q may not sign", leaf.Subject.CommonName)
	}
	key, ok := leaf.PublicKey.(*ecdsa.PublicKey)
	if !ok || key.Curve != elliptic.P384() {
		return nil, nil, chainErr("leaf %q has no P-384 ECDSA key", leaf.Subject.CommonName)
	}
	chain := make([]*x509.Certificate, 0, len(bundle)+1)
	chain = append(chain, leaf)
	for i := len(bundle) - 1; i >= 0; i-- {
		chain = append(chain, bundle[i])
	}
	return chain, key, nil
}

func chainErr(format string, args ...any) error {
	return fmt.Errorf("%w: nitro: %s", attest.ErrCertChain, fmt.Sprintf(format, args...))
}

// verifySignature checks the COSE_Sign1 ES384 signature: r ‖ s as two
// 48-byte big-endian integers over SHA-384 of the Sig_structure.
func verifySignature(doc *Document, key *ecdsa.PublicKey) error {
	digest := sha512.Sum384(sigStructure(doc.protected, doc.payload))
	r := new(big.Int).SetBytes(doc.signature[:SignatureSize/2])
	s := new(big.Int).SetBytes(doc.signature[SignatureSize/2:])
	if !ecdsa.Verify(key, digest[:], r, s) {
		return fmt.Errorf("%w: nitro: document signature does not verify under the leaf certificate %q", attest.ErrSignature, doc.Certificate.Subject.CommonName)
	}
	return nil
}

// claimsFromDocument maps a verified document to claims (package doc,
// "Claims"). It is pure: the caller has verified the document.
func claimsFromDocument(doc *Document, notBefore, notAfter time.Time) *attest.Claims {
	c := &attest.Claims{
		Kind:        attest.KindNitro,
		Format:      attest.FormatNitro,
		Measurement: Measurement(doc.PCRs[0], doc.PCRs[1], doc.PCRs[2]),
		Debug:       isZero(doc.PCRs[0]),
		TCB:         attest.TCBUnknown,
		NotBefore:   notBefore,
		NotAfter:    notAfter,
	}
	if p8 := doc.PCRs[8]; p8 != nil && !isZero(p8) {
		c.Signer = clone(p8)
	}
	if len(doc.UserData) == attest.ReportDataSize {
		copy(c.ReportData[:], doc.UserData)
	}
	return c
}

// Measurement is the measurement a Nitro document's claims carry,
// PCR0 ‖ PCR1 ‖ PCR2 (144 bytes): the enclave image, its kernel and boot
// ramdisk, and its application, as nitro-cli build-enclave prints them.
// Policies list it in attest.Policy.Measurements; the Manager identifies it
// by its keccak256 like every measurement.
func Measurement(pcr0, pcr1, pcr2 []byte) []byte {
	m := make([]byte, 0, len(pcr0)+len(pcr1)+len(pcr2))
	return append(append(append(m, pcr0...), pcr1...), pcr2...)
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

func rfc3339(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }
