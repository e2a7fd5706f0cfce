package sgx

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/certchain"
	"github.com/teerollup/teerollup/attest/internal/dcap"
)

// IntelQEMRSigner is the MRSIGNER of Intel's SGX quoting enclave (the
// "mrsigner" of Intel's QE identity), and IntelQEProdID its ISVPRODID.
// Without QE identity collateral, Verify requires the QE report to carry
// them and the DEBUG bit to be clear.
var IntelQEMRSigner = [32]byte{
	0x8c, 0x4f, 0x57, 0x75, 0xd7, 0x96, 0x50, 0x3e, 0x96, 0x13, 0x7f, 0x77, 0xc6, 0x8a, 0x82, 0x9a,
	0x00, 0x56, 0xac, 0x8d, 0xed, 0x70, 0x14, 0x0b, 0x08, 0x1b, 0x09, 0x44, 0x90, 0xc5, 0x7b, 0xff,
}

// IntelQEProdID is the ISVPRODID of Intel's SGX quoting enclave.
const IntelQEProdID = 1

// ErrInvalidOptions reports an Options value that cannot be used. It is a
// configuration error, not a verdict on evidence.
var ErrInvalidOptions = fmt.Errorf("sgx: invalid options: %w", attest.ErrConfig)

// ErrWrongCollateral is collateral of the wrong document type: a TDX TCB
// info or QE identity (id "TDX", "TD_QE") where the SGX one is needed. It wraps
// attest.ErrMalformed; attest/sgx and attest/tdx share the value.
var ErrWrongCollateral = dcap.ErrWrongDocument

// DefaultRoots returns Intel's production "Intel SGX Root CA" certificate
// (IntelSGXRootCAPEM), the root of every production PCK certificate chain
// and of Intel's collateral signing chains. The slice is fresh on every
// call.
func DefaultRoots() []*x509.Certificate {
	return []*x509.Certificate{IntelSGXRootCA()}
}

// Options configure verification. The zero value is valid: Intel's
// production root, the system clock, collateral checked when present.
// Options are copied by Verify and NewVerifier and never modified, nor is
// anything they point to. attest/tdx.Options has the same fields.
type Options struct {
	// TrustedRoots are the root certificates that the quote's PCK chain,
	// the TCB Signing chain and the CRLs must end at. Empty means
	// DefaultRoots(). Each must be a CA certificate. Certificates inside a
	// quote or collateral are never trusted as roots.
	TrustedRoots []*x509.Certificate
	// Now returns the verification time: certificate, CRL and collateral
	// validity are checked at it. Nil means time.Now. Inject a fixed
	// clock for reproducible results (and in tests).
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
// values are shared with attest/tdx.
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
	_, err := o.compile()
	return err
}

// config is a validated, private copy of Options.
type config struct {
	roots             *x509.CertPool
	now               func() time.Time
	coll              *parsedCollateral // from Options.Collateral
	fixed             bool              // Options.Collateral was set
	requireCollateral bool
	requireCRLs       CRLs
}

func (o Options) compile() (*config, error) {
	if err := certchain.CheckRoots(o.TrustedRoots, ErrInvalidOptions); err != nil {
		return nil, err
	}
	if !o.RequireCRLs.Valid() {
		return nil, fmt.Errorf("%w: RequireCRLs %#x names unknown CRLs", ErrInvalidOptions, uint8(o.RequireCRLs))
	}
	c := &config{
		roots:             x509.NewCertPool(),
		now:               o.Now,
		fixed:             o.Collateral != nil,
		requireCollateral: o.RequireCollateral,
		requireCRLs:       o.requiredCRLs(),
	}
	roots := o.TrustedRoots
	if len(roots) == 0 {
		roots = DefaultRoots()
	}
	for _, r := range roots {
		c.roots.AddCert(r)
	}
	if c.now == nil {
		c.now = time.Now
	}
	if o.Collateral != nil {
		var err error
		if c.coll, err = o.Collateral.parse(); err != nil {
			return nil, fmt.Errorf("%w: collateral: %w", ErrInvalidOptions, err)
		}
	}
	return c, nil
}

// Result is everything Verify established, for callers that need more
// than attest.Claims (the quote's fields, the PCK certificate's SGX
// extensions, the matched TCB levels).
type Result struct {
	Claims attest.Claims
	Quote  *Quote
	// PCK is the verified PCK chain: leaf, PCK CA, root.
	PCK           []*x509.Certificate
	PCKExtensions *PCKExtensions
	// TCBLevel and QETCBLevel are the matched collateral levels (nil
	// without TCB info / QE identity).
	TCBLevel   *TCBLevel
	QETCBLevel *QETCBLevel
	TCBInfo    *TCBInfo
	QEIdentity *QEIdentity
}

