package csv

import (
	"context"
	_ "embed"
	"fmt"
	"time"

	"github.com/teerollup/teerollup/attest"
)

// hygonHRK is Hygon's root key certificate (HRK), as csv-rs and trustee
// ship it (src/certs/builtin/hrk.cert; deps/verifier/src/csv/hrk.cert,
// byte-identical). Key ID 3ae86a9701355cce333a589de21583d7.
//
//go:embed hrk.cert
var hygonHRK []byte

// ErrInvalidOptions reports an Options value that cannot be used. It is a
// configuration error, not a verdict on evidence.
var ErrInvalidOptions = fmt.Errorf("csv: invalid options: %w", attest.ErrConfig)

// DefaultRoots returns Hygon's root key certificate (HRK), parsed afresh on
// every call so callers can never alter another's roots.
func DefaultRoots() []*CACertificate {
	c, err := ParseCACertificate(hygonHRK)
	if err != nil {
		// The embedded certificate is a constant checked by the tests.
		panic("csv: embedded HRK does not parse: " + err.Error())
	}
	return []*CACertificate{c}
}

// Options configure verification. The zero value is valid: Hygon's HRK and
// the system clock. Options are copied by Verify and NewVerifier and never
// modified.
type Options struct {
	// TrustedRoots are the HRK certificates an HSK must be signed by. Empty
	// means DefaultRoots(). Each must be a self-signed HRK (CheckRoot).
	TrustedRoots []*CACertificate
	// Now returns the verification time. Nil means time.Now. Hygon's
	// certificates and reports carry no validity dates, so today no check
	// depends on it and Claims.NotBefore/NotAfter stay zero (unbounded);
	// it is here so that CSV is configured like the other backends and a
	// future dated collateral (a Hygon revocation list) needs no API change.
	Now func() time.Time
}

// Validate reports whether o can be used: every trusted root is a
// well-formed, self-signed HRK.
func (o Options) Validate() error {
	for i, r := range o.TrustedRoots {
		if err := CheckRoot(r); err != nil {
			return fmt.Errorf("%w: trusted root %d: %v", ErrInvalidOptions, i, err)
		}
	}
	return nil
}

type config struct {
	roots []*CACertificate
	now   func() time.Time
}

