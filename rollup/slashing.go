package rollup

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
)

// StatementKind says what an enclave key signed about a header: a vote
// (quorum.VoteDigest) or a proposal (ProposalDigest), both in the TSC's
// vote domain. Either binds the key to the header: an honest enclave
// signs, as proposer and as voter together, one header per height.
type StatementKind uint8

const (
	StatementVote     StatementKind = 0 // Slasher.SIG_VOTE
	StatementProposal StatementKind = 1 // Slasher.SIG_PROPOSAL
)

// Statement is one header an enclave key signed.
type Statement struct {
	Header *Header
	Kind   StatementKind
	Round  uint64 // proposals only
	Sig    [65]byte
}

// Errors of equivocation evidence (Go side; the Slasher refuses the same
// evidence on chain with NotEquivocation / BadSignature / NotSlashable).
var (
	// ErrNotEquivocation: the two statements are not two different headers
	// on one parent at one height.
	ErrNotEquivocation = errors.New("rollup: not an equivocation")
	// ErrEvidenceSignature: a statement's signature is malformed or the two
	// were signed by different keys.
	ErrEvidenceSignature = errors.New("rollup: bad equivocation signature")
)

// Digest is the digest the statement's key signed.
func (s Statement) Digest(d quorum.Domain) (common.Hash, error) {
	if s.Header == nil {
		return common.Hash{}, fmt.Errorf("%w: no header", ErrNotEquivocation)
	}
	switch s.Kind {
	case StatementVote:
		return quorum.VoteDigest(d, s.Header.Hash()), nil
	case StatementProposal:
		return ProposalDigest(d, s.Header.Hash(), s.Round), nil
	}
	return common.Hash{}, fmt.Errorf("%w: statement kind %d", ErrEvidenceSignature, s.Kind)
}

// Signer recovers the key that signed the statement.
func (s Statement) Signer(d quorum.Domain) (common.Address, error) {
	dg, err := s.Digest(d)
	if err != nil {
		return common.Address{}, err
	}
	a, err := committee.RecoverSigner(dg, s.Sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrEvidenceSignature, err)
	}
	return a, nil
}

func (s Statement) binding() bindings.SlasherSigned {
	return bindings.SlasherSigned{Header: s.Header.Binding(), Kind: uint8(s.Kind), Round: s.Round, Sig: s.Sig[:]}
}

// SignStatement has k sign a statement about h (tests and tools: an honest
// enclave signs only through Enclave, which keeps its one-header lock).
func SignStatement(k EnclaveKey, d quorum.Domain, h *Header, kind StatementKind, round uint64) (Statement, error) {
	s := Statement{Header: h, Kind: kind, Round: round}
	dg, err := s.Digest(d)
	if err != nil {
		return s, err
	}
	s.Sig, err = signDigest(k, dg)
	return s, err
}

// Equivocation is the self-revealing evidence the Slasher takes: one key
// signed two different headers on one parent at one height.
type Equivocation struct {
	First, Second Statement
}

// Check returns the key that equivocated, or why the evidence is none.
// It checks what Go can; the Slasher also checks, against L1, that the
// key is registered and that neither header was void (deposits).
func (e Equivocation) Check(d quorum.Domain) (common.Address, error) {
	a, b := e.First.Header, e.Second.Header
	if a == nil || b == nil {
		return common.Address{}, fmt.Errorf("%w: missing header", ErrNotEquivocation)
	}
	if a.Height != b.Height || a.ParentHash != b.ParentHash || a.Hash() == b.Hash() {
		return common.Address{}, fmt.Errorf("%w: heights %d/%d, parents %s/%s", ErrNotEquivocation, a.Height, b.Height, a.ParentHash, b.ParentHash)
	}
	ka, err := e.First.Signer(d)
	if err != nil {
		return common.Address{}, err
	}
	kb, err := e.Second.Signer(d)
	if err != nil {
		return common.Address{}, err
	}
	if ka != kb {
		return common.Address{}, fmt.Errorf("%w: signed by %s and %s", ErrEvidenceSignature, ka, kb)
	}
	return ka, nil
}

