package rollup

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/quorum"
)

// Backend is what the L1 client needs from a chain connection. Both
// go-ethereum's ethclient.Client (any JSON-RPC node) and the simulated
// backend's client satisfy it, so the same code runs on both.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deployment names the two contracts of a rollup.
type Deployment struct {
	Manager common.Address // the MSC
	Rollup  common.Address // the TSC
	// Block is the L1 block that deployed the TSC, where followers start
	// scanning (0: unknown; L1.DeployBlock then reads it from the
	// deployment receipt when this process deployed the contracts).
	Block uint64
}

// ErrReverted: an L1 call or transaction reverted. The *RevertError carries
// the decoded custom error.
var ErrReverted = errors.New("rollup: L1 call reverted")

// RevertError is a revert decoded against the contracts' ABIs.
type RevertError struct {
	Contract string
	// Reason is the decoded custom error (a bindings.TeeRollup*/Manager*
	// error struct), or nil if it did not decode.
	Reason any
	Data   []byte
	err    error
}

func (e *RevertError) Error() string {
	if e.Reason != nil {
		return fmt.Sprintf("rollup: %s reverted: %s", e.Contract, reasonString(e.Contract, e.Reason))
	}
	return fmt.Sprintf("rollup: %s reverted: %v", e.Contract, e.err)
}

func (e *RevertError) Unwrap() []error {
	errs := []error{ErrReverted}
	// A rejected QC carries the QuorumVerifier verdict, which maps onto
	// the quorum package's sentinels so callers can branch the same way
	// on Go and on-chain rejections.
	if q, ok := e.Reason.(*bindings.TeeRollupQuorumRejected); ok && q.Code != nil && q.Code.IsUint64() {
		if s, ok := reasonErrors[quorum.Reason(q.Code.Uint64())]; ok {
			errs = append(errs, s)
		}
	}
	return errs
}

var reasonErrors = map[quorum.Reason]error{
	quorum.ReasonCommitteeHash: quorum.ErrCommitteeHash,
	quorum.ReasonCommittee:     quorum.ErrCommittee,
	quorum.ReasonRule:          quorum.ErrRule,
	quorum.ReasonQC:            quorum.ErrQC,
	quorum.ReasonRuleNotMet:    quorum.ErrRuleNotMet,
	quorum.ReasonSignature:     quorum.ErrSignature,
	quorum.ReasonPoP:           quorum.ErrPoP,
}

// L1 talks to a rollup's Manager and TSC.
type L1 struct {
	backend Backend
	addrs   Deployment
	mgr     *bindings.Manager
	tsc     *bindings.TeeRollup
	mgrC    *bind.BoundContract
	tscC    *bind.BoundContract
	// deployTx is the TSC's deployment transaction when Deploy made it.
	deployTx common.Hash
}

// NewL1 binds a deployed rollup.
func NewL1(backend Backend, d Deployment) *L1 {
	if backend == nil {
		backend = noBackend{} // every call reports ErrNoBackend
	}
	mgr, tsc := bindings.NewManager(), bindings.NewTeeRollup()
	return &L1{
		backend: backend, addrs: d, mgr: mgr, tsc: tsc,
		mgrC: mgr.Instance(backend, d.Manager), tscC: tsc.Instance(backend, d.Rollup),
	}
}

// Deployment returns the contract addresses.
func (l *L1) Deployment() Deployment { return l.addrs }

// Deploy sends the transactions that deploy a Manager (governed by admin,
// trusting registrar, with the default governance delay) and a TSC starting
// from genesisRoot, with DefaultChallengeParams. The caller waits for them
// to be mined (WaitAll), installs the committee while the Manager is in
// setup, then binds them with SetRollup.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, admin, registrar common.Address, genesisRoot common.Hash) (*L1, []*types.Transaction, error) {
	return DeployWithParams(ctx, backend, auth, admin, registrar, genesisRoot, DefaultChallengeParams())
}

// Domain is the EIP-712 domain of client transactions and votes.
func (l *L1) Domain(ctx context.Context) (Domain, error) {
	id, err := l.backend.ChainID(ctx)
	if err != nil {
		return Domain{}, err
	}
	return Domain{ChainID: id, TSC: l.addrs.Rollup}, nil
}

// VoteDomain is the quorum domain votes are signed in.
func (d Domain) VoteDomain() quorum.Domain { return quorum.Domain{ChainID: d.ChainID, Verifier: d.TSC} }

