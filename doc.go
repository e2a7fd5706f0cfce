// Package teerollup is the root of a Go SDK for rollups whose state
// transitions are certified by a committee of sequencers running in
// heterogeneous trusted execution environments (SGX, TDX, SEV-SNP, CSV, CCA,
// AWS Nitro Enclaves and a simulated TEE) and settled on an EVM chain.
//
// The SDK is cut into packages by concept. A package imports only packages
// listed above it (or in its own row), so the arrows from a package to its
// users point down this list (TestImportsPointDown checks it):
//
//	contracts    Solidity sources, compiled artifacts and abigen bindings
//	attest       evidence, claims, the Quoter and Verifier seams, key binding, policy
//	attest/sim   a software TEE with a test-only manufacturer root
//	attest/tdx, attest/sevsnp, attest/sgx, attest/csv, attest/cca,
//	attest/nitro
//	             real attestation backends (pure-Go verification, quoting behind build tags)
//	merkle       binary and chunk Merkle trees (twin of ChunkMerkle.sol)
//	statetree    the account tree: a compact sparse Merkle tree with on-chain proofs
//	quorum       votes, quorum certificates and TEE quorum rules
//	committee    the committee engine: collect votes on a statement, certify, submit; peer transport
//	rollup       transactions, headers, state transition, the sequencer node
//	challenge    forced inclusion, freeze and escape-hatch withdrawals
//	dap          data-availability providers and the laziness penalty game
//	integrity    Proof of Service Integrity: TEE-hosted agents and monitors certify services
//	integrity/measure, integrity/oci, integrity/runtime
//	             /proc measurements, OCI layouts, a daemonless runtime and engine adapters
//	multiproof   the TEE committee as a second factor beside a zk proof (multiproof/zkstate: the circuit)
//	chaintest, rollup/rolluptest
//	             the public test kit: an in-process chain with mainnet gas
//	             rules, and a whole rollup (contracts, enclaves, nodes) in one call
package teerollup
