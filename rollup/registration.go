package rollup

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
)

// Statement kinds of committee-certified registration, served on a node's
// peer Mux (Vetter.Handle).
const (
	KindAdmission = "rollup/admission" // Vote: an encoded Admission
	KindRemoval   = "rollup/removal"   // Vote: an encoded Removal
)

// Bounds on what a stranger can make a member parse and verify.
const (
	// MaxEvidenceSize bounds published evidence (EncodeEvidence) in an
	// Admission or Removal.
	MaxEvidenceSize = 64 << 10
	// MaxCollateralSize bounds the newer collateral of a Removal.
	MaxCollateralSize = 64 << 10
	// MaxVerifiedSkew is how far an Admission's VerifiedAt may be from a
	// member's clock: each member verifies at its own now and checks the
	// proposed window against what it found.
	MaxVerifiedSkew = 2 * time.Minute
)

var (
	// ErrStatement: an Admission or Removal is malformed or out of bounds.
	ErrStatement = errors.New("rollup: malformed registration statement")
	// ErrWrongEpoch: the statement names another epoch than the member's
	// current committee.
	ErrWrongEpoch = errors.New("rollup: statement for another epoch")
	// ErrAdmission: a member refuses to certify an admission (the wrapped
	// error says why, e.g. attest.ErrDebug).
	ErrAdmission = errors.New("rollup: admission refused")
	// ErrNotInvalidated: the offered collateral does not invalidate the
	// member's evidence (it still verifies, or the collateral itself is
	// not authentic, current and newer).
	ErrNotInvalidated = errors.New("rollup: collateral does not invalidate the evidence")
	// ErrBusy: the member is already verifying as much as it allows.
	ErrBusy = errors.New("rollup: too many verifications in flight")
)

var (
	admissionTypeHash = crypto.Keccak256Hash([]byte("Admission(address enclave,uint8 kind,bytes32 measurement,uint64 verifiedAt,uint64 registeredUntil,bytes32 evidenceHash,uint64 epoch)"))
	removalTypeHash   = crypto.Keccak256Hash([]byte("Removal(address enclave,bytes32 evidenceHash,bytes32 collateralHash,uint64 epoch)"))
)

// Admission is a committee-certified registration (Manager.registerCertified):
// each member that signs it verified Evidence in its enclave against its
// policy, found the key bound to this deployment, and a validity ending no
// earlier than RegisteredUntil.
type Admission struct {
	Enclave         common.Address
	Kind            attest.Kind
	Measurement     common.Hash // MeasurementHash of the raw measurement
	VerifiedAt      uint64      // unix seconds: when the proposer verified it
	RegisteredUntil uint64      // unix seconds: Claims.ValidUntil at VerifiedAt
	Epoch           uint64      // the certifying committee's epoch
	Evidence        []byte      // EncodeEvidence
}

const admissionHead = 20 + 1 + 32 + 8 + 8 + 8

// Validate checks the shape (not the evidence).
func (a *Admission) Validate() error {
	switch {
	case a.Enclave == (common.Address{}):
		return fmt.Errorf("%w: zero enclave", ErrStatement)
	case a.Kind == 0:
		return fmt.Errorf("%w: zero kind", ErrStatement)
	case len(a.Evidence) == 0 || len(a.Evidence) > MaxEvidenceSize:
		return fmt.Errorf("%w: evidence of %d bytes, want 1..%d", ErrStatement, len(a.Evidence), MaxEvidenceSize)
	case a.RegisteredUntil <= a.VerifiedAt:
		return fmt.Errorf("%w: registered until %d, not after verified at %d", ErrStatement, a.RegisteredUntil, a.VerifiedAt)
	}
	return nil
}

// Encode is enclave(20) ‖ kind(1) ‖ measurement(32) ‖ verifiedAt(8) ‖
// registeredUntil(8) ‖ epoch(8) ‖ evidence.
func (a *Admission) Encode() []byte {
	b := make([]byte, 0, admissionHead+len(a.Evidence))
	b = append(b, a.Enclave[:]...)
	b = append(b, byte(a.Kind))
	b = append(b, a.Measurement[:]...)
	b = binary.BigEndian.AppendUint64(b, a.VerifiedAt)
	b = binary.BigEndian.AppendUint64(b, a.RegisteredUntil)
	b = binary.BigEndian.AppendUint64(b, a.Epoch)
	return append(b, a.Evidence...)
}

