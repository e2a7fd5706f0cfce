package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// batchStats counts a batch's transactions by type.
type batchStats struct{ deposits, transfers, redeems int }

func (b batchStats) txs() int { return b.deposits + b.transfers + b.redeems }

func (b *batchStats) add(t rollup.TxType) {
	switch t {
	case rollup.TxDeposit:
		b.deposits++
	case rollup.TxTransfer:
		b.transfers++
	case rollup.TxRedeem:
		b.redeems++
	}
}

// txRef is a batched transaction, as much as the watcher needs of it.
type txRef struct {
	hash common.Hash
	typ  rollup.TxType
}

// batchLog remembers every proposal's batch by header hash. The L1 only
// sees the header, and nodes prune a proposal once its height is accepted,
// so the batches are taken on the way: a leader asks every member, itself
// included, to vote.
type batchLog struct {
	mu sync.Mutex
	m  map[common.Hash][]txRef
}

func (l *batchLog) record(p *rollup.Proposal) {
	h := p.Header.Hash()
	l.mu.Lock()
	_, ok := l.m[h]
	l.mu.Unlock()
	if ok {
		return // the same proposal, asked of another member
	}
	refs := make([]txRef, len(p.Batch))
	for i, tx := range p.Batch {
		refs[i] = txRef{hash: tx.Hash(), typ: tx.Type}
	}
	l.mu.Lock()
	l.m[h] = refs
	l.mu.Unlock()
}

// take returns and forgets a header's batch.
func (l *batchLog) take(h common.Hash) ([]txRef, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.m[h]
	delete(l.m, h)
	return b, ok
}

// observedPeer is the in-process transport with the proposals recorded.
type observedPeer struct {
	committee.Peer
	log *batchLog
}

func (o observedPeer) Vote(ctx context.Context, kind string, statement []byte) (quorum.Vote, error) {
	if kind == rollup.KindHeader {
		if p, err := rollup.DecodeProposal(statement); err == nil {
			o.log.record(p)
		}
	}
	return o.Peer.Vote(ctx, kind, statement)
}

// observe re-wires the nodes' peers (before they run) through the log.
func observe(nodes []*rollup.Node) *batchLog {
	l := &batchLog{m: map[common.Hash][]txRef{}}
	peers := make([]committee.Peer, len(nodes))
	for i, n := range nodes {
		peers[i] = observedPeer{Peer: rollup.LocalPeer{Node: n}, log: l}
	}
	for _, n := range nodes {
		n.SetPeers(peers)
	}
	return l
}

// watcher follows the TSC on L1: accepted headers (with the gas of the
// updateState that carried them) and payouts. It prints a line per height.
type watcher struct {
	backend rollup.Backend
	tsc     *bindings.TeeRollup
	inst    *bind.BoundContract
	l1      *rollup.L1 // reads headers' payouts
	batches *batchLog
	out     io.Writer

	cursor     uint64 // next L1 block to read
	firstBlock uint64
	began      time.Time // when the clients started
	last       time.Time // when the last header was seen
	height     uint64
	heights    uint64
	stats      batchStats // transactions applied, each counted once
	// seen holds every transaction in an accepted batch. A transaction
	// seen again is a stale copy that a node re-batched (gossip reached
	// it after it had accepted the original); it fails as a used nonce.
	seen     map[common.Hash]bool
	stale    int
	gas      uint64
	unknown  int      // accepted headers whose batch was not seen
	paid     *big.Int // payouts of accepted headers, wei
	deferred *big.Int // of them, parked for claimWithdrawal (WithdrawalDeferred), wei
}

func newWatcher(b rollup.Backend, tsc common.Address, from uint64, batches *batchLog, out io.Writer) *watcher {
	t := bindings.NewTeeRollup()
	return &watcher{
		backend: b, tsc: t, inst: t.Instance(b, tsc), l1: rollup.NewL1(b, rollup.Deployment{Rollup: tsc}), batches: batches, out: out,
		cursor: from, firstBlock: from, paid: new(big.Int), deferred: new(big.Int), seen: map[common.Hash]bool{},
	}
}

