package sevsnp

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/binary"
	"encoding/pem"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/verify"
	"github.com/google/go-sev-guest/verify/trust"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/internal/certchain"
)

// ErrInvalidOptions reports an Options value that cannot be used. It is a
// configuration error, not a verdict on evidence.
var ErrInvalidOptions = fmt.Errorf("sevsnp: invalid options: %w", attest.ErrConfig)

// productLines are the AMD EPYC generations whose roots go-sev-guest embeds.
var productLines = []string{"Milan", "Genoa", "Turin"}

var (
	defaultsOnce  sync.Once
	defaultARKs   []*x509.Certificate
	defaultICAs   []*x509.Certificate // ASKs and ASVKs
	defaultsError error
)

func loadDefaults() {
	defaultsOnce.Do(func() {
		for _, pl := range productLines {
			rc := trust.DefaultRootCerts[pl]
			if rc == nil || rc.ProductCerts == nil || rc.ProductCerts.Ark == nil || rc.ProductCerts.Ask == nil {
				defaultsError = fmt.Errorf("sevsnp: go-sev-guest has no embedded %s roots", pl)
				return
			}
			defaultARKs = append(defaultARKs, rc.ProductCerts.Ark)
			defaultICAs = append(defaultICAs, rc.ProductCerts.Ask)
		}
		// The VLEK signing keys (ASVK) are published in separate bundles
		// (PEM: ASVK, ARK).
		for _, bundle := range [][]byte{trust.AskArkMilanVlekBytes, trust.AskArkGenoaVlekBytes, trust.AskArkTurinVlekBytes} {
			for rest := bundle; ; {
				var blk *pem.Block
				if blk, rest = pem.Decode(rest); blk == nil {
					break
				}
				c, err := x509.ParseCertificate(blk.Bytes)
				if err != nil {
					defaultsError = fmt.Errorf("sevsnp: embedded ASVK bundle: %v", err)
					return
				}
				if strings.HasPrefix(c.Subject.CommonName, "SEV-VLEK") {
					defaultICAs = append(defaultICAs, c)
				}
			}
		}
	})
}

// DefaultRoots returns AMD's root keys (ARK) for Milan, Genoa and Turin as
// embedded in go-sev-guest (AMD KDS cert_chain). The slice is fresh on every
// call.
func DefaultRoots() []*x509.Certificate {
	loadDefaults()
	if defaultsError != nil {
		panic(defaultsError)
	}
	return append([]*x509.Certificate(nil), defaultARKs...)
}

// Options configure verification. The zero value is valid: AMD's roots and
// the system clock. Options are copied by Verify and NewVerifier and never
// modified.
type Options struct {
	// TrustedRoots are the AMD root keys (ARK certificates) that the
	// VCEK/VLEK chain must end at. Empty means DefaultRoots(). Each must be a
	// CA certificate. The intermediate (ASK, or ASVK for a VLEK) is taken
	// from go-sev-guest's embedded AMD bundles or from the evidence's
	// certificate table, and must be signed by a trusted root.
	TrustedRoots []*x509.Certificate
	// Now returns the verification time. Nil means time.Now.
	Now func() time.Time
}

// Validate reports whether o can be used.
func (o Options) Validate() error {
	return certchain.CheckRoots(o.TrustedRoots, ErrInvalidOptions)
}

type config struct {
	roots []*x509.Certificate
	now   func() time.Time
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
	return &config{roots: roots, now: now}, nil
}

// Verify checks an SEV-SNP attestation report (ev.Raw, exactly
// abi.ReportSize bytes) with the certificates of its certificate table
// (ev.Collateral, see Certificates), entirely offline, and returns the
// claims it establishes. Failures wrap the attest sentinel errors.
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

// NewVerifier returns an attest.Verifier for attest.FormatSEVSNP with a
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
	return v.cfg.verify(ctx, ev)
}

