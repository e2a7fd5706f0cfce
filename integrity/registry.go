package integrity

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
)

// Backend is what the registry client needs from a chain connection
// (ethclient.Client and the simulated backend's client both satisfy it).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

var (
	// ErrNoTransactor is a transaction without transact options.
	ErrNoTransactor = errors.New("integrity: no transactor")
	// ErrProof is an integrity proof that does not verify.
	ErrProof = errors.New("integrity: proof does not verify")
)

// RevertError is a registry call the contract refused; Reason is the
// decoded custom error (a bindings.IntegrityRegistry* value) when known.
type RevertError struct {
	Reason any
	Data   []byte
	err    error
}

func (e *RevertError) Error() string {
	if e.Reason != nil {
		return fmt.Sprintf("integrity registry reverted: %T%+v", e.Reason, e.Reason)
	}
	return fmt.Sprintf("integrity registry reverted: %x", e.Data)
}
func (e *RevertError) Unwrap() error { return e.err }

// Registry is the client of one IntegrityRegistry contract.
type Registry struct {
	backend Backend
	addr    common.Address
	abi     *bindings.IntegrityRegistry
	c       *bind.BoundContract
}

// DefaultGovernanceDelay is the minimum the contract accepts (7 days).
const DefaultGovernanceDelay = 7 * 24 * 3600

// DeployRegistry sends the deployment of a registry governed by admin,
// trusting registrar to sign monitor registrations, with minStake wei per
// monitor. The caller waits for the transaction to be mined.
func DeployRegistry(ctx context.Context, backend Backend, auth *bind.TransactOpts, admin, registrar common.Address, governanceDelay uint64, minStake *big.Int) (*Registry, *types.Transaction, error) {
	if auth == nil {
		return nil, nil, ErrNoTransactor
	}
	opts := *auth
	opts.Context = ctx
	a := bindings.NewIntegrityRegistry()
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(bindings.IntegrityRegistryMetaData.Bin), backend, a.PackConstructor(admin, registrar, governanceDelay, minStake))
	if err != nil {
		return nil, nil, fmt.Errorf("integrity: deploy registry: %w", err)
	}
	return NewRegistry(backend, addr), tx, nil
}

// NewRegistry binds a deployed registry.
func NewRegistry(backend Backend, addr common.Address) *Registry {
	a := bindings.NewIntegrityRegistry()
	return &Registry{backend: backend, addr: addr, abi: a, c: a.Instance(backend, addr)}
}

// Address is the registry's address.
func (r *Registry) Address() common.Address { return r.addr }

// VoteDomain is the domain monitors sign reports in.
func (r *Registry) VoteDomain(ctx context.Context) (quorum.Domain, error) {
	id, err := r.backend.ChainID(ctx)
	if err != nil {
		return quorum.Domain{}, err
	}
	return quorum.Domain{ChainID: id, Verifier: r.addr}, nil
}

// BindingDomain is the attestation binding domain of agent and monitor keys.
func (r *Registry) BindingDomain(ctx context.Context) (attest.Domain, error) {
	id, err := r.backend.ChainID(ctx)
	if err != nil {
		return attest.Domain{}, err
	}
	return attest.Domain{ChainID: id, Manager: r.addr}, nil
}

func (r *Registry) tx(ctx context.Context, auth *bind.TransactOpts, value *big.Int, calldata []byte) (*types.Transaction, error) {
	if auth == nil {
		return nil, ErrNoTransactor
	}
	opts := *auth
	opts.Context = ctx
	opts.Value = value
	tx, err := bind.Transact(r.c, &opts, calldata)
	if err != nil {
		return nil, revertError(r.abi, err)
	}
	return tx, nil
}

func revertError(a *bindings.IntegrityRegistry, err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return err
	}
	reason, _ := a.UnpackError(data)
	return &RevertError{Reason: reason, Data: data, err: err}
}

func toBinding(rep *Report) bindings.IntegrityReportsReport {
	return bindings.IntegrityReportsReport{
		Service: rep.Service, Manifest: rep.Manifest, Round: rep.Round, Status: uint8(rep.Status),
		Claim: uint8(rep.Claim), Evidence: rep.Evidence, Expected: rep.Expected, Observed: rep.Observed,
	}
}

// RegisterService registers m's service with its first manifest and a
// reward deposit; the sender owns the service.
func (r *Registry) RegisterService(ctx context.Context, auth *bind.TransactOpts, m *Manifest, rewardPerSigner, deposit *big.Int) (*types.Transaction, error) {
	h, err := m.Hash()
	if err != nil {
		return nil, err
	}
	return r.tx(ctx, auth, deposit, r.abi.PackRegisterService(m.ID(), h, m.Period, rewardPerSigner))
}

// SetManifest activates (or retires) a manifest version of a service.
func (r *Registry) SetManifest(ctx context.Context, auth *bind.TransactOpts, m *Manifest, active bool) (*types.Transaction, error) {
	h, err := m.Hash()
	if err != nil {
		return nil, err
	}
	return r.tx(ctx, auth, nil, r.abi.PackSetManifest(m.ID(), h, active))
}

