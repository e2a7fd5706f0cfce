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
    function setConfig(uint64 epoch, bytes32 configHash) external;
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
/// Security assumptions: the registrar is trusted to verify evidence (its key
/// is a governance setting and can be rotated); governance (admin) is trusted
/// to choose measurements and committees, but cannot install a member that is
/// not registered, whose kind differs from the attested one, or whose
/// registration expired or was revoked.
contract Manager {
    struct Enclave {
        uint8 kind; // attest.Kind
        uint64 expiry; // unix seconds; 0 = not registered
        bool revoked;
        bytes32 measurement; // keccak256 of the raw measurement (MRENCLAVE, MRTD, ...)
    }

    uint8 internal constant SCHEME_ECDSA = 1;
    uint8 internal constant SCHEME_BLS = 2;
    uint256 internal constant MAX_KIND = 5;

    /// The EIP-712 type the registrar signs.
    bytes32 public constant REGISTRATION_TYPEHASH = keccak256(
        "Registration(address enclave,uint8 kind,bytes32 measurement,bytes32 evidenceHash,uint64 expiry)"
    );

    address public admin;
    address public registrar;
    IConfigSink public rollup;

    mapping(address => Enclave) public enclaves;
    /// allowed[kind][measurement]: governance's allow-list; revoking a
    /// measurement invalidates every enclave running it.
    mapping(uint8 => mapping(bytes32 => bool)) public allowed;
    mapping(uint8 => IEvidenceVerifier) public evidenceVerifiers;

    uint64 public epoch;
    bytes32 public committeeHash;
    bytes32 public configHash;

    error NotAdmin();
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

    event AdminChanged(address admin);
    event RegistrarChanged(address registrar);
    event MeasurementAllowed(uint8 indexed kind, bytes32 indexed measurement, bool allowed);
    event EvidenceVerifierSet(uint8 indexed kind, address verifier);
    event EnclaveRegistered(
        address indexed enclave, uint8 indexed kind, bytes32 measurement, uint64 expiry, bytes evidence
    );
    event EnclaveRevoked(address indexed enclave);
    event CommitteeSet(uint64 indexed epoch, uint8 scheme, bytes committee, bytes rule, bytes32 configHash);
    event CommitteeInvalidated(uint64 indexed epoch, address member);

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    constructor(address admin_, address registrar_) {
        if (admin_ == address(0)) revert ZeroAddress();
        admin = admin_;
        registrar = registrar_;
        emit AdminChanged(admin_);
        emit RegistrarChanged(registrar_);
    }

    // ---- governance ----

    function setAdmin(address a) external onlyAdmin {
        if (a == address(0)) revert ZeroAddress();
        admin = a;
        emit AdminChanged(a);
    }

    function setRegistrar(address r) external onlyAdmin {
        registrar = r;
        emit RegistrarChanged(r);
    }

    /// Binds the rollup contract once; it is deployed after the Manager
    /// because it names the Manager in its constructor.
    function setRollup(IConfigSink r) external onlyAdmin {
        if (address(rollup) != address(0)) revert RollupAlreadySet();
        if (address(r) == address(0)) revert ZeroAddress();
        rollup = r;
    }

    function allowMeasurement(uint8 kind, bytes32 measurement, bool ok) external onlyAdmin {
        _kind(kind);
        allowed[kind][measurement] = ok;
        emit MeasurementAllowed(kind, measurement, ok);
    }

    function setEvidenceVerifier(uint8 kind, IEvidenceVerifier v) external onlyAdmin {
        _kind(kind);
        evidenceVerifiers[kind] = v;
        emit EvidenceVerifierSet(kind, address(v));
    }

    function revokeEnclave(address enclave) external onlyAdmin {
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
        emit EnclaveRegistered(enclave, kind, measurement, expiry, evidence);
    }

    // ---- committees ----

    /// Whether an enclave may sit in a committee now, as the given kind.
    function eligible(address enclave, uint8 kind) public view returns (bool) {
        Enclave storage e = enclaves[enclave];
        return e.expiry > block.timestamp && !e.revoked && e.kind == kind && allowed[kind][e.measurement];
    }

    /// Installs a new committee and quorum rule for the next epoch. pops are
    /// the BLS keys' proofs of possession (empty for ECDSA).
    function setCommittee(uint8 scheme, bytes calldata committee, bytes calldata rule, bytes calldata pops)
        external
        onlyAdmin
    {
        if (scheme != SCHEME_ECDSA && scheme != SCHEME_BLS) revert BadScheme(scheme);
        uint256 code = QuorumVerifier.checkRegistration(committee, pops);
        if (code != QuorumVerifier.OK) revert BadCommittee(code);
        bool bls = uint8(committee[0]) == 1;
        if (bls != (scheme == SCHEME_BLS)) revert BadScheme(scheme);
        if (!QuorumVerifier.ruleValid(rule)) revert BadRule();
        address bad = _firstIneligible(committee);
        if (bad != address(0)) revert MemberNotEligible(bad);
        bytes32 ch = keccak256(committee);
        bytes32 cfg = configHashOf(scheme, ch, keccak256(rule));
        uint64 e = epoch + 1;
        epoch = e;
        committeeHash = ch;
        configHash = cfg;
        emit CommitteeSet(e, scheme, committee, rule, cfg);
        if (address(rollup) != address(0)) rollup.setConfig(e, cfg);
    }

    /// Anyone may show that a member of the current committee has expired or
    /// been revoked (or its measurement was); the committee is then
    /// withdrawn from the rollup until governance installs a new one, so a
    /// revoked key can never certify another header.
    function invalidateCommittee(bytes calldata committee) external {
        if (keccak256(committee) != committeeHash || configHash == bytes32(0)) revert NotCurrentCommittee();
        address bad = _firstIneligible(committee);
        if (bad == address(0)) revert CommitteeStillValid();
        configHash = bytes32(0);
        emit CommitteeInvalidated(epoch, bad);
        if (address(rollup) != address(0)) rollup.setConfig(epoch, bytes32(0));
    }

    /// The hash the rollup contract checks a submission's (scheme,
    /// committee, rule) against.
    function configHashOf(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash) public pure returns (bytes32) {
        return keccak256(abi.encode(scheme, committeeHash_, ruleHash));
    }

    /// The first member that is not eligible as its committee kind, or zero.
    /// The committee's shape was checked by QuorumVerifier.checkRegistration.
    function _firstIneligible(bytes calldata committee) private view returns (address) {
        uint256 stride = uint8(committee[0]) == 1 ? QuorumVerifier.BLS_MEMBER_SIZE : QuorumVerifier.MEMBER_SIZE;
        uint256 n = (committee.length - 1) / stride;
        for (uint256 i; i < n; ++i) {
            uint256 p = 1 + i * stride;
            address member = address(bytes20(committee[p:p + 20]));
            uint8 kind = uint8(committee[p + 20]);
            if (!eligible(member, kind)) return member;
        }
        return address(0);
    }

    function _kind(uint8 kind) private pure {
        if (kind == 0 || kind > MAX_KIND) revert BadKind(kind);
    }
}
