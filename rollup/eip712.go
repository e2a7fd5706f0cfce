package rollup

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 names. The domain binds every client signature to one L1 chain and
// one TSC, so a transfer signed for one rollup cannot be replayed on another
// rollup or on a fork of the chain with another chain id.
const (
	DomainName    = "teerollup"
	DomainVersion = "1"
)

var (
	domainTypeHash   = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	transferTypeHash = crypto.Keccak256Hash([]byte("Transfer(address from,address to,uint256 value,uint64 nonce)"))
	redeemTypeHash   = crypto.Keccak256Hash([]byte("Redeem(address from,uint256 value,uint64 nonce)"))
	nameHash         = crypto.Keccak256Hash([]byte(DomainName))
	versionHash      = crypto.Keccak256Hash([]byte(DomainVersion))
)

// ErrInvalidDomain: the EIP-712 domain is incomplete.
var ErrInvalidDomain = errors.New("rollup: invalid domain")

// Domain is the EIP-712 domain of a rollup: the L1 chain and the TSC address.
type Domain struct {
	ChainID *big.Int
	TSC     common.Address
}

// Validate requires a positive chain id and a TSC address.
func (d Domain) Validate() error {
	if d.ChainID == nil || d.ChainID.Sign() <= 0 {
		return fmt.Errorf("%w: chain id must be positive", ErrInvalidDomain)
	}
	if d.TSC == (common.Address{}) {
		return fmt.Errorf("%w: zero TSC address", ErrInvalidDomain)
	}
	return nil
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], nameHash[:])
	copy(buf[64:], versionHash[:])
	d.ChainID.FillBytes(buf[96:128])
	copy(buf[128+12:], d.TSC[:])
	return crypto.Keccak256Hash(buf[:])
}

// SigningHash is the EIP-712 digest a client signs:
// keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(tx)).
func (tx *Tx) SigningHash(d Domain) (common.Hash, error) {
	if err := d.Validate(); err != nil {
		return common.Hash{}, err
	}
	return tx.signingHash(d.Separator())
}

// signingHash is SigningHash under a precomputed domain separator (a
// verifier checking many transactions of one rollup computes it once).
func (tx *Tx) signingHash(sep common.Hash) (common.Hash, error) {
	structHash, err := tx.structHash()
	if err != nil {
		return common.Hash{}, err
	}
	var buf [2 + 32 + 32]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:], sep[:])
	copy(buf[34:], structHash[:])
	return crypto.Keccak256Hash(buf[:]), nil
}

func (tx *Tx) structHash() (common.Hash, error) {
	if tx.Value == nil {
		return common.Hash{}, fmt.Errorf("%w: nil value", ErrInvalidTx)
	}
	v := tx.Value.Bytes32()
	var nonce [32]byte
	new(big.Int).SetUint64(tx.Nonce).FillBytes(nonce[:])
	switch tx.Type {
	case TxTransfer:
		var buf [5 * 32]byte
		copy(buf[0:], transferTypeHash[:])
		copy(buf[32+12:], tx.From[:])
		copy(buf[64+12:], tx.To[:])
		copy(buf[96:], v[:])
		copy(buf[128:], nonce[:])
		return crypto.Keccak256Hash(buf[:]), nil
	case TxRedeem:
		var buf [4 * 32]byte
		copy(buf[0:], redeemTypeHash[:])
		copy(buf[32+12:], tx.From[:])
		copy(buf[64:], v[:])
		copy(buf[96:], nonce[:])
		return crypto.Keccak256Hash(buf[:]), nil
	}
	return common.Hash{}, fmt.Errorf("%w: %s transactions are not signed", ErrInvalidTx, tx.Type)
}
