// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {QuorumVerifier} from "./QuorumVerifier.sol";
import {RollupTypes} from "./RollupTypes.sol";

/// @title TeeRollup (the paper's TSC, §V-D)
/// @notice Holds the rollup's funds, queues deposits, and accepts one header
/// per height: the first whose parent is the latest accepted header and whose
/// quorum certificate satisfies the committee and rule the Manager
/// installed. Redeems in an accepted header are paid out on L1.
///
/// Security assumptions: a header is only as trustworthy as the quorum rule
/// makes it (with the paper's rule, an attacker must break more than f TEE
/// technologies); the Manager only installs attested, eligible members.
contract TeeRollup {
    using RollupTypes for RollupTypes.Header;

    uint8 internal constant SCHEME_ECDSA = 1;
    uint8 internal constant SCHEME_BLS = 2;
    /// Bounds the payouts of one header so updateState fits a block even if
    /// every recipient burns its gas stipend.
    uint256 public constant MAX_WITHDRAWALS = 256;
    /// Gas forwarded to a withdrawal recipient: enough for a contract wallet
    /// to log, too little to re-enter anything useful. A recipient that
    /// reverts is paid later through claimWithdrawal.
    uint256 public constant PAYOUT_GAS = 10_000;

    address public immutable manager;
    uint256 private immutable _chainId;
    bytes32 private immutable _separator;

    /// Accepted header hashes are kept for the last HEADER_HISTORY heights,
    /// in a ring, so that other contracts (the DAP game) can check a header
    /// of a recent height. The ring is pre-filled in the constructor so that
    /// every header pays a warm rewrite (5,000 gas), never a fresh slot
    /// (22,100): the same cost as keeping the latest hash alone.
    uint256 public constant HEADER_HISTORY = 256;
    bytes32 private constant EMPTY_SLOT = bytes32(uint256(1));
    bytes32[HEADER_HISTORY] private _headerHashes;

    bytes32 public stateRoot;
    uint64 public height;
    uint64 public depositIndex; // deposits below this index are credited on the rollup
    uint64 public depositCount; // deposits queued so far
    uint64 public epoch;
    /// keccak256 chain over the deposit queue: acc' = keccak256(acc, index, to, value).
    bytes32 public depositAcc;
    bytes32 public configHash;

    mapping(address => uint256) public pendingWithdrawals;

    error NotManager();
    error NoCommittee();
    error WrongConfig();
    error WrongHeight(uint64 want, uint64 got);
    error WrongParent(bytes32 want, bytes32 got);
    error BadDepositIndex(uint64 consumed, uint64 queued, uint64 got);
    error TooManyWithdrawals(uint256 n);
    error ChallengesNotOpen();
    error QuorumRejected(uint256 code);
    error ZeroDeposit();
    error ZeroAddress();
    error NothingToClaim();
    error TransferFailed();

    event Deposited(uint64 indexed index, address indexed to, uint256 value, bytes32 acc);
    event HeaderAccepted(
        uint64 indexed height, bytes32 indexed headerHash, bytes32 stateRoot, uint64 depositIndex, bytes32 dataRoot
    );
    event WithdrawalPaid(address indexed to, uint256 amount);
    event WithdrawalDeferred(address indexed to, uint256 amount);
    event ConfigChanged(uint64 indexed epoch, bytes32 configHash);

    constructor(address manager_, bytes32 genesisStateRoot) {
        if (manager_ == address(0)) revert ZeroAddress();
        manager = manager_;
        _chainId = block.chainid;
        _separator = QuorumVerifier.domainSeparator(block.chainid, address(this));
        stateRoot = genesisStateRoot;
        // Slot 0 holds the genesis "header hash", zero: the parent of height 1.
        for (uint256 i = 1; i < HEADER_HISTORY; ++i) {
            _headerHashes[i] = EMPTY_SLOT;
        }
    }

    /// The hash of the latest accepted header (zero before height 1).
    function lastHeaderHash() public view returns (bytes32) {
        return _headerHashes[height % HEADER_HISTORY];
    }

    /// The hash of the accepted header at height h, or zero if h is in the
    /// future or older than HEADER_HISTORY heights.
    function headerHashAt(uint64 h) external view returns (bytes32) {
        uint64 top = height;
        if (h > top || top - h >= HEADER_HISTORY || h == 0) return bytes32(0);
        return _headerHashes[h % HEADER_HISTORY];
    }

    /// The EIP-712 domain separator of votes and client transactions.
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _chainId) return _separator;
        return QuorumVerifier.domainSeparator(block.chainid, address(this));
    }

    /// The digest committee members sign for a header.
    function voteDigest(bytes32 headerHash) public view returns (bytes32) {
        return QuorumVerifier.voteDigest(domainSeparator(), headerHash);
    }

    function setConfig(uint64 epoch_, bytes32 configHash_) external {
        if (msg.sender != manager) revert NotManager();
        epoch = epoch_;
        configHash = configHash_;
        emit ConfigChanged(epoch_, configHash_);
    }

    // ---- deposits ----

    /// Queues msg.value for `to` on the rollup. The sequencers credit it in
    /// queue order; the chained hash lets anyone prove the queue's contents
    /// from calldata alone.
    function deposit(address to) external payable {
        if (msg.value == 0) revert ZeroDeposit();
        if (to == address(0)) revert ZeroAddress();
        uint64 i = depositCount;
        bytes32 acc = keccak256(abi.encode(depositAcc, i, to, msg.value));
        depositAcc = acc;
        depositCount = i + 1;
        emit Deposited(i, to, msg.value, acc);
    }

    // ---- headers ----

    /// Accepts the header for the next height with an ECDSA quorum certificate.
    function updateState(
        RollupTypes.Header calldata h,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 hh = _checkHeader(h);
        bytes32 ch = _checkConfig(SCHEME_ECDSA, committee, rule);
        uint256 code = QuorumVerifier.checkECDSA(ch, committee, rule, voteDigest(hh), qc);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
        _accept(h, hh);
    }

    /// Accepts the header for the next height with a BLS quorum certificate.
    function updateStateBLS(
        RollupTypes.Header calldata h,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 hh = _checkHeader(h);
        bytes32 ch = _checkConfig(SCHEME_BLS, committee, rule);
        uint256 code = QuorumVerifier.checkBLS(ch, committee, rule, voteDigest(hh), qc);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
        _accept(h, hh);
    }

    function _checkHeader(RollupTypes.Header calldata h) private view returns (bytes32) {
        uint64 next = height + 1;
        if (h.height != next) revert WrongHeight(next, h.height);
        bytes32 parent = _headerHashes[height % HEADER_HISTORY];
        if (h.parentHash != parent) revert WrongParent(parent, h.parentHash);
        if (h.depositIndex < depositIndex || h.depositIndex > depositCount) {
            revert BadDepositIndex(depositIndex, depositCount, h.depositIndex);
        }
        if (h.withdrawals.length > MAX_WITHDRAWALS) revert TooManyWithdrawals(h.withdrawals.length);
        // Challenges are answered once the challenge game is open (issue 7);
        // until then a header cannot claim to answer one.
        if (h.challenges.length != 0) revert ChallengesNotOpen();
        return h.hash();
    }

    function _checkConfig(uint8 scheme, bytes calldata committee, bytes calldata rule)
        private
        view
        returns (bytes32 committeeHash)
    {
        bytes32 cfg = configHash;
        if (cfg == bytes32(0)) revert NoCommittee();
        committeeHash = keccak256(committee);
        if (keccak256(abi.encode(scheme, committeeHash, keccak256(rule))) != cfg) revert WrongConfig();
    }

    function _accept(RollupTypes.Header calldata h, bytes32 hh) private {
        _headerHashes[h.height % HEADER_HISTORY] = hh;
        stateRoot = h.stateRoot;
        height = h.height;
        depositIndex = h.depositIndex;
        emit HeaderAccepted(h.height, hh, h.stateRoot, h.depositIndex, h.dataRoot);
        uint256 n = h.withdrawals.length;
        for (uint256 i; i < n; ++i) {
            _pay(h.withdrawals[i].to, h.withdrawals[i].amount);
        }
    }

    /// Pays a redeem. A recipient that cannot take the payment (a reverting
    /// contract) must not block the rollup: its payment is parked for
    /// claimWithdrawal.
    function _pay(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount, gas: PAYOUT_GAS}("");
        if (ok) {
            emit WithdrawalPaid(to, amount);
        } else {
            pendingWithdrawals[to] += amount;
            emit WithdrawalDeferred(to, amount);
        }
    }

    /// Pays the caller's parked withdrawals.
    function claimWithdrawal() external {
        uint256 amount = pendingWithdrawals[msg.sender];
        if (amount == 0) revert NothingToClaim();
        pendingWithdrawals[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
        emit WithdrawalPaid(msg.sender, amount);
    }
}
