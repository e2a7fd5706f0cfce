// Package rollup is the rollup itself: client transactions signed over
// EIP-712, headers that the TSC hashes the same way (keccak256 of the ABI
// encoding), the deterministic state transition over the account tree, the
// L1 client for the Manager (MSC) and rollup contract (TSC), and the
// sequencer node that runs a committee of enclaves (§V of the TeeRollup
// paper).
//
// A sequencer node is untrusted host code around an Enclave. The host keeps
// the mempool, watches L1 and talks to peers; the enclave holds the key the
// Manager registered after verifying its attestation, keeps a replica of the
// account tree, re-executes every proposed batch from the last accepted
// state and signs a vote only for a header it computed itself. A leader
// (chosen by a LeaderSchedule) collects votes into a quorum certificate and
// submits the header; the TSC accepts the first certified header per height.
//
//	l1, txs, _ := rollup.Deploy(ctx, backend, admin, adminAddr, registrarAddr, common.Hash{})
//	_, _ = l1.AllowMeasurement(ctx, admin, attest.KindTDX, measurement, true) // setup: at once
//	reg, _ := registrar.Register(ctx, enclave.Address(), evidence) // attest + policy + key binding
//	_, _ = l1.Register(ctx, anyone, reg)
//	_, _ = l1.SetCommittee(ctx, admin, committee, quorum.DistinctKinds{K: 2})
//	_, _ = l1.SetRollup(ctx, admin) // ends setup; later changes: QueueChange, wait, ExecuteChange
//	node, _ := rollup.NewNode(ctx, rollup.Config{Committee: committee, Rule: rule,
//		Key: enclave, L1: l1, Submitter: auth, Store: store, KV: kv})
//	node.SetPeers(peers) // rollup.LocalPeer in process, committee.Dial over JSON-RPC
//	go node.Run(ctx)
//	node.SubmitTx(ctx, signedTransfer, true)
//
// Once a committee runs, it is the registrar (no single key decides): each
// member serves a Vetter on its peer Mux, and anyone asks a member's Desk
//
//	vetter := &rollup.Vetter{Key: enclave, VoteDomain: d.VoteDomain(), Binding: bd, Verifier: registry, Policy: policy}
//	_ = vetter.Handle(node.Mux()) // KindAdmission, KindRemoval
//	desk, _ := rollup.NewDesk(vetter, engine, l1, peers, 1)
//	a, cert, _ := desk.Admit(ctx, newcomer, evidence) // verified by a quorum of enclaves
//	_, _ = l1.RegisterCertified(ctx, anyone, a, cert) // registered until the evidence's end
//	r, cert, _ := desk.Remove(ctx, member, newerCollateral) // a CRL revoking its platform
//	_, _ = l1.RemoveCertified(ctx, anyone, r, cert) // revoked at once, without its vote
//
// ExampleDeploy runs the L1 part of this sketch; package rollup/rolluptest
// assembles all of it in one call (rolluptest.Start).
//
// Security assumptions: a forged header needs a quorum certificate, which the
// rule makes impossible while at most f TEE kinds are broken (package
// quorum). Enclaves take their host's word for L1 (deposits, open
// challenges), but a header commits to the deposit accumulator and to the
// hashes of the challenged transactions it answers, and the TSC checks both
// against what it recorded, so even hosts that all lie together only get
// headers the TSC refuses. The TSC also refuses a header that leaves a
// deposit or the oldest challenge waiting past its inclusion delay, and an
// enclave runs answered challenges first in its batch, so censorship costs
// a committee its liveness. Liveness needs one honest leader per round and a
// quorum of responsive members, and otherwise the challenge game (package
// challenge) keeps funds redeemable. Committee-certified registration and
// removal rest on the same honest quorum of enclaves as headers: a member
// signs an Admission only after verifying the evidence in its enclave, and
// a Removal only when newer collateral makes the registered evidence fail
// (revoked, TCB below policy); the Manager counts eligible signers only.
package rollup
