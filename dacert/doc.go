// Package dacert implements data-availability certificates checked by the
// TSC with one ecrecover: MuSig2 multi-signatures of a threshold t of the
// DAPs of a governance-installed DA set over a height's availability
// digest (rollup.DADigest: EIP-712 DataAvailable(height, dataRoot), apart
// from header votes).
//
// A Set (ordered DAP keys, threshold t) commits in its Root to, for every
// t-subset S, the aggregate key A_S = Σ a_i·P_i with MuSig key-aggregation
// coefficients a_i = H(L_S, P_i), as leaves keccak256(bitmap ‖ Ax ‖
// parity), and to the members' addresses (one more leaf). A Cert is the
// subset's bitmap and key, a Schnorr signature (addr(R), s) and the
// leaf's Merkle proof. The TSC verifies it as s·G − e·A = R with
// ecrecover(−s·Ax, 27+parity, Ax, −e·Ax) == addr(R), e = keccak256(addr(R)
// ‖ parity ‖ Ax ‖ digest) mod n.
//
// What a valid certificate proves: every member of the subset took part
// in signing the digest, i.e. each DAP in S stated that it holds the
// height's data (a DAP signs only after storing it durably). Assumptions:
//   - MuSig2 unforgeability (discrete log on secp256k1, keccak256 as a
//     random oracle, the AOMDL assumption for concurrent sessions), with
//     the challenge committing to R through its 160-bit address;
//   - each DAP uses a secret nonce once (SecNonce destroys it on Sign);
//   - the root is what governance installed (Manager.setDataAvailability,
//     timelocked like setCommittee). The Manager cannot add curve points, so
//     it takes the root on trust; nodes and DAPs rebuild it from the keys
//     (DecodeSet) and refuse a mismatch (ErrRootMismatch). A wrong root
//     lets governance attribute a key it controls to a subset of DAPs,
//     which the timelock makes visible before it applies;
//   - at least one DAP of any t-subset is honest, so certified data can
//     be fetched; the penalty game holds only the subset's members liable.
//
// Rogue keys: the coefficients make a key chosen as a function of the
// others useless, so no proof of possession is needed.
package dacert