// BindingDomain is the attestation binding domain of enclave keys.
func (l *L1) BindingDomain(ctx context.Context) (attest.Domain, error) {
	id, err := l.backend.ChainID(ctx)
	if err != nil {
		return attest.Domain{}, err
	}
	return attest.Domain{ChainID: id, Manager: l.addrs.Manager}, nil
}

func (l *L1) transact(ctx context.Context, auth *bind.TransactOpts, c *bind.BoundContract, name string, unpack func([]byte) (any, error), calldata []byte) (*types.Transaction, error) {
	if auth == nil {
		return nil, ErrNoTransactor
	}
	opts := *auth
	opts.Context = ctx
	tx, err := bind.Transact(c, &opts, calldata)
	if err != nil {
		return nil, revertError(name, unpack, err)
	}
	return tx, nil
}

func (l *L1) mgrTx(ctx context.Context, auth *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return l.transact(ctx, auth, l.mgrC, "Manager", l.mgr.UnpackError, calldata)
}

func (l *L1) tscTx(ctx context.Context, auth *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return l.transact(ctx, auth, l.tscC, "TeeRollup", l.tsc.UnpackError, calldata)
}

// revertError decodes the revert data of err, if any.
func revertError(contract string, unpack func([]byte) (any, error), err error) error {
	data, reason, ok := DecodeRevert(err, unpack)
	if !ok {
		return err
	}
	return &RevertError{Contract: contract, Reason: reason, Data: data, err: err}
}

// DecodeRevert extracts the revert data that an RPC error err carries (an
// rpc.DataError whose data is a hex string) and, when it holds at least a
// selector, decodes it with unpack (a binding's UnpackError). ok is false
// if err carries no revert data; reason is nil if it did not decode. It
// serves every contract wrapper, each with its own revert error type.
func DecodeRevert(err error, unpack func([]byte) (any, error)) (data []byte, reason any, ok bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, nil, false
	}
	s, isStr := de.ErrorData().(string)
	if !isStr {
		return nil, nil, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, nil, false
	}
	if len(data) >= 4 {
		if r, uerr := unpack(data); uerr == nil {
			reason = r
		}
	}
	return data, reason, true
}

// SetRollup binds the TSC to the Manager (admin only, once) and ends the
// Manager's setup phase: from then on every change that adds trust waits
// out the governance delay (see QueueChange). A committee installed during
// setup is pushed to the TSC. The Manager refuses to bind a TSC whose exit
// window is not shorter than its governance delay (DelayNotAboveExitWindow).
func (l *L1) SetRollup(ctx context.Context, auth *bind.TransactOpts) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.mgr.PackSetRollup(l.addrs.Rollup))
}

// AllowMeasurement adds (or with ok == false revokes) a measurement for a
// TEE kind (admin only). Adding one after setup must be queued
// (QueueChange with AllowMeasurementCall); revoking acts at once.
func (l *L1) AllowMeasurement(ctx context.Context, auth *bind.TransactOpts, kind attest.Kind, measurement []byte, ok bool) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.AllowMeasurementCall(kind, measurement, ok))
}

// Register submits a registrar-signed registration. Anyone may send it.
func (l *L1) Register(ctx context.Context, auth *bind.TransactOpts, reg *Registration) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.mgr.PackRegister(reg.Enclave, uint8(reg.Kind), reg.Measurement, reg.Expiry, reg.Evidence, reg.Signature[:]))
}

// RevokeEnclave revokes an enclave key (admin only, at once: it only
// removes trust). InvalidateCommittee then takes it out of the committee.
func (l *L1) RevokeEnclave(ctx context.Context, auth *bind.TransactOpts, enclave common.Address) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, l.mgr.PackRevokeEnclave(enclave))
}

// SetCommittee installs a committee and rule for the next epoch (admin
// only, during setup; afterwards QueueSetCommittee).
func (l *L1) SetCommittee(ctx context.Context, auth *bind.TransactOpts, c *quorum.Committee, rule quorum.Rule) (*types.Transaction, error) {
	call, err := l.SetCommitteeCall(c, rule)
	if err != nil {
		return nil, err
	}
	return l.mgrTx(ctx, auth, call)
}

