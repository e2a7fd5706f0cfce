package tdx

import (
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/certchain"
	"github.com/teerollup/teerollup/attest/internal/dcap"
	"github.com/teerollup/teerollup/attest/sgx"
)

// tdAttributesDebug is bit 0 of TDATTRIBUTES (TUD.DEBUG).
const tdAttributesDebug = 0x01

// ErrInvalidOptions reports an Options value that cannot be used. It is a
// configuration error, not a verdict on evidence.
var ErrInvalidOptions = fmt.Errorf("tdx: invalid options: %w", attest.ErrConfig)

// ErrWrongCollateral is collateral of the wrong document type: a SGX TCB
// info or QE identity (id "SGX", "QE", or an SGX TCB info of version 2) where the TDX one is needed. It wraps
// attest.ErrMalformed; attest/sgx and attest/tdx share the value.
var ErrWrongCollateral = dcap.ErrWrongDocument

// DefaultRoots returns Intel's production "Intel SGX Root CA" certificate
// (SHA-256 fingerprint 44a0196b...b674d3, sgx.IntelSGXRootCASHA256), the
// root of every production PCK certificate chain and of Intel's collateral
// signing chains. The slice is fresh on every call.
func DefaultRoots() []*x509.Certificate {
	return []*x509.Certificate{dcap.IntelSGXRootCA()}
}

// Options configure verification. The zero value is valid: Intel's
// production root, the system clock, collateral checked when present.
// Options are copied by Verify and NewVerifier and never modified, nor is
// anything they point to. attest/sgx.Options has the same fields.
type Options struct {
	// TrustedRoots are the root certificates that the quote's PCK chain and
	// the collateral signing chains must end at. Empty means DefaultRoots().
	// Each must be a CA certificate.
	TrustedRoots []*x509.Certificate
	// Now returns the verification time. Nil means time.Now.
	Now func() time.Time
	// Collateral, when non-nil, is used instead of Evidence.Collateral,
	// which is then ignored (a relying party that fetched collateral
	// itself). When nil, a non-empty Evidence.Collateral is decoded with
	// ParseCollateral.
	Collateral *Collateral
	// RequireCollateral rejects evidence without collateral
	// (attest.ErrMalformed). Without collateral the TCB level is not judged
	// and Claims.TCB is attest.TCBUnknown.
	RequireCollateral bool
	// RequireCRLs are the CRLs the collateral must carry
	// (attest.ErrMalformed otherwise): CRLPCK, CRLRootCA or both. Every
	// CRL that is present is checked whatever this says, each on its own:
	// a PCK CRL without the Root CA CRL still revokes PCK certificates.
	RequireCRLs CRLs
	// CheckRevocations requires both CRLs: the same as RequireCRLs =
	// CRLPCK|CRLRootCA (the two options add up).
	CheckRevocations bool
}

// CRLs names Intel's CRLs, for Options.RequireCRLs. The type and its
// values are shared with attest/sgx.
type CRLs = dcap.CRLs

// The CRLs Options.RequireCRLs can name.
const (
	CRLPCK    = dcap.CRLPCK    // the PCK CA's CRL
	CRLRootCA = dcap.CRLRootCA // the Intel SGX Root CA's CRL
)

// Validate reports whether o can be used: every trusted root is a CA
// certificate and the collateral, if any, decodes. Errors wrap
// ErrInvalidOptions (and attest.ErrMalformed for bad collateral).
func (o Options) Validate() error {
	if err := certchain.CheckRoots(o.TrustedRoots, ErrInvalidOptions); err != nil {
		return err
	}
	if !o.RequireCRLs.Valid() {
		return fmt.Errorf("%w: RequireCRLs %#x names unknown CRLs", ErrInvalidOptions, uint8(o.RequireCRLs))
	}
	if o.Collateral != nil {
		if err := o.Collateral.Validate(); err != nil {
			return fmt.Errorf("%w: collateral: %w", ErrInvalidOptions, err)
		}
	}
	return nil
}

