// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title RollupTypes: the wire types the TSC shares with the Go SDK
/// (package rollup). Every hash here has a Go twin and a differential test.
library RollupTypes {
    /// An L1 payout, the effect of a rollup Redeem.
    struct Withdrawal {
        address to;
        uint256 amount;
    }

    /// One rollup height (rollup.Header).
    struct Header {
        bytes32 parentHash;
        uint64 height;
        bytes32 stateRoot;
        bytes32 txRoot;
        /// The deposit queue's position after this batch: every deposit with a
        /// smaller index is credited.
        uint64 depositIndex;
        /// The deposit queue's accumulator after deposit depositIndex - 1
        /// (zero if none): binds exactly which deposits the batch credited.
        bytes32 depositAcc;
        Withdrawal[] withdrawals;
        /// Challenges answered, id << 1 | applied, strictly increasing.
        uint64[] challenges;
        /// keccak256 chain over the answered challenges' transaction hashes
        /// in entry order (challengeAcc' = keccak256(challengeAcc, txHash),
        /// from zero): binds which transaction each answer executed.
        bytes32 challengeAcc;
        bytes32 dataRoot;
        /// Root of the history tree (HistoryTree) over the hashes of
        /// heights 1..height-1. The TSC does not recompute it: like
        /// stateRoot it is as good as the QC (enclaves compute it).
        bytes32 historyRoot;
    }

    /// Transaction type bytes (rollup.TxType).
    uint8 internal constant TX_DEPOSIT = 1;
    uint8 internal constant TX_TRANSFER = 2;
    uint8 internal constant TX_REDEEM = 3;

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant TRANSFER_TYPEHASH = keccak256("Transfer(address from,address to,uint256 value,uint64 nonce)");
    bytes32 internal constant REDEEM_TYPEHASH = keccak256("Redeem(address from,uint256 value,uint64 nonce)");
    bytes32 internal constant NAME_HASH = keccak256("teerollup");
    bytes32 internal constant VERSION_HASH = keccak256("1");

    /// One step of the deposit queue's accumulator (rollup.DepositAccNext).
    function depositAccNext(bytes32 acc, uint256 index, address to, uint256 value) internal pure returns (bytes32) {
        return keccak256(abi.encode(acc, index, to, value));
    }

    /// One step of a header's challenge-answer accumulator
    /// (rollup.ChallengeAccNext).
    function challengeAccNext(bytes32 acc, bytes32 txHash) internal pure returns (bytes32) {
        return keccak256(abi.encode(acc, txHash));
    }

    /// Words in Header's ABI head: its fields, a dynamic array counting as
    /// its offset. Update it with the struct (the differential tests fail
    /// until it matches).
    uint256 internal constant HEADER_HEAD = 11 * 32;

    /// The header's calldata is not abi.encode's (canonical) encoding.
    error NonCanonicalHeader();

    /// keccak256(abi.encode(header)): the header hash votes sign
    /// (rollup.Header.Hash). Hashed in place from calldata, which must hold
    /// the canonical encoding: withdrawals right after the head, challenges
    /// right after them. Re-encoding with abi.encode instead costs ~440 gas
    /// per withdrawal, more than the rest of its payout above the L1 floor.
    /// The fields are read through the same offsets, so they are the bytes
    /// hashed; a dirty value (high bits set) hashes to what no enclave
    /// signs, and its accessor reverts.
    function hash(Header calldata h) internal pure returns (bytes32 r) {
        Withdrawal[] calldata ws = h.withdrawals;
        uint64[] calldata cs = h.challenges;
        uint256 start;
        uint256 wo;
        uint256 co;
        uint256 end;
        assembly ("memory-safe") {
            start := h
            wo := ws.offset
            co := cs.offset
            // Solidity bounded both arrays by calldatasize: no overflow.
            end := add(co, shl(5, cs.length))
        }
        if (wo != start + HEADER_HEAD + 32 || co != wo + ws.length * 64 + 32) revert NonCanonicalHeader();
        assembly ("memory-safe") {
            // abi.encode(h) is the offset word 0x20, then the tuple.
            let m := mload(0x40)
            mstore(m, 0x20)
            calldatacopy(add(m, 0x20), start, sub(end, start))
            r := keccak256(m, add(0x20, sub(end, start)))
        }
    }

    /// The EIP-712 domain separator of the rollup whose TSC is `tsc`.
    function domainSeparator(address tsc) internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, tsc));
    }

    /// A decoded client transaction (rollup.Tx's canonical encoding).
    struct Tx {
        uint8 txType;
        address from;
        address to;
        uint256 value;
        uint64 nonce;
        bytes32 r;
        bytes32 s;
        uint8 v;
    }

    /// Decodes a signed Transfer (146 bytes) or Redeem (126 bytes). ok is
    /// false for any other input; it never reverts.
    function decodeSigned(bytes calldata b) internal pure returns (Tx memory t, bool ok) {
        if (b.length == 146 && uint8(b[0]) == TX_TRANSFER) {
            t.txType = TX_TRANSFER;
            t.from = address(bytes20(b[1:21]));
            t.to = address(bytes20(b[21:41]));
            t.value = uint256(bytes32(b[41:73]));
            t.nonce = uint64(bytes8(b[73:81]));
            t.r = bytes32(b[81:113]);
            t.s = bytes32(b[113:145]);
            t.v = uint8(b[145]);
            return (t, true);
        }
        if (b.length == 126 && uint8(b[0]) == TX_REDEEM) {
            t.txType = TX_REDEEM;
            t.from = address(bytes20(b[1:21]));
            t.value = uint256(bytes32(b[21:53]));
            t.nonce = uint64(bytes8(b[53:61]));
            t.r = bytes32(b[61:93]);
            t.s = bytes32(b[93:125]);
            t.v = uint8(b[125]);
            return (t, true);
        }
        return (t, false);
    }

    /// The EIP-712 digest the client signed.
    function signingHash(Tx memory t, address tsc) internal view returns (bytes32) {
        bytes32 structHash = t.txType == TX_TRANSFER
            ? keccak256(abi.encode(TRANSFER_TYPEHASH, t.from, t.to, t.value, t.nonce))
            : keccak256(abi.encode(REDEEM_TYPEHASH, t.from, t.value, t.nonce));
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(tsc), structHash));
    }

    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// Whether the transaction is signed by its sender under the rollup's
    /// domain, with the same canonical-signature rules as Go (v ∈ {27, 28},
    /// low s: EIP-2).
    function signedBySender(Tx memory t, address tsc) internal view returns (bool) {
        if (t.v != 27 && t.v != 28) return false;
        if (uint256(t.s) > HALF_N || t.s == 0 || t.r == 0) return false;
        if (t.from == address(0)) return false;
        address got = ecrecover(signingHash(t, tsc), t.v, t.r, t.s);
        return got != address(0) && got == t.from;
    }

    /// keccak256 of a transaction's canonical encoding (rollup.Tx.Hash).
    function txHash(bytes calldata b) internal pure returns (bytes32) {
        return keccak256(b);
    }
}
