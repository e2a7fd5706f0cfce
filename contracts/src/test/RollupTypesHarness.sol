// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {RollupTypes} from "../RollupTypes.sol";

/// Exposes RollupTypes for differential tests against package rollup.
contract RollupTypesHarness {
    function headerHash(RollupTypes.Header calldata h) external pure returns (bytes32) {
        return RollupTypes.hash(h);
    }

    function depositAccNext(bytes32 acc, uint256 index, address to, uint256 value) external pure returns (bytes32) {
        return RollupTypes.depositAccNext(acc, index, to, value);
    }

    function challengeAccNext(bytes32 acc, bytes32 txHash) external pure returns (bytes32) {
        return RollupTypes.challengeAccNext(acc, txHash);
    }

    function domainSeparator(address tsc) external view returns (bytes32) {
        return RollupTypes.domainSeparator(tsc);
    }

    /// ok is false if the bytes are not a signed transaction; valid says
    /// whether the signature recovers to the sender under `tsc`'s domain.
    function checkSigned(bytes calldata b, address tsc) external view returns (bool ok, bool valid, bytes32 digest) {
        (RollupTypes.Tx memory t, bool decoded) = RollupTypes.decodeSigned(b);
        if (!decoded) return (false, false, bytes32(0));
        return (true, RollupTypes.signedBySender(t, tsc), RollupTypes.signingHash(t, tsc));
    }
}
