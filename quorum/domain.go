package quorum

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 constants. The vote struct is Vote(bytes32 headerHash); the
// domain is {name "teerollup", version "1", chainId, verifyingContract}.
var (
	domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	nameHash       = crypto.Keccak256Hash([]byte("teerollup"))
	versionHash    = crypto.Keccak256Hash([]byte("1"))
	voteTypeHash   = crypto.Keccak256Hash([]byte("Vote(bytes32 headerHash)"))
)

// Domain separates votes by chain and verifying contract, so a vote for one
// rollup deployment is never valid for another.
type Domain struct {
	ChainID  *big.Int
	Verifier common.Address // the contract that verifies QCs (EIP-712 verifyingContract)
}

// Validate checks that the chain id is in 1..2^256-1 and the verifier is
// not the zero address.
func (d Domain) Validate() error {
	switch {
	case d.ChainID == nil:
		return fmt.Errorf("%w: no chain id", ErrDomain)
	case d.ChainID.Sign() <= 0 || d.ChainID.BitLen() > 256:
		return fmt.Errorf("%w: chain id %s out of range", ErrDomain, d.ChainID)
	case d.Verifier == (common.Address{}):
		return fmt.Errorf("%w: zero verifier address", ErrDomain)
	}
	return nil
}

// Separator is the EIP-712 domain separator
// keccak256(abi.encode(typeHash, keccak256("teerollup"), keccak256("1"), chainId, verifyingContract)).
// An out-of-range chain id is taken modulo 2^256 (Validate rejects it).
func (d Domain) Separator() common.Hash {
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], nameHash[:])
	copy(buf[64:], versionHash[:])
	word := u256(d.ChainID)
	copy(buf[96:], word[:])
	copy(buf[128+12:], d.Verifier[:])
	return crypto.Keccak256Hash(buf[:])
}

// VoteDigest is the EIP-712 digest a member signs to vote for headerHash:
// keccak256("\x19\x01" ‖ d.Separator() ‖ keccak256(abi.encode(keccak256("Vote(bytes32 headerHash)"), headerHash))).
func VoteDigest(d Domain, headerHash common.Hash) common.Hash {
	sep := d.Separator()
	structHash := crypto.Keccak256Hash(voteTypeHash[:], headerHash[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// u256 is x modulo 2^256 as a 32-byte big-endian word; nil is zero.
func u256(x *big.Int) [32]byte {
	var w [32]byte
	if x == nil {
		return w
	}
	y := x
	if x.Sign() < 0 || x.BitLen() > 256 {
		y = new(big.Int).Mod(x, two256)
	}
	y.FillBytes(w[:])
	return w
}

// Vote is one member's secp256k1 signature over VoteDigest(domain,
// HeaderHash). Sig is r ‖ s ‖ v with v in {27, 28} and s in the lower half
// of the curve order: the one canonical form of each signature, which is
// what ecrecover-based contracts expect and what makes signatures
// non-malleable (EIP-2).
type Vote struct {
	HeaderHash common.Hash
	Signer     common.Address
	Sig        [65]byte
}

// SignVote signs a vote for headerHash with key.
func SignVote(key *ecdsa.PrivateKey, d Domain, headerHash common.Hash) (Vote, error) {
	if key == nil {
		return Vote{}, fmt.Errorf("%w: nil ECDSA key", ErrKey)
	}
	if err := d.Validate(); err != nil {
		return Vote{}, err
	}
	digest := VoteDigest(d, headerHash)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Vote{}, fmt.Errorf("%w: %v", ErrKey, err)
	}
	v := Vote{HeaderHash: headerHash, Signer: crypto.PubkeyToAddress(key.PublicKey)}
	copy(v.Sig[:], sig)
	v.Sig[64] += 27
	return v, nil
}

// Verify checks the vote's signature for its signer in domain d.
func (v Vote) Verify(d Domain) error {
	if err := d.Validate(); err != nil {
		return err
	}
	if detail := checkECDSASig(VoteDigest(d, v.HeaderHash), &v.Sig, v.Signer); detail != "" {
		return &SignatureError{Index: -1, Signer: v.Signer, Detail: detail}
	}
	return nil
}

// secp256k1 order / 2.
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// checkECDSASig returns why sig is not addr's canonical signature of digest,
// or "" if it is. It accepts exactly what QuorumVerifier accepts: v in
// {27, 28}, s <= n/2, r and s in 1..n-1 (checked by the ecrecover
// precompile), and a recovered address equal to addr.
func checkECDSASig(digest common.Hash, sig *[65]byte, addr common.Address) string {
	v := sig[64]
	if v != 27 && v != 28 {
		return fmt.Sprintf("v = %d, want 27 or 28", v)
	}
	r := new(big.Int).SetBytes(sig[0:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(halfN) > 0 {
		return "s in the upper half of the curve order (malleable signature)"
	}
	if !crypto.ValidateSignatureValues(v-27, r, s, false) {
		return "r or s out of range"
	}
	var raw [65]byte
	copy(raw[:], sig[:])
	raw[64] = v - 27
	pub, err := crypto.Ecrecover(digest[:], raw[:])
	if err != nil {
		return "public key recovery failed"
	}
	var got common.Address
	copy(got[:], crypto.Keccak256(pub[1:])[12:])
	if got != addr {
		return fmt.Sprintf("signature recovers to %s", got.Hex())
	}
	return ""
}
