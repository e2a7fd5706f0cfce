// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {QuorumVerifier} from "./QuorumVerifier.sol";
import {RollupTypes} from "./RollupTypes.sol";
import {DACert} from "./DACert.sol";
import {StateTree} from "./StateTree.sol";

/// @title TeeRollup (the paper's TSC, §V-D)
/// @notice Holds the rollup's funds, queues deposits, and accepts one header
/// per height: the first whose parent is the latest accepted header and whose
/// quorum certificate satisfies the committee and rule the Manager
/// installed. Redeems in an accepted header are paid out on L1.
///
/// Threat model (the paper's §III-B, widened): every sequencer host may be
/// malicious and controlled by one adversary, and up to f TEE kinds may be
/// broken; only uncompromised enclaves and L1 are trusted. So nothing a host
/// tells its enclave about L1 is taken on trust here:
///   - a header commits to the deposit-queue accumulator after the deposits
///     it credits (depositAcc) and this contract checks it against the
///     queue it recorded itself, so a forged deposit fed to honest enclaves
///     yields a header that is refused;
///   - a header commits to the hash of every challenged transaction it
///     answers (challengeAcc), checked against the hash recorded by
///     startChallenge, so hosts cannot map a challenge to another
///     transaction;
///   - forced inclusion: a header may not leave unconsumed a deposit, or
///     unanswered the oldest open challenge, past its due time
///     (inclusionDelay after it was queued, spaced out under a flood), so a
///     committee can censor only by stopping, which the escape hatch below
///     handles.
///   - a header's historyRoot (a Merkle root over every earlier accepted
///     header hash, HistoryTree) is not recomputed here: recomputing it
///     needs the tree's frontier (32 words) in storage or calldata per
///     header, so it is trusted on the QC like stateRoot (enclaves compute
///     it from their own frontier). It costs a header 32 bytes of calldata
///     and lets other contracts (DataAvailability.requestChunkProven) check
///     any height older than the HEADER_HISTORY ring.
/// A header is then only as trustworthy as the quorum rule makes it (with
/// the paper's rule, an attacker must break more than f TEE technologies).
///
/// Data availability (DA certificates): when governance installed a DAP set
/// (Manager.setDataAvailability), a header is accepted only through
/// updateStateDA, with a certificate (DACert.sol: one MuSig2 signature of a
/// threshold subset of the set's DAPs, checked with one ecrecover) over
/// daDigest(height, dataRoot). A DAP signs only once
/// it holds the batch data durably and has checked it against the header
/// (data root, and its replay of the account changes to the state root), so
/// the data of an accepted header is available BEFORE acceptance, not after:
/// hosts that withhold it (give it to fewer than threshold DAPs) cannot get
/// the header accepted. Assumption: fewer than threshold DAP keys are held
/// by parties that sign without storing (with an honest DAP among any
/// threshold signers, the data can be retrieved). The set's root (committing
/// to every threshold subset's aggregate key) is recomputed from the
/// certificate's Merkle proof and folded into configHash, so checking it
/// costs a few keccak256, not a storage read.
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
/// Challenge floods: a header answers at most MAX_ANSWERS challenges, and
/// challenge i's due time is at least inclusionDelay + (open challenges
/// before it) × ANSWER_SPACING away, so no number of challenges makes an
/// honest, live committee miss a due time or a deadline as long as it lands
/// one header per MAX_ANSWERS × ANSWER_SPACING seconds. The bond doubles for
/// every BOND_STEP challenges already open, so a flood's locked capital
/// grows exponentially; the bond comes back when the challenged transaction
/// applies, and the queue drains at the committee's pace, so an honest
/// challenger waits at most for the queue, and if the committee stops, any
/// open challenge (an attacker's too) freezes the rollup for everyone.
///
/// Storage layout, chosen for gas (every hot path touches as few slots as it
/// can, and rewrites slots rather than creating them):
///   _headerHashes[256]  ring of accepted header hashes, pre-filled
///   stateRoot
///   height(64) | depositIndex(40) | depositCount(40) | challengeCount(48)
///     | challengeHead(48) | status(8)
///                       the hot slot: updateState, deposit and
///                       startChallenge read it anyway, so the freeze check,
///                       the counters and the queue length cost them nothing
///                       extra
///   configHash, epoch, pendingWithdrawals
///   _challengeRing[64]  one slot per open challenge (slot id % 64),
///                       pre-filled with FREE so that starting a challenge
///                       rewrites a slot (5,000 gas) instead of creating one
///                       (22,100); when the ring slot is taken, the record
///                       goes to _challengeOverflow[id] (first-use price),
///                       so filling the ring cannot block challenges
///   _challengeTxRing[64] the challenged transaction's hash, beside its record
///   _depositAccs[256]   the queue accumulator after each of the last 256
///                       deposits: a header may credit up to any of them
///   _depositTimes[32]   the queue time of each of the last 256 deposits,
///                       eight uint32 per slot
///   _challengeOverflow, _challengeTxOverflow, withdrawn
/// The rings other than the header and challenge rings are pre-filled by
/// prefill() after deployment (the constructor would exceed the
/// per-transaction gas cap); before that they work, only at first-use price.
/// A challenge record is challenger(160) ‖ due(40) ‖ bondShift(8) ‖ id(48)
/// in one word: answering, settling and reclaiming need only the id in
/// calldata.
contract TeeRollup {
    using RollupTypes for RollupTypes.Header;

    uint8 internal constant SCHEME_ECDSA = 1;
    uint8 internal constant SCHEME_BLS = 2;
    /// Bounds the payouts of one header so updateState fits a block even if
    /// every recipient burns its gas stipend.
    uint256 public constant MAX_WITHDRAWALS = 256;
    /// Bounds the challenges one header answers (each costs ~15k gas), so
    /// an honest header always fits a block whatever the queue.
    uint256 public constant MAX_ANSWERS = 64;
    /// Seconds between the due times of consecutive queued challenges
    /// under a flood: MAX_ANSWERS × ANSWER_SPACING is the header interval
    /// that keeps a live committee ahead of any flood.
    uint256 public constant ANSWER_SPACING = 2;
    /// The bond doubles for every BOND_STEP challenges already open.
    uint256 public constant BOND_STEP = 64;
    /// Past 2^MAX_BOND_SHIFT times the base bond, startChallenge refuses
    /// (unreachable in practice: the flood would lock more ether than
    /// exists).
    uint256 public constant MAX_BOND_SHIFT = 64;
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
    /// (see the contract comment); a slot whose challenger bits are zero
    /// (FREE, or the tombstone of the challenge last closed there) is
    /// available. A power of two (settleRollup masks ids with it).
    uint256 public constant CHALLENGE_SLOTS = 64;
    uint256 private constant FREE = 1;
    /// Closing challenge id in its ring slot leaves (1 << 48) | id, so the
    /// queue head can tell "closed" from "moved to the overflow" with one
    /// read.
    uint256 private constant TOMBSTONE = 1 << 48;
    /// The deposit rings keep the last DEPOSIT_HISTORY deposits: a header
    /// may credit up to any of them, and the oldest uncredited one's queue
    /// time is known while it is among them.
    uint256 public constant DEPOSIT_HISTORY = 256;
    uint8 private constant LIVE = 1;
    uint8 private constant FROZEN = 2;
    /// Deployed, no committee installed yet: deposits and challenges wait.
    uint8 private constant SETUP = 3;
    uint256 private constant MAX_RESPONSE_WINDOW = 365 days;
    /// EIP-712-style type of a committee's explicit answer to a challenge
    /// (resolveChallenge). Its hash is signed as a Vote, like a header hash;
    /// the preimages differ in length (5 words against at least 13 for an
    /// ABI-encoded header), so one cannot stand for the other short of a
    /// keccak256 collision.
    bytes32 public constant RESOLUTION_TYPEHASH =
        keccak256("Resolution(uint64 challenge,bytes32 txHash,bool applied,bytes32 headerHash)");
    /// EIP-712-style type of a DAP's availability signature. It is never
    /// confusable with a header vote: the struct hash preimages start with
    /// different type hashes (and differ in length: 3 words against 2), so
    /// a DA signature cannot be replayed as a vote, nor a vote as a DA
    /// signature, short of a keccak256 collision. The domain separator
    /// binds chain id and this TSC.
    bytes32 public constant DA_TYPEHASH = keccak256("DataAvailable(uint64 height,bytes32 dataRoot)");
    /// The most DAPs in a DA set: the width of a signer bitmap (and
    /// DataAvailability.MAX_DAPS).
    uint256 public constant MAX_DA_SET = 64;
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// Seconds the committee has to answer a challenge (at the least: under
    /// a flood the deadline moves out with the due time).
    uint64 public immutable responseWindow;
    /// Seconds after which a deposit must be credited and a challenge
    /// answered by any header the TSC accepts (forced inclusion). Shorter
    /// than responseWindow: a committee that stops is frozen out, one that
    /// censors cannot land headers.
    uint64 public immutable inclusionDelay;
    /// The base bond: startChallenge takes challengeBond << (open / BOND_STEP).
    /// Returned when the challenged transaction applies (or the rollup
    /// freezes first); burned, i.e. left in this contract for good, when it
    /// fails.
    uint256 public immutable challengeBond;
    /// responseWindow - inclusionDelay: from a challenge's due time to its
    /// deadline. Precomputed: settleRollup is budgeted to the gas unit.
    uint256 private immutable _grace;

    bytes32 public stateRoot;
    uint64 public height;
    uint40 private _depositIndex; // deposits below this index are credited on the rollup
    /// Deposits queued so far. After a freeze, refundDeposits pops refunded
    /// deposits off the end of the queue, so it then counts the deposits
    /// neither credited nor refunded plus depositIndex.
    uint40 private _depositCount;
    uint48 private _challengeCount; // challenges started so far; the next id
    /// Every challenge below it is closed; the oldest possibly open one.
    uint48 private _challengeHead;
    /// SETUP, LIVE, or FROZEN for good once settleRollup succeeds. Never
    /// zero, so the hot slot is never zero either: the first header and the
    /// first deposit rewrite it (2,900 gas) rather than create it (20,000).
    uint8 private _status;
    bytes32 public configHash;
    uint64 public epoch;

    mapping(address => uint256) public pendingWithdrawals;

    uint256[CHALLENGE_SLOTS] private _challengeRing;
    bytes32[CHALLENGE_SLOTS] private _challengeTxRing;
    /// acc after deposit i at i % DEPOSIT_HISTORY, where
    /// acc_i = keccak256(acc_{i-1}, i, to, value) and acc_{-1} = 0.
    bytes32[DEPOSIT_HISTORY] private _depositAccs;
    uint256[DEPOSIT_HISTORY / 8] private _depositTimes;
    mapping(uint64 => uint256) private _challengeOverflow;
    mapping(uint64 => bytes32) private _challengeTxOverflow;
    /// Accounts that took their balance with settleWithdraw.
    mapping(address => bool) public withdrawn;
    /// The root of the installed DA set (dacert.Set.Root), zero when
    /// headers need no DA certificate. updateStateDA never reads it (it
    /// hashes the set from calldata and checks it through configHash);
    /// only resolveChallenge, which carries no DA set, does.
    bytes32 public daHash;
    /// Every DA set root governance ever installed (written by setConfig,
    /// never per header): DataAvailability accepts a certificate under any
    /// of them, since a valid one proves its subset signed the height's data.
    mapping(bytes32 => bool) public daRootInstalled;
    /// Every height up to this one may have been accepted with a DA
    /// certificate (set when governance removes a DA set): the penalty game
    /// then takes chunk requests for them only with a certificate, so no DAP
    /// is held liable for a height it did not sign for.
    uint64 public daCertifiedUpTo;

    error NotManager();
    error NotStarted();
    error NoCommittee();
    error WrongConfig();
    error WrongHeight(uint64 want, uint64 got);
    error WrongParent(bytes32 want, bytes32 got);
    error BadDepositIndex(uint64 consumed, uint64 queued, uint64 got);
    /// The header credits up to a deposit older than DEPOSIT_HISTORY
    /// deposits: it must credit more of the queue.
    error DepositTooOld(uint64 index, uint64 queued);
    /// The header's depositAcc is not the queue's accumulator at its
    /// depositIndex: its deposits are not the ones queued on L1.
    error WrongDepositAcc(uint64 depositIndex, bytes32 want, bytes32 got);
    /// Deposit `index` waited past its due time and the header leaves it
    /// uncredited.
    error DepositOverdue(uint64 index, uint64 due);
    error TooManyWithdrawals(uint256 n);
    error TooManyAnswers(uint256 n);
    /// The header's challengeAcc is not the chain of the answered
    /// challenges' recorded transaction hashes.
    error WrongChallengeAcc(bytes32 want, bytes32 got);
    /// The oldest open challenge is past its due time and the header does
    /// not answer it.
    error ChallengeOverdue(uint64 id, uint64 due);
    error QuorumRejected(uint256 code);
    error ZeroDeposit();
    error ZeroAddress();
    error NothingToClaim();
    error TransferFailed();
    error BadChallengeParams();
    error RollupFrozen();
    error NotFrozen();
    error WrongBond(uint256 want, uint256 got);
    error ChallengeQueueFull(uint256 open);
    error BadChallengeTx();
    error ChallengeNotOpen(uint64 id);
    /// A resolution names another transaction than the challenge recorded.
    error WrongChallengeTx(uint64 id, bytes32 want, bytes32 got);
    error ChallengeNotExpired(uint64 id, uint64 deadline);
    error UnknownHeight(uint64 height);
    error NothingToWithdraw();
    error AlreadyWithdrawn(address account);
    error BadBalanceProof();
    error BadRefund();
    /// The DA certificate is malformed (length) or its signature does not
    /// verify for daDigest(height, dataRoot) (DACert.check).
    error DABadSignature();

    event Deposited(uint64 indexed index, address indexed to, uint256 value, bytes32 acc);
    event HeaderAccepted(
        uint64 indexed height, bytes32 indexed headerHash, bytes32 stateRoot, uint64 depositIndex, bytes32 dataRoot
    );
    /// A header's withdrawal to `to` was parked: the recipient refused it
    /// (or ran out of PAYOUT_GAS); it is paid by claimWithdrawal. A paid
    /// withdrawal has no event (see _payAll).
    event WithdrawalDeferred(address indexed to, uint256 amount);
    /// `to` took its parked withdrawals and refused payments.
    event WithdrawalClaimed(address indexed to, uint256 amount);
    event ConfigChanged(uint64 indexed epoch, bytes32 configHash);
    /// A client escalated `signedTx` (a signed Transfer or Redeem in rollup.Tx's
    /// encoding) with `bond`. A header must answer it from `due` on; if it
    /// is still open after `deadline` (unix seconds) anyone may freeze the
    /// rollup.
    event ChallengeStarted(
        uint64 indexed id, address indexed challenger, uint64 due, uint64 deadline, uint256 bond, bytes signedTx
    );
    /// Challenge `id` was answered: its transaction was executed in the
    /// header at `height` and applied (bond returned) or failed (bond burned).
    event ChallengeAnswered(uint64 indexed id, bool applied, uint64 height);
    event BondReclaimed(uint64 indexed id, address indexed challenger);
    /// An account took its balance under the frozen state root.
    event SettledWithdrawal(address indexed account, uint256 amount);
    event DepositRefunded(uint64 indexed index, address indexed to, uint256 value);
    /// A bond or refund the recipient refused, parked for claimWithdrawal.
    event PaymentDeferred(address indexed to, uint256 amount);

    constructor(
        address manager_,
        bytes32 genesisStateRoot,
        uint64 responseWindow_,
        uint64 inclusionDelay_,
        uint256 challengeBond_
    ) {
        if (manager_ == address(0)) revert ZeroAddress();
        // The inclusion delay must leave the committee time to answer
        // before anyone may freeze: at most half the response window.
        if (
            responseWindow_ == 0 || responseWindow_ > MAX_RESPONSE_WINDOW || inclusionDelay_ == 0
                || uint256(inclusionDelay_) * 2 > responseWindow_ || challengeBond_ == 0 || challengeBond_ >> 128 != 0
        ) {
            revert BadChallengeParams();
        }
        manager = manager_;
        responseWindow = responseWindow_;
        inclusionDelay = inclusionDelay_;
        challengeBond = challengeBond_;
        _grace = responseWindow_ - inclusionDelay_;
        _chainId = block.chainid;
        _separator = QuorumVerifier.domainSeparator(block.chainid, address(this));
        stateRoot = genesisStateRoot;
        _status = SETUP;
        // Slot 0 holds the genesis "header hash", zero: the parent of height 1.
        for (uint256 i = 1; i < HEADER_HISTORY; ++i) {
            _headerHashes[i] = EMPTY_SLOT;
        }
        for (uint256 i; i < CHALLENGE_SLOTS; ++i) {
            _challengeRing[i] = FREE;
        }
    }

    /// Pre-fills the deposit and challenge-transaction rings so that every
    /// deposit and challenge rewrites a slot instead of creating one. Only
    /// gas depends on it: anyone may call it, in chunks over the index
    /// range [from, to) of the 352 slots, and it writes only empty slots.
    function prefill(uint256 from, uint256 to) external {
        uint256 a = DEPOSIT_HISTORY;
        uint256 b = a + DEPOSIT_HISTORY / 8;
        uint256 c = b + CHALLENGE_SLOTS;
        if (to > c) to = c;
        for (uint256 i = from; i < to; ++i) {
            if (i < a) {
                if (_depositAccs[i] == 0) _depositAccs[i] = EMPTY_SLOT;
            } else if (i < b) {
                if (_depositTimes[i - a] == 0) _depositTimes[i - a] = 1;
            } else if (_challengeTxRing[i - b] == 0) {
                _challengeTxRing[i - b] = EMPTY_SLOT;
            }
        }
    }

    /// Seconds a user must be able to leave in before a governance change
    /// that adds trust takes effect: the longest a challenge can wait for
    /// its answer plus the time to freeze after it.
    function exitWindow() external view returns (uint256) {
        return uint256(responseWindow) + inclusionDelay;
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

    /// The digest a DAP signs to say it holds, durably and checked, the
    /// batch data of `dataRoot` at `height`:
    /// keccak256(0x1901 ‖ domainSeparator ‖ keccak256(abi.encode(DA_TYPEHASH, height, dataRoot))).
    function daDigest(uint64 height_, bytes32 dataRoot) public view returns (bytes32 d) {
        bytes32 sep = domainSeparator();
        bytes32 th = DA_TYPEHASH;
        // In scratch memory (no allocation): it runs once per header.
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, th)
            mstore(add(p, 0x20), height_)
            mstore(add(p, 0x40), dataRoot)
            let sh := keccak256(p, 0x60)
            mstore(p, 0x1901)
            mstore(add(p, 0x20), sep)
            mstore(add(p, 0x40), sh)
            d := keccak256(add(p, 30), 66)
        }
    }

    /// Installs (epoch, configHash, daHash); the first call opens the
    /// rollup for deposits and challenges. configHash already folds daHash
    /// in (Manager.configHashOf); daHash is kept for resolveChallenge.
    function setConfig(uint64 epoch_, bytes32 configHash_, bytes32 daHash_) external {
        if (msg.sender != manager) revert NotManager();
        epoch = epoch_;
        configHash = configHash_;
        bytes32 old = daHash;
        if (old != daHash_) {
            daHash = daHash_;
            if (daHash_ != bytes32(0) && !daRootInstalled[daHash_]) daRootInstalled[daHash_] = true;
            if (old != bytes32(0)) daCertifiedUpTo = height;
        }
        if (_status == SETUP) _status = LIVE;
        emit ConfigChanged(epoch_, configHash_);
    }

    // ---- deposits ----

    /// Deposits credited on the rollup: every index below it.
    function depositIndex() external view returns (uint64) {
        return _depositIndex;
    }

    /// Deposits queued (see _depositCount).
    function depositCount() external view returns (uint64) {
        return _depositCount;
    }

    /// The queue's accumulator after its last deposit (zero if empty).
    function depositAcc() external view returns (bytes32) {
        uint256 n = _depositCount;
        return n == 0 ? bytes32(0) : _depositAccs[(n - 1) % DEPOSIT_HISTORY];
    }

    /// The queue's accumulator after deposit i, one of the last
    /// DEPOSIT_HISTORY (zero otherwise): Slasher checks evidence with it.
    function depositAccAt(uint64 i) external view returns (bytes32) {
        uint256 n = _depositCount;
        if (i >= n || n - i > DEPOSIT_HISTORY) return 0;
        return _depositAccs[i % DEPOSIT_HISTORY];
    }

    /// The queue time of deposit i, one of the last DEPOSIT_HISTORY
    /// (zero otherwise).
    function depositTime(uint64 i) public view returns (uint64) {
        uint256 n = _depositCount;
        if (i >= n || n - i > DEPOSIT_HISTORY) return 0;
        return uint64(_depositTimeAt(i));
    }

    function _depositTimeAt(uint256 i) private view returns (uint256) {
        uint256 s = i % DEPOSIT_HISTORY;
        return uint32(_depositTimes[s >> 3] >> ((s & 7) << 5));
    }

    /// Queues msg.value for `to` on the rollup. The sequencers credit it in
    /// queue order; the chained hash binds what a header may credit, and
    /// the queue time when it must.
    function deposit(address to) external payable {
        uint8 st = _status;
        if (st != LIVE) {
            if (st == FROZEN) revert RollupFrozen();
            revert NotStarted();
        }
        if (msg.value == 0) revert ZeroDeposit();
        if (to == address(0)) revert ZeroAddress();
        uint256 i = _depositCount;
        // Read the previous slot even for the first deposit, so that every
        // deposit costs the same: a gas estimate made before other deposits
        // land stays enough.
        bytes32 prev = _depositAccs[(i + DEPOSIT_HISTORY - 1) % DEPOSIT_HISTORY];
        if (i == 0) prev = bytes32(0);
        bytes32 acc = RollupTypes.depositAccNext(prev, i, to, msg.value);
        uint256 s = i % DEPOSIT_HISTORY;
        _depositAccs[s] = acc;
        // uint32 seconds: good until 2106.
        uint256 shift = (s & 7) << 5;
        uint256 w = _depositTimes[s >> 3];
        _depositTimes[s >> 3] = (w & ~(uint256(0xffffffff) << shift)) | (uint256(uint32(block.timestamp)) << shift);
        _depositCount = uint40(i + 1);
        emit Deposited(uint64(i), to, msg.value, acc);
    }

    // ---- headers ----

    /// Accepts the header for the next height with an ECDSA quorum
    /// certificate. Only while no DA set is installed: the config check
    /// folds in a zero daHash, so once governance installs DAPs this path
    /// reverts WrongConfig and headers need updateStateDA.
    function updateState(
        RollupTypes.Header calldata h,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 hh = _checkHeader(h);
        _certify(SCHEME_ECDSA, committee, rule, voteDigest(hh), qc, bytes32(0));
        _accept(h, hh);
    }

    /// Accepts the header for the next height with a BLS quorum certificate
    /// (no DA set installed, as updateState).
    function updateStateBLS(
        RollupTypes.Header calldata h,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 hh = _checkHeader(h);
        _certify(SCHEME_BLS, committee, rule, voteDigest(hh), qc, bytes32(0));
        _accept(h, hh);
    }

    /// Accepts the header for the next height with an ECDSA quorum
    /// certificate and a DA certificate `da` (DACert.sol's encoding): a
    /// MuSig2 signature of a t-subset of the installed DA set over
    /// daDigest(h.height, h.dataRoot), checked with one ecrecover, and the
    /// Merkle proof of the subset's aggregate key. The root the proof leads
    /// to is folded into the config check, so the certificate counts only
    /// under the set governance installed, at no storage read. A signature
    /// that does not verify (or a malformed da) reverts DABadSignature; a
    /// subset or key not in the installed set reverts WrongConfig.
    function updateStateDA(
        RollupTypes.Header calldata h,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc,
        bytes calldata da
    ) external {
        (bool ok, bytes32 root,) = DACert.check(da, daDigest(h.height, h.dataRoot));
        if (!ok) revert DABadSignature();
        _acceptDA(h, committee, rule, qc, root);
    }

    /// updateStateDA's body once the certificate's set root is known (a
    /// separate frame: the stack does not hold both).
    function _acceptDA(
        RollupTypes.Header calldata h,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc,
        bytes32 setRoot
    ) private {
        bytes32 hh = _checkHeader(h);
        _certify(SCHEME_ECDSA, committee, rule, voteDigest(hh), qc, setRoot);
        _accept(h, hh);
    }

    function _checkHeader(RollupTypes.Header calldata h) private view returns (bytes32) {
        if (_status == FROZEN) revert RollupFrozen();
        uint64 next = height + 1;
        if (h.height != next) revert WrongHeight(next, h.height);
        bytes32 parent = _headerHashes[height % HEADER_HISTORY];
        if (h.parentHash != parent) revert WrongParent(parent, h.parentHash);
        _checkDeposits(h.depositIndex, h.depositAcc);
        if (h.withdrawals.length > MAX_WITHDRAWALS) revert TooManyWithdrawals(h.withdrawals.length);
        if (h.challenges.length > MAX_ANSWERS) revert TooManyAnswers(h.challenges.length);
        // h.challenges is checked entry by entry when the header is accepted.
        return h.hash();
    }

    /// The header credits deposits [depositIndex, k): they must be the
    /// queued ones (acc), and whatever it leaves must not be overdue.
    function _checkDeposits(uint64 k, bytes32 acc) private view {
        uint64 done = _depositIndex;
        uint64 n = _depositCount;
        if (k < done || k > n) revert BadDepositIndex(done, n, k);
        if (n - k >= DEPOSIT_HISTORY) revert DepositTooOld(k, n);
        bytes32 want = k == 0 ? bytes32(0) : _depositAccs[(k - 1) % DEPOSIT_HISTORY];
        if (acc != want) revert WrongDepositAcc(k, want, acc);
        if (k < n) {
            uint256 due = _depositTimeAt(k) + inclusionDelay;
            if (block.timestamp >= due) revert DepositOverdue(k, uint64(due));
        }
    }

    /// Reverts unless (scheme, committee, rule, DA set hash) is the
    /// installed configuration and qc certifies digest under it: the one
    /// check behind updateState and resolveChallenge in both schemes. The
    /// DA set hash folds in as Manager.configHashOf does: zero (no DA set)
    /// leaves the committee's hash as it is.
    function _certify(
        uint8 scheme,
        bytes calldata committee,
        bytes calldata rule,
        bytes32 digest,
        bytes calldata qc,
        bytes32 daHash_
    ) private view {
        bytes32 cfg = configHash;
        if (cfg == bytes32(0)) revert NoCommittee();
        bytes32 committeeHash = keccak256(committee);
        bytes32 want = keccak256(abi.encode(scheme, committeeHash, keccak256(rule)));
        if (daHash_ != bytes32(0)) {
            // keccak256(abi.encode(want, daHash_)) in scratch memory.
            assembly ("memory-safe") {
                mstore(0x00, want)
                mstore(0x20, daHash_)
                want := keccak256(0x00, 0x40)
            }
        }
        if (want != cfg) revert WrongConfig();
        uint256 code = scheme == SCHEME_BLS
            ? QuorumVerifier.checkBLS(committeeHash, committee, rule, digest, qc)
            : QuorumVerifier.checkECDSA(committeeHash, committee, rule, digest, qc);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
    }

    function _accept(RollupTypes.Header calldata h, bytes32 hh) private {
        _headerHashes[h.height % HEADER_HISTORY] = hh;
        stateRoot = h.stateRoot;
        height = h.height;
        _depositIndex = uint40(h.depositIndex);
        emit HeaderAccepted(h.height, hh, h.stateRoot, h.depositIndex, h.dataRoot);
        // Each entry answers one open challenge: id << 1 | applied. The
        // enclaves put an entry in a header only if the batch executed the
        // challenged transaction (first in the batch, so nothing crowds it
        // out), and set the low bit iff it applied. The records are closed
        // and checked against challengeAcc before any payment is made.
        uint256 n = h.challenges.length;
        uint256[] memory recs = new uint256[](n);
        bytes32 acc;
        for (uint256 i; i < n; ++i) {
            uint64 id = h.challenges[i] >> 1;
            (uint256 v, bytes32 txh) = _close(id);
            recs[i] = v;
            acc = RollupTypes.challengeAccNext(acc, txh);
        }
        if (acc != h.challengeAcc) revert WrongChallengeAcc(acc, h.challengeAcc);
        _advanceHead();
        _payAll(h.withdrawals);
        n = recs.length;
        for (uint256 i; i < n; ++i) {
            uint64 e = h.challenges[i];
            _settleAnswer(recs[i], e >> 1, e & 1 == 1, h.height);
        }
    }

    /// Moves the queue head past closed challenges and refuses the header
    /// if the oldest open one is overdue. Each closed challenge is passed
    /// once, so the loop costs what closing them cost, not what the
    /// attacker opened.
    function _advanceHead() private {
        uint256 head = _challengeHead;
        uint256 top = _challengeCount;
        uint256 start = head;
        while (head < top) {
            (bool open, uint256 v) = _record(uint64(head));
            if (open) {
                uint256 due = uint40(v >> 56);
                if (block.timestamp >= due) revert ChallengeOverdue(uint64(head), uint64(due));
                break;
            }
            ++head;
        }
        if (head != start) _challengeHead = uint48(head);
    }

    /// Pays a header's withdrawals (its redeems, one entry per recipient:
    /// the enclaves sum a header's redeems by address). A paid withdrawal
    /// emits nothing: the header, in updateState's calldata and served by
    /// the DAPs, lists every payout, and HeaderAccepted names it by hash
    /// (rollup.L1.HeaderPayouts reads them back). A recipient that cannot
    /// take its payment with PAYOUT_GAS (a reverting or gas-hungry
    /// contract) must not block the rollup: its payment is parked for
    /// claimWithdrawal and WithdrawalDeferred says so. Every effect of the
    /// header is written before the first call, and a recipient gets at
    /// most PAYOUT_GAS plus the stipend: nothing it re-enters sees a
    /// half-accepted header.
    function _payAll(RollupTypes.Withdrawal[] calldata ws) private {
        uint256 p;
        uint256 end;
        assembly ("memory-safe") {
            p := ws.offset
            // (address, uint256) entries, 64 bytes each, in place; the
            // header hash already decoded (and so validated) every one.
            end := add(p, shl(6, ws.length))
        }
        for (; p < end; p += 64) {
            address to;
            uint256 amount;
            bool ok;
            assembly ("memory-safe") {
                to := and(calldataload(p), 0xffffffffffffffffffffffffffffffffffffffff)
                amount := calldataload(add(p, 32))
                // No return data is copied: a recipient cannot make the
                // payout pay for memory.
                ok := call(PAYOUT_GAS, to, amount, 0, 0, 0, 0)
            }
            if (!ok) {
                pendingWithdrawals[to] += amount;
                emit WithdrawalDeferred(to, amount);
            }
        }
    }

    /// Pays the caller's parked withdrawals.
    function claimWithdrawal() external {
        uint256 amount = pendingWithdrawals[msg.sender];
        if (amount == 0) revert NothingToClaim();
        pendingWithdrawals[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
        emit WithdrawalClaimed(msg.sender, amount);
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

    /// Every challenge below it is closed (answered, or reclaimed).
    function challengeHead() external view returns (uint64) {
        return _challengeHead;
    }

    /// The bond startChallenge takes now: the base bond doubled for every
    /// BOND_STEP challenges already open (zero once the queue is full).
    function currentBond() public view returns (uint256) {
        uint256 k = (uint256(_challengeCount) - _challengeHead) / BOND_STEP;
        return k > MAX_BOND_SHIFT ? 0 : challengeBond << k;
    }

    /// The open challenge `id`: its challenger, the time from which a header
    /// must answer it, the time after which anyone may freeze the rollup,
    /// the bond it holds and the hash of its transaction; zeros if it is
    /// not open (never started, answered, or its bond reclaimed).
    function challengeOf(uint64 id)
        external
        view
        returns (address challenger, uint64 due, uint64 deadline, uint256 bond, bytes32 txHash)
    {
        (bool open, uint256 v) = _record(id);
        if (!open) return (address(0), 0, 0, 0, bytes32(0));
        due = uint64(uint40(v >> 56));
        return (address(uint160(v >> 96)), due, uint64(due + _grace), challengeBond << uint8(v >> 48), _txHash(id));
    }

    /// The hash a committee signs (as a Vote) to answer challenge `id`
    /// outside a header: its transaction `txHash` was executed in the
    /// accepted header `headerHash` and applied or not.
    function resolutionHash(uint64 id, bytes32 txHash, bool applied, bytes32 headerHash) public pure returns (bytes32) {
        return keccak256(abi.encode(RESOLUTION_TYPEHASH, id, txHash, applied, headerHash));
    }

    /// Escalates a signed client transaction (rollup.Tx's encoding of a
    /// Transfer or Redeem) with a bond of exactly currentBond(). Only the
    /// encoding is checked here; a transaction that is invalid (bad
    /// signature, nonce, balance) is executed, fails, and forfeits the bond.
    /// Anyone may challenge anyone's transaction.
    function startChallenge(bytes calldata signedTx) external payable returns (uint64 id) {
        uint256 n = signedTx.length;
        uint256 kind = n == 0 ? 0 : uint8(signedTx[0]);
        if (!((n == 146 && kind == RollupTypes.TX_TRANSFER) || (n == 126 && kind == RollupTypes.TX_REDEEM))) {
            revert BadChallengeTx();
        }
        uint8 st = _status;
        if (st != LIVE) {
            if (st == FROZEN) revert RollupFrozen();
            revert NotStarted();
        }
        id = _challengeCount;
        uint256 open = uint256(id) - _challengeHead;
        uint256 k = open / BOND_STEP;
        if (k > MAX_BOND_SHIFT) revert ChallengeQueueFull(open);
        if (msg.value != challengeBond << k) revert WrongBond(challengeBond << k, msg.value);
        _challengeCount = uint48(id) + 1;
        // Spaced due times: by inclusionDelay + j × ANSWER_SPACING after a
        // flood starts, at most j + 1 of its challenges are due. Fits 40
        // bits for ~34,000 years.
        uint256 due = block.timestamp + inclusionDelay + open * ANSWER_SPACING;
        _open(id, (uint256(uint160(msg.sender)) << 96) | (due << 56) | (k << 48) | id, keccak256(signedTx));
        emit ChallengeStarted(id, msg.sender, uint64(due), uint64(due + _grace), msg.value, signedTx);
    }

    /// Stores an open challenge's record and transaction hash: in the ring
    /// if its slot is available, in the overflow otherwise.
    function _open(uint64 id, uint256 rec, bytes32 txh) private {
        uint256 s = id % CHALLENGE_SLOTS;
        if (_challengeRing[s] >> 96 == 0) {
            _challengeRing[s] = rec;
            _challengeTxRing[s] = txh;
        } else {
            _challengeOverflow[id] = rec;
            _challengeTxOverflow[id] = txh;
        }
    }

    /// Answers challenge `id` outside a header: a QC of the current
    /// committee over resolutionHash(id, txHash, applied, hash of the
    /// accepted header at `atHeight`) says the challenged transaction was
    /// executed in that header. The header must be one of the last
    /// HEADER_HISTORY, and txHash the one the challenge recorded.
    function resolveChallenge(
        uint64 id,
        bytes32 txHash,
        bool applied,
        uint64 atHeight,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        _resolve(SCHEME_ECDSA, id, txHash, applied, atHeight, committee, rule, qc);
    }

    /// resolveChallenge with a BLS quorum certificate.
    function resolveChallengeBLS(
        uint64 id,
        bytes32 txHash,
        bool applied,
        uint64 atHeight,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        _resolve(SCHEME_BLS, id, txHash, applied, atHeight, committee, rule, qc);
    }

    function _resolve(
        uint8 scheme,
        uint64 id,
        bytes32 txHash,
        bool applied,
        uint64 atHeight,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) private {
        bytes32 digest = voteDigest(resolutionHash(id, txHash, applied, _acceptedHeader(atHeight)));
        _certify(scheme, committee, rule, digest, qc, daHash);
        (uint256 v, bytes32 recorded) = _close(id);
        if (recorded != txHash) revert WrongChallengeTx(id, recorded, txHash);
        _settleAnswer(v, id, applied, atHeight);
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
        uint64 deadline = uint64(uint40(v >> 56) + _grace);
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
    /// is recomputed to the queue's last acc, so only the real deposits
    /// verify (keccak256 second-preimage resistance); they are then popped
    /// off the queue (its acc becomes accBefore, depositCount -= n) and
    /// paid, so each is refunded once. Anyone may call it; refund the queue
    /// in one call or in chunks from its end.
    function refundDeposits(bytes32 accBefore, RollupTypes.Withdrawal[] calldata deposits) external {
        if (_status != FROZEN) revert NotFrozen();
        uint64 top = _depositCount;
        uint256 n = deposits.length;
        if (n == 0 || n > top - _depositIndex) revert BadRefund();
        uint64 first = top - uint64(n);
        bytes32 acc = accBefore;
        for (uint256 i; i < n; ++i) {
            acc = RollupTypes.depositAccNext(acc, first + i, deposits[i].to, deposits[i].amount);
        }
        if (acc != _depositAccs[(top - 1) % DEPOSIT_HISTORY]) revert BadRefund();
        // accBefore is now proven to be the acc after deposit first - 1;
        // its ring slot may have been overwritten by a later deposit.
        if (first > 0) _depositAccs[(first - 1) % DEPOSIT_HISTORY] = accBefore;
        _depositCount = uint40(first);
        for (uint256 i; i < n; ++i) {
            _payOrPark(deposits[i].to, deposits[i].amount);
            emit DepositRefunded(first + uint64(i), deposits[i].to, deposits[i].amount);
        }
    }

    /// After a freeze: returns the bond of challenge `id`, still open, to its
    /// challenger. Anyone may call it.
    function reclaimBond(uint64 id) external {
        if (_status != FROZEN) revert NotFrozen();
        (uint256 v,) = _close(id);
        address challenger = address(uint160(v >> 96));
        _payOrPark(challenger, challengeBond << uint8(v >> 48));
        emit BondReclaimed(id, challenger);
    }

    /// Whether challenge record v is open challenge `id`.
    function _holds(uint256 v, uint64 id) private pure returns (bool) {
        return v >> 96 != 0 && uint48(v) == id;
    }

    /// Challenge `id`'s record and whether it is open. A ring slot holding
    /// id's tombstone means closed; one holding anything else sends the
    /// look-up to the overflow, which a closed challenge left empty.
    function _record(uint64 id) private view returns (bool open, uint256 v) {
        v = _challengeRing[id % CHALLENGE_SLOTS];
        if (_holds(v, id)) return (true, v);
        if (v == TOMBSTONE | id) return (false, 0);
        v = _challengeOverflow[id];
        return (_holds(v, id), v);
    }

    function _txHash(uint64 id) private view returns (bytes32) {
        uint256 s = id % CHALLENGE_SLOTS;
        return _holds(_challengeRing[s], id) ? _challengeTxRing[s] : _challengeTxOverflow[id];
    }

    /// Closes open challenge `id` and returns its record and transaction
    /// hash; reverts if it is not open.
    function _close(uint64 id) private returns (uint256 v, bytes32 txh) {
        uint256 s = id % CHALLENGE_SLOTS;
        v = _challengeRing[s];
        if (_holds(v, id)) {
            txh = _challengeTxRing[s];
            _challengeRing[s] = TOMBSTONE | id;
        } else {
            v = _challengeOverflow[id];
            if (!_holds(v, id)) revert ChallengeNotOpen(id);
            txh = _challengeTxOverflow[id];
            delete _challengeOverflow[id];
            delete _challengeTxOverflow[id];
        }
    }

    /// Settles the bond of a closed challenge answered at `atHeight`: back
    /// to the challenger if its transaction applied, burned otherwise.
    function _settleAnswer(uint256 v, uint64 id, bool applied, uint64 atHeight) private {
        if (applied) _payOrPark(address(uint160(v >> 96)), challengeBond << uint8(v >> 48));
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
