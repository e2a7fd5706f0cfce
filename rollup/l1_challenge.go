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
	// anyone may freeze the rollup: whole seconds, from 2s to 365 days.
	// Under a flood a challenge's deadline moves out with its due time.
	Window time.Duration
	// InclusionDelay is how long a deposit may wait to be credited, and a
	// challenge to be answered, before the TSC refuses headers that leave
	// it out (forced inclusion): whole seconds, at most Window/2. Zero
	// means DefaultInclusionDelay(Window).
	InclusionDelay time.Duration
	// Bond is the base bond (wei): startChallenge takes exactly
	// Bond << (open challenges / 64) (L1.CurrentBond). It comes back when
	// the challenged transaction applies, or when the rollup freezes
	// first; it is burned (left in the TSC for good) when the transaction
	// fails. Below 2^128.
	Bond *big.Int
	// GovernanceDelay is the Manager's (deployed alongside): how long a
	// change that adds trust waits after it is queued. It must be at least
	// MinGovernanceDelay and longer than the TSC's exit window (the
	// Manager checks at SetRollup), so users can leave before a change
	// they distrust applies. Zero means MinGovernanceDelay + Window + InclusionDelay.
	GovernanceDelay time.Duration
}

// DefaultInclusionDelay is the inclusion delay for a response window: a
// quarter of it, at most an hour, at least a second. It leaves the
// committee well inside the window to answer, and the L1 confirmation
// depth of its nodes well inside the delay.
func DefaultInclusionDelay(window time.Duration) time.Duration {
	d := min(window/4, time.Hour).Truncate(time.Second)
	return max(d, time.Second)
}

func (p ChallengeParams) inclusionDelay() time.Duration {
	if p.InclusionDelay == 0 {
		return DefaultInclusionDelay(p.Window)
	}
	return p.InclusionDelay
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
	if p.Window < 2*time.Second || p.Window > 365*24*time.Hour || p.Window%time.Second != 0 {
		return fmt.Errorf("%w: window %v must be whole seconds in [2s, 365 days]", ErrChallengeParams, p.Window)
	}
	if d := p.inclusionDelay(); d < time.Second || d > p.Window/2 || d%time.Second != 0 {
		return fmt.Errorf("%w: inclusion delay %v must be whole seconds in [1s, window/2]", ErrChallengeParams, d)
	}
	if p.Bond == nil || p.Bond.Sign() <= 0 || p.Bond.BitLen() > 128 {
		return fmt.Errorf("%w: bond must be positive and below 2^128", ErrChallengeParams)
	}
	if d := p.GovernanceDelay; d != 0 && (d < MinGovernanceDelay || d%time.Second != 0 || d <= p.Window+p.inclusionDelay()) {
		return fmt.Errorf("%w: governance delay %v must be whole seconds, at least %v and longer than the exit window %v",
			ErrChallengeParams, d, MinGovernanceDelay, p.Window+p.inclusionDelay())
	}
	return nil
}

func (p ChallengeParams) constructor(tsc *bindings.TeeRollup, manager common.Address, genesis common.Hash) []byte {
	return tsc.PackConstructor(manager, genesis, uint64(p.Window/time.Second), uint64(p.inclusionDelay()/time.Second), p.Bond)
}

