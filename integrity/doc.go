// Package integrity is Proof of Service Integrity (PoSI): evidence that the
// off-chain services of a rollup (sequencer, RPC node, DAP, prover, L1
// submitter) run the registered code with the registered configuration,
// certified by a committee of TEE-hosted monitors and put on an EVM chain
// (contracts/src/IntegrityRegistry.sol).
//
// The pieces:
//
//   - Manifest: what a service developer registers (pinned image digests,
//     expected executable hash, argv, environment rules, listening ports,
//     file trees, the measurement period). Manifest.Hash is its on-chain id.
//   - Evidence: the agent's hash-chained measurement log, each record
//     anchored to an L1 block, the head signed by the agent's attested
//     enclave key.
//   - Appraise: a pure, deterministic function of (manifest, evidence) to a
//     Report: Affirming, Violation naming the failed claim (expected vs
//     observed hashes), or Unmeasured (no running process).
//   - Agent: deploys only an image whose digests match the manifest, measures
//     through a Measurer, signs evidence, serves it (Handler) with bounded
//     requests.
//   - Monitor: a committee.Voter for StatementKind. It verifies the agent's
//     attestation and signature, replays the log, checks freshness against
//     its own L1 view, re-appraises and signs the report only if it computes
//     the same one. Votes are collected by the one committee engine
//     (committee.Engine.Collect, Certify, Trim) under a quorum rule over the
//     monitors' TEE kinds.
//   - Registry: the Go client of IntegrityRegistry; VerifyProof checks a
//     (report, committee, rule, QC) proof off chain.
//
// Security assumptions: the agent's and monitors' keys never leave their
// enclaves; at most f TEE kinds are broken and the installed rule needs more
// than f kinds, so a compromised kind alone cannot certify. Appraisal is a
// pure function of public inputs, so a monitor that signs a report other
// than the certified one on the same evidence has provably misbehaved
// (slashContradiction), as has one that signs two reports for a round
// (slashEquivocation). Freshness rests on the monitors' L1 view: evidence
// whose anchor block is not on their chain, or older than MaxAgeBlocks, is
// refused. Measurements are only as good as the agent's TEE: a host that
// controls the agent's kernel view is outside this model.
package integrity
