// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice Availability certificates (Go: package dacert): a MuSig2
/// Schnorr signature by the aggregate key A of a t-subset of a DA set,
/// checked with ONE ecrecover, and the Merkle proof of the subset's leaf.
///
/// Encoding (packed): bitmap(8) ‖ Ax(32) ‖ parity(1) ‖ R(20) ‖ s(32) ‖
/// proof(32 × k). The signature holds iff s·G − e·A has address R, with
/// e = keccak256(R ‖ parity ‖ Ax ‖ digest) mod n. ecrecover(m, v, r, s')
/// returns the address of r⁻¹(s'·P − m·G) for P the point of x = r and
/// parity v − 27; with r = Ax (P = A), m = −s·Ax and s' = −e·Ax that is
/// s·G − e·A. The leaf keccak256(bitmap ‖ Ax ‖ parity) is folded up the
/// proof with sorted pairs; the root is checked by the caller (the TSC
/// through configHash, DataAvailability through the TSC's installed roots).
/// Assumptions: MuSig2 unforgeability with R committed by its address, and
/// a root that commits only to genuine aggregate keys with 0 < Ax < n
/// (governance-installed; Go's dacert.Set checks it).
library DACert {
    uint256 internal constant N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    uint256 internal constant MAX_PROOF = 13;

    /// Returns the root the certificate's proof leads to, its bitmap, and
    /// whether its signature verifies for digest (false also for a
    /// malformed certificate, then root and bitmap are zero).
    function check(bytes calldata c, bytes32 digest) internal view returns (bool ok, bytes32 root, uint64 bitmap) {
        assembly ("memory-safe") {
            let len := c.length
            // 93 + 32k bytes, k <= MAX_PROOF (13: at most 93 + 416 = 509).
            if or(or(lt(len, 93), gt(len, 509)), and(sub(len, 93), 31)) { len := 0 }
            let o := c.offset
            if iszero(len) { o := calldatasize() } // reads zeros; ok stays false, root set to 0 below
            bitmap := shr(192, calldataload(o))
            let ax := calldataload(add(o, 8))
            let parity := byte(0, calldataload(add(o, 40)))
            let r := shr(96, calldataload(add(o, 41)))
            let s := calldataload(add(o, 61))
            let p := mload(0x40)
            // R = 0 would match ecrecover's failure output; s < n keeps the
            // signature non-malleable.
            if and(and(iszero(iszero(r)), lt(s, N)), lt(parity, 2)) {
                mstore(p, shl(96, r))
                mstore8(add(p, 20), parity)
                mstore(add(p, 21), ax)
                mstore(add(p, 53), digest)
                // e mod n happens inside mulmod below.
                let e := keccak256(p, 85)
                // ecrecover input: m, v, r, s'
                mstore(p, mod(sub(N, mulmod(s, ax, N)), N))
                mstore(add(p, 0x20), add(parity, 27))
                mstore(add(p, 0x40), ax)
                mstore(add(p, 0x60), mod(sub(N, mulmod(e, ax, N)), N))
                mstore(0x00, 0)
                // Empty output (zero) when the precompile refuses (s' = 0,
                // Ax not a valid r, not on the curve).
                pop(staticcall(gas(), 0x01, p, 0x80, 0x00, 0x20))
                ok := eq(mload(0x00), r)
            }
            // leaf = keccak256(bitmap(8) ‖ Ax(32) ‖ parity(1))
            mstore(p, shl(192, bitmap))
            mstore(add(p, 8), ax)
            mstore8(add(p, 40), parity)
            let h := keccak256(p, 41)
            let end := add(o, len)
            for { let q := add(o, 93) } lt(q, end) { q := add(q, 32) } {
                let sib := calldataload(q)
                // Sorted pair, branch-free: lo = min(h, sib), hi = max.
                let lo := xor(h, mul(xor(h, sib), lt(sib, h)))
                mstore(0x00, lo)
                mstore(0x20, xor(xor(h, sib), lo))
                h := keccak256(0x00, 0x40)
            }
            root := h
            if iszero(len) {
                ok := 0
                root := 0
                bitmap := 0
            }
        }
    }

    /// Folds a leaf up a sorted-pair proof (the members leaf's proof).
    function processProof(bytes32 leaf, bytes32[] calldata proof) internal pure returns (bytes32 h) {
        h = leaf;
        for (uint256 i; i < proof.length; ++i) {
            bytes32 sib = proof[i];
            h = sib < h ? keccak256(abi.encodePacked(sib, h)) : keccak256(abi.encodePacked(h, sib));
        }
    }
}
