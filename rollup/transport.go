package rollup

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
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

func (l LocalPeer) Locked(_ context.Context, height uint64) (*Proposal, error) {
	return l.Node.LockedProposal(height)
}

func (l LocalPeer) SendTx(ctx context.Context, tx *Tx) error {
	_, err := l.Node.SubmitTx(ctx, tx, false)
	return err
}

// RPCNamespace is the JSON-RPC namespace of a sequencer node's client API
// (NewRPCServer): sendRawTransaction, getAccount, getProof, head.
const RPCNamespace = "teerollup"

// PeerRPCNamespace is the namespace of the sequencer-to-sequencer API
// (NewPeerRPCServer): vote, proposal, relayTransaction.
const PeerRPCNamespace = "teerollupPeer"

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

// PeerAPI is a node's peer JSON-RPC service. Every call carries an
// RPCEnvelope signed by a current committee member's enclave key, checked
// before any other work (ErrPeerAuth otherwise).
type PeerAPI struct{ node *Node }

// NewPeerRPCServer serves node's peer API.
func NewPeerRPCServer(node *Node) (*rpc.Server, error) {
	s := rpc.NewServer()
	if err := s.RegisterName(PeerRPCNamespace, &PeerAPI{node: node}); err != nil {
		return nil, err
	}
	return s, nil
}

// MaxPeerSkew is how far a peer request's timestamp may be from the
// receiver's clock: an envelope replayed later than that is refused.
const MaxPeerSkew = 10 * time.Second

// RPCEnvelope authenticates a peer request: Sig is the sender enclave's
// signature of PeerRequestDigest(sender, method, keccak256(payload),
// Time), Time in unix milliseconds.
type RPCEnvelope struct {
	Sender common.Address `json:"sender"`
	Time   hexutil.Uint64 `json:"time"`
	Sig    hexutil.Bytes  `json:"sig"`
}

// Peer API method names, as signed in envelopes.
const (
	peerMethodVote     = PeerRPCNamespace + "_vote"
	peerMethodProposal = PeerRPCNamespace + "_proposal"
	peerMethodRelay    = PeerRPCNamespace + "_relayTransaction"
	peerMethodLocked   = PeerRPCNamespace + "_locked"
)

// peerAuthError is an authentication failure on the wire.
type peerAuthError struct{ err error }

func (e *peerAuthError) Error() string  { return e.err.Error() }
func (e *peerAuthError) Unwrap() error  { return e.err }
func (e *peerAuthError) ErrorCode() int { return rpcCodePeerAuth }

// lockRPCError carries a *LockError to the leader: the data is the locked
// header's hash and the height.
type lockRPCError struct{ *LockError }

func (e lockRPCError) ErrorCode() int { return rpcCodeLocked }
func (e lockRPCError) ErrorData() any {
	return rpcLockData{Height: hexutil.Uint64(e.Height), Locked: e.Locked, Asked: e.Asked}
}

type rpcLockData struct {
	Height hexutil.Uint64 `json:"height"`
	Locked common.Hash    `json:"locked"`
	Asked  common.Hash    `json:"asked"`
}

// JSON-RPC error codes of the peer API.
const (
	rpcCodePeerAuth = -32040
	rpcCodeLocked   = -32041
)

// authenticate checks a peer request's envelope before any work.
func (a *PeerAPI) authenticate(env *RPCEnvelope, method string, payload []byte) error {
	fail := func(why string, args ...any) error {
		return &peerAuthError{fmt.Errorf("%w: %s", ErrPeerAuth, fmt.Sprintf(why, args...))}
	}
	if env == nil || len(env.Sig) == 0 || env.Sender == (common.Address{}) {
		return fail("unsigned request")
	}
	now := a.node.cfg.Now()
	ts := time.UnixMilli(int64(env.Time))
	if d := now.Sub(ts); d > MaxPeerSkew || d < -MaxPeerSkew {
		return fail("stale envelope: timestamp %s is %s from now", ts.UTC().Format(time.RFC3339Nano), d)
	}
	m := a.node.member.Load()
	if _, ok := m.committee.Index(env.Sender); !ok {
		return fail("%v: sender %s", ErrNotMember, env.Sender)
	}
	digest := PeerRequestDigest(a.node.domain.VoteDomain(), env.Sender, a.node.enclave.Address(), method, crypto.Keccak256Hash(payload), uint64(env.Time))
	signer, err := recoverSigner(digest, env.Sig)
	if err != nil || signer != env.Sender {
		return fail("bad envelope signature")
	}
	return nil
}

// Vote re-executes an encoded proposal and returns this enclave's vote.
func (a *PeerAPI) Vote(ctx context.Context, env *RPCEnvelope, proposal hexutil.Bytes) (*RPCVote, error) {
	if err := a.authenticate(env, peerMethodVote, proposal); err != nil {
		return nil, err
	}
	p, err := DecodeProposal(proposal)
	if err != nil {
		return nil, err
	}
	v, err := a.node.HandleVote(ctx, p)
	if err != nil {
		var le *LockError
		if errors.As(err, &le) {
			return nil, lockRPCError{le}
		}
		return nil, err
	}
	return &RPCVote{HeaderHash: v.HeaderHash, Signer: v.Signer, Sig: v.Sig[:]}, nil
}

