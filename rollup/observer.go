package rollup

import "github.com/ethereum/go-ethereum/core/types"

// Observer receives a node's events that its Stats do not count, for
// metrics (examples/sequencer exports them to Prometheus). Set it in
// Config.Observer; nil observes nothing. The node calls it synchronously
// from its own goroutines: an implementation must be cheap, safe for
// concurrent use, and must not call back into the node.
type Observer interface {
	// TxAdmission reports the outcome of SubmitTx (a client's or a
	// peer's gossiped transaction): nil when admitted, else the typed
	// rejection (ErrUnpayable, ErrNonceWindow, ErrSenderCap,
	// ErrMempoolFull, ErrKnownTx, ErrBadSignature, ErrInvalidTx, ...).
	TxAdmission(err error)
	// VotesCollected reports a proposal this node led at height: the
	// votes it holds, its own included, out of the committee's members.
	VotesCollected(height uint64, votes, members int)
	// Certified reports a quorum certificate built at height with
	// signers signatures.
	Certified(height uint64, signers int)
	// Submitted reports one attempt (0-based) to send a certified header
	// to L1: tx is the sent transaction when err is nil.
	Submitted(height uint64, attempt int, tx *types.Transaction, err error)
}
