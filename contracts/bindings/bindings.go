// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DataAvailabilityDap is an auto generated low-level Go binding around an user-defined struct.
type DataAvailabilityDap struct {
	Collateral   *big.Int
	FirstRequest *big.Int
	ExitRequest  *big.Int
	ExitBlock    *big.Int
	Slot         uint8
}

// DataAvailabilityRequest is an auto generated low-level Go binding around an user-defined struct.
type DataAvailabilityRequest struct {
	Id        uint64
	Height    uint64
	DataRoot  [32]byte
	Requester common.Address
	Deadline  uint64
	Fee       *big.Int
	Seed      [32]byte
	Liable    uint64
}

// IntegrityReportsReport is an auto generated low-level Go binding around an user-defined struct.
type IntegrityReportsReport struct {
	Service  [32]byte
	Manifest [32]byte
	Round    uint64
	Status   uint8
	Claim    uint8
	Evidence [32]byte
	Expected [32]byte
	Observed [32]byte
}

// ManagerAdmission is an auto generated low-level Go binding around an user-defined struct.
type ManagerAdmission struct {
	Enclave         common.Address
	Kind            uint8
	Measurement     [32]byte
	VerifiedAt      uint64
	RegisteredUntil uint64
	Epoch           uint64
}

// RollupTypesHeader is an auto generated low-level Go binding around an user-defined struct.
type RollupTypesHeader struct {
	ParentHash   [32]byte
	Height       uint64
	StateRoot    [32]byte
	TxRoot       [32]byte
	DepositIndex uint64
	DepositAcc   [32]byte
	Withdrawals  []RollupTypesWithdrawal
	Challenges   []uint64
	ChallengeAcc [32]byte
	DataRoot     [32]byte
	HistoryRoot  [32]byte
}

// RollupTypesWithdrawal is an auto generated low-level Go binding around an user-defined struct.
type RollupTypesWithdrawal struct {
	To     common.Address
	Amount *big.Int
}

// SlasherSigned is an auto generated low-level Go binding around an user-defined struct.
type SlasherSigned struct {
	Header RollupTypesHeader
	Kind   uint8
	Round  uint64
	Sig    []byte
}

// ChunkMerkleHarnessMetaData contains all meta data concerning the ChunkMerkleHarness contract.
var ChunkMerkleHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"chunkCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"treeRoot\",\"type\":\"bytes32\"}],\"name\":\"dataRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"depth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ChunkMerkleHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506105938061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063336bb4d61461004e5780634d75704a14610076578063a4f1327814610097578063eed385c8146100ff575b5f5ffd5b61006161005c366004610384565b610112565b60405190151581526020015b60405180910390f35b610089610084366004610445565b610130565b60405190815260200161006d565b6100896100a536600461045c565b60405160b89290921b7effffffffffffffff0000000000000000000000000000000000000000000000167f020000000000000000000000000000000000000000000000000000000000000017825260098201526029902090565b61008961010d366004610445565b610140565b5f6101228888888888888861014a565b90505b979650505050505050565b5f61013a826102de565b92915050565b5f61013a82610302565b5f67ffffffffffffffff8716158061017157506504000000000067ffffffffffffffff8816115b1561017d57505f610125565b5f6101918867ffffffffffffffff166102de565b90508087106101a3575f915050610125565b5f6101af6001836104b1565b88146101bd576104006101dd565b6101c9610400896104c4565b6101dd9067ffffffffffffffff8b166104b1565b90508581146101f0575f92505050610125565b6101f982610302565b8414610209575f92505050610125565b5f6040515f81538789600183013760018801812091506001815389878760051b81015b8082101561027657600183168015610250578235600186015285602186015261025e565b856001860152823560218601525b506041842094508260011c925060208201915061022c565b50505060b89a909a1b7effffffffffffffff0000000000000000000000000000000000000000000000167f0200000000000000000000000000000000000000000000000000000000000000178a5260098a015250506029909620969096149695505050505050565b5f61040060016102ee82856104db565b6102f891906104b1565b61013a91906104ee565b5f5b81816001901b10156103205761031981610526565b9050610304565b919050565b803567ffffffffffffffff81168114610320575f5ffd5b5f5f83601f84011261034c575f5ffd5b50813567ffffffffffffffff811115610363575f5ffd5b6020830191508360208260051b850101111561037d575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a03121561039a575f5ffd5b873596506103aa60208901610325565b955060408801359450606088013567ffffffffffffffff8111156103cc575f5ffd5b8801601f81018a136103dc575f5ffd5b803567ffffffffffffffff8111156103f2575f5ffd5b8a6020828401011115610403575f5ffd5b60209190910194509250608088013567ffffffffffffffff811115610426575f5ffd5b6104328a828b0161033c565b989b979a50959850939692959293505050565b5f60208284031215610455575f5ffd5b5035919050565b5f5f6040838503121561046d575f5ffd5b61047683610325565b946020939093013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561013a5761013a610484565b808202811582820484141761013a5761013a610484565b8082018082111561013a5761013a610484565b5f82610521577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361055657610556610484565b506001019056fea2646970667358221220b09c8f191e9b3db362c3485d56436933afd18ece3dda2b6871c48d5db4b50b8164736f6c634300081e0033",
}

// ChunkMerkleHarness is an auto generated Go binding around an Ethereum contract.
type ChunkMerkleHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ChunkMerkleHarness) GetABI() abi.ABI {
	return c.abi
}

// NewChunkMerkleHarness creates a new instance of ChunkMerkleHarness.
func NewChunkMerkleHarness() *ChunkMerkleHarness {
	parsed, err := ChunkMerkleHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ChunkMerkleHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ChunkMerkleHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackChunkCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d75704a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkCount(uint256 length) pure returns(uint256)
func (chunkMerkleHarness *ChunkMerkleHarness) PackChunkCount(length *big.Int) []byte {
	enc, err := chunkMerkleHarness.abi.Pack("chunkCount", length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d75704a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkCount(uint256 length) pure returns(uint256)
func (chunkMerkleHarness *ChunkMerkleHarness) TryPackChunkCount(length *big.Int) ([]byte, error) {
	return chunkMerkleHarness.abi.Pack("chunkCount", length)
}

// UnpackChunkCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d75704a.
//
// Solidity: function chunkCount(uint256 length) pure returns(uint256)
func (chunkMerkleHarness *ChunkMerkleHarness) UnpackChunkCount(data []byte) (*big.Int, error) {
	out, err := chunkMerkleHarness.abi.Unpack("chunkCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDataRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4f13278.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataRoot(uint64 length, bytes32 treeRoot) pure returns(bytes32)
func (chunkMerkleHarness *ChunkMerkleHarness) PackDataRoot(length uint64, treeRoot [32]byte) []byte {
	enc, err := chunkMerkleHarness.abi.Pack("dataRoot", length, treeRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4f13278.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataRoot(uint64 length, bytes32 treeRoot) pure returns(bytes32)
func (chunkMerkleHarness *ChunkMerkleHarness) TryPackDataRoot(length uint64, treeRoot [32]byte) ([]byte, error) {
	return chunkMerkleHarness.abi.Pack("dataRoot", length, treeRoot)
}

// UnpackDataRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4f13278.
//
// Solidity: function dataRoot(uint64 length, bytes32 treeRoot) pure returns(bytes32)
func (chunkMerkleHarness *ChunkMerkleHarness) UnpackDataRoot(data []byte) ([32]byte, error) {
	out, err := chunkMerkleHarness.abi.Unpack("dataRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeed385c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depth(uint256 n) pure returns(uint256)
func (chunkMerkleHarness *ChunkMerkleHarness) PackDepth(n *big.Int) []byte {
	enc, err := chunkMerkleHarness.abi.Pack("depth", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeed385c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depth(uint256 n) pure returns(uint256)
func (chunkMerkleHarness *ChunkMerkleHarness) TryPackDepth(n *big.Int) ([]byte, error) {
	return chunkMerkleHarness.abi.Pack("depth", n)
}

// UnpackDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeed385c8.
//
// Solidity: function depth(uint256 n) pure returns(uint256)
func (chunkMerkleHarness *ChunkMerkleHarness) UnpackDepth(data []byte) (*big.Int, error) {
	out, err := chunkMerkleHarness.abi.Unpack("depth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x336bb4d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, uint64 length, uint256 index, bytes chunk, bytes32[] proof) pure returns(bool)
func (chunkMerkleHarness *ChunkMerkleHarness) PackVerify(root [32]byte, length uint64, index *big.Int, chunk []byte, proof [][32]byte) []byte {
	enc, err := chunkMerkleHarness.abi.Pack("verify", root, length, index, chunk, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x336bb4d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, uint64 length, uint256 index, bytes chunk, bytes32[] proof) pure returns(bool)
func (chunkMerkleHarness *ChunkMerkleHarness) TryPackVerify(root [32]byte, length uint64, index *big.Int, chunk []byte, proof [][32]byte) ([]byte, error) {
	return chunkMerkleHarness.abi.Pack("verify", root, length, index, chunk, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x336bb4d6.
//
// Solidity: function verify(bytes32 root, uint64 length, uint256 index, bytes chunk, bytes32[] proof) pure returns(bool)
func (chunkMerkleHarness *ChunkMerkleHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := chunkMerkleHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// DACertHarnessMetaData contains all meta data concerning the DACertHarness contract.
var DACertHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"cert\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"bitmap\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"cert\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"checkGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"processProof\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "DACertHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506105138061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80635cd1d4fd1461004357806360d28ed0146100705780639ad6cf13146100aa575b5f5ffd5b610056610051366004610386565b6100cb565b604080519283529015156020830152015b60405180910390f35b61008361007e366004610386565b6100f7565b604080519315158452602084019290925267ffffffffffffffff1690820152606001610067565b6100bd6100b83660046103f8565b610114565b604051908152602001610067565b5f5f5f5a90506100dc868686610128565b50909250505a6100ec9082610472565b925050935093915050565b5f5f5f610105868686610128565b92509250925093509350939050565b5f6101208484846102eb565b949350505050565b5f5f5f84601f605d8203166101fd8211605d831017171561014657505f5b868161014f5750365b803560c01c9250600881013560288201355f1a602983013560601c603d840135604051600284107ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141831084151516161561027b578260601b81528360148201538460158201528a6035820152605581207ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808785097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103068252601b850160208301528560408301527ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808783097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103066060830152505f5f5260205f60808360015afa50825f511499505b8760c01b815284600882015283602882015360298120945050505050828201605d83015b818110156102cb57803583811890841181029093185f818152931860209081526040909320920161029f565b50508094505050806102e1575f93505f92505f91505b5093509350939050565b825f5b8281101561037e575f848483818110610309576103096104b0565b90506020020135905082811061034857604080516020810185905290810182905260600160405160208183030381529060405280519060200120610373565b6040805160208101839052908101849052606001604051602081830303815290604052805190602001205b9250506001016102ee565b509392505050565b5f5f5f60408486031215610398575f5ffd5b833567ffffffffffffffff8111156103ae575f5ffd5b8401601f810186136103be575f5ffd5b803567ffffffffffffffff8111156103d4575f5ffd5b8660208284010111156103e5575f5ffd5b6020918201979096509401359392505050565b5f5f5f6040848603121561040a575f5ffd5b83359250602084013567ffffffffffffffff811115610427575f5ffd5b8401601f81018613610437575f5ffd5b803567ffffffffffffffff81111561044d575f5ffd5b8660208260051b8401011115610461575f5ffd5b939660209190910195509293505050565b818103818111156104aa577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea2646970667358221220b0f398dcda14f9963e7bafcb636be95c703463bc0b6d1f4d315bb473b3c2335d64736f6c634300081e0033",
}

// DACertHarness is an auto generated Go binding around an Ethereum contract.
type DACertHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DACertHarness) GetABI() abi.ABI {
	return c.abi
}

// NewDACertHarness creates a new instance of DACertHarness.
func NewDACertHarness() *DACertHarness {
	parsed, err := DACertHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DACertHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DACertHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d28ed0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check(bytes cert, bytes32 digest) view returns(bool ok, bytes32 root, uint64 bitmap)
func (dACertHarness *DACertHarness) PackCheck(cert []byte, digest [32]byte) []byte {
	enc, err := dACertHarness.abi.Pack("check", cert, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d28ed0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check(bytes cert, bytes32 digest) view returns(bool ok, bytes32 root, uint64 bitmap)
func (dACertHarness *DACertHarness) TryPackCheck(cert []byte, digest [32]byte) ([]byte, error) {
	return dACertHarness.abi.Pack("check", cert, digest)
}

// CheckOutput serves as a container for the return parameters of contract
// method Check.
type CheckOutput struct {
	Ok     bool
	Root   [32]byte
	Bitmap uint64
}

// UnpackCheck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60d28ed0.
//
// Solidity: function check(bytes cert, bytes32 digest) view returns(bool ok, bytes32 root, uint64 bitmap)
func (dACertHarness *DACertHarness) UnpackCheck(data []byte) (CheckOutput, error) {
	out, err := dACertHarness.abi.Unpack("check", data)
	outstruct := new(CheckOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Root = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Bitmap = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCheckGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cd1d4fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkGas(bytes cert, bytes32 digest) view returns(uint256 used, bool ok)
func (dACertHarness *DACertHarness) PackCheckGas(cert []byte, digest [32]byte) []byte {
	enc, err := dACertHarness.abi.Pack("checkGas", cert, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cd1d4fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkGas(bytes cert, bytes32 digest) view returns(uint256 used, bool ok)
func (dACertHarness *DACertHarness) TryPackCheckGas(cert []byte, digest [32]byte) ([]byte, error) {
	return dACertHarness.abi.Pack("checkGas", cert, digest)
}

// CheckGasOutput serves as a container for the return parameters of contract
// method CheckGas.
type CheckGasOutput struct {
	Used *big.Int
	Ok   bool
}

// UnpackCheckGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cd1d4fd.
//
// Solidity: function checkGas(bytes cert, bytes32 digest) view returns(uint256 used, bool ok)
func (dACertHarness *DACertHarness) UnpackCheckGas(data []byte) (CheckGasOutput, error) {
	out, err := dACertHarness.abi.Unpack("checkGas", data)
	outstruct := new(CheckGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Used = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Ok = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackProcessProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ad6cf13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function processProof(bytes32 leaf, bytes32[] proof) pure returns(bytes32)
func (dACertHarness *DACertHarness) PackProcessProof(leaf [32]byte, proof [][32]byte) []byte {
	enc, err := dACertHarness.abi.Pack("processProof", leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProcessProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ad6cf13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function processProof(bytes32 leaf, bytes32[] proof) pure returns(bytes32)
func (dACertHarness *DACertHarness) TryPackProcessProof(leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return dACertHarness.abi.Pack("processProof", leaf, proof)
}

// UnpackProcessProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ad6cf13.
//
// Solidity: function processProof(bytes32 leaf, bytes32[] proof) pure returns(bytes32)
func (dACertHarness *DACertHarness) UnpackProcessProof(data []byte) ([32]byte, error) {
	out, err := dACertHarness.abi.Unpack("processProof", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// DataAvailabilityMetaData contains all meta data concerning the DataAvailability contract.
var DataAvailabilityMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tsc_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minCollateral_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"responseWindow_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"answerCost_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epsilon_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exitDelay_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyAnswered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadCertificate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"BadHistoryProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParameters\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CollateralTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"ExitDelayNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Exiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"InsufficientCollateral\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"NeedsCert\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDaps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalHeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotLiable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TooLate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyDaps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"UnknownHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"Unsettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"WrongRequest\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChunkAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"liable\",\"type\":\"uint64\"}],\"name\":\"ChunkRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exitRequest\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"answers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"}],\"name\":\"ToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_DAPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAY_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"steps\",\"type\":\"uint256\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"answerCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"answered\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"chunkIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"}],\"name\":\"dapAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"}],\"name\":\"dapInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"collateral\",\"type\":\"uint96\"},{\"internalType\":\"uint48\",\"name\":\"firstRequest\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"exitRequest\",\"type\":\"uint48\"},{\"internalType\":\"uint40\",\"name\":\"exitBlock\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"}],\"internalType\":\"structDataAvailability.Dap\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epsilon\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dap\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"isLiable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"isOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"members\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"bitmap\",\"type\":\"uint64\"}],\"name\":\"liableSigners\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"liable\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minCollateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextRequest\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"requestChunk\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"cert\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"members\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"membersProof\",\"type\":\"bytes32[]\"}],\"name\":\"requestChunkDA\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"anchor\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"cert\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"members\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"membersProof\",\"type\":\"bytes32[]\"}],\"name\":\"requestChunkDAProven\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"anchor\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"requestChunkProven\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"members\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"bitmap\",\"type\":\"uint64\"}],\"name\":\"requestFeeDA\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"liable\",\"type\":\"uint64\"}],\"internalType\":\"structDataAvailability.Request\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"respond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"responseWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"liable\",\"type\":\"uint64\"}],\"internalType\":\"structDataAvailability.Request\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settledBelow\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tsc\",\"outputs\":[{\"internalType\":\"contractIHeaderHistory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"usedSlots\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataAvailability",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161486338038061486383398101604081905261002f91610106565b6001600160a01b0386161580610043575081155b8061004c575083155b806100575750838111155b8061006a57506100678284610160565b85105b8061007b57506001600160601b0385115b80610089575063ffffffff84115b80610097575063ffffffff81115b156100b55760405163a18a709360e01b815260040160405180910390fd5b6001600160a01b039590951660805260a09390935260c09190915260e052610100526101205260418054600160501b600160b01b031916700100000000000100000000000000000000179055610185565b5f5f5f5f5f5f60c0878903121561011b575f5ffd5b86516001600160a01b0381168114610131575f5ffd5b6020880151604089015160608a015160808b015160a0909b0151939c929b509099909850965090945092505050565b8082018082111561017f57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161460461025f5f395f818161031001528181610ac0015261206701525f818161059901526113fd01525f818161023e01528181610e44015281816111ec0152818161141e0152818161170f0152818161211e015261260901525f818161081a015261313e01525f81816105eb0152818161269e01526126ec01525f81816103be015281816117db0152818161187001528181611c970152818161216301528181612248015281816122dd01528181612c3401528181612e4d0152612f5901526146045ff3fe608060405260043610610229575f3560e01c806371d6ddd611610131578063dc29f1de116100ac578063eb2e578b1161007c578063f2c298be11610062578063f2c298be1461083c578063f59b5f361461084f578063fc489b661461087b575f5ffd5b8063eb2e578b146107f5578063eddada1c14610809575f5ffd5b8063dc29f1de14610620578063df18e04714610628578063e3621c6914610653578063e9d5ac6814610672575f5ffd5b80639503903411610101578063ac2ca463116100e7578063ac2ca463146105bb578063ba2de9bc146105da578063d78cbcf21461060d575f5ffd5b80639503903414610550578063a7ba9fb114610588575f5ffd5b806371d6ddd6146104f557806373f42561146105145780637624e79a146105295780637f8e3b4e1461053c575f5ffd5b806345061bf8116101c15780634e71d92d1161019157806356a0a9de1161017757806356a0a9de1461048c57806364594b921461049f578063703f3cf6146104be575f5ffd5b80634e71d92d1461045957806352544c011461046d575f5ffd5b806345061bf8146103ad5780634a7ebc6e146104055780634aa466301461041a5780634cb2e37914610439575f5ffd5b806328388630116101fc57806328388630146102ff5780633ccfd60b1461033257806340b47cdc146103485780634331ed1f14610374575f5ffd5b8063193032bb1461022d5780631a4fbc6d146102735780631a587e9a146102bc57806325e7f1bc146102d0575b5f5ffd5b348015610238575f5ffd5b506102607f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b34801561027e575f5ffd5b506041546102a590700100000000000000000000000000000000900465ffffffffffff1681565b60405165ffffffffffff909116815260200161026a565b3480156102c7575f5ffd5b50610260604081565b3480156102db575f5ffd5b506102ef6102ea366004613b18565b61089a565b604051901515815260200161026a565b34801561030a575f5ffd5b506102607f000000000000000000000000000000000000000000000000000000000000000081565b34801561033d575f5ffd5b50610346610980565b005b61035b610356366004613be4565b610d73565b60405167ffffffffffffffff909116815260200161026a565b34801561037f575f5ffd5b5060415461039a9068010000000000000000900461ffff1681565b60405161ffff909116815260200161026a565b3480156103b8575f5ffd5b506103e07f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161026a565b348015610410575f5ffd5b5061026061271081565b348015610425575f5ffd5b50610346610434366004613d1a565b610e7e565b348015610444575f5ffd5b5060415461035b9067ffffffffffffffff1681565b348015610464575f5ffd5b5061034661121c565b348015610478575f5ffd5b50610346610487366004613db1565b6112f7565b61035b61049a366004613dcc565b6117c9565b3480156104aa575f5ffd5b5061035b6104b9366004613e5d565b611a05565b3480156104c9575f5ffd5b506102ef6104d8366004613eb0565b67ffffffffffffffff165f90815260446020526040902054151590565b348015610500575f5ffd5b5061034661050f366004613ed2565b611c27565b34801561051f575f5ffd5b5061026060425481565b61035b610537366004613ee9565b611c7e565b348015610547575f5ffd5b50610346611e86565b34801561055b575f5ffd5b5061035b61056a366004613eb0565b67ffffffffffffffff165f9081526044602052604090205460c01c90565b348015610593575f5ffd5b506102607f000000000000000000000000000000000000000000000000000000000000000081565b3480156105c6575f5ffd5b506102606105d5366004613e5d565b6120b7565b3480156105e5575f5ffd5b506102607f000000000000000000000000000000000000000000000000000000000000000081565b61035b61061b366004613fb2565b61214a565b610346612429565b348015610633575f5ffd5b50610260610642366004613fe4565b60436020525f908152604090205481565b34801561065e575f5ffd5b506103e061066d366004613ed2565b6125bc565b34801561067d575f5ffd5b5061078c61068c366004613fe4565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525073ffffffffffffffffffffffffffffffffffffffff165f9081526020818152604091829020825160a08101845290546bffffffffffffffffffffffff8116825265ffffffffffff6c010000000000000000000000008204811693830193909352720100000000000000000000000000000000000081049092169281019290925264ffffffffff7801000000000000000000000000000000000000000000000000820416606083015260ff7d01000000000000000000000000000000000000000000000000000000000090910416608082015290565b60405161026a91905f60a0820190506bffffffffffffffffffffffff835116825265ffffffffffff602084015116602083015265ffffffffffff604084015116604083015264ffffffffff606084015116606083015260ff608084015116608083015292915050565b348015610800575f5ffd5b506102606125ee565b348015610814575f5ffd5b506102607f000000000000000000000000000000000000000000000000000000000000000081565b61034661084a366004613ffd565b612632565b34801561085a575f5ffd5b506041546102a5906a0100000000000000000000900465ffffffffffff1681565b348015610886575f5ffd5b5061026061089536600461403c565b612ab3565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260208181526040808320815160a08101835290546bffffffffffffffffffffffff811682526c01000000000000000000000000810465ffffffffffff9081169483019490945272010000000000000000000000000000000000008104909316918101919091527801000000000000000000000000000000000000000000000000820464ffffffffff1660608201527d01000000000000000000000000000000000000000000000000000000000090910460ff1660808201526109779083612ae8565b90505b92915050565b335f90815260208181526040808320815160a08101835290546bffffffffffffffffffffffff811682526c01000000000000000000000000810465ffffffffffff9081169483019490945272010000000000000000000000000000000000008104909316918101919091527801000000000000000000000000000000000000000000000000820464ffffffffff1660608201527d01000000000000000000000000000000000000000000000000000000000090910460ff1660808201819052909103610a78576040517faba4733900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806040015165ffffffffffff165f03610abd576040517f6871130200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f0000000000000000000000000000000000000000000000000000000000000000826060015164ffffffffff16610af5919061408c565b905080431015610b39576040517fe3fbdef6000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b5f610b478360400151612b50565b9050826040015165ffffffffffff168165ffffffffffff161015610ba1576040517f2040ddec00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610b30565b335f90815260208190526040902080547fffff0000000000000000000000000000000000000000000000000000000000001690556080830151600190610be890829061409f565b60ff1660408110610bfb57610bfb6140b8565b0180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556080830151610c339060019061409f565b604180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008116600160ff949094169390931b191667ffffffffffffffff16919091179055825160405133917f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d591610cbf91906bffffffffffffffffffffffff91909116815260200190565b60405180910390a282516bffffffffffffffffffffffff1615610d6e5782516040515f9133916bffffffffffffffffffffffff909116908381818185875af1925050503d805f8114610d2c576040519150601f19603f3d011682016040523d82523d5f602084013e610d31565b606091505b5050905080610d6c576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b505050565b5f610d808b8b8b8b612c1c565b5f610d908c898989898989612e34565b90508067ffffffffffffffff165f03610dd5576040517f1bd95c8900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610e6e610de860408e0160208f01613eb0565b6101208e0135600184901c675555555555555555168403600281901c673333333333333333908116911601600481901c670fffffffffffffff1601670f0f0f0f0f0f0f0f166701010101010101010260381c60ff165b610e68907f00000000000000000000000000000000000000000000000000000000000000006140e5565b84613059565b9c9b505050505050505050505050565b5f610e88876132f0565b9050610e9a60a0880160808901613eb0565b67ffffffffffffffff16431115610efa57610ebb60a0880160808901613eb0565b6040517f4d673a0600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b30565b335f9081526020818152604091829020825160a08101845290546bffffffffffffffffffffffff811682526c01000000000000000000000000810465ffffffffffff908116838501527201000000000000000000000000000000000000820416938201939093527801000000000000000000000000000000000000000000000000830464ffffffffff1660608201527d01000000000000000000000000000000000000000000000000000000000090920460ff166080830152610fca908290610fc5908b018b613eb0565b612ae8565b1580611012575060018160800151610fe2919061409f565b60ff16610ff66101008a0160e08b01613eb0565b67ffffffffffffffff16901c60011667ffffffffffffffff165f145b1561107f573361102560208a018a613eb0565b6040517f71be0e7400000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909216600483015267ffffffffffffffff166024820152604401610b30565b5f816080015160ff1660bf611094919061408c565b6001901b90508281161561110a57336110b060208b018b613eb0565b6040517f947ed7ee00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909216600483015267ffffffffffffffff166024820152604401610b30565b5f6111198a60c001358a612ab3565b905061112e8a604001358a838b8b8b8b613422565b611164576040517f022e42d000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83821760445f61117760208e018e613eb0565b67ffffffffffffffff1681526020808201929092526040015f209190915533906111a3908c018c613eb0565b67ffffffffffffffff167f0fb9f92faeadd76dbe2a9b1fd7c234dfe3f13320434354acdbb04f9a45111c68836040516111de91815260200190565b60405180910390a3611210337f00000000000000000000000000000000000000000000000000000000000000006135b6565b50505050505050505050565b335f9081526043602052604081205490819003611265576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f818152604360205260408082208290555190919083908381818185875af1925050503d805f81146112b3576040519150601f19603f3d011682016040523d82523d5f602084013e6112b8565b606091505b50509050806112f3576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f611301826132f0565b905061131360a0830160808401613eb0565b67ffffffffffffffff1643116113725761133360a0830160808401613eb0565b6040517fd606d83f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b30565b60445f6113826020850185613eb0565b67ffffffffffffffff16815260208101919091526040015f90812081905560c082901c9060c183901c675555555555555555168203600281901c673333333333333333908116911601600481901c670fffffffffffffff1601670f0f0f0f0f0f0f0f166701010101010101010260381c60ff1690505f6114427f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061408c565b90505f808419611459610100890160e08a01613eb0565b604154161667ffffffffffffffff1690505f5b67ffffffffffffffff8216156116eb57600182811c677fffffffffffffff16921615158061149a57506116db565b5f600183604081106114ae576114ae6140b8565b015473ffffffffffffffffffffffffffffffffffffffff165f8181526020818152604091829020825160a08101845290546bffffffffffffffffffffffff811682526c01000000000000000000000000810465ffffffffffff908116838501527201000000000000000000000000000000000000820416938201939093527801000000000000000000000000000000000000000000000000830464ffffffffff1660608201527d01000000000000000000000000000000000000000000000000000000000090920460ff16608083015291925090611594908290610fc5908e018e613eb0565b6115a0575050506116db565b5f8815806115bc575081516bffffffffffffffffffffffff1688115b6115c657876115d7565b81516bffffffffffffffffffffffff165b9050805f036115e957505050506116db565b81516116049082906bffffffffffffffffffffffff166140fc565b73ffffffffffffffffffffffffffffffffffffffff84165f90815260208190526040902080547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff9290921691909117905561166d818861408c565b965073ffffffffffffffffffffffffffffffffffffffff831661169360208e018e613eb0565b67ffffffffffffffff167f726247c0d5a361b90647040aec1bd2b778d57808b7c14db6fa7c03479508123c836040516116ce91815260200190565b60405180910390a3505050505b6116e48161410f565b905061146c565b508115611709578160425f828254611703919061408c565b90915550505b5f6117347f0000000000000000000000000000000000000000000000000000000000000000866140e5565b6117429060a08a01356140fc565b90506117516020890189613eb0565b604080518781526020810186905290810183905267ffffffffffffffff91909116907f464b11358e1c4734505cfc5fc0ee7b18c9199e1db5353d536b0fbe4f7806ab9e9060600160405180910390a280156117bf576117bf6117b960808a0160608b01613fe4565b826135b6565b5050505050505050565b5f6117d685858585612c1c565b5f5f1b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663e99d57806040518163ffffffff1660e01b8152600401602060405180830381865afa158015611842573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118669190614146565b14158061192257507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16631f00b44b6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156118d7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118fb919061415d565b67ffffffffffffffff166119156040870160208801613eb0565b67ffffffffffffffff1611155b15611976576119376040860160208701613eb0565b6040517f7e42760400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b30565b5f61197f6125ee565b60415490915068010000000000000000900461ffff165f036119cd576040517f1bd95c8900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6119fb6119e06040880160208901613eb0565b60415461012089013590849067ffffffffffffffff16613059565b9695505050505050565b5f8060028410611a305784845f818110611a2157611a216140b8565b919091013560f81c9050611a32565b5f5b60ff169050611a428160146140e5565b611a4d90600261408c565b8414611a85576040517f66cadbb400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6041546a0100000000000000000000900465ffffffffffff165f5b8281108015611aaf5750604081105b15611c1d57600167ffffffffffffffff8616821c1615611c0d575f611ad58260146140e5565b611ae090600261408c565b90505f80808a848b611af382601461408c565b92611b0093929190614178565b611b099161419f565b606090811c825260208083019390935260409182015f20825160a08101845290546bffffffffffffffffffffffff811682526c01000000000000000000000000810465ffffffffffff90811695830195909552720100000000000000000000000000000000000081048516938201939093527801000000000000000000000000000000000000000000000000830464ffffffffff16918101919091527d01000000000000000000000000000000000000000000000000000000000090910460ff1660808201529150611bde9082908616612ae8565b15611c0a5760018160800151611bf4919061409f565b60ff16600167ffffffffffffffff16901b861795505b50505b611c168161410f565b9050611aa0565b5050509392505050565b60415465ffffffffffff70010000000000000000000000000000000082048116916a0100000000000000000000900416611c6182826140fc565b831015611c7557611c72838361408c565b90505b610d6c81612b50565b5f8073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016632aed0d5a611ccc60408c0160208d01613eb0565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815267ffffffffffffffff9091166004820152602401602060405180830381865afa158015611d27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d4b9190614146565b9050801580611d625750611d5e8961365c565b8114155b15611db657611d7760408a0160208b01613eb0565b6040517f4746eea900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b30565b5f611dc68a8a8a8a8a8a8a612e34565b90508067ffffffffffffffff165f03611e0b576040517f1bd95c8900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611e78611e1e60408c0160208d01613eb0565b6101208c0135600184901c675555555555555555168403600281901c673333333333333333908116911601600481901c670fffffffffffffff1601670f0f0f0f0f0f0f0f166701010101010101010260381c60ff16610e3e565b9a9950505050505050505050565b335f908152602081905260408120805490917d01000000000000000000000000000000000000000000000000000000000090910460ff169003611ef5576040517faba4733900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80547201000000000000000000000000000000000000900465ffffffffffff1615611f4c576040517f12862d7500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6041805482547fffffff0000000000000000000000ffffffffffffffffffffffffffffffffffff166a010000000000000000000090910465ffffffffffff16720100000000000000000000000000000000000081027fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff169190911778010000000000000000000000000000000000000000000000004364ffffffffff16021783558154909160019160089061201290849068010000000000000000900461ffff16614205565b92506101000a81548161ffff021916908361ffff1602179055503373ffffffffffffffffffffffffffffffffffffffff167fb6f5c69b8ef653559cf8a2c8d94939b35ac39c89d6282691803ccd5cfa77c4dd827f000000000000000000000000000000000000000000000000000000000000000043612091919061408c565b6040805165ffffffffffff90931683526020830191909152015b60405180910390a25050565b5f6121186120c6858585611a05565b600181901c675555555555555555169003600281901c673333333333333333908116911601600481901c670fffffffffffffff1601670f0f0f0f0f0f0f0f166701010101010101010260381c60ff1690565b612142907f00000000000000000000000000000000000000000000000000000000000000006140e5565b949350505050565b5f8073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016632aed0d5a6121986040860160208701613eb0565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815267ffffffffffffffff9091166004820152602401602060405180830381865afa1580156121f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122179190614146565b905080158061222e575061222a8361365c565b8114155b1561224357611d776040840160208501613eb0565b5f5f1b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663e99d57806040518163ffffffff1660e01b8152600401602060405180830381865afa1580156122af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122d39190614146565b14158061238f57507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16631f00b44b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612344573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612368919061415d565b67ffffffffffffffff166123826040850160208601613eb0565b67ffffffffffffffff1611155b156123a4576119376040840160208501613eb0565b5f6123ad6125ee565b60415490915068010000000000000000900461ffff165f036123fb576040517f1bd95c8900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61214261240e6040860160208701613eb0565b60415461012087013590849067ffffffffffffffff16613059565b335f908152602081905260408120805490917d01000000000000000000000000000000000000000000000000000000000090910460ff169003612498576040517faba4733900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80547201000000000000000000000000000000000000900465ffffffffffff16156124ef576040517f12862d7500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80545f9061250c9034906bffffffffffffffffffffffff1661408c565b90506bffffffffffffffffffffffff811115612554576040517f6ecafdbf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff821617825560405181815233907fa64c2da41decbd538f8629e54c8fa0b7362c9102b691386a0fb6a1797454e9c6906020016120ab565b5f600182604081106125d0576125d06140b8565b015473ffffffffffffffffffffffffffffffffffffffff1692915050565b6041545f9061262d9068010000000000000000900461ffff167f00000000000000000000000000000000000000000000000000000000000000006140e5565b905090565b335f908152602081905260409020547d010000000000000000000000000000000000000000000000000000000000900460ff161561269c576040517f3a81d6fc00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000034101561271e576040517fb07e3bc40000000000000000000000000000000000000000000000000000000081527f00000000000000000000000000000000000000000000000000000000000000006004820152346024820152604401610b30565b6bffffffffffffffffffffffff341115612764576040517f6ecafdbf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60415467ffffffffffffffff167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000181016127ca576040517f3f4ee62f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6127d482613732565b6040805160a081018252346bffffffffffffffffffffffff1681526041546a0100000000000000000000900465ffffffffffff1660208201525f91810182905260608101919091529091506080810161282e83600161421f565b60ff908116909152335f8181526020818152604091829020855181549287015187850151606089015160809099015188167d010000000000000000000000000000000000000000000000000000000000027fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff64ffffffffff909a167801000000000000000000000000000000000000000000000000027fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff938416720100000000000000000000000000000000000002167fffffff0000000000000000000000ffffffffffffffffffffffffffffffffffff939094166c01000000000000000000000000027fffffffffffffffffffffffffffff0000000000000000000000000000000000009097166bffffffffffffffffffffffff90951694909417959095171617179590951617909355916001918416908110612995576129956140b8565b0180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055604180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff600160ff851681901b86179190911691909117808355909190600890612a3f90849068010000000000000000900461ffff16614238565b92506101000a81548161ffff021916908361ffff1602179055503373ffffffffffffffffffffffffffffffffffffffff167f90def09daaf3415206dfb0cfc1827f632e913ea2e93a8c9708f0b0d373ad22af82348787604051612aa59493929190614252565b60405180910390a250505050565b5f5f612ac88367ffffffffffffffff1661375f565b90508015612adf57612ada81856142dc565b612142565b5f949350505050565b5f826080015160ff165f14158015612b1657508167ffffffffffffffff16836020015165ffffffffffff1611155b80156109775750604083015165ffffffffffff16158061097757505060409091015165ffffffffffff1667ffffffffffffffff9091161090565b604154700100000000000000000000000000000000900465ffffffffffff16805b8265ffffffffffff168265ffffffffffff16108015612ba4575065ffffffffffff82165f90815260446020526040902054155b15612bb957612bb2826142ef565b9150612b71565b8065ffffffffffff168265ffffffffffff1614612c1657604180547fffffffffffffffffffff000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000065ffffffffffff8516021790555b50919050565b5f73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016632aed0d5a612c696040870160208801613eb0565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815267ffffffffffffffff9091166004820152602401602060405180830381865afa158015612cc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612ce89190614146565b9050801580612cff5750612cfb8461365c565b8114155b15612d1457611d776040850160208601613eb0565b612d246040860160208701613eb0565b67ffffffffffffffff161580612d6c5750612d456040850160208601613eb0565b67ffffffffffffffff16612d5f6040870160208801613eb0565b67ffffffffffffffff1610155b80612dd95750612dd76101408501356001612d8d6040880160208901613eb0565b612d979190614317565b67ffffffffffffffff166001612db360408a0160208b01613eb0565b612dbd9190614317565b67ffffffffffffffff16612dd08961365c565b8787613783565b155b15612e2d57612dee6040860160208701613eb0565b6040517f1305f24d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b30565b5050505050565b5f8073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166394654b32612e8260408c0160208d01613eb0565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815267ffffffffffffffff90911660048201526101208c01356024820152604401602060405180830381865afa158015612ee8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f0c9190614146565b90505f5f5f612f1c8b8b8661382c565b925092509250821580612fd957506040517f62421fca000000000000000000000000000000000000000000000000000000008152600481018390527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906362421fca90602401602060405180830381865afa158015612fb3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fd79190614337565b155b806130055750816130028a8a604051612ff3929190614356565b604051809103902089896139ef565b14155b1561303c576040517f66cadbb400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613047898983611a05565b9450505050505b979650505050505050565b5f82341461309c576040517f23b18f5f00000000000000000000000000000000000000000000000000000000815260048101849052346024820152604401610b30565b506041546a0100000000000000000000900465ffffffffffff166130c1816001614365565b6041805465ffffffffffff929092166a0100000000000000000000027fffffffffffffffffffffffffffffffff000000000000ffffffffffffffffffff909216919091179055604080516101008101825267ffffffffffffffff8084168252871660208201529081018590523360608201525f90608081016131637f00000000000000000000000000000000000000000000000000000000000000004361408c565b67ffffffffffffffff168152602001858152602001448460405160200161319e92919091825267ffffffffffffffff16602082015260400190565b6040516020818303038152906040528051906020012081526020018467ffffffffffffffff168152509050806040516020016131da9190614385565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012067ffffffffffffffff8087165f8181526044855285902077ffffffffffffffffffffffffffffffffffffffffffffffff90931690925591850151928501516060860151608087015160a088015160c0890151969095169693957f69c2218807eb97e0810c545ef2d5ac51d7a2051627eeca8fa35538804114267d956132df959091908c9095865273ffffffffffffffffffffffffffffffffffffffff94909416602086015267ffffffffffffffff9283166040860152606085019190915260808401521660a082015260c00190565b60405180910390a350949350505050565b5f6044816133016020850185613eb0565b67ffffffffffffffff1681526020019081526020015f20549050805f0361336e5761332f6020830183613eb0565b6040517f1f79bbe700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b30565b8160405160200161337f9190614424565b604051602081830303815290604052805190602001205f1c77ffffffffffffffffffffffffffffffffffffffffffffffff168177ffffffffffffffffffffffffffffffffffffffffffffffff161461341d576133de6020830183613eb0565b6040517fbde88ff500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b30565b919050565b5f67ffffffffffffffff8716158061344957506504000000000067ffffffffffffffff8816115b1561345557505f61304e565b5f6134698867ffffffffffffffff1661375f565b905080871061347b575f91505061304e565b5f6134876001836140fc565b8814613495576104006134b5565b6134a1610400896140e5565b6134b59067ffffffffffffffff8b166140fc565b90508581146134c8575f9250505061304e565b6134d182613a8a565b84146134e1575f9250505061304e565b5f6040515f81538789600183013760018801812091506001815389878760051b81015b8082101561354e576001831680156135285782356001860152856021860152613536565b856001860152823560218601525b506041842094508260011c9250602082019150613504565b50505060b89a909a1b7effffffffffffffff0000000000000000000000000000000000000000000000167f0200000000000000000000000000000000000000000000000000000000000000178a5260098a015250506029909620969096149695505050505050565b805f036135c1575050565b5f5f5f5f5f8587612710f1905080610d6e5773ffffffffffffffffffffffffffffffffffffffff83165f908152604360205260408120805484929061360790849061408c565b909155505060405182815273ffffffffffffffffffffffffffffffffffffffff8416907f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e9060200160405180910390a2505050565b5f368161366c60c08501856144de565b9092509050365f61368060e0870187614542565b9092509050858483600584901b810161369b6101608561408c565b6136a690602061408c565b831415806136d357506136ba8760406140e5565b6136c4908461408c565b6136cf90602061408c565b8214155b1561370a576040517f2637731e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040516020815284820385602083013784820360200181209950505050505050505050919050565b5f5b600182161561341d5760018267ffffffffffffffff16901c915080613758906145a6565b9050613734565b5f610400600161376f828561408c565b61377991906140fc565b61097a91906145bb565b5f858510158061379b575061379786613aa8565b8214155b156137a757505f6119fb565b835f805b602081101561381d575f8582106137c257826137dc565b8686838181106137d4576137d46140b8565b905060200201355b9050600189831c16600181146137f857845f5281602052613800565b815f52846020525b505060405f818120848252602094909452209192506001016137ab565b50509096149695505050505050565b5f5f5f84601f605d8203166101fd8211605d831017171561384a57505f5b86816138535750365b803560c01c9250600881013560288201355f1a602983013560601c603d840135604051600284107ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141831084151516161561397f578260601b81528360148201538460158201528a6035820152605581207ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808785097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103068252601b850160208301528560408301527ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808783097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103066060830152505f5f5260205f60808360015afa50825f511499505b8760c01b815284600882015283602882015360298120945050505050828201605d83015b818110156139cf57803583811890841181029093185f81815293186020908152604090932092016139a3565b50508094505050806139e5575f93505f92505f91505b5093509350939050565b825f5b82811015613a82575f848483818110613a0d57613a0d6140b8565b905060200201359050828110613a4c57604080516020810185905290810182905260600160405160208183030381529060405280519060200120613a77565b6040805160208101839052908101849052606001604051602081830303815290604052805190602001205b9250506001016139f2565b509392505050565b5f5b81816001901b101561341d57613aa18161410f565b9050613a8c565b5f5b602081108015613abd575081816001901b105b1561341d57613acb8161410f565b9050613aaa565b803573ffffffffffffffffffffffffffffffffffffffff8116811461341d575f5ffd5b67ffffffffffffffff81168114613b0a575f5ffd5b50565b803561341d81613af5565b5f5f60408385031215613b29575f5ffd5b613b3283613ad2565b91506020830135613b4281613af5565b809150509250929050565b5f6101608284031215612c16575f5ffd5b5f5f83601f840112613b6e575f5ffd5b50813567ffffffffffffffff811115613b85575f5ffd5b6020830191508360208260051b8501011115613b9f575f5ffd5b9250929050565b5f5f83601f840112613bb6575f5ffd5b50813567ffffffffffffffff811115613bcd575f5ffd5b602083019150836020828501011115613b9f575f5ffd5b5f5f5f5f5f5f5f5f5f5f60c08b8d031215613bfd575f5ffd5b8a3567ffffffffffffffff811115613c13575f5ffd5b613c1f8d828e01613b4d565b9a505060208b013567ffffffffffffffff811115613c3b575f5ffd5b613c478d828e01613b4d565b99505060408b013567ffffffffffffffff811115613c63575f5ffd5b613c6f8d828e01613b5e565b90995097505060608b013567ffffffffffffffff811115613c8e575f5ffd5b613c9a8d828e01613ba6565b90975095505060808b013567ffffffffffffffff811115613cb9575f5ffd5b613cc58d828e01613ba6565b90955093505060a08b013567ffffffffffffffff811115613ce4575f5ffd5b613cf08d828e01613b5e565b915080935050809150509295989b9194979a5092959850565b5f6101008284031215612c16575f5ffd5b5f5f5f5f5f5f6101608789031215613d30575f5ffd5b613d3a8888613d09565b9550610100870135613d4b81613af5565b945061012087013567ffffffffffffffff811115613d67575f5ffd5b613d7389828a01613ba6565b90955093505061014087013567ffffffffffffffff811115613d93575f5ffd5b613d9f89828a01613b5e565b979a9699509497509295939492505050565b5f6101008284031215613dc2575f5ffd5b6109778383613d09565b5f5f5f5f60608587031215613ddf575f5ffd5b843567ffffffffffffffff811115613df5575f5ffd5b613e0187828801613b4d565b945050602085013567ffffffffffffffff811115613e1d575f5ffd5b613e2987828801613b4d565b935050604085013567ffffffffffffffff811115613e45575f5ffd5b613e5187828801613b5e565b95989497509550505050565b5f5f5f60408486031215613e6f575f5ffd5b833567ffffffffffffffff811115613e85575f5ffd5b613e9186828701613ba6565b9094509250506020840135613ea581613af5565b809150509250925092565b5f60208284031215613ec0575f5ffd5b8135613ecb81613af5565b9392505050565b5f60208284031215613ee2575f5ffd5b5035919050565b5f5f5f5f5f5f5f6080888a031215613eff575f5ffd5b873567ffffffffffffffff811115613f15575f5ffd5b613f218a828b01613b4d565b975050602088013567ffffffffffffffff811115613f3d575f5ffd5b613f498a828b01613ba6565b909750955050604088013567ffffffffffffffff811115613f68575f5ffd5b613f748a828b01613ba6565b909550935050606088013567ffffffffffffffff811115613f93575f5ffd5b613f9f8a828b01613b5e565b989b979a50959850939692959293505050565b5f60208284031215613fc2575f5ffd5b813567ffffffffffffffff811115613fd8575f5ffd5b61214284828501613b4d565b5f60208284031215613ff4575f5ffd5b61097782613ad2565b5f5f6020838503121561400e575f5ffd5b823567ffffffffffffffff811115614024575f5ffd5b61403085828601613ba6565b90969095509350505050565b5f5f6040838503121561404d575f5ffd5b823591506020830135613b4281613af5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561097a5761097a61405f565b60ff828116828216039081111561097a5761097a61405f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b808202811582820484141761097a5761097a61405f565b8181038181111561097a5761097a61405f565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361413f5761413f61405f565b5060010190565b5f60208284031215614156575f5ffd5b5051919050565b5f6020828403121561416d575f5ffd5b8151613ecb81613af5565b5f5f85851115614186575f5ffd5b83861115614192575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081169060148410156141fe577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b61ffff828116828216039081111561097a5761097a61405f565b60ff818116838216019081111561097a5761097a61405f565b61ffff818116838216019081111561097a5761097a61405f565b60ff8516815283602082015260606040820152816060820152818360808301375f818301608090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826142ea576142ea6142af565b500690565b5f65ffffffffffff821665ffffffffffff810361430e5761430e61405f565b60010192915050565b67ffffffffffffffff828116828216039081111561097a5761097a61405f565b5f60208284031215614347575f5ffd5b81518015158114613ecb575f5ffd5b818382375f9101908152919050565b67ffffffffffffffff818116838216019081111561097a5761097a61405f565b5f6101008201905067ffffffffffffffff835116825267ffffffffffffffff60208401511660208301526040830151604083015273ffffffffffffffffffffffffffffffffffffffff606084015116606083015260808301516143f4608084018267ffffffffffffffff169052565b5060a083015160a083015260c083015160c083015260e08301516141fe60e084018267ffffffffffffffff169052565b6101008101823561443481613af5565b67ffffffffffffffff168252602083013561444e81613af5565b67ffffffffffffffff1660208301526040838101359083015261447360608401613ad2565b73ffffffffffffffffffffffffffffffffffffffff16606083015261449a60808401613b0d565b67ffffffffffffffff16608083015260a0838101359083015260c080840135908301526144c960e08401613b0d565b67ffffffffffffffff811660e08401526141fe565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614511575f5ffd5b83018035915067ffffffffffffffff82111561452b575f5ffd5b6020019150600681901b3603821315613b9f575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614575575f5ffd5b83018035915067ffffffffffffffff82111561458f575f5ffd5b6020019150600581901b3603821315613b9f575f5ffd5b5f60ff821660ff810361430e5761430e61405f565b5f826145c9576145c96142af565b50049056fea2646970667358221220145e78cf416fd28f7600412a66d85cc31fc2ada14240dee6f290b757a1e5332d64736f6c634300081e0033",
}

// DataAvailability is an auto generated Go binding around an Ethereum contract.
type DataAvailability struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataAvailability) GetABI() abi.ABI {
	return c.abi
}

// NewDataAvailability creates a new instance of DataAvailability.
func NewDataAvailability() *DataAvailability {
	parsed, err := DataAvailabilityMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataAvailability{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataAvailability) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address tsc_, uint256 minCollateral_, uint256 responseWindow_, uint256 answerCost_, uint256 epsilon_, uint256 exitDelay_) returns()
func (dataAvailability *DataAvailability) PackConstructor(tsc_ common.Address, minCollateral_ *big.Int, responseWindow_ *big.Int, answerCost_ *big.Int, epsilon_ *big.Int, exitDelay_ *big.Int) []byte {
	enc, err := dataAvailability.abi.Pack("", tsc_, minCollateral_, responseWindow_, answerCost_, epsilon_, exitDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXDAPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a587e9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DAPS() view returns(uint256)
func (dataAvailability *DataAvailability) PackMAXDAPS() []byte {
	enc, err := dataAvailability.abi.Pack("MAX_DAPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDAPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a587e9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DAPS() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackMAXDAPS() ([]byte, error) {
	return dataAvailability.abi.Pack("MAX_DAPS")
}

// UnpackMAXDAPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a587e9a.
//
// Solidity: function MAX_DAPS() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackMAXDAPS(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("MAX_DAPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7ebc6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataAvailability *DataAvailability) PackPAYGAS() []byte {
	enc, err := dataAvailability.abi.Pack("PAY_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7ebc6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackPAYGAS() ([]byte, error) {
	return dataAvailability.abi.Pack("PAY_GAS")
}

// UnpackPAYGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a7ebc6e.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackPAYGAS(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("PAY_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackActiveCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4331ed1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeCount() view returns(uint16)
func (dataAvailability *DataAvailability) PackActiveCount() []byte {
	enc, err := dataAvailability.abi.Pack("activeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4331ed1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeCount() view returns(uint16)
func (dataAvailability *DataAvailability) TryPackActiveCount() ([]byte, error) {
	return dataAvailability.abi.Pack("activeCount")
}

// UnpackActiveCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4331ed1f.
//
// Solidity: function activeCount() view returns(uint16)
func (dataAvailability *DataAvailability) UnpackActiveCount(data []byte) (uint16, error) {
	out, err := dataAvailability.abi.Unpack("activeCount", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71d6ddd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function advance(uint256 steps) returns()
func (dataAvailability *DataAvailability) PackAdvance(steps *big.Int) []byte {
	enc, err := dataAvailability.abi.Pack("advance", steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71d6ddd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function advance(uint256 steps) returns()
func (dataAvailability *DataAvailability) TryPackAdvance(steps *big.Int) ([]byte, error) {
	return dataAvailability.abi.Pack("advance", steps)
}

// PackAnswerCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x193032bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerCost() view returns(uint256)
func (dataAvailability *DataAvailability) PackAnswerCost() []byte {
	enc, err := dataAvailability.abi.Pack("answerCost")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x193032bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerCost() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackAnswerCost() ([]byte, error) {
	return dataAvailability.abi.Pack("answerCost")
}

// UnpackAnswerCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x193032bb.
//
// Solidity: function answerCost() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackAnswerCost(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("answerCost", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAnswered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95039034.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answered(uint64 id) view returns(uint64)
func (dataAvailability *DataAvailability) PackAnswered(id uint64) []byte {
	enc, err := dataAvailability.abi.Pack("answered", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95039034.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answered(uint64 id) view returns(uint64)
func (dataAvailability *DataAvailability) TryPackAnswered(id uint64) ([]byte, error) {
	return dataAvailability.abi.Pack("answered", id)
}

// UnpackAnswered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95039034.
//
// Solidity: function answered(uint64 id) view returns(uint64)
func (dataAvailability *DataAvailability) UnpackAnswered(data []byte) (uint64, error) {
	out, err := dataAvailability.abi.Unpack("answered", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (dataAvailability *DataAvailability) PackBurned() []byte {
	enc, err := dataAvailability.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackBurned() ([]byte, error) {
	return dataAvailability.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChunkIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc489b66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkIndex(bytes32 seed, uint64 length) pure returns(uint256)
func (dataAvailability *DataAvailability) PackChunkIndex(seed [32]byte, length uint64) []byte {
	enc, err := dataAvailability.abi.Pack("chunkIndex", seed, length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc489b66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkIndex(bytes32 seed, uint64 length) pure returns(uint256)
func (dataAvailability *DataAvailability) TryPackChunkIndex(seed [32]byte, length uint64) ([]byte, error) {
	return dataAvailability.abi.Pack("chunkIndex", seed, length)
}

// UnpackChunkIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc489b66.
//
// Solidity: function chunkIndex(bytes32 seed, uint64 length) pure returns(uint256)
func (dataAvailability *DataAvailability) UnpackChunkIndex(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("chunkIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (dataAvailability *DataAvailability) PackClaim() []byte {
	enc, err := dataAvailability.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (dataAvailability *DataAvailability) TryPackClaim() ([]byte, error) {
	return dataAvailability.abi.Pack("claim")
}

// PackDapAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3621c69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dapAt(uint256 slot) view returns(address)
func (dataAvailability *DataAvailability) PackDapAt(slot *big.Int) []byte {
	enc, err := dataAvailability.abi.Pack("dapAt", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDapAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3621c69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dapAt(uint256 slot) view returns(address)
func (dataAvailability *DataAvailability) TryPackDapAt(slot *big.Int) ([]byte, error) {
	return dataAvailability.abi.Pack("dapAt", slot)
}

// UnpackDapAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3621c69.
//
// Solidity: function dapAt(uint256 slot) view returns(address)
func (dataAvailability *DataAvailability) UnpackDapAt(data []byte) (common.Address, error) {
	out, err := dataAvailability.abi.Unpack("dapAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDapInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9d5ac68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dapInfo(address dap) view returns((uint96,uint48,uint48,uint40,uint8))
func (dataAvailability *DataAvailability) PackDapInfo(dap common.Address) []byte {
	enc, err := dataAvailability.abi.Pack("dapInfo", dap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDapInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9d5ac68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dapInfo(address dap) view returns((uint96,uint48,uint48,uint40,uint8))
func (dataAvailability *DataAvailability) TryPackDapInfo(dap common.Address) ([]byte, error) {
	return dataAvailability.abi.Pack("dapInfo", dap)
}

// UnpackDapInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9d5ac68.
//
// Solidity: function dapInfo(address dap) view returns((uint96,uint48,uint48,uint40,uint8))
func (dataAvailability *DataAvailability) UnpackDapInfo(data []byte) (DataAvailabilityDap, error) {
	out, err := dataAvailability.abi.Unpack("dapInfo", data)
	if err != nil {
		return *new(DataAvailabilityDap), err
	}
	out0 := *abi.ConvertType(out[0], new(DataAvailabilityDap)).(*DataAvailabilityDap)
	return out0, nil
}

// PackEpsilon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ba9fb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epsilon() view returns(uint256)
func (dataAvailability *DataAvailability) PackEpsilon() []byte {
	enc, err := dataAvailability.abi.Pack("epsilon")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpsilon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ba9fb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epsilon() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackEpsilon() ([]byte, error) {
	return dataAvailability.abi.Pack("epsilon")
}

// UnpackEpsilon is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ba9fb1.
//
// Solidity: function epsilon() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackEpsilon(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("epsilon", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28388630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitDelay() view returns(uint256)
func (dataAvailability *DataAvailability) PackExitDelay() []byte {
	enc, err := dataAvailability.abi.Pack("exitDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28388630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitDelay() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackExitDelay() ([]byte, error) {
	return dataAvailability.abi.Pack("exitDelay")
}

// UnpackExitDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28388630.
//
// Solidity: function exitDelay() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackExitDelay(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("exitDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsLiable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25e7f1bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLiable(address dap, uint64 id) view returns(bool)
func (dataAvailability *DataAvailability) PackIsLiable(dap common.Address, id uint64) []byte {
	enc, err := dataAvailability.abi.Pack("isLiable", dap, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLiable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25e7f1bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLiable(address dap, uint64 id) view returns(bool)
func (dataAvailability *DataAvailability) TryPackIsLiable(dap common.Address, id uint64) ([]byte, error) {
	return dataAvailability.abi.Pack("isLiable", dap, id)
}

// UnpackIsLiable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25e7f1bc.
//
// Solidity: function isLiable(address dap, uint64 id) view returns(bool)
func (dataAvailability *DataAvailability) UnpackIsLiable(data []byte) (bool, error) {
	out, err := dataAvailability.abi.Unpack("isLiable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x703f3cf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOpen(uint64 id) view returns(bool)
func (dataAvailability *DataAvailability) PackIsOpen(id uint64) []byte {
	enc, err := dataAvailability.abi.Pack("isOpen", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x703f3cf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOpen(uint64 id) view returns(bool)
func (dataAvailability *DataAvailability) TryPackIsOpen(id uint64) ([]byte, error) {
	return dataAvailability.abi.Pack("isOpen", id)
}

// UnpackIsOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x703f3cf6.
//
// Solidity: function isOpen(uint64 id) view returns(bool)
func (dataAvailability *DataAvailability) UnpackIsOpen(data []byte) (bool, error) {
	out, err := dataAvailability.abi.Unpack("isOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLiableSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64594b92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liableSigners(bytes members, uint64 bitmap) view returns(uint64 liable)
func (dataAvailability *DataAvailability) PackLiableSigners(members []byte, bitmap uint64) []byte {
	enc, err := dataAvailability.abi.Pack("liableSigners", members, bitmap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiableSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64594b92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liableSigners(bytes members, uint64 bitmap) view returns(uint64 liable)
func (dataAvailability *DataAvailability) TryPackLiableSigners(members []byte, bitmap uint64) ([]byte, error) {
	return dataAvailability.abi.Pack("liableSigners", members, bitmap)
}

// UnpackLiableSigners is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64594b92.
//
// Solidity: function liableSigners(bytes members, uint64 bitmap) view returns(uint64 liable)
func (dataAvailability *DataAvailability) UnpackLiableSigners(data []byte) (uint64, error) {
	out, err := dataAvailability.abi.Unpack("liableSigners", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba2de9bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minCollateral() view returns(uint256)
func (dataAvailability *DataAvailability) PackMinCollateral() []byte {
	enc, err := dataAvailability.abi.Pack("minCollateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba2de9bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minCollateral() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackMinCollateral() ([]byte, error) {
	return dataAvailability.abi.Pack("minCollateral")
}

// UnpackMinCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba2de9bc.
//
// Solidity: function minCollateral() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackMinCollateral(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("minCollateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf59b5f36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextRequest() view returns(uint48)
func (dataAvailability *DataAvailability) PackNextRequest() []byte {
	enc, err := dataAvailability.abi.Pack("nextRequest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf59b5f36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextRequest() view returns(uint48)
func (dataAvailability *DataAvailability) TryPackNextRequest() ([]byte, error) {
	return dataAvailability.abi.Pack("nextRequest")
}

// UnpackNextRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf59b5f36.
//
// Solidity: function nextRequest() view returns(uint48)
func (dataAvailability *DataAvailability) UnpackNextRequest(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("nextRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (dataAvailability *DataAvailability) PackOwed(arg0 common.Address) []byte {
	enc, err := dataAvailability.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (dataAvailability *DataAvailability) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return dataAvailability.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (dataAvailability *DataAvailability) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string endpoint) payable returns()
func (dataAvailability *DataAvailability) PackRegister(endpoint string) []byte {
	enc, err := dataAvailability.abi.Pack("register", endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string endpoint) payable returns()
func (dataAvailability *DataAvailability) TryPackRegister(endpoint string) ([]byte, error) {
	return dataAvailability.abi.Pack("register", endpoint)
}

// PackRequestChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd78cbcf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestChunk((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) payable returns(uint64 id)
func (dataAvailability *DataAvailability) PackRequestChunk(h RollupTypesHeader) []byte {
	enc, err := dataAvailability.abi.Pack("requestChunk", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd78cbcf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestChunk((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) payable returns(uint64 id)
func (dataAvailability *DataAvailability) TryPackRequestChunk(h RollupTypesHeader) ([]byte, error) {
	return dataAvailability.abi.Pack("requestChunk", h)
}

// UnpackRequestChunk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd78cbcf2.
//
// Solidity: function requestChunk((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) payable returns(uint64 id)
func (dataAvailability *DataAvailability) UnpackRequestChunk(data []byte) (uint64, error) {
	out, err := dataAvailability.abi.Unpack("requestChunk", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequestChunkDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7624e79a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestChunkDA((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes cert, bytes members, bytes32[] membersProof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) PackRequestChunkDA(h RollupTypesHeader, cert []byte, members []byte, membersProof [][32]byte) []byte {
	enc, err := dataAvailability.abi.Pack("requestChunkDA", h, cert, members, membersProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestChunkDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7624e79a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestChunkDA((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes cert, bytes members, bytes32[] membersProof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) TryPackRequestChunkDA(h RollupTypesHeader, cert []byte, members []byte, membersProof [][32]byte) ([]byte, error) {
	return dataAvailability.abi.Pack("requestChunkDA", h, cert, members, membersProof)
}

// UnpackRequestChunkDA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7624e79a.
//
// Solidity: function requestChunkDA((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes cert, bytes members, bytes32[] membersProof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) UnpackRequestChunkDA(data []byte) (uint64, error) {
	out, err := dataAvailability.abi.Unpack("requestChunkDA", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequestChunkDAProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40b47cdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestChunkDAProven((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) anchor, bytes32[] proof, bytes cert, bytes members, bytes32[] membersProof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) PackRequestChunkDAProven(h RollupTypesHeader, anchor RollupTypesHeader, proof [][32]byte, cert []byte, members []byte, membersProof [][32]byte) []byte {
	enc, err := dataAvailability.abi.Pack("requestChunkDAProven", h, anchor, proof, cert, members, membersProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestChunkDAProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40b47cdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestChunkDAProven((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) anchor, bytes32[] proof, bytes cert, bytes members, bytes32[] membersProof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) TryPackRequestChunkDAProven(h RollupTypesHeader, anchor RollupTypesHeader, proof [][32]byte, cert []byte, members []byte, membersProof [][32]byte) ([]byte, error) {
	return dataAvailability.abi.Pack("requestChunkDAProven", h, anchor, proof, cert, members, membersProof)
}

// UnpackRequestChunkDAProven is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40b47cdc.
//
// Solidity: function requestChunkDAProven((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) anchor, bytes32[] proof, bytes cert, bytes members, bytes32[] membersProof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) UnpackRequestChunkDAProven(data []byte) (uint64, error) {
	out, err := dataAvailability.abi.Unpack("requestChunkDAProven", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequestChunkProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56a0a9de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestChunkProven((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) anchor, bytes32[] proof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) PackRequestChunkProven(h RollupTypesHeader, anchor RollupTypesHeader, proof [][32]byte) []byte {
	enc, err := dataAvailability.abi.Pack("requestChunkProven", h, anchor, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestChunkProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56a0a9de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestChunkProven((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) anchor, bytes32[] proof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) TryPackRequestChunkProven(h RollupTypesHeader, anchor RollupTypesHeader, proof [][32]byte) ([]byte, error) {
	return dataAvailability.abi.Pack("requestChunkProven", h, anchor, proof)
}

// UnpackRequestChunkProven is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56a0a9de.
//
// Solidity: function requestChunkProven((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) anchor, bytes32[] proof) payable returns(uint64 id)
func (dataAvailability *DataAvailability) UnpackRequestChunkProven(data []byte) (uint64, error) {
	out, err := dataAvailability.abi.Unpack("requestChunkProven", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestExit() returns()
func (dataAvailability *DataAvailability) PackRequestExit() []byte {
	enc, err := dataAvailability.abi.Pack("requestExit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestExit() returns()
func (dataAvailability *DataAvailability) TryPackRequestExit() ([]byte, error) {
	return dataAvailability.abi.Pack("requestExit")
}

// PackRequestFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb2e578b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestFee() view returns(uint256)
func (dataAvailability *DataAvailability) PackRequestFee() []byte {
	enc, err := dataAvailability.abi.Pack("requestFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb2e578b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestFee() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackRequestFee() ([]byte, error) {
	return dataAvailability.abi.Pack("requestFee")
}

// UnpackRequestFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb2e578b.
//
// Solidity: function requestFee() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackRequestFee(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("requestFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestFeeDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2ca463.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestFeeDA(bytes members, uint64 bitmap) view returns(uint256)
func (dataAvailability *DataAvailability) PackRequestFeeDA(members []byte, bitmap uint64) []byte {
	enc, err := dataAvailability.abi.Pack("requestFeeDA", members, bitmap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestFeeDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2ca463.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestFeeDA(bytes members, uint64 bitmap) view returns(uint256)
func (dataAvailability *DataAvailability) TryPackRequestFeeDA(members []byte, bitmap uint64) ([]byte, error) {
	return dataAvailability.abi.Pack("requestFeeDA", members, bitmap)
}

// UnpackRequestFeeDA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac2ca463.
//
// Solidity: function requestFeeDA(bytes members, uint64 bitmap) view returns(uint256)
func (dataAvailability *DataAvailability) UnpackRequestFeeDA(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("requestFeeDA", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aa46630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function respond((uint64,uint64,bytes32,address,uint64,uint256,bytes32,uint64) r, uint64 length, bytes chunk, bytes32[] proof) returns()
func (dataAvailability *DataAvailability) PackRespond(r DataAvailabilityRequest, length uint64, chunk []byte, proof [][32]byte) []byte {
	enc, err := dataAvailability.abi.Pack("respond", r, length, chunk, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRespond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aa46630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function respond((uint64,uint64,bytes32,address,uint64,uint256,bytes32,uint64) r, uint64 length, bytes chunk, bytes32[] proof) returns()
func (dataAvailability *DataAvailability) TryPackRespond(r DataAvailabilityRequest, length uint64, chunk []byte, proof [][32]byte) ([]byte, error) {
	return dataAvailability.abi.Pack("respond", r, length, chunk, proof)
}

// PackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function responseWindow() view returns(uint256)
func (dataAvailability *DataAvailability) PackResponseWindow() []byte {
	enc, err := dataAvailability.abi.Pack("responseWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function responseWindow() view returns(uint256)
func (dataAvailability *DataAvailability) TryPackResponseWindow() ([]byte, error) {
	return dataAvailability.abi.Pack("responseWindow")
}

// UnpackResponseWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddada1c.
//
// Solidity: function responseWindow() view returns(uint256)
func (dataAvailability *DataAvailability) UnpackResponseWindow(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("responseWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52544c01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((uint64,uint64,bytes32,address,uint64,uint256,bytes32,uint64) r) returns()
func (dataAvailability *DataAvailability) PackSettle(r DataAvailabilityRequest) []byte {
	enc, err := dataAvailability.abi.Pack("settle", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52544c01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((uint64,uint64,bytes32,address,uint64,uint256,bytes32,uint64) r) returns()
func (dataAvailability *DataAvailability) TryPackSettle(r DataAvailabilityRequest) ([]byte, error) {
	return dataAvailability.abi.Pack("settle", r)
}

// PackSettledBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a4fbc6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settledBelow() view returns(uint48)
func (dataAvailability *DataAvailability) PackSettledBelow() []byte {
	enc, err := dataAvailability.abi.Pack("settledBelow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettledBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a4fbc6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settledBelow() view returns(uint48)
func (dataAvailability *DataAvailability) TryPackSettledBelow() ([]byte, error) {
	return dataAvailability.abi.Pack("settledBelow")
}

// UnpackSettledBelow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a4fbc6d.
//
// Solidity: function settledBelow() view returns(uint48)
func (dataAvailability *DataAvailability) UnpackSettledBelow(data []byte) (*big.Int, error) {
	out, err := dataAvailability.abi.Unpack("settledBelow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc29f1de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUp() payable returns()
func (dataAvailability *DataAvailability) PackTopUp() []byte {
	enc, err := dataAvailability.abi.Pack("topUp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc29f1de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUp() payable returns()
func (dataAvailability *DataAvailability) TryPackTopUp() ([]byte, error) {
	return dataAvailability.abi.Pack("topUp")
}

// PackTsc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45061bf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tsc() view returns(address)
func (dataAvailability *DataAvailability) PackTsc() []byte {
	enc, err := dataAvailability.abi.Pack("tsc")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTsc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45061bf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tsc() view returns(address)
func (dataAvailability *DataAvailability) TryPackTsc() ([]byte, error) {
	return dataAvailability.abi.Pack("tsc")
}

// UnpackTsc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45061bf8.
//
// Solidity: function tsc() view returns(address)
func (dataAvailability *DataAvailability) UnpackTsc(data []byte) (common.Address, error) {
	out, err := dataAvailability.abi.Unpack("tsc", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUsedSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cb2e379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usedSlots() view returns(uint64)
func (dataAvailability *DataAvailability) PackUsedSlots() []byte {
	enc, err := dataAvailability.abi.Pack("usedSlots")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsedSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cb2e379.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usedSlots() view returns(uint64)
func (dataAvailability *DataAvailability) TryPackUsedSlots() ([]byte, error) {
	return dataAvailability.abi.Pack("usedSlots")
}

// UnpackUsedSlots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cb2e379.
//
// Solidity: function usedSlots() view returns(uint64)
func (dataAvailability *DataAvailability) UnpackUsedSlots(data []byte) (uint64, error) {
	out, err := dataAvailability.abi.Unpack("usedSlots", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (dataAvailability *DataAvailability) PackWithdraw() []byte {
	enc, err := dataAvailability.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (dataAvailability *DataAvailability) TryPackWithdraw() ([]byte, error) {
	return dataAvailability.abi.Pack("withdraw")
}

// DataAvailabilityChunkAnswered represents a ChunkAnswered event raised by the DataAvailability contract.
type DataAvailabilityChunkAnswered struct {
	Id    uint64
	Dap   common.Address
	Index *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DataAvailabilityChunkAnsweredEventName = "ChunkAnswered"

// ContractEventName returns the user-defined event name.
func (DataAvailabilityChunkAnswered) ContractEventName() string {
	return DataAvailabilityChunkAnsweredEventName
}

// UnpackChunkAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkAnswered(uint64 indexed id, address indexed dap, uint256 index)
func (dataAvailability *DataAvailability) UnpackChunkAnsweredEvent(log *types.Log) (*DataAvailabilityChunkAnswered, error) {
	event := "ChunkAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilityChunkAnswered)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilityChunkRequested represents a ChunkRequested event raised by the DataAvailability contract.
type DataAvailabilityChunkRequested struct {
	Id        uint64
	Height    uint64
	DataRoot  [32]byte
	Requester common.Address
	Deadline  uint64
	Fee       *big.Int
	Seed      [32]byte
	Liable    uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataAvailabilityChunkRequestedEventName = "ChunkRequested"

// ContractEventName returns the user-defined event name.
func (DataAvailabilityChunkRequested) ContractEventName() string {
	return DataAvailabilityChunkRequestedEventName
}

// UnpackChunkRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkRequested(uint64 indexed id, uint64 indexed height, bytes32 dataRoot, address requester, uint64 deadline, uint256 fee, bytes32 seed, uint64 liable)
func (dataAvailability *DataAvailability) UnpackChunkRequestedEvent(log *types.Log) (*DataAvailabilityChunkRequested, error) {
	event := "ChunkRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilityChunkRequested)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilityExitRequested represents a ExitRequested event raised by the DataAvailability contract.
type DataAvailabilityExitRequested struct {
	Dap            common.Address
	ExitRequest    uint64
	WithdrawableAt *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataAvailabilityExitRequestedEventName = "ExitRequested"

// ContractEventName returns the user-defined event name.
func (DataAvailabilityExitRequested) ContractEventName() string {
	return DataAvailabilityExitRequestedEventName
}

// UnpackExitRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitRequested(address indexed dap, uint64 exitRequest, uint256 withdrawableAt)
func (dataAvailability *DataAvailability) UnpackExitRequestedEvent(log *types.Log) (*DataAvailabilityExitRequested, error) {
	event := "ExitRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilityExitRequested)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilityPaymentDeferred represents a PaymentDeferred event raised by the DataAvailability contract.
type DataAvailabilityPaymentDeferred struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DataAvailabilityPaymentDeferredEventName = "PaymentDeferred"

// ContractEventName returns the user-defined event name.
func (DataAvailabilityPaymentDeferred) ContractEventName() string {
	return DataAvailabilityPaymentDeferredEventName
}

// UnpackPaymentDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentDeferred(address indexed to, uint256 amount)
func (dataAvailability *DataAvailability) UnpackPaymentDeferredEvent(log *types.Log) (*DataAvailabilityPaymentDeferred, error) {
	event := "PaymentDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilityPaymentDeferred)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilityRegistered represents a Registered event raised by the DataAvailability contract.
type DataAvailabilityRegistered struct {
	Dap        common.Address
	Slot       uint8
	Collateral *big.Int
	Endpoint   string
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataAvailabilityRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (DataAvailabilityRegistered) ContractEventName() string {
	return DataAvailabilityRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(address indexed dap, uint8 slot, uint256 collateral, string endpoint)
func (dataAvailability *DataAvailability) UnpackRegisteredEvent(log *types.Log) (*DataAvailabilityRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilityRegistered)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilitySettled represents a Settled event raised by the DataAvailability contract.
type DataAvailabilitySettled struct {
	Id      uint64
	Answers *big.Int
	Slashed *big.Int
	Refund  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAvailabilitySettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (DataAvailabilitySettled) ContractEventName() string {
	return DataAvailabilitySettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint64 indexed id, uint256 answers, uint256 slashed, uint256 refund)
func (dataAvailability *DataAvailability) UnpackSettledEvent(log *types.Log) (*DataAvailabilitySettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilitySettled)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilitySlashed represents a Slashed event raised by the DataAvailability contract.
type DataAvailabilitySlashed struct {
	Id     uint64
	Dap    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DataAvailabilitySlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (DataAvailabilitySlashed) ContractEventName() string {
	return DataAvailabilitySlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(uint64 indexed id, address indexed dap, uint256 amount)
func (dataAvailability *DataAvailability) UnpackSlashedEvent(log *types.Log) (*DataAvailabilitySlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilitySlashed)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilityToppedUp represents a ToppedUp event raised by the DataAvailability contract.
type DataAvailabilityToppedUp struct {
	Dap        common.Address
	Collateral *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataAvailabilityToppedUpEventName = "ToppedUp"

// ContractEventName returns the user-defined event name.
func (DataAvailabilityToppedUp) ContractEventName() string {
	return DataAvailabilityToppedUpEventName
}

// UnpackToppedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ToppedUp(address indexed dap, uint256 collateral)
func (dataAvailability *DataAvailability) UnpackToppedUpEvent(log *types.Log) (*DataAvailabilityToppedUp, error) {
	event := "ToppedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilityToppedUp)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataAvailabilityWithdrawn represents a Withdrawn event raised by the DataAvailability contract.
type DataAvailabilityWithdrawn struct {
	Dap    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DataAvailabilityWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DataAvailabilityWithdrawn) ContractEventName() string {
	return DataAvailabilityWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed dap, uint256 amount)
func (dataAvailability *DataAvailability) UnpackWithdrawnEvent(log *types.Log) (*DataAvailabilityWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAvailability.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAvailabilityWithdrawn)
	if len(log.Data) > 0 {
		if err := dataAvailability.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAvailability.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dataAvailability *DataAvailability) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["AlreadyAnswered"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackAlreadyAnsweredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["BadCertificate"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackBadCertificateError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["BadHistoryProof"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackBadHistoryProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["BadParameters"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackBadParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["CollateralTooLarge"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackCollateralTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["ExitDelayNotOver"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackExitDelayNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["Exiting"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["InvalidChunk"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackInvalidChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["NeedsCert"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackNeedsCertError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["NoDaps"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackNoDapsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["NonCanonicalHeader"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackNonCanonicalHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["NotExiting"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackNotExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["NotLiable"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackNotLiableError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["TooLate"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["TooManyDaps"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackTooManyDapsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["UnknownHeader"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackUnknownHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["Unsettled"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackUnsettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["WrongFee"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackWrongFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAvailability.abi.Errors["WrongRequest"].ID.Bytes()[:4]) {
		return dataAvailability.UnpackWrongRequestError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataAvailabilityAlreadyAnswered represents a AlreadyAnswered error raised by the DataAvailability contract.
type DataAvailabilityAlreadyAnswered struct {
	Dap common.Address
	Id  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAnswered(address dap, uint256 id)
func DataAvailabilityAlreadyAnsweredErrorID() common.Hash {
	return common.HexToHash("0x947ed7ee92a7cfdcb8b7c4ca1d462c1e50941d99c8e0776e8fa73615b273044f")
}

// UnpackAlreadyAnsweredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAnswered(address dap, uint256 id)
func (dataAvailability *DataAvailability) UnpackAlreadyAnsweredError(raw []byte) (*DataAvailabilityAlreadyAnswered, error) {
	out := new(DataAvailabilityAlreadyAnswered)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "AlreadyAnswered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityAlreadyRegistered represents a AlreadyRegistered error raised by the DataAvailability contract.
type DataAvailabilityAlreadyRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered()
func DataAvailabilityAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x3a81d6fc79a5635b1f06f5006b0b65f8bc72a09a41893acedbabc02c660943ca")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered()
func (dataAvailability *DataAvailability) UnpackAlreadyRegisteredError(raw []byte) (*DataAvailabilityAlreadyRegistered, error) {
	out := new(DataAvailabilityAlreadyRegistered)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityBadCertificate represents a BadCertificate error raised by the DataAvailability contract.
type DataAvailabilityBadCertificate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCertificate()
func DataAvailabilityBadCertificateErrorID() common.Hash {
	return common.HexToHash("0x66cadbb472a6ab648407b22ce90515098af90815b05af6468c3da9622ec972b3")
}

// UnpackBadCertificateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCertificate()
func (dataAvailability *DataAvailability) UnpackBadCertificateError(raw []byte) (*DataAvailabilityBadCertificate, error) {
	out := new(DataAvailabilityBadCertificate)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "BadCertificate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityBadHistoryProof represents a BadHistoryProof error raised by the DataAvailability contract.
type DataAvailabilityBadHistoryProof struct {
	Height uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHistoryProof(uint64 height)
func DataAvailabilityBadHistoryProofErrorID() common.Hash {
	return common.HexToHash("0x1305f24d79c350098e71cc4d34d9ab54a154ef834e1cd8c3cdb354fd00572b9d")
}

// UnpackBadHistoryProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHistoryProof(uint64 height)
func (dataAvailability *DataAvailability) UnpackBadHistoryProofError(raw []byte) (*DataAvailabilityBadHistoryProof, error) {
	out := new(DataAvailabilityBadHistoryProof)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "BadHistoryProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityBadParameters represents a BadParameters error raised by the DataAvailability contract.
type DataAvailabilityBadParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameters()
func DataAvailabilityBadParametersErrorID() common.Hash {
	return common.HexToHash("0xa18a7093f7404a17016907fa5b1c7597f4d04a36e0d0a5f233a0b829fa72eef1")
}

// UnpackBadParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameters()
func (dataAvailability *DataAvailability) UnpackBadParametersError(raw []byte) (*DataAvailabilityBadParameters, error) {
	out := new(DataAvailabilityBadParameters)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "BadParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityCollateralTooLarge represents a CollateralTooLarge error raised by the DataAvailability contract.
type DataAvailabilityCollateralTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralTooLarge()
func DataAvailabilityCollateralTooLargeErrorID() common.Hash {
	return common.HexToHash("0x6ecafdbf21637aa5b3c8fb4cd2f4ce847d2c1aea325a42d9cab7c38da92168be")
}

// UnpackCollateralTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralTooLarge()
func (dataAvailability *DataAvailability) UnpackCollateralTooLargeError(raw []byte) (*DataAvailabilityCollateralTooLarge, error) {
	out := new(DataAvailabilityCollateralTooLarge)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "CollateralTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityExitDelayNotOver represents a ExitDelayNotOver error raised by the DataAvailability contract.
type DataAvailabilityExitDelayNotOver struct {
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitDelayNotOver(uint256 withdrawableAt)
func DataAvailabilityExitDelayNotOverErrorID() common.Hash {
	return common.HexToHash("0xe3fbdef650c99d2e118a030a8b1c8a106868d6ea8bba3aaf4aad64c1df8f46cf")
}

// UnpackExitDelayNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitDelayNotOver(uint256 withdrawableAt)
func (dataAvailability *DataAvailability) UnpackExitDelayNotOverError(raw []byte) (*DataAvailabilityExitDelayNotOver, error) {
	out := new(DataAvailabilityExitDelayNotOver)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "ExitDelayNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityExiting represents a Exiting error raised by the DataAvailability contract.
type DataAvailabilityExiting struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Exiting()
func DataAvailabilityExitingErrorID() common.Hash {
	return common.HexToHash("0x12862d759aa2eb7be78763ca2905e7ea157beb3de34c6a8d1535a3c8dc56c67d")
}

// UnpackExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Exiting()
func (dataAvailability *DataAvailability) UnpackExitingError(raw []byte) (*DataAvailabilityExiting, error) {
	out := new(DataAvailabilityExiting)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "Exiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityInsufficientCollateral represents a InsufficientCollateral error raised by the DataAvailability contract.
type DataAvailabilityInsufficientCollateral struct {
	Min *big.Int
	Got *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(uint256 min, uint256 got)
func DataAvailabilityInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0xb07e3bc4c23a2d5a3367eec63320a439a69fa5b14b5619ba643e23b3ab6ef805")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(uint256 min, uint256 got)
func (dataAvailability *DataAvailability) UnpackInsufficientCollateralError(raw []byte) (*DataAvailabilityInsufficientCollateral, error) {
	out := new(DataAvailabilityInsufficientCollateral)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityInvalidChunk represents a InvalidChunk error raised by the DataAvailability contract.
type DataAvailabilityInvalidChunk struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunk()
func DataAvailabilityInvalidChunkErrorID() common.Hash {
	return common.HexToHash("0x022e42d074630d9ee96d35a73f90ae94fbd60d777bb8094932ddc9489217167e")
}

// UnpackInvalidChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunk()
func (dataAvailability *DataAvailability) UnpackInvalidChunkError(raw []byte) (*DataAvailabilityInvalidChunk, error) {
	out := new(DataAvailabilityInvalidChunk)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "InvalidChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityNeedsCert represents a NeedsCert error raised by the DataAvailability contract.
type DataAvailabilityNeedsCert struct {
	Height uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NeedsCert(uint64 height)
func DataAvailabilityNeedsCertErrorID() common.Hash {
	return common.HexToHash("0x7e427604287d086481638bec9f1776e19f80638b34d94e9d9137d7ecb3b60bfb")
}

// UnpackNeedsCertError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NeedsCert(uint64 height)
func (dataAvailability *DataAvailability) UnpackNeedsCertError(raw []byte) (*DataAvailabilityNeedsCert, error) {
	out := new(DataAvailabilityNeedsCert)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "NeedsCert", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityNoDaps represents a NoDaps error raised by the DataAvailability contract.
type DataAvailabilityNoDaps struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDaps()
func DataAvailabilityNoDapsErrorID() common.Hash {
	return common.HexToHash("0x1bd95c89e4c36f09d2e52669abcf6577a0dc6c1a1563ff8318cb1ee805b23237")
}

// UnpackNoDapsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDaps()
func (dataAvailability *DataAvailability) UnpackNoDapsError(raw []byte) (*DataAvailabilityNoDaps, error) {
	out := new(DataAvailabilityNoDaps)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "NoDaps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityNonCanonicalHeader represents a NonCanonicalHeader error raised by the DataAvailability contract.
type DataAvailabilityNonCanonicalHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalHeader()
func DataAvailabilityNonCanonicalHeaderErrorID() common.Hash {
	return common.HexToHash("0x2637731ed1c9098d4fa3fc8e17a2856b8ee425dbb09f85b4cb159405457f2515")
}

// UnpackNonCanonicalHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalHeader()
func (dataAvailability *DataAvailability) UnpackNonCanonicalHeaderError(raw []byte) (*DataAvailabilityNonCanonicalHeader, error) {
	out := new(DataAvailabilityNonCanonicalHeader)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "NonCanonicalHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityNotExiting represents a NotExiting error raised by the DataAvailability contract.
type DataAvailabilityNotExiting struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExiting()
func DataAvailabilityNotExitingErrorID() common.Hash {
	return common.HexToHash("0x68711302f42207ab32892f039f3914a83b21d619c2d81bcb001dfc38cdc55c5d")
}

// UnpackNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExiting()
func (dataAvailability *DataAvailability) UnpackNotExitingError(raw []byte) (*DataAvailabilityNotExiting, error) {
	out := new(DataAvailabilityNotExiting)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "NotExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityNotLiable represents a NotLiable error raised by the DataAvailability contract.
type DataAvailabilityNotLiable struct {
	Dap common.Address
	Id  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLiable(address dap, uint256 id)
func DataAvailabilityNotLiableErrorID() common.Hash {
	return common.HexToHash("0x71be0e74f0cee8b304abc471c925625803312886daf504e1dc58ed6a8a479a0d")
}

// UnpackNotLiableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLiable(address dap, uint256 id)
func (dataAvailability *DataAvailability) UnpackNotLiableError(raw []byte) (*DataAvailabilityNotLiable, error) {
	out := new(DataAvailabilityNotLiable)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "NotLiable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityNotRegistered represents a NotRegistered error raised by the DataAvailability contract.
type DataAvailabilityNotRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered()
func DataAvailabilityNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xaba47339dbaad712368e6665e6e6eade636ab60e9b7dba037407409b19d7a053")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered()
func (dataAvailability *DataAvailability) UnpackNotRegisteredError(raw []byte) (*DataAvailabilityNotRegistered, error) {
	out := new(DataAvailabilityNotRegistered)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityNothingOwed represents a NothingOwed error raised by the DataAvailability contract.
type DataAvailabilityNothingOwed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed()
func DataAvailabilityNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x797dba544d72fb0dfb4c7610346de0274cf6d4e8b1d64dc398abc9027c89eff2")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed()
func (dataAvailability *DataAvailability) UnpackNothingOwedError(raw []byte) (*DataAvailabilityNothingOwed, error) {
	out := new(DataAvailabilityNothingOwed)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityTooEarly represents a TooEarly error raised by the DataAvailability contract.
type DataAvailabilityTooEarly struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 deadline)
func DataAvailabilityTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 deadline)
func (dataAvailability *DataAvailability) UnpackTooEarlyError(raw []byte) (*DataAvailabilityTooEarly, error) {
	out := new(DataAvailabilityTooEarly)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityTooLate represents a TooLate error raised by the DataAvailability contract.
type DataAvailabilityTooLate struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLate(uint64 deadline)
func DataAvailabilityTooLateErrorID() common.Hash {
	return common.HexToHash("0x4d673a06590205f21674ad45375abc81b85de145ee567806f534cab23841a1cf")
}

// UnpackTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLate(uint64 deadline)
func (dataAvailability *DataAvailability) UnpackTooLateError(raw []byte) (*DataAvailabilityTooLate, error) {
	out := new(DataAvailabilityTooLate)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "TooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityTooManyDaps represents a TooManyDaps error raised by the DataAvailability contract.
type DataAvailabilityTooManyDaps struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyDaps()
func DataAvailabilityTooManyDapsErrorID() common.Hash {
	return common.HexToHash("0x3f4ee62f7d0b9d9a6314448d7409e30c769add8df2531fb89d35dc64a7e042bd")
}

// UnpackTooManyDapsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyDaps()
func (dataAvailability *DataAvailability) UnpackTooManyDapsError(raw []byte) (*DataAvailabilityTooManyDaps, error) {
	out := new(DataAvailabilityTooManyDaps)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "TooManyDaps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityTransferFailed represents a TransferFailed error raised by the DataAvailability contract.
type DataAvailabilityTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func DataAvailabilityTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (dataAvailability *DataAvailability) UnpackTransferFailedError(raw []byte) (*DataAvailabilityTransferFailed, error) {
	out := new(DataAvailabilityTransferFailed)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityUnknownHeader represents a UnknownHeader error raised by the DataAvailability contract.
type DataAvailabilityUnknownHeader struct {
	Height uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownHeader(uint64 height)
func DataAvailabilityUnknownHeaderErrorID() common.Hash {
	return common.HexToHash("0x4746eea9f225533be5e0069645c1dbce73db0f6ce6382d843f09eb4d25b28135")
}

// UnpackUnknownHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownHeader(uint64 height)
func (dataAvailability *DataAvailability) UnpackUnknownHeaderError(raw []byte) (*DataAvailabilityUnknownHeader, error) {
	out := new(DataAvailabilityUnknownHeader)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "UnknownHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityUnknownRequest represents a UnknownRequest error raised by the DataAvailability contract.
type DataAvailabilityUnknownRequest struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 id)
func DataAvailabilityUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 id)
func (dataAvailability *DataAvailability) UnpackUnknownRequestError(raw []byte) (*DataAvailabilityUnknownRequest, error) {
	out := new(DataAvailabilityUnknownRequest)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityUnsettled represents a Unsettled error raised by the DataAvailability contract.
type DataAvailabilityUnsettled struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unsettled(uint256 id)
func DataAvailabilityUnsettledErrorID() common.Hash {
	return common.HexToHash("0x2040ddecccd63f2fe76ed42669c8a405079240ed6fec5f60f04b6257b65ebd8d")
}

// UnpackUnsettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unsettled(uint256 id)
func (dataAvailability *DataAvailability) UnpackUnsettledError(raw []byte) (*DataAvailabilityUnsettled, error) {
	out := new(DataAvailabilityUnsettled)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "Unsettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityWrongFee represents a WrongFee error raised by the DataAvailability contract.
type DataAvailabilityWrongFee struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFee(uint256 want, uint256 got)
func DataAvailabilityWrongFeeErrorID() common.Hash {
	return common.HexToHash("0x23b18f5f5e83b64f64fb1b28a90cb03c4f9ce8ceb2693b31fe14ebed9321256f")
}

// UnpackWrongFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFee(uint256 want, uint256 got)
func (dataAvailability *DataAvailability) UnpackWrongFeeError(raw []byte) (*DataAvailabilityWrongFee, error) {
	out := new(DataAvailabilityWrongFee)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "WrongFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityWrongRequest represents a WrongRequest error raised by the DataAvailability contract.
type DataAvailabilityWrongRequest struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRequest(uint256 id)
func DataAvailabilityWrongRequestErrorID() common.Hash {
	return common.HexToHash("0xbde88ff58a3b2744e4649e8a6d9eaa4cc20f7ae574e31e89a7f4a7f7df0a20bb")
}

// UnpackWrongRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRequest(uint256 id)
func (dataAvailability *DataAvailability) UnpackWrongRequestError(raw []byte) (*DataAvailabilityWrongRequest, error) {
	out := new(DataAvailabilityWrongRequest)
	if err := dataAvailability.abi.UnpackIntoInterface(out, "WrongRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAvailabilityHarnessMetaData contains all meta data concerning the DataAvailabilityHarness contract.
var DataAvailabilityHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractDataAvailability\",\"name\":\"da\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DataAvailabilityHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506104a48061001c5f395ff3fe608060405260043610610020575f3560e01c8063780859d11461008f575f5ffd5b3661008b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f72656675736573207061796d656e747300000000000000000000000000000000604482015260640160405180910390fd5b5f5ffd5b6100a261009d366004610166565b6100bf565b60405167ffffffffffffffff909116815260200160405180910390f35b5f8273ffffffffffffffffffffffffffffffffffffffff1663d78cbcf234846040518363ffffffff1660e01b81526004016100fa9190610349565b60206040518083038185885af1158015610116573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061013b9190610453565b9392505050565b73ffffffffffffffffffffffffffffffffffffffff81168114610163575f5ffd5b50565b5f5f60408385031215610177575f5ffd5b823561018281610142565b9150602083013567ffffffffffffffff81111561019d575f5ffd5b830161016081860312156101af575f5ffd5b809150509250929050565b67ffffffffffffffff81168114610163575f5ffd5b80356101da816101ba565b919050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610212575f5ffd5b830160208101925035905067ffffffffffffffff811115610231575f5ffd5b8060061b3603821315610242575f5ffd5b9250929050565b8183526020830192505f815f5b8481101561029d57813561026981610142565b73ffffffffffffffffffffffffffffffffffffffff1686526020828101359087015260409586019590910190600101610256565b5093949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126102da575f5ffd5b830160208101925035905067ffffffffffffffff8111156102f9575f5ffd5b8060051b3603821315610242575f5ffd5b8183526020830192505f815f5b8481101561029d57813561032a816101ba565b67ffffffffffffffff1686526020958601959190910190600101610317565b60208082528235828201525f906103619084016101cf565b67ffffffffffffffff811660408401525060408301356060838101919091528301356080808401919091526103979084016101cf565b67ffffffffffffffff811660a08401525060a083013560c0838101919091526103c2908401846101df565b61016060e08501526103d961018085018284610249565b9150506103e960e08501856102a7565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08584030161010086015261041f83828461030a565b6101008701356101208781019190915287013561014080880191909152909601356101609095019490945250929392505050565b5f60208284031215610463575f5ffd5b815161013b816101ba56fea26469706673582212206dac77f6eaeca6c131903ad329980b902feba1673262195af4e70912f2f61dea64736f6c634300081e0033",
}

// DataAvailabilityHarness is an auto generated Go binding around an Ethereum contract.
type DataAvailabilityHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataAvailabilityHarness) GetABI() abi.ABI {
	return c.abi
}

// NewDataAvailabilityHarness creates a new instance of DataAvailabilityHarness.
func NewDataAvailabilityHarness() *DataAvailabilityHarness {
	parsed, err := DataAvailabilityHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataAvailabilityHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataAvailabilityHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x780859d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(address da, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) payable returns(uint64)
func (dataAvailabilityHarness *DataAvailabilityHarness) PackRequest(da common.Address, h RollupTypesHeader) []byte {
	enc, err := dataAvailabilityHarness.abi.Pack("request", da, h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x780859d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(address da, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) payable returns(uint64)
func (dataAvailabilityHarness *DataAvailabilityHarness) TryPackRequest(da common.Address, h RollupTypesHeader) ([]byte, error) {
	return dataAvailabilityHarness.abi.Pack("request", da, h)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x780859d1.
//
// Solidity: function request(address da, (bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) payable returns(uint64)
func (dataAvailabilityHarness *DataAvailabilityHarness) UnpackRequest(data []byte) (uint64, error) {
	out, err := dataAvailabilityHarness.abi.Unpack("request", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// HistoryTreeHarnessMetaData contains all meta data concerning the HistoryTreeHarness contract.
var HistoryTreeHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"proofLen\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "HistoryTreeHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506102f18061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80635c11aa9c14610038578063e87ba01014610060575b5f5ffd5b61004b610046366004610185565b610081565b60405190151581526020015b60405180910390f35b61007361006e36600461021b565b61009d565b604051908152602001610057565b5f6100908787878787876100ad565b90505b9695505050505050565b5f6100a782610156565b92915050565b5f85851015806100c557506100c186610156565b8214155b156100d157505f610093565b835f805b6020811015610147575f8582106100ec5782610106565b8686838181106100fe576100fe610232565b905060200201355b9050600189831c166001811461012257845f528160205261012a565b815f52846020525b505060405f818120848252602094909452209192506001016100d5565b50509096149695505050505050565b5f5b60208110801561016b575081816001901b105b15610180576101798161025f565b9050610158565b919050565b5f5f5f5f5f5f60a0878903121561019a575f5ffd5b86359550602087013594506040870135935060608701359250608087013567ffffffffffffffff8111156101cc575f5ffd5b8701601f810189136101dc575f5ffd5b803567ffffffffffffffff8111156101f2575f5ffd5b8960208260051b8401011115610206575f5ffd5b60208201935080925050509295509295509295565b5f6020828403121561022b575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036102b4577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b506001019056fea2646970667358221220643bb486275059fa866d1259ddd17824c9687a75d3278fbade69a881589e65ed64736f6c634300081e0033",
}

// HistoryTreeHarness is an auto generated Go binding around an Ethereum contract.
type HistoryTreeHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HistoryTreeHarness) GetABI() abi.ABI {
	return c.abi
}

// NewHistoryTreeHarness creates a new instance of HistoryTreeHarness.
func NewHistoryTreeHarness() *HistoryTreeHarness {
	parsed, err := HistoryTreeHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HistoryTreeHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HistoryTreeHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackProofLen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe87ba010.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofLen(uint256 count) pure returns(uint256)
func (historyTreeHarness *HistoryTreeHarness) PackProofLen(count *big.Int) []byte {
	enc, err := historyTreeHarness.abi.Pack("proofLen", count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofLen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe87ba010.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofLen(uint256 count) pure returns(uint256)
func (historyTreeHarness *HistoryTreeHarness) TryPackProofLen(count *big.Int) ([]byte, error) {
	return historyTreeHarness.abi.Pack("proofLen", count)
}

// UnpackProofLen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe87ba010.
//
// Solidity: function proofLen(uint256 count) pure returns(uint256)
func (historyTreeHarness *HistoryTreeHarness) UnpackProofLen(data []byte) (*big.Int, error) {
	out, err := historyTreeHarness.abi.Unpack("proofLen", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c11aa9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (historyTreeHarness *HistoryTreeHarness) PackVerify(root [32]byte, count *big.Int, index *big.Int, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := historyTreeHarness.abi.Pack("verify", root, count, index, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c11aa9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (historyTreeHarness *HistoryTreeHarness) TryPackVerify(root [32]byte, count *big.Int, index *big.Int, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return historyTreeHarness.abi.Pack("verify", root, count, index, leaf, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c11aa9c.
//
// Solidity: function verify(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (historyTreeHarness *HistoryTreeHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := historyTreeHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IConfigSinkMetaData contains all meta data concerning the IConfigSink contract.
var IConfigSinkMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"daHash\",\"type\":\"bytes32\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IConfigSink",
}

// IConfigSink is an auto generated Go binding around an Ethereum contract.
type IConfigSink struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IConfigSink) GetABI() abi.ABI {
	return c.abi
}

// NewIConfigSink creates a new instance of IConfigSink.
func NewIConfigSink() *IConfigSink {
	parsed, err := IConfigSinkMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IConfigSink{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IConfigSink) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ebe2ce0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig(uint64 epoch, bytes32 configHash, bytes32 daHash) returns()
func (iConfigSink *IConfigSink) PackSetConfig(epoch uint64, configHash [32]byte, daHash [32]byte) []byte {
	enc, err := iConfigSink.abi.Pack("setConfig", epoch, configHash, daHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ebe2ce0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig(uint64 epoch, bytes32 configHash, bytes32 daHash) returns()
func (iConfigSink *IConfigSink) TryPackSetConfig(epoch uint64, configHash [32]byte, daHash [32]byte) ([]byte, error) {
	return iConfigSink.abi.Pack("setConfig", epoch, configHash, daHash)
}

// IEvidenceVerifierMetaData contains all meta data concerning the IEvidenceVerifier contract.
var IEvidenceVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"verifyEvidence\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportData\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"notAfter\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IEvidenceVerifier",
}

// IEvidenceVerifier is an auto generated Go binding around an Ethereum contract.
type IEvidenceVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IEvidenceVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewIEvidenceVerifier creates a new instance of IEvidenceVerifier.
func NewIEvidenceVerifier() *IEvidenceVerifier {
	parsed, err := IEvidenceVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IEvidenceVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IEvidenceVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerifyEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b76bd7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyEvidence(bytes evidence) view returns(uint8 kind, bytes32 measurement, bytes32 reportData, uint64 notAfter)
func (iEvidenceVerifier *IEvidenceVerifier) PackVerifyEvidence(evidence []byte) []byte {
	enc, err := iEvidenceVerifier.abi.Pack("verifyEvidence", evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b76bd7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyEvidence(bytes evidence) view returns(uint8 kind, bytes32 measurement, bytes32 reportData, uint64 notAfter)
func (iEvidenceVerifier *IEvidenceVerifier) TryPackVerifyEvidence(evidence []byte) ([]byte, error) {
	return iEvidenceVerifier.abi.Pack("verifyEvidence", evidence)
}

// VerifyEvidenceOutput serves as a container for the return parameters of contract
// method VerifyEvidence.
type VerifyEvidenceOutput struct {
	Kind        uint8
	Measurement [32]byte
	ReportData  [32]byte
	NotAfter    uint64
}

// UnpackVerifyEvidence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b76bd7c.
//
// Solidity: function verifyEvidence(bytes evidence) view returns(uint8 kind, bytes32 measurement, bytes32 reportData, uint64 notAfter)
func (iEvidenceVerifier *IEvidenceVerifier) UnpackVerifyEvidence(data []byte) (VerifyEvidenceOutput, error) {
	out, err := iEvidenceVerifier.abi.Unpack("verifyEvidence", data)
	outstruct := new(VerifyEvidenceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Kind = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Measurement = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.ReportData = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.NotAfter = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// IHeaderHistoryMetaData contains all meta data concerning the IHeaderHistory contract.
var IHeaderHistoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"daCertifiedUpTo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"name\":\"daDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"daRootInstalled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"headerHashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IHeaderHistory",
}

// IHeaderHistory is an auto generated Go binding around an Ethereum contract.
type IHeaderHistory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IHeaderHistory) GetABI() abi.ABI {
	return c.abi
}

// NewIHeaderHistory creates a new instance of IHeaderHistory.
func NewIHeaderHistory() *IHeaderHistory {
	parsed, err := IHeaderHistoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IHeaderHistory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IHeaderHistory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDaCertifiedUpTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f00b44b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daCertifiedUpTo() view returns(uint64)
func (iHeaderHistory *IHeaderHistory) PackDaCertifiedUpTo() []byte {
	enc, err := iHeaderHistory.abi.Pack("daCertifiedUpTo")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaCertifiedUpTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f00b44b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daCertifiedUpTo() view returns(uint64)
func (iHeaderHistory *IHeaderHistory) TryPackDaCertifiedUpTo() ([]byte, error) {
	return iHeaderHistory.abi.Pack("daCertifiedUpTo")
}

// UnpackDaCertifiedUpTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f00b44b.
//
// Solidity: function daCertifiedUpTo() view returns(uint64)
func (iHeaderHistory *IHeaderHistory) UnpackDaCertifiedUpTo(data []byte) (uint64, error) {
	out, err := iHeaderHistory.abi.Unpack("daCertifiedUpTo", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDaDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94654b32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daDigest(uint64 height, bytes32 dataRoot) view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) PackDaDigest(height uint64, dataRoot [32]byte) []byte {
	enc, err := iHeaderHistory.abi.Pack("daDigest", height, dataRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94654b32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daDigest(uint64 height, bytes32 dataRoot) view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) TryPackDaDigest(height uint64, dataRoot [32]byte) ([]byte, error) {
	return iHeaderHistory.abi.Pack("daDigest", height, dataRoot)
}

// UnpackDaDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94654b32.
//
// Solidity: function daDigest(uint64 height, bytes32 dataRoot) view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) UnpackDaDigest(data []byte) ([32]byte, error) {
	out, err := iHeaderHistory.abi.Unpack("daDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDaHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99d5780.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daHash() view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) PackDaHash() []byte {
	enc, err := iHeaderHistory.abi.Pack("daHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99d5780.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daHash() view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) TryPackDaHash() ([]byte, error) {
	return iHeaderHistory.abi.Pack("daHash")
}

// UnpackDaHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe99d5780.
//
// Solidity: function daHash() view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) UnpackDaHash(data []byte) ([32]byte, error) {
	out, err := iHeaderHistory.abi.Unpack("daHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDaRootInstalled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62421fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daRootInstalled(bytes32 root) view returns(bool)
func (iHeaderHistory *IHeaderHistory) PackDaRootInstalled(root [32]byte) []byte {
	enc, err := iHeaderHistory.abi.Pack("daRootInstalled", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaRootInstalled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62421fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daRootInstalled(bytes32 root) view returns(bool)
func (iHeaderHistory *IHeaderHistory) TryPackDaRootInstalled(root [32]byte) ([]byte, error) {
	return iHeaderHistory.abi.Pack("daRootInstalled", root)
}

// UnpackDaRootInstalled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62421fca.
//
// Solidity: function daRootInstalled(bytes32 root) view returns(bool)
func (iHeaderHistory *IHeaderHistory) UnpackDaRootInstalled(data []byte) (bool, error) {
	out, err := iHeaderHistory.abi.Unpack("daRootInstalled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHeaderHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2aed0d5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHashAt(uint64 height) view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) PackHeaderHashAt(height uint64) []byte {
	enc, err := iHeaderHistory.abi.Pack("headerHashAt", height)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2aed0d5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHashAt(uint64 height) view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) TryPackHeaderHashAt(height uint64) ([]byte, error) {
	return iHeaderHistory.abi.Pack("headerHashAt", height)
}

// UnpackHeaderHashAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2aed0d5a.
//
// Solidity: function headerHashAt(uint64 height) view returns(bytes32)
func (iHeaderHistory *IHeaderHistory) UnpackHeaderHashAt(data []byte) ([32]byte, error) {
	out, err := iHeaderHistory.abi.Unpack("headerHashAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// IRollupWindowMetaData contains all meta data concerning the IRollupWindow contract.
var IRollupWindowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"exitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IRollupWindow",
}

// IRollupWindow is an auto generated Go binding around an Ethereum contract.
type IRollupWindow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IRollupWindow) GetABI() abi.ABI {
	return c.abi
}

// NewIRollupWindow creates a new instance of IRollupWindow.
func NewIRollupWindow() *IRollupWindow {
	parsed, err := IRollupWindowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IRollupWindow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IRollupWindow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitWindow() view returns(uint256)
func (iRollupWindow *IRollupWindow) PackExitWindow() []byte {
	enc, err := iRollupWindow.abi.Pack("exitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitWindow() view returns(uint256)
func (iRollupWindow *IRollupWindow) TryPackExitWindow() ([]byte, error) {
	return iRollupWindow.abi.Pack("exitWindow")
}

// UnpackExitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e29848b.
//
// Solidity: function exitWindow() view returns(uint256)
func (iRollupWindow *IRollupWindow) UnpackExitWindow(data []byte) (*big.Int, error) {
	out, err := iRollupWindow.abi.Unpack("exitWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IntegrityProofVerifierMetaData contains all meta data concerning the IntegrityProofVerifier contract.
var IntegrityProofVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"trustedConfig\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"checkProof\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"reportHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "IntegrityProofVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b50610ac98061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80636e9bca7614610038578063c5fea5611461005d575b5f5ffd5b61004b61004636600461091c565b610070565b60405190815260200160405180910390f35b61004b61006b3660046109ab565b610080565b5f61007a826100a4565b92915050565b5f6100938b8b8b8b8b8b8b8b8b8b6100e2565b90505b9a9950505050505050505050565b6040517f81d32f691c0a914f272e416bd9fd768e864dafc09c049c3ae6905bece9dd6c0a8082525f9161010084602083013761012090209392505050565b5f5f87876040516100f4929190610a84565b6040518091039020905089818787604051610110929190610a84565b60405190819003812061012f9291602001918252602082015260400190565b6040516020818303038152906040528051906020012014610154576008915050610096565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082018f905273ffffffffffffffffffffffffffffffffffffffff8e1660a0808401919091528351808403909101815260c090920190925280519101205f906102849061021a8c6100a4565b7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f90815260209190915260409081902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b9050610296828a8a8a8a868b8b6102a7565b9d9c50505050505050505050505050565b5f5f6102b78a8a8a8a8a5f610300565b9050601d8110156102c95790506102f4565b5f5f5f6102da888d8d878b8b6103a2565b9250925092506102ed838b8b85856103f6565b9450505050505b98975050505050505050565b5f846040518188823760019250888282200361037557600292505f8835811a8015610332576001811461034157610346565b8561033c57601d91505b610346565b605d91505b50821515811615610373576001830381810481838202146101018210821515161615610370578295505b50505b505b5050601d811015801561038f575061038d8484610436565b155b15610398575060035b9695505050505050565b5f80808080806103b588888c8c85610538565b925092509250806103d25760045f5f9550955095505050506103ea565b6103e08c8c8c8c8787610677565b9550955095505050505b96509650969350505050565b5f60028614806104065750600486145b1561041257508461042d565b61041e858585856107b2565b61042a5750600561042d565b50845b95945050505050565b5f82828101831515600583355f1a0361046457506002828101923560011a90851060088211171561046457505f5b80151593505b801561052f5782355f815f1a6001811461049b57600281146104b157600381146104c357600481146104db576104ec565b8260081b60f01c156104ac57600391505b6104ec565b8260011a156104ac57600291506104ec565b606460018460011a0310156104ac57600291506104ec565b8260081b60c01c156104ec57600991505b509384019380158486111715610506575f9550505061052f565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0161046a565b50141692915050565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c081018661065b577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b818110156107a257803560181c8060481c60ff8260401c16600560018203118287101517156106be57600299505050506107a2565b81955060018160041b1b9050808801975060018c16156107915767ffffffffffffffff831660801b6001820101890198508961078a5760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e01351115168015610782578160208a015260408d60408b013760205f60808b60015afa845f511460203d1482161661077c5760069c505b50610787565b60069b505b50505b60418b019a505b50505060019890981c978901610689565b5050505096509650969350505050565b5f846001600582355f1a036107cc575060028101903560011a5b600192505b80156108fb578135805f1a6001811461080e5760028114610829576003811461088e578160081b60c01c8760801c101594506009840193506108cc565b8160081b60f01c61ffff8816101594506003840193506108cc565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a8110159550506002840193506108cc565b8160011a60105b60708110156108c35761ffff88821c168202606461ffff8b841c160210156108bb575f96505b601001610895565b50506002840193505b505082156108fb577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff016107d1565b5050949350505050565b5f6101008284031215610916575f5ffd5b50919050565b5f610100828403121561092d575f5ffd5b6109378383610905565b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610961575f5ffd5b919050565b5f5f83601f840112610976575f5ffd5b50813567ffffffffffffffff81111561098d575f5ffd5b6020830191508360208285010111156109a4575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101c08b8d0312156109c5575f5ffd5b8a3599506109d560208c0161093e565b985060408b013597506109eb8c60608d01610905565b96506101608b013567ffffffffffffffff811115610a07575f5ffd5b610a138d828e01610966565b9097509550506101808b013567ffffffffffffffff811115610a33575f5ffd5b610a3f8d828e01610966565b9095509350506101a08b013567ffffffffffffffff811115610a5f575f5ffd5b610a6b8d828e01610966565b915080935050809150509295989b9194979a5092959850565b818382375f910190815291905056fea264697066735822122078e95d1058d7786ac1c89b37020889ed9c331551320468b4f3be2a186848bb5864736f6c634300081e0033",
}

// IntegrityProofVerifier is an auto generated Go binding around an Ethereum contract.
type IntegrityProofVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IntegrityProofVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewIntegrityProofVerifier creates a new instance of IntegrityProofVerifier.
func NewIntegrityProofVerifier() *IntegrityProofVerifier {
	parsed, err := IntegrityProofVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IntegrityProofVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IntegrityProofVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheckProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5fea561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkProof(uint256 chainId, address registry, bytes32 trustedConfig, (bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r, bytes committee, bytes rule, bytes qc) view returns(uint256)
func (integrityProofVerifier *IntegrityProofVerifier) PackCheckProof(chainId *big.Int, registry common.Address, trustedConfig [32]byte, r IntegrityReportsReport, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := integrityProofVerifier.abi.Pack("checkProof", chainId, registry, trustedConfig, r, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5fea561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkProof(uint256 chainId, address registry, bytes32 trustedConfig, (bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r, bytes committee, bytes rule, bytes qc) view returns(uint256)
func (integrityProofVerifier *IntegrityProofVerifier) TryPackCheckProof(chainId *big.Int, registry common.Address, trustedConfig [32]byte, r IntegrityReportsReport, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return integrityProofVerifier.abi.Pack("checkProof", chainId, registry, trustedConfig, r, committee, rule, qc)
}

// UnpackCheckProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5fea561.
//
// Solidity: function checkProof(uint256 chainId, address registry, bytes32 trustedConfig, (bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r, bytes committee, bytes rule, bytes qc) view returns(uint256)
func (integrityProofVerifier *IntegrityProofVerifier) UnpackCheckProof(data []byte) (*big.Int, error) {
	out, err := integrityProofVerifier.abi.Unpack("checkProof", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReportHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e9bca76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportHash((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r) pure returns(bytes32)
func (integrityProofVerifier *IntegrityProofVerifier) PackReportHash(r IntegrityReportsReport) []byte {
	enc, err := integrityProofVerifier.abi.Pack("reportHash", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e9bca76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportHash((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r) pure returns(bytes32)
func (integrityProofVerifier *IntegrityProofVerifier) TryPackReportHash(r IntegrityReportsReport) ([]byte, error) {
	return integrityProofVerifier.abi.Pack("reportHash", r)
}

// UnpackReportHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e9bca76.
//
// Solidity: function reportHash((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r) pure returns(bytes32)
func (integrityProofVerifier *IntegrityProofVerifier) UnpackReportHash(data []byte) ([32]byte, error) {
	out, err := integrityProofVerifier.abi.Unpack("reportHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// IntegrityRegistryMetaData contains all meta data concerning the IntegrityRegistry contract.
var IntegrityRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registrar_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"governanceDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyRewarded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRegistrarSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"BadStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyQueued\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeLapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"DelayBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"FutureRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberNotEligible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"}],\"name\":\"MonitorExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFault\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAgent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"}],\"name\":\"NotExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"NotGovernable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"}],\"name\":\"NotMonitor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"QuorumRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundMeasured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"name\":\"ServiceExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetupPhase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"StaleRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"Timelocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"}],\"name\":\"UnknownManifest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"name\":\"UnknownService\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongConfig\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"}],\"name\":\"ChangeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"instance\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"imageDigest\",\"type\":\"bytes32\"}],\"name\":\"InstanceRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ManifestSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"}],\"name\":\"MonitorExiting\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"MonitorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reportA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reportB\",\"type\":\"bytes32\"}],\"name\":\"MonitorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"name\":\"RegistrarChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"}],\"name\":\"ReportCertified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"each\",\"type\":\"uint256\"}],\"name\":\"RewardsPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"rewardPerSigner\",\"type\":\"uint96\"}],\"name\":\"ServiceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"SetupEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromRound\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toRound\",\"type\":\"uint64\"}],\"name\":\"Unmeasured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"name\":\"Violation\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHANGE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MONITOR_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNBOND_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"endSetup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"executeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"}],\"name\":\"exitMonitor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"isHealthy\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"latest\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"manifestActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"name\":\"markUnmeasured\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"monitorDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"monitors\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"payRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"}],\"name\":\"queueChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"queued\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"instance\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"imageDigest\",\"type\":\"bytes32\"}],\"name\":\"recordInstance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"registrarSig\",\"type\":\"bytes\"}],\"name\":\"registerMonitor\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerSigner\",\"type\":\"uint96\"}],\"name\":\"registerService\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"reportHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"rewarded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"services\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerSigner\",\"type\":\"uint96\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"setAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setManifest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"r\",\"type\":\"address\"}],\"name\":\"setRegistrar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setupDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"certified\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"signed\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"slashContradiction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slashEquivocation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"claim\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"observed\",\"type\":\"bytes32\"}],\"internalType\":\"structIntegrityReports.Report\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"submitReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"name\":\"voteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"monitor\",\"type\":\"address\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IntegrityRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161474a38038061474a83398101604081905261002e91610178565b62093a806001600160401b03831610156100735760405163197dc7ab60e31b81526001600160401b038316600482015262093a80602482015260440160405180910390fd5b5f80546001600160a01b038681166001600160a01b03199283161790925560018054928616929091169190911790556001600160401b038216608090815260a0828152604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152469482019490945230818401528151808203909301835260c0019052805191012060c052506101ce92505050565b80516001600160a01b0381168114610173575f5ffd5b919050565b5f5f5f5f6080858703121561018b575f5ffd5b6101948561015d565b93506101a26020860161015d565b60408601519093506001600160401b03811681146101be575f5ffd5b6060959095015193969295505050565b60805160a05160c05161452f61021b5f395f81816126f60152612f9f01525f818161068f0152818161127b015281816112cf0152611d8501525f81816109850152611b65015261452f5ff3fe6080604052600436106102cc575f3560e01c80636e9bca761161017b5780639f917b73116100d1578063c23a5cea11610087578063e1f1176d11610062578063e1f1176d14610a23578063f851a44014610a38578063faab9d3914610a56575f5ffd5b8063c23a5cea146109c6578063ce8ae520146109e5578063d36f109a14610a04575f5ffd5b8063b62e63cc116100b7578063b62e63cc14610955578063bba3293914610974578063c1d2fadb146109a7575f5ffd5b80639f917b7314610923578063b214faa514610942575f5ffd5b806381a0a4aa1161013157806390b664c81161010c57806390b664c8146108cf5780639442b8f8146108ee57806398957d6014610904575f5ffd5b806381a0a4aa1461087157806387fb8bcf14610890578063900cf0cf146108af575f5ffd5b806370c1dfd41161016157806370c1dfd4146107875780637393f710146107a657806379feb107146107c5575f5ffd5b80636e9bca7614610749578063704b6c0214610768575f5ffd5b806329711f3d11610230578063468ae7de116101e65780635449b798116101c15780635449b7981461070357806362a000d7146107225780636e98b0ff14610735575f5ffd5b8063468ae7de146106c55780635188abbb1461031e57806352867a93146106e4575f5ffd5b806335cd19a31161021657806335cd19a314610650578063375b3c0a1461067e5780633ccfd60b146106b1575f5ffd5b806329711f3d146106065780632b20e39714610619575f5ffd5b80631c43bc4e11610285578063228250c91161026b578063228250c9146104c657806327e235e3146104fb57806328b58e1a14610526575f5ffd5b80631c43bc4e146104645780631d1615fa146104a5575f5ffd5b806307283fa5116102b557806307283fa51461034d5780630a0cd8c81461036c5780630a790eb71461039d575f5ffd5b806302054d97146102d057806304bc62651461031e575b5f5ffd5b3480156102db575f5ffd5b506103096102ea366004613b96565b600560209081525f928352604080842090915290825290205460ff1681565b60405190151581526020015b60405180910390f35b348015610329575f5ffd5b506103346212750081565b60405167ffffffffffffffff9091168152602001610315565b348015610358575f5ffd5b50610309610367366004613b96565b610a75565b348015610377575f5ffd5b506001546103099074010000000000000000000000000000000000000000900460ff1681565b3480156103a8575f5ffd5b506104176103b7366004613bb6565b60046020525f90815260409020805460018201546002909201546001600160a01b0380831693740100000000000000000000000000000000000000009384900463ffffffff1693918116929190046bffffffffffffffffffffffff169085565b604080516001600160a01b03968716815263ffffffff95909516602086015292909416918301919091526bffffffffffffffffffffffff166060820152608081019190915260a001610315565b34801561046f575f5ffd5b506104977fe220d42c07f95ba949889fc051cd1550aeda2f121710ce3bc4f607e658649c1d81565b604051908152602001610315565b3480156104b0575f5ffd5b506104c46104bf366004613bb6565b610b1f565b005b3480156104d1575f5ffd5b506103346104e0366004613bb6565b600a6020525f908152604090205467ffffffffffffffff1681565b348015610506575f5ffd5b50610497610515366004613be3565b60096020525f908152604090205481565b348015610531575f5ffd5b506105c3610540366004613be3565b60076020525f9081526040902080546001909101546001600160a01b0382169160ff740100000000000000000000000000000000000000008204811692750100000000000000000000000000000000000000000083049091169167ffffffffffffffff760100000000000000000000000000000000000000000000909104169085565b604080516001600160a01b03909616865260ff90941660208601529115159284019290925267ffffffffffffffff9091166060830152608082015260a001610315565b6104c4610614366004613bfc565b610d00565b348015610624575f5ffd5b50600154610638906001600160a01b031681565b6040516001600160a01b039091168152602001610315565b34801561065b575f5ffd5b5061030961066a366004613bb6565b60086020525f908152604090205460ff1681565b348015610689575f5ffd5b506104977f000000000000000000000000000000000000000000000000000000000000000081565b3480156106bc575f5ffd5b506104c4610f82565b3480156106d0575f5ffd5b506104976106df366004613c6b565b610fa3565b3480156106ef575f5ffd5b506104c46106fe366004613ca5565b61101f565b34801561070e575f5ffd5b506104c461071d366004613bb6565b61112a565b6104c4610730366004613d19565b61121d565b348015610740575f5ffd5b506104c46114ea565b348015610754575f5ffd5b50610497610763366004613d9a565b611596565b348015610773575f5ffd5b506104c4610782366004613be3565b6115a0565b348015610792575f5ffd5b506104c46107a1366004613be3565b611616565b3480156107b1575f5ffd5b506104c46107c0366004613dcc565b61175d565b3480156107d0575f5ffd5b5061083c6107df366004613bb6565b60066020525f908152604090205467ffffffffffffffff808216916801000000000000000081049091169060ff70010000000000000000000000000000000082048116917101000000000000000000000000000000000090041684565b6040805167ffffffffffffffff958616815294909316602085015260ff91821692840192909252166060820152608001610315565b34801561087c575f5ffd5b5061049761088b366004613e1c565b611962565b34801561089b575f5ffd5b506104c46108aa366004613e5b565b611c91565b3480156108ba575f5ffd5b506003546103349067ffffffffffffffff1681565b3480156108da575f5ffd5b506104c46108e9366004613ec7565b611f81565b3480156108f9575f5ffd5b5061033462093a8081565b34801561090f575f5ffd5b506104c461091e366004613f5e565b6120e9565b34801561092e575f5ffd5b506104c461093d366004613f88565b61215c565b6104c4610950366004613bb6565b61256a565b348015610960575f5ffd5b506104c461096f36600461403c565b612617565b34801561097f575f5ffd5b506103347f000000000000000000000000000000000000000000000000000000000000000081565b3480156109b2575f5ffd5b506104976109c1366004613bb6565b6126a0565b3480156109d1575f5ffd5b506104c46109e0366004613be3565b61272b565b3480156109f0575f5ffd5b506104c46109ff366004614076565b612831565b348015610a0f575f5ffd5b506104c4610a1e366004613f88565b61299a565b348015610a2e575f5ffd5b5061049760025481565b348015610a43575f5ffd5b505f54610638906001600160a01b031681565b348015610a61575f5ffd5b506104c4610a70366004613be3565b6129c9565b5f8281526006602090815260408083208151608081018352905467ffffffffffffffff8082168352680100000000000000008204169382019390935260ff700100000000000000000000000000000000840481169282018390527101000000000000000000000000000000000090930490921660608301526001148015610b15575082816020015167ffffffffffffffff16610b11919061419d565b4211155b9150505b92915050565b5f8181526004602052604081205474010000000000000000000000000000000000000000900463ffffffff1690819003610b8d576040517fcab75967000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5f610b9882426141dd565b5f84815260066020526040902080549192509067ffffffffffffffff80841691610bc49116600161419d565b10610c0a5780546040517fbe7690e800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610b84565b805484907f774c9b90cc5755c5de9c0a5bcfeb641ea89db30db28f325109a547801f37ad7390610c459067ffffffffffffffff1660016141f0565b610c50600186614210565b6040805167ffffffffffffffff93841681529290911660208301520160405180910390a2610c7f600183614210565b81547fffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffff4267ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009093169316929092171716700300000000000000000000000000000000179055505050565b5f848152600460205260409020546001600160a01b031615610d51576040517fd95f34a800000000000000000000000000000000000000000000000000000000815260048101859052602401610b84565b8163ffffffff165f03610d90576040517f7bdc76e200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040805160a0810182523380825263ffffffff80861660208085019182525f8587018181526bffffffffffffffffffffffff808a16606089019081523460808a019081528e8552600486528a852099518a549751909816740100000000000000000000000000000000000000009081027fffffffffffffffff0000000000000000000000000000000000000000000000009098166001600160a01b03998a1617979097178a559251905190911690940293909416929092176001808701919091559251600290950194909455600584528481208882529093529183902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016909217909155905185917fa15360e90c8809bac5123d2fa96598f9379e72dcde0ee9c5c41674d3582e655191610efb9190869086906001600160a01b0393909316835263ffffffff9190911660208301526bffffffffffffffffffffffff16604082015260600190565b60405180910390a260405160018152839085907f33d592162b60f95426d42c0d41e8b6fe81236ea584630a0591c9d3d56816a8f59060200160405180910390a33415610f7c57837fcd2fe07293de5928c5df9505b65a8d6506f8668dfe81af09090920687edc48a934604051610f7391815260200190565b60405180910390a25b50505050565b335f818152600960205260408120805491905590610fa09082612a43565b50565b604080517fe220d42c07f95ba949889fc051cd1550aeda2f121710ce3bc4f607e658649c1d602082015246918101919091523060608201526001600160a01b038416608082015260ff831660a082015260c081018290525f9060e0016040516020818303038152906040528051906020012090505b9392505050565b5f84815260046020526040902060018101546001600160a01b03161580611053575060018101546001600160a01b03163314155b1561108a576040517f0d9ab13f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f85815260056020908152604080832087845290915290205460ff166110e6576040517f4c2a92e40000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610b84565b6040805184815260208101849052859187917fa3ff77e24cb4274e323b264d8c5f1871aba886236dc1fd8bec9ecca4d870b8be910160405180910390a35050505050565b5f546001600160a01b0316331461116d576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f818152600a602052604081205467ffffffffffffffff1690036111c0576040517fe0a203fb00000000000000000000000000000000000000000000000000000000815260048101829052602401610b84565b5f818152600a602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690555182917fef2393afd41f32c607a123de95d703349edd33ea1d86af21535ea8040ec7d98491a250565b6001600160a01b038581165f908152600760205260409020541615611279576040517f61e661030000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610b84565b7f00000000000000000000000000000000000000000000000000000000000000003410156112fb576040517f829f11630000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610b84565b6001546001600160a01b031680158061133a5750806001600160a01b031661132e611327888888610fa3565b8585612acc565b6001600160a01b031614155b15611371576040517fc7cd56ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040518060a00160405280336001600160a01b031681526020018660ff1681526020015f151581526020015f67ffffffffffffffff1681526020013481525060075f886001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff021916908360ff1602179055506040820151815f0160156101000a81548160ff0219169083151502179055506060820151815f0160166101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060808201518160010155905050856001600160a01b03167f5847218f3d0527fe93ceb6c3796fbab9fada4cf1129b12708b504b9a639844ac338787346040516114da94939291906001600160a01b0394909416845260ff9290921660208401526040830152606082015260800190565b60405180910390a2505050505050565b5f546001600160a01b0316331461152d576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000001790556040517f4561e408b30894cd21d5f1fd3537df4eaeeb0d29d095b57e81b7813dba3b644f905f90a1565b5f610b1982612bde565b6115aa6001612c1c565b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c906020015b60405180910390a150565b6001600160a01b038082165f9081526007602052604090208054909116331461166b576040517f30cd747100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8054760100000000000000000000000000000000000000000000900467ffffffffffffffff165f036116f4576116a462127500426141f0565b815467ffffffffffffffff91909116760100000000000000000000000000000000000000000000027fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff9091161781555b805460405176010000000000000000000000000000000000000000000090910467ffffffffffffffff1681526001600160a01b038316907fca4f1584252134a4fb7437395c972cd37db5eb75ad5d8cfae01ca7040e409fad906020015b60405180910390a25050565b5f83838360405160200161177393929190614259565b60408051601f1981840301815291815281516020928301205f818152600a9093529082205490925067ffffffffffffffff1690036117e0576040517fe0a203fb00000000000000000000000000000000000000000000000000000000815260048101829052602401610b84565b8167ffffffffffffffff16421015611837576040517f8f42a6910000000000000000000000000000000000000000000000000000000081526004810182905267ffffffffffffffff83166024820152604401610b84565b61184e6212750067ffffffffffffffff841661419d565b42111561189a576040517fc354a4930000000000000000000000000000000000000000000000000000000081526004810182905267ffffffffffffffff83166024820152604401610b84565b5f818152600a602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016905551819030906118e09088908890614286565b5f604051808303815f865af19150503d805f8114611919576040519150601f19603f3d011682016040523d82523d5f602084013e61191e565b606091505b50915091508161193057805160208201fd5b60405183907facba7db33afd41cd69adcb9749e50b9fd484953f306d98d2d6e0a8ce0adb7d5c905f90a2505050505050565b5f80546001600160a01b031633146119a6576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015474010000000000000000000000000000000000000000900460ff166119fa576040517f8fb9d3cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6004831015611a0a575f611a20565b611a1760045f8587614295565b611a20916142bc565b90507fffffffff0000000000000000000000000000000000000000000000000000000081167f704b6c020000000000000000000000000000000000000000000000000000000014801590611ab657507fffffffff0000000000000000000000000000000000000000000000000000000081167ffaab9d390000000000000000000000000000000000000000000000000000000014155b8015611b0457507fffffffff0000000000000000000000000000000000000000000000000000000081167f87fb8bcf0000000000000000000000000000000000000000000000000000000014155b15611b5f576040517f9a8600cb0000000000000000000000000000000000000000000000000000000081527fffffffff0000000000000000000000000000000000000000000000000000000082166004820152602401610b84565b5f611b8a7f0000000000000000000000000000000000000000000000000000000000000000426141f0565b9050848482604051602001611ba193929190614259565b60408051601f1981840301815291815281516020928301205f818152600a90935291205490935067ffffffffffffffff1615611c0c576040517fcf52f8e400000000000000000000000000000000000000000000000000000000815260048101849052602401610b84565b5f838152600a60205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff84161790555183907ffe5edb181a8453d83aebee93b954955d0156e4e6d10b26a41af068dfc356ef1390611c8190849089908990614322565b60405180910390a2505092915050565b611c9b6001612c1c565b82601e811080611ce3575084845f818110611cb857611cb8614345565b909101357fff0000000000000000000000000000000000000000000000000000000000000016151590505b80611d035750601d611cf6600183614372565b611d009190614385565b15155b15611d3a576040517f64978ada00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015b81811015611e9d575f868287611d5482601461419d565b92611d6193929190614295565b611d6a91614398565b60601c5f8181526007602052604090206001810154919250907f00000000000000000000000000000000000000000000000000000000000000001180611dca575080547501000000000000000000000000000000000000000000900460ff165b80611df957508054760100000000000000000000000000000000000000000000900467ffffffffffffffff1615155b80611e4657508787611e0c85601461419d565b818110611e1b57611e1b614345565b835474010000000000000000000000000000000000000000900460ff1692013560f81c919091141590505b15611e88576040517ff686dc7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610b84565b50611e969050601d8261419d565b9050611d3d565b505f8585604051611eaf929190614286565b60405180910390208484604051611ec7929190614286565b604051908190038120611ee69291602001918252602082015260400190565b60408051601f19818403018152919052805160209091012060028190556003805491925067ffffffffffffffff909116905f611f21836143fd565b82546101009290920a67ffffffffffffffff818102199093169183160217909155600354604051911691507fec7ec53d515a63a72db1148cbe0cdb3123f35f42f20f846faec8a922835a0a9b906114da9089908990899089908890614429565b85358335141580611fc45750611f9d6060840160408501614462565b67ffffffffffffffff16611fb76060880160408901614462565b67ffffffffffffffff1614155b15611ffb576040517f343c0c1400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61200587612bde565b90505f61201185612bde565b905080820361204c576040517f343c0c1400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f612060612059846126a0565b8989612acc565b90506001600160a01b038116158061209c575061208661207f836126a0565b8686612acc565b6001600160a01b0316816001600160a01b031614155b156120d3576040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6120de818484612cec565b505050505050505050565b806120f383612e25565b60010180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03928316179055604051908216815282907f86476fc333e7a00a83bebd584f9c19f19959f563ae1f7fdc9c8de93bd4acc6bb90602001611751565b86355f908152600460205260408120805490917401000000000000000000000000000000000000000090910463ffffffff1690036121c9576040517fcab7596700000000000000000000000000000000000000000000000000000000815288356004820152602401610b84565b87355f90815260066020526040908190205467ffffffffffffffff16906121f69060608b01908b01614462565b67ffffffffffffffff16111561226d576122166060890160408a01614462565b88355f90815260066020526040908190205490517f5134220d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610b84565b5f883561228060608b0160408c01614462565b6040516020016122a492919091825267ffffffffffffffff16602082015260400190565b60408051601f1981840301815291815281516020928301205f818152600890935291205490915060ff161561232a5788356122e560608b0160408c01614462565b6040517fa2cdf033000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff166024820152604401610b84565b6123418888888861233a8e612bde565b8989612ebe565b5f81815260086020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001908117909155838101546bffffffffffffffffffffffff74010000000000000000000000000000000000000000909104169190601d906123b4908b614372565b6123bf90601c61419d565b6123c991906141dd565b905060086123d882600761419d565b6123e291906141dd565b90505f6123f082600861447b565b6123fc90610100614372565b612408835f898b614295565b61241191614492565b901c90505f805b82156124fa5760018316156124e157848760020154106124fa5784876002015f8282546124459190614372565b909155505f90508d8d61245984601d61447b565b61246490600161419d565b9061247085601d61447b565b61247b90601561419d565b9261248893929190614295565b61249191614398565b60601c5f818152600760209081526040808320546001600160a01b0316835260099091528120805492935088929091906124cc90849061419d565b909155508390506124dc816144af565b935050505b806124eb816144af565b9150600184901c935050612418565b5061250b60608e0160408f01614462565b67ffffffffffffffff168d5f01357f4b011082e5e901c4429d7c939cd25c6cc9b5a58147e45d6aaf1e18becbc31a368387604051612553929190918252602082015260400190565b60405180910390a350505050505050505050505050565b5f818152600460205260409020546001600160a01b03166125ba576040517fcab7596700000000000000000000000000000000000000000000000000000000815260048101829052602401610b84565b5f81815260046020526040812060020180543492906125da90849061419d565b909155505060405134815281907fcd2fe07293de5928c5df9505b65a8d6506f8668dfe81af09090920687edc48a99060200160405180910390a250565b61262083612e25565b505f83815260056020908152604080832085845282529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00168415159081179091559151918252839185917f33d592162b60f95426d42c0d41e8b6fe81236ea584630a0591c9d3d56816a8f5910160405180910390a3505050565b7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f9081526020829052604080822090517f190100000000000000000000000000000000000000000000000000000000000081527f00000000000000000000000000000000000000000000000000000000000000006002820152602281019190915260429020610b19565b6001600160a01b038082165f90815260076020526040902080549091163314612780576040517f30cd747100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8054760100000000000000000000000000000000000000000000900467ffffffffffffffff1615806127d657508054760100000000000000000000000000000000000000000000900467ffffffffffffffff1642105b15612818576040517f5f0fd8c00000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610b84565b6001810180545f90915561282c3382612a43565b505050565b89358335141580612874575061284d6060840160408501614462565b67ffffffffffffffff1661286760608c0160408d01614462565b67ffffffffffffffff1614155b80612887575082602001358a6020013514155b8061289a57508260a001358a60a0013514155b156128d1576040517f343c0c1400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6128db8b612bde565b90505f6128e785612bde565b9050808203612922576040517f343c0c1400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6129318b8b8b8b868c8c612ebe565b5f61293e61207f836126a0565b90506001600160a01b038116612980576040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61298b818484612cec565b50505050505050505050505050565b5f6129a488613079565b90506129b587878787858888612ebe565b6129bf8882613324565b5050505050505050565b6129dd6001600160a01b0382161515612c1c565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f6e4c52923c1e70447ecc72995ce26bf2400d9c26b1a7c21ab433e7caff8d40a29060200161160b565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612a8c576040519150601f19603f3d011682016040523d82523d5f602084013e612a91565b606091505b505090508061282c576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60418214612adc57505f611018565b5f612aea6020828587614295565b612af391614492565b90505f612b04604060208688614295565b612b0d91614492565b90505f85856040818110612b2357612b23614345565b919091013560f81c915050601b811015612b4557612b42601b826144c7565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115612b78575f9350505050611018565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612bc8573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b6040517f81d32f691c0a914f272e416bd9fd768e864dafc09c049c3ae6905bece9dd6c0a8082525f9161010084602083013761012090209392505050565b303303612c265750565b5f546001600160a01b03163314612c69576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b808015612c90575060015474010000000000000000000000000000000000000000900460ff165b15610fa0576040517fccdba7530000000000000000000000000000000000000000000000000000000081527fffffffff000000000000000000000000000000000000000000000000000000005f35166004820152602401610b84565b6001600160a01b038084165f9081526007602052604090206001810154815491929091161580612d1a575080155b15612d5c576040517f022cdd0e0000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610b84565b5f6001830181905582547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff167501000000000000000000000000000000000000000000178355612dad6002836141dd565b335f90815260096020526040812080549293508392909190612dd090849061419d565b90915550506040805133815260208101849052908101869052606081018590526001600160a01b038716907fee6c997843e411df50df2b7a127e810a632fe4c002a28eeecdf5329812a41ca9906080016114da565b5f81815260046020526040902080546001600160a01b0316612e76576040517fcab7596700000000000000000000000000000000000000000000000000000000815260048101839052602401610b84565b80546001600160a01b03163314612eb9576040517f30cd747100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b919050565b60025480612ef8576040517f9210c8d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8888604051612f09929190614286565b6040518091039020905081818888604051612f25929190614286565b604051908190038120612f449291602001918252602082015260400190565b6040516020818303038152906040528051906020012014612f91576040517f68af8cc000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f613030828b8b8b8b6130297f00000000000000000000000000000000000000000000000000000000000000008d7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f90815260209190915260409081902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b8b8b613578565b9050801561306d576040517fd7a4b9da00000000000000000000000000000000000000000000000000000000815260048101829052602401610b84565b50505050505050505050565b80355f9081526004602052604081205474010000000000000000000000000000000000000000900463ffffffff168082036130e3576040517fcab7596700000000000000000000000000000000000000000000000000000000815283356004820152602401610b84565b5f6130ee82426141dd565b905067ffffffffffffffff811661310b6060860160408701614462565b67ffffffffffffffff1611156131725761312b6060850160408601614462565b6040517f5134220d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff91821660048201529082166024820152604401610b84565b83355f90815260066020526040908190208054909167ffffffffffffffff909116906131a49060608801908801614462565b67ffffffffffffffff16111580156131d357508054700100000000000000000000000000000000900460ff1615155b15613230576131e86060860160408701614462565b81546040517f9266e1a000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610b84565b61324060808601606087016144e0565b60ff1615806132615750600361325c60808701606088016144e0565b60ff16115b156132ae5761327660808601606087016144e0565b6040517f831e70da00000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610b84565b84355f90815260056020908152604080832082890135845290915290205460ff16613312576040517f4c2a92e40000000000000000000000000000000000000000000000000000000081528535600482015260208601356024820152604401610b84565b61331b85612bde565b95945050505050565b60405180608001604052808360400160208101906133429190614462565b67ffffffffffffffff90811682524216602082015260400161336a60808501606086016144e0565b60ff16815260200161338260a08501608086016144e0565b60ff90811690915283355f90815260066020908152604091829020845181549286015186850151606097880151871671010000000000000000000000000000000000027fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff9190971670010000000000000000000000000000000002167fffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffff67ffffffffffffffff92831668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616929093169190911793909317169190911792909217909155613480918401908401614462565b67ffffffffffffffff1682357f1933270f4567cd40c081a6d90f98d3ace553b46246bba299ffe6b9679861cf62836134be60808701606088016144e0565b6040805192835260ff909116602083015260a08701359082015260600160405180910390a360026134f560808401606085016144e0565b60ff16036135745761350d6060830160408401614462565b67ffffffffffffffff1682357f2e2f829f3e2f87daea9fb6872b725ecd4ba277bbaaed03c6dd5b168120b4e64d61354a60a08601608087016144e0565b6040805160ff909216825260c0870135602083015260e08701359082015260600160405180910390a35b5050565b5f5f6135888a8a8a8a8a5f6135d1565b9050601d81101561359a5790506135c5565b5f5f5f6135ab888d8d878b8b613673565b9250925092506135be838b8b85856136c7565b9450505050505b98975050505050505050565b5f846040518188823760019250888282200361364657600292505f8835811a8015613603576001811461361257613617565b8561360d57601d91505b613617565b605d91505b50821515811615613644576001830381810481838202146101018210821515161615613641578295505b50505b505b5050601d8110158015613660575061365e8484613705565b155b15613669575060035b9695505050505050565b5f808080808061368688888c8c856137e8565b925092509250806136a35760045f5f9550955095505050506136bb565b6136b18c8c8c8c8787613927565b9550955095505050505b96509650969350505050565b5f60028614806136d75750600486145b156136e357508461331b565b6136ef85858585613a62565b6136fb5750600561331b565b5093949350505050565b5f82828101831515600583355f1a0361373357506002828101923560011a90851060088211171561373357505f5b80151593505b80156137df5782355f815f1a6001811461376a5760028114613780576003811461379257600481146137aa576137bb565b8260081b60f01c1561377b57600391505b6137bb565b8260011a1561377b57600291506137bb565b606460018460011a03101561377b57600291506137bb565b8260081b60c01c156137bb57600991505b5093840193801584861117156137d5575f955050506137df565b50505f1901613739565b50141692915050565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c081018661390b577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b81811015613a5257803560181c8060481c60ff8260401c166005600182031182871015171561396e5760029950505050613a52565b81955060018160041b1b9050808801975060018c1615613a415767ffffffffffffffff831660801b60018201018901985089613a3a5760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e01351115168015613a32578160208a015260408d60408b013760205f60808b60015afa845f511460203d14821616613a2c5760069c505b50613a37565b60069b505b50505b60418b019a505b50505060019890981c978901613939565b5050505096509650969350505050565b5f846001600582355f1a03613a7c575060028101903560011a5b600192505b8015613b8c578135805f1a60018114613abe5760028114613ad95760038114613b3e578160081b60c01c8760801c10159450600984019350613b7c565b8160081b60f01c61ffff881610159450600384019350613b7c565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a811015955050600284019350613b7c565b8160011a60105b6070811015613b735761ffff88821c168202606461ffff8b841c16021015613b6b575f96505b601001613b45565b50506002840193505b50508215613b8c575f1901613a81565b5050949350505050565b5f5f60408385031215613ba7575f5ffd5b50508035926020909101359150565b5f60208284031215613bc6575f5ffd5b5035919050565b80356001600160a01b0381168114612eb9575f5ffd5b5f60208284031215613bf3575f5ffd5b61101882613bcd565b5f5f5f5f60808587031215613c0f575f5ffd5b8435935060208501359250604085013563ffffffff81168114613c30575f5ffd5b915060608501356bffffffffffffffffffffffff81168114613c50575f5ffd5b939692955090935050565b803560ff81168114612eb9575f5ffd5b5f5f5f60608486031215613c7d575f5ffd5b613c8684613bcd565b9250613c9460208501613c5b565b929592945050506040919091013590565b5f5f5f5f60808587031215613cb8575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f5f83601f840112613ce4575f5ffd5b50813567ffffffffffffffff811115613cfb575f5ffd5b602083019150836020828501011115613d12575f5ffd5b9250929050565b5f5f5f5f5f60808688031215613d2d575f5ffd5b613d3686613bcd565b9450613d4460208701613c5b565b935060408601359250606086013567ffffffffffffffff811115613d66575f5ffd5b613d7288828901613cd4565b969995985093965092949392505050565b5f6101008284031215613d94575f5ffd5b50919050565b5f6101008284031215613dab575f5ffd5b6110188383613d83565b803567ffffffffffffffff81168114612eb9575f5ffd5b5f5f5f60408486031215613dde575f5ffd5b833567ffffffffffffffff811115613df4575f5ffd5b613e0086828701613cd4565b9094509250613e13905060208501613db5565b90509250925092565b5f5f60208385031215613e2d575f5ffd5b823567ffffffffffffffff811115613e43575f5ffd5b613e4f85828601613cd4565b90969095509350505050565b5f5f5f5f60408587031215613e6e575f5ffd5b843567ffffffffffffffff811115613e84575f5ffd5b613e9087828801613cd4565b909550935050602085013567ffffffffffffffff811115613eaf575f5ffd5b613ebb87828801613cd4565b95989497509550505050565b5f5f5f5f5f5f6102408789031215613edd575f5ffd5b613ee78888613d83565b955061010087013567ffffffffffffffff811115613f03575f5ffd5b613f0f89828a01613cd4565b9096509450613f249050886101208901613d83565b925061022087013567ffffffffffffffff811115613f40575f5ffd5b613f4c89828a01613cd4565b979a9699509497509295939492505050565b5f5f60408385031215613f6f575f5ffd5b82359150613f7f60208401613bcd565b90509250929050565b5f5f5f5f5f5f5f610160888a031215613f9f575f5ffd5b613fa98989613d83565b965061010088013567ffffffffffffffff811115613fc5575f5ffd5b613fd18a828b01613cd4565b90975095505061012088013567ffffffffffffffff811115613ff1575f5ffd5b613ffd8a828b01613cd4565b90955093505061014088013567ffffffffffffffff81111561401d575f5ffd5b6140298a828b01613cd4565b989b979a50959850939692959293505050565b5f5f5f6060848603121561404e575f5ffd5b83359250602084013591506040840135801515811461406b575f5ffd5b809150509250925092565b5f5f5f5f5f5f5f5f5f5f6102808b8d031215614090575f5ffd5b61409a8c8c613d83565b99506101008b013567ffffffffffffffff8111156140b6575f5ffd5b6140c28d828e01613cd4565b909a509850506101208b013567ffffffffffffffff8111156140e2575f5ffd5b6140ee8d828e01613cd4565b9098509650506101408b013567ffffffffffffffff81111561410e575f5ffd5b61411a8d828e01613cd4565b909650945061412f90508c6101608d01613d83565b92506102608b013567ffffffffffffffff81111561414b575f5ffd5b6141578d828e01613cd4565b915080935050809150509295989b9194979a5092959850565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610b1957610b19614170565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826141eb576141eb6141b0565b500490565b67ffffffffffffffff8181168382160190811115610b1957610b19614170565b67ffffffffffffffff8281168282160390811115610b1957610b19614170565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b604081525f61426c604083018587614230565b905067ffffffffffffffff83166020830152949350505050565b818382375f9101908152919050565b5f5f858511156142a3575f5ffd5b838611156142af575f5ffd5b5050820193919092039150565b80357fffffffff00000000000000000000000000000000000000000000000000000000811690600484101561431b577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505b5092915050565b67ffffffffffffffff84168152604060208201525f61331b604083018486614230565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81810381811115610b1957610b19614170565b5f82614393576143936141b0565b500690565b80357fffffffffffffffffffffffffffffffffffffffff000000000000000000000000811690601484101561431b577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b5f67ffffffffffffffff821667ffffffffffffffff810361442057614420614170565b60010192915050565b606081525f61443c606083018789614230565b828103602084015261444f818688614230565b9150508260408301529695505050505050565b5f60208284031215614472575f5ffd5b61101882613db5565b8082028115828204841417610b1957610b19614170565b80356020831015610b19575f19602084900360031b1b1692915050565b5f5f1982036144c0576144c0614170565b5060010190565b60ff8181168382160190811115610b1957610b19614170565b5f602082840312156144f0575f5ffd5b61101882613c5b56fea264697066735822122087a62470b1dff22472f4bcbfa8d060fb5ed65e27638e1c338d87b15f24246d4264736f6c634300081e0033",
}

// IntegrityRegistry is an auto generated Go binding around an Ethereum contract.
type IntegrityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IntegrityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIntegrityRegistry creates a new instance of IntegrityRegistry.
func NewIntegrityRegistry() *IntegrityRegistry {
	parsed, err := IntegrityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IntegrityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IntegrityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin_, address registrar_, uint64 governanceDelay_, uint256 minStake_) returns()
func (integrityRegistry *IntegrityRegistry) PackConstructor(admin_ common.Address, registrar_ common.Address, governanceDelay_ uint64, minStake_ *big.Int) []byte {
	enc, err := integrityRegistry.abi.Pack("", admin_, registrar_, governanceDelay_, minStake_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCHANGEGRACEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bc6265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHANGE_GRACE_PERIOD() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) PackCHANGEGRACEPERIOD() []byte {
	enc, err := integrityRegistry.abi.Pack("CHANGE_GRACE_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHANGEGRACEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bc6265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHANGE_GRACE_PERIOD() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) TryPackCHANGEGRACEPERIOD() ([]byte, error) {
	return integrityRegistry.abi.Pack("CHANGE_GRACE_PERIOD")
}

// UnpackCHANGEGRACEPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04bc6265.
//
// Solidity: function CHANGE_GRACE_PERIOD() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) UnpackCHANGEGRACEPERIOD(data []byte) (uint64, error) {
	out, err := integrityRegistry.abi.Unpack("CHANGE_GRACE_PERIOD", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9442b8f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) PackMINGOVERNANCEDELAY() []byte {
	enc, err := integrityRegistry.abi.Pack("MIN_GOVERNANCE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9442b8f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) TryPackMINGOVERNANCEDELAY() ([]byte, error) {
	return integrityRegistry.abi.Pack("MIN_GOVERNANCE_DELAY")
}

// UnpackMINGOVERNANCEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9442b8f8.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) UnpackMINGOVERNANCEDELAY(data []byte) (uint64, error) {
	out, err := integrityRegistry.abi.Unpack("MIN_GOVERNANCE_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMONITORTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c43bc4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MONITOR_TYPEHASH() view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) PackMONITORTYPEHASH() []byte {
	enc, err := integrityRegistry.abi.Pack("MONITOR_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMONITORTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c43bc4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MONITOR_TYPEHASH() view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) TryPackMONITORTYPEHASH() ([]byte, error) {
	return integrityRegistry.abi.Pack("MONITOR_TYPEHASH")
}

// UnpackMONITORTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c43bc4e.
//
// Solidity: function MONITOR_TYPEHASH() view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) UnpackMONITORTYPEHASH(data []byte) ([32]byte, error) {
	out, err := integrityRegistry.abi.Unpack("MONITOR_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUNBONDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5188abbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNBOND_DELAY() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) PackUNBONDDELAY() []byte {
	enc, err := integrityRegistry.abi.Pack("UNBOND_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNBONDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5188abbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNBOND_DELAY() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) TryPackUNBONDDELAY() ([]byte, error) {
	return integrityRegistry.abi.Pack("UNBOND_DELAY")
}

// UnpackUNBONDDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5188abbb.
//
// Solidity: function UNBOND_DELAY() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) UnpackUNBONDDELAY(data []byte) (uint64, error) {
	out, err := integrityRegistry.abi.Unpack("UNBOND_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (integrityRegistry *IntegrityRegistry) PackAdmin() []byte {
	enc, err := integrityRegistry.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (integrityRegistry *IntegrityRegistry) TryPackAdmin() ([]byte, error) {
	return integrityRegistry.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (integrityRegistry *IntegrityRegistry) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := integrityRegistry.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address ) view returns(uint256)
func (integrityRegistry *IntegrityRegistry) PackBalances(arg0 common.Address) []byte {
	enc, err := integrityRegistry.abi.Pack("balances", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balances(address ) view returns(uint256)
func (integrityRegistry *IntegrityRegistry) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return integrityRegistry.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (integrityRegistry *IntegrityRegistry) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := integrityRegistry.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5449b798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelChange(bytes32 id) returns()
func (integrityRegistry *IntegrityRegistry) PackCancelChange(id [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("cancelChange", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5449b798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelChange(bytes32 id) returns()
func (integrityRegistry *IntegrityRegistry) TryPackCancelChange(id [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("cancelChange", id)
}

// PackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHash() view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) PackConfigHash() []byte {
	enc, err := integrityRegistry.abi.Pack("configHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configHash() view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) TryPackConfigHash() ([]byte, error) {
	return integrityRegistry.abi.Pack("configHash")
}

// UnpackConfigHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) UnpackConfigHash(data []byte) ([32]byte, error) {
	out, err := integrityRegistry.abi.Unpack("configHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb214faa5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(bytes32 service) payable returns()
func (integrityRegistry *IntegrityRegistry) PackDeposit(service [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("deposit", service)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb214faa5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(bytes32 service) payable returns()
func (integrityRegistry *IntegrityRegistry) TryPackDeposit(service [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("deposit", service)
}

// PackEndSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e98b0ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endSetup() returns()
func (integrityRegistry *IntegrityRegistry) PackEndSetup() []byte {
	enc, err := integrityRegistry.abi.Pack("endSetup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e98b0ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endSetup() returns()
func (integrityRegistry *IntegrityRegistry) TryPackEndSetup() ([]byte, error) {
	return integrityRegistry.abi.Pack("endSetup")
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) PackEpoch() []byte {
	enc, err := integrityRegistry.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) TryPackEpoch() ([]byte, error) {
	return integrityRegistry.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) UnpackEpoch(data []byte) (uint64, error) {
	out, err := integrityRegistry.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExecuteChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7393f710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeChange(bytes call, uint64 eta) returns()
func (integrityRegistry *IntegrityRegistry) PackExecuteChange(call []byte, eta uint64) []byte {
	enc, err := integrityRegistry.abi.Pack("executeChange", call, eta)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7393f710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeChange(bytes call, uint64 eta) returns()
func (integrityRegistry *IntegrityRegistry) TryPackExecuteChange(call []byte, eta uint64) ([]byte, error) {
	return integrityRegistry.abi.Pack("executeChange", call, eta)
}

// PackExitMonitor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c1dfd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitMonitor(address monitor) returns()
func (integrityRegistry *IntegrityRegistry) PackExitMonitor(monitor common.Address) []byte {
	enc, err := integrityRegistry.abi.Pack("exitMonitor", monitor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitMonitor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70c1dfd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitMonitor(address monitor) returns()
func (integrityRegistry *IntegrityRegistry) TryPackExitMonitor(monitor common.Address) ([]byte, error) {
	return integrityRegistry.abi.Pack("exitMonitor", monitor)
}

// PackGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba32939.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governanceDelay() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) PackGovernanceDelay() []byte {
	enc, err := integrityRegistry.abi.Pack("governanceDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba32939.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governanceDelay() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) TryPackGovernanceDelay() ([]byte, error) {
	return integrityRegistry.abi.Pack("governanceDelay")
}

// UnpackGovernanceDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbba32939.
//
// Solidity: function governanceDelay() view returns(uint64)
func (integrityRegistry *IntegrityRegistry) UnpackGovernanceDelay(data []byte) (uint64, error) {
	out, err := integrityRegistry.abi.Unpack("governanceDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIsHealthy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07283fa5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isHealthy(bytes32 service, uint256 maxAge) view returns(bool)
func (integrityRegistry *IntegrityRegistry) PackIsHealthy(service [32]byte, maxAge *big.Int) []byte {
	enc, err := integrityRegistry.abi.Pack("isHealthy", service, maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsHealthy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07283fa5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isHealthy(bytes32 service, uint256 maxAge) view returns(bool)
func (integrityRegistry *IntegrityRegistry) TryPackIsHealthy(service [32]byte, maxAge *big.Int) ([]byte, error) {
	return integrityRegistry.abi.Pack("isHealthy", service, maxAge)
}

// UnpackIsHealthy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07283fa5.
//
// Solidity: function isHealthy(bytes32 service, uint256 maxAge) view returns(bool)
func (integrityRegistry *IntegrityRegistry) UnpackIsHealthy(data []byte) (bool, error) {
	out, err := integrityRegistry.abi.Unpack("isHealthy", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79feb107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest(bytes32 ) view returns(uint64 round, uint64 at, uint8 status, uint8 claim)
func (integrityRegistry *IntegrityRegistry) PackLatest(arg0 [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("latest", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79feb107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest(bytes32 ) view returns(uint64 round, uint64 at, uint8 status, uint8 claim)
func (integrityRegistry *IntegrityRegistry) TryPackLatest(arg0 [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("latest", arg0)
}

// LatestOutput serves as a container for the return parameters of contract
// method Latest.
type LatestOutput struct {
	Round  uint64
	At     uint64
	Status uint8
	Claim  uint8
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79feb107.
//
// Solidity: function latest(bytes32 ) view returns(uint64 round, uint64 at, uint8 status, uint8 claim)
func (integrityRegistry *IntegrityRegistry) UnpackLatest(data []byte) (LatestOutput, error) {
	out, err := integrityRegistry.abi.Unpack("latest", data)
	outstruct := new(LatestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Round = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.At = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Claim = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackManifestActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02054d97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manifestActive(bytes32 , bytes32 ) view returns(bool)
func (integrityRegistry *IntegrityRegistry) PackManifestActive(arg0 [32]byte, arg1 [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("manifestActive", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManifestActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02054d97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manifestActive(bytes32 , bytes32 ) view returns(bool)
func (integrityRegistry *IntegrityRegistry) TryPackManifestActive(arg0 [32]byte, arg1 [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("manifestActive", arg0, arg1)
}

// UnpackManifestActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02054d97.
//
// Solidity: function manifestActive(bytes32 , bytes32 ) view returns(bool)
func (integrityRegistry *IntegrityRegistry) UnpackManifestActive(data []byte) (bool, error) {
	out, err := integrityRegistry.abi.Unpack("manifestActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMarkUnmeasured is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d1615fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markUnmeasured(bytes32 service) returns()
func (integrityRegistry *IntegrityRegistry) PackMarkUnmeasured(service [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("markUnmeasured", service)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkUnmeasured is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d1615fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markUnmeasured(bytes32 service) returns()
func (integrityRegistry *IntegrityRegistry) TryPackMarkUnmeasured(service [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("markUnmeasured", service)
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (integrityRegistry *IntegrityRegistry) PackMinStake() []byte {
	enc, err := integrityRegistry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (integrityRegistry *IntegrityRegistry) TryPackMinStake() ([]byte, error) {
	return integrityRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (integrityRegistry *IntegrityRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := integrityRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMonitorDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468ae7de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function monitorDigest(address monitor, uint8 kind, bytes32 measurement) view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) PackMonitorDigest(monitor common.Address, kind uint8, measurement [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("monitorDigest", monitor, kind, measurement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMonitorDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468ae7de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function monitorDigest(address monitor, uint8 kind, bytes32 measurement) view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) TryPackMonitorDigest(monitor common.Address, kind uint8, measurement [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("monitorDigest", monitor, kind, measurement)
}

// UnpackMonitorDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x468ae7de.
//
// Solidity: function monitorDigest(address monitor, uint8 kind, bytes32 measurement) view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) UnpackMonitorDigest(data []byte) ([32]byte, error) {
	out, err := integrityRegistry.abi.Unpack("monitorDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMonitors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28b58e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function monitors(address ) view returns(address owner, uint8 kind, bool slashed, uint64 exitAt, uint256 stake)
func (integrityRegistry *IntegrityRegistry) PackMonitors(arg0 common.Address) []byte {
	enc, err := integrityRegistry.abi.Pack("monitors", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMonitors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28b58e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function monitors(address ) view returns(address owner, uint8 kind, bool slashed, uint64 exitAt, uint256 stake)
func (integrityRegistry *IntegrityRegistry) TryPackMonitors(arg0 common.Address) ([]byte, error) {
	return integrityRegistry.abi.Pack("monitors", arg0)
}

// MonitorsOutput serves as a container for the return parameters of contract
// method Monitors.
type MonitorsOutput struct {
	Owner   common.Address
	Kind    uint8
	Slashed bool
	ExitAt  uint64
	Stake   *big.Int
}

// UnpackMonitors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28b58e1a.
//
// Solidity: function monitors(address ) view returns(address owner, uint8 kind, bool slashed, uint64 exitAt, uint256 stake)
func (integrityRegistry *IntegrityRegistry) UnpackMonitors(data []byte) (MonitorsOutput, error) {
	out, err := integrityRegistry.abi.Unpack("monitors", data)
	outstruct := new(MonitorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Kind = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Slashed = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.ExitAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Stake = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPayRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f917b73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payRewards((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r, bytes committee, bytes rule, bytes qc) returns()
func (integrityRegistry *IntegrityRegistry) PackPayRewards(r IntegrityReportsReport, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := integrityRegistry.abi.Pack("payRewards", r, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f917b73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payRewards((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r, bytes committee, bytes rule, bytes qc) returns()
func (integrityRegistry *IntegrityRegistry) TryPackPayRewards(r IntegrityReportsReport, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("payRewards", r, committee, rule, qc)
}

// PackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a0a4aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueChange(bytes call) returns(bytes32 id)
func (integrityRegistry *IntegrityRegistry) PackQueueChange(call []byte) []byte {
	enc, err := integrityRegistry.abi.Pack("queueChange", call)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a0a4aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueChange(bytes call) returns(bytes32 id)
func (integrityRegistry *IntegrityRegistry) TryPackQueueChange(call []byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("queueChange", call)
}

// UnpackQueueChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81a0a4aa.
//
// Solidity: function queueChange(bytes call) returns(bytes32 id)
func (integrityRegistry *IntegrityRegistry) UnpackQueueChange(data []byte) ([32]byte, error) {
	out, err := integrityRegistry.abi.Unpack("queueChange", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x228250c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queued(bytes32 ) view returns(uint64)
func (integrityRegistry *IntegrityRegistry) PackQueued(arg0 [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("queued", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x228250c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queued(bytes32 ) view returns(uint64)
func (integrityRegistry *IntegrityRegistry) TryPackQueued(arg0 [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("queued", arg0)
}

// UnpackQueued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x228250c9.
//
// Solidity: function queued(bytes32 ) view returns(uint64)
func (integrityRegistry *IntegrityRegistry) UnpackQueued(data []byte) (uint64, error) {
	out, err := integrityRegistry.abi.Unpack("queued", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRecordInstance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52867a93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordInstance(bytes32 service, bytes32 manifest, bytes32 instance, bytes32 imageDigest) returns()
func (integrityRegistry *IntegrityRegistry) PackRecordInstance(service [32]byte, manifest [32]byte, instance [32]byte, imageDigest [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("recordInstance", service, manifest, instance, imageDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordInstance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52867a93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordInstance(bytes32 service, bytes32 manifest, bytes32 instance, bytes32 imageDigest) returns()
func (integrityRegistry *IntegrityRegistry) TryPackRecordInstance(service [32]byte, manifest [32]byte, instance [32]byte, imageDigest [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("recordInstance", service, manifest, instance, imageDigest)
}

// PackRegisterMonitor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62a000d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerMonitor(address monitor, uint8 kind, bytes32 measurement, bytes registrarSig) payable returns()
func (integrityRegistry *IntegrityRegistry) PackRegisterMonitor(monitor common.Address, kind uint8, measurement [32]byte, registrarSig []byte) []byte {
	enc, err := integrityRegistry.abi.Pack("registerMonitor", monitor, kind, measurement, registrarSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterMonitor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62a000d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerMonitor(address monitor, uint8 kind, bytes32 measurement, bytes registrarSig) payable returns()
func (integrityRegistry *IntegrityRegistry) TryPackRegisterMonitor(monitor common.Address, kind uint8, measurement [32]byte, registrarSig []byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("registerMonitor", monitor, kind, measurement, registrarSig)
}

// PackRegisterService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29711f3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerService(bytes32 service, bytes32 manifest, uint32 period, uint96 rewardPerSigner) payable returns()
func (integrityRegistry *IntegrityRegistry) PackRegisterService(service [32]byte, manifest [32]byte, period uint32, rewardPerSigner *big.Int) []byte {
	enc, err := integrityRegistry.abi.Pack("registerService", service, manifest, period, rewardPerSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29711f3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerService(bytes32 service, bytes32 manifest, uint32 period, uint96 rewardPerSigner) payable returns()
func (integrityRegistry *IntegrityRegistry) TryPackRegisterService(service [32]byte, manifest [32]byte, period uint32, rewardPerSigner *big.Int) ([]byte, error) {
	return integrityRegistry.abi.Pack("registerService", service, manifest, period, rewardPerSigner)
}

// PackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrar() view returns(address)
func (integrityRegistry *IntegrityRegistry) PackRegistrar() []byte {
	enc, err := integrityRegistry.abi.Pack("registrar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrar() view returns(address)
func (integrityRegistry *IntegrityRegistry) TryPackRegistrar() ([]byte, error) {
	return integrityRegistry.abi.Pack("registrar")
}

// UnpackRegistrar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (integrityRegistry *IntegrityRegistry) UnpackRegistrar(data []byte) (common.Address, error) {
	out, err := integrityRegistry.abi.Unpack("registrar", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReportHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e9bca76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportHash((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r) pure returns(bytes32)
func (integrityRegistry *IntegrityRegistry) PackReportHash(r IntegrityReportsReport) []byte {
	enc, err := integrityRegistry.abi.Pack("reportHash", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e9bca76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportHash((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r) pure returns(bytes32)
func (integrityRegistry *IntegrityRegistry) TryPackReportHash(r IntegrityReportsReport) ([]byte, error) {
	return integrityRegistry.abi.Pack("reportHash", r)
}

// UnpackReportHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e9bca76.
//
// Solidity: function reportHash((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r) pure returns(bytes32)
func (integrityRegistry *IntegrityRegistry) UnpackReportHash(data []byte) ([32]byte, error) {
	out, err := integrityRegistry.abi.Unpack("reportHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRewarded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35cd19a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewarded(bytes32 ) view returns(bool)
func (integrityRegistry *IntegrityRegistry) PackRewarded(arg0 [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("rewarded", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewarded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35cd19a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewarded(bytes32 ) view returns(bool)
func (integrityRegistry *IntegrityRegistry) TryPackRewarded(arg0 [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("rewarded", arg0)
}

// UnpackRewarded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35cd19a3.
//
// Solidity: function rewarded(bytes32 ) view returns(bool)
func (integrityRegistry *IntegrityRegistry) UnpackRewarded(data []byte) (bool, error) {
	out, err := integrityRegistry.abi.Unpack("rewarded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackServices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a790eb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function services(bytes32 ) view returns(address owner, uint32 period, address agent, uint96 rewardPerSigner, uint256 deposit)
func (integrityRegistry *IntegrityRegistry) PackServices(arg0 [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("services", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a790eb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function services(bytes32 ) view returns(address owner, uint32 period, address agent, uint96 rewardPerSigner, uint256 deposit)
func (integrityRegistry *IntegrityRegistry) TryPackServices(arg0 [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("services", arg0)
}

// ServicesOutput serves as a container for the return parameters of contract
// method Services.
type ServicesOutput struct {
	Owner           common.Address
	Period          uint32
	Agent           common.Address
	RewardPerSigner *big.Int
	Deposit         *big.Int
}

// UnpackServices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a790eb7.
//
// Solidity: function services(bytes32 ) view returns(address owner, uint32 period, address agent, uint96 rewardPerSigner, uint256 deposit)
func (integrityRegistry *IntegrityRegistry) UnpackServices(data []byte) (ServicesOutput, error) {
	out, err := integrityRegistry.abi.Unpack("services", data)
	outstruct := new(ServicesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Period = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Agent = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.RewardPerSigner = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Deposit = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address a) returns()
func (integrityRegistry *IntegrityRegistry) PackSetAdmin(a common.Address) []byte {
	enc, err := integrityRegistry.abi.Pack("setAdmin", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address a) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSetAdmin(a common.Address) ([]byte, error) {
	return integrityRegistry.abi.Pack("setAdmin", a)
}

// PackSetAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98957d60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAgent(bytes32 service, address agent) returns()
func (integrityRegistry *IntegrityRegistry) PackSetAgent(service [32]byte, agent common.Address) []byte {
	enc, err := integrityRegistry.abi.Pack("setAgent", service, agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98957d60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAgent(bytes32 service, address agent) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSetAgent(service [32]byte, agent common.Address) ([]byte, error) {
	return integrityRegistry.abi.Pack("setAgent", service, agent)
}

// PackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87fb8bcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommittee(bytes committee, bytes rule) returns()
func (integrityRegistry *IntegrityRegistry) PackSetCommittee(committee []byte, rule []byte) []byte {
	enc, err := integrityRegistry.abi.Pack("setCommittee", committee, rule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87fb8bcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommittee(bytes committee, bytes rule) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSetCommittee(committee []byte, rule []byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("setCommittee", committee, rule)
}

// PackSetManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb62e63cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setManifest(bytes32 service, bytes32 manifest, bool active) returns()
func (integrityRegistry *IntegrityRegistry) PackSetManifest(service [32]byte, manifest [32]byte, active bool) []byte {
	enc, err := integrityRegistry.abi.Pack("setManifest", service, manifest, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb62e63cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setManifest(bytes32 service, bytes32 manifest, bool active) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSetManifest(service [32]byte, manifest [32]byte, active bool) ([]byte, error) {
	return integrityRegistry.abi.Pack("setManifest", service, manifest, active)
}

// PackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaab9d39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRegistrar(address r) returns()
func (integrityRegistry *IntegrityRegistry) PackSetRegistrar(r common.Address) []byte {
	enc, err := integrityRegistry.abi.Pack("setRegistrar", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaab9d39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRegistrar(address r) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSetRegistrar(r common.Address) ([]byte, error) {
	return integrityRegistry.abi.Pack("setRegistrar", r)
}

// PackSetupDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a0cd8c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setupDone() view returns(bool)
func (integrityRegistry *IntegrityRegistry) PackSetupDone() []byte {
	enc, err := integrityRegistry.abi.Pack("setupDone")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetupDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a0cd8c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setupDone() view returns(bool)
func (integrityRegistry *IntegrityRegistry) TryPackSetupDone() ([]byte, error) {
	return integrityRegistry.abi.Pack("setupDone")
}

// UnpackSetupDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a0cd8c8.
//
// Solidity: function setupDone() view returns(bool)
func (integrityRegistry *IntegrityRegistry) UnpackSetupDone(data []byte) (bool, error) {
	out, err := integrityRegistry.abi.Unpack("setupDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSlashContradiction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce8ae520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashContradiction((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) certified, bytes committee, bytes rule, bytes qc, (bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) signed, bytes sig) returns()
func (integrityRegistry *IntegrityRegistry) PackSlashContradiction(certified IntegrityReportsReport, committee []byte, rule []byte, qc []byte, signed IntegrityReportsReport, sig []byte) []byte {
	enc, err := integrityRegistry.abi.Pack("slashContradiction", certified, committee, rule, qc, signed, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashContradiction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce8ae520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashContradiction((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) certified, bytes committee, bytes rule, bytes qc, (bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) signed, bytes sig) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSlashContradiction(certified IntegrityReportsReport, committee []byte, rule []byte, qc []byte, signed IntegrityReportsReport, sig []byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("slashContradiction", certified, committee, rule, qc, signed, sig)
}

// PackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90b664c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashEquivocation((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) a, bytes sigA, (bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) b, bytes sigB) returns()
func (integrityRegistry *IntegrityRegistry) PackSlashEquivocation(a IntegrityReportsReport, sigA []byte, b IntegrityReportsReport, sigB []byte) []byte {
	enc, err := integrityRegistry.abi.Pack("slashEquivocation", a, sigA, b, sigB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90b664c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashEquivocation((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) a, bytes sigA, (bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) b, bytes sigB) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSlashEquivocation(a IntegrityReportsReport, sigA []byte, b IntegrityReportsReport, sigB []byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("slashEquivocation", a, sigA, b, sigB)
}

// PackSubmitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd36f109a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitReport((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r, bytes committee, bytes rule, bytes qc) returns()
func (integrityRegistry *IntegrityRegistry) PackSubmitReport(r IntegrityReportsReport, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := integrityRegistry.abi.Pack("submitReport", r, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd36f109a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitReport((bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,bytes32) r, bytes committee, bytes rule, bytes qc) returns()
func (integrityRegistry *IntegrityRegistry) TryPackSubmitReport(r IntegrityReportsReport, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("submitReport", r, committee, rule, qc)
}

// PackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d2fadb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteDigest(bytes32 h) view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) PackVoteDigest(h [32]byte) []byte {
	enc, err := integrityRegistry.abi.Pack("voteDigest", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d2fadb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteDigest(bytes32 h) view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) TryPackVoteDigest(h [32]byte) ([]byte, error) {
	return integrityRegistry.abi.Pack("voteDigest", h)
}

// UnpackVoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1d2fadb.
//
// Solidity: function voteDigest(bytes32 h) view returns(bytes32)
func (integrityRegistry *IntegrityRegistry) UnpackVoteDigest(data []byte) ([32]byte, error) {
	out, err := integrityRegistry.abi.Unpack("voteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (integrityRegistry *IntegrityRegistry) PackWithdraw() []byte {
	enc, err := integrityRegistry.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (integrityRegistry *IntegrityRegistry) TryPackWithdraw() ([]byte, error) {
	return integrityRegistry.abi.Pack("withdraw")
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc23a5cea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake(address monitor) returns()
func (integrityRegistry *IntegrityRegistry) PackWithdrawStake(monitor common.Address) []byte {
	enc, err := integrityRegistry.abi.Pack("withdrawStake", monitor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc23a5cea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake(address monitor) returns()
func (integrityRegistry *IntegrityRegistry) TryPackWithdrawStake(monitor common.Address) ([]byte, error) {
	return integrityRegistry.abi.Pack("withdrawStake", monitor)
}

// IntegrityRegistryAdminChanged represents a AdminChanged event raised by the IntegrityRegistry contract.
type IntegrityRegistryAdminChanged struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryAdminChanged) ContractEventName() string {
	return IntegrityRegistryAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address admin)
func (integrityRegistry *IntegrityRegistry) UnpackAdminChangedEvent(log *types.Log) (*IntegrityRegistryAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryAdminChanged)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryAgentSet represents a AgentSet event raised by the IntegrityRegistry contract.
type IntegrityRegistryAgentSet struct {
	Service [32]byte
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryAgentSetEventName = "AgentSet"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryAgentSet) ContractEventName() string {
	return IntegrityRegistryAgentSetEventName
}

// UnpackAgentSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentSet(bytes32 indexed service, address agent)
func (integrityRegistry *IntegrityRegistry) UnpackAgentSetEvent(log *types.Log) (*IntegrityRegistryAgentSet, error) {
	event := "AgentSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryAgentSet)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryChangeCancelled represents a ChangeCancelled event raised by the IntegrityRegistry contract.
type IntegrityRegistryChangeCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryChangeCancelledEventName = "ChangeCancelled"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryChangeCancelled) ContractEventName() string {
	return IntegrityRegistryChangeCancelledEventName
}

// UnpackChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeCancelled(bytes32 indexed id)
func (integrityRegistry *IntegrityRegistry) UnpackChangeCancelledEvent(log *types.Log) (*IntegrityRegistryChangeCancelled, error) {
	event := "ChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryChangeCancelled)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryChangeExecuted represents a ChangeExecuted event raised by the IntegrityRegistry contract.
type IntegrityRegistryChangeExecuted struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryChangeExecutedEventName = "ChangeExecuted"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryChangeExecuted) ContractEventName() string {
	return IntegrityRegistryChangeExecutedEventName
}

// UnpackChangeExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeExecuted(bytes32 indexed id)
func (integrityRegistry *IntegrityRegistry) UnpackChangeExecutedEvent(log *types.Log) (*IntegrityRegistryChangeExecuted, error) {
	event := "ChangeExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryChangeExecuted)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryChangeQueued represents a ChangeQueued event raised by the IntegrityRegistry contract.
type IntegrityRegistryChangeQueued struct {
	Id   [32]byte
	Eta  uint64
	Call []byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryChangeQueuedEventName = "ChangeQueued"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryChangeQueued) ContractEventName() string {
	return IntegrityRegistryChangeQueuedEventName
}

// UnpackChangeQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeQueued(bytes32 indexed id, uint64 eta, bytes call)
func (integrityRegistry *IntegrityRegistry) UnpackChangeQueuedEvent(log *types.Log) (*IntegrityRegistryChangeQueued, error) {
	event := "ChangeQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryChangeQueued)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryCommitteeSet represents a CommitteeSet event raised by the IntegrityRegistry contract.
type IntegrityRegistryCommitteeSet struct {
	Epoch      uint64
	Committee  []byte
	Rule       []byte
	ConfigHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryCommitteeSetEventName = "CommitteeSet"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryCommitteeSet) ContractEventName() string {
	return IntegrityRegistryCommitteeSetEventName
}

// UnpackCommitteeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeSet(uint64 indexed epoch, bytes committee, bytes rule, bytes32 configHash)
func (integrityRegistry *IntegrityRegistry) UnpackCommitteeSetEvent(log *types.Log) (*IntegrityRegistryCommitteeSet, error) {
	event := "CommitteeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryCommitteeSet)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryDeposited represents a Deposited event raised by the IntegrityRegistry contract.
type IntegrityRegistryDeposited struct {
	Service [32]byte
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryDeposited) ContractEventName() string {
	return IntegrityRegistryDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(bytes32 indexed service, uint256 amount)
func (integrityRegistry *IntegrityRegistry) UnpackDepositedEvent(log *types.Log) (*IntegrityRegistryDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryDeposited)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryInstanceRecorded represents a InstanceRecorded event raised by the IntegrityRegistry contract.
type IntegrityRegistryInstanceRecorded struct {
	Service     [32]byte
	Manifest    [32]byte
	Instance    [32]byte
	ImageDigest [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryInstanceRecordedEventName = "InstanceRecorded"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryInstanceRecorded) ContractEventName() string {
	return IntegrityRegistryInstanceRecordedEventName
}

// UnpackInstanceRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InstanceRecorded(bytes32 indexed service, bytes32 indexed manifest, bytes32 instance, bytes32 imageDigest)
func (integrityRegistry *IntegrityRegistry) UnpackInstanceRecordedEvent(log *types.Log) (*IntegrityRegistryInstanceRecorded, error) {
	event := "InstanceRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryInstanceRecorded)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryManifestSet represents a ManifestSet event raised by the IntegrityRegistry contract.
type IntegrityRegistryManifestSet struct {
	Service  [32]byte
	Manifest [32]byte
	Active   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryManifestSetEventName = "ManifestSet"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryManifestSet) ContractEventName() string {
	return IntegrityRegistryManifestSetEventName
}

// UnpackManifestSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ManifestSet(bytes32 indexed service, bytes32 indexed manifest, bool active)
func (integrityRegistry *IntegrityRegistry) UnpackManifestSetEvent(log *types.Log) (*IntegrityRegistryManifestSet, error) {
	event := "ManifestSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryManifestSet)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryMonitorExiting represents a MonitorExiting event raised by the IntegrityRegistry contract.
type IntegrityRegistryMonitorExiting struct {
	Monitor common.Address
	ExitAt  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryMonitorExitingEventName = "MonitorExiting"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryMonitorExiting) ContractEventName() string {
	return IntegrityRegistryMonitorExitingEventName
}

// UnpackMonitorExitingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MonitorExiting(address indexed monitor, uint64 exitAt)
func (integrityRegistry *IntegrityRegistry) UnpackMonitorExitingEvent(log *types.Log) (*IntegrityRegistryMonitorExiting, error) {
	event := "MonitorExiting"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryMonitorExiting)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryMonitorRegistered represents a MonitorRegistered event raised by the IntegrityRegistry contract.
type IntegrityRegistryMonitorRegistered struct {
	Monitor     common.Address
	Owner       common.Address
	Kind        uint8
	Measurement [32]byte
	Stake       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryMonitorRegisteredEventName = "MonitorRegistered"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryMonitorRegistered) ContractEventName() string {
	return IntegrityRegistryMonitorRegisteredEventName
}

// UnpackMonitorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MonitorRegistered(address indexed monitor, address owner, uint8 kind, bytes32 measurement, uint256 stake)
func (integrityRegistry *IntegrityRegistry) UnpackMonitorRegisteredEvent(log *types.Log) (*IntegrityRegistryMonitorRegistered, error) {
	event := "MonitorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryMonitorRegistered)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryMonitorSlashed represents a MonitorSlashed event raised by the IntegrityRegistry contract.
type IntegrityRegistryMonitorSlashed struct {
	Monitor  common.Address
	Reporter common.Address
	Amount   *big.Int
	ReportA  [32]byte
	ReportB  [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryMonitorSlashedEventName = "MonitorSlashed"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryMonitorSlashed) ContractEventName() string {
	return IntegrityRegistryMonitorSlashedEventName
}

// UnpackMonitorSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MonitorSlashed(address indexed monitor, address reporter, uint256 amount, bytes32 reportA, bytes32 reportB)
func (integrityRegistry *IntegrityRegistry) UnpackMonitorSlashedEvent(log *types.Log) (*IntegrityRegistryMonitorSlashed, error) {
	event := "MonitorSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryMonitorSlashed)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryRegistrarChanged represents a RegistrarChanged event raised by the IntegrityRegistry contract.
type IntegrityRegistryRegistrarChanged struct {
	Registrar common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryRegistrarChangedEventName = "RegistrarChanged"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryRegistrarChanged) ContractEventName() string {
	return IntegrityRegistryRegistrarChangedEventName
}

// UnpackRegistrarChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrarChanged(address registrar)
func (integrityRegistry *IntegrityRegistry) UnpackRegistrarChangedEvent(log *types.Log) (*IntegrityRegistryRegistrarChanged, error) {
	event := "RegistrarChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryRegistrarChanged)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryReportCertified represents a ReportCertified event raised by the IntegrityRegistry contract.
type IntegrityRegistryReportCertified struct {
	Service    [32]byte
	Round      uint64
	ReportHash [32]byte
	Status     uint8
	Evidence   [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryReportCertifiedEventName = "ReportCertified"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryReportCertified) ContractEventName() string {
	return IntegrityRegistryReportCertifiedEventName
}

// UnpackReportCertifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportCertified(bytes32 indexed service, uint64 indexed round, bytes32 reportHash, uint8 status, bytes32 evidence)
func (integrityRegistry *IntegrityRegistry) UnpackReportCertifiedEvent(log *types.Log) (*IntegrityRegistryReportCertified, error) {
	event := "ReportCertified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryReportCertified)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryRewardsPaid represents a RewardsPaid event raised by the IntegrityRegistry contract.
type IntegrityRegistryRewardsPaid struct {
	Service [32]byte
	Round   uint64
	Signers *big.Int
	Each    *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryRewardsPaidEventName = "RewardsPaid"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryRewardsPaid) ContractEventName() string {
	return IntegrityRegistryRewardsPaidEventName
}

// UnpackRewardsPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsPaid(bytes32 indexed service, uint64 indexed round, uint256 signers, uint256 each)
func (integrityRegistry *IntegrityRegistry) UnpackRewardsPaidEvent(log *types.Log) (*IntegrityRegistryRewardsPaid, error) {
	event := "RewardsPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryRewardsPaid)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryServiceRegistered represents a ServiceRegistered event raised by the IntegrityRegistry contract.
type IntegrityRegistryServiceRegistered struct {
	Service         [32]byte
	Owner           common.Address
	Period          uint32
	RewardPerSigner *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryServiceRegisteredEventName = "ServiceRegistered"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryServiceRegistered) ContractEventName() string {
	return IntegrityRegistryServiceRegisteredEventName
}

// UnpackServiceRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceRegistered(bytes32 indexed service, address owner, uint32 period, uint96 rewardPerSigner)
func (integrityRegistry *IntegrityRegistry) UnpackServiceRegisteredEvent(log *types.Log) (*IntegrityRegistryServiceRegistered, error) {
	event := "ServiceRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryServiceRegistered)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistrySetupEnded represents a SetupEnded event raised by the IntegrityRegistry contract.
type IntegrityRegistrySetupEnded struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistrySetupEndedEventName = "SetupEnded"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistrySetupEnded) ContractEventName() string {
	return IntegrityRegistrySetupEndedEventName
}

// UnpackSetupEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetupEnded()
func (integrityRegistry *IntegrityRegistry) UnpackSetupEndedEvent(log *types.Log) (*IntegrityRegistrySetupEnded, error) {
	event := "SetupEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistrySetupEnded)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryUnmeasured represents a Unmeasured event raised by the IntegrityRegistry contract.
type IntegrityRegistryUnmeasured struct {
	Service   [32]byte
	FromRound uint64
	ToRound   uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryUnmeasuredEventName = "Unmeasured"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryUnmeasured) ContractEventName() string {
	return IntegrityRegistryUnmeasuredEventName
}

// UnpackUnmeasuredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unmeasured(bytes32 indexed service, uint64 fromRound, uint64 toRound)
func (integrityRegistry *IntegrityRegistry) UnpackUnmeasuredEvent(log *types.Log) (*IntegrityRegistryUnmeasured, error) {
	event := "Unmeasured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryUnmeasured)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IntegrityRegistryViolation represents a Violation event raised by the IntegrityRegistry contract.
type IntegrityRegistryViolation struct {
	Service  [32]byte
	Round    uint64
	Claim    uint8
	Expected [32]byte
	Observed [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const IntegrityRegistryViolationEventName = "Violation"

// ContractEventName returns the user-defined event name.
func (IntegrityRegistryViolation) ContractEventName() string {
	return IntegrityRegistryViolationEventName
}

// UnpackViolationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Violation(bytes32 indexed service, uint64 indexed round, uint8 claim, bytes32 expected, bytes32 observed)
func (integrityRegistry *IntegrityRegistry) UnpackViolationEvent(log *types.Log) (*IntegrityRegistryViolation, error) {
	event := "Violation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != integrityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IntegrityRegistryViolation)
	if len(log.Data) > 0 {
		if err := integrityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range integrityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (integrityRegistry *IntegrityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["AlreadyRewarded"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackAlreadyRewardedError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["BadCommittee"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackBadCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["BadPeriod"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackBadPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["BadRegistrarSignature"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackBadRegistrarSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["BadStatus"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackBadStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["ChangeAlreadyQueued"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackChangeAlreadyQueuedError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["ChangeLapsed"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackChangeLapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["ChangeNotReady"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackChangeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["DelayBelowMinimum"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackDelayBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["FutureRound"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackFutureRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["MemberNotEligible"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackMemberNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["MonitorExists"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackMonitorExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NoCommittee"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNoCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NotAFault"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNotAFaultError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NotAgent"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNotAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NotExited"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNotExitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NotGovernable"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNotGovernableError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NotMonitor"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNotMonitorError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["QuorumRejected"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackQuorumRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["RoundMeasured"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackRoundMeasuredError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["ServiceExists"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackServiceExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["SetupPhase"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackSetupPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["StaleRound"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackStaleRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["Timelocked"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackTimelockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["UnknownChange"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackUnknownChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["UnknownManifest"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackUnknownManifestError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["UnknownService"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackUnknownServiceError(raw[4:])
	}
	if bytes.Equal(raw[:4], integrityRegistry.abi.Errors["WrongConfig"].ID.Bytes()[:4]) {
		return integrityRegistry.UnpackWrongConfigError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IntegrityRegistryAlreadyRewarded represents a AlreadyRewarded error raised by the IntegrityRegistry contract.
type IntegrityRegistryAlreadyRewarded struct {
	Service [32]byte
	Round   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRewarded(bytes32 service, uint64 round)
func IntegrityRegistryAlreadyRewardedErrorID() common.Hash {
	return common.HexToHash("0xa2cdf0336a542e8c1fb7c11bf7472406487a8ab4ee6a8fbe7cefe589d15bf0a9")
}

// UnpackAlreadyRewardedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRewarded(bytes32 service, uint64 round)
func (integrityRegistry *IntegrityRegistry) UnpackAlreadyRewardedError(raw []byte) (*IntegrityRegistryAlreadyRewarded, error) {
	out := new(IntegrityRegistryAlreadyRewarded)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "AlreadyRewarded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryBadCommittee represents a BadCommittee error raised by the IntegrityRegistry contract.
type IntegrityRegistryBadCommittee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCommittee()
func IntegrityRegistryBadCommitteeErrorID() common.Hash {
	return common.HexToHash("0x64978ada45ffd56b425e6c9106557bcd461ba675d278e0b378d17aa482d8946c")
}

// UnpackBadCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCommittee()
func (integrityRegistry *IntegrityRegistry) UnpackBadCommitteeError(raw []byte) (*IntegrityRegistryBadCommittee, error) {
	out := new(IntegrityRegistryBadCommittee)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "BadCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryBadPeriod represents a BadPeriod error raised by the IntegrityRegistry contract.
type IntegrityRegistryBadPeriod struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeriod()
func IntegrityRegistryBadPeriodErrorID() common.Hash {
	return common.HexToHash("0x7bdc76e2aa65bcc6c6c380a9cd6f06ceeeba19140987dc7fd6d77f3d293bc825")
}

// UnpackBadPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeriod()
func (integrityRegistry *IntegrityRegistry) UnpackBadPeriodError(raw []byte) (*IntegrityRegistryBadPeriod, error) {
	out := new(IntegrityRegistryBadPeriod)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "BadPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryBadRegistrarSignature represents a BadRegistrarSignature error raised by the IntegrityRegistry contract.
type IntegrityRegistryBadRegistrarSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRegistrarSignature()
func IntegrityRegistryBadRegistrarSignatureErrorID() common.Hash {
	return common.HexToHash("0xc7cd56cab764e8592f2a6735c467d4a348c5d97e419331451bf3e4f3c788af6b")
}

// UnpackBadRegistrarSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRegistrarSignature()
func (integrityRegistry *IntegrityRegistry) UnpackBadRegistrarSignatureError(raw []byte) (*IntegrityRegistryBadRegistrarSignature, error) {
	out := new(IntegrityRegistryBadRegistrarSignature)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "BadRegistrarSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryBadSignature represents a BadSignature error raised by the IntegrityRegistry contract.
type IntegrityRegistryBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func IntegrityRegistryBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (integrityRegistry *IntegrityRegistry) UnpackBadSignatureError(raw []byte) (*IntegrityRegistryBadSignature, error) {
	out := new(IntegrityRegistryBadSignature)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryBadStatus represents a BadStatus error raised by the IntegrityRegistry contract.
type IntegrityRegistryBadStatus struct {
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStatus(uint8 status)
func IntegrityRegistryBadStatusErrorID() common.Hash {
	return common.HexToHash("0x831e70da1c5e7542e2dbd54c0ef32ead7312459f7c67c13dadf4428c86b4b19b")
}

// UnpackBadStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStatus(uint8 status)
func (integrityRegistry *IntegrityRegistry) UnpackBadStatusError(raw []byte) (*IntegrityRegistryBadStatus, error) {
	out := new(IntegrityRegistryBadStatus)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "BadStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryChangeAlreadyQueued represents a ChangeAlreadyQueued error raised by the IntegrityRegistry contract.
type IntegrityRegistryChangeAlreadyQueued struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeAlreadyQueued(bytes32 id)
func IntegrityRegistryChangeAlreadyQueuedErrorID() common.Hash {
	return common.HexToHash("0xcf52f8e46f3c213aec8c45f3dd1aad57ffc606c1def6871421e70df1f61a34cd")
}

// UnpackChangeAlreadyQueuedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeAlreadyQueued(bytes32 id)
func (integrityRegistry *IntegrityRegistry) UnpackChangeAlreadyQueuedError(raw []byte) (*IntegrityRegistryChangeAlreadyQueued, error) {
	out := new(IntegrityRegistryChangeAlreadyQueued)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "ChangeAlreadyQueued", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryChangeLapsed represents a ChangeLapsed error raised by the IntegrityRegistry contract.
type IntegrityRegistryChangeLapsed struct {
	Id  [32]byte
	Eta uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeLapsed(bytes32 id, uint64 eta)
func IntegrityRegistryChangeLapsedErrorID() common.Hash {
	return common.HexToHash("0xc354a493e6ec7d74f194607375d1559447595d2acee901ef2fd39c6411073ddc")
}

// UnpackChangeLapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeLapsed(bytes32 id, uint64 eta)
func (integrityRegistry *IntegrityRegistry) UnpackChangeLapsedError(raw []byte) (*IntegrityRegistryChangeLapsed, error) {
	out := new(IntegrityRegistryChangeLapsed)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "ChangeLapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryChangeNotReady represents a ChangeNotReady error raised by the IntegrityRegistry contract.
type IntegrityRegistryChangeNotReady struct {
	Id  [32]byte
	Eta uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotReady(bytes32 id, uint64 eta)
func IntegrityRegistryChangeNotReadyErrorID() common.Hash {
	return common.HexToHash("0x8f42a691f0de31dd3ecbc6928b0add37485bcec7a0f202fd97d1d51bcd18f683")
}

// UnpackChangeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotReady(bytes32 id, uint64 eta)
func (integrityRegistry *IntegrityRegistry) UnpackChangeNotReadyError(raw []byte) (*IntegrityRegistryChangeNotReady, error) {
	out := new(IntegrityRegistryChangeNotReady)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "ChangeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryDelayBelowMinimum represents a DelayBelowMinimum error raised by the IntegrityRegistry contract.
type IntegrityRegistryDelayBelowMinimum struct {
	Delay   uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayBelowMinimum(uint64 delay, uint64 minimum)
func IntegrityRegistryDelayBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0xcbee3d58ba55bad781321a921387207204b964a0ed18e0cde636d7f07ff5daa9")
}

// UnpackDelayBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayBelowMinimum(uint64 delay, uint64 minimum)
func (integrityRegistry *IntegrityRegistry) UnpackDelayBelowMinimumError(raw []byte) (*IntegrityRegistryDelayBelowMinimum, error) {
	out := new(IntegrityRegistryDelayBelowMinimum)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "DelayBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryFutureRound represents a FutureRound error raised by the IntegrityRegistry contract.
type IntegrityRegistryFutureRound struct {
	Round   uint64
	Current uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FutureRound(uint64 round, uint64 current)
func IntegrityRegistryFutureRoundErrorID() common.Hash {
	return common.HexToHash("0x5134220d81ba32f446b9f4d1c497f7ad4a94e25d19f7bc99a513b6537b6d975e")
}

// UnpackFutureRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FutureRound(uint64 round, uint64 current)
func (integrityRegistry *IntegrityRegistry) UnpackFutureRoundError(raw []byte) (*IntegrityRegistryFutureRound, error) {
	out := new(IntegrityRegistryFutureRound)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "FutureRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryMemberNotEligible represents a MemberNotEligible error raised by the IntegrityRegistry contract.
type IntegrityRegistryMemberNotEligible struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MemberNotEligible(address member)
func IntegrityRegistryMemberNotEligibleErrorID() common.Hash {
	return common.HexToHash("0xf686dc7b82c2537f28b0df7978dee76eeecebde86da39e0a5dffb2eca63fb473")
}

// UnpackMemberNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MemberNotEligible(address member)
func (integrityRegistry *IntegrityRegistry) UnpackMemberNotEligibleError(raw []byte) (*IntegrityRegistryMemberNotEligible, error) {
	out := new(IntegrityRegistryMemberNotEligible)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "MemberNotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryMonitorExists represents a MonitorExists error raised by the IntegrityRegistry contract.
type IntegrityRegistryMonitorExists struct {
	Monitor common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MonitorExists(address monitor)
func IntegrityRegistryMonitorExistsErrorID() common.Hash {
	return common.HexToHash("0x61e66103bdae05293d2e5626fd4cdc2979feee4dc369d6ec45fadedc31f6ecc1")
}

// UnpackMonitorExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MonitorExists(address monitor)
func (integrityRegistry *IntegrityRegistry) UnpackMonitorExistsError(raw []byte) (*IntegrityRegistryMonitorExists, error) {
	out := new(IntegrityRegistryMonitorExists)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "MonitorExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNoCommittee represents a NoCommittee error raised by the IntegrityRegistry contract.
type IntegrityRegistryNoCommittee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommittee()
func IntegrityRegistryNoCommitteeErrorID() common.Hash {
	return common.HexToHash("0x9210c8d6855d55ce8e2121ea0d16eef0817070b04cbaf38dfd9b0a423b26996c")
}

// UnpackNoCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommittee()
func (integrityRegistry *IntegrityRegistry) UnpackNoCommitteeError(raw []byte) (*IntegrityRegistryNoCommittee, error) {
	out := new(IntegrityRegistryNoCommittee)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NoCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNotAFault represents a NotAFault error raised by the IntegrityRegistry contract.
type IntegrityRegistryNotAFault struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAFault()
func IntegrityRegistryNotAFaultErrorID() common.Hash {
	return common.HexToHash("0x343c0c14498e2349f626773875f7a7b617e8167a466cce51263ef211e1c3d524")
}

// UnpackNotAFaultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAFault()
func (integrityRegistry *IntegrityRegistry) UnpackNotAFaultError(raw []byte) (*IntegrityRegistryNotAFault, error) {
	out := new(IntegrityRegistryNotAFault)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NotAFault", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNotAdmin represents a NotAdmin error raised by the IntegrityRegistry contract.
type IntegrityRegistryNotAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin()
func IntegrityRegistryNotAdminErrorID() common.Hash {
	return common.HexToHash("0x7bfa4b9fb0cd3687c1f539f384b3f3f258f2c9aa9186353d0815413b508ed97d")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin()
func (integrityRegistry *IntegrityRegistry) UnpackNotAdminError(raw []byte) (*IntegrityRegistryNotAdmin, error) {
	out := new(IntegrityRegistryNotAdmin)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNotAgent represents a NotAgent error raised by the IntegrityRegistry contract.
type IntegrityRegistryNotAgent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgent()
func IntegrityRegistryNotAgentErrorID() common.Hash {
	return common.HexToHash("0x0d9ab13f71c732b832396d0ca53dffd12ef5d4a69c70e70af21f320397c8ae27")
}

// UnpackNotAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgent()
func (integrityRegistry *IntegrityRegistry) UnpackNotAgentError(raw []byte) (*IntegrityRegistryNotAgent, error) {
	out := new(IntegrityRegistryNotAgent)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NotAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNotExited represents a NotExited error raised by the IntegrityRegistry contract.
type IntegrityRegistryNotExited struct {
	Monitor common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExited(address monitor)
func IntegrityRegistryNotExitedErrorID() common.Hash {
	return common.HexToHash("0x5f0fd8c0b85fdf46f615e343efc2cd433727db00a1aaa7dc1c107a51b3fbd5d7")
}

// UnpackNotExitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExited(address monitor)
func (integrityRegistry *IntegrityRegistry) UnpackNotExitedError(raw []byte) (*IntegrityRegistryNotExited, error) {
	out := new(IntegrityRegistryNotExited)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NotExited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNotGovernable represents a NotGovernable error raised by the IntegrityRegistry contract.
type IntegrityRegistryNotGovernable struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernable(bytes4 selector)
func IntegrityRegistryNotGovernableErrorID() common.Hash {
	return common.HexToHash("0x9a8600cb6e771c520913ba43c24a052207577b3e509900e10e71082d3e274a50")
}

// UnpackNotGovernableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernable(bytes4 selector)
func (integrityRegistry *IntegrityRegistry) UnpackNotGovernableError(raw []byte) (*IntegrityRegistryNotGovernable, error) {
	out := new(IntegrityRegistryNotGovernable)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NotGovernable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNotMonitor represents a NotMonitor error raised by the IntegrityRegistry contract.
type IntegrityRegistryNotMonitor struct {
	Monitor common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMonitor(address monitor)
func IntegrityRegistryNotMonitorErrorID() common.Hash {
	return common.HexToHash("0x022cdd0e1eba3207256401dddc058da6ba729e5b14740857762c3304df564a80")
}

// UnpackNotMonitorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMonitor(address monitor)
func (integrityRegistry *IntegrityRegistry) UnpackNotMonitorError(raw []byte) (*IntegrityRegistryNotMonitor, error) {
	out := new(IntegrityRegistryNotMonitor)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NotMonitor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryNotOwner represents a NotOwner error raised by the IntegrityRegistry contract.
type IntegrityRegistryNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func IntegrityRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (integrityRegistry *IntegrityRegistry) UnpackNotOwnerError(raw []byte) (*IntegrityRegistryNotOwner, error) {
	out := new(IntegrityRegistryNotOwner)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryQuorumRejected represents a QuorumRejected error raised by the IntegrityRegistry contract.
type IntegrityRegistryQuorumRejected struct {
	Code *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumRejected(uint256 code)
func IntegrityRegistryQuorumRejectedErrorID() common.Hash {
	return common.HexToHash("0xd7a4b9daae692afdc6d34462d63c082eeb3dcfe7ecb0626e313fc9b5e928ccd7")
}

// UnpackQuorumRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumRejected(uint256 code)
func (integrityRegistry *IntegrityRegistry) UnpackQuorumRejectedError(raw []byte) (*IntegrityRegistryQuorumRejected, error) {
	out := new(IntegrityRegistryQuorumRejected)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "QuorumRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryRoundMeasured represents a RoundMeasured error raised by the IntegrityRegistry contract.
type IntegrityRegistryRoundMeasured struct {
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundMeasured(uint64 round)
func IntegrityRegistryRoundMeasuredErrorID() common.Hash {
	return common.HexToHash("0xbe7690e8ffe332fc774e33fadbd7bd7e3262ea96174f8ba539d60a89ce464171")
}

// UnpackRoundMeasuredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundMeasured(uint64 round)
func (integrityRegistry *IntegrityRegistry) UnpackRoundMeasuredError(raw []byte) (*IntegrityRegistryRoundMeasured, error) {
	out := new(IntegrityRegistryRoundMeasured)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "RoundMeasured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryServiceExists represents a ServiceExists error raised by the IntegrityRegistry contract.
type IntegrityRegistryServiceExists struct {
	Service [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ServiceExists(bytes32 service)
func IntegrityRegistryServiceExistsErrorID() common.Hash {
	return common.HexToHash("0xd95f34a8e41392e0c563d88f787e4b2ef2028e105ab2406e87ede9adfe05c959")
}

// UnpackServiceExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ServiceExists(bytes32 service)
func (integrityRegistry *IntegrityRegistry) UnpackServiceExistsError(raw []byte) (*IntegrityRegistryServiceExists, error) {
	out := new(IntegrityRegistryServiceExists)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "ServiceExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistrySetupPhase represents a SetupPhase error raised by the IntegrityRegistry contract.
type IntegrityRegistrySetupPhase struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetupPhase()
func IntegrityRegistrySetupPhaseErrorID() common.Hash {
	return common.HexToHash("0x8fb9d3cbe3c47ef93ea17ccd913351f152df57f182fc5017513e29783470e2b3")
}

// UnpackSetupPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetupPhase()
func (integrityRegistry *IntegrityRegistry) UnpackSetupPhaseError(raw []byte) (*IntegrityRegistrySetupPhase, error) {
	out := new(IntegrityRegistrySetupPhase)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "SetupPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryStakeTooLow represents a StakeTooLow error raised by the IntegrityRegistry contract.
type IntegrityRegistryStakeTooLow struct {
	Stake   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minimum)
func IntegrityRegistryStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minimum)
func (integrityRegistry *IntegrityRegistry) UnpackStakeTooLowError(raw []byte) (*IntegrityRegistryStakeTooLow, error) {
	out := new(IntegrityRegistryStakeTooLow)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryStaleRound represents a StaleRound error raised by the IntegrityRegistry contract.
type IntegrityRegistryStaleRound struct {
	Round  uint64
	Latest uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRound(uint64 round, uint64 latest)
func IntegrityRegistryStaleRoundErrorID() common.Hash {
	return common.HexToHash("0x9266e1a060cbeb5b4f46b509edd09f1cbe477b94b53b3511e69ab0fefb7bfc3c")
}

// UnpackStaleRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRound(uint64 round, uint64 latest)
func (integrityRegistry *IntegrityRegistry) UnpackStaleRoundError(raw []byte) (*IntegrityRegistryStaleRound, error) {
	out := new(IntegrityRegistryStaleRound)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "StaleRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryTimelocked represents a Timelocked error raised by the IntegrityRegistry contract.
type IntegrityRegistryTimelocked struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Timelocked(bytes4 selector)
func IntegrityRegistryTimelockedErrorID() common.Hash {
	return common.HexToHash("0xccdba7535e792f7a127c9425df79c31cecedf2872e407f472adf86921b8d36cf")
}

// UnpackTimelockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Timelocked(bytes4 selector)
func (integrityRegistry *IntegrityRegistry) UnpackTimelockedError(raw []byte) (*IntegrityRegistryTimelocked, error) {
	out := new(IntegrityRegistryTimelocked)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "Timelocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryTransferFailed represents a TransferFailed error raised by the IntegrityRegistry contract.
type IntegrityRegistryTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func IntegrityRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (integrityRegistry *IntegrityRegistry) UnpackTransferFailedError(raw []byte) (*IntegrityRegistryTransferFailed, error) {
	out := new(IntegrityRegistryTransferFailed)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryUnknownChange represents a UnknownChange error raised by the IntegrityRegistry contract.
type IntegrityRegistryUnknownChange struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownChange(bytes32 id)
func IntegrityRegistryUnknownChangeErrorID() common.Hash {
	return common.HexToHash("0xe0a203fb2e934a683377d7e35d4d3856050210be3ff47349b092b08de3c5d15c")
}

// UnpackUnknownChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownChange(bytes32 id)
func (integrityRegistry *IntegrityRegistry) UnpackUnknownChangeError(raw []byte) (*IntegrityRegistryUnknownChange, error) {
	out := new(IntegrityRegistryUnknownChange)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "UnknownChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryUnknownManifest represents a UnknownManifest error raised by the IntegrityRegistry contract.
type IntegrityRegistryUnknownManifest struct {
	Service  [32]byte
	Manifest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownManifest(bytes32 service, bytes32 manifest)
func IntegrityRegistryUnknownManifestErrorID() common.Hash {
	return common.HexToHash("0x4c2a92e46d9f21f81aec9991aec57bb1a7e3b63359b986e3a0a3cec90c738fa9")
}

// UnpackUnknownManifestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownManifest(bytes32 service, bytes32 manifest)
func (integrityRegistry *IntegrityRegistry) UnpackUnknownManifestError(raw []byte) (*IntegrityRegistryUnknownManifest, error) {
	out := new(IntegrityRegistryUnknownManifest)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "UnknownManifest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryUnknownService represents a UnknownService error raised by the IntegrityRegistry contract.
type IntegrityRegistryUnknownService struct {
	Service [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownService(bytes32 service)
func IntegrityRegistryUnknownServiceErrorID() common.Hash {
	return common.HexToHash("0xcab75967aeb701fbc998f20f6e202084012d908785d8874c7c98ff14d6037d03")
}

// UnpackUnknownServiceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownService(bytes32 service)
func (integrityRegistry *IntegrityRegistry) UnpackUnknownServiceError(raw []byte) (*IntegrityRegistryUnknownService, error) {
	out := new(IntegrityRegistryUnknownService)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "UnknownService", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IntegrityRegistryWrongConfig represents a WrongConfig error raised by the IntegrityRegistry contract.
type IntegrityRegistryWrongConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongConfig()
func IntegrityRegistryWrongConfigErrorID() common.Hash {
	return common.HexToHash("0x68af8cc03c10d72ec85bbfc632ca01d7ac593ad4458dbe2dec4da402ad29c04f")
}

// UnpackWrongConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongConfig()
func (integrityRegistry *IntegrityRegistry) UnpackWrongConfigError(raw []byte) (*IntegrityRegistryWrongConfig, error) {
	out := new(IntegrityRegistryWrongConfig)
	if err := integrityRegistry.abi.UnpackIntoInterface(out, "WrongConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerMetaData contains all meta data concerning the Manager contract.
var ManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registrar_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"governanceDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"BadCertificate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"BadCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDASet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"BadKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRegistrarSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"}],\"name\":\"BadScheme\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyQueued\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeLapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeStillValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"DelayBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"exitWindow\",\"type\":\"uint256\"}],\"name\":\"DelayNotAboveExitWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberNotEligible\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRollup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCurrentCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"NotGovernable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ReportDataMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetupPhase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerNotEligible\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SlasherAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"have\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"offered\",\"type\":\"uint64\"}],\"name\":\"StaleRegistration\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"Timelocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"verifiedAt\",\"type\":\"uint64\"}],\"name\":\"VerifiedInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongEpoch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"}],\"name\":\"ChangeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitteeInvalidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"daSet\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"daHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"DataAvailabilitySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"verifiedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"registeredUntil\",\"type\":\"uint64\"}],\"name\":\"EnclaveAdmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"collateral\",\"type\":\"bytes\"}],\"name\":\"EnclaveInvalidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"EvidenceVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"name\":\"RegistrarChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"exitWindow\",\"type\":\"uint256\"}],\"name\":\"RollupSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"}],\"name\":\"SlasherSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADMISSION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHANGE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DA_SET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REMOVAL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"verifiedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"registeredUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structManager.Admission\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"admissionHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"allowMeasurement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"allowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"bindingReportData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ruleHash\",\"type\":\"bytes32\"}],\"name\":\"configHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ruleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"daHash_\",\"type\":\"bytes32\"}],\"name\":\"configHashWithDA\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"eligible\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"evidenceHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"evidenceVerifiers\",\"outputs\":[{\"internalType\":\"contractIEvidenceVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"executeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inSetup\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"}],\"name\":\"invalidateCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"}],\"name\":\"queueChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"queued\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"registrarSig\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"verifiedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"registeredUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"internalType\":\"structManager.Admission\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"registerCertified\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"registerWithVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"registrationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"}],\"name\":\"removalHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"collateral\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"removeCertified\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"revokeEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIConfigSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pops\",\"type\":\"bytes\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"daSet\",\"type\":\"bytes\"}],\"name\":\"setDataAvailability\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"contractIEvidenceVerifier\",\"name\":\"v\",\"type\":\"address\"}],\"name\":\"setEvidenceVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"r\",\"type\":\"address\"}],\"name\":\"setRegistrar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIConfigSink\",\"name\":\"r\",\"type\":\"address\"}],\"name\":\"setRollup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"s\",\"type\":\"address\"}],\"name\":\"setSlasher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Manager",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161526338038061526383398101604081905261002e91610166565b6001600160a01b0383166100555760405163d92e233d60e01b815260040160405180910390fd5b62093a806001600160401b038216101561009a5760405163197dc7ab60e31b81526001600160401b038216600482015262093a80602482015260440160405180910390fd5b5f80546001600160a01b038581166001600160a01b0319928316811790935560018054918616919092161790556001600160401b0382166080526040519081527f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c9060200160405180910390a16040516001600160a01b03831681527f6e4c52923c1e70447ecc72995ce26bf2400d9c26b1a7c21ab433e7caff8d40a29060200160405180910390a15050506101b6565b80516001600160a01b0381168114610161575f5ffd5b919050565b5f5f5f60608486031215610178575f5ffd5b6101818461014b565b925061018f6020850161014b565b60408501519092506001600160401b03811681146101ab575f5ffd5b809150509250925092565b6080516150806101e35f395f81816106a80152818161142d0152818161148c01526118af01526150805ff3fe608060405234801561000f575f5ffd5b50600436106102f9575f3560e01c80638b21ccee11610192578063cd43babc116100e8578063e99d578011610093578063f851a4401161006e578063f851a4401461075e578063faab9d3914610770578063faeedb0714610783575f5ffd5b8063e99d57801461073a578063ebc0649d14610743578063f698da2514610756575f5ffd5b8063e0655d9f116100c3578063e0655d9f1461070b578063e12277181461071e578063e1f1176d14610731575f5ffd5b8063cd43babc146106dd578063d0f42ac7146106f0578063d2ebd81f14610703575f5ffd5b8063aabc249611610148578063b4edb0c111610123578063b4edb0c114610690578063bba32939146106a3578063cb23bcb5146106ca575f5ffd5b8063aabc24961461064b578063b13442711461065e578063b29cdf6a14610671575f5ffd5b80639062bbde116101785780639062bbde146106015780639442b8f81461062e578063975687fc14610638575f5ffd5b80638b21ccee146105da578063900cf0cf146105ed575f5ffd5b8063472d4441116102525780637393f710116101fd57806381a0a4aa116101d857806381a0a4aa146105965780638515c434146105a95780638afe7bfb146105bc575f5ffd5b80637393f710146104da578063763131a0146104ed5780637a8e305b14610500575f5ffd5b8063609d45441161022d578063609d4544146104ab578063704b6c02146104b45780637277ac78146104c7575f5ffd5b8063472d4441146104725780634acc3308146104855780635449b79814610498575f5ffd5b80632310ce10116102b25780632b20e3971161028d5780632b20e397146104255780633350e02d1461043857806334c139211461045f575f5ffd5b80632310ce10146103ab57806327b2d892146103be57806329198182146103fe575f5ffd5b80631ce0c32b116102e25780631ce0c32b1461035a578063228250c91461036f57806322fe1e5014610398575f5ffd5b806304bc6265146102fd5780631494e2f614610325575b5f5ffd5b6103076212750081565b60405167ffffffffffffffff90911681526020015b60405180910390f35b61034c7f181186b6f2fd3ed967761a2d4735f359125afcdbda86443a74853b32c94d220581565b60405190815260200161031c565b61036d610368366004614491565b610804565b005b61030761037d366004614542565b600c6020525f908152604090205467ffffffffffffffff1681565b61036d6103a6366004614578565b6109fe565b61034c6103b93660046145b3565b610a8b565b6103e66103cc3660046145fa565b60066020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161031c565b61034c7ff445d1d821aa81334fb17e905e72f94669434712c835e466b588b85637e4617881565b6001546103e6906001600160a01b031681565b61034c7f494c639b0b068ca7cb2de03231a949a7b4c12b27d39409041340bd3495bc195281565b61034c61046d366004614615565b610b0a565b61036d610480366004614647565b610b49565b61036d6104933660046146f6565b610d30565b61036d6104a6366004614542565b610e8c565b61034c60085481565b61036d6104c2366004614578565b610f7f565b61036d6104d53660046147e7565b61104a565b61036d6104e836600461482a565b6110de565b61036d6104fb366004614578565b611301565b61034c61050e366004614578565b6040517f746565726f6c6c75702f656e636c6176652d6b65792f7631000000000000000060208201524660388201527fffffffffffffffffffffffffffffffffffffffff00000000000000000000000030606090811b8216605884015283901b16606c8201525f90608001604051602081830303815290604052805190602001209050919050565b61034c6105a4366004614872565b6115d4565b61036d6105b73660046148b1565b6119f9565b6002546001600160a01b0316155b604051901515815260200161031c565b61036d6105e8366004614933565b611c5b565b6007546103079067ffffffffffffffff1681565b6105ca61060f366004614a17565b600560209081525f928352604080842090915290825290205460ff1681565b61030762093a8081565b61034c610646366004614a41565b611de7565b61036d610659366004614578565b611e2f565b600d546103e6906001600160a01b031681565b61034c61067f366004614578565b60046020525f908152604090205481565b61034c61069e366004614a79565b611f5b565b6103077f000000000000000000000000000000000000000000000000000000000000000081565b6002546103e6906001600160a01b031681565b61036d6106eb366004614aa2565b61204c565b61036d6106fe366004614872565b612240565b61034c604081565b61036d610719366004614aeb565b61238a565b6105ca61072c366004614b22565b612424565b61034c60095481565b61034c600a5481565b61034c610751366004614b4e565b6124ae565b61034c612594565b5f546103e6906001600160a01b031681565b61036d61077e366004614578565b6125a4565b6107d1610791366004614578565b60036020525f90815260409020805460019091015460ff8083169267ffffffffffffffff6101008204169269010000000000000000009091049091169084565b6040805160ff909516855267ffffffffffffffff909316602085015290151591830191909152606082015260800161031c565b61080e600161261e565b60ff8716600114801590610826575060ff8716600214155b15610867576040517f5dc56e0f00000000000000000000000000000000000000000000000000000000815260ff881660048201526024015b60405180910390fd5b5f610874878785856126e1565b905080156108b1576040517fe5bca1da0000000000000000000000000000000000000000000000000000000081526004810182905260240161085e565b5f87875f8181106108c4576108c4614ba9565b9091013560f81c600114915050600260ff8a16148114610915576040517f5dc56e0f00000000000000000000000000000000000000000000000000000000815260ff8a16600482015260240161085e565b61091f86866127b3565b610955576040517fca7c57d400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6109608989612896565b5090506001600160a01b038116156109af576040517ff686dc7b0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260240161085e565b6109f28a8a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508c92508b915061299c9050565b50505050505050505050565b600d546001600160a01b03163314610a1957610a195f61261e565b6001600160a01b0381165f8181526003602052604080822080547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff166901000000000000000000179055517f014328d04215ef25a11c630f007f31516a065906981503bcb8cdf4998651c18b9190a250565b604080517f494c639b0b068ca7cb2de03231a949a7b4c12b27d39409041340bd3495bc195260208201526001600160a01b03861691810191909152606081018490526080810183905267ffffffffffffffff821660a08201525f9060c0016040516020818303038152906040528051906020012090505b949350505050565b6040805160ff85166020820152908101839052606081018290525f906080016040516020818303038152906040528051906020012090505b9392505050565b5f610b6e8989898888604051610b60929190614bd6565b60405180910390208a6124ae565b9050604182141580610b8957506001546001600160a01b0316155b15610bc0576040517fc7cd56ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610bce6020828587614be5565b610bd791614c0c565b90505f610be8604060208688614be5565b610bf191614c0c565b90505f85856040818110610c0757610c07614ba9565b919091013560f81c9150507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610c6c576040517fc7cd56ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018054604080515f81526020810180835288905260ff85169181019190915260608101869052608081018590526001600160a01b03909116919060a0016020604051602081039080840390855afa158015610cca573d5f5f3e3d5ffd5b505050602060405103516001600160a01b031614610d14576040517fc7cd56ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d228c8c8c8c8c8c612b28565b505050505050505050505050565b6001600160a01b038a165f9081526004602052604090205480610d8a576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b038c16600482015260240161085e565b610dbc8a610db18d848d8d604051610da3929190614bd6565b60405180910390208f610a8b565b898989898989612e06565b6001600160a01b038b165f818152600360205260409081902080547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1669010000000000000000001790555167ffffffffffffffff8c1691907f41a55618b1419c2fe02e5a027ed4e5673d311fc0cd58cdda18386e6b8821ccc990610e44908d908d90614c70565b60405180910390a36040516001600160a01b038c16907f014328d04215ef25a11c630f007f31516a065906981503bcb8cdf4998651c18b905f90a25050505050505050505050565b5f546001600160a01b03163314610ecf576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f818152600c602052604081205467ffffffffffffffff169003610f22576040517fe0a203fb0000000000000000000000000000000000000000000000000000000081526004810182905260240161085e565b5f818152600c602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690555182917fef2393afd41f32c607a123de95d703349edd33ea1d86af21535ea8040ec7d98491a250565b610f89600161261e565b6001600160a01b0381161580610fa757506001600160a01b03811630145b15610fde576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c906020015b60405180910390a150565b6110538161261e565b61105c83612ff5565b60ff83165f81815260056020908152604080832086845282529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182528492917f511f1412440defcd6bb79cd3718a59b86e33face563506e956b6cd7cc7649b24910160405180910390a3505050565b5f8383836040516020016110f493929190614c83565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600c9093529082205490925067ffffffffffffffff16900361117f576040517fe0a203fb0000000000000000000000000000000000000000000000000000000081526004810182905260240161085e565b8167ffffffffffffffff164210156111d6576040517f8f42a6910000000000000000000000000000000000000000000000000000000081526004810182905267ffffffffffffffff8316602482015260440161085e565b6111ed6212750067ffffffffffffffff8416614cdd565b421115611239576040517fc354a4930000000000000000000000000000000000000000000000000000000081526004810182905267ffffffffffffffff8316602482015260440161085e565b5f818152600c602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055518190309061127f9088908890614bd6565b5f604051808303815f865af19150503d805f81146112b8576040519150601f19603f3d011682016040523d82523d5f602084013e6112bd565b606091505b5091509150816112cf57805160208201fd5b60405183907facba7db33afd41cd69adcb9749e50b9fd484953f306d98d2d6e0a8ce0adb7d5c905f90a2505050505050565b5f546001600160a01b03163314611344576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160a01b031615611387576040517f45d8430800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381166113c7576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f816001600160a01b0316631e29848b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611404573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114289190614cf0565b9050807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16116114c0576040517f67ba474b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201526024810182905260440161085e565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03841690811790915560408051918252602082018390527f433a8dc019eaf60579b65293a56b300972dcc4e8c01e151ff2a8ffef99332c31910160405180910390a160075467ffffffffffffffff16156115d057600754600954600a546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9093166004840152602483019190915260448201526001600160a01b03831690636ebe2ce0906064015f604051808303815f87803b1580156115b9575f5ffd5b505af11580156115cb573d5f5f3e3d5ffd5b505050505b5050565b5f80546001600160a01b03163314611618576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160a01b031661165a576040517f8fb9d3cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f600483101561166a575f611680565b61167760045f8587614be5565b61168091614d07565b90507fffffffff0000000000000000000000000000000000000000000000000000000081167f704b6c02000000000000000000000000000000000000000000000000000000001480159061171657507fffffffff0000000000000000000000000000000000000000000000000000000081167ffaab9d390000000000000000000000000000000000000000000000000000000014155b801561176457507fffffffff0000000000000000000000000000000000000000000000000000000081167f7277ac780000000000000000000000000000000000000000000000000000000014155b80156117b257507fffffffff0000000000000000000000000000000000000000000000000000000081167fe0655d9f0000000000000000000000000000000000000000000000000000000014155b801561180057507fffffffff0000000000000000000000000000000000000000000000000000000081167f1ce0c32b0000000000000000000000000000000000000000000000000000000014155b801561184e57507fffffffff0000000000000000000000000000000000000000000000000000000081167fd0f42ac70000000000000000000000000000000000000000000000000000000014155b156118a9576040517f9a8600cb0000000000000000000000000000000000000000000000000000000081527fffffffff000000000000000000000000000000000000000000000000000000008216600482015260240161085e565b5f6118d47f000000000000000000000000000000000000000000000000000000000000000042614d6d565b90508484826040516020016118eb93929190614c83565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600c90935291205490935067ffffffffffffffff1615611974576040517fcf52f8e40000000000000000000000000000000000000000000000000000000081526004810184905260240161085e565b5f838152600c60205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff84161790555183907ffe5edb181a8453d83aebee93b954955d0156e4e6d10b26a41af068dfc356ef13906119e990849089908990614d8d565b60405180910390a2505092915050565b6009545f8415801590611a26575085855f818110611a1957611a19614ba9565b9091013560f81c60011490505b90505f81611a35576001611a38565b60025b9050821580611a82575082611a7f828989604051611a57929190614bd6565b60405180910390208888604051611a6f929190614bd6565b6040518091039020600a54611de7565b14155b15611ab9576040517f8c14297300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f611ac58989612896565b90925090506001600160a01b038216611b0a576040517ffc837e6200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6007546040516001600160a01b038416815267ffffffffffffffff9091169081907feb56811932b589ed42f72c755b786e32e3552b49eb5bb567fe542b68457005a69060200160405180910390a28115801590611b6e5750611b6c8888613044565b155b8015611b825750611b828a8a848b8b613117565b15611ba857611b9d84611b968c8c866131f6565b8a8a61299c565b505050505050611c55565b5f6009819055600b556002546001600160a01b0316156109f257600254600a546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff841660048201525f602482015260448101919091526001600160a01b0390911690636ebe2ce0906064015f604051808303815f87803b158015611c38575f5ffd5b505af1158015611c4a573d5f5f3e3d5ffd5b505050505050505050505b50505050565b5f8888604051611c6c929190614bd6565b6040519081900390209050611c94611c8a60c08c0160a08d01614db0565b610db18c84611f5b565b42611ca560808c0160608d01614db0565b67ffffffffffffffff161115611d0457611cc560808b0160608c01614db0565b6040517faf994aed00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260240161085e565b611d43611d1460208c018c614578565b611d2460408d0160208e016145fa565b8c604001358d6080016020810190611d3c9190614db0565b8d8d612b28565b611d5360c08b0160a08c01614db0565b67ffffffffffffffff16611d6a60208c018c614578565b6001600160a01b03167f197c0d01d080cc459fd40ad01ee5cbd3dbbd34cdd015c23dc3040bacf97ac1dd611da460808e0160608f01614db0565b8d6080016020810190611db79190614db0565b6040805167ffffffffffffffff93841681529290911660208301520160405180910390a350505050505050505050565b6040805160ff86166020820152908101849052606081018390525f90611e2690608001604051602081830303815290604052805190602001208361335b565b95945050505050565b5f546001600160a01b03163314611e72576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038116611eb2576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600d546001600160a01b031615611ef5576040517f9aaca9be00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600d80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e9060200161103f565b5f7ff445d1d821aa81334fb17e905e72f94669434712c835e466b588b85637e46178611f8a6020850185614578565b611f9a60408601602087016145fa565b6040860135611faf6080880160608901614db0565b611fbf60a0890160808a01614db0565b87611fd060c08b0160a08c01614db0565b6040805160208101999099526001600160a01b039097169688019690965260ff9094166060870152608086019290925267ffffffffffffffff90811660a086015290811660c085015260e084019190915216610100820152610120015b6040516020818303038152906040528051906020012090505b92915050565b60ff84165f908152600660205260409020546001600160a01b0316806120a3576040517f219e36ae00000000000000000000000000000000000000000000000000000000815260ff8616600482015260240161085e565b5f5f5f5f846001600160a01b0316638b76bd7c88886040518363ffffffff1660e01b81526004016120d5929190614c70565b608060405180830381865afa1580156120f0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121149190614dcb565b93509350935093508860ff168460ff1614612160576040517fdfc0338700000000000000000000000000000000000000000000000000000000815260ff8516600482015260240161085e565b5f6121ed896040517f746565726f6c6c75702f656e636c6176652d6b65792f7631000000000000000060208201524660388201527fffffffffffffffffffffffffffffffffffffffff00000000000000000000000030606090811b8216605884015283901b16606c8201525f90608001604051602081830303815290604052805190602001209050919050565b9050808314612232576040517fc21d08b2000000000000000000000000000000000000000000000000000000008152600481018290526024810184905260440161085e565b6109f2898b86858c8c612b28565b61224a600161261e565b5f81156122755761225b8383613398565b612269602260028486614be5565b61227291614c0c565b90505b600a819055600b545f81156123355761228e828461335b565b60098190556002549091506001600160a01b031615612335576002546007546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260248101839052604481018590526001600160a01b0390911690636ebe2ce0906064015f604051808303815f87803b15801561231e575f5ffd5b505af1158015612330573d5f5f3e3d5ffd5b505050505b60075460405167ffffffffffffffff909116907fae24836171d47b9cd8a040c71a3ab1837972caa1cca85d404289302f967c902b9061237b908890889088908790614e09565b60405180910390a25050505050565b61239e6001600160a01b038216151561261e565b6123a782612ff5565b60ff82165f8181526006602090815260409182902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03861690811790915591519182527f395d7c5c8bb0d5bc42230e1b41e30248fc326a12f68883acd8178235e4cc7497910160405180910390a25050565b6001600160a01b0382165f90815260036020526040812080544261010090910467ffffffffffffffff1611801561246a575080546901000000000000000000900460ff16155b801561247c5750805460ff8481169116145b8015610b02575060ff8084165f9081526005602090815260408083206001860154845290915290205416949350505050565b604080517f181186b6f2fd3ed967761a2d4735f359125afcdbda86443a74853b32c94d220560208201526001600160a01b0387169181019190915260ff851660608201526080810184905260a0810183905267ffffffffffffffff821660c08201525f90819060e001604051602081830303815290604052805190602001209050612537612594565b6040517f190100000000000000000000000000000000000000000000000000000000000060208201526022810191909152604281018290526062016040516020818303038152906040528051906020012091505095945050505050565b5f61259f46306134a8565b905090565b6125b86001600160a01b038216151561261e565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f6e4c52923c1e70447ecc72995ce26bf2400d9c26b1a7c21ab433e7caff8d40a29060200161103f565b3033036126285750565b5f546001600160a01b0316331461266b576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80801561268257506002546001600160a01b031615155b156126de576040517fccdba7530000000000000000000000000000000000000000000000000000000081527fffffffff000000000000000000000000000000000000000000000000000000005f3516600482015260240161085e565b50565b5f5f5f5f6126ef8888613540565b92509250925080158061270b5750612709888885856135f1565b155b1561271c5760029350505050610b02565b601d820361273d578415612731576007612733565b5f5b9350505050610b02565b61274888888561379d565b6127585760029350505050610b02565b6127638360c0614e2f565b85146127755760079350505050610b02565b5f5b838110156127a55761278c898989898561381a565b61279d576007945050505050610b02565b600101612777565b505f98975050505050505050565b5f82828101831515600583355f1a036127e157506002828101923560011a9085106008821117156127e157505f5b80151593505b801561288d5782355f815f1a60018114612818576002811461282e5760038114612840576004811461285857612869565b8260081b60f01c1561282957600391505b612869565b8260011a156128295760029150612869565b606460018460011a0310156128295760029150612869565b8260081b60c01c1561286957600991505b509384019380158486111715612883575f9550505061288d565b50505f19016127e7565b50141692915050565b5f5f5f84845f8181106128ab576128ab614ba9565b9091013560f81c60011490506128c257601d6128c5565b605d5b90505f816128d4600187614e46565b6128de9190614e59565b90505f5b81811015612992575f6128f58483614e2f565b612900906001614cdd565b90505f888289612911826014614cdd565b9261291e93929190614be5565b61292791614e91565b60601c90505f898961293a856014614cdd565b81811061294957612949614ba9565b919091013560f81c915061295f90508282612424565b1561297257836001901b87179650612984565b6001600160a01b038816612984578197505b5050508060010190506128e2565b5050509250929050565b5f838051906020012090505f6129ca868386866040516129bd929190614bd6565b6040518091039020610b0a565b600a549091505f6129db838361335b565b6007549091505f906129f89067ffffffffffffffff166001614d6d565b600780547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556008879055600b8690556009849055604051919250907fe20f0951f68086be0a65b5803da4e67f16932e2e0b66f6fb682e910b0302f05190612a7a908c908c908c908c908990614ef6565b60405180910390a26002546001600160a01b031615612b1d576002546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260248101849052604481018590526001600160a01b0390911690636ebe2ce0906064015f604051808303815f87803b158015612b06575f5ffd5b505af1158015612b18573d5f5f3e3d5ffd5b505050505b505050505050505050565b6001600160a01b038616612b68576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612b7185612ff5565b60ff8086165f90815260056020908152604080832088845290915290205416612bd2576040517ff6265b5700000000000000000000000000000000000000000000000000000000815260ff861660048201526024810185905260440161085e565b428367ffffffffffffffff1611612c21576040517f9569365300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260240161085e565b6001600160a01b0386165f908152600360205260409020805467ffffffffffffffff610100909104811690851611612cb05780546040517fa401db7f0000000000000000000000000000000000000000000000000000000081526001600160a01b038916600482015261010090910467ffffffffffffffff90811660248301528516604482015260640161085e565b60405180608001604052808760ff1681526020018567ffffffffffffffff168152602001825f0160099054906101000a900460ff16151581526020018681525060035f896001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160096101000a81548160ff021916908315150217905550606082015181600101559050508282604051612d9b929190614bd6565b604080519182900382206001600160a01b038a165f8181526004602052929092205560ff8816917f78cb0e9a60ce8013aa3c6efeb9379799fcbce41c698f35c37a4c8b68217a77a190612df5908990899089908990614f74565b60405180910390a350505050505050565b60075467ffffffffffffffff898116911614612e66576007546040517f2b9264ec00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9182166004820152908916602482015260440161085e565b6002546001600160a01b031680612ea9576040517f2fd5912e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6009546040515f90612ebe908a908a90614bd6565b6040519081900390209050811580612eeb575081612ee86001838a8a604051611a6f929190614bd6565b14155b15612f22576040517f8c14297300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f612f99612f3046866134a8565b7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f90815260208e905260409081902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f612fac838c8c8c8c878d8d61390b565b90508015612fe9576040517f89f9bdbf0000000000000000000000000000000000000000000000000000000081526004810182905260240161085e565b612b188b8b8989613962565b60ff81161580613008575060068160ff16115b156126de576040517fdfc0338700000000000000000000000000000000000000000000000000000000815260ff8216600482015260240161085e565b5f8060018484838161305857613058614ba9565b919091013560f81c600503905061308c578484600181811061307c5761307c614ba9565b60029450919091013560f81c9150505b801561310d575f8585848181106130a5576130a5614ba9565b919091013560f81c91505060038190036130c55760019350505050612046565b8060ff166001146130e9578060ff166004146130e25760026130ec565b60096130ec565b60035b6130f99060ff1684614cdd565b9250508061310690614f9d565b905061308c565b505f949350505050565b5f5f5f6131248888613540565b50915091505f5f5f5b848110156131db57600189821c16156131d3575f60186131678d8d6131528987614e2f565b61315d906001614cdd565b9190910135919050565b901c90505f61317e60ff604084901c166010614e2f565b6001901b905061318e8185614cdd565b935077ffffffffffffffff00000000000000000000000000000000608083901b166131ba826001614cdd565b6131c49190614cdd565b6131ce9086614cdd565b945050505b60010161312d565b506131e887878484613aa4565b9a9950505050505050505050565b60605f84845f81811061320b5761320b614ba9565b9091013560f81c600114905061322257601d613225565b605d5b90505f81613234600187614e46565b61323e9190614e59565b90508161324a85613bd8565b6132549190614e2f565b61325f906001614cdd565b67ffffffffffffffff81111561327757613277614fb2565b6040519080825280601f01601f1916602001820160405280156132a1576020820181803683370190505b50925085855f8181106132b6576132b6614ba9565b9050013560f81c60f81b835f815181106132d2576132d2614ba9565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a90535060015f5b8281101561335057600186821c1615613348575f6133228583614e2f565b61332d906001614cdd565b905084818a01846020890101376133448584614cdd565b9250505b600101613304565b505050509392505050565b5f811561339157604080516020810185905290810183905260600160405160208183030381529060405280519060200120610b42565b5090919050565b8060438110156133d4576040517f1da59f3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f83835f8181106133e7576133e7614ba9565b919091013560f81c91505f90508484600181811061340757613407614ba9565b919091013560f81c915061341e9050826021614e2f565b613429906022614cdd565b831415806134375750604082115b80613440575080155b8061344a57508181115b8061346a57505f61345f602260028789614be5565b61346891614c0c565b145b156134a1576040517f1da59f3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018390526001600160a01b03821660a08201525f9060c00161202d565b5f808083810361355757505f9150819050806135ea565b5f85855f81811061356a5761356a614ba9565b919091013560f81c9150505f81900361358657601d92506135a6565b8060010361359757605d92506135a6565b5f5f5f935093509350506135ea565b5f6135b2600187614e46565b90506135be8482614e59565b945084158015906135d157506101008511155b80156135e55750806135e38587614e2f565b145b925050505b9250925092565b5f5f5f5b84811015613790575f6136088583614e2f565b613613906001614cdd565b905087810135606081901c605882901c60ff168582111580613633575080155b8061363e5750600681115b15613651575f9650505050505050610b02565b819550605d8803613781575f61366d8c8c61315d88601d614cdd565b90505f6136808d8d61315d89603d614cdd565b90507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47821015806136d157507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478110155b8061376957507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914155b1561377e575f98505050505050505050610b02565b50505b505050508060010190506135f5565b5060019695505050505050565b5f60015b8281101561380f575f6137d086866137ba605d86614e2f565b6137c5906001614cdd565b61315d90601d614cdd565b90505f5b8281101561380557816137ed88886137ba605d86614e2f565b036137fd575f9350505050610b42565b6001016137d4565b50506001016137a1565b506001949350505050565b5f80613827605d84614e2f565b613832906001614cdd565b90505f6138408460c0614e2f565b9050613852868661315d846060614cdd565b613862878761315d856040614cdd565b613872888861315d866020614cdd565b838901351717175f03613889575f92505050611e26565b6138ff8883013560601c89896138a086601d614cdd565b906138ac87605d614cdd565b926138b993929190614be5565b89858a6138c7826080614cdd565b926138d493929190614be5565b8b8b6138e1896080614cdd565b906138ed8a60c0614cdd565b926138fa93929190614be5565b613c04565b98975050505050505050565b5f5f61391b8a8a8a8a8a5f613ce7565b9050601d81101561392d5790506138ff565b5f5f5f61393e888d8d878b8b613d89565b925092509250613951838b8b8585613ddd565b9d9c50505050505050505050505050565b5f601d613970600186614e46565b61397a9190614e59565b90505f600861398a836007614cdd565b6139949190614e59565b90505f6139a2826008614e2f565b6139ae90610100614e46565b6139ba835f8789614be5565b6139c391614c0c565b901c90505f5b83811015613a9a57600182821c1615613a92575f6139e8601d83614e2f565b6139f3906001614cdd565b90505f89828a613a04826014614cdd565b92613a1193929190614be5565b613a1a91614e91565b60601c9050613a4e818b8b613a30866014614cdd565b818110613a3f57613a3f614ba9565b919091013560f81c9050612424565b613a8f576040517f62399bdd0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260240161085e565b50505b6001016139c9565b5050505050505050565b5f846001600582355f1a03613abe575060028101903560011a5b600192505b8015613bce578135805f1a60018114613b005760028114613b1b5760038114613b80578160081b60c01c8760801c10159450600984019350613bbe565b8160081b60f01c61ffff881610159450600384019350613bbe565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a811015955050600284019350613bbe565b8160011a60105b6070811015613bb55761ffff88821c168202606461ffff8b841c16021015613bad575f96505b601001613b87565b50506002840193505b50508215613bce575f1901613ac3565b5050949350505050565b5f5b8115613bff57613be981614fdf565b9050613bf6600183614e46565b82169150613bda565b919050565b5f604086141580613c16575060808414155b80613c22575060408214155b15613c2e57505f613cdc565b5f5f5f613c897ff0c46ae7b14b8be092c0fdde51f2b0bce7534771d1f24fd3cadcb683e01070498c8c8c8c8c604051602001613c6e959493929190614ff7565b60405160208183030381529060405280519060200120613e1b565b92509250925080613c9f575f9350505050613cdc565b60408051610380810182529087823760408b604083013760808960808301378361010082015282610120820152613cd581614021565b9450505050505b979650505050505050565b5f8460405181888237600192508882822003613d5c57600292505f8835811a8015613d195760018114613d2857613d2d565b85613d2357601d91505b613d2d565b605d91505b50821515811615613d5a576001830381810481838202146101018210821515161615613d57578295505b50505b505b5050601d8110158015613d765750613d7484846127b3565b155b15613d7f575060035b9695505050505050565b5f8080808080613d9c88888c8c856141c4565b92509250925080613db95760045f5f955095509550505050613dd1565b613dc78c8c8c8c8787614303565b9550955095505050505b96509650969350505050565b5f6002861480613ded5750600486145b15613df9575084611e26565b613e0585858585613aa4565b613e1157506005611e26565b5093949350505050565b5f5f5f6040518581528460208201526060810160208152602080820152602060408201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a08201525f5b610100811015614017578060011b60408401526060832060018260011b016040850152606084207f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d85090897507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090908915081606085015260205f60c08660055afa613fa5575050614017565b5f519650817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478889090361400d578060ff1c1561400257867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd470396505b600195505050614017565b5050600101613e8d565b5050509250925092565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016101408320066101408301604084015181526060840151602082015281604082015260408160608360075afa9250835160408201526020840151606082015260408160808360065afa831692506101808101600181526002602082015282604082015260408160608360075afa8416935061010085015160408201526101208501516060820152604060c0830160808360065afa84169350507f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0820152608084015161010082015260a084015161012082015260c084015161014082015260e084015161016082015260205f6101808360085afa83169250505060015f511460203d141681169050919050565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c08101866142e7577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b8181101561442e57803560181c8060481c60ff8260401c166005600182031182871015171561434a576002995050505061442e565b81955060018160041b1b9050808801975060018c161561441d5767ffffffffffffffff831660801b600182010189019850896144165760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e0135111516801561440e578160208a015260408d60408b013760205f60808b60015afa845f511460203d148216166144085760069c505b50614413565b60069b505b50505b60418b019a505b50505060019890981c978901614315565b5050505096509650969350505050565b60ff811681146126de575f5ffd5b5f5f83601f84011261445c575f5ffd5b50813567ffffffffffffffff811115614473575f5ffd5b60208301915083602082850101111561448a575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a0312156144a7575f5ffd5b87356144b28161443e565b9650602088013567ffffffffffffffff8111156144cd575f5ffd5b6144d98a828b0161444c565b909750955050604088013567ffffffffffffffff8111156144f8575f5ffd5b6145048a828b0161444c565b909550935050606088013567ffffffffffffffff811115614523575f5ffd5b61452f8a828b0161444c565b989b979a50959850939692959293505050565b5f60208284031215614552575f5ffd5b5035919050565b6001600160a01b03811681146126de575f5ffd5b8035613bff81614559565b5f60208284031215614588575f5ffd5b8135610b4281614559565b67ffffffffffffffff811681146126de575f5ffd5b8035613bff81614593565b5f5f5f5f608085870312156145c6575f5ffd5b84356145d181614559565b9350602085013592506040850135915060608501356145ef81614593565b939692955090935050565b5f6020828403121561460a575f5ffd5b8135610b428161443e565b5f5f5f60608486031215614627575f5ffd5b83356146328161443e565b95602085013595506040909401359392505050565b5f5f5f5f5f5f5f5f60c0898b03121561465e575f5ffd5b883561466981614559565b975060208901356146798161443e565b965060408901359550606089013561469081614593565b9450608089013567ffffffffffffffff8111156146ab575f5ffd5b6146b78b828c0161444c565b90955093505060a089013567ffffffffffffffff8111156146d6575f5ffd5b6146e28b828c0161444c565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f5f5f5f60c08b8d03121561470f575f5ffd5b6147188b61456d565b995061472660208c016145a8565b985060408b013567ffffffffffffffff811115614741575f5ffd5b61474d8d828e0161444c565b90995097505060608b013567ffffffffffffffff81111561476c575f5ffd5b6147788d828e0161444c565b90975095505060808b013567ffffffffffffffff811115614797575f5ffd5b6147a38d828e0161444c565b90955093505060a08b013567ffffffffffffffff8111156147c2575f5ffd5b6147ce8d828e0161444c565b915080935050809150509295989b9194979a5092959850565b5f5f5f606084860312156147f9575f5ffd5b83356148048161443e565b9250602084013591506040840135801515811461481f575f5ffd5b809150509250925092565b5f5f5f6040848603121561483c575f5ffd5b833567ffffffffffffffff811115614852575f5ffd5b61485e8682870161444c565b909450925050602084013561481f81614593565b5f5f60208385031215614883575f5ffd5b823567ffffffffffffffff811115614899575f5ffd5b6148a58582860161444c565b90969095509350505050565b5f5f5f5f604085870312156148c4575f5ffd5b843567ffffffffffffffff8111156148da575f5ffd5b6148e68782880161444c565b909550935050602085013567ffffffffffffffff811115614905575f5ffd5b6149118782880161444c565b95989497509550505050565b5f60c0828403121561492d575f5ffd5b50919050565b5f5f5f5f5f5f5f5f5f6101408a8c03121561494c575f5ffd5b6149568b8b61491d565b985060c08a013567ffffffffffffffff811115614971575f5ffd5b61497d8c828d0161444c565b90995097505060e08a013567ffffffffffffffff81111561499c575f5ffd5b6149a88c828d0161444c565b9097509550506101008a013567ffffffffffffffff8111156149c8575f5ffd5b6149d48c828d0161444c565b9095509350506101208a013567ffffffffffffffff8111156149f4575f5ffd5b614a008c828d0161444c565b915080935050809150509295985092959850929598565b5f5f60408385031215614a28575f5ffd5b8235614a338161443e565b946020939093013593505050565b5f5f5f5f60808587031215614a54575f5ffd5b8435614a5f8161443e565b966020860135965060408601359560600135945092505050565b5f5f60e08385031215614a8a575f5ffd5b614a94848461491d565b9460c0939093013593505050565b5f5f5f5f60608587031215614ab5575f5ffd5b8435614ac08161443e565b93506020850135614ad081614559565b9250604085013567ffffffffffffffff811115614905575f5ffd5b5f5f60408385031215614afc575f5ffd5b8235614b078161443e565b91506020830135614b1781614559565b809150509250929050565b5f5f60408385031215614b33575f5ffd5b8235614b3e81614559565b91506020830135614b178161443e565b5f5f5f5f5f60a08688031215614b62575f5ffd5b8535614b6d81614559565b94506020860135614b7d8161443e565b935060408601359250606086013591506080860135614b9b81614593565b809150509295509295909350565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b818382375f9101908152919050565b5f5f85851115614bf3575f5ffd5b83861115614bff575f5ffd5b5050820193919092039150565b80356020831015612046575f19602084900360031b1b1692915050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f610b02602083018486614c29565b604081525f614c96604083018587614c29565b905067ffffffffffffffff83166020830152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561204657612046614cb0565b5f60208284031215614d00575f5ffd5b5051919050565b80357fffffffff000000000000000000000000000000000000000000000000000000008116906004841015614d66577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505b5092915050565b67ffffffffffffffff818116838216019081111561204657612046614cb0565b67ffffffffffffffff84168152604060208201525f611e26604083018486614c29565b5f60208284031215614dc0575f5ffd5b8135610b4281614593565b5f5f5f5f60808587031215614dde575f5ffd5b8451614de98161443e565b60208601516040870151606088015192965090945092506145ef81614593565b606081525f614e1c606083018688614c29565b6020830194909452506040015292915050565b808202811582820484141761204657612046614cb0565b8181038181111561204657612046614cb0565b5f82614e8c577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015614d66577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b60ff86168152608060208201525f8551806080840152806020880160a085015e5f60a082850101527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8201168301905060a0838203016040840152614f6160a082018688614c29565b9150508260608301529695505050505050565b84815267ffffffffffffffff84166020820152606060408201525f613d7f606083018486614c29565b5f81614fab57614fab614cb0565b505f190190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f198203614ff057614ff0614cb0565b5060010190565b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008660601b168152838560148301375f848201601481015f815284868237505f930160140192835250909594505050505056fea264697066735822122067c4ac68a0733f87620ea593eeab0c1b3cacdeb48d163a7ea909b938117e971964736f6c634300081e0033",
}

// Manager is an auto generated Go binding around an Ethereum contract.
type Manager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Manager) GetABI() abi.ABI {
	return c.abi
}

// NewManager creates a new instance of Manager.
func NewManager() *Manager {
	parsed, err := ManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Manager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Manager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin_, address registrar_, uint64 governanceDelay_) returns()
func (manager *Manager) PackConstructor(admin_ common.Address, registrar_ common.Address, governanceDelay_ uint64) []byte {
	enc, err := manager.abi.Pack("", admin_, registrar_, governanceDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackADMISSIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29198182.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ADMISSION_TYPEHASH() view returns(bytes32)
func (manager *Manager) PackADMISSIONTYPEHASH() []byte {
	enc, err := manager.abi.Pack("ADMISSION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackADMISSIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29198182.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ADMISSION_TYPEHASH() view returns(bytes32)
func (manager *Manager) TryPackADMISSIONTYPEHASH() ([]byte, error) {
	return manager.abi.Pack("ADMISSION_TYPEHASH")
}

// UnpackADMISSIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29198182.
//
// Solidity: function ADMISSION_TYPEHASH() view returns(bytes32)
func (manager *Manager) UnpackADMISSIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("ADMISSION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCHANGEGRACEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bc6265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHANGE_GRACE_PERIOD() view returns(uint64)
func (manager *Manager) PackCHANGEGRACEPERIOD() []byte {
	enc, err := manager.abi.Pack("CHANGE_GRACE_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHANGEGRACEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bc6265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHANGE_GRACE_PERIOD() view returns(uint64)
func (manager *Manager) TryPackCHANGEGRACEPERIOD() ([]byte, error) {
	return manager.abi.Pack("CHANGE_GRACE_PERIOD")
}

// UnpackCHANGEGRACEPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04bc6265.
//
// Solidity: function CHANGE_GRACE_PERIOD() view returns(uint64)
func (manager *Manager) UnpackCHANGEGRACEPERIOD(data []byte) (uint64, error) {
	out, err := manager.abi.Unpack("CHANGE_GRACE_PERIOD", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXDASET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2ebd81f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DA_SET() view returns(uint256)
func (manager *Manager) PackMAXDASET() []byte {
	enc, err := manager.abi.Pack("MAX_DA_SET")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDASET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2ebd81f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DA_SET() view returns(uint256)
func (manager *Manager) TryPackMAXDASET() ([]byte, error) {
	return manager.abi.Pack("MAX_DA_SET")
}

// UnpackMAXDASET is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2ebd81f.
//
// Solidity: function MAX_DA_SET() view returns(uint256)
func (manager *Manager) UnpackMAXDASET(data []byte) (*big.Int, error) {
	out, err := manager.abi.Unpack("MAX_DA_SET", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9442b8f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (manager *Manager) PackMINGOVERNANCEDELAY() []byte {
	enc, err := manager.abi.Pack("MIN_GOVERNANCE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9442b8f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (manager *Manager) TryPackMINGOVERNANCEDELAY() ([]byte, error) {
	return manager.abi.Pack("MIN_GOVERNANCE_DELAY")
}

// UnpackMINGOVERNANCEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9442b8f8.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (manager *Manager) UnpackMINGOVERNANCEDELAY(data []byte) (uint64, error) {
	out, err := manager.abi.Unpack("MIN_GOVERNANCE_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackREGISTRATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1494e2f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (manager *Manager) PackREGISTRATIONTYPEHASH() []byte {
	enc, err := manager.abi.Pack("REGISTRATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1494e2f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (manager *Manager) TryPackREGISTRATIONTYPEHASH() ([]byte, error) {
	return manager.abi.Pack("REGISTRATION_TYPEHASH")
}

// UnpackREGISTRATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1494e2f6.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (manager *Manager) UnpackREGISTRATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("REGISTRATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREMOVALTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3350e02d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REMOVAL_TYPEHASH() view returns(bytes32)
func (manager *Manager) PackREMOVALTYPEHASH() []byte {
	enc, err := manager.abi.Pack("REMOVAL_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREMOVALTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3350e02d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REMOVAL_TYPEHASH() view returns(bytes32)
func (manager *Manager) TryPackREMOVALTYPEHASH() ([]byte, error) {
	return manager.abi.Pack("REMOVAL_TYPEHASH")
}

// UnpackREMOVALTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3350e02d.
//
// Solidity: function REMOVAL_TYPEHASH() view returns(bytes32)
func (manager *Manager) UnpackREMOVALTYPEHASH(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("REMOVAL_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (manager *Manager) PackAdmin() []byte {
	enc, err := manager.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (manager *Manager) TryPackAdmin() ([]byte, error) {
	return manager.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (manager *Manager) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := manager.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAdmissionHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4edb0c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admissionHash((address,uint8,bytes32,uint64,uint64,uint64) a, bytes32 evidenceHash) pure returns(bytes32)
func (manager *Manager) PackAdmissionHash(a ManagerAdmission, evidenceHash [32]byte) []byte {
	enc, err := manager.abi.Pack("admissionHash", a, evidenceHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmissionHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4edb0c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admissionHash((address,uint8,bytes32,uint64,uint64,uint64) a, bytes32 evidenceHash) pure returns(bytes32)
func (manager *Manager) TryPackAdmissionHash(a ManagerAdmission, evidenceHash [32]byte) ([]byte, error) {
	return manager.abi.Pack("admissionHash", a, evidenceHash)
}

// UnpackAdmissionHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4edb0c1.
//
// Solidity: function admissionHash((address,uint8,bytes32,uint64,uint64,uint64) a, bytes32 evidenceHash) pure returns(bytes32)
func (manager *Manager) UnpackAdmissionHash(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("admissionHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7277ac78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowMeasurement(uint8 kind, bytes32 measurement, bool ok) returns()
func (manager *Manager) PackAllowMeasurement(kind uint8, measurement [32]byte, ok bool) []byte {
	enc, err := manager.abi.Pack("allowMeasurement", kind, measurement, ok)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7277ac78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowMeasurement(uint8 kind, bytes32 measurement, bool ok) returns()
func (manager *Manager) TryPackAllowMeasurement(kind uint8, measurement [32]byte, ok bool) ([]byte, error) {
	return manager.abi.Pack("allowMeasurement", kind, measurement, ok)
}

// PackAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9062bbde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowed(uint8 , bytes32 ) view returns(bool)
func (manager *Manager) PackAllowed(arg0 uint8, arg1 [32]byte) []byte {
	enc, err := manager.abi.Pack("allowed", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9062bbde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowed(uint8 , bytes32 ) view returns(bool)
func (manager *Manager) TryPackAllowed(arg0 uint8, arg1 [32]byte) ([]byte, error) {
	return manager.abi.Pack("allowed", arg0, arg1)
}

// UnpackAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9062bbde.
//
// Solidity: function allowed(uint8 , bytes32 ) view returns(bool)
func (manager *Manager) UnpackAllowed(data []byte) (bool, error) {
	out, err := manager.abi.Unpack("allowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBindingReportData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a8e305b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindingReportData(address enclave) view returns(bytes32)
func (manager *Manager) PackBindingReportData(enclave common.Address) []byte {
	enc, err := manager.abi.Pack("bindingReportData", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindingReportData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a8e305b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindingReportData(address enclave) view returns(bytes32)
func (manager *Manager) TryPackBindingReportData(enclave common.Address) ([]byte, error) {
	return manager.abi.Pack("bindingReportData", enclave)
}

// UnpackBindingReportData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a8e305b.
//
// Solidity: function bindingReportData(address enclave) view returns(bytes32)
func (manager *Manager) UnpackBindingReportData(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("bindingReportData", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5449b798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelChange(bytes32 id) returns()
func (manager *Manager) PackCancelChange(id [32]byte) []byte {
	enc, err := manager.abi.Pack("cancelChange", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5449b798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelChange(bytes32 id) returns()
func (manager *Manager) TryPackCancelChange(id [32]byte) ([]byte, error) {
	return manager.abi.Pack("cancelChange", id)
}

// PackCommitteeHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x609d4544.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeHash() view returns(bytes32)
func (manager *Manager) PackCommitteeHash() []byte {
	enc, err := manager.abi.Pack("committeeHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x609d4544.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeHash() view returns(bytes32)
func (manager *Manager) TryPackCommitteeHash() ([]byte, error) {
	return manager.abi.Pack("committeeHash")
}

// UnpackCommitteeHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x609d4544.
//
// Solidity: function committeeHash() view returns(bytes32)
func (manager *Manager) UnpackCommitteeHash(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("committeeHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHash() view returns(bytes32)
func (manager *Manager) PackConfigHash() []byte {
	enc, err := manager.abi.Pack("configHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configHash() view returns(bytes32)
func (manager *Manager) TryPackConfigHash() ([]byte, error) {
	return manager.abi.Pack("configHash")
}

// UnpackConfigHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (manager *Manager) UnpackConfigHash(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("configHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConfigHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34c13921.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHashOf(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash) pure returns(bytes32)
func (manager *Manager) PackConfigHashOf(scheme uint8, committeeHash [32]byte, ruleHash [32]byte) []byte {
	enc, err := manager.abi.Pack("configHashOf", scheme, committeeHash, ruleHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34c13921.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configHashOf(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash) pure returns(bytes32)
func (manager *Manager) TryPackConfigHashOf(scheme uint8, committeeHash [32]byte, ruleHash [32]byte) ([]byte, error) {
	return manager.abi.Pack("configHashOf", scheme, committeeHash, ruleHash)
}

// UnpackConfigHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34c13921.
//
// Solidity: function configHashOf(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash) pure returns(bytes32)
func (manager *Manager) UnpackConfigHashOf(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("configHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConfigHashWithDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x975687fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHashWithDA(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash, bytes32 daHash_) pure returns(bytes32)
func (manager *Manager) PackConfigHashWithDA(scheme uint8, committeeHash [32]byte, ruleHash [32]byte, daHash [32]byte) []byte {
	enc, err := manager.abi.Pack("configHashWithDA", scheme, committeeHash, ruleHash, daHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigHashWithDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x975687fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configHashWithDA(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash, bytes32 daHash_) pure returns(bytes32)
func (manager *Manager) TryPackConfigHashWithDA(scheme uint8, committeeHash [32]byte, ruleHash [32]byte, daHash [32]byte) ([]byte, error) {
	return manager.abi.Pack("configHashWithDA", scheme, committeeHash, ruleHash, daHash)
}

// UnpackConfigHashWithDA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x975687fc.
//
// Solidity: function configHashWithDA(uint8 scheme, bytes32 committeeHash_, bytes32 ruleHash, bytes32 daHash_) pure returns(bytes32)
func (manager *Manager) UnpackConfigHashWithDA(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("configHashWithDA", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDaHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99d5780.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daHash() view returns(bytes32)
func (manager *Manager) PackDaHash() []byte {
	enc, err := manager.abi.Pack("daHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99d5780.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daHash() view returns(bytes32)
func (manager *Manager) TryPackDaHash() ([]byte, error) {
	return manager.abi.Pack("daHash")
}

// UnpackDaHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe99d5780.
//
// Solidity: function daHash() view returns(bytes32)
func (manager *Manager) UnpackDaHash(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("daHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (manager *Manager) PackDomainSeparator() []byte {
	enc, err := manager.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (manager *Manager) TryPackDomainSeparator() ([]byte, error) {
	return manager.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (manager *Manager) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEligible is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1227718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eligible(address enclave, uint8 kind) view returns(bool)
func (manager *Manager) PackEligible(enclave common.Address, kind uint8) []byte {
	enc, err := manager.abi.Pack("eligible", enclave, kind)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEligible is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1227718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eligible(address enclave, uint8 kind) view returns(bool)
func (manager *Manager) TryPackEligible(enclave common.Address, kind uint8) ([]byte, error) {
	return manager.abi.Pack("eligible", enclave, kind)
}

// UnpackEligible is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1227718.
//
// Solidity: function eligible(address enclave, uint8 kind) view returns(bool)
func (manager *Manager) UnpackEligible(data []byte) (bool, error) {
	out, err := manager.abi.Unpack("eligible", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEnclaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaeedb07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaves(address ) view returns(uint8 kind, uint64 expiry, bool revoked, bytes32 measurement)
func (manager *Manager) PackEnclaves(arg0 common.Address) []byte {
	enc, err := manager.abi.Pack("enclaves", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaeedb07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaves(address ) view returns(uint8 kind, uint64 expiry, bool revoked, bytes32 measurement)
func (manager *Manager) TryPackEnclaves(arg0 common.Address) ([]byte, error) {
	return manager.abi.Pack("enclaves", arg0)
}

// EnclavesOutput serves as a container for the return parameters of contract
// method Enclaves.
type EnclavesOutput struct {
	Kind        uint8
	Expiry      uint64
	Revoked     bool
	Measurement [32]byte
}

// UnpackEnclaves is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfaeedb07.
//
// Solidity: function enclaves(address ) view returns(uint8 kind, uint64 expiry, bool revoked, bytes32 measurement)
func (manager *Manager) UnpackEnclaves(data []byte) (EnclavesOutput, error) {
	out, err := manager.abi.Unpack("enclaves", data)
	outstruct := new(EnclavesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Kind = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Expiry = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Revoked = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Measurement = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint64)
func (manager *Manager) PackEpoch() []byte {
	enc, err := manager.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint64)
func (manager *Manager) TryPackEpoch() ([]byte, error) {
	return manager.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (manager *Manager) UnpackEpoch(data []byte) (uint64, error) {
	out, err := manager.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEvidenceHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb29cdf6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidenceHashOf(address ) view returns(bytes32)
func (manager *Manager) PackEvidenceHashOf(arg0 common.Address) []byte {
	enc, err := manager.abi.Pack("evidenceHashOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidenceHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb29cdf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidenceHashOf(address ) view returns(bytes32)
func (manager *Manager) TryPackEvidenceHashOf(arg0 common.Address) ([]byte, error) {
	return manager.abi.Pack("evidenceHashOf", arg0)
}

// UnpackEvidenceHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb29cdf6a.
//
// Solidity: function evidenceHashOf(address ) view returns(bytes32)
func (manager *Manager) UnpackEvidenceHashOf(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("evidenceHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEvidenceVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27b2d892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidenceVerifiers(uint8 ) view returns(address)
func (manager *Manager) PackEvidenceVerifiers(arg0 uint8) []byte {
	enc, err := manager.abi.Pack("evidenceVerifiers", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidenceVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27b2d892.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidenceVerifiers(uint8 ) view returns(address)
func (manager *Manager) TryPackEvidenceVerifiers(arg0 uint8) ([]byte, error) {
	return manager.abi.Pack("evidenceVerifiers", arg0)
}

// UnpackEvidenceVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27b2d892.
//
// Solidity: function evidenceVerifiers(uint8 ) view returns(address)
func (manager *Manager) UnpackEvidenceVerifiers(data []byte) (common.Address, error) {
	out, err := manager.abi.Unpack("evidenceVerifiers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecuteChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7393f710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeChange(bytes call, uint64 eta) returns()
func (manager *Manager) PackExecuteChange(call []byte, eta uint64) []byte {
	enc, err := manager.abi.Pack("executeChange", call, eta)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7393f710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeChange(bytes call, uint64 eta) returns()
func (manager *Manager) TryPackExecuteChange(call []byte, eta uint64) ([]byte, error) {
	return manager.abi.Pack("executeChange", call, eta)
}

// PackGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba32939.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governanceDelay() view returns(uint64)
func (manager *Manager) PackGovernanceDelay() []byte {
	enc, err := manager.abi.Pack("governanceDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba32939.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governanceDelay() view returns(uint64)
func (manager *Manager) TryPackGovernanceDelay() ([]byte, error) {
	return manager.abi.Pack("governanceDelay")
}

// UnpackGovernanceDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbba32939.
//
// Solidity: function governanceDelay() view returns(uint64)
func (manager *Manager) UnpackGovernanceDelay(data []byte) (uint64, error) {
	out, err := manager.abi.Unpack("governanceDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8afe7bfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inSetup() view returns(bool)
func (manager *Manager) PackInSetup() []byte {
	enc, err := manager.abi.Pack("inSetup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8afe7bfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inSetup() view returns(bool)
func (manager *Manager) TryPackInSetup() ([]byte, error) {
	return manager.abi.Pack("inSetup")
}

// UnpackInSetup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8afe7bfb.
//
// Solidity: function inSetup() view returns(bool)
func (manager *Manager) UnpackInSetup(data []byte) (bool, error) {
	out, err := manager.abi.Unpack("inSetup", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInvalidateCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8515c434.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function invalidateCommittee(bytes committee, bytes rule) returns()
func (manager *Manager) PackInvalidateCommittee(committee []byte, rule []byte) []byte {
	enc, err := manager.abi.Pack("invalidateCommittee", committee, rule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvalidateCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8515c434.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function invalidateCommittee(bytes committee, bytes rule) returns()
func (manager *Manager) TryPackInvalidateCommittee(committee []byte, rule []byte) ([]byte, error) {
	return manager.abi.Pack("invalidateCommittee", committee, rule)
}

// PackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a0a4aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueChange(bytes call) returns(bytes32 id)
func (manager *Manager) PackQueueChange(call []byte) []byte {
	enc, err := manager.abi.Pack("queueChange", call)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a0a4aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueChange(bytes call) returns(bytes32 id)
func (manager *Manager) TryPackQueueChange(call []byte) ([]byte, error) {
	return manager.abi.Pack("queueChange", call)
}

// UnpackQueueChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81a0a4aa.
//
// Solidity: function queueChange(bytes call) returns(bytes32 id)
func (manager *Manager) UnpackQueueChange(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("queueChange", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x228250c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queued(bytes32 ) view returns(uint64)
func (manager *Manager) PackQueued(arg0 [32]byte) []byte {
	enc, err := manager.abi.Pack("queued", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x228250c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queued(bytes32 ) view returns(uint64)
func (manager *Manager) TryPackQueued(arg0 [32]byte) ([]byte, error) {
	return manager.abi.Pack("queued", arg0)
}

// UnpackQueued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x228250c9.
//
// Solidity: function queued(bytes32 ) view returns(uint64)
func (manager *Manager) UnpackQueued(data []byte) (uint64, error) {
	out, err := manager.abi.Unpack("queued", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472d4441.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(address enclave, uint8 kind, bytes32 measurement, uint64 expiry, bytes evidence, bytes registrarSig) returns()
func (manager *Manager) PackRegister(enclave common.Address, kind uint8, measurement [32]byte, expiry uint64, evidence []byte, registrarSig []byte) []byte {
	enc, err := manager.abi.Pack("register", enclave, kind, measurement, expiry, evidence, registrarSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472d4441.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(address enclave, uint8 kind, bytes32 measurement, uint64 expiry, bytes evidence, bytes registrarSig) returns()
func (manager *Manager) TryPackRegister(enclave common.Address, kind uint8, measurement [32]byte, expiry uint64, evidence []byte, registrarSig []byte) ([]byte, error) {
	return manager.abi.Pack("register", enclave, kind, measurement, expiry, evidence, registrarSig)
}

// PackRegisterCertified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b21ccee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerCertified((address,uint8,bytes32,uint64,uint64,uint64) a, bytes evidence, bytes committee, bytes rule, bytes qc) returns()
func (manager *Manager) PackRegisterCertified(a ManagerAdmission, evidence []byte, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := manager.abi.Pack("registerCertified", a, evidence, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterCertified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b21ccee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerCertified((address,uint8,bytes32,uint64,uint64,uint64) a, bytes evidence, bytes committee, bytes rule, bytes qc) returns()
func (manager *Manager) TryPackRegisterCertified(a ManagerAdmission, evidence []byte, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return manager.abi.Pack("registerCertified", a, evidence, committee, rule, qc)
}

// PackRegisterWithVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd43babc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerWithVerifier(uint8 kind, address enclave, bytes evidence) returns()
func (manager *Manager) PackRegisterWithVerifier(kind uint8, enclave common.Address, evidence []byte) []byte {
	enc, err := manager.abi.Pack("registerWithVerifier", kind, enclave, evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterWithVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd43babc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerWithVerifier(uint8 kind, address enclave, bytes evidence) returns()
func (manager *Manager) TryPackRegisterWithVerifier(kind uint8, enclave common.Address, evidence []byte) ([]byte, error) {
	return manager.abi.Pack("registerWithVerifier", kind, enclave, evidence)
}

// PackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrar() view returns(address)
func (manager *Manager) PackRegistrar() []byte {
	enc, err := manager.abi.Pack("registrar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b20e397.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrar() view returns(address)
func (manager *Manager) TryPackRegistrar() ([]byte, error) {
	return manager.abi.Pack("registrar")
}

// UnpackRegistrar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (manager *Manager) UnpackRegistrar(data []byte) (common.Address, error) {
	out, err := manager.abi.Unpack("registrar", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistrationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebc0649d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrationDigest(address enclave, uint8 kind, bytes32 measurement, bytes32 evidenceHash, uint64 expiry) view returns(bytes32)
func (manager *Manager) PackRegistrationDigest(enclave common.Address, kind uint8, measurement [32]byte, evidenceHash [32]byte, expiry uint64) []byte {
	enc, err := manager.abi.Pack("registrationDigest", enclave, kind, measurement, evidenceHash, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebc0649d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrationDigest(address enclave, uint8 kind, bytes32 measurement, bytes32 evidenceHash, uint64 expiry) view returns(bytes32)
func (manager *Manager) TryPackRegistrationDigest(enclave common.Address, kind uint8, measurement [32]byte, evidenceHash [32]byte, expiry uint64) ([]byte, error) {
	return manager.abi.Pack("registrationDigest", enclave, kind, measurement, evidenceHash, expiry)
}

// UnpackRegistrationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebc0649d.
//
// Solidity: function registrationDigest(address enclave, uint8 kind, bytes32 measurement, bytes32 evidenceHash, uint64 expiry) view returns(bytes32)
func (manager *Manager) UnpackRegistrationDigest(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("registrationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRemovalHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2310ce10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removalHash(address enclave, bytes32 evidenceHash, bytes32 collateralHash, uint64 epoch_) pure returns(bytes32)
func (manager *Manager) PackRemovalHash(enclave common.Address, evidenceHash [32]byte, collateralHash [32]byte, epoch uint64) []byte {
	enc, err := manager.abi.Pack("removalHash", enclave, evidenceHash, collateralHash, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovalHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2310ce10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removalHash(address enclave, bytes32 evidenceHash, bytes32 collateralHash, uint64 epoch_) pure returns(bytes32)
func (manager *Manager) TryPackRemovalHash(enclave common.Address, evidenceHash [32]byte, collateralHash [32]byte, epoch uint64) ([]byte, error) {
	return manager.abi.Pack("removalHash", enclave, evidenceHash, collateralHash, epoch)
}

// UnpackRemovalHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2310ce10.
//
// Solidity: function removalHash(address enclave, bytes32 evidenceHash, bytes32 collateralHash, uint64 epoch_) pure returns(bytes32)
func (manager *Manager) UnpackRemovalHash(data []byte) ([32]byte, error) {
	out, err := manager.abi.Unpack("removalHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRemoveCertified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4acc3308.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeCertified(address enclave, uint64 epoch_, bytes collateral, bytes committee, bytes rule, bytes qc) returns()
func (manager *Manager) PackRemoveCertified(enclave common.Address, epoch uint64, collateral []byte, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := manager.abi.Pack("removeCertified", enclave, epoch, collateral, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveCertified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4acc3308.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeCertified(address enclave, uint64 epoch_, bytes collateral, bytes committee, bytes rule, bytes qc) returns()
func (manager *Manager) TryPackRemoveCertified(enclave common.Address, epoch uint64, collateral []byte, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return manager.abi.Pack("removeCertified", enclave, epoch, collateral, committee, rule, qc)
}

// PackRevokeEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fe1e50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeEnclave(address enclave) returns()
func (manager *Manager) PackRevokeEnclave(enclave common.Address) []byte {
	enc, err := manager.abi.Pack("revokeEnclave", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeEnclave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fe1e50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeEnclave(address enclave) returns()
func (manager *Manager) TryPackRevokeEnclave(enclave common.Address) ([]byte, error) {
	return manager.abi.Pack("revokeEnclave", enclave)
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (manager *Manager) PackRollup() []byte {
	enc, err := manager.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (manager *Manager) TryPackRollup() ([]byte, error) {
	return manager.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (manager *Manager) UnpackRollup(data []byte) (common.Address, error) {
	out, err := manager.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address a) returns()
func (manager *Manager) PackSetAdmin(a common.Address) []byte {
	enc, err := manager.abi.Pack("setAdmin", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address a) returns()
func (manager *Manager) TryPackSetAdmin(a common.Address) ([]byte, error) {
	return manager.abi.Pack("setAdmin", a)
}

// PackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ce0c32b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommittee(uint8 scheme, bytes committee, bytes rule, bytes pops) returns()
func (manager *Manager) PackSetCommittee(scheme uint8, committee []byte, rule []byte, pops []byte) []byte {
	enc, err := manager.abi.Pack("setCommittee", scheme, committee, rule, pops)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ce0c32b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommittee(uint8 scheme, bytes committee, bytes rule, bytes pops) returns()
func (manager *Manager) TryPackSetCommittee(scheme uint8, committee []byte, rule []byte, pops []byte) ([]byte, error) {
	return manager.abi.Pack("setCommittee", scheme, committee, rule, pops)
}

// PackSetDataAvailability is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0f42ac7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDataAvailability(bytes daSet) returns()
func (manager *Manager) PackSetDataAvailability(daSet []byte) []byte {
	enc, err := manager.abi.Pack("setDataAvailability", daSet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDataAvailability is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0f42ac7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDataAvailability(bytes daSet) returns()
func (manager *Manager) TryPackSetDataAvailability(daSet []byte) ([]byte, error) {
	return manager.abi.Pack("setDataAvailability", daSet)
}

// PackSetEvidenceVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0655d9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEvidenceVerifier(uint8 kind, address v) returns()
func (manager *Manager) PackSetEvidenceVerifier(kind uint8, v common.Address) []byte {
	enc, err := manager.abi.Pack("setEvidenceVerifier", kind, v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEvidenceVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0655d9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEvidenceVerifier(uint8 kind, address v) returns()
func (manager *Manager) TryPackSetEvidenceVerifier(kind uint8, v common.Address) ([]byte, error) {
	return manager.abi.Pack("setEvidenceVerifier", kind, v)
}

// PackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaab9d39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRegistrar(address r) returns()
func (manager *Manager) PackSetRegistrar(r common.Address) []byte {
	enc, err := manager.abi.Pack("setRegistrar", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRegistrar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaab9d39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRegistrar(address r) returns()
func (manager *Manager) TryPackSetRegistrar(r common.Address) ([]byte, error) {
	return manager.abi.Pack("setRegistrar", r)
}

// PackSetRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x763131a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRollup(address r) returns()
func (manager *Manager) PackSetRollup(r common.Address) []byte {
	enc, err := manager.abi.Pack("setRollup", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x763131a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRollup(address r) returns()
func (manager *Manager) TryPackSetRollup(r common.Address) ([]byte, error) {
	return manager.abi.Pack("setRollup", r)
}

// PackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlasher(address s) returns()
func (manager *Manager) PackSetSlasher(s common.Address) []byte {
	enc, err := manager.abi.Pack("setSlasher", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlasher(address s) returns()
func (manager *Manager) TryPackSetSlasher(s common.Address) ([]byte, error) {
	return manager.abi.Pack("setSlasher", s)
}

// PackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slasher() view returns(address)
func (manager *Manager) PackSlasher() []byte {
	enc, err := manager.abi.Pack("slasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slasher() view returns(address)
func (manager *Manager) TryPackSlasher() ([]byte, error) {
	return manager.abi.Pack("slasher")
}

// UnpackSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (manager *Manager) UnpackSlasher(data []byte) (common.Address, error) {
	out, err := manager.abi.Unpack("slasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ManagerAdminChanged represents a AdminChanged event raised by the Manager contract.
type ManagerAdminChanged struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const ManagerAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (ManagerAdminChanged) ContractEventName() string {
	return ManagerAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address admin)
func (manager *Manager) UnpackAdminChangedEvent(log *types.Log) (*ManagerAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerAdminChanged)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerChangeCancelled represents a ChangeCancelled event raised by the Manager contract.
type ManagerChangeCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const ManagerChangeCancelledEventName = "ChangeCancelled"

// ContractEventName returns the user-defined event name.
func (ManagerChangeCancelled) ContractEventName() string {
	return ManagerChangeCancelledEventName
}

// UnpackChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeCancelled(bytes32 indexed id)
func (manager *Manager) UnpackChangeCancelledEvent(log *types.Log) (*ManagerChangeCancelled, error) {
	event := "ChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerChangeCancelled)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerChangeExecuted represents a ChangeExecuted event raised by the Manager contract.
type ManagerChangeExecuted struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const ManagerChangeExecutedEventName = "ChangeExecuted"

// ContractEventName returns the user-defined event name.
func (ManagerChangeExecuted) ContractEventName() string {
	return ManagerChangeExecutedEventName
}

// UnpackChangeExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeExecuted(bytes32 indexed id)
func (manager *Manager) UnpackChangeExecutedEvent(log *types.Log) (*ManagerChangeExecuted, error) {
	event := "ChangeExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerChangeExecuted)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerChangeQueued represents a ChangeQueued event raised by the Manager contract.
type ManagerChangeQueued struct {
	Id   [32]byte
	Eta  uint64
	Call []byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const ManagerChangeQueuedEventName = "ChangeQueued"

// ContractEventName returns the user-defined event name.
func (ManagerChangeQueued) ContractEventName() string {
	return ManagerChangeQueuedEventName
}

// UnpackChangeQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeQueued(bytes32 indexed id, uint64 eta, bytes call)
func (manager *Manager) UnpackChangeQueuedEvent(log *types.Log) (*ManagerChangeQueued, error) {
	event := "ChangeQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerChangeQueued)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerCommitteeInvalidated represents a CommitteeInvalidated event raised by the Manager contract.
type ManagerCommitteeInvalidated struct {
	Epoch  uint64
	Member common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ManagerCommitteeInvalidatedEventName = "CommitteeInvalidated"

// ContractEventName returns the user-defined event name.
func (ManagerCommitteeInvalidated) ContractEventName() string {
	return ManagerCommitteeInvalidatedEventName
}

// UnpackCommitteeInvalidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeInvalidated(uint64 indexed epoch, address member)
func (manager *Manager) UnpackCommitteeInvalidatedEvent(log *types.Log) (*ManagerCommitteeInvalidated, error) {
	event := "CommitteeInvalidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerCommitteeInvalidated)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerCommitteeSet represents a CommitteeSet event raised by the Manager contract.
type ManagerCommitteeSet struct {
	Epoch      uint64
	Scheme     uint8
	Committee  []byte
	Rule       []byte
	ConfigHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ManagerCommitteeSetEventName = "CommitteeSet"

// ContractEventName returns the user-defined event name.
func (ManagerCommitteeSet) ContractEventName() string {
	return ManagerCommitteeSetEventName
}

// UnpackCommitteeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeSet(uint64 indexed epoch, uint8 scheme, bytes committee, bytes rule, bytes32 configHash)
func (manager *Manager) UnpackCommitteeSetEvent(log *types.Log) (*ManagerCommitteeSet, error) {
	event := "CommitteeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerCommitteeSet)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerDataAvailabilitySet represents a DataAvailabilitySet event raised by the Manager contract.
type ManagerDataAvailabilitySet struct {
	Epoch      uint64
	DaSet      []byte
	DaHash     [32]byte
	ConfigHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ManagerDataAvailabilitySetEventName = "DataAvailabilitySet"

// ContractEventName returns the user-defined event name.
func (ManagerDataAvailabilitySet) ContractEventName() string {
	return ManagerDataAvailabilitySetEventName
}

// UnpackDataAvailabilitySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DataAvailabilitySet(uint64 indexed epoch, bytes daSet, bytes32 daHash, bytes32 configHash)
func (manager *Manager) UnpackDataAvailabilitySetEvent(log *types.Log) (*ManagerDataAvailabilitySet, error) {
	event := "DataAvailabilitySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerDataAvailabilitySet)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerEnclaveAdmitted represents a EnclaveAdmitted event raised by the Manager contract.
type ManagerEnclaveAdmitted struct {
	Enclave         common.Address
	Epoch           uint64
	VerifiedAt      uint64
	RegisteredUntil uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const ManagerEnclaveAdmittedEventName = "EnclaveAdmitted"

// ContractEventName returns the user-defined event name.
func (ManagerEnclaveAdmitted) ContractEventName() string {
	return ManagerEnclaveAdmittedEventName
}

// UnpackEnclaveAdmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveAdmitted(address indexed enclave, uint64 indexed epoch, uint64 verifiedAt, uint64 registeredUntil)
func (manager *Manager) UnpackEnclaveAdmittedEvent(log *types.Log) (*ManagerEnclaveAdmitted, error) {
	event := "EnclaveAdmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerEnclaveAdmitted)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerEnclaveInvalidated represents a EnclaveInvalidated event raised by the Manager contract.
type ManagerEnclaveInvalidated struct {
	Enclave    common.Address
	Epoch      uint64
	Collateral []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ManagerEnclaveInvalidatedEventName = "EnclaveInvalidated"

// ContractEventName returns the user-defined event name.
func (ManagerEnclaveInvalidated) ContractEventName() string {
	return ManagerEnclaveInvalidatedEventName
}

// UnpackEnclaveInvalidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveInvalidated(address indexed enclave, uint64 indexed epoch, bytes collateral)
func (manager *Manager) UnpackEnclaveInvalidatedEvent(log *types.Log) (*ManagerEnclaveInvalidated, error) {
	event := "EnclaveInvalidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerEnclaveInvalidated)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerEnclaveRegistered represents a EnclaveRegistered event raised by the Manager contract.
type ManagerEnclaveRegistered struct {
	Enclave     common.Address
	Kind        uint8
	Measurement [32]byte
	Expiry      uint64
	Evidence    []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const ManagerEnclaveRegisteredEventName = "EnclaveRegistered"

// ContractEventName returns the user-defined event name.
func (ManagerEnclaveRegistered) ContractEventName() string {
	return ManagerEnclaveRegisteredEventName
}

// UnpackEnclaveRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRegistered(address indexed enclave, uint8 indexed kind, bytes32 measurement, uint64 expiry, bytes evidence)
func (manager *Manager) UnpackEnclaveRegisteredEvent(log *types.Log) (*ManagerEnclaveRegistered, error) {
	event := "EnclaveRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerEnclaveRegistered)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerEnclaveRevoked represents a EnclaveRevoked event raised by the Manager contract.
type ManagerEnclaveRevoked struct {
	Enclave common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ManagerEnclaveRevokedEventName = "EnclaveRevoked"

// ContractEventName returns the user-defined event name.
func (ManagerEnclaveRevoked) ContractEventName() string {
	return ManagerEnclaveRevokedEventName
}

// UnpackEnclaveRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRevoked(address indexed enclave)
func (manager *Manager) UnpackEnclaveRevokedEvent(log *types.Log) (*ManagerEnclaveRevoked, error) {
	event := "EnclaveRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerEnclaveRevoked)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerEvidenceVerifierSet represents a EvidenceVerifierSet event raised by the Manager contract.
type ManagerEvidenceVerifierSet struct {
	Kind     uint8
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ManagerEvidenceVerifierSetEventName = "EvidenceVerifierSet"

// ContractEventName returns the user-defined event name.
func (ManagerEvidenceVerifierSet) ContractEventName() string {
	return ManagerEvidenceVerifierSetEventName
}

// UnpackEvidenceVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EvidenceVerifierSet(uint8 indexed kind, address verifier)
func (manager *Manager) UnpackEvidenceVerifierSetEvent(log *types.Log) (*ManagerEvidenceVerifierSet, error) {
	event := "EvidenceVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerEvidenceVerifierSet)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerMeasurementAllowed represents a MeasurementAllowed event raised by the Manager contract.
type ManagerMeasurementAllowed struct {
	Kind        uint8
	Measurement [32]byte
	Allowed     bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const ManagerMeasurementAllowedEventName = "MeasurementAllowed"

// ContractEventName returns the user-defined event name.
func (ManagerMeasurementAllowed) ContractEventName() string {
	return ManagerMeasurementAllowedEventName
}

// UnpackMeasurementAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementAllowed(uint8 indexed kind, bytes32 indexed measurement, bool allowed)
func (manager *Manager) UnpackMeasurementAllowedEvent(log *types.Log) (*ManagerMeasurementAllowed, error) {
	event := "MeasurementAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerMeasurementAllowed)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerRegistrarChanged represents a RegistrarChanged event raised by the Manager contract.
type ManagerRegistrarChanged struct {
	Registrar common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ManagerRegistrarChangedEventName = "RegistrarChanged"

// ContractEventName returns the user-defined event name.
func (ManagerRegistrarChanged) ContractEventName() string {
	return ManagerRegistrarChangedEventName
}

// UnpackRegistrarChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrarChanged(address registrar)
func (manager *Manager) UnpackRegistrarChangedEvent(log *types.Log) (*ManagerRegistrarChanged, error) {
	event := "RegistrarChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerRegistrarChanged)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerRollupSet represents a RollupSet event raised by the Manager contract.
type ManagerRollupSet struct {
	Rollup     common.Address
	ExitWindow *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ManagerRollupSetEventName = "RollupSet"

// ContractEventName returns the user-defined event name.
func (ManagerRollupSet) ContractEventName() string {
	return ManagerRollupSetEventName
}

// UnpackRollupSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RollupSet(address rollup, uint256 exitWindow)
func (manager *Manager) UnpackRollupSetEvent(log *types.Log) (*ManagerRollupSet, error) {
	event := "RollupSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerRollupSet)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ManagerSlasherSet represents a SlasherSet event raised by the Manager contract.
type ManagerSlasherSet struct {
	Slasher common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ManagerSlasherSetEventName = "SlasherSet"

// ContractEventName returns the user-defined event name.
func (ManagerSlasherSet) ContractEventName() string {
	return ManagerSlasherSetEventName
}

// UnpackSlasherSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlasherSet(address slasher)
func (manager *Manager) UnpackSlasherSetEvent(log *types.Log) (*ManagerSlasherSet, error) {
	event := "SlasherSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != manager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ManagerSlasherSet)
	if len(log.Data) > 0 {
		if err := manager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range manager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (manager *Manager) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], manager.abi.Errors["BadCertificate"].ID.Bytes()[:4]) {
		return manager.UnpackBadCertificateError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["BadCommittee"].ID.Bytes()[:4]) {
		return manager.UnpackBadCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["BadDASet"].ID.Bytes()[:4]) {
		return manager.UnpackBadDASetError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["BadKind"].ID.Bytes()[:4]) {
		return manager.UnpackBadKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["BadRegistrarSignature"].ID.Bytes()[:4]) {
		return manager.UnpackBadRegistrarSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["BadRule"].ID.Bytes()[:4]) {
		return manager.UnpackBadRuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["BadScheme"].ID.Bytes()[:4]) {
		return manager.UnpackBadSchemeError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["ChangeAlreadyQueued"].ID.Bytes()[:4]) {
		return manager.UnpackChangeAlreadyQueuedError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["ChangeLapsed"].ID.Bytes()[:4]) {
		return manager.UnpackChangeLapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["ChangeNotReady"].ID.Bytes()[:4]) {
		return manager.UnpackChangeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["CommitteeStillValid"].ID.Bytes()[:4]) {
		return manager.UnpackCommitteeStillValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["DelayBelowMinimum"].ID.Bytes()[:4]) {
		return manager.UnpackDelayBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["DelayNotAboveExitWindow"].ID.Bytes()[:4]) {
		return manager.UnpackDelayNotAboveExitWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return manager.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["MeasurementNotAllowed"].ID.Bytes()[:4]) {
		return manager.UnpackMeasurementNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["MemberNotEligible"].ID.Bytes()[:4]) {
		return manager.UnpackMemberNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["NoRollup"].ID.Bytes()[:4]) {
		return manager.UnpackNoRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["NoVerifier"].ID.Bytes()[:4]) {
		return manager.UnpackNoVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return manager.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["NotCurrentCommittee"].ID.Bytes()[:4]) {
		return manager.UnpackNotCurrentCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["NotGovernable"].ID.Bytes()[:4]) {
		return manager.UnpackNotGovernableError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return manager.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["ReportDataMismatch"].ID.Bytes()[:4]) {
		return manager.UnpackReportDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["RollupAlreadySet"].ID.Bytes()[:4]) {
		return manager.UnpackRollupAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["SetupPhase"].ID.Bytes()[:4]) {
		return manager.UnpackSetupPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["SignerNotEligible"].ID.Bytes()[:4]) {
		return manager.UnpackSignerNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["SlasherAlreadySet"].ID.Bytes()[:4]) {
		return manager.UnpackSlasherAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["StaleRegistration"].ID.Bytes()[:4]) {
		return manager.UnpackStaleRegistrationError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["Timelocked"].ID.Bytes()[:4]) {
		return manager.UnpackTimelockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["UnknownChange"].ID.Bytes()[:4]) {
		return manager.UnpackUnknownChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["VerifiedInFuture"].ID.Bytes()[:4]) {
		return manager.UnpackVerifiedInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return manager.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return manager.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ManagerBadCertificate represents a BadCertificate error raised by the Manager contract.
type ManagerBadCertificate struct {
	Code *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCertificate(uint256 code)
func ManagerBadCertificateErrorID() common.Hash {
	return common.HexToHash("0x89f9bdbfd1f11b5280419873608c1c5b12e1300c6a3deab363237766ed603abd")
}

// UnpackBadCertificateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCertificate(uint256 code)
func (manager *Manager) UnpackBadCertificateError(raw []byte) (*ManagerBadCertificate, error) {
	out := new(ManagerBadCertificate)
	if err := manager.abi.UnpackIntoInterface(out, "BadCertificate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerBadCommittee represents a BadCommittee error raised by the Manager contract.
type ManagerBadCommittee struct {
	Code *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCommittee(uint256 code)
func ManagerBadCommitteeErrorID() common.Hash {
	return common.HexToHash("0xe5bca1daea0f57318c67c31795f7d66636ed6c33336c2bcd11947bfd6bdc53a8")
}

// UnpackBadCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCommittee(uint256 code)
func (manager *Manager) UnpackBadCommitteeError(raw []byte) (*ManagerBadCommittee, error) {
	out := new(ManagerBadCommittee)
	if err := manager.abi.UnpackIntoInterface(out, "BadCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerBadDASet represents a BadDASet error raised by the Manager contract.
type ManagerBadDASet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDASet()
func ManagerBadDASetErrorID() common.Hash {
	return common.HexToHash("0x1da59f35a7d004f8e09857bfaaa4991989c2f1d554419ab42cc8595b5c0e3847")
}

// UnpackBadDASetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDASet()
func (manager *Manager) UnpackBadDASetError(raw []byte) (*ManagerBadDASet, error) {
	out := new(ManagerBadDASet)
	if err := manager.abi.UnpackIntoInterface(out, "BadDASet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerBadKind represents a BadKind error raised by the Manager contract.
type ManagerBadKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadKind(uint8 kind)
func ManagerBadKindErrorID() common.Hash {
	return common.HexToHash("0xdfc03387cd0954383590214b37ff2382020510831b1add1a928434df7243c494")
}

// UnpackBadKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadKind(uint8 kind)
func (manager *Manager) UnpackBadKindError(raw []byte) (*ManagerBadKind, error) {
	out := new(ManagerBadKind)
	if err := manager.abi.UnpackIntoInterface(out, "BadKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerBadRegistrarSignature represents a BadRegistrarSignature error raised by the Manager contract.
type ManagerBadRegistrarSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRegistrarSignature()
func ManagerBadRegistrarSignatureErrorID() common.Hash {
	return common.HexToHash("0xc7cd56cab764e8592f2a6735c467d4a348c5d97e419331451bf3e4f3c788af6b")
}

// UnpackBadRegistrarSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRegistrarSignature()
func (manager *Manager) UnpackBadRegistrarSignatureError(raw []byte) (*ManagerBadRegistrarSignature, error) {
	out := new(ManagerBadRegistrarSignature)
	if err := manager.abi.UnpackIntoInterface(out, "BadRegistrarSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerBadRule represents a BadRule error raised by the Manager contract.
type ManagerBadRule struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRule()
func ManagerBadRuleErrorID() common.Hash {
	return common.HexToHash("0xca7c57d4560654d1d30bf757ff65b699166d685d7445512dc7c7285ce341fadd")
}

// UnpackBadRuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRule()
func (manager *Manager) UnpackBadRuleError(raw []byte) (*ManagerBadRule, error) {
	out := new(ManagerBadRule)
	if err := manager.abi.UnpackIntoInterface(out, "BadRule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerBadScheme represents a BadScheme error raised by the Manager contract.
type ManagerBadScheme struct {
	Scheme uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadScheme(uint8 scheme)
func ManagerBadSchemeErrorID() common.Hash {
	return common.HexToHash("0x5dc56e0f3ca4de7715e2fbb04a990e2ca1ea24cfd4d55790d3a4192d3c6224d1")
}

// UnpackBadSchemeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadScheme(uint8 scheme)
func (manager *Manager) UnpackBadSchemeError(raw []byte) (*ManagerBadScheme, error) {
	out := new(ManagerBadScheme)
	if err := manager.abi.UnpackIntoInterface(out, "BadScheme", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerChangeAlreadyQueued represents a ChangeAlreadyQueued error raised by the Manager contract.
type ManagerChangeAlreadyQueued struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeAlreadyQueued(bytes32 id)
func ManagerChangeAlreadyQueuedErrorID() common.Hash {
	return common.HexToHash("0xcf52f8e46f3c213aec8c45f3dd1aad57ffc606c1def6871421e70df1f61a34cd")
}

// UnpackChangeAlreadyQueuedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeAlreadyQueued(bytes32 id)
func (manager *Manager) UnpackChangeAlreadyQueuedError(raw []byte) (*ManagerChangeAlreadyQueued, error) {
	out := new(ManagerChangeAlreadyQueued)
	if err := manager.abi.UnpackIntoInterface(out, "ChangeAlreadyQueued", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerChangeLapsed represents a ChangeLapsed error raised by the Manager contract.
type ManagerChangeLapsed struct {
	Id  [32]byte
	Eta uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeLapsed(bytes32 id, uint64 eta)
func ManagerChangeLapsedErrorID() common.Hash {
	return common.HexToHash("0xc354a493e6ec7d74f194607375d1559447595d2acee901ef2fd39c6411073ddc")
}

// UnpackChangeLapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeLapsed(bytes32 id, uint64 eta)
func (manager *Manager) UnpackChangeLapsedError(raw []byte) (*ManagerChangeLapsed, error) {
	out := new(ManagerChangeLapsed)
	if err := manager.abi.UnpackIntoInterface(out, "ChangeLapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerChangeNotReady represents a ChangeNotReady error raised by the Manager contract.
type ManagerChangeNotReady struct {
	Id  [32]byte
	Eta uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotReady(bytes32 id, uint64 eta)
func ManagerChangeNotReadyErrorID() common.Hash {
	return common.HexToHash("0x8f42a691f0de31dd3ecbc6928b0add37485bcec7a0f202fd97d1d51bcd18f683")
}

// UnpackChangeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotReady(bytes32 id, uint64 eta)
func (manager *Manager) UnpackChangeNotReadyError(raw []byte) (*ManagerChangeNotReady, error) {
	out := new(ManagerChangeNotReady)
	if err := manager.abi.UnpackIntoInterface(out, "ChangeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerCommitteeStillValid represents a CommitteeStillValid error raised by the Manager contract.
type ManagerCommitteeStillValid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeStillValid()
func ManagerCommitteeStillValidErrorID() common.Hash {
	return common.HexToHash("0xfc837e6249b6e984b2fe78020820d97e511174b7b9462d894ed790b5e8a442f8")
}

// UnpackCommitteeStillValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeStillValid()
func (manager *Manager) UnpackCommitteeStillValidError(raw []byte) (*ManagerCommitteeStillValid, error) {
	out := new(ManagerCommitteeStillValid)
	if err := manager.abi.UnpackIntoInterface(out, "CommitteeStillValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerDelayBelowMinimum represents a DelayBelowMinimum error raised by the Manager contract.
type ManagerDelayBelowMinimum struct {
	Delay   uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayBelowMinimum(uint64 delay, uint64 minimum)
func ManagerDelayBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0xcbee3d58ba55bad781321a921387207204b964a0ed18e0cde636d7f07ff5daa9")
}

// UnpackDelayBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayBelowMinimum(uint64 delay, uint64 minimum)
func (manager *Manager) UnpackDelayBelowMinimumError(raw []byte) (*ManagerDelayBelowMinimum, error) {
	out := new(ManagerDelayBelowMinimum)
	if err := manager.abi.UnpackIntoInterface(out, "DelayBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerDelayNotAboveExitWindow represents a DelayNotAboveExitWindow error raised by the Manager contract.
type ManagerDelayNotAboveExitWindow struct {
	Delay      uint64
	ExitWindow *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayNotAboveExitWindow(uint64 delay, uint256 exitWindow)
func ManagerDelayNotAboveExitWindowErrorID() common.Hash {
	return common.HexToHash("0x67ba474bae72d5d32ee36d5824f383c814714f070454b8ff0999fd0b4967d7e0")
}

// UnpackDelayNotAboveExitWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayNotAboveExitWindow(uint64 delay, uint256 exitWindow)
func (manager *Manager) UnpackDelayNotAboveExitWindowError(raw []byte) (*ManagerDelayNotAboveExitWindow, error) {
	out := new(ManagerDelayNotAboveExitWindow)
	if err := manager.abi.UnpackIntoInterface(out, "DelayNotAboveExitWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerExpired represents a Expired error raised by the Manager contract.
type ManagerExpired struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(uint64 expiry)
func ManagerExpiredErrorID() common.Hash {
	return common.HexToHash("0x956936532b954ff74e062815c0174f8bd1500115ed3dd2adb3c66e2ac6109668")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(uint64 expiry)
func (manager *Manager) UnpackExpiredError(raw []byte) (*ManagerExpired, error) {
	out := new(ManagerExpired)
	if err := manager.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerMeasurementNotAllowed represents a MeasurementNotAllowed error raised by the Manager contract.
type ManagerMeasurementNotAllowed struct {
	Kind        uint8
	Measurement [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementNotAllowed(uint8 kind, bytes32 measurement)
func ManagerMeasurementNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xf6265b577fddf933cffb3e6ec4b1665ebf1cc8bb3756e2356ca4826aba2dda47")
}

// UnpackMeasurementNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementNotAllowed(uint8 kind, bytes32 measurement)
func (manager *Manager) UnpackMeasurementNotAllowedError(raw []byte) (*ManagerMeasurementNotAllowed, error) {
	out := new(ManagerMeasurementNotAllowed)
	if err := manager.abi.UnpackIntoInterface(out, "MeasurementNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerMemberNotEligible represents a MemberNotEligible error raised by the Manager contract.
type ManagerMemberNotEligible struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MemberNotEligible(address member)
func ManagerMemberNotEligibleErrorID() common.Hash {
	return common.HexToHash("0xf686dc7b82c2537f28b0df7978dee76eeecebde86da39e0a5dffb2eca63fb473")
}

// UnpackMemberNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MemberNotEligible(address member)
func (manager *Manager) UnpackMemberNotEligibleError(raw []byte) (*ManagerMemberNotEligible, error) {
	out := new(ManagerMemberNotEligible)
	if err := manager.abi.UnpackIntoInterface(out, "MemberNotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerNoRollup represents a NoRollup error raised by the Manager contract.
type ManagerNoRollup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRollup()
func ManagerNoRollupErrorID() common.Hash {
	return common.HexToHash("0x2fd5912ee194048bc24728f72ac9fdcd9e24baff5d859a7e0d04341d3cacdbda")
}

// UnpackNoRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRollup()
func (manager *Manager) UnpackNoRollupError(raw []byte) (*ManagerNoRollup, error) {
	out := new(ManagerNoRollup)
	if err := manager.abi.UnpackIntoInterface(out, "NoRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerNoVerifier represents a NoVerifier error raised by the Manager contract.
type ManagerNoVerifier struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVerifier(uint8 kind)
func ManagerNoVerifierErrorID() common.Hash {
	return common.HexToHash("0x219e36ae58d4da8e9090e6c1bd2e3e843f38447f16f2980dd7c364e5285643c4")
}

// UnpackNoVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVerifier(uint8 kind)
func (manager *Manager) UnpackNoVerifierError(raw []byte) (*ManagerNoVerifier, error) {
	out := new(ManagerNoVerifier)
	if err := manager.abi.UnpackIntoInterface(out, "NoVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerNotAdmin represents a NotAdmin error raised by the Manager contract.
type ManagerNotAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin()
func ManagerNotAdminErrorID() common.Hash {
	return common.HexToHash("0x7bfa4b9fb0cd3687c1f539f384b3f3f258f2c9aa9186353d0815413b508ed97d")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin()
func (manager *Manager) UnpackNotAdminError(raw []byte) (*ManagerNotAdmin, error) {
	out := new(ManagerNotAdmin)
	if err := manager.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerNotCurrentCommittee represents a NotCurrentCommittee error raised by the Manager contract.
type ManagerNotCurrentCommittee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCurrentCommittee()
func ManagerNotCurrentCommitteeErrorID() common.Hash {
	return common.HexToHash("0x8c142973e911c053757cf8a9a5a51f7c3eb90d2311ff45e7bcc0f4b9b6e17b7f")
}

// UnpackNotCurrentCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCurrentCommittee()
func (manager *Manager) UnpackNotCurrentCommitteeError(raw []byte) (*ManagerNotCurrentCommittee, error) {
	out := new(ManagerNotCurrentCommittee)
	if err := manager.abi.UnpackIntoInterface(out, "NotCurrentCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerNotGovernable represents a NotGovernable error raised by the Manager contract.
type ManagerNotGovernable struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernable(bytes4 selector)
func ManagerNotGovernableErrorID() common.Hash {
	return common.HexToHash("0x9a8600cb6e771c520913ba43c24a052207577b3e509900e10e71082d3e274a50")
}

// UnpackNotGovernableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernable(bytes4 selector)
func (manager *Manager) UnpackNotGovernableError(raw []byte) (*ManagerNotGovernable, error) {
	out := new(ManagerNotGovernable)
	if err := manager.abi.UnpackIntoInterface(out, "NotGovernable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerNotRegistered represents a NotRegistered error raised by the Manager contract.
type ManagerNotRegistered struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address enclave)
func ManagerNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address enclave)
func (manager *Manager) UnpackNotRegisteredError(raw []byte) (*ManagerNotRegistered, error) {
	out := new(ManagerNotRegistered)
	if err := manager.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerReportDataMismatch represents a ReportDataMismatch error raised by the Manager contract.
type ManagerReportDataMismatch struct {
	Want [32]byte
	Got  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportDataMismatch(bytes32 want, bytes32 got)
func ManagerReportDataMismatchErrorID() common.Hash {
	return common.HexToHash("0xc21d08b21a9b0565345ef335fd20bdd1ee87fcd143fa812ce43b2b742734b932")
}

// UnpackReportDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportDataMismatch(bytes32 want, bytes32 got)
func (manager *Manager) UnpackReportDataMismatchError(raw []byte) (*ManagerReportDataMismatch, error) {
	out := new(ManagerReportDataMismatch)
	if err := manager.abi.UnpackIntoInterface(out, "ReportDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerRollupAlreadySet represents a RollupAlreadySet error raised by the Manager contract.
type ManagerRollupAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupAlreadySet()
func ManagerRollupAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x45d8430838a03f7dc4e30e3f0d0ac8c059ae3ee5cec380888bc268c8471c9995")
}

// UnpackRollupAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupAlreadySet()
func (manager *Manager) UnpackRollupAlreadySetError(raw []byte) (*ManagerRollupAlreadySet, error) {
	out := new(ManagerRollupAlreadySet)
	if err := manager.abi.UnpackIntoInterface(out, "RollupAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerSetupPhase represents a SetupPhase error raised by the Manager contract.
type ManagerSetupPhase struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetupPhase()
func ManagerSetupPhaseErrorID() common.Hash {
	return common.HexToHash("0x8fb9d3cbe3c47ef93ea17ccd913351f152df57f182fc5017513e29783470e2b3")
}

// UnpackSetupPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetupPhase()
func (manager *Manager) UnpackSetupPhaseError(raw []byte) (*ManagerSetupPhase, error) {
	out := new(ManagerSetupPhase)
	if err := manager.abi.UnpackIntoInterface(out, "SetupPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerSignerNotEligible represents a SignerNotEligible error raised by the Manager contract.
type ManagerSignerNotEligible struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerNotEligible(address signer)
func ManagerSignerNotEligibleErrorID() common.Hash {
	return common.HexToHash("0x62399bddbf081928f836d96988c040ff854c9390d0cff477076d90bfbc7ddd9f")
}

// UnpackSignerNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerNotEligible(address signer)
func (manager *Manager) UnpackSignerNotEligibleError(raw []byte) (*ManagerSignerNotEligible, error) {
	out := new(ManagerSignerNotEligible)
	if err := manager.abi.UnpackIntoInterface(out, "SignerNotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerSlasherAlreadySet represents a SlasherAlreadySet error raised by the Manager contract.
type ManagerSlasherAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlasherAlreadySet()
func ManagerSlasherAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x9aaca9be271f9dfbf9972b11c23b7b573f0866687939e28b79cb9d3c9618cb7a")
}

// UnpackSlasherAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlasherAlreadySet()
func (manager *Manager) UnpackSlasherAlreadySetError(raw []byte) (*ManagerSlasherAlreadySet, error) {
	out := new(ManagerSlasherAlreadySet)
	if err := manager.abi.UnpackIntoInterface(out, "SlasherAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerStaleRegistration represents a StaleRegistration error raised by the Manager contract.
type ManagerStaleRegistration struct {
	Enclave common.Address
	Have    uint64
	Offered uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRegistration(address enclave, uint64 have, uint64 offered)
func ManagerStaleRegistrationErrorID() common.Hash {
	return common.HexToHash("0xa401db7fb56fb2fe0b0a5e772d41cd59a6a25cb11e15f1de0333e775aba458df")
}

// UnpackStaleRegistrationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRegistration(address enclave, uint64 have, uint64 offered)
func (manager *Manager) UnpackStaleRegistrationError(raw []byte) (*ManagerStaleRegistration, error) {
	out := new(ManagerStaleRegistration)
	if err := manager.abi.UnpackIntoInterface(out, "StaleRegistration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerTimelocked represents a Timelocked error raised by the Manager contract.
type ManagerTimelocked struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Timelocked(bytes4 selector)
func ManagerTimelockedErrorID() common.Hash {
	return common.HexToHash("0xccdba7535e792f7a127c9425df79c31cecedf2872e407f472adf86921b8d36cf")
}

// UnpackTimelockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Timelocked(bytes4 selector)
func (manager *Manager) UnpackTimelockedError(raw []byte) (*ManagerTimelocked, error) {
	out := new(ManagerTimelocked)
	if err := manager.abi.UnpackIntoInterface(out, "Timelocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerUnknownChange represents a UnknownChange error raised by the Manager contract.
type ManagerUnknownChange struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownChange(bytes32 id)
func ManagerUnknownChangeErrorID() common.Hash {
	return common.HexToHash("0xe0a203fb2e934a683377d7e35d4d3856050210be3ff47349b092b08de3c5d15c")
}

// UnpackUnknownChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownChange(bytes32 id)
func (manager *Manager) UnpackUnknownChangeError(raw []byte) (*ManagerUnknownChange, error) {
	out := new(ManagerUnknownChange)
	if err := manager.abi.UnpackIntoInterface(out, "UnknownChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerVerifiedInFuture represents a VerifiedInFuture error raised by the Manager contract.
type ManagerVerifiedInFuture struct {
	VerifiedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifiedInFuture(uint64 verifiedAt)
func ManagerVerifiedInFutureErrorID() common.Hash {
	return common.HexToHash("0xaf994aedaa8cd5ffc357450b30952fcf3c927444fc77bc1a7720a494c10b1707")
}

// UnpackVerifiedInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifiedInFuture(uint64 verifiedAt)
func (manager *Manager) UnpackVerifiedInFutureError(raw []byte) (*ManagerVerifiedInFuture, error) {
	out := new(ManagerVerifiedInFuture)
	if err := manager.abi.UnpackIntoInterface(out, "VerifiedInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerWrongEpoch represents a WrongEpoch error raised by the Manager contract.
type ManagerWrongEpoch struct {
	Want uint64
	Got  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEpoch(uint64 want, uint64 got)
func ManagerWrongEpochErrorID() common.Hash {
	return common.HexToHash("0x2b9264ec593278cbe059ca68c627e1b8271a7e014abe4c8622c73486c89e1e93")
}

// UnpackWrongEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEpoch(uint64 want, uint64 got)
func (manager *Manager) UnpackWrongEpochError(raw []byte) (*ManagerWrongEpoch, error) {
	out := new(ManagerWrongEpoch)
	if err := manager.abi.UnpackIntoInterface(out, "WrongEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ManagerZeroAddress represents a ZeroAddress error raised by the Manager contract.
type ManagerZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ManagerZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (manager *Manager) UnpackZeroAddressError(raw []byte) (*ManagerZeroAddress, error) {
	out := new(ManagerZeroAddress)
	if err := manager.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PayoutRecipientHarnessMetaData contains all meta data concerning the PayoutRecipientHarness contract.
var PayoutRecipientHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tsc_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ACCEPT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BURN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REENTER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVERT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tsc\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "PayoutRecipientHarness",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516104a53803806104a5833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516104206100855f395f8181610208015261032501526104205ff3fe60806040526004361061007c575f3560e01c80635dd11b371161004c5780635dd11b3714610263578063af2408ca14610277578063c0a2526c1461028a578063c73fb6771461029e575f5ffd5b806321175b4a1461017b578063295a5212146101c857806345061bf8146101f75780634e71d92d1461024f575f5ffd5b36610177575f5460ff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8101610113576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f7265667573656400000000000000000000000000000000000000000000000000604482015260640160405180910390fd5b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff821601610143575b61013e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff821601610175576101756102b2565b005b5f5ffd5b348015610186575f5ffd5b506101756101953660046103ad565b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff92909216919091179055565b3480156101d3575f5ffd5b505f546101e09060ff1681565b60405160ff90911681526020015b60405180910390f35b348015610202575f5ffd5b5061022a7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101ee565b34801561025a575f5ffd5b506101756103a3565b34801561026e575f5ffd5b506101e0600181565b348015610282575f5ffd5b506101e05f81565b348015610295575f5ffd5b506101e0600281565b3480156102a9575f5ffd5b506101e0600381565b60408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f6e66d84a0000000000000000000000000000000000000000000000000000000017905290515f91829173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169161034f916103d4565b5f604051808303815f865af19150503d805f8114610388576040519150601f19603f3d011682016040523d82523d5f602084013e61038d565b606091505b50915091508161039f57805160208201fd5b5050565b6103ab6102b2565b565b5f602082840312156103bd575f5ffd5b813560ff811681146103cd575f5ffd5b9392505050565b5f82518060208501845e5f92019182525091905056fea264697066735822122082e697093c6e176ca16d28bad3bc9b2a0cd5ad792ac90ff7f8934a187944416364736f6c634300081e0033",
}

// PayoutRecipientHarness is an auto generated Go binding around an Ethereum contract.
type PayoutRecipientHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PayoutRecipientHarness) GetABI() abi.ABI {
	return c.abi
}

// NewPayoutRecipientHarness creates a new instance of PayoutRecipientHarness.
func NewPayoutRecipientHarness() *PayoutRecipientHarness {
	parsed, err := PayoutRecipientHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PayoutRecipientHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PayoutRecipientHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address tsc_) returns()
func (payoutRecipientHarness *PayoutRecipientHarness) PackConstructor(tsc_ common.Address) []byte {
	enc, err := payoutRecipientHarness.abi.Pack("", tsc_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackACCEPT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf2408ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ACCEPT() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) PackACCEPT() []byte {
	enc, err := payoutRecipientHarness.abi.Pack("ACCEPT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackACCEPT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf2408ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ACCEPT() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackACCEPT() ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("ACCEPT")
}

// UnpackACCEPT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf2408ca.
//
// Solidity: function ACCEPT() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) UnpackACCEPT(data []byte) (uint8, error) {
	out, err := payoutRecipientHarness.abi.Unpack("ACCEPT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0a2526c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) PackBURN() []byte {
	enc, err := payoutRecipientHarness.abi.Pack("BURN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0a2526c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackBURN() ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("BURN")
}

// UnpackBURN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0a2526c.
//
// Solidity: function BURN() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) UnpackBURN(data []byte) (uint8, error) {
	out, err := payoutRecipientHarness.abi.Unpack("BURN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREENTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc73fb677.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REENTER() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) PackREENTER() []byte {
	enc, err := payoutRecipientHarness.abi.Pack("REENTER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREENTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc73fb677.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REENTER() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackREENTER() ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("REENTER")
}

// UnpackREENTER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc73fb677.
//
// Solidity: function REENTER() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) UnpackREENTER(data []byte) (uint8, error) {
	out, err := payoutRecipientHarness.abi.Unpack("REENTER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREVERT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd11b37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVERT() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) PackREVERT() []byte {
	enc, err := payoutRecipientHarness.abi.Pack("REVERT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVERT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd11b37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVERT() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackREVERT() ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("REVERT")
}

// UnpackREVERT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5dd11b37.
//
// Solidity: function REVERT() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) UnpackREVERT(data []byte) (uint8, error) {
	out, err := payoutRecipientHarness.abi.Unpack("REVERT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (payoutRecipientHarness *PayoutRecipientHarness) PackClaim() []byte {
	enc, err := payoutRecipientHarness.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackClaim() ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("claim")
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) PackMode() []byte {
	enc, err := payoutRecipientHarness.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackMode() ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (payoutRecipientHarness *PayoutRecipientHarness) UnpackMode(data []byte) (uint8, error) {
	out, err := payoutRecipientHarness.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (payoutRecipientHarness *PayoutRecipientHarness) PackSetMode(m uint8) []byte {
	enc, err := payoutRecipientHarness.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackSetMode(m uint8) ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("setMode", m)
}

// PackTsc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45061bf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tsc() view returns(address)
func (payoutRecipientHarness *PayoutRecipientHarness) PackTsc() []byte {
	enc, err := payoutRecipientHarness.abi.Pack("tsc")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTsc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45061bf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tsc() view returns(address)
func (payoutRecipientHarness *PayoutRecipientHarness) TryPackTsc() ([]byte, error) {
	return payoutRecipientHarness.abi.Pack("tsc")
}

// UnpackTsc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45061bf8.
//
// Solidity: function tsc() view returns(address)
func (payoutRecipientHarness *PayoutRecipientHarness) UnpackTsc(data []byte) (common.Address, error) {
	out, err := payoutRecipientHarness.abi.Unpack("tsc", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// QuorumVerifierHarnessMetaData contains all meta data concerning the QuorumVerifierHarness contract.
var QuorumVerifierHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"QuorumRejected\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"Certified\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"checkBLS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"checkECDSA\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pops\",\"type\":\"bytes\"}],\"name\":\"checkRegistration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"message\",\"type\":\"bytes32\"}],\"name\":\"hashToG1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"popDST\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pops\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"}],\"name\":\"ruleMetByAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"}],\"name\":\"ruleScalesWithCommittee\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"}],\"name\":\"ruleValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"submitBLS\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"submitECDSA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"voteDST\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"voteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"voteDigestFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "QuorumVerifierHarness",
	Bin: "0x60c060405234801561000f575f5ffd5b504660a0818152604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082019490945230818401528151808203909301835260c0019052805191012060805260805160a0516120046100d45f395f6105cd01525f6105f501526120045ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c80639d94657c116100ad578063c43768b91161007d578063ca4b8a9411610063578063ca4b8a9414610273578063d4eee9ff146102a3578063f698da25146102b6575f5ffd5b8063c43768b91461024d578063c4a24d7e14610260575f5ffd5b80639d94657c146101ee578063a3747fef14610214578063bec41ec414610227578063c1d2fadb1461023a575f5ffd5b806369bf5f28116100e857806369bf5f281461017d57806375528a38146101a057806386c50690146101c8578063979fdbd8146101db575f5ffd5b806304bec985146101195780633436d5db1461012e5780635e72941214610140578063609d454414610175575b5f5ffd5b61012c610127366004611b41565b6102be565b005b61012c61013c366004611be9565b5f55565b7f2d6a2203fb6c12f6c0cbdc252ac5e00370d8986fea2842b0567a8742f9b18c585b6040519081526020015b60405180910390f35b6101625f5481565b61019061018b366004611c00565b61034e565b604051901515815260200161016c565b6101b36101ae366004611c3f565b610362565b6040805192835260208301919091520161016c565b6101b36101d6366004611c3f565b610395565b6101626101e9366004611cf0565b6103ab565b7ff0c46ae7b14b8be092c0fdde51f2b0bce7534771d1f24fd3cadcb683e0107049610162565b61012c610222366004611cf0565b6103c3565b610190610235366004611d5c565b61042f565b610162610248366004611be9565b610449565b61019061025b366004611c00565b6104be565b61016261026e366004611dd5565b6104c9565b610286610281366004611e22565b610595565b60408051938452602084019290925215159082015260600161016c565b61012c6102b1366004611b41565b6105b0565b6101626105ca565b5f6102d85f54898989896102d18a610449565b89896106bb565b9050801561031a576040517fd7a4b9da000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b60405184907f2b099e954c9fc078946fbffc6d5543298cb08acaf42ede4cf13c067efe9d1f6c905f90a25050505050505050565b5f6103598383610714565b90505b92915050565b5f5f5f5a90506103788b8b8b8b8b8b8b8b6107e7565b92505a6103859082611e6f565b9150509850989650505050505050565b5f5f5f5a90506103788b8b8b8b8b8b8b8b6106bb565b5f6103b885858585610877565b90505b949350505050565b5f6103d085858585610877565b9050801561040d576040517fd7a4b9da00000000000000000000000000000000000000000000000000000000815260048101829052602401610311565b848460405161041d929190611e82565b6040519081900390205f555050505050565b5f61043d8686868686610949565b90505b95945050505050565b5f61035c6104556105ca565b7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f908152602085905260409081902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f6103598383610a28565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301526080820186905273ffffffffffffffffffffffffffffffffffffffff851660a0808401919091528351808403909101815260c090920190925280519101205f9061058b90610455565b90505b9392505050565b5f5f5f6105a28585610b2a565b9250925092505b9250925092565b5f6102d85f54898989896105c38a610449565b89896107e7565b5f7f0000000000000000000000000000000000000000000000000000000000000000460361061757507f000000000000000000000000000000000000000000000000000000000000000090565b50604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a0808401919091528351808403909101815260c0909201909252805191012090565b5f5f6106cb8a8a8a8a8a5f610d30565b9050601d8110156106dd579050610708565b5f5f5f6106ee888d8d878b8b610dd2565b925092509250610701838b8b8585610e26565b9450505050505b98975050505050505050565b5f8060018484838161072857610728611e91565b919091013560f81c600503905061075c578484600181811061074c5761074c611e91565b60029450919091013560f81c9150505b80156107dd575f85858481811061077557610775611e91565b919091013560f81c9150506003819003610795576001935050505061035c565b8060ff166001146107b9578060ff166004146107b25760026107bc565b60096107bc565b60035b6107c99060ff1684611ebe565b925050806107d690611ed1565b905061075c565b505f949350505050565b5f5f6107f88a8a8a8a8a6001610d30565b9050601d81101561080a579050610708565b6040805161038081019091525f80806108268d8d8a8a88610e64565b925092509250610839838c8c8585610e26565b9250821561084e578295505050505050610708565b6108588985610edc565b610863576006610865565b5f5b9e9d5050505050505050505050505050565b5f5f5f5f6108858888610f37565b9250925092508015806108a1575061089f88888585610fe7565b155b156108b257600293505050506103bb565b601d82036108d35784156108c75760076108c9565b5f5b93505050506103bb565b6108de888885611193565b6108ee57600293505050506103bb565b6108f98360c0611f05565b851461090b57600793505050506103bb565b5f5b8381101561093b576109228989898985611210565b6109335760079450505050506103bb565b60010161090d565b505f98975050505050505050565b5f5f5f6109568888610f37565b50915091505f5f5f5b84811015610a0d57600189821c1615610a05575f60186109998d8d6109848987611f05565b61098f906001611ebe565b9190910135919050565b901c90505f6109b060ff604084901c166010611f05565b6001901b90506109c08185611ebe565b935077ffffffffffffffff00000000000000000000000000000000608083901b166109ec826001611ebe565b6109f69190611ebe565b610a009086611ebe565b945050505b60010161095f565b50610a1a878784846112f5565b9a9950505050505050505050565b5f82828101831515600583355f1a03610a5657506002828101923560011a908510600882111715610a5657505f5b80151593505b8015610b215782355f815f1a60018114610a8d5760028114610aa35760038114610ab55760048114610acd57610ade565b8260081b60f01c15610a9e57600391505b610ade565b8260011a15610a9e5760029150610ade565b606460018460011a031015610a9e5760029150610ade565b8260081b60c01c15610ade57600991505b509384019380158486111715610af8575f95505050610b21565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01610a5c565b50141692915050565b5f5f5f6040518581528460208201526060810160208152602080820152602060408201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a08201525f5b610100811015610d26578060011b60408401526060832060018260011b016040850152606084207f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d85090897507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090908915081606085015260205f60c08660055afa610cb4575050610d26565b5f519650817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4788890903610d1c578060ff1c15610d1157867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd470396505b600195505050610d26565b5050600101610b9c565b5050509250925092565b5f8460405181888237600192508882822003610da557600292505f8835811a8015610d625760018114610d7157610d76565b85610d6c57601d91505b610d76565b605d91505b50821515811615610da3576001830381810481838202146101018210821515161615610da0578295505b50505b505b5050601d8110158015610dbf5750610dbd8484610a28565b155b15610dc8575060035b9695505050505050565b5f8080808080610de588888c8c85611448565b92509250925080610e025760045f5f955095509550505050610e1a565b610e108c8c8c8c8787611587565b9550955095505050505b96509650969350505050565b5f6002861480610e365750600486145b15610e42575084610440565b610e4e858585856112f5565b610e5a57506005610440565b5093949350505050565b5f8080808080610e7989898c605d6001611448565b92509250925080610e965760045f5f955095509550505050610ed1565b610ea28b8b858a6116c2565b89516040808c019190915260208b015160608c0152929850909650945082883760806040830160808901375050505b955095509592505050565b5f5f5f5f610f0a7f2d6a2203fb6c12f6c0cbdc252ac5e00370d8986fea2842b0567a8742f9b18c5887610b2a565b92509250925080610f20575f935050505061035c565b8261010086015281610120860152610dc885611876565b5f8080838103610f4e57505f9150819050806105a9565b5f85855f818110610f6157610f61611e91565b919091013560f81c9150505f819003610f7d57601d9250610f9d565b80600103610f8e57605d9250610f9d565b5f5f5f935093509350506105a9565b5f610fa9600187611e6f565b9050610fb58482611f1c565b94508415801590610fc857506101008511155b8015610fdc575080610fda8587611f05565b145b925050509250925092565b5f5f5f5b84811015611186575f610ffe8583611f05565b611009906001611ebe565b905087810135606081901c605882901c60ff168582111580611029575080155b806110345750600681115b15611047575f96505050505050506103bb565b819550605d8803611177575f6110638c8c61098f88601d611ebe565b90505f6110768d8d61098f89603d611ebe565b90507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47821015806110c757507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478110155b8061115f57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914155b15611174575f985050505050505050506103bb565b50505b50505050806001019050610feb565b5060019695505050505050565b5f60015b82811015611205575f6111c686866111b0605d86611f05565b6111bb906001611ebe565b61098f90601d611ebe565b90505f5b828110156111fb57816111e388886111b0605d86611f05565b036111f3575f935050505061058e565b6001016111ca565b5050600101611197565b506001949350505050565b5f8061121d605d84611f05565b611228906001611ebe565b90505f6112368460c0611f05565b9050611248868661098f846060611ebe565b611258878761098f856040611ebe565b611268888861098f866020611ebe565b838901351717175f0361127f575f92505050610440565b6107088883013560601c898961129686601d611ebe565b906112a287605d611ebe565b926112af93929190611f54565b89858a6112bd826080611ebe565b926112ca93929190611f54565b8b8b6112d7896080611ebe565b906112e38a60c0611ebe565b926112f093929190611f54565b611a19565b5f846001600582355f1a0361130f575060028101903560011a5b600192505b801561143e578135805f1a60018114611351576002811461136c57600381146113d1578160081b60c01c8760801c1015945060098401935061140f565b8160081b60f01c61ffff88161015945060038401935061140f565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a81101595505060028401935061140f565b8160011a60105b60708110156114065761ffff88821c168202606461ffff8b841c160210156113fe575f96505b6010016113d8565b50506002840193505b5050821561143e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01611314565b5050949350505050565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c081018661156b577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b818110156116b257803560181c8060481c60ff8260401c16600560018203118287101517156115ce57600299505050506116b2565b81955060018160041b1b9050808801975060018c16156116a15767ffffffffffffffff831660801b6001820101890198508961169a5760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e01351115168015611692578160208a015260408d60408b013760205f60808b60015afa845f511460203d1482161661168c5760069c505b50611697565b60069b505b50505b60418b019a505b50505060019890981c978901611599565b5050505096509650969350505050565b5f5f5f5f868801600189015b8181101561186957803560181c8060481c60ff8260401c16601d840135603d8501357f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478210157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47841015171760056001850311858a10151717156117eb5760029a505050505050611869565b6001600484901b81901b998a01999498508d16156118555761ffff8a168015611832578260408e01528160608e015260408d60808f60065afa61182d5760069b505b61183c565b828d528160208e01525b5067ffffffffffffffff851660801b60018501018a0199505b50505060019990991c985050605d016116ce565b5050509450945094915050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016101408320066101408301604084015181526060840151602082015281604082015260408160608360075afa9250835160408201526020840151606082015260408160808360065afa831692506101808101600181526002602082015282604082015260408160608360075afa8416935061010085015160408201526101208501516060820152604060c0830160808360065afa84169350507f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0820152608084015161010082015260a084015161012082015260c084015161014082015260e084015161016082015260205f6101808360085afa83169250505060015f511460203d141681169050919050565b5f604086141580611a2b575060808414155b80611a37575060408214155b15611a4357505f611af1565b5f5f5f611a9e7ff0c46ae7b14b8be092c0fdde51f2b0bce7534771d1f24fd3cadcb683e01070498c8c8c8c8c604051602001611a83959493929190611f7b565b60405160208183030381529060405280519060200120610b2a565b92509250925080611ab4575f9350505050611af1565b60408051610380810182529087823760408b604083013760808960808301378361010082015282610120820152611aea81611876565b9450505050505b979650505050505050565b5f5f83601f840112611b0c575f5ffd5b50813567ffffffffffffffff811115611b23575f5ffd5b602083019150836020828501011115611b3a575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a031215611b57575f5ffd5b873567ffffffffffffffff811115611b6d575f5ffd5b611b798a828b01611afc565b909850965050602088013567ffffffffffffffff811115611b98575f5ffd5b611ba48a828b01611afc565b90965094505060408801359250606088013567ffffffffffffffff811115611bca575f5ffd5b611bd68a828b01611afc565b989b979a50959850939692959293505050565b5f60208284031215611bf9575f5ffd5b5035919050565b5f5f60208385031215611c11575f5ffd5b823567ffffffffffffffff811115611c27575f5ffd5b611c3385828601611afc565b90969095509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611c56575f5ffd5b88359750602089013567ffffffffffffffff811115611c73575f5ffd5b611c7f8b828c01611afc565b909850965050604089013567ffffffffffffffff811115611c9e575f5ffd5b611caa8b828c01611afc565b90965094505060608901359250608089013567ffffffffffffffff811115611cd0575f5ffd5b611cdc8b828c01611afc565b999c989b5096995094979396929594505050565b5f5f5f5f60408587031215611d03575f5ffd5b843567ffffffffffffffff811115611d19575f5ffd5b611d2587828801611afc565b909550935050602085013567ffffffffffffffff811115611d44575f5ffd5b611d5087828801611afc565b95989497509550505050565b5f5f5f5f5f60608688031215611d70575f5ffd5b853567ffffffffffffffff811115611d86575f5ffd5b611d9288828901611afc565b90965094505060208601359250604086013567ffffffffffffffff811115611db8575f5ffd5b611dc488828901611afc565b969995985093965092949392505050565b5f5f5f60608486031215611de7575f5ffd5b83359250602084013573ffffffffffffffffffffffffffffffffffffffff81168114611e11575f5ffd5b929592945050506040919091013590565b5f5f60408385031215611e33575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561035c5761035c611e42565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8082018082111561035c5761035c611e42565b5f81611edf57611edf611e42565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b808202811582820484141761035c5761035c611e42565b5f82611f4f577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f5f85851115611f62575f5ffd5b83861115611f6e575f5ffd5b5050820193919092039150565b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008660601b168152838560148301375f848201601481015f815284868237505f930160140192835250909594505050505056fea26469706673582212207308b6bd72147f0ec53b762df246aa313e710ede1d1d333d1b2345f1db60ff5d64736f6c634300081e0033",
}

// QuorumVerifierHarness is an auto generated Go binding around an Ethereum contract.
type QuorumVerifierHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *QuorumVerifierHarness) GetABI() abi.ABI {
	return c.abi
}

// NewQuorumVerifierHarness creates a new instance of QuorumVerifierHarness.
func NewQuorumVerifierHarness() *QuorumVerifierHarness {
	parsed, err := QuorumVerifierHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &QuorumVerifierHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *QuorumVerifierHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheckBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75528a38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkBLS(bytes32 committeeHash_, bytes committee, bytes rule, bytes32 digest, bytes qc) view returns(uint256 code, uint256 gasUsed)
func (quorumVerifierHarness *QuorumVerifierHarness) PackCheckBLS(committeeHash [32]byte, committee []byte, rule []byte, digest [32]byte, qc []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("checkBLS", committeeHash, committee, rule, digest, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75528a38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkBLS(bytes32 committeeHash_, bytes committee, bytes rule, bytes32 digest, bytes qc) view returns(uint256 code, uint256 gasUsed)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackCheckBLS(committeeHash [32]byte, committee []byte, rule []byte, digest [32]byte, qc []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("checkBLS", committeeHash, committee, rule, digest, qc)
}

// CheckBLSOutput serves as a container for the return parameters of contract
// method CheckBLS.
type CheckBLSOutput struct {
	Code    *big.Int
	GasUsed *big.Int
}

// UnpackCheckBLS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75528a38.
//
// Solidity: function checkBLS(bytes32 committeeHash_, bytes committee, bytes rule, bytes32 digest, bytes qc) view returns(uint256 code, uint256 gasUsed)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackCheckBLS(data []byte) (CheckBLSOutput, error) {
	out, err := quorumVerifierHarness.abi.Unpack("checkBLS", data)
	outstruct := new(CheckBLSOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Code = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCheckECDSA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86c50690.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkECDSA(bytes32 committeeHash_, bytes committee, bytes rule, bytes32 digest, bytes qc) view returns(uint256 code, uint256 gasUsed)
func (quorumVerifierHarness *QuorumVerifierHarness) PackCheckECDSA(committeeHash [32]byte, committee []byte, rule []byte, digest [32]byte, qc []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("checkECDSA", committeeHash, committee, rule, digest, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckECDSA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86c50690.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkECDSA(bytes32 committeeHash_, bytes committee, bytes rule, bytes32 digest, bytes qc) view returns(uint256 code, uint256 gasUsed)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackCheckECDSA(committeeHash [32]byte, committee []byte, rule []byte, digest [32]byte, qc []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("checkECDSA", committeeHash, committee, rule, digest, qc)
}

// CheckECDSAOutput serves as a container for the return parameters of contract
// method CheckECDSA.
type CheckECDSAOutput struct {
	Code    *big.Int
	GasUsed *big.Int
}

// UnpackCheckECDSA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86c50690.
//
// Solidity: function checkECDSA(bytes32 committeeHash_, bytes committee, bytes rule, bytes32 digest, bytes qc) view returns(uint256 code, uint256 gasUsed)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackCheckECDSA(data []byte) (CheckECDSAOutput, error) {
	out, err := quorumVerifierHarness.abi.Unpack("checkECDSA", data)
	outstruct := new(CheckECDSAOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Code = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCheckRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x979fdbd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkRegistration(bytes committee, bytes pops) view returns(uint256)
func (quorumVerifierHarness *QuorumVerifierHarness) PackCheckRegistration(committee []byte, pops []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("checkRegistration", committee, pops)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x979fdbd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkRegistration(bytes committee, bytes pops) view returns(uint256)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackCheckRegistration(committee []byte, pops []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("checkRegistration", committee, pops)
}

// UnpackCheckRegistration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x979fdbd8.
//
// Solidity: function checkRegistration(bytes committee, bytes pops) view returns(uint256)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackCheckRegistration(data []byte) (*big.Int, error) {
	out, err := quorumVerifierHarness.abi.Unpack("checkRegistration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitteeHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x609d4544.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeHash() view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) PackCommitteeHash() []byte {
	enc, err := quorumVerifierHarness.abi.Pack("committeeHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x609d4544.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeHash() view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackCommitteeHash() ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("committeeHash")
}

// UnpackCommitteeHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x609d4544.
//
// Solidity: function committeeHash() view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackCommitteeHash(data []byte) ([32]byte, error) {
	out, err := quorumVerifierHarness.abi.Unpack("committeeHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) PackDomainSeparator() []byte {
	enc, err := quorumVerifierHarness.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackDomainSeparator() ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := quorumVerifierHarness.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashToG1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca4b8a94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashToG1(bytes32 dst, bytes32 message) view returns(uint256 x, uint256 y, bool ok)
func (quorumVerifierHarness *QuorumVerifierHarness) PackHashToG1(dst [32]byte, message [32]byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("hashToG1", dst, message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashToG1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca4b8a94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashToG1(bytes32 dst, bytes32 message) view returns(uint256 x, uint256 y, bool ok)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackHashToG1(dst [32]byte, message [32]byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("hashToG1", dst, message)
}

// HashToG1Output serves as a container for the return parameters of contract
// method HashToG1.
type HashToG1Output struct {
	X  *big.Int
	Y  *big.Int
	Ok bool
}

// UnpackHashToG1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca4b8a94.
//
// Solidity: function hashToG1(bytes32 dst, bytes32 message) view returns(uint256 x, uint256 y, bool ok)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackHashToG1(data []byte) (HashToG1Output, error) {
	out, err := quorumVerifierHarness.abi.Unpack("hashToG1", data)
	outstruct := new(HashToG1Output)
	if err != nil {
		return *outstruct, err
	}
	outstruct.X = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Y = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Ok = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackPopDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d94657c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function popDST() pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) PackPopDST() []byte {
	enc, err := quorumVerifierHarness.abi.Pack("popDST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPopDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d94657c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function popDST() pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackPopDST() ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("popDST")
}

// UnpackPopDST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d94657c.
//
// Solidity: function popDST() pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackPopDST(data []byte) ([32]byte, error) {
	out, err := quorumVerifierHarness.abi.Unpack("popDST", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3747fef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes committee, bytes pops) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) PackRegister(committee []byte, pops []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("register", committee, pops)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3747fef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes committee, bytes pops) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackRegister(committee []byte, pops []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("register", committee, pops)
}

// PackRuleMetByAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbec41ec4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ruleMetByAll(bytes committee, uint256 members, bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) PackRuleMetByAll(committee []byte, members *big.Int, rule []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("ruleMetByAll", committee, members, rule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRuleMetByAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbec41ec4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ruleMetByAll(bytes committee, uint256 members, bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackRuleMetByAll(committee []byte, members *big.Int, rule []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("ruleMetByAll", committee, members, rule)
}

// UnpackRuleMetByAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbec41ec4.
//
// Solidity: function ruleMetByAll(bytes committee, uint256 members, bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackRuleMetByAll(data []byte) (bool, error) {
	out, err := quorumVerifierHarness.abi.Unpack("ruleMetByAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRuleScalesWithCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69bf5f28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ruleScalesWithCommittee(bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) PackRuleScalesWithCommittee(rule []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("ruleScalesWithCommittee", rule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRuleScalesWithCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69bf5f28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ruleScalesWithCommittee(bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackRuleScalesWithCommittee(rule []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("ruleScalesWithCommittee", rule)
}

// UnpackRuleScalesWithCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69bf5f28.
//
// Solidity: function ruleScalesWithCommittee(bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackRuleScalesWithCommittee(data []byte) (bool, error) {
	out, err := quorumVerifierHarness.abi.Unpack("ruleScalesWithCommittee", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRuleValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc43768b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ruleValid(bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) PackRuleValid(rule []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("ruleValid", rule)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRuleValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc43768b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ruleValid(bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackRuleValid(rule []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("ruleValid", rule)
}

// UnpackRuleValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc43768b9.
//
// Solidity: function ruleValid(bytes rule) pure returns(bool)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackRuleValid(data []byte) (bool, error) {
	out, err := quorumVerifierHarness.abi.Unpack("ruleValid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3436d5db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommittee(bytes32 h) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) PackSetCommittee(h [32]byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("setCommittee", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3436d5db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommittee(bytes32 h) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackSetCommittee(h [32]byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("setCommittee", h)
}

// PackSubmitBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4eee9ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBLS(bytes committee, bytes rule, bytes32 headerHash, bytes qc) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) PackSubmitBLS(committee []byte, rule []byte, headerHash [32]byte, qc []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("submitBLS", committee, rule, headerHash, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4eee9ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBLS(bytes committee, bytes rule, bytes32 headerHash, bytes qc) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackSubmitBLS(committee []byte, rule []byte, headerHash [32]byte, qc []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("submitBLS", committee, rule, headerHash, qc)
}

// PackSubmitECDSA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bec985.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitECDSA(bytes committee, bytes rule, bytes32 headerHash, bytes qc) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) PackSubmitECDSA(committee []byte, rule []byte, headerHash [32]byte, qc []byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("submitECDSA", committee, rule, headerHash, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitECDSA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bec985.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitECDSA(bytes committee, bytes rule, bytes32 headerHash, bytes qc) returns()
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackSubmitECDSA(committee []byte, rule []byte, headerHash [32]byte, qc []byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("submitECDSA", committee, rule, headerHash, qc)
}

// PackVoteDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e729412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteDST() pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) PackVoteDST() []byte {
	enc, err := quorumVerifierHarness.abi.Pack("voteDST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteDST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e729412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteDST() pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackVoteDST() ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("voteDST")
}

// UnpackVoteDST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e729412.
//
// Solidity: function voteDST() pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackVoteDST(data []byte) ([32]byte, error) {
	out, err := quorumVerifierHarness.abi.Unpack("voteDST", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d2fadb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteDigest(bytes32 headerHash) view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) PackVoteDigest(headerHash [32]byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("voteDigest", headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d2fadb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteDigest(bytes32 headerHash) view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackVoteDigest(headerHash [32]byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("voteDigest", headerHash)
}

// UnpackVoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1d2fadb.
//
// Solidity: function voteDigest(bytes32 headerHash) view returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackVoteDigest(data []byte) ([32]byte, error) {
	out, err := quorumVerifierHarness.abi.Unpack("voteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVoteDigestFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a24d7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteDigestFor(uint256 chainId, address verifier, bytes32 headerHash) pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) PackVoteDigestFor(chainId *big.Int, verifier common.Address, headerHash [32]byte) []byte {
	enc, err := quorumVerifierHarness.abi.Pack("voteDigestFor", chainId, verifier, headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteDigestFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a24d7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteDigestFor(uint256 chainId, address verifier, bytes32 headerHash) pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) TryPackVoteDigestFor(chainId *big.Int, verifier common.Address, headerHash [32]byte) ([]byte, error) {
	return quorumVerifierHarness.abi.Pack("voteDigestFor", chainId, verifier, headerHash)
}

// UnpackVoteDigestFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4a24d7e.
//
// Solidity: function voteDigestFor(uint256 chainId, address verifier, bytes32 headerHash) pure returns(bytes32)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackVoteDigestFor(data []byte) ([32]byte, error) {
	out, err := quorumVerifierHarness.abi.Unpack("voteDigestFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// QuorumVerifierHarnessCertified represents a Certified event raised by the QuorumVerifierHarness contract.
type QuorumVerifierHarnessCertified struct {
	HeaderHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const QuorumVerifierHarnessCertifiedEventName = "Certified"

// ContractEventName returns the user-defined event name.
func (QuorumVerifierHarnessCertified) ContractEventName() string {
	return QuorumVerifierHarnessCertifiedEventName
}

// UnpackCertifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Certified(bytes32 indexed headerHash)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackCertifiedEvent(log *types.Log) (*QuorumVerifierHarnessCertified, error) {
	event := "Certified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != quorumVerifierHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(QuorumVerifierHarnessCertified)
	if len(log.Data) > 0 {
		if err := quorumVerifierHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range quorumVerifierHarness.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], quorumVerifierHarness.abi.Errors["QuorumRejected"].ID.Bytes()[:4]) {
		return quorumVerifierHarness.UnpackQuorumRejectedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// QuorumVerifierHarnessQuorumRejected represents a QuorumRejected error raised by the QuorumVerifierHarness contract.
type QuorumVerifierHarnessQuorumRejected struct {
	Code *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumRejected(uint256 code)
func QuorumVerifierHarnessQuorumRejectedErrorID() common.Hash {
	return common.HexToHash("0xd7a4b9daae692afdc6d34462d63c082eeb3dcfe7ecb0626e313fc9b5e928ccd7")
}

// UnpackQuorumRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumRejected(uint256 code)
func (quorumVerifierHarness *QuorumVerifierHarness) UnpackQuorumRejectedError(raw []byte) (*QuorumVerifierHarnessQuorumRejected, error) {
	out := new(QuorumVerifierHarnessQuorumRejected)
	if err := quorumVerifierHarness.abi.UnpackIntoInterface(out, "QuorumRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTypesMetaData contains all meta data concerning the RollupTypes contract.
var RollupTypesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NonCanonicalHeader\",\"type\":\"error\"}]",
	ID:  "RollupTypes",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea2646970667358221220fcf25df653619cd0c5b124a0723043871bc41c13786fb2325fea4dc9cb06c1e664736f6c634300081e0033",
}

// RollupTypes is an auto generated Go binding around an Ethereum contract.
type RollupTypes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RollupTypes) GetABI() abi.ABI {
	return c.abi
}

// NewRollupTypes creates a new instance of RollupTypes.
func NewRollupTypes() *RollupTypes {
	parsed, err := RollupTypesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RollupTypes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RollupTypes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollupTypes *RollupTypes) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollupTypes.abi.Errors["NonCanonicalHeader"].ID.Bytes()[:4]) {
		return rollupTypes.UnpackNonCanonicalHeaderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupTypesNonCanonicalHeader represents a NonCanonicalHeader error raised by the RollupTypes contract.
type RollupTypesNonCanonicalHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalHeader()
func RollupTypesNonCanonicalHeaderErrorID() common.Hash {
	return common.HexToHash("0x2637731ed1c9098d4fa3fc8e17a2856b8ee425dbb09f85b4cb159405457f2515")
}

// UnpackNonCanonicalHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalHeader()
func (rollupTypes *RollupTypes) UnpackNonCanonicalHeaderError(raw []byte) (*RollupTypesNonCanonicalHeader, error) {
	out := new(RollupTypesNonCanonicalHeader)
	if err := rollupTypes.abi.UnpackIntoInterface(out, "NonCanonicalHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTypesHarnessMetaData contains all meta data concerning the RollupTypesHarness contract.
var RollupTypesHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NonCanonicalHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"name\":\"challengeAccNext\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"tsc\",\"type\":\"address\"}],\"name\":\"checkSigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"depositAccNext\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tsc\",\"type\":\"address\"}],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "RollupTypesHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610d9f8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c806390135fe41161004d57806390135fe4146100f0578063afdc7d2614610103578063e5833fd314610133575f5ffd5b80630e43e099146100685780631ecb732a1461008e575b5f5ffd5b61007b6100763660046109a0565b610146565b6040519081526020015b60405180910390f35b61007b61009c366004610a00565b604080516020808201969096528082019490945273ffffffffffffffffffffffffffffffffffffffff9290921660608401526080808401919091528151808403909101815260a09092019052805191012090565b61007b6100fe366004610a3a565b610156565b610116610111366004610a53565b610217565b604080519315158452911515602084015290820152606001610085565b61007b610141366004610acf565b610268565b5f6101508261029a565b92915050565b5f61015082604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606082015246608082015273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c001604051602081830303815290604052805190602001209050919050565b5f5f5f5f5f6102268888610370565b915091508061024057505f935083925082915061025f9050565b600161024c83886105aa565b6102568489610742565b94509450945050505b93509350939050565b604080516020808201859052818301849052825180830384018152606090920190925280519101205f905b9392505050565b5f36816102aa60c0850185610aef565b9092509050365f6102be60e0870187610b53565b9092509050858483600584901b81016102d961016085610be4565b6102e4906020610be4565b8314158061031157506102f8876040610bf7565b6103029084610be4565b61030d906020610be4565b8214155b15610348576040517f2637731e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040516020815284820385602083013784820360200181209950505050505050505050919050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052906092831480156103df5750600284845f816103cd576103cd610c0e565b9050013560f81c60f81b60f81c60ff16145b156104c357600282526103f6601560018587610c3b565b6103ff91610c62565b60601c6020830152610415602960158587610c3b565b61041e91610c62565b60601c6040830152610434604960298587610c3b565b61043d91610cc8565b6060830152610450605160498587610c3b565b61045991610d04565b60c01c608083015261046f607160518587610c3b565b61047891610cc8565b60a083015261048b609160718587610c3b565b61049491610cc8565b60c0830152838360918181106104ac576104ac610c0e565b919091013560f81c60e084015250600190506105a3565b607e831480156104f25750600384845f816104e0576104e0610c0e565b9050013560f81c60f81b60f81c60ff16145b156105a05760038252610509601560018587610c3b565b61051291610c62565b60601c6020830152610528603560158587610c3b565b61053191610cc8565b6060830152610544603d60358587610c3b565b61054d91610d04565b60c01c6080830152610563605d603d8587610c3b565b61056c91610cc8565b60a083015261057f607d605d8587610c3b565b61058891610cc8565b60c08301528383607d8181106104ac576104ac610c0e565b505f5b9250929050565b5f8260e0015160ff16601b141580156105cb57508260e0015160ff16601c14155b156105d757505f610150565b60c08301517f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0108061060b575060c0830151155b80610618575060a0830151155b1561062457505f610150565b602083015173ffffffffffffffffffffffffffffffffffffffff1661064a57505f610150565b5f60016106578585610742565b8560e001518660a001518760c001516040515f815260200160405260405161069b949392919093845260ff9290921660208401526040830152606082015260800190565b6020604051602081039080840390855afa1580156106bb573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81161580159061073a5750836020015173ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16145b949350505050565b81515f90819060ff166002146107e6577ff8cd0ff9489d1c2f2463c5d44906b3c7b06f27352fcf50c46fc945c41a323c4d8460200151856060015186608001516040516020016107cb949392919093845273ffffffffffffffffffffffffffffffffffffffff929092166020840152604083015267ffffffffffffffff16606082015260800190565b60405160208183030381529060405280519060200120610884565b60208085015160408087015160608801516080890151925161086d957fb416b2cbc79362e0b10d9065dd86292802340c8e208ee23fc99f7e9dbf85f3499594910194855273ffffffffffffffffffffffffffffffffffffffff9384166020860152919092166040840152606083019190915267ffffffffffffffff16608082015260a00190565b604051602081830303815290604052805190602001205b905061094683604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606082015246608082015273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c001604051602081830303815290604052805190602001209050919050565b6040517f190100000000000000000000000000000000000000000000000000000000000060208201526022810191909152604281018290526062016040516020818303038152906040528051906020012091505092915050565b5f602082840312156109b0575f5ffd5b813567ffffffffffffffff8111156109c6575f5ffd5b82016101608185031215610293575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff811681146109fb575f5ffd5b919050565b5f5f5f5f60808587031215610a13575f5ffd5b8435935060208501359250610a2a604086016109d8565b9396929550929360600135925050565b5f60208284031215610a4a575f5ffd5b610293826109d8565b5f5f5f60408486031215610a65575f5ffd5b833567ffffffffffffffff811115610a7b575f5ffd5b8401601f81018613610a8b575f5ffd5b803567ffffffffffffffff811115610aa1575f5ffd5b866020828401011115610ab2575f5ffd5b602091820194509250610ac69085016109d8565b90509250925092565b5f5f60408385031215610ae0575f5ffd5b50508035926020909101359150565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610b22575f5ffd5b83018035915067ffffffffffffffff821115610b3c575f5ffd5b6020019150600681901b36038213156105a3575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610b86575f5ffd5b83018035915067ffffffffffffffff821115610ba0575f5ffd5b6020019150600581901b36038213156105a3575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561015057610150610bb7565b808202811582820484141761015057610150610bb7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115610c49575f5ffd5b83861115610c55575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015610cc1577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b80356020831015610150577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffff0000000000000000000000000000000000000000000000008116906008841015610cc1577fffffffffffffffff000000000000000000000000000000000000000000000000808560080360031b1b8216169150509291505056fea26469706673582212201af4e9e74aed5fdebfc0cc90715b45631ff47670de56b5a5fb49473e47563af564736f6c634300081e0033",
}

// RollupTypesHarness is an auto generated Go binding around an Ethereum contract.
type RollupTypesHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RollupTypesHarness) GetABI() abi.ABI {
	return c.abi
}

// NewRollupTypesHarness creates a new instance of RollupTypesHarness.
func NewRollupTypesHarness() *RollupTypesHarness {
	parsed, err := RollupTypesHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RollupTypesHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RollupTypesHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackChallengeAccNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5833fd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeAccNext(bytes32 acc, bytes32 txHash) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) PackChallengeAccNext(acc [32]byte, txHash [32]byte) []byte {
	enc, err := rollupTypesHarness.abi.Pack("challengeAccNext", acc, txHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeAccNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5833fd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeAccNext(bytes32 acc, bytes32 txHash) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) TryPackChallengeAccNext(acc [32]byte, txHash [32]byte) ([]byte, error) {
	return rollupTypesHarness.abi.Pack("challengeAccNext", acc, txHash)
}

// UnpackChallengeAccNext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5833fd3.
//
// Solidity: function challengeAccNext(bytes32 acc, bytes32 txHash) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) UnpackChallengeAccNext(data []byte) ([32]byte, error) {
	out, err := rollupTypesHarness.abi.Unpack("challengeAccNext", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCheckSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafdc7d26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkSigned(bytes b, address tsc) view returns(bool ok, bool valid, bytes32 digest)
func (rollupTypesHarness *RollupTypesHarness) PackCheckSigned(b []byte, tsc common.Address) []byte {
	enc, err := rollupTypesHarness.abi.Pack("checkSigned", b, tsc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckSigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafdc7d26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkSigned(bytes b, address tsc) view returns(bool ok, bool valid, bytes32 digest)
func (rollupTypesHarness *RollupTypesHarness) TryPackCheckSigned(b []byte, tsc common.Address) ([]byte, error) {
	return rollupTypesHarness.abi.Pack("checkSigned", b, tsc)
}

// CheckSignedOutput serves as a container for the return parameters of contract
// method CheckSigned.
type CheckSignedOutput struct {
	Ok     bool
	Valid  bool
	Digest [32]byte
}

// UnpackCheckSigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafdc7d26.
//
// Solidity: function checkSigned(bytes b, address tsc) view returns(bool ok, bool valid, bytes32 digest)
func (rollupTypesHarness *RollupTypesHarness) UnpackCheckSigned(data []byte) (CheckSignedOutput, error) {
	out, err := rollupTypesHarness.abi.Unpack("checkSigned", data)
	outstruct := new(CheckSignedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Valid = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Digest = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackDepositAccNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ecb732a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositAccNext(bytes32 acc, uint256 index, address to, uint256 value) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) PackDepositAccNext(acc [32]byte, index *big.Int, to common.Address, value *big.Int) []byte {
	enc, err := rollupTypesHarness.abi.Pack("depositAccNext", acc, index, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositAccNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ecb732a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositAccNext(bytes32 acc, uint256 index, address to, uint256 value) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) TryPackDepositAccNext(acc [32]byte, index *big.Int, to common.Address, value *big.Int) ([]byte, error) {
	return rollupTypesHarness.abi.Pack("depositAccNext", acc, index, to, value)
}

// UnpackDepositAccNext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ecb732a.
//
// Solidity: function depositAccNext(bytes32 acc, uint256 index, address to, uint256 value) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) UnpackDepositAccNext(data []byte) ([32]byte, error) {
	out, err := rollupTypesHarness.abi.Unpack("depositAccNext", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90135fe4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator(address tsc) view returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) PackDomainSeparator(tsc common.Address) []byte {
	enc, err := rollupTypesHarness.abi.Pack("domainSeparator", tsc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90135fe4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator(address tsc) view returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) TryPackDomainSeparator(tsc common.Address) ([]byte, error) {
	return rollupTypesHarness.abi.Pack("domainSeparator", tsc)
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90135fe4.
//
// Solidity: function domainSeparator(address tsc) view returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := rollupTypesHarness.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e43e099.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHash((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) PackHeaderHash(h RollupTypesHeader) []byte {
	enc, err := rollupTypesHarness.abi.Pack("headerHash", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e43e099.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHash((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) TryPackHeaderHash(h RollupTypesHeader) ([]byte, error) {
	return rollupTypesHarness.abi.Pack("headerHash", h)
}

// UnpackHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e43e099.
//
// Solidity: function headerHash((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) UnpackHeaderHash(data []byte) ([32]byte, error) {
	out, err := rollupTypesHarness.abi.Unpack("headerHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollupTypesHarness *RollupTypesHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollupTypesHarness.abi.Errors["NonCanonicalHeader"].ID.Bytes()[:4]) {
		return rollupTypesHarness.UnpackNonCanonicalHeaderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupTypesHarnessNonCanonicalHeader represents a NonCanonicalHeader error raised by the RollupTypesHarness contract.
type RollupTypesHarnessNonCanonicalHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalHeader()
func RollupTypesHarnessNonCanonicalHeaderErrorID() common.Hash {
	return common.HexToHash("0x2637731ed1c9098d4fa3fc8e17a2856b8ee425dbb09f85b4cb159405457f2515")
}

// UnpackNonCanonicalHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalHeader()
func (rollupTypesHarness *RollupTypesHarness) UnpackNonCanonicalHeaderError(raw []byte) (*RollupTypesHarnessNonCanonicalHeader, error) {
	out := new(RollupTypesHarnessNonCanonicalHeader)
	if err := rollupTypesHarness.abi.UnpackIntoInterface(out, "NonCanonicalHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherMetaData contains all meta data concerning the Slasher contract.
var SlasherMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractManager\",\"name\":\"manager_\",\"type\":\"address\"},{\"internalType\":\"contractTeeRollup\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"reporterBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"unbonding_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadStakeSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalHeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSlashable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StillBonded\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"first\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"second\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"Equivocated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SIG_PROPOSAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SIG_VOTE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STAKE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manager\",\"outputs\":[{\"internalType\":\"contractManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structSlasher.Signed\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structSlasher.Signed\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"reportEquivocation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractTeeRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSig\",\"type\":\"bytes\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"stakeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"statementDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"unstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Slasher",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161217b38038061217b83398101604081905261002f91610100565b6001600160a01b038516158061004c57506001600160a01b038416155b8061005e57506001600160a01b038316155b1561007c5760405163019af63760e01b815260040160405180910390fd5b6127108261ffff16118061009757506001600160401b038116155b156100b55760405163019af63760e01b815260040160405180910390fd5b6001600160a01b0394851660805292841660a052921660c05261ffff90911660e0526001600160401b031661010052610182565b6001600160a01b03811681146100fd575f5ffd5b50565b5f5f5f5f5f60a08688031215610114575f5ffd5b855161011f816100e9565b6020870151909550610130816100e9565b6040870151909450610141816100e9565b606087015190935061ffff81168114610158575f5ffd5b60808701519092506001600160401b0381168114610174575f5ffd5b809150509295509295909350565b60805160a05160c05160e05161010051611f7d6101fe5f395f81816103ab0152610fd701525f818161042a015261095401525f818161026501526109ce01525f81816104c101528181610c4701528181610e0e0152818161178601526118a901525f8181610364015281816107780152610a550152611f7d5ff3fe608060405260043610610123575f3560e01c80636cf6d675116100a1578063c1ba166811610071578063cb23bcb511610057578063cb23bcb5146104b0578063df18e047146104e3578063f2888dbb1461050e575f5ffd5b8063c1ba16681461047e578063c88d9ba61461049d575f5ffd5b80636cf6d6751461039a57806389ee09f0146103e65780638b69c81014610419578063b4b66bf31461045f575f5ffd5b80632dd00b3e116100f657806342623360116100dc57806342623360146102ec578063481c6a75146103535780634e71d92d14610386575f5ffd5b80632dd00b3e146102ac5780633d1290d4146102bf575f5ffd5b806303d91f36146101275780630ba328891461014857806316934fc41461017357806316f0115b14610254575b5f5ffd5b348015610132575f5ffd5b506101466101413660046119b6565b61052d565b005b348015610153575f5ffd5b5061015c600181565b60405160ff90911681526020015b60405180910390f35b34801561017e575f5ffd5b506101ff61018d366004611a43565b5f602081905290815260409020805460019091015473ffffffffffffffffffffffffffffffffffffffff8216917401000000000000000000000000000000000000000090046bffffffffffffffffffffffff169067ffffffffffffffff81169068010000000000000000900460ff1684565b6040805173ffffffffffffffffffffffffffffffffffffffff90951685526bffffffffffffffffffffffff909316602085015267ffffffffffffffff909116918301919091521515606082015260800161016a565b34801561025f575f5ffd5b506102877f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161016a565b3480156102b7575f5ffd5b5061015c5f81565b3480156102ca575f5ffd5b506102de6102d9366004611a82565b610b46565b60405190815260200161016a565b3480156102f7575f5ffd5b506102de610306366004611a43565b73ffffffffffffffffffffffffffffffffffffffff165f908152602081905260409020547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff1690565b34801561035e575f5ffd5b506102877f000000000000000000000000000000000000000000000000000000000000000081565b348015610391575f5ffd5b50610146610d2e565b3480156103a5575f5ffd5b506103cd7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161016a565b3480156103f1575f5ffd5b506102de7fae53308716e32c9fe4d8f9e0b9455fcbaf793711b54c1ccad5551fe931a8b42481565b348015610424575f5ffd5b5061044c7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161016a565b34801561046a575f5ffd5b506102de610479366004611ac1565b610d96565b348015610489575f5ffd5b50610146610498366004611a43565b610ef4565b6101466104ab366004611af2565b611089565b3480156104bb575f5ffd5b506102877f000000000000000000000000000000000000000000000000000000000000000081565b3480156104ee575f5ffd5b506102de6104fd366004611a43565b60016020525f908152604090205481565b348015610519575f5ffd5b50610146610528366004611a43565b61137c565b5f61054061053b8480611b70565b61157d565b90505f61055061053b8480611b70565b9050808214806105a857506105658380611b70565b610576906040810190602001611bac565b67ffffffffffffffff1661058a8580611b70565b61059b906040810190602001611bac565b67ffffffffffffffff1614155b806105c757506105b88380611b70565b356105c38580611b70565b3514155b156105fe576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610638610626846106166040890160208a01611bc7565b6102d960608a0160408b01611bac565b6106336060880188611be2565b611653565b905073ffffffffffffffffffffffffffffffffffffffff8116158061069f575073ffffffffffffffffffffffffffffffffffffffff8116610686610626846106166040890160208a01611bc7565b73ffffffffffffffffffffffffffffffffffffffff1614155b156106d6576040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107076106e38680611b70565b6106f49060a0810190608001611bac565b6106fe8780611b70565b60a00135611783565b61072f6107148580611b70565b6107259060a0810190608001611bac565b6106fe8680611b70565b6040517ffaeedb0700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063faeedb0790602401608060405180830381865afa1580156107bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107e19190611c4a565b5050915091508067ffffffffffffffff165f03610847576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024015b60405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff83165f908152602081905260409020600181015468010000000000000000900460ff16156108ce576040517f482f408e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161083e565b600181018054825473ffffffffffffffffffffffffffffffffffffffff811684557fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090911668010000000000000000179091556bffffffffffffffffffffffff74010000000000000000000000000000000000000000909104165f61271061097a61ffff7f00000000000000000000000000000000000000000000000000000000000000001684611ccb565b6109849190611ce2565b335f908152600160205260408120805492935083929091906109a7908490611d1a565b909155506109b790508183611d2d565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165f9081526001602052604081208054909190610a0b908490611d1a565b90915550506040517f22fe1e5000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff87811660048301527f000000000000000000000000000000000000000000000000000000000000000016906322fe1e50906024015f604051808303815f87803b158015610a96575f5ffd5b505af1158015610aa8573d5f5f3e3d5ffd5b505060ff871691505073ffffffffffffffffffffffffffffffffffffffff87167f266278ae630d4b1c8a33d4510c99d0bf3680c7284c29044bb86d7b9683af9ede610af38d80611b70565b610b04906040810190602001611bac565b6040805167ffffffffffffffff9092168252602082018d905281018b90523360608201526080810186905260a00160405180910390a350505050505050505050565b5f8060ff8416610ba157604080517f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d54960208201529081018690526060015b604051602081830303815290604052805190602001209050610c45565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff851601610c1357604080517fa1f7259733d6ec98c7720cbecaa3082869b155a8c6c9673e8d5b26049a643a72602082015290810186905267ffffffffffffffff84166060820152608001610b84565b6040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663f698da256040518163ffffffff1660e01b8152600401602060405180830381865afa158015610cae573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cd29190611d40565b6040517f19010000000000000000000000000000000000000000000000000000000000006020820152602281019190915260428101829052606201604051602081830303815290604052805190602001209150505b9392505050565b335f81815260016020526040808220805490839055905190929083908381818185875af1925050503d805f8114610d80576040519150601f19603f3d011682016040523d82523d5f602084013e610d85565b606091505b5050905080610d92575f5ffd5b5050565b604080517fae53308716e32c9fe4d8f9e0b9455fcbaf793711b54c1ccad5551fe931a8b424602082015273ffffffffffffffffffffffffffffffffffffffff8085169282019290925290821660608201523060808201525f90819060a0016040516020818303038152906040528051906020012090507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663f698da256040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e999190611d40565b6040517f19010000000000000000000000000000000000000000000000000000000000006020820152602281019190915260428101829052606201604051602081830303815290604052805190602001209150505b92915050565b73ffffffffffffffffffffffffffffffffffffffff8082165f90815260208190526040902080549091163314610f715780546040517f245aecd300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161083e565b80547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff165f03610fd1576040517f9fe7bfd900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610ffc7f000000000000000000000000000000000000000000000000000000000000000042611d57565b6001830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff831690811790915560405190815290915073ffffffffffffffffffffffffffffffffffffffff8416907f55967058ada2e84c293d7ec1d74e184d71f4dbe816e7be7a00e254be2376e251906020015b60405180910390a2505050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152602081905260409020600181015468010000000000000000900460ff1615611110576040517f482f408e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161083e565b805473ffffffffffffffffffffffffffffffffffffffff166111d1578373ffffffffffffffffffffffffffffffffffffffff166111576111508633610d96565b8585611653565b73ffffffffffffffffffffffffffffffffffffffff16146111a4576040517fa839848600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80547fffffffffffffffffffffffff0000000000000000000000000000000000000000163317815561123c565b805473ffffffffffffffffffffffffffffffffffffffff16331461123c5780546040517f245aecd300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161083e565b6bffffffffffffffffffffffff341115611282576040517f019af63700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8054349082906014906112bc9084907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff16611d77565b82546101009290920a6bffffffffffffffffffffffff8181021990931691831602179091556001830180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055825460405174010000000000000000000000000000000000000000909104909116815233915073ffffffffffffffffffffffffffffffffffffffff8616907f5dac0c1b1112564a045ba943c9d50270893e8e826c49be8e7073adc713ab7bd79060200160405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8082165f908152602081905260409020805490911633146113f95780546040517f245aecd300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161083e565b80547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff165f81900361145b576040517f9fe7bfd900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600182015467ffffffffffffffff1615806114835750600182015467ffffffffffffffff1642105b156114cc5760018201546040517fcd39131600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260240161083e565b815473ffffffffffffffffffffffffffffffffffffffff168255600180830180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055335f908152602091909152604081208054839290611530908490611d1a565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8416907f0f5bb82176feb1b5e747e28471aa92156a04d9f3ab9f45f28e2d704232b93f759060200161107c565b5f368161158d60c0850185611d9b565b9092509050365f6115a160e0870187611dff565b9092509050858483600584901b81016115bc61016085611d1a565b6115c7906020611d1a565b831415806115f457506115db876040611ccb565b6115e59084611d1a565b6115f0906020611d1a565b8214155b1561162b576040517f2637731e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040516020815284820385602083013784820360200181209950505050505050505050919050565b5f6041821461166357505f610d27565b5f6116716020828587611e63565b61167a91611e8a565b90505f61168b604060208688611e63565b61169491611e8a565b90505f858560408181106116aa576116aa611ec6565b919091013560f81c915050601b8110156116cc576116c9601b82611ef3565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156116ff575f9350505050610d27565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa15801561174f573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015198975050505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16632dfdf0b56040518163ffffffff1660e01b8152600401602060405180830381865afa1580156117ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118119190611f0c565b90508067ffffffffffffffff168367ffffffffffffffff16118061184a575061010061183d8483611f27565b67ffffffffffffffff1610155b15611881576040517f933dc8a000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f67ffffffffffffffff84161561195d5773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663d46ab46b6118d9600187611f27565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815267ffffffffffffffff9091166004820152602401602060405180830381865afa158015611934573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119589190611d40565b61195f565b5f5b905080831461199a576040517f933dc8a000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050565b5f608082840312156119b0575f5ffd5b50919050565b5f5f604083850312156119c7575f5ffd5b823567ffffffffffffffff8111156119dd575f5ffd5b6119e9858286016119a0565b925050602083013567ffffffffffffffff811115611a05575f5ffd5b611a11858286016119a0565b9150509250929050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611a3e575f5ffd5b919050565b5f60208284031215611a53575f5ffd5b610d2782611a1b565b60ff81168114611a6a575f5ffd5b50565b67ffffffffffffffff81168114611a6a575f5ffd5b5f5f5f60608486031215611a94575f5ffd5b833592506020840135611aa681611a5c565b91506040840135611ab681611a6d565b809150509250925092565b5f5f60408385031215611ad2575f5ffd5b611adb83611a1b565b9150611ae960208401611a1b565b90509250929050565b5f5f5f60408486031215611b04575f5ffd5b611b0d84611a1b565b9250602084013567ffffffffffffffff811115611b28575f5ffd5b8401601f81018613611b38575f5ffd5b803567ffffffffffffffff811115611b4e575f5ffd5b866020828401011115611b5f575f5ffd5b939660209190910195509293505050565b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea1833603018112611ba2575f5ffd5b9190910192915050565b5f60208284031215611bbc575f5ffd5b8135610d2781611a6d565b5f60208284031215611bd7575f5ffd5b8135610d2781611a5c565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611c15575f5ffd5b83018035915067ffffffffffffffff821115611c2f575f5ffd5b602001915036819003821315611c43575f5ffd5b9250929050565b5f5f5f5f60808587031215611c5d575f5ffd5b8451611c6881611a5c565b6020860151909450611c7981611a6d565b60408601519093508015158114611c8e575f5ffd5b6060959095015193969295505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082028115828204841417610eee57610eee611c9e565b5f82611d15577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b80820180821115610eee57610eee611c9e565b81810381811115610eee57610eee611c9e565b5f60208284031215611d50575f5ffd5b5051919050565b67ffffffffffffffff8181168382160190811115610eee57610eee611c9e565b6bffffffffffffffffffffffff8181168382160190811115610eee57610eee611c9e565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611dce575f5ffd5b83018035915067ffffffffffffffff821115611de8575f5ffd5b6020019150600681901b3603821315611c43575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611e32575f5ffd5b83018035915067ffffffffffffffff821115611e4c575f5ffd5b6020019150600581901b3603821315611c43575f5ffd5b5f5f85851115611e71575f5ffd5b83861115611e7d575f5ffd5b5050820193919092039150565b80356020831015610eee577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b60ff8181168382160190811115610eee57610eee611c9e565b5f60208284031215611f1c575f5ffd5b8151610d2781611a6d565b67ffffffffffffffff8281168282160390811115610eee57610eee611c9e56fea2646970667358221220623517dccb4dc47de1c1057116d28e2c1d409a625cbde423f3ac722b874cf89764736f6c634300081e0033",
}

// Slasher is an auto generated Go binding around an Ethereum contract.
type Slasher struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Slasher) GetABI() abi.ABI {
	return c.abi
}

// NewSlasher creates a new instance of Slasher.
func NewSlasher() *Slasher {
	parsed, err := SlasherMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Slasher{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Slasher) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address manager_, address rollup_, address pool_, uint16 reporterBps_, uint64 unbonding_) returns()
func (slasher *Slasher) PackConstructor(manager_ common.Address, rollup_ common.Address, pool_ common.Address, reporterBps_ uint16, unbonding_ uint64) []byte {
	enc, err := slasher.abi.Pack("", manager_, rollup_, pool_, reporterBps_, unbonding_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSIGPROPOSAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ba32889.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SIG_PROPOSAL() view returns(uint8)
func (slasher *Slasher) PackSIGPROPOSAL() []byte {
	enc, err := slasher.abi.Pack("SIG_PROPOSAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSIGPROPOSAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ba32889.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SIG_PROPOSAL() view returns(uint8)
func (slasher *Slasher) TryPackSIGPROPOSAL() ([]byte, error) {
	return slasher.abi.Pack("SIG_PROPOSAL")
}

// UnpackSIGPROPOSAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ba32889.
//
// Solidity: function SIG_PROPOSAL() view returns(uint8)
func (slasher *Slasher) UnpackSIGPROPOSAL(data []byte) (uint8, error) {
	out, err := slasher.abi.Unpack("SIG_PROPOSAL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSIGVOTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dd00b3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SIG_VOTE() view returns(uint8)
func (slasher *Slasher) PackSIGVOTE() []byte {
	enc, err := slasher.abi.Pack("SIG_VOTE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSIGVOTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dd00b3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SIG_VOTE() view returns(uint8)
func (slasher *Slasher) TryPackSIGVOTE() ([]byte, error) {
	return slasher.abi.Pack("SIG_VOTE")
}

// UnpackSIGVOTE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dd00b3e.
//
// Solidity: function SIG_VOTE() view returns(uint8)
func (slasher *Slasher) UnpackSIGVOTE(data []byte) (uint8, error) {
	out, err := slasher.abi.Unpack("SIG_VOTE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTAKETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89ee09f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STAKE_TYPEHASH() view returns(bytes32)
func (slasher *Slasher) PackSTAKETYPEHASH() []byte {
	enc, err := slasher.abi.Pack("STAKE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTAKETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89ee09f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STAKE_TYPEHASH() view returns(bytes32)
func (slasher *Slasher) TryPackSTAKETYPEHASH() ([]byte, error) {
	return slasher.abi.Pack("STAKE_TYPEHASH")
}

// UnpackSTAKETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89ee09f0.
//
// Solidity: function STAKE_TYPEHASH() view returns(bytes32)
func (slasher *Slasher) UnpackSTAKETYPEHASH(data []byte) ([32]byte, error) {
	out, err := slasher.abi.Unpack("STAKE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (slasher *Slasher) PackClaim() []byte {
	enc, err := slasher.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (slasher *Slasher) TryPackClaim() ([]byte, error) {
	return slasher.abi.Pack("claim")
}

// PackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manager() view returns(address)
func (slasher *Slasher) PackManager() []byte {
	enc, err := slasher.abi.Pack("manager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manager() view returns(address)
func (slasher *Slasher) TryPackManager() ([]byte, error) {
	return slasher.abi.Pack("manager")
}

// UnpackManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x481c6a75.
//
// Solidity: function manager() view returns(address)
func (slasher *Slasher) UnpackManager(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("manager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (slasher *Slasher) PackOwed(arg0 common.Address) []byte {
	enc, err := slasher.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (slasher *Slasher) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return slasher.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (slasher *Slasher) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (slasher *Slasher) PackPool() []byte {
	enc, err := slasher.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(address)
func (slasher *Slasher) TryPackPool() ([]byte, error) {
	return slasher.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (slasher *Slasher) UnpackPool(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReportEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d91f36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportEquivocation(((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32),uint8,uint64,bytes) a, ((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32),uint8,uint64,bytes) b) returns()
func (slasher *Slasher) PackReportEquivocation(a SlasherSigned, b SlasherSigned) []byte {
	enc, err := slasher.abi.Pack("reportEquivocation", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03d91f36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportEquivocation(((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32),uint8,uint64,bytes) a, ((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32),uint8,uint64,bytes) b) returns()
func (slasher *Slasher) TryPackReportEquivocation(a SlasherSigned, b SlasherSigned) ([]byte, error) {
	return slasher.abi.Pack("reportEquivocation", a, b)
}

// PackReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b69c810.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reporterBps() view returns(uint16)
func (slasher *Slasher) PackReporterBps() []byte {
	enc, err := slasher.abi.Pack("reporterBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReporterBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b69c810.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reporterBps() view returns(uint16)
func (slasher *Slasher) TryPackReporterBps() ([]byte, error) {
	return slasher.abi.Pack("reporterBps")
}

// UnpackReporterBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b69c810.
//
// Solidity: function reporterBps() view returns(uint16)
func (slasher *Slasher) UnpackReporterBps(data []byte) (uint16, error) {
	out, err := slasher.abi.Unpack("reporterBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1ba1668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(address enclave) returns()
func (slasher *Slasher) PackRequestUnstake(enclave common.Address) []byte {
	enc, err := slasher.abi.Pack("requestUnstake", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1ba1668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(address enclave) returns()
func (slasher *Slasher) TryPackRequestUnstake(enclave common.Address) ([]byte, error) {
	return slasher.abi.Pack("requestUnstake", enclave)
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (slasher *Slasher) PackRollup() []byte {
	enc, err := slasher.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (slasher *Slasher) TryPackRollup() ([]byte, error) {
	return slasher.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (slasher *Slasher) UnpackRollup(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc88d9ba6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(address enclave, bytes enclaveSig) payable returns()
func (slasher *Slasher) PackStake(enclave common.Address, enclaveSig []byte) []byte {
	enc, err := slasher.abi.Pack("stake", enclave, enclaveSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc88d9ba6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(address enclave, bytes enclaveSig) payable returns()
func (slasher *Slasher) TryPackStake(enclave common.Address, enclaveSig []byte) ([]byte, error) {
	return slasher.abi.Pack("stake", enclave, enclaveSig)
}

// PackStakeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4b66bf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeDigest(address enclave, address owner) view returns(bytes32)
func (slasher *Slasher) PackStakeDigest(enclave common.Address, owner common.Address) []byte {
	enc, err := slasher.abi.Pack("stakeDigest", enclave, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4b66bf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeDigest(address enclave, address owner) view returns(bytes32)
func (slasher *Slasher) TryPackStakeDigest(enclave common.Address, owner common.Address) ([]byte, error) {
	return slasher.abi.Pack("stakeDigest", enclave, owner)
}

// UnpackStakeDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4b66bf3.
//
// Solidity: function stakeDigest(address enclave, address owner) view returns(bytes32)
func (slasher *Slasher) UnpackStakeDigest(data []byte) ([32]byte, error) {
	out, err := slasher.abi.Unpack("stakeDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address enclave) view returns(uint256)
func (slasher *Slasher) PackStakeOf(enclave common.Address) []byte {
	enc, err := slasher.abi.Pack("stakeOf", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address enclave) view returns(uint256)
func (slasher *Slasher) TryPackStakeOf(enclave common.Address) ([]byte, error) {
	return slasher.abi.Pack("stakeOf", enclave)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address enclave) view returns(uint256)
func (slasher *Slasher) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16934fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakes(address ) view returns(address owner, uint96 amount, uint64 unlockAt, bool slashed)
func (slasher *Slasher) PackStakes(arg0 common.Address) []byte {
	enc, err := slasher.abi.Pack("stakes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16934fc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakes(address ) view returns(address owner, uint96 amount, uint64 unlockAt, bool slashed)
func (slasher *Slasher) TryPackStakes(arg0 common.Address) ([]byte, error) {
	return slasher.abi.Pack("stakes", arg0)
}

// StakesOutput serves as a container for the return parameters of contract
// method Stakes.
type StakesOutput struct {
	Owner    common.Address
	Amount   *big.Int
	UnlockAt uint64
	Slashed  bool
}

// UnpackStakes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16934fc4.
//
// Solidity: function stakes(address ) view returns(address owner, uint96 amount, uint64 unlockAt, bool slashed)
func (slasher *Slasher) UnpackStakes(data []byte) (StakesOutput, error) {
	out, err := slasher.abi.Unpack("stakes", data)
	outstruct := new(StakesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Slashed = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackStatementDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1290d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statementDigest(bytes32 headerHash, uint8 kind, uint64 round) view returns(bytes32)
func (slasher *Slasher) PackStatementDigest(headerHash [32]byte, kind uint8, round uint64) []byte {
	enc, err := slasher.abi.Pack("statementDigest", headerHash, kind, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatementDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1290d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statementDigest(bytes32 headerHash, uint8 kind, uint64 round) view returns(bytes32)
func (slasher *Slasher) TryPackStatementDigest(headerHash [32]byte, kind uint8, round uint64) ([]byte, error) {
	return slasher.abi.Pack("statementDigest", headerHash, kind, round)
}

// UnpackStatementDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d1290d4.
//
// Solidity: function statementDigest(bytes32 headerHash, uint8 kind, uint64 round) view returns(bytes32)
func (slasher *Slasher) UnpackStatementDigest(data []byte) ([32]byte, error) {
	out, err := slasher.abi.Unpack("statementDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (slasher *Slasher) PackUnbondingPeriod() []byte {
	enc, err := slasher.abi.Pack("unbondingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (slasher *Slasher) TryPackUnbondingPeriod() ([]byte, error) {
	return slasher.abi.Pack("unbondingPeriod")
}

// UnpackUnbondingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cf6d675.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (slasher *Slasher) UnpackUnbondingPeriod(data []byte) (uint64, error) {
	out, err := slasher.abi.Unpack("unbondingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2888dbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstake(address enclave) returns()
func (slasher *Slasher) PackUnstake(enclave common.Address) []byte {
	enc, err := slasher.abi.Pack("unstake", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2888dbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstake(address enclave) returns()
func (slasher *Slasher) TryPackUnstake(enclave common.Address) ([]byte, error) {
	return slasher.abi.Pack("unstake", enclave)
}

// SlasherEquivocated represents a Equivocated event raised by the Slasher contract.
type SlasherEquivocated struct {
	Enclave  common.Address
	Kind     uint8
	Height   uint64
	First    [32]byte
	Second   [32]byte
	Reporter common.Address
	Slashed  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SlasherEquivocatedEventName = "Equivocated"

// ContractEventName returns the user-defined event name.
func (SlasherEquivocated) ContractEventName() string {
	return SlasherEquivocatedEventName
}

// UnpackEquivocatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Equivocated(address indexed enclave, uint8 indexed kind, uint64 height, bytes32 first, bytes32 second, address reporter, uint256 slashed)
func (slasher *Slasher) UnpackEquivocatedEvent(log *types.Log) (*SlasherEquivocated, error) {
	event := "Equivocated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherEquivocated)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SlasherStaked represents a Staked event raised by the Slasher contract.
type SlasherStaked struct {
	Enclave common.Address
	Owner   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SlasherStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (SlasherStaked) ContractEventName() string {
	return SlasherStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed enclave, address indexed owner, uint256 amount)
func (slasher *Slasher) UnpackStakedEvent(log *types.Log) (*SlasherStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherStaked)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SlasherUnstakeRequested represents a UnstakeRequested event raised by the Slasher contract.
type SlasherUnstakeRequested struct {
	Enclave  common.Address
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const SlasherUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (SlasherUnstakeRequested) ContractEventName() string {
	return SlasherUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed enclave, uint64 unlockAt)
func (slasher *Slasher) UnpackUnstakeRequestedEvent(log *types.Log) (*SlasherUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherUnstakeRequested)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SlasherUnstaked represents a Unstaked event raised by the Slasher contract.
type SlasherUnstaked struct {
	Enclave common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SlasherUnstakedEventName = "Unstaked"

// ContractEventName returns the user-defined event name.
func (SlasherUnstaked) ContractEventName() string {
	return SlasherUnstakedEventName
}

// UnpackUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unstaked(address indexed enclave, uint256 amount)
func (slasher *Slasher) UnpackUnstakedEvent(log *types.Log) (*SlasherUnstaked, error) {
	event := "Unstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherUnstaked)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (slasher *Slasher) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], slasher.abi.Errors["AlreadySlashed"].ID.Bytes()[:4]) {
		return slasher.UnpackAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return slasher.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return slasher.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["BadStakeSignature"].ID.Bytes()[:4]) {
		return slasher.UnpackBadStakeSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NonCanonicalHeader"].ID.Bytes()[:4]) {
		return slasher.UnpackNonCanonicalHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NotEquivocation"].ID.Bytes()[:4]) {
		return slasher.UnpackNotEquivocationError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return slasher.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return slasher.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NotSlashable"].ID.Bytes()[:4]) {
		return slasher.UnpackNotSlashableError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NothingStaked"].ID.Bytes()[:4]) {
		return slasher.UnpackNothingStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["StillBonded"].ID.Bytes()[:4]) {
		return slasher.UnpackStillBondedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SlasherAlreadySlashed represents a AlreadySlashed error raised by the Slasher contract.
type SlasherAlreadySlashed struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySlashed(address enclave)
func SlasherAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x482f408eec1dfcea525446411dab42be0c919eef184ae12e9ea142f3280aac7d")
}

// UnpackAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySlashed(address enclave)
func (slasher *Slasher) UnpackAlreadySlashedError(raw []byte) (*SlasherAlreadySlashed, error) {
	out := new(SlasherAlreadySlashed)
	if err := slasher.abi.UnpackIntoInterface(out, "AlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherBadParams represents a BadParams error raised by the Slasher contract.
type SlasherBadParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams()
func SlasherBadParamsErrorID() common.Hash {
	return common.HexToHash("0x019af6379de0e1c5d9ed7bc9cadaf094fc9efb595904a561b64245c59cd9399f")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams()
func (slasher *Slasher) UnpackBadParamsError(raw []byte) (*SlasherBadParams, error) {
	out := new(SlasherBadParams)
	if err := slasher.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherBadSignature represents a BadSignature error raised by the Slasher contract.
type SlasherBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func SlasherBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (slasher *Slasher) UnpackBadSignatureError(raw []byte) (*SlasherBadSignature, error) {
	out := new(SlasherBadSignature)
	if err := slasher.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherBadStakeSignature represents a BadStakeSignature error raised by the Slasher contract.
type SlasherBadStakeSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStakeSignature()
func SlasherBadStakeSignatureErrorID() common.Hash {
	return common.HexToHash("0xa8398486bcd29c41ef43bcc9b6464f962758fd29cde8186638117aff928baa17")
}

// UnpackBadStakeSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStakeSignature()
func (slasher *Slasher) UnpackBadStakeSignatureError(raw []byte) (*SlasherBadStakeSignature, error) {
	out := new(SlasherBadStakeSignature)
	if err := slasher.abi.UnpackIntoInterface(out, "BadStakeSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNonCanonicalHeader represents a NonCanonicalHeader error raised by the Slasher contract.
type SlasherNonCanonicalHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalHeader()
func SlasherNonCanonicalHeaderErrorID() common.Hash {
	return common.HexToHash("0x2637731ed1c9098d4fa3fc8e17a2856b8ee425dbb09f85b4cb159405457f2515")
}

// UnpackNonCanonicalHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalHeader()
func (slasher *Slasher) UnpackNonCanonicalHeaderError(raw []byte) (*SlasherNonCanonicalHeader, error) {
	out := new(SlasherNonCanonicalHeader)
	if err := slasher.abi.UnpackIntoInterface(out, "NonCanonicalHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNotEquivocation represents a NotEquivocation error raised by the Slasher contract.
type SlasherNotEquivocation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEquivocation()
func SlasherNotEquivocationErrorID() common.Hash {
	return common.HexToHash("0x0b69ebb3e91c040e54e7281a1414973f85ff57794b8d3cb56db72491dca277c4")
}

// UnpackNotEquivocationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEquivocation()
func (slasher *Slasher) UnpackNotEquivocationError(raw []byte) (*SlasherNotEquivocation, error) {
	out := new(SlasherNotEquivocation)
	if err := slasher.abi.UnpackIntoInterface(out, "NotEquivocation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNotOwner represents a NotOwner error raised by the Slasher contract.
type SlasherNotOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address owner)
func SlasherNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address owner)
func (slasher *Slasher) UnpackNotOwnerError(raw []byte) (*SlasherNotOwner, error) {
	out := new(SlasherNotOwner)
	if err := slasher.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNotRegistered represents a NotRegistered error raised by the Slasher contract.
type SlasherNotRegistered struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address enclave)
func SlasherNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address enclave)
func (slasher *Slasher) UnpackNotRegisteredError(raw []byte) (*SlasherNotRegistered, error) {
	out := new(SlasherNotRegistered)
	if err := slasher.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNotSlashable represents a NotSlashable error raised by the Slasher contract.
type SlasherNotSlashable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSlashable()
func SlasherNotSlashableErrorID() common.Hash {
	return common.HexToHash("0x933dc8a0f8f6f738532b439fc5853d51bd2bd1bd3628f6daf9fb92e6a0989b2c")
}

// UnpackNotSlashableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSlashable()
func (slasher *Slasher) UnpackNotSlashableError(raw []byte) (*SlasherNotSlashable, error) {
	out := new(SlasherNotSlashable)
	if err := slasher.abi.UnpackIntoInterface(out, "NotSlashable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNothingStaked represents a NothingStaked error raised by the Slasher contract.
type SlasherNothingStaked struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingStaked()
func SlasherNothingStakedErrorID() common.Hash {
	return common.HexToHash("0x9fe7bfd929b075c411c3faabe55787efa2fe4e912609e1d36383d646ae4cb5c1")
}

// UnpackNothingStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingStaked()
func (slasher *Slasher) UnpackNothingStakedError(raw []byte) (*SlasherNothingStaked, error) {
	out := new(SlasherNothingStaked)
	if err := slasher.abi.UnpackIntoInterface(out, "NothingStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherStillBonded represents a StillBonded error raised by the Slasher contract.
type SlasherStillBonded struct {
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillBonded(uint64 unlockAt)
func SlasherStillBondedErrorID() common.Hash {
	return common.HexToHash("0xcd391316e9c0bd969d9d5eadb27ff23aaf8cf1274bcecb4a6f4df3e8d5526dba")
}

// UnpackStillBondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillBonded(uint64 unlockAt)
func (slasher *Slasher) UnpackStillBondedError(raw []byte) (*SlasherStillBonded, error) {
	out := new(SlasherStillBonded)
	if err := slasher.abi.UnpackIntoInterface(out, "StillBonded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StateTreeHarnessMetaData contains all meta data concerning the StateTreeHarness contract.
var StateTreeHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"key\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "StateTreeHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506105178061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806306e96bfb1461004357806318ff3ba514610072578063c9ef2c56146100e5575b5f5ffd5b61005f6100513660046103d0565b60601b5f9081526014902090565b6040519081526020015b60405180910390f35b61005f610080366004610407565b60405160589390931b7effffffffffffffffffffffffffffffffffffffff0000000000000000000000168352601583019190915260c01b7fffffffffffffffff000000000000000000000000000000000000000000000000166035820152603d902090565b6100f86100f3366004610440565b610108565b6040519015158152602001610069565b5f610117878787878787610124565b90505b9695505050505050565b5f8461036e565b5f604051600388101561013e575061011a565b8360601b5f5260145f20868617155f6001838b355f1a5f811461017757600181146101ac57600281146101c2575050505050505061011a565b8415610189575050505050505061011a565b60588a901b8752601587018b905260c08c901b6035880152603d8720935061025b565b846101bd575050505050505061011a565b61025b565b846101d3575050505050505061011a565b603f8e10156101e8575050505050505061011a565b60018d013560601c60158e013560358f013560c01c8c8303610213575050505050505050505061011a565b808217610229575050505050505050505061011a565b605883901b8a5260158a0182905260c081901b60358b0152603d8a20965050508060601b5f525060145f209150603d92505b50818c013560f01c935060ff8411156102795750505050505061011a565b6002820191506007840160031c8083018e101561029c575050505050505061011a565b5f198160031b1c19838e01351680861b156102be57505050505050505061011a565b82871886610100031c156102d957505050505050505061011a565b61010086900396871c96939091018d01921c9050600186535b8315610349576001840393505f6001821615610323575081358061031c575050505050505061011a565b6020830192505b60018681168286180294851888820152931860218701526041862094831c94921c6102f2565b508b8b01811461035d57505050505061011a565b509094149998505050505050505050565b61039c838567ffffffffffffffff88168473ffffffffffffffffffffffffffffffffffffffff8c168d61012b565b98975050505050505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146103cb575f5ffd5b919050565b5f602082840312156103e0575f5ffd5b6103e9826103a8565b9392505050565b803567ffffffffffffffff811681146103cb575f5ffd5b5f5f5f60608486031215610419575f5ffd5b610422846103a8565b925060208401359150610437604085016103f0565b90509250925092565b5f5f5f5f5f5f60a08789031215610455575f5ffd5b86359550610465602088016103a8565b94506040870135935061047a606088016103f0565b9250608087013567ffffffffffffffff811115610495575f5ffd5b8701601f810189136104a5575f5ffd5b803567ffffffffffffffff8111156104bb575f5ffd5b8960208284010111156104cc575f5ffd5b6020820193508092505050929550929550929556fea2646970667358221220029bbffb5ab13c869b5f44ccec39ec45695616c990286b59dc0b43821f1447a464736f6c634300081e0033",
}

// StateTreeHarness is an auto generated Go binding around an Ethereum contract.
type StateTreeHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StateTreeHarness) GetABI() abi.ABI {
	return c.abi
}

// NewStateTreeHarness creates a new instance of StateTreeHarness.
func NewStateTreeHarness() *StateTreeHarness {
	parsed, err := StateTreeHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StateTreeHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StateTreeHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06e96bfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function key(address account) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) PackKey(account common.Address) []byte {
	enc, err := stateTreeHarness.abi.Pack("key", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06e96bfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function key(address account) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) TryPackKey(account common.Address) ([]byte, error) {
	return stateTreeHarness.abi.Pack("key", account)
}

// UnpackKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06e96bfb.
//
// Solidity: function key(address account) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) UnpackKey(data []byte) ([32]byte, error) {
	out, err := stateTreeHarness.abi.Unpack("key", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18ff3ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash(address account, uint256 balance, uint64 nonce) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) PackLeafHash(account common.Address, balance *big.Int, nonce uint64) []byte {
	enc, err := stateTreeHarness.abi.Pack("leafHash", account, balance, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18ff3ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash(address account, uint256 balance, uint64 nonce) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) TryPackLeafHash(account common.Address, balance *big.Int, nonce uint64) ([]byte, error) {
	return stateTreeHarness.abi.Pack("leafHash", account, balance, nonce)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18ff3ba5.
//
// Solidity: function leafHash(address account, uint256 balance, uint64 nonce) pure returns(bytes32)
func (stateTreeHarness *StateTreeHarness) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := stateTreeHarness.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9ef2c56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, address account, uint256 balance, uint64 nonce, bytes proof) pure returns(bool)
func (stateTreeHarness *StateTreeHarness) PackVerify(root [32]byte, account common.Address, balance *big.Int, nonce uint64, proof []byte) []byte {
	enc, err := stateTreeHarness.abi.Pack("verify", root, account, balance, nonce, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9ef2c56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, address account, uint256 balance, uint64 nonce, bytes proof) pure returns(bool)
func (stateTreeHarness *StateTreeHarness) TryPackVerify(root [32]byte, account common.Address, balance *big.Int, nonce uint64, proof []byte) ([]byte, error) {
	return stateTreeHarness.abi.Pack("verify", root, account, balance, nonce, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9ef2c56.
//
// Solidity: function verify(bytes32 root, address account, uint256 balance, uint64 nonce, bytes proof) pure returns(bool)
func (stateTreeHarness *StateTreeHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := stateTreeHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TeeRollupMetaData contains all meta data concerning the TeeRollup contract.
var TeeRollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"manager_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyWithdrawn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadBalanceProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChallengeParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChallengeTx\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"consumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"BadDepositIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ChallengeNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"ChallengeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"}],\"name\":\"ChallengeOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"open\",\"type\":\"uint256\"}],\"name\":\"ChallengeQueueFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DABadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"}],\"name\":\"DepositOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"}],\"name\":\"DepositTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalHeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"QuorumRejected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"TooManyAnswers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"TooManyWithdrawals\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"UnknownHeight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongChallengeAcc\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongChallengeTx\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongDepositAcc\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongHeight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongParent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ChallengeAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"ChallengeStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"DepositRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"name\":\"HeaderAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SettledWithdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalDeferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANSWER_SPACING\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BOND_STEP\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHALLENGE_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DA_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_HISTORY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"HEADER_HISTORY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ANSWERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOND_SHIFT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DA_SET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAWALS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOLUTION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challengeOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daCertifiedUpTo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"name\":\"daDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"d\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"daRootInstalled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositAcc\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"depositAccAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"depositTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"h\",\"type\":\"uint64\"}],\"name\":\"headerHashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastHeaderHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"}],\"name\":\"prefill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"accBefore\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"deposits\",\"type\":\"tuple[]\"}],\"name\":\"refundDeposits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"resolutionHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"atHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"atHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"resolveChallengeBLS\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"responseWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"daHash_\",\"type\":\"bytes32\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"settleRollup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"settleWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"startChallenge\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"updateState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"updateStateBLS\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"da\",\"type\":\"bytes\"}],\"name\":\"updateStateDA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"voteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdrawn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TeeRollup",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161565038038061565083398101604081905261002f91610282565b6001600160a01b0385166100565760405163d92e233d60e01b815260040160405180910390fd5b6001600160401b038316158061007857506301e13380836001600160401b0316115b8061008a57506001600160401b038216155b806100b25750826001600160401b0316826001600160401b031660026100b091906102f7565b115b806100bb575080155b806100c95750608081901c15155b156100e757604051630aa4c55560e21b815260040160405180910390fd5b6001600160a01b0385166080526001600160401b0380841660e052821661010052610120819052610118828461030e565b6001600160401b0316610140524660a081905261013590306101b5565b60c052610100849055610101805460ff60f01b1916600360f01b17905560015b61010081101561017e5760015f8261010081106101745761017461032d565b0155600101610155565b505f5b60408110156101aa57600161010582604081106101a0576101a061032d565b0155600101610181565b505050505050610341565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018390526001600160a01b03821660a08201525f9060c0016040516020818303038152906040528051906020012090505b92915050565b80516001600160401b038116811461027d575f5ffd5b919050565b5f5f5f5f5f60a08688031215610296575f5ffd5b85516001600160a01b03811681146102ac575f5ffd5b602087015190955093506102c260408701610267565b92506102d060608701610267565b9150608086015190509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610261576102616102e3565b6001600160401b038281168282160390811115610261576102616102e3565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e0516101005161012051610140516152636103ed5f395f8181611118015281816111ae015261170901525f81816105cc01528181610f6901528181610fb7015281816111d501528181611fe4015281816120c90152613c2b01525f8181610a6b01528181610c2a0152818161105f015261379b01525f81816109e50152610c4e01525f6123e901525f6123c101525f8181610574015261134601526152635ff3fe60806040526004361061035b575f3560e01c80638bc9cd66116101bd578063ceb31386116100f2578063e99d578011610092578063f340fa011161006d578063f340fa0114610a07578063f3f4370314610a1a578063f698da2514610a46578063f765b4c314610a5a575f5ffd5b8063e99d57801461099f578063ebf43c6f146109b5578063eddada1c146109d4575f5ffd5b8063d5d61fd8116100cd578063d5d61fd814610942578063d65885b314610956578063d91b1ba414610975578063e1f1176d14610989575f5ffd5b8063ceb3138614610904578063d2ebd81f146105ee578063d46ab46b14610923575f5ffd5b8063a99d6c481161015d578063b7a3aaf911610138578063b7a3aaf914610860578063c1d2fadb1461087f578063c7d095991461089e578063ce0ffa64146108d1575f5ffd5b8063a99d6c4814610803578063afc6998314610822578063b5d3e0b314610841575f5ffd5b806394654b321161019857806394654b32146107865780639588eca2146107a55780639a44da83146107bb578063a2f05725146107d0575f5ffd5b80638bc9cd6614610727578063900cf0cf1461074657806392b3b90a14610767575f5ffd5b80633e93cfd1116102935780636e66d84a116102335780636ef610921161020e5780636ef61092146106d0578063701c7372146105ee5780637b898939146106ff5780637fb6e828146105ee575f5ffd5b80636e66d84a1461069d5780636ebe2ce0146106b15780636ecb7f5e146105ee575f5ffd5b8063523051511161026e57806352305151146105bb5780635f92be6a146105ee57806362421fca146106025780636b51c6e514610631575f5ffd5b80633e93cfd11461053157806346790da514610550578063481c6a7514610563575f5ffd5b80630ff2fcad116102fe5780631e29848b116102d95780631e29848b146104b05780631f00b44b146104c45780632aed0d5a146104e55780632dfdf0b514610504575f5ffd5b80630ff2fcad1461049c578063140394081461035f578063196685c41461035f575f5ffd5b806308450d411161033957806308450d41146103e95780630a06cfc61461040a5780630dde3148146104425780630ef267431461047b575f5ffd5b8063021ab0191461035f5780630505d53414610387578063054f7d9c1461039b575b5f5ffd5b34801561036a575f5ffd5b5061037461010081565b6040519081526020015b60405180910390f35b348015610392575f5ffd5b50610374610a8d565b3480156103a6575f5ffd5b506103d9610101547e01000000000000000000000000000000000000000000000000000000000000900460ff1660021490565b604051901515815260200161037e565b3480156103f4575f5ffd5b50610408610403366004614a41565b610ac4565b005b348015610415575f5ffd5b50610429610424366004614b57565b610b4a565b60405167ffffffffffffffff909116815260200161037e565b34801561044d575f5ffd5b50610101547801000000000000000000000000000000000000000000000000900465ffffffffffff16610429565b348015610486575f5ffd5b50610101546104299067ffffffffffffffff1681565b3480156104a7575f5ffd5b50610374610bbc565b3480156104bb575f5ffd5b50610374610c1b565b3480156104cf575f5ffd5b506102aa546104299067ffffffffffffffff1681565b3480156104f0575f5ffd5b506103746104ff366004614b57565b610c78565b34801561050f575f5ffd5b50610101546d0100000000000000000000000000900464ffffffffff16610429565b34801561053c575f5ffd5b5061037461054b366004614b7f565b610d00565b61042961055e366004614bc0565b610d78565b34801561056e575f5ffd5b506105967f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161037e565b3480156105c6575f5ffd5b506103747f000000000000000000000000000000000000000000000000000000000000000081565b3480156105f9575f5ffd5b50610374604081565b34801561060d575f5ffd5b506103d961061c366004614bff565b6102a96020525f908152604090205460ff1681565b34801561063c575f5ffd5b5061065061064b366004614b57565b611165565b6040805173ffffffffffffffffffffffffffffffffffffffff96909616865267ffffffffffffffff948516602087015292909316918401919091526060830152608082015260a00161037e565b3480156106a8575f5ffd5b5061040861121c565b3480156106bc575f5ffd5b506104086106cb366004614c16565b61132e565b3480156106db575f5ffd5b506103d96106ea366004614c46565b6102a76020525f908152604090205460ff1681565b34801561070a575f5ffd5b506101015468010000000000000000900464ffffffffff16610429565b348015610732575f5ffd5b50610408610741366004614c79565b61156d565b348015610751575f5ffd5b50610103546104299067ffffffffffffffff1681565b348015610772575f5ffd5b50610408610781366004614c79565b6115a7565b348015610791575f5ffd5b506103746107a0366004614d42565b6115c5565b3480156107b0575f5ffd5b506103746101005481565b3480156107c6575f5ffd5b5061037461271081565b3480156107db575f5ffd5b50610101547201000000000000000000000000000000000000900465ffffffffffff16610429565b34801561080e575f5ffd5b5061040861081d366004614b57565b611620565b34801561082d575f5ffd5b5061040861083c366004614d6a565b6117a9565b34801561084c575f5ffd5b5061040861085b366004614d8a565b6118cf565b34801561086b575f5ffd5b5061040861087a366004614e04565b611c3f565b34801561088a575f5ffd5b50610374610899366004614bff565b611c5f565b3480156108a9575f5ffd5b506103747f480e5c7a68eafaadb7b37908e2f92877d4d40d5cc97faaaf2a8a6d2584d8b2c781565b3480156108dc575f5ffd5b506103747ff750130f56edeb0c0845bcff3883e4d048a4d94c7da4737479d954e1fccc7e8c81565b34801561090f575f5ffd5b5061040861091e366004614edf565b611cda565b34801561092e575f5ffd5b5061037461093d366004614b57565b611ef9565b34801561094d575f5ffd5b50610374600281565b348015610961575f5ffd5b50610408610970366004614b57565b611f6a565b348015610980575f5ffd5b50610374612062565b348015610994575f5ffd5b506103746101025481565b3480156109aa575f5ffd5b506103746102a85481565b3480156109c0575f5ffd5b506104086109cf366004614e04565b6120ef565b3480156109df575f5ffd5b506104297f000000000000000000000000000000000000000000000000000000000000000081565b610408610a15366004614c46565b612103565b348015610a25575f5ffd5b50610374610a34366004614c46565b6101046020525f908152604090205481565b348015610a51575f5ffd5b506103746123be565b348015610a65575f5ffd5b506104297f000000000000000000000000000000000000000000000000000000000000000081565b610101545f908190610aac906101009067ffffffffffffffff16614f62565b6101008110610abd57610abd614f75565b0154905090565b5f5f610af18484610aec8e6020016020810190610ae19190614b57565b8f61012001356115c5565b612415565b509150915081610b2d576040517f68d99a5800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b3d8b8b8b8b8b8b8b886125d8565b5050505050505050505050565b610101545f906d0100000000000000000000000000900464ffffffffff1667ffffffffffffffff831681111580610b955750610100610b9367ffffffffffffffff851683614fcf565b115b15610ba257505f92915050565b610bb58367ffffffffffffffff16612613565b9392505050565b610101545f906d0100000000000000000000000000900464ffffffffff168015610c1357610185610100610bf1600184614fcf565b610bfb9190614f62565b6101008110610c0c57610c0c614f75565b0154610c15565b5f5b91505090565b5f610c7367ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116907f000000000000000000000000000000000000000000000000000000000000000016614fe2565b905090565b610101545f9067ffffffffffffffff908116908316811080610caf5750610100610ca28483614ff5565b67ffffffffffffffff1610155b80610cc2575067ffffffffffffffff8316155b15610ccf57505f92915050565b5f610ce661010067ffffffffffffffff8616614f62565b6101008110610cf757610cf7614f75565b01549392505050565b604080517f480e5c7a68eafaadb7b37908e2f92877d4d40d5cc97faaaf2a8a6d2584d8b2c7602082015267ffffffffffffffff86169181019190915260608101849052821515608082015260a081018290525f9060c0015b604051602081830303815290604052805190602001209050949350505050565b5f81818115610da25784845f818110610d9357610d93614f75565b919091013560f81c9050610da4565b5f5b60ff169050816092148015610db95750600281145b80610dcf575081607e148015610dcf5750600381145b610e05576040517f17c95cb900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff1660018114610ec4577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff821601610e92576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f6f312cbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6101015465ffffffffffff72010000000000000000000000000000000000008204811695505f91610f139178010000000000000000000000000000000000000000000000009091041686614fcf565b90505f610f21604083615015565b90506040811115610f66576040517f5066e198000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b347f0000000000000000000000000000000000000000000000000000000000000000821b14610feb576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000821b6004820152346024820152604401610f5d565b610ff6866001615028565b610101805465ffffffffffff929092167201000000000000000000000000000000000000027fffffffffffffffff000000000000ffffffffffffffffffffffffffffffffffff9092169190911790555f611051600284615046565b61108567ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642614fe2565b61108f9190614fe2565b90506110e5878867ffffffffffffffff16603085901b603885901b60603373ffffffffffffffffffffffffffffffffffffffff16901b1717178b8b6040516110d892919061505d565b6040518091039020612654565b3367ffffffffffffffff88167f846e8b402d70631442e4c3a316cb870ebc137991c1711fff23a6f45520be8a9f8361113d7f000000000000000000000000000000000000000000000000000000000000000082614fe2565b348e8e60405161115195949392919061506c565b60405180910390a350505050505092915050565b5f5f5f5f5f5f5f611175886126f0565b915091508161119557505f95508594508493508392508291506112139050565b64ffffffffff603882901c169550606081901c866111d37f000000000000000000000000000000000000000000000000000000000000000082614fe2565b7f000000000000000000000000000000000000000000000000000000000000000060ff603086901c161b6112068c612786565b9650965096509650965050505b91939590929450565b335f908152610104602052604081205490819003611266576040517f969bf72800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f81815261010460205260408082208290555190919083908381818185875af1925050503d805f81146112b5576040519150601f19603f3d011682016040523d82523d5f602084013e6112ba565b606091505b50509050806112f5576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405182815233907fd3f990ddd0f1a820ca21d6f29136b25c504220122117b21de9ede5602b99c5869060200160405180910390a25050565b3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461139d576040517fc0fc8a8a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61010380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff85161790556101028290556102a854818114611488576102a8829055811580159061140757505f8281526102a9602052604090205460ff16155b15611444575f8281526102a96020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555b801561148857610101546102aa80547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9092169190911790555b610101547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd7e0100000000000000000000000000000000000000000000000000000000000090910460ff16016115235761010180547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e010000000000000000000000000000000000000000000000000000000000001790555b8367ffffffffffffffff167f1fc693471fb032b63dd4590177e8d145e6b27e801d82a7fcca2d0ecf3b7214058460405161155f91815260200190565b60405180910390a250505050565b5f611577886127f5565b905061159360028888888861158b87611c5f565b89895f612a74565b61159d8882612c04565b5050505050505050565b5f6115b1886127f5565b905061159360018888888861158b87611c5f565b5f5f6115cf6123be565b604080517ff750130f56edeb0c0845bcff3883e4d048a4d94c7da4737479d954e1fccc7e8c8152602081019687529081019485526060812061190182529190955290925250506042601e9091012090565b61010154610105603f8316015460f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe83821c60ff160161168d576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6116978285612f5c565b6117035767ffffffffffffffff84165f9081526102a5602052604090205491506116c18285612f5c565b611703576040517fcfc3d8c200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610f5d565b5f6117397f000000000000000000000000000000000000000000000000000000000000000064ffffffffff603886901c16614fe2565b90508067ffffffffffffffff164211611792576040517fee3302dc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808716600483015282166024820152604401610f5d565b6002821b60ff831b19851617610101555050505050565b6101005f6117b8600883615015565b6117c29083614fe2565b90505f6117d0604083614fe2565b9050808411156117de578093505b845b848110156118c7578381101561182c5761018581610100811061180557611805614f75565b01545f0361182757600161018582610100811061182457611824614f75565b01555b6118bf565b82811015611878576102856118418583614fcf565b6020811061185157611851614f75565b01545f036118275760016102856118688684614fcf565b6020811061182457611824614f75565b6101456118858483614fcf565b6040811061189557611895614f75565b01545f036118bf5760016101456118ac8584614fcf565b604081106118bc576118bc614f75565b01555b6001016117e0565b505050505050565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff16600214611931576040517f8208cbe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101546d0100000000000000000000000000900464ffffffffff16818015806119845750610101546119779068010000000000000000900464ffffffffff1683614ff5565b67ffffffffffffffff1681115b156119bb576040517ff7242ea200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6119c68284614ff5565b9050855f5b83811015611a3e57611a34826119eb8367ffffffffffffffff8716614fe2565b8989858181106119fd576119fd614f75565b611a139260206040909202019081019150614c46565b8a8a86818110611a2557611a25614f75565b90506040020160200135612f85565b91506001016119cb565b50610185610100611a50600187614ff5565b67ffffffffffffffff16611a649190614f62565b6101008110611a7557611a75614f75565b01548114611aaf576040517ff7242ea200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff821615611af95786610185610100611ad1600186614ff5565b67ffffffffffffffff16611ae59190614f62565b6101008110611af657611af6614f75565b01555b61010180547fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff166d010000000000000000000000000064ffffffffff8516021790555f5b8381101561159d57611b91878783818110611b5a57611b5a614f75565b611b709260206040909202019081019150614c46565b888884818110611b8257611b82614f75565b90506040020160200135612fc3565b868682818110611ba357611ba3614f75565b611bb99260206040909202019081019150614c46565b73ffffffffffffffffffffffffffffffffffffffff16611bd982856150e1565b67ffffffffffffffff167fca2e94a7eba592b74b0dc838c68a69ff20218762725adacbc234a229904f8888898985818110611c1657611c16614f75565b90506040020160200135604051611c2f91815260200190565b60405180910390a3600101611b3d565b611c5360018b8b8b8b8b8b8b8b8b8b6130b7565b50505050505050505050565b5f611cd4611c6b6123be565b7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f908152602085905260409081902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff16600214611d3c576040517f8208cbe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b835f03611d75576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526102a7602052604090205460ff1615611dc1576040517fbd0016ea000000000000000000000000000000000000000000000000000000008152336004820152602401610f5d565b611dd261010054338686868661315e565b611e08576040517fec0911af00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526102a7602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555190919086908381818185875af1925050503d805f8114611e7d576040519150601f19603f3d011682016040523d82523d5f602084013e611e82565b606091505b5050905080611ebd576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405185815233907fdc44644ebb39aa9685716635843ceda66b0921777f61b1b48a2f757d3fe6ef1f9060200160405180910390a25050505050565b610101545f906d0100000000000000000000000000900464ffffffffff1667ffffffffffffffff831681111580611f445750610100611f4267ffffffffffffffff851683614fcf565b115b15611f5157505f92915050565b610185610ce661010067ffffffffffffffff8616614f62565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff16600214611fcc576040517f8208cbe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611fd6826133e4565b509050606081901c612011817f000000000000000000000000000000000000000000000000000000000000000060ff603086901c161b612fc3565b60405173ffffffffffffffffffffffffffffffffffffffff82169067ffffffffffffffff8516907f3107cf6a69f75cc4c007d83933ad0681a94f9a2156b7dc3507d9c9cde6d1d7d9905f90a3505050565b610101545f9081906040906120b39065ffffffffffff780100000000000000000000000000000000000000000000000082048116917201000000000000000000000000000000000000900416614fcf565b6120bd9190615015565b905060408111610c13577f0000000000000000000000000000000000000000000000000000000000000000811b610c15565b611c5360028b8b8b8b8b8b8b8b8b8b6130b7565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff1660018114612190577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff821601610e92576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b345f036121c9576040517f56316e8700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff8216612216576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101546d0100000000000000000000000000900464ffffffffff165f61018561010060016122458286614fe2565b61224f9190614fcf565b6122599190614f62565b610100811061226a5761226a614f75565b01549050815f0361227857505f5b5f61228582848734612f85565b90505f61229461010085614f62565b9050816101858261010081106122ac576122ac614f75565b015560e0600582901b165f610285600384901c602081106122cf576122cf614f75565b01549050814263ffffffff16901b8263ffffffff901b19821617610285600385901c6020811061230157612301614f75565b015561230e866001614fe2565b610101805464ffffffffff929092166d0100000000000000000000000000027fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff909216919091179055604080513481526020810186905273ffffffffffffffffffffffffffffffffffffffff8a169167ffffffffffffffff8916917f240d2fe99ed469e5e985d4bfdb7aee138655ebe89900c1bc4910c8306fca1316910160405180910390a35050505050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000460361240b57507f000000000000000000000000000000000000000000000000000000000000000090565b610c73463061350d565b5f5f5f84601f605d8203166101fd8211605d831017171561243357505f5b868161243c5750365b803560c01c9250600881013560288201355f1a602983013560601c603d840135604051600284107ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd03641418310841515161615612568578260601b81528360148201538460158201528a6035820152605581207ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808785097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103068252601b850160208301528560408301527ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808783097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103066060830152505f5f5260205f60808360015afa50825f511499505b8760c01b815284600882015283602882015360298120945050505050828201605d83015b818110156125b857803583811890841181029093185f818152931860209081526040909320920161258c565b50508094505050806125ce575f93505f92505f91505b5093509350939050565b5f6125e2896127f5565b90506125fe6001898989896125f687611c5f565b8a8a8a612a74565b6126088982612c04565b505050505050505050565b5f8061262161010084614f62565b9050600581600716901b610285600383901c6020811061264357612643614f75565b015463ffffffff911c169392505050565b5f61266a604067ffffffffffffffff8616614f62565b90506060610105826040811061268257612682614f75565b0154901c5f036126bf578261010582604081106126a1576126a1614f75565b01558161014582604081106126b8576126b8614f75565b01556126ea565b67ffffffffffffffff84165f9081526102a5602090815260408083208690556102a690915290208290555b50505050565b5f8061010561270a604067ffffffffffffffff8616614f62565b6040811061271a5761271a614f75565b015490506127288184612f5c565b156127365760019150915091565b8267ffffffffffffffff16660100000000000017810361275a57505f928392509050565b5067ffffffffffffffff82165f9081526102a5602052604090205461277f8184612f5c565b9150915091565b5f8061279d604067ffffffffffffffff8516614f62565b90506127be61010582604081106127b6576127b6614f75565b015484612f5c565b6127e15767ffffffffffffffff83165f9081526102a66020526040902054610bb5565b6101458160408110610cf757610cf7614f75565b610101545f907ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7e0100000000000000000000000000000000000000000000000000000000000090910460ff1601612879576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101545f906128949067ffffffffffffffff1660016150e1565b905067ffffffffffffffff81166128b16040850160208601614b57565b67ffffffffffffffff161461291757806128d16040850160208601614b57565b6040517f705bbcd400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610f5d565b610101545f908190612936906101009067ffffffffffffffff16614f62565b610100811061294757612947614f75565b015490508335811461298f576040517ff8bef0820000000000000000000000000000000000000000000000000000000081526004810182905284356024820152604401610f5d565b6129ac6129a260a0860160808701614b57565b8560a001356135cc565b6101006129bc60c0860186615101565b90501115612a08576129d160c0850185615101565b6040517f6757cc74000000000000000000000000000000000000000000000000000000008152610f5d925060040190815260200190565b6040612a1760e0860186615165565b90501115612a6357612a2c60e0850185615165565b6040517f6dd91c6a000000000000000000000000000000000000000000000000000000008152610f5d925060040190815260200190565b612a6c84613837565b949350505050565b6101025480612aaf576040517f9210c8d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8989604051612ac092919061505d565b604051809103902090505f8b828a8a604051612add92919061505d565b6040805191829003822060ff90941660208301528101919091526060810191909152608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052805160209091012090508315612b4e57805f528360205260405f2090505b828114612b87576040517f68af8cc000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60ff8d16600214612ba857612ba3838d8d8d8d8d8d8d61390d565b612bb8565b612bb8838d8d8d8d8d8d8d613964565b90508015612bf5576040517fd7a4b9da00000000000000000000000000000000000000000000000000000000815260048101829052602401610f5d565b50505050505050505050505050565b805f610100612c196040860160208701614b57565b67ffffffffffffffff16612c2d9190614f62565b6101008110612c3e57612c3e614f75565b015560408201803561010055612c579060208401614b57565b61010180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055612ca160a0830160808401614b57565b610101805464ffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffffffffff0000000000ffffffffffffffff90921691909117905580612cf66040840160208501614b57565b67ffffffffffffffff167f86867ebc72d77690736bf7ce8388f56a61c88e3d1b1bb98e332142ec1900d29b6040850135612d3660a0870160808801614b57565b6040805192835267ffffffffffffffff90911660208301526101208701359082015260600160405180910390a35f612d7160e0840184615165565b905090505f8167ffffffffffffffff811115612d8f57612d8f6151c9565b604051908082528060200260200182016040528015612db8578160200160208202803683370190505b5090505f5f5b83811015612e51575f6001612dd660e0890189615165565b84818110612de657612de6614f75565b9050602002016020810190612dfb9190614b57565b67ffffffffffffffff16901c90505f5f612e14836133e4565b9150915081868581518110612e2b57612e2b614f75565b602002602001018181525050612e4185826139f4565b9450505050806001019050612dbe565b508461010001358114612e9e576040517f241711eb000000000000000000000000000000000000000000000000000000008152600481018290526101008601356024820152604401610f5d565b612ea6613a0f565b612ebb612eb660c0870187615101565b613b3e565b815192505f5b838110156118c7575f612ed760e0880188615165565b83818110612ee757612ee7614f75565b9050602002016020810190612efc9190614b57565b9050612f53848381518110612f1357612f13614f75565b602002602001015160018367ffffffffffffffff16901c8360011667ffffffffffffffff166001148a6020016020810190612f4e9190614b57565b613c1b565b50600101612ec1565b5f606083901c15801590610bb557505067ffffffffffffffff1665ffffffffffff919091161490565b604080516020810186905290810184905273ffffffffffffffffffffffffffffffffffffffff83166060820152608081018290525f9060a001610d58565b5f8273ffffffffffffffffffffffffffffffffffffffff1682612710906040515f60405180830381858888f193505050503d805f811461301e576040519150601f19603f3d011682016040523d82523d5f602084013e613023565b606091505b50509050806130b25773ffffffffffffffffffffffffffffffffffffffff83165f908152610104602052604081208054849290613061908490614fe2565b909155505060405182815273ffffffffffffffffffffffffffffffffffffffff8416907f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e9060200160405180910390a25b505050565b5f6130ca6108998c8c8c61054b8d613c9d565b90506130e08c888888888689896102a854612a74565b5f5f6130eb8d6133e4565b915091508b8114613142576040517f4dfd593200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8e16600482015260248101829052604481018d9052606401610f5d565b61314e828e8d8d613c1b565b5050505050505050505050505050565b5f846133aa565b5f604051600388101561317857506133a0565b8360601b5f5260145f20868617155f6001838b355f1a5f81146131b157600181146131e657600281146131fc57505050505050506133a0565b84156131c357505050505050506133a0565b60588a901b8752601587018b905260c08c901b6035880152603d87209350613295565b846131f757505050505050506133a0565b613295565b8461320d57505050505050506133a0565b603f8e101561322257505050505050506133a0565b60018d013560601c60158e013560358f013560c01c8c830361324d57505050505050505050506133a0565b80821761326357505050505050505050506133a0565b605883901b8a5260158a0182905260c081901b60358b0152603d8a20965050508060601b5f525060145f209150603d92505b50818c013560f01c935060ff8411156132b3575050505050506133a0565b6002820191506007840160031c8083018e10156132d657505050505050506133a0565b5f198160031b1c19838e01351680861b156132f85750505050505050506133a0565b82871886610100031c156133135750505050505050506133a0565b61010086900396871c96939091018d01921c9050600186535b8315613383576001840393505f600182161561335d575081358061335657505050505050506133a0565b6020830192505b60018681168286180294851888820152931860218701526041862094831c94921c61332c565b508b8b0181146133975750505050506133a0565b50851493505050505b9695505050505050565b6133d8838567ffffffffffffffff88168473ffffffffffffffffffffffffffffffffffffffff8c168d613165565b98975050505050505050565b5f80806133fc604067ffffffffffffffff8616614f62565b9050610105816040811061341257613412614f75565b015492506134208385612f5c565b1561346c57610145816040811061343957613439614f75565b015491508367ffffffffffffffff16660100000000000017610105826040811061346557613465614f75565b0155613507565b67ffffffffffffffff84165f9081526102a5602052604090205492506134928385612f5c565b6134d4576040517fcfc3d8c200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610f5d565b67ffffffffffffffff84165f9081526102a66020818152604080842080546102a584529185208590559290915291905591505b50915091565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201526080810183905273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c0015b60405160208183030381529060405280519060200120905092915050565b6101015464ffffffffff6801000000000000000082048116916d010000000000000000000000000090041667ffffffffffffffff841682118061362257508067ffffffffffffffff168467ffffffffffffffff16115b15613675576040517fdc72888000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8084166004830152808316602483015285166044820152606401610f5d565b6101006136828583614ff5565b67ffffffffffffffff16106136d7576040517f01e5393000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015282166024820152604401610f5d565b5f67ffffffffffffffff851615613725576101856101006136f9600188614ff5565b67ffffffffffffffff1661370d9190614f62565b610100811061371e5761371e614f75565b0154613727565b5f5b905080841461377c576040517f3151ea2000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff861660048201526024810182905260448101859052606401610f5d565b8167ffffffffffffffff168567ffffffffffffffff161015613830575f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff166137d78767ffffffffffffffff16612613565b6137e19190614fe2565b90508042106118c7576040517f4abbfc6400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808816600483015282166024820152604401610f5d565b5050505050565b5f368161384760c0850185615101565b9092509050365f61385b60e0870187615165565b9092509050858483600584901b810161387661016085614fe2565b613881906020614fe2565b831415806138ae5750613895876040615046565b61389f9084614fe2565b6138aa906020614fe2565b8214155b156138e5576040517f2637731e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040516020815284820385602083013784820360200181209950505050505050505050919050565b5f5f61391d8a8a8a8a8a5f613db6565b9050601d81101561392f5790506133d8565b5f5f5f613940888d8d878b8b613e52565b925092509250613953838b8b8585613ea6565b9d9c50505050505050505050505050565b5f5f6139758a8a8a8a8a6001613db6565b9050601d8110156139875790506133d8565b6040805161038081019091525f80806139a38d8d8a8a88613ee6565b9250925092506139b6838c8c8585613ea6565b925082156139cb5782955050505050506133d8565b6139d58985613f5e565b6139e05760066139e2565b5f5b9e9d5050505050505050505050505050565b60408051602081018490529081018290525f906060016135ae565b6101015465ffffffffffff780100000000000000000000000000000000000000000000000082048116917201000000000000000000000000000000000000900416815b81831015613ae2575f5f613a65856126f0565b915091508115613ad05764ffffffffff603882901c16428111613ac8576040517f3c5ec66700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808816600483015282166024820152604401610f5d565b505050613ae2565b613ad9856151f6565b94505050613a52565b8083146130b257610101805465ffffffffffff85167801000000000000000000000000000000000000000000000000027fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff909116179055505050565b81600682901b81015b808210156126ea57813573ffffffffffffffffffffffffffffffffffffffff1660208301355f808080808587612710f1905080613c045773ffffffffffffffffffffffffffffffffffffffff83165f908152610104602052604081208054849290613bb3908490614fe2565b909155505060405182815273ffffffffffffffffffffffffffffffffffffffff8416907f378937fb952ff5e3e94cdad7b6afd547e004be4518d235ec19039e5d9656daa89060200160405180910390a25b505050604082613c149190614fe2565b9150613b47565b8115613c5857613c58606085901c7f000000000000000000000000000000000000000000000000000000000000000060ff603088901c161b612fc3565b60408051831515815267ffffffffffffffff83811660208301528516917f3f953d191351f11815e4fe939e8a9d12a0f6ff87e3ae6d7538e564d9875d5d82910161155f565b610101545f907ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7e0100000000000000000000000000000000000000000000000000000000000090910460ff1601613d21576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6101015467ffffffffffffffff9081169083161580613d5357508067ffffffffffffffff168367ffffffffffffffff16115b80613d735750610100613d668483614ff5565b67ffffffffffffffff1610155b15610ccf576040517f5180155300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610f5d565b5f8460405181888237600192508882822003613e2b57600292505f8835811a8015613de85760018114613df757613dfc565b85613df257601d91505b613dfc565b605d91505b50821515811615613e29576001830381810481838202146101018210821515161615613e26578295505b50505b505b5050601d8110158015613e455750613e438484613fb9565b155b156133a0575060036133a0565b5f8080808080613e6588888c8c856140bb565b92509250925080613e825760045f5f955095509550505050613e9a565b613e908c8c8c8c87876141fa565b9550955095505050505b96509650969350505050565b5f6002861480613eb65750600486145b15613ec2575084613edd565b613ece85858585614335565b613eda57506005613edd565b50845b95945050505050565b5f8080808080613efb89898c605d60016140bb565b92509250925080613f185760045f5f955095509550505050613f53565b613f248b8b858a614488565b89516040808c019190915260208b015160608c0152929850909650945082883760806040830160808901375050505b955095509592505050565b5f5f5f5f613f8c7f2d6a2203fb6c12f6c0cbdc252ac5e00370d8986fea2842b0567a8742f9b18c588761463c565b92509250925080613fa2575f9350505050611cd4565b82610100860152816101208601526133a085614842565b5f82828101831515600583355f1a03613fe757506002828101923560011a908510600882111715613fe757505f5b80151593505b80156140b25782355f815f1a6001811461401e57600281146140345760038114614046576004811461405e5761406f565b8260081b60f01c1561402f57600391505b61406f565b8260011a1561402f576002915061406f565b606460018460011a03101561402f576002915061406f565b8260081b60c01c1561406f57600991505b509384019380158486111715614089575f955050506140b2565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01613fed565b50141692915050565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c08101866141de577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b8181101561432557803560181c8060481c60ff8260401c16600560018203118287101517156142415760029950505050614325565b81955060018160041b1b9050808801975060018c16156143145767ffffffffffffffff831660801b6001820101890198508961430d5760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e01351115168015614305578160208a015260408d60408b013760205f60808b60015afa845f511460203d148216166142ff5760069c505b5061430a565b60069b505b50505b60418b019a505b50505060019890981c97890161420c565b5050505096509650969350505050565b5f846001600582355f1a0361434f575060028101903560011a5b600192505b801561447e578135805f1a6001811461439157600281146143ac5760038114614411578160081b60c01c8760801c1015945060098401935061444f565b8160081b60f01c61ffff88161015945060038401935061444f565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a81101595505060028401935061444f565b8160011a60105b60708110156144465761ffff88821c168202606461ffff8b841c1602101561443e575f96505b601001614418565b50506002840193505b5050821561447e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01614354565b5050949350505050565b5f5f5f5f868801600189015b8181101561462f57803560181c8060481c60ff8260401c16601d840135603d8501357f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478210157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47841015171760056001850311858a10151717156145b15760029a50505050505061462f565b6001600484901b81901b998a01999498508d161561461b5761ffff8a1680156145f8578260408e01528160608e015260408d60808f60065afa6145f35760069b505b614602565b828d528160208e01525b5067ffffffffffffffff851660801b60018501018a0199505b50505060019990991c985050605d01614494565b5050509450945094915050565b5f5f5f6040518581528460208201526060810160208152602080820152602060408201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a08201525f5b610100811015614838578060011b60408401526060832060018260011b016040850152606084207f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d85090897507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090908915081606085015260205f60c08660055afa6147c6575050614838565b5f519650817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478889090361482e578060ff1c1561482357867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd470396505b600195505050614838565b50506001016146ae565b5050509250925092565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016101408320066101408301604084015181526060840151602082015281604082015260408160608360075afa9250835160408201526020840151606082015260408160808360065afa831692506101808101600181526002602082015282604082015260408160608360075afa8416935061010085015160408201526101208501516060820152604060c0830160808360065afa84169350507f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0820152608084015161010082015260a084015161012082015260c084015161014082015260e084015161016082015260205f6101808360085afa83169250505060015f511460203d141681169050919050565b5f61016082840312156149f6575f5ffd5b50919050565b5f5f83601f840112614a0c575f5ffd5b50813567ffffffffffffffff811115614a23575f5ffd5b602083019150836020828501011115614a3a575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60a08a8c031215614a59575f5ffd5b893567ffffffffffffffff811115614a6f575f5ffd5b614a7b8c828d016149e5565b99505060208a013567ffffffffffffffff811115614a97575f5ffd5b614aa38c828d016149fc565b90995097505060408a013567ffffffffffffffff811115614ac2575f5ffd5b614ace8c828d016149fc565b90975095505060608a013567ffffffffffffffff811115614aed575f5ffd5b614af98c828d016149fc565b90955093505060808a013567ffffffffffffffff811115614b18575f5ffd5b614b248c828d016149fc565b915080935050809150509295985092959850929598565b803567ffffffffffffffff81168114614b52575f5ffd5b919050565b5f60208284031215614b67575f5ffd5b610bb582614b3b565b80358015158114614b52575f5ffd5b5f5f5f5f60808587031215614b92575f5ffd5b614b9b85614b3b565b935060208501359250614bb060408601614b70565b9396929550929360600135925050565b5f5f60208385031215614bd1575f5ffd5b823567ffffffffffffffff811115614be7575f5ffd5b614bf3858286016149fc565b90969095509350505050565b5f60208284031215614c0f575f5ffd5b5035919050565b5f5f5f60608486031215614c28575f5ffd5b614c3184614b3b565b95602085013595506040909401359392505050565b5f60208284031215614c56575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114610bb5575f5ffd5b5f5f5f5f5f5f5f6080888a031215614c8f575f5ffd5b873567ffffffffffffffff811115614ca5575f5ffd5b614cb18a828b016149e5565b975050602088013567ffffffffffffffff811115614ccd575f5ffd5b614cd98a828b016149fc565b909750955050604088013567ffffffffffffffff811115614cf8575f5ffd5b614d048a828b016149fc565b909550935050606088013567ffffffffffffffff811115614d23575f5ffd5b614d2f8a828b016149fc565b989b979a50959850939692959293505050565b5f5f60408385031215614d53575f5ffd5b614d5c83614b3b565b946020939093013593505050565b5f5f60408385031215614d7b575f5ffd5b50508035926020909101359150565b5f5f5f60408486031215614d9c575f5ffd5b83359250602084013567ffffffffffffffff811115614db9575f5ffd5b8401601f81018613614dc9575f5ffd5b803567ffffffffffffffff811115614ddf575f5ffd5b8660208260061b8401011115614df3575f5ffd5b939660209190910195509293505050565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215614e1d575f5ffd5b614e268b614b3b565b995060208b01359850614e3b60408c01614b70565b9750614e4960608c01614b3b565b965060808b013567ffffffffffffffff811115614e64575f5ffd5b614e708d828e016149fc565b90975095505060a08b013567ffffffffffffffff811115614e8f575f5ffd5b614e9b8d828e016149fc565b90955093505060c08b013567ffffffffffffffff811115614eba575f5ffd5b614ec68d828e016149fc565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f60608587031215614ef2575f5ffd5b84359350614f0260208601614b3b565b9250604085013567ffffffffffffffff811115614f1d575f5ffd5b614f29878288016149fc565b95989497509550505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614f7057614f70614f35565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115611cd457611cd4614fa2565b80820180821115611cd457611cd4614fa2565b67ffffffffffffffff8281168282160390811115611cd457611cd4614fa2565b5f8261502357615023614f35565b500490565b65ffffffffffff8181168382160190811115611cd457611cd4614fa2565b8082028115828204841417611cd457611cd4614fa2565b818382375f9101908152919050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b67ffffffffffffffff8181168382160190811115611cd457611cd4614fa2565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615134575f5ffd5b83018035915067ffffffffffffffff82111561514e575f5ffd5b6020019150600681901b3603821315614a3a575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615198575f5ffd5b83018035915067ffffffffffffffff8211156151b2575f5ffd5b6020019150600581901b3603821315614a3a575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361522657615226614fa2565b506001019056fea2646970667358221220e3fa29930e9dd9eb2cefcf7e8841e8bd21ccdbce94b702ad1aa56e8de19ba7a564736f6c634300081e0033",
}

// TeeRollup is an auto generated Go binding around an Ethereum contract.
type TeeRollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TeeRollup) GetABI() abi.ABI {
	return c.abi
}

// NewTeeRollup creates a new instance of TeeRollup.
func NewTeeRollup() *TeeRollup {
	parsed, err := TeeRollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TeeRollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TeeRollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address manager_, bytes32 genesisStateRoot, uint64 responseWindow_, uint64 inclusionDelay_, uint256 challengeBond_) returns()
func (teeRollup *TeeRollup) PackConstructor(manager_ common.Address, genesisStateRoot [32]byte, responseWindow_ uint64, inclusionDelay_ uint64, challengeBond_ *big.Int) []byte {
	enc, err := teeRollup.abi.Pack("", manager_, genesisStateRoot, responseWindow_, inclusionDelay_, challengeBond_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackANSWERSPACING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d61fd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ANSWER_SPACING() view returns(uint256)
func (teeRollup *TeeRollup) PackANSWERSPACING() []byte {
	enc, err := teeRollup.abi.Pack("ANSWER_SPACING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackANSWERSPACING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d61fd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ANSWER_SPACING() view returns(uint256)
func (teeRollup *TeeRollup) TryPackANSWERSPACING() ([]byte, error) {
	return teeRollup.abi.Pack("ANSWER_SPACING")
}

// UnpackANSWERSPACING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d61fd8.
//
// Solidity: function ANSWER_SPACING() view returns(uint256)
func (teeRollup *TeeRollup) UnpackANSWERSPACING(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("ANSWER_SPACING", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBONDSTEP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ecb7f5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BOND_STEP() view returns(uint256)
func (teeRollup *TeeRollup) PackBONDSTEP() []byte {
	enc, err := teeRollup.abi.Pack("BOND_STEP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBONDSTEP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ecb7f5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BOND_STEP() view returns(uint256)
func (teeRollup *TeeRollup) TryPackBONDSTEP() ([]byte, error) {
	return teeRollup.abi.Pack("BOND_STEP")
}

// UnpackBONDSTEP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ecb7f5e.
//
// Solidity: function BOND_STEP() view returns(uint256)
func (teeRollup *TeeRollup) UnpackBONDSTEP(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("BOND_STEP", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCHALLENGESLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fb6e828.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHALLENGE_SLOTS() view returns(uint256)
func (teeRollup *TeeRollup) PackCHALLENGESLOTS() []byte {
	enc, err := teeRollup.abi.Pack("CHALLENGE_SLOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHALLENGESLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fb6e828.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHALLENGE_SLOTS() view returns(uint256)
func (teeRollup *TeeRollup) TryPackCHALLENGESLOTS() ([]byte, error) {
	return teeRollup.abi.Pack("CHALLENGE_SLOTS")
}

// UnpackCHALLENGESLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fb6e828.
//
// Solidity: function CHALLENGE_SLOTS() view returns(uint256)
func (teeRollup *TeeRollup) UnpackCHALLENGESLOTS(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("CHALLENGE_SLOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDATYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce0ffa64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DA_TYPEHASH() view returns(bytes32)
func (teeRollup *TeeRollup) PackDATYPEHASH() []byte {
	enc, err := teeRollup.abi.Pack("DA_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDATYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce0ffa64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DA_TYPEHASH() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackDATYPEHASH() ([]byte, error) {
	return teeRollup.abi.Pack("DA_TYPEHASH")
}

// UnpackDATYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce0ffa64.
//
// Solidity: function DA_TYPEHASH() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackDATYPEHASH(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("DA_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEPOSITHISTORY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x021ab019.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSIT_HISTORY() view returns(uint256)
func (teeRollup *TeeRollup) PackDEPOSITHISTORY() []byte {
	enc, err := teeRollup.abi.Pack("DEPOSIT_HISTORY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITHISTORY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x021ab019.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSIT_HISTORY() view returns(uint256)
func (teeRollup *TeeRollup) TryPackDEPOSITHISTORY() ([]byte, error) {
	return teeRollup.abi.Pack("DEPOSIT_HISTORY")
}

// UnpackDEPOSITHISTORY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x021ab019.
//
// Solidity: function DEPOSIT_HISTORY() view returns(uint256)
func (teeRollup *TeeRollup) UnpackDEPOSITHISTORY(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("DEPOSIT_HISTORY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHEADERHISTORY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x196685c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HEADER_HISTORY() view returns(uint256)
func (teeRollup *TeeRollup) PackHEADERHISTORY() []byte {
	enc, err := teeRollup.abi.Pack("HEADER_HISTORY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHEADERHISTORY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x196685c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HEADER_HISTORY() view returns(uint256)
func (teeRollup *TeeRollup) TryPackHEADERHISTORY() ([]byte, error) {
	return teeRollup.abi.Pack("HEADER_HISTORY")
}

// UnpackHEADERHISTORY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x196685c4.
//
// Solidity: function HEADER_HISTORY() view returns(uint256)
func (teeRollup *TeeRollup) UnpackHEADERHISTORY(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("HEADER_HISTORY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXANSWERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x701c7372.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ANSWERS() view returns(uint256)
func (teeRollup *TeeRollup) PackMAXANSWERS() []byte {
	enc, err := teeRollup.abi.Pack("MAX_ANSWERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXANSWERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x701c7372.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ANSWERS() view returns(uint256)
func (teeRollup *TeeRollup) TryPackMAXANSWERS() ([]byte, error) {
	return teeRollup.abi.Pack("MAX_ANSWERS")
}

// UnpackMAXANSWERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x701c7372.
//
// Solidity: function MAX_ANSWERS() view returns(uint256)
func (teeRollup *TeeRollup) UnpackMAXANSWERS(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("MAX_ANSWERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBONDSHIFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f92be6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BOND_SHIFT() view returns(uint256)
func (teeRollup *TeeRollup) PackMAXBONDSHIFT() []byte {
	enc, err := teeRollup.abi.Pack("MAX_BOND_SHIFT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBONDSHIFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f92be6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BOND_SHIFT() view returns(uint256)
func (teeRollup *TeeRollup) TryPackMAXBONDSHIFT() ([]byte, error) {
	return teeRollup.abi.Pack("MAX_BOND_SHIFT")
}

// UnpackMAXBONDSHIFT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f92be6a.
//
// Solidity: function MAX_BOND_SHIFT() view returns(uint256)
func (teeRollup *TeeRollup) UnpackMAXBONDSHIFT(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("MAX_BOND_SHIFT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDASET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2ebd81f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DA_SET() view returns(uint256)
func (teeRollup *TeeRollup) PackMAXDASET() []byte {
	enc, err := teeRollup.abi.Pack("MAX_DA_SET")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDASET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2ebd81f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DA_SET() view returns(uint256)
func (teeRollup *TeeRollup) TryPackMAXDASET() ([]byte, error) {
	return teeRollup.abi.Pack("MAX_DA_SET")
}

// UnpackMAXDASET is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2ebd81f.
//
// Solidity: function MAX_DA_SET() view returns(uint256)
func (teeRollup *TeeRollup) UnpackMAXDASET(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("MAX_DA_SET", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWITHDRAWALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14039408.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WITHDRAWALS() view returns(uint256)
func (teeRollup *TeeRollup) PackMAXWITHDRAWALS() []byte {
	enc, err := teeRollup.abi.Pack("MAX_WITHDRAWALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWITHDRAWALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14039408.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WITHDRAWALS() view returns(uint256)
func (teeRollup *TeeRollup) TryPackMAXWITHDRAWALS() ([]byte, error) {
	return teeRollup.abi.Pack("MAX_WITHDRAWALS")
}

// UnpackMAXWITHDRAWALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14039408.
//
// Solidity: function MAX_WITHDRAWALS() view returns(uint256)
func (teeRollup *TeeRollup) UnpackMAXWITHDRAWALS(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("MAX_WITHDRAWALS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (teeRollup *TeeRollup) PackPAYOUTGAS() []byte {
	enc, err := teeRollup.abi.Pack("PAYOUT_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (teeRollup *TeeRollup) TryPackPAYOUTGAS() ([]byte, error) {
	return teeRollup.abi.Pack("PAYOUT_GAS")
}

// UnpackPAYOUTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (teeRollup *TeeRollup) UnpackPAYOUTGAS(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("PAYOUT_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRESOLUTIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7d09599.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESOLUTION_TYPEHASH() view returns(bytes32)
func (teeRollup *TeeRollup) PackRESOLUTIONTYPEHASH() []byte {
	enc, err := teeRollup.abi.Pack("RESOLUTION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESOLUTIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7d09599.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESOLUTION_TYPEHASH() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackRESOLUTIONTYPEHASH() ([]byte, error) {
	return teeRollup.abi.Pack("RESOLUTION_TYPEHASH")
}

// UnpackRESOLUTIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7d09599.
//
// Solidity: function RESOLUTION_TYPEHASH() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackRESOLUTIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("RESOLUTION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeBond() view returns(uint256)
func (teeRollup *TeeRollup) PackChallengeBond() []byte {
	enc, err := teeRollup.abi.Pack("challengeBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeBond() view returns(uint256)
func (teeRollup *TeeRollup) TryPackChallengeBond() ([]byte, error) {
	return teeRollup.abi.Pack("challengeBond")
}

// UnpackChallengeBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (teeRollup *TeeRollup) UnpackChallengeBond(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("challengeBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCount() view returns(uint64)
func (teeRollup *TeeRollup) PackChallengeCount() []byte {
	enc, err := teeRollup.abi.Pack("challengeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCount() view returns(uint64)
func (teeRollup *TeeRollup) TryPackChallengeCount() ([]byte, error) {
	return teeRollup.abi.Pack("challengeCount")
}

// UnpackChallengeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f05725.
//
// Solidity: function challengeCount() view returns(uint64)
func (teeRollup *TeeRollup) UnpackChallengeCount(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("challengeCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dde3148.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeHead() view returns(uint64)
func (teeRollup *TeeRollup) PackChallengeHead() []byte {
	enc, err := teeRollup.abi.Pack("challengeHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dde3148.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeHead() view returns(uint64)
func (teeRollup *TeeRollup) TryPackChallengeHead() ([]byte, error) {
	return teeRollup.abi.Pack("challengeHead")
}

// UnpackChallengeHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0dde3148.
//
// Solidity: function challengeHead() view returns(uint64)
func (teeRollup *TeeRollup) UnpackChallengeHead(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("challengeHead", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b51c6e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeOf(uint64 id) view returns(address challenger, uint64 due, uint64 deadline, uint256 bond, bytes32 txHash)
func (teeRollup *TeeRollup) PackChallengeOf(id uint64) []byte {
	enc, err := teeRollup.abi.Pack("challengeOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b51c6e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeOf(uint64 id) view returns(address challenger, uint64 due, uint64 deadline, uint256 bond, bytes32 txHash)
func (teeRollup *TeeRollup) TryPackChallengeOf(id uint64) ([]byte, error) {
	return teeRollup.abi.Pack("challengeOf", id)
}

// ChallengeOfOutput serves as a container for the return parameters of contract
// method ChallengeOf.
type ChallengeOfOutput struct {
	Challenger common.Address
	Due        uint64
	Deadline   uint64
	Bond       *big.Int
	TxHash     [32]byte
}

// UnpackChallengeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b51c6e5.
//
// Solidity: function challengeOf(uint64 id) view returns(address challenger, uint64 due, uint64 deadline, uint256 bond, bytes32 txHash)
func (teeRollup *TeeRollup) UnpackChallengeOf(data []byte) (ChallengeOfOutput, error) {
	out, err := teeRollup.abi.Unpack("challengeOf", data)
	outstruct := new(ChallengeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Due = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Deadline = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Bond = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.TxHash = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e66d84a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWithdrawal() returns()
func (teeRollup *TeeRollup) PackClaimWithdrawal() []byte {
	enc, err := teeRollup.abi.Pack("claimWithdrawal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e66d84a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWithdrawal() returns()
func (teeRollup *TeeRollup) TryPackClaimWithdrawal() ([]byte, error) {
	return teeRollup.abi.Pack("claimWithdrawal")
}

// PackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHash() view returns(bytes32)
func (teeRollup *TeeRollup) PackConfigHash() []byte {
	enc, err := teeRollup.abi.Pack("configHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configHash() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackConfigHash() ([]byte, error) {
	return teeRollup.abi.Pack("configHash")
}

// UnpackConfigHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackConfigHash(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("configHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCurrentBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91b1ba4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentBond() view returns(uint256)
func (teeRollup *TeeRollup) PackCurrentBond() []byte {
	enc, err := teeRollup.abi.Pack("currentBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91b1ba4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentBond() view returns(uint256)
func (teeRollup *TeeRollup) TryPackCurrentBond() ([]byte, error) {
	return teeRollup.abi.Pack("currentBond")
}

// UnpackCurrentBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd91b1ba4.
//
// Solidity: function currentBond() view returns(uint256)
func (teeRollup *TeeRollup) UnpackCurrentBond(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("currentBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDaCertifiedUpTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f00b44b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daCertifiedUpTo() view returns(uint64)
func (teeRollup *TeeRollup) PackDaCertifiedUpTo() []byte {
	enc, err := teeRollup.abi.Pack("daCertifiedUpTo")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaCertifiedUpTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f00b44b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daCertifiedUpTo() view returns(uint64)
func (teeRollup *TeeRollup) TryPackDaCertifiedUpTo() ([]byte, error) {
	return teeRollup.abi.Pack("daCertifiedUpTo")
}

// UnpackDaCertifiedUpTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f00b44b.
//
// Solidity: function daCertifiedUpTo() view returns(uint64)
func (teeRollup *TeeRollup) UnpackDaCertifiedUpTo(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("daCertifiedUpTo", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDaDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94654b32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daDigest(uint64 height_, bytes32 dataRoot) view returns(bytes32 d)
func (teeRollup *TeeRollup) PackDaDigest(height uint64, dataRoot [32]byte) []byte {
	enc, err := teeRollup.abi.Pack("daDigest", height, dataRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94654b32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daDigest(uint64 height_, bytes32 dataRoot) view returns(bytes32 d)
func (teeRollup *TeeRollup) TryPackDaDigest(height uint64, dataRoot [32]byte) ([]byte, error) {
	return teeRollup.abi.Pack("daDigest", height, dataRoot)
}

// UnpackDaDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94654b32.
//
// Solidity: function daDigest(uint64 height_, bytes32 dataRoot) view returns(bytes32 d)
func (teeRollup *TeeRollup) UnpackDaDigest(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("daDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDaHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99d5780.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daHash() view returns(bytes32)
func (teeRollup *TeeRollup) PackDaHash() []byte {
	enc, err := teeRollup.abi.Pack("daHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99d5780.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daHash() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackDaHash() ([]byte, error) {
	return teeRollup.abi.Pack("daHash")
}

// UnpackDaHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe99d5780.
//
// Solidity: function daHash() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackDaHash(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("daHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDaRootInstalled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62421fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daRootInstalled(bytes32 ) view returns(bool)
func (teeRollup *TeeRollup) PackDaRootInstalled(arg0 [32]byte) []byte {
	enc, err := teeRollup.abi.Pack("daRootInstalled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaRootInstalled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62421fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daRootInstalled(bytes32 ) view returns(bool)
func (teeRollup *TeeRollup) TryPackDaRootInstalled(arg0 [32]byte) ([]byte, error) {
	return teeRollup.abi.Pack("daRootInstalled", arg0)
}

// UnpackDaRootInstalled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62421fca.
//
// Solidity: function daRootInstalled(bytes32 ) view returns(bool)
func (teeRollup *TeeRollup) UnpackDaRootInstalled(data []byte) (bool, error) {
	out, err := teeRollup.abi.Unpack("daRootInstalled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to) payable returns()
func (teeRollup *TeeRollup) PackDeposit(to common.Address) []byte {
	enc, err := teeRollup.abi.Pack("deposit", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to) payable returns()
func (teeRollup *TeeRollup) TryPackDeposit(to common.Address) ([]byte, error) {
	return teeRollup.abi.Pack("deposit", to)
}

// PackDepositAcc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff2fcad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositAcc() view returns(bytes32)
func (teeRollup *TeeRollup) PackDepositAcc() []byte {
	enc, err := teeRollup.abi.Pack("depositAcc")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositAcc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff2fcad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositAcc() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackDepositAcc() ([]byte, error) {
	return teeRollup.abi.Pack("depositAcc")
}

// UnpackDepositAcc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ff2fcad.
//
// Solidity: function depositAcc() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackDepositAcc(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("depositAcc", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositAccAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd46ab46b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositAccAt(uint64 i) view returns(bytes32)
func (teeRollup *TeeRollup) PackDepositAccAt(i uint64) []byte {
	enc, err := teeRollup.abi.Pack("depositAccAt", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositAccAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd46ab46b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositAccAt(uint64 i) view returns(bytes32)
func (teeRollup *TeeRollup) TryPackDepositAccAt(i uint64) ([]byte, error) {
	return teeRollup.abi.Pack("depositAccAt", i)
}

// UnpackDepositAccAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd46ab46b.
//
// Solidity: function depositAccAt(uint64 i) view returns(bytes32)
func (teeRollup *TeeRollup) UnpackDepositAccAt(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("depositAccAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint64)
func (teeRollup *TeeRollup) PackDepositCount() []byte {
	enc, err := teeRollup.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint64)
func (teeRollup *TeeRollup) TryPackDepositCount() ([]byte, error) {
	return teeRollup.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint64)
func (teeRollup *TeeRollup) UnpackDepositCount(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("depositCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b898939.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositIndex() view returns(uint64)
func (teeRollup *TeeRollup) PackDepositIndex() []byte {
	enc, err := teeRollup.abi.Pack("depositIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b898939.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositIndex() view returns(uint64)
func (teeRollup *TeeRollup) TryPackDepositIndex() ([]byte, error) {
	return teeRollup.abi.Pack("depositIndex")
}

// UnpackDepositIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b898939.
//
// Solidity: function depositIndex() view returns(uint64)
func (teeRollup *TeeRollup) UnpackDepositIndex(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("depositIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a06cfc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositTime(uint64 i) view returns(uint64)
func (teeRollup *TeeRollup) PackDepositTime(i uint64) []byte {
	enc, err := teeRollup.abi.Pack("depositTime", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a06cfc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositTime(uint64 i) view returns(uint64)
func (teeRollup *TeeRollup) TryPackDepositTime(i uint64) ([]byte, error) {
	return teeRollup.abi.Pack("depositTime", i)
}

// UnpackDepositTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a06cfc6.
//
// Solidity: function depositTime(uint64 i) view returns(uint64)
func (teeRollup *TeeRollup) UnpackDepositTime(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("depositTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (teeRollup *TeeRollup) PackDomainSeparator() []byte {
	enc, err := teeRollup.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackDomainSeparator() ([]byte, error) {
	return teeRollup.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint64)
func (teeRollup *TeeRollup) PackEpoch() []byte {
	enc, err := teeRollup.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint64)
func (teeRollup *TeeRollup) TryPackEpoch() ([]byte, error) {
	return teeRollup.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (teeRollup *TeeRollup) UnpackEpoch(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("epoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitWindow() view returns(uint256)
func (teeRollup *TeeRollup) PackExitWindow() []byte {
	enc, err := teeRollup.abi.Pack("exitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitWindow() view returns(uint256)
func (teeRollup *TeeRollup) TryPackExitWindow() ([]byte, error) {
	return teeRollup.abi.Pack("exitWindow")
}

// UnpackExitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e29848b.
//
// Solidity: function exitWindow() view returns(uint256)
func (teeRollup *TeeRollup) UnpackExitWindow(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("exitWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function frozen() view returns(bool)
func (teeRollup *TeeRollup) PackFrozen() []byte {
	enc, err := teeRollup.abi.Pack("frozen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function frozen() view returns(bool)
func (teeRollup *TeeRollup) TryPackFrozen() ([]byte, error) {
	return teeRollup.abi.Pack("frozen")
}

// UnpackFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (teeRollup *TeeRollup) UnpackFrozen(data []byte) (bool, error) {
	out, err := teeRollup.abi.Unpack("frozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHeaderHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2aed0d5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHashAt(uint64 h) view returns(bytes32)
func (teeRollup *TeeRollup) PackHeaderHashAt(h uint64) []byte {
	enc, err := teeRollup.abi.Pack("headerHashAt", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2aed0d5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHashAt(uint64 h) view returns(bytes32)
func (teeRollup *TeeRollup) TryPackHeaderHashAt(h uint64) ([]byte, error) {
	return teeRollup.abi.Pack("headerHashAt", h)
}

// UnpackHeaderHashAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2aed0d5a.
//
// Solidity: function headerHashAt(uint64 h) view returns(bytes32)
func (teeRollup *TeeRollup) UnpackHeaderHashAt(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("headerHashAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ef26743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function height() view returns(uint64)
func (teeRollup *TeeRollup) PackHeight() []byte {
	enc, err := teeRollup.abi.Pack("height")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ef26743.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function height() view returns(uint64)
func (teeRollup *TeeRollup) TryPackHeight() ([]byte, error) {
	return teeRollup.abi.Pack("height")
}

// UnpackHeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ef26743.
//
// Solidity: function height() view returns(uint64)
func (teeRollup *TeeRollup) UnpackHeight(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("height", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf765b4c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionDelay() view returns(uint64)
func (teeRollup *TeeRollup) PackInclusionDelay() []byte {
	enc, err := teeRollup.abi.Pack("inclusionDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf765b4c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionDelay() view returns(uint64)
func (teeRollup *TeeRollup) TryPackInclusionDelay() ([]byte, error) {
	return teeRollup.abi.Pack("inclusionDelay")
}

// UnpackInclusionDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf765b4c3.
//
// Solidity: function inclusionDelay() view returns(uint64)
func (teeRollup *TeeRollup) UnpackInclusionDelay(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("inclusionDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505d534.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastHeaderHash() view returns(bytes32)
func (teeRollup *TeeRollup) PackLastHeaderHash() []byte {
	enc, err := teeRollup.abi.Pack("lastHeaderHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505d534.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastHeaderHash() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackLastHeaderHash() ([]byte, error) {
	return teeRollup.abi.Pack("lastHeaderHash")
}

// UnpackLastHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0505d534.
//
// Solidity: function lastHeaderHash() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackLastHeaderHash(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("lastHeaderHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manager() view returns(address)
func (teeRollup *TeeRollup) PackManager() []byte {
	enc, err := teeRollup.abi.Pack("manager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manager() view returns(address)
func (teeRollup *TeeRollup) TryPackManager() ([]byte, error) {
	return teeRollup.abi.Pack("manager")
}

// UnpackManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x481c6a75.
//
// Solidity: function manager() view returns(address)
func (teeRollup *TeeRollup) UnpackManager(data []byte) (common.Address, error) {
	out, err := teeRollup.abi.Unpack("manager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (teeRollup *TeeRollup) PackPendingWithdrawals(arg0 common.Address) []byte {
	enc, err := teeRollup.abi.Pack("pendingWithdrawals", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (teeRollup *TeeRollup) TryPackPendingWithdrawals(arg0 common.Address) ([]byte, error) {
	return teeRollup.abi.Pack("pendingWithdrawals", arg0)
}

// UnpackPendingWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (teeRollup *TeeRollup) UnpackPendingWithdrawals(data []byte) (*big.Int, error) {
	out, err := teeRollup.abi.Unpack("pendingWithdrawals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPrefill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafc69983.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prefill(uint256 from, uint256 to) returns()
func (teeRollup *TeeRollup) PackPrefill(from *big.Int, to *big.Int) []byte {
	enc, err := teeRollup.abi.Pack("prefill", from, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrefill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafc69983.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prefill(uint256 from, uint256 to) returns()
func (teeRollup *TeeRollup) TryPackPrefill(from *big.Int, to *big.Int) ([]byte, error) {
	return teeRollup.abi.Pack("prefill", from, to)
}

// PackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd65885b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimBond(uint64 id) returns()
func (teeRollup *TeeRollup) PackReclaimBond(id uint64) []byte {
	enc, err := teeRollup.abi.Pack("reclaimBond", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd65885b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimBond(uint64 id) returns()
func (teeRollup *TeeRollup) TryPackReclaimBond(id uint64) ([]byte, error) {
	return teeRollup.abi.Pack("reclaimBond", id)
}

// PackRefundDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5d3e0b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundDeposits(bytes32 accBefore, (address,uint256)[] deposits) returns()
func (teeRollup *TeeRollup) PackRefundDeposits(accBefore [32]byte, deposits []RollupTypesWithdrawal) []byte {
	enc, err := teeRollup.abi.Pack("refundDeposits", accBefore, deposits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5d3e0b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundDeposits(bytes32 accBefore, (address,uint256)[] deposits) returns()
func (teeRollup *TeeRollup) TryPackRefundDeposits(accBefore [32]byte, deposits []RollupTypesWithdrawal) ([]byte, error) {
	return teeRollup.abi.Pack("refundDeposits", accBefore, deposits)
}

// PackResolutionHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e93cfd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolutionHash(uint64 id, bytes32 txHash, bool applied, bytes32 headerHash) pure returns(bytes32)
func (teeRollup *TeeRollup) PackResolutionHash(id uint64, txHash [32]byte, applied bool, headerHash [32]byte) []byte {
	enc, err := teeRollup.abi.Pack("resolutionHash", id, txHash, applied, headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolutionHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e93cfd1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolutionHash(uint64 id, bytes32 txHash, bool applied, bytes32 headerHash) pure returns(bytes32)
func (teeRollup *TeeRollup) TryPackResolutionHash(id uint64, txHash [32]byte, applied bool, headerHash [32]byte) ([]byte, error) {
	return teeRollup.abi.Pack("resolutionHash", id, txHash, applied, headerHash)
}

// UnpackResolutionHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e93cfd1.
//
// Solidity: function resolutionHash(uint64 id, bytes32 txHash, bool applied, bytes32 headerHash) pure returns(bytes32)
func (teeRollup *TeeRollup) UnpackResolutionHash(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("resolutionHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7a3aaf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveChallenge(uint64 id, bytes32 txHash, bool applied, uint64 atHeight, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) PackResolveChallenge(id uint64, txHash [32]byte, applied bool, atHeight uint64, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := teeRollup.abi.Pack("resolveChallenge", id, txHash, applied, atHeight, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7a3aaf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveChallenge(uint64 id, bytes32 txHash, bool applied, uint64 atHeight, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) TryPackResolveChallenge(id uint64, txHash [32]byte, applied bool, atHeight uint64, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return teeRollup.abi.Pack("resolveChallenge", id, txHash, applied, atHeight, committee, rule, qc)
}

// PackResolveChallengeBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebf43c6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveChallengeBLS(uint64 id, bytes32 txHash, bool applied, uint64 atHeight, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) PackResolveChallengeBLS(id uint64, txHash [32]byte, applied bool, atHeight uint64, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := teeRollup.abi.Pack("resolveChallengeBLS", id, txHash, applied, atHeight, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveChallengeBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebf43c6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveChallengeBLS(uint64 id, bytes32 txHash, bool applied, uint64 atHeight, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) TryPackResolveChallengeBLS(id uint64, txHash [32]byte, applied bool, atHeight uint64, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return teeRollup.abi.Pack("resolveChallengeBLS", id, txHash, applied, atHeight, committee, rule, qc)
}

// PackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function responseWindow() view returns(uint64)
func (teeRollup *TeeRollup) PackResponseWindow() []byte {
	enc, err := teeRollup.abi.Pack("responseWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function responseWindow() view returns(uint64)
func (teeRollup *TeeRollup) TryPackResponseWindow() ([]byte, error) {
	return teeRollup.abi.Pack("responseWindow")
}

// UnpackResponseWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddada1c.
//
// Solidity: function responseWindow() view returns(uint64)
func (teeRollup *TeeRollup) UnpackResponseWindow(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("responseWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ebe2ce0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig(uint64 epoch_, bytes32 configHash_, bytes32 daHash_) returns()
func (teeRollup *TeeRollup) PackSetConfig(epoch uint64, configHash [32]byte, daHash [32]byte) []byte {
	enc, err := teeRollup.abi.Pack("setConfig", epoch, configHash, daHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ebe2ce0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig(uint64 epoch_, bytes32 configHash_, bytes32 daHash_) returns()
func (teeRollup *TeeRollup) TryPackSetConfig(epoch uint64, configHash [32]byte, daHash [32]byte) ([]byte, error) {
	return teeRollup.abi.Pack("setConfig", epoch, configHash, daHash)
}

// PackSettleRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99d6c48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRollup(uint64 id) returns()
func (teeRollup *TeeRollup) PackSettleRollup(id uint64) []byte {
	enc, err := teeRollup.abi.Pack("settleRollup", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99d6c48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleRollup(uint64 id) returns()
func (teeRollup *TeeRollup) TryPackSettleRollup(id uint64) ([]byte, error) {
	return teeRollup.abi.Pack("settleRollup", id)
}

// PackSettleWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb31386.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleWithdraw(uint256 balance, uint64 nonce, bytes proof) returns()
func (teeRollup *TeeRollup) PackSettleWithdraw(balance *big.Int, nonce uint64, proof []byte) []byte {
	enc, err := teeRollup.abi.Pack("settleWithdraw", balance, nonce, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb31386.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleWithdraw(uint256 balance, uint64 nonce, bytes proof) returns()
func (teeRollup *TeeRollup) TryPackSettleWithdraw(balance *big.Int, nonce uint64, proof []byte) ([]byte, error) {
	return teeRollup.abi.Pack("settleWithdraw", balance, nonce, proof)
}

// PackStartChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46790da5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startChallenge(bytes signedTx) payable returns(uint64 id)
func (teeRollup *TeeRollup) PackStartChallenge(signedTx []byte) []byte {
	enc, err := teeRollup.abi.Pack("startChallenge", signedTx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46790da5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startChallenge(bytes signedTx) payable returns(uint64 id)
func (teeRollup *TeeRollup) TryPackStartChallenge(signedTx []byte) ([]byte, error) {
	return teeRollup.abi.Pack("startChallenge", signedTx)
}

// UnpackStartChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46790da5.
//
// Solidity: function startChallenge(bytes signedTx) payable returns(uint64 id)
func (teeRollup *TeeRollup) UnpackStartChallenge(data []byte) (uint64, error) {
	out, err := teeRollup.abi.Unpack("startChallenge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRoot() view returns(bytes32)
func (teeRollup *TeeRollup) PackStateRoot() []byte {
	enc, err := teeRollup.abi.Pack("stateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRoot() view returns(bytes32)
func (teeRollup *TeeRollup) TryPackStateRoot() ([]byte, error) {
	return teeRollup.abi.Pack("stateRoot")
}

// UnpackStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9588eca2.
//
// Solidity: function stateRoot() view returns(bytes32)
func (teeRollup *TeeRollup) UnpackStateRoot(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("stateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUpdateState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92b3b90a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateState((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) PackUpdateState(h RollupTypesHeader, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := teeRollup.abi.Pack("updateState", h, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92b3b90a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateState((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) TryPackUpdateState(h RollupTypesHeader, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return teeRollup.abi.Pack("updateState", h, committee, rule, qc)
}

// PackUpdateStateBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bc9cd66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateStateBLS((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) PackUpdateStateBLS(h RollupTypesHeader, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := teeRollup.abi.Pack("updateStateBLS", h, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateStateBLS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bc9cd66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateStateBLS((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes committee, bytes rule, bytes qc) returns()
func (teeRollup *TeeRollup) TryPackUpdateStateBLS(h RollupTypesHeader, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return teeRollup.abi.Pack("updateStateBLS", h, committee, rule, qc)
}

// PackUpdateStateDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08450d41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateStateDA((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes committee, bytes rule, bytes qc, bytes da) returns()
func (teeRollup *TeeRollup) PackUpdateStateDA(h RollupTypesHeader, committee []byte, rule []byte, qc []byte, da []byte) []byte {
	enc, err := teeRollup.abi.Pack("updateStateDA", h, committee, rule, qc, da)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateStateDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08450d41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateStateDA((bytes32,uint64,bytes32,bytes32,uint64,bytes32,(address,uint256)[],uint64[],bytes32,bytes32,bytes32) h, bytes committee, bytes rule, bytes qc, bytes da) returns()
func (teeRollup *TeeRollup) TryPackUpdateStateDA(h RollupTypesHeader, committee []byte, rule []byte, qc []byte, da []byte) ([]byte, error) {
	return teeRollup.abi.Pack("updateStateDA", h, committee, rule, qc, da)
}

// PackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d2fadb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteDigest(bytes32 headerHash) view returns(bytes32)
func (teeRollup *TeeRollup) PackVoteDigest(headerHash [32]byte) []byte {
	enc, err := teeRollup.abi.Pack("voteDigest", headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1d2fadb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteDigest(bytes32 headerHash) view returns(bytes32)
func (teeRollup *TeeRollup) TryPackVoteDigest(headerHash [32]byte) ([]byte, error) {
	return teeRollup.abi.Pack("voteDigest", headerHash)
}

// UnpackVoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1d2fadb.
//
// Solidity: function voteDigest(bytes32 headerHash) view returns(bytes32)
func (teeRollup *TeeRollup) UnpackVoteDigest(data []byte) ([32]byte, error) {
	out, err := teeRollup.abi.Unpack("voteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef61092.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawn(address ) view returns(bool)
func (teeRollup *TeeRollup) PackWithdrawn(arg0 common.Address) []byte {
	enc, err := teeRollup.abi.Pack("withdrawn", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef61092.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawn(address ) view returns(bool)
func (teeRollup *TeeRollup) TryPackWithdrawn(arg0 common.Address) ([]byte, error) {
	return teeRollup.abi.Pack("withdrawn", arg0)
}

// UnpackWithdrawn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ef61092.
//
// Solidity: function withdrawn(address ) view returns(bool)
func (teeRollup *TeeRollup) UnpackWithdrawn(data []byte) (bool, error) {
	out, err := teeRollup.abi.Unpack("withdrawn", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TeeRollupBondReclaimed represents a BondReclaimed event raised by the TeeRollup contract.
type TeeRollupBondReclaimed struct {
	Id         uint64
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const TeeRollupBondReclaimedEventName = "BondReclaimed"

// ContractEventName returns the user-defined event name.
func (TeeRollupBondReclaimed) ContractEventName() string {
	return TeeRollupBondReclaimedEventName
}

// UnpackBondReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReclaimed(uint64 indexed id, address indexed challenger)
func (teeRollup *TeeRollup) UnpackBondReclaimedEvent(log *types.Log) (*TeeRollupBondReclaimed, error) {
	event := "BondReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupBondReclaimed)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupChallengeAnswered represents a ChallengeAnswered event raised by the TeeRollup contract.
type TeeRollupChallengeAnswered struct {
	Id      uint64
	Applied bool
	Height  uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const TeeRollupChallengeAnsweredEventName = "ChallengeAnswered"

// ContractEventName returns the user-defined event name.
func (TeeRollupChallengeAnswered) ContractEventName() string {
	return TeeRollupChallengeAnsweredEventName
}

// UnpackChallengeAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeAnswered(uint64 indexed id, bool applied, uint64 height)
func (teeRollup *TeeRollup) UnpackChallengeAnsweredEvent(log *types.Log) (*TeeRollupChallengeAnswered, error) {
	event := "ChallengeAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupChallengeAnswered)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupChallengeStarted represents a ChallengeStarted event raised by the TeeRollup contract.
type TeeRollupChallengeStarted struct {
	Id         uint64
	Challenger common.Address
	Due        uint64
	Deadline   uint64
	Bond       *big.Int
	SignedTx   []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const TeeRollupChallengeStartedEventName = "ChallengeStarted"

// ContractEventName returns the user-defined event name.
func (TeeRollupChallengeStarted) ContractEventName() string {
	return TeeRollupChallengeStartedEventName
}

// UnpackChallengeStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeStarted(uint64 indexed id, address indexed challenger, uint64 due, uint64 deadline, uint256 bond, bytes signedTx)
func (teeRollup *TeeRollup) UnpackChallengeStartedEvent(log *types.Log) (*TeeRollupChallengeStarted, error) {
	event := "ChallengeStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupChallengeStarted)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupConfigChanged represents a ConfigChanged event raised by the TeeRollup contract.
type TeeRollupConfigChanged struct {
	Epoch      uint64
	ConfigHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const TeeRollupConfigChangedEventName = "ConfigChanged"

// ContractEventName returns the user-defined event name.
func (TeeRollupConfigChanged) ContractEventName() string {
	return TeeRollupConfigChangedEventName
}

// UnpackConfigChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigChanged(uint64 indexed epoch, bytes32 configHash)
func (teeRollup *TeeRollup) UnpackConfigChangedEvent(log *types.Log) (*TeeRollupConfigChanged, error) {
	event := "ConfigChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupConfigChanged)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupDepositRefunded represents a DepositRefunded event raised by the TeeRollup contract.
type TeeRollupDepositRefunded struct {
	Index uint64
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TeeRollupDepositRefundedEventName = "DepositRefunded"

// ContractEventName returns the user-defined event name.
func (TeeRollupDepositRefunded) ContractEventName() string {
	return TeeRollupDepositRefundedEventName
}

// UnpackDepositRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositRefunded(uint64 indexed index, address indexed to, uint256 value)
func (teeRollup *TeeRollup) UnpackDepositRefundedEvent(log *types.Log) (*TeeRollupDepositRefunded, error) {
	event := "DepositRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupDepositRefunded)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupDeposited represents a Deposited event raised by the TeeRollup contract.
type TeeRollupDeposited struct {
	Index uint64
	To    common.Address
	Value *big.Int
	Acc   [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const TeeRollupDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (TeeRollupDeposited) ContractEventName() string {
	return TeeRollupDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(uint64 indexed index, address indexed to, uint256 value, bytes32 acc)
func (teeRollup *TeeRollup) UnpackDepositedEvent(log *types.Log) (*TeeRollupDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupDeposited)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupHeaderAccepted represents a HeaderAccepted event raised by the TeeRollup contract.
type TeeRollupHeaderAccepted struct {
	Height       uint64
	HeaderHash   [32]byte
	StateRoot    [32]byte
	DepositIndex uint64
	DataRoot     [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const TeeRollupHeaderAcceptedEventName = "HeaderAccepted"

// ContractEventName returns the user-defined event name.
func (TeeRollupHeaderAccepted) ContractEventName() string {
	return TeeRollupHeaderAcceptedEventName
}

// UnpackHeaderAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HeaderAccepted(uint64 indexed height, bytes32 indexed headerHash, bytes32 stateRoot, uint64 depositIndex, bytes32 dataRoot)
func (teeRollup *TeeRollup) UnpackHeaderAcceptedEvent(log *types.Log) (*TeeRollupHeaderAccepted, error) {
	event := "HeaderAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupHeaderAccepted)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupPaymentDeferred represents a PaymentDeferred event raised by the TeeRollup contract.
type TeeRollupPaymentDeferred struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TeeRollupPaymentDeferredEventName = "PaymentDeferred"

// ContractEventName returns the user-defined event name.
func (TeeRollupPaymentDeferred) ContractEventName() string {
	return TeeRollupPaymentDeferredEventName
}

// UnpackPaymentDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentDeferred(address indexed to, uint256 amount)
func (teeRollup *TeeRollup) UnpackPaymentDeferredEvent(log *types.Log) (*TeeRollupPaymentDeferred, error) {
	event := "PaymentDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupPaymentDeferred)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupSettledWithdrawal represents a SettledWithdrawal event raised by the TeeRollup contract.
type TeeRollupSettledWithdrawal struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TeeRollupSettledWithdrawalEventName = "SettledWithdrawal"

// ContractEventName returns the user-defined event name.
func (TeeRollupSettledWithdrawal) ContractEventName() string {
	return TeeRollupSettledWithdrawalEventName
}

// UnpackSettledWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettledWithdrawal(address indexed account, uint256 amount)
func (teeRollup *TeeRollup) UnpackSettledWithdrawalEvent(log *types.Log) (*TeeRollupSettledWithdrawal, error) {
	event := "SettledWithdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupSettledWithdrawal)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupWithdrawalClaimed represents a WithdrawalClaimed event raised by the TeeRollup contract.
type TeeRollupWithdrawalClaimed struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TeeRollupWithdrawalClaimedEventName = "WithdrawalClaimed"

// ContractEventName returns the user-defined event name.
func (TeeRollupWithdrawalClaimed) ContractEventName() string {
	return TeeRollupWithdrawalClaimedEventName
}

// UnpackWithdrawalClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalClaimed(address indexed to, uint256 amount)
func (teeRollup *TeeRollup) UnpackWithdrawalClaimedEvent(log *types.Log) (*TeeRollupWithdrawalClaimed, error) {
	event := "WithdrawalClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupWithdrawalClaimed)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TeeRollupWithdrawalDeferred represents a WithdrawalDeferred event raised by the TeeRollup contract.
type TeeRollupWithdrawalDeferred struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TeeRollupWithdrawalDeferredEventName = "WithdrawalDeferred"

// ContractEventName returns the user-defined event name.
func (TeeRollupWithdrawalDeferred) ContractEventName() string {
	return TeeRollupWithdrawalDeferredEventName
}

// UnpackWithdrawalDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalDeferred(address indexed to, uint256 amount)
func (teeRollup *TeeRollup) UnpackWithdrawalDeferredEvent(log *types.Log) (*TeeRollupWithdrawalDeferred, error) {
	event := "WithdrawalDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != teeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TeeRollupWithdrawalDeferred)
	if len(log.Data) > 0 {
		if err := teeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range teeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (teeRollup *TeeRollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["AlreadyWithdrawn"].ID.Bytes()[:4]) {
		return teeRollup.UnpackAlreadyWithdrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["BadBalanceProof"].ID.Bytes()[:4]) {
		return teeRollup.UnpackBadBalanceProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["BadChallengeParams"].ID.Bytes()[:4]) {
		return teeRollup.UnpackBadChallengeParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["BadChallengeTx"].ID.Bytes()[:4]) {
		return teeRollup.UnpackBadChallengeTxError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["BadDepositIndex"].ID.Bytes()[:4]) {
		return teeRollup.UnpackBadDepositIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["BadRefund"].ID.Bytes()[:4]) {
		return teeRollup.UnpackBadRefundError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["ChallengeNotExpired"].ID.Bytes()[:4]) {
		return teeRollup.UnpackChallengeNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["ChallengeNotOpen"].ID.Bytes()[:4]) {
		return teeRollup.UnpackChallengeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["ChallengeOverdue"].ID.Bytes()[:4]) {
		return teeRollup.UnpackChallengeOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["ChallengeQueueFull"].ID.Bytes()[:4]) {
		return teeRollup.UnpackChallengeQueueFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["DABadSignature"].ID.Bytes()[:4]) {
		return teeRollup.UnpackDABadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["DepositOverdue"].ID.Bytes()[:4]) {
		return teeRollup.UnpackDepositOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["DepositTooOld"].ID.Bytes()[:4]) {
		return teeRollup.UnpackDepositTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["NoCommittee"].ID.Bytes()[:4]) {
		return teeRollup.UnpackNoCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["NonCanonicalHeader"].ID.Bytes()[:4]) {
		return teeRollup.UnpackNonCanonicalHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["NotFrozen"].ID.Bytes()[:4]) {
		return teeRollup.UnpackNotFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["NotManager"].ID.Bytes()[:4]) {
		return teeRollup.UnpackNotManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["NotStarted"].ID.Bytes()[:4]) {
		return teeRollup.UnpackNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return teeRollup.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return teeRollup.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["QuorumRejected"].ID.Bytes()[:4]) {
		return teeRollup.UnpackQuorumRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["RollupFrozen"].ID.Bytes()[:4]) {
		return teeRollup.UnpackRollupFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["TooManyAnswers"].ID.Bytes()[:4]) {
		return teeRollup.UnpackTooManyAnswersError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["TooManyWithdrawals"].ID.Bytes()[:4]) {
		return teeRollup.UnpackTooManyWithdrawalsError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return teeRollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["UnknownHeight"].ID.Bytes()[:4]) {
		return teeRollup.UnpackUnknownHeightError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return teeRollup.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["WrongChallengeAcc"].ID.Bytes()[:4]) {
		return teeRollup.UnpackWrongChallengeAccError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["WrongChallengeTx"].ID.Bytes()[:4]) {
		return teeRollup.UnpackWrongChallengeTxError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["WrongConfig"].ID.Bytes()[:4]) {
		return teeRollup.UnpackWrongConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["WrongDepositAcc"].ID.Bytes()[:4]) {
		return teeRollup.UnpackWrongDepositAccError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["WrongHeight"].ID.Bytes()[:4]) {
		return teeRollup.UnpackWrongHeightError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["WrongParent"].ID.Bytes()[:4]) {
		return teeRollup.UnpackWrongParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return teeRollup.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], teeRollup.abi.Errors["ZeroDeposit"].ID.Bytes()[:4]) {
		return teeRollup.UnpackZeroDepositError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TeeRollupAlreadyWithdrawn represents a AlreadyWithdrawn error raised by the TeeRollup contract.
type TeeRollupAlreadyWithdrawn struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyWithdrawn(address account)
func TeeRollupAlreadyWithdrawnErrorID() common.Hash {
	return common.HexToHash("0xbd0016ea83f0797f9bfd22a1d1a7e56468ad683c007094ce87fe2aadc90c4331")
}

// UnpackAlreadyWithdrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyWithdrawn(address account)
func (teeRollup *TeeRollup) UnpackAlreadyWithdrawnError(raw []byte) (*TeeRollupAlreadyWithdrawn, error) {
	out := new(TeeRollupAlreadyWithdrawn)
	if err := teeRollup.abi.UnpackIntoInterface(out, "AlreadyWithdrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupBadBalanceProof represents a BadBalanceProof error raised by the TeeRollup contract.
type TeeRollupBadBalanceProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBalanceProof()
func TeeRollupBadBalanceProofErrorID() common.Hash {
	return common.HexToHash("0xec0911af3f848bb0172626df8e4cbaeff6eaf3783531fea3b92dd0c3268c783c")
}

// UnpackBadBalanceProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBalanceProof()
func (teeRollup *TeeRollup) UnpackBadBalanceProofError(raw []byte) (*TeeRollupBadBalanceProof, error) {
	out := new(TeeRollupBadBalanceProof)
	if err := teeRollup.abi.UnpackIntoInterface(out, "BadBalanceProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupBadChallengeParams represents a BadChallengeParams error raised by the TeeRollup contract.
type TeeRollupBadChallengeParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChallengeParams()
func TeeRollupBadChallengeParamsErrorID() common.Hash {
	return common.HexToHash("0x2a9315549a0cd3dce68a6b31060072f5d5f3cee03097b8b4c6e1039d3aed75aa")
}

// UnpackBadChallengeParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChallengeParams()
func (teeRollup *TeeRollup) UnpackBadChallengeParamsError(raw []byte) (*TeeRollupBadChallengeParams, error) {
	out := new(TeeRollupBadChallengeParams)
	if err := teeRollup.abi.UnpackIntoInterface(out, "BadChallengeParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupBadChallengeTx represents a BadChallengeTx error raised by the TeeRollup contract.
type TeeRollupBadChallengeTx struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChallengeTx()
func TeeRollupBadChallengeTxErrorID() common.Hash {
	return common.HexToHash("0x17c95cb9a6466088f3ffb63e879186fe3be8c1653c70d1fcd4713eae0ce38b28")
}

// UnpackBadChallengeTxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChallengeTx()
func (teeRollup *TeeRollup) UnpackBadChallengeTxError(raw []byte) (*TeeRollupBadChallengeTx, error) {
	out := new(TeeRollupBadChallengeTx)
	if err := teeRollup.abi.UnpackIntoInterface(out, "BadChallengeTx", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupBadDepositIndex represents a BadDepositIndex error raised by the TeeRollup contract.
type TeeRollupBadDepositIndex struct {
	Consumed uint64
	Queued   uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDepositIndex(uint64 consumed, uint64 queued, uint64 got)
func TeeRollupBadDepositIndexErrorID() common.Hash {
	return common.HexToHash("0xdc728880ed5de99202024c01102cad7913d8db680ede686e7020329dc0b142fb")
}

// UnpackBadDepositIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDepositIndex(uint64 consumed, uint64 queued, uint64 got)
func (teeRollup *TeeRollup) UnpackBadDepositIndexError(raw []byte) (*TeeRollupBadDepositIndex, error) {
	out := new(TeeRollupBadDepositIndex)
	if err := teeRollup.abi.UnpackIntoInterface(out, "BadDepositIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupBadRefund represents a BadRefund error raised by the TeeRollup contract.
type TeeRollupBadRefund struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRefund()
func TeeRollupBadRefundErrorID() common.Hash {
	return common.HexToHash("0xf7242ea271e288f9af9beebc3a9441e635ee9c3b3ac46df4d41358d0da302d9b")
}

// UnpackBadRefundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRefund()
func (teeRollup *TeeRollup) UnpackBadRefundError(raw []byte) (*TeeRollupBadRefund, error) {
	out := new(TeeRollupBadRefund)
	if err := teeRollup.abi.UnpackIntoInterface(out, "BadRefund", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupChallengeNotExpired represents a ChallengeNotExpired error raised by the TeeRollup contract.
type TeeRollupChallengeNotExpired struct {
	Id       uint64
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeNotExpired(uint64 id, uint64 deadline)
func TeeRollupChallengeNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xee3302dc0b9bd6fbb113e5e72784a7e90197fca4cad1de276d4b5ceee5f320e5")
}

// UnpackChallengeNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeNotExpired(uint64 id, uint64 deadline)
func (teeRollup *TeeRollup) UnpackChallengeNotExpiredError(raw []byte) (*TeeRollupChallengeNotExpired, error) {
	out := new(TeeRollupChallengeNotExpired)
	if err := teeRollup.abi.UnpackIntoInterface(out, "ChallengeNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupChallengeNotOpen represents a ChallengeNotOpen error raised by the TeeRollup contract.
type TeeRollupChallengeNotOpen struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeNotOpen(uint64 id)
func TeeRollupChallengeNotOpenErrorID() common.Hash {
	return common.HexToHash("0xcfc3d8c239d42544bab88628dfac5a473770384724ced546ccb9cef442048c4c")
}

// UnpackChallengeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeNotOpen(uint64 id)
func (teeRollup *TeeRollup) UnpackChallengeNotOpenError(raw []byte) (*TeeRollupChallengeNotOpen, error) {
	out := new(TeeRollupChallengeNotOpen)
	if err := teeRollup.abi.UnpackIntoInterface(out, "ChallengeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupChallengeOverdue represents a ChallengeOverdue error raised by the TeeRollup contract.
type TeeRollupChallengeOverdue struct {
	Id  uint64
	Due uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeOverdue(uint64 id, uint64 due)
func TeeRollupChallengeOverdueErrorID() common.Hash {
	return common.HexToHash("0x3c5ec66768c3319bb092c90f66997b2af88110b3a2898c5a021fa8a2e55114fb")
}

// UnpackChallengeOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeOverdue(uint64 id, uint64 due)
func (teeRollup *TeeRollup) UnpackChallengeOverdueError(raw []byte) (*TeeRollupChallengeOverdue, error) {
	out := new(TeeRollupChallengeOverdue)
	if err := teeRollup.abi.UnpackIntoInterface(out, "ChallengeOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupChallengeQueueFull represents a ChallengeQueueFull error raised by the TeeRollup contract.
type TeeRollupChallengeQueueFull struct {
	Open *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeQueueFull(uint256 open)
func TeeRollupChallengeQueueFullErrorID() common.Hash {
	return common.HexToHash("0x5066e1985cfe981a13672b2c04c6f84dc34e0e35def594c13a7a2f319302349c")
}

// UnpackChallengeQueueFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeQueueFull(uint256 open)
func (teeRollup *TeeRollup) UnpackChallengeQueueFullError(raw []byte) (*TeeRollupChallengeQueueFull, error) {
	out := new(TeeRollupChallengeQueueFull)
	if err := teeRollup.abi.UnpackIntoInterface(out, "ChallengeQueueFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupDABadSignature represents a DABadSignature error raised by the TeeRollup contract.
type TeeRollupDABadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DABadSignature()
func TeeRollupDABadSignatureErrorID() common.Hash {
	return common.HexToHash("0x68d99a58f218a430c24eb147f76229a4fb55048926076eb8736d30ec0248e038")
}

// UnpackDABadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DABadSignature()
func (teeRollup *TeeRollup) UnpackDABadSignatureError(raw []byte) (*TeeRollupDABadSignature, error) {
	out := new(TeeRollupDABadSignature)
	if err := teeRollup.abi.UnpackIntoInterface(out, "DABadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupDepositOverdue represents a DepositOverdue error raised by the TeeRollup contract.
type TeeRollupDepositOverdue struct {
	Index uint64
	Due   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositOverdue(uint64 index, uint64 due)
func TeeRollupDepositOverdueErrorID() common.Hash {
	return common.HexToHash("0x4abbfc64645d2a723d5f822301f049992bcf3fc088e19eb1c93cb95ae4aad928")
}

// UnpackDepositOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositOverdue(uint64 index, uint64 due)
func (teeRollup *TeeRollup) UnpackDepositOverdueError(raw []byte) (*TeeRollupDepositOverdue, error) {
	out := new(TeeRollupDepositOverdue)
	if err := teeRollup.abi.UnpackIntoInterface(out, "DepositOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupDepositTooOld represents a DepositTooOld error raised by the TeeRollup contract.
type TeeRollupDepositTooOld struct {
	Index  uint64
	Queued uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooOld(uint64 index, uint64 queued)
func TeeRollupDepositTooOldErrorID() common.Hash {
	return common.HexToHash("0x01e53930cc5a6260c814332c3b44fed0005e3095adf788cd5a8ed5ed60688fa6")
}

// UnpackDepositTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooOld(uint64 index, uint64 queued)
func (teeRollup *TeeRollup) UnpackDepositTooOldError(raw []byte) (*TeeRollupDepositTooOld, error) {
	out := new(TeeRollupDepositTooOld)
	if err := teeRollup.abi.UnpackIntoInterface(out, "DepositTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupNoCommittee represents a NoCommittee error raised by the TeeRollup contract.
type TeeRollupNoCommittee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommittee()
func TeeRollupNoCommitteeErrorID() common.Hash {
	return common.HexToHash("0x9210c8d6855d55ce8e2121ea0d16eef0817070b04cbaf38dfd9b0a423b26996c")
}

// UnpackNoCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommittee()
func (teeRollup *TeeRollup) UnpackNoCommitteeError(raw []byte) (*TeeRollupNoCommittee, error) {
	out := new(TeeRollupNoCommittee)
	if err := teeRollup.abi.UnpackIntoInterface(out, "NoCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupNonCanonicalHeader represents a NonCanonicalHeader error raised by the TeeRollup contract.
type TeeRollupNonCanonicalHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalHeader()
func TeeRollupNonCanonicalHeaderErrorID() common.Hash {
	return common.HexToHash("0x2637731ed1c9098d4fa3fc8e17a2856b8ee425dbb09f85b4cb159405457f2515")
}

// UnpackNonCanonicalHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalHeader()
func (teeRollup *TeeRollup) UnpackNonCanonicalHeaderError(raw []byte) (*TeeRollupNonCanonicalHeader, error) {
	out := new(TeeRollupNonCanonicalHeader)
	if err := teeRollup.abi.UnpackIntoInterface(out, "NonCanonicalHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupNotFrozen represents a NotFrozen error raised by the TeeRollup contract.
type TeeRollupNotFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFrozen()
func TeeRollupNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x8208cbe5cd34d53b5acc43167c3a84d9f86c782841c84b2984c3bcaaf510b8bc")
}

// UnpackNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFrozen()
func (teeRollup *TeeRollup) UnpackNotFrozenError(raw []byte) (*TeeRollupNotFrozen, error) {
	out := new(TeeRollupNotFrozen)
	if err := teeRollup.abi.UnpackIntoInterface(out, "NotFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupNotManager represents a NotManager error raised by the TeeRollup contract.
type TeeRollupNotManager struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotManager()
func TeeRollupNotManagerErrorID() common.Hash {
	return common.HexToHash("0xc0fc8a8a97b11b6850e7a210e354944a44a112c976450af0c12088806c8aedcb")
}

// UnpackNotManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotManager()
func (teeRollup *TeeRollup) UnpackNotManagerError(raw []byte) (*TeeRollupNotManager, error) {
	out := new(TeeRollupNotManager)
	if err := teeRollup.abi.UnpackIntoInterface(out, "NotManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupNotStarted represents a NotStarted error raised by the TeeRollup contract.
type TeeRollupNotStarted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStarted()
func TeeRollupNotStartedErrorID() common.Hash {
	return common.HexToHash("0x6f312cbd6e04667772e1cf8b7dc212e25ea6c104f078ddb06b9c01b739c1d0e6")
}

// UnpackNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStarted()
func (teeRollup *TeeRollup) UnpackNotStartedError(raw []byte) (*TeeRollupNotStarted, error) {
	out := new(TeeRollupNotStarted)
	if err := teeRollup.abi.UnpackIntoInterface(out, "NotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupNothingToClaim represents a NothingToClaim error raised by the TeeRollup contract.
type TeeRollupNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func TeeRollupNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (teeRollup *TeeRollup) UnpackNothingToClaimError(raw []byte) (*TeeRollupNothingToClaim, error) {
	out := new(TeeRollupNothingToClaim)
	if err := teeRollup.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupNothingToWithdraw represents a NothingToWithdraw error raised by the TeeRollup contract.
type TeeRollupNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func TeeRollupNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (teeRollup *TeeRollup) UnpackNothingToWithdrawError(raw []byte) (*TeeRollupNothingToWithdraw, error) {
	out := new(TeeRollupNothingToWithdraw)
	if err := teeRollup.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupQuorumRejected represents a QuorumRejected error raised by the TeeRollup contract.
type TeeRollupQuorumRejected struct {
	Code *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumRejected(uint256 code)
func TeeRollupQuorumRejectedErrorID() common.Hash {
	return common.HexToHash("0xd7a4b9daae692afdc6d34462d63c082eeb3dcfe7ecb0626e313fc9b5e928ccd7")
}

// UnpackQuorumRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumRejected(uint256 code)
func (teeRollup *TeeRollup) UnpackQuorumRejectedError(raw []byte) (*TeeRollupQuorumRejected, error) {
	out := new(TeeRollupQuorumRejected)
	if err := teeRollup.abi.UnpackIntoInterface(out, "QuorumRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupRollupFrozen represents a RollupFrozen error raised by the TeeRollup contract.
type TeeRollupRollupFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupFrozen()
func TeeRollupRollupFrozenErrorID() common.Hash {
	return common.HexToHash("0xabd6589c1831ca4f8baf56259c2bc6e37e2cb4ee0944554be9edd341156869e5")
}

// UnpackRollupFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupFrozen()
func (teeRollup *TeeRollup) UnpackRollupFrozenError(raw []byte) (*TeeRollupRollupFrozen, error) {
	out := new(TeeRollupRollupFrozen)
	if err := teeRollup.abi.UnpackIntoInterface(out, "RollupFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupTooManyAnswers represents a TooManyAnswers error raised by the TeeRollup contract.
type TeeRollupTooManyAnswers struct {
	N *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyAnswers(uint256 n)
func TeeRollupTooManyAnswersErrorID() common.Hash {
	return common.HexToHash("0x6dd91c6ab8ea6d73a53c9c60582107445f6d0351a5a01c89dd8a95e4d3f848a0")
}

// UnpackTooManyAnswersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyAnswers(uint256 n)
func (teeRollup *TeeRollup) UnpackTooManyAnswersError(raw []byte) (*TeeRollupTooManyAnswers, error) {
	out := new(TeeRollupTooManyAnswers)
	if err := teeRollup.abi.UnpackIntoInterface(out, "TooManyAnswers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupTooManyWithdrawals represents a TooManyWithdrawals error raised by the TeeRollup contract.
type TeeRollupTooManyWithdrawals struct {
	N *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyWithdrawals(uint256 n)
func TeeRollupTooManyWithdrawalsErrorID() common.Hash {
	return common.HexToHash("0x6757cc74b6b5db9138495cb2e29ed72f4970de1b763a01fc950fd0e9ba1758bc")
}

// UnpackTooManyWithdrawalsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyWithdrawals(uint256 n)
func (teeRollup *TeeRollup) UnpackTooManyWithdrawalsError(raw []byte) (*TeeRollupTooManyWithdrawals, error) {
	out := new(TeeRollupTooManyWithdrawals)
	if err := teeRollup.abi.UnpackIntoInterface(out, "TooManyWithdrawals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupTransferFailed represents a TransferFailed error raised by the TeeRollup contract.
type TeeRollupTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func TeeRollupTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (teeRollup *TeeRollup) UnpackTransferFailedError(raw []byte) (*TeeRollupTransferFailed, error) {
	out := new(TeeRollupTransferFailed)
	if err := teeRollup.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupUnknownHeight represents a UnknownHeight error raised by the TeeRollup contract.
type TeeRollupUnknownHeight struct {
	Height uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownHeight(uint64 height)
func TeeRollupUnknownHeightErrorID() common.Hash {
	return common.HexToHash("0x51801553ffa7afc17089c9a0a1deeac746b30f092d958c2d0994a02376195470")
}

// UnpackUnknownHeightError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownHeight(uint64 height)
func (teeRollup *TeeRollup) UnpackUnknownHeightError(raw []byte) (*TeeRollupUnknownHeight, error) {
	out := new(TeeRollupUnknownHeight)
	if err := teeRollup.abi.UnpackIntoInterface(out, "UnknownHeight", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupWrongBond represents a WrongBond error raised by the TeeRollup contract.
type TeeRollupWrongBond struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func TeeRollupWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func (teeRollup *TeeRollup) UnpackWrongBondError(raw []byte) (*TeeRollupWrongBond, error) {
	out := new(TeeRollupWrongBond)
	if err := teeRollup.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupWrongChallengeAcc represents a WrongChallengeAcc error raised by the TeeRollup contract.
type TeeRollupWrongChallengeAcc struct {
	Want [32]byte
	Got  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChallengeAcc(bytes32 want, bytes32 got)
func TeeRollupWrongChallengeAccErrorID() common.Hash {
	return common.HexToHash("0x241711eb766c88c8b98defee7514796d1e8966db729d90b44665f7e64d088205")
}

// UnpackWrongChallengeAccError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChallengeAcc(bytes32 want, bytes32 got)
func (teeRollup *TeeRollup) UnpackWrongChallengeAccError(raw []byte) (*TeeRollupWrongChallengeAcc, error) {
	out := new(TeeRollupWrongChallengeAcc)
	if err := teeRollup.abi.UnpackIntoInterface(out, "WrongChallengeAcc", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupWrongChallengeTx represents a WrongChallengeTx error raised by the TeeRollup contract.
type TeeRollupWrongChallengeTx struct {
	Id   uint64
	Want [32]byte
	Got  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChallengeTx(uint64 id, bytes32 want, bytes32 got)
func TeeRollupWrongChallengeTxErrorID() common.Hash {
	return common.HexToHash("0x4dfd59320963743927e33584a125ba80bdd414dc4d9ce901802ca7704430e039")
}

// UnpackWrongChallengeTxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChallengeTx(uint64 id, bytes32 want, bytes32 got)
func (teeRollup *TeeRollup) UnpackWrongChallengeTxError(raw []byte) (*TeeRollupWrongChallengeTx, error) {
	out := new(TeeRollupWrongChallengeTx)
	if err := teeRollup.abi.UnpackIntoInterface(out, "WrongChallengeTx", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupWrongConfig represents a WrongConfig error raised by the TeeRollup contract.
type TeeRollupWrongConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongConfig()
func TeeRollupWrongConfigErrorID() common.Hash {
	return common.HexToHash("0x68af8cc03c10d72ec85bbfc632ca01d7ac593ad4458dbe2dec4da402ad29c04f")
}

// UnpackWrongConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongConfig()
func (teeRollup *TeeRollup) UnpackWrongConfigError(raw []byte) (*TeeRollupWrongConfig, error) {
	out := new(TeeRollupWrongConfig)
	if err := teeRollup.abi.UnpackIntoInterface(out, "WrongConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupWrongDepositAcc represents a WrongDepositAcc error raised by the TeeRollup contract.
type TeeRollupWrongDepositAcc struct {
	DepositIndex uint64
	Want         [32]byte
	Got          [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDepositAcc(uint64 depositIndex, bytes32 want, bytes32 got)
func TeeRollupWrongDepositAccErrorID() common.Hash {
	return common.HexToHash("0x3151ea200fbfa782669512c44729ca3d07304517a39fe26520f1e6a2640b5184")
}

// UnpackWrongDepositAccError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDepositAcc(uint64 depositIndex, bytes32 want, bytes32 got)
func (teeRollup *TeeRollup) UnpackWrongDepositAccError(raw []byte) (*TeeRollupWrongDepositAcc, error) {
	out := new(TeeRollupWrongDepositAcc)
	if err := teeRollup.abi.UnpackIntoInterface(out, "WrongDepositAcc", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupWrongHeight represents a WrongHeight error raised by the TeeRollup contract.
type TeeRollupWrongHeight struct {
	Want uint64
	Got  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongHeight(uint64 want, uint64 got)
func TeeRollupWrongHeightErrorID() common.Hash {
	return common.HexToHash("0x705bbcd4f881eaaeccf3030d817d4d590025dd541b639eb68a87b04d008deb30")
}

// UnpackWrongHeightError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongHeight(uint64 want, uint64 got)
func (teeRollup *TeeRollup) UnpackWrongHeightError(raw []byte) (*TeeRollupWrongHeight, error) {
	out := new(TeeRollupWrongHeight)
	if err := teeRollup.abi.UnpackIntoInterface(out, "WrongHeight", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupWrongParent represents a WrongParent error raised by the TeeRollup contract.
type TeeRollupWrongParent struct {
	Want [32]byte
	Got  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongParent(bytes32 want, bytes32 got)
func TeeRollupWrongParentErrorID() common.Hash {
	return common.HexToHash("0xf8bef08206294d3587679d9c661dbed145a1f0df35cbb9919c466886819dea8f")
}

// UnpackWrongParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongParent(bytes32 want, bytes32 got)
func (teeRollup *TeeRollup) UnpackWrongParentError(raw []byte) (*TeeRollupWrongParent, error) {
	out := new(TeeRollupWrongParent)
	if err := teeRollup.abi.UnpackIntoInterface(out, "WrongParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupZeroAddress represents a ZeroAddress error raised by the TeeRollup contract.
type TeeRollupZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func TeeRollupZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (teeRollup *TeeRollup) UnpackZeroAddressError(raw []byte) (*TeeRollupZeroAddress, error) {
	out := new(TeeRollupZeroAddress)
	if err := teeRollup.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TeeRollupZeroDeposit represents a ZeroDeposit error raised by the TeeRollup contract.
type TeeRollupZeroDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDeposit()
func TeeRollupZeroDepositErrorID() common.Hash {
	return common.HexToHash("0x56316e877e9063fd05b03c347d61a4639470c3199f0bdddd28efee0a5f8b6b02")
}

// UnpackZeroDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDeposit()
func (teeRollup *TeeRollup) UnpackZeroDepositError(raw []byte) (*TeeRollupZeroDeposit, error) {
	out := new(TeeRollupZeroDeposit)
	if err := teeRollup.abi.UnpackIntoInterface(out, "ZeroDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}
