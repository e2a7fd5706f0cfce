package sim

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
)

// Certificate naming. The platform's kind and TCB status are carried in its
// certificate, signed by the manufacturer, rather than trusted from the
// quote: a leaked platform key then forges quotes of that platform's kind
// only, which is the failure a kind-diverse quorum is meant to survive.
const (
	organization     = "teerollup simulated TEE (test only)"
	platformCN       = "teerollup sim platform"
	rootCNPrefix     = "teerollup sim root "
	ouKindPrefix     = "kind="
	ouTCBPrefix      = "tcb="
	skewAllowance    = time.Hour // certificates start this much before "now"
	rootLifetime     = 30 * 365 * 24 * time.Hour
	platformLifetime = 10 * 365 * 24 * time.Hour
)

// Manufacturer is the root of a simulated vendor key hierarchy: a P-256 key
// and a self-signed root certificate. It certifies platforms. Only verifiers
// given its root certificate explicitly accept its platforms' quotes.
type Manufacturer struct {
	key  *ecdsa.PrivateKey
	cert *x509.Certificate
	now  func() time.Time
}

// Option configures a Manufacturer.
type Option func(*Manufacturer)

// WithClock sets the clock used for certificate validity and for quote
// timestamps of every platform and enclave the manufacturer creates. The
// default is time.Now.
func WithClock(now func() time.Time) Option { return func(m *Manufacturer) { m.now = now } }

// NewManufacturer creates a manufacturer with a fresh root key. Keys come
// from crypto/rand: since Go 1.26 the standard library ignores custom
// randomness sources for key generation, so simulated hierarchies are not
// reproducible; tests pin identities by keeping the objects, not seeds.
func NewManufacturer(opts ...Option) (*Manufacturer, error) {
	m := &Manufacturer{now: time.Now}
	for _, o := range opts {
		o(m)
	}
	if m.now == nil {
		return nil, fmt.Errorf("%w: nil clock", attest.ErrConfig)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("sim: root key: %w", err)
	}
	spki, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("sim: root key: %w", err)
	}
	fp := sha256.Sum256(spki)
	now := m.now()
	tmpl := &x509.Certificate{
		SerialNumber: randSerial(),
		Subject: pkix.Name{
			Organization: []string{organization},
			// The key fingerprint makes each manufacturer's name unique, so a
			// chain from another manufacturer is told apart as an unknown
			// root rather than a bad signature.
			CommonName: rootCNPrefix + hex.EncodeToString(fp[:8]),
		},
		NotBefore:             now.Add(-skewAllowance),
		NotAfter:              now.Add(rootLifetime),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLen:            1,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, fmt.Errorf("sim: root certificate: %w", err)
	}
	m.key = key
	if m.cert, err = x509.ParseCertificate(der); err != nil {
		return nil, fmt.Errorf("sim: root certificate: %w", err)
	}
	return m, nil
}

// RootCert returns the manufacturer's self-signed root certificate, to be
// passed to Options.Roots. Callers must not modify it.
func (m *Manufacturer) RootCert() *x509.Certificate { return m.cert }

// Roots returns RootCert as a one-element slice, for Options{Roots: m.Roots()}.
func (m *Manufacturer) Roots() []*x509.Certificate { return []*x509.Certificate{m.cert} }

// Now returns the manufacturer's clock reading.
func (m *Manufacturer) Now() time.Time { return m.now() }

// PlatformOption configures a Platform.
type PlatformOption func(*platformConfig)

type platformConfig struct {
	notBefore, notAfter time.Time
	tcb                 attest.TCBStatus
}

// WithValidity sets the platform certificate's validity window (the default
// is from an hour before the manufacturer's clock to ten years after).
func WithValidity(notBefore, notAfter time.Time) PlatformOption {
	return func(c *platformConfig) { c.notBefore, c.notAfter = notBefore, notAfter }
}

// WithTCB sets the TCB status the manufacturer certifies for the platform
// and the verifier reports in Claims.TCB (default attest.TCBUpToDate).
func WithTCB(s attest.TCBStatus) PlatformOption {
	return func(c *platformConfig) { c.tcb = s }
}

