package rollup

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/statetree"
)

// The kinds of peer message a sequencer node handles (committee.Mux):
// votes on header proposals, fetches of proposals (by header hash) and of
// lock proposals (by height), and transaction gossip. Other statements
// (integrity reports, multi-proof attestations) register their own kinds on
// the same Mux (Node.Mux) and share the transport.
const (
	KindHeader   = "rollup/header"   // Vote: an encoded Proposal
	KindProposal = "rollup/proposal" // Fetch: header hash → encoded Proposal
	KindLock     = "rollup/lock"     // Fetch: height (8 bytes) → the encoded Proposal this enclave signed there
	KindTx       = "rollup/tx"       // Deliver: an encoded client Tx
)

// Forced is a transaction the next batch must include because a client
// escalated it to the TSC (§V-E); ID is the on-chain challenge id.
type Forced struct {
	ID uint64
	Tx *Tx
}

// ForcedSource is the host's view of the TSC's open challenges
// (challenge.Responder implements it).
type ForcedSource interface {
	// Pending yields the open challenges a leader must answer.
	Pending(ctx context.Context) ([]Forced, error)
	// Lookup returns a challenge's transaction by id.
	Lookup(id uint64) (Forced, bool)
}

func (n *Node) lookup(id uint64) (Forced, bool) {
	if n.cfg.Forced == nil {
		return Forced{}, false
	}
	return n.cfg.Forced.Lookup(id)
}

// Publisher makes accepted heights' data available (dap.Client does).
type Publisher interface {
	Upload(ctx context.Context, h *Header, d *BatchData) error
}

// Config configures a sequencer node. Committee, Rule, Key, L1 and Store are
// required; the rest have defaults.
type Config struct {
	// Index is this node's member index in Committee. It is derived from
	// Key (the member with the enclave's address); a nonzero Index that
	// names another member is refused, so a misconfigured node fails at
	// start instead of voting under another member's slot.
	Index     int
	Committee *quorum.Committee
	Rule      quorum.Rule
	Key       EnclaveKey // the enclave key (inside the TEE)
	L1        *L1
	// Submitter sends certified headers to L1; nil makes a node that
	// votes and serves but never submits.
	Submitter *bind.TransactOpts
	// Store holds the node's account tree replica; KV its checkpoint,
	// proposals and mempool. Both may live in one Pebble database.
	Store statetree.Store
	KV    KV
	// Genesis is the state the TSC starts from (zero: empty tree).
	Genesis common.Hash

	Schedule      LeaderSchedule // default RoundRobin over the committee
	BatchSize     int            // max transactions per batch, default 2000
	BatchInterval time.Duration  // how long a leader waits to fill a batch, default 100ms
	RoundTimeout  time.Duration  // no L1 progress this long moves to the next round, default 5s
	PollInterval  time.Duration  // L1 polling period, default 50ms
	VoteTimeout   time.Duration  // how long a leader waits for votes, default 5s
	MempoolSize   int            // default 100,000
	// NonceWindow: the mempool admits a transaction whose nonce is in
	// [account nonce, account nonce + NonceWindow) at the checkpoint
	// (default DefaultNonceWindow). MaxPendingPerSender caps each
	// sender's pending transactions (default DefaultMaxPendingPerSender).
	NonceWindow         int
	MaxPendingPerSender int
	// FullQC submits every vote received; by default a leader trims the QC
	// to a minimal signer set that satisfies the rule, which costs the
	// same security (the rule is the guarantee) and less gas.
	FullQC bool
	Forced ForcedSource // nil: no challenge game
	// Publisher receives every accepted header with its metadata, in
	// height order (a dap.Client uploads them to every DAP); nil publishes
	// nothing.
	Publisher Publisher
	// DA obtains a DA certificate for every header this node submits,
	// after its QC is built and before updateState (see daCertificate).
	// Required when governance installed a DA set; nil submits without one
	// (deployments without DAPs).
	DA     DACertifier
	Logger *slog.Logger
	Now    func() time.Time

	// Confirmations is how deep an L1 block must be (below the block
	// Finality names) before the node acts on its events; 0 (dev chains)
	// acts on the head. Reorgs shallower than that never reach the node;
	// deeper ones are detected and rolled back (see Sync).
	Confirmations uint64
	// Finality names the L1 block the node follows: the head (default),
	// or the consensus layer's safe or finalized block.
	Finality Finality
	// LogRange caps the blocks one log query spans (providers limit
	// eth_getLogs), default DefaultLogRange.
	LogRange uint64
	// FromBlock is the first L1 block a fresh node scans (the TSC's
	// deployment); 0 asks L1.DeployBlock. A restarted node continues from
	// its stored cursor.
	FromBlock uint64
	// Observer receives events for metrics (see Observer); nil: none.
	Observer Observer
	// Equivocations receives the equivocations this node sees, with
	// their evidence (an EquivocationReporter slashes them); nil: none.
	Equivocations EquivocationSink

	defaultSchedule bool // Schedule was defaulted: it follows the committee's size
}

func (c *Config) withDefaults() (Config, error) {
	cfg := *c // never mutate the caller's config
	if cfg.Committee == nil || cfg.Rule == nil || cfg.Key == nil || cfg.L1 == nil || cfg.Store == nil || cfg.KV == nil {
		return cfg, fmt.Errorf("%w: a node needs Committee, Rule, Key, L1, Store and KV", ErrConfig)
	}
	idx, ok := cfg.Committee.Index(cfg.Key.Address())
	if !ok {
		return cfg, fmt.Errorf("%w: enclave %s is not a member of the configured committee", ErrConfig, cfg.Key.Address())
	}
	if cfg.Index != 0 && cfg.Index != idx {
		return cfg, fmt.Errorf("%w: index %d, but the enclave key %s is member %d", ErrConfig, cfg.Index, cfg.Key.Address(), idx)
	}
	cfg.Index = idx
	if cfg.Schedule == nil {
		cfg.Schedule = RoundRobin{N: len(cfg.Committee.Members)}
		cfg.defaultSchedule = true
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&cfg.BatchInterval, 100*time.Millisecond)
	def(&cfg.RoundTimeout, 5*time.Second)
	def(&cfg.PollInterval, 50*time.Millisecond)
	def(&cfg.VoteTimeout, 5*time.Second)
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 2000
	}
	if cfg.LogRange == 0 {
		cfg.LogRange = DefaultLogRange
	}
	if cfg.MempoolSize <= 0 {
		cfg.MempoolSize = 100_000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return cfg, nil
}

