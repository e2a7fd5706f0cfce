package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/statetree"
)

// Checkpoint is the state after an accepted header: what every enclave
// executes the next batch from.
type Checkpoint struct {
	Height       uint64
	HeaderHash   common.Hash
	StateRoot    common.Hash
	DepositIndex uint64
	DepositAcc   common.Hash // the deposit queue's accumulator at DepositIndex
	// History is the frontier of the history tree over the hashes of
	// heights 1..Height (History.Count == Height): the next header's
	// HistoryRoot is History.Root(). Enclave state with the same trust as
	// StateRoot (a sealed checkpoint in production): the TSC does not
	// recompute the root, honest enclaves do.
	History HistoryFrontier
}

// ErrBadCheckpoint: a checkpoint is inconsistent in itself.
var ErrBadCheckpoint = errors.New("rollup: inconsistent checkpoint")

// Validate checks what a checkpoint can check on its own.
func (c Checkpoint) Validate() error {
	if c.History.Count != c.Height {
		return fmt.Errorf("%w: history of %d heights at height %d", ErrBadCheckpoint, c.History.Count, c.Height)
	}
	if !c.History.canonical() {
		return fmt.Errorf("%w: history frontier has branches at unset levels", ErrBadCheckpoint)
	}
	return nil
}

// Proposal is a leader's batch for the next height and the header the
// leader computed for it, signed inside the leader's enclave for a round
// (Sig over ProposalDigest(header hash, Round)). Followers check that the
// signer leads at (height, Round), re-execute the batch and vote only if
// they compute the same header.
type Proposal struct {
	Header *Header
	Round  uint64
	Sig    [65]byte // r ‖ s ‖ v, v ∈ {0, 1}; zero: unsigned
	Batch  []*Tx
}

// ErrHeaderMismatch: re-executing a proposal's batch gives another header
// than the one proposed. The *MismatchError holds both.
var ErrHeaderMismatch = errors.New("rollup: proposed header does not match re-execution")

// ErrStaleProposal: the proposal does not extend this enclave's checkpoint.
var ErrStaleProposal = errors.New("rollup: proposal does not extend the latest accepted header")

// MismatchError is evidence that a leader proposed a header its batch does
// not produce (or that this enclave disagrees): both headers and the batch.
type MismatchError struct {
	Proposed, Computed *Header
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("rollup: proposed header %s at height %d, re-execution gives %s",
		e.Proposed.Hash(), e.Proposed.Height, e.Computed.Hash())
}

func (e *MismatchError) Unwrap() error { return ErrHeaderMismatch }

