// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {QuorumVerifier} from "./QuorumVerifier.sol";

/// @title IntegrityReports
/// @notice The certified integrity report of Proof of Service Integrity
/// (package integrity in Go) and the stateless check of a (report,
/// committee, rule, QC) proof. Pure: any contract on any EVM chain can verify
/// a proof carried from the registry's chain with the registry's chain id,
/// address and a committee/rule hash it trusts.
library IntegrityReports {
    struct Report {
        bytes32 service; // service id
        bytes32 manifest; // hash of the manifest version appraised against
        uint64 round; // anchor block time / the service's period
        uint8 status; // 1 Affirming, 2 Violation, 3 Unmeasured
        uint8 claim; // the failed claim (0 for Affirming)
        bytes32 evidence; // hash of the evidence (head of the measurement log)
        bytes32 expected; // hash of what the manifest expects for claim
        bytes32 observed; // hash of what was observed for claim
    }

    uint8 internal constant AFFIRMING = 1;
    uint8 internal constant VIOLATION = 2;
    uint8 internal constant UNMEASURED = 3;

    bytes32 internal constant REPORT_TYPEHASH = keccak256(
        "IntegrityReport(bytes32 service,bytes32 manifest,uint64 round,uint8 status,uint8 claim,bytes32 evidence,bytes32 expected,bytes32 observed)"
    );

    /// The report hash monitors vote on: keccak256(abi.encode(REPORT_TYPEHASH, fields...)).
    function hash(Report calldata r) internal pure returns (bytes32 h) {
        bytes32 th = REPORT_TYPEHASH;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, th)
            calldatacopy(add(m, 0x20), r, 0x100)
            h := keccak256(m, 0x120)
        }
    }

    /// Verdict code (QuorumVerifier's) of a proof: the report hash voted in
    /// the registry's EIP-712 domain (chainId, registry), under a committee
    /// and rule whose config hash keccak256(abi.encode(keccak256(committee),
    /// keccak256(rule))) the caller trusts. 8 means a config mismatch.
    function checkProof(
        uint256 chainId,
        address registry,
        bytes32 trustedConfig,
        Report calldata r,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) internal view returns (uint256) {
        bytes32 ch = keccak256(committee);
        if (keccak256(abi.encode(ch, keccak256(rule))) != trustedConfig) return 8;
        bytes32 d = QuorumVerifier.voteDigest(QuorumVerifier.domainSeparator(chainId, registry), hash(r));
        return QuorumVerifier.checkECDSA(ch, committee, rule, d, qc);
    }
}

