package main

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/examples/internal/daemon"
	"github.com/teerollup/teerollup/internal/metrics"
	"github.com/teerollup/teerollup/rollup"
)

// rejectReasons label SubmitTx rejections, most specific first.
var rejectReasons = []daemon.Reason{
	{Name: "unpayable", Err: rollup.ErrUnpayable},
	{Name: "nonce_window", Err: rollup.ErrNonceWindow},
	{Name: "nonce_taken", Err: rollup.ErrNonceTaken},
	{Name: "sender_cap", Err: rollup.ErrSenderCap},
	{Name: "mempool_full", Err: rollup.ErrMempoolFull},
	{Name: "known", Err: rollup.ErrKnownTx},
	{Name: "bad_signature", Err: rollup.ErrBadSignature},
	{Name: "malformed", Err: rollup.ErrMalformedTx},
	{Name: "invalid", Err: rollup.ErrInvalidTx},
}

// observer turns the node's events (rollup.Observer) into metrics, and
// follows the receipts of the headers it submitted for the gas they cost.
type observer struct {
	admitted, votes, missing, qcs, qcSigners, retries, gas metrics.Counter
	rejected, submissions                                  metrics.CounterVec
	lastQC                                                 metrics.Gauge

	mu      sync.Mutex
	pending map[common.Hash]time.Time // submitted, receipt not seen yet
}

func newObserver(reg *metrics.Registry) *observer {
	return &observer{
		admitted:    reg.Counter("teerollup_txs_admitted_total", "Client or gossiped transactions admitted to the mempool."),
		rejected:    reg.CounterVec("teerollup_txs_rejected_total", "Transactions refused at admission, by reason.", "reason"),
		votes:       reg.Counter("teerollup_votes_collected_total", "Votes held by this node's proposals (its own included)."),
		missing:     reg.Counter("teerollup_votes_missing_total", "Committee members that did not vote on this node's proposals."),
		qcs:         reg.Counter("teerollup_qcs_total", "Quorum certificates this node built."),
		qcSigners:   reg.Counter("teerollup_qc_signers_total", "Signatures in the quorum certificates this node built (÷ teerollup_qcs_total: mean QC size)."),
		lastQC:      reg.Gauge("teerollup_qc_signers_last", "Signatures in the last quorum certificate this node built."),
		submissions: reg.CounterVec("teerollup_l1_submissions_total", "updateState sends, by result (sent, error).", "result"),
		retries:     reg.Counter("teerollup_l1_submission_retries_total", "updateState sends after the first for a header."),
		gas:         reg.Counter("teerollup_l1_gas_used_total", "L1 gas used by this node's updateState transactions (mined, reverted included)."),
		pending:     map[common.Hash]time.Time{},
	}
}

func (o *observer) TxAdmission(err error) {
	if err == nil {
		o.admitted.Inc()
		return
	}
	o.rejected.Inc(daemon.ErrorReason(err, rejectReasons))
}

func (o *observer) VotesCollected(_ uint64, votes, members int) {
	o.votes.Add(float64(votes))
	o.missing.Add(float64(members - votes))
}

func (o *observer) Certified(_ uint64, signers int) {
	o.qcs.Inc()
	o.qcSigners.Add(float64(signers))
	o.lastQC.Set(float64(signers))
}

func (o *observer) Submitted(_ uint64, attempt int, tx *types.Transaction, err error) {
	if attempt > 0 {
		o.retries.Inc()
	}
	if err != nil {
		o.submissions.Inc("error")
		return
	}
	o.submissions.Inc("sent")
	o.mu.Lock()
	o.pending[tx.Hash()] = time.Now()
	o.mu.Unlock()
}

// receiptReader is what follow needs of the L1 client.
type receiptReader interface {
	TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error)
}

// follow adds the gas of submitted transactions once mined. A transaction
// never mined (replaced, dropped) is forgotten after an hour.
func (o *observer) follow(ctx context.Context, l1 receiptReader, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		o.mu.Lock()
		var hs []common.Hash
		for h, at := range o.pending {
			if time.Since(at) > time.Hour {
				delete(o.pending, h)
				continue
			}
			hs = append(hs, h)
		}
		o.mu.Unlock()
		for _, h := range hs {
			r, err := l1.TransactionReceipt(ctx, h)
			if err != nil {
				continue // not mined yet, or L1 unreachable: next tick
			}
			o.gas.Add(float64(r.GasUsed))
			o.mu.Lock()
			delete(o.pending, h)
			o.mu.Unlock()
		}
	}
}