// config is a validated, private copy of Options.
type config struct {
	roots             []*x509.Certificate
	now               func() time.Time
	coll              *Collateral // Options.Collateral, a private copy
	requireCollateral bool
	requireCRLs       CRLs
}

func (o Options) compile() (*config, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	roots := append([]*x509.Certificate(nil), o.TrustedRoots...)
	if len(roots) == 0 {
		roots = DefaultRoots()
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	var coll *Collateral
	if o.Collateral != nil {
		coll = o.Collateral.clone()
	}
	return &config{
		roots:             roots,
		now:               now,
		coll:              coll,
		requireCollateral: o.RequireCollateral,
		requireCRLs:       o.requiredCRLs(),
	}, nil
}

// Result is everything VerifyQuote established, for callers that need more
// than attest.Claims: the quote's other fields (MRCONFIGID, MROWNER,
// XFAM...), the PCK certificate's SGX extensions, and the matched TCB
// levels with their dates and advisory IDs.
type Result struct {
	Claims attest.Claims
	Quote  *Quote
	// PCK is the verified PCK chain: leaf, PCK CA, trusted root.
	PCK           []*x509.Certificate
	PCKExtensions *sgx.PCKExtensions
	// TCBInfo, QEIdentity and TCB are nil without collateral.
	TCBInfo    *TCBInfo
	QEIdentity *QEIdentity
	TCB        *TCBEvaluation
}

// Verify checks a TDX quote (ev.Raw, quote v4 or v5) and, when present, its
// collateral (ev.Collateral, see Collateral), entirely offline, and returns
// the claims it establishes. Failures wrap the attest sentinel errors; see
// VerifyQuote for the checks.
func Verify(ctx context.Context, ev attest.Evidence, opts Options) (*attest.Claims, error) {
	r, err := VerifyQuote(ctx, ev, opts)
	if err != nil {
		return nil, err
	}
	return &r.Claims, nil
}

// VerifyQuote verifies like Verify and returns the full Result. The checks,
// in order, with the sentinel each failure wraps:
//
//  1. format attest.FormatTDX (ErrUnknownFormat); the quote parses
//     (ParseQuote), the PCK chain is three PEM certificates, the collateral
//     parses and is for the PCK certificate's FMSPC and PCE-ID, and is
//     present if Options require it (ErrMalformed); the PCK leaf has a
//     well-formed SGX extension (ErrCertChain);
//  2. the PCK chain (leaf → PCK Platform/Processor CA → trusted root) and
//     each collateral signing chain (TCB Signing certificate → trusted
//     root) verify by name and signature (ErrCertChain) to a root in
//     Options.TrustedRoots (ErrUnknownRoot);
//  3. every certificate on those chains, the TCB info and QE identity
//     (issueDate..nextUpdate) and the CRLs (thisUpdate..nextUpdate) are
//     valid at Options.Now (ErrExpired);
//  4. the TCB info and QE identity are signed by their signing
//     certificates (ErrSignature); each CRL given is checked on its own:
//     the PCK CRL is the PCK CA's and does not list the PCK certificate,
//     the Root CA CRL is the root's and lists neither the PCK CA nor a
//     signing certificate (ErrCertChain, ErrRevoked);
//  5. the PCK key signs the QE report (ErrSignature); the QE report data
//     is SHA-256(attestation key ‖ QE auth data) ‖ 32 zero bytes
//     (ErrKeyBinding); the attestation key signs SignedBytes()
//     (ErrSignature);
//  6. the QE is the TD quoting enclave: with collateral its MRSIGNER,
//     ISVPRODID and masked MISCSELECT and ATTRIBUTES match the QE
//     identity, without it MRSIGNER is IntelTDQEMRSigner, ISVPRODID
//     IntelTDQEProdID and DEBUG is clear (ErrKeyBinding);
//  7. with collateral, Intel's TDX TCB evaluation (see TCBEvaluation):
//     TDX module identity, platform, module and QE levels (ErrTCB when the
//     module does not match or no level matches, ErrRevoked for a revoked
//     level); Claims.TCB is the converged status, which may be OutOfDate,
//     SWHardeningNeeded and so on: accepting it is a Policy's decision.
func VerifyQuote(ctx context.Context, ev attest.Evidence, opts Options) (*Result, error) {
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
	r, err := v.cfg.verify(ctx, ev)
	if err != nil {
		return nil, err
	}
	return &r.Claims, nil
}

// pckChain is the PCK certificate chain carried in a quote, as sent.
type pckChain struct {
	leaf          *x509.Certificate
	intermediates []*x509.Certificate // the PCK CA and the root as sent
	all           []*x509.Certificate
}

func (c *config) verify(ctx context.Context, ev attest.Evidence) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	if ev.Format != attest.FormatTDX {
		return nil, fmt.Errorf("%w: tdx verifier cannot verify %q", attest.ErrUnknownFormat, ev.Format)
	}
	now := c.now()

	// 1. Structure.
	quote, err := ParseQuote(ev.Raw)
	if err != nil {
		return nil, err
	}
	sent, err := parsePCKChain(quote)
	if err != nil {
		return nil, err
	}
	ext, err := sgx.ParsePCKExtensions(sent.leaf)
	if err != nil {
		return nil, err
	}
	var col *parsedCollateral
	switch {
	case c.coll != nil:
		if col, err = c.coll.parseFor(ext); err != nil {
			return nil, err
		}
	case len(ev.Collateral) > 0:
		if col, err = parseCollateralFor(ev.Collateral, ext); err != nil {
			return nil, err
		}
	case c.requireCollateral:
		return nil, malformed("evidence carries no collateral and the verifier requires it")
	}
	if col == nil {
		if err := c.requireCRLs.Require(pkg, false, false); err != nil {
			return nil, err
		}
	} else if err := c.requireCRLs.Require(pkg, col.pckCRL != nil, col.rootCRL != nil); err != nil {
		return nil, err
	}

	// 2. Chains: a chain to an untrusted root is ErrUnknownRoot whatever
	// the time, a broken signature ErrCertChain.
	pck, err := verifyPCKChain(sent, c.roots)
	if err != nil {
		return nil, err
	}
	pckKey, err := dcap.P256Key(pkg, "PCK certificate", pck[0])
	if err != nil {
		return nil, err
	}
	var sig *signers
	if col != nil {
		if sig, err = col.resolveSigners(c.roots, now); err != nil {
			return nil, err
		}
	}

	// 3. Validity at the verification time.
	win := newWindow()
	win.AddCerts("PCK chain", pck)
	if col != nil {
		col.addWindows(win, sig)
	}
	if err := win.Check(now); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// 4. Collateral signatures and revocation, before any of it is used.
	if col != nil {
		if err := col.verifySignatures(sig, pck, now); err != nil {
			return nil, err
		}
	}

	// 5. Quote signatures.
	if err := verifyQuoteSignatures(quote, pckKey); err != nil {
		return nil, err
	}

	// 6-7. Quoting enclave identity and TCB.
	res := &Result{Quote: quote, PCK: pck, PCKExtensions: ext}
	var qeID *QEIdentity
	if col != nil {
		qeID = col.qeIdentity
	}
	if err := checkQE(qeID, &quote.QEReport); err != nil {
		return nil, err
	}
	tcb := attest.TCBUnknown
	if col != nil {
		res.TCBInfo, res.QEIdentity = col.tcbInfo, col.qeIdentity
		if res.TCB, err = evaluateTCB(col.tcbInfo, col.qeIdentity, ext, &quote.Body, &quote.QEReport); err != nil {
			return nil, err
		}
		tcb = res.TCB.Status
	}
	res.Claims = *claimsFromQuote(quote, tcb, win.NotBefore, win.NotAfter)
	return res, nil
}

