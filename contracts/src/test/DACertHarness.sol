// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {DACert} from "../DACert.sol";

/// Exposes DACert for differential tests against Go's package dacert.
contract DACertHarness {
    function check(bytes calldata cert, bytes32 digest) external view returns (bool ok, bytes32 root, uint64 bitmap) {
        return DACert.check(cert, digest);
    }

    /// The execution gas of DACert.check (BenchmarkCheckGas): measured
    /// inside the call, since a transaction this small pays EIP-7623's
    /// calldata floor rather than its execution.
    function checkGas(bytes calldata cert, bytes32 digest) external view returns (uint256 used, bool ok) {
        uint256 g = gasleft();
        (ok,,) = DACert.check(cert, digest);
        used = g - gasleft();
    }

    function processProof(bytes32 leaf, bytes32[] calldata proof) external pure returns (bytes32) {
        return DACert.processProof(leaf, proof);
    }
}
