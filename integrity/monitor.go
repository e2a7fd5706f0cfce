package integrity

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
)

// StatementKind is the committee statement kind of integrity reports.
const StatementKind = "integrity/report"

// MaxStatementSize bounds a statement a monitor decodes.
const MaxStatementSize = MaxEvidenceSize + 4096

var (
	// ErrStale is evidence anchored to a block that is not on the
	// monitor's chain or is older than MaxAgeBlocks.
	ErrStale = errors.New("integrity: stale evidence")
	// ErrMismatch is a proposed report other than the monitor's own appraisal.
	ErrMismatch = errors.New("integrity: proposed report differs from appraisal")
	// ErrUnknownManifest is evidence for a manifest the monitor does not serve.
	ErrUnknownManifest = errors.New("integrity: unknown manifest")
	// ErrAgent is an agent whose attestation does not verify.
	ErrAgent = errors.New("integrity: agent not attested")
	// ErrRoundSigned is a second, different report for a round the monitor
	// already signed (signing it would be equivocation).
	ErrRoundSigned = errors.New("integrity: round already signed")
	// ErrStatement is a statement that does not decode.
	ErrStatement = errors.New("integrity: malformed statement")
)

// ChainReader is the monitor's and agent's view of the chain evidence is
// anchored to (ethclient.Client and simulated clients satisfy it).
type ChainReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// AgentVerifier decides whether an address is an attested agent.
type AgentVerifier interface {
	VerifyAgent(ctx context.Context, agent common.Address) error
}

// AttestedAgents verifies agents' attestation evidence (their enclave key
// bound to Domain) with attest, under Policy, and caches successes.
type AttestedAgents struct {
	Verifier *attest.Registry
	Policy   attest.Policy
	Domain   attest.Domain
	Now      func() time.Time
	// Evidence returns the published binding evidence of an agent.
	Evidence func(ctx context.Context, agent common.Address) (attest.Evidence, error)

	mu sync.Mutex
	ok map[common.Address]bool
}

// VerifyAgent implements AgentVerifier.
func (a *AttestedAgents) VerifyAgent(ctx context.Context, agent common.Address) error {
	a.mu.Lock()
	done := a.ok[agent]
	a.mu.Unlock()
	if done {
		return nil
	}
	ev, err := a.Evidence(ctx, agent)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrAgent, agent, err)
	}
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	claims, err := a.Verifier.VerifyPolicy(ctx, ev, a.Policy, now())
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrAgent, agent, err)
	}
	if err := attest.CheckBinding(claims, a.Domain, agent); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrAgent, agent, err)
	}
	a.mu.Lock()
	if a.ok == nil {
		a.ok = map[common.Address]bool{}
	}
	a.ok[agent] = true
	a.mu.Unlock()
	return nil
}

// Statement is what monitors vote on: a proposed report and the evidence
// it was appraised from.
type Statement struct {
	Report   []byte          `json:"report"` // Report.Encode
	Evidence json.RawMessage `json:"evidence"`
}

// EncodeStatement builds a statement.
func EncodeStatement(r *Report, e *Evidence) ([]byte, error) {
	eb, err := e.Encode()
	if err != nil {
		return nil, err
	}
	return json.Marshal(Statement{Report: r.Encode(), Evidence: eb})
}

// DecodeStatement parses a statement from a peer, bounded.
func DecodeStatement(b []byte) (*Report, *Evidence, error) {
	if len(b) > MaxStatementSize {
		return nil, nil, fmt.Errorf("%w: statement %d bytes", ErrTooLarge, len(b))
	}
	var s Statement
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&s); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrStatement, err)
	}
	r, err := DecodeReport(s.Report)
	if err != nil {
		return nil, nil, err
	}
	e, err := DecodeEvidence(s.Evidence)
	if err != nil {
		return nil, nil, err
	}
	return r, e, nil
}

// MonitorConfig holds a monitor's required trust settings.
type MonitorConfig struct {
	Signer quorum.Signer // the monitor's enclave key
	Domain quorum.Domain // the registry's vote domain
	Chain  ChainReader
	Agents AgentVerifier
	// Manifests are the manifests this monitor appraises against, by hash.
	Manifests map[common.Hash]*Manifest
	// Agent of each service: evidence signed by another key is refused.
	ServiceAgents map[common.Hash]common.Address
	// MaxAgeBlocks is how far behind the chain head the evidence's last
	// anchor may be.
	MaxAgeBlocks uint64
}

// Validate checks the required settings.
func (c *MonitorConfig) Validate() error {
	switch {
	case c.Signer == nil || c.Chain == nil || c.Agents == nil:
		return errors.New("integrity: monitor needs Signer, Chain and Agents")
	case c.MaxAgeBlocks == 0:
		return errors.New("integrity: monitor needs MaxAgeBlocks")
	}
	for h, m := range c.Manifests {
		mh, err := m.Hash()
		if err != nil {
			return err
		}
		if mh != h {
			return fmt.Errorf("%w: manifest keyed by %s hashes to %s", ErrManifest, h, mh)
		}
	}
	return c.Domain.Validate()
}

