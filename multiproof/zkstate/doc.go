// Package zkstate is the example zk-friendly state machine of package
// multiproof, implemented twice: natively in Go (Apply: what the TEE
// committee's enclaves run) and as a gnark circuit (Circuit: what the zk
// prover proves), with a differential test that they accept and reject the
// same batches and compute the same roots.
//
// The state is a fixed tree of NumAccounts = 2^Depth account leaves, hashed
// with MiMC over BN254's scalar field (gnark-crypto's MiMC, the SNARK-friendly
// hash the circuit recomputes in about 330 constraints per compression):
//
//	leaf    MiMC(pubX, pubY, balance, nonce)     an empty slot is the zero leaf
//	node    MiMC(left, right)
//
// A batch is exactly BatchSize transfers {from, to, amount, nonce}, each signed
// by the sender's EdDSA key on BN254's twisted Edwards curve (gnark-crypto's
// eddsa with MiMC as its hash) over
//
//	msg = MiMC(TransferTag, from, to, amount, nonce)
//
// and the batch commitment is MiMC(msg_0, ..., msg_{BatchSize-1}). The proof's
// public inputs are (pre-state root, post-state root, batch commitment): the
// statement the TEE committee certifies too, so the two factors are compared
// on the same three numbers.
//
// Rules (both implementations): sender and receiver slots hold keys (points
// on the curve); the signature verifies under the sender's key; the nonce
// equals the sender's; amount, the sender's new balance, the receiver's new
// balance and the new nonce are all 64-bit (no underflow, no overflow).
// Transfers apply in order, so a later one sees an earlier one's effects (from
// may equal to). Accounts exist from genesis only: this example machine has no
// deposits or exits of its own; package multiproof's escape hatch reads
// balances from a root with Merkle proofs (VerifyLeaf) instead.
//
// The deliberately unsound variant (Circuit.OmitBalanceCheck) drops the range
// check on the sender's new balance, a realistic soundness bug: a transfer of
// more than the sender holds wraps around the field and mints money. Its
// verifier accepts proofs that Apply refuses: the case the TEE factor exists
// for.
//
// # Trusted setup
//
// Setup is deterministic: gnark's Groth16 MPC ceremony run with no
// contribution and sealed with a public beacon (SetupBeacon). Everyone can
// recompute the keys, which is what lets CI regenerate the Solidity verifier and
// check it for drift without committing a multi-megabyte proving key; it also
// means everyone knows the toxic waste and can forge proofs. It is a devnet
// setup and the zk factor here is sound only for honest provers. A production
// deployment runs the same ceremony (mpcsetup Phase1/Phase2 Contribute) with
// independent contributors, and is then sound if one contributor is honest.
// The 2FA policy in package multiproof is designed not to depend on the setup:
// a forged proof without the TEE factor's agreement is held, never accepted.
package zkstate
