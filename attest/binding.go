package attest

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BindingTag is the domain-separation prefix of an enclave-key binding. It is
// exactly 24 ASCII bytes, so Solidity can hold it in a bytes24 constant. The
// version suffix changes if the layout below ever does.
const BindingTag = "teerollup/enclave-key/v1"

// DomainSize is the length of Domain.Bytes: tag (24) ‖ chain ID (32) ‖
// manager (20).
const DomainSize = len(BindingTag) + 32 + common.AddressLength

// Domain scopes an enclave-key binding to one deployment: a quote that binds
// a key for one chain or one manager contract is useless on another, so
// evidence cannot be replayed across deployments.
type Domain struct {
	// ChainID is the EVM chain ID (EIP-155); 0 < ChainID < 2^256.
	ChainID *big.Int
	// Manager is the contract that registers enclave keys.
	Manager common.Address
}

// Validate reports whether d can be encoded; it returns an error wrapping
// ErrConfig.
func (d Domain) Validate() error {
	switch {
	case d.ChainID == nil:
		return fmt.Errorf("%w: nil chain ID", ErrConfig)
	case d.ChainID.Sign() <= 0:
		return fmt.Errorf("%w: chain ID %v is not positive", ErrConfig, d.ChainID)
	case d.ChainID.BitLen() > 256:
		return fmt.Errorf("%w: chain ID does not fit in uint256", ErrConfig)
	case d.Manager == (common.Address{}):
		return fmt.Errorf("%w: zero manager address", ErrConfig)
	}
	return nil
}

// Bytes returns the DomainSize-byte encoding
//
//	"teerollup/enclave-key/v1" ‖ uint256(ChainID) big-endian ‖ Manager
//
// which equals Solidity's abi.encodePacked(bytes24(tag), uint256(chainid),
// address(manager)). It returns nil if d is invalid.
func (d Domain) Bytes() []byte {
	if d.Validate() != nil {
		return nil
	}
	b := make([]byte, DomainSize)
	copy(b, BindingTag)
	d.ChainID.FillBytes(b[len(BindingTag) : len(BindingTag)+32])
	copy(b[len(BindingTag)+32:], d.Manager[:])
	return b
}

// BindingReportData is the report data with which an enclave binds its key
// (identified by its address) to a deployment:
//
//	bytes 0..31:  keccak256(Domain.Bytes() ‖ enclave)
//	bytes 32..63: zero
//
// A contract recomputes it as
//
//	keccak256(abi.encodePacked(bytes24("teerollup/enclave-key/v1"),
//	          block.chainid, address(this), enclave))
//
// and compares it with the first 32 bytes of the verified report data
// (checking the rest is zero). For an invalid domain it returns the zero
// array, which CheckBinding never accepts because it validates the domain
// first; validate domains at configuration time.
func BindingReportData(d Domain, enclave common.Address) [ReportDataSize]byte {
	var rd [ReportDataSize]byte
	db := d.Bytes()
	if db == nil {
		return rd
	}
	copy(rd[:32], crypto.Keccak256(db, enclave[:]))
	return rd
}

// CheckBinding reports whether verified claims c bind the enclave key with
// address enclave to domain d. A mismatch is ErrReportData; an invalid domain
// or the zero address (what ecrecover returns on failure, so never a real
// key) is ErrConfig; nil claims are ErrMalformed.
//
// CheckBinding does not check that c is acceptable: run Policy.Check too.
func CheckBinding(c *Claims, d Domain, enclave common.Address) error {
	if err := d.Validate(); err != nil {
		return err
	}
	if enclave == (common.Address{}) {
		return fmt.Errorf("%w: zero enclave address", ErrConfig)
	}
	if c == nil {
		return fmt.Errorf("%w: nil claims", ErrMalformed)
	}
	if want := BindingReportData(d, enclave); c.ReportData != want {
		return fmt.Errorf("%w: report data %s does not bind enclave %s on chain %v manager %s",
			ErrReportData, shortHex(c.ReportData[:]), enclave.Hex(), d.ChainID, d.Manager.Hex())
	}
	return nil
}
