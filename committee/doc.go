// Package committee is the one committee engine of teerollup: a statement
// goes to every member, each member evaluates it independently (inside its
// enclave) and signs its digest, the votes are checked and gathered into a
// quorum certificate under the committee's rule, trimmed to a minimal signer
// set, and submitted. Rollup headers, integrity reports and multi-proof
// attestations are all certified through it; they differ only in the
// statement kind a member's handler evaluates.
//
// The pieces:
//
//   - Peer is how a member reaches another: Vote (evaluate and sign a
//     statement of a kind), Fetch (a record by key, e.g. a proposal a
//     member missed) and Deliver (gossip). LocalPeer reaches a Mux in the
//     same process; RPCPeer reaches one over JSON-RPC (NewServer).
//   - Mux routes messages by kind to handlers (Voter, Fetcher, Receiver,
//     found by type assertion), so one transport serves every statement.
//   - Envelopes authenticate peer traffic: every RPC request carries the
//     sender enclave's signature over (sender, recipient, method, payload
//     hash, time) under the committee's vote domain; the server refuses,
//     before any work, a request that is unsigned, from a non-member,
//     meant for another member, or outside MaxSkew (ErrPeerAuth).
//   - Engine.Collect asks every member for its vote and keeps the valid
//     ones; a vote for another digest, or by another key, is evidence
//     (*WrongVoteError). Certify builds and checks the QC; Trim drops
//     signatures the rule does not need; Submit retries a submission.
//
// Security assumptions: a member's vote key never leaves its enclave, and
// the enclave signs envelopes only through SignEnvelope (it computes the
// digest itself, so a host cannot get a vote digest signed as an envelope:
// the two are distinct EIP-712 types). Envelopes stop outsiders; they do
// not stop a member's host, which can send anything its enclave signs:
// handlers must treat a member's statement as untrusted input.
//
// Usage sketch (see Example):
//
//	mux := committee.NewMux()
//	_ = mux.Handle("example/statement", voter) // a Voter
//	srv, _ := committee.NewServer(mux, committee.Auth{Domain: vd, Self: me, Members: members})
//	peers := []committee.Peer{committee.LocalPeer{Mux: mux}, rpcPeer1, ...}
//	e := &committee.Engine{Domain: vd, Timeout: 2 * time.Second}
//	votes, _ := e.Collect(ctx, committee.Request{Kind: "example/statement", Statement: b, Digest: d, Committee: c, Self: 0, Peers: peers})
//	qc, _ := committee.Certify(rule, c, vd, d, votes, true)
package committee
