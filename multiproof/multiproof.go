package multiproof

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/multiproof/zkstate"
	"github.com/teerollup/teerollup/quorum"
)

// Kind is the committee statement kind of a transition.
const Kind = "multiproof/transition"

// MaxStates bounds the post states a Voter keeps.
const MaxStates = 64

// TransitionTypeHash is the EIP-712 type hash of the statement (a distinct
// type from rollup headers and every other certified statement).
var TransitionTypeHash = crypto.Keccak256Hash([]byte("ZkTransition(uint256 chainId,address verifier,bytes32 preRoot,bytes32 postRoot,bytes32 batchCommitment)"))

// Errors.
var (
	ErrStatement    = errors.New("multiproof: malformed statement")
	ErrWrongDomain  = errors.New("multiproof: statement for another chain or verifier")
	ErrUnknownPre   = errors.New("multiproof: pre-state root unknown to this member")
	ErrDisagree     = errors.New("multiproof: re-execution disagrees with the statement")
	ErrNotCertified = errors.New("multiproof: committee did not certify")
)

// Statement is what both factors prove.
type Statement struct {
	ChainID    *big.Int
	Verifier   common.Address // the MultiProof contract
	PreRoot    common.Hash
	PostRoot   common.Hash
	Commitment common.Hash
}

// Domain is the vote domain of the statement: the MultiProof contract's.
func (s Statement) Domain() quorum.Domain {
	return quorum.Domain{ChainID: s.ChainID, Verifier: s.Verifier}
}

// Validate checks the chain id and that the roots are field elements.
func (s Statement) Validate() error {
	if s.ChainID == nil || s.ChainID.Sign() <= 0 || s.ChainID.BitLen() > 256 {
		return fmt.Errorf("%w: chain id", ErrStatement)
	}
	for _, h := range []common.Hash{s.PreRoot, s.PostRoot, s.Commitment} {
		if new(big.Int).SetBytes(h[:]).Cmp(fr.Modulus()) >= 0 {
			return fmt.Errorf("%w: %x is not a field element", ErrStatement, h)
		}
	}
	return nil
}

// Hash is the EIP-712 struct hash: what the committee's votes sign (as
// Vote(bytes32 headerHash) in Domain, quorum.VoteDigest).
func (s Statement) Hash() common.Hash {
	return crypto.Keccak256Hash(TransitionTypeHash[:], math.U256Bytes(new(big.Int).Set(s.ChainID)),
		common.LeftPadBytes(s.Verifier[:], 32), s.PreRoot[:], s.PostRoot[:], s.Commitment[:])
}

// Digest is the vote digest members sign.
func (s Statement) Digest() common.Hash { return quorum.VoteDigest(s.Domain(), s.Hash()) }

// Root converts a field element (root, commitment) to its 32-byte form.
func Root(e fr.Element) common.Hash { return common.Hash(e.Bytes()) }

// Proposal is a statement with the batch it claims: what members re-execute.
type Proposal struct {
	Statement Statement
	Batch     []byte // zkstate.Batch.Encode
}

// proposalSize is 32 (chain id) + 20 + 3·32 + the batch.
const proposalSize = 32 + 20 + 96 + zkstate.BatchBytes

// Encode is the wire form.
func (p *Proposal) Encode() []byte {
	out := make([]byte, 0, proposalSize)
	out = append(out, math.U256Bytes(new(big.Int).Set(p.Statement.ChainID))...)
	out = append(out, p.Statement.Verifier[:]...)
	out = append(out, p.Statement.PreRoot[:]...)
	out = append(out, p.Statement.PostRoot[:]...)
	out = append(out, p.Statement.Commitment[:]...)
	return append(out, p.Batch...)
}

// DecodeProposal parses Encode's output and validates it.
func DecodeProposal(b []byte) (*Proposal, *zkstate.Batch, error) {
	if len(b) != proposalSize {
		return nil, nil, fmt.Errorf("%w: %d bytes, want %d", ErrStatement, len(b), proposalSize)
	}
	var p Proposal
	p.Statement.ChainID = new(big.Int).SetBytes(b[:32])
	copy(p.Statement.Verifier[:], b[32:52])
	copy(p.Statement.PreRoot[:], b[52:84])
	copy(p.Statement.PostRoot[:], b[84:116])
	copy(p.Statement.Commitment[:], b[116:148])
	p.Batch = append([]byte(nil), b[148:]...)
	if err := p.Statement.Validate(); err != nil {
		return nil, nil, err
	}
	batch, err := zkstate.DecodeBatch(p.Batch)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrStatement, err)
	}
	return &p, batch, nil
}