// verifyPCKChain builds the quote's PCK chain to a trusted root and checks
// its shape: leaf "Intel SGX PCK Certificate" → "Intel SGX PCK Platform CA"
// or "... Processor CA" → root, where the root sent in the quote is the
// trusted root itself. It returns leaf, CA, root.
func verifyPCKChain(sent *pckChain, roots []*x509.Certificate) ([]*x509.Certificate, error) {
	ch, err := buildSentChain(sent.all, roots)
	if err != nil {
		return nil, fmt.Errorf("tdx: PCK certificate chain: %w", err)
	}
	if len(ch) != 3 {
		return nil, fmt.Errorf("%w: tdx: PCK certificate chain has %d certificates to the root, want 3 (PCK, PCK CA, root)", attest.ErrCertChain, len(ch))
	}
	if cn := ch[0].Subject.CommonName; cn != dcap.CNPCKLeaf {
		return nil, fmt.Errorf("%w: tdx: PCK certificate common name %q, want %q", attest.ErrCertChain, cn, dcap.CNPCKLeaf)
	}
	if cn := ch[1].Subject.CommonName; cn != dcap.CNPlatformCA && cn != dcap.CNProcessorCA {
		return nil, fmt.Errorf("%w: tdx: PCK CA common name %q, want %q or %q", attest.ErrCertChain, cn, dcap.CNPlatformCA, dcap.CNProcessorCA)
	}
	return ch, nil
}