// ErrConfig: a node's Config is incomplete or inconsistent.
var ErrConfig = errors.New("rollup: bad node config")

// KV key prefixes.
var (
	keyHead     = []byte("node/head")
	prefixProp  = []byte("node/prop/") // ‖ height(8) ‖ header hash: proposals, pruned by height
	prefixPropH = []byte("node/ph/")   // ‖ header hash → height: the index by hash
	prefixTx    = []byte("node/tx/")
	keyL1Cursor = []byte("node/l1cursor")
	keyL1Trail  = []byte("node/l1trail") // the blocks and acceptances a reorg may undo (l1Trail)
)

// Node is a sequencer: host code (mempool, L1 watching, proposing,
// collecting votes, submitting) around an Enclave.
//
// Clients and peers reach the mempool only through SubmitTx, which admits a
// transaction only if its sender's account at the node's checkpoint can pay
// it on top of the sender's pending transactions, its nonce is within
// NonceWindow of the account's, and the sender has fewer than
// MaxPendingPerSender pending; the signature is recovered only after these
// cheap checks pass. A stranger without a funded account therefore makes a
// node do one state read per message and store nothing; the node's storage
// for pending transactions is bounded by MempoolSize and, per funded
// account, by MaxPendingPerSender. When a header is accepted the node
// evicts, from memory and KV, the pending transactions of the batch's
// senders that can no longer apply; leaders batch only transactions whose
// nonces follow without a gap.
type Node struct {
	cfg             Config
	defaultSchedule bool
	domain          Domain
	enclave         *Enclave
	mempool         *Mempool
	deposits        *depositView
	// member is the committee this node serves in, as L1 last installed
	// it; peers maps members to their transport (SetPeers).
	member atomic.Pointer[membership]
	pmu    sync.Mutex
	peers  map[common.Address]committee.Peer
	mux    *committee.Mux
	engine *committee.Engine

	syncMu     sync.Mutex // serializes L1 sync
	cursor     uint64     // next L1 block to scan
	trail      l1Trail    // what the node derived from which L1 blocks (under syncMu)
	members    []memberChange
	mu         sync.Mutex
	round      uint64
	progress   time.Time         // when the checkpoint last moved
	lastTry    time.Time         // when this node last proposed
	tried      map[uint64]uint64 // height -> round this node proposed in
	proposedAt map[common.Hash]time.Time
	// included remembers transactions in accepted headers, so a late gossip
	// copy is not admitted again (it would only fail as a used nonce).
	included map[common.Hash]struct{}
	evidence []error
	// seen is, per height above the checkpoint, the header each proposer
	// signed there (an honest enclave signs one): a second one is refused
	// before execution, so what a node executes and keeps for proposals is
	// bounded per height and per proposer.
	seen map[uint64]map[common.Address]seenHeader
	// voted holds this node's votes above the checkpoint (one header per
	// height: the enclave's lock), so a vote request replayed within the
	// envelope's time window is answered without executing again.
	voted map[common.Hash]quorum.Vote
	// ready is when this node first wanted to propose at readyKey (height,
	// round): schedules with several leaders per round stagger them.
	ready    time.Time
	readyKey [2]uint64

	stats Stats
}

// Stats are a node's counters.
type Stats struct {
	Proposed, Submitted, Accepted, TxsAccepted uint64
	// Latencies are, for each accepted header this node proposed, the time
	// from building its batch to seeing it accepted on L1.
	Latencies []time.Duration
	// Reorgs counts the L1 reorganizations the node rolled back;
	// L1Block is the last L1 block it acted on.
	Reorgs, L1Block uint64
}

// depositView is the host's view of the L1 deposit queue.
type depositView struct {
	mu   sync.RWMutex
	byIx map[uint64]DepositEvent
	n    uint64 // deposits seen, contiguous from 0
}

func (d *depositView) Deposit(i uint64) (common.Address, *uint256.Int, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	e, ok := d.byIx[i]
	if !ok {
		return common.Address{}, nil, false
	}
	return e.To, e.Value, true
}

func (d *depositView) add(e DepositEvent) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.byIx[e.Index] = e
	for {
		if _, ok := d.byIx[d.n]; !ok {
			return
		}
		d.n++
	}
}

func (d *depositView) count() uint64 {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.n
}

