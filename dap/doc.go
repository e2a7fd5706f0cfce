// Package dap is the data-availability side of a teerollup (§V-F of the
// paper): data-availability providers (DAPs) that store every height's
// metadata, the client that fetches it from them, and the laziness penalty
// game of Tas & Boneh that keeps DAPs storing it.
//
// # Metadata and the data root
//
// A height's metadata is a rollup.BatchData: the batch and the account-tree
// changes it caused. Its canonical encoding is cut into 1 KiB chunks
// (merkle.ChunkSize) and the header's DataRoot commits to them with the
// length bound in (package merkle, chunk.go):
//
//	dataRoot = keccak256(0x02 ‖ length ‖ MerkleRoot(keccak256(0x00 ‖ chunk_i)...))
//
// so a verifier holding only the header checks any chunk on its own, in Go
// (merkle.VerifyChunk) and on chain (contracts/src/ChunkMerkle.sol), with
// identical verdicts (a differential test checks it).
//
// # Parts
//
//   - Node stores (header, BatchData) per height in a Store (Pebble on disk,
//     or memory), keeps a replica of the account tree, and refuses uploads
//     whose data does not match the header, whose header does not extend its
//     chain, or whose account changes do not give the header's state root.
//     API serves it over go-ethereum JSON-RPC: dap_metadata, dap_chunk,
//     dap_balanceProof, dap_upload, dap_head.
//   - Client asks a list of DAPs in turn, verifies every answer against a
//     header the caller trusts, and falls back to the next DAP on any error
//     or tampered answer (ErrTampered); with no verified answer it returns a
//     *FetchError (ErrUnavailable). Sequencers use Client.Upload to send each
//     height to every DAP.
//   - Node.Certify (dap_certify) is the pre-acceptance store-and-sign
//     step of DA certificates: the node checks a not-yet-accepted header's
//     data (data root; the account changes replayed from the parent's state,
//     accepted or a candidate it certified, to the header's state root),
//     stores it durably, and only then opens a MuSig2 signing session for
//     rollup.DADigest (round 1: a public nonce); Node.Sign (dap_sign) is
//     round 2, once per session (nonces are single-use; open sessions are
//     bounded per height and overall). Certifier (a rollup.DACertifier)
//     sends a header's data to every DAP, runs both rounds with the first
//     threshold of members that answer, checks each partial signature (a
//     bad one names its DAP, which is dropped for a retry with another
//     subset) and returns a dacert.Cert; the leader submits it with
//     updateStateDA, so data is available BEFORE a header is accepted.
//   - Contract.RequestChunkDA asks for a chunk of a certified height with
//     its certificate: only the DAPs that signed it are liable.
//   - Contract binds contracts/src/DataAvailability.sol: registration with
//     collateral, chunk requests, answers, settlement, exit and withdrawal.
//     Responder is a DAP's on-chain loop that answers every request it is
//     liable for.
//
// # The game
//
// DAPs register with collateral of at least MinCollateral. Anyone may
// request, paying c per active DAP, a chunk of the metadata of one of the
// TSC's last 256 accepted heights (RequestChunk), or of any older accepted
// height with a proof under a recent header's history root
// (RequestChunkProven, the proof from Node.HeaderProof); the chunk index is keccak256(prevrandao,
// id) mod the chunk count, fixed at request time. Each DAP answers on chain
// with the chunk and its proof within ResponseWindow blocks and is
// reimbursed c from the fee. After the deadline anyone settles: if nobody
// answered, every liable DAP loses its whole collateral; otherwise each
// silent one loses c + ε. An answer that does not verify reverts, so it
// counts as silence. Slashed collateral is burned; the unused fee goes back
// to the requester. A DAP leaves with RequestExit, then Withdraw after
// ExitDelay blocks and once every request made before its exit is settled,
// so it cannot escape a pending penalty.
//
// # Usage
//
//	// A DAP.
//	store, _ := dap.OpenPebble(dir, nil)
//	node, _ := dap.NewNode(dap.Config{Store: store, Authorize: dap.TSCAuthorizer(eth, tsc)})
//	srv, _ := dap.NewRPCServer(dap.NewAPI(node))
//	go http.ListenAndServe(":8545", srv)
//	game := dap.NewContract(eth, gameAddr)
//	game.Register(ctx, auth, collateral, "http://dap.example:8545")
//	r := &dap.Responder{Contract: game, Node: node, Auth: auth, Settle: true}
//	go r.Run(ctx, 12*time.Second, log)
//
//	// A sequencer, once its header is accepted.
//	dapClient.Upload(ctx, header, &rollup.BatchData{Height: h, Txs: batch, Accounts: result.Accounts})
//
//	// A user leaving a frozen rollup: its balance proof from any honest DAP.
//	acct, proof, err := dapClient.BalanceProof(ctx, lastHeader, me)
//
//	// A DAP that was offline, or starts with an empty store: catch up
//	// from the registered DAPs (Contract.Endpoints, DialPeer), each height
//	// verified before it is stored.
//	stored, err := node.Backfill(ctx, peers...)
//
//	// A watchdog.
//	tx, _ := game.RequestChunk(ctx, auth, header)
//	hp, _ := node.HeaderProof(oldHeight, latest) // any DAP's, or rollup.History.Prove
//	tx, _ = game.RequestChunkProven(ctx, auth, oldHeader, hp)
//
// # Security assumptions
//
//   - At least one registered DAP is honest and stores every height; then
//     every height's data stays available, and a client that asks every DAP
//     gets verified data.
//   - c is at least what answering costs (respond's gas at the prices DAPs
//     face; see BenchmarkRespondGas) and ε > 0. Then answering (cost c,
//     reimbursed c) beats silence (loss c + ε, or the whole collateral if no
//     one answers), so answering, hence storing, is the dominant strategy.
//   - The data of every certified header reached the DAPs: sequencers'
//     enclaves upload before the header is submitted (with TSCAuthorizer,
//     right after it is accepted and before a request can mature). A header
//     whose data no DAP ever received gets every DAP slashed.
//   - A DAP registers only once it holds the data of every accepted height
//     (Backfill bootstraps it), for which it is liable from its
//     registration on.
//   - Old heights are checked through history roots: a header commits to
//     all earlier header hashes (rollup.HistoryFrontier), which the TSC does
//     not recompute; such a root is as good as its header's QC.
//   - The chunk index comes from prevrandao at request time: the proposer of
//     the request's block can drop the request and so re-roll the index once
//     per block it proposes. This helps a DAP that keeps part of the chunks
//     escape a request only slightly (probability p becomes at most
//     1 - (1 - p)^2), and the game's threat (the whole collateral when
//     nobody answers) does not depend on the index.
//   - Answers are public: a DAP that stored nothing can copy another's
//     answer from the mempool before the deadline and escape the penalty.
//     The game tolerates it (Tas & Boneh): copying needs someone who stored
//     the chunk, and if every DAP counts on the others, nobody answers and
//     every DAP loses its whole collateral.
//   - Without Config.Authorize a node trusts whoever can call dap_upload to
//     upload the rollup's real chain; use TSCAuthorizer, or keep dap_upload
//     private to the sequencers.
package dap