// InvalidateCommittee removes the current committee's members that are no
// longer eligible (expired, revoked, or their measurement disallowed).
// Anyone may send it. If the remaining members can still meet the rule, they
// become the next epoch's committee at once (CurrentCommittee reads it);
// otherwise the committee is withdrawn until governance installs one. The
// rule is read from the committee's CommitteeSet event.
func (l *L1) InvalidateCommittee(ctx context.Context, auth *bind.TransactOpts, c *quorum.Committee) (*types.Transaction, error) {
	cur, err := l.CurrentCommittee(ctx)
	if err != nil {
		return nil, err
	}
	return l.mgrTx(ctx, auth, l.mgr.PackInvalidateCommittee(c.Encode(), cur.RuleBytes))
}

// Deposit queues value for `to` on the rollup.
func (l *L1) Deposit(ctx context.Context, auth *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	if auth == nil {
		return nil, ErrNoTransactor
	}
	opts := *auth
	opts.Value = value
	return l.tscTx(ctx, &opts, l.tsc.PackDeposit(to))
}

// UpdateState submits a certified header.
func (l *L1) UpdateState(ctx context.Context, auth *bind.TransactOpts, h *Header, c *quorum.Committee, rule quorum.Rule, qc quorum.QC) (*types.Transaction, error) {
	if _, err := quorum.EncodeRule(rule); err != nil {
		return nil, err
	}
	return l.tscTx(ctx, auth, l.UpdateStateCalldata(h, c, rule, qc))
}

// ruleBytes is rule's on-chain encoding, or nil for a rule the chain
// cannot enforce (no installed configuration matches nil, so the TSC
// refuses it; the senders check EncodeRule first).
func ruleBytes(rule quorum.Rule) []byte {
	enc, _ := quorum.EncodeRule(rule)
	return enc
}

// UpdateStateCalldata is the calldata of UpdateState, for gas accounting.
func (l *L1) UpdateStateCalldata(h *Header, c *quorum.Committee, rule quorum.Rule, qc quorum.QC) []byte {
	if qc.Scheme() == quorum.SchemeBLS {
		return l.tsc.PackUpdateStateBLS(h.Binding(), c.Encode(), ruleBytes(rule), qc.Encode())
	}
	return l.tsc.PackUpdateState(h.Binding(), c.Encode(), ruleBytes(rule), qc.Encode())
}

// UpdateStateDA submits a certified header with its DA certificate (a
// dacert.Cert over DADigest): required once governance installed a DA
// set, when UpdateState reverts WrongConfig. ECDSA QCs only.
func (l *L1) UpdateStateDA(ctx context.Context, auth *bind.TransactOpts, h *Header, c *quorum.Committee, rule quorum.Rule, qc quorum.QC, da *dacert.Cert) (*types.Transaction, error) {
	if qc.Scheme() != quorum.SchemeECDSA {
		return nil, fmt.Errorf("rollup: DA certificates go with ECDSA QCs only, got scheme %d", qc.Scheme())
	}
	if _, err := quorum.EncodeRule(rule); err != nil {
		return nil, err
	}
	return l.tscTx(ctx, auth, l.UpdateStateDACalldata(h, c, rule, qc, da))
}

// UpdateStateDACalldata is the calldata of UpdateStateDA, for gas accounting.
func (l *L1) UpdateStateDACalldata(h *Header, c *quorum.Committee, rule quorum.Rule, qc quorum.QC, da *dacert.Cert) []byte {
	return l.tsc.PackUpdateStateDA(h.Binding(), c.Encode(), ruleBytes(rule), qc.Encode(), da.Encode())
}

// DADigest is the TSC's daDigest (for differential tests).
func (l *L1) DADigest(ctx context.Context, height uint64, dataRoot common.Hash) (common.Hash, error) {
	b, err := bind.Call(l.tscC, &bind.CallOpts{Context: ctx}, l.tsc.PackDaDigest(height, dataRoot), l.tsc.UnpackDaDigest)
	return b, err
}

// SetDataAvailabilityCall is the Manager call that installs the DA set
// (nil removes it), for QueueChange after setup.
func (l *L1) SetDataAvailabilityCall(set *dacert.Set) ([]byte, error) {
	if set == nil {
		return l.mgr.PackSetDataAvailability(nil), nil
	}
	return l.mgr.PackSetDataAvailability(set.Encode()), nil
}