// NewNode opens a node: it restores the checkpoint and mempool from KV
// (or starts from genesis) and is ready to Run.
func NewNode(ctx context.Context, c Config) (*Node, error) {
	cfg, err := c.withDefaults()
	if err != nil {
		return nil, err
	}
	d, err := cfg.L1.Domain(ctx)
	if err != nil {
		return nil, err
	}
	n := &Node{
		cfg: cfg, domain: d, mempool: NewMempoolLimits(cfg.MempoolSize, cfg.NonceWindow, cfg.MaxPendingPerSender),
		deposits: &depositView{byIx: map[uint64]DepositEvent{}},
		tried:    map[uint64]uint64{}, progress: cfg.Now(), proposedAt: map[common.Hash]time.Time{}, included: map[common.Hash]struct{}{},
		peers: map[common.Address]committee.Peer{}, defaultSchedule: cfg.defaultSchedule, seen: map[uint64]map[common.Address]seenHeader{},
		voted: map[common.Hash]quorum.Vote{},
	}
	n.engine = &committee.Engine{Domain: d.VoteDomain(), Timeout: cfg.VoteTimeout, Logger: cfg.Logger, Evidence: n.record}
	n.mux = committee.NewMux()
	for kind, h := range map[string]any{KindHeader: headerVoter{n}, KindProposal: proposalFetcher{n}, KindLock: lockFetcher{n}, KindTx: txReceiver{n}} {
		if err := n.mux.Handle(kind, h); err != nil {
			return nil, err
		}
	}
	n.install(0, cfg.Committee, cfg.Rule)
	head := Checkpoint{StateRoot: cfg.Genesis}
	switch b, err := cfg.KV.Get(keyHead); {
	case err == nil:
		if head, err = DecodeCheckpoint(b); err != nil {
			return nil, err
		}
	case !errors.Is(err, ErrNotFound):
		return nil, err
	}
	if err := n.restoreCursor(ctx); err != nil {
		return nil, err
	}
	if err := n.restoreDeposits(ctx); err != nil {
		return nil, err
	}
	if n.enclave, err = OpenEnclave(cfg.Key, d, cfg.Store, n.deposits, head, cfg.KV); err != nil {
		return nil, err
	}
	// Transactions admitted before a crash stay in the mempool if they
	// can still apply at the checkpoint (the same admission rules as
	// SubmitTx, without the signature, which execution checks): a
	// client's transaction is never lost, and one that can no longer
	// apply is dropped from the KV as well.
	n.mempool.Evict(head.Height)
	var drop [][]byte
	err = cfg.KV.Scan(prefixTx, func(k, v []byte) error {
		tx, err := DecodeTx(v)
		if err == nil {
			err = tx.Validate()
		}
		if err != nil {
			return err
		}
		acct, err := n.accountAt(head, tx.From)
		if err != nil {
			return err
		}
		if err := n.mempool.admit(tx, tx.Hash(), acct, head.Height); err != nil && !errors.Is(err, ErrKnownTx) {
			drop = append(drop, slices.Clone(k))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rollup: restore mempool: %w", err)
	}
	for _, k := range drop {
		if err := cfg.KV.Delete(k); err != nil {
			return nil, fmt.Errorf("rollup: restore mempool: %w", err)
		}
	}
	return n, nil
}

// SetPeers sets the committee's peers, indexed like the committee the node
// currently serves in (the node's own index may hold a LocalPeer to
// itself; it is never asked). Peers are kept by member address, so they
// survive committee changes that keep the member. It may be called while
// the node runs, e.g. when a peer restarts.
func (n *Node) SetPeers(peers []committee.Peer) {
	m := n.member.Load()
	n.pmu.Lock()
	defer n.pmu.Unlock()
	for i, p := range peers {
		if i < len(m.committee.Members) {
			n.peers[m.committee.Members[i].Addr] = p
		}
	}
}

// peerList returns the current committee's peers, aligned with its members
// (nil where none is known).
func (n *Node) peerList(m *membership) []committee.Peer {
	n.pmu.Lock()
	defer n.pmu.Unlock()
	out := make([]committee.Peer, len(m.committee.Members))
	for i, mem := range m.committee.Members {
		out[i] = n.peers[mem.Addr]
	}
	return out
}

// membership is the committee a node serves in, as L1 installed it.
type membership struct {
	epoch     uint64 // 0: from Config, not yet seen on L1
	committee *quorum.Committee
	rule      quorum.Rule
	index     int // this node's position in committee; -1 if not a member
	schedule  LeaderSchedule
	withdrawn bool // L1 holds no committee: nothing can be certified
}

// withdraw records that L1 withdrew the committee: the node stops
// proposing until a committee is installed again.
func (n *Node) withdraw(epoch uint64) {
	m := *n.member.Load()
	m.epoch, m.withdrawn = epoch, true
	n.member.Store(&m)
}

// Committee is the committee and rule the node currently serves under, and
// the L1 epoch that installed them (0 until the node has seen one).
func (n *Node) Committee() (*quorum.Committee, quorum.Rule, uint64) {
	m := n.member.Load()
	return m.committee, m.rule, m.epoch
}

// install makes (c, rule) the node's committee. A node whose key is not a
// member keeps syncing and serving clients but neither proposes nor votes.
func (n *Node) install(epoch uint64, c *quorum.Committee, rule quorum.Rule) {
	m := &membership{epoch: epoch, committee: c, rule: rule, index: -1, schedule: n.cfg.Schedule}
	for i, mem := range c.Members {
		if mem.Addr == n.cfg.Key.Address() {
			m.index = i
		}
	}
	if n.defaultSchedule {
		m.schedule = RoundRobin{N: len(c.Members)}
	}
	n.member.Store(m)
}

// Head is the node's checkpoint.
func (n *Node) Head() Checkpoint { return n.enclave.Head() }

// Enclave returns the node's enclave.
func (n *Node) Enclave() *Enclave { return n.enclave }

// Stats returns the node's counters.
func (n *Node) Stats() Stats {
	n.mu.Lock()
	defer n.mu.Unlock()
	s := n.stats
	s.Latencies = slices.Clone(s.Latencies)
	return s
}

// Evidence returns misbehaviour this node observed (e.g. *MismatchError,
// *WrongVoteError), oldest first.
func (n *Node) Evidence() []error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.evidence)
}

func (n *Node) record(err error) {
	n.mu.Lock()
	n.evidence = append(n.evidence, err)
	n.mu.Unlock()
	n.cfg.Logger.Warn("evidence", "err", err)
}

// SubmitTx admits a client transaction, stores it durably, and gossips it
// to the peers when gossip is true. A peer's gossip arrives here too
// (LocalPeer.SendTx, API.RelayTransaction) and passes the same admission;
// only an admitted transaction is gossiped on.
//
// Admission, cheapest first, so that what a transaction costs the node
// grows only once it has shown it may be worth it:
//
//  1. stateless checks (Validate; no deposits) and duplicates (pending, or
//     in a recently accepted header): no state read, no recovery;
//  2. the Mempool rules against the claimed sender's account at the
//     checkpoint (one tree read): the balance covers the value on top of
//     the sender's pending values (ErrUnpayable: a fresh, empty key stops
//     here), the nonce is in the window (ErrNonceWindow), the sender is
//     under its cap (ErrSenderCap), the nonce is not already pending
//     (ErrNonceTaken);
//  3. only then the signature recovery in the enclave (ErrBadSignature),
//     which confirms the claimed sender;
//  4. the Mempool rules again under its lock (another transaction of the
//     sender, or a new checkpoint, may have come in meanwhile), and the
//     bound (ErrMempoolFull; a ready transaction may replace a gapped one).
//
// So a stranger without a funded account makes a node do at most one tree
// read per message and store nothing; a signature recovery is spent only
// on a message that names a funded account with a nonce in its window, and
// storage only on transactions that account's key signed, at most
// MaxPendingPerSender per account and MempoolSize in all.
func (n *Node) SubmitTx(ctx context.Context, tx *Tx, gossip bool) (common.Hash, error) {
	h, err := n.submitTx(ctx, tx, gossip)
	if n.cfg.Observer != nil {
		n.cfg.Observer.TxAdmission(err)
	}
	return h, err
}

