// Package quorum is how a committee of sequencers running in heterogeneous
// TEEs certifies a rollup header: votes, quorum certificates (QCs),
// committees and the rules that decide when enough members, of enough
// kinds, have signed. The Solidity library contracts/src/QuorumVerifier.sol
// checks the same certificates on chain; the two are differential-tested
// and reach the same verdict on every input.
//
// # Usage
//
//	committee, err := quorum.NewCommittee(members...) // sorts, validates, checks BLS proofs of possession
//	domain := quorum.Domain{ChainID: chainID, Verifier: rollupContract}
//	rule := quorum.All{Rules: []quorum.Rule{quorum.DistinctKinds{K: 2}, quorum.MOfN{M: 7}}}
//
//	// each member, inside its enclave (any Signer: an attest/sim enclave,
//	// a hardware key holder, quorum.KeySigner(rawKey) outside a TEE):
//	vote, err := quorum.SignVote(enclave, domain, headerHash)
//
//	// the aggregator:
//	qc, err := quorum.NewECDSAQC(committee, domain, headerHash, votes)
//	err = quorum.Verify(rule, committee, domain, headerHash, qc)
//	// on chain: QuorumVerifier.verifyECDSA(storedCommitteeHash, committee.Encode(),
//	//     rule.Encode(), digest, qc.Encode())
//
// BLS works the same way with (*BLSSecretKey).SignVote, AggregateBLS and
// QuorumVerifier.verifyBLS. VerifyEncoded runs the contract's algorithm on
// the encodings, so a relayer knows the chain's verdict before it pays.
// Errors wrap one sentinel each (ErrCommittee, ErrRuleNotMet, ...), some
// through typed errors carrying evidence (*SignatureError,
// *RuleNotMetError, *ConflictingQCError); ReasonOf maps an error to the
// contract's verdict code.
//
// # Votes
//
// A member signs the EIP-712 digest of Vote(bytes32 headerHash) in the
// domain {name "teerollup", version "1", chainId, verifyingContract}
// (VoteDigest): a vote is valid for one header, on one chain, for one
// contract. ECDSA votes are secp256k1 signatures r ‖ s ‖ v (65 bytes) in
// the one canonical form: v ∈ {27, 28} and s ≤ n/2. The other form of the
// same signature, (r, n-s, v^1), is rejected in Go and on chain (EIP-2), so
// a QC's bytes cannot be changed without re-signing and signatures cannot
// be used as unique identifiers by accident. r and s must be in 1..n-1
// (checked by the ecrecover precompile and its Go twin).
//
// # Encodings
//
// Everything the contract reads is a compact byte string; all integers are
// big-endian, and decoders reject trailing bytes and out-of-range values,
// so each value has exactly one encoding (fuzz-tested round trips).
//
//	committee  flags(1) ‖ member·n          flags 0: no BLS keys, 1: every member has one
//	member     addr(20) ‖ kind(1) ‖ weight(8) [‖ G1 key x(32) ‖ y(32)]
//	ECDSA QC   bitmap(ceil(n/8)) ‖ (r(32) ‖ s(32) ‖ v(1))·k   k = popcount, in member order
//	BLS QC     bitmap(ceil(n/8)) ‖ sigma(64, G1) ‖ apk(128, G2)
//	rule       leaf | 0x05 ‖ count(1..8) ‖ leaf·count
//	leaf       0x01 ‖ m(2)          MOfN{M}: at least M signers
//	           0x02 ‖ k(1)          DistinctKinds{K}: signers of at least K TEE kinds
//	           0x03 ‖ percent(1)    PerKind{Percent}: each kind in the committee has
//	                                ≥ ceil(Percent·members_of_kind/100) signers
//	           0x04 ‖ threshold(8)  Weighted{Threshold}: signers' weights sum to ≥ Threshold
//
// A committee has 1 to 256 members (the bitmap is one EVM word: bit i of the
// big-endian integer is member i), sorted by strictly ascending address,
// which makes the encoding canonical and duplicate members impossible in a
// single pass, with kinds 1..5 (attest.Kind). Its hash, keccak256 of the
// encoding, is all the chain stores: each submission carries the committee
// in calldata and the contract checks its hash. Calldata is the cheaper
// place: an ECDSA member is 29 bytes, about 380 gas of calldata (16 per
// non-zero byte, 4 per zero byte) plus 6 gas of hashing, where one storage
// slot per member would cost a cold SLOAD of 2,100 gas to read (21,000 for
// ten members) and 20,000 gas per member to write; the hash is one slot,
// written once per committee change. BLS members add their 64-byte G1 key
// (about 1,000 gas of calldata each).
//
// # BLS
//
// BLS is on BN254, shaped by the EVM precompiles (ecAdd 150 gas, ecMul
// 6,000, pairing 45,000 + 34,000 per pair): signatures and the message hash
// are in G1, keys in G2, and every member also registers its key's G1 twin
// sk·g1, which the contract can add up. A QC carries sigma, the sum of the
// signers' signatures, and apk, the sum of their G2 keys. With apk1 the sum
// of the signers' registered G1 keys, H = HashToG1(VoteDST, digest) and
// gamma = keccak256(sigma ‖ apk1 ‖ apk ‖ H) mod r, the QC is valid iff
//
//	e(sigma + gamma·apk1, -g2) · e(H + gamma·g1, apk) = 1
//
// one two-pair pairing check that holds (except with probability about
// 2^-254 over gamma, fixed after all inputs) iff e(sigma, g2) = e(H, apk)
// and e(apk1, g2) = e(g1, apk): the aggregate verifies, and apk is the G2
// twin of the registered keys of exactly the claimed signers. No G2
// arithmetic is needed on chain. Cost: about 140,000 gas whatever the
// number of signers, plus about 400 gas per signer (ecAdd) and 4,300 gas
// per hash-to-curve round.
//
// HashToG1 is try-and-increment over keccak256 with a constant domain tag
// (VoteDST for votes, PoPDST for proofs of possession): for ctr = 0, 1, ...,
// x = (keccak256(dst ‖ msg ‖ 2ctr)·2^256 + keccak256(dst ‖ msg ‖ 2ctr+1))
// mod p, y = (x³+3)^((p+1)/4) (the modexp precompile), and the first x for
// which y² = x³+3 gives (x, ±y), the sign taken from the top bit of the
// second hash. The 512-bit reduction makes x uniform up to 2^-250; each
// round succeeds with probability 1/2, so two rounds on average. BN254 G1
// has cofactor 1, so every curve point is in the group.
//
// Rogue keys: with aggregate verification, a member who registers
// pk' = pk_evil - pk_victim can later claim the victim signed. Every BLS
// member therefore proves possession of its secret key at registration: a
// signature with PoPDST over keccak256(addr ‖ G1 key ‖ G2 key), checked by
// the same pairing equation (VerifyPoP, NewCommittee, DecodeRegistration,
// and QuorumVerifier.checkRegistration on chain). Binding the address stops
// a member from copying another member's key together with its proof, which
// would make one signature count twice (possibly for a second kind).
// Registration also rejects two members whose G1 keys share an
// x-coordinate (equal or opposite keys).
//
// What is checked when: registration (NewCommittee, Validate + VerifyPoPs,
// checkRegistration on chain) checks everything once, before the
// committee's hash is stored. Verification (Verify, verify* on chain)
// re-checks the hash, the encoding and every member (address order, kind,
// G1 key on the curve) in the same pass that verifies the signatures, but
// trusts registration for what would cost more than it protects per QC:
// distinct BLS keys and proofs of possession.
//
// # Verification order
//
// The contract returns a verdict code and Go an error; ReasonOf(err) equals
// the code. Checks run in this order, the first failure decides:
// committee hash (1), committee shape (2: flags, length, size, and BLS keys
// for a BLS QC), rule (3), QC shape (4: length, non-empty bitmap within the
// committee, one signature per signer), each member in index order (2),
// the rule on the claimed signers (5), the signatures (6: the first bad
// ECDSA signature, or the BLS pairing check). Registration adds 7 for a bad
// proof of possession.
//
// # Security assumptions
//
// A TEE technology (SGX, TDX, SEV-SNP, CSV, CCA) is assumed to be broken as
// a whole or not at all: an attacker who breaks one can extract the vote
// keys of all its enclaves, but breaking one says nothing about the others.
// Under DistinctKinds{K: f+1} a forged header needs keys from f+1 kinds, so
// it is safe while at most f technologies are broken, whatever the number
// of members per kind. The kind of a member is what its attestation
// established (package attest) when the committee was formed; this package
// takes it as given. MOfN and Weighted bound the number or stake of
// signers instead, and PerKind asks every technology to agree; All
// combines them, e.g. kinds ≥ 2 and more than two thirds of the members,
// which keeps BFT-style intersection of honest quorums while still
// requiring two technologies. Which combination fits is a trade-off between
// forgery (too few kinds) and stalling (too many required signers): Simulate
// estimates both under per-kind compromise and availability probabilities
// (see examples/quorumsim).
//
// Two valid certificates for different headers at one height prove that
// the rule's assumption failed; CheckConflict returns them as a
// *ConflictingQCError naming the members who signed both.
//
// # Gas
//
// Measured on an in-process chain with mainnet gas rules
// (BenchmarkGas, TestGasBudget) for the paper's 1:2:2 SGX/TDX/CSV committee
// and the rule DistinctKinds{2}. "check" is the execution gas of the
// library call alone; "tx" is a whole submission transaction (21,000,
// calldata, ABI decoding, one cold SLOAD of the committee hash, the EIP-712
// digest, the check and an event).
//
//	                 ECDSA, all sign     ECDSA, 2 sign      BLS, all sign
//	n = 5            20,059 / 54,420     9,982 / 41,259     141,527 / 178,966
//	n = 10           38,004 / 79,505    11,132 / 44,369     145,347 / 189,854
//	n = 15           55,937 / 104,474   12,270 / 47,327     149,180 / 200,603
//	n = 20           73,883 / 129,548   13,421 / 50,438     153,062 / 211,565
//
// ECDSA costs about 3,350 gas per signature (3,100 for calling ecrecover)
// and 230 per member; BLS about 140,000 fixed plus about 800 per member.
// Counting calldata, a transaction costs about 5,000 gas per signing
// member with ECDSA and 2,200 with BLS: ECDSA is cheaper up to about 50
// signers.
package quorum