// Platform is a simulated machine of one TEE kind, holding a P-256
// attestation key certified by the manufacturer.
type Platform struct {
	kind        attest.Kind
	tcb         attest.TCBStatus
	key         *ecdsa.PrivateKey
	cert        *x509.Certificate
	now         func() time.Time
	compromised atomic.Bool
}

// NewPlatform certifies a new platform of the given kind.
func (m *Manufacturer) NewPlatform(kind attest.Kind, opts ...PlatformOption) (*Platform, error) {
	if !kind.Valid() {
		return nil, fmt.Errorf("%w: invalid kind %v", attest.ErrConfig, kind)
	}
	now := m.now()
	cfg := platformConfig{
		notBefore: now.Add(-skewAllowance),
		notAfter:  now.Add(platformLifetime),
		tcb:       attest.TCBUpToDate,
	}
	for _, o := range opts {
		o(&cfg)
	}
	if !cfg.notBefore.Before(cfg.notAfter) {
		return nil, fmt.Errorf("%w: platform validity [%v, %v] is empty",
			attest.ErrConfig, cfg.notBefore, cfg.notAfter)
	}
	if !slices.Contains(tcbStatuses, cfg.tcb) {
		return nil, fmt.Errorf("%w: unknown TCB status %q", attest.ErrConfig, cfg.tcb)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("sim: platform key: %w", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: randSerial(),
		Subject: pkix.Name{
			Organization:       []string{organization},
			OrganizationalUnit: []string{ouKindPrefix + kind.String(), ouTCBPrefix + string(cfg.tcb)},
			CommonName:         platformCN,
		},
		NotBefore:             cfg.notBefore,
		NotAfter:              cfg.notAfter,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, m.cert, &key.PublicKey, m.key)
	if err != nil {
		return nil, fmt.Errorf("sim: platform certificate: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("sim: platform certificate: %w", err)
	}
	return &Platform{kind: kind, tcb: cfg.tcb, key: key, cert: cert, now: m.now}, nil
}

// tcbStatuses are the statuses a platform certificate may carry.
var tcbStatuses = []attest.TCBStatus{
	attest.TCBUnknown, attest.TCBUpToDate, attest.TCBSWHardening, attest.TCBConfigNeeded,
	attest.TCBOutOfDate, attest.TCBRevoked, attest.TCBConfigAndHarden, attest.TCBOutOfDateConfig,
}

// platformIdentity reads the kind and TCB status from a platform
// certificate's subject, strictly: any other shape is not a platform
// certificate.
func platformIdentity(c *x509.Certificate) (attest.Kind, attest.TCBStatus, error) {
	s := c.Subject
	if s.CommonName != platformCN || len(s.OrganizationalUnit) != 2 || c.IsCA {
		return 0, "", fmt.Errorf("%w: sim: %q is not a platform certificate", attest.ErrCertChain, s.CommonName)
	}
	kindName, ok1 := strings.CutPrefix(s.OrganizationalUnit[0], ouKindPrefix)
	tcbName, ok2 := strings.CutPrefix(s.OrganizationalUnit[1], ouTCBPrefix)
	if !ok1 || !ok2 {
		return 0, "", fmt.Errorf("%w: sim: platform certificate subject %v", attest.ErrCertChain, s.OrganizationalUnit)
	}
	kind := attest.KindUnknown
	for k := attest.KindUnknown + 1; k.Valid(); k++ {
		if k.String() == kindName {
			kind = k
		}
	}
	tcb := attest.TCBStatus(tcbName)
	if kind == attest.KindUnknown || !slices.Contains(tcbStatuses, tcb) {
		return 0, "", fmt.Errorf("%w: sim: platform certificate names kind %q, TCB %q",
			attest.ErrCertChain, kindName, tcbName)
	}
	return kind, tcb, nil
}

// Kind is the TEE kind the platform simulates.
func (p *Platform) Kind() attest.Kind { return p.kind }

// TCB is the TCB status certified for the platform.
func (p *Platform) TCB() attest.TCBStatus { return p.tcb }

// Certificate returns the platform certificate. Callers must not modify it.
func (p *Platform) Certificate() *x509.Certificate { return p.cert }

// Collateral returns the certificate chain that accompanies the platform's
// quotes: the DER platform certificate followed by any intermediates (none
// today), without the root, which verifiers hold.
func (p *Platform) Collateral() []byte { return slices.Clone(p.cert.Raw) }

// Compromise marks the platform compromised and returns a copy of its
// attestation key. With it an attacker signs arbitrary quotes of this
// platform's kind (see Quote.Sign), exactly as after a real key extraction.
func (p *Platform) Compromise() *ecdsa.PrivateKey {
	p.compromised.Store(true)
	return copyP256(p.key)
}

// Compromised reports whether Compromise was called.
func (p *Platform) Compromised() bool { return p.compromised.Load() }

// EnclaveOption configures an Enclave.
type EnclaveOption func(*Enclave)

// WithDebug launches the enclave in debug mode.
func WithDebug() EnclaveOption { return func(e *Enclave) { e.debug = true } }

// WithSVN sets the enclave's security version (default 0).
func WithSVN(svn uint64) EnclaveOption { return func(e *Enclave) { e.svn = svn } }

// WithSigner sets the signer identity (MRSIGNER-like, at most MaxFieldSize
// bytes; default empty).
func WithSigner(signer []byte) EnclaveOption {
	return func(e *Enclave) { e.signer = slices.Clone(signer) }
}

// Enclave is a simulated enclave: code identified by its measurement,
// running on a platform, holding a secp256k1 key generated inside it. It
// implements attest.Quoter.
type Enclave struct {
	platform    *Platform
	measurement []byte
	signer      []byte
	debug       bool
	svn         uint64
	key         *ecdsa.PrivateKey // secp256k1
	compromised atomic.Bool
}

var _ attest.Quoter = (*Enclave)(nil)

// Launch starts an enclave with the given measurement (1..MaxFieldSize
// bytes) and generates its enclave key.
func (p *Platform) Launch(measurement []byte, opts ...EnclaveOption) (*Enclave, error) {
	if len(measurement) == 0 || len(measurement) > MaxFieldSize {
		return nil, fmt.Errorf("%w: measurement length %d not in [1, %d]",
			attest.ErrConfig, len(measurement), MaxFieldSize)
	}
	e := &Enclave{platform: p, measurement: slices.Clone(measurement)}
	for _, o := range opts {
		o(e)
	}
	if len(e.signer) > MaxFieldSize {
		return nil, fmt.Errorf("%w: signer length %d > %d", attest.ErrConfig, len(e.signer), MaxFieldSize)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("sim: enclave key: %w", err)
	}
	e.key = key
	return e, nil
}

// Quote returns simulated evidence binding reportData to this enclave,
// signed by the platform key and timestamped with the manufacturer's clock.
func (e *Enclave) Quote(ctx context.Context, reportData [attest.ReportDataSize]byte) (attest.Evidence, error) {
	if err := ctx.Err(); err != nil {
		return attest.Evidence{}, err
	}
	q := Quote{
		Kind:        e.platform.kind,
		Debug:       e.debug,
		SVN:         e.svn,
		Time:        e.platform.now(),
		Measurement: e.measurement,
		Signer:      e.signer,
		ReportData:  reportData,
	}
	if err := q.Sign(e.platform.key); err != nil {
		return attest.Evidence{}, err
	}
	raw, err := q.Marshal()
	if err != nil {
		return attest.Evidence{}, err
	}
	return attest.Evidence{Format: attest.FormatSim, Raw: raw, Collateral: e.platform.Collateral()}, nil
}

// QuoteBinding quotes attest.BindingReportData(d, e.Address()): the evidence
// a deployment needs to register the enclave key.
func (e *Enclave) QuoteBinding(ctx context.Context, d attest.Domain) (attest.Evidence, error) {
	if err := d.Validate(); err != nil {
		return attest.Evidence{}, err
	}
	return e.Quote(ctx, attest.BindingReportData(d, e.Address()))
}

// Platform returns the platform the enclave runs on.
func (e *Enclave) Platform() *Platform { return e.platform }

// Kind is the platform's TEE kind.
func (e *Enclave) Kind() attest.Kind { return e.platform.kind }

// Measurement returns a copy of the enclave's measurement.
func (e *Enclave) Measurement() []byte { return slices.Clone(e.measurement) }

// Address is the Ethereum address of the enclave key.
func (e *Enclave) Address() common.Address { return crypto.PubkeyToAddress(e.key.PublicKey) }

// PublicKey returns the enclave's secp256k1 public key.
func (e *Enclave) PublicKey() *ecdsa.PublicKey {
	pub := e.key.PublicKey
	return &pub
}

// Sign signs a 32-byte digest with the enclave key, returning a 65-byte
// [R ‖ S ‖ V] signature with V in {0, 1}: the convention of the signer
// seam (quorum.Signer), which an Enclave satisfies with Address. Votes
// carry V + 27 for Solidity's ecrecover; quorum.SignVote converts, so a
// sequencer enclave votes with quorum.SignVote(enclave, ...) and never
// needs its key (Compromise) to do so.
func (e *Enclave) Sign(hash common.Hash) ([]byte, error) {
	return crypto.Sign(hash[:], e.key)
}

// Compromise marks the enclave compromised and returns a copy of its key, so
// that threat-model tests can forge its votes. The enclave keeps working.
func (e *Enclave) Compromise() *ecdsa.PrivateKey {
	e.compromised.Store(true)
	k, err := crypto.ToECDSA(crypto.FromECDSA(e.key))
	if err != nil {
		panic("sim: copying a valid secp256k1 key failed: " + err.Error()) // cannot happen
	}
	return k
}

// Compromised reports whether Compromise was called.
func (e *Enclave) Compromised() bool { return e.compromised.Load() }

// NewCommittee certifies one platform per kind (a committee member is a
// machine) and launches the same measurement on each, e.g. kinds
// {SGX, TDX, TDX, CSV, CSV}.
func NewCommittee(m *Manufacturer, kinds []attest.Kind, measurement []byte, opts ...EnclaveOption) ([]*Enclave, error) {
	members := make([]*Enclave, 0, len(kinds))
	for i, k := range kinds {
		p, err := m.NewPlatform(k)
		if err != nil {
			return nil, fmt.Errorf("committee member %d: %w", i, err)
		}
		e, err := p.Launch(measurement, opts...)
		if err != nil {
			return nil, fmt.Errorf("committee member %d: %w", i, err)
		}
		members = append(members, e)
	}
	return members, nil
}

func copyP256(k *ecdsa.PrivateKey) *ecdsa.PrivateKey {
	b, err := k.Bytes()
	if err == nil {
		var c *ecdsa.PrivateKey
		if c, err = ecdsa.ParseRawPrivateKey(elliptic.P256(), b); err == nil {
			return c
		}
	}
	panic("sim: copying a valid P-256 key failed: " + err.Error()) // cannot happen
}

func randSerial() *big.Int {
	b := make([]byte, 16)
	rand.Read(b) // never fails since Go 1.24
	b[0] &= 0x7f // positive, as RFC 5280 requires
	b[0] |= 0x01 // and non-zero
	return new(big.Int).SetBytes(b)
}

// CRL issues a certificate revocation list of the manufacturer's root,
// valid from thisUpdate to nextUpdate, revoking the given platforms'
// certificates. Appended to a quote's collateral (Platform.Collateral
// followed by the CRL), it makes the sim Verifier report ErrRevoked for
// those platforms: the simulated counterpart of Intel's PCK CRL or AMD's
// VCEK CRL, for tests of revocation and invalidation.
func (m *Manufacturer) CRL(number int64, thisUpdate, nextUpdate time.Time, revoked ...*Platform) ([]byte, error) {
	entries := make([]x509.RevocationListEntry, len(revoked))
	for i, p := range revoked {
		entries[i] = x509.RevocationListEntry{SerialNumber: p.cert.SerialNumber, RevocationTime: thisUpdate}
	}
	der, err := x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
		Number: big.NewInt(number), ThisUpdate: thisUpdate, NextUpdate: nextUpdate,
		RevokedCertificateEntries: entries,
	}, m.cert, m.key)
	if err != nil {
		return nil, fmt.Errorf("sim: CRL: %w", err)
	}
	return der, nil
}
