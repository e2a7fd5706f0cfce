// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ChunkMerkle} from "./ChunkMerkle.sol";
import {HistoryTree} from "./HistoryTree.sol";
import {RollupTypes} from "./RollupTypes.sol";
import {DACert} from "./DACert.sol";

/// The part of the TSC (TeeRollup) the game reads: the accepted header hash
/// of each of the last 256 heights, and what it needs to check a DA
/// certificate (the availability digest, the DA set roots governance
/// installed, whether a DA set is installed now and up to which height one
/// may have been).
interface IHeaderHistory {
    function headerHashAt(uint64 height) external view returns (bytes32);
    function daDigest(uint64 height, bytes32 dataRoot) external view returns (bytes32);
    function daRootInstalled(bytes32 root) external view returns (bool);
    function daHash() external view returns (bytes32);
    function daCertifiedUpTo() external view returns (uint64);
}

/// @title DataAvailability: data-availability providers (DAPs) and the
/// laziness penalty game of Tas & Boneh (the paper's §V-F).
/// @notice DAPs post collateral and store every height's metadata. Anyone
/// may ask, for a fee, for a pseudo-random chunk of the metadata of an
/// accepted height (a recent one with requestChunk, any older one with
/// requestChunkProven and a proof under a recent header's historyRoot);
/// every DAP must answer on chain with the chunk and its proof against the
/// header's data root before the deadline. At settlement:
///   - no valid answer: every liable DAP loses its whole collateral (the
///     data may be lost, and nobody can tell which DAP is to blame);
///   - at least one: each liable DAP that stayed silent loses c + ε, where c
///     is the cost of answering.
/// An invalid answer reverts, so it counts as silence. Each valid answer is
/// reimbursed c out of the request fee, which is c per liable DAP; the
/// unused rest of the fee goes back to the requester. Slashed collateral is
/// burned (kept in this contract, never paid out), so no one, requester or
/// DAP, profits from another DAP's silence.
///
/// Liability: a DAP answers for the requests made between its registration
/// and its exit request (request ids firstRequest .. exitRequest-1), and,
/// for a height the TSC accepted with a DA certificate, only if it signed
/// that certificate: requestChunkDA takes the certificate, re-verifies it
/// (DACert.check against the TSC's daDigest; its root must be one the TSC
/// recorded as governance-installed), maps its signing subset to
/// registrations through the set's members leaf (addresses of the DAP
/// keys), and fixes the request's liable DAPs to the registered signers.
/// Nothing is stored per header; the requester pays the ecrecover. A DAP
/// that was offline for a height, never saw its data and never signed, is
/// never slashed for it; one that signed promised to hold the data and is.
/// Heights without a certificate (requestChunk, refused while a DA set is
/// installed or for heights it may have covered) keep every registered DAP
/// liable. It can
/// withdraw only after the exit delay and once every request up to its exit
/// is settled, so a DAP cannot leave ahead of a pending penalty.
///
/// Randomness: the chunk index is seed mod chunkCount(length), with seed =
/// keccak256(prevrandao, id) fixed at request time, before any DAP can see
/// it, and the length (bound into the data root) revealed by the answers.
/// The proposer of the request's block knows prevrandao and can include or
/// drop the request: at most one re-roll per block it proposes. A lazy DAP
/// that kept a fraction p of the chunks escapes one request with probability
/// at most about 1 - (1 - p)^2 even with such a proposer's help, so the
/// penalty keeps its bite.
///
/// Answers are public, so a DAP that stored nothing can copy another's
/// answer within the window; that needs someone who stored the chunk, and
/// if every DAP counts on the others, nobody answers and all lose
/// everything, which is what makes storing the equilibrium.
///
/// Security assumptions: at least one DAP is honest and stores every height;
/// the certified headers' data was uploaded to the DAPs (the TEE committee
/// uploads before it signs); c is at least the gas cost of respond at the
/// prices the DAPs face, and ε > 0, so answering is the dominant strategy;
/// a DAP registers only once it holds the data of every accepted height (a
/// new DAP bootstraps from the others: dap.Node.Backfill); a header's
/// historyRoot is as good as its QC.
contract DataAvailability {
    using RollupTypes for RollupTypes.Header;

    /// The most DAPs at once: the width of a request's answer bitmap.
    uint256 public constant MAX_DAPS = 64;
    /// Gas forwarded with a payment (a reimbursement or refund). A recipient
    /// that needs more, or reverts, is credited and calls claim().
    uint256 public constant PAY_GAS = 10_000;

    struct Dap {
        uint96 collateral;
        uint48 firstRequest; // the first request id it answers for
        uint48 exitRequest; // the first request id it no longer answers for; 0 while active
        uint40 exitBlock; // the block of its exit request
        uint8 slot; // its bit in answer bitmaps, plus one; 0 if not registered
    }

    /// A request as ChunkRequested announced it. Only a 192-bit hash of it
    /// is stored (with the 64-bit answer bitmap, in one slot); respond and
    /// settle take it back as calldata. The contract fixes every field at
    /// request time (seed from prevrandao), so forging another request with
    /// the same stored hash is a 2^192 second-preimage search.
    struct Request {
        uint64 id;
        uint64 height;
        bytes32 dataRoot;
        address requester;
        uint64 deadline; // the last block in which DAPs may answer
        uint256 fee;
        bytes32 seed;
        uint64 liable; // bit i: the DAP in slot i must answer
    }

    IHeaderHistory public immutable tsc;
    uint256 public immutable minCollateral;
    uint256 public immutable responseWindow; // blocks
    uint256 public immutable answerCost; // c
    uint256 public immutable epsilon; // ε
    uint256 public immutable exitDelay; // blocks

    mapping(address => Dap) private _daps;
    address[MAX_DAPS] private _owners;
    uint64 public usedSlots; // bit i set iff slot i has an owner
    uint16 public activeCount; // registered and not exiting
    uint48 public nextRequest; // ids start at 1
    uint48 public settledBelow; // every request with a smaller id is settled
    uint256 public burned; // slashed collateral, locked forever
    mapping(address => uint256) public owed; // payments that could not be pushed
    mapping(uint256 => uint256) private _requests; // id => answered << 192 | uint192(hash(request)); 0 once settled

    error BadParameters();
    error AlreadyRegistered();
    error NotRegistered();
    error InsufficientCollateral(uint256 min, uint256 got);
    error CollateralTooLarge();
    error TooManyDaps();
    error Exiting();
    error NotExiting();
    error ExitDelayNotOver(uint256 withdrawableAt);
    error Unsettled(uint256 id);
    error UnknownHeader(uint64 height);
    /// The proof does not place the header at its height in the anchor's
    /// history (requestChunkProven).
    error BadHistoryProof(uint64 height);
    error NoDaps();
    error WrongFee(uint256 want, uint256 got);
    error UnknownRequest(uint256 id);
    error WrongRequest(uint256 id);
    error TooLate(uint64 deadline);
    error TooEarly(uint64 deadline);
    error NotLiable(address dap, uint256 id);
    error AlreadyAnswered(address dap, uint256 id);
    error InvalidChunk();
    error NothingOwed();
    error TransferFailed();
    /// requestChunkDA: the certificate does not verify, its root is not a
    /// DA set root governance installed, or the members do not belong to it.
    error BadCertificate();
    /// requestChunk for a height that may carry a DA certificate (a DA set is
    /// installed, or was up to that height): use requestChunkDA.
    error NeedsCert(uint64 height);

    event Registered(address indexed dap, uint8 slot, uint256 collateral, string endpoint);
    event ToppedUp(address indexed dap, uint256 collateral);
    event ExitRequested(address indexed dap, uint64 exitRequest, uint256 withdrawableAt);
    event Withdrawn(address indexed dap, uint256 amount);
    event ChunkRequested(
        uint64 indexed id,
        uint64 indexed height,
        bytes32 dataRoot,
        address requester,
        uint64 deadline,
        uint256 fee,
        bytes32 seed,
        uint64 liable
    );
    event ChunkAnswered(uint64 indexed id, address indexed dap, uint256 index);
    event Slashed(uint64 indexed id, address indexed dap, uint256 amount);
    event Settled(uint64 indexed id, uint256 answers, uint256 slashed, uint256 refund);
    event PaymentDeferred(address indexed to, uint256 amount);

    /// @param tsc_ the rollup's TSC, whose recent accepted headers can be
    /// challenged.
    /// @param minCollateral_ the least collateral a DAP posts; at least c + ε.
    /// @param responseWindow_ blocks the DAPs have to answer.
    /// @param answerCost_ c, what answering costs a DAP (and is reimbursed).
    /// @param epsilon_ ε > 0, the penalty's margin over c.
    /// @param exitDelay_ blocks between an exit request and the withdrawal;
    /// longer than the response window.
    constructor(
        address tsc_,
        uint256 minCollateral_,
        uint256 responseWindow_,
        uint256 answerCost_,
        uint256 epsilon_,
        uint256 exitDelay_
    ) {
        if (
            tsc_ == address(0) || epsilon_ == 0 || responseWindow_ == 0 || exitDelay_ <= responseWindow_
                || minCollateral_ < answerCost_ + epsilon_ || minCollateral_ > type(uint96).max
                || responseWindow_ > type(uint32).max || exitDelay_ > type(uint32).max
        ) revert BadParameters();
        tsc = IHeaderHistory(tsc_);
        minCollateral = minCollateral_;
        responseWindow = responseWindow_;
        answerCost = answerCost_;
        epsilon = epsilon_;
        exitDelay = exitDelay_;
        nextRequest = 1;
        settledBelow = 1;
    }

    // ---- registration ----

    /// Registers the caller as a DAP with msg.value as collateral.
    /// `endpoint` (a JSON-RPC URL) is only logged, for sequencers and
    /// clients to find the DAP.
    function register(string calldata endpoint) external payable {
        if (_daps[msg.sender].slot != 0) revert AlreadyRegistered();
        if (msg.value < minCollateral) revert InsufficientCollateral(minCollateral, msg.value);
        if (msg.value > type(uint96).max) revert CollateralTooLarge();
        uint64 used = usedSlots;
        if (used == type(uint64).max) revert TooManyDaps();
        uint8 slot = _lowestZeroBit(used);
        _daps[msg.sender] = Dap({
            collateral: uint96(msg.value),
            firstRequest: nextRequest,
            exitRequest: 0,
            exitBlock: 0,
            slot: slot + 1
        });
        _owners[slot] = msg.sender;
        usedSlots = used | (uint64(1) << slot);
        activeCount += 1;
        emit Registered(msg.sender, slot, msg.value, endpoint);
    }

    /// Adds msg.value to the caller's collateral.
    function topUp() external payable {
        Dap storage d = _daps[msg.sender];
        if (d.slot == 0) revert NotRegistered();
        if (d.exitRequest != 0) revert Exiting();
        uint256 c = d.collateral + msg.value;
        if (c > type(uint96).max) revert CollateralTooLarge();
        d.collateral = uint96(c);
        emit ToppedUp(msg.sender, c);
    }

    /// Stops the caller's liability for requests made from now on.
    function requestExit() external {
        Dap storage d = _daps[msg.sender];
        if (d.slot == 0) revert NotRegistered();
        if (d.exitRequest != 0) revert Exiting();
        uint48 exitId = nextRequest;
        d.exitRequest = exitId;
        d.exitBlock = uint40(block.number);
        activeCount -= 1;
        emit ExitRequested(msg.sender, exitId, block.number + exitDelay);
    }

    /// Pays the caller's remaining collateral once the exit delay is over
    /// and every request it answers for is settled (settle them first; any
    /// one may). Frees its slot.
    function withdraw() external {
        Dap memory d = _daps[msg.sender];
        if (d.slot == 0) revert NotRegistered();
        if (d.exitRequest == 0) revert NotExiting();
        uint256 at = uint256(d.exitBlock) + exitDelay;
        if (block.number < at) revert ExitDelayNotOver(at);
        uint48 below = _advance(d.exitRequest);
        if (below < d.exitRequest) revert Unsettled(below);
        delete _daps[msg.sender];
        delete _owners[d.slot - 1];
        usedSlots &= ~(uint64(1) << (d.slot - 1));
        emit Withdrawn(msg.sender, d.collateral);
        if (d.collateral != 0) {
            (bool ok,) = msg.sender.call{value: d.collateral}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// Moves settledBelow past settled requests, at most `steps` of them.
    /// withdraw does this itself; this is for a backlog too long for one
    /// transaction.
    function advance(uint256 steps) external {
        uint256 below = settledBelow;
        uint256 target = nextRequest;
        if (steps < target - below) target = below + steps;
        _advance(uint48(target));
    }

    function _advance(uint48 target) private returns (uint48 below) {
        below = settledBelow;
        uint48 start = below;
        while (below < target && _requests[below] == 0) {
            ++below;
        }
        if (below != start) settledBelow = below;
    }

    // ---- the game ----

    /// The fee of a request: c for each DAP that must answer it.
    function requestFee() public view returns (uint256) {
        return answerCost * activeCount;
    }

    /// The chunk a request asks for once the data's length is known.
    function chunkIndex(bytes32 seed, uint64 length) public pure returns (uint256) {
        uint256 n = ChunkMerkle.chunkCount(length);
        return n == 0 ? 0 : uint256(seed) % n;
    }

    /// Asks every DAP for a pseudo-random chunk of the metadata of `h`, an
    /// accepted header of one of the last 256 heights, accepted without a
    /// DA certificate. msg.value must be requestFee(). Refused (NeedsCert)
    /// while a DA set is installed, and for heights up to the TSC's
    /// daCertifiedUpTo: such heights may have been accepted with a
    /// certificate, and only its signers are liable (requestChunkDA).
    function requestChunk(RollupTypes.Header calldata h) external payable returns (uint64 id) {
        bytes32 hh = tsc.headerHashAt(h.height);
        if (hh == bytes32(0) || hh != h.hash()) revert UnknownHeader(h.height);
        if (tsc.daHash() != bytes32(0) || h.height <= tsc.daCertifiedUpTo()) revert NeedsCert(h.height);
        uint256 fee = requestFee();
        if (activeCount == 0) revert NoDaps();
        id = _request(h.height, h.dataRoot, fee, usedSlots);
    }

    /// The DAPs in slots liable for a request made now for a height whose
    /// DA certificate was signed by the members in `bitmap` of the set
    /// whose members leaf is `members` (n(1) ‖ t(1) ‖ address(20) × n): the
    /// signers registered here and not exiting. Addresses are the DAPs'
    /// keys' addresses, so set members map to registrations one to one.
    function liableSigners(bytes calldata members, uint64 bitmap) public view returns (uint64 liable) {
        uint256 n = members.length < 2 ? 0 : uint8(members[0]);
        if (members.length != 2 + 20 * n) revert BadCertificate();
        uint48 id = nextRequest;
        for (uint256 i; i < n && i < 64; ++i) {
            if ((bitmap >> i) & 1 == 0) continue;
            uint256 p = 2 + 20 * i;
            Dap memory d = _daps[address(bytes20(members[p:p + 20]))];
            if (_liable(d, id)) liable |= uint64(1) << (d.slot - 1);
        }
    }

    /// The fee of requestChunkDA: answerCost for each liable signer.
    function requestFeeDA(bytes calldata members, uint64 bitmap) external view returns (uint256) {
        return answerCost * _popcount(liableSigners(members, bitmap));
    }

    /// Asks the DAPs that signed the DA certificate `cert` of `h` (the
    /// certificate the TSC accepted it with, or any valid one: each proves
    /// its subset signed h's data) for a pseudo-random chunk of its
    /// metadata. The contract re-verifies the certificate against the TSC's
    /// daDigest(h.height, h.dataRoot) (one ecrecover, paid by the requester,
    /// nothing stored per header), checks that its root is one governance
    /// installed and that `members` (with `membersProof`) is that set's
    /// member list, and makes exactly the signers liable: a DAP that did not
    /// sign for the height is never slashed for it. msg.value must be
    /// answerCost × (number of liable signers).
    function requestChunkDA(
        RollupTypes.Header calldata h,
        bytes calldata cert,
        bytes calldata members,
        bytes32[] calldata membersProof
    ) external payable returns (uint64 id) {
        bytes32 hh = tsc.headerHashAt(h.height);
        if (hh == bytes32(0) || hh != h.hash()) revert UnknownHeader(h.height);
        uint64 liable = _certSigners(h, cert, members, membersProof);
        if (liable == 0) revert NoDaps();
        id = _request(h.height, h.dataRoot, answerCost * _popcount(liable), liable);
    }

    /// requestChunkDA's certificate checks (a separate frame for the stack).
    function _certSigners(
        RollupTypes.Header calldata h,
        bytes calldata cert,
        bytes calldata members,
        bytes32[] calldata membersProof
    ) private view returns (uint64) {
        bytes32 digest = tsc.daDigest(h.height, h.dataRoot);
        (bool ok, bytes32 root, uint64 bitmap) = DACert.check(cert, digest);
        if (!ok || !tsc.daRootInstalled(root) || DACert.processProof(keccak256(members), membersProof) != root) {
            revert BadCertificate();
        }
        return liableSigners(members, bitmap);
    }

    function _request(uint64 height, bytes32 dataRoot, uint256 fee, uint64 liable) private returns (uint64 id) {
        if (msg.value != fee) revert WrongFee(fee, msg.value);
        id = nextRequest;
        nextRequest = uint48(id + 1);
        Request memory r = Request({
            id: id,
            height: height,
            dataRoot: dataRoot,
            requester: msg.sender,
            deadline: uint64(block.number + responseWindow),
            fee: fee,
            seed: keccak256(abi.encode(block.prevrandao, id)),
            liable: liable
        });
        _requests[id] = uint192(uint256(keccak256(abi.encode(r))));
        emit ChunkRequested(id, r.height, r.dataRoot, r.requester, r.deadline, r.fee, r.seed, liable);
    }

    /// Asks every DAP for a pseudo-random chunk of the metadata of `h`, an
    /// accepted header of any height, even one the TSC no longer holds:
    /// `anchor` is an accepted header of one of the TSC's last 256 heights
    /// and `proof` places h's hash at leaf h.height - 1 of
    /// anchor.historyRoot (HistoryTree; rollup.History.Prove). msg.value
    /// must be requestFee(). Like requestChunk, only for heights accepted
    /// without a DA certificate (NeedsCert otherwise: requestChunkDAProven).
    /// Security assumption: anchor.historyRoot is as good as anchor's QC
    /// (enclaves compute it, the TSC does not), and keccak256 is collision
    /// resistant. A separate entry point so that requestChunk keeps its
    /// calldata and cost for recent heights.
    function requestChunkProven(
        RollupTypes.Header calldata h,
        RollupTypes.Header calldata anchor,
        bytes32[] calldata proof
    ) external payable returns (uint64 id) {
        _checkProven(h, anchor, proof);
        if (tsc.daHash() != bytes32(0) || h.height <= tsc.daCertifiedUpTo()) revert NeedsCert(h.height);
        uint256 fee = requestFee();
        if (activeCount == 0) revert NoDaps();
        id = _request(h.height, h.dataRoot, fee, usedSlots);
    }

    /// requestChunkDA for a header of any height, proven as in
    /// requestChunkProven: only the signers of `cert` are liable.
    function requestChunkDAProven(
        RollupTypes.Header calldata h,
        RollupTypes.Header calldata anchor,
        bytes32[] calldata proof,
        bytes calldata cert,
        bytes calldata members,
        bytes32[] calldata membersProof
    ) external payable returns (uint64 id) {
        _checkProven(h, anchor, proof);
        uint64 liable = _certSigners(h, cert, members, membersProof);
        if (liable == 0) revert NoDaps();
        id = _request(h.height, h.dataRoot, answerCost * _popcount(liable), liable);
    }

    /// Reverts unless `anchor` is a header the TSC holds and `proof` places
    /// h under its history root.
    function _checkProven(RollupTypes.Header calldata h, RollupTypes.Header calldata anchor, bytes32[] calldata proof)
        private
        view
    {
        bytes32 ah = tsc.headerHashAt(anchor.height);
        if (ah == bytes32(0) || ah != anchor.hash()) revert UnknownHeader(anchor.height);
        if (
            h.height == 0 || h.height >= anchor.height
                || !HistoryTree.verify(anchor.historyRoot, anchor.height - 1, h.height - 1, h.hash(), proof)
        ) revert BadHistoryProof(h.height);
    }

    /// Answers request r with chunk chunkIndex(r.seed, length) of the
    /// metadata and its proof. Reverts (so counts as silence) unless the
    /// chunk verifies against r.dataRoot. Reimburses the caller c.
    function respond(Request calldata r, uint64 length, bytes calldata chunk, bytes32[] calldata proof) external {
        uint256 rec = _load(r);
        if (block.number > r.deadline) revert TooLate(r.deadline);
        Dap memory d = _daps[msg.sender];
        if (!_liable(d, r.id) || (r.liable >> (d.slot - 1)) & 1 == 0) revert NotLiable(msg.sender, r.id);
        uint256 bit = uint256(1) << (uint256(191) + d.slot);
        if (rec & bit != 0) revert AlreadyAnswered(msg.sender, r.id);
        uint256 index = chunkIndex(r.seed, length);
        if (!ChunkMerkle.verify(r.dataRoot, length, index, chunk, proof)) revert InvalidChunk();
        _requests[r.id] = rec | bit;
        emit ChunkAnswered(r.id, msg.sender, index);
        _pay(msg.sender, answerCost);
    }

    /// Applies the penalty rule to request r after its deadline. Anyone may
    /// call it.
    function settle(Request calldata r) external {
        uint256 rec = _load(r);
        if (block.number <= r.deadline) revert TooEarly(r.deadline);
        delete _requests[r.id];
        uint64 answers = uint64(rec >> 192);
        uint256 k = _popcount(answers);
        uint256 penalty = answerCost + epsilon;
        uint256 total;
        // Silent = liable and without a bit in the answer bitmap.
        uint64 silent = usedSlots & r.liable & ~answers;
        for (uint256 slot; silent != 0; ++slot) {
            bool candidate = silent & 1 != 0;
            silent >>= 1;
            if (!candidate) continue;
            address owner = _owners[slot];
            Dap memory d = _daps[owner];
            if (!_liable(d, r.id)) continue;
            uint256 cut = k == 0 || d.collateral < penalty ? d.collateral : penalty;
            if (cut == 0) continue;
            _daps[owner].collateral = uint96(d.collateral - cut);
            total += cut;
            emit Slashed(r.id, owner, cut);
        }
        if (total != 0) burned += total;
        uint256 refund = r.fee - k * answerCost;
        emit Settled(r.id, k, total, refund);
        if (refund != 0) _pay(r.requester, refund);
    }

    /// Whether request id is open (made and not settled).
    function isOpen(uint64 id) external view returns (bool) {
        return _requests[id] != 0;
    }

    /// The answer bitmap of an open request: bit i for the DAP in slot i.
    function answered(uint64 id) external view returns (uint64) {
        return uint64(_requests[id] >> 192);
    }

    /// The DAP record of `dap` (all zero if it is not registered).
    function dapInfo(address dap) external view returns (Dap memory) {
        return _daps[dap];
    }

    /// The DAP in slot i, or zero.
    function dapAt(uint256 slot) external view returns (address) {
        return _owners[slot];
    }

    /// Whether `dap` must answer request id.
    function isLiable(address dap, uint64 id) external view returns (bool) {
        return _liable(_daps[dap], id);
    }

    /// Pays what could not be pushed to the caller.
    function claim() external {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingOwed();
        owed[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ---- internals ----

    function _load(Request calldata r) private view returns (uint256 rec) {
        rec = _requests[r.id];
        if (rec == 0) revert UnknownRequest(r.id);
        if (uint192(rec) != uint192(uint256(keccak256(abi.encode(r))))) revert WrongRequest(r.id);
    }

    function _liable(Dap memory d, uint64 id) private pure returns (bool) {
        return d.slot != 0 && d.firstRequest <= id && (d.exitRequest == 0 || id < d.exitRequest);
    }

    /// Pushes a payment with bounded gas, so that no recipient can block a
    /// settlement; what fails is credited to owed.
    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        bool ok;
        assembly ("memory-safe") {
            ok := call(PAY_GAS, to, amount, 0, 0, 0, 0)
        }
        if (!ok) {
            owed[to] += amount;
            emit PaymentDeferred(to, amount);
        }
    }

    function _popcount(uint64 x) private pure returns (uint256) {
        unchecked {
            x = x - ((x >> 1) & 0x5555555555555555);
            x = (x & 0x3333333333333333) + ((x >> 2) & 0x3333333333333333);
            x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0f;
            return uint256((x * 0x0101010101010101) >> 56);
        }
    }

    /// The lowest clear bit of x, which must not be all ones.
    function _lowestZeroBit(uint64 x) private pure returns (uint8 i) {
        while (x & 1 != 0) {
            x >>= 1;
            ++i;
        }
    }
}
