// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title QuorumVerifier
/// @notice Checks teerollup quorum certificates (QCs): a committee of
/// sequencers running in heterogeneous TEEs signs an EIP-712 vote for a
/// header, and a rule over the signers' TEE kinds, count or weight decides
/// whether the signatures certify it. Two signature schemes: a list of
/// secp256k1 ECDSA signatures with a signer bitmap, and a BLS aggregate on
/// BN254 (signatures in G1, keys in G2 with a G1 copy).
///
/// This library is the on-chain twin of the Go package
/// github.com/teerollup/teerollup/quorum; the two are tested against each
/// other on random inputs and must give the same verdict on every input.
/// The encodings are documented in quorum/doc.go; briefly:
///
///   committee = flags(1) ‖ member*            flags 0: ECDSA only, 1: with BLS keys
///   member    = addr(20) ‖ kind(1) ‖ weight(8, big-endian) [‖ blsG1.x(32) ‖ blsG1.y(32)]
///   ecdsa QC  = bitmap(ceil(n/8)) ‖ (r(32) ‖ s(32) ‖ v(1))*   one signature per set bit, in index order
///   bls QC    = bitmap(ceil(n/8)) ‖ sigma G1(64) ‖ aggregate key G2(128, EIP-197 order)
///   rule      = leaf | 0x05 ‖ count(1..8) ‖ leaf*    leaf: 0x01 ‖ m(2) | 0x02 ‖ k(1) | 0x03 ‖ percent(1) | 0x04 ‖ threshold(8)
///
/// Bit i of the bitmap (the big-endian integer of its ceil(n/8) bytes) is
/// member i. The chain stores only keccak256(committee); callers pass the
/// committee in calldata, which is an order of magnitude cheaper than
/// reading it from storage.
///
/// Nothing here reverts on malformed input: check* functions return a
/// verdict code (the same numbers as quorum.Reason in Go), verify*
/// functions return code == OK. Checks run in a fixed order and the first
/// failing one decides the code:
///   1 COMMITTEE_HASH  keccak256(committee) != committeeHash
///   2 BAD_COMMITTEE   bad flags, length, size (1..256), or a member out of
///                     order (addresses strictly ascending, hence non-zero
///                     and distinct), with a kind outside 1..6, or (BLS) a
///                     G1 key that is not a curve point
///   3 BAD_RULE        the rule does not decode
///   4 BAD_QC          the QC does not decode: length, empty bitmap, bits at
///                     or beyond n, signature count != popcount
///   5 RULE_NOT_MET    the claimed signers do not satisfy the rule
///   6 BAD_SIGNATURE   a signature is invalid (ECDSA: v not 27/28, s in the
///                     upper half of the order, or recovers to another
///                     address; BLS: the pairing check fails)
///   7 BAD_POP         registration only: a proof of possession fails
/// Member checks (2) run in the signature loop; the shape checks before them
/// (flags, length) are also code 2. The Go package follows the same order.
library QuorumVerifier {
    // ---- verdicts: quorum.Reason ----
    uint256 internal constant OK = 0;
    uint256 internal constant COMMITTEE_HASH = 1;
    uint256 internal constant BAD_COMMITTEE = 2;
    uint256 internal constant BAD_RULE = 3;
    uint256 internal constant BAD_QC = 4;
    uint256 internal constant RULE_NOT_MET = 5;
    uint256 internal constant BAD_SIGNATURE = 6;
    uint256 internal constant BAD_POP = 7;

    uint256 internal constant MAX_MEMBERS = 256;
    uint256 internal constant MAX_KIND = 6; // attest.KindNitro
    uint256 internal constant MEMBER_SIZE = 29;
    uint256 internal constant BLS_MEMBER_SIZE = 93;
    uint256 internal constant MAX_ALL = 8; // children of an All rule

    // BN254 base field and group order.
    uint256 private constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;
    uint256 private constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    // 2^256 mod P, to reduce a 512-bit hash modulo P.
    uint256 private constant TWO256_MOD_P = 0x0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d;
    // (P + 1) / 4: P = 3 mod 4, so a^((P+1)/4) is a square root of a when one exists.
    uint256 private constant SQRT_EXP = 0x0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52;
    // The negated G2 generator of EIP-197, in precompile order (x.imag, x.real, y.imag, y.real).
    uint256 private constant NG2_X1 = 0x198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2;
    uint256 private constant NG2_X0 = 0x1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed;
    uint256 private constant NG2_Y1 = 0x275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec;
    uint256 private constant NG2_Y0 = 0x1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d;
    // secp256k1 order / 2: signatures with a larger s are rejected (EIP-2).
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// Domain tags of the two BN254 hash-to-G1 uses (votes, proofs of possession).
    bytes32 internal constant VOTE_DST = keccak256("TEEROLLUP-V1-BLS-VOTE-BN254G1-KECCAK256-TAI");
    bytes32 internal constant POP_DST = keccak256("TEEROLLUP-V1-BLS-POP-BN254G1-KECCAK256-TAI");

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("teerollup");
    bytes32 internal constant VERSION_HASH = keccak256("1");
    bytes32 internal constant VOTE_TYPEHASH = keccak256("Vote(bytes32 headerHash)");

    // ------------------------------------------------------------------
    // EIP-712
    // ------------------------------------------------------------------

    /// @notice The EIP-712 domain separator for {name "teerollup", version "1", chainId, verifyingContract}.
    function domainSeparator(uint256 chainId, address verifier) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, chainId, verifier));
    }

    /// @notice The digest a member signs: keccak256("\x19\x01" ‖ separator ‖ keccak256(abi.encode(VOTE_TYPEHASH, headerHash))).
    function voteDigest(bytes32 separator, bytes32 headerHash) internal pure returns (bytes32 d) {
        bytes32 th = VOTE_TYPEHASH;
        assembly ("memory-safe") {
            mstore(0x00, th)
            mstore(0x20, headerHash)
            let s := keccak256(0x00, 0x40)
            let m := mload(0x40)
            mstore(m, shl(240, 0x1901))
            mstore(add(m, 2), separator)
            mstore(add(m, 34), s)
            d := keccak256(m, 66)
        }
    }

    // ------------------------------------------------------------------
    // ECDSA
    // ------------------------------------------------------------------

    function verifyECDSA(
        bytes32 committeeHash,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc
    ) internal view returns (bool) {
        return checkECDSA(committeeHash, committee, rule, digest, qc) == OK;
    }

    /// @notice Verdict code for an ECDSA QC; see the library comment for the order of checks.
    function checkECDSA(
        bytes32 committeeHash,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc
    ) internal view returns (uint256) {
        uint256 stride = _prelude(committeeHash, committee, rule, false);
        if (stride < MEMBER_SIZE) return stride;
        (uint256 status, uint256 sgn, uint256 tot) = _ecdsaScan(digest, committee, stride, qc);
        return _finish(status, rule, sgn, tot);
    }

    /// Decodes the QC head, then runs _ecdsaLoop.
    function _ecdsaScan(bytes32 digest, bytes calldata committee, uint256 stride, bytes calldata qc)
        private
        view
        returns (uint256 status, uint256 sgn, uint256 tot)
    {
        (uint256 bitmap, uint256 sigOff, bool ok) = _qcHead(qc, committee.length, stride, false);
        if (!ok) return (BAD_QC, 0, 0);
        return _ecdsaLoop(digest, committee, stride, bitmap, sigOff);
    }

    /// Walks the members once: checks each (order, kind), tallies them, and
    /// recovers the signers' signatures. status: OK, BAD_COMMITTEE (a bad
    /// member ends the walk) or BAD_SIGNATURE (members keep being checked
    /// after a bad signature; no more signatures are recovered). sgn packs,
    /// for the signers, their count (bits 0..15), per-kind counts (16 bits
    /// at 16·kind: kinds 1..6 use bits 16..111, so a seventh kind still
    /// fits below the weight) and weight sum (bits 128..255); tot packs the
    /// members' per-kind counts.
    function _ecdsaLoop(bytes32 digest, bytes calldata committee, uint256 stride, uint256 bitmap, uint256 sigPtr)
        private
        view
        returns (uint256 status, uint256 sgn, uint256 tot)
    {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, digest)
            let prev := 0
            let end := add(committee.offset, committee.length)
            for { let p := add(committee.offset, 1) } lt(p, end) { p := add(p, stride) } {
                // w = addr(160) ‖ kind(8) ‖ weight(64)
                let w := shr(24, calldataload(p))
                let addr := shr(72, w)
                let kind := and(shr(64, w), 0xff)
                // addresses strictly ascending (so non-zero), kind in 1..6
                if or(iszero(lt(prev, addr)), gt(sub(kind, 1), 5)) {
                    status := 2 // BAD_COMMITTEE
                    break
                }
                prev := addr
                let lane := shl(shl(4, kind), 1)
                tot := add(tot, lane)
                if and(bitmap, 1) {
                    sgn := add(sgn, add(add(lane, 1), shl(128, and(w, 0xffffffffffffffff))))
                    if iszero(status) {
                        let v := byte(0, calldataload(add(sigPtr, 64)))
                        // v in {27, 28} and s <= n/2 (EIP-2); the precompile checks r and s are in 1..n-1
                        switch and(lt(sub(v, 27), 2), iszero(gt(calldataload(add(sigPtr, 32)), HALF_N)))
                        case 0 { status := 6 }
                        default {
                            mstore(add(m, 0x20), v)
                            calldatacopy(add(m, 0x40), sigPtr, 0x40)
                            // ecrecover: empty output when the signature is invalid.
                            // (Yul evaluates arguments right to left: call first.)
                            let ok := staticcall(gas(), 0x01, m, 0x80, 0x00, 0x20)
                            if iszero(and(and(ok, eq(returndatasize(), 0x20)), eq(mload(0x00), addr))) {
                                status := 6 // BAD_SIGNATURE
                            }
                        }
                    }
                    sigPtr := add(sigPtr, 65)
                }
                bitmap := shr(1, bitmap)
            }
        }
    }

    /// The verdict after a scan: a bad member or QC outranks the rule, the
    /// rule outranks a bad signature.
    function _finish(uint256 status, bytes calldata rule, uint256 sgn, uint256 tot) private pure returns (uint256) {
        if (status == BAD_COMMITTEE || status == BAD_QC) return status;
        if (!_ruleMet(rule, sgn, tot)) return RULE_NOT_MET;
        return status;
    }

    // ------------------------------------------------------------------
    // BLS on BN254
    // ------------------------------------------------------------------

    function verifyBLS(
        bytes32 committeeHash,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc
    ) internal view returns (bool) {
        return checkBLS(committeeHash, committee, rule, digest, qc) == OK;
    }

    /// @notice Verdict code for a BLS QC. The committee must carry BLS keys
    /// (flags 1). With apk1 the sum of the signers' registered G1 keys,
    /// sigma and apk2 from the QC, H = hashToG1(VOTE_DST, digest) and
    /// gamma = keccak256(sigma ‖ apk1 ‖ apk2 ‖ H) mod r, the QC is valid iff
    ///   e(sigma + gamma·apk1, -g2) · e(H + gamma·g1, apk2) == 1,
    /// which checks e(sigma, g2) == e(H, apk2) and e(apk1, g2) == e(g1, apk2)
    /// at once: apk2 is the G2 twin of the signers' key sum, so no G2
    /// arithmetic is needed on chain.
    function checkBLS(
        bytes32 committeeHash,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc
    ) internal view returns (uint256) {
        uint256 stride = _prelude(committeeHash, committee, rule, true);
        if (stride < MEMBER_SIZE) return stride;
        // q: the 320-byte transcript sigma ‖ apk1 ‖ apk2 ‖ H, then workspace.
        uint256 q;
        assembly ("memory-safe") {
            q := mload(0x40)
            mstore(0x40, add(q, 0x380))
        }
        (uint256 status, uint256 sgn, uint256 tot) = _blsScan(committee, qc, q);
        status = _finish(status, rule, sgn, tot);
        if (status != OK) return status;
        return _blsPairing(digest, q) ? OK : BAD_SIGNATURE;
    }

    /// Decodes the QC head, runs _blsLoop (apk1 at q[0..64)), and lays out
    /// sigma ‖ apk1 ‖ apk2 at q[0..256).
    function _blsScan(bytes calldata committee, bytes calldata qc, uint256 q)
        private
        view
        returns (uint256 status, uint256 sgn, uint256 tot)
    {
        (uint256 bitmap, uint256 sigOff, bool ok) = _qcHead(qc, committee.length, BLS_MEMBER_SIZE, true);
        if (!ok) return (BAD_QC, 0, 0);
        (status, sgn, tot) = _blsLoop(committee, bitmap, q);
        assembly ("memory-safe") {
            mstore(add(q, 0x40), mload(q))
            mstore(add(q, 0x60), mload(add(q, 0x20)))
            calldatacopy(q, sigOff, 0x40)
            calldatacopy(add(q, 0x80), add(sigOff, 0x40), 0x80)
        }
    }

    /// Appends H = hashToG1(VOTE_DST, digest) to the transcript at q and runs the pairing check.
    function _blsPairing(bytes32 digest, uint256 q) private view returns (bool) {
        (uint256 hx, uint256 hy, bool ok) = hashToG1(VOTE_DST, digest);
        if (!ok) return false;
        assembly ("memory-safe") {
            mstore(add(q, 0x100), hx)
            mstore(add(q, 0x120), hy)
        }
        return _pairingCheck(q);
    }

    /// Like _ecdsaLoop, but also checks each member's G1 key is a curve point
    /// (coordinates below P, y² = x³ + 3; the identity (0,0) fails) and sums
    /// the signers' keys into memory q[0..64) with ecAdd.
    function _blsLoop(bytes calldata committee, uint256 bitmap, uint256 q)
        private
        view
        returns (uint256 status, uint256 sgn, uint256 tot)
    {
        assembly ("memory-safe") {
            let prev := 0
            let end := add(committee.offset, committee.length)
            for { let p := add(committee.offset, 1) } lt(p, end) { p := add(p, 93) } {
                let w := shr(24, calldataload(p))
                let addr := shr(72, w)
                let kind := and(shr(64, w), 0xff)
                let x := calldataload(add(p, 29))
                let y := calldataload(add(p, 61))
                if or(
                    or(iszero(lt(prev, addr)), gt(sub(kind, 1), 5)),
                    or(
                        or(iszero(lt(x, P)), iszero(lt(y, P))),
                        iszero(eq(mulmod(y, y, P), addmod(mulmod(mulmod(x, x, P), x, P), 3, P)))
                    )
                ) {
                    status := 2 // BAD_COMMITTEE
                    break
                }
                prev := addr
                let lane := shl(shl(4, kind), 1)
                tot := add(tot, lane)
                if and(bitmap, 1) {
                    switch and(sgn, 0xffff)
                    case 0 {
                        mstore(q, x)
                        mstore(add(q, 0x20), y)
                    }
                    default {
                        mstore(add(q, 0x40), x)
                        mstore(add(q, 0x60), y)
                        if iszero(staticcall(gas(), 0x06, q, 0x80, q, 0x40)) { status := 6 }
                    }
                    sgn := add(sgn, add(add(lane, 1), shl(128, and(w, 0xffffffffffffffff))))
                }
                bitmap := shr(1, bitmap)
            }
        }
    }

    /// Memory at q holds the transcript sigma ‖ pk1 ‖ pk2 ‖ H (320 bytes);
    /// q+320.. is workspace (576 bytes). Returns whether
    /// e(sigma + gamma·pk1, -g2) · e(H + gamma·g1, pk2) == 1 with
    /// gamma = keccak256(transcript) mod r. Invalid points make a precompile
    /// fail, which is a false verdict.
    function _pairingCheck(uint256 q) private view returns (bool ok) {
        assembly ("memory-safe") {
            let gamma := mod(keccak256(q, 0x140), R)
            let t := add(q, 0x140)
            // A = sigma + gamma·pk1 at t[0..64)
            mstore(t, mload(add(q, 0x40)))
            mstore(add(t, 0x20), mload(add(q, 0x60)))
            mstore(add(t, 0x40), gamma)
            ok := staticcall(gas(), 0x07, t, 0x60, t, 0x40)
            mstore(add(t, 0x40), mload(q))
            mstore(add(t, 0x60), mload(add(q, 0x20)))
            ok := and(ok, staticcall(gas(), 0x06, t, 0x80, t, 0x40))
            // B = H + gamma·g1 at t[192..256), computed in u
            let u := add(t, 0x180)
            mstore(u, 1)
            mstore(add(u, 0x20), 2)
            mstore(add(u, 0x40), gamma)
            ok := and(ok, staticcall(gas(), 0x07, u, 0x60, u, 0x40))
            mstore(add(u, 0x40), mload(add(q, 0x100)))
            mstore(add(u, 0x60), mload(add(q, 0x120)))
            ok := and(ok, staticcall(gas(), 0x06, u, 0x80, add(t, 0xc0), 0x40))
            // -g2 at t[64..192), pk2 at t[256..384)
            mstore(add(t, 0x40), NG2_X1)
            mstore(add(t, 0x60), NG2_X0)
            mstore(add(t, 0x80), NG2_Y1)
            mstore(add(t, 0xa0), NG2_Y0)
            mstore(add(t, 0x100), mload(add(q, 0x80)))
            mstore(add(t, 0x120), mload(add(q, 0xa0)))
            mstore(add(t, 0x140), mload(add(q, 0xc0)))
            mstore(add(t, 0x160), mload(add(q, 0xe0)))
            ok := and(ok, staticcall(gas(), 0x08, t, 0x180, 0x00, 0x20))
            ok := and(ok, and(eq(returndatasize(), 0x20), eq(mload(0x00), 1)))
        }
    }

    /// @notice Try-and-increment hash to BN254 G1 (cofactor 1, so every curve
    /// point is in the group). For ctr = 0, 1, ..., 255:
    ///   h0 = keccak256(dst ‖ message ‖ uint256(2·ctr)), h1 = keccak256(dst ‖ message ‖ uint256(2·ctr+1))
    ///   x  = (h0·2^256 + h1) mod P                 (a 512-bit reduction: negligible bias)
    ///   y  = (x³ + 3)^((P+1)/4) mod P              (modexp precompile)
    /// and the first ctr with y² = x³ + 3 gives (x, y), with y replaced by P - y
    /// when the top bit of h1 is set. ok is false only if all 256 tries fail
    /// (probability 2^-256).
    function hashToG1(bytes32 dst, bytes32 message) internal view returns (uint256 x, uint256 y, bool ok) {
        assembly ("memory-safe") {
            let f := mload(0x40)
            mstore(f, dst)
            mstore(add(f, 0x20), message)
            let g := add(f, 0x60)
            mstore(g, 0x20)
            mstore(add(g, 0x20), 0x20)
            mstore(add(g, 0x40), 0x20)
            mstore(add(g, 0x80), SQRT_EXP)
            mstore(add(g, 0xa0), P)
            for { let ctr := 0 } lt(ctr, 256) { ctr := add(ctr, 1) } {
                mstore(add(f, 0x40), shl(1, ctr))
                let h0 := keccak256(f, 0x60)
                mstore(add(f, 0x40), add(shl(1, ctr), 1))
                let h1 := keccak256(f, 0x60)
                x := addmod(mulmod(h0, TWO256_MOD_P, P), h1, P)
                let rhs := addmod(mulmod(mulmod(x, x, P), x, P), 3, P)
                mstore(add(g, 0x60), rhs)
                if iszero(staticcall(gas(), 0x05, g, 0xc0, 0x00, 0x20)) { break }
                y := mload(0x00)
                if eq(mulmod(y, y, P), rhs) {
                    if shr(255, h1) { y := sub(P, y) }
                    ok := 1
                    break
                }
            }
        }
    }

    // ------------------------------------------------------------------
    // Registration: the full committee check, run once before a committee
    // hash is stored. verify* trust that it ran (they re-check everything
    // except distinct BLS keys and proofs of possession).
    // ------------------------------------------------------------------

    /// @notice Verdict for registering a committee: BAD_COMMITTEE unless it
    /// decodes, its members pass the member checks and (BLS) no two members
    /// share a G1 x-coordinate (so no equal or opposite keys); BAD_POP
    /// unless pops holds, per member in order, its G2 key (128 bytes,
    /// non-zero) and a valid proof of possession (64 bytes) — or is empty
    /// for an ECDSA-only committee.
    function checkRegistration(bytes calldata committee, bytes calldata pops) internal view returns (uint256) {
        (uint256 n, uint256 stride, bool ok) = _shape(committee);
        if (!ok || !_membersValid(committee, n, stride)) return BAD_COMMITTEE;
        if (stride == MEMBER_SIZE) return pops.length == 0 ? OK : BAD_POP;
        if (!_distinctKeys(committee, n)) return BAD_COMMITTEE;
        if (pops.length != n * 192) return BAD_POP;
        for (uint256 i; i < n; ++i) {
            if (!_memberPoP(committee, pops, i)) return BAD_POP;
        }
        return OK;
    }

    function _membersValid(bytes calldata committee, uint256 n, uint256 stride) private pure returns (bool) {
        uint256 prev;
        for (uint256 i; i < n; ++i) {
            uint256 p = 1 + i * stride;
            uint256 w = _word(committee, p);
            uint256 addr = w >> 96;
            uint256 kind = uint8(w >> 88);
            if (addr <= prev || kind == 0 || kind > MAX_KIND) return false;
            prev = addr;
            if (stride == BLS_MEMBER_SIZE) {
                uint256 x = _word(committee, p + 29);
                uint256 y = _word(committee, p + 61);
                if (x >= P || y >= P || mulmod(y, y, P) != addmod(mulmod(mulmod(x, x, P), x, P), 3, P)) return false;
            }
        }
        return true;
    }

    function _distinctKeys(bytes calldata committee, uint256 n) private pure returns (bool) {
        for (uint256 i = 1; i < n; ++i) {
            uint256 x = _word(committee, 1 + i * BLS_MEMBER_SIZE + 29);
            for (uint256 j; j < i; ++j) {
                if (_word(committee, 1 + j * BLS_MEMBER_SIZE + 29) == x) return false;
            }
        }
        return true;
    }

    function _memberPoP(bytes calldata committee, bytes calldata pops, uint256 i) private view returns (bool) {
        uint256 p = 1 + i * BLS_MEMBER_SIZE;
        uint256 o = i * 192;
        if (_word(pops, o) | _word(pops, o + 32) | _word(pops, o + 64) | _word(pops, o + 96) == 0) return false;
        return checkPoP(
            address(uint160(_word(committee, p) >> 96)), committee[p + 29:p + 93], pops[o:o + 128], pops[o + 128:o + 192]
        );
    }

    /// The 32 bytes of b at off; the caller guarantees off + 32 <= b.length.
    function _word(bytes calldata b, uint256 off) private pure returns (uint256 w) {
        assembly {
            w := calldataload(add(b.offset, off))
        }
    }

    /// @notice Checks a BLS proof of possession: pop = sk·hashToG1(POP_DST,
    /// keccak256(member ‖ pk1 ‖ pk2)) for the sk behind both pk1 (G1) and pk2
    /// (G2). Binding the member address stops one member from registering a
    /// copy of another's key and proof. The caller must have checked pk1 is
    /// a curve point and pk2 is not the identity.
    function checkPoP(address member, bytes calldata pk1, bytes calldata pk2, bytes calldata pop)
        internal
        view
        returns (bool)
    {
        if (pk1.length != 64 || pk2.length != 128 || pop.length != 64) return false;
        (uint256 hx, uint256 hy, bool ok) = hashToG1(POP_DST, keccak256(abi.encodePacked(member, pk1, pk2)));
        if (!ok) return false;
        uint256 q;
        assembly ("memory-safe") {
            q := mload(0x40)
            mstore(0x40, add(q, 0x380))
            calldatacopy(q, pop.offset, 0x40)
            calldatacopy(add(q, 0x40), pk1.offset, 0x40)
            calldatacopy(add(q, 0x80), pk2.offset, 0x80)
            mstore(add(q, 0x100), hx)
            mstore(add(q, 0x120), hy)
        }
        return _pairingCheck(q);
    }

    // ------------------------------------------------------------------
    // Rules
    // ------------------------------------------------------------------

    /// @notice Whether rule decodes: one leaf, or 0x05 ‖ count (1..8) ‖ count leaves, with no trailing bytes.
    ///   0x01 ‖ m (uint16, ≥ 1)          MOfN: at least m signers
    ///   0x02 ‖ k (uint8, ≥ 1)           DistinctKinds: signers of at least k TEE kinds
    ///   0x03 ‖ percent (uint8, 1..100)  PerKind: every kind in the committee has
    ///                                   signers ≥ ceil(percent·members_of_kind/100)
    ///   0x04 ‖ threshold (uint64, ≥ 1)  Weighted: signers' weight sum ≥ threshold
    function ruleValid(bytes calldata rule) internal pure returns (bool ok) {
        assembly {
            let p := rule.offset
            let end := add(p, rule.length)
            let count := iszero(iszero(rule.length))
            if eq(byte(0, calldataload(p)), 5) {
                count := byte(1, calldataload(p))
                p := add(p, 2)
                if or(gt(count, 8), lt(rule.length, 2)) { count := 0 }
            }
            ok := iszero(iszero(count))
            for {} count { count := sub(count, 1) } {
                // bytes past a short rule may be read below; p > end then fails
                let w := calldataload(p)
                let l := 0
                switch byte(0, w)
                case 1 { if shr(240, shl(8, w)) { l := 3 } }
                case 2 { if byte(1, w) { l := 2 } }
                case 3 { if lt(sub(byte(1, w), 1), 100) { l := 2 } }
                case 4 { if shr(192, shl(8, w)) { l := 9 } }
                p := add(p, l)
                if or(iszero(l), gt(p, end)) {
                    ok := 0
                    break
                }
            }
            ok := and(ok, eq(p, end))
        }
    }

    /// @notice Whether a valid rule is met when the committee is reduced to
    /// the members whose bits are set in `members` (bit i: member i) and
    /// every one of them signs. The committee must have passed
    /// checkRegistration (the Manager installs no other), so its shape is
    /// not re-checked. It tallies exactly as the signature loops do, so the
    /// verdict is the one the TSC would give a QC of all those members over
    /// the reduced committee.
    function ruleMetByAll(bytes calldata committee, uint256 members, bytes calldata rule)
        internal
        pure
        returns (bool)
    {
        (uint256 n, uint256 stride,) = _shape(committee);
        uint256 sgn;
        uint256 tot;
        for (uint256 i; i < n; ++i) {
            if ((members >> i) & 1 == 0) continue;
            // w = addr(160) ‖ kind(8) ‖ weight(64), as in _ecdsaLoop
            uint256 w = _word(committee, 1 + i * stride) >> 24;
            uint256 lane = 1 << (16 * ((w >> 64) & 0xff));
            tot += lane;
            sgn += lane + 1 + ((w & 0xffffffffffffffff) << 128);
        }
        return _ruleMet(rule, sgn, tot);
    }

    /// @notice Whether a valid rule has a PerKind leaf, the only leaf whose
    /// bar depends on the committee (it scales with the members of each
    /// kind) rather than on the signers alone. Removing members lowers such
    /// a bar, so a signer set that meets the rule on a reduced committee
    /// need not meet it on the original one.
    function ruleScalesWithCommittee(bytes calldata rule) internal pure returns (bool) {
        uint256 p;
        uint256 count = 1;
        if (uint8(rule[0]) == 5) {
            count = uint8(rule[1]);
            p = 2;
        }
        for (; count > 0; --count) {
            uint8 tag = uint8(rule[p]);
            if (tag == 3) return true;
            p += tag == 1 ? 3 : tag == 4 ? 9 : 2;
        }
        return false;
    }

    /// Evaluates a valid rule over the packed tallies (see _ecdsaLoop).
    function _ruleMet(bytes calldata rule, uint256 sgn, uint256 tot) private pure returns (bool met) {
        assembly {
            let p := rule.offset
            let count := 1
            if eq(byte(0, calldataload(p)), 5) {
                count := byte(1, calldataload(p))
                p := add(p, 2)
            }
            met := 1
            for {} count { count := sub(count, 1) } {
                let w := calldataload(p)
                switch byte(0, w)
                case 1 {
                    met := iszero(lt(and(sgn, 0xffff), shr(240, shl(8, w))))
                    p := add(p, 3)
                }
                case 2 {
                    let k := iszero(iszero(and(shr(16, sgn), 0xffff)))
                    k := add(k, iszero(iszero(and(shr(32, sgn), 0xffff))))
                    k := add(k, iszero(iszero(and(shr(48, sgn), 0xffff))))
                    k := add(k, iszero(iszero(and(shr(64, sgn), 0xffff))))
                    k := add(k, iszero(iszero(and(shr(80, sgn), 0xffff))))
                    k := add(k, iszero(iszero(and(shr(96, sgn), 0xffff))))
                    met := iszero(lt(k, byte(1, w)))
                    p := add(p, 2)
                }
                case 3 {
                    // signed·100 ≥ percent·members ⇔ signed ≥ ceil(percent·members/100)
                    let pct := byte(1, w)
                    for { let s := 16 } lt(s, 112) { s := add(s, 16) } {
                        if lt(mul(and(shr(s, sgn), 0xffff), 100), mul(pct, and(shr(s, tot), 0xffff))) { met := 0 }
                    }
                    p := add(p, 2)
                }
                default {
                    met := iszero(lt(shr(128, sgn), shr(192, shl(8, w))))
                    p := add(p, 9)
                }
                if iszero(met) { break }
            }
        }
    }

    // ------------------------------------------------------------------
    // Encoding helpers
    // ------------------------------------------------------------------

    /// Member count and stride of a committee encoding; ok is false unless
    /// flags is 0 or 1, the length is 1 + n·stride and 1 ≤ n ≤ 256.
    function _shape(bytes calldata committee) private pure returns (uint256 n, uint256 stride, bool ok) {
        if (committee.length == 0) return (0, 0, false);
        uint256 flags = uint8(committee[0]);
        if (flags == 0) stride = MEMBER_SIZE;
        else if (flags == 1) stride = BLS_MEMBER_SIZE;
        else return (0, 0, false);
        uint256 body = committee.length - 1;
        n = body / stride;
        ok = n != 0 && n <= MAX_MEMBERS && n * stride == body;
    }

    /// Checks 1 to 3: committee hash, committee shape (with BLS keys if
    /// bls), rule. Returns the committee's stride (29 or 93) when they
    /// pass, else the verdict code (1..3).
    function _prelude(bytes32 committeeHash, bytes calldata committee, bytes calldata rule, bool bls)
        private
        pure
        returns (uint256 r)
    {
        assembly ("memory-safe") {
            let len := committee.length
            let m := mload(0x40)
            calldatacopy(m, committee.offset, len)
            r := COMMITTEE_HASH
            if eq(keccak256(m, len), committeeHash) {
                r := BAD_COMMITTEE
                let stride := 0
                switch byte(0, calldataload(committee.offset))
                case 0 { if iszero(bls) { stride := 29 } }
                case 1 { stride := 93 }
                if and(stride, iszero(iszero(len))) {
                    let body := sub(len, 1)
                    let n := div(body, stride)
                    if and(and(iszero(iszero(n)), lt(n, 257)), eq(mul(n, stride), body)) { r := stride }
                }
            }
        }
        if (r >= MEMBER_SIZE && !ruleValid(rule)) return BAD_RULE;
    }

    /// The bitmap of a QC over the n = (clen-1)/stride members is its first
    /// ceil(n/8) bytes as a big-endian integer. ok is false if it is empty
    /// or has a bit at or beyond n, or if the QC's length is not
    /// ceil(n/8) + 65·popcount (ECDSA) or ceil(n/8) + 192 (BLS). sigOff is
    /// where the signature part starts in calldata.
    function _qcHead(bytes calldata qc, uint256 clen, uint256 stride, bool bls)
        private
        pure
        returns (uint256 bitmap, uint256 sigOff, bool ok)
    {
        assembly {
            let n := div(sub(clen, 1), stride)
            let nb := shr(3, add(n, 7))
            sigOff := add(qc.offset, nb)
            bitmap := shr(sub(256, shl(3, nb)), calldataload(qc.offset))
            let want := add(nb, 192)
            if iszero(bls) {
                // popcount: per 2, 4, 8, 16 bits, then sum the 16-bit lanes
                let x := sub(bitmap, and(shr(1, bitmap), 0x5555555555555555555555555555555555555555555555555555555555555555))
                x := add(
                    and(x, 0x3333333333333333333333333333333333333333333333333333333333333333),
                    and(shr(2, x), 0x3333333333333333333333333333333333333333333333333333333333333333)
                )
                x := and(add(x, shr(4, x)), 0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f)
                x := and(add(x, shr(8, x)), 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff)
                x := shr(240, mul(x, 0x0001000100010001000100010001000100010001000100010001000100010001))
                want := add(nb, mul(65, x))
            }
            // a QC shorter than nb reads bytes past it here, but then fails the length check
            ok := and(and(iszero(iszero(bitmap)), iszero(shr(n, bitmap))), eq(qc.length, want))
        }
    }

}
