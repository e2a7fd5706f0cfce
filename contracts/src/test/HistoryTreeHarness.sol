// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HistoryTree} from "../HistoryTree.sol";

/// Exposes HistoryTree for differential tests against package rollup.
contract HistoryTreeHarness {
    function verify(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return HistoryTree.verify(root, count, index, leaf, proof);
    }

    function proofLen(uint256 count) external pure returns (uint256) {
        return HistoryTree.proofLen(count);
    }
}