// Verify verifies an SGX DCAP ECDSA quote v3 offline and returns its
// claims. See VerifyQuote for the checks and the errors.
func Verify(ctx context.Context, ev attest.Evidence, opts Options) (*attest.Claims, error) {
	r, err := VerifyQuote(ctx, ev, opts)
	if err != nil {
		return nil, err
	}
	return &r.Claims, nil
}

// VerifyQuote verifies an SGX DCAP ECDSA quote v3 offline, in this order:
//
//  1. the evidence format is attest.FormatSGX and the quote parses
//     strictly (ErrUnknownFormat, ErrMalformed); the QE vendor is Intel
//     and the certification data is a PCK chain (type 5) (ErrMalformed);
//  2. the PCK chain (leaf → PCK Platform/Processor CA → root) verifies to
//     opts.TrustedRoots at opts.Now (ErrExpired, ErrCertChain, ErrUnknownRoot),
//     the leaf carries a well-formed SGX extension (ErrCertChain), and,
//     with CRLs in the collateral, neither the leaf nor the CA is revoked
//     (ErrRevoked);
//  3. the PCK leaf key signs the QE report body (ErrSignature);
//  4. the QE report data is SHA-256(attestation key ‖ QE auth data) ‖ 32
//     zero bytes (ErrKeyBinding);
//  5. the attestation key signs header ‖ ISV report body (ErrSignature);
//  6. the QE is Intel's: with QE identity collateral its MRSIGNER,
//     ISVPRODID and masked MISCSELECT and ATTRIBUTES match the identity,
//     otherwise MRSIGNER is IntelQEMRSigner, ISVPRODID IntelQEProdID and
//     DEBUG is clear (ErrKeyBinding);
//  7. with collateral: the TCB info and QE identity are signed by the
//     Intel SGX TCB Signing certificate, which chains to opts.TrustedRoots
//     (ErrSignature, ErrCertChain, ErrUnknownRoot, ErrExpired), are valid
//     at opts.Now (ErrExpired), the TCB info's FMSPC and PCE-ID are the
//     PCK certificate's (ErrTCB), and a TCB level matches (ErrTCB; a
//     "Revoked" level is ErrRevoked).
//
// A flipped attestation key fails at step 4 (ErrKeyBinding), before its
// signature is checked.
func VerifyQuote(ctx context.Context, ev attest.Evidence, opts Options) (*Result, error) {
	cfg, err := opts.compile()
	if err != nil {
		return nil, err
	}
	return cfg.verify(ctx, ev)
}

// NewVerifier returns an attest.Verifier for attest.FormatSGX with a private
// copy of opts (Options.Collateral decoded once). If opts are invalid, every
// Verify call returns the error (wrapping ErrInvalidOptions).
func NewVerifier(opts Options) attest.Verifier {
	cfg, err := opts.compile()
	return &verifier{cfg: cfg, err: err}
}

