// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {QuorumVerifier} from "./QuorumVerifier.sol";
import {RollupTypes} from "./RollupTypes.sol";
import {StateTree} from "./StateTree.sol";

/// @title TeeRollup (the paper's TSC, §V-D)
/// @notice Holds the rollup's funds, queues deposits, and accepts one header
/// per height: the first whose parent is the latest accepted header and whose
/// quorum certificate satisfies the committee and rule the Manager
/// installed. Redeems in an accepted header are paid out on L1.
///
/// Security assumptions: a header is only as trustworthy as the quorum rule
/// makes it (with the paper's rule, an attacker must break more than f TEE
/// technologies); the Manager only installs attested, eligible members.
///
/// When the committee censors or stops (§V-E), a client escalates a signed
/// transaction with startChallenge and a bond. The committee answers it in a
/// certified header (the header's `challenges` entries) or with
/// resolveChallenge and a QC. If a challenge is still open after its
/// deadline, anyone calls settleRollup and the rollup freezes for good: no
/// header, deposit or challenge is accepted any more; each account takes its
/// balance under the last accepted state root with settleWithdraw and a
/// Merkle proof, unconsumed deposits are refunded (refundDeposits) and the
/// bonds of still-open challenges go back to their challengers (reclaimBond).
///
/// Storage layout, chosen for gas (every hot path touches as few slots as it
/// can, and rewrites slots rather than creating them):
///   _headerHashes[256]  ring of accepted header hashes, pre-filled
///   stateRoot
///   height | depositIndex | depositCount | challengeCount(56) | status(8)
///                       the hot slot: updateState, deposit and
///                       startChallenge read it anyway, so the freeze check
///                       and the challenge counter cost them nothing extra
///   depositAcc, configHash, epoch, pendingWithdrawals
///   _challengeRing[64]  one slot per open challenge (slot id % 64),
///                       pre-filled with FREE so that starting a challenge
///                       rewrites a slot (5,000 gas) instead of creating one
///                       (22,100); when the ring slot is taken, the record
///                       goes to _challengeOverflow[id] (first-use price),
///                       so filling the ring cannot block challenges
///   _challengeOverflow, withdrawn
/// A challenge record is challenger(160) ‖ deadline(40) ‖ id(56) in one
/// word: answering, settling and reclaiming need only the id in calldata.
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

    /// Challenge records live in a ring of CHALLENGE_SLOTS pre-filled slots
    /// (see the contract comment); FREE marks a ring slot with no open
    /// challenge. A record's challenger is never zero, so FREE (and zero)
    /// never read as an open challenge. A power of two (settleRollup masks
    /// ids with it).
    uint256 public constant CHALLENGE_SLOTS = 64;
    uint256 private constant FREE = 1;
    uint8 private constant LIVE = 1;
    uint8 private constant FROZEN = 2;
    uint256 private constant MAX_RESPONSE_WINDOW = 365 days;
    /// EIP-712-style type of a committee's explicit answer to a challenge
    /// (resolveChallenge). Its hash is signed as a Vote, like a header hash;
    /// the preimages differ in length (4 words against at least 11 for an
    /// ABI-encoded header), so one cannot stand for the other short of a
    /// keccak256 collision.
    bytes32 public constant RESOLUTION_TYPEHASH =
        keccak256("Resolution(uint64 challenge,bool applied,bytes32 headerHash)");

    /// Seconds the committee has to answer a challenge.
    uint64 public immutable responseWindow;
    /// The exact value startChallenge takes. Returned when the challenged
    /// transaction applies (or the rollup freezes first); burned, i.e. left
    /// in this contract for good, when it fails.
    uint256 public immutable challengeBond;

    bytes32 public stateRoot;
    uint64 public height;
    uint64 public depositIndex; // deposits below this index are credited on the rollup
    /// Deposits queued so far. After a freeze, refundDeposits pops refunded
    /// deposits off the end of the queue, so it then counts the deposits
    /// neither credited nor refunded plus depositIndex.
    uint64 public depositCount;
    uint56 private _challengeCount; // challenges started so far; the next id
    /// LIVE, or FROZEN for good once settleRollup succeeds. Never zero, so
    /// the hot slot is never zero either: the first header and the first
    /// deposit rewrite it (2,900 gas) rather than create it (20,000).
    uint8 private _status;
    /// keccak256 chain over the deposit queue: acc' = keccak256(acc, index, to, value).
    bytes32 public depositAcc;
    bytes32 public configHash;
    uint64 public epoch;

    mapping(address => uint256) public pendingWithdrawals;

    uint256[CHALLENGE_SLOTS] private _challengeRing;
    mapping(uint64 => uint256) private _challengeOverflow;
    /// Accounts that took their balance with settleWithdraw.
    mapping(address => bool) public withdrawn;

    error NotManager();
    error NoCommittee();
    error WrongConfig();
    error WrongHeight(uint64 want, uint64 got);
    error WrongParent(bytes32 want, bytes32 got);
    error BadDepositIndex(uint64 consumed, uint64 queued, uint64 got);
    error TooManyWithdrawals(uint256 n);
    error QuorumRejected(uint256 code);
    error ZeroDeposit();
    error ZeroAddress();
    error NothingToClaim();
    error TransferFailed();
    error BadChallengeParams();
    error RollupFrozen();
    error NotFrozen();
    error WrongBond(uint256 want, uint256 got);
    error BadChallengeTx();
    error ChallengeNotOpen(uint64 id);
    error ChallengeNotExpired(uint64 id, uint64 deadline);
    error UnknownHeight(uint64 height);
    error NothingToWithdraw();
    error AlreadyWithdrawn(address account);
    error BadBalanceProof();
    error BadRefund();

    event Deposited(uint64 indexed index, address indexed to, uint256 value, bytes32 acc);
    event HeaderAccepted(
        uint64 indexed height, bytes32 indexed headerHash, bytes32 stateRoot, uint64 depositIndex, bytes32 dataRoot
    );
    event WithdrawalPaid(address indexed to, uint256 amount);
    event WithdrawalDeferred(address indexed to, uint256 amount);
    event ConfigChanged(uint64 indexed epoch, bytes32 configHash);
    /// A client escalated `signedTx` (a signed Transfer or Redeem in rollup.Tx's
    /// encoding). The committee must answer by `deadline` (unix seconds).
    event ChallengeStarted(uint64 indexed id, address indexed challenger, uint64 deadline, bytes signedTx);
    /// Challenge `id` was answered: its transaction was executed in the
    /// header at `height` and applied (bond returned) or failed (bond burned).
    event ChallengeAnswered(uint64 indexed id, bool applied, uint64 height);
    event BondReclaimed(uint64 indexed id, address indexed challenger);
    /// An account took its balance under the frozen state root.
    event SettledWithdrawal(address indexed account, uint256 amount);
    event DepositRefunded(uint64 indexed index, address indexed to, uint256 value);
    /// A bond or refund the recipient refused, parked for claimWithdrawal.
    event PaymentDeferred(address indexed to, uint256 amount);

    constructor(address manager_, bytes32 genesisStateRoot, uint64 responseWindow_, uint256 challengeBond_) {
        if (manager_ == address(0)) revert ZeroAddress();
        if (responseWindow_ == 0 || responseWindow_ > MAX_RESPONSE_WINDOW || challengeBond_ == 0) {
            revert BadChallengeParams();
        }
        manager = manager_;
        responseWindow = responseWindow_;
        challengeBond = challengeBond_;
        _chainId = block.chainid;
        _separator = QuorumVerifier.domainSeparator(block.chainid, address(this));
        stateRoot = genesisStateRoot;
        _status = LIVE;
        // Slot 0 holds the genesis "header hash", zero: the parent of height 1.
        for (uint256 i = 1; i < HEADER_HISTORY; ++i) {
            _headerHashes[i] = EMPTY_SLOT;
        }
        for (uint256 i; i < CHALLENGE_SLOTS; ++i) {
            _challengeRing[i] = FREE;
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

    function exitWindow() external view returns (uint256) { return responseWindow; }

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
        if (_status == FROZEN) revert RollupFrozen();
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
        _certify(SCHEME_ECDSA, committee, rule, voteDigest(hh), qc);
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
        _certify(SCHEME_BLS, committee, rule, voteDigest(hh), qc);
        _accept(h, hh);
    }

    function _checkHeader(RollupTypes.Header calldata h) private view returns (bytes32) {
        if (_status == FROZEN) revert RollupFrozen();
        uint64 next = height + 1;
        if (h.height != next) revert WrongHeight(next, h.height);
        bytes32 parent = _headerHashes[height % HEADER_HISTORY];
        if (h.parentHash != parent) revert WrongParent(parent, h.parentHash);
        if (h.depositIndex < depositIndex || h.depositIndex > depositCount) {
            revert BadDepositIndex(depositIndex, depositCount, h.depositIndex);
        }
        if (h.withdrawals.length > MAX_WITHDRAWALS) revert TooManyWithdrawals(h.withdrawals.length);
        // h.challenges is checked entry by entry when the header is accepted.
        return h.hash();
    }

    /// Reverts unless (scheme, committee, rule) is the installed
    /// configuration and qc certifies digest under it: the one check behind
    /// updateState and resolveChallenge in both schemes.
    function _certify(
        uint8 scheme,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc
    ) private view {
        bytes32 cfg = configHash;
        if (cfg == bytes32(0)) revert NoCommittee();
        bytes32 committeeHash = keccak256(committee);
        if (keccak256(abi.encode(scheme, committeeHash, keccak256(rule))) != cfg) revert WrongConfig();
        uint256 code = scheme == SCHEME_BLS
            ? QuorumVerifier.checkBLS(committeeHash, committee, rule, digest, qc)
            : QuorumVerifier.checkECDSA(committeeHash, committee, rule, digest, qc);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
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
        // Each entry answers one open challenge: id << 1 | applied. The
        // enclaves put an entry in a header only if the batch executed the
        // challenged transaction, and set the low bit iff it applied.
        n = h.challenges.length;
        for (uint256 i; i < n; ++i) {
            uint64 e = h.challenges[i];
            _answer(e >> 1, e & 1 == 1, h.height);
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

    // ---- challenges (§V-E) ----

    /// Whether settleRollup froze the rollup.
    function frozen() public view returns (bool) {
        return _status == FROZEN;
    }

    /// The number of challenges started so far; the next challenge's id.
    function challengeCount() external view returns (uint64) {
        return _challengeCount;
    }

    /// The open challenge `id`: its challenger and deadline, or zeros if it
    /// is not open (never started, answered, or its bond reclaimed).
    function challengeOf(uint64 id) external view returns (address challenger, uint64 deadline) {
        uint256 v = _challengeRing[id % CHALLENGE_SLOTS];
        if (!_holds(v, id)) v = _challengeOverflow[id];
        if (!_holds(v, id)) return (address(0), 0);
        return (address(uint160(v >> 96)), uint64(uint40(v >> 56)));
    }

    /// The hash a committee signs (as a Vote) to answer challenge `id`
    /// outside a header: its transaction was executed in the accepted
    /// header `headerHash` and applied or not.
    function resolutionHash(uint64 id, bool applied, bytes32 headerHash) public pure returns (bytes32) {
        return keccak256(abi.encode(RESOLUTION_TYPEHASH, id, applied, headerHash));
    }

    /// Escalates a signed client transaction (rollup.Tx's encoding of a
    /// Transfer or Redeem) with a bond of exactly challengeBond. Only the
    /// encoding is checked here; a transaction that is invalid (bad
    /// signature, nonce, balance) or already included is executed, fails,
    /// and forfeits the bond. Anyone may challenge anyone's transaction.
    function startChallenge(bytes calldata signedTx) external payable returns (uint64 id) {
        if (msg.value != challengeBond) revert WrongBond(challengeBond, msg.value);
        uint256 n = signedTx.length;
        uint256 kind = n == 0 ? 0 : uint8(signedTx[0]);
        if (!((n == 146 && kind == RollupTypes.TX_TRANSFER) || (n == 126 && kind == RollupTypes.TX_REDEEM))) {
            revert BadChallengeTx();
        }
        if (_status == FROZEN) revert RollupFrozen();
        id = _challengeCount;
        _challengeCount = uint56(id) + 1;
        // Fits its 40 bits until the year 36812 (the window is at most a year).
        uint256 deadline = block.timestamp + responseWindow;
        uint256 rec = (uint256(uint160(msg.sender)) << 96) | (deadline << 56) | id;
        uint256 s = id % CHALLENGE_SLOTS;
        if (_challengeRing[s] >> 96 == 0) {
            _challengeRing[s] = rec;
        } else {
            _challengeOverflow[id] = rec;
        }
        emit ChallengeStarted(id, msg.sender, uint64(deadline), signedTx);
    }

    /// Answers challenge `id` outside a header: a QC of the current
    /// committee over resolutionHash(id, applied, hash of the accepted
    /// header at `atHeight`) says the challenged transaction was executed in
    /// that header. The header must be one of the last HEADER_HISTORY.
    function resolveChallenge(
        uint64 id,
        bool applied,
        uint64 atHeight,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 digest = voteDigest(resolutionHash(id, applied, _acceptedHeader(atHeight)));
        _certify(SCHEME_ECDSA, committee, rule, digest, qc);
        _answer(id, applied, atHeight);
    }

    /// resolveChallenge with a BLS quorum certificate.
    function resolveChallengeBLS(
        uint64 id,
        bool applied,
        uint64 atHeight,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 digest = voteDigest(resolutionHash(id, applied, _acceptedHeader(atHeight)));
        _certify(SCHEME_BLS, committee, rule, digest, qc);
        _answer(id, applied, atHeight);
    }

    /// Freezes the rollup because challenge `id` is still open after its
    /// deadline. Anyone may call it. An answer that lands before this call,
    /// even after the deadline, still counts. The challenge stays open, so
    /// its bond is reclaimed like that of any challenge open at the freeze.
    function settleRollup(uint64 id) external {
        // Hand-packed: one read of the hot slot serves both the check and
        // the write, which keeps the call within the paper's figure.
        uint256 hot;
        uint256 v;
        uint256 shift;
        assembly ("memory-safe") {
            shift := shl(3, _status.offset)
            hot := sload(_status.slot)
            // CHALLENGE_SLOTS is a power of two: id % it == id & (it - 1).
            v := sload(add(_challengeRing.slot, and(id, sub(CHALLENGE_SLOTS, 1))))
        }
        if ((hot >> shift) & 0xff == FROZEN) revert RollupFrozen();
        if (!_holds(v, id)) {
            v = _challengeOverflow[id];
            if (!_holds(v, id)) revert ChallengeNotOpen(id);
        }
        uint64 deadline = uint64(uint40(v >> 56));
        if (block.timestamp <= deadline) revert ChallengeNotExpired(id, deadline);
        assembly ("memory-safe") {
            sstore(_status.slot, or(and(hot, not(shl(shift, 0xff))), shl(shift, FROZEN)))
        }
        // No event: the freeze is one state change, read with frozen(); a
        // log would cost another 1,125 gas, over the paper's figure.
    }

    /// After a freeze: pays the caller its balance under the last accepted
    /// state root, once. `proof` is a statetree proof (statetree.Proof
    /// encoding) of (msg.sender, balance, nonce). Redeems of the last
    /// accepted header were paid when it was accepted and are not in the
    /// root's balances.
    function settleWithdraw(uint256 balance, uint64 nonce, bytes calldata proof) external {
        if (_status != FROZEN) revert NotFrozen();
        if (balance == 0) revert NothingToWithdraw();
        if (withdrawn[msg.sender]) revert AlreadyWithdrawn(msg.sender);
        if (!StateTree.verify(stateRoot, msg.sender, balance, nonce, proof)) revert BadBalanceProof();
        withdrawn[msg.sender] = true;
        (bool ok,) = msg.sender.call{value: balance}("");
        if (!ok) revert TransferFailed();
        emit SettledWithdrawal(msg.sender, balance);
    }

    /// After a freeze: refunds the last `deposits.length` deposits still in
    /// the queue (those at index >= depositIndex were never credited).
    /// `accBefore` is the queue's acc before the first of them (the acc of
    /// the Deposited event just before it, or zero for index 0). The chain
    /// is recomputed to depositAcc, so only the real deposits verify
    /// (keccak256 second-preimage resistance); they are then popped off the
    /// queue (depositAcc = accBefore, depositCount -= n) and paid, so each
    /// is refunded once. Anyone may call it; refund the queue in one call or
    /// in chunks from its end.
    function refundDeposits(bytes32 accBefore, RollupTypes.Withdrawal[] calldata deposits) external {
        if (_status != FROZEN) revert NotFrozen();
        uint64 top = depositCount;
        uint256 n = deposits.length;
        if (n == 0 || n > top - depositIndex) revert BadRefund();
        uint64 first = top - uint64(n);
        bytes32 acc = accBefore;
        for (uint256 i; i < n; ++i) {
            acc = keccak256(abi.encode(acc, first + uint64(i), deposits[i].to, deposits[i].amount));
        }
        if (acc != depositAcc) revert BadRefund();
        depositAcc = accBefore;
        depositCount = first;
        for (uint256 i; i < n; ++i) {
            _payOrPark(deposits[i].to, deposits[i].amount);
            emit DepositRefunded(first + uint64(i), deposits[i].to, deposits[i].amount);
        }
    }

    /// After a freeze: returns the bond of challenge `id`, still open, to its
    /// challenger. Anyone may call it.
    function reclaimBond(uint64 id) external {
        if (_status != FROZEN) revert NotFrozen();
        uint256 s = id % CHALLENGE_SLOTS;
        uint256 v = _challengeRing[s];
        if (_holds(v, id)) {
            _challengeRing[s] = 0; // no challenge can start any more
        } else {
            v = _challengeOverflow[id];
            if (!_holds(v, id)) revert ChallengeNotOpen(id);
            delete _challengeOverflow[id];
        }
        address challenger = address(uint160(v >> 96));
        _payOrPark(challenger, challengeBond);
        emit BondReclaimed(id, challenger);
    }

    /// Whether challenge record v is open challenge `id`.
    function _holds(uint256 v, uint64 id) private pure returns (bool) {
        return v >> 96 != 0 && uint56(v) == id;
    }

    /// Closes open challenge `id`, answered at `atHeight`: the bond goes back
    /// to the challenger if its transaction applied and is burned otherwise.
    function _answer(uint64 id, bool applied, uint64 atHeight) private {
        uint256 s = id % CHALLENGE_SLOTS;
        uint256 v = _challengeRing[s];
        if (_holds(v, id)) {
            _challengeRing[s] = FREE;
        } else {
            v = _challengeOverflow[id];
            if (!_holds(v, id)) revert ChallengeNotOpen(id);
            delete _challengeOverflow[id];
        }
        if (applied) _payOrPark(address(uint160(v >> 96)), challengeBond);
        emit ChallengeAnswered(id, applied, atHeight);
    }

    /// The hash of the accepted header at height h, one of the last
    /// HEADER_HISTORY; reverts otherwise, and once frozen.
    function _acceptedHeader(uint64 h) private view returns (bytes32) {
        if (_status == FROZEN) revert RollupFrozen();
        uint64 top = height;
        if (h == 0 || h > top || top - h >= HEADER_HISTORY) revert UnknownHeight(h);
        return _headerHashes[h % HEADER_HISTORY];
    }

    /// Pays a bond or refund with the payout gas; a recipient that refuses
    /// it is paid later through claimWithdrawal.
    function _payOrPark(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount, gas: PAYOUT_GAS}("");
        if (!ok) {
            pendingWithdrawals[to] += amount;
            emit PaymentDeferred(to, amount);
        }
    }
}
