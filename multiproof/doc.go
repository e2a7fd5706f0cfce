// Package multiproof makes the TEE committee a second factor beside a zk
// proof (Phala's "SGX-Prover" design), for the example zk state machine of
// package zkstate, settled by contracts/src/MultiProof.sol.
//
// The two factors prove the same statement, a ZkTransition
//
//		(chain id, verifier = the MultiProof contract, pre-state root, post-state root, batch commitment)
//
//	  - the zk factor: a Groth16 proof (zkstate.System.Prove) whose public inputs
//	    are (pre, post, commitment); the contract's verifier address and chain
//	    are implicit in where it is submitted;
//	  - the TEE factor: a QC of the committee (package committee's Engine, the
//	    same quorum rules and QuorumVerifier as rollup headers) on the statement's
//	    EIP-712 struct hash (Statement.Hash, type ZkTransition) in the MultiProof
//	    contract's vote domain. A member's enclave signs only after it re-executed
//	    the batch natively (zkstate.Apply) from a pre-state it holds and computed
//	    the same post root and commitment (Voter). Phala's simpler "1-of-N TEE
//	    provers" is the rule quorum.MOfN{M: 1}: the same contract and engine with
//	    a different rule, so the two designs run on the same batches.
//
// The policies (MultiProof.sol): Phala (both factors must agree), Sampled
// (Taiko-like: TEE alone for most batches, both for a fraction drawn from the
// hash of a block mined sampleLag blocks after the batch's first claim) and
// Delays (Base-like: one factor waits longDelay, both wait shortDelay).
// Disagreement holds the batch with both claims recorded; see the contract.
//
// Security assumptions. The TEE factor is sound while the rule holds over
// honest kinds (at most f kinds broken for DistinctKinds{f+1}; for MOfN{1}
// every single prover must be honest: one leaked key certifies anything, which
// is what the comparison shows). The zk factor is sound if the circuit is
// (zkstate's unsound variant shows what happens when it is not) and the setup's
// toxic waste is unknown (not the case for zkstate's devnet setup; see its
// documentation). Under Phala the two must fail together to accept a bad root.
// Sampled bounds a TEE-only forgery's chance to pass unsampled by 1 - fraction
// per batch; the proposer cannot pick its sample: the sampling block is mined
// after the first claim fixes the batch, only one batch can be pending on a
// root, and resubmitting does not reset it; only the block producer of the
// sampling block can bias it, by withholding its block (cost: the block's
// rewards, per retry) — the same bound as any blockhash/prevrandao lottery.
//
// Who can call what: the Voter is reached through a committee Mux, by members
// only (envelopes) and their hosts; a statement it cannot re-execute is
// refused, and it keeps at most MaxStates post states (FIFO), one Apply per
// request (BatchSize signature checks).
package multiproof
