package tdx

import (
	"context"
	"crypto/x509"
	_ "embed"
	"encoding/pem"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/google/go-tdx-guest/abi"
	"github.com/google/go-tdx-guest/pcs"
	pb "github.com/google/go-tdx-guest/proto/tdx"
	"github.com/google/go-tdx-guest/verify"

	"github.com/teerollup/teerollup/attest"
)

// QuoteVersion is the only TDX quote version this package verifies. Quote
// v5 (TDX 1.5) is not supported by go-tdx-guest v0.3.1, the newest release
// on the module proxy; v5 quotes are rejected with attest.ErrMalformed.
const QuoteVersion = 4

// tdAttributesDebug is bit 0 of TDATTRIBUTES (TUD.DEBUG).
const tdAttributesDebug = 0x01

// ErrInvalidOptions reports an Options value that cannot be used. It is a
// configuration error, not a verdict on evidence.
var ErrInvalidOptions = fmt.Errorf("tdx: invalid options: %w", attest.ErrConfig)

//go:embed intel_sgx_root_ca.pem
var intelRootPEM []byte

var (
	defaultRootOnce sync.Once
	defaultRoot     *x509.Certificate
)

// DefaultRoots returns Intel's production "Intel SGX Root CA" certificate
// (SHA-256 fingerprint 44a0196b...b674d3), the root of every production PCK
// certificate chain and of Intel's collateral signing chains. The slice is
// fresh on every call.
func DefaultRoots() []*x509.Certificate {
	defaultRootOnce.Do(func() {
		blk, _ := pem.Decode(intelRootPEM)
		if blk == nil {
			panic("tdx: embedded Intel SGX Root CA is not PEM")
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			panic("tdx: embedded Intel SGX Root CA does not parse: " + err.Error())
		}
		defaultRoot = c
	})
	return []*x509.Certificate{defaultRoot}
}

// Options configure verification. The zero value is valid: Intel's
// production root, the system clock, collateral checked when present.
// Options are copied by Verify and NewVerifier and never modified.
type Options struct {
	// TrustedRoots are the root certificates that the quote's PCK chain and
	// the collateral signing chains must end at. Empty means DefaultRoots().
	// Each must be a CA certificate.
	TrustedRoots []*x509.Certificate
	// Now returns the verification time. Nil means time.Now.
	Now func() time.Time
	// RequireCollateral rejects evidence without collateral
	// (attest.ErrMalformed). Without collateral the TCB level is not judged
	// and Claims.TCB is attest.TCBUnknown.
	RequireCollateral bool
	// CheckRevocations requires the collateral to carry the PCK CRL and the
	// Root CA CRL (attest.ErrMalformed otherwise). CRLs that are present are
	// always checked, whatever this says.
	CheckRevocations bool
}

// Validate reports whether o can be used.
func (o Options) Validate() error {
	for i, r := range o.TrustedRoots {
		if r == nil {
			return fmt.Errorf("%w: trusted root %d is nil", ErrInvalidOptions, i)
		}
		if !r.BasicConstraintsValid || !r.IsCA {
			return fmt.Errorf("%w: trusted root %d (%q) is not a CA certificate", ErrInvalidOptions, i, r.Subject.CommonName)
		}
	}
	return nil
}

// config is a validated, private copy of Options.
type config struct {
	roots             []*x509.Certificate
	pool              *x509.CertPool
	now               func() time.Time
	requireCollateral bool
	checkRevocations  bool
}