// SetDataAvailability installs the DA set (admin only, during setup;
// afterwards QueueChange with SetDataAvailabilityCall: changing the DAPs
// adds trust, so it waits out the governance delay like a committee).
func (l *L1) SetDataAvailability(ctx context.Context, auth *bind.TransactOpts, set *dacert.Set) (*types.Transaction, error) {
	call, err := l.SetDataAvailabilityCall(set)
	if err != nil {
		return nil, err
	}
	return l.mgrTx(ctx, auth, call)
}

// Head is the TSC's view of the rollup.
type Head struct {
	Height       uint64
	HeaderHash   common.Hash
	StateRoot    common.Hash
	DepositIndex uint64
	DepositCount uint64
}

// Head reads the latest accepted header's summary.
func (l *L1) Head(ctx context.Context) (Head, error) {
	opts := &bind.CallOpts{Context: ctx}
	var (
		h   Head
		err error
	)
	if h.Height, err = bind.Call(l.tscC, opts, l.tsc.PackHeight(), l.tsc.UnpackHeight); err != nil {
		return h, err
	}
	var b [32]byte
	if b, err = bind.Call(l.tscC, opts, l.tsc.PackLastHeaderHash(), l.tsc.UnpackLastHeaderHash); err != nil {
		return h, err
	}
	h.HeaderHash = b
	if b, err = bind.Call(l.tscC, opts, l.tsc.PackStateRoot(), l.tsc.UnpackStateRoot); err != nil {
		return h, err
	}
	h.StateRoot = b
	if h.DepositIndex, err = bind.Call(l.tscC, opts, l.tsc.PackDepositIndex(), l.tsc.UnpackDepositIndex); err != nil {
		return h, err
	}
	h.DepositCount, err = bind.Call(l.tscC, opts, l.tsc.PackDepositCount(), l.tsc.UnpackDepositCount)
	return h, err
}

// RegistrationDigest asks the Manager for a registration's EIP-712 digest
// (used to check the Go computation against the contract).
func (l *L1) RegistrationDigest(ctx context.Context, reg *Registration) (common.Hash, error) {
	d, err := bind.Call(l.mgrC, &bind.CallOpts{Context: ctx},
		l.mgr.PackRegistrationDigest(reg.Enclave, uint8(reg.Kind), reg.Measurement, crypto.Keccak256Hash(reg.Evidence), reg.Expiry),
		l.mgr.UnpackRegistrationDigest)
	return d, err
}

// BindingReportDataOnChain asks the Manager for an enclave's binding report data.
func (l *L1) BindingReportDataOnChain(ctx context.Context, enclave common.Address) (common.Hash, error) {
	return bind.Call(l.mgrC, &bind.CallOpts{Context: ctx}, l.mgr.PackBindingReportData(enclave), l.mgr.UnpackBindingReportData)
}

// Binding converts the header to the contracts' calldata struct (the TSC
// and every contract that takes a header, such as the DAP game).
func (h *Header) Binding() bindings.RollupTypesHeader {
	out := bindings.RollupTypesHeader{
		ParentHash: h.ParentHash, Height: h.Height, StateRoot: h.StateRoot, TxRoot: h.TxRoot,
		DepositIndex: h.DepositIndex, DepositAcc: h.DepositAcc, Challenges: h.Challenges,
		ChallengeAcc: h.ChallengeAcc, DataRoot: h.DataRoot, HistoryRoot: h.HistoryRoot,
		Withdrawals: make([]bindings.RollupTypesWithdrawal, len(h.Withdrawals)),
	}
	if out.Challenges == nil {
		out.Challenges = []uint64{}
	}
	for i, w := range h.Withdrawals {
		amt := new(big.Int)
		if w.Amount != nil {
			amt = w.Amount.ToBig()
		}
		out.Withdrawals[i] = bindings.RollupTypesWithdrawal{To: w.To, Amount: amt}
	}
	return out
}

// WaitAll waits for txs to be mined and fails if one reverted. It polls
// with a backoff from 10ms to 1s, so it is quick on a simulated or dev chain
// and light on a public one.
func WaitAll(ctx context.Context, b bind.DeployBackend, txs ...*types.Transaction) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		wait := 10 * time.Millisecond
		for {
			r, err := b.TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return out, fmt.Errorf("%w: tx %s", ErrReverted, tx.Hash())
				}
				out[i] = r
				break
			}
			// Not mined yet (ethereum.NotFound), or the node is still
			// indexing: like bind.WaitMined, keep polling until ctx ends.
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(wait):
			}
			wait = min(2*wait, time.Second)
		}
	}
	return out, nil
}