// SetAgent names the agent enclave of a service (owner only).
func (r *Registry) SetAgent(ctx context.Context, auth *bind.TransactOpts, service common.Hash, agent common.Address) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackSetAgent(service, agent))
}

// RecordInstance records a deployed instance (agent only).
func (r *Registry) RecordInstance(ctx context.Context, auth *bind.TransactOpts, service, manifest, instance, imageDigest common.Hash) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackRecordInstance(service, manifest, instance, imageDigest))
}

// MonitorDigest is what the registrar signs for a monitor it verified.
func (r *Registry) MonitorDigest(ctx context.Context, monitor common.Address, kind attest.Kind, measurement common.Hash) (common.Hash, error) {
	return bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackMonitorDigest(monitor, uint8(kind), measurement), r.abi.UnpackMonitorDigest)
}

// RegisterMonitor stakes stake for a monitor enclave the registrar signed.
func (r *Registry) RegisterMonitor(ctx context.Context, auth *bind.TransactOpts, monitor common.Address, kind attest.Kind, measurement common.Hash, registrarSig []byte, stake *big.Int) (*types.Transaction, error) {
	return r.tx(ctx, auth, stake, r.abi.PackRegisterMonitor(monitor, uint8(kind), measurement, registrarSig))
}

// SetCommitteeCall is the calldata of setCommittee, for QueueChange after setup.
func (r *Registry) SetCommitteeCall(c *quorum.Committee, rule quorum.Rule) ([]byte, error) {
	enc, err := quorum.EncodeRule(rule)
	if err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return r.abi.PackSetCommittee(c.Encode(), enc), nil
}

// SetCommittee installs the monitor committee (setup phase, or via a queued change).
func (r *Registry) SetCommittee(ctx context.Context, auth *bind.TransactOpts, c *quorum.Committee, rule quorum.Rule) (*types.Transaction, error) {
	call, err := r.SetCommitteeCall(c, rule)
	if err != nil {
		return nil, err
	}
	return r.tx(ctx, auth, nil, call)
}

// EndSetup ends the setup phase.
func (r *Registry) EndSetup(ctx context.Context, auth *bind.TransactOpts) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackEndSetup())
}

// QueueChange queues a governed call (admin, after setup).
func (r *Registry) QueueChange(ctx context.Context, auth *bind.TransactOpts, call []byte) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackQueueChange(call))
}

// ExecuteChange executes a queued change whose delay passed (anyone).
func (r *Registry) ExecuteChange(ctx context.Context, auth *bind.TransactOpts, call []byte, eta uint64) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackExecuteChange(call, eta))
}

// SubmitReportCalldata is submitReport's calldata.
func (r *Registry) SubmitReportCalldata(rep *Report, c *quorum.Committee, rule quorum.Rule, qc *quorum.ECDSAQC) ([]byte, error) {
	enc, err := quorum.EncodeRule(rule)
	if err != nil {
		return nil, err
	}
	return r.abi.PackSubmitReport(toBinding(rep), c.Encode(), enc, qc.Encode()), nil
}

// SubmitReport puts a certified report on chain (anyone).
func (r *Registry) SubmitReport(ctx context.Context, auth *bind.TransactOpts, rep *Report, c *quorum.Committee, rule quorum.Rule, qc *quorum.ECDSAQC) (*types.Transaction, error) {
	call, err := r.SubmitReportCalldata(rep, c, rule, qc)
	if err != nil {
		return nil, err
	}
	return r.tx(ctx, auth, nil, call)
}

// PayRewards credits the signers of a certified round (anyone, once per round).
func (r *Registry) PayRewards(ctx context.Context, auth *bind.TransactOpts, rep *Report, c *quorum.Committee, rule quorum.Rule, qc *quorum.ECDSAQC) (*types.Transaction, error) {
	enc, err := quorum.EncodeRule(rule)
	if err != nil {
		return nil, err
	}
	return r.tx(ctx, auth, nil, r.abi.PackPayRewards(toBinding(rep), c.Encode(), enc, qc.Encode()))
}

// MarkUnmeasured records that a whole round passed without a certified report (anyone).
func (r *Registry) MarkUnmeasured(ctx context.Context, auth *bind.TransactOpts, service common.Hash) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackMarkUnmeasured(service))
}

// SlashEquivocation slashes a monitor that signed two reports for one round.
func (r *Registry) SlashEquivocation(ctx context.Context, auth *bind.TransactOpts, a *Report, sigA []byte, b *Report, sigB []byte) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackSlashEquivocation(toBinding(a), sigA, toBinding(b), sigB))
}

