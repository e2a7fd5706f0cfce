// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {DataAvailability} from "../DataAvailability.sol";
import {RollupTypes} from "../RollupTypes.sol";

/// A chunk requester that refuses every payment: settling its requests must
/// not depend on it (the refund is credited to owed instead).
contract DataAvailabilityHarness {
    function request(DataAvailability da, RollupTypes.Header calldata h) external payable returns (uint64) {
        return da.requestChunk{value: msg.value}(h);
    }

    receive() external payable {
        revert("refuses payments");
    }
}