// start marks the beginning of the load, for TPS.
func (w *watcher) start() {
	w.began = time.Now()
	fmt.Fprintf(w.out, "%7s %7s %5s %6s %6s %7s %10s %9s\n", "height", "txs", "dep", "xfer", "redeem", "TPS", "gas", "L1 block")
}

func (w *watcher) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		// Errors are transient here (a node restarting, a timeout): the
		// next poll reads the same blocks again, and the final poll in
		// run reports a persistent one.
		_ = w.poll(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// poll reads the blocks since the last poll. Only one goroutine polls at a
// time: run's loop, then run's final call once the loop has stopped.
func (w *watcher) poll(ctx context.Context) error {
	head, err := w.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	top := head.Number.Uint64()
	if top < w.cursor {
		return nil
	}
	opts := &bind.FilterOpts{Start: w.cursor, End: &top, Context: ctx}
	it, err := bind.FilterEvents(w.inst, opts, w.tsc.UnpackHeaderAcceptedEvent)
	if err != nil {
		return err
	}
	var acc []*bindings.TeeRollupHeaderAccepted
	for it.Next() {
		acc = append(acc, it.Value())
	}
	if err := it.Error(); err != nil {
		return err
	}
	it.Close()
	// Payouts: a paid withdrawal has no event; each accepted header lists
	// its payouts in its updateState calldata, and WithdrawalDeferred
	// events in the same transaction mark the parked ones.
	paid, deferred := new(big.Int), new(big.Int)
	for _, a := range acc {
		ps, err := w.l1.HeaderPayouts(ctx, a.Raw.TxHash, a.HeaderHash)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if p.Deferred {
				deferred.Add(deferred, p.Amount.ToBig())
			} else {
				paid.Add(paid, p.Amount.ToBig())
			}
		}
	}
	// Receipts last: everything of this poll is read before any of it is
	// counted, so a failed poll can be repeated from the same cursor.
	gas := make([]uint64, len(acc))
	for i, a := range acc {
		r, err := w.backend.TransactionReceipt(ctx, a.Raw.TxHash)
		if err != nil {
			return fmt.Errorf("devnet: receipt of updateState %s: %w", a.Raw.TxHash, err)
		}
		gas[i] = r.GasUsed
	}
	for i, a := range acc {
		batch, ok := w.batches.take(a.HeaderHash)
		if !ok {
			w.unknown++
		}
		var s batchStats
		stale := 0
		for _, tx := range batch {
			if w.seen[tx.hash] {
				stale++
				continue
			}
			w.seen[tx.hash] = true
			s.add(tx.typ)
		}
		w.stale += stale
		w.heights++
		w.height = a.Height
		w.gas += gas[i]
		w.stats.deposits += s.deposits
		w.stats.transfers += s.transfers
		w.stats.redeems += s.redeems
		w.last = time.Now()
		tps := 0.0
		if el := w.last.Sub(w.began).Seconds(); el > 0 {
			tps = float64(w.stats.txs()) / el
		}
		txs := fmt.Sprint(s.txs())
		switch {
		case !ok:
			txs = "?"
		case stale > 0:
			txs += fmt.Sprintf("+%d", stale)
		}
		fmt.Fprintf(w.out, "%7d %7s %5d %6d %6d %7.0f %10d %9d\n",
			a.Height, txs, s.deposits, s.transfers, s.redeems, tps, gas[i], a.Raw.BlockNumber)
	}
	w.paid.Add(w.paid, paid)
	w.deferred.Add(w.deferred, deferred)
	w.cursor = top + 1
	return nil
}

func (w *watcher) summary(l *load) Summary {
	s := Summary{
		Heights: w.heights, Txs: uint64(w.stats.txs()),
		Deposits: uint64(w.stats.deposits), Transfers: uint64(w.stats.transfers), Redeems: uint64(w.stats.redeems),
		L1Blocks: w.cursor - w.firstBlock, Stale: w.stale,
		Deposited: new(big.Int).Set(l.deposited), Redeemed: new(big.Int).Set(l.redeemed),
	}
	if !w.last.IsZero() {
		s.Elapsed = w.last.Sub(w.began)
		if sec := s.Elapsed.Seconds(); sec > 0 {
			s.TPS = float64(s.Txs) / sec
		}
	}
	if w.heights > 0 {
		s.AvgGas = w.gas / w.heights
	}
	return s
}
