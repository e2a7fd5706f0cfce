// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title ChunkMerkle: verifies a chunk of a height's metadata against the
/// header's data root. Twin of Go's package merkle (chunk.go); a
/// differential test checks that both give the same verdict.
///
/// The metadata (length bytes) is cut into CHUNK_SIZE-byte chunks, the last
/// one holding the rest (never padded). Over the chunks:
///   leaf     = keccak256(0x00 ‖ chunk)
///   inner    = keccak256(0x01 ‖ left ‖ right)
///   padding  = bytes32(0) leaves up to the next power of two
///   dataRoot = keccak256(0x02 ‖ length (8 bytes, big-endian) ‖ treeRoot)
/// A proof is the depth(chunkCount(length)) siblings, bottom-up.
///
/// Why the length is bound into the root: it fixes the chunk count, hence
/// the depth and every chunk's size, so verify needs only the root to reject
/// wrong depths, indexes past the end, and truncated or extended chunks; two
/// byte strings never share a data root unless keccak256 collides.
library ChunkMerkle {
    uint256 internal constant CHUNK_SIZE = 1024;
    uint256 internal constant MAX_DEPTH = 32;
    uint256 internal constant MAX_LENGTH = CHUNK_SIZE << MAX_DEPTH;

    /// The number of chunks of `length` bytes (0 for none).
    function chunkCount(uint256 length) internal pure returns (uint256) {
        return (length + CHUNK_SIZE - 1) / CHUNK_SIZE;
    }

    /// The tree depth for n leaves: the least d with 2^d >= n.
    function depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) {
            ++d;
        }
    }

    /// keccak256(0x02 ‖ length ‖ treeRoot).
    function dataRoot(uint64 length, bytes32 treeRoot) internal pure returns (bytes32 r) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, or(shl(248, 0x02), shl(184, and(length, 0xffffffffffffffff))))
            mstore(add(m, 9), treeRoot)
            r := keccak256(m, 41)
        }
    }

    /// Whether `chunk` is chunk `index` of `length` bytes of data under
    /// `root`, with `proof` the siblings bottom-up. Never reverts.
    function verify(bytes32 root, uint64 length, uint256 index, bytes calldata chunk, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (length == 0 || length > MAX_LENGTH) return false;
        uint256 n = chunkCount(length);
        if (index >= n) return false;
        uint256 want = index == n - 1 ? length - index * CHUNK_SIZE : CHUNK_SIZE;
        if (chunk.length != want) return false;
        if (proof.length != depth(n)) return false;
        bytes32 h;
        assembly ("memory-safe") {
            // Scratch memory past the free memory pointer, not allocated.
            let m := mload(0x40)
            mstore8(m, 0x00)
            calldatacopy(add(m, 1), chunk.offset, chunk.length)
            h := keccak256(m, add(chunk.length, 1))
            mstore8(m, 0x01)
            let i := index
            let p := proof.offset
            for { let end := add(p, shl(5, proof.length)) } lt(p, end) { p := add(p, 32) } {
                switch and(i, 1)
                case 0 {
                    mstore(add(m, 1), h)
                    mstore(add(m, 33), calldataload(p))
                }
                default {
                    mstore(add(m, 1), calldataload(p))
                    mstore(add(m, 33), h)
                }
                h := keccak256(m, 65)
                i := shr(1, i)
            }
            mstore(m, or(shl(248, 0x02), shl(184, and(length, 0xffffffffffffffff))))
            mstore(add(m, 9), h)
            h := keccak256(m, 41)
        }
        return h == root;
    }
}
