package rollup

// The challenge game (§V-E) on the TSC: forced inclusion, freeze,
// escape-hatch withdrawals and deposit refunds. Package challenge builds the
// client and sequencer sides on these calls; the encodings the enclaves must
// agree on (header answer entries, resolution hashes) live here so that the
// sequencer node can use them without importing package challenge.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
)

// ErrChallengeParams: challenge parameters the TSC constructor refuses.
var ErrChallengeParams = errors.New("rollup: invalid challenge parameters")

// ChallengeParams are a TSC's challenge parameters, fixed when it is
// deployed.
type ChallengeParams struct {
	// Window is how long the committee has to answer a challenge before
	// anyone may freeze the rollup: whole seconds, from 1s to 365 days.
	Window time.Duration
	// Bond is the exact value (wei) startChallenge takes. It comes back
	// when the challenged transaction applies, or when the rollup freezes
	// first; it is burned (left in the TSC for good) when the transaction
	// fails.
	Bond *big.Int
	// GovernanceDelay is the Manager's (deployed alongside): how long a
	// change that adds trust waits after it is queued. It must be at least
	// MinGovernanceDelay and longer than the TSC's exit window (the
	// Manager checks at SetRollup), so users can leave before a change
	// they distrust applies. Zero means MinGovernanceDelay + Window.
	GovernanceDelay time.Duration
}

// DefaultResponseWindow is the window Deploy uses.
const DefaultResponseWindow = 24 * time.Hour

// DefaultChallengeBond is the bond Deploy uses: 0.01 ether, well above what
// answering a challenge costs the committee in gas.
func DefaultChallengeBond() *big.Int { return big.NewInt(1e16) }

// DefaultChallengeParams are the parameters Deploy uses.
func DefaultChallengeParams() ChallengeParams {
	return ChallengeParams{Window: DefaultResponseWindow, Bond: DefaultChallengeBond()}
}

// Validate checks p against the TSC constructor's rules.
func (p ChallengeParams) Validate() error {
	if p.Window < time.Second || p.Window > 365*24*time.Hour || p.Window%time.Second != 0 {
		return fmt.Errorf("%w: window %v must be whole seconds in [1s, 365 days]", ErrChallengeParams, p.Window)
	}
	if p.Bond == nil || p.Bond.Sign() <= 0 {
		return fmt.Errorf("%w: bond must be positive", ErrChallengeParams)
	}
	if d := p.GovernanceDelay; d != 0 && (d < MinGovernanceDelay || d%time.Second != 0 || d <= p.Window) {
		return fmt.Errorf("%w: governance delay %v must be whole seconds, at least %v and longer than the window %v",
			ErrChallengeParams, d, MinGovernanceDelay, p.Window)
	}
	return nil
}

func (p ChallengeParams) constructor(tsc *bindings.TeeRollup, manager common.Address, genesis common.Hash) []byte {
	return tsc.PackConstructor(manager, genesis, uint64(p.Window/time.Second), p.Bond)
}

// DeployWithParams is Deploy with explicit challenge parameters and
// governance delay.
func DeployWithParams(ctx context.Context, backend Backend, auth *bind.TransactOpts, admin, registrar common.Address, genesisRoot common.Hash, p ChallengeParams) (*L1, []*types.Transaction, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	mgr, tsc := bindings.NewManager(), bindings.NewTeeRollup()
	opts := *auth
	opts.Context = ctx
	mAddr, mTx, err := bind.DeployContract(&opts, common.FromHex(bindings.ManagerMetaData.Bin), backend, mgr.PackConstructor(admin, registrar, uint64(p.governanceDelay()/time.Second)))
	if err != nil {
		return nil, nil, fmt.Errorf("rollup: deploy manager: %w", err)
	}
	if opts.Nonce != nil { // the caller manages nonces: the second deployment takes the next one
		opts.Nonce = new(big.Int).Add(opts.Nonce, big.NewInt(1))
	}
	tAddr, tTx, err := bind.DeployContract(&opts, common.FromHex(bindings.TeeRollupMetaData.Bin), backend, p.constructor(tsc, mAddr, genesisRoot))
	if err != nil {
		return nil, nil, fmt.Errorf("rollup: deploy TSC: %w", err)
	}
	return NewL1(backend, Deployment{Manager: mAddr, Rollup: tAddr}), []*types.Transaction{mTx, tTx}, nil
}

// ChallengeSlots is TeeRollup.CHALLENGE_SLOTS: open challenges beyond it
// cost a fresh storage slot each (see the contract).
const ChallengeSlots = 64

// ---- header answers ----

// MaxChallengeID is the largest challenge id the TSC can issue (its counter
// has 56 bits), so AnswerEntry never loses a bit.
const MaxChallengeID = 1<<56 - 1

