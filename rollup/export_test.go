package rollup

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/teerollup/teerollup/quorum"
)

// ProposeNow has the node propose the next height now, whatever the
// schedule, for tests that drive a committee step by step.
func (n *Node) ProposeNow(ctx context.Context) error {
	n.mu.Lock()
	round := n.round
	n.mu.Unlock()
	return n.propose(ctx, n.Head(), round)
}

// DepositsSeen is how many deposits (contiguous from 0) the node's view of
// L1 holds.
func (n *Node) DepositsSeen() uint64 { return n.deposits.count() }

// SeenDeposit is deposit i as the node's view of L1 holds it.
func (n *Node) SeenDeposit(i uint64) (DepositEvent, bool) {
	n.deposits.mu.RLock()
	defer n.deposits.mu.RUnlock()
	e, ok := n.deposits.byIx[i]
	return e, ok
}

// LeadsNow reports whether the schedule makes this node the leader of the
// next height in its current round.
func (n *Node) LeadsNow() bool {
	n.mu.Lock()
	round := n.round
	n.mu.Unlock()
	m := n.member.Load()
	head := n.Head()
	return m.index >= 0 && m.schedule.IsLeader(m.index, head.Height+1, round, head.HeaderHash)
}

// Executions is how many batches the enclave executed.
func (e *Enclave) Executions() uint64 { return e.executions.Load() }

// SetRound moves the node to round r of the next height (as r round
// timeouts would).
func (n *Node) SetRound(r uint64) {
	n.mu.Lock()
	n.round = r
	n.mu.Unlock()
}

// TSCTx sends raw calldata to the TSC (tests of malformed arguments).
func TSCTx(l *L1, ctx context.Context, auth *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return l.tscTx(ctx, auth, calldata)
}

// UpdateStateDACalldataRaw is UpdateStateDACalldata with the certificate
// as raw bytes.
func UpdateStateDACalldataRaw(l *L1, h *Header, c *quorum.Committee, rule quorum.Rule, qc quorum.QC, da []byte) []byte {
	return l.tsc.PackUpdateStateDA(h.Binding(), c.Encode(), ruleBytes(rule), qc.Encode(), da)
}

// MgrTx sends raw calldata to the Manager (tests of what governance may
// install).
func MgrTx(l *L1, ctx context.Context, auth *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return l.mgrTx(ctx, auth, calldata)
}
