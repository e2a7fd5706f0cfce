// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title StateTree: verifies proofs of the rollup's account tree, the
/// compact sparse Merkle tree of Go package statetree. Both sides must agree
/// byte for byte; a differential test checks it.
///
/// Tree (see statetree/doc.go):
///   key(a)      = keccak256(a)                       (20-byte preimage)
///   leaf        = keccak256(0x00 ‖ a(20) ‖ balance(32) ‖ nonce(8))   (61 bytes)
///   internal    = keccak256(0x01 ‖ left(32) ‖ right(32))             (65 bytes)
///   empty       = bytes32(0)
/// Bit i of the key, most significant first, picks the child at depth i
/// (0 left, 1 right). A subtree with one leaf is that leaf's hash at its top;
/// a subtree with two or more leaves is an internal node. An account with
/// balance 0 and nonce 0 is absent.
///
/// Proof bytes, big-endian:
///   kind(1)                     0x00 inclusion, 0x01 empty, 0x02 other leaf
///   [other(20) balance(32) nonce(8)]   only for kind 0x02
///   depth(2)                    d <= 255
///   bitmap(ceil(d/8))           bit i (byte i/8, mask 0x80 >> i%8) set iff
///                               the sibling at depth i is non-empty; unused
///                               low bits are 0
///   sibling(32) per set bit     deepest first, the root level last
/// and nothing after.
///
/// Why hashing the given path is enough: because one-leaf subtrees are
/// collapsed, the verifier hashes exactly the terminal and siblings the
/// prover supplies. A proof that stops at the wrong depth computes a
/// different root, since internal(x, 0) != x (the leaf and internal
/// preimages are domain-separated by prefix byte and length). Security
/// assumption: keccak256 is collision resistant, so a root commits to one
/// set of accounts and each address has exactly one provable state.
library StateTree {
    uint8 internal constant KIND_INCLUSION = 0x00;
    uint8 internal constant KIND_EMPTY = 0x01;
    uint8 internal constant KIND_OTHER_LEAF = 0x02;
    uint256 internal constant MAX_DEPTH = 255;

    /// keccak256(account): the account's path in the tree.
    function key(address account) internal pure returns (bytes32 k) {
        assembly ("memory-safe") {
            mstore(0x00, shl(96, account))
            k := keccak256(0x00, 20)
        }
    }

    /// keccak256(0x00 ‖ account ‖ balance ‖ nonce), the leaf of an account.
    function leafHash(address account, uint256 balance, uint64 nonce) internal pure returns (bytes32 h) {
        uint256 bal = balance; // `balance` is a Yul builtin
        assembly ("memory-safe") {
            // Scratch memory at the free memory pointer, not allocated.
            let m := mload(0x40)
            // Byte 0 is the 0x00 prefix, bytes 1..20 the address.
            mstore(m, shl(88, and(account, 0xffffffffffffffffffffffffffffffffffffffff)))
            mstore(add(m, 21), bal)
            mstore(add(m, 53), shl(192, and(nonce, 0xffffffffffffffff)))
            h := keccak256(m, 61)
        }
    }

    /// Whether `proof` shows that under `root` the account at `account` has
    /// `balance` and `nonce` ((0, 0) meaning absent). Returns false for any
    /// proof that does not, including every malformed or non-canonical
    /// encoding; it never reverts.
    function verify(bytes32 root, address account, uint256 balance, uint64 nonce, bytes calldata proof)
        internal
        pure
        returns (bool ok)
    {
        uint256 bal = balance; // `balance` is a Yul builtin
        assembly ("memory-safe") {
            // The leaf preimage of (a, b, n) at m.
            function leaf(m, a, b, n) -> h {
                mstore(m, shl(88, a))
                mstore(add(m, 21), b)
                mstore(add(m, 53), shl(192, n))
                h := keccak256(m, 61)
            }

            function check(r, a, b, n, p, len) -> res {
                // Scratch memory at the free memory pointer, not allocated.
                let m := mload(0x40)
                if lt(len, 3) { leave }
                mstore(0x00, shl(96, a))
                let k := keccak256(0x00, 20)
                let absent := iszero(or(b, n))
                let node := 0
                let off := 1
                let otherKey := k
                switch byte(0, calldataload(p))
                case 0x00 {
                    if absent { leave }
                    node := leaf(m, a, b, n)
                }
                case 0x01 {
                    if iszero(absent) { leave }
                }
                case 0x02 {
                    if iszero(absent) { leave }
                    if lt(len, 63) { leave }
                    let o := shr(96, calldataload(add(p, 1)))
                    let ob := calldataload(add(p, 21))
                    let on := shr(192, calldataload(add(p, 53)))
                    // The proven address's own leaf must not prove it absent.
                    if eq(o, a) { leave }
                    if iszero(or(ob, on)) { leave }
                    node := leaf(m, o, ob, on)
                    mstore(0x00, shl(96, o))
                    otherKey := keccak256(0x00, 20)
                    off := 61
                }
                default { leave }

                let d := shr(240, calldataload(add(p, off)))
                if gt(d, 255) { leave }
                off := add(off, 2)
                let nb := shr(3, add(d, 7))
                if lt(len, add(off, nb)) { leave }
                // The bitmap's nb bytes, left-aligned: bit i of the proof's
                // bitmap is bit 255 - i of bm, as for the key.
                let bm := and(calldataload(add(p, off)), not(shr(shl(3, nb), not(0))))
                // Padding bits (d .. 8nb-1) must be zero.
                if shl(d, bm) { leave }
                // The other leaf must sit on the proven key's path: the
                // keys agree on their first d bits.
                if shr(sub(256, d), xor(k, otherKey)) { leave }

                let ptr := add(p, add(off, nb))
                // Walk up from depth d-1 to 0, consuming the key and bitmap
                // bits from their low end.
                let kb := shr(sub(256, d), k)
                let bb := shr(sub(256, d), bm)
                mstore8(m, 0x01)
                for {} d {} {
                    d := sub(d, 1)
                    let sib := 0
                    if and(bb, 1) {
                        sib := calldataload(ptr)
                        // One encoding per proof: an empty sibling is a
                        // clear bit, never a zero word.
                        if iszero(sib) { leave }
                        ptr := add(ptr, 32)
                    }
                    // key bit 0: internal(node, sib); 1: internal(sib, node).
                    let x := mul(xor(node, sib), and(kb, 1))
                    mstore(add(m, 1), xor(node, x))
                    mstore(add(m, 33), xor(sib, x))
                    node := keccak256(m, 65)
                    kb := shr(1, kb)
                    bb := shr(1, bb)
                }
                // Exactly one sibling per set bit, no trailing bytes.
                if iszero(eq(ptr, add(p, len))) { leave }
                res := eq(node, r)
            }

            ok :=
                check(
                    root,
                    and(account, 0xffffffffffffffffffffffffffffffffffffffff),
                    bal,
                    and(nonce, 0xffffffffffffffff),
                    proof.offset,
                    proof.length
                )
        }
    }
}