// Enclave is the trusted part of a sequencer: it holds the enclave key and
// a replica of the account tree, executes batches from the last accepted
// state, and signs a vote only for a header it computed itself. Everything
// else in a node (mempool, networking, L1 access) is untrusted host code.
//
// Security assumption: nothing the host says about L1 is trusted. The
// deposit queue and the open challenges are the host's view, but a header
// commits to the deposit accumulator and to the hashes of the challenged
// transactions it answers, and the TSC checks both against what L1
// recorded: hosts that lie together (even all of them) make their enclaves
// sign headers the TSC refuses, never ones that move funds wrongly. The
// enclave's checkpoint is also the host's word, but a vote is only useful
// on a header whose parent chain the TSC accepted, so what the enclave
// remembers of earlier heights (appliedBefore) holds whenever its vote
// counts.
//
// One header per height: the enclave signs, as proposer (Propose,
// ProposeExecuted) or as voter (Vote), at most one header hash per height;
// asked to sign another it returns a *LockError naming the one it signed
// (signing the same header again, e.g. a re-proposal in a later round, is
// allowed). So no host, however many proposals it forges or replays, gets
// two different headers at one height signed by an honest enclave. The
// record (the lock) is written to the lock store (OpenEnclave's KV, the
// node's KV) before the signature leaves the enclave, and reloaded when
// the enclave restarts, so a crash does not forget it.
//
// Rollback: the lock store is host storage. A malicious host that restores
// an old copy of it (from before the enclave signed at a height) and
// restarts the enclave makes it forget that lock and sign a second header
// at that height. A real TEE stops this with a hardware monotonic counter
// or sealed state with rollback protection bound to the lock record; the
// simulated TEE (attest/sim) has neither, so against a host that rolls its
// storage back the lock holds only as long as the host does not.
//
// Liveness: a lock is void (another header may be signed at its height)
// only when the locked header can never be accepted on the L1 chain the
// host shows: the deposit queue ran DepositHistory past it, an L1 reorg
// replaced its parent, or replaced a deposit it credits (see void). A
// leader of a later round first asks the members for their locks
// (Peer.Locked) and re-proposes the header most of them hold, so a round
// that timed out does not split the committee. Locks can still split when
// two leaders' proposals race (a round-0 vote arriving after the round-1
// leader asked); if no locked header can then reach the rule, the height
// stalls and the TSC's escape hatch applies.
type Enclave struct {
	key      EnclaveKey
	domain   Domain
	sep      common.Hash // domain.Separator(), computed once
	store    statetree.Store
	deposits DepositQueue

	mu   sync.Mutex
	head Checkpoint
	// past are the checkpoints this enclave held, oldest first, the last
	// being head: the only ones Rewind may return to (an L1 reorg that
	// drops accepted headers). At most rewindMemory.
	past []Checkpoint

	// locks holds, for recent heights, the one header hash this enclave
	// signed there; lockKV persists it. lmu serializes check-and-record.
	lmu sync.Mutex
	// executions counts batch executions (tests check that replays and
	// junk do not cost any).
	executions atomic.Uint64
	locks      map[uint64]lockRecord
	lockKV     KV

	// verified holds the hashes of client transactions whose signature
	// this enclave checked at admission (Admit), so that executing them
	// does not recover the same signature again. The hash covers the
	// signature and every signed field, and the domain is fixed per
	// enclave, so a hit means exactly this transaction was verified.
	vmu      sync.RWMutex
	verified map[common.Hash]struct{}

	// executed keeps the metadata of batches executed above the checkpoint,
	// by header hash, for publication to DAPs once one is accepted, and the
	// transactions each applied.
	dmu      sync.Mutex
	executed map[common.Hash]executedBatch

	// applied remembers, for the last appliedMemory accepted heights, the
	// client transactions that applied and at which height, so that a
	// challenge of a transaction included just before the challenge was
	// seen is answered as applied (its bond returned), not as a nonce
	// failure.
	amu       sync.Mutex
	applied   map[common.Hash]uint64
	appliedAt map[uint64][]common.Hash
}

type executedBatch struct {
	header  *Header
	data    *BatchData
	applied []common.Hash
}

// appliedMemory is how many accepted heights of applied transactions an
// enclave remembers (about 4 hours at 15 s per header). A challenge of a
// transaction applied earlier than that is answered as failed: its
// challenger escalated a transaction long settled.
const appliedMemory = 1024

// Executed returns the metadata of a batch this enclave executed, by the
// hash of the header it produced (nil if unknown).
func (e *Enclave) Executed(headerHash common.Hash) *BatchData {
	e.dmu.Lock()
	defer e.dmu.Unlock()
	return e.executed[headerHash].data
}

// appliedBefore reports whether client transaction h applied at an
// accepted height this enclave remembers.
func (e *Enclave) appliedBefore(h common.Hash) bool {
	e.amu.Lock()
	defer e.amu.Unlock()
	_, ok := e.applied[h]
	return ok
}

// rememberApplied records the transactions that applied at accepted height.
func (e *Enclave) rememberApplied(height uint64, hashes []common.Hash) {
	e.amu.Lock()
	defer e.amu.Unlock()
	for _, h := range hashes {
		e.applied[h] = height
	}
	e.appliedAt[height] = hashes
	if height > appliedMemory {
		old := height - appliedMemory
		for _, h := range e.appliedAt[old] {
			if e.applied[h] == old {
				delete(e.applied, h)
			}
		}
		delete(e.appliedAt, old)
	}
}

// maxVerified bounds the admission cache; past it the cache is dropped and
// execution verifies again (correct, only slower).
const maxVerified = 1 << 20

// Admit checks a client transaction inside the enclave (stateless checks
// and signature) and remembers that it did.
func (e *Enclave) Admit(tx *Tx) error {
	if err := tx.Validate(); err != nil {
		return err
	}
	return e.admit(tx, tx.Hash())
}