// DecodeAdmission reverses Encode and validates.
func DecodeAdmission(b []byte) (*Admission, error) {
	if len(b) < admissionHead {
		return nil, fmt.Errorf("%w: admission of %d bytes", ErrStatement, len(b))
	}
	a := &Admission{Kind: attest.Kind(b[20])}
	copy(a.Enclave[:], b[:20])
	copy(a.Measurement[:], b[21:53])
	a.VerifiedAt = binary.BigEndian.Uint64(b[53:])
	a.RegisteredUntil = binary.BigEndian.Uint64(b[61:])
	a.Epoch = binary.BigEndian.Uint64(b[69:])
	a.Evidence = append([]byte(nil), b[admissionHead:]...)
	return a, a.Validate()
}

// StructHash is what members sign as a Vote (Manager.admissionHash).
func (a *Admission) StructHash() common.Hash {
	var s [8 * 32]byte
	copy(s[0:], admissionTypeHash[:])
	copy(s[32+12:], a.Enclave[:])
	s[95] = byte(a.Kind)
	copy(s[96:], a.Measurement[:])
	binary.BigEndian.PutUint64(s[152:], a.VerifiedAt)
	binary.BigEndian.PutUint64(s[184:], a.RegisteredUntil)
	eh := crypto.Keccak256Hash(a.Evidence)
	copy(s[192:], eh[:])
	binary.BigEndian.PutUint64(s[248:], a.Epoch)
	return crypto.Keccak256Hash(s[:])
}

// Removal asks the committee to revoke a registered member whose Evidence
// (as registered) fails under newer Collateral: a CRL revoking its
// certificate, a TCB info rating its level revoked or below policy.
type Removal struct {
	Enclave    common.Address
	Epoch      uint64
	Evidence   []byte // the member's registered evidence (EncodeEvidence)
	Collateral []byte // the newer collateral, in the evidence format's encoding
}

// Validate checks the shape.
func (r *Removal) Validate() error {
	switch {
	case r.Enclave == (common.Address{}):
		return fmt.Errorf("%w: zero enclave", ErrStatement)
	case len(r.Evidence) == 0 || len(r.Evidence) > MaxEvidenceSize:
		return fmt.Errorf("%w: evidence of %d bytes, want 1..%d", ErrStatement, len(r.Evidence), MaxEvidenceSize)
	case len(r.Collateral) == 0 || len(r.Collateral) > MaxCollateralSize:
		return fmt.Errorf("%w: collateral of %d bytes, want 1..%d", ErrStatement, len(r.Collateral), MaxCollateralSize)
	}
	return nil
}

// Encode is enclave(20) ‖ epoch(8) ‖ len(evidence)(4) ‖ evidence ‖ collateral.
func (r *Removal) Encode() []byte {
	b := make([]byte, 0, 32+len(r.Evidence)+len(r.Collateral))
	b = append(b, r.Enclave[:]...)
	b = binary.BigEndian.AppendUint64(b, r.Epoch)
	b = binary.BigEndian.AppendUint32(b, uint32(len(r.Evidence)))
	b = append(b, r.Evidence...)
	return append(b, r.Collateral...)
}

// DecodeRemoval reverses Encode and validates.
func DecodeRemoval(b []byte) (*Removal, error) {
	if len(b) < 32 {
		return nil, fmt.Errorf("%w: removal of %d bytes", ErrStatement, len(b))
	}
	r := &Removal{Epoch: binary.BigEndian.Uint64(b[20:])}
	copy(r.Enclave[:], b[:20])
	n := uint64(binary.BigEndian.Uint32(b[28:]))
	if n > uint64(len(b)-32) {
		return nil, fmt.Errorf("%w: evidence length %d beyond the statement", ErrStatement, n)
	}
	r.Evidence = append([]byte(nil), b[32:32+n]...)
	r.Collateral = append([]byte(nil), b[32+n:]...)
	return r, r.Validate()
}

// StructHash is what members sign as a Vote (Manager.removalHash over the
// hash of the registered evidence).
func (r *Removal) StructHash() common.Hash {
	var s [5 * 32]byte
	copy(s[0:], removalTypeHash[:])
	copy(s[32+12:], r.Enclave[:])
	eh := crypto.Keccak256Hash(r.Evidence)
	copy(s[64:], eh[:])
	ch := crypto.Keccak256Hash(r.Collateral)
	copy(s[96:], ch[:])
	binary.BigEndian.PutUint64(s[152:], r.Epoch)
	return crypto.Keccak256Hash(s[:])
}