// Proposal returns a stored proposal by header hash.
func (a *PeerAPI) Proposal(env *RPCEnvelope, headerHash common.Hash) (hexutil.Bytes, error) {
	if err := a.authenticate(env, peerMethodProposal, headerHash[:]); err != nil {
		return nil, err
	}
	p, err := a.node.StoredProposal(headerHash)
	if err != nil {
		return nil, err
	}
	return p.Encode(), nil
}

// Locked returns the proposal this node's enclave signed at height.
func (a *PeerAPI) Locked(env *RPCEnvelope, height hexutil.Uint64) (hexutil.Bytes, error) {
	if err := a.authenticate(env, peerMethodLocked, binary.BigEndian.AppendUint64(nil, uint64(height))); err != nil {
		return nil, err
	}
	p, err := a.node.LockedProposal(uint64(height))
	if err != nil {
		return nil, err
	}
	return p.Encode(), nil
}

// RelayTransaction admits a gossiped transaction without gossiping further.
func (a *PeerAPI) RelayTransaction(ctx context.Context, env *RPCEnvelope, raw hexutil.Bytes) (common.Hash, error) {
	if err := a.authenticate(env, peerMethodRelay, raw); err != nil {
		return common.Hash{}, err
	}
	tx, err := DecodeTx(raw)
	if err != nil {
		return common.Hash{}, err
	}
	return a.node.SubmitTx(ctx, tx, false)
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

// PeerSigner signs peer request envelopes inside an enclave (*Enclave).
type PeerSigner interface {
	Address() common.Address
	SignPeerRequest(to common.Address, method string, payloadHash common.Hash, ts uint64) ([65]byte, error)
}

// RPCPeer reaches a sequencer's peer API over JSON-RPC, signing every
// request through the dialing node's enclave.
type RPCPeer struct {
	C      *rpc.Client
	Signer PeerSigner
	To     common.Address   // the peer's enclave address, bound into every envelope
	Now    func() time.Time // default time.Now
}

// DialPeer connects to the peer RPC endpoint (http://, ws://) of the
// member whose enclave address is to; from signs the requests (the dialing
// node's Enclave()).
func DialPeer(ctx context.Context, url string, from PeerSigner, to common.Address) (*RPCPeer, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	return &RPCPeer{C: c, Signer: from, To: to}, nil
}

func (r *RPCPeer) envelope(method string, payload []byte) (*RPCEnvelope, error) {
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	ts := uint64(now().UnixMilli())
	sig, err := r.Signer.SignPeerRequest(r.To, method, crypto.Keccak256Hash(payload), ts)
	if err != nil {
		return nil, err
	}
	return &RPCEnvelope{Sender: r.Signer.Address(), Time: hexutil.Uint64(ts), Sig: sig[:]}, nil
}

func (r *RPCPeer) call(ctx context.Context, out any, method string, payload []byte, arg any) error {
	env, err := r.envelope(method, payload)
	if err != nil {
		return err
	}
	return r.C.CallContext(ctx, out, method, env, arg)
}

func (r *RPCPeer) Vote(ctx context.Context, p *Proposal) (quorum.Vote, error) {
	var out RPCVote
	b := p.Encode()
	if err := r.call(ctx, &out, peerMethodVote, b, hexutil.Bytes(b)); err != nil {
		return quorum.Vote{}, fromRPCError(err)
	}
	if len(out.Sig) != 65 {
		return quorum.Vote{}, fmt.Errorf("%w: %d-byte signature from peer", quorum.ErrVote, len(out.Sig))
	}
	v := quorum.Vote{HeaderHash: out.HeaderHash, Signer: out.Signer}
	copy(v.Sig[:], out.Sig)
	return v, nil
}

// fromRPCError restores the typed errors of the peer API.
func fromRPCError(err error) error {
	var ce rpc.Error
	if !errors.As(err, &ce) {
		return err
	}
	switch ce.ErrorCode() {
	case rpcCodeLocked:
		var de rpc.DataError
		if errors.As(err, &de) {
			if m, ok := de.ErrorData().(map[string]any); ok {
				var d rpcLockData
				if b, jerr := json.Marshal(m); jerr == nil && json.Unmarshal(b, &d) == nil {
					return &LockError{Height: uint64(d.Height), Locked: d.Locked, Asked: d.Asked}
				}
			}
		}
	case rpcCodePeerAuth:
		return fmt.Errorf("%w: %s", ErrPeerAuth, err)
	}
	return err
}

func (r *RPCPeer) Proposal(ctx context.Context, h common.Hash) (*Proposal, error) {
	var out hexutil.Bytes
	if err := r.call(ctx, &out, peerMethodProposal, h[:], h); err != nil {
		return nil, fromRPCError(err)
	}
	return DecodeProposal(out)
}

func (r *RPCPeer) Locked(ctx context.Context, height uint64) (*Proposal, error) {
	var out hexutil.Bytes
	if err := r.call(ctx, &out, peerMethodLocked, binary.BigEndian.AppendUint64(nil, height), hexutil.Uint64(height)); err != nil {
		return nil, fromRPCError(err)
	}
	return DecodeProposal(out)
}

func (r *RPCPeer) SendTx(ctx context.Context, tx *Tx) error {
	var h common.Hash
	b := tx.Encode()
	return fromRPCError(r.call(ctx, &h, peerMethodRelay, b, hexutil.Bytes(b)))
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
