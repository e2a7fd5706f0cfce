package rollup

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
)

// Mux is the node's peer message router: the rollup's kinds (KindHeader,
// KindProposal, KindLock, KindTx) are registered; other statements the
// same committee certifies register theirs and share the transport.
func (n *Node) Mux() *committee.Mux { return n.mux }

// PeerAuth is what the node's peer server checks envelopes against: its
// enclave as recipient, the committee it follows on L1 as senders.
func (n *Node) PeerAuth() committee.Auth {
	return committee.Auth{
		Domain: n.domain.VoteDomain(), Self: n.enclave.Address(), Now: n.cfg.Now,
		Members: func() *quorum.Committee { return n.member.Load().committee },
	}
}

// NewPeerRPCServer serves the node's peer API (committee.Namespace): every
// request must carry an envelope signed by a current member's enclave for
// this node. Serve it on its own listener, apart from the client API
// (NewRPCServer): only the committee needs to reach it.
func NewPeerRPCServer(node *Node) (*rpc.Server, error) {
	return committee.NewServer(node.Mux(), node.PeerAuth())
}

// LocalPeer reaches a node in the same process.
type LocalPeer struct{ Node *Node }

func (l LocalPeer) peer() committee.LocalPeer { return committee.LocalPeer{Mux: l.Node.Mux()} }

func (l LocalPeer) Vote(ctx context.Context, kind string, statement []byte) (quorum.Vote, error) {
	return l.peer().Vote(ctx, kind, statement)
}

func (l LocalPeer) Fetch(ctx context.Context, kind string, key []byte) ([]byte, error) {
	return l.peer().Fetch(ctx, kind, key)
}

func (l LocalPeer) Deliver(ctx context.Context, kind string, msg []byte) error {
	return l.peer().Deliver(ctx, kind, msg)
}

// headerVoter votes on header proposals (HandleVote).
type headerVoter struct{ n *Node }

func (h headerVoter) Vote(ctx context.Context, _ common.Address, statement []byte) (quorum.Vote, error) {
	p, err := DecodeProposal(statement)
	if err != nil {
		return quorum.Vote{}, err
	}
	v, err := h.n.HandleVote(ctx, p)
	var le *LockError
	if errors.As(err, &le) {
		return quorum.Vote{}, lockRPCError{le}
	}
	return v, err
}

// proposalFetcher serves stored proposals by header hash.
type proposalFetcher struct{ n *Node }

func (f proposalFetcher) Fetch(_ context.Context, _ common.Address, key []byte) ([]byte, error) {
	if len(key) != common.HashLength {
		return nil, fmt.Errorf("%w: %d-byte header hash", ErrMalformedProposal, len(key))
	}
	p, err := f.n.StoredProposal(common.BytesToHash(key))
	if err != nil {
		return nil, err
	}
	return p.Encode(), nil
}

// lockFetcher serves the proposal this node's enclave signed at a height.
type lockFetcher struct{ n *Node }

func (f lockFetcher) Fetch(_ context.Context, _ common.Address, key []byte) ([]byte, error) {
	if len(key) != 8 {
		return nil, fmt.Errorf("%w: %d-byte height", ErrMalformedProposal, len(key))
	}
	p, err := f.n.LockedProposal(binary.BigEndian.Uint64(key))
	if err != nil {
		return nil, err
	}
	return p.Encode(), nil
}

// txReceiver admits gossiped transactions without gossiping further.
type txReceiver struct{ n *Node }

func (r txReceiver) Deliver(ctx context.Context, _ common.Address, msg []byte) error {
	tx, err := DecodeTx(msg)
	if err != nil {
		return err
	}
	_, err = r.n.SubmitTx(ctx, tx, false)
	return err
}

// lockRPCError carries a *LockError over JSON-RPC: code rpcCodeLocked, the
// data the heights and hashes.
type lockRPCError struct{ *LockError }

func (e lockRPCError) Unwrap() error  { return e.LockError }
func (e lockRPCError) ErrorCode() int { return rpcCodeLocked }
func (e lockRPCError) ErrorData() any {
	return rpcLockData{Height: hexutil.Uint64(e.Height), Locked: e.Locked, Asked: e.Asked}
}

type rpcLockData struct {
	Height hexutil.Uint64 `json:"height"`
	Locked common.Hash    `json:"locked"`
	Asked  common.Hash    `json:"asked"`
}

// rpcCodeLocked is the JSON-RPC error code of a *LockError.
const rpcCodeLocked = -32041

// asLockError returns the *LockError err carries, in process or from a
// peer over JSON-RPC (a committee.RemoteError with rpcCodeLocked), or nil.
func asLockError(err error) *LockError {
	var le *LockError
	if errors.As(err, &le) {
		return le
	}
	var re *committee.RemoteError
	if !errors.As(err, &re) || re.Code != rpcCodeLocked {
		return nil
	}
	m, ok := re.Data.(map[string]any)
	if !ok {
		return nil
	}
	var d rpcLockData
	if b, jerr := json.Marshal(m); jerr != nil || json.Unmarshal(b, &d) != nil {
		return nil
	}
	return &LockError{Height: uint64(d.Height), Locked: d.Locked, Asked: d.Asked}
}

// RPCNamespace is the JSON-RPC namespace of a sequencer node's client API
// (NewRPCServer): sendRawTransaction, getAccount, getProof, head.
const RPCNamespace = "teerollup"

// API is a node's client JSON-RPC service (go-ethereum's rpc package, over
// HTTP or WebSocket). It exposes nothing of the peer protocol.
type API struct{ node *Node }

// NewRPCServer serves node's client API. Serve it and the peer API
// (NewPeerRPCServer) on separate listeners: the peer one needs only be
// reachable by the committee.
func NewRPCServer(node *Node) (*rpc.Server, error) {
	s := rpc.NewServer()
	if err := s.RegisterName(RPCNamespace, &API{node: node}); err != nil {
		return nil, err
	}
	return s, nil
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

// SendRawTransaction admits an encoded client transaction and gossips it.
func (a *API) SendRawTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	tx, err := DecodeTx(raw)
	if err != nil {
		return common.Hash{}, err
	}
	return a.node.SubmitTx(ctx, tx, true)
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

// RPCClient reaches a node's client API.
type RPCClient struct{ C *rpc.Client }

// DialClient connects to a node's client RPC endpoint (http://, ws://).
func DialClient(ctx context.Context, url string) (*RPCClient, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	return &RPCClient{C: c}, nil
}

// SendTransaction submits a client transaction to a node.
func (r *RPCClient) SendTransaction(ctx context.Context, tx *Tx) (common.Hash, error) {
	var h common.Hash
	err := r.C.CallContext(ctx, &h, RPCNamespace+"_sendRawTransaction", hexutil.Bytes(tx.Encode()))
	return h, err
}

// GetProof fetches an account and its proof.
func (r *RPCClient) GetProof(ctx context.Context, addr common.Address) (*RPCAccount, error) {
	var out RPCAccount
	return &out, r.C.CallContext(ctx, &out, RPCNamespace+"_getProof", addr)
}

// Head fetches a node's checkpoint.
func (r *RPCClient) Head(ctx context.Context) (*RPCHead, error) {
	var out RPCHead
	return &out, r.C.CallContext(ctx, &out, RPCNamespace+"_head")
}
