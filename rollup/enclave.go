package rollup

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

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
}

// Proposal is a leader's batch for the next height and the header the
// leader computed for it. Followers re-execute the batch and vote only if
// they compute the same header.
type Proposal struct {
	Header *Header
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
// must hold.
func NewEnclave(key EnclaveKey, d Domain, store statetree.Store, deposits DepositQueue, head Checkpoint) (*Enclave, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if _, err := statetree.New(store, head.StateRoot); err != nil {
		return nil, fmt.Errorf("rollup: enclave checkpoint: %w", err)
	}
	return &Enclave{
		key: key, domain: d, sep: d.Separator(), store: store, deposits: deposits, head: head, past: []Checkpoint{head},
		verified: map[common.Hash]struct{}{}, executed: map[common.Hash]executedBatch{},
		applied: map[common.Hash]uint64{}, appliedAt: map[uint64][]common.Hash{},
	}, nil
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
	start, err := forcedStart(batch, forced)
	if err != nil {
		return nil, nil, err
	}
	head := e.Head()
	tree, err := statetree.New(e.store, head.StateRoot)
	if err != nil {
		return nil, nil, err
	}
	res, err := apply(e.domain, tree, head.DepositIndex, head.DepositAcc, e.deposits, batch, e.isVerified)
	if err != nil {
		return nil, nil, err
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
	}
	// Each challenge the batch ran first is answered, with whether it
	// applied (the bond's fate), and bound to its transaction's hash.
	h.Challenges, h.ChallengeAcc = ChallengeAnswers(forced, res.Receipts[start:start+len(forced)], e.appliedBefore)
	data := &BatchData{Height: h.Height, Txs: batch, Accounts: res.Accounts}
	h.DataRoot = data.DataRoot()
	e.dmu.Lock()
	e.executed[h.Hash()] = executedBatch{data: data, applied: applied}
	e.dmu.Unlock()
	return h, res, nil
}

// Propose executes a batch as the leader and signs the header it computed:
// the leader's own vote, without executing the batch a second time.
func (e *Enclave) Propose(batch []*Tx, forced []Forced) (*Header, *Result, quorum.Vote, error) {
	h, res, err := e.Execute(batch, forced)
	if err != nil {
		return nil, nil, quorum.Vote{}, err
	}
	v, err := SignVote(e.key, e.domain.VoteDomain(), h.Hash())
	return h, res, v, err
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
// enclave computes exactly the same header (challenge answers included).
func (e *Enclave) Vote(p *Proposal, lookup ChallengeLookup) (quorum.Vote, error) {
	if p == nil || p.Header == nil {
		return quorum.Vote{}, fmt.Errorf("%w: empty proposal", ErrInvalidHeader)
	}
	if err := p.Header.Validate(); err != nil {
		return quorum.Vote{}, err
	}
	head := e.Head()
	if p.Header.Height != head.Height+1 || p.Header.ParentHash != head.HeaderHash {
		return quorum.Vote{}, fmt.Errorf("%w: proposal at height %d on %s, checkpoint at %d is %s",
			ErrStaleProposal, p.Header.Height, p.Header.ParentHash, head.Height, head.HeaderHash)
	}
	forced, err := forcedOf(p.Header, lookup)
	if err != nil {
		return quorum.Vote{}, err
	}
	computed, _, err := e.Execute(p.Batch, forced)
	if err != nil {
		return quorum.Vote{}, err
	}
	hh := computed.Hash()
	if hh != p.Header.Hash() {
		return quorum.Vote{}, &MismatchError{Proposed: p.Header, Computed: computed}
	}
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
	e.head = Checkpoint{Height: h.Height, HeaderHash: h.Hash(), StateRoot: h.StateRoot, DepositIndex: h.DepositIndex, DepositAcc: h.DepositAcc}
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
