// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title HistoryTree: verifies that a header hash is an accepted height in
/// the history root of a later header. Twin of Go's rollup.VerifyHistory; a
/// differential test checks that both give the same verdict.
///
/// A header at height h carries historyRoot: the root of the eth2 deposit
/// contract's incremental Merkle tree (without its length mix-in) over the
/// hashes of heights 1..h-1, leaf index height-1:
///   inner    = keccak256(left ‖ right)
///   empty    = z_0 = 0, z_{i+1} = keccak256(z_i ‖ z_i)
///   depth    = DEPTH (fixed, so an inner node never passes as a leaf)
/// A proof against a root over `count` leaves carries the siblings of the
/// lowest proofLen(count) levels; the levels above are empty subtrees (every
/// index below count has zero bits there), so they are recomputed here.
///
/// Security assumption: the root is as good as the QC of the header that
/// carries it (the TSC does not recompute it; enclaves do), and keccak256
/// is collision resistant.
library HistoryTree {
    uint256 internal constant DEPTH = 32;

    /// The number of siblings a proof against a root over count leaves
    /// carries: the least d with 2^d >= count.
    function proofLen(uint256 count) internal pure returns (uint256 d) {
        while (d < DEPTH && (uint256(1) << d) < count) {
            ++d;
        }
    }

    /// Whether `leaf` is leaf `index` of `root`, a history root over `count`
    /// leaves. Never reverts.
    function verify(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (index >= count || proof.length != proofLen(count)) return false;
        bytes32 node = leaf;
        bytes32 zero;
        for (uint256 i; i < DEPTH; ++i) {
            bytes32 sib = i < proof.length ? proof[i] : zero;
            assembly ("memory-safe") {
                switch and(shr(i, index), 1)
                case 1 {
                    mstore(0x00, sib)
                    mstore(0x20, node)
                }
                default {
                    mstore(0x00, node)
                    mstore(0x20, sib)
                }
                node := keccak256(0x00, 0x40)
                // z_{i+1}, the empty sibling one level up.
                mstore(0x00, zero)
                mstore(0x20, zero)
                zero := keccak256(0x00, 0x40)
            }
        }
        return node == root;
    }
}