// AnswerEntry is the Header.Challenges entry that answers challenge id:
// id << 1 | applied. applied says whether the challenged transaction
// applied in the header's batch; the TSC then returns the challenger's
// bond, and burns it otherwise. Entries sort like their ids, so a header's
// entries are strictly increasing exactly when its ids are.
func AnswerEntry(id uint64, applied bool) uint64 {
	e := id << 1
	if applied {
		e |= 1
	}
	return e
}

// ParseAnswerEntry splits a Header.Challenges entry.
func ParseAnswerEntry(e uint64) (id uint64, applied bool) { return e >> 1, e&1 == 1 }

// ChallengeAnswers returns the Header.Challenges entries of a batch: one
// for each forced transaction (an open challenge) that the batch executed,
// in id order, applied if some execution of that transaction in the batch
// applied. receipts are the batch's (Result.Receipts, in batch order). A
// forced transaction the batch does not contain is not answered, so a
// header never claims an answer its batch does not hold; one that was
// already included earlier executes again, fails on its nonce, and its
// challenge is answered as not applied (frivolous).
func ChallengeAnswers(forced []Forced, receipts []Receipt) []uint64 {
	ran := make(map[common.Hash]bool, len(receipts)) // tx hash -> applied at least once
	for _, r := range receipts {
		ran[r.TxHash] = ran[r.TxHash] || r.Err == nil
	}
	seen := make(map[uint64]bool, len(forced))
	out := make([]uint64, 0, len(forced))
	for _, f := range forced {
		if f.Tx == nil || f.ID > MaxChallengeID || seen[f.ID] {
			continue // one transaction per id: the first listed
		}
		seen[f.ID] = true
		if applied, in := ran[f.Tx.Hash()]; in {
			out = append(out, AnswerEntry(f.ID, applied))
		}
	}
	slices.Sort(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// resolutionTypeHash is TeeRollup.RESOLUTION_TYPEHASH.
var resolutionTypeHash = crypto.Keccak256Hash([]byte("Resolution(uint64 challenge,bool applied,bytes32 headerHash)"))

// ResolutionHash is what a committee signs, as a quorum vote, to answer
// challenge id outside a header (resolveChallenge): the challenged
// transaction was executed in the accepted header headerHash and applied or
// not. It is keccak256(abi.encode(RESOLUTION_TYPEHASH, id, applied,
// headerHash)), 128 bytes of preimage, which no ABI-encoded header (at
// least 11 words) can share, so a resolution vote is never a header vote.
func ResolutionHash(id uint64, applied bool, headerHash common.Hash) common.Hash {
	var buf [4 * 32]byte
	copy(buf[:32], resolutionTypeHash[:])
	new(big.Int).SetUint64(id).FillBytes(buf[32:64])
	if applied {
		buf[95] = 1
	}
	copy(buf[96:], headerHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// SignResolution has an enclave key vote for a resolution. An enclave must
// only do so for a challenge whose transaction it executed in the accepted
// header headerHash, with that outcome.
func SignResolution(k EnclaveKey, d quorum.Domain, id uint64, applied bool, headerHash common.Hash) (quorum.Vote, error) {
	return SignVote(k, d, ResolutionHash(id, applied, headerHash))
}

// ---- transactions ----

// StartChallenge escalates a signed Transfer or Redeem to the TSC. The bond
// is auth.Value if set, otherwise the TSC's challengeBond (read first).
func (l *L1) StartChallenge(ctx context.Context, auth *bind.TransactOpts, tx *Tx) (*types.Transaction, error) {
	opts := *auth
	if opts.Value == nil {
		p, err := l.ChallengeParams(ctx)
		if err != nil {
			return nil, err
		}
		opts.Value = p.Bond
	}
	return l.tscTx(ctx, &opts, l.StartChallengeCalldata(tx))
}

// StartChallengeCalldata is the calldata of StartChallenge, for gas accounting.
func (l *L1) StartChallengeCalldata(tx *Tx) []byte { return l.tsc.PackStartChallenge(tx.Encode()) }

// ResolveChallenge answers challenge id with a QC over
// ResolutionHash(id, applied, hash of the accepted header at atHeight).
func (l *L1) ResolveChallenge(ctx context.Context, auth *bind.TransactOpts, id uint64, applied bool, atHeight uint64, c *quorum.Committee, rule quorum.Rule, qc quorum.QC) (*types.Transaction, error) {
	return l.tscTx(ctx, auth, l.ResolveChallengeCalldata(id, applied, atHeight, c, rule, qc))
}

// ResolveChallengeCalldata is the calldata of ResolveChallenge, for gas accounting.
func (l *L1) ResolveChallengeCalldata(id uint64, applied bool, atHeight uint64, c *quorum.Committee, rule quorum.Rule, qc quorum.QC) []byte {
	if qc.Scheme() == quorum.SchemeBLS {
		return l.tsc.PackResolveChallengeBLS(id, applied, atHeight, c.Encode(), rule.Encode(), qc.Encode())
	}
	return l.tsc.PackResolveChallenge(id, applied, atHeight, c.Encode(), rule.Encode(), qc.Encode())
}

// SettleRollup freezes the rollup because challenge id outlived its
// deadline. Anyone may send it.
func (l *L1) SettleRollup(ctx context.Context, auth *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return l.tscTx(ctx, auth, l.tsc.PackSettleRollup(id))
}

// SettleWithdraw takes the sender's balance under the frozen state root.
// proof is the statetree proof of (sender, balance, nonce) under that root.
func (l *L1) SettleWithdraw(ctx context.Context, auth *bind.TransactOpts, balance *uint256.Int, nonce uint64, proof []byte) (*types.Transaction, error) {
	return l.tscTx(ctx, auth, l.SettleWithdrawCalldata(balance, nonce, proof))
}

// SettleWithdrawCalldata is the calldata of SettleWithdraw, for gas accounting.
func (l *L1) SettleWithdrawCalldata(balance *uint256.Int, nonce uint64, proof []byte) []byte {
	b := new(big.Int)
	if balance != nil {
		b = balance.ToBig()
	}
	return l.tsc.PackSettleWithdraw(b, nonce, proof)
}

// RefundDeposits refunds the last len(deposits) deposits still queued on a
// frozen TSC. accBefore is the queue's acc before the first of them (the
// Acc of the deposit just before it, zero for index 0). Refund the whole
// unconsumed queue in one call or in chunks from its end.
func (l *L1) RefundDeposits(ctx context.Context, auth *bind.TransactOpts, accBefore common.Hash, deposits []DepositEvent) (*types.Transaction, error) {
	ws := make([]bindings.RollupTypesWithdrawal, len(deposits))
	for i, d := range deposits {
		v := new(big.Int)
		if d.Value != nil {
			v = d.Value.ToBig()
		}
		ws[i] = bindings.RollupTypesWithdrawal{To: d.To, Amount: v}
	}
	return l.tscTx(ctx, auth, l.tsc.PackRefundDeposits(accBefore, ws))
}

// ReclaimBond returns the bond of challenge id, still open on a frozen TSC,
// to its challenger. Anyone may send it.
func (l *L1) ReclaimBond(ctx context.Context, auth *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return l.tscTx(ctx, auth, l.tsc.PackReclaimBond(id))
}

// ---- views ----

func (l *L1) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// ChallengeParams reads the TSC's challenge parameters.
func (l *L1) ChallengeParams(ctx context.Context) (ChallengeParams, error) {
	w, err := bind.Call(l.tscC, l.call(ctx), l.tsc.PackResponseWindow(), l.tsc.UnpackResponseWindow)
	if err != nil {
		return ChallengeParams{}, err
	}
	b, err := bind.Call(l.tscC, l.call(ctx), l.tsc.PackChallengeBond(), l.tsc.UnpackChallengeBond)
	if err != nil {
		return ChallengeParams{}, err
	}
	d, err := bind.Call(l.mgrC, l.call(ctx), l.mgr.PackGovernanceDelay(), l.mgr.UnpackGovernanceDelay)
	if err != nil {
		return ChallengeParams{}, err
	}
	return ChallengeParams{Window: time.Duration(w) * time.Second, Bond: b, GovernanceDelay: time.Duration(d) * time.Second}, nil
}

// Frozen reports whether the rollup is frozen.
func (l *L1) Frozen(ctx context.Context) (bool, error) {
	return bind.Call(l.tscC, l.call(ctx), l.tsc.PackFrozen(), l.tsc.UnpackFrozen)
}

// ChallengeCount is the number of challenges started: the next id.
func (l *L1) ChallengeCount(ctx context.Context) (uint64, error) {
	return bind.Call(l.tscC, l.call(ctx), l.tsc.PackChallengeCount(), l.tsc.UnpackChallengeCount)
}

// OpenChallenge is an open challenge as the TSC stores it.
type OpenChallenge struct {
	ID         uint64
	Challenger common.Address
	Deadline   uint64 // unix seconds; settleRollup works once a block is later
}

// Challenge reads challenge id; ok is false if it is not open (never
// started, answered, or its bond reclaimed).
func (l *L1) Challenge(ctx context.Context, id uint64) (c OpenChallenge, ok bool, err error) {
	out, err := bind.Call(l.tscC, l.call(ctx), l.tsc.PackChallengeOf(id), l.tsc.UnpackChallengeOf)
	if err != nil {
		return OpenChallenge{}, false, err
	}
	if out.Challenger == (common.Address{}) {
		return OpenChallenge{}, false, nil
	}
	return OpenChallenge{ID: id, Challenger: out.Challenger, Deadline: out.Deadline}, true, nil
}

// Withdrawn reports whether account took its balance with SettleWithdraw.
func (l *L1) Withdrawn(ctx context.Context, account common.Address) (bool, error) {
	return bind.Call(l.tscC, l.call(ctx), l.tsc.PackWithdrawn(account), l.tsc.UnpackWithdrawn)
}

// LatestBlock returns the L1 head's number and timestamp: a challenge can
// be settled once a block's timestamp is past its deadline.
func (l *L1) LatestBlock(ctx context.Context) (number, time uint64, err error) {
	h, err := l.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	return h.Number.Uint64(), h.Time, nil
}

// ---- events ----

// ChallengeStarted is a ChallengeStarted event.
type ChallengeStarted struct {
	ID         uint64
	Challenger common.Address
	Deadline   uint64
	// SignedTx is the challenged transaction's encoding. The TSC checked
	// its length and type byte, which is all DecodeTx checks, so it always
	// decodes.
	SignedTx []byte
	Block    uint64
}

// ChallengeAnswered is a ChallengeAnswered event (a header entry or a
// resolveChallenge).
type ChallengeAnswered struct {
	ID      uint64
	Applied bool
	Height  uint64
	Block   uint64
}

// ChallengeLog is the challenge game's events in a block range. A freeze
// logs no event (it would push settleRollup over its gas budget): read
// Frozen.
type ChallengeLog struct {
	Started   []ChallengeStarted
	Answered  []ChallengeAnswered
	Reclaimed []uint64 // ids whose bond came back after a freeze
}

// ChallengeEvents reads the challenge game's events in blocks [from, to].
func (l *L1) ChallengeEvents(ctx context.Context, from, to uint64) (*ChallengeLog, error) {
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	out := &ChallengeLog{}
	err := filter(l, opts, l.tsc.UnpackChallengeStartedEvent, func(e *bindings.TeeRollupChallengeStarted) {
		out.Started = append(out.Started, ChallengeStarted{
			ID: e.Id, Challenger: e.Challenger, Deadline: e.Deadline, SignedTx: e.SignedTx, Block: e.Raw.BlockNumber,
		})
	})
	if err == nil {
		err = filter(l, opts, l.tsc.UnpackChallengeAnsweredEvent, func(e *bindings.TeeRollupChallengeAnswered) {
			out.Answered = append(out.Answered, ChallengeAnswered{ID: e.Id, Applied: e.Applied, Height: e.Height, Block: e.Raw.BlockNumber})
		})
	}
	if err == nil {
		err = filter(l, opts, l.tsc.UnpackBondReclaimedEvent, func(e *bindings.TeeRollupBondReclaimed) {
			out.Reclaimed = append(out.Reclaimed, e.Id)
		})
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DepositEvents reads the Deposited events in blocks [from, to], in queue
// order.
func (l *L1) DepositEvents(ctx context.Context, from, to uint64) ([]DepositEvent, error) {
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	var out []DepositEvent
	err := filter(l, opts, l.tsc.UnpackDepositedEvent, func(e *bindings.TeeRollupDeposited) {
		v, _ := uint256.FromBig(e.Value) // a uint256 on chain: cannot overflow
		out = append(out, DepositEvent{Index: e.Index, To: e.To, Value: v, Acc: e.Acc})
	})
	return out, err
}

func filter[Ev bind.ContractEvent](l *L1, opts *bind.FilterOpts, unpack func(*types.Log) (*Ev, error), each func(*Ev)) error {
	it, err := bind.FilterEvents(l.tscC, opts, unpack)
	if err != nil {
		return err
	}
	defer it.Close()
	for it.Next() {
		each(it.Value())
	}
	return it.Error()
}

// DepositAcc reads the TSC's deposit-queue acc (after a freeze, the acc of
// the deposits not yet refunded).
func (l *L1) DepositAcc(ctx context.Context) (common.Hash, error) {
	b, err := bind.Call(l.tscC, l.call(ctx), l.tsc.PackDepositAcc(), l.tsc.UnpackDepositAcc)
	return b, err
}

// ParseChallengeStarted finds the ChallengeStarted event in a receipt of
// StartChallenge.
func (l *L1) ParseChallengeStarted(r *types.Receipt) (ChallengeStarted, error) {
	for _, lg := range r.Logs {
		if lg.Address != l.addrs.Rollup {
			continue
		}
		if e, err := l.tsc.UnpackChallengeStartedEvent(lg); err == nil {
			return ChallengeStarted{ID: e.Id, Challenger: e.Challenger, Deadline: e.Deadline, SignedTx: e.SignedTx, Block: lg.BlockNumber}, nil
		}
	}
	return ChallengeStarted{}, fmt.Errorf("rollup: receipt %s has no ChallengeStarted event", r.TxHash)
}