// Monitor appraises evidence and votes on integrity reports. It is a
// committee.Voter for StatementKind.
type Monitor struct {
	cfg MonitorConfig

	mu     sync.Mutex
	signed map[common.Hash]signedRound // by service
}

type signedRound struct {
	round uint64
	hash  common.Hash
}

// NewMonitor returns a monitor.
func NewMonitor(cfg MonitorConfig) (*Monitor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Monitor{cfg: cfg, signed: map[common.Hash]signedRound{}}, nil
}

var _ committee.Voter = (*Monitor)(nil)

// Check verifies evidence (signature, agent attestation, freshness) and
// appraises it: the report this monitor would sign.
func (m *Monitor) Check(ctx context.Context, e *Evidence) (Report, error) {
	man, ok := m.cfg.Manifests[e.Manifest]
	if !ok || man.ID() != e.Service {
		return Report{}, fmt.Errorf("%w: %s", ErrUnknownManifest, e.Manifest)
	}
	if want, ok := m.cfg.ServiceAgents[e.Service]; !ok || want != e.Agent {
		return Report{}, fmt.Errorf("%w: %s is not the agent of service %s", ErrAgent, e.Agent, e.Service)
	}
	if err := e.Verify(); err != nil {
		return Report{}, err
	}
	if err := m.cfg.Agents.VerifyAgent(ctx, e.Agent); err != nil {
		return Report{}, err
	}
	if err := m.fresh(ctx, e.Records[len(e.Records)-1].Anchor); err != nil {
		return Report{}, err
	}
	return Appraise(man, e), nil
}

func (m *Monitor) fresh(ctx context.Context, a Anchor) error {
	head, err := m.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if a.Number > head.Number.Uint64() || head.Number.Uint64()-a.Number > m.cfg.MaxAgeBlocks {
		return fmt.Errorf("%w: anchor %d, head %d, max age %d", ErrStale, a.Number, head.Number.Uint64(), m.cfg.MaxAgeBlocks)
	}
	h, err := m.cfg.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(a.Number))
	if err != nil {
		return err
	}
	if h.Hash() != a.Hash || h.Time != a.Time {
		return fmt.Errorf("%w: anchor %d is %s at %d on this chain, evidence says %s at %d", ErrStale, a.Number, h.Hash(), h.Time, a.Hash, a.Time)
	}
	return nil
}

// Vote implements committee.Voter: it signs the proposed report only if its
// own appraisal of the evidence gives the same one, and never two reports
// for one round of a service.
func (m *Monitor) Vote(ctx context.Context, from common.Address, statement []byte) (quorum.Vote, error) {
	proposed, e, err := DecodeStatement(statement)
	if err != nil {
		return quorum.Vote{}, err
	}
	r, err := m.Check(ctx, e)
	if err != nil {
		return quorum.Vote{}, err
	}
	if r != *proposed {
		return quorum.Vote{}, fmt.Errorf("%w: proposed %v, appraised %v", ErrMismatch, *proposed, r)
	}
	h := r.Hash()
	m.mu.Lock()
	defer m.mu.Unlock()
	if s, ok := m.signed[r.Service]; ok && (s.round > r.Round || (s.round == r.Round && s.hash != h)) {
		return quorum.Vote{}, fmt.Errorf("%w: service %s round %d (signed round %d)", ErrRoundSigned, r.Service, r.Round, s.round)
	}
	v, err := quorum.SignVote(m.cfg.Signer, m.cfg.Domain, h)
	if err != nil {
		return quorum.Vote{}, err
	}
	m.signed[r.Service] = signedRound{r.Round, h}
	return v, nil
}

// Certify is a monitor acting as proposer: it appraises the evidence, asks
// every member through the committee engine, and returns the report and its
// trimmed QC.
func (m *Monitor) Certify(ctx context.Context, eng *committee.Engine, c *quorum.Committee, rule quorum.Rule, peers []committee.Peer, e *Evidence) (*Report, *quorum.ECDSAQC, error) {
	r, err := m.Check(ctx, e)
	if err != nil {
		return nil, nil, err
	}
	st, err := EncodeStatement(&r, e)
	if err != nil {
		return nil, nil, err
	}
	self, _ := c.Index(m.cfg.Signer.Address())
	own, err := m.Vote(ctx, m.cfg.Signer.Address(), st)
	if err != nil {
		return nil, nil, err
	}
	req := committee.Request{Kind: StatementKind, Statement: st, Digest: r.Hash(), Committee: c, Self: self, Peers: peers}
	if _, ok := c.Index(m.cfg.Signer.Address()); !ok {
		req.Self = -1
	}
	votes, _ := eng.Collect(ctx, req)
	votes = append(votes, own)
	qc, err := committee.Certify(rule, c, m.cfg.Domain, r.Hash(), votes, true)
	if err != nil {
		return nil, nil, err
	}
	return &r, qc, nil
}