func (o Options) compile() (*config, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	roots := append([]*x509.Certificate(nil), o.TrustedRoots...)
	if len(roots) == 0 {
		roots = DefaultRoots()
	}
	pool := x509.NewCertPool()
	for _, r := range roots {
		pool.AddCert(r)
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return &config{
		roots:             roots,
		pool:              pool,
		now:               now,
		requireCollateral: o.RequireCollateral,
		checkRevocations:  o.CheckRevocations,
	}, nil
}

// Verify checks a TDX quote (ev.Raw, quote v4) and, when present, its
// collateral (ev.Collateral, see Collateral), entirely offline, and returns
// the claims it establishes. Failures wrap the attest sentinel errors.
func Verify(ctx context.Context, ev attest.Evidence, opts Options) (*attest.Claims, error) {
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

// NewVerifier returns an attest.Verifier for attest.FormatTDX with a private
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
	return v.cfg.verify(ctx, ev)
}

// pckChain is the PCK certificate chain carried in a quote.
type pckChain struct {
	leaf          *x509.Certificate
	intermediates []*x509.Certificate // the PCK CA and the root as sent
	all           []*x509.Certificate
}

func (c *config) verify(ctx context.Context, ev attest.Evidence) (claims *attest.Claims, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	if ev.Format != attest.FormatTDX {
		return nil, fmt.Errorf("%w: tdx verifier cannot verify %q", attest.ErrUnknownFormat, ev.Format)
	}
	// go-tdx-guest indexes into attacker-controlled lengths without bounds
	// checks in places; a panic there is malformed input, not a crash.
	defer func() {
		if r := recover(); r != nil {
			claims = nil
			err = fmt.Errorf("%w: tdx: go-tdx-guest panicked on malformed input: %v", attest.ErrMalformed, r)
		}
	}()
	now := c.now()

	quote, err := parseQuote(ev.Raw)
	if err != nil {
		return nil, err
	}
	chain, err := parsePCKChain(quote)
	if err != nil {
		return nil, err
	}
	exts, err := pcs.PckCertificateExtensions(chain.leaf)
	if err != nil {
		return nil, fmt.Errorf("%w: tdx: PCK certificate extensions: %v", attest.ErrMalformed, err)
	}

	var col *parsedCollateral
	switch {
	case len(ev.Collateral) > 0:
		if col, err = parseCollateralFor(ev.Collateral, exts); err != nil {
			return nil, err
		}
	case c.requireCollateral:
		return nil, fmt.Errorf("%w: tdx: evidence carries no collateral and the verifier requires it", attest.ErrMalformed)
	}
	if c.checkRevocations && (col == nil || !col.hasCRLs()) {
		return nil, fmt.Errorf("%w: tdx: revocation checking requires the PCK CRL and Root CA CRL in the collateral", attest.ErrMalformed)
	}

	// Chains first: a chain to an untrusted root is ErrUnknownRoot whatever
	// the time, a broken signature ErrCertChain.
	if _, err := buildChain(chain.leaf, chain.intermediates, c.roots); err != nil {
		return nil, fmt.Errorf("tdx: PCK certificate chain: %w", err)
	}
	win := newWindow()
	win.addCerts("PCK chain", chain.all)
	if col != nil {
		if err := col.verifyChains(c.roots); err != nil {
			return nil, err
		}
		col.addWindows(win)
	}
	if err := win.check(now); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	lopts := &verify.Options{
		Now:          now,
		TrustedRoots: c.pool,
		Getter:       refuseNetwork{},
	}
	if col != nil {
		lopts.GetCollateral = true
		lopts.CheckRevocations = col.hasCRLs()
		lopts.Getter = col.getter()
	}
	if err := verify.TdxQuote(quote, lopts); err != nil {
		return nil, classify(err)
	}

	tcb := attest.TCBUnknown
	if col != nil {
		// go-tdx-guest accepts collateral only when the platform TCB level,
		// the TDX module TCB level and the QE TCB level are all UpToDate.
		tcb = attest.TCBUpToDate
	}
	return claimsFromQuote(quote, tcb, win.notBefore, win.notAfter), nil
}

// parseQuote parses raw with go-tdx-guest's ABI parser.
func parseQuote(raw []byte) (*pb.QuoteV4, error) {
	if len(raw) < 2 {
		return nil, fmt.Errorf("%w: tdx: quote of %d bytes", attest.ErrMalformed, len(raw))
	}
	if v := uint16(raw[0]) | uint16(raw[1])<<8; v != QuoteVersion {
		return nil, fmt.Errorf("%w: tdx: quote version %d is not supported (only v%d)", attest.ErrMalformed, v, QuoteVersion)
	}
	q, err := abi.QuoteToProto(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: tdx: %v", attest.ErrMalformed, err)
	}
	quote, ok := q.(*pb.QuoteV4)
	if !ok {
		return nil, fmt.Errorf("%w: tdx: unexpected quote type %T", attest.ErrMalformed, q)
	}
	return quote, nil
}

// parsePCKChain decodes the PEM PCK chain (leaf, PCK CA, root) of a quote.
func parsePCKChain(q *pb.QuoteV4) (*pckChain, error) {
	data := q.GetSignedData().GetCertificationData().GetQeReportCertificationData().GetPckCertificateChainData().GetPckCertChain()
	certs, err := parsePEMCerts(data)
	if err != nil {
		return nil, fmt.Errorf("%w: tdx: PCK certificate chain: %v", attest.ErrMalformed, err)
	}
	if len(certs) != 3 {
		return nil, fmt.Errorf("%w: tdx: PCK certificate chain has %d certificates, want 3 (PCK, PCK CA, root)", attest.ErrMalformed, len(certs))
	}
	return &pckChain{leaf: certs[0], intermediates: certs[1:], all: certs}, nil
}

// parsePEMCerts decodes concatenated PEM CERTIFICATE blocks. Trailing NUL
// bytes and whitespace are tolerated (quotes pad the chain with a NUL).
func parsePEMCerts(data []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := data
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("PEM block %d has type %q", len(certs), blk.Type)
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d: %v", len(certs), err)
		}
		certs = append(certs, c)
	}
	for _, b := range rest {
		switch b {
		case 0, ' ', '\t', '\r', '\n':
		default:
			return nil, fmt.Errorf("%d bytes of trailing garbage after certificate %d", len(rest), len(certs))
		}
	}
	if len(certs) == 0 {
		return nil, errors.New("no PEM certificate")
	}
	return certs, nil
}

// claimsFromQuote maps a quote's TD quote body to claims. It is pure: the
// caller has verified the quote.
func claimsFromQuote(q *pb.QuoteV4, tcb attest.TCBStatus, notBefore, notAfter time.Time) *attest.Claims {
	body := q.GetTdQuoteBody()
	claims := &attest.Claims{
		Kind:        attest.KindTDX,
		Format:      attest.FormatTDX,
		Measurement: clone(body.GetMrTd()),
		Signer:      clone(body.GetMrSignerSeam()),
		TCB:         tcb,
		NotBefore:   notBefore,
		NotAfter:    notAfter,
	}
	for _, r := range body.GetRtmrs() {
		claims.RTMRs = append(claims.RTMRs, clone(r))
	}
	copy(claims.ReportData[:], body.GetReportData())
	if attrs := body.GetTdAttributes(); len(attrs) > 0 {
		claims.Debug = attrs[0]&tdAttributesDebug != 0
	}
	if svn := body.GetTeeTcbSvn(); len(svn) > 0 {
		claims.SVN = uint64(svn[0])
	}
	return claims
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// refuseNetwork is the go-tdx-guest getter used when no collateral is
// given: this package never touches the network.
type refuseNetwork struct{}

func (refuseNetwork) Get(url string) (map[string][]string, []byte, error) {
	return nil, nil, fmt.Errorf("tdx: network access is disabled (requested %s); pass collateral in the evidence", url)
}