// EquivocationOf turns a node's *EquivocationError (two proposals one
// proposer signed) into Slasher evidence.
func EquivocationOf(e *EquivocationError) (Equivocation, error) {
	if e == nil || e.FirstProposal == nil || e.SecondProposal == nil {
		return Equivocation{}, fmt.Errorf("%w: no proposals kept", ErrNotEquivocation)
	}
	st := func(p *Proposal) Statement {
		return Statement{Header: p.Header, Kind: StatementProposal, Round: p.Round, Sig: p.Sig}
	}
	return Equivocation{First: st(e.FirstProposal), Second: st(e.SecondProposal)}, nil
}

// SlasherParams configure a Slasher deployment.
type SlasherParams struct {
	// Pool receives what a slashing leaves after the reporter's share
	// (the rollup's reward pool).
	Pool common.Address
	// ReporterBps is the reporter's share of a slashed stake in basis
	// points (at most 10,000).
	ReporterBps uint16
	// Unbonding is how long a stake stays slashable after its owner asks
	// to withdraw it (whole seconds, positive).
	Unbonding time.Duration
}

// ErrSlasherParams: invalid SlasherParams.
var ErrSlasherParams = errors.New("rollup: invalid slasher parameters")

// Validate checks the parameters the Slasher's constructor refuses.
func (p SlasherParams) Validate() error {
	switch {
	case p.Pool == (common.Address{}):
		return fmt.Errorf("%w: no pool", ErrSlasherParams)
	case p.ReporterBps > 10_000:
		return fmt.Errorf("%w: reporter share %d bps", ErrSlasherParams, p.ReporterBps)
	case p.Unbonding < time.Second || p.Unbonding%time.Second != 0:
		return fmt.Errorf("%w: unbonding %v", ErrSlasherParams, p.Unbonding)
	}
	return nil
}

// Slasher is a client of a rollup's Slasher contract.
type Slasher struct {
	backend Backend
	addr    common.Address
	s       *bindings.Slasher
	c       *bind.BoundContract
}

// NewSlasher binds a deployed Slasher.
func NewSlasher(backend Backend, addr common.Address) *Slasher {
	if backend == nil {
		backend = noBackend{}
	}
	s := bindings.NewSlasher()
	return &Slasher{backend: backend, addr: addr, s: s, c: s.Instance(backend, addr)}
}

// Address is the contract's address.
func (s *Slasher) Address() common.Address { return s.addr }

// DeploySlasher sends the transaction that deploys a Slasher for the
// rollup l. The admin then wires it into the Manager with L1.SetSlasher.
func DeploySlasher(ctx context.Context, backend Backend, auth *bind.TransactOpts, l *L1, p SlasherParams) (*Slasher, *types.Transaction, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	if backend == nil {
		return nil, nil, fmt.Errorf("rollup: deploy slasher: %w", ErrNoBackend)
	}
	if auth == nil {
		return nil, nil, fmt.Errorf("rollup: deploy slasher: %w", ErrNoTransactor)
	}
	b := bindings.NewSlasher()
	opts := *auth
	opts.Context = ctx
	d := l.Deployment()
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(bindings.SlasherMetaData.Bin), backend,
		b.PackConstructor(d.Manager, d.Rollup, p.Pool, p.ReporterBps, uint64(p.Unbonding/time.Second)))
	if err != nil {
		return nil, nil, fmt.Errorf("rollup: deploy slasher: %w", err)
	}
	return NewSlasher(backend, addr), tx, nil
}

// SetSlasher lets slasher revoke keys whose equivocation it proves (admin
// only, once; it acts at once since it only removes trust).
func (l *L1) SetSlasher(ctx context.Context, auth *bind.TransactOpts, slasher common.Address) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.mgr.PackSetSlasher(slasher))
}

func (s *Slasher) tx(ctx context.Context, auth *bind.TransactOpts, value *big.Int, calldata []byte) (*types.Transaction, error) {
	if auth == nil {
		return nil, ErrNoTransactor
	}
	opts := *auth
	opts.Context = ctx
	opts.Value = value
	t, err := bind.Transact(s.c, &opts, calldata)
	if err != nil {
		return nil, revertError("Slasher", s.s.UnpackError, err)
	}
	return t, nil
}