func (o Options) compile() (*config, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	roots := append([]*CACertificate(nil), o.TrustedRoots...)
	if len(roots) == 0 {
		roots = DefaultRoots()
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return &config{roots: roots, now: now}, nil
}

// Result is everything VerifyReport established: the claims, the parsed
// report (every field, with version 1's obfuscation removed) and the
// verified chain.
type Result struct {
	Claims attest.Claims
	Report *Report
	// Root, HSK and CEK are the verified chain above Report.PEK.
	Root *CACertificate
	HSK  *CACertificate
	CEK  *CSVCertificate
}

// Verify checks CSV evidence (ev.Raw, see Evidence) entirely offline and
// returns the claims it establishes. Failures wrap the attest sentinel
// errors; see VerifyReport for the checks.
func Verify(ctx context.Context, ev attest.Evidence, opts Options) (*attest.Claims, error) {
	r, err := VerifyReport(ctx, ev, opts)
	if err != nil {
		return nil, err
	}
	return &r.Claims, nil
}

// VerifyReport verifies like Verify and returns the full Result. The
// checks, in order, with the sentinel each failure wraps:
//
//  1. format attest.FormatCSV (ErrUnknownFormat); no Collateral, the
//     payload (ParseEvidence), the report (ParseReport: version, sizes,
//     zero padding, signature usage PEK and algorithm SM2, the signer
//     block and its PEK certificate) and the HSK and CEK certificates
//     parse strictly (ErrMalformed); the signer block's MAC verifies
//     (ErrSignature);
//  2. the HSK names a trusted HRK as its signer (ErrUnknownRoot);
//  3. the HRK signs the HSK, the HSK signs the CEK, the CEK signs the PEK
//     (ErrCertChain), each SM2/SM3 with the signer's user ID;
//  4. the PEK signs the report (ErrSignature);
//  5. version 1 only: the unsigned anonce is pinned by the signed report
//     data, whose last four bytes must read zero (ErrSignature; see the
//     package doc).
func VerifyReport(ctx context.Context, ev attest.Evidence, opts Options) (*Result, error) {
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

// NewVerifier returns an attest.Verifier for attest.FormatCSV with a
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
	if ev.Format != attest.FormatCSV {
		return nil, fmt.Errorf("%w: csv verifier cannot verify %q", attest.ErrUnknownFormat, ev.Format)
	}
	if len(ev.Collateral) != 0 {
		// Everything CSV needs travels in Raw; refusing extra bytes keeps
		// one encoding per piece of evidence.
		return nil, malformed("CSV evidence takes no collateral (%d bytes given)", len(ev.Collateral))
	}

	// 1. Structure.
	e, err := ParseEvidence(ev.Raw)
	if err != nil {
		return nil, err
	}
	rep, err := ParseReport(e.ReportMagic, e.ReportFlags, e.Report)
	if err != nil {
		return nil, err
	}
	hsk, err := ParseCACertificate(e.HSKCEK[:CACertSize])
	if err != nil {
		return nil, fmt.Errorf("HSK: %w", err)
	}
	if hsk.Usage != UsageHSK {
		return nil, malformed("HSK certificate has usage %v", hsk.Usage)
	}
	cek, err := ParseCSVCertificate(e.HSKCEK[CACertSize:])
	if err != nil {
		return nil, fmt.Errorf("CEK: %w", err)
	}
	if cek.Usage != UsageCEK || cek.Algorithm != AlgoSM2Sign {
		return nil, malformed("CEK certificate has usage %v algorithm %d, want CEK and SM2", cek.Usage, cek.Algorithm)
	}

	// 2. A trusted root, found by the key ID the HSK names.
	var root *CACertificate
	for _, r := range c.roots {
		if r.KeyID == hsk.SignerID {
			root = r
			break
		}
	}
	if root == nil {
		return nil, fmt.Errorf("%w: csv: HSK is signed by key %x, not a trusted HRK", attest.ErrUnknownRoot, hsk.SignerID)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// 3. The chain.
	if err := verifyCASignedBy(root, hsk); err != nil {
		return nil, err
	}
	if err := verifyCSVSignedBy(hsk.Key, UsageHSK, cek); err != nil {
		return nil, err
	}
	if err := verifyCSVSignedBy(cek.Key, UsageCEK, rep.PEK); err != nil {
		return nil, err
	}

	// 4. The report.
	if err := rep.verifySignature(); err != nil {
		return nil, err
	}

	// 5. Version 1 XORs its fields with an anonce that no signature
	// covers: with a free anonce, whoever relays the report could shift
	// the measurement, policy (the debug bit) and report data by any
	// 4-byte-periodic pattern. Four signed bytes of known value pin it.
	if rep.Version == 1 {
		if rd := rep.ReportData; rd[60]|rd[61]|rd[62]|rd[63] != 0 {
			return nil, fmt.Errorf("%w: csv: version 1 report data must end in four zero bytes to pin the unsigned anonce", attest.ErrSignature)
		}
	}

	return &Result{Claims: *claimsFromReport(rep), Report: rep, Root: root, HSK: hsk, CEK: cek}, nil
}

// FirmwareVersion packs the firmware version a verified report attests,
// ordered so that a larger value is a newer firmware: the PEK
// certificate's firmware major and minor (signed by the chip's CEK) and
// the report's build number (signed by the PEK; zero in version 1
// reports).
func FirmwareVersion(major, minor uint8, build uint32) uint64 {
	return uint64(major)<<40 | uint64(minor)<<32 | uint64(build)
}

// claimsFromReport maps a verified report to claims.
func claimsFromReport(r *Report) *attest.Claims {
	c := &attest.Claims{
		Kind:        attest.KindCSV,
		Format:      attest.FormatCSV,
		Measurement: append([]byte(nil), r.Measurement[:]...),
		ReportData:  r.ReportData,
		Debug:       !r.Policy.NoDebug(),
		SVN:         FirmwareVersion(r.PEK.FirmwareMajor, r.PEK.FirmwareMinor, r.Build),
		TCB:         attest.TCBUnknown,
	}
	if r.Version > 1 {
		c.RTMRs = make([][]byte, len(r.RTMRs))
		for i := range r.RTMRs {
			c.RTMRs[i] = append([]byte(nil), r.RTMRs[i][:]...)
		}
	}
	return c
}
