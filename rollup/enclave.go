package rollup

import (
	"errors"
	"fmt"
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
// Security assumption: the deposit queue is the host's view of L1. A host
// that lies about deposits makes its own enclave compute a header the other
// enclaves will not sign; a forged deposit needs the hosts of a quorum to
// lie together.
type Enclave struct {
	key      EnclaveKey
	domain   Domain
	store    statetree.Store
	deposits DepositQueue

	mu   sync.Mutex
	head Checkpoint
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
	return &Enclave{key: key, domain: d, store: store, deposits: deposits, head: head}, nil
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
// produces. The new state is written to the store (nodes are content
// addressed, so an executed but unaccepted batch costs space, never
// correctness) but the checkpoint does not move until Accept.
func (e *Enclave) Execute(batch []*Tx, challenges []uint64) (*Header, *Result, error) {
	head := e.Head()
	tree, err := statetree.New(e.store, head.StateRoot)
	if err != nil {
		return nil, nil, err
	}
	res, err := Apply(e.domain, tree, head.DepositIndex, e.deposits, batch)
	if err != nil {
		return nil, nil, err
	}
	h := &Header{
		ParentHash:   head.HeaderHash,
		Height:       head.Height + 1,
		StateRoot:    res.StateRoot,
		TxRoot:       res.TxRoot,
		DepositIndex: res.DepositIndex,
		Withdrawals:  res.Withdrawals,
		Challenges:   challenges,
	}
	h.DataRoot = (&BatchData{Height: h.Height, Txs: batch, Accounts: res.Accounts}).DataRoot()
	return h, res, nil
}

// Vote re-executes a proposal and signs its header if, and only if, this
// enclave computes exactly the same header.
func (e *Enclave) Vote(p *Proposal) (quorum.Vote, error) {
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
	computed, _, err := e.Execute(p.Batch, p.Header.Challenges)
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
	e.head = Checkpoint{Height: h.Height, HeaderHash: h.Hash(), StateRoot: h.StateRoot, DepositIndex: h.DepositIndex}
	return nil
}

// AcceptBatch executes the batch of an accepted header this enclave has not
// executed (another leader's, seen late) and moves the checkpoint if the
// result is the accepted header.
func (e *Enclave) AcceptBatch(h *Header, batch []*Tx) error {
	computed, _, err := e.Execute(batch, h.Challenges)
	if err != nil {
		return err
	}
	if computed.Hash() != h.Hash() {
		return &MismatchError{Proposed: h, Computed: computed}
	}
	return e.Accept(h)
}
