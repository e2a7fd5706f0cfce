// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {QuorumVerifier} from "./QuorumVerifier.sol";

/// @notice The Groth16 verifier gnark exports (ZkTransferVerifier.sol): reverts
/// unless the proof verifies for the public inputs (pre root, post root,
/// batch commitment).
interface IZkVerifier {
    function verifyProof(uint256[8] calldata proof, uint256[3] calldata input) external view;
}

/// @title MultiProof: a zk proof and a TEE committee QC as two factors.
/// @notice One batch at a time extends the last agreed root. Each factor
/// records a claim (post root) for the pending batch; the policy decides when
/// the claims finalize it:
///   Phala   both factors must agree (zk false → the zk claim reverts; zk true
///           with the TEE absent or disagreeing → not accepted);
///   Sampled TEE alone for most batches; both for a sampled fraction, drawn
///           from the hash of a block mined after the batch's first claim;
///   Delays  one factor → long delay; both agreeing → short delay.
/// Claims that disagree (zk vs TEE, or two valid claims of one factor) put
/// the batch on hold with both claims recorded: nothing is accepted, there is
/// no global kill switch, and the batch is resolved by a second, independent
/// zk verifier or by a governance decision that waits out the exit window.
contract MultiProof {
    enum Policy {
        Phala,
        Sampled,
        Delays
    }

    struct Config {
        address zkVerifier; // IZkVerifier
        address secondVerifier; // an independent IZkVerifier for held batches, or 0
        bytes32 committeeHash; // quorum.Committee.Hash()
        bytes32 ruleHash; // keccak256(quorum.EncodeRule(rule)): e.g. DistinctKinds, or MOfN{1} for 1-of-N
        Policy policy;
        uint16 sampleBps; // Sampled: fraction of batches needing zk, in 1/10,000
        uint64 sampleLag; // Sampled: blocks between the first claim and the sampling block (≥ 1)
        uint64 shortDelay; // seconds
        uint64 longDelay; // seconds (Delays: one factor)
        uint64 exitWindow; // seconds a governance decision waits
        address governance;
        bytes32 genesisRoot;
    }

    struct Pending {
        bytes32 commitment; // 0: no batch pending
        bytes32 zkPost;
        bytes32 teePost;
        uint64 zkAt;
        uint64 teeAt;
        uint64 sampleBlock;
        bool held;
    }

    struct Decision {
        bytes32 post; // 0: drop the batch
        uint64 executableAt; // 0: none
    }

    bytes32 public constant TRANSITION_TYPEHASH = keccak256(
        "ZkTransition(uint256 chainId,address verifier,bytes32 preRoot,bytes32 postRoot,bytes32 batchCommitment)"
    );
    uint256 internal constant FIELD = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;

    IZkVerifier public immutable zkVerifier;
    IZkVerifier public immutable secondVerifier;
    bytes32 public immutable committeeHash;
    bytes32 public immutable ruleHash;
    Policy public immutable policy;
    uint16 public immutable sampleBps;
    uint64 public immutable sampleLag;
    uint64 public immutable shortDelay;
    uint64 public immutable longDelay;
    uint64 public immutable exitWindow;
    address public immutable governance;

    bytes32 public agreedRoot;
    uint64 public height;
    Pending public pending;
    Decision public decision;

    event Claimed(uint64 indexed height, bytes32 commitment, bool zk, bytes32 postRoot);
    event Held(uint64 indexed height, bytes32 commitment, bytes32 zkPost, bytes32 teePost);
    event Finalized(uint64 indexed height, bytes32 preRoot, bytes32 postRoot, bytes32 commitment, uint8 factors);
    event DecisionProposed(uint64 indexed height, bytes32 postRoot, uint64 executableAt);
    event Dropped(uint64 indexed height, bytes32 commitment);

    error BadConfig();
    error WrongPreRoot(bytes32 want, bytes32 got);
    error OtherBatchPending(bytes32 pendingCommitment);
    error NotInField();
    error BadQC(uint256 status);
    error BadRule();
    error NotReady();
    error NotHeld();
    error NotAClaim(bytes32 post);
    error NoSecondVerifier();
    error OnlyGovernance();
    error AlreadyClaimed();

    constructor(Config memory c) {
        if (
            c.zkVerifier == address(0) || c.governance == address(0) || c.sampleBps > 10_000 || c.sampleLag == 0
                || c.shortDelay > c.longDelay || c.exitWindow < c.longDelay || uint256(c.genesisRoot) >= FIELD
        ) revert BadConfig();
        zkVerifier = IZkVerifier(c.zkVerifier);
        secondVerifier = IZkVerifier(c.secondVerifier);
        committeeHash = c.committeeHash;
        ruleHash = c.ruleHash;
        policy = c.policy;
        sampleBps = c.sampleBps;
        sampleLag = c.sampleLag;
        shortDelay = c.shortDelay;
        longDelay = c.longDelay;
        exitWindow = c.exitWindow;
        governance = c.governance;
        agreedRoot = c.genesisRoot;
    }

    /// @notice The EIP-712 struct hash of the statement the TEE committee
    /// certifies; members sign QuorumVerifier's Vote(bytes32) over it in this
    /// contract's domain.
    function statementHash(bytes32 pre, bytes32 post, bytes32 commitment) public view returns (bytes32) {
        return keccak256(abi.encode(TRANSITION_TYPEHASH, block.chainid, address(this), pre, post, commitment));
    }

    /// @notice The digest members sign for (pre, post, commitment).
    function voteDigest(bytes32 pre, bytes32 post, bytes32 commitment) public view returns (bytes32) {
        return QuorumVerifier.voteDigest(
            QuorumVerifier.domainSeparator(block.chainid, address(this)), statementHash(pre, post, commitment)
        );
    }

    /// @notice The zk factor: anyone with a valid proof. An invalid proof
    /// reverts (zk false → rejected, whatever the TEE says).
    function claimZk(bytes32 pre, bytes32 post, bytes32 commitment, uint256[8] calldata proof) external {
        if (uint256(post) >= FIELD || uint256(commitment) >= FIELD) revert NotInField();
        zkVerifier.verifyProof(proof, [uint256(pre), uint256(post), uint256(commitment)]);
        Pending storage p = _open(pre, commitment);
        if (p.zkAt != 0) {
            if (p.zkPost == post) revert AlreadyClaimed();
            _hold(p); // two valid proofs of different posts: a soundness bug
            return;
        }
        p.zkPost = post;
        p.zkAt = uint64(block.timestamp);
        emit Claimed(height, commitment, true, post);
        if (p.teeAt != 0 && p.teePost != post) _hold(p);
    }

    /// @notice The TEE factor: a QC of the committee under the rule on
    /// (chain, this contract, pre, post, commitment).
    function claimTee(
        bytes32 pre,
        bytes32 post,
        bytes32 commitment,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        _checkQC(voteDigest(pre, post, commitment), committee, rule, qc);
        _recordTee(pre, post, commitment);
    }

    function _checkQC(bytes32 digest, bytes calldata committee, bytes calldata rule, bytes calldata qc) private view {
        if (keccak256(rule) != ruleHash) revert BadRule();
        uint256 st = QuorumVerifier.checkECDSA(committeeHash, committee, rule, digest, qc);
        if (st != QuorumVerifier.OK) revert BadQC(st);
    }

    function _recordTee(bytes32 pre, bytes32 post, bytes32 commitment) private {
        Pending storage p = _open(pre, commitment);
        if (p.teeAt != 0) {
            if (p.teePost == post) revert AlreadyClaimed();
            _hold(p); // the committee certified two posts: equivocation
            return;
        }
        p.teePost = post;
        p.teeAt = uint64(block.timestamp);
        emit Claimed(height, commitment, false, post);
        if (p.zkAt != 0 && p.zkPost != post) _hold(p);
    }

    /// @notice Finalizes the pending batch when the policy allows; anyone.
    function finalize() external {
        Pending storage p = pending;
        if (p.commitment == 0 || p.held) revert NotReady();
        bool zk = p.zkAt != 0;
        bool tee = p.teeAt != 0;
        uint256 readyAt;
        if (zk && tee) {
            readyAt = (p.zkAt > p.teeAt ? p.zkAt : p.teeAt) + shortDelay;
        } else if (policy == Policy.Sampled && tee) {
            if (block.number <= p.sampleBlock || sampled(blockhash(p.sampleBlock), p.commitment, sampleBps)) {
                revert NotReady();
            }
            readyAt = p.teeAt + shortDelay;
        } else if (policy == Policy.Delays) {
            readyAt = (zk ? p.zkAt : p.teeAt) + longDelay;
        } else {
            revert NotReady();
        }
        if (block.timestamp < readyAt) revert NotReady();
        _finalize(zk ? p.zkPost : p.teePost, (zk ? 1 : 0) + (tee ? 1 : 0));
    }

    /// @notice Whether a batch needs both factors under Sampled. An unknown
    /// block hash (the sampling block is not mined yet, or older than 256
    /// blocks) counts as sampled: waiting cannot skip the zk proof.
    function sampled(bytes32 blockHash, bytes32 commitment, uint16 bps) public pure returns (bool) {
        if (blockHash == 0) return true;
        return uint256(keccak256(abi.encode(blockHash, commitment))) % 10_000 < bps;
    }

    /// @notice Resolves a held batch with a proof from the independent second
    /// verifier for one of the recorded claims; anyone.
    function resolveWithSecondProof(bytes32 post, uint256[8] calldata proof) external {
        Pending storage p = pending;
        if (!p.held) revert NotHeld();
        if (address(secondVerifier) == address(0)) revert NoSecondVerifier();
        if (post != p.zkPost && post != p.teePost) revert NotAClaim(post);
        secondVerifier.verifyProof(proof, [uint256(agreedRoot), uint256(post), uint256(p.commitment)]);
        _finalize(post, 2);
    }

    /// @notice Governance picks one of the recorded claims for a held batch,
    /// or drops it (post 0); executable after the exit window.
    function proposeDecision(bytes32 post) external {
        if (msg.sender != governance) revert OnlyGovernance();
        Pending storage p = pending;
        if (!p.held) revert NotHeld();
        if (post != 0 && post != p.zkPost && post != p.teePost) revert NotAClaim(post);
        uint64 at = uint64(block.timestamp) + exitWindow;
        decision = Decision(post, at);
        emit DecisionProposed(height, post, at);
    }

    /// @notice Executes governance's decision once the exit window is over; anyone.
    function executeDecision() external {
        Decision memory d = decision;
        if (d.executableAt == 0 || block.timestamp < d.executableAt || !pending.held) revert NotReady();
        if (d.post == 0) {
            emit Dropped(height, pending.commitment);
            delete pending;
            delete decision;
            return;
        }
        _finalize(d.post, 0);
    }

    function _open(bytes32 pre, bytes32 commitment) private returns (Pending storage p) {
        if (pre != agreedRoot) revert WrongPreRoot(agreedRoot, pre);
        if (uint256(commitment) >= FIELD || commitment == 0) revert NotInField();
        p = pending;
        if (p.commitment == 0) {
            p.commitment = commitment;
            p.sampleBlock = uint64(block.number) + sampleLag;
        } else if (p.commitment != commitment) {
            revert OtherBatchPending(p.commitment);
        }
    }

    function _hold(Pending storage p) private {
        p.held = true;
        emit Held(height, p.commitment, p.zkPost, p.teePost);
    }

    function _finalize(bytes32 post, uint8 factors) private {
        emit Finalized(height, agreedRoot, post, pending.commitment, factors);
        agreedRoot = post;
        height++;
        delete pending;
        delete decision;
    }
}
