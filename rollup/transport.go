package rollup

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/quorum"
)

// LocalPeer reaches a node in the same process.
type LocalPeer struct{ Node *Node }

func (l LocalPeer) Vote(ctx context.Context, p *Proposal) (quorum.Vote, error) {
	return l.Node.HandleVote(ctx, p)
}

func (l LocalPeer) Proposal(_ context.Context, h common.Hash) (*Proposal, error) {
	return l.Node.StoredProposal(h)
}

func (l LocalPeer) SendTx(ctx context.Context, tx *Tx) error {
	_, err := l.Node.SubmitTx(ctx, tx, false)
	return err
}

// RPCNamespace is the JSON-RPC namespace of a sequencer node.
const RPCNamespace = "teerollup"

// API is a node's JSON-RPC service (go-ethereum's rpc package, over HTTP or
// WebSocket): client calls and the sequencer-to-sequencer vote protocol.
type API struct{ node *Node }

// NewRPCServer serves node's API.
func NewRPCServer(node *Node) (*rpc.Server, error) {
	s := rpc.NewServer()
	if err := s.RegisterName(RPCNamespace, &API{node: node}); err != nil {
		return nil, err
	}
	return s, nil
}

// RPCVote is a vote on the wire.
type RPCVote struct {
	HeaderHash common.Hash    `json:"headerHash"`
	Signer     common.Address `json:"signer"`
	Sig        hexutil.Bytes  `json:"sig"`
}

// RPCAccount is an account and, for getProof, its proof.
type RPCAccount struct {
	Root    common.Hash    `json:"root"`
	Address common.Address `json:"address"`
	Balance *hexutil.Big   `json:"balance"`
	Nonce   hexutil.Uint64 `json:"nonce"`
	Proof   hexutil.Bytes  `json:"proof,omitempty"`
}

// RPCHead is a node's checkpoint.
type RPCHead struct {
	Height       hexutil.Uint64 `json:"height"`
	HeaderHash   common.Hash    `json:"headerHash"`
	StateRoot    common.Hash    `json:"stateRoot"`
	DepositIndex hexutil.Uint64 `json:"depositIndex"`
}

// Vote re-executes an encoded proposal and returns this enclave's vote.
func (a *API) Vote(ctx context.Context, proposal hexutil.Bytes) (*RPCVote, error) {
	p, err := DecodeProposal(proposal)
	if err != nil {
		return nil, err
	}
	v, err := a.node.HandleVote(ctx, p)
	if err != nil {
		return nil, err
	}
	return &RPCVote{HeaderHash: v.HeaderHash, Signer: v.Signer, Sig: v.Sig[:]}, nil
}

// Proposal returns a stored proposal by header hash.
func (a *API) Proposal(headerHash common.Hash) (hexutil.Bytes, error) {
	p, err := a.node.StoredProposal(headerHash)
	if err != nil {
		return nil, err
	}
	return p.Encode(), nil
}

// SendRawTransaction admits an encoded client transaction and gossips it.
func (a *API) SendRawTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	tx, err := DecodeTx(raw)
	if err != nil {
		return common.Hash{}, err
	}
	return a.node.SubmitTx(ctx, tx, true)
}

// RelayTransaction admits a gossiped transaction without gossiping further.
func (a *API) RelayTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	tx, err := DecodeTx(raw)
	if err != nil {
		return common.Hash{}, err
	}
	return a.node.SubmitTx(ctx, tx, false)
}

// GetAccount returns an account at the node's latest accepted state.
func (a *API) GetAccount(addr common.Address) (*RPCAccount, error) {
	root, acct, _, err := a.node.Proof(addr)
	if err != nil {
		return nil, err
	}
	return &RPCAccount{Root: root, Address: addr, Balance: (*hexutil.Big)(acct.Balance.ToBig()), Nonce: hexutil.Uint64(acct.Nonce)}, nil
}

// GetProof returns an account with its statetree proof, verifiable on L1.
func (a *API) GetProof(addr common.Address) (*RPCAccount, error) {
	root, acct, p, err := a.node.Proof(addr)
	if err != nil {
		return nil, err
	}
	return &RPCAccount{Root: root, Address: addr, Balance: (*hexutil.Big)(acct.Balance.ToBig()), Nonce: hexutil.Uint64(acct.Nonce), Proof: p.Encode()}, nil
}

// Head returns the node's checkpoint.
func (a *API) Head() RPCHead {
	h := a.node.Head()
	return RPCHead{Height: hexutil.Uint64(h.Height), HeaderHash: h.HeaderHash, StateRoot: h.StateRoot, DepositIndex: hexutil.Uint64(h.DepositIndex)}
}

// RPCPeer reaches a sequencer over JSON-RPC.
type RPCPeer struct{ C *rpc.Client }

// DialPeer connects to a node's RPC endpoint (http://, ws://).
func DialPeer(ctx context.Context, url string) (*RPCPeer, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	return &RPCPeer{C: c}, nil
}

func (r *RPCPeer) Vote(ctx context.Context, p *Proposal) (quorum.Vote, error) {
	var out RPCVote
	if err := r.C.CallContext(ctx, &out, RPCNamespace+"_vote", hexutil.Bytes(p.Encode())); err != nil {
		return quorum.Vote{}, err
	}
	if len(out.Sig) != 65 {
		return quorum.Vote{}, fmt.Errorf("%w: %d-byte signature from peer", quorum.ErrVote, len(out.Sig))
	}
	v := quorum.Vote{HeaderHash: out.HeaderHash, Signer: out.Signer}
	copy(v.Sig[:], out.Sig)
	return v, nil
}

func (r *RPCPeer) Proposal(ctx context.Context, h common.Hash) (*Proposal, error) {
	var out hexutil.Bytes
	if err := r.C.CallContext(ctx, &out, RPCNamespace+"_proposal", h); err != nil {
		return nil, err
	}
	return DecodeProposal(out)
}

func (r *RPCPeer) SendTx(ctx context.Context, tx *Tx) error {
	var h common.Hash
	return r.C.CallContext(ctx, &h, RPCNamespace+"_relayTransaction", hexutil.Bytes(tx.Encode()))
}

// SendTransaction submits a client transaction to a node (client side).
func (r *RPCPeer) SendTransaction(ctx context.Context, tx *Tx) (common.Hash, error) {
	var h common.Hash
	err := r.C.CallContext(ctx, &h, RPCNamespace+"_sendRawTransaction", hexutil.Bytes(tx.Encode()))
	return h, err
}

// GetProof fetches an account and its proof (client side).
func (r *RPCPeer) GetProof(ctx context.Context, addr common.Address) (*RPCAccount, error) {
	var out RPCAccount
	return &out, r.C.CallContext(ctx, &out, RPCNamespace+"_getProof", addr)
}

// Head fetches a node's checkpoint (client side).
func (r *RPCPeer) Head(ctx context.Context) (*RPCHead, error) {
	var out RPCHead
	return &out, r.C.CallContext(ctx, &out, RPCNamespace+"_head")
}
