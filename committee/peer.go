package committee

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/quorum"
)

// Peer is how a member reaches another member.
type Peer interface {
	// Vote asks the member to evaluate a statement of kind and return its
	// vote on the statement's digest.
	Vote(ctx context.Context, kind string, statement []byte) (quorum.Vote, error)
	// Fetch asks the member for a record of kind by key (a proposal it
	// holds, say, for a member that missed it).
	Fetch(ctx context.Context, kind string, key []byte) ([]byte, error)
	// Deliver hands the member a message of kind (gossip).
	Deliver(ctx context.Context, kind string, msg []byte) error
}

// Voter evaluates statements of one kind: it checks the statement
// independently and signs its digest, or refuses with an error.
type Voter interface {
	Vote(ctx context.Context, from common.Address, statement []byte) (quorum.Vote, error)
}

// Fetcher serves records of one kind by key.
type Fetcher interface {
	Fetch(ctx context.Context, from common.Address, key []byte) ([]byte, error)
}

// Receiver takes delivered messages of one kind.
type Receiver interface {
	Deliver(ctx context.Context, from common.Address, msg []byte) error
}

// Errors of routing.
var (
	// ErrUnknownKind: no handler is registered for the message's kind.
	ErrUnknownKind = errors.New("committee: unknown message kind")
	// ErrUnsupported: the kind's handler does not take this message
	// (e.g. a Fetch to a handler that is only a Voter).
	ErrUnsupported = errors.New("committee: the kind's handler does not take this message")
	// ErrBadHandler: Handle was given no handler, a handler implementing
	// none of Voter, Fetcher, Receiver, an empty or over-long kind, or a
	// kind already taken.
	ErrBadHandler = errors.New("committee: bad handler registration")
)

// MaxKindLen bounds a kind's name.
const MaxKindLen = 64

// Mux routes peer messages by kind to the handler registered for it. Its
// zero value is not usable; use NewMux. It is safe for concurrent use.
type Mux struct {
	mu sync.RWMutex
	h  map[string]any
}

// NewMux returns an empty Mux.
func NewMux() *Mux { return &Mux{h: map[string]any{}} }

// Handle registers h for kind. h must implement at least one of Voter,
// Fetcher and Receiver; each message goes to the matching one.
func (m *Mux) Handle(kind string, h any) error {
	if kind == "" || len(kind) > MaxKindLen {
		return fmt.Errorf("%w: kind %q", ErrBadHandler, kind)
	}
	_, v := h.(Voter)
	_, f := h.(Fetcher)
	_, r := h.(Receiver)
	if h == nil || !(v || f || r) {
		return fmt.Errorf("%w: %T for %q is none of Voter, Fetcher, Receiver", ErrBadHandler, h, kind)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.h[kind]; ok {
		return fmt.Errorf("%w: kind %q already has a handler", ErrBadHandler, kind)
	}
	m.h[kind] = h
	return nil
}

func (m *Mux) handler(kind string) (any, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	h, ok := m.h[kind]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownKind, kind)
	}
	return h, nil
}

// ServeVote routes a vote request.
func (m *Mux) ServeVote(ctx context.Context, from common.Address, kind string, statement []byte) (quorum.Vote, error) {
	h, err := m.handler(kind)
	if err != nil {
		return quorum.Vote{}, err
	}
	v, ok := h.(Voter)
	if !ok {
		return quorum.Vote{}, fmt.Errorf("%w: vote on %q", ErrUnsupported, kind)
	}
	return v.Vote(ctx, from, statement)
}

// ServeFetch routes a fetch.
func (m *Mux) ServeFetch(ctx context.Context, from common.Address, kind string, key []byte) ([]byte, error) {
	h, err := m.handler(kind)
	if err != nil {
		return nil, err
	}
	f, ok := h.(Fetcher)
	if !ok {
		return nil, fmt.Errorf("%w: fetch of %q", ErrUnsupported, kind)
	}
	return f.Fetch(ctx, from, key)
}

// ServeDeliver routes a delivered message.
func (m *Mux) ServeDeliver(ctx context.Context, from common.Address, kind string, msg []byte) error {
	h, err := m.handler(kind)
	if err != nil {
		return err
	}
	r, ok := h.(Receiver)
	if !ok {
		return fmt.Errorf("%w: delivery of %q", ErrUnsupported, kind)
	}
	return r.Deliver(ctx, from, msg)
}

// LocalPeer reaches a member's Mux in the same process, as member From
// (in-process traffic needs no envelope).
type LocalPeer struct {
	Mux  *Mux
	From common.Address
}

func (l LocalPeer) Vote(ctx context.Context, kind string, statement []byte) (quorum.Vote, error) {
	return l.Mux.ServeVote(ctx, l.From, kind, statement)
}

func (l LocalPeer) Fetch(ctx context.Context, kind string, key []byte) ([]byte, error) {
	return l.Mux.ServeFetch(ctx, l.From, kind, key)
}

func (l LocalPeer) Deliver(ctx context.Context, kind string, msg []byte) error {
	return l.Mux.ServeDeliver(ctx, l.From, kind, msg)
}