// publisher counts the node's uploads to the DAPs.
type publisher struct {
	c        *dap.Client
	log      *slog.Logger
	uploads  metrics.CounterVec
	failures metrics.CounterVec
}

func newPublisher(reg *metrics.Registry, c *dap.Client, log *slog.Logger) *publisher {
	return &publisher{
		c: c, log: log,
		uploads:  reg.CounterVec("teerollup_dap_uploads_total", "Accepted heights uploaded to the DAPs, by result (ok: every DAP stored it; partial).", "result"),
		failures: reg.CounterVec("teerollup_dap_upload_failures_total", "Uploads a DAP refused or missed, by DAP.", "dap"),
	}
}

func (p *publisher) Upload(ctx context.Context, h *rollup.Header, d *rollup.BatchData) error {
	err := p.c.Upload(ctx, h, d)
	var ue *dap.UploadError
	switch {
	case err == nil:
		p.uploads.Inc("ok")
	case errors.As(err, &ue):
		p.uploads.Inc("partial")
		for _, f := range ue.Failures {
			p.failures.Inc(f.Endpoint)
		}
	default:
		p.uploads.Inc("error")
	}
	if err != nil {
		p.log.Debug("dap upload", "height", h.Height, "err", err)
	}
	return err
}

// latencyBuckets are fine enough (≤ 25 ms apart below 1 s) for p50 and
// p99 read from the buckets of several nodes merged (examples/fig4).
var latencyBuckets = []float64{
	0.005, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25,
	0.275, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1, 1.1, 1.2, 1.3, 1.4, 1.5,
	1.75, 2, 2.5, 3, 4, 5, 7.5, 10, 20, 60,
}

// nodeMetrics exposes what the node already counts (Stats, the mempool,
// the checkpoint), read at scrape time.
func nodeMetrics(reg *metrics.Registry, n *rollup.Node) {
	stat := func(f func(rollup.Stats) uint64) func() float64 {
		return func() float64 { return float64(f(n.Stats())) }
	}
	reg.GaugeFunc("teerollup_height", "The node's accepted rollup height (its checkpoint).", func() float64 { return float64(n.Head().Height) })
	reg.GaugeFunc("teerollup_deposit_index", "Deposits credited up to the node's checkpoint.", func() float64 { return float64(n.Head().DepositIndex) })
	reg.GaugeFunc("teerollup_l1_block", "The last L1 block the node acted on.", stat(func(s rollup.Stats) uint64 { return s.L1Block }))
	reg.CounterFunc("teerollup_headers_proposed_total", "Headers this node proposed.", stat(func(s rollup.Stats) uint64 { return s.Proposed }))
	reg.CounterFunc("teerollup_headers_submitted_total", "Certified headers this node sent to L1.", stat(func(s rollup.Stats) uint64 { return s.Submitted }))
	reg.CounterFunc("teerollup_headers_accepted_total", "Headers accepted on L1 that this node applied.", stat(func(s rollup.Stats) uint64 { return s.Accepted }))
	reg.CounterFunc("teerollup_txs_applied_total", "Transactions in accepted headers (deposits included; a failed one counts: its nonce is used).", stat(func(s rollup.Stats) uint64 { return s.TxsAccepted }))
	reg.CounterFunc("teerollup_reorgs_total", "L1 reorganizations the node rolled back.", stat(func(s rollup.Stats) uint64 { return s.Reorgs }))
	reg.GaugeFunc("teerollup_mempool_txs", "Pending transactions in the mempool.", func() float64 { return float64(n.Mempool().Len()) })
	reg.GaugeFunc("teerollup_mempool_ready_txs", "Pending transactions whose nonces follow without a gap.", func() float64 { return float64(n.Mempool().ReadyLen()) })
	reg.HistogramFunc("teerollup_header_latency_seconds", "For each accepted header this node proposed: from building its batch to seeing it accepted on L1.", latencyBuckets, func() []float64 {
		lat := n.Stats().Latencies
		out := make([]float64, len(lat))
		for i, d := range lat {
			out[i] = d.Seconds()
		}
		return out
	})
	reg.GaugeFunc("teerollup_evidence", "Misbehaviour evidence the node recorded.", func() float64 { return float64(len(n.Evidence())) })
}

var _ rollup.Observer = (*observer)(nil)
var _ rollup.Publisher = (*publisher)(nil)