// StakeDigest is the digest the enclave key signs to name owner.
func (s *Slasher) StakeDigest(ctx context.Context, enclave, owner common.Address) (common.Hash, error) {
	return bind.Call(s.c, &bind.CallOpts{Context: ctx}, s.s.PackStakeDigest(enclave, owner), func(b []byte) (common.Hash, error) {
		h, err := s.s.UnpackStakeDigest(b)
		return common.Hash(h), err
	})
}

// Stake adds value to key's stake from auth.From. The first stake of a key
// carries the key's signature naming auth.From as owner (key signs it
// here); later ones must come from the owner.
func (s *Slasher) Stake(ctx context.Context, auth *bind.TransactOpts, key EnclaveKey, value *big.Int) (*types.Transaction, error) {
	if auth == nil {
		return nil, ErrNoTransactor
	}
	dg, err := s.StakeDigest(ctx, key.Address(), auth.From)
	if err != nil {
		return nil, err
	}
	sig, err := signDigest(key, dg)
	if err != nil {
		return nil, err
	}
	return s.tx(ctx, auth, value, s.s.PackStake(key.Address(), sig[:]))
}

// StakeOf is an enclave key's stake now.
func (s *Slasher) StakeOf(ctx context.Context, enclave common.Address) (*big.Int, error) {
	return bind.Call(s.c, &bind.CallOpts{Context: ctx}, s.s.PackStakeOf(enclave), s.s.UnpackStakeOf)
}

// Owed is what addr may claim (rewards, pool share, withdrawn stake).
func (s *Slasher) Owed(ctx context.Context, addr common.Address) (*big.Int, error) {
	return bind.Call(s.c, &bind.CallOpts{Context: ctx}, s.s.PackOwed(addr), s.s.UnpackOwed)
}

// RequestUnstake starts the unbonding of enclave's stake (owner only).
func (s *Slasher) RequestUnstake(ctx context.Context, auth *bind.TransactOpts, enclave common.Address) (*types.Transaction, error) {
	return s.tx(ctx, auth, nil, s.s.PackRequestUnstake(enclave))
}

// Unstake moves an unbonded stake to the owner's claimable balance.
func (s *Slasher) Unstake(ctx context.Context, auth *bind.TransactOpts, enclave common.Address) (*types.Transaction, error) {
	return s.tx(ctx, auth, nil, s.s.PackUnstake(enclave))
}

// Claim pays auth.From what it is owed.
func (s *Slasher) Claim(ctx context.Context, auth *bind.TransactOpts) (*types.Transaction, error) {
	return s.tx(ctx, auth, nil, s.s.PackClaim())
}

// ReportEquivocationCalldata is the calldata of ReportEquivocation, for gas
// accounting.
func (s *Slasher) ReportEquivocationCalldata(e Equivocation) []byte {
	return s.s.PackReportEquivocation(e.First.binding(), e.Second.binding())
}

// ReportEquivocation submits the evidence (anyone may): the key's stake
// is slashed, auth.From is owed the reporter's share, and the key is
// revoked. L1.InvalidateCommittee then takes it out of the committee.
func (s *Slasher) ReportEquivocation(ctx context.Context, auth *bind.TransactOpts, e Equivocation) (*types.Transaction, error) {
	if e.First.Header == nil || e.Second.Header == nil {
		return nil, fmt.Errorf("%w: missing header", ErrNotEquivocation)
	}
	return s.tx(ctx, auth, nil, s.ReportEquivocationCalldata(e))
}

// Equivocated is a Slasher Equivocated event.
type Equivocated struct {
	Enclave       common.Address
	Kind          uint8
	Height        uint64
	First, Second common.Hash
	Reporter      common.Address
	Slashed       *big.Int
}

// ParseEquivocated finds the Equivocated event in a receipt.
func (s *Slasher) ParseEquivocated(r *types.Receipt) (Equivocated, error) {
	for _, lg := range r.Logs {
		if lg.Address != s.addr {
			continue
		}
		ev, err := s.s.UnpackEquivocatedEvent(lg)
		if err != nil {
			continue
		}
		return Equivocated{Enclave: ev.Enclave, Kind: ev.Kind, Height: ev.Height, First: ev.First, Second: ev.Second, Reporter: ev.Reporter, Slashed: ev.Slashed}, nil
	}
	return Equivocated{}, fmt.Errorf("rollup: no Equivocated event in %s", r.TxHash)
}