/// @title IntegrityProofVerifier
/// @notice Stateless verification of an integrity proof on any EVM chain.
contract IntegrityProofVerifier {
    function reportHash(IntegrityReports.Report calldata r) external pure returns (bytes32) {
        return IntegrityReports.hash(r);
    }

    function checkProof(
        uint256 chainId,
        address registry,
        bytes32 trustedConfig,
        IntegrityReports.Report calldata r,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external view returns (uint256) {
        return IntegrityReports.checkProof(chainId, registry, trustedConfig, r, committee, rule, qc);
    }
}

/// @title IntegrityRegistry
/// @notice Services, their manifests, integrity monitors and their stakes,
/// and the latest certified integrity report of each service.
///
/// Who can do what:
///   - anyone: registerService (becomes its owner), submitReport (with a QC
///     of the installed monitor committee), markUnmeasured (after a whole
///     round without a certified report), slashEquivocation /
///     slashContradiction (objective faults, the caller gets half the
///     stake), payRewards (credits the signers of a certified round once),
///     executeChange (a queued change whose delay passed).
///   - a service owner: manifests, agent, reward deposit of its service.
///   - a service's agent: recordInstance.
///   - the registrar: signs monitor registrations it verified with attest.
///   - a monitor's owner (who staked): exit and withdraw after UNBOND_DELAY.
///   - the admin: after setup, only queueChange (governanceDelay, at least
///     7 days: users and services leave before more trust is added) and
///     removals (registrar to zero) at once.
contract IntegrityRegistry {
    using IntegrityReports for IntegrityReports.Report;

    uint64 public constant MIN_GOVERNANCE_DELAY = 7 days;
    uint64 public constant CHANGE_GRACE_PERIOD = 14 days;
    uint64 public constant UNBOND_DELAY = 14 days;
    bytes32 public constant MONITOR_TYPEHASH = keccak256("teerollup/integrity-monitor/v1");

    struct Service {
        address owner;
        uint32 period; // seconds per measurement round
        address agent; // the agent enclave that signs evidence
        uint96 rewardPerSigner; // wei per signer per certified round
        uint256 deposit; // reward deposit left
    }

    /// One slot: the latest certified (or unmeasured) state of a service.
    struct Latest {
        uint64 round;
        uint64 at;
        uint8 status;
        uint8 claim;
    }

    struct Monitor {
        address owner;
        uint8 kind;
        bool slashed;
        uint64 exitAt; // 0: bonded
        uint256 stake;
    }

    address public admin;
    address public registrar;
    uint64 public immutable governanceDelay;
    uint256 public immutable minStake;
    bytes32 private immutable separator;
    bool public setupDone;

    /// keccak256(abi.encode(keccak256(committee), keccak256(rule))) of the monitor committee.
    bytes32 public configHash;
    uint64 public epoch;

    mapping(bytes32 => Service) public services;
    mapping(bytes32 => mapping(bytes32 => bool)) public manifestActive;
    mapping(bytes32 => Latest) public latest;
    mapping(address => Monitor) public monitors;
    mapping(bytes32 => bool) public rewarded; // keccak256(service, round)
    mapping(address => uint256) public balances;
    mapping(bytes32 => uint64) public queued;

    error NotAdmin();
    error NotOwner();
    error NotAgent();
    error Timelocked(bytes4 selector);
    error NotGovernable(bytes4 selector);
    error SetupPhase();
    error ChangeAlreadyQueued(bytes32 id);
    error UnknownChange(bytes32 id);
    error ChangeNotReady(bytes32 id, uint64 eta);
    error ChangeLapsed(bytes32 id, uint64 eta);
    error DelayBelowMinimum(uint64 delay, uint64 minimum);
    error ServiceExists(bytes32 service);
    error UnknownService(bytes32 service);
    error BadPeriod();
    error UnknownManifest(bytes32 service, bytes32 manifest);
    error StaleRound(uint64 round, uint64 latest);
    error FutureRound(uint64 round, uint64 current);
    error BadStatus(uint8 status);
    error NoCommittee();
    error WrongConfig();
    error QuorumRejected(uint256 code);
    error BadRegistrarSignature();
    error MonitorExists(address monitor);
    error StakeTooLow(uint256 stake, uint256 minimum);
    error NotMonitor(address monitor);
    error BadCommittee();
    error MemberNotEligible(address member);
    error NotAFault();
    error BadSignature();
    error AlreadyRewarded(bytes32 service, uint64 round);
    error RoundMeasured(uint64 round);
    error NotExited(address monitor);
    error TransferFailed();

    event ServiceRegistered(bytes32 indexed service, address owner, uint32 period, uint96 rewardPerSigner);
    event ManifestSet(bytes32 indexed service, bytes32 indexed manifest, bool active);
    event AgentSet(bytes32 indexed service, address agent);
    event InstanceRecorded(bytes32 indexed service, bytes32 indexed manifest, bytes32 instance, bytes32 imageDigest);
    event Deposited(bytes32 indexed service, uint256 amount);
    event ReportCertified(
        bytes32 indexed service, uint64 indexed round, bytes32 reportHash, uint8 status, bytes32 evidence
    );
    event Violation(bytes32 indexed service, uint64 indexed round, uint8 claim, bytes32 expected, bytes32 observed);
    event Unmeasured(bytes32 indexed service, uint64 fromRound, uint64 toRound);
    event RewardsPaid(bytes32 indexed service, uint64 indexed round, uint256 signers, uint256 each);
    event MonitorRegistered(address indexed monitor, address owner, uint8 kind, bytes32 measurement, uint256 stake);
    event MonitorSlashed(address indexed monitor, address reporter, uint256 amount, bytes32 reportA, bytes32 reportB);
    event MonitorExiting(address indexed monitor, uint64 exitAt);
    event CommitteeSet(uint64 indexed epoch, bytes committee, bytes rule, bytes32 configHash);
    event AdminChanged(address admin);
    event RegistrarChanged(address registrar);
    event SetupEnded();
    event ChangeQueued(bytes32 indexed id, uint64 eta, bytes call);
    event ChangeExecuted(bytes32 indexed id);
    event ChangeCancelled(bytes32 indexed id);

    constructor(address admin_, address registrar_, uint64 governanceDelay_, uint256 minStake_) {
        if (governanceDelay_ < MIN_GOVERNANCE_DELAY) revert DelayBelowMinimum(governanceDelay_, MIN_GOVERNANCE_DELAY);
        admin = admin_;
        registrar = registrar_;
        governanceDelay = governanceDelay_;
        minStake = minStake_;
        separator = QuorumVerifier.domainSeparator(block.chainid, address(this));
    }

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    function _governed(bool addsTrust) private view {
        if (msg.sender == address(this)) return;
        if (msg.sender != admin) revert NotAdmin();
        if (addsTrust && setupDone) revert Timelocked(msg.sig);
    }

    // ---- governance (Manager.sol's exit-window rule) ----

    /// Ends the setup phase: from now on every change that adds trust waits governanceDelay.
    function endSetup() external onlyAdmin {
        setupDone = true;
        emit SetupEnded();
    }

    function queueChange(bytes calldata call) external onlyAdmin returns (bytes32 id) {
        if (!setupDone) revert SetupPhase();
        bytes4 sel = call.length >= 4 ? bytes4(call[0:4]) : bytes4(0);
        if (sel != this.setAdmin.selector && sel != this.setRegistrar.selector && sel != this.setCommittee.selector) {
            revert NotGovernable(sel);
        }
        uint64 eta = uint64(block.timestamp) + governanceDelay;
        id = keccak256(abi.encode(call, eta));
        if (queued[id] != 0) revert ChangeAlreadyQueued(id);
        queued[id] = eta;
        emit ChangeQueued(id, eta, call);
    }

    function executeChange(bytes calldata call, uint64 eta) external {
        bytes32 id = keccak256(abi.encode(call, eta));
        if (queued[id] == 0) revert UnknownChange(id);
        if (block.timestamp < eta) revert ChangeNotReady(id, eta);
        if (block.timestamp > uint256(eta) + CHANGE_GRACE_PERIOD) revert ChangeLapsed(id, eta);
        delete queued[id];
        (bool ok, bytes memory ret) = address(this).call(call);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        emit ChangeExecuted(id);
    }

    function cancelChange(bytes32 id) external onlyAdmin {
        if (queued[id] == 0) revert UnknownChange(id);
        delete queued[id];
        emit ChangeCancelled(id);
    }

    function setAdmin(address a) external {
        _governed(true);
        admin = a;
        emit AdminChanged(a);
    }

    /// Removing the registrar (zero) removes trust: at once.
    function setRegistrar(address r) external {
        _governed(r != address(0));
        registrar = r;
        emit RegistrarChanged(r);
    }

    /// Installs the monitor committee (QuorumVerifier's committee encoding,
    /// ECDSA only) and its rule. Every member must be a bonded, unslashed
    /// monitor registered with the kind the committee claims for it.
    function setCommittee(bytes calldata committee, bytes calldata rule) external {
        _governed(true);
        uint256 n = committee.length;
        if (n < 30 || committee[0] != 0x00 || (n - 1) % 29 != 0) revert BadCommittee();
        for (uint256 p = 1; p < n; p += 29) {
            address a = address(bytes20(committee[p:p + 20]));
            Monitor storage m = monitors[a];
            if (m.stake < minStake || m.slashed || m.exitAt != 0 || m.kind != uint8(committee[p + 20])) {
                revert MemberNotEligible(a);
            }
        }
        bytes32 cfg = keccak256(abi.encode(keccak256(committee), keccak256(rule)));
        configHash = cfg;
        epoch++;
        emit CommitteeSet(epoch, committee, rule, cfg);
    }

    // ---- monitors ----

    /// The digest the registrar signs after verifying the monitor's
    /// attestation (enclave key bound to its quote) off chain with attest.
    function monitorDigest(address monitor, uint8 kind, bytes32 measurement) public view returns (bytes32) {
        return keccak256(abi.encode(MONITOR_TYPEHASH, block.chainid, address(this), monitor, kind, measurement));
    }

    /// Registers a monitor enclave with a stake; the caller owns the stake.
    function registerMonitor(address monitor, uint8 kind, bytes32 measurement, bytes calldata registrarSig)
        external
        payable
    {
        if (monitors[monitor].owner != address(0)) revert MonitorExists(monitor);
        if (msg.value < minStake) revert StakeTooLow(msg.value, minStake);
        address r = registrar;
        if (r == address(0) || _recover(monitorDigest(monitor, kind, measurement), registrarSig) != r) {
            revert BadRegistrarSignature();
        }
        monitors[monitor] = Monitor({owner: msg.sender, kind: kind, slashed: false, exitAt: 0, stake: msg.value});
        emit MonitorRegistered(monitor, msg.sender, kind, measurement, msg.value);
    }

    /// Starts the unbonding of a monitor; it stays slashable until withdrawn.
    function exitMonitor(address monitor) external {
        Monitor storage m = monitors[monitor];
        if (m.owner != msg.sender) revert NotOwner();
        if (m.exitAt == 0) m.exitAt = uint64(block.timestamp) + UNBOND_DELAY;
        emit MonitorExiting(monitor, m.exitAt);
    }

    function withdrawStake(address monitor) external {
        Monitor storage m = monitors[monitor];
        if (m.owner != msg.sender) revert NotOwner();
        if (m.exitAt == 0 || block.timestamp < m.exitAt) revert NotExited(monitor);
        uint256 s = m.stake;
        m.stake = 0;
        _pay(msg.sender, s);
    }

    // ---- services ----

    function registerService(bytes32 service, bytes32 manifest, uint32 period, uint96 rewardPerSigner)
        external
        payable
    {
        if (services[service].owner != address(0)) revert ServiceExists(service);
        if (period == 0) revert BadPeriod();
        services[service] = Service({
            owner: msg.sender, period: period, agent: address(0), rewardPerSigner: rewardPerSigner, deposit: msg.value
        });
        manifestActive[service][manifest] = true;
        emit ServiceRegistered(service, msg.sender, period, rewardPerSigner);
        emit ManifestSet(service, manifest, true);
        if (msg.value != 0) emit Deposited(service, msg.value);
    }

    function _owned(bytes32 service) private view returns (Service storage s) {
        s = services[service];
        if (s.owner == address(0)) revert UnknownService(service);
        if (s.owner != msg.sender) revert NotOwner();
    }

    /// Adds or retires a manifest version; several may be active while an
    /// upgrade rolls out.
    function setManifest(bytes32 service, bytes32 manifest, bool active) external {
        _owned(service);
        manifestActive[service][manifest] = active;
        emit ManifestSet(service, manifest, active);
    }

    function setAgent(bytes32 service, address agent) external {
        _owned(service).agent = agent;
        emit AgentSet(service, agent);
    }

    function deposit(bytes32 service) external payable {
        if (services[service].owner == address(0)) revert UnknownService(service);
        services[service].deposit += msg.value;
        emit Deposited(service, msg.value);
    }

    /// The agent records the instance it deployed (container id, image digest).
    function recordInstance(bytes32 service, bytes32 manifest, bytes32 instance, bytes32 imageDigest) external {
        Service storage s = services[service];
        if (s.agent == address(0) || s.agent != msg.sender) revert NotAgent();
        if (!manifestActive[service][manifest]) revert UnknownManifest(service, manifest);
        emit InstanceRecorded(service, manifest, instance, imageDigest);
    }

    // ---- reports ----

    function reportHash(IntegrityReports.Report calldata r) external pure returns (bytes32) {
        return r.hash();
    }

    function voteDigest(bytes32 h) public view returns (bytes32) {
        return QuorumVerifier.voteDigest(separator, h);
    }

    /// Puts a certified report on chain: the installed committee's QC on its
    /// hash, for an active manifest, for a round later than the latest and
    /// not in the future. A violation is an event naming the claim.
    function submitReport(
        IntegrityReports.Report calldata r,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 h = _checkReport(r);
        _certify(committee, rule, h, qc);
        _record(r, h);
    }

    function _checkReport(IntegrityReports.Report calldata r) private view returns (bytes32) {
        uint256 period = services[r.service].period;
        if (period == 0) revert UnknownService(r.service);
        uint64 cur = uint64(block.timestamp / period);
        if (r.round > cur) revert FutureRound(r.round, cur);
        Latest storage l = latest[r.service];
        if (r.round <= l.round && l.status != 0) revert StaleRound(r.round, l.round);
        if (r.status == 0 || r.status > IntegrityReports.UNMEASURED) revert BadStatus(r.status);
        if (!manifestActive[r.service][r.manifest]) revert UnknownManifest(r.service, r.manifest);
        return r.hash();
    }

    function _record(IntegrityReports.Report calldata r, bytes32 h) private {
        latest[r.service] =
            Latest({round: r.round, at: uint64(block.timestamp), status: r.status, claim: r.claim});
        emit ReportCertified(r.service, r.round, h, r.status, r.evidence);
        if (r.status == IntegrityReports.VIOLATION) emit Violation(r.service, r.round, r.claim, r.expected, r.observed);
    }

    function _certify(bytes calldata committee, bytes calldata rule, bytes32 h, bytes calldata qc) private view {
        bytes32 cfg = configHash;
        if (cfg == bytes32(0)) revert NoCommittee();
        bytes32 ch = keccak256(committee);
        if (keccak256(abi.encode(ch, keccak256(rule))) != cfg) revert WrongConfig();
        uint256 code = QuorumVerifier.checkECDSA(ch, committee, rule, QuorumVerifier.voteDigest(separator, h), qc);
        if (code != QuorumVerifier.OK) revert QuorumRejected(code);
    }

    /// Anyone: a whole round passed since the latest report without a
    /// certified one. The service is Unmeasured until the next report.
    function markUnmeasured(bytes32 service) external {
        uint256 period = services[service].period;
        if (period == 0) revert UnknownService(service);
        uint64 cur = uint64(block.timestamp / period);
        Latest storage l = latest[service];
        if (uint256(l.round) + 1 >= cur) revert RoundMeasured(l.round);
        emit Unmeasured(service, l.round + 1, cur - 1);
        l.round = cur - 1;
        l.at = uint64(block.timestamp);
        l.status = IntegrityReports.UNMEASURED;
        l.claim = 0;
    }

    /// Whether the service's latest report is Affirming and at most maxAge seconds old.
    function isHealthy(bytes32 service, uint256 maxAge) external view returns (bool) {
        Latest memory l = latest[service];
        return l.status == IntegrityReports.AFFIRMING && block.timestamp <= uint256(l.at) + maxAge;
    }

    /// Credits each signer of a certified report rewardPerSigner from the
    /// service's deposit, once per (service, round). Anyone may call it
    /// (off the submitReport path, which stays cheap).
    function payRewards(
        IntegrityReports.Report calldata r,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        Service storage s = services[r.service];
        if (s.period == 0) revert UnknownService(r.service);
        if (r.round > latest[r.service].round) revert FutureRound(r.round, latest[r.service].round);
        bytes32 key = keccak256(abi.encode(r.service, r.round));
        if (rewarded[key]) revert AlreadyRewarded(r.service, r.round);
        _certify(committee, rule, r.hash(), qc);
        rewarded[key] = true;
        uint256 each = s.rewardPerSigner;
        uint256 nb = (committee.length - 1 + 28) / 29;
        nb = (nb + 7) / 8;
        uint256 bitmap = uint256(bytes32(qc[0:nb])) >> (256 - 8 * nb);
        uint256 paid;
        for (uint256 i = 0; bitmap != 0; (i++, bitmap >>= 1)) {
            if (bitmap & 1 == 0) continue;
            if (s.deposit < each) break;
            s.deposit -= each;
            address a = address(bytes20(committee[1 + 29 * i:21 + 29 * i]));
            balances[monitors[a].owner] += each;
            paid++;
        }
        emit RewardsPaid(r.service, r.round, paid, each);
    }

    function withdraw() external {
        uint256 b = balances[msg.sender];
        balances[msg.sender] = 0;
        _pay(msg.sender, b);
    }

    // ---- slashing ----

    /// A monitor signed two different reports for one (service, round).
    function slashEquivocation(
        IntegrityReports.Report calldata a,
        bytes calldata sigA,
        IntegrityReports.Report calldata b,
        bytes calldata sigB
    ) external {
        if (a.service != b.service || a.round != b.round) revert NotAFault();
        bytes32 ha = a.hash();
        bytes32 hb = b.hash();
        if (ha == hb) revert NotAFault();
        address m = _recover(voteDigest(ha), sigA);
        if (m == address(0) || m != _recover(voteDigest(hb), sigB)) revert BadSignature();
        _slash(m, ha, hb);
    }

    /// A monitor signed a report that a certified report (QC of the installed
    /// committee) on the same service, round, manifest and evidence
    /// contradicts. Appraisal is deterministic, so an honest monitor signs
    /// exactly the certified report.
    function slashContradiction(
        IntegrityReports.Report calldata certified,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc,
        IntegrityReports.Report calldata signed,
        bytes calldata sig
    ) external {
        if (
            certified.service != signed.service || certified.round != signed.round
                || certified.manifest != signed.manifest || certified.evidence != signed.evidence
        ) revert NotAFault();
        bytes32 hc = certified.hash();
        bytes32 hs = signed.hash();
        if (hc == hs) revert NotAFault();
        _certify(committee, rule, hc, qc);
        address m = _recover(voteDigest(hs), sig);
        if (m == address(0)) revert BadSignature();
        _slash(m, hc, hs);
    }

    function _slash(address monitor, bytes32 ra, bytes32 rb) private {
        Monitor storage m = monitors[monitor];
        uint256 s = m.stake;
        if (m.owner == address(0) || s == 0) revert NotMonitor(monitor);
        m.stake = 0;
        m.slashed = true;
        uint256 reward = s / 2;
        balances[msg.sender] += reward; // the rest stays locked: burnt
        emit MonitorSlashed(monitor, msg.sender, s, ra, rb);
    }

    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        if (uint256(s) > 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0) return address(0);
        return ecrecover(digest, v, r, s);
    }

    function _pay(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