// DeployWithParams is Deploy with explicit challenge parameters and
// governance delay.
func DeployWithParams(ctx context.Context, backend Backend, auth *bind.TransactOpts, admin, registrar common.Address, genesisRoot common.Hash, p ChallengeParams) (*L1, []*types.Transaction, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	switch {
	case backend == nil:
		return nil, nil, fmt.Errorf("rollup: deploy: %w", ErrNoBackend)
	case auth == nil:
		return nil, nil, fmt.Errorf("rollup: deploy: %w", ErrNoTransactor)
	}
	mgr, tsc := bindings.NewManager(), bindings.NewTeeRollup()
	opts := *auth
	opts.Context = ctx
	// Count nonces here: asking the pool between transactions races with
	// it on fast chains.
	if opts.Nonce == nil {
		n, err := backend.PendingNonceAt(ctx, opts.From)
		if err != nil {
			return nil, nil, fmt.Errorf("rollup: deploy: %w", err)
		}
		opts.Nonce = new(big.Int).SetUint64(n)
	}
	next := func() { opts.Nonce = new(big.Int).Add(opts.Nonce, big.NewInt(1)) }
	mAddr, mTx, err := bind.DeployContract(&opts, common.FromHex(bindings.ManagerMetaData.Bin), backend, mgr.PackConstructor(admin, registrar, uint64(p.governanceDelay()/time.Second)))
	if err != nil {
		return nil, nil, fmt.Errorf("rollup: deploy manager: %w", err)
	}
	next()
	tAddr, tTx, err := bind.DeployContract(&opts, common.FromHex(bindings.TeeRollupMetaData.Bin), backend, p.constructor(tsc, mAddr, genesisRoot))
	if err != nil {
		return nil, nil, fmt.Errorf("rollup: deploy TSC: %w", err)
	}
	txs := []*types.Transaction{mTx, tTx}
	// Pre-fill the TSC's deposit and challenge rings (gas only, see
	// TeeRollup.prefill) in chunks that fit any block. The TSC is not
	// mined yet, so gas cannot be estimated: it is given.
	tscC := tsc.Instance(backend, tAddr)
	for from := 0; from < tscPrefillSlots; from += tscPrefillChunk {
		next()
		o := opts
		o.GasLimit = tscPrefillGas
		tx, err := bind.Transact(tscC, &o, tsc.PackPrefill(big.NewInt(int64(from)), big.NewInt(int64(from+tscPrefillChunk))))
		if err != nil {
			return nil, nil, fmt.Errorf("rollup: prefill TSC: %w", err)
		}
		txs = append(txs, tx)
	}
	l1 := NewL1(backend, Deployment{Manager: mAddr, Rollup: tAddr})
	l1.deployTx = tTx.Hash()
	return l1, txs, nil
}

// The TSC's prefill: 256 deposit accumulators, 32 deposit-time words and
// 64 challenge transaction hashes, in two transactions of ~4M gas.
const (
	tscPrefillSlots = 256 + 32 + 64
	tscPrefillChunk = 176
	tscPrefillGas   = 4_500_000
)

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

// ChallengeAnswers returns the Header.Challenges entries and the
// Header.ChallengeAcc of a batch that ran the open challenges forced first,
// in id order: receipts[i] is forced[i]'s receipt. Each is answered applied
// if it applied, or if it failed only because its nonce is used and
// appliedBefore(hash) says this very transaction applied at an earlier
// accepted height (a transaction included from the mempool just before
// its challenge was seen: its challenger gets the bond back). appliedBefore
// may be nil.
func ChallengeAnswers(forced []Forced, receipts []Receipt, appliedBefore func(common.Hash) bool) ([]uint64, common.Hash) {
	if len(forced) == 0 {
		return nil, common.Hash{}
	}
	out := make([]uint64, len(forced))
	var acc common.Hash
	for i, f := range forced {
		rc := receipts[i]
		applied := rc.Err == nil
		var ne *NonceError
		if !applied && appliedBefore != nil && errors.As(rc.Err, &ne) && ne.Got < ne.Want {
			applied = appliedBefore(rc.TxHash)
		}
		out[i] = AnswerEntry(f.ID, applied)
		acc = ChallengeAccNext(acc, rc.TxHash)
	}
	return out, acc
}

// ErrForcedOrder: a batch does not run the challenges it answers first
// (after its deposits), in id order, or answers too many or the same twice.
var ErrForcedOrder = errors.New("rollup: forced transactions must run first in the batch")

