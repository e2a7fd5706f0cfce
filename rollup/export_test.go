package rollup

import "context"

// ProposeNow has the node propose the next height now, whatever the
// schedule, for tests that drive a committee step by step.
func (n *Node) ProposeNow(ctx context.Context) error { return n.propose(ctx, n.Head()) }

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