func (n *Node) submitTx(ctx context.Context, tx *Tx, gossip bool) (common.Hash, error) {
	if err := tx.Validate(); err != nil {
		return common.Hash{}, err
	}
	if tx.Type == TxDeposit {
		return common.Hash{}, fmt.Errorf("%w: deposits come from L1, not clients", ErrInvalidTx)
	}
	h := tx.Hash()
	n.mu.Lock()
	_, done := n.included[h]
	n.mu.Unlock()
	if done {
		return h, fmt.Errorf("%w: already in an accepted header", ErrKnownTx)
	}
	if n.mempool.Has(h) {
		return h, ErrKnownTx // before the signature check: duplicates cost no recovery
	}
	err := errStaleView
	for try := 0; errors.Is(err, errStaleView) && try < 3; try++ {
		head := n.Head()
		var acct statetree.Account
		if acct, err = n.accountAt(head, tx.From); err != nil {
			return h, err
		}
		// The state checks before the signature: a transaction that
		// could not be admitted costs no recovery.
		n.mempool.mu.Lock()
		err = n.mempool.check(tx, h, acct)
		n.mempool.mu.Unlock()
		if err != nil {
			return h, err
		}
		// The enclave checks the signature on admission (keeping spam
		// out of the mempool) and remembers it, so execution does not
		// pay twice.
		if err := n.enclave.admit(tx, h); err != nil {
			return h, err
		}
		err = n.mempool.admit(tx, h, acct, head.Height)
	}
	if errors.Is(err, errStaleView) {
		err = fmt.Errorf("%w: the checkpoint kept moving during admission", ErrMempoolFull)
	}
	if err != nil {
		return h, err
	}
	if err := n.cfg.KV.Put(append(slices.Clone(prefixTx), h[:]...), tx.Encode()); err != nil {
		n.mempool.Remove(h)
		return h, err
	}
	if gossip {
		// To every peer at once: one after the other, a client's call
		// took (members − 1) round trips (a second at 20 members 25 ms
		// apart); in parallel it takes the slowest one.
		m := n.member.Load()
		raw := tx.Encode()
		var wg sync.WaitGroup
		for i, p := range n.peerList(m) {
			if i == m.index || p == nil {
				continue
			}
			wg.Go(func() {
				if err := p.Deliver(ctx, KindTx, raw); err != nil && !errors.Is(err, ErrKnownTx) {
					n.cfg.Logger.Debug("gossip", "peer", i, "err", err)
				}
			})
		}
		wg.Wait()
	}
	return h, nil
}

// Account returns an account at the node's checkpoint.
func (n *Node) Account(addr common.Address) (statetree.Account, error) {
	return n.accountAt(n.Head(), addr)
}

func (n *Node) accountAt(head Checkpoint, addr common.Address) (statetree.Account, error) {
	t, err := statetree.New(n.cfg.Store, head.StateRoot)
	if err != nil {
		return statetree.Account{}, err
	}
	a, err := t.Get(addr)
	a.Address = addr
	return a, err
}

// Mempool returns the node's mempool.
func (n *Node) Mempool() *Mempool { return n.mempool }

// Proof returns an account and its proof at the node's checkpoint root.
func (n *Node) Proof(addr common.Address) (common.Hash, statetree.Account, *statetree.Proof, error) {
	root := n.Head().StateRoot
	t, err := statetree.New(n.cfg.Store, root)
	if err != nil {
		return root, statetree.Account{}, nil, err
	}
	a, p, err := t.GetWithProof(addr)
	return root, a, p, err
}

func propKey(height uint64, h common.Hash) []byte {
	k := binary.BigEndian.AppendUint64(slices.Clone(prefixProp), height)
	return append(k, h[:]...)
}

func propIndexKey(h common.Hash) []byte { return append(slices.Clone(prefixPropH), h[:]...) }

// storeProposal keeps a proposal this node executed, by height and hash.
func (n *Node) storeProposal(p *Proposal, hh common.Hash) error {
	if err := n.cfg.KV.Put(propKey(p.Header.Height, hh), p.Encode()); err != nil {
		return err
	}
	return n.cfg.KV.Put(propIndexKey(hh), binary.BigEndian.AppendUint64(nil, p.Header.Height))
}

// StoredProposal returns a proposal this node executed.
func (n *Node) StoredProposal(h common.Hash) (*Proposal, error) {
	hb, err := n.cfg.KV.Get(propIndexKey(h))
	if err != nil {
		return nil, err
	}
	if len(hb) != 8 {
		return nil, fmt.Errorf("%w: proposal index", ErrMalformedProposal)
	}
	b, err := n.cfg.KV.Get(propKey(binary.BigEndian.Uint64(hb), h))
	if err != nil {
		return nil, err
	}
	return DecodeProposal(b)
}

// LockedProposal returns the stored proposal of the header this node's
// enclave signed at height, or ErrNotFound.
func (n *Node) LockedProposal(height uint64) (*Proposal, error) {
	hh, ok := n.enclave.Locked(height)
	if !ok {
		return nil, fmt.Errorf("%w: no lock at height %d", ErrNotFound, height)
	}
	return n.StoredProposal(hh)
}

