// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {QuorumVerifier} from "../QuorumVerifier.sol";

/// @title QuorumVerifierHarness
/// @notice Test and benchmark harness for the QuorumVerifier library. Not a
/// production contract: setCommittee has no access control.
///
/// - check*: view entry points for differential tests; they also return the
///   execution gas of the library call alone (gasleft() before and after).
/// - submit*: non-view entry points for gas benchmarks, shaped like a rollup's
///   header submission: read the registered committee hash from storage (one
///   cold SLOAD), compute the EIP-712 vote digest for this contract, verify,
///   revert with the verdict code if the QC is rejected and emit Certified
///   otherwise.
contract QuorumVerifierHarness {
    /// @notice The registered committee hash (what a rollup contract stores).
    bytes32 public committeeHash;

    bytes32 private immutable _separator;
    uint256 private immutable _chainId;

    error QuorumRejected(uint256 code);

    /// @notice Emitted by submit* for a certified header (what a rollup would record).
    event Certified(bytes32 indexed headerHash);

    constructor() {
        _chainId = block.chainid;
        _separator = QuorumVerifier.domainSeparator(block.chainid, address(this));
    }

    // ---- EIP-712 ----

    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _chainId) return _separator;
        return QuorumVerifier.domainSeparator(block.chainid, address(this));
    }

    /// @notice The vote digest for this contract on this chain.
    function voteDigest(bytes32 headerHash) public view returns (bytes32) {
        return QuorumVerifier.voteDigest(domainSeparator(), headerHash);
    }

    /// @notice The vote digest for any domain.
    function voteDigestFor(uint256 chainId, address verifier, bytes32 headerHash) external pure returns (bytes32) {
        return QuorumVerifier.voteDigest(QuorumVerifier.domainSeparator(chainId, verifier), headerHash);
    }

    // ---- differential entry points ----

    function checkECDSA(
        bytes32 committeeHash_,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc
    ) external view returns (uint256 code, uint256 gasUsed) {
        uint256 g = gasleft();
        code = QuorumVerifier.checkECDSA(committeeHash_, committee, rule, digest, qc);
        gasUsed = g - gasleft();
    }

    function checkBLS(
        bytes32 committeeHash_,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc
    ) external view returns (uint256 code, uint256 gasUsed) {
        uint256 g = gasleft();
        code = QuorumVerifier.checkBLS(committeeHash_, committee, rule, digest, qc);
        gasUsed = g - gasleft();
    }

    function checkRegistration(bytes calldata committee, bytes calldata pops) external view returns (uint256) {
        return QuorumVerifier.checkRegistration(committee, pops);
    }

    function ruleValid(bytes calldata rule) external pure returns (bool) {
        return QuorumVerifier.ruleValid(rule);
    }

    function ruleMetByAll(bytes calldata committee, uint256 members, bytes calldata rule)
        external
        pure
        returns (bool)
    {
        return QuorumVerifier.ruleMetByAll(committee, members, rule);
    }

    function ruleScalesWithCommittee(bytes calldata rule) external pure returns (bool) {
        return QuorumVerifier.ruleScalesWithCommittee(rule);
    }

    function hashToG1(bytes32 dst, bytes32 message) external view returns (uint256 x, uint256 y, bool ok) {
        return QuorumVerifier.hashToG1(dst, message);
    }

    function voteDST() external pure returns (bytes32) {
        return QuorumVerifier.VOTE_DST;
    }

    function popDST() external pure returns (bytes32) {
        return QuorumVerifier.POP_DST;
    }

    // ---- benchmark entry points ----

    /// @notice Registers a committee (full check incl. proofs of possession) and stores its hash.
    function register(bytes calldata committee, bytes calldata pops) external {
        uint256 code = QuorumVerifier.checkRegistration(committee, pops);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
        committeeHash = keccak256(committee);
    }

    /// @notice Stores a committee hash without checks (benchmarks only).
    function setCommittee(bytes32 h) external {
        committeeHash = h;
    }

    function submitECDSA(bytes calldata committee, bytes calldata rule, bytes32 headerHash, bytes calldata qc)
        external
    {
        uint256 code = QuorumVerifier.checkECDSA(committeeHash, committee, rule, voteDigest(headerHash), qc);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
        emit Certified(headerHash);
    }

    function submitBLS(bytes calldata committee, bytes calldata rule, bytes32 headerHash, bytes calldata qc)
        external
    {
        uint256 code = QuorumVerifier.checkBLS(committeeHash, committee, rule, voteDigest(headerHash), qc);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
        emit Certified(headerHash);
    }
}
