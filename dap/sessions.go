package dap

import (
	"crypto/rand"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/dacert"
)

// Default bounds on open MuSig2 signing sessions (Config.MaxSessionsPerHeight,
// Config.MaxSessions).
const (
	DefaultMaxSessionsPerHeight = 4
	DefaultMaxSessions          = 256
)

// SessionID names an open signing session (round 1 → round 2).
type SessionID [16]byte

// sessions holds secret nonces between the two signing rounds. Why bounded:
// dap_certify is reachable by anyone who can hand the DAP a header whose
// data checks out (the replay needs the true parent), so a stranger could
// otherwise open sessions forever. Per height at most perHeight sessions
// stay open (the oldest is dropped: a leader retrying gets a fresh one),
// and at most max overall. A dropped or used session's nonce is gone for
// good: nonces are never reused (dacert.SecNonce.Sign destroys it too).
type sessions struct {
	mu        sync.Mutex
	perHeight int
	max       int
	byID      map[SessionID]*openSession
	order     []SessionID // oldest first
}

type openSession struct {
	height uint64
	digest common.Hash
	sec    *dacert.SecNonce
}

func newSessions(perHeight, max int) *sessions {
	if perHeight <= 0 {
		perHeight = DefaultMaxSessionsPerHeight
	}
	if max <= 0 {
		max = DefaultMaxSessions
	}
	return &sessions{perHeight: perHeight, max: max, byID: map[SessionID]*openSession{}}
}

func (s *sessions) open(height uint64, digest common.Hash, sec *dacert.SecNonce) (SessionID, error) {
	var id SessionID
	if _, err := rand.Read(id[:]); err != nil {
		return id, fmt.Errorf("dap: session id: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, o := range s.order {
		if s.byID[o].height == height {
			n++
		}
	}
	for i := 0; n >= s.perHeight && i < len(s.order); {
		if s.byID[s.order[i]].height == height {
			s.dropAt(i)
			n--
			continue
		}
		i++
	}
	for len(s.order) >= s.max {
		s.dropAt(0)
	}
	s.byID[id] = &openSession{height: height, digest: digest, sec: sec}
	s.order = append(s.order, id)
	return id, nil
}

func (s *sessions) dropAt(i int) {
	delete(s.byID, s.order[i])
	s.order = append(s.order[:i], s.order[i+1:]...)
}

// take removes and returns a session: each serves one round-2 request,
// successful or not.
func (s *sessions) take(id SessionID) (*openSession, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.byID[id]
	if !ok {
		return nil, false
	}
	for i, x := range s.order {
		if x == id {
			s.dropAt(i)
			break
		}
	}
	return o, true
}

func (s *sessions) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.order)
}
