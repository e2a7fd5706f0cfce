// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ChunkMerkle} from "../ChunkMerkle.sol";

/// Exposes ChunkMerkle for differential tests against Go's package merkle.
contract ChunkMerkleHarness {
    function verify(bytes32 root, uint64 length, uint256 index, bytes calldata chunk, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return ChunkMerkle.verify(root, length, index, chunk, proof);
    }

    function dataRoot(uint64 length, bytes32 treeRoot) external pure returns (bytes32) {
        return ChunkMerkle.dataRoot(length, treeRoot);
    }

    function chunkCount(uint256 length) external pure returns (uint256) {
        return ChunkMerkle.chunkCount(length);
    }

    function depth(uint256 n) external pure returns (uint256) {
        return ChunkMerkle.depth(n);
    }
}