// HandleVote is the follower side: authenticate the proposal, re-execute
// and vote. Before executing or storing anything it checks, cheapest
// first, that the proposal is signed (ErrUnsignedProposal,
// ErrProposalSignature) by a member of the committee this node follows on
// L1 (ErrNotMember) that the schedule makes leader at the proposal's
// height and round (ErrNotLeader, ErrFutureRound), that it extends the
// checkpoint (ErrStaleProposal), and that the proposer signed no other
// header at that height (*EquivocationError, kept as evidence); the
// enclave then refuses a header other than the one it is locked on
// (*LockError).
func (n *Node) HandleVote(ctx context.Context, p *Proposal) (quorum.Vote, error) {
	if p == nil || p.Header == nil {
		return quorum.Vote{}, fmt.Errorf("%w: empty proposal", ErrMalformedProposal)
	}
	proposer, err := n.authenticate(p)
	if err != nil {
		return quorum.Vote{}, err
	}
	// A proposal can run ahead of this node's view of L1: a header we have
	// not seen accepted yet, or deposits we have not seen queued. Catch up
	// once before judging it, so that lag is not mistaken for a bad
	// proposal (and recorded as evidence against an honest leader).
	if p.Header.Height > n.Head().Height+1 || n.deposits.count() < depositsNeeded(p.Batch) || n.unknownChallenge(p.Header) {
		if err := n.Sync(ctx); err != nil {
			return quorum.Vote{}, err
		}
		if need := depositsNeeded(p.Batch); n.deposits.count() < need {
			return quorum.Vote{}, fmt.Errorf("%w: the batch credits deposit %d, this node has seen %d", ErrDepositUnseen, need-1, n.deposits.count())
		}
	}
	head := n.Head()
	if p.Header.Height != head.Height+1 || p.Header.ParentHash != head.HeaderHash {
		return quorum.Vote{}, fmt.Errorf("%w: proposal at height %d on %s, checkpoint at %d is %s",
			ErrStaleProposal, p.Header.Height, p.Header.ParentHash, head.Height, head.HeaderHash)
	}
	if err := n.see(proposer, p); err != nil {
		return quorum.Vote{}, err
	}
	hh := p.Header.Hash()
	n.mu.Lock()
	v, ok := n.voted[hh]
	n.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err = n.enclave.Vote(p, n.lookup)
	if err != nil {
		var me *MismatchError
		if errors.As(err, &me) {
			n.record(err)
		}
		return quorum.Vote{}, err
	}
	// Keep what we signed: when the header is accepted we move on from it,
	// also after a restart.
	if err := n.storeProposal(p, v.HeaderHash); err != nil {
		return quorum.Vote{}, err
	}
	n.mu.Lock()
	n.voted[hh] = v
	n.mu.Unlock()
	return v, nil
}

// authenticate returns the proposer of p if it is a current committee
// member that leads at p's height and round.
func (n *Node) authenticate(p *Proposal) (common.Address, error) {
	proposer, err := p.Proposer(n.domain.VoteDomain())
	if err != nil {
		return common.Address{}, err
	}
	m := n.member.Load()
	if m.withdrawn {
		return common.Address{}, fmt.Errorf("%w: no committee on L1", ErrNotMember)
	}
	idx, ok := m.committee.Index(proposer)
	if !ok {
		return common.Address{}, fmt.Errorf("%w: proposer %s", ErrNotMember, proposer)
	}
	if !m.schedule.IsLeader(idx, p.Header.Height, p.Round, p.Header.ParentHash) {
		return common.Address{}, fmt.Errorf("%w: member %d at height %d, round %d", ErrNotLeader, idx, p.Header.Height, p.Round)
	}
	n.mu.Lock()
	round := n.round
	n.mu.Unlock()
	if p.Round > round+1 {
		return common.Address{}, fmt.Errorf("%w: round %d, this node is at %d", ErrFutureRound, p.Round, round)
	}
	return proposer, nil
}

type seenHeader struct {
	hash         common.Hash
	depositIndex uint64
	p            *Proposal
}

// see records that proposer signed h at h's height (the next one); a
// different header from the same proposer there is equivocation, unless
// the first can never be accepted (the enclave's lock on it is void).
func (n *Node) see(proposer common.Address, p *Proposal) error {
	h := p.Header
	hh := h.Hash()
	n.mu.Lock()
	byProposer := n.seen[h.Height]
	if byProposer == nil {
		byProposer = map[common.Address]seenHeader{}
		n.seen[h.Height] = byProposer
	}
	first, ok := byProposer[proposer]
	if ok && first.hash != hh && n.deposits.count() >= first.depositIndex+DepositHistory {
		ok = false
	}
	if !ok {
		byProposer[proposer] = seenHeader{hash: hh, depositIndex: h.DepositIndex, p: p}
	}
	n.mu.Unlock()
	if ok && first.hash != hh {
		err := &EquivocationError{Proposer: proposer, Height: h.Height, First: first.hash, Second: hh, FirstProposal: first.p, SecondProposal: p}
		n.record(err)
		n.equivocated(err)
		return err
	}
	return nil
}

func (n *Node) unknownChallenge(h *Header) bool {
	_, err := forcedOf(h, n.lookup)
	return err != nil
}

// ErrDepositUnseen: a proposal credits deposits this node has not seen on L1
// yet; it declines to vote for now (lag, not misbehaviour).
var ErrDepositUnseen = errors.New("rollup: proposal credits deposits not yet seen on L1")

// depositsNeeded is one past the highest deposit index a batch credits.
func depositsNeeded(batch []*Tx) uint64 {
	var need uint64
	for _, tx := range batch {
		if tx.Type == TxDeposit && tx.Index+1 > need {
			need = tx.Index + 1
		}
	}
	return need
}