// admit is Admit for a validated transaction whose hash is h.
func (e *Enclave) admit(tx *Tx, h common.Hash) error {
	if e.isVerified(h) {
		return nil // seen first in a peer's batch
	}
	if err := tx.verifySignature(e.sep); err != nil {
		return err
	}
	e.remember(h)
	return nil
}

func (e *Enclave) remember(hashes ...common.Hash) {
	e.vmu.Lock()
	defer e.vmu.Unlock()
	if len(e.verified)+len(hashes) > maxVerified {
		clear(e.verified)
	}
	for _, h := range hashes {
		e.verified[h] = struct{}{}
	}
}

func (e *Enclave) isVerified(h common.Hash) bool {
	e.vmu.RLock()
	defer e.vmu.RUnlock()
	_, ok := e.verified[h]
	return ok
}

// forget drops admitted transactions once they are in an accepted header.
func (e *Enclave) forget(hashes []common.Hash) {
	e.vmu.Lock()
	defer e.vmu.Unlock()
	for _, h := range hashes {
		delete(e.verified, h)
	}
}

// NewEnclave starts an enclave at checkpoint head, whose state root store
// must hold, with its locks in memory only (a restart forgets them; nodes
// use OpenEnclave).
func NewEnclave(key EnclaveKey, d Domain, store statetree.Store, deposits DepositQueue, head Checkpoint) (*Enclave, error) {
	return OpenEnclave(key, d, store, deposits, head, NewMemoryKV())
}

