// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// A withdrawal recipient for tests of the TSC's payouts: it takes a
/// payment, refuses it, burns every unit of gas it gets, or re-enters the
/// TSC's claimWithdrawal, as set; claim() takes its parked payments.
contract PayoutRecipientHarness {
    uint8 public constant ACCEPT = 0;
    uint8 public constant REVERT = 1;
    uint8 public constant BURN = 2;
    uint8 public constant REENTER = 3;

    address public immutable tsc;
    uint8 public mode;

    constructor(address tsc_) {
        tsc = tsc_;
    }

    function setMode(uint8 m) external {
        mode = m;
    }

    function claim() external {
        _claim();
    }

    function _claim() private {
        (bool ok, bytes memory ret) = tsc.call(abi.encodeWithSignature("claimWithdrawal()"));
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }

    receive() external payable {
        uint8 m = mode;
        if (m == REVERT) revert("refused");
        if (m == BURN) {
            assembly {
                for {} 1 {} {}
            }
        }
        if (m == REENTER) _claim();
    }
}