type verifier struct {
	cfg *config
	err error
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
	roots, coll := c.roots, c.coll
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	if ev.Format != attest.FormatSGX {
		return nil, fmt.Errorf("%w: sgx: evidence format %q, want %q", attest.ErrUnknownFormat, ev.Format, attest.FormatSGX)
	}
	now := c.now()
	if !c.fixed && len(ev.Collateral) > 0 {
		var err error
		if _, coll, err = parseBundle(ev.Collateral); err != nil {
			return nil, err
		}
	}
	if coll == nil && c.requireCollateral {
		return nil, malformed("evidence carries no collateral and the verifier requires it")
	}
	if coll == nil {
		if err := c.requireCRLs.Require(pkg, false, false); err != nil {
			return nil, err
		}
	} else if err := c.requireCRLs.Require(pkg, coll.pckCRL != nil, coll.rootCRL != nil); err != nil {
		return nil, err
	}

	// 1. Structure.
	q, err := ParseQuote(ev.Raw)
	if err != nil {
		return nil, err
	}
	if q.Header.QEVendorID != IntelQEVendorID {
		return nil, malformed("QE vendor ID %x is not Intel's", q.Header.QEVendorID)
	}
	sd := &q.Signature
	if sd.CertDataType != CertDataTypePCKChain {
		return nil, malformed("certification data type %d, want %d (PCK certificate chain)", sd.CertDataType, CertDataTypePCKChain)
	}
	certs, err := parsePEMCerts("PCK chain", sd.CertData)
	if err != nil {
		return nil, err
	}

	// 2. PCK chain.
	chain, err := verifyPCKChain(certs, roots, now)
	if err != nil {
		return nil, err
	}
	leaf, pckCA, root := chain[0], chain[1], chain[2]
	var val dcap.Validity
	val.NarrowCerts(chain)
	ext, err := ParsePCKExtensions(leaf)
	if err != nil {
		return nil, err
	}
	pckKey, err := dcap.P256Key(pkg, "PCK", leaf)
	if err != nil {
		return nil, err
	}
	if coll != nil && coll.pckCRL != nil {
		if err := dcap.CheckCRL(pkg, "PCK CRL", coll.pckCRL, pckCA, now, leaf); err != nil {
			return nil, err
		}
		val.Narrow(coll.pckCRL.ThisUpdate, coll.pckCRL.NextUpdate)
	}
	if coll != nil && coll.rootCRL != nil {
		if err := dcap.CheckCRL(pkg, "root CA CRL", coll.rootCRL, root, now, pckCA); err != nil {
			return nil, err
		}
		val.Narrow(coll.rootCRL.ThisUpdate, coll.rootCRL.NextUpdate)
	}

	// 3-5. QE report signed by the PCK key, attestation key bound to the
	// QE report, ISV report signed by the attestation key.
	raw := q.raw
	qeReportOff := signedSize + 4 + SignatureSize + AttestationKeySize
	qs := dcap.QuoteSignature{
		Signed: raw[:signedSize], Signature: &sd.ISVSignature,
		AttestationKey:    &sd.AttestationKey,
		QEReport:          raw[qeReportOff : qeReportOff+ReportBodySize],
		QEReportSignature: &sd.QESignature, QEAuthData: sd.QEAuthData,
	}
	if err := qs.Verify(pkg, pckKey); err != nil {
		return nil, err
	}

	res := &Result{Quote: q, PCK: chain, PCKExtensions: ext}

	// 6. The QE is Intel's.
	if coll == nil || coll.qe == nil {
		if err := dcap.MatchBuiltinQE(pkg, &sd.QEReport, "QE", IntelQEMRSigner, IntelQEProdID); err != nil {
			return nil, err
		}
	}

	// 7. Collateral.
	tcb := attest.TCBUnknown
	if coll != nil {
		if tcb, err = evalCollateral(coll, res, roots, now, &val); err != nil {
			return nil, err
		}
	}

	body := &q.Body
	res.Claims = attest.Claims{
		Kind:        attest.KindSGX,
		Format:      attest.FormatSGX,
		Measurement: bytes.Clone(body.MREnclave[:]),
		Signer:      bytes.Clone(body.MRSigner[:]),
		ReportData:  body.ReportData,
		Debug:       body.Debug(),
		SVN:         uint64(body.ISVSVN),
		TCB:         tcb,
		NotBefore:   val.NotBefore,
		NotAfter:    val.NotAfter,
	}
	return res, nil
}

// evalCollateral checks the collateral's signatures and windows and
// judges the TCB. It narrows val by every document's window.
func evalCollateral(coll *parsedCollateral, res *Result, roots *x509.CertPool, now time.Time, val *dcap.Validity) (attest.TCBStatus, error) {
	qe := &res.Quote.Signature.QEReport
	status := attest.TCBUnknown
	if t := coll.tcb; t != nil {
		if err := checkSignedDoc("TCB info", t.Signed, &t.Signature, coll.tcbChain, coll.rootCRL, roots, now, val); err != nil {
			return "", err
		}
		if err := inWindow("TCB info", t.IssueDate, t.NextUpdate, now); err != nil {
			return "", err
		}
		val.Narrow(t.IssueDate, t.NextUpdate)
		ext := res.PCKExtensions
		if t.FMSPC != ext.FMSPC {
			return "", fmt.Errorf("%w: sgx: TCB info is for FMSPC %x, the PCK certificate's is %x", attest.ErrTCB, t.FMSPC, ext.FMSPC)
		}
		if t.PCEID != ext.PCEID {
			return "", fmt.Errorf("%w: sgx: TCB info is for PCE-ID %x, the PCK certificate's is %x", attest.ErrTCB, t.PCEID, ext.PCEID)
		}
		lv := matchTCBLevel(t, ext)
		if lv == nil {
			return "", fmt.Errorf("%w: sgx: no TCB level of FMSPC %x matches the PCK certificate's TCB (components %v, PCESVN %d)", attest.ErrTCB, ext.FMSPC, ext.CompSVN, ext.PCESVN)
		}
		if lv.Status == attest.TCBRevoked {
			return "", fmt.Errorf("%w: sgx: platform TCB level (%s) is revoked", attest.ErrRevoked, lv.TCBDate.Format(time.DateOnly))
		}
		res.TCBInfo, res.TCBLevel = t, lv
		status = lv.Status
	}
	if id := coll.qe; id != nil {
		if err := checkSignedDoc("QE identity", id.Signed, &id.Signature, coll.qeChain, coll.rootCRL, roots, now, val); err != nil {
			return "", err
		}
		if err := inWindow("QE identity", id.IssueDate, id.NextUpdate, now); err != nil {
			return "", err
		}
		val.Narrow(id.IssueDate, id.NextUpdate)
		if err := dcap.MatchEnclaveIdentity(pkg, id, qe); err != nil {
			return "", err
		}
		lv, err := dcap.QELevel(pkg, id, qe.ISVSVN)
		if err != nil {
			return "", err
		}
		res.QEIdentity, res.QETCBLevel = id, lv
		// Without TCB info the platform status is unknown, and stays so
		// unless the QE alone is out of date: an up-to-date QE says
		// nothing about the platform.
		status = dcap.ConvergeTCB(status, lv.Status)
	}
	return status, nil
}

