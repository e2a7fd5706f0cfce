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

// Signer is a secp256k1 key that signs digests without showing itself: an
// enclave (attest/sim.Enclave, a hardware quoter's key holder), an HSM, or a
// raw key wrapped by KeySigner.
//
// Signature convention at this seam: Sign returns go-ethereum's crypto.Sign
// form, 65 bytes r ‖ s ‖ v with v ∈ {0, 1} (the recovery id), which is what
// enclaves and crypto libraries produce. Vote.Sig, and every signature a
// contract checks, carries v + 27 (Solidity's ecrecover form); SignVote does
// that conversion, so a Signer never adds 27. Because some wallets and HSMs
// already add it, SignVote also accepts v ∈ {27, 28}, and it flips a high s
// to the low one (EIP-2), so any valid signature becomes the one canonical
// vote.
type Signer interface {
	// Address is the Ethereum address of the signing key.
	Address() common.Address
	// Sign signs the 32-byte digest as is (no prefix, no hashing).
	Sign(digest common.Hash) ([]byte, error)
}

// KeySigner returns a Signer over a raw private key, for tests, tools and
// keys that live outside a TEE. A nil key yields a Signer whose Sign fails
// with ErrKey.
func KeySigner(key *ecdsa.PrivateKey) Signer { return keySigner{key} }

type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address {
	if k.key == nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(k.key.PublicKey)
}

func (k keySigner) Sign(digest common.Hash) ([]byte, error) {
	if k.key == nil {
		return nil, fmt.Errorf("%w: nil ECDSA key", ErrKey)
	}
	return crypto.Sign(digest[:], k.key)
}

// SignVote has s sign a vote for headerHash in domain d and returns it in
// canonical form (v ∈ {27, 28}, low s), checked to recover to s.Address().
// Enclaves must only call it after re-executing the batch and computing the
// same header.
func SignVote(s Signer, d Domain, headerHash common.Hash) (Vote, error) {
	if s == nil {
		return Vote{}, fmt.Errorf("%w: nil signer", ErrKey)
	}
	if err := d.Validate(); err != nil {
		return Vote{}, err
	}
	digest := VoteDigest(d, headerHash)
	sig, err := s.Sign(digest)
	if err != nil {
		return Vote{}, fmt.Errorf("%w: sign: %w", ErrKey, err)
	}
	if len(sig) != 65 {
		return Vote{}, fmt.Errorf("%w: signer returned a %d-byte signature, want 65", ErrKey, len(sig))
	}
	v := Vote{HeaderHash: headerHash, Signer: s.Address()}
	copy(v.Sig[:], sig)
	switch v.Sig[64] {
	case 0, 1:
		v.Sig[64] += 27
	case 27, 28:
	default:
		return Vote{}, fmt.Errorf("%w: signer returned v = %d, want 0 or 1", ErrKey, v.Sig[64])
	}
	canonicalize(&v.Sig)
	if err := v.Verify(d); err != nil {
		return Vote{}, err
	}
	return v, nil
}

// canonicalize replaces a high s (s > n/2) by n - s and flips v, which
// keeps the recovered key: the other valid form of the same signature.
func canonicalize(sig *[65]byte) {
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(halfN) <= 0 {
		return
	}
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(sig[32:64])
	sig[64] = 27 + 28 - sig[64] // 27 <-> 28
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
