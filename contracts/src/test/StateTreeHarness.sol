// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {StateTree} from "../StateTree.sol";

/// Exposes StateTree for differential tests against package statetree.
contract StateTreeHarness {
    function verify(bytes32 root, address account, uint256 balance, uint64 nonce, bytes calldata proof)
        external
        pure
        returns (bool)
    {
        return StateTree.verify(root, account, balance, nonce, proof);
    }

    function leafHash(address account, uint256 balance, uint64 nonce) external pure returns (bytes32) {
        return StateTree.leafHash(account, balance, nonce);
    }

    function key(address account) external pure returns (bytes32) {
        return StateTree.key(account);
    }
}