// SlashContradiction slashes a monitor whose signed report a certified one
// on the same evidence contradicts.
func (r *Registry) SlashContradiction(ctx context.Context, auth *bind.TransactOpts, certified *Report, c *quorum.Committee, rule quorum.Rule, qc *quorum.ECDSAQC, signed *Report, sig []byte) (*types.Transaction, error) {
	enc, err := quorum.EncodeRule(rule)
	if err != nil {
		return nil, err
	}
	return r.tx(ctx, auth, nil, r.abi.PackSlashContradiction(toBinding(certified), c.Encode(), enc, qc.Encode(), toBinding(signed), sig))
}

// Withdraw pays the sender's credited rewards.
func (r *Registry) Withdraw(ctx context.Context, auth *bind.TransactOpts) (*types.Transaction, error) {
	return r.tx(ctx, auth, nil, r.abi.PackWithdraw())
}

// Status is a service's latest on-chain state.
type ServiceStatus struct {
	Round  uint64
	At     uint64 // block time it was recorded
	Status Status // 0 when nothing was recorded yet
	Claim  Claim
}

// Latest reads a service's latest certified (or unmeasured) state.
func (r *Registry) Latest(ctx context.Context, service common.Hash) (ServiceStatus, error) {
	l, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackLatest(service), r.abi.UnpackLatest)
	if err != nil {
		return ServiceStatus{}, err
	}
	return ServiceStatus{Round: l.Round, At: l.At, Status: Status(l.Status), Claim: Claim(l.Claim)}, nil
}

// IsHealthy is the contract's isHealthy view.
func (r *Registry) IsHealthy(ctx context.Context, service common.Hash, maxAge uint64) (bool, error) {
	return bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackIsHealthy(service, new(big.Int).SetUint64(maxAge)), r.abi.UnpackIsHealthy)
}

// Monitor is a monitor's on-chain record.
type MonitorInfo struct {
	Owner   common.Address
	Kind    attest.Kind
	Slashed bool
	Stake   *big.Int
}

// Monitor reads a monitor's record.
func (r *Registry) Monitor(ctx context.Context, addr common.Address) (MonitorInfo, error) {
	m, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackMonitors(addr), r.abi.UnpackMonitors)
	if err != nil {
		return MonitorInfo{}, err
	}
	return MonitorInfo{Owner: m.Owner, Kind: attest.Kind(m.Kind), Slashed: m.Slashed, Stake: m.Stake}, nil
}

// Balance is the rewards (and slashing rewards) credited to an account.
func (r *Registry) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	return bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackBalances(a), r.abi.UnpackBalances)
}

// ConfigHash is the installed committee/rule hash:
// keccak256(abi.encode(keccak256(committee), keccak256(rule))).
func ConfigHash(c *quorum.Committee, rule quorum.Rule) (common.Hash, error) {
	enc, err := quorum.EncodeRule(rule)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(crypto.Keccak256(c.Encode()), crypto.Keccak256(enc)), nil
}

// Proof is an integrity proof a user can carry anywhere: a report, the
// committee and rule it was certified under, and the QC.
type Proof struct {
	Report    Report
	Committee *quorum.Committee
	Rule      quorum.Rule
	QC        *quorum.ECDSAQC
}

// VerifyProof checks a proof off chain against the registry's vote domain
// and a committee/rule hash the verifier trusts (read from the registry's
// configHash, or pinned). It is the Go twin of IntegrityReports.checkProof.
func VerifyProof(d quorum.Domain, trustedConfig common.Hash, p *Proof) error {
	if p == nil || p.Committee == nil || p.QC == nil || p.Rule == nil {
		return fmt.Errorf("%w: incomplete", ErrProof)
	}
	if err := p.Report.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrProof, err)
	}
	cfg, err := ConfigHash(p.Committee, p.Rule)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrProof, err)
	}
	if cfg != trustedConfig {
		return fmt.Errorf("%w: config %s, trusted %s", ErrProof, cfg, trustedConfig)
	}
	if err := quorum.Verify(p.Rule, p.Committee, d, p.Report.Hash(), p.QC); err != nil {
		return fmt.Errorf("%w: %w", ErrProof, err)
	}
	return nil
}

// ConfigHashOnChain reads the installed committee/rule hash.
func (r *Registry) ConfigHashOnChain(ctx context.Context) (common.Hash, error) {
	return bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackConfigHash(), r.abi.UnpackConfigHash)
}

// EnclaveTransactor returns transact options whose transactions are signed
// by s (an enclave key: the agent records its instance with it, so the
// chain sees the attested key itself).
func EnclaveTransactor(s quorum.Signer, chainID *big.Int) *bind.TransactOpts {
	signer := types.LatestSignerForChainID(chainID)
	return &bind.TransactOpts{
		From: s.Address(),
		Signer: func(a common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if a != s.Address() {
				return nil, bind.ErrNotAuthorized
			}
			sig, err := s.Sign(signer.Hash(tx))
			if err != nil {
				return nil, err
			}
			return tx.WithSignature(signer, sig)
		},
	}
}
