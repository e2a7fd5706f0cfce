// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {QuorumVerifier} from "./QuorumVerifier.sol";

/// @notice An on-chain attestation verifier for one TEE kind (the per-kind
/// slot of the Manager). It returns what the evidence proves; the Manager
/// decides whether that is acceptable.
interface IEvidenceVerifier {
    function verifyEvidence(bytes calldata evidence)
        external
        view
        returns (uint8 kind, bytes32 measurement, bytes32 reportData, uint64 notAfter);
}

/// @notice What the Manager tells the rollup contract when the committee changes.
interface IConfigSink {
    function setConfig(uint64 epoch, bytes32 configHash, bytes32 daHash) external;
}

/// @notice What the Manager asks the rollup contract when binding it: how
/// long a user needs, from the moment it sees a change coming, to take its
/// funds out without the committee's help (start a challenge, let it
/// expire, freeze, withdraw), in seconds.
interface IRollupWindow {
    function exitWindow() external view returns (uint256);
}

/// @title Manager (the paper's MSC, §V-C)
/// @notice Registers enclave keys with their TEE kind and measurement once
/// their attestation evidence is verified, and installs committees (with a
/// quorum rule) built only from registered, unexpired, unrevoked enclaves.
///
/// Evidence is verified either by an on-chain verifier for its kind, or by a
/// registrar that verified it off chain with package attest and signed the
/// verified claims (EIP-712). Either way the evidence is published in the
/// registration event so anyone can re-verify it.
///
/// Governance runs in two phases. During setup (until setRollup binds the
/// rollup contract) the admin's setters act at once: no user funds can be at
/// stake in a rollup that is not bound yet (the TSC takes no deposit before
/// its first committee). setRollup is one-shot and ends setup. After it,
/// every change that ADDS trust (setAdmin, setRegistrar, allowMeasurement
/// with ok, setEvidenceVerifier with a verifier, setCommittee) must be
/// queued with queueChange, is public on chain (ChangeQueued carries the
/// whole call) for governanceDelay, and only then may anyone execute it;
/// the admin may cancel it meanwhile. governanceDelay is at least
/// MIN_GOVERNANCE_DELAY (7 days) and longer than the rollup's exit window,
/// so a user who distrusts a queued change can leave before it applies
/// (L2BEAT Stage 1's exit window). Changes that only REMOVE trust act at
/// once: revokeEnclave, allowMeasurement(_, _, false), setEvidenceVerifier
/// (_, 0), setRegistrar(0), and the permissionless invalidateCommittee.
///
/// Registration that no single key decides: registerCertified takes a QC
/// of the current committee, under its own rule, over an Admission (the
/// newcomer's key, kind, measurement, verifiedAt, registeredUntil, evidence
/// hash, epoch) that each signer's enclave checked; removeCertified takes
/// one over a Removal (the member's evidence fails under newer collateral).
/// Both rest on the same assumption as a header: an honest quorum of
/// enclaves under the rule. Anyone may submit either; signers must be
/// eligible at the call (expired members never count).
///
/// Security assumptions:
/// - The registrar is trusted to verify evidence. It acts at once, but a
///   registered key certifies nothing until a (delayed) setCommittee puts it
///   in a committee; users watching a queued committee must re-verify its
///   members' published evidence before the change executes. A rogue
///   registrar can also re-register a member under another kind, making it
///   ineligible: a liveness attack, like a revocation.
/// - The admin chooses measurements, verifiers and committees, but cannot
///   install a member that is not registered, whose kind differs from the
///   attested one, or whose registration expired or was revoked.
/// - A compromised admin key CAN: queue any governed change (it becomes
///   visible at once and applies only after governanceDelay), cancel queued
///   changes, and at once revoke enclaves, disallow measurements, remove
///   verifiers or the registrar. The removals can shrink the committee or
///   withdraw it, halting the rollup; users then leave through the TSC's
///   escape hatch (challenge, freeze, settleWithdraw). It CANNOT add trust
///   without the delay: no new admin, registrar, measurement, verifier or
///   committee before the exit window has passed, no second rollup binding,
///   and handing the admin role over (itself delayed) gives the new admin
///   no shortcut either. So the admin alone can stop the rollup but cannot
///   take funds from a user who watches the queue and exits in time.
/// - The DA set (setDataAvailability: the DAPs whose availability
///   signatures a header needs, and how many) is part of the installed
///   configuration: configHash folds the set's root in. Changing it in
///   either direction is governed and timelocked like setCommittee: a new
///   set may hold keys that sign without storing, and removing the set
///   lets the committee withhold data.
/// - Shrinking a committee keeps the rule, and must not make it easier to
///   meet: MOfN, DistinctKinds and Weighted count only signers, so a signer
///   set that meets them on the reduced committee meets them on the
///   original one. PerKind's bar falls with the members of each kind, so a
///   committee under a rule with a PerKind leaf is withdrawn, never shrunk.
contract Manager {
    struct Enclave {
        uint8 kind; // attest.Kind
        uint64 expiry; // unix seconds; 0 = not registered
        bool revoked;
        bytes32 measurement; // keccak256 of the raw measurement (MRENCLAVE, MRTD, ...)
    }

    uint8 internal constant SCHEME_ECDSA = 1;
    uint8 internal constant SCHEME_BLS = 2;
    uint256 internal constant MAX_KIND = 6; // attest.KindNitro, as QuorumVerifier.MAX_KIND

    /// The shortest governanceDelay a Manager accepts (L2BEAT Stage 1 asks
    /// for at least 7 days to exit before an unwanted upgrade).
    uint64 public constant MIN_GOVERNANCE_DELAY = 7 days;
    /// How long after its eta a queued change stays executable. A change
    /// nobody executed in time lapses, so users need not watch old queued
    /// changes for ever; the admin queues it again (with a new delay).
    uint64 public constant CHANGE_GRACE_PERIOD = 14 days;

    /// The EIP-712 type the registrar signs.
    bytes32 public constant REGISTRATION_TYPEHASH = keccak256(
        "Registration(address enclave,uint8 kind,bytes32 measurement,bytes32 evidenceHash,uint64 expiry)"
    );

    /// The EIP-712 type a committee member signs (as a Vote, see
    /// admissionHash) after verifying a newcomer's evidence in its enclave.
    bytes32 public constant ADMISSION_TYPEHASH = keccak256(
        "Admission(address enclave,uint8 kind,bytes32 measurement,uint64 verifiedAt,uint64 registeredUntil,bytes32 evidenceHash,uint64 epoch)"
    );
    /// The EIP-712 type a committee member signs (as a Vote) after finding
    /// that a registered member's evidence no longer verifies under newer
    /// collateral (revoked certificate, revoked or out-of-policy TCB).
    bytes32 public constant REMOVAL_TYPEHASH =
        keccak256("Removal(address enclave,bytes32 evidenceHash,bytes32 collateralHash,uint64 epoch)");

    /// A committee-certified registration (registerCertified).
    struct Admission {
        address enclave;
        uint8 kind;
        bytes32 measurement;
        uint64 verifiedAt;
        uint64 registeredUntil;
        uint64 epoch;
    }

    address public admin;
    address public registrar;
    IConfigSink public rollup;
    /// How long a queued change waits before it can be executed (seconds).
    uint64 public immutable governanceDelay;

    mapping(address => Enclave) public enclaves;
    /// keccak256 of the evidence each enclave is registered with (the bytes
    /// of its last EnclaveRegistered event): a removal names it.
    mapping(address => bytes32) public evidenceHashOf;
    /// allowed[kind][measurement]: governance's allow-list; revoking a
    /// measurement invalidates every enclave running it.
    mapping(uint8 => mapping(bytes32 => bool)) public allowed;
    mapping(uint8 => IEvidenceVerifier) public evidenceVerifiers;

    uint64 public epoch;
    bytes32 public committeeHash;
    bytes32 public configHash;
    /// The installed DA set's root (dacert.Set.Root), zero if none.
    bytes32 public daHash;
    /// configHashOf(scheme, committeeHash, ruleHash) of the installed
    /// committee, before the DA set is folded in (zero when withdrawn).
    bytes32 private _committeeConfig;

    /// queued[id]: the eta of a queued change, 0 if none; id =
    /// keccak256(abi.encode(call, eta)).
    mapping(bytes32 => uint64) public queued;
    /// The Slasher contract (setSlasher), allowed to revoke keys.
    address public slasher;

    error NotAdmin();
    error SlasherAlreadySet();
    error BadKind(uint8 kind);
    error MeasurementNotAllowed(uint8 kind, bytes32 measurement);
    error Expired(uint64 expiry);
    error StaleRegistration(address enclave, uint64 have, uint64 offered);
    error BadRegistrarSignature();
    error NoVerifier(uint8 kind);
    error ReportDataMismatch(bytes32 want, bytes32 got);
    error ZeroAddress();
    error RollupAlreadySet();
    error BadCommittee(uint256 code);
    error BadRule();
    error BadScheme(uint8 scheme);
    error MemberNotEligible(address member);
    error NotCurrentCommittee();
    error CommitteeStillValid();
    /// The constructor's delay is below MIN_GOVERNANCE_DELAY.
    error DelayBelowMinimum(uint64 delay, uint64 minimum);
    /// setRollup: the delay does not exceed the rollup's exit window, so a
    /// user could not leave before a queued change applies.
    error DelayNotAboveExitWindow(uint64 delay, uint256 exitWindow);
    /// After setup, this setter adds trust and must go through queueChange.
    error Timelocked(bytes4 selector);
    /// queueChange: the call is not one of the governed setters.
    error NotGovernable(bytes4 selector);
    /// queueChange before setRollup: during setup the setters act directly.
    /// A change queued then could ripen before the rollup holds any funds
    /// and apply at once later, so queueing starts with the binding.
    error SetupPhase();
    error ChangeAlreadyQueued(bytes32 id);
    error UnknownChange(bytes32 id);
    error ChangeNotReady(bytes32 id, uint64 eta);
    error ChangeLapsed(bytes32 id, uint64 eta);
    /// The DA set is not n(1) ‖ threshold(1) ‖ root(32) ‖ n 33-byte keys with
    /// 1 <= threshold <= n <= MAX_DA_SET and a non-zero root.
    error BadDASet();
    /// registerCertified/removeCertified: the statement names another
    /// epoch than the current committee's.
    error WrongEpoch(uint64 want, uint64 got);
    /// The quorum certificate fails (quorum.Reason code).
    error BadCertificate(uint256 code);
    /// A QC signer is not eligible now (expired, revoked, disallowed): its
    /// signature does not count, and a QC must carry only counting ones.
    error SignerNotEligible(address signer);
    /// No rollup is bound: committee votes are cast in its domain.
    error NoRollup();
    /// registerCertified: verifiedAt lies in the future.
    error VerifiedInFuture(uint64 verifiedAt);
    /// removeCertified: the enclave was never registered.
    error NotRegistered(address enclave);

    event AdminChanged(address admin);
    event RegistrarChanged(address registrar);
    event RollupSet(address rollup, uint256 exitWindow);
    event MeasurementAllowed(uint8 indexed kind, bytes32 indexed measurement, bool allowed);
    event EvidenceVerifierSet(uint8 indexed kind, address verifier);
    event EnclaveRegistered(
        address indexed enclave, uint8 indexed kind, bytes32 measurement, uint64 expiry, bytes evidence
    );
    event EnclaveRevoked(address indexed enclave);
    /// A committee-certified registration (registerCertified) in epoch.
    event EnclaveAdmitted(address indexed enclave, uint64 indexed epoch, uint64 verifiedAt, uint64 registeredUntil);
    /// A committee-certified removal: the member's evidence fails under
    /// collateral (published here so anyone can re-check the verdict).
    event EnclaveInvalidated(address indexed enclave, uint64 indexed epoch, bytes collateral);
    event SlasherSet(address slasher);
    event CommitteeSet(uint64 indexed epoch, uint8 scheme, bytes committee, bytes rule, bytes32 configHash);
    /// member is the first ineligible member of the committee of `epoch`;
    /// a CommitteeSet for epoch + 1 follows when the rest still meet the rule.
    event CommitteeInvalidated(uint64 indexed epoch, address member);
    event ChangeQueued(bytes32 indexed id, uint64 eta, bytes call);
    event ChangeExecuted(bytes32 indexed id);
    event ChangeCancelled(bytes32 indexed id);
    event DataAvailabilitySet(uint64 indexed epoch, bytes daSet, bytes32 daHash, bytes32 configHash);

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    /// A change that adds trust: the admin's during setup, afterwards only
    /// a queued change that waited governanceDelay (executeChange calls
    /// back into this contract).
    modifier governed() {
        _governed(true);
        _;
    }

    constructor(address admin_, address registrar_, uint64 governanceDelay_) {
        if (admin_ == address(0)) revert ZeroAddress();
        if (governanceDelay_ < MIN_GOVERNANCE_DELAY) revert DelayBelowMinimum(governanceDelay_, MIN_GOVERNANCE_DELAY);
        admin = admin_;
        registrar = registrar_;
        governanceDelay = governanceDelay_;
        emit AdminChanged(admin_);
        emit RegistrarChanged(registrar_);
    }

    /// Whether the Manager is still in its setup phase (no rollup bound).
    function inSetup() public view returns (bool) {
        return address(rollup) == address(0);
    }

    /// addsTrust: a change that needs the delay after setup. Removals are
    /// the admin's (or a queued change's) at any time.
    function _governed(bool addsTrust) private view {
        if (msg.sender == address(this)) return;
        if (msg.sender != admin) revert NotAdmin();
        if (addsTrust && !inSetup()) revert Timelocked(msg.sig);
    }

    // ---- timelock ----

    /// Queues a governed call (abi-encoded, selector first) to this
    /// contract; anyone may execute it from eta = now + governanceDelay
    /// until CHANGE_GRACE_PERIOD later. The event carries the whole call so
    /// that users can judge it and exit in time.
    function queueChange(bytes calldata call) external onlyAdmin returns (bytes32 id) {
        if (inSetup()) revert SetupPhase();
        bytes4 sel = call.length >= 4 ? bytes4(call[0:4]) : bytes4(0);
        if (
            sel != this.setAdmin.selector && sel != this.setRegistrar.selector
                && sel != this.allowMeasurement.selector && sel != this.setEvidenceVerifier.selector
                && sel != this.setCommittee.selector && sel != this.setDataAvailability.selector
        ) revert NotGovernable(sel);
        uint64 eta = uint64(block.timestamp) + governanceDelay;
        id = keccak256(abi.encode(call, eta));
        if (queued[id] != 0) revert ChangeAlreadyQueued(id);
        queued[id] = eta;
        emit ChangeQueued(id, eta, call);
    }

    /// Executes a queued change once its delay has passed. Anyone may: the
    /// change was public for governanceDelay. The call's own revert (say a
    /// committee member whose registration expired meanwhile) is bubbled
    /// and the change stays queued.
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

    /// Drops a queued change.
    function cancelChange(bytes32 id) external onlyAdmin {
        if (queued[id] == 0) revert UnknownChange(id);
        delete queued[id];
        emit ChangeCancelled(id);
    }

    // ---- governance ----

    function setAdmin(address a) external governed {
        // The Manager as its own admin could never queue again.
        if (a == address(0) || a == address(this)) revert ZeroAddress();
        admin = a;
        emit AdminChanged(a);
    }

    /// Removing the registrar (zero) only removes trust: at once.
    function setRegistrar(address r) external {
        _governed(r != address(0));
        registrar = r;
        emit RegistrarChanged(r);
    }

    /// Binds the rollup contract once and ends the setup phase; it is
    /// deployed after the Manager because it names the Manager in its
    /// constructor. A committee installed during setup is pushed to it.
    function setRollup(IConfigSink r) external onlyAdmin {
        if (address(rollup) != address(0)) revert RollupAlreadySet();
        if (address(r) == address(0)) revert ZeroAddress();
        uint256 w = IRollupWindow(address(r)).exitWindow();
        if (governanceDelay <= w) revert DelayNotAboveExitWindow(governanceDelay, w);
        rollup = r;
        emit RollupSet(address(r), w);
        if (epoch != 0) r.setConfig(epoch, configHash, daHash);
    }

    /// Allowing a measurement adds trust (delayed after setup); disallowing
    /// one removes it (at once).
    function allowMeasurement(uint8 kind, bytes32 measurement, bool ok) external {
        _governed(ok);
        _kind(kind);
        allowed[kind][measurement] = ok;
        emit MeasurementAllowed(kind, measurement, ok);
    }

    /// Setting a verifier adds trust (delayed after setup); removing one
    /// (zero) removes it (at once).
    function setEvidenceVerifier(uint8 kind, IEvidenceVerifier v) external {
        _governed(address(v) != address(0));
        _kind(kind);
        evidenceVerifiers[kind] = v;
        emit EvidenceVerifierSet(kind, address(v));
    }

    /// The Slasher may revoke a key whose equivocation it proved. Set once
    /// by the admin, at any time: it can only remove trust, which the admin
    /// can do at once anyway.
    function setSlasher(address s) external onlyAdmin {
        if (s == address(0)) revert ZeroAddress();
        if (slasher != address(0)) revert SlasherAlreadySet();
        slasher = s;
        emit SlasherSet(s);
    }

    function revokeEnclave(address enclave) external {
        if (msg.sender != slasher) _governed(false);
        enclaves[enclave].revoked = true;
        emit EnclaveRevoked(enclave);
    }

    // ---- registration ----

    /// The report data an enclave must put in its quote: keccak256 of the
    /// binding domain ("teerollup/enclave-key/v1" ‖ chain id ‖ this
    /// contract) and the enclave's address, as attest.BindingReportData
    /// computes it. It ties the key to this chain and this Manager, so
    /// evidence cannot be replayed to another deployment.
    function bindingReportData(address enclave) public view returns (bytes32) {
        return keccak256(abi.encodePacked("teerollup/enclave-key/v1", block.chainid, address(this), enclave));
    }

    function domainSeparator() public view returns (bytes32) {
        return QuorumVerifier.domainSeparator(block.chainid, address(this));
    }

    /// The EIP-712 digest the registrar signs for a registration.
    function registrationDigest(
        address enclave,
        uint8 kind,
        bytes32 measurement,
        bytes32 evidenceHash,
        uint64 expiry
    ) public view returns (bytes32) {
        bytes32 s = keccak256(abi.encode(REGISTRATION_TYPEHASH, enclave, kind, measurement, evidenceHash, expiry));
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), s));
    }

    /// Registers an enclave whose evidence the registrar verified off chain.
    /// The record does not depend on the sender, so submitting someone
    /// else's registration first (front-running) changes nothing, and an
    /// older registration cannot replace a newer one (expiry only grows).
    function register(
        address enclave,
        uint8 kind,
        bytes32 measurement,
        uint64 expiry,
        bytes calldata evidence,
        bytes calldata registrarSig
    ) external {
        bytes32 digest = registrationDigest(enclave, kind, measurement, keccak256(evidence), expiry);
        if (registrarSig.length != 65 || registrar == address(0)) revert BadRegistrarSignature();
        bytes32 r = bytes32(registrarSig[0:32]);
        bytes32 s = bytes32(registrarSig[32:64]);
        uint8 v = uint8(registrarSig[64]);
        if (uint256(s) > 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0) {
            revert BadRegistrarSignature();
        }
        if (ecrecover(digest, v, r, s) != registrar) revert BadRegistrarSignature();
        _store(enclave, kind, measurement, expiry, evidence);
    }

    /// Registers an enclave by verifying its evidence with the on-chain
    /// verifier for its kind. The report data must bind the enclave's
    /// address to this Manager.
    function registerWithVerifier(uint8 kind, address enclave, bytes calldata evidence) external {
        IEvidenceVerifier v = evidenceVerifiers[kind];
        if (address(v) == address(0)) revert NoVerifier(kind);
        (uint8 k, bytes32 m, bytes32 rd, uint64 notAfter) = v.verifyEvidence(evidence);
        if (k != kind) revert BadKind(k);
        bytes32 want = bindingReportData(enclave);
        if (rd != want) revert ReportDataMismatch(want, rd);
        _store(enclave, kind, m, notAfter, evidence);
    }

    function _store(address enclave, uint8 kind, bytes32 measurement, uint64 expiry, bytes calldata evidence)
        private
    {
        if (enclave == address(0)) revert ZeroAddress();
        _kind(kind);
        if (!allowed[kind][measurement]) revert MeasurementNotAllowed(kind, measurement);
        if (expiry <= block.timestamp) revert Expired(expiry);
        Enclave storage e = enclaves[enclave];
        if (expiry <= e.expiry) revert StaleRegistration(enclave, e.expiry, expiry);
        // A revoked key stays revoked: re-attesting does not make a leaked
        // key safe again.
        enclaves[enclave] = Enclave({kind: kind, expiry: expiry, revoked: e.revoked, measurement: measurement});
        evidenceHashOf[enclave] = keccak256(evidence);
        emit EnclaveRegistered(enclave, kind, measurement, expiry, evidence);
    }

    // ---- committee-certified registration and removal ----

    /// The struct hash committee members sign as a Vote (like a header hash
    /// or a Resolution) in the rollup's vote domain: the preimage is 8
    /// words starting with ADMISSION_TYPEHASH, never an ABI-encoded header
    /// (at least 13 words), a Resolution (5) or a Removal (5), so one cannot
    /// stand for another short of a keccak256 collision.
    function admissionHash(Admission calldata a, bytes32 evidenceHash) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                ADMISSION_TYPEHASH,
                a.enclave,
                a.kind,
                a.measurement,
                a.verifiedAt,
                a.registeredUntil,
                evidenceHash,
                a.epoch
            )
        );
    }

    /// The struct hash of a removal, signed as a Vote.
    function removalHash(address enclave, bytes32 evidenceHash, bytes32 collateralHash, uint64 epoch_)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(REMOVAL_TYPEHASH, enclave, evidenceHash, collateralHash, epoch_));
    }

    /// Registers an enclave whose evidence the current committee verified:
    /// each signer's enclave checked it with package attest against its
    /// policy and signed the Admission. Anyone may submit; the QC is the
    /// authority, under the committee's own rule, so admitting a member
    /// takes the same trust as certifying a header, and no single key
    /// (registrar or admin) decides. It acts at once: the newcomer still
    /// needs an allowed measurement (governance, delayed) and enters a
    /// committee only through setCommittee (delayed). Replay: the epoch must
    /// be the current one, the vote domain names chain and rollup, and the
    /// expiry only grows (StaleRegistration), so a QC lands at most once.
    function registerCertified(
        Admission calldata a,
        bytes calldata evidence,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 eh = keccak256(evidence);
        _checkCertified(a.epoch, admissionHash(a, eh), committee, rule, qc);
        if (a.verifiedAt > block.timestamp) revert VerifiedInFuture(a.verifiedAt);
        _store(a.enclave, a.kind, a.measurement, a.registeredUntil, evidence);
        emit EnclaveAdmitted(a.enclave, a.epoch, a.verifiedAt, a.registeredUntil);
    }

    /// Revokes a member whose registered evidence fails under newer
    /// collateral, as the current committee certified (Removal). Anyone may
    /// submit; the member cannot block it (its own vote is not needed when
    /// the others meet the rule). It only removes trust, so it acts at
    /// once; invalidateCommittee then drops the member from the committee.
    function removeCertified(
        address enclave,
        uint64 epoch_,
        bytes calldata collateral,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) external {
        bytes32 eh = evidenceHashOf[enclave];
        if (eh == bytes32(0)) revert NotRegistered(enclave);
        _checkCertified(epoch_, removalHash(enclave, eh, keccak256(collateral), epoch_), committee, rule, qc);
        enclaves[enclave].revoked = true;
        emit EnclaveInvalidated(enclave, epoch_, collateral);
        emit EnclaveRevoked(enclave);
    }

    /// Checks an ECDSA QC of the current committee (epoch, config hash)
    /// over structHash signed as a Vote in the rollup's domain, with every
    /// signer eligible now: an expired, revoked or disallowed member's
    /// signature never counts.
    function _checkCertified(
        uint64 epoch_,
        bytes32 structHash,
        bytes calldata committee,
        bytes calldata rule,
        bytes calldata qc
    ) private view {
        if (epoch_ != epoch) revert WrongEpoch(epoch, epoch_);
        address r = address(rollup);
        if (r == address(0)) revert NoRollup();
        bytes32 cfg = configHash;
        bytes32 ch = keccak256(committee);
        if (cfg == bytes32(0) || configHashWithDA(SCHEME_ECDSA, ch, keccak256(rule), daHash) != cfg) {
            revert NotCurrentCommittee();
        }
        bytes32 digest = QuorumVerifier.voteDigest(QuorumVerifier.domainSeparator(block.chainid, r), structHash);
        uint256 code = QuorumVerifier.checkECDSA(ch, committee, rule, digest, qc);
        if (code != QuorumVerifier.OK) revert BadCertificate(code);
        _signersEligible(committee, qc);
    }

    /// Reverts unless every signer of a QC that passed checkECDSA (so its
    /// bitmap is ceil(n/8) bytes with bits below n) is eligible now.
    function _signersEligible(bytes calldata committee, bytes calldata qc) private view {
        uint256 n = (committee.length - 1) / QuorumVerifier.MEMBER_SIZE;
        uint256 nb = (n + 7) / 8;
        uint256 bitmap = uint256(bytes32(qc[0:nb])) >> (256 - 8 * nb);
        for (uint256 i; i < n; ++i) {
            if ((bitmap >> i) & 1 == 0) continue;
            uint256 p = 1 + i * QuorumVerifier.MEMBER_SIZE;
            address m = address(bytes20(committee[p:p + 20]));
            if (!eligible(m, uint8(committee[p + 20]))) revert SignerNotEligible(m);
        }
    }

    // ---- committees ----

    /// Whether an enclave may sit in a committee now, as the given kind.
    function eligible(address enclave, uint8 kind) public view returns (bool) {
        Enclave storage e = enclaves[enclave];
        return e.expiry > block.timestamp && !e.revoked && e.kind == kind && allowed[kind][e.measurement];
    }

    /// Installs a new committee and quorum rule for the next epoch. pops are
    /// the BLS keys' proofs of possession (empty for ECDSA). The new
    /// committee replaces the old one in the same transaction, so the
    /// rollup is never without one.
    function setCommittee(uint8 scheme, bytes calldata committee, bytes calldata rule, bytes calldata pops)
        external
        governed
    {
        if (scheme != SCHEME_ECDSA && scheme != SCHEME_BLS) revert BadScheme(scheme);
        uint256 code = QuorumVerifier.checkRegistration(committee, pops);
        if (code != QuorumVerifier.OK) revert BadCommittee(code);
        bool bls = uint8(committee[0]) == 1;
        if (bls != (scheme == SCHEME_BLS)) revert BadScheme(scheme);
        if (!QuorumVerifier.ruleValid(rule)) revert BadRule();
        (address bad,) = _ineligible(committee);
        if (bad != address(0)) revert MemberNotEligible(bad);
        _install(scheme, committee, rule);
    }

    /// Anyone may show that members of the current committee have expired
    /// or been revoked (or their measurement was). Removing a member only
    /// removes trust, so it acts at once: if all the remaining members
    /// signing would still meet the rule, they become the committee of the
    /// next epoch under the same rule (the rollup keeps going); otherwise,
    /// or when the rule has a PerKind leaf (see the contract comment), the
    /// committee is withdrawn from the rollup until governance installs a
    /// new one. Either way a revoked key can never certify another header.
    /// rule is the current rule (from the last CommitteeSet event).
    function invalidateCommittee(bytes calldata committee, bytes calldata rule) external {
        bytes32 cfg = configHash;
        bool bls = committee.length != 0 && uint8(committee[0]) == 1;
        uint8 scheme = bls ? SCHEME_BLS : SCHEME_ECDSA;
        if (cfg == bytes32(0) || configHashWithDA(scheme, keccak256(committee), keccak256(rule), daHash) != cfg) {
            revert NotCurrentCommittee();
        }
        (address bad, uint256 keep) = _ineligible(committee);
        if (bad == address(0)) revert CommitteeStillValid();
        uint64 e = epoch;
        emit CommitteeInvalidated(e, bad);
        if (
            keep != 0 && !QuorumVerifier.ruleScalesWithCommittee(rule)
                && QuorumVerifier.ruleMetByAll(committee, keep, rule)
        ) {
            _install(scheme, _subset(committee, keep), rule);
            return;
        }
        configHash = bytes32(0);
        _committeeConfig = bytes32(0);
        if (address(rollup) != address(0)) rollup.setConfig(e, bytes32(0), daHash);
    }

    function _install(uint8 scheme, bytes memory committee, bytes calldata rule) private {
        bytes32 ch = keccak256(committee);
        bytes32 cc = configHashOf(scheme, ch, keccak256(rule));
        bytes32 dh = daHash;
        bytes32 cfg = _fold(cc, dh);
        uint64 e = epoch + 1;
        epoch = e;
        committeeHash = ch;
        _committeeConfig = cc;
        configHash = cfg;
        emit CommitteeSet(e, scheme, committee, rule, cfg);
        if (address(rollup) != address(0)) rollup.setConfig(e, cfg, dh);
    }

    /// The most DAPs in a DA set (the TSC's signer bitmap width).
    uint256 public constant MAX_DA_SET = 64;

    /// Installs the DA set: daSet = n(1) ‖ threshold(1) ‖ root(32) ‖
    /// compressed secp256k1 key(33) × n (Go: dacert.Set.Encode), 1 <=
    /// threshold <= n <= MAX_DA_SET; empty removes the DA requirement. From
    /// then on the TSC accepts a header only with a certificate of a
    /// threshold subset of these DAPs under root (TeeRollup.updateStateDA).
    /// The root commits to every threshold subset's aggregate key, which
    /// this contract cannot compute (no cheap curve additions on chain): it
    /// is taken as governance gives it, and every node and DAP recomputes it
    /// from the keys and refuses a mismatch (dacert.DecodeSet). Governed and
    /// timelocked after setup in both directions (see the contract comment),
    /// so a wrong root is visible before it applies. The epoch stays: the
    /// committee did not change.
    function setDataAvailability(bytes calldata daSet) external governed {
        bytes32 dh;
        if (daSet.length != 0) {
            _checkDASet(daSet);
            dh = bytes32(daSet[2:34]);
        }
        daHash = dh;
        bytes32 cc = _committeeConfig;
        bytes32 cfg;
        if (cc != bytes32(0)) {
            cfg = _fold(cc, dh);
            configHash = cfg;
            if (address(rollup) != address(0)) rollup.setConfig(epoch, cfg, dh);
        }
        emit DataAvailabilitySet(epoch, daSet, dh, cfg);
    }

    function _checkDASet(bytes calldata s) private pure {
        uint256 len = s.length;
        if (len < 34 + 33) revert BadDASet();
        uint256 n = uint8(s[0]);
        uint256 t = uint8(s[1]);
        if (len != 34 + 33 * n || n > MAX_DA_SET || t == 0 || t > n || bytes32(s[2:34]) == bytes32(0)) {
            revert BadDASet();
        }
    }

    /// Folds the DA set hash into a committee's config hash; zero (no DA
    /// set) leaves it as it is, so deployments without DAPs keep their
    /// hash.
    function _fold(bytes32 cc, bytes32 dh) private pure returns (bytes32) {
        return dh == bytes32(0) ? cc : keccak256(abi.encode(cc, dh));
    }

    /// The members of committee whose bits are set in keep, in order: a
    /// subsequence, so the encoding stays canonical (ascending addresses).
    function _subset(bytes calldata committee, uint256 keep) private pure returns (bytes memory out) {
        uint256 stride = uint8(committee[0]) == 1 ? QuorumVerifier.BLS_MEMBER_SIZE : QuorumVerifier.MEMBER_SIZE;
        uint256 n = (committee.length - 1) / stride;
        out = new bytes(1 + _popcount(keep) * stride);
        out[0] = committee[0];
        uint256 o = 1;
        for (uint256 i; i < n; ++i) {
            if ((keep >> i) & 1 == 0) continue;
            uint256 p = 1 + i * stride;
            assembly ("memory-safe") {
                calldatacopy(add(add(out, 0x20), o), add(committee.offset, p), stride)
            }
            o += stride;
        }
    }

    function _popcount(uint256 x) private pure returns (uint256 c) {
        for (; x != 0; x &= x - 1) ++c;
    }

    /// The hash of a committee configuration without DA set.
    function configHashOf(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash) public pure returns (bytes32) {
        return keccak256(abi.encode(scheme, committeeHash_, ruleHash));
    }

    /// The hash the rollup contract checks a submission's (scheme,
    /// committee, rule, DA set) against: configHashOf(scheme, committee,
    /// rule) alone when daHash_ is zero, else keccak256(abi.encode(it,
    /// daHash_)).
    function configHashWithDA(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash, bytes32 daHash_)
        public
        pure
        returns (bytes32)
    {
        return _fold(keccak256(abi.encode(scheme, committeeHash_, ruleHash)), daHash_);
    }

    /// The first member that is not eligible as its committee kind (zero if
    /// none), and the bitmap of the eligible ones (bit i: member i; the
    /// committee has at most 256 members). The committee's shape was
    /// checked by QuorumVerifier.checkRegistration.
    function _ineligible(bytes calldata committee) private view returns (address bad, uint256 keep) {
        uint256 stride = uint8(committee[0]) == 1 ? QuorumVerifier.BLS_MEMBER_SIZE : QuorumVerifier.MEMBER_SIZE;
        uint256 n = (committee.length - 1) / stride;
        for (uint256 i; i < n; ++i) {
            uint256 p = 1 + i * stride;
            address member = address(bytes20(committee[p:p + 20]));
            uint8 kind = uint8(committee[p + 20]);
            if (eligible(member, kind)) keep |= 1 << i;
            else if (bad == address(0)) bad = member;
        }
    }

    function _kind(uint8 kind) private pure {
        if (kind == 0 || kind > MAX_KIND) revert BadKind(kind);
    }
}