// EquivocationSink receives the equivocations a node saw: its
// Config.Equivocations (an EquivocationReporter submits them to the
// Slasher) and its Config.Observer when that implements it too (a metric:
// evidence that a TEE kind may be broken). The node calls it
// synchronously: it must be cheap and never block.
type EquivocationSink interface {
	Equivocation(e *EquivocationError)
}

// EquivocationReporter submits the equivocations nodes saw to the Slasher
// and then takes the revoked key out of the committee. Anyone may run one
// (a node's Config.Equivocations, or a watcher); the reporter earns the
// reporter's share. Evidence is queued (at most maxQueued, one per key)
// and sent by Run, so a node never waits on L1 in its vote path.
type EquivocationReporter struct {
	Slasher *Slasher
	L1      *L1
	Auth    *bind.TransactOpts
	Logger  *slog.Logger
	// Committee returns the current committee for InvalidateCommittee;
	// nil skips that step (anyone else may send it).
	Committee func() *quorum.Committee

	once sync.Once
	mu   sync.Mutex
	q    chan Equivocation
	seen map[common.Address]bool
}

// maxQueued bounds the evidence a reporter holds: one entry per
// equivocating member, and a committee has at most 256.
const maxQueued = 256

func (r *EquivocationReporter) init() {
	r.once.Do(func() {
		r.q = make(chan Equivocation, maxQueued)
		r.seen = map[common.Address]bool{}
		if r.Logger == nil {
			r.Logger = slog.New(slog.DiscardHandler)
		}
	})
}

// Equivocation queues the evidence in e (the node checked the proposals'
// signatures already); it never blocks.
func (r *EquivocationReporter) Equivocation(e *EquivocationError) {
	r.init()
	ev, err := EquivocationOf(e)
	if err != nil {
		r.Logger.Warn("equivocation without evidence", "err", err)
		return
	}
	r.mu.Lock()
	dup := r.seen[e.Proposer]
	r.seen[e.Proposer] = true
	r.mu.Unlock()
	if dup {
		return
	}
	select {
	case r.q <- ev:
	default:
		r.Logger.Warn("equivocation queue full", "proposer", e.Proposer)
	}
}

// Run submits queued evidence until ctx ends.
func (r *EquivocationReporter) Run(ctx context.Context) error {
	r.init()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case ev := <-r.q:
			if err := r.Report(ctx, ev); err != nil && ctx.Err() == nil {
				r.Logger.Warn("equivocation report", "err", err)
			}
		}
	}
}

// Report submits one piece of evidence, waits for it, and invalidates the
// committee.
func (r *EquivocationReporter) Report(ctx context.Context, ev Equivocation) error {
	tx, err := r.Slasher.ReportEquivocation(ctx, r.Auth, ev)
	if err != nil {
		return err
	}
	rs, err := WaitAll(ctx, r.Slasher.backend, tx)
	if err != nil {
		return err
	}
	if got, err := r.Slasher.ParseEquivocated(rs[0]); err == nil {
		r.Logger.Warn("equivocation slashed: the TEE kind may be broken",
			"enclave", got.Enclave, "kind", got.Kind, "height", got.Height, "slashed", got.Slashed)
	}
	if r.Committee == nil || r.L1 == nil {
		return nil
	}
	c := r.Committee()
	if c == nil {
		return nil
	}
	itx, err := r.L1.InvalidateCommittee(ctx, r.Auth, c)
	if err != nil {
		return fmt.Errorf("rollup: invalidate committee after slashing: %w", err)
	}
	_, err = WaitAll(ctx, r.Slasher.backend, itx)
	return err
}

// equivocated hands e to the node's sinks (see EquivocationSink).
func (n *Node) equivocated(e *EquivocationError) {
	if o, ok := n.cfg.Observer.(EquivocationSink); ok {
		o.Equivocation(e)
	}
	if n.cfg.Equivocations != nil {
		n.cfg.Equivocations.Equivocation(e)
	}
}
