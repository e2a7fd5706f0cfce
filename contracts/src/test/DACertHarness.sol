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

    function probeGas(bytes32 m, uint256 v, uint256 r, uint256 s) external view returns (uint256 a, uint256 b, uint256 c) {
        uint256 g = gasleft();
        assembly {
            let p := mload(0x40)
            mstore(p, m)
            mstore(add(p, 0x20), v)
            mstore(add(p, 0x40), r)
            mstore(add(p, 0x60), s)
            pop(staticcall(gas(), 0x01, p, 0x80, 0x00, 0x20))
        }
        a = g - gasleft();
        g = gasleft();
        b = g - gasleft();
        g = gasleft();
        bytes32 h = keccak256(abi.encodePacked(m, v));
        c = g - gasleft() + uint256(h & 0);
    }

    function processProof(bytes32 leaf, bytes32[] calldata proof) external pure returns (bytes32) {
        return DACert.processProof(leaf, proof);
    }
}