// forcedStart checks that batch runs forced (answered challenges) right
// after its leading deposits, in strictly increasing id order, at most
// MaxAnswers of them, and returns where they start. Forced transactions run
// before any mempool transaction so that nothing a leader adds can make
// them fail (a full withdrawal list, a spent balance).
func forcedStart(batch []*Tx, forced []Forced) (int, error) {
	if len(forced) > MaxAnswers {
		return 0, fmt.Errorf("%w: %d answers, at most %d", ErrForcedOrder, len(forced), MaxAnswers)
	}
	start := 0
	for start < len(batch) && batch[start] != nil && batch[start].Type == TxDeposit {
		start++
	}
	for j, f := range forced {
		if f.Tx == nil || f.ID > MaxChallengeID || (j > 0 && f.ID <= forced[j-1].ID) {
			return 0, fmt.Errorf("%w: challenge %d out of order or empty", ErrForcedOrder, f.ID)
		}
		if start+j >= len(batch) || batch[start+j] == nil || batch[start+j].Hash() != f.Tx.Hash() {
			return 0, fmt.Errorf("%w: challenge %d is not transaction %d of the batch", ErrForcedOrder, f.ID, start+j)
		}
	}
	return start, nil
}

// resolutionTypeHash is TeeRollup.RESOLUTION_TYPEHASH.
var resolutionTypeHash = crypto.Keccak256Hash([]byte("Resolution(uint64 challenge,bytes32 txHash,bool applied,bytes32 headerHash)"))

