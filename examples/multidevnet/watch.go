package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
)

type batchStats struct{ deposits, transfers, redeems int }

func (b batchStats) txs() int { return b.deposits + b.transfers + b.redeems }

// accepted is a HeaderAccepted event waiting for its batch.
type accepted struct {
	height uint64
	hash   common.Hash
	tx     common.Hash // the updateState transaction
	block  uint64
	gas    uint64
}

// watcher follows the TSC on L1 and learns each accepted header's batch
// from the DAPs (the data the header's DataRoot commits to: nothing is
// taken on a sequencer's word), printing a line per height.
type watcher struct {
	backend rollup.Backend
	tsc     *bindings.TeeRollup
	inst    *bind.BoundContract
	l1      *rollup.L1 // reads headers' payouts
	daps    []*rpc.Client
	out     io.Writer

	cursor, firstBlock uint64
	began, last        time.Time
	queue              []accepted
	height, heights    uint64
	stats              batchStats
	seen               map[common.Hash]bool
	stale              int
	gas                uint64
	paid, deferred     *big.Int
}

func newWatcher(b rollup.Backend, tsc common.Address, from uint64, daps []*rpc.Client, out io.Writer) *watcher {
	t := bindings.NewTeeRollup()
	return &watcher{backend: b, tsc: t, inst: t.Instance(b, tsc), l1: rollup.NewL1(b, rollup.Deployment{Rollup: tsc}), daps: daps, out: out, cursor: from, firstBlock: from,
		seen: map[common.Hash]bool{}, paid: new(big.Int), deferred: new(big.Int)}
}

func (w *watcher) start() {
	w.began = time.Now()
	fmt.Fprintf(w.out, "%7s %7s %5s %6s %6s %7s %10s %9s\n", "height", "txs", "dep", "xfer", "redeem", "TPS", "gas", "L1 block")
}

func (w *watcher) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		_ = w.poll(ctx) // transient: the next poll repeats it
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (w *watcher) poll(ctx context.Context) error {
	if err := w.readL1(ctx); err != nil {
		return err
	}
	return w.resolve(ctx)
}

// readL1 reads accepted headers and payouts since the cursor.
func (w *watcher) readL1(ctx context.Context) error {
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
	var acc []accepted
	for it.Next() {
		v := it.Value()
		r, err := w.backend.TransactionReceipt(ctx, v.Raw.TxHash)
		if err != nil {
			it.Close()
			return err
		}
		acc = append(acc, accepted{height: v.Height, hash: v.HeaderHash, tx: v.Raw.TxHash, block: v.Raw.BlockNumber, gas: r.GasUsed})
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
		ps, err := w.l1.HeaderPayouts(ctx, a.tx, a.hash)
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
	w.queue = append(w.queue, acc...)
	w.paid.Add(w.paid, paid)
	w.deferred.Add(w.deferred, deferred)
	w.cursor = top + 1
	return nil
}

// metadata fetches a height's batch from any DAP and checks it against the
// header the TSC accepted.
func (w *watcher) metadata(ctx context.Context, a accepted) (*rollup.BatchData, error) {
	var last error = dap.ErrNoEndpoints
	for _, c := range w.daps {
		var res dap.MetadataResult
		if err := c.CallContext(ctx, &res, dap.Namespace+"_metadata", hexutil.Uint64(a.height)); err != nil {
			last = err
			continue
		}
		h, err := rollup.DecodeHeader(res.Header)
		if err != nil || h.Hash() != a.hash {
			last = fmt.Errorf("%w: header at %d is not the accepted one", dap.ErrTampered, a.height)
			continue
		}
		d, err := dap.VerifyMetadata(h, &res)
		if err != nil {
			last = err
			continue
		}
		return d, nil
	}
	return nil, last
}

// resolve prints the queued heights whose batches the DAPs serve, in order.
func (w *watcher) resolve(ctx context.Context) error {
	for len(w.queue) > 0 {
		a := w.queue[0]
		d, err := w.metadata(ctx, a)
		if err != nil {
			return err // not uploaded yet: next poll
		}
		w.queue = w.queue[1:]
		var s batchStats
		stale := 0
		for _, tx := range d.Txs {
			h := tx.Hash()
			if w.seen[h] {
				stale++
				continue
			}
			w.seen[h] = true
			switch tx.Type {
			case rollup.TxDeposit:
				s.deposits++
			case rollup.TxTransfer:
				s.transfers++
			case rollup.TxRedeem:
				s.redeems++
			}
		}
		w.stale += stale
		w.heights++
		w.height = a.height
		w.gas += a.gas
		w.stats.deposits += s.deposits
		w.stats.transfers += s.transfers
		w.stats.redeems += s.redeems
		w.last = time.Now()
		tps := 0.0
		if el := w.last.Sub(w.began).Seconds(); el > 0 {
			tps = float64(w.stats.txs()) / el
		}
		txs := fmt.Sprint(s.txs())
		if stale > 0 {
			txs += fmt.Sprintf("+%d", stale)
		}
		fmt.Fprintf(w.out, "%7d %7s %5d %6d %6d %7.0f %10d %9d\n", a.height, txs, s.deposits, s.transfers, s.redeems, tps, a.gas, a.block)
	}
	return nil
}