// verifyQuoteSignatures checks the quote's signature data: the QE report
// under the PCK key, the attestation key's binding to the QE report, and
// the quote signature under the attestation key.
func verifyQuoteSignatures(q *Quote, pckKey *ecdsa.PublicKey) error {
	s := dcap.QuoteSignature{
		Signed: q.SignedBytes(), Signature: &q.Signature,
		AttestationKey:    &q.AttestationKey,
		QEReport:          q.qeReportBytes(),
		QEReportSignature: &q.QEReportSignature, QEAuthData: q.QEAuthData,
	}
	return s.Verify(pkg, pckKey)
}

// parseQuote parses raw (ParseQuote).
func parseQuote(raw []byte) (*Quote, error) { return ParseQuote(raw) }

// parsePCKChain decodes the PEM PCK chain (leaf, PCK CA, root) of a quote.
func parsePCKChain(q *Quote) (*pckChain, error) {
	certs, err := parsePEMCerts(q.PCKChain)
	if err != nil {
		return nil, malformed("PCK certificate chain: %v", err)
	}
	if len(certs) != 3 {
		return nil, malformed("PCK certificate chain has %d certificates, want 3 (PCK, PCK CA, root)", len(certs))
	}
	return &pckChain{leaf: certs[0], intermediates: certs[1:], all: certs}, nil
}

// parsePEMCerts decodes concatenated PEM CERTIFICATE blocks leniently:
// text encoding/pem skips is ignored, and trailing NUL bytes and whitespace
// are tolerated (quotes pad the chain with a NUL).
func parsePEMCerts(data []byte) ([]*x509.Certificate, error) { return dcap.ParsePEMCerts(data, false) }

// claimsFromQuote maps a quote's TD report to claims. It is pure: the
// caller has verified the quote.
func claimsFromQuote(q *Quote, tcb attest.TCBStatus, notBefore, notAfter time.Time) *attest.Claims {
	body := &q.Body
	claims := &attest.Claims{
		Kind:        attest.KindTDX,
		Format:      attest.FormatTDX,
		Measurement: clone(body.MRTD[:]),
		Signer:      clone(body.MRSignerSEAM[:]),
		RTMRs:       make([][]byte, len(body.RTMRs)),
		ReportData:  body.ReportData,
		Debug:       body.Debug(),
		SVN:         uint64(body.TEETCBSVN[0]),
		TCB:         tcb,
		NotBefore:   notBefore,
		NotAfter:    notAfter,
	}
	for i := range body.RTMRs {
		claims.RTMRs[i] = clone(body.RTMRs[i][:])
	}
	return claims
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// requiredCRLs folds CheckRevocations into RequireCRLs.
func (o Options) requiredCRLs() CRLs {
	if o.CheckRevocations {
		return o.RequireCRLs | dcap.AllCRLs
	}
	return o.RequireCRLs
}
