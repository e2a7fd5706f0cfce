// Package challenge is both sides of the rollup's challenge game (§V-E):
// forced inclusion when the committee censors a transaction, and the escape
// hatch when it stops answering.
//
// # The game on the TSC
//
//   - A client escalates a signed Transfer or Redeem with StartChallenge and
//     a bond of exactly the TSC's challengeBond. The TSC gives it an id (a
//     counter) and a deadline: now + the response window fixed at deploy.
//   - The committee answers by executing the transaction in a batch and
//     naming the challenge in the certified header: Header.Challenges holds
//     one entry per answered challenge, id<<1 | applied
//     (rollup.AnswerEntry). The low bit says whether the transaction applied
//     in that batch: if it did, the bond goes back to the challenger; if it
//     failed (bad signature, nonce or balance, or already included, which
//     fails on its nonce) the challenge was frivolous and the bond is burned:
//     it stays in the TSC and is nobody's, so no one gains from a failed
//     answer. The TSC cannot tell whether a transaction applied; the
//     enclaves that certify the header can, which is why the bit rides in
//     the certified header. The committee may also answer outside a header
//     with ResolveChallenge: a QC over rollup.ResolutionHash(id, applied,
//     hash of an accepted header that executed the transaction).
//   - If a challenge is still open after its deadline, anyone calls
//     SettleRollup and the rollup freezes for good: no header, deposit,
//     challenge or resolution is accepted any more. An answer that lands
//     before the freeze still counts, even after the deadline.
//   - Once frozen, every account takes its balance under the last accepted
//     state root with SettleWithdraw and a statetree proof fetched from any
//     DAP or node (ProofSource); each account can do so once. Redeems of the
//     last accepted header were paid when it was accepted. Deposits the
//     committee never credited (index >= depositIndex) are refunded to their
//     recipients with RefundDeposits, and the bonds of challenges still open
//     go back to their challengers with ReclaimBond.
//
// So after a freeze, withdrawals plus refunds equal deposits minus redeems,
// and the TSC keeps nothing but burned bonds (and payments parked for
// recipients that refused them, claimable with claimWithdrawal).
//
// # Client side
//
// A user (or a relayer, or a watchtower) drives the game with a Client:
//
//	c := &challenge.Client{L1: l1, Auth: auth, Backend: backend, FromBlock: deployBlock}
//	started, err := c.Start(ctx, signedTx)      // pays the bond
//	st, err := c.Watch(ctx, started.ID)         // until answered or expired
//	if st.State == challenge.StateExpired {
//		_, err = c.Settle(ctx, started.ID)      // freeze the rollup
//	}
//	amount, _, err := c.Withdraw(ctx, challenge.DAPSource{DAP: dapClient})
//	_, err = c.RefundDeposits(ctx, 200)         // refund the queue, 200 per tx
//	_, err = c.ReclaimBond(ctx, started.ID)     // bond back after the freeze
//
// # Sequencer side
//
// A Responder watches the TSC's challenge events and exposes the forced
// transactions the next batch must include (it satisfies
// rollup.ForcedSource, so a sequencer node takes it as its Forced source):
//
//	r := challenge.NewResponder(l1, deployBlock)
//	forced, err := r.Pending(ctx)               // open challenges, by id
//	// ... a sequencer node runs them first in its next batch ...
//
// An enclave runs the answered challenges' transactions first in the batch
// (right after its deposits, in id order, at most rollup.MaxAnswers), so
// nothing a leader adds can make them fail, and sets each entry's applied
// bit from the receipts (rollup.ChallengeAnswers). The header also chains
// the answered transactions' hashes (Header.ChallengeAcc), which the TSC
// checks against the hashes it recorded at startChallenge, so hosts cannot
// answer a challenge with another transaction. Every enclave computes the
// same entries from the same batch, so they are certified like the rest of
// the header.
//
// # Gas
//
// Measured by the benchmarks in package rollup (challenge_gas_test.go) on
// chaintest's mainnet rules. Each figure is a whole transaction as its
// sender pays it: receipt gasUsed, after refunds, including the 21,000 base
// and the calldata. Paper (Table IV) in brackets; figures that vary with
// the data (zero bytes, proof depth) are averages.
//
//	StartChallenge   45,057  [47,118]  a signed Transfer (228 calldata bytes), steady
//	                                   state: the record and the transaction hash rewrite
//	                                   pre-filled ring slots; 81,432 when the ring slot is
//	                                   taken (64 challenges already open: two fresh slots)
//	ResolveChallenge ~68,500 [146,618] QC of 2 of a 10-member committee (the paper's
//	                                   rule needs two kinds), bond paid back to a cold
//	                                   challenger; ~103,700 with all 10 signatures. In a
//	                                   header instead, an answer adds ~19,200.
//	SettleRollup     28,986  [29,078]  one cold read of the record, one rewrite of the
//	                                   hot slot; it logs no event (that would cost 1,125)
//	SettleWithdraw   ~66,000 [124,511] 1,000 accounts (proofs ~320 bytes);
//	                 ~73,600           1,000,000 accounts (proofs ~650 bytes). Includes
//	                                   the account's withdrawn flag, always a fresh slot
//	                                   (22,100), and the payment.
//
// The bond doubles for every 64 open challenges (L1.CurrentBond), and a
// challenge's due time is inclusionDelay plus 2 s per challenge queued
// before it: a flood of N challenges locks ~64 × 2^(N/64) base bonds, and a
// committee answering 64 per header, one header a minute, stays ahead of
// any flood (TestChallengeFlood answers 641 in 11 headers of at most ~0.93M
// gas each).
package challenge
