// Package statetree is the rollup's account tree: a compact sparse Merkle
// tree over keccak256, with proofs that a Solidity library
// (contracts/src/StateTree.sol) verifies on L1.
//
// # Tree
//
// An account is an L1 address with a uint256 balance and a uint64 nonce. An
// account with balance 0 and nonce 0 is absent and never stored, so the root
// depends only on the set of non-zero accounts, not on the order in which
// they were written.
//
// The path of an address is its key, keccak256(address), read most
// significant bit first: bit i picks the child at depth i (0 left, 1 right).
// Hashing the address keeps the tree about log2(n) deep (about 20 levels
// for a million accounts) whatever addresses users pick. Hashes are
//
//	leaf      keccak256(0x00 ‖ address(20) ‖ balance(32) ‖ nonce(8))
//	internal  keccak256(0x01 ‖ left(32) ‖ right(32))
//	empty     bytes32(0)
//
// and the tree is compact (as in Diem's sparse Merkle tree): a subtree with one
// leaf is that leaf's hash at the subtree's top, not a chain of internal
// nodes down to depth 256; a subtree with two or more leaves is an internal
// node over its two halves. The empty tree's root is zero and a one-account
// tree's root is that account's leaf hash.
//
// # Proofs
//
// A Proof walks from the root down an address's path to a terminal: its own
// leaf (inclusion), an empty subtree, or the leaf of another address that
// shares the path so far (both absence). Empty siblings cost one bitmap bit
// instead of 32 bytes, so a proof in a tree of a million accounts is about
// 20 siblings, 650 bytes. The wire encoding is canonical and strictly
// parsed; see Proof.
//
// Security assumptions: keccak256 is collision resistant, and the leaf and
// internal preimages are domain-separated (different prefix byte and
// length). Together they make a root commit to one set of accounts and give
// every address exactly one provable state; in particular a proof that
// stops at the wrong depth computes a different root, because
// internal(x, 0) != x. See Proof.Verify.
//
// # Storage
//
// Nodes are content-addressed by hash in a Store (NewMemoryStore,
// OpenPebble), so every version of the tree shares unchanged nodes and any
// past root can be reopened with New. Nodes are never deleted. The tree
// trusts its store unless it is wrapped in VerifyingStore, which checks each
// node against its hash; do that when the database sits outside the trust
// boundary (the host disk of a TEE).
//
// # Updates
//
// Tree.Update applies a batch in one sorted, recursive descent that hashes
// every changed internal node once: k accounts written into a tree of n
// cost about k·(log2(n/k) + 2) internal hashes rather than the k·log2(n) of
// one-by-one updates, since the top log2(k) levels are shared. A zero
// account deletes; when a subtree falls to one leaf, the leaf moves up to
// the subtree's top. Large batches are split across goroutines at the top
// levels; the result does not depend on the split.
//
// # Usage
//
//	tree, _ := statetree.New(statetree.NewMemoryStore(), common.Hash{})
//	root, err := tree.Update([]statetree.Account{
//		{Address: alice, Balance: uint256.NewInt(100), Nonce: 1},
//		{Address: bob, Balance: uint256.NewInt(5)},
//	})
//	proof, err := tree.Prove(alice)
//	wire := proof.Encode() // what L1 reads
//	err = statetree.Verify(root, alice, uint256.NewInt(100), 1, wire)
package statetree