// matchTCBLevel returns the first level whose 16 SGX component SVNs and
// PCESVN are all at most the PCK certificate's.
func matchTCBLevel(t *TCBInfo, ext *PCKExtensions) *TCBLevel {
	for i := range t.TCBLevels {
		if lv := &t.TCBLevels[i]; dcap.SGXTCBAtLeast(ext, &lv.SGXComponents, lv.PCESVN) {
			return lv
		}
	}
	return nil
}

func inWindow(what string, issue, next, now time.Time) error {
	if now.Before(issue) || now.After(next) {
		return fmt.Errorf("%w: sgx: %s valid %s to %s, not at %s", attest.ErrExpired, what,
			issue.Format(time.RFC3339), next.Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	return nil
}

// checkSignedDoc verifies a PCS document's signature under an Intel SGX
// TCB Signing certificate that chains to roots at now. With no issuer
// chain supplied, the embedded TCB Signing certificates are tried.
func checkSignedDoc(what string, signed []byte, sig *[SignatureSize]byte, chain []*x509.Certificate, rootCRL *x509.RevocationList, roots *x509.CertPool, now time.Time, val *dcap.Validity) error {
	candidates := [][]*x509.Certificate{chain}
	if chain == nil {
		candidates = candidates[:0]
		for _, c := range dcap.IntelTCBSigners() {
			candidates = append(candidates, []*x509.Certificate{c})
		}
	}
	var firstErr error
	for _, cand := range candidates {
		err := func() error {
			if cn := cand[0].Subject.CommonName; cn != dcap.CNTCBSigning {
				return fmt.Errorf("%w: sgx: %s signer common name %q, want %q", attest.ErrCertChain, what, cn, dcap.CNTCBSigning)
			}
			ch, err := verifyChain(what+" signer", cand, roots, now, 2)
			if err != nil {
				return err
			}
			if rootCRL != nil {
				if err := dcap.CheckCRL(pkg, "root CA CRL", rootCRL, ch[1], now, ch[0]); err != nil {
					return err
				}
			}
			if err := dcap.VerifyDocSignature(pkg, what, signed, sig, ch[0]); err != nil {
				return err
			}
			val.NarrowCerts(ch)
			return nil
		}()
		if err == nil {
			return nil
		}
		// Report the candidate that got furthest: a bad signature over a
		// chain problem, a chain problem over an expired candidate.
		if firstErr == nil || candidateRank(err) > candidateRank(firstErr) {
			firstErr = err
		}
	}
	if firstErr == nil {
		firstErr = fmt.Errorf("%w: sgx: no TCB Signing certificate for %s", attest.ErrCertChain, what)
	}
	return firstErr
}

func candidateRank(err error) int {
	switch {
	case errors.Is(err, attest.ErrSignature):
		return 3
	case errors.Is(err, attest.ErrRevoked):
		return 2
	case errors.Is(err, attest.ErrExpired):
		return 0
	}
	return 1
}

// requiredCRLs folds CheckRevocations into RequireCRLs.
func (o Options) requiredCRLs() CRLs {
	if o.CheckRevocations {
		return o.RequireCRLs | dcap.AllCRLs
	}
	return o.RequireCRLs
}