// Vetter is a committee member's side of registration: inside the
// member's enclave it verifies a newcomer's evidence (Admission) or a
// member's evidence under newer collateral (Removal) and signs the
// statement with the enclave key. Handle serves both kinds on the node's
// peer Mux (Node.Mux), where envelopes already restrict callers to
// committee members; Desk serves outsiders.
//
// Security: a member signs an Admission only for evidence that passes its
// Policy, binds Enclave to this deployment (attest.CheckBinding), is not
// a debug enclave whatever the policy says, and stays valid until at
// least RegisteredUntil; a Removal only when the evidence, verified with
// the offered collateral, fails with attest.ErrRevoked or attest.ErrTCB.
// Any other failure (a forged or expired, i.e. older, collateral; a
// malformed one) proves nothing and is refused. The Manager counts such
// signatures under the committee's rule, so both rest on an honest
// quorum of enclaves, as headers do.
type Vetter struct {
	Key        quorum.Signer // the member's enclave key
	VoteDomain quorum.Domain // the rollup's vote domain (Domain.VoteDomain)
	Binding    attest.Domain // chain and Manager the evidence must bind to
	Verifier   EvidenceVerifier
	Policy     attest.Policy
	// MaxValidity bounds a registration after its verification (the
	// policy's maximum age of a verification). Zero: the evidence's own
	// end (Claims.NotAfter) alone, which must then exist.
	MaxValidity time.Duration
	// Epoch, if set, returns the current committee epoch; statements for
	// another are refused (ErrWrongEpoch) before any verification.
	Epoch func(ctx context.Context) (uint64, error)
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// MaxConcurrent bounds verifications in flight; more fail at once
	// with ErrBusy. Zero means 2.
	MaxConcurrent int

	sem chan struct{}
}

func (v *Vetter) now() time.Time {
	if v.Now != nil {
		return v.Now()
	}
	return time.Now()
}

func (v *Vetter) validate() error {
	if v.Key == nil || v.Verifier == nil {
		return fmt.Errorf("%w: vetter needs a key and a verifier", ErrRegistrar)
	}
	if err := v.VoteDomain.Validate(); err != nil {
		return err
	}
	if err := v.Binding.Validate(); err != nil {
		return err
	}
	return v.Policy.Validate()
}

// Handle registers the vetter's voters for KindAdmission and KindRemoval.
func (v *Vetter) Handle(mux *committee.Mux) error {
	if err := v.validate(); err != nil {
		return err
	}
	n := v.MaxConcurrent
	if n <= 0 {
		n = 2
	}
	v.sem = make(chan struct{}, n)
	if err := mux.Handle(KindAdmission, admissionVoter{v}); err != nil {
		return err
	}
	return mux.Handle(KindRemoval, removalVoter{v})
}

func (v *Vetter) acquire() (func(), error) {
	if v.sem == nil {
		return nil, fmt.Errorf("%w: vetter not set up (Handle)", ErrRegistrar)
	}
	select {
	case v.sem <- struct{}{}:
		return func() { <-v.sem }, nil
	default:
		return nil, ErrBusy
	}
}

func (v *Vetter) checkEpoch(ctx context.Context, e uint64) error {
	if v.Epoch == nil {
		return nil
	}
	cur, err := v.Epoch(ctx)
	if err != nil {
		return err
	}
	if cur != e {
		return fmt.Errorf("%w: statement names epoch %d, current is %d", ErrWrongEpoch, e, cur)
	}
	return nil
}

// Examine verifies evidence of enclave now and proposes its Admission
// for epoch: what a member (or a Desk) does before asking for votes.
func (v *Vetter) Examine(ctx context.Context, enclave common.Address, ev attest.Evidence, epoch uint64) (*Admission, error) {
	pub, err := EncodeEvidence(ev)
	if err != nil {
		return nil, err
	}
	if len(pub) > MaxEvidenceSize {
		return nil, fmt.Errorf("%w: evidence of %d bytes, max %d", ErrStatement, len(pub), MaxEvidenceSize)
	}
	now := v.now()
	claims, err := v.claims(ctx, enclave, ev, now)
	if err != nil {
		return nil, err
	}
	until, err := claims.ValidUntil(now, v.MaxValidity)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAdmission, err)
	}
	return &Admission{
		Enclave: enclave, Kind: claims.Kind, Measurement: MeasurementHash(claims.Measurement),
		VerifiedAt: uint64(now.Unix()), RegisteredUntil: uint64(until.Unix()), Epoch: epoch, Evidence: pub,
	}, nil
}

func (v *Vetter) claims(ctx context.Context, enclave common.Address, ev attest.Evidence, now time.Time) (*attest.Claims, error) {
	claims, err := v.Verifier.VerifyPolicy(ctx, ev, v.Policy, now)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAdmission, err)
	}
	// Never a debug enclave, whatever the policy allows: the host reads
	// its memory, so its key is the host's (Taiko, June 2026).
	if claims.Debug {
		return nil, fmt.Errorf("%w: %w: registration never admits one", ErrAdmission, attest.ErrDebug)
	}
	if err := attest.CheckBinding(claims, v.Binding, enclave); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAdmission, err)
	}
	return claims, nil
}