// Propose applies b to pre and returns the proposal for it.
func Propose(d quorum.Domain, pre *zkstate.State, b *zkstate.Batch) (*Proposal, *zkstate.State, error) {
	post, com, err := zkstate.Apply(pre, b)
	if err != nil {
		return nil, nil, err
	}
	return &Proposal{
		Statement: Statement{ChainID: d.ChainID, Verifier: d.Verifier, PreRoot: Root(pre.Root()), PostRoot: Root(post.Root()), Commitment: Root(com)},
		Batch:     b.Encode(),
	}, post, nil
}

// Voter is a member's handler for Kind: it re-executes the batch natively
// from a pre-state it holds and signs only the statement it computed itself.
// It runs inside the member's enclave.
type Voter struct {
	signer quorum.Signer
	domain quorum.Domain

	mu     sync.Mutex
	states map[common.Hash]*zkstate.State
	order  []common.Hash
}

// NewVoter returns a voter for the MultiProof contract of domain, starting
// from genesis.
func NewVoter(signer quorum.Signer, domain quorum.Domain, genesis *zkstate.State) (*Voter, error) {
	if err := domain.Validate(); err != nil {
		return nil, err
	}
	v := &Voter{signer: signer, domain: domain, states: map[common.Hash]*zkstate.State{}}
	v.keep(genesis)
	return v, nil
}

func (v *Voter) keep(s *zkstate.State) {
	r := Root(s.Root())
	if _, ok := v.states[r]; ok {
		return
	}
	if len(v.order) >= MaxStates {
		delete(v.states, v.order[0])
		v.order = v.order[1:]
	}
	v.states[r] = s
	v.order = append(v.order, r)
}

// Vote implements committee.Voter.
func (v *Voter) Vote(_ context.Context, _ common.Address, statement []byte) (quorum.Vote, error) {
	p, batch, err := DecodeProposal(statement)
	if err != nil {
		return quorum.Vote{}, err
	}
	st := p.Statement
	if st.ChainID.Cmp(v.domain.ChainID) != 0 || st.Verifier != v.domain.Verifier {
		return quorum.Vote{}, fmt.Errorf("%w: chain %v verifier %v", ErrWrongDomain, st.ChainID, st.Verifier)
	}
	v.mu.Lock()
	pre, ok := v.states[st.PreRoot]
	v.mu.Unlock()
	if !ok {
		return quorum.Vote{}, fmt.Errorf("%w: %x", ErrUnknownPre, st.PreRoot)
	}
	post, com, err := zkstate.Apply(pre, batch)
	if err != nil {
		return quorum.Vote{}, fmt.Errorf("%w: %w", ErrDisagree, err)
	}
	if Root(post.Root()) != st.PostRoot || Root(com) != st.Commitment {
		return quorum.Vote{}, fmt.Errorf("%w: computed post %x commitment %x", ErrDisagree, Root(post.Root()), Root(com))
	}
	v.mu.Lock()
	v.keep(post)
	v.mu.Unlock()
	return quorum.SignVote(v.signer, v.domain, st.Hash())
}

// Certify has the committee vote on p through the engine (peers by member
// index; self's own vote, if self ≥ 0, comes from its own voter) and returns
// the trimmed QC under rule.
func Certify(ctx context.Context, e *committee.Engine, rule quorum.Rule, c *quorum.Committee, peers []committee.Peer, self int, own *Voter, p *Proposal) (*quorum.ECDSAQC, error) {
	stmt := p.Encode()
	h := p.Statement.Hash()
	votes, _ := e.Collect(ctx, committee.Request{Kind: Kind, Statement: stmt, Digest: h, Committee: c, Self: self, Peers: peers})
	if self >= 0 && own != nil {
		v, err := own.Vote(ctx, common.Address{}, stmt)
		if err != nil {
			return nil, fmt.Errorf("%w: own vote: %w", ErrNotCertified, err)
		}
		votes = append(votes, v)
	}
	qc, err := committee.Certify(rule, c, p.Statement.Domain(), h, votes, true)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotCertified, err)
	}
	return qc, nil
}