// OpenEnclave is NewEnclave with the locks (one signed header per height,
// see Enclave) persisted in locks and reloaded from it.
func OpenEnclave(key EnclaveKey, d Domain, store statetree.Store, deposits DepositQueue, head Checkpoint, locks KV) (*Enclave, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if err := head.Validate(); err != nil {
		return nil, err
	}
	if _, err := statetree.New(store, head.StateRoot); err != nil {
		return nil, fmt.Errorf("rollup: enclave checkpoint: %w", err)
	}
	e := &Enclave{
		key: key, domain: d, sep: d.Separator(), store: store, deposits: deposits, head: head, past: []Checkpoint{head},
		verified: map[common.Hash]struct{}{}, executed: map[common.Hash]executedBatch{},
		applied: map[common.Hash]uint64{}, appliedAt: map[uint64][]common.Hash{},
		locks: map[uint64]lockRecord{}, lockKV: locks,
	}
	err := locks.Scan(prefixLock, func(k, v []byte) error {
		l, ok := decodeLock(v)
		if len(k) != len(prefixLock)+8 || !ok {
			return fmt.Errorf("rollup: malformed enclave lock %x", k)
		}
		e.locks[binary.BigEndian.Uint64(k[len(prefixLock):])] = l
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rollup: enclave locks: %w", err)
	}
	return e, nil
}

// prefixLock ‖ height(8) → the header hash the enclave signed at height.
var prefixLock = []byte("enclave/lock/")

func lockKey(height uint64) []byte {
	return binary.BigEndian.AppendUint64(slices.Clone(prefixLock), height)
}

// lockMemory is how many heights below the checkpoint keep their lock
// (room for an L1 reorg that undoes accepted heights).
const lockMemory = 128

// lockRecord is the header an enclave signed at a height: its hash, its
// parent and the deposits it credits (enough to tell when it can never be
// accepted: see void).
type lockRecord struct {
	hash, parent common.Hash
	depositIndex uint64
	depositAcc   common.Hash
}

func lockOf(h *Header) lockRecord {
	return lockRecord{hash: h.Hash(), parent: h.ParentHash, depositIndex: h.DepositIndex, depositAcc: h.DepositAcc}
}

// encode: hash ‖ parent ‖ depositIndex(8) ‖ depositAcc.
func (l lockRecord) encode() []byte {
	out := slices.Concat(l.hash[:], l.parent[:])
	out = binary.BigEndian.AppendUint64(out, l.depositIndex)
	return append(out, l.depositAcc[:]...)
}

func decodeLock(v []byte) (lockRecord, bool) {
	if len(v) != 3*common.HashLength+8 {
		return lockRecord{}, false
	}
	return lockRecord{
		hash:         common.BytesToHash(v[:32]),
		parent:       common.BytesToHash(v[32:64]),
		depositIndex: binary.BigEndian.Uint64(v[64:72]),
		depositAcc:   common.BytesToHash(v[72:]),
	}, true
}

// void reports whether the header locked at height can never be accepted
// on the L1 chain the enclave now follows, so that signing another header
// there cannot yield two acceptable headers at one height:
//   - the deposit queue has run DepositHistory past it: the TSC refuses it
//     (DepositTooOld) now and forever;
//   - the checkpoint below it is another header than its parent (an L1
//     reorg replaced the parent): it can never extend the chain;
//   - the deposits it credits are not the queue's (a reorg replaced a
//     deposit it credited): the TSC refuses it (WrongDepositAcc).
//
// Each of these reads the host's view of L1 (the deposit queue and the
// accepted headers the host feeds Accept), so a lock holds against any
// outsider but not against a host that lies about L1 to its own enclave:
// see Enclave.
func (e *Enclave) void(height uint64, l lockRecord, head Checkpoint) bool {
	if _, _, ok := e.deposits.Deposit(l.depositIndex + DepositHistory - 1); ok {
		return true
	}
	if head.Height+1 != height {
		return false
	}
	if head.HeaderHash != l.parent {
		return true
	}
	acc, ok := e.queueAcc(head, l.depositIndex)
	return ok && acc != l.depositAcc
}

// queueAcc is the deposit accumulator after deposit to-1, from the
// checkpoint's; ok is false if the queue does not hold all of them (yet)
// or to is behind the checkpoint.
func (e *Enclave) queueAcc(head Checkpoint, to uint64) (common.Hash, bool) {
	if to < head.DepositIndex || to-head.DepositIndex > DepositHistory {
		return common.Hash{}, false
	}
	acc := head.DepositAcc
	for i := head.DepositIndex; i < to; i++ {
		addr, v, ok := e.deposits.Deposit(i)
		if !ok {
			return common.Hash{}, false
		}
		acc = DepositAccNext(acc, i, addr, v)
	}
	return acc, true
}

// Locked returns the header hash this enclave signed at height, if any
// and not void.
func (e *Enclave) Locked(height uint64) (common.Hash, bool) {
	head := e.Head()
	e.lmu.Lock()
	defer e.lmu.Unlock()
	l, ok := e.locks[height]
	if !ok || e.void(height, l, head) {
		return common.Hash{}, false
	}
	return l.hash, true
}

// checkLock returns a *LockError if the enclave signed another header than
// h at its height.
func (e *Enclave) checkLock(h *Header) error {
	hh := h.Hash()
	if l, ok := e.Locked(h.Height); ok && l != hh {
		return &LockError{Height: h.Height, Locked: l, Asked: hh}
	}
	return nil
}

// lock records, durably, that the enclave signs h, unless it signed
// another header at h's height (*LockError). It must return nil before any
// signature over h is made.
func (e *Enclave) lock(h *Header) error {
	head := e.Head()
	l := lockOf(h)
	e.lmu.Lock()
	defer e.lmu.Unlock()
	if old, ok := e.locks[h.Height]; ok && !e.void(h.Height, old, head) {
		if old.hash != l.hash {
			return &LockError{Height: h.Height, Locked: old.hash, Asked: l.hash}
		}
		return nil
	}
	if err := e.lockKV.Put(lockKey(h.Height), l.encode()); err != nil {
		return fmt.Errorf("rollup: enclave lock: %w", err)
	}
	e.locks[h.Height] = l
	return nil
}

// pruneLocks forgets locks at heights at or below h.
func (e *Enclave) pruneLocks(h uint64) {
	e.lmu.Lock()
	defer e.lmu.Unlock()
	for k := range e.locks {
		if k <= h {
			if e.lockKV.Delete(lockKey(k)) == nil {
				delete(e.locks, k)
			}
		}
	}
}

// ExecutedCount is how many executed batches the enclave keeps (for
// publication once accepted); it is bounded by what the enclave signed,
// never by what it was sent.
func (e *Enclave) ExecutedCount() int {
	e.dmu.Lock()
	defer e.dmu.Unlock()
	return len(e.executed)
}

// SignEnvelope signs a peer request envelope (committee.EnvelopeDigest,
// computed here: the host cannot have a vote digest signed this way) from
// this enclave to the member whose enclave address is to.
func (e *Enclave) SignEnvelope(to common.Address, method string, payloadHash common.Hash, ts uint64) ([65]byte, error) {
	return signDigest(e.key, committee.EnvelopeDigest(e.domain.VoteDomain(), e.key.Address(), to, method, payloadHash, ts))
}

// Address is the enclave key's address (its committee identity).
func (e *Enclave) Address() common.Address { return e.key.Address() }

// Head returns the checkpoint the enclave executes from.
func (e *Enclave) Head() Checkpoint {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.head
}

// Execute applies batch to the checkpoint and returns the header it
// produces. forced are the open challenges the header answers: the batch
// must run their transactions first, right after its deposits, in id order
// (ErrForcedOrder otherwise), so that nothing a leader puts in the batch
// can make a challenged transaction fail. The new state is written to the
// store (nodes are content addressed, so an executed but unaccepted batch
// costs space, never correctness) but the checkpoint does not move until
// Accept.
func (e *Enclave) Execute(batch []*Tx, forced []Forced) (*Header, *Result, error) {
	h, res, eb, err := e.execute(batch, forced)
	if err != nil {
		return nil, nil, err
	}
	e.keep(h.Hash(), eb)
	return h, res, nil
}

func (e *Enclave) keep(hh common.Hash, eb executedBatch) {
	e.dmu.Lock()
	e.executed[hh] = eb
	e.dmu.Unlock()
}

// execute is Execute without keeping the batch's metadata.
func (e *Enclave) execute(batch []*Tx, forced []Forced) (*Header, *Result, executedBatch, error) {
	e.executions.Add(1)
	start, err := forcedStart(batch, forced)
	if err != nil {
		return nil, nil, executedBatch{}, err
	}
	head := e.Head()
	tree, err := statetree.New(e.store, head.StateRoot)
	if err != nil {
		return nil, nil, executedBatch{}, err
	}
	res, err := apply(e.domain, tree, head.DepositIndex, head.DepositAcc, e.deposits, batch, e.isVerified)
	if err != nil {
		return nil, nil, executedBatch{}, err
	}
	// Remember what execution verified: a transaction seen first in a
	// leader's batch and then admitted here is not recovered twice.
	var ok, applied []common.Hash
	for i, tx := range batch {
		rc := res.Receipts[i]
		if tx.Type != TxDeposit && !errors.Is(rc.Err, ErrBadSignature) && !errors.Is(rc.Err, ErrInvalidTx) {
			ok = append(ok, rc.TxHash)
		}
		if tx.Type != TxDeposit && rc.Err == nil {
			applied = append(applied, rc.TxHash)
		}
	}
	e.remember(ok...)
	h := &Header{
		ParentHash:   head.HeaderHash,
		Height:       head.Height + 1,
		StateRoot:    res.StateRoot,
		TxRoot:       res.TxRoot,
		DepositIndex: res.DepositIndex,
		DepositAcc:   res.DepositAcc,
		Withdrawals:  res.Withdrawals,
		HistoryRoot:  head.History.Root(),
	}
	// Each challenge the batch ran first is answered, with whether it
	// applied (the bond's fate), and bound to its transaction's hash.
	h.Challenges, h.ChallengeAcc = ChallengeAnswers(forced, res.Receipts[start:start+len(forced)], e.appliedBefore)
	data := &BatchData{Height: h.Height, Txs: batch, Accounts: res.Accounts}
	h.DataRoot = data.DataRoot()
	return h, res, executedBatch{header: h, data: data, applied: applied}, nil
}

// Propose executes a batch as the leader of round and signs the header it
// computed twice: as a proposal (ProposalDigest) and as the leader's own
// vote. It refuses (*LockError) if the enclave signed another header at
// that height.
func (e *Enclave) Propose(batch []*Tx, forced []Forced, round uint64) (*Proposal, *Result, quorum.Vote, error) {
	h, res, eb, err := e.execute(batch, forced)
	if err != nil {
		return nil, nil, quorum.Vote{}, err
	}
	p, v, err := e.signProposal(h, eb, round)
	return p, res, v, err
}

// ProposeExecuted is Propose for a batch this enclave already executed
// (Execute, Vote or Propose) to the header hh from its current
// checkpoint: it signs without executing again.
func (e *Enclave) ProposeExecuted(hh common.Hash, round uint64) (*Proposal, quorum.Vote, error) {
	e.dmu.Lock()
	eb, ok := e.executed[hh]
	e.dmu.Unlock()
	if !ok || eb.header == nil {
		return nil, quorum.Vote{}, fmt.Errorf("%w: header %s was not executed here", ErrNotFound, hh)
	}
	return e.signProposal(eb.header, eb, round)
}

func (e *Enclave) signProposal(h *Header, eb executedBatch, round uint64) (*Proposal, quorum.Vote, error) {
	head := e.Head()
	if h.Height != head.Height+1 || h.ParentHash != head.HeaderHash {
		return nil, quorum.Vote{}, fmt.Errorf("%w: header at height %d, checkpoint at %d", ErrStaleProposal, h.Height, head.Height)
	}
	hh := h.Hash()
	if err := e.lock(h); err != nil {
		return nil, quorum.Vote{}, err
	}
	e.keep(hh, eb)
	vd := e.domain.VoteDomain()
	sig, err := signDigest(e.key, ProposalDigest(vd, hh, round))
	if err != nil {
		return nil, quorum.Vote{}, err
	}
	v, err := SignVote(e.key, vd, hh)
	if err != nil {
		return nil, quorum.Vote{}, err
	}
	return &Proposal{Header: h, Round: round, Sig: sig, Batch: eb.data.Txs}, v, nil
}

// ErrUnknownChallenge: a proposal answers a challenge this node has not seen
// on L1 (yet).
var ErrUnknownChallenge = errors.New("rollup: proposal answers an unknown challenge")

// ChallengeLookup returns the transaction of an open challenge as this
// node's host saw it on L1. Like the deposit queue it is the host's view,
// and need not be trusted: the header binds each answer to its
// transaction's hash (ChallengeAcc), which the TSC checks against the hash
// it recorded when the challenge started.
type ChallengeLookup func(id uint64) (Forced, bool)

// forcedOf maps a header's challenge answers back to their transactions.
func forcedOf(h *Header, lookup ChallengeLookup) ([]Forced, error) {
	var out []Forced
	for _, e := range h.Challenges {
		id, _ := ParseAnswerEntry(e)
		if lookup == nil {
			return nil, fmt.Errorf("%w: %d (no challenge view)", ErrUnknownChallenge, id)
		}
		f, ok := lookup(id)
		if !ok {
			return nil, fmt.Errorf("%w: %d", ErrUnknownChallenge, id)
		}
		out = append(out, f)
	}
	return out, nil
}

// Vote re-executes a proposal and signs its header if, and only if, this
// enclave computes exactly the same header (challenge answers included),
// the proposal is signed by an enclave key, and this enclave signed no
// other header at that height (*LockError, before executing anything).
// Whether the signer leads at (height, round) is the host's check (it
// follows the committee on L1): the lock is what the enclave guarantees.
func (e *Enclave) Vote(p *Proposal, lookup ChallengeLookup) (quorum.Vote, error) {
	if p == nil || p.Header == nil {
		return quorum.Vote{}, fmt.Errorf("%w: empty proposal", ErrInvalidHeader)
	}
	if _, err := p.Proposer(e.domain.VoteDomain()); err != nil {
		return quorum.Vote{}, err
	}
	if err := p.Header.Validate(); err != nil {
		return quorum.Vote{}, err
	}
	head := e.Head()
	if p.Header.Height != head.Height+1 || p.Header.ParentHash != head.HeaderHash {
		return quorum.Vote{}, fmt.Errorf("%w: proposal at height %d on %s, checkpoint at %d is %s",
			ErrStaleProposal, p.Header.Height, p.Header.ParentHash, head.Height, head.HeaderHash)
	}
	if err := e.checkLock(p.Header); err != nil {
		return quorum.Vote{}, err
	}
	forced, err := forcedOf(p.Header, lookup)
	if err != nil {
		return quorum.Vote{}, err
	}
	computed, _, eb, err := e.execute(p.Batch, forced)
	if err != nil {
		return quorum.Vote{}, err
	}
	hh := computed.Hash()
	if hh != p.Header.Hash() {
		return quorum.Vote{}, &MismatchError{Proposed: p.Header, Computed: computed}
	}
	if err := e.lock(computed); err != nil {
		return quorum.Vote{}, err
	}
	e.keep(hh, eb)
	return SignVote(e.key, e.domain.VoteDomain(), hh)
}

// Accept moves the checkpoint to an accepted header. The header's state must
// be in the store, i.e. this enclave executed its batch (Execute or Vote);
// otherwise it returns statetree.ErrMissingNode and the caller must execute
// the batch first (AcceptBatch).
func (e *Enclave) Accept(h *Header) error {
	if _, err := statetree.New(e.store, h.StateRoot); err != nil {
		return err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if h.Height != e.head.Height+1 || h.ParentHash != e.head.HeaderHash {
		return fmt.Errorf("%w: accepted header %d does not extend checkpoint %d", ErrStaleProposal, h.Height, e.head.Height)
	}
	hist := e.head.History
	hh := h.Hash()
	if err := hist.Append(hh); err != nil {
		return err
	}
	e.head = Checkpoint{Height: h.Height, HeaderHash: hh, StateRoot: h.StateRoot, DepositIndex: h.DepositIndex, DepositAcc: h.DepositAcc, History: hist}
	e.past = append(e.past, e.head)
	if len(e.past) > rewindMemory {
		e.past = slices.Delete(e.past, 0, len(e.past)-rewindMemory)
	}
	e.dmu.Lock()
	accepted := e.executed[e.head.HeaderHash].applied
	for k, d := range e.executed {
		if d.data.Height < h.Height {
			delete(e.executed, k) // the accepted height's own entry stays for publication
		}
	}
	e.dmu.Unlock()
	e.rememberApplied(h.Height, accepted)
	if h.Height > lockMemory {
		e.pruneLocks(h.Height - lockMemory)
	}
	return nil
}

// rewindMemory is how many checkpoints an enclave can rewind to.
const rewindMemory = 256

// ErrUnknownCheckpoint: Rewind was asked for a checkpoint this enclave did
// not hold (recently enough).
var ErrUnknownCheckpoint = errors.New("rollup: rewind to a checkpoint this enclave did not hold")

// Rewind moves the checkpoint back to an earlier one, when L1 reorganized
// and the headers accepted after it are no longer on the chain. It only
// returns to a checkpoint this enclave itself held (the start or an
// Accept) among the last rewindMemory, so a host cannot make it execute
// from a state of its choosing. The store is content addressed, so the old
// state is still there.
func (e *Enclave) Rewind(to Checkpoint) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	i := slices.Index(e.past, to)
	if i < 0 {
		return fmt.Errorf("%w: height %d (%s)", ErrUnknownCheckpoint, to.Height, to.HeaderHash)
	}
	if _, err := statetree.New(e.store, to.StateRoot); err != nil {
		return err
	}
	e.head = to
	e.past = e.past[:i+1]
	e.amu.Lock()
	for h, hashes := range e.appliedAt {
		if h > to.Height {
			for _, x := range hashes {
				if e.applied[x] == h {
					delete(e.applied, x)
				}
			}
			delete(e.appliedAt, h)
		}
	}
	e.amu.Unlock()
	return nil
}

// AcceptBatch executes the batch of an accepted header this enclave has not
// executed (another leader's, seen late) and moves the checkpoint if the
// result is the accepted header.
func (e *Enclave) AcceptBatch(h *Header, batch []*Tx, lookup ChallengeLookup) error {
	forced, err := forcedOf(h, lookup)
	if err != nil {
		return err
	}
	computed, _, err := e.Execute(batch, forced)
	if err != nil {
		return err
	}
	if computed.Hash() != h.Hash() {
		return &MismatchError{Proposed: h, Computed: computed}
	}
	return e.Accept(h)
}