// Run drives the node until ctx ends: L1 sync, rounds and leadership.
func (n *Node) Run(ctx context.Context) error {
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := n.Sync(ctx); err != nil && ctx.Err() == nil {
			n.cfg.Logger.Warn("l1 sync", "err", err)
		}
		n.tick(ctx)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (n *Node) accept(ctx context.Context, a AcceptedEvent) error {
	head := n.Head()
	if a.Height <= head.Height {
		return nil // already applied (replayed blocks after a restart)
	}
	p, err := n.StoredProposal(a.HeaderHash)
	if err != nil {
		p, err = n.fetchProposal(ctx, a.HeaderHash)
		if err != nil {
			return fmt.Errorf("rollup: accepted header %d (%s) is unknown here: %w", a.Height, a.HeaderHash, err)
		}
	}
	if err := n.enclave.Accept(p.Header); errors.Is(err, statetree.ErrMissingNode) {
		err = n.enclave.AcceptBatch(p.Header, p.Batch, n.lookup)
		if err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	next := n.Head()
	n.trail.accepted(acceptRecord{Block: a.Block, Prev: head, Hash: a.HeaderHash})
	if err := n.cfg.KV.Put(keyHead, next.Encode()); err != nil {
		return err
	}
	var done []common.Hash
	for _, tx := range p.Batch {
		if tx.Type != TxDeposit {
			h := tx.Hash()
			done = append(done, h)
			if err := n.cfg.KV.Delete(append(slices.Clone(prefixTx), h[:]...)); err != nil {
				return err
			}
		}
	}
	n.mempool.Remove(done...)
	n.enclave.forget(done)
	// The senders of the batch are the accounts whose nonce or balance
	// went down: their pending transactions that can no longer apply go.
	var accts []statetree.Account
	for _, from := range Senders(p.Batch) {
		acct, err := n.accountAt(next, from)
		if err != nil {
			return err
		}
		accts = append(accts, acct)
	}
	if evicted := n.mempool.Evict(next.Height, accts...); len(evicted) > 0 {
		for _, h := range evicted {
			if err := n.cfg.KV.Delete(append(slices.Clone(prefixTx), h[:]...)); err != nil {
				return err
			}
		}
		n.enclave.forget(evicted)
		n.cfg.Logger.Debug("evicted", "height", next.Height, "txs", len(evicted))
	}
	n.mu.Lock()
	if len(n.included)+len(done) > maxIncluded {
		clear(n.included)
	}
	for _, h := range done {
		n.included[h] = struct{}{}
	}
	n.mu.Unlock()
	// Keep recent accepted proposals: a peer that missed one (it was busy,
	// or restarting) fetches it from us to catch up.
	if next.Height > keepProposals {
		n.pruneProposals(next.Height - keepProposals)
	}
	n.mu.Lock()
	for h := range n.seen {
		if h <= next.Height {
			delete(n.seen, h)
		}
	}
	clear(n.voted)
	n.round = 0
	n.progress = n.cfg.Now()
	if t, ok := n.proposedAt[a.HeaderHash]; ok {
		n.stats.Latencies = append(n.stats.Latencies, n.progress.Sub(t))
	}
	clear(n.proposedAt)
	n.stats.Accepted++
	n.stats.TxsAccepted += uint64(len(p.Batch))
	n.mu.Unlock()
	n.cfg.Logger.Info("accepted", "height", a.Height, "hash", a.HeaderHash, "txs", len(p.Batch))
	if n.cfg.Publisher != nil {
		if d := n.enclave.Executed(a.HeaderHash); d != nil {
			// In height order, from the sync loop: DAPs only store a
			// height that extends the one they have. Every member
			// publishes, so one honest sequencer is enough for the data
			// to reach the DAPs; a DAP refuses the copies it already has.
			if err := n.cfg.Publisher.Upload(ctx, p.Header, d); err != nil {
				n.cfg.Logger.Debug("publish", "height", a.Height, "err", err)
			}
		}
	}
	return nil
}

// maxIncluded bounds the memory of included transactions.
const maxIncluded = 1 << 20

// keepProposals is how many accepted heights of proposals a node keeps for
// lagging peers; older history is the DAPs' job.
const keepProposals = 128

// pruneProposals drops stored proposals at or below a height.
func (n *Node) pruneProposals(height uint64) {
	var stale [][]byte
	_ = n.cfg.KV.Scan(prefixProp, func(k, _ []byte) error {
		if len(k) != len(prefixProp)+8+common.HashLength {
			return nil
		}
		if binary.BigEndian.Uint64(k[len(prefixProp):]) > height {
			return errStopScan // keys are in height order
		}
		stale = append(stale, k, propIndexKey(common.BytesToHash(k[len(prefixProp)+8:])))
		return nil
	})
	for _, k := range stale {
		_ = n.cfg.KV.Delete(k)
	}
}

var errStopScan = errors.New("stop")

func (n *Node) fetchProposal(ctx context.Context, h common.Hash) (*Proposal, error) {
	var last error = ErrNotFound
	m := n.member.Load()
	for i, p := range n.peerList(m) {
		if i == m.index || p == nil {
			continue
		}
		b, err := p.Fetch(ctx, KindProposal, h[:])
		if err != nil {
			last = err
			continue
		}
		prop, err := DecodeProposal(b)
		if err != nil {
			last = err
			continue
		}
		if prop.Header.Hash() != h {
			last = fmt.Errorf("%w: peer %d returned another header", ErrMalformedProposal, i)
			continue
		}
		return prop, nil
	}
	return nil, last
}

// tick advances rounds and, if this node leads, proposes.
func (n *Node) tick(ctx context.Context) {
	now := n.cfg.Now()
	head := n.Head()
	n.mu.Lock()
	if now.Sub(n.progress) >= n.cfg.RoundTimeout {
		n.round++
		n.progress = now
		n.cfg.Logger.Info("round timeout", "height", head.Height+1, "round", n.round)
	}
	round := n.round
	r, tried := n.tried[head.Height+1]
	recent := now.Sub(n.lastTry) < n.cfg.BatchInterval
	n.mu.Unlock()
	if tried && r == round {
		return // one proposal per height and round
	}
	m := n.member.Load()
	if m.index < 0 || m.withdrawn || !m.schedule.IsLeader(m.index, head.Height+1, round, head.HeaderHash) {
		return
	}
	pendingDeposits := n.deposits.count() > head.DepositIndex
	ready := n.mempool.ReadyLen()
	if ready == 0 && !pendingDeposits && !n.hasForced(ctx) {
		return // gapped future nonces alone make no batch
	}
	if recent && ready < n.cfg.BatchSize {
		return // let the batch fill
	}
	// When the schedule makes several members leaders of one round (free
	// competition), they take turns, a slot apart, in member order: an
	// enclave signs one header per height, so simultaneous proposals
	// would split the committee's votes for good. A later leader that
	// voted for an earlier one's header in the meantime re-proposes it.
	if rank := n.leaderRank(m, head, round); rank > 0 {
		n.mu.Lock()
		key := [2]uint64{head.Height + 1, round}
		if n.readyKey != key {
			n.readyKey, n.ready = key, now
		}
		wait := time.Duration(rank) * n.cfg.RoundTimeout / time.Duration(2*len(m.committee.Members))
		early := now.Sub(n.ready) < wait
		n.mu.Unlock()
		if early {
			return
		}
	}
	n.mu.Lock()
	n.tried[head.Height+1] = round
	n.lastTry = now
	n.mu.Unlock()
	if err := n.propose(ctx, head, round); err != nil && ctx.Err() == nil {
		n.cfg.Logger.Warn("propose", "height", head.Height+1, "round", round, "err", err)
	}
}

// leaderRank is how many members before this one also lead the round.
func (n *Node) leaderRank(m *membership, head Checkpoint, round uint64) int {
	rank := 0
	for j := range m.index {
		if m.schedule.IsLeader(j, head.Height+1, round, head.HeaderHash) {
			rank++
		}
	}
	return rank
}

func (n *Node) hasForced(ctx context.Context) bool {
	if n.cfg.Forced == nil {
		return false
	}
	f, err := n.cfg.Forced.Pending(ctx)
	return err == nil && len(f) > 0
}

// buildBatch: queued deposits first (so funds arrive before they are
// spent), then forced transactions, then the mempool in arrival order.
func (n *Node) buildBatch(ctx context.Context, head Checkpoint) ([]*Tx, []Forced) {
	var batch []*Tx
	for i := head.DepositIndex; i < n.deposits.count() && len(batch) < n.cfg.BatchSize; i++ {
		to, v, _ := n.deposits.Deposit(i)
		batch = append(batch, &Tx{Type: TxDeposit, Index: i, To: to, Value: v})
	}
	var forced []Forced
	if n.cfg.Forced != nil {
		if fs, err := n.cfg.Forced.Pending(ctx); err == nil {
			slices.SortFunc(fs, func(a, b Forced) int { return cmp.Compare(a.ID, b.ID) })
			// The oldest first, as many as a header answers: the TSC
			// enforces due times oldest first.
			fs = fs[:min(len(fs), MaxAnswers)]
			for _, f := range fs {
				batch = append(batch, f.Tx)
			}
			forced = fs
		}
	}
	if room := n.cfg.BatchSize - len(batch); room > 0 {
		batch = append(batch, n.mempool.PeekReady(room)...)
	}
	return batch, forced
}

// propose leads a round. The enclave signs one header per height, so the
// leader signs once: if its enclave is already locked on a header at this
// height (it voted for, or proposed, one in an earlier round) it
// re-proposes that header; otherwise it executes the batch without signing
// (Execute) to find what to drop, then signs the final batch.
func (n *Node) propose(ctx context.Context, head Checkpoint, round uint64) error {
	start := n.cfg.Now()
	height := head.Height + 1
	var (
		p   *Proposal
		own quorum.Vote
		err error
	)
	locked, ok := n.enclave.Locked(height)
	if !ok && round > 0 {
		// A round that timed out may have left members locked on the
		// last leader's header: lead with the one most of them hold, so
		// the locks converge instead of splitting over a new header.
		locked, ok = n.peerLock(ctx, head)
	}
	if ok {
		if p, own, err = n.repropose(ctx, locked, round); err != nil {
			return err
		}
	} else if p, own, err = n.proposeNew(ctx, head, round); err != nil || p == nil {
		var le *LockError
		if errors.As(err, &le) {
			// Locked since we looked (a vote came in): lead with that.
			p, own, err = n.repropose(ctx, le.Locked, round)
		}
		if err != nil || p == nil {
			return err
		}
	}
	h, hh := p.Header, p.Header.Hash()
	if err := n.storeProposal(p, hh); err != nil {
		return err
	}
	n.mu.Lock()
	n.stats.Proposed++
	n.proposedAt[hh] = start
	n.mu.Unlock()
	m := n.member.Load()
	votes, locks := n.collect(ctx, m, p, hh)
	votes = append(votes, own)
	if n.cfg.Observer != nil {
		n.cfg.Observer.VotesCollected(height, len(votes), len(m.committee.Members))
	}
	// The committee may have changed while votes came in (a member lost
	// its registration and L1 installed the rest): votes are signatures
	// over the header, whoever the committee, so the QC is built for the
	// committee L1 holds now.
	m = n.member.Load()
	err = n.certifyAndSubmit(ctx, m, h, hh, votes)
	if err != nil && len(locks) > 0 {
		// Members are locked on another header at this height: keep its
		// proposal, so that this node can serve it and lead with it once
		// its own enclave may sign it. An enclave locked on a different
		// header cannot (the locks split the committee: see Enclave).
		for _, le := range locks {
			if _, serr := n.StoredProposal(le.Locked); serr == nil {
				continue
			}
			if lp, ferr := n.fetchProposal(ctx, le.Locked); ferr == nil && lp.Header.Height == height {
				_ = n.storeProposal(lp, le.Locked)
			}
		}
		if l, _ := n.enclave.Locked(height); l == hh {
			n.cfg.Logger.Warn("members locked on other headers", "height", height, "own", hh, "theirs", locks[0].Locked)
		}
	}
	return err
}

// peerLock asks the other members which header they signed at the next
// height and returns the one most of them signed (ties: the smallest
// hash), its proposal stored here for repropose. Answers that are not a
// proposal on this node's checkpoint are ignored: a host can only make the
// leader consider its own enclave's lock.
func (n *Node) peerLock(ctx context.Context, head Checkpoint) (common.Hash, bool) {
	ctx, cancel := context.WithTimeout(ctx, n.cfg.VoteTimeout)
	defer cancel()
	m := n.member.Load()
	peers := n.peerList(m)
	ch := make(chan *Proposal, len(peers))
	asked := 0
	for i, peer := range peers {
		if i == m.index || peer == nil {
			continue
		}
		asked++
		go func() {
			var p *Proposal
			if b, err := peer.Fetch(ctx, KindLock, binary.BigEndian.AppendUint64(nil, head.Height+1)); err == nil {
				p, _ = DecodeProposal(b)
			}
			ch <- p
		}()
	}
	count := map[common.Hash]int{}
	props := map[common.Hash]*Proposal{}
	for range asked {
		p := <-ch
		if p == nil || p.Header == nil || p.Header.Height != head.Height+1 || p.Header.ParentHash != head.HeaderHash {
			continue
		}
		hh := p.Header.Hash()
		count[hh]++
		props[hh] = p
	}
	var best common.Hash
	for hh, c := range count {
		if c > count[best] || (c == count[best] && bytes.Compare(hh[:], best[:]) < 0) {
			best = hh
		}
	}
	if count[best] == 0 {
		return common.Hash{}, false
	}
	if _, err := n.StoredProposal(best); err != nil {
		if err := n.storeProposal(props[best], best); err != nil {
			return common.Hash{}, false
		}
	}
	return best, true
}

// repropose signs, for round, the header this enclave is locked on, from
// the stored (or else fetched) proposal.
func (n *Node) repropose(ctx context.Context, locked common.Hash, round uint64) (*Proposal, quorum.Vote, error) {
	if p, v, err := n.enclave.ProposeExecuted(locked, round); err == nil {
		return p, v, nil
	}
	stored, err := n.StoredProposal(locked)
	if err != nil {
		if stored, err = n.fetchProposal(ctx, locked); err != nil {
			return nil, quorum.Vote{}, fmt.Errorf("rollup: locked header %s: %w", locked, err)
		}
	}
	forced, err := forcedOf(stored.Header, n.lookup)
	if err != nil {
		return nil, quorum.Vote{}, err
	}
	p, _, v, err := n.enclave.Propose(stored.Batch, forced, round)
	if err != nil {
		return nil, quorum.Vote{}, err
	}
	if p.Header.Hash() != locked {
		return nil, quorum.Vote{}, &MismatchError{Proposed: stored.Header, Computed: p.Header}
	}
	return p, v, nil
}

// proposeNew builds, executes and signs a fresh batch; nil if nothing is
// left to propose.
func (n *Node) proposeNew(ctx context.Context, head Checkpoint, round uint64) (*Proposal, quorum.Vote, error) {
	batch, forcedTxs := n.buildBatch(ctx, head)
	h, res, err := n.enclave.Execute(batch, forcedTxs)
	if err != nil {
		return nil, quorum.Vote{}, err
	}
	// Leave out mempool transactions that would fail only for now (a
	// future nonce, funds not there yet): they stay pending for a later
	// batch. Stale ones (a used nonce) are included and fail, which
	// clears them from every mempool. Forced transactions always stay:
	// executing them, even failing, is the answer to the challenge.
	forced := map[common.Hash]bool{}
	for _, f := range forcedTxs {
		forced[f.Tx.Hash()] = true
	}
	kept := batch[:0:0]
	dropped := false
	var stale []common.Hash
	for i, tx := range batch {
		rc, th := res.Receipts[i].Err, res.Receipts[i].TxHash
		if tx.Type == TxDeposit || forced[th] || rc == nil {
			kept = append(kept, tx)
			continue
		}
		var ne *NonceError
		switch {
		case errors.As(rc, &ne) && ne.Got < ne.Want:
			// Its nonce is used: a duplicate or a replaced transaction.
			// It can never apply; drop it everywhere.
			stale = append(stale, th)
			dropped = true
		case errors.As(rc, &ne) || errors.Is(rc, ErrInsufficientBalance):
			dropped = true // may apply later: stays pending
		default:
			kept = append(kept, tx) // invalid for good: included, and fails
		}
	}
	if len(stale) > 0 {
		n.mempool.Remove(stale...)
		for _, h := range stale {
			_ = n.cfg.KV.Delete(append(slices.Clone(prefixTx), h[:]...))
		}
	}
	if dropped {
		if len(kept) == 0 {
			return nil, quorum.Vote{}, nil
		}
		if h, _, err = n.enclave.Execute(kept, forcedTxs); err != nil {
			return nil, quorum.Vote{}, err
		}
	}
	// Sign once, the final batch, without executing it again.
	return n.enclave.ProposeExecuted(h.Hash(), round)
}

// certifyAndSubmit builds the QC of votes for header h under committee m,
// checks it, trims it unless FullQC, and submits it.
func (n *Node) certifyAndSubmit(ctx context.Context, m *membership, h *Header, hh common.Hash, votes []quorum.Vote) error {
	qc, err := committee.Certify(m.rule, m.committee, n.domain.VoteDomain(), hh, votes, !n.cfg.FullQC)
	if err != nil {
		return fmt.Errorf("rollup: height %d: %w", h.Height, err)
	}
	if n.cfg.Observer != nil {
		n.cfg.Observer.Certified(h.Height, qc.SignerSet().Count())
	}
	if n.cfg.Submitter == nil {
		return nil
	}
	da, err := n.daCertificate(ctx, h, hh)
	if err != nil {
		return err
	}
	return n.submit(ctx, m, h, qc, da)
}

// daCertificate has the DAPs store and sign the batch data of h before the
// leader submits it (nil without Config.DA). The data must be available
// before the header is accepted: the TSC refuses a header without
// threshold DAP signatures, so a leader that withholds the data, or whose
// DAPs are unreachable, cannot land it and the round times out.
func (n *Node) daCertificate(ctx context.Context, h *Header, hh common.Hash) (*dacert.Cert, error) {
	if n.cfg.DA == nil {
		return nil, nil
	}
	d := n.enclave.Executed(hh)
	if d == nil {
		return nil, fmt.Errorf("%w: height %d (%s)", ErrNoBatchData, h.Height, hh)
	}
	cert, err := n.cfg.DA.CertifyDA(ctx, h, d)
	if err != nil {
		return nil, fmt.Errorf("rollup: DA certificate for height %d: %w", h.Height, err)
	}
	return cert, nil
}

// collect asks every other member for its vote on p and returns the valid
// ones, and the lock errors of members locked on another header.
func (n *Node) collect(ctx context.Context, m *membership, p *Proposal, hh common.Hash) ([]quorum.Vote, []*LockError) {
	votes, answers := n.engine.Collect(ctx, committee.Request{
		Kind: KindHeader, Statement: p.Encode(), Digest: hh,
		Committee: m.committee, Self: m.index, Peers: n.peerList(m),
	})
	var locks []*LockError
	for _, a := range answers {
		if le := asLockError(a.Err); le != nil && le.Locked != hh && le.Height == p.Header.Height {
			locks = append(locks, le)
		}
	}
	return votes, locks
}

func (n *Node) submit(ctx context.Context, m *membership, h *Header, qc quorum.QC, da *dacert.Cert) error {
	final := func(err error) bool {
		var re *RevertError
		return errors.As(err, &re) // a revert will not succeed on retry (e.g. another header won the height)
	}
	attempt := 0
	return committee.Submit(ctx, 3, final, func(ctx context.Context) error {
		var (
			tx  *types.Transaction
			err error
		)
		if da != nil {
			tx, err = n.cfg.L1.UpdateStateDA(ctx, n.cfg.Submitter, h, m.committee, m.rule, qc, da)
		} else {
			tx, err = n.cfg.L1.UpdateState(ctx, n.cfg.Submitter, h, m.committee, m.rule, qc)
		}
		if n.cfg.Observer != nil {
			n.cfg.Observer.Submitted(h.Height, attempt, tx, err)
		}
		attempt++
		if err != nil {
			return err
		}
		n.mu.Lock()
		n.stats.Submitted++
		n.mu.Unlock()
		n.cfg.Logger.Info("submitted", "height", h.Height, "tx", tx.Hash())
		return nil
	})
}