// ResolutionHash is what a committee signs, as a quorum vote, to answer
// challenge id outside a header (resolveChallenge): the challenged
// transaction txHash was executed in the accepted header headerHash and
// applied or not. It is keccak256(abi.encode(RESOLUTION_TYPEHASH, id,
// txHash, applied, headerHash)), 160 bytes of preimage, which no
// ABI-encoded header (at least 13 words) can share, so a resolution vote is
// never a header vote. The TSC checks txHash against the hash it recorded
// for the challenge.
func ResolutionHash(id uint64, txHash common.Hash, applied bool, headerHash common.Hash) common.Hash {
	var buf [5 * 32]byte
	copy(buf[:32], resolutionTypeHash[:])
	new(big.Int).SetUint64(id).FillBytes(buf[32:64])
	copy(buf[64:96], txHash[:])
	if applied {
		buf[127] = 1
	}
	copy(buf[128:], headerHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// SignResolution has an enclave key vote for a resolution. An enclave must
// only do so for a challenge whose transaction it executed in the accepted
// header headerHash, with that outcome.
func SignResolution(k EnclaveKey, d quorum.Domain, id uint64, txHash common.Hash, applied bool, headerHash common.Hash) (quorum.Vote, error) {
	return quorum.SignVote(k, d, ResolutionHash(id, txHash, applied, headerHash))
}

// ---- transactions ----

// StartChallenge escalates a signed Transfer or Redeem to the TSC. The bond
// is auth.Value if set, otherwise the TSC's currentBond (read first; if
// other challenges land in between, the TSC refuses with WrongBond and
// nothing is paid).
func (l *L1) StartChallenge(ctx context.Context, auth *bind.TransactOpts, tx *Tx) (*types.Transaction, error) {
	if auth == nil {
		return nil, ErrNoTransactor
	}
	if tx == nil {
		return nil, fmt.Errorf("%w: nil transaction", ErrInvalidTx)
	}
	opts := *auth
	if opts.Value == nil {
		b, err := l.CurrentBond(ctx)
		if err != nil {
			return nil, err
		}
		opts.Value = b
	}
	return l.tscTx(ctx, &opts, l.StartChallengeCalldata(tx))
}

// CurrentBond is the bond startChallenge takes now: the base bond doubled
// for every 64 open challenges.
func (l *L1) CurrentBond(ctx context.Context) (*big.Int, error) {
	return bind.Call(l.tscC, l.call(ctx), l.tsc.PackCurrentBond(), l.tsc.UnpackCurrentBond)
}

// StartChallengeCalldata is the calldata of StartChallenge, for gas accounting.
func (l *L1) StartChallengeCalldata(tx *Tx) []byte { return l.tsc.PackStartChallenge(tx.Encode()) }

// ResolveChallenge answers challenge id with a QC over ResolutionHash(id,
// txHash, applied, hash of the accepted header at atHeight).
func (l *L1) ResolveChallenge(ctx context.Context, auth *bind.TransactOpts, id uint64, txHash common.Hash, applied bool, atHeight uint64, c *quorum.Committee, rule quorum.Rule, qc quorum.QC) (*types.Transaction, error) {
	return l.tscTx(ctx, auth, l.ResolveChallengeCalldata(id, txHash, applied, atHeight, c, rule, qc))
}

// ResolveChallengeCalldata is the calldata of ResolveChallenge, for gas accounting.
func (l *L1) ResolveChallengeCalldata(id uint64, txHash common.Hash, applied bool, atHeight uint64, c *quorum.Committee, rule quorum.Rule, qc quorum.QC) []byte {
	if qc.Scheme() == quorum.SchemeBLS {
		return l.tsc.PackResolveChallengeBLS(id, txHash, applied, atHeight, c.Encode(), ruleBytes(rule), qc.Encode())
	}
	return l.tsc.PackResolveChallenge(id, txHash, applied, atHeight, c.Encode(), ruleBytes(rule), qc.Encode())
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
	d, err := bind.Call(l.tscC, l.call(ctx), l.tsc.PackInclusionDelay(), l.tsc.UnpackInclusionDelay)
	if err != nil {
		return ChallengeParams{}, err
	}
	b, err := bind.Call(l.tscC, l.call(ctx), l.tsc.PackChallengeBond(), l.tsc.UnpackChallengeBond)
	if err != nil {
		return ChallengeParams{}, err
	}
	g, err := bind.Call(l.mgrC, l.call(ctx), l.mgr.PackGovernanceDelay(), l.mgr.UnpackGovernanceDelay)
	if err != nil {
		return ChallengeParams{}, err
	}
	return ChallengeParams{
		Window: time.Duration(w) * time.Second, InclusionDelay: time.Duration(d) * time.Second, Bond: b,
		GovernanceDelay: time.Duration(g) * time.Second,
	}, nil
}

// Frozen reports whether the rollup is frozen.
func (l *L1) Frozen(ctx context.Context) (bool, error) {
	return bind.Call(l.tscC, l.call(ctx), l.tsc.PackFrozen(), l.tsc.UnpackFrozen)
}

// ChallengeCount is the number of challenges started: the next id.
func (l *L1) ChallengeCount(ctx context.Context) (uint64, error) {
	return bind.Call(l.tscC, l.call(ctx), l.tsc.PackChallengeCount(), l.tsc.UnpackChallengeCount)
}

// ChallengeHead is the oldest possibly open challenge: every one below it
// is closed.
func (l *L1) ChallengeHead(ctx context.Context) (uint64, error) {
	return bind.Call(l.tscC, l.call(ctx), l.tsc.PackChallengeHead(), l.tsc.UnpackChallengeHead)
}

// OpenChallenge is an open challenge as the TSC stores it.
type OpenChallenge struct {
	ID         uint64
	Challenger common.Address
	Due        uint64 // unix seconds; from then on a header must answer it (oldest first)
	Deadline   uint64 // unix seconds; settleRollup works once a block is later
	Bond       *big.Int
	TxHash     common.Hash // keccak256 of the challenged transaction's encoding
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
	return OpenChallenge{ID: id, Challenger: out.Challenger, Due: out.Due, Deadline: out.Deadline, Bond: out.Bond, TxHash: out.TxHash}, true, nil
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
	Due        uint64   // from then on a header must answer it (oldest first)
	Deadline   uint64   // after it anyone may freeze the rollup
	Bond       *big.Int // what the challenger paid
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

func challengeStarted(e *bindings.TeeRollupChallengeStarted) ChallengeStarted {
	return ChallengeStarted{
		ID: e.Id, Challenger: e.Challenger, Due: e.Due, Deadline: e.Deadline, Bond: e.Bond,
		SignedTx: e.SignedTx, Block: e.Raw.BlockNumber,
	}
}

// ChallengeEvents reads the challenge game's events in blocks [from, to].
func (l *L1) ChallengeEvents(ctx context.Context, from, to uint64) (*ChallengeLog, error) {
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	out := &ChallengeLog{}
	err := filter(l, opts, l.tsc.UnpackChallengeStartedEvent, func(e *bindings.TeeRollupChallengeStarted) {
		out.Started = append(out.Started, challengeStarted(e))
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
			return challengeStarted(e), nil
		}
	}
	return ChallengeStarted{}, fmt.Errorf("rollup: receipt %s has no ChallengeStarted event", r.TxHash)
}