func (c *config) verify(ctx context.Context, ev attest.Evidence) (claims *attest.Claims, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := ev.Validate(); err != nil {
		return nil, err
	}
	if ev.Format != attest.FormatSEVSNP {
		return nil, fmt.Errorf("%w: sevsnp verifier cannot verify %q", attest.ErrUnknownFormat, ev.Format)
	}
	defer func() {
		if r := recover(); r != nil {
			claims = nil
			err = fmt.Errorf("%w: sevsnp: go-sev-guest panicked on malformed input: %v", attest.ErrMalformed, r)
		}
	}()
	loadDefaults()
	if defaultsError != nil {
		return nil, defaultsError
	}
	now := c.now()

	report, info, err := parseReport(ev.Raw)
	if err != nil {
		return nil, err
	}
	if len(ev.Collateral) == 0 {
		return nil, fmt.Errorf("%w: sevsnp: no certificate table: the %v certificate is needed and is never fetched", attest.ErrMalformed, info.SigningKey)
	}
	certs, err := ParseCertificates(ev.Collateral)
	if err != nil {
		return nil, err
	}
	ekDER := certs.VCEK
	if info.SigningKey == abi.VlekReportSigner {
		ekDER = certs.VLEK
	}
	if len(ekDER) == 0 {
		return nil, fmt.Errorf("%w: sevsnp: the report is signed by the %v but the certificate table has no %v certificate", attest.ErrMalformed, info.SigningKey, info.SigningKey)
	}
	ek, err := x509.ParseCertificate(ekDER)
	if err != nil {
		return nil, fmt.Errorf("%w: sevsnp: %v certificate: %v", attest.ErrMalformed, info.SigningKey, err)
	}
	intermediates := append([]*x509.Certificate(nil), defaultICAs...)
	for _, der := range [][]byte{certs.ASK} {
		if len(der) == 0 {
			continue
		}
		ica, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, fmt.Errorf("%w: sevsnp: ASK certificate in the table: %v", attest.ErrMalformed, err)
		}
		intermediates = append(intermediates, ica)
	}

	chain, err := certchain.Build(ek, intermediates, c.roots)
	if err != nil {
		return nil, fmt.Errorf("sevsnp: %v certificate chain: %w", info.SigningKey, err)
	}
	if len(chain) != 3 {
		return nil, fmt.Errorf("%w: sevsnp: %v chain has %d certificates, want 3 (%v, intermediate, ARK)", attest.ErrCertChain, info.SigningKey, len(chain), info.SigningKey)
	}
	win := certchain.NewWindow("sevsnp")
	win.AddCerts(info.SigningKey.String()+" chain", chain)
	if err := win.Check(now); err != nil {
		return nil, err
	}

	exts, err := parseKDSExtensions(ek, info.SigningKey)
	if err != nil {
		return nil, err
	}
	productLine, err := reportProductLine(report, exts.productName, info.SigningKey)
	if err != nil {
		return nil, err
	}
	if err := checkKDSProfile(ek, info.SigningKey, productLine); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// go-sev-guest checks the KDS certificate profile, the chain again
	// (crypto/x509) and the report signature, as a second opinion. It gets
	// exactly the chain built above as its root of trust, and no network.
	// It is skipped for certificates its KDS parser refuses although they
	// are AMD's (Turin, see kdsext.go): for those the checks above
	// (chain, profile, extensions) and the signature check below stand
	// alone.
	if _, err := kds.CertificateExtensions(ek, info.SigningKey); err == nil {
		pc := &trust.ProductCerts{Ark: chain[2]}
		att := &spb.Attestation{Report: report, CertificateChain: &spb.CertificateChain{}}
		switch info.SigningKey {
		case abi.VcekReportSigner:
			pc.Ask = chain[1]
			att.CertificateChain.VcekCert = ekDER
		case abi.VlekReportSigner:
			pc.Asvk = chain[1]
			att.CertificateChain.VlekCert = ekDER
		}
		lopts := &verify.Options{
			DisableCertFetching: true,
			Getter:              refuseNetwork{},
			Now:                 now,
			TrustedRoots: map[string][]*trust.AMDRootCerts{
				productLine: {{ProductLine: productLine, ProductCerts: pc}},
			},
		}
		if err := verify.SnpAttestationContext(ctx, att, lopts); err != nil {
			return nil, classify(err)
		}
	}
	// The signature over the raw bytes as received, not only over the
	// library's re-encoding of its parsed form.
	if err := verify.SnpReportSignature(ev.Raw, ek); err != nil {
		return nil, classify(err)
	}
	if err := checkBinding(report, info, exts, productLine); err != nil {
		return nil, err
	}
	return claimsFromReport(report, info, productLine, win.NotBefore, win.NotAfter), nil
}

// parseReport parses a raw report with go-sev-guest's ABI parser.
func parseReport(raw []byte) (*spb.Report, abi.SignerInfo, error) {
	var info abi.SignerInfo
	if len(raw) != abi.ReportSize {
		return nil, info, fmt.Errorf("%w: sevsnp: report of %d bytes, want %d", attest.ErrMalformed, len(raw), abi.ReportSize)
	}
	if err := abi.ValidateReportFormat(raw); err != nil {
		return nil, info, fmt.Errorf("%w: sevsnp: %v", attest.ErrMalformed, err)
	}
	report, err := abi.ReportToProto(raw)
	if err != nil {
		return nil, info, fmt.Errorf("%w: sevsnp: %v", attest.ErrMalformed, err)
	}
	if algo := abi.SignatureAlgo(raw); algo != abi.SignEcdsaP384Sha384 {
		return nil, info, fmt.Errorf("%w: sevsnp: signature algorithm %d is not ECDSA P-384 with SHA-384", attest.ErrMalformed, algo)
	}
	info, err = abi.ParseSignerInfo(report.GetSignerInfo())
	if err != nil {
		return nil, info, fmt.Errorf("%w: sevsnp: %v", attest.ErrMalformed, err)
	}
	switch info.SigningKey {
	case abi.VcekReportSigner, abi.VlekReportSigner:
	default:
		return nil, info, fmt.Errorf("%w: sevsnp: report is not signed (SIGNING_KEY %v)", attest.ErrSignature, info.SigningKey)
	}
	return report, info, nil
}

