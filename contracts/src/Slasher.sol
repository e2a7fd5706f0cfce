// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {RollupTypes} from "./RollupTypes.sol";
import {Manager} from "./Manager.sol";
import {TeeRollup} from "./TeeRollup.sol";

/// @title Slasher
/// @notice Stake of enclave keys and slashing of equivocation.
///
/// An enclave key that signs two different headers at one height, each as
/// a vote (TeeRollup.voteDigest) or as a proposal (rollup.ProposalDigest),
/// both in the TSC's EIP-712 domain, proves its TEE leaked the key or the
/// host rolled its lock store back: an uncompromised enclave signs one
/// header per height (rollup.Enclave). Anyone may submit the two signed
/// headers (reportEquivocation); the key's stake is slashed (a share to the
/// reporter, the rest to the reward pool), the key is revoked in the
/// Manager at once (Manager.invalidateCommittee then takes it out of the
/// committee, permissionlessly), and Equivocated is emitted so the
/// operator of the quorum rule can react to a TEE kind that may be broken.
///
/// An honest enclave MAY sign a second header at a height when the first
/// can never be accepted (rollup.Enclave's void locks): the deposit queue
/// ran DEPOSIT_HISTORY past it, or an L1 reorg replaced its parent or a
/// deposit it credits. So evidence is slashable only when it excludes all
/// three on this chain, now: both headers have the same parent, each
/// credits deposits the TSC still holds in its ring (count - index <
/// DEPOSIT_HISTORY) with the canonical accumulator. Evidence a deposit
/// flood pushed out of the ring is refused (NotSlashable): report quickly.
///
/// Stake: the first stake of a key needs the key's own signature naming
/// its owner (stakeDigest), so nobody squats another operator's key;
/// afterwards only the owner adds or withdraws. Withdrawal waits
/// unbondingPeriod after requestUnstake, during which the stake can still
/// be slashed, so an operator cannot pull it out ahead of the evidence.
/// Payouts (reporter rewards, pool, withdrawals) are pulled with claim.
///
/// Security assumptions: the TSC and Manager are the deployment's own
/// (immutable here). A front-runner who copies a report from the mempool
/// takes the reporter's reward, but the slashing happens either way.
contract Slasher {
    struct Stake {
        address owner;
        uint96 amount;
        uint64 unlockAt; // 0: bonded; else withdrawable from then
        bool slashed;
    }

    /// One signed statement about a header.
    struct Signed {
        RollupTypes.Header header;
        uint8 kind; // SIG_VOTE or SIG_PROPOSAL
        uint64 round; // proposals only
        bytes sig; // r ‖ s ‖ v (v ∈ {0, 1, 27, 28})
    }

    uint8 public constant SIG_VOTE = 0;
    uint8 public constant SIG_PROPOSAL = 1;
    uint256 internal constant DEPOSIT_HISTORY = 256; // TeeRollup.DEPOSIT_HISTORY
    bytes32 internal constant VOTE_TYPEHASH = keccak256("Vote(bytes32 headerHash)");
    bytes32 internal constant PROPOSAL_TYPEHASH = keccak256("Proposal(bytes32 headerHash,uint64 round)");
    bytes32 public constant STAKE_TYPEHASH = keccak256("Stake(address enclave,address owner,address slasher)");
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    Manager public immutable manager;
    TeeRollup public immutable rollup;
    /// Receives what a slashing leaves after the reporter's share.
    address public immutable pool;
    /// The reporter's share of a slashed stake, in basis points.
    uint16 public immutable reporterBps;
    uint64 public immutable unbondingPeriod;

    mapping(address => Stake) public stakes;
    /// Wei each address may claim.
    mapping(address => uint256) public owed;

    event Staked(address indexed enclave, address indexed owner, uint256 amount);
    event UnstakeRequested(address indexed enclave, uint64 unlockAt);
    event Unstaked(address indexed enclave, uint256 amount);
    /// The key signed first and second at height: its TEE kind may be broken.
    event Equivocated(
        address indexed enclave,
        uint8 indexed kind,
        uint64 height,
        bytes32 first,
        bytes32 second,
        address reporter,
        uint256 slashed
    );

    error BadParams();
    error BadStakeSignature();
    error NotOwner(address owner);
    error AlreadySlashed(address enclave);
    error StillBonded(uint64 unlockAt);
    error NothingStaked();
    error BadSignature();
    error NotEquivocation();
    error NotSlashable();
    error NotRegistered(address enclave);

    constructor(Manager manager_, TeeRollup rollup_, address pool_, uint16 reporterBps_, uint64 unbonding_) {
        if (address(manager_) == address(0) || address(rollup_) == address(0) || pool_ == address(0)) revert BadParams();
        if (reporterBps_ > 10_000 || unbonding_ == 0) revert BadParams();
        manager = manager_;
        rollup = rollup_;
        pool = pool_;
        reporterBps = reporterBps_;
        unbondingPeriod = unbonding_;
    }

    // ---- stake ----

    /// The digest an enclave key signs to name owner as its stake's owner.
    function stakeDigest(address enclave, address owner) public view returns (bytes32) {
        bytes32 s = keccak256(abi.encode(STAKE_TYPEHASH, enclave, owner, address(this)));
        return keccak256(abi.encodePacked(hex"1901", rollup.domainSeparator(), s));
    }

    /// Adds msg.value to enclave's stake. The first stake needs enclaveSig
    /// (the key's signature of stakeDigest(enclave, msg.sender)); later
    /// ones come from the owner and ignore it. Staking cancels a pending
    /// unstake.
    function stake(address enclave, bytes calldata enclaveSig) external payable {
        Stake storage s = stakes[enclave];
        if (s.slashed) revert AlreadySlashed(enclave);
        if (s.owner == address(0)) {
            if (_recover(stakeDigest(enclave, msg.sender), enclaveSig) != enclave) revert BadStakeSignature();
            s.owner = msg.sender;
        } else if (s.owner != msg.sender) {
            revert NotOwner(s.owner);
        }
        if (msg.value > type(uint96).max) revert BadParams();
        s.amount += uint96(msg.value);
        s.unlockAt = 0;
        emit Staked(enclave, msg.sender, s.amount);
    }

    /// The stake of an enclave key now (zero once slashed or withdrawn).
    function stakeOf(address enclave) external view returns (uint256) {
        return stakes[enclave].amount;
    }

    function requestUnstake(address enclave) external {
        Stake storage s = stakes[enclave];
        if (s.owner != msg.sender) revert NotOwner(s.owner);
        if (s.amount == 0) revert NothingStaked();
        uint64 t = uint64(block.timestamp) + unbondingPeriod;
        s.unlockAt = t;
        emit UnstakeRequested(enclave, t);
    }

    /// Moves an unbonded stake to the owner's claimable balance.
    function unstake(address enclave) external {
        Stake storage s = stakes[enclave];
        if (s.owner != msg.sender) revert NotOwner(s.owner);
        uint256 a = s.amount;
        if (a == 0) revert NothingStaked();
        if (s.unlockAt == 0 || block.timestamp < s.unlockAt) revert StillBonded(s.unlockAt);
        s.amount = 0;
        s.unlockAt = 0;
        owed[msg.sender] += a;
        emit Unstaked(enclave, a);
    }

    /// Sends msg.sender what it is owed.
    function claim() external {
        uint256 a = owed[msg.sender];
        owed[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: a}("");
        require(ok);
    }

    // ---- equivocation ----

    /// The digest a signed statement's key signed.
    function statementDigest(bytes32 headerHash, uint8 kind, uint64 round) public view returns (bytes32) {
        bytes32 s;
        if (kind == SIG_VOTE) s = keccak256(abi.encode(VOTE_TYPEHASH, headerHash));
        else if (kind == SIG_PROPOSAL) s = keccak256(abi.encode(PROPOSAL_TYPEHASH, headerHash, uint256(round)));
        else revert BadSignature();
        return keccak256(abi.encodePacked(hex"1901", rollup.domainSeparator(), s));
    }

    /// Slashes and revokes the key that signed a and b: different headers
    /// at one height on one parent, each still acceptable on this chain as
    /// far as deposits go (see the contract comment). Anyone may call it;
    /// msg.sender gets reporterBps of the stake.
    function reportEquivocation(Signed calldata a, Signed calldata b) external {
        bytes32 ha = RollupTypes.hash(a.header);
        bytes32 hb = RollupTypes.hash(b.header);
        if (ha == hb || a.header.height != b.header.height || a.header.parentHash != b.header.parentHash) {
            revert NotEquivocation();
        }
        address key = _recover(statementDigest(ha, a.kind, a.round), a.sig);
        if (key == address(0) || _recover(statementDigest(hb, b.kind, b.round), b.sig) != key) revert BadSignature();
        _checkDeposits(a.header.depositIndex, a.header.depositAcc);
        _checkDeposits(b.header.depositIndex, b.header.depositAcc);
        (uint8 kind, uint64 expiry,,) = manager.enclaves(key);
        if (expiry == 0) revert NotRegistered(key);

        Stake storage s = stakes[key];
        if (s.slashed) revert AlreadySlashed(key);
        s.slashed = true;
        uint256 amt = s.amount;
        s.amount = 0;
        s.unlockAt = 0;
        uint256 reward = amt * reporterBps / 10_000;
        owed[msg.sender] += reward;
        owed[pool] += amt - reward;
        // Revoking an already revoked key is harmless; doing it here makes
        // the revocation as fast as the proof.
        manager.revokeEnclave(key);
        emit Equivocated(key, kind, a.header.height, ha, hb, msg.sender, amt);
    }

    /// A header crediting deposits below index with accumulator acc could
    /// be accepted now as far as deposits go: never void.
    function _checkDeposits(uint64 index, bytes32 acc) private view {
        uint64 n = rollup.depositCount();
        if (index > n || n - index >= DEPOSIT_HISTORY) revert NotSlashable();
        bytes32 want = index == 0 ? bytes32(0) : rollup.depositAccAt(index - 1);
        if (acc != want) revert NotSlashable();
    }

    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        if (uint256(s) > HALF_N) return address(0);
        return ecrecover(digest, v, r, s);
    }
}
