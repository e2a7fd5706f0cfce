package committee

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/quorum"
)

// Namespace is the JSON-RPC namespace of the peer API: committee_vote,
// committee_fetch, committee_deliver. Serve it on its own listener, apart
// from any client API: only the committee needs to reach it.
const Namespace = "committee"

// Method names as envelopes sign them (with the kind appended).
const (
	methodVote    = Namespace + "_vote"
	methodFetch   = Namespace + "_fetch"
	methodDeliver = Namespace + "_deliver"
)

func signedMethod(method, kind string) string { return method + "/" + kind }

// RPCCodePeerAuth is the JSON-RPC error code of ErrPeerAuth.
const RPCCodePeerAuth = -32040

type authError struct{ err error }

func (e *authError) Error() string  { return e.err.Error() }
func (e *authError) Unwrap() error  { return e.err }
func (e *authError) ErrorCode() int { return RPCCodePeerAuth }

// NewServer serves mux to the committee over JSON-RPC (go-ethereum's rpc
// package, HTTP or WebSocket). Every request is authenticated (Auth)
// before it reaches a handler. A handler's error that implements
// rpc.Error (ErrorCode) and rpc.DataError reaches the caller with its code
// and data (see RemoteError).
func NewServer(mux *Mux, auth Auth) (*rpc.Server, error) {
	if mux == nil {
		return nil, fmt.Errorf("%w: nil mux", ErrBadHandler)
	}
	if err := auth.Validate(); err != nil {
		return nil, err
	}
	s := rpc.NewServer()
	if err := s.RegisterName(Namespace, &service{mux: mux, auth: auth}); err != nil {
		return nil, err
	}
	return s, nil
}

type service struct {
	mux  *Mux
	auth Auth
}

func (s *service) check(env *Envelope, method, kind string, payload []byte) error {
	if err := s.auth.Check(env, signedMethod(method, kind), payload); err != nil {
		return &authError{err}
	}
	return nil
}

// RPCVote is a vote on the wire.
type RPCVote struct {
	HeaderHash common.Hash    `json:"headerHash"`
	Signer     common.Address `json:"signer"`
	Sig        hexutil.Bytes  `json:"sig"`
}

func (s *service) Vote(ctx context.Context, env *Envelope, kind string, statement hexutil.Bytes) (*RPCVote, error) {
	if err := s.check(env, methodVote, kind, statement); err != nil {
		return nil, err
	}
	v, err := s.mux.ServeVote(ctx, env.Sender, kind, statement)
	if err != nil {
		return nil, err
	}
	return &RPCVote{HeaderHash: v.HeaderHash, Signer: v.Signer, Sig: v.Sig[:]}, nil
}

func (s *service) Fetch(ctx context.Context, env *Envelope, kind string, key hexutil.Bytes) (hexutil.Bytes, error) {
	if err := s.check(env, methodFetch, kind, key); err != nil {
		return nil, err
	}
	return s.mux.ServeFetch(ctx, env.Sender, kind, key)
}

func (s *service) Deliver(ctx context.Context, env *Envelope, kind string, msg hexutil.Bytes) error {
	if err := s.check(env, methodDeliver, kind, msg); err != nil {
		return err
	}
	return s.mux.ServeDeliver(ctx, env.Sender, kind, msg)
}

// RPCPeer reaches a member's peer API over JSON-RPC, sealing every request
// with an envelope from Signer (the dialing member's enclave) for To (the
// member's enclave address).
type RPCPeer struct {
	C      *rpc.Client
	Signer EnvelopeSigner
	To     common.Address
	Now    func() time.Time // default time.Now
}

// Dial connects to the peer API at url (http://, ws://) of the member
// whose enclave address is to; from seals the requests.
func Dial(ctx context.Context, url string, from EnvelopeSigner, to common.Address) (*RPCPeer, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	return &RPCPeer{C: c, Signer: from, To: to}, nil
}

func (r *RPCPeer) call(ctx context.Context, out any, method, kind string, payload []byte) error {
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	env, err := Seal(r.Signer, r.To, signedMethod(method, kind), payload, now())
	if err != nil {
		return err
	}
	return fromRPC(r.C.CallContext(ctx, out, method, env, kind, hexutil.Bytes(payload)))
}

func (r *RPCPeer) Vote(ctx context.Context, kind string, statement []byte) (quorum.Vote, error) {
	var out RPCVote
	if err := r.call(ctx, &out, methodVote, kind, statement); err != nil {
		return quorum.Vote{}, err
	}
	if len(out.Sig) != 65 {
		return quorum.Vote{}, fmt.Errorf("%w: %d-byte signature from peer", quorum.ErrVote, len(out.Sig))
	}
	v := quorum.Vote{HeaderHash: out.HeaderHash, Signer: out.Signer}
	copy(v.Sig[:], out.Sig)
	return v, nil
}

func (r *RPCPeer) Fetch(ctx context.Context, kind string, key []byte) ([]byte, error) {
	var out hexutil.Bytes
	if err := r.call(ctx, &out, methodFetch, kind, key); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *RPCPeer) Deliver(ctx context.Context, kind string, msg []byte) error {
	return r.call(ctx, nil, methodDeliver, kind, msg)
}

// Close closes the connection.
func (r *RPCPeer) Close() { r.C.Close() }

// RemoteError is an error a member's handler returned over JSON-RPC, with
// its code and data (nil if none). ErrPeerAuth comes back as itself.
type RemoteError struct {
	Code    int
	Message string
	Data    any
}

func (e *RemoteError) Error() string {
	return fmt.Sprintf("committee: peer error %d: %s", e.Code, e.Message)
}

func fromRPC(err error) error {
	if err == nil {
		return nil
	}
	var ce rpc.Error
	if !errors.As(err, &ce) {
		return err
	}
	if ce.ErrorCode() == RPCCodePeerAuth {
		return fmt.Errorf("%w: %s", ErrPeerAuth, err)
	}
	re := &RemoteError{Code: ce.ErrorCode(), Message: err.Error()}
	var de rpc.DataError
	if errors.As(err, &de) {
		re.Data = de.ErrorData()
	}
	return re
}