// reportProductLine names the AMD product line the way go-sev-guest does:
// from CPUID in v3+ reports, else from the V[CL]EK certificate.
func reportProductLine(report *spb.Report, productName string, key abi.ReportSigner) (string, error) {
	if fms := report.GetCpuid1EaxFms(); fms != 0 {
		return kds.ProductLineFromFms(fms), nil
	}
	product, err := kds.ParseProductName(productName, key)
	if err != nil {
		return "", fmt.Errorf("%w: sevsnp: %v", attest.ErrMalformed, err)
	}
	return kds.ProductLine(product), nil
}

// tcbParts are the security patch levels of a TCB_VERSION, whose layout
// depends on the product line (SEV-SNP ABI spec, TCB_VERSION). Only Turin
// and later have an FMC (firmware mailbox controller) level.
type tcbParts struct {
	fmc          uint8
	hasFMC       bool
	bl, tee, snp uint8
	ucode        uint8
}

func splitTCB(tcb uint64, productLine string) tcbParts {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], tcb)
	if productLine == "Turin" {
		// FMC, BOOT_LOADER, TEE, SNP, reserved[3], MICROCODE
		return tcbParts{fmc: b[0], hasFMC: true, bl: b[1], tee: b[2], snp: b[3], ucode: b[7]}
	}
	// BOOT_LOADER, TEE, reserved[4], SNP, MICROCODE
	return tcbParts{bl: b[0], tee: b[1], snp: b[6], ucode: b[7]}
}

func (p tcbParts) String() string {
	s := fmt.Sprintf("BOOT_LOADER %d, TEE %d, SNP %d, MICROCODE %d", p.bl, p.tee, p.snp, p.ucode)
	if p.hasFMC {
		s = fmt.Sprintf("FMC %d, ", p.fmc) + s
	}
	return "{" + s + "}"
}

// checkBinding checks that the endorsement key certificate is the one for
// this report: KDS issues one VCEK per chip (HWID) and TCB, so its TCB must
// be the report's REPORTED_TCB (on Turin including the FMC level, which the
// certificate carries in 1.3.6.1.4.1.3704.1.3.9) and its HWID the report's
// CHIP_ID (unless the host masks CHIP_ID).
func checkBinding(report *spb.Report, info abi.SignerInfo, exts *kdsExtensions, productLine string) error {
	got := exts.tcb()
	want := splitTCB(report.GetReportedTcb(), productLine)
	if got != want {
		return fmt.Errorf("%w: sevsnp: %v certificate is for TCB %v but the report's REPORTED_TCB is %v (%s)",
			attest.ErrKeyBinding, info.SigningKey, got, want, productLine)
	}
	chipID := report.GetChipId()
	if info.SigningKey != abi.VcekReportSigner || info.MaskChipKey || allZero(chipID) {
		return nil
	}
	// A Turin chip ID is 8 bytes: the report's CHIP_ID holds it in its
	// first 8 bytes, zero-padded, and the VCEK's HWID is the 8 bytes alone.
	if len(exts.hwid) > len(chipID) || !bytes.Equal(chipID[:len(exts.hwid)], exts.hwid) || !allZero(chipID[len(exts.hwid):]) {
		return fmt.Errorf("%w: sevsnp: VCEK certificate is for HWID %x but the report's CHIP_ID is %x",
			attest.ErrKeyBinding, exts.hwid, chipID)
	}
	return nil
}

// claimsFromReport maps a verified report to claims.
func claimsFromReport(report *spb.Report, info abi.SignerInfo, productLine string, notBefore, notAfter time.Time) *attest.Claims {
	claims := &attest.Claims{
		Kind:        attest.KindSEVSNP,
		Format:      attest.FormatSEVSNP,
		Measurement: clone(report.GetMeasurement()),
		SVN:         uint64(splitTCB(report.GetReportedTcb(), productLine).snp),
		TCB:         attest.TCBUnknown,
		NotBefore:   notBefore,
		NotAfter:    notAfter,
	}
	switch {
	case info.AuthorKeyEn:
		claims.Signer = clone(report.GetAuthorKeyDigest())
	case !allZero(report.GetIdKeyDigest()):
		claims.Signer = clone(report.GetIdKeyDigest())
	}
	copy(claims.ReportData[:], report.GetReportData())
	if policy, err := abi.ParseSnpPolicy(report.GetPolicy()); err == nil {
		claims.Debug = policy.Debug
	} else {
		// Unreachable for a parsed report; fail safe.
		claims.Debug = true
	}
	return claims
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// refuseNetwork is the go-sev-guest getter: this package never touches the
// network (certificate fetching is also disabled).
type refuseNetwork struct{}

func (refuseNetwork) Get(url string) ([]byte, error) {
	return nil, fmt.Errorf("sevsnp: network access is disabled (requested %s); pass the certificate table in the evidence", url)
}