// checkAdmission is the member's judgement of a proposed Admission.
func (v *Vetter) checkAdmission(ctx context.Context, a *Admission) error {
	if err := v.checkEpoch(ctx, a.Epoch); err != nil {
		return err
	}
	ev, err := DecodeEvidence(a.Evidence)
	if err != nil {
		return err
	}
	now := v.now()
	at := time.Unix(int64(a.VerifiedAt), 0)
	if d := now.Sub(at); d > MaxVerifiedSkew || d < -MaxVerifiedSkew {
		return fmt.Errorf("%w: verified at %s, %s from this member's clock", ErrAdmission, at.UTC().Format(time.RFC3339), d)
	}
	claims, err := v.claims(ctx, a.Enclave, ev, now)
	if err != nil {
		return err
	}
	if claims.Kind != a.Kind || MeasurementHash(claims.Measurement) != a.Measurement {
		return fmt.Errorf("%w: statement says kind %v measurement %s, evidence %v %s", ErrAdmission,
			a.Kind, a.Measurement, claims.Kind, MeasurementHash(claims.Measurement))
	}
	until, err := claims.ValidUntil(at, v.MaxValidity)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrAdmission, err)
	}
	if a.RegisteredUntil > uint64(until.Unix()) {
		return fmt.Errorf("%w: registered until %d, the evidence and policy allow %d", ErrAdmission, a.RegisteredUntil, until.Unix())
	}
	return nil
}

// checkRemoval is the member's judgement of a Removal.
func (v *Vetter) checkRemoval(ctx context.Context, r *Removal) error {
	if err := v.checkEpoch(ctx, r.Epoch); err != nil {
		return err
	}
	ev, err := DecodeEvidence(r.Evidence)
	if err != nil {
		return err
	}
	ev.Collateral = r.Collateral
	_, err = v.Verifier.VerifyPolicy(ctx, ev, v.Policy, v.now())
	switch {
	case err == nil:
		return fmt.Errorf("%w: the evidence verifies under it", ErrNotInvalidated)
	case errors.Is(err, attest.ErrRevoked), errors.Is(err, attest.ErrTCB):
		return nil
	default:
		return fmt.Errorf("%w: %w", ErrNotInvalidated, err)
	}
}

type admissionVoter struct{ v *Vetter }

func (h admissionVoter) Vote(ctx context.Context, _ common.Address, statement []byte) (quorum.Vote, error) {
	a, err := DecodeAdmission(statement)
	if err != nil {
		return quorum.Vote{}, err
	}
	release, err := h.v.acquire()
	if err != nil {
		return quorum.Vote{}, err
	}
	defer release()
	if err := h.v.checkAdmission(ctx, a); err != nil {
		return quorum.Vote{}, err
	}
	return quorum.SignVote(h.v.Key, h.v.VoteDomain, a.StructHash())
}

type removalVoter struct{ v *Vetter }

func (h removalVoter) Vote(ctx context.Context, _ common.Address, statement []byte) (quorum.Vote, error) {
	r, err := DecodeRemoval(statement)
	if err != nil {
		return quorum.Vote{}, err
	}
	release, err := h.v.acquire()
	if err != nil {
		return quorum.Vote{}, err
	}
	defer release()
	if err := h.v.checkRemoval(ctx, r); err != nil {
		return quorum.Vote{}, err
	}
	return quorum.SignVote(h.v.Key, h.v.VoteDomain, r.StructHash())
}

// Certificate is a QC of a committee over a registration statement, ready
// for the Manager (anyone may submit it).
type Certificate struct {
	Committee *quorum.Committee
	RuleBytes []byte
	QC        *quorum.ECDSAQC
}

// CertifyStatement collects the committee's votes on a registration
// statement (KindAdmission or KindRemoval) with the one committee engine
// and builds a trimmed QC under the committee's rule.
func CertifyStatement(ctx context.Context, e *committee.Engine, cfg CommitteeConfig, kind string, statement []byte, structHash common.Hash, peers []committee.Peer) (*Certificate, error) {
	if cfg.Committee == nil || cfg.Rule == nil {
		return nil, fmt.Errorf("%w: no committee", ErrNoCommittee)
	}
	votes, answers := e.Collect(ctx, committee.Request{
		Kind: kind, Statement: statement, Digest: structHash, Committee: cfg.Committee, Self: -1, Peers: peers,
	})
	qc, err := committee.Certify(cfg.Rule, cfg.Committee, e.Domain, structHash, votes, true)
	if err != nil {
		// The members' refusals say why (attest.ErrDebug, ErrWrongEpoch, ...).
		errs := []error{err}
		for _, a := range answers {
			if a.Err != nil {
				errs = append(errs, fmt.Errorf("member %d: %w", a.Member, a.Err))
			}
		}
		return nil, errors.Join(errs...)
	}
	return &Certificate{Committee: cfg.Committee, RuleBytes: cfg.RuleBytes, QC: qc}, nil
}
