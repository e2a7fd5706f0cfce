package rollup

import "context"

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
