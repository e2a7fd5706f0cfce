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

// MultiProofConfig is an auto generated low-level Go binding around an user-defined struct.
type MultiProofConfig struct {
	ZkVerifier     common.Address
	SecondVerifier common.Address
	CommitteeHash  [32]byte
	RuleHash       [32]byte
	Policy         uint8
	SampleBps      uint16
	SampleLag      uint64
	ShortDelay     uint64
	LongDelay      uint64
	ExitWindow     uint64
	Governance     common.Address
	GenesisRoot    [32]byte
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

// IZkVerifierMetaData contains all meta data concerning the IZkVerifier contract.
var IZkVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IZkVerifier",
}

// IZkVerifier is an auto generated Go binding around an Ethereum contract.
type IZkVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IZkVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewIZkVerifier creates a new instance of IZkVerifier.
func NewIZkVerifier() *IZkVerifier {
	parsed, err := IZkVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IZkVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IZkVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c03259.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(uint256[8] proof, uint256[3] input) view returns()
func (iZkVerifier *IZkVerifier) PackVerifyProof(proof [8]*big.Int, input [3]*big.Int) []byte {
	enc, err := iZkVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c03259.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(uint256[8] proof, uint256[3] input) view returns()
func (iZkVerifier *IZkVerifier) TryPackVerifyProof(proof [8]*big.Int, input [3]*big.Int) ([]byte, error) {
	return iZkVerifier.abi.Pack("verifyProof", proof, input)
}

// ManagerMetaData contains all meta data concerning the Manager contract.
var ManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registrar_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"governanceDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"BadCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDASet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"BadKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRegistrarSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"}],\"name\":\"BadScheme\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyQueued\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeLapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeStillValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"DelayBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"exitWindow\",\"type\":\"uint256\"}],\"name\":\"DelayNotAboveExitWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberNotEligible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCurrentCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"NotGovernable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ReportDataMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SetupPhase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"have\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"offered\",\"type\":\"uint64\"}],\"name\":\"StaleRegistration\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"Timelocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"}],\"name\":\"ChangeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitteeInvalidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"daSet\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"daHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"DataAvailabilitySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"EvidenceVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"name\":\"RegistrarChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"exitWindow\",\"type\":\"uint256\"}],\"name\":\"RollupSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHANGE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DA_SET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"allowMeasurement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"allowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"bindingReportData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ruleHash\",\"type\":\"bytes32\"}],\"name\":\"configHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ruleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"daHash_\",\"type\":\"bytes32\"}],\"name\":\"configHashWithDA\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"eligible\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"evidenceVerifiers\",\"outputs\":[{\"internalType\":\"contractIEvidenceVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"executeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inSetup\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"}],\"name\":\"invalidateCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"call\",\"type\":\"bytes\"}],\"name\":\"queueChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"queued\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"registrarSig\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"registerWithVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"registrationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"revokeEnclave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIConfigSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pops\",\"type\":\"bytes\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"daSet\",\"type\":\"bytes\"}],\"name\":\"setDataAvailability\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"contractIEvidenceVerifier\",\"name\":\"v\",\"type\":\"address\"}],\"name\":\"setEvidenceVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"r\",\"type\":\"address\"}],\"name\":\"setRegistrar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIConfigSink\",\"name\":\"r\",\"type\":\"address\"}],\"name\":\"setRollup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Manager",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161421238038061421283398101604081905261002e91610166565b6001600160a01b0383166100555760405163d92e233d60e01b815260040160405180910390fd5b62093a806001600160401b038216101561009a5760405163197dc7ab60e31b81526001600160401b038216600482015262093a80602482015260440160405180910390fd5b5f80546001600160a01b038581166001600160a01b0319928316811790935560018054918616919092161790556001600160401b0382166080526040519081527f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c9060200160405180910390a16040516001600160a01b03831681527f6e4c52923c1e70447ecc72995ce26bf2400d9c26b1a7c21ab433e7caff8d40a29060200160405180910390a15050506101b6565b80516001600160a01b0381168114610161575f5ffd5b919050565b5f5f5f60608486031215610178575f5ffd5b6101818461014b565b925061018f6020850161014b565b60408501519092506001600160401b03811681146101ab575f5ffd5b809150509250925092565b60805161402f6101e35f395f81816105390152818161116e015281816111cd01526115f0015261402f5ff3fe608060405234801561000f575f5ffd5b5060043610610269575f3560e01c80638afe7bfb11610157578063d2ebd81f116100d2578063ebc0649d11610088578063f851a4401161006e578063f851a4401461068c578063faab9d391461069e578063faeedb07146106b1575f5ffd5b8063ebc0649d146105d4578063f698da25146105e7575f5ffd5b8063e1227718116100b8578063e1227718146105af578063e1f1176d146105c2578063e99d5780146105cb575f5ffd5b8063d2ebd81f14610594578063e0655d9f1461059c575f5ffd5b8063975687fc11610127578063cb23bcb51161010d578063cb23bcb51461055b578063cd43babc1461056e578063d0f42ac714610581575f5ffd5b8063975687fc14610521578063bba3293914610534575f5ffd5b80638afe7bfb146104b8578063900cf0cf146104d65780639062bbde146104ea5780639442b8f814610517575f5ffd5b80635449b798116101e75780637393f710116101b75780637a8e305b1161019d5780637a8e305b146103fc57806381a0a4aa146104925780638515c434146104a5575f5ffd5b80637393f710146103d6578063763131a0146103e9575f5ffd5b80635449b79814610394578063609d4544146103a7578063704b6c02146103b05780637277ac78146103c3575f5ffd5b806322fe1e501161023c5780632b20e397116102225780632b20e3971461035b57806334c139211461036e578063472d444114610381575f5ffd5b806322fe1e501461030857806327b2d8921461031b575f5ffd5b806304bc62651461026d5780631494e2f6146102955780631ce0c32b146102ca578063228250c9146102df575b5f5ffd5b6102776212750081565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6102bc7f181186b6f2fd3ed967761a2d4735f359125afcdbda86443a74853b32c94d220581565b60405190815260200161028c565b6102dd6102d83660046136b7565b610732565b005b6102776102ed366004613768565b600b6020525f908152604090205467ffffffffffffffff1681565b6102dd610316366004613793565b61092c565b6103436103293660046137ae565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161028c565b600154610343906001600160a01b031681565b6102bc61037c3660046137c9565b6109a7565b6102dd61038f366004613810565b6109e6565b6102dd6103a2366004613768565b610bcd565b6102bc60075481565b6102dd6103be366004613793565b610cc0565b6102dd6103d13660046138bf565b610d8b565b6102dd6103e4366004613902565b610e1f565b6102dd6103f7366004613793565b611042565b6102bc61040a366004613793565b6040517f746565726f6c6c75702f656e636c6176652d6b65792f7631000000000000000060208201524660388201527fffffffffffffffffffffffffffffffffffffffff00000000000000000000000030606090811b8216605884015283901b16606c8201525f90608001604051602081830303815290604052805190602001209050919050565b6102bc6104a036600461394a565b611315565b6102dd6104b3366004613989565b61173a565b6002546001600160a01b0316155b604051901515815260200161028c565b6006546102779067ffffffffffffffff1681565b6104c66104f83660046139f5565b600460209081525f928352604080842090915290825290205460ff1681565b61027762093a8081565b6102bc61052f366004613a1f565b61199c565b6102777f000000000000000000000000000000000000000000000000000000000000000081565b600254610343906001600160a01b031681565b6102dd61057c366004613a57565b6119e6565b6102dd61058f36600461394a565b611bda565b6102bc604081565b6102dd6105aa366004613aa0565b611d24565b6104c66105bd366004613ad7565b611dbe565b6102bc60085481565b6102bc60095481565b6102bc6105e2366004613b03565b611e4b565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a0808401919091528351808403909101815260c090920190925280519101206102bc565b5f54610343906001600160a01b031681565b6102dd6106ac366004613793565b611fbf565b6106ff6106bf366004613793565b60036020525f90815260409020805460019091015460ff8083169267ffffffffffffffff6101008204169269010000000000000000009091049091169084565b6040805160ff909516855267ffffffffffffffff909316602085015290151591830191909152606082015260800161028c565b61073c6001612039565b60ff8716600114801590610754575060ff8716600214155b15610795576040517f5dc56e0f00000000000000000000000000000000000000000000000000000000815260ff881660048201526024015b60405180910390fd5b5f6107a2878785856120fc565b905080156107df576040517fe5bca1da0000000000000000000000000000000000000000000000000000000081526004810182905260240161078c565b5f87875f8181106107f2576107f2613b5e565b9091013560f81c600114915050600260ff8a16148114610843576040517f5dc56e0f00000000000000000000000000000000000000000000000000000000815260ff8a16600482015260240161078c565b61084d86866121ce565b610883576040517fca7c57d400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61088e89896122b1565b5090506001600160a01b038116156108dd576040517ff686dc7b0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260240161078c565b6109208a8a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508c92508b91506123b79050565b50505050505050505050565b6109355f612039565b6001600160a01b0381165f8181526003602052604080822080547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff166901000000000000000000179055517f014328d04215ef25a11c630f007f31516a065906981503bcb8cdf4998651c18b9190a250565b6040805160ff85166020820152908101839052606081018290525f906080016040516020818303038152906040528051906020012090505b9392505050565b5f610a0b89898988886040516109fd929190613b8b565b60405180910390208a611e4b565b9050604182141580610a2657506001546001600160a01b0316155b15610a5d576040517fc7cd56ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610a6b6020828587613b9a565b610a7491613bc1565b90505f610a85604060208688613b9a565b610a8e91613bc1565b90505f85856040818110610aa457610aa4613b5e565b919091013560f81c9150507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610b09576040517fc7cd56ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018054604080515f81526020810180835288905260ff85169181019190915260608101869052608081018590526001600160a01b03909116919060a0016020604051602081039080840390855afa158015610b67573d5f5f3e3d5ffd5b505050602060405103516001600160a01b031614610bb1576040517fc7cd56ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610bbf8c8c8c8c8c8c612543565b505050505050505050505050565b5f546001600160a01b03163314610c10576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f818152600b602052604081205467ffffffffffffffff169003610c63576040517fe0a203fb0000000000000000000000000000000000000000000000000000000081526004810182905260240161078c565b5f818152600b602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690555182917fef2393afd41f32c607a123de95d703349edd33ea1d86af21535ea8040ec7d98491a250565b610cca6001612039565b6001600160a01b0381161580610ce857506001600160a01b03811630145b15610d1f576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f7ce7ec0b50378fb6c0186ffb5f48325f6593fcb4ca4386f21861af3129188f5c906020015b60405180910390a150565b610d9481612039565b610d9d836127fa565b60ff83165f81815260046020908152604080832086845282529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182528492917f511f1412440defcd6bb79cd3718a59b86e33face563506e956b6cd7cc7649b24910160405180910390a3505050565b5f838383604051602001610e3593929190613c25565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600b9093529082205490925067ffffffffffffffff169003610ec0576040517fe0a203fb0000000000000000000000000000000000000000000000000000000081526004810182905260240161078c565b8167ffffffffffffffff16421015610f17576040517f8f42a6910000000000000000000000000000000000000000000000000000000081526004810182905267ffffffffffffffff8316602482015260440161078c565b610f2e6212750067ffffffffffffffff8416613c7f565b421115610f7a576040517fc354a4930000000000000000000000000000000000000000000000000000000081526004810182905267ffffffffffffffff8316602482015260440161078c565b5f818152600b602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690555181903090610fc09088908890613b8b565b5f604051808303815f865af19150503d805f8114610ff9576040519150601f19603f3d011682016040523d82523d5f602084013e610ffe565b606091505b50915091508161101057805160208201fd5b60405183907facba7db33afd41cd69adcb9749e50b9fd484953f306d98d2d6e0a8ce0adb7d5c905f90a2505050505050565b5f546001600160a01b03163314611085576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160a01b0316156110c8576040517f45d8430800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038116611108576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f816001600160a01b0316631e29848b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611145573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111699190613c92565b9050807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1611611201576040517f67ba474b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201526024810182905260440161078c565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03841690811790915560408051918252602082018390527f433a8dc019eaf60579b65293a56b300972dcc4e8c01e151ff2a8ffef99332c31910160405180910390a160065467ffffffffffffffff1615611311576006546008546009546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9093166004840152602483019190915260448201526001600160a01b03831690636ebe2ce0906064015f604051808303815f87803b1580156112fa575f5ffd5b505af115801561130c573d5f5f3e3d5ffd5b505050505b5050565b5f80546001600160a01b03163314611359576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160a01b031661139b576040517f8fb9d3cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60048310156113ab575f6113c1565b6113b860045f8587613b9a565b6113c191613ca9565b90507fffffffff0000000000000000000000000000000000000000000000000000000081167f704b6c02000000000000000000000000000000000000000000000000000000001480159061145757507fffffffff0000000000000000000000000000000000000000000000000000000081167ffaab9d390000000000000000000000000000000000000000000000000000000014155b80156114a557507fffffffff0000000000000000000000000000000000000000000000000000000081167f7277ac780000000000000000000000000000000000000000000000000000000014155b80156114f357507fffffffff0000000000000000000000000000000000000000000000000000000081167fe0655d9f0000000000000000000000000000000000000000000000000000000014155b801561154157507fffffffff0000000000000000000000000000000000000000000000000000000081167f1ce0c32b0000000000000000000000000000000000000000000000000000000014155b801561158f57507fffffffff0000000000000000000000000000000000000000000000000000000081167fd0f42ac70000000000000000000000000000000000000000000000000000000014155b156115ea576040517f9a8600cb0000000000000000000000000000000000000000000000000000000081527fffffffff000000000000000000000000000000000000000000000000000000008216600482015260240161078c565b5f6116157f000000000000000000000000000000000000000000000000000000000000000042613d0f565b905084848260405160200161162c93929190613c25565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600b90935291205490935067ffffffffffffffff16156116b5576040517fcf52f8e40000000000000000000000000000000000000000000000000000000081526004810184905260240161078c565b5f838152600b60205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff84161790555183907ffe5edb181a8453d83aebee93b954955d0156e4e6d10b26a41af068dfc356ef139061172a90849089908990613d2f565b60405180910390a2505092915050565b6008545f8415801590611767575085855f81811061175a5761175a613b5e565b9091013560f81c60011490505b90505f81611776576001611779565b60025b90508215806117c35750826117c0828989604051611798929190613b8b565b604051809103902088886040516117b0929190613b8b565b604051809103902060095461199c565b14155b156117fa576040517f8c14297300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f61180689896122b1565b90925090506001600160a01b03821661184b576040517ffc837e6200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6006546040516001600160a01b038416815267ffffffffffffffff9091169081907feb56811932b589ed42f72c755b786e32e3552b49eb5bb567fe542b68457005a69060200160405180910390a281158015906118af57506118ad8888612849565b155b80156118c357506118c38a8a848b8b61291c565b156118e9576118de846118d78c8c866129fb565b8a8a6123b7565b505050505050611996565b5f6008819055600a556002546001600160a01b031615610920576002546009546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff841660048201525f602482015260448101919091526001600160a01b0390911690636ebe2ce0906064015f604051808303815f87803b158015611979575f5ffd5b505af115801561198b573d5f5f3e3d5ffd5b505050505050505050505b50505050565b6040805160ff86166020820152908101849052606081018390525f906119db906080016040516020818303038152906040528051906020012083612b60565b90505b949350505050565b60ff84165f908152600560205260409020546001600160a01b031680611a3d576040517f219e36ae00000000000000000000000000000000000000000000000000000000815260ff8616600482015260240161078c565b5f5f5f5f846001600160a01b0316638b76bd7c88886040518363ffffffff1660e01b8152600401611a6f929190613d52565b608060405180830381865afa158015611a8a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611aae9190613d65565b93509350935093508860ff168460ff1614611afa576040517fdfc0338700000000000000000000000000000000000000000000000000000000815260ff8516600482015260240161078c565b5f611b87896040517f746565726f6c6c75702f656e636c6176652d6b65792f7631000000000000000060208201524660388201527fffffffffffffffffffffffffffffffffffffffff00000000000000000000000030606090811b8216605884015283901b16606c8201525f90608001604051602081830303815290604052805190602001209050919050565b9050808314611bcc576040517fc21d08b2000000000000000000000000000000000000000000000000000000008152600481018290526024810184905260440161078c565b610920898b86858c8c612543565b611be46001612039565b5f8115611c0f57611bf58383612b9d565b611c03602260028486613b9a565b611c0c91613bc1565b90505b6009819055600a545f8115611ccf57611c288284612b60565b60088190556002549091506001600160a01b031615611ccf576002546006546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260248101839052604481018590526001600160a01b0390911690636ebe2ce0906064015f604051808303815f87803b158015611cb8575f5ffd5b505af1158015611cca573d5f5f3e3d5ffd5b505050505b60065460405167ffffffffffffffff909116907fae24836171d47b9cd8a040c71a3ab1837972caa1cca85d404289302f967c902b90611d15908890889088908790613dae565b60405180910390a25050505050565b611d386001600160a01b0382161515612039565b611d41826127fa565b60ff82165f8181526005602090815260409182902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03861690811790915591519182527f395d7c5c8bb0d5bc42230e1b41e30248fc326a12f68883acd8178235e4cc7497910160405180910390a25050565b6001600160a01b0382165f90815260036020526040812080544261010090910467ffffffffffffffff16118015611e04575080546901000000000000000000900460ff16155b8015611e165750805460ff8481169116145b8015611e41575060ff8084165f90815260046020908152604080832060018601548452909152902054165b9150505b92915050565b604080517f181186b6f2fd3ed967761a2d4735f359125afcdbda86443a74853b32c94d22056020808301919091526001600160a01b0388168284015260ff871660608301526080820186905260a0820185905267ffffffffffffffff841660c0808401919091528351808403909101815260e0830184528051908201207f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6101008401527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd26101208401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6610140840152466101608401523061018080850191909152845180850390910181526101a0840185528051908301207f19010000000000000000000000000000000000000000000000000000000000006101c08501526101c28401526101e2808401919091528351808403909101815261020290920190925280519101205b95945050505050565b611fd36001600160a01b0382161515612039565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f6e4c52923c1e70447ecc72995ce26bf2400d9c26b1a7c21ab433e7caff8d40a290602001610d80565b3033036120435750565b5f546001600160a01b03163314612086576040517f7bfa4b9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80801561209d57506002546001600160a01b031615155b156120f9576040517fccdba7530000000000000000000000000000000000000000000000000000000081527fffffffff000000000000000000000000000000000000000000000000000000005f3516600482015260240161078c565b50565b5f5f5f5f61210a8888612cad565b925092509250801580612126575061212488888585612d5e565b155b1561213757600293505050506119de565b601d820361215857841561214c57600761214e565b5f5b93505050506119de565b612163888885612f0a565b61217357600293505050506119de565b61217e8360c0613dd4565b851461219057600793505050506119de565b5f5b838110156121c0576121a78989898985612f87565b6121b85760079450505050506119de565b600101612192565b505f98975050505050505050565b5f82828101831515600583355f1a036121fc57506002828101923560011a9085106008821117156121fc57505f5b80151593505b80156122a85782355f815f1a600181146122335760028114612249576003811461225b576004811461227357612284565b8260081b60f01c1561224457600391505b612284565b8260011a156122445760029150612284565b606460018460011a0310156122445760029150612284565b8260081b60c01c1561228457600991505b50938401938015848611171561229e575f955050506122a8565b50505f1901612202565b50141692915050565b5f5f5f84845f8181106122c6576122c6613b5e565b9091013560f81c60011490506122dd57601d6122e0565b605d5b90505f816122ef600187613deb565b6122f99190613dfe565b90505f5b818110156123ad575f6123108483613dd4565b61231b906001613c7f565b90505f88828961232c826014613c7f565b9261233993929190613b9a565b61234291613e36565b60601c90505f8989612355856014613c7f565b81811061236457612364613b5e565b919091013560f81c915061237a90508282611dbe565b1561238d57836001901b8717965061239f565b6001600160a01b03881661239f578197505b5050508060010190506122fd565b5050509250929050565b5f838051906020012090505f6123e5868386866040516123d8929190613b8b565b60405180910390206109a7565b6009549091505f6123f68383612b60565b6006549091505f906124139067ffffffffffffffff166001613d0f565b600680547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556007879055600a8690556008849055604051919250907fe20f0951f68086be0a65b5803da4e67f16932e2e0b66f6fb682e910b0302f05190612495908c908c908c908c908990613e9b565b60405180910390a26002546001600160a01b031615612538576002546040517f6ebe2ce000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260248101849052604481018590526001600160a01b0390911690636ebe2ce0906064015f604051808303815f87803b158015612521575f5ffd5b505af1158015612533573d5f5f3e3d5ffd5b505050505b505050505050505050565b6001600160a01b038616612583576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61258c856127fa565b60ff8086165f908152600460209081526040808320888452909152902054166125ed576040517ff6265b5700000000000000000000000000000000000000000000000000000000815260ff861660048201526024810185905260440161078c565b428367ffffffffffffffff161161263c576040517f9569365300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260240161078c565b6001600160a01b0386165f908152600360205260409020805467ffffffffffffffff6101009091048116908516116126cb5780546040517fa401db7f0000000000000000000000000000000000000000000000000000000081526001600160a01b038916600482015261010090910467ffffffffffffffff90811660248301528516604482015260640161078c565b60405180608001604052808760ff1681526020018567ffffffffffffffff168152602001825f0160099054906101000a900460ff16151581526020018681525060035f896001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160096101000a81548160ff021916908315150217905550606082015181600101559050508560ff16876001600160a01b03167f78cb0e9a60ce8013aa3c6efeb9379799fcbce41c698f35c37a4c8b68217a77a1878787876040516127e99493929190613f19565b60405180910390a350505050505050565b60ff8116158061280d575060068160ff16115b156120f9576040517fdfc0338700000000000000000000000000000000000000000000000000000000815260ff8216600482015260240161078c565b5f8060018484838161285d5761285d613b5e565b919091013560f81c6005039050612891578484600181811061288157612881613b5e565b60029450919091013560f81c9150505b8015612912575f8585848181106128aa576128aa613b5e565b919091013560f81c91505060038190036128ca5760019350505050611e45565b8060ff166001146128ee578060ff166004146128e75760026128f1565b60096128f1565b60035b6128fe9060ff1684613c7f565b9250508061290b90613f4c565b9050612891565b505f949350505050565b5f5f5f6129298888612cad565b50915091505f5f5f5b848110156129e057600189821c16156129d8575f601861296c8d8d6129578987613dd4565b612962906001613c7f565b9190910135919050565b901c90505f61298360ff604084901c166010613dd4565b6001901b90506129938185613c7f565b935077ffffffffffffffff00000000000000000000000000000000608083901b166129bf826001613c7f565b6129c99190613c7f565b6129d39086613c7f565b945050505b600101612932565b506129ed87878484613078565b9a9950505050505050505050565b60605f84845f818110612a1057612a10613b5e565b9091013560f81c6001149050612a2757601d612a2a565b605d5b90505f81612a39600187613deb565b612a439190613dfe565b905081612a4f856131ac565b612a599190613dd4565b612a64906001613c7f565b67ffffffffffffffff811115612a7c57612a7c613f61565b6040519080825280601f01601f191660200182016040528015612aa6576020820181803683370190505b50925085855f818110612abb57612abb613b5e565b9050013560f81c60f81b835f81518110612ad757612ad7613b5e565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a90535060015f5b82811015612b5557600186821c1615612b4d575f612b278583613dd4565b612b32906001613c7f565b905084818a0184602089010137612b498584613c7f565b9250505b600101612b09565b505050509392505050565b5f8115612b96576040805160208101859052908101839052606001604051602081830303815290604052805190602001206109df565b5090919050565b806043811015612bd9576040517f1da59f3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f83835f818110612bec57612bec613b5e565b919091013560f81c91505f905084846001818110612c0c57612c0c613b5e565b919091013560f81c9150612c239050826021613dd4565b612c2e906022613c7f565b83141580612c3c5750604082115b80612c45575080155b80612c4f57508181115b80612c6f57505f612c64602260028789613b9a565b612c6d91613bc1565b145b15612ca6576040517f1da59f3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b5f8080838103612cc457505f915081905080612d57565b5f85855f818110612cd757612cd7613b5e565b919091013560f81c9150505f819003612cf357601d9250612d13565b80600103612d0457605d9250612d13565b5f5f5f93509350935050612d57565b5f612d1f600187613deb565b9050612d2b8482613dfe565b94508415801590612d3e57506101008511155b8015612d52575080612d508587613dd4565b145b925050505b9250925092565b5f5f5f5b84811015612efd575f612d758583613dd4565b612d80906001613c7f565b905087810135606081901c605882901c60ff168582111580612da0575080155b80612dab5750600681115b15612dbe575f96505050505050506119de565b819550605d8803612eee575f612dda8c8c61296288601d613c7f565b90505f612ded8d8d61296289603d613c7f565b90507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782101580612e3e57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478110155b80612ed657507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914155b15612eeb575f985050505050505050506119de565b50505b50505050806001019050612d62565b5060019695505050505050565b5f60015b82811015612f7c575f612f3d8686612f27605d86613dd4565b612f32906001613c7f565b61296290601d613c7f565b90505f5b82811015612f725781612f5a8888612f27605d86613dd4565b03612f6a575f93505050506109df565b600101612f41565b5050600101612f0e565b506001949350505050565b5f80612f94605d84613dd4565b612f9f906001613c7f565b90505f612fad8460c0613dd4565b9050612fbf8686612962846060613c7f565b612fcf8787612962856040613c7f565b612fdf8888612962866020613c7f565b838901351717175f03612ff6575f92505050611fb6565b61306c8883013560601c898961300d86601d613c7f565b9061301987605d613c7f565b9261302693929190613b9a565b89858a613034826080613c7f565b9261304193929190613b9a565b8b8b61304e896080613c7f565b9061305a8a60c0613c7f565b9261306793929190613b9a565b6131d8565b98975050505050505050565b5f846001600582355f1a03613092575060028101903560011a5b600192505b80156131a2578135805f1a600181146130d457600281146130ef5760038114613154578160081b60c01c8760801c10159450600984019350613192565b8160081b60f01c61ffff881610159450600384019350613192565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a811015955050600284019350613192565b8160011a60105b60708110156131895761ffff88821c168202606461ffff8b841c16021015613181575f96505b60100161315b565b50506002840193505b505082156131a2575f1901613097565b5050949350505050565b5f5b81156131d3576131bd81613f8e565b90506131ca600183613deb565b821691506131ae565b919050565b5f6040861415806131ea575060808414155b806131f6575060408214155b1561320257505f6132b0565b5f5f5f61325d7ff0c46ae7b14b8be092c0fdde51f2b0bce7534771d1f24fd3cadcb683e01070498c8c8c8c8c604051602001613242959493929190613fa6565b604051602081830303815290604052805190602001206132bb565b92509250925080613273575f93505050506132b0565b60408051610380810182529087823760408b6040830137608089608083013783610100820152826101208201526132a9816134c1565b9450505050505b979650505050505050565b5f5f5f6040518581528460208201526060810160208152602080820152602060408201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a08201525f5b6101008110156134b7578060011b60408401526060832060018260011b016040850152606084207f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d85090897507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090908915081606085015260205f60c08660055afa6134455750506134b7565b5f519650817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47888909036134ad578060ff1c156134a257867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd470396505b6001955050506134b7565b505060010161332d565b5050509250925092565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016101408320066101408301604084015181526060840151602082015281604082015260408160608360075afa9250835160408201526020840151606082015260408160808360065afa831692506101808101600181526002602082015282604082015260408160608360075afa8416935061010085015160408201526101208501516060820152604060c0830160808360065afa84169350507f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0820152608084015161010082015260a084015161012082015260c084015161014082015260e084015161016082015260205f6101808360085afa83169250505060015f511460203d141681169050919050565b60ff811681146120f9575f5ffd5b5f5f83601f840112613682575f5ffd5b50813567ffffffffffffffff811115613699575f5ffd5b6020830191508360208285010111156136b0575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a0312156136cd575f5ffd5b87356136d881613664565b9650602088013567ffffffffffffffff8111156136f3575f5ffd5b6136ff8a828b01613672565b909750955050604088013567ffffffffffffffff81111561371e575f5ffd5b61372a8a828b01613672565b909550935050606088013567ffffffffffffffff811115613749575f5ffd5b6137558a828b01613672565b989b979a50959850939692959293505050565b5f60208284031215613778575f5ffd5b5035919050565b6001600160a01b03811681146120f9575f5ffd5b5f602082840312156137a3575f5ffd5b81356109df8161377f565b5f602082840312156137be575f5ffd5b81356109df81613664565b5f5f5f606084860312156137db575f5ffd5b83356137e681613664565b95602085013595506040909401359392505050565b67ffffffffffffffff811681146120f9575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613827575f5ffd5b88356138328161377f565b9750602089013561384281613664565b9650604089013595506060890135613859816137fb565b9450608089013567ffffffffffffffff811115613874575f5ffd5b6138808b828c01613672565b90955093505060a089013567ffffffffffffffff81111561389f575f5ffd5b6138ab8b828c01613672565b999c989b5096995094979396929594505050565b5f5f5f606084860312156138d1575f5ffd5b83356138dc81613664565b925060208401359150604084013580151581146138f7575f5ffd5b809150509250925092565b5f5f5f60408486031215613914575f5ffd5b833567ffffffffffffffff81111561392a575f5ffd5b61393686828701613672565b90945092505060208401356138f7816137fb565b5f5f6020838503121561395b575f5ffd5b823567ffffffffffffffff811115613971575f5ffd5b61397d85828601613672565b90969095509350505050565b5f5f5f5f6040858703121561399c575f5ffd5b843567ffffffffffffffff8111156139b2575f5ffd5b6139be87828801613672565b909550935050602085013567ffffffffffffffff8111156139dd575f5ffd5b6139e987828801613672565b95989497509550505050565b5f5f60408385031215613a06575f5ffd5b8235613a1181613664565b946020939093013593505050565b5f5f5f5f60808587031215613a32575f5ffd5b8435613a3d81613664565b966020860135965060408601359560600135945092505050565b5f5f5f5f60608587031215613a6a575f5ffd5b8435613a7581613664565b93506020850135613a858161377f565b9250604085013567ffffffffffffffff8111156139dd575f5ffd5b5f5f60408385031215613ab1575f5ffd5b8235613abc81613664565b91506020830135613acc8161377f565b809150509250929050565b5f5f60408385031215613ae8575f5ffd5b8235613af38161377f565b91506020830135613acc81613664565b5f5f5f5f5f60a08688031215613b17575f5ffd5b8535613b228161377f565b94506020860135613b3281613664565b935060408601359250606086013591506080860135613b50816137fb565b809150509295509295909350565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b818382375f9101908152919050565b5f5f85851115613ba8575f5ffd5b83861115613bb4575f5ffd5b5050820193919092039150565b80356020831015611e45575f19602084900360031b1b1692915050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b604081525f613c38604083018587613bde565b905067ffffffffffffffff83166020830152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115611e4557611e45613c52565b5f60208284031215613ca2575f5ffd5b5051919050565b80357fffffffff000000000000000000000000000000000000000000000000000000008116906004841015613d08577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505b5092915050565b67ffffffffffffffff8181168382160190811115611e4557611e45613c52565b67ffffffffffffffff84168152604060208201525f6119db604083018486613bde565b602081525f6119de602083018486613bde565b5f5f5f5f60808587031215613d78575f5ffd5b8451613d8381613664565b6020860151604087015160608801519296509094509250613da3816137fb565b939692955090935050565b606081525f613dc1606083018688613bde565b6020830194909452506040015292915050565b8082028115828204841417611e4557611e45613c52565b81810381811115611e4557611e45613c52565b5f82613e31577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015613d08577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b60ff86168152608060208201525f8551806080840152806020880160a085015e5f60a082850101527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8201168301905060a0838203016040840152613f0660a082018688613bde565b9150508260608301529695505050505050565b84815267ffffffffffffffff84166020820152606060408201525f613f42606083018486613bde565b9695505050505050565b5f81613f5a57613f5a613c52565b505f190190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f198203613f9f57613f9f613c52565b5060010190565b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008660601b168152838560148301375f848201601481015f815284868237505f930160140192835250909594505050505056fea26469706673582212208ce7ac7eb28d9cef3591bd0e46cfe0f452eb06b5dd861c9926b96582e488c90264736f6c634300081e0033",
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (manager *Manager) UnpackError(raw []byte) (any, error) {
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
	if bytes.Equal(raw[:4], manager.abi.Errors["ReportDataMismatch"].ID.Bytes()[:4]) {
		return manager.UnpackReportDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["RollupAlreadySet"].ID.Bytes()[:4]) {
		return manager.UnpackRollupAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], manager.abi.Errors["SetupPhase"].ID.Bytes()[:4]) {
		return manager.UnpackSetupPhaseError(raw[4:])
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
	if bytes.Equal(raw[:4], manager.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return manager.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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

// MultiProofMetaData contains all meta data concerning the MultiProof contract.
var MultiProofMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"secondVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"committeeHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ruleHash\",\"type\":\"bytes32\"},{\"internalType\":\"enumMultiProof.Policy\",\"name\":\"policy\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"sampleBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"sampleLag\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shortDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"longDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exitWindow\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structMultiProof.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"}],\"name\":\"BadQC\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSecondVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"NotAClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotHeld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pendingCommitment\",\"type\":\"bytes32\"}],\"name\":\"OtherBatchPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongPreRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"zk\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postRoot\",\"type\":\"bytes32\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"}],\"name\":\"DecisionProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"Dropped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"factors\",\"type\":\"uint8\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"zkPost\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"teePost\",\"type\":\"bytes32\"}],\"name\":\"Held\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"TRANSITION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agreedRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"claimTee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"}],\"name\":\"claimZk\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decision\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"executeDecision\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"longDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pending\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkPost\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"teePost\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"zkAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"teeAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sampleBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"held\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"policy\",\"outputs\":[{\"internalType\":\"enumMultiProof.Policy\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"proposeDecision\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"}],\"name\":\"resolveWithSecondProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ruleHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sampleBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sampleLag\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"sampled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"secondVerifier\",\"outputs\":[{\"internalType\":\"contractIZkVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shortDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"statementHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"voteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"zkVerifier\",\"outputs\":[{\"internalType\":\"contractIZkVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MultiProof",
	Bin: "0x6101e0604052348015610010575f5ffd5b5060405161267c38038061267c83398101604081905261002f91610255565b80516001600160a01b0316158061005257506101408101516001600160a01b0316155b8061006657506127108160a0015161ffff16115b8061007c575060c08101516001600160401b0316155b806100a157508061010001516001600160401b03168160e001516001600160401b0316115b806100c757508061010001516001600160401b03168161012001516001600160401b0316105b806100f757506101608101517f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000111155b15610115576040516301f30c8760e21b815260040160405180910390fd5b80516001600160a01b039081166080908152602083015190911660a052604082015160c052606082015160e052810151600281111561015657610156610331565b61010081600281111561016b5761016b610331565b90525060a081015161ffff1661012090815260c08201516001600160401b0390811661014090815260e08401518216610160908152610100850151831661018052928401519091166101a0528201516001600160a01b03166101c05201515f55610345565b60405161018081016001600160401b03811182821017156101ff57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160a01b038116811461021b575f5ffd5b919050565b80516003811061021b575f5ffd5b805161ffff8116811461021b575f5ffd5b80516001600160401b038116811461021b575f5ffd5b5f610180828403128015610267575f5ffd5b506102706101d0565b61027983610205565b815261028760208401610205565b602082015260408381015190820152606080840151908201526102ac60808401610220565b60808201526102bd60a0840161022e565b60a08201526102ce60c0840161023f565b60c08201526102df60e0840161023f565b60e08201526102f1610100840161023f565b610100820152610304610120840161023f565b6101208201526103176101408401610205565b610140820152610160928301519281019290925250919050565b634e487b7160e01b5f52602160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c05161225c6104205f395f81816102f701526110d301525f818161025701526111e801525f81816102d00152610de101525f818161028e01528181610be00152610d6b01525f818161041801526113f001525f81816103de0152610d0501525f81816101a301528181610c6d0152610daa01525f818161020d015261163101525f818161035601526116a501525f81816103b701528181610f31015261104a01525f81816104cc01526106cd015261225c5ff3fe608060405234801561000f575f5ffd5b506004361061019a575f3560e01c806360541f76116100e8578063a6ef4a8e11610093578063d6df096d1161006e578063d6df096d146104c7578063e20ccec3146104ee578063e4d7c28c14610598578063f57d1bf3146105ce575f5ffd5b8063a6ef4a8e14610413578063b57395371461043a578063ca9ee69a1461044d575f5ffd5b806390cbdd69116100c357806390cbdd691461038b5780639521e33e146103b2578063a269b105146103d9575f5ffd5b806360541f761461033e578063609d4544146103515780636128fff414610378575f5ffd5b80633a0246ef116101485780634bb278f3116101235780634bb278f3146102c357806358bf564e146102cb5780635aa6e675146102f2575f5ffd5b80633a0246ef14610281578063427313641461028957806347eba8da146102b0575f5ffd5b80631ba9d572116101785780631ba9d5721461023d5780631e29848b1461025257806325f69cb214610279575f5ffd5b80630505c8c91461019e5780630ef26743146101db5780631595250814610208575b5f5ffd5b6101c57f000000000000000000000000000000000000000000000000000000000000000081565b6040516101d29190611eda565b60405180910390f35b6001546101ef9067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016101d2565b61022f7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016101d2565b61025061024b366004611f2a565b6105f1565b005b6101ef7f000000000000000000000000000000000000000000000000000000000000000081565b61022f5f5481565b610250610868565b6101ef7f000000000000000000000000000000000000000000000000000000000000000081565b61022f6102be366004611f68565b6109c8565b610250610b3b565b6101ef7f000000000000000000000000000000000000000000000000000000000000000081565b6103197f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101d2565b61025061034c366004611f91565b610ed4565b61022f7f000000000000000000000000000000000000000000000000000000000000000081565b610250610386366004611fbd565b6110bb565b61022f7f9c4baef0a61f88cc4e340b6378095a807bbf93c7d979c60470e622411876b8ea81565b6103197f000000000000000000000000000000000000000000000000000000000000000081565b6104007f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016101d2565b6101ef7f000000000000000000000000000000000000000000000000000000000000000081565b610250610448366004612019565b6112a3565b61022f61045b366004611f68565b604080517f9c4baef0a61f88cc4e340b6378095a807bbf93c7d979c60470e622411876b8ea6020808301919091524682840152306060830152608082019590955260a081019390935260c0808401929092528051808403909201825260e0909201909152805191012090565b6103197f000000000000000000000000000000000000000000000000000000000000000081565b6002546003546004546005546105559392919067ffffffffffffffff80821691680100000000000000008104821691700100000000000000000000000000000000820416907801000000000000000000000000000000000000000000000000900460ff1687565b6040805197885260208801969096529486019390935267ffffffffffffffff9182166060860152811660808501521660a0830152151560c082015260e0016101d2565b6006546007546105b0919067ffffffffffffffff1682565b6040805192835267ffffffffffffffff9091166020830152016101d2565b6105e16105dc3660046120d5565b6112d2565b60405190151581526020016101d2565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018310158061064057507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018210155b15610677576040517f8e97c7e000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604080516060810182528581526020810185905280820184905290517f65c0325900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016916365c0325991610702918591600401612111565b5f6040518083038186803b158015610718575f5ffd5b505afa15801561072a573d5f5f3e3d5ffd5b505050505f6107398584611331565b600381015490915067ffffffffffffffff161561079c578381600101540361078d576040517f646cf55800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107968161148a565b50610862565b60018181018590556003820180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000164267ffffffffffffffff908116919091179091558154604080518781526020810194909452830187905216907ffa62cf2aa8e8bf92ff26d32d5ff13dff6f1c14879edd923f5592716b8a012f699060600160405180910390a2600381015468010000000000000000900467ffffffffffffffff1615801590610852575083816002015414155b15610860576108608161148a565b505b50505050565b60408051808201909152600654815260075467ffffffffffffffff166020820181905215806108a45750806020015167ffffffffffffffff1642105b806108ce57506005547801000000000000000000000000000000000000000000000000900460ff16155b15610905576040517f9488aaa600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80515f036109b95760015460025460405190815267ffffffffffffffff909116907f2ffa4d1c612f255a7207acdf5956a206fff8cf4d8b2847d4c3b084152a501c389060200160405180910390a2505f600281905560038190556004819055600580547fffffffffffffff00000000000000000000000000000000000000000000000000169055600655600780547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055565b80516109c5905f61152c565b50565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606083015246608083018190523060a08085018290528551808603909101815260c0850186528051908401207f9c4baef0a61f88cc4e340b6378095a807bbf93c7d979c60470e622411876b8ea60e086015261010085019290925261012084015261014083018790526101608301869052610180808401869052845180850390910181526101a084018086528151918401919091207f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f9081529352939091207f190100000000000000000000000000000000000000000000000000000000000084526101a28301919091526101c290910152604290205b9392505050565b600280541580610b6b575060038101547801000000000000000000000000000000000000000000000000900460ff165b15610ba2576040517f9488aaa600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600381015467ffffffffffffffff808216158015926801000000000000000090049091161515905f908390610bd45750815b15610c695760038401547f00000000000000000000000000000000000000000000000000000000000000009067ffffffffffffffff6801000000000000000082048116911611610c3e57600385015468010000000000000000900467ffffffffffffffff16610c4e565b600385015467ffffffffffffffff165b610c58919061217a565b67ffffffffffffffff169050610e57565b60017f00000000000000000000000000000000000000000000000000000000000000006002811115610c9d57610c9d611ead565b148015610ca75750815b15610da6576003840154700100000000000000000000000000000000900467ffffffffffffffff1643111580610d29575060038401548454610d2991700100000000000000000000000000000000900467ffffffffffffffff1640907f00000000000000000000000000000000000000000000000000000000000000006112d2565b15610d60576040517f9488aaa600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003840154610c58907f00000000000000000000000000000000000000000000000000000000000000009068010000000000000000900467ffffffffffffffff1661217a565b60027f00000000000000000000000000000000000000000000000000000000000000006002811115610dda57610dda611ead565b03610e25577f000000000000000000000000000000000000000000000000000000000000000083610c3e57600385015468010000000000000000900467ffffffffffffffff16610c4e565b6040517f9488aaa600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80421015610e91576040517f9488aaa600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61086283610ea3578460020154610ea9565b84600101545b83610eb4575f610eb7565b60015b85610ec2575f610ec5565b60015b610ecf919061219a565b61152c565b6005546002907801000000000000000000000000000000000000000000000000900460ff16610f2f576040517f845eadf100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16610f9c576040517f41336ae300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80600101548314158015610fb4575080600201548314155b15610ff3576040517fe3fc29a6000000000000000000000000000000000000000000000000000000008152600481018490526024015b60405180910390fd5b604080516060810182525f5481526020810185905282548183015290517f65c0325900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016916365c032599161107f918691600401612111565b5f6040518083038186803b158015611095575f5ffd5b505afa1580156110a7573d5f5f3e3d5ffd5b505050506110b683600261152c565b505050565b3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461112a576040517f54348f0300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6005546002907801000000000000000000000000000000000000000000000000900460ff16611185576040517f845eadf100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8115801590611198575080600101548214155b80156111a8575080600201548214155b156111e2576040517fe3fc29a600000000000000000000000000000000000000000000000000000000815260048101839052602401610fea565b5f61120d7f00000000000000000000000000000000000000000000000000000000000000004261217a565b60408051808201825285815267ffffffffffffffff83811660209283018190526006889055600780547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000168217905560015484518981529384019190915293945092909216917fb5d5ef96770dd64edcc45c28cd00d19649f1be5a1467ef58b4140b7f9f5c1be9910160405180910390a2505050565b6112bc6112b18a8a8a6109c8565b87878787878761162f565b6112c7898989611717565b505050505050505050565b5f8381036112e257506001610b34565b8161ffff166127108585604051602001611306929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c61132891906121b3565b10949350505050565b5f5f548314611379575f546040517f2b2ada09000000000000000000000000000000000000000000000000000000008152600481019190915260248101849052604401610fea565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821015806113a6575081155b156113dd576040517f8e97c7e000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50600280545f03611444578181556114157f00000000000000000000000000000000000000000000000000000000000000004361217a565b8160030160106101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550611484565b805482146114845780546040517fc629d30e0000000000000000000000000000000000000000000000000000000081526004810191909152602401610fea565b92915050565b6003810180547fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff1678010000000000000000000000000000000000000000000000001790556001805482549183015460028401546040805194855260208501929092529083015267ffffffffffffffff16907fc659047260b3dee6519809f58ab92aa758164d14e8c22a5d1c8e52437162a3149060600160405180910390a250565b6001545f54600254604080519283526020830186905282015260ff8316606082015267ffffffffffffffff909116907fef46b15c57c2439aea2883920fbf86406026271f9f23794c6bf309504c794f3d9060800160405180910390a25f8281556001805467ffffffffffffffff16916115a4836121eb565b825467ffffffffffffffff9182166101009390930a928302919092021990911617905550505f600281905560038190556004819055600580547fffffffffffffff0000000000000000000000000000000000000000000000000016905560065550600780547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055565b7f00000000000000000000000000000000000000000000000000000000000000008484604051611660929190612217565b60405180910390201461169f576040517fca7c57d400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6116d07f0000000000000000000000000000000000000000000000000000000000000000888888888d898961184f565b9050801561170d576040517f398e6d1300000000000000000000000000000000000000000000000000000000815260048101829052602401610fea565b5050505050505050565b5f6117228483611331565b600381015490915068010000000000000000900467ffffffffffffffff161561178b5782816002015403611782576040517f646cf55800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108628161148a565b6002810183905560038101805467ffffffffffffffff42811668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117909155600154604080518581525f60208201529081018690529116907ffa62cf2aa8e8bf92ff26d32d5ff13dff6f1c14879edd923f5592716b8a012f699060600160405180910390a2600381015467ffffffffffffffff1615801590611841575082816001015414155b15610862576108628161148a565b5f5f61185f8a8a8a8a8a5f6118a8565b9050601d81101561187157905061189c565b5f5f5f611882888d8d878b8b61194a565b925092509250611895838b8b858561199e565b9450505050505b98975050505050505050565b5f846040518188823760019250888282200361191d57600292505f8835811a80156118da57600181146118e9576118ee565b856118e457601d91505b6118ee565b605d91505b5082151581161561191b576001830381810481838202146101018210821515161615611918578295505b50505b505b5050601d8110158015611937575061193584846119de565b155b15611940575060035b9695505050505050565b5f808080808061195d88888c8c85611ae0565b9250925092508061197a5760045f5f955095509550505050611992565b6119888c8c8c8c8787611c1f565b9550955095505050505b96509650969350505050565b5f60028614806119ae5750600486145b156119ba5750846119d5565b6119c685858585611d5a565b6119d2575060056119d5565b50845b95945050505050565b5f82828101831515600583355f1a03611a0c57506002828101923560011a908510600882111715611a0c57505f5b80151593505b8015611ad75782355f815f1a60018114611a435760028114611a595760038114611a6b5760048114611a8357611a94565b8260081b60f01c15611a5457600391505b611a94565b8260011a15611a545760029150611a94565b606460018460011a031015611a545760029150611a94565b8260081b60c01c15611a9457600991505b509384019380158486111715611aae575f95505050611ad7565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01611a12565b50141692915050565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c0810186611c03577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b81811015611d4a57803560181c8060481c60ff8260401c1660056001820311828710151715611c665760029950505050611d4a565b81955060018160041b1b9050808801975060018c1615611d395767ffffffffffffffff831660801b60018201018901985089611d325760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e01351115168015611d2a578160208a015260408d60408b013760205f60808b60015afa845f511460203d14821616611d245760069c505b50611d2f565b60069b505b50505b60418b019a505b50505060019890981c978901611c31565b5050505096509650969350505050565b5f846001600582355f1a03611d74575060028101903560011a5b600192505b8015611ea3578135805f1a60018114611db65760028114611dd15760038114611e36578160081b60c01c8760801c10159450600984019350611e74565b8160081b60f01c61ffff881610159450600384019350611e74565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a811015955050600284019350611e74565b8160011a60105b6070811015611e6b5761ffff88821c168202606461ffff8b841c16021015611e63575f96505b601001611e3d565b50506002840193505b50508215611ea3577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01611d79565b5050949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160038310611f13577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b806101008101831015611484575f5ffd5b5f5f5f5f6101608587031215611f3e575f5ffd5b843593506020850135925060408501359150611f5d8660608701611f19565b905092959194509250565b5f5f5f60608486031215611f7a575f5ffd5b505081359360208301359350604090920135919050565b5f5f6101208385031215611fa3575f5ffd5b82359150611fb48460208501611f19565b90509250929050565b5f60208284031215611fcd575f5ffd5b5035919050565b5f5f83601f840112611fe4575f5ffd5b50813567ffffffffffffffff811115611ffb575f5ffd5b602083019150836020828501011115612012575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60c08a8c031215612031575f5ffd5b8935985060208a0135975060408a0135965060608a013567ffffffffffffffff81111561205c575f5ffd5b6120688c828d01611fd4565b90975095505060808a013567ffffffffffffffff811115612087575f5ffd5b6120938c828d01611fd4565b90955093505060a08a013567ffffffffffffffff8111156120b2575f5ffd5b6120be8c828d01611fd4565b915080935050809150509295985092959850929598565b5f5f5f606084860312156120e7575f5ffd5b8335925060208401359150604084013561ffff81168114612106575f5ffd5b809150509250925092565b61016081016101008483376101008201835f5b6003811015612143578151835260209283019290910190600101612124565b5050509392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156114845761148461214d565b60ff81811683821601908111156114845761148461214d565b5f826121e6577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500690565b5f67ffffffffffffffff821667ffffffffffffffff810361220e5761220e61214d565b60010192915050565b818382375f910190815291905056fea264697066735822122068d88e609711e0ec41bb3e3b0cd32daa4db414bd375de8df4674767d029434c464736f6c634300081e0033",
}

// MultiProof is an auto generated Go binding around an Ethereum contract.
type MultiProof struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MultiProof) GetABI() abi.ABI {
	return c.abi
}

// NewMultiProof creates a new instance of MultiProof.
func NewMultiProof() *MultiProof {
	parsed, err := MultiProofMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MultiProof{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MultiProof) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,bytes32,bytes32,uint8,uint16,uint64,uint64,uint64,uint64,address,bytes32) c) returns()
func (multiProof *MultiProof) PackConstructor(c MultiProofConfig) []byte {
	enc, err := multiProof.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackTRANSITIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90cbdd69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRANSITION_TYPEHASH() view returns(bytes32)
func (multiProof *MultiProof) PackTRANSITIONTYPEHASH() []byte {
	enc, err := multiProof.abi.Pack("TRANSITION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRANSITIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90cbdd69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRANSITION_TYPEHASH() view returns(bytes32)
func (multiProof *MultiProof) TryPackTRANSITIONTYPEHASH() ([]byte, error) {
	return multiProof.abi.Pack("TRANSITION_TYPEHASH")
}

// UnpackTRANSITIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90cbdd69.
//
// Solidity: function TRANSITION_TYPEHASH() view returns(bytes32)
func (multiProof *MultiProof) UnpackTRANSITIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := multiProof.abi.Unpack("TRANSITION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAgreedRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25f69cb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agreedRoot() view returns(bytes32)
func (multiProof *MultiProof) PackAgreedRoot() []byte {
	enc, err := multiProof.abi.Pack("agreedRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgreedRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25f69cb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agreedRoot() view returns(bytes32)
func (multiProof *MultiProof) TryPackAgreedRoot() ([]byte, error) {
	return multiProof.abi.Pack("agreedRoot")
}

// UnpackAgreedRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25f69cb2.
//
// Solidity: function agreedRoot() view returns(bytes32)
func (multiProof *MultiProof) UnpackAgreedRoot(data []byte) ([32]byte, error) {
	out, err := multiProof.abi.Unpack("agreedRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimTee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5739537.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTee(bytes32 pre, bytes32 post, bytes32 commitment, bytes committee, bytes rule, bytes qc) returns()
func (multiProof *MultiProof) PackClaimTee(pre [32]byte, post [32]byte, commitment [32]byte, committee []byte, rule []byte, qc []byte) []byte {
	enc, err := multiProof.abi.Pack("claimTee", pre, post, commitment, committee, rule, qc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5739537.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTee(bytes32 pre, bytes32 post, bytes32 commitment, bytes committee, bytes rule, bytes qc) returns()
func (multiProof *MultiProof) TryPackClaimTee(pre [32]byte, post [32]byte, commitment [32]byte, committee []byte, rule []byte, qc []byte) ([]byte, error) {
	return multiProof.abi.Pack("claimTee", pre, post, commitment, committee, rule, qc)
}

// PackClaimZk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba9d572.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimZk(bytes32 pre, bytes32 post, bytes32 commitment, uint256[8] proof) returns()
func (multiProof *MultiProof) PackClaimZk(pre [32]byte, post [32]byte, commitment [32]byte, proof [8]*big.Int) []byte {
	enc, err := multiProof.abi.Pack("claimZk", pre, post, commitment, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimZk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba9d572.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimZk(bytes32 pre, bytes32 post, bytes32 commitment, uint256[8] proof) returns()
func (multiProof *MultiProof) TryPackClaimZk(pre [32]byte, post [32]byte, commitment [32]byte, proof [8]*big.Int) ([]byte, error) {
	return multiProof.abi.Pack("claimZk", pre, post, commitment, proof)
}

// PackCommitteeHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x609d4544.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeHash() view returns(bytes32)
func (multiProof *MultiProof) PackCommitteeHash() []byte {
	enc, err := multiProof.abi.Pack("committeeHash")
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
func (multiProof *MultiProof) TryPackCommitteeHash() ([]byte, error) {
	return multiProof.abi.Pack("committeeHash")
}

// UnpackCommitteeHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x609d4544.
//
// Solidity: function committeeHash() view returns(bytes32)
func (multiProof *MultiProof) UnpackCommitteeHash(data []byte) ([32]byte, error) {
	out, err := multiProof.abi.Unpack("committeeHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDecision is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4d7c28c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decision() view returns(bytes32 post, uint64 executableAt)
func (multiProof *MultiProof) PackDecision() []byte {
	enc, err := multiProof.abi.Pack("decision")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecision is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4d7c28c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decision() view returns(bytes32 post, uint64 executableAt)
func (multiProof *MultiProof) TryPackDecision() ([]byte, error) {
	return multiProof.abi.Pack("decision")
}

// DecisionOutput serves as a container for the return parameters of contract
// method Decision.
type DecisionOutput struct {
	Post         [32]byte
	ExecutableAt uint64
}

// UnpackDecision is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4d7c28c.
//
// Solidity: function decision() view returns(bytes32 post, uint64 executableAt)
func (multiProof *MultiProof) UnpackDecision(data []byte) (DecisionOutput, error) {
	out, err := multiProof.abi.Unpack("decision", data)
	outstruct := new(DecisionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Post = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.ExecutableAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackExecuteDecision is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a0246ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeDecision() returns()
func (multiProof *MultiProof) PackExecuteDecision() []byte {
	enc, err := multiProof.abi.Pack("executeDecision")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteDecision is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a0246ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeDecision() returns()
func (multiProof *MultiProof) TryPackExecuteDecision() ([]byte, error) {
	return multiProof.abi.Pack("executeDecision")
}

// PackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitWindow() view returns(uint64)
func (multiProof *MultiProof) PackExitWindow() []byte {
	enc, err := multiProof.abi.Pack("exitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitWindow() view returns(uint64)
func (multiProof *MultiProof) TryPackExitWindow() ([]byte, error) {
	return multiProof.abi.Pack("exitWindow")
}

// UnpackExitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e29848b.
//
// Solidity: function exitWindow() view returns(uint64)
func (multiProof *MultiProof) UnpackExitWindow(data []byte) (uint64, error) {
	out, err := multiProof.abi.Unpack("exitWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize() returns()
func (multiProof *MultiProof) PackFinalize() []byte {
	enc, err := multiProof.abi.Pack("finalize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize() returns()
func (multiProof *MultiProof) TryPackFinalize() ([]byte, error) {
	return multiProof.abi.Pack("finalize")
}

// PackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governance() view returns(address)
func (multiProof *MultiProof) PackGovernance() []byte {
	enc, err := multiProof.abi.Pack("governance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governance() view returns(address)
func (multiProof *MultiProof) TryPackGovernance() ([]byte, error) {
	return multiProof.abi.Pack("governance")
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (multiProof *MultiProof) UnpackGovernance(data []byte) (common.Address, error) {
	out, err := multiProof.abi.Unpack("governance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ef26743.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function height() view returns(uint64)
func (multiProof *MultiProof) PackHeight() []byte {
	enc, err := multiProof.abi.Pack("height")
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
func (multiProof *MultiProof) TryPackHeight() ([]byte, error) {
	return multiProof.abi.Pack("height")
}

// UnpackHeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ef26743.
//
// Solidity: function height() view returns(uint64)
func (multiProof *MultiProof) UnpackHeight(data []byte) (uint64, error) {
	out, err := multiProof.abi.Unpack("height", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLongDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58bf564e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function longDelay() view returns(uint64)
func (multiProof *MultiProof) PackLongDelay() []byte {
	enc, err := multiProof.abi.Pack("longDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLongDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58bf564e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function longDelay() view returns(uint64)
func (multiProof *MultiProof) TryPackLongDelay() ([]byte, error) {
	return multiProof.abi.Pack("longDelay")
}

// UnpackLongDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58bf564e.
//
// Solidity: function longDelay() view returns(uint64)
func (multiProof *MultiProof) UnpackLongDelay(data []byte) (uint64, error) {
	out, err := multiProof.abi.Unpack("longDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20ccec3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pending() view returns(bytes32 commitment, bytes32 zkPost, bytes32 teePost, uint64 zkAt, uint64 teeAt, uint64 sampleBlock, bool held)
func (multiProof *MultiProof) PackPending() []byte {
	enc, err := multiProof.abi.Pack("pending")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20ccec3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pending() view returns(bytes32 commitment, bytes32 zkPost, bytes32 teePost, uint64 zkAt, uint64 teeAt, uint64 sampleBlock, bool held)
func (multiProof *MultiProof) TryPackPending() ([]byte, error) {
	return multiProof.abi.Pack("pending")
}

// PendingOutput serves as a container for the return parameters of contract
// method Pending.
type PendingOutput struct {
	Commitment  [32]byte
	ZkPost      [32]byte
	TeePost     [32]byte
	ZkAt        uint64
	TeeAt       uint64
	SampleBlock uint64
	Held        bool
}

// UnpackPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe20ccec3.
//
// Solidity: function pending() view returns(bytes32 commitment, bytes32 zkPost, bytes32 teePost, uint64 zkAt, uint64 teeAt, uint64 sampleBlock, bool held)
func (multiProof *MultiProof) UnpackPending(data []byte) (PendingOutput, error) {
	out, err := multiProof.abi.Unpack("pending", data)
	outstruct := new(PendingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Commitment = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.ZkPost = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.TeePost = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.ZkAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.TeeAt = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.SampleBlock = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.Held = *abi.ConvertType(out[6], new(bool)).(*bool)
	return *outstruct, nil
}

// PackPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505c8c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policy() view returns(uint8)
func (multiProof *MultiProof) PackPolicy() []byte {
	enc, err := multiProof.abi.Pack("policy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505c8c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policy() view returns(uint8)
func (multiProof *MultiProof) TryPackPolicy() ([]byte, error) {
	return multiProof.abi.Pack("policy")
}

// UnpackPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0505c8c9.
//
// Solidity: function policy() view returns(uint8)
func (multiProof *MultiProof) UnpackPolicy(data []byte) (uint8, error) {
	out, err := multiProof.abi.Unpack("policy", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackProposeDecision is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6128fff4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeDecision(bytes32 post) returns()
func (multiProof *MultiProof) PackProposeDecision(post [32]byte) []byte {
	enc, err := multiProof.abi.Pack("proposeDecision", post)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeDecision is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6128fff4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeDecision(bytes32 post) returns()
func (multiProof *MultiProof) TryPackProposeDecision(post [32]byte) ([]byte, error) {
	return multiProof.abi.Pack("proposeDecision", post)
}

// PackResolveWithSecondProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60541f76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveWithSecondProof(bytes32 post, uint256[8] proof) returns()
func (multiProof *MultiProof) PackResolveWithSecondProof(post [32]byte, proof [8]*big.Int) []byte {
	enc, err := multiProof.abi.Pack("resolveWithSecondProof", post, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveWithSecondProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60541f76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveWithSecondProof(bytes32 post, uint256[8] proof) returns()
func (multiProof *MultiProof) TryPackResolveWithSecondProof(post [32]byte, proof [8]*big.Int) ([]byte, error) {
	return multiProof.abi.Pack("resolveWithSecondProof", post, proof)
}

// PackRuleHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15952508.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ruleHash() view returns(bytes32)
func (multiProof *MultiProof) PackRuleHash() []byte {
	enc, err := multiProof.abi.Pack("ruleHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRuleHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15952508.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ruleHash() view returns(bytes32)
func (multiProof *MultiProof) TryPackRuleHash() ([]byte, error) {
	return multiProof.abi.Pack("ruleHash")
}

// UnpackRuleHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15952508.
//
// Solidity: function ruleHash() view returns(bytes32)
func (multiProof *MultiProof) UnpackRuleHash(data []byte) ([32]byte, error) {
	out, err := multiProof.abi.Unpack("ruleHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSampleBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa269b105.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleBps() view returns(uint16)
func (multiProof *MultiProof) PackSampleBps() []byte {
	enc, err := multiProof.abi.Pack("sampleBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa269b105.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleBps() view returns(uint16)
func (multiProof *MultiProof) TryPackSampleBps() ([]byte, error) {
	return multiProof.abi.Pack("sampleBps")
}

// UnpackSampleBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa269b105.
//
// Solidity: function sampleBps() view returns(uint16)
func (multiProof *MultiProof) UnpackSampleBps(data []byte) (uint16, error) {
	out, err := multiProof.abi.Unpack("sampleBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSampleLag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6ef4a8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleLag() view returns(uint64)
func (multiProof *MultiProof) PackSampleLag() []byte {
	enc, err := multiProof.abi.Pack("sampleLag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleLag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6ef4a8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleLag() view returns(uint64)
func (multiProof *MultiProof) TryPackSampleLag() ([]byte, error) {
	return multiProof.abi.Pack("sampleLag")
}

// UnpackSampleLag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6ef4a8e.
//
// Solidity: function sampleLag() view returns(uint64)
func (multiProof *MultiProof) UnpackSampleLag(data []byte) (uint64, error) {
	out, err := multiProof.abi.Unpack("sampleLag", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSampled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf57d1bf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampled(bytes32 blockHash, bytes32 commitment, uint16 bps) pure returns(bool)
func (multiProof *MultiProof) PackSampled(blockHash [32]byte, commitment [32]byte, bps uint16) []byte {
	enc, err := multiProof.abi.Pack("sampled", blockHash, commitment, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf57d1bf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampled(bytes32 blockHash, bytes32 commitment, uint16 bps) pure returns(bool)
func (multiProof *MultiProof) TryPackSampled(blockHash [32]byte, commitment [32]byte, bps uint16) ([]byte, error) {
	return multiProof.abi.Pack("sampled", blockHash, commitment, bps)
}

// UnpackSampled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf57d1bf3.
//
// Solidity: function sampled(bytes32 blockHash, bytes32 commitment, uint16 bps) pure returns(bool)
func (multiProof *MultiProof) UnpackSampled(data []byte) (bool, error) {
	out, err := multiProof.abi.Unpack("sampled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSecondVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9521e33e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function secondVerifier() view returns(address)
func (multiProof *MultiProof) PackSecondVerifier() []byte {
	enc, err := multiProof.abi.Pack("secondVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSecondVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9521e33e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function secondVerifier() view returns(address)
func (multiProof *MultiProof) TryPackSecondVerifier() ([]byte, error) {
	return multiProof.abi.Pack("secondVerifier")
}

// UnpackSecondVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9521e33e.
//
// Solidity: function secondVerifier() view returns(address)
func (multiProof *MultiProof) UnpackSecondVerifier(data []byte) (common.Address, error) {
	out, err := multiProof.abi.Unpack("secondVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackShortDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42731364.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shortDelay() view returns(uint64)
func (multiProof *MultiProof) PackShortDelay() []byte {
	enc, err := multiProof.abi.Pack("shortDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShortDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42731364.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shortDelay() view returns(uint64)
func (multiProof *MultiProof) TryPackShortDelay() ([]byte, error) {
	return multiProof.abi.Pack("shortDelay")
}

// UnpackShortDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42731364.
//
// Solidity: function shortDelay() view returns(uint64)
func (multiProof *MultiProof) UnpackShortDelay(data []byte) (uint64, error) {
	out, err := multiProof.abi.Unpack("shortDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStatementHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca9ee69a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statementHash(bytes32 pre, bytes32 post, bytes32 commitment) view returns(bytes32)
func (multiProof *MultiProof) PackStatementHash(pre [32]byte, post [32]byte, commitment [32]byte) []byte {
	enc, err := multiProof.abi.Pack("statementHash", pre, post, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatementHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca9ee69a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statementHash(bytes32 pre, bytes32 post, bytes32 commitment) view returns(bytes32)
func (multiProof *MultiProof) TryPackStatementHash(pre [32]byte, post [32]byte, commitment [32]byte) ([]byte, error) {
	return multiProof.abi.Pack("statementHash", pre, post, commitment)
}

// UnpackStatementHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca9ee69a.
//
// Solidity: function statementHash(bytes32 pre, bytes32 post, bytes32 commitment) view returns(bytes32)
func (multiProof *MultiProof) UnpackStatementHash(data []byte) ([32]byte, error) {
	out, err := multiProof.abi.Unpack("statementHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47eba8da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteDigest(bytes32 pre, bytes32 post, bytes32 commitment) view returns(bytes32)
func (multiProof *MultiProof) PackVoteDigest(pre [32]byte, post [32]byte, commitment [32]byte) []byte {
	enc, err := multiProof.abi.Pack("voteDigest", pre, post, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47eba8da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteDigest(bytes32 pre, bytes32 post, bytes32 commitment) view returns(bytes32)
func (multiProof *MultiProof) TryPackVoteDigest(pre [32]byte, post [32]byte, commitment [32]byte) ([]byte, error) {
	return multiProof.abi.Pack("voteDigest", pre, post, commitment)
}

// UnpackVoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47eba8da.
//
// Solidity: function voteDigest(bytes32 pre, bytes32 post, bytes32 commitment) view returns(bytes32)
func (multiProof *MultiProof) UnpackVoteDigest(data []byte) ([32]byte, error) {
	out, err := multiProof.abi.Unpack("voteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackZkVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6df096d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zkVerifier() view returns(address)
func (multiProof *MultiProof) PackZkVerifier() []byte {
	enc, err := multiProof.abi.Pack("zkVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZkVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6df096d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zkVerifier() view returns(address)
func (multiProof *MultiProof) TryPackZkVerifier() ([]byte, error) {
	return multiProof.abi.Pack("zkVerifier")
}

// UnpackZkVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6df096d.
//
// Solidity: function zkVerifier() view returns(address)
func (multiProof *MultiProof) UnpackZkVerifier(data []byte) (common.Address, error) {
	out, err := multiProof.abi.Unpack("zkVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// MultiProofClaimed represents a Claimed event raised by the MultiProof contract.
type MultiProofClaimed struct {
	Height     uint64
	Commitment [32]byte
	Zk         bool
	PostRoot   [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const MultiProofClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (MultiProofClaimed) ContractEventName() string {
	return MultiProofClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint64 indexed height, bytes32 commitment, bool zk, bytes32 postRoot)
func (multiProof *MultiProof) UnpackClaimedEvent(log *types.Log) (*MultiProofClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != multiProof.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MultiProofClaimed)
	if len(log.Data) > 0 {
		if err := multiProof.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range multiProof.abi.Events[event].Inputs {
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

// MultiProofDecisionProposed represents a DecisionProposed event raised by the MultiProof contract.
type MultiProofDecisionProposed struct {
	Height       uint64
	PostRoot     [32]byte
	ExecutableAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const MultiProofDecisionProposedEventName = "DecisionProposed"

// ContractEventName returns the user-defined event name.
func (MultiProofDecisionProposed) ContractEventName() string {
	return MultiProofDecisionProposedEventName
}

// UnpackDecisionProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DecisionProposed(uint64 indexed height, bytes32 postRoot, uint64 executableAt)
func (multiProof *MultiProof) UnpackDecisionProposedEvent(log *types.Log) (*MultiProofDecisionProposed, error) {
	event := "DecisionProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != multiProof.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MultiProofDecisionProposed)
	if len(log.Data) > 0 {
		if err := multiProof.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range multiProof.abi.Events[event].Inputs {
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

// MultiProofDropped represents a Dropped event raised by the MultiProof contract.
type MultiProofDropped struct {
	Height     uint64
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const MultiProofDroppedEventName = "Dropped"

// ContractEventName returns the user-defined event name.
func (MultiProofDropped) ContractEventName() string {
	return MultiProofDroppedEventName
}

// UnpackDroppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Dropped(uint64 indexed height, bytes32 commitment)
func (multiProof *MultiProof) UnpackDroppedEvent(log *types.Log) (*MultiProofDropped, error) {
	event := "Dropped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != multiProof.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MultiProofDropped)
	if len(log.Data) > 0 {
		if err := multiProof.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range multiProof.abi.Events[event].Inputs {
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

// MultiProofFinalized represents a Finalized event raised by the MultiProof contract.
type MultiProofFinalized struct {
	Height     uint64
	PreRoot    [32]byte
	PostRoot   [32]byte
	Commitment [32]byte
	Factors    uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const MultiProofFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (MultiProofFinalized) ContractEventName() string {
	return MultiProofFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint64 indexed height, bytes32 preRoot, bytes32 postRoot, bytes32 commitment, uint8 factors)
func (multiProof *MultiProof) UnpackFinalizedEvent(log *types.Log) (*MultiProofFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != multiProof.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MultiProofFinalized)
	if len(log.Data) > 0 {
		if err := multiProof.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range multiProof.abi.Events[event].Inputs {
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

// MultiProofHeld represents a Held event raised by the MultiProof contract.
type MultiProofHeld struct {
	Height     uint64
	Commitment [32]byte
	ZkPost     [32]byte
	TeePost    [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const MultiProofHeldEventName = "Held"

// ContractEventName returns the user-defined event name.
func (MultiProofHeld) ContractEventName() string {
	return MultiProofHeldEventName
}

// UnpackHeldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Held(uint64 indexed height, bytes32 commitment, bytes32 zkPost, bytes32 teePost)
func (multiProof *MultiProof) UnpackHeldEvent(log *types.Log) (*MultiProofHeld, error) {
	event := "Held"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != multiProof.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MultiProofHeld)
	if len(log.Data) > 0 {
		if err := multiProof.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range multiProof.abi.Events[event].Inputs {
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
func (multiProof *MultiProof) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], multiProof.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return multiProof.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return multiProof.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["BadQC"].ID.Bytes()[:4]) {
		return multiProof.UnpackBadQCError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["BadRule"].ID.Bytes()[:4]) {
		return multiProof.UnpackBadRuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["NoSecondVerifier"].ID.Bytes()[:4]) {
		return multiProof.UnpackNoSecondVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["NotAClaim"].ID.Bytes()[:4]) {
		return multiProof.UnpackNotAClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["NotHeld"].ID.Bytes()[:4]) {
		return multiProof.UnpackNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["NotInField"].ID.Bytes()[:4]) {
		return multiProof.UnpackNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["NotReady"].ID.Bytes()[:4]) {
		return multiProof.UnpackNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["OnlyGovernance"].ID.Bytes()[:4]) {
		return multiProof.UnpackOnlyGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["OtherBatchPending"].ID.Bytes()[:4]) {
		return multiProof.UnpackOtherBatchPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], multiProof.abi.Errors["WrongPreRoot"].ID.Bytes()[:4]) {
		return multiProof.UnpackWrongPreRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MultiProofAlreadyClaimed represents a AlreadyClaimed error raised by the MultiProof contract.
type MultiProofAlreadyClaimed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed()
func MultiProofAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x646cf558a545d59f8a09cbf8a0eb8a9332f1d17834843b20fc8d154839dc46d7")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed()
func (multiProof *MultiProof) UnpackAlreadyClaimedError(raw []byte) (*MultiProofAlreadyClaimed, error) {
	out := new(MultiProofAlreadyClaimed)
	if err := multiProof.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofBadConfig represents a BadConfig error raised by the MultiProof contract.
type MultiProofBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func MultiProofBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (multiProof *MultiProof) UnpackBadConfigError(raw []byte) (*MultiProofBadConfig, error) {
	out := new(MultiProofBadConfig)
	if err := multiProof.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofBadQC represents a BadQC error raised by the MultiProof contract.
type MultiProofBadQC struct {
	Status *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadQC(uint256 status)
func MultiProofBadQCErrorID() common.Hash {
	return common.HexToHash("0x398e6d139ab6e214ef75120cefe3c00ba53d79eb44fdac518e9b2d15a9b53cd3")
}

// UnpackBadQCError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadQC(uint256 status)
func (multiProof *MultiProof) UnpackBadQCError(raw []byte) (*MultiProofBadQC, error) {
	out := new(MultiProofBadQC)
	if err := multiProof.abi.UnpackIntoInterface(out, "BadQC", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofBadRule represents a BadRule error raised by the MultiProof contract.
type MultiProofBadRule struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRule()
func MultiProofBadRuleErrorID() common.Hash {
	return common.HexToHash("0xca7c57d4560654d1d30bf757ff65b699166d685d7445512dc7c7285ce341fadd")
}

// UnpackBadRuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRule()
func (multiProof *MultiProof) UnpackBadRuleError(raw []byte) (*MultiProofBadRule, error) {
	out := new(MultiProofBadRule)
	if err := multiProof.abi.UnpackIntoInterface(out, "BadRule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofNoSecondVerifier represents a NoSecondVerifier error raised by the MultiProof contract.
type MultiProofNoSecondVerifier struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSecondVerifier()
func MultiProofNoSecondVerifierErrorID() common.Hash {
	return common.HexToHash("0x41336ae339e0db18b8381e4a2d62f2ddcf94715edffbc9892e17e98268b49fcd")
}

// UnpackNoSecondVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSecondVerifier()
func (multiProof *MultiProof) UnpackNoSecondVerifierError(raw []byte) (*MultiProofNoSecondVerifier, error) {
	out := new(MultiProofNoSecondVerifier)
	if err := multiProof.abi.UnpackIntoInterface(out, "NoSecondVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofNotAClaim represents a NotAClaim error raised by the MultiProof contract.
type MultiProofNotAClaim struct {
	Post [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAClaim(bytes32 post)
func MultiProofNotAClaimErrorID() common.Hash {
	return common.HexToHash("0xe3fc29a6463c6fcd7d993fee64e14f130faaf15e2a7cd005c88912b1f5d4d6b0")
}

// UnpackNotAClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAClaim(bytes32 post)
func (multiProof *MultiProof) UnpackNotAClaimError(raw []byte) (*MultiProofNotAClaim, error) {
	out := new(MultiProofNotAClaim)
	if err := multiProof.abi.UnpackIntoInterface(out, "NotAClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofNotHeld represents a NotHeld error raised by the MultiProof contract.
type MultiProofNotHeld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHeld()
func MultiProofNotHeldErrorID() common.Hash {
	return common.HexToHash("0x845eadf12601bf5dc6c571fdc255295117b0296429ac7cfb4f424d4d4086ee38")
}

// UnpackNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHeld()
func (multiProof *MultiProof) UnpackNotHeldError(raw []byte) (*MultiProofNotHeld, error) {
	out := new(MultiProofNotHeld)
	if err := multiProof.abi.UnpackIntoInterface(out, "NotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofNotInField represents a NotInField error raised by the MultiProof contract.
type MultiProofNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInField()
func MultiProofNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x8e97c7e0e0e7cb40d96152481bd20f94db1012d27089584e189fa13f51d17ee0")
}

// UnpackNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInField()
func (multiProof *MultiProof) UnpackNotInFieldError(raw []byte) (*MultiProofNotInField, error) {
	out := new(MultiProofNotInField)
	if err := multiProof.abi.UnpackIntoInterface(out, "NotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofNotReady represents a NotReady error raised by the MultiProof contract.
type MultiProofNotReady struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReady()
func MultiProofNotReadyErrorID() common.Hash {
	return common.HexToHash("0x9488aaa6d4c8422fd206d80a4f6148f09f6483789c11233566b6677a823a66ba")
}

// UnpackNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReady()
func (multiProof *MultiProof) UnpackNotReadyError(raw []byte) (*MultiProofNotReady, error) {
	out := new(MultiProofNotReady)
	if err := multiProof.abi.UnpackIntoInterface(out, "NotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofOnlyGovernance represents a OnlyGovernance error raised by the MultiProof contract.
type MultiProofOnlyGovernance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyGovernance()
func MultiProofOnlyGovernanceErrorID() common.Hash {
	return common.HexToHash("0x54348f03bacab21a8a36da53ca12d0f27a67eb02beb85de54c1375a35f4cce45")
}

// UnpackOnlyGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyGovernance()
func (multiProof *MultiProof) UnpackOnlyGovernanceError(raw []byte) (*MultiProofOnlyGovernance, error) {
	out := new(MultiProofOnlyGovernance)
	if err := multiProof.abi.UnpackIntoInterface(out, "OnlyGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofOtherBatchPending represents a OtherBatchPending error raised by the MultiProof contract.
type MultiProofOtherBatchPending struct {
	PendingCommitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OtherBatchPending(bytes32 pendingCommitment)
func MultiProofOtherBatchPendingErrorID() common.Hash {
	return common.HexToHash("0xc629d30ed92b9edb475e3f71d3bcdcf5e438d15b546f9f1a1f9860af5abf2039")
}

// UnpackOtherBatchPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OtherBatchPending(bytes32 pendingCommitment)
func (multiProof *MultiProof) UnpackOtherBatchPendingError(raw []byte) (*MultiProofOtherBatchPending, error) {
	out := new(MultiProofOtherBatchPending)
	if err := multiProof.abi.UnpackIntoInterface(out, "OtherBatchPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MultiProofWrongPreRoot represents a WrongPreRoot error raised by the MultiProof contract.
type MultiProofWrongPreRoot struct {
	Want [32]byte
	Got  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPreRoot(bytes32 want, bytes32 got)
func MultiProofWrongPreRootErrorID() common.Hash {
	return common.HexToHash("0x2b2ada095fb12e1c47113af2e6be40e456d1efcd6db97ca4cadf473cb04345c9")
}

// UnpackWrongPreRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPreRoot(bytes32 want, bytes32 got)
func (multiProof *MultiProof) UnpackWrongPreRootError(raw []byte) (*MultiProofWrongPreRoot, error) {
	out := new(MultiProofWrongPreRoot)
	if err := multiProof.abi.UnpackIntoInterface(out, "WrongPreRoot", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"manager_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inclusionDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyWithdrawn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadBalanceProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChallengeParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadChallengeTx\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"consumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"BadDepositIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ChallengeNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"ChallengeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"}],\"name\":\"ChallengeOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"open\",\"type\":\"uint256\"}],\"name\":\"ChallengeQueueFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DABadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"}],\"name\":\"DepositOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"}],\"name\":\"DepositTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalHeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"QuorumRejected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"TooManyAnswers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"TooManyWithdrawals\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"UnknownHeight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongChallengeAcc\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongChallengeTx\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongDepositAcc\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongHeight\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongParent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDeposit\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ChallengeAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"ChallengeStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"DepositRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"name\":\"HeaderAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SettledWithdrawal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalDeferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANSWER_SPACING\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BOND_STEP\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CHALLENGE_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DA_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_HISTORY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"HEADER_HISTORY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ANSWERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOND_SHIFT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DA_SET\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAWALS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOLUTION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challengeOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"due\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daCertifiedUpTo\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"name\":\"daDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"d\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"daRootInstalled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositAcc\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"name\":\"depositTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"h\",\"type\":\"uint64\"}],\"name\":\"headerHashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"height\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastHeaderHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"to\",\"type\":\"uint256\"}],\"name\":\"prefill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"accBefore\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"deposits\",\"type\":\"tuple[]\"}],\"name\":\"refundDeposits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"resolutionHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"atHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"applied\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"atHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"resolveChallengeBLS\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"responseWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"daHash_\",\"type\":\"bytes32\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"settleRollup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"settleWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"startChallenge\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"updateState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"updateStateBLS\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"depositAcc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"challengeAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"historyRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"da\",\"type\":\"bytes\"}],\"name\":\"updateStateDA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"voteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdrawn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TeeRollup",
	Bin: "0x610160604052348015610010575f5ffd5b506040516155b53803806155b583398101604081905261002f91610282565b6001600160a01b0385166100565760405163d92e233d60e01b815260040160405180910390fd5b6001600160401b038316158061007857506301e13380836001600160401b0316115b8061008a57506001600160401b038216155b806100b25750826001600160401b0316826001600160401b031660026100b091906102f7565b115b806100bb575080155b806100c95750608081901c15155b156100e757604051630aa4c55560e21b815260040160405180910390fd5b6001600160a01b0385166080526001600160401b0380841660e052821661010052610120819052610118828461030e565b6001600160401b0316610140524660a081905261013590306101b5565b60c052610100849055610101805460ff60f01b1916600360f01b17905560015b61010081101561017e5760015f8261010081106101745761017461032d565b0155600101610155565b505f5b60408110156101aa57600161010582604081106101a0576101a061032d565b0155600101610181565b505050505050610341565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018390526001600160a01b03821660a08201525f9060c0016040516020818303038152906040528051906020012090505b92915050565b80516001600160401b038116811461027d575f5ffd5b919050565b5f5f5f5f5f60a08688031215610296575f5ffd5b85516001600160a01b03811681146102ac575f5ffd5b602087015190955093506102c260408701610267565b92506102d060608701610267565b9150608086015190509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610261576102616102e3565b6001600160401b038281168282160390811115610261576102616102e3565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e0516101005161012051610140516151c86103ed5f395f81816110ee0152818161118401526116df01525f81816105c101528181610f3f01528181610f8d015281816111ab01528181611f490152818161202e0152613b9001525f8181610a4101528181610c0001528181611035015261370001525f81816109bb0152610c2401525f61234e01525f61232601525f8181610569015261131c01526151c85ff3fe608060405260043610610350575f3560e01c80637fb6e828116101bd578063ce0ffa64116100f2578063e99d578011610092578063f340fa011161006d578063f340fa01146109dd578063f3f43703146109f0578063f698da2514610a1c578063f765b4c314610a30575f5ffd5b8063e99d578014610975578063ebf43c6f1461098b578063eddada1c146109aa575f5ffd5b8063d5d61fd8116100cd578063d5d61fd814610918578063d65885b31461092c578063d91b1ba41461094b578063e1f1176d1461095f575f5ffd5b8063ce0ffa64146108c6578063ceb31386146108f9578063d2ebd81f146105e3575f5ffd5b8063a2f057251161015d578063b5d3e0b311610138578063b5d3e0b314610836578063b7a3aaf914610855578063c1d2fadb14610874578063c7d0959914610893575f5ffd5b8063a2f05725146107c5578063a99d6c48146107f8578063afc6998314610817575f5ffd5b806392b3b90a1161019857806392b3b90a1461075c57806394654b321461077b5780639588eca21461079a5780639a44da83146107b0575f5ffd5b80637fb6e828146105e35780638bc9cd661461071c578063900cf0cf1461073b575f5ffd5b80632dfdf0b5116102935780636b51c6e5116102335780636ecb7f5e1161020e5780636ecb7f5e146105e35780636ef61092146106c5578063701c7372146105e35780637b898939146106f4575f5ffd5b80636b51c6e5146106265780636e66d84a146106925780636ebe2ce0146106a6575f5ffd5b8063481c6a751161026e578063481c6a751461055857806352305151146105b05780635f92be6a146105e357806362421fca146105f7575f5ffd5b80632dfdf0b5146104f95780633e93cfd11461052657806346790da514610545575f5ffd5b80630ef26743116102fe578063196685c4116102d9578063196685c4146103545780631e29848b146104a55780631f00b44b146104b95780632aed0d5a146104da575f5ffd5b80630ef26743146104705780630ff2fcad146104915780631403940814610354575f5ffd5b806308450d411161032e57806308450d41146103de5780630a06cfc6146103ff5780630dde314814610437575f5ffd5b8063021ab019146103545780630505d5341461037c578063054f7d9c14610390575b5f5ffd5b34801561035f575f5ffd5b5061036961010081565b6040519081526020015b60405180910390f35b348015610387575f5ffd5b50610369610a63565b34801561039b575f5ffd5b506103ce610101547e01000000000000000000000000000000000000000000000000000000000000900460ff1660021490565b6040519015158152602001610373565b3480156103e9575f5ffd5b506103fd6103f83660046149a6565b610a9a565b005b34801561040a575f5ffd5b5061041e610419366004614abc565b610b20565b60405167ffffffffffffffff9091168152602001610373565b348015610442575f5ffd5b50610101547801000000000000000000000000000000000000000000000000900465ffffffffffff1661041e565b34801561047b575f5ffd5b506101015461041e9067ffffffffffffffff1681565b34801561049c575f5ffd5b50610369610b92565b3480156104b0575f5ffd5b50610369610bf1565b3480156104c4575f5ffd5b506102aa5461041e9067ffffffffffffffff1681565b3480156104e5575f5ffd5b506103696104f4366004614abc565b610c4e565b348015610504575f5ffd5b50610101546d0100000000000000000000000000900464ffffffffff1661041e565b348015610531575f5ffd5b50610369610540366004614ae4565b610cd6565b61041e610553366004614b25565b610d4e565b348015610563575f5ffd5b5061058b7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610373565b3480156105bb575f5ffd5b506103697f000000000000000000000000000000000000000000000000000000000000000081565b3480156105ee575f5ffd5b50610369604081565b348015610602575f5ffd5b506103ce610611366004614b64565b6102a96020525f908152604090205460ff1681565b348015610631575f5ffd5b50610645610640366004614abc565b61113b565b6040805173ffffffffffffffffffffffffffffffffffffffff96909616865267ffffffffffffffff948516602087015292909316918401919091526060830152608082015260a001610373565b34801561069d575f5ffd5b506103fd6111f2565b3480156106b1575f5ffd5b506103fd6106c0366004614b7b565b611304565b3480156106d0575f5ffd5b506103ce6106df366004614bab565b6102a76020525f908152604090205460ff1681565b3480156106ff575f5ffd5b506101015468010000000000000000900464ffffffffff1661041e565b348015610727575f5ffd5b506103fd610736366004614bde565b611543565b348015610746575f5ffd5b506101035461041e9067ffffffffffffffff1681565b348015610767575f5ffd5b506103fd610776366004614bde565b61157d565b348015610786575f5ffd5b50610369610795366004614ca7565b61159b565b3480156107a5575f5ffd5b506103696101005481565b3480156107bb575f5ffd5b5061036961271081565b3480156107d0575f5ffd5b50610101547201000000000000000000000000000000000000900465ffffffffffff1661041e565b348015610803575f5ffd5b506103fd610812366004614abc565b6115f6565b348015610822575f5ffd5b506103fd610831366004614ccf565b61177f565b348015610841575f5ffd5b506103fd610850366004614cef565b6118a5565b348015610860575f5ffd5b506103fd61086f366004614d69565b611c15565b34801561087f575f5ffd5b5061036961088e366004614b64565b611c35565b34801561089e575f5ffd5b506103697f480e5c7a68eafaadb7b37908e2f92877d4d40d5cc97faaaf2a8a6d2584d8b2c781565b3480156108d1575f5ffd5b506103697ff750130f56edeb0c0845bcff3883e4d048a4d94c7da4737479d954e1fccc7e8c81565b348015610904575f5ffd5b506103fd610913366004614e44565b611cb0565b348015610923575f5ffd5b50610369600281565b348015610937575f5ffd5b506103fd610946366004614abc565b611ecf565b348015610956575f5ffd5b50610369611fc7565b34801561096a575f5ffd5b506103696101025481565b348015610980575f5ffd5b506103696102a85481565b348015610996575f5ffd5b506103fd6109a5366004614d69565b612054565b3480156109b5575f5ffd5b5061041e7f000000000000000000000000000000000000000000000000000000000000000081565b6103fd6109eb366004614bab565b612068565b3480156109fb575f5ffd5b50610369610a0a366004614bab565b6101046020525f908152604090205481565b348015610a27575f5ffd5b50610369612323565b348015610a3b575f5ffd5b5061041e7f000000000000000000000000000000000000000000000000000000000000000081565b610101545f908190610a82906101009067ffffffffffffffff16614ec7565b6101008110610a9357610a93614eda565b0154905090565b5f5f610ac78484610ac28e6020016020810190610ab79190614abc565b8f610120013561159b565b61237a565b509150915081610b03576040517f68d99a5800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b138b8b8b8b8b8b8b8861253d565b5050505050505050505050565b610101545f906d0100000000000000000000000000900464ffffffffff1667ffffffffffffffff831681111580610b6b5750610100610b6967ffffffffffffffff851683614f34565b115b15610b7857505f92915050565b610b8b8367ffffffffffffffff16612578565b9392505050565b610101545f906d0100000000000000000000000000900464ffffffffff168015610be957610185610100610bc7600184614f34565b610bd19190614ec7565b6101008110610be257610be2614eda565b0154610beb565b5f5b91505090565b5f610c4967ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116907f000000000000000000000000000000000000000000000000000000000000000016614f47565b905090565b610101545f9067ffffffffffffffff908116908316811080610c855750610100610c788483614f5a565b67ffffffffffffffff1610155b80610c98575067ffffffffffffffff8316155b15610ca557505f92915050565b5f610cbc61010067ffffffffffffffff8616614ec7565b6101008110610ccd57610ccd614eda565b01549392505050565b604080517f480e5c7a68eafaadb7b37908e2f92877d4d40d5cc97faaaf2a8a6d2584d8b2c7602082015267ffffffffffffffff86169181019190915260608101849052821515608082015260a081018290525f9060c0015b604051602081830303815290604052805190602001209050949350505050565b5f81818115610d785784845f818110610d6957610d69614eda565b919091013560f81c9050610d7a565b5f5b60ff169050816092148015610d8f5750600281145b80610da5575081607e148015610da55750600381145b610ddb576040517f17c95cb900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff1660018114610e9a577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff821601610e68576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f6f312cbd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6101015465ffffffffffff72010000000000000000000000000000000000008204811695505f91610ee99178010000000000000000000000000000000000000000000000009091041686614f34565b90505f610ef7604083614f7a565b90506040811115610f3c576040517f5066e198000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b347f0000000000000000000000000000000000000000000000000000000000000000821b14610fc1576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000821b6004820152346024820152604401610f33565b610fcc866001614f8d565b610101805465ffffffffffff929092167201000000000000000000000000000000000000027fffffffffffffffff000000000000ffffffffffffffffffffffffffffffffffff9092169190911790555f611027600284614fab565b61105b67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642614f47565b6110659190614f47565b90506110bb878867ffffffffffffffff16603085901b603885901b60603373ffffffffffffffffffffffffffffffffffffffff16901b1717178b8b6040516110ae929190614fc2565b60405180910390206125b9565b3367ffffffffffffffff88167f846e8b402d70631442e4c3a316cb870ebc137991c1711fff23a6f45520be8a9f836111137f000000000000000000000000000000000000000000000000000000000000000082614f47565b348e8e604051611127959493929190614fd1565b60405180910390a350505050505092915050565b5f5f5f5f5f5f5f61114b88612655565b915091508161116b57505f95508594508493508392508291506111e99050565b64ffffffffff603882901c169550606081901c866111a97f000000000000000000000000000000000000000000000000000000000000000082614f47565b7f000000000000000000000000000000000000000000000000000000000000000060ff603086901c161b6111dc8c6126eb565b9650965096509650965050505b91939590929450565b335f90815261010460205260408120549081900361123c576040517f969bf72800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f81815261010460205260408082208290555190919083908381818185875af1925050503d805f811461128b576040519150601f19603f3d011682016040523d82523d5f602084013e611290565b606091505b50509050806112cb576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405182815233907fd3f990ddd0f1a820ca21d6f29136b25c504220122117b21de9ede5602b99c5869060200160405180910390a25050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614611373576040517fc0fc8a8a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61010380547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff85161790556101028290556102a85481811461145e576102a882905581158015906113dd57505f8281526102a9602052604090205460ff16155b1561141a575f8281526102a96020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555b801561145e57610101546102aa80547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9092169190911790555b610101547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd7e0100000000000000000000000000000000000000000000000000000000000090910460ff16016114f95761010180547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e010000000000000000000000000000000000000000000000000000000000001790555b8367ffffffffffffffff167f1fc693471fb032b63dd4590177e8d145e6b27e801d82a7fcca2d0ecf3b7214058460405161153591815260200190565b60405180910390a250505050565b5f61154d8861275a565b905061156960028888888861156187611c35565b89895f6129d9565b6115738882612b69565b5050505050505050565b5f6115878861275a565b905061156960018888888861156187611c35565b5f5f6115a5612323565b604080517ff750130f56edeb0c0845bcff3883e4d048a4d94c7da4737479d954e1fccc7e8c8152602081019687529081019485526060812061190182529190955290925250506042601e9091012090565b61010154610105603f8316015460f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe83821c60ff1601611663576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61166d8285612ec1565b6116d95767ffffffffffffffff84165f9081526102a5602052604090205491506116978285612ec1565b6116d9576040517fcfc3d8c200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610f33565b5f61170f7f000000000000000000000000000000000000000000000000000000000000000064ffffffffff603886901c16614f47565b90508067ffffffffffffffff164211611768576040517fee3302dc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808716600483015282166024820152604401610f33565b6002821b60ff831b19851617610101555050505050565b6101005f61178e600883614f7a565b6117989083614f47565b90505f6117a6604083614f47565b9050808411156117b4578093505b845b8481101561189d5783811015611802576101858161010081106117db576117db614eda565b01545f036117fd5760016101858261010081106117fa576117fa614eda565b01555b611895565b8281101561184e576102856118178583614f34565b6020811061182757611827614eda565b01545f036117fd57600161028561183e8684614f34565b602081106117fa576117fa614eda565b61014561185b8483614f34565b6040811061186b5761186b614eda565b01545f036118955760016101456118828584614f34565b6040811061189257611892614eda565b01555b6001016117b6565b505050505050565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff16600214611907576040517f8208cbe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101546d0100000000000000000000000000900464ffffffffff168180158061195a57506101015461194d9068010000000000000000900464ffffffffff1683614f5a565b67ffffffffffffffff1681115b15611991576040517ff7242ea200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61199c8284614f5a565b9050855f5b83811015611a1457611a0a826119c18367ffffffffffffffff8716614f47565b8989858181106119d3576119d3614eda565b6119e99260206040909202019081019150614bab565b8a8a868181106119fb576119fb614eda565b90506040020160200135612eea565b91506001016119a1565b50610185610100611a26600187614f5a565b67ffffffffffffffff16611a3a9190614ec7565b6101008110611a4b57611a4b614eda565b01548114611a85576040517ff7242ea200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff821615611acf5786610185610100611aa7600186614f5a565b67ffffffffffffffff16611abb9190614ec7565b6101008110611acc57611acc614eda565b01555b61010180547fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff166d010000000000000000000000000064ffffffffff8516021790555f5b8381101561157357611b67878783818110611b3057611b30614eda565b611b469260206040909202019081019150614bab565b888884818110611b5857611b58614eda565b90506040020160200135612f28565b868682818110611b7957611b79614eda565b611b8f9260206040909202019081019150614bab565b73ffffffffffffffffffffffffffffffffffffffff16611baf8285615046565b67ffffffffffffffff167fca2e94a7eba592b74b0dc838c68a69ff20218762725adacbc234a229904f8888898985818110611bec57611bec614eda565b90506040020160200135604051611c0591815260200190565b60405180910390a3600101611b13565b611c2960018b8b8b8b8b8b8b8b8b8b61301c565b50505050505050505050565b5f611caa611c41612323565b7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f908152602085905260409081902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff16600214611d12576040517f8208cbe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b835f03611d4b576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526102a7602052604090205460ff1615611d97576040517fbd0016ea000000000000000000000000000000000000000000000000000000008152336004820152602401610f33565b611da86101005433868686866130c3565b611dde576040517fec0911af00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526102a7602052604080822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555190919086908381818185875af1925050503d805f8114611e53576040519150601f19603f3d011682016040523d82523d5f602084013e611e58565b606091505b5050905080611e93576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405185815233907fdc44644ebb39aa9685716635843ceda66b0921777f61b1b48a2f757d3fe6ef1f9060200160405180910390a25050505050565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff16600214611f31576040517f8208cbe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611f3b82613349565b509050606081901c611f76817f000000000000000000000000000000000000000000000000000000000000000060ff603086901c161b612f28565b60405173ffffffffffffffffffffffffffffffffffffffff82169067ffffffffffffffff8516907f3107cf6a69f75cc4c007d83933ad0681a94f9a2156b7dc3507d9c9cde6d1d7d9905f90a3505050565b610101545f9081906040906120189065ffffffffffff780100000000000000000000000000000000000000000000000082048116917201000000000000000000000000000000000000900416614f34565b6120229190614f7a565b905060408111610be9577f0000000000000000000000000000000000000000000000000000000000000000811b610beb565b611c2960028b8b8b8b8b8b8b8b8b8b61301c565b610101547e01000000000000000000000000000000000000000000000000000000000000900460ff16600181146120f5577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff821601610e68576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b345f0361212e576040517f56316e8700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff821661217b576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101546d0100000000000000000000000000900464ffffffffff165f61018561010060016121aa8286614f47565b6121b49190614f34565b6121be9190614ec7565b61010081106121cf576121cf614eda565b01549050815f036121dd57505f5b5f6121ea82848734612eea565b90505f6121f961010085614ec7565b90508161018582610100811061221157612211614eda565b015560e0600582901b165f610285600384901c6020811061223457612234614eda565b01549050814263ffffffff16901b8263ffffffff901b19821617610285600385901c6020811061226657612266614eda565b0155612273866001614f47565b610101805464ffffffffff929092166d0100000000000000000000000000027fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff909216919091179055604080513481526020810186905273ffffffffffffffffffffffffffffffffffffffff8a169167ffffffffffffffff8916917f240d2fe99ed469e5e985d4bfdb7aee138655ebe89900c1bc4910c8306fca1316910160405180910390a35050505050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000460361237057507f000000000000000000000000000000000000000000000000000000000000000090565b610c494630613472565b5f5f5f84601f605d8203166101fd8211605d831017171561239857505f5b86816123a15750365b803560c01c9250600881013560288201355f1a602983013560601c603d840135604051600284107ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414183108415151616156124cd578260601b81528360148201538460158201528a6035820152605581207ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808785097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103068252601b850160208301528560408301527ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141808783097ffffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414103066060830152505f5f5260205f60808360015afa50825f511499505b8760c01b815284600882015283602882015360298120945050505050828201605d83015b8181101561251d57803583811890841181029093185f81815293186020908152604090932092016124f1565b5050809450505080612533575f93505f92505f91505b5093509350939050565b5f6125478961275a565b905061256360018989898961255b87611c35565b8a8a8a6129d9565b61256d8982612b69565b505050505050505050565b5f8061258661010084614ec7565b9050600581600716901b610285600383901c602081106125a8576125a8614eda565b015463ffffffff911c169392505050565b5f6125cf604067ffffffffffffffff8616614ec7565b9050606061010582604081106125e7576125e7614eda565b0154901c5f036126245782610105826040811061260657612606614eda565b015581610145826040811061261d5761261d614eda565b015561264f565b67ffffffffffffffff84165f9081526102a5602090815260408083208690556102a690915290208290555b50505050565b5f8061010561266f604067ffffffffffffffff8616614ec7565b6040811061267f5761267f614eda565b0154905061268d8184612ec1565b1561269b5760019150915091565b8267ffffffffffffffff1666010000000000001781036126bf57505f928392509050565b5067ffffffffffffffff82165f9081526102a560205260409020546126e48184612ec1565b9150915091565b5f80612702604067ffffffffffffffff8516614ec7565b9050612723610105826040811061271b5761271b614eda565b015484612ec1565b6127465767ffffffffffffffff83165f9081526102a66020526040902054610b8b565b6101458160408110610ccd57610ccd614eda565b610101545f907ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7e0100000000000000000000000000000000000000000000000000000000000090910460ff16016127de576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610101545f906127f99067ffffffffffffffff166001615046565b905067ffffffffffffffff81166128166040850160208601614abc565b67ffffffffffffffff161461287c57806128366040850160208601614abc565b6040517f705bbcd400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610f33565b610101545f90819061289b906101009067ffffffffffffffff16614ec7565b61010081106128ac576128ac614eda565b01549050833581146128f4576040517ff8bef0820000000000000000000000000000000000000000000000000000000081526004810182905284356024820152604401610f33565b61291161290760a0860160808701614abc565b8560a00135613531565b61010061292160c0860186615066565b9050111561296d5761293660c0850185615066565b6040517f6757cc74000000000000000000000000000000000000000000000000000000008152610f33925060040190815260200190565b604061297c60e08601866150ca565b905011156129c85761299160e08501856150ca565b6040517f6dd91c6a000000000000000000000000000000000000000000000000000000008152610f33925060040190815260200190565b6129d18461379c565b949350505050565b6101025480612a14576040517f9210c8d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8989604051612a25929190614fc2565b604051809103902090505f8b828a8a604051612a42929190614fc2565b6040805191829003822060ff90941660208301528101919091526060810191909152608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052805160209091012090508315612ab357805f528360205260405f2090505b828114612aec576040517f68af8cc000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60ff8d16600214612b0d57612b08838d8d8d8d8d8d8d613872565b612b1d565b612b1d838d8d8d8d8d8d8d6138c9565b90508015612b5a576040517fd7a4b9da00000000000000000000000000000000000000000000000000000000815260048101829052602401610f33565b50505050505050505050505050565b805f610100612b7e6040860160208701614abc565b67ffffffffffffffff16612b929190614ec7565b6101008110612ba357612ba3614eda565b015560408201803561010055612bbc9060208401614abc565b61010180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055612c0660a0830160808401614abc565b610101805464ffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffffffffff0000000000ffffffffffffffff90921691909117905580612c5b6040840160208501614abc565b67ffffffffffffffff167f86867ebc72d77690736bf7ce8388f56a61c88e3d1b1bb98e332142ec1900d29b6040850135612c9b60a0870160808801614abc565b6040805192835267ffffffffffffffff90911660208301526101208701359082015260600160405180910390a35f612cd660e08401846150ca565b905090505f8167ffffffffffffffff811115612cf457612cf461512e565b604051908082528060200260200182016040528015612d1d578160200160208202803683370190505b5090505f5f5b83811015612db6575f6001612d3b60e08901896150ca565b84818110612d4b57612d4b614eda565b9050602002016020810190612d609190614abc565b67ffffffffffffffff16901c90505f5f612d7983613349565b9150915081868581518110612d9057612d90614eda565b602002602001018181525050612da68582613959565b9450505050806001019050612d23565b508461010001358114612e03576040517f241711eb000000000000000000000000000000000000000000000000000000008152600481018290526101008601356024820152604401610f33565b612e0b613974565b612e20612e1b60c0870187615066565b613aa3565b815192505f5b8381101561189d575f612e3c60e08801886150ca565b83818110612e4c57612e4c614eda565b9050602002016020810190612e619190614abc565b9050612eb8848381518110612e7857612e78614eda565b602002602001015160018367ffffffffffffffff16901c8360011667ffffffffffffffff166001148a6020016020810190612eb39190614abc565b613b80565b50600101612e26565b5f606083901c15801590610b8b57505067ffffffffffffffff1665ffffffffffff919091161490565b604080516020810186905290810184905273ffffffffffffffffffffffffffffffffffffffff83166060820152608081018290525f9060a001610d2e565b5f8273ffffffffffffffffffffffffffffffffffffffff1682612710906040515f60405180830381858888f193505050503d805f8114612f83576040519150601f19603f3d011682016040523d82523d5f602084013e612f88565b606091505b50509050806130175773ffffffffffffffffffffffffffffffffffffffff83165f908152610104602052604081208054849290612fc6908490614f47565b909155505060405182815273ffffffffffffffffffffffffffffffffffffffff8416907f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e9060200160405180910390a25b505050565b5f61302f61088e8c8c8c6105408d613c02565b90506130458c888888888689896102a8546129d9565b5f5f6130508d613349565b915091508b81146130a7576040517f4dfd593200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8e16600482015260248101829052604481018d9052606401610f33565b6130b3828e8d8d613b80565b5050505050505050505050505050565b5f8461330f565b5f60405160038810156130dd5750613305565b8360601b5f5260145f20868617155f6001838b355f1a5f8114613116576001811461314b57600281146131615750505050505050613305565b84156131285750505050505050613305565b60588a901b8752601587018b905260c08c901b6035880152603d872093506131fa565b8461315c5750505050505050613305565b6131fa565b846131725750505050505050613305565b603f8e10156131875750505050505050613305565b60018d013560601c60158e013560358f013560c01c8c83036131b25750505050505050505050613305565b8082176131c85750505050505050505050613305565b605883901b8a5260158a0182905260c081901b60358b0152603d8a20965050508060601b5f525060145f209150603d92505b50818c013560f01c935060ff84111561321857505050505050613305565b6002820191506007840160031c8083018e101561323b5750505050505050613305565b5f198160031b1c19838e01351680861b1561325d575050505050505050613305565b82871886610100031c15613278575050505050505050613305565b61010086900396871c96939091018d01921c9050600186535b83156132e8576001840393505f60018216156132c257508135806132bb5750505050505050613305565b6020830192505b60018681168286180294851888820152931860218701526041862094831c94921c613291565b508b8b0181146132fc575050505050613305565b50851493505050505b9695505050505050565b61333d838567ffffffffffffffff88168473ffffffffffffffffffffffffffffffffffffffff8c168d6130ca565b98975050505050505050565b5f8080613361604067ffffffffffffffff8616614ec7565b9050610105816040811061337757613377614eda565b015492506133858385612ec1565b156133d157610145816040811061339e5761339e614eda565b015491508367ffffffffffffffff1666010000000000001761010582604081106133ca576133ca614eda565b015561346c565b67ffffffffffffffff84165f9081526102a5602052604090205492506133f78385612ec1565b613439576040517fcfc3d8c200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610f33565b67ffffffffffffffff84165f9081526102a66020818152604080842080546102a584529185208590559290915291905591505b50915091565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201526080810183905273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c0015b60405160208183030381529060405280519060200120905092915050565b6101015464ffffffffff6801000000000000000082048116916d010000000000000000000000000090041667ffffffffffffffff841682118061358757508067ffffffffffffffff168467ffffffffffffffff16115b156135da576040517fdc72888000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8084166004830152808316602483015285166044820152606401610f33565b6101006135e78583614f5a565b67ffffffffffffffff161061363c576040517f01e5393000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015282166024820152604401610f33565b5f67ffffffffffffffff85161561368a5761018561010061365e600188614f5a565b67ffffffffffffffff166136729190614ec7565b610100811061368357613683614eda565b015461368c565b5f5b90508084146136e1576040517f3151ea2000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff861660048201526024810182905260448101859052606401610f33565b8167ffffffffffffffff168567ffffffffffffffff161015613795575f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1661373c8767ffffffffffffffff16612578565b6137469190614f47565b905080421061189d576040517f4abbfc6400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808816600483015282166024820152604401610f33565b5050505050565b5f36816137ac60c0850185615066565b9092509050365f6137c060e08701876150ca565b9092509050858483600584901b81016137db61016085614f47565b6137e6906020614f47565b8314158061381357506137fa876040614fab565b6138049084614f47565b61380f906020614f47565b8214155b1561384a576040517f2637731e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040516020815284820385602083013784820360200181209950505050505050505050919050565b5f5f6138828a8a8a8a8a5f613d1b565b9050601d81101561389457905061333d565b5f5f5f6138a5888d8d878b8b613db7565b9250925092506138b8838b8b8585613e0b565b9d9c50505050505050505050505050565b5f5f6138da8a8a8a8a8a6001613d1b565b9050601d8110156138ec57905061333d565b6040805161038081019091525f80806139088d8d8a8a88613e4b565b92509250925061391b838c8c8585613e0b565b9250821561393057829550505050505061333d565b61393a8985613ec3565b613945576006613947565b5f5b9e9d5050505050505050505050505050565b60408051602081018490529081018290525f90606001613513565b6101015465ffffffffffff780100000000000000000000000000000000000000000000000082048116917201000000000000000000000000000000000000900416815b81831015613a47575f5f6139ca85612655565b915091508115613a355764ffffffffff603882901c16428111613a2d576040517f3c5ec66700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808816600483015282166024820152604401610f33565b505050613a47565b613a3e8561515b565b945050506139b7565b80831461301757610101805465ffffffffffff85167801000000000000000000000000000000000000000000000000027fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff909116179055505050565b81600682901b81015b8082101561264f57813573ffffffffffffffffffffffffffffffffffffffff1660208301355f808080808587612710f1905080613b695773ffffffffffffffffffffffffffffffffffffffff83165f908152610104602052604081208054849290613b18908490614f47565b909155505060405182815273ffffffffffffffffffffffffffffffffffffffff8416907f378937fb952ff5e3e94cdad7b6afd547e004be4518d235ec19039e5d9656daa89060200160405180910390a25b505050604082613b799190614f47565b9150613aac565b8115613bbd57613bbd606085901c7f000000000000000000000000000000000000000000000000000000000000000060ff603088901c161b612f28565b60408051831515815267ffffffffffffffff83811660208301528516917f3f953d191351f11815e4fe939e8a9d12a0f6ff87e3ae6d7538e564d9875d5d829101611535565b610101545f907ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7e0100000000000000000000000000000000000000000000000000000000000090910460ff1601613c86576040517fabd6589c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6101015467ffffffffffffffff9081169083161580613cb857508067ffffffffffffffff168367ffffffffffffffff16115b80613cd85750610100613ccb8483614f5a565b67ffffffffffffffff1610155b15610ca5576040517f5180155300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610f33565b5f8460405181888237600192508882822003613d9057600292505f8835811a8015613d4d5760018114613d5c57613d61565b85613d5757601d91505b613d61565b605d91505b50821515811615613d8e576001830381810481838202146101018210821515161615613d8b578295505b50505b505b5050601d8110158015613daa5750613da88484613f1e565b155b1561330557506003613305565b5f8080808080613dca88888c8c85614020565b92509250925080613de75760045f5f955095509550505050613dff565b613df58c8c8c8c878761415f565b9550955095505050505b96509650969350505050565b5f6002861480613e1b5750600486145b15613e27575084613e42565b613e338585858561429a565b613e3f57506005613e42565b50845b95945050505050565b5f8080808080613e6089898c605d6001614020565b92509250925080613e7d5760045f5f955095509550505050613eb8565b613e898b8b858a6143ed565b89516040808c019190915260208b015160608c0152929850909650945082883760806040830160808901375050505b955095509592505050565b5f5f5f5f613ef17f2d6a2203fb6c12f6c0cbdc252ac5e00370d8986fea2842b0567a8742f9b18c58876145a1565b92509250925080613f07575f9350505050611caa565b8261010086015281610120860152613305856147a7565b5f82828101831515600583355f1a03613f4c57506002828101923560011a908510600882111715613f4c57505f5b80151593505b80156140175782355f815f1a60018114613f835760028114613f995760038114613fab5760048114613fc357613fd4565b8260081b60f01c15613f9457600391505b613fd4565b8260011a15613f945760029150613fd4565b606460018460011a031015613f945760029150613fd4565b8260081b60c01c15613fd457600991505b509384019380158486111715613fee575f95505050614017565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01613f52565b50141692915050565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c0810186614143577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b8181101561428a57803560181c8060481c60ff8260401c16600560018203118287101517156141a6576002995050505061428a565b81955060018160041b1b9050808801975060018c16156142795767ffffffffffffffff831660801b600182010189019850896142725760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e0135111516801561426a578160208a015260408d60408b013760205f60808b60015afa845f511460203d148216166142645760069c505b5061426f565b60069b505b50505b60418b019a505b50505060019890981c978901614171565b5050505096509650969350505050565b5f846001600582355f1a036142b4575060028101903560011a5b600192505b80156143e3578135805f1a600181146142f657600281146143115760038114614376578160081b60c01c8760801c101594506009840193506143b4565b8160081b60f01c61ffff8816101594506003840193506143b4565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c1615158101905061ffff8860601c161515810190508260011a8110159550506002840193506143b4565b8160011a60105b60708110156143ab5761ffff88821c168202606461ffff8b841c160210156143a3575f96505b60100161437d565b50506002840193505b505082156143e3577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff016142b9565b5050949350505050565b5f5f5f5f868801600189015b8181101561459457803560181c8060481c60ff8260401c16601d840135603d8501357f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478210157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47841015171760056001850311858a10151717156145165760029a505050505050614594565b6001600484901b81901b998a01999498508d16156145805761ffff8a16801561455d578260408e01528160608e015260408d60808f60065afa6145585760069b505b614567565b828d528160208e01525b5067ffffffffffffffff851660801b60018501018a0199505b50505060019990991c985050605d016143f9565b5050509450945094915050565b5f5f5f6040518581528460208201526060810160208152602080820152602060408201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a08201525f5b61010081101561479d578060011b60408401526060832060018260011b016040850152606084207f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d85090897507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090908915081606085015260205f60c08660055afa61472b57505061479d565b5f519650817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4788890903614793578060ff1c1561478857867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd470396505b60019550505061479d565b5050600101614613565b5050509250925092565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016101408320066101408301604084015181526060840151602082015281604082015260408160608360075afa9250835160408201526020840151606082015260408160808360065afa831692506101808101600181526002602082015282604082015260408160608360075afa8416935061010085015160408201526101208501516060820152604060c0830160808360065afa84169350507f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0820152608084015161010082015260a084015161012082015260c084015161014082015260e084015161016082015260205f6101808360085afa83169250505060015f511460203d141681169050919050565b5f610160828403121561495b575f5ffd5b50919050565b5f5f83601f840112614971575f5ffd5b50813567ffffffffffffffff811115614988575f5ffd5b60208301915083602082850101111561499f575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60a08a8c0312156149be575f5ffd5b893567ffffffffffffffff8111156149d4575f5ffd5b6149e08c828d0161494a565b99505060208a013567ffffffffffffffff8111156149fc575f5ffd5b614a088c828d01614961565b90995097505060408a013567ffffffffffffffff811115614a27575f5ffd5b614a338c828d01614961565b90975095505060608a013567ffffffffffffffff811115614a52575f5ffd5b614a5e8c828d01614961565b90955093505060808a013567ffffffffffffffff811115614a7d575f5ffd5b614a898c828d01614961565b915080935050809150509295985092959850929598565b803567ffffffffffffffff81168114614ab7575f5ffd5b919050565b5f60208284031215614acc575f5ffd5b610b8b82614aa0565b80358015158114614ab7575f5ffd5b5f5f5f5f60808587031215614af7575f5ffd5b614b0085614aa0565b935060208501359250614b1560408601614ad5565b9396929550929360600135925050565b5f5f60208385031215614b36575f5ffd5b823567ffffffffffffffff811115614b4c575f5ffd5b614b5885828601614961565b90969095509350505050565b5f60208284031215614b74575f5ffd5b5035919050565b5f5f5f60608486031215614b8d575f5ffd5b614b9684614aa0565b95602085013595506040909401359392505050565b5f60208284031215614bbb575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114610b8b575f5ffd5b5f5f5f5f5f5f5f6080888a031215614bf4575f5ffd5b873567ffffffffffffffff811115614c0a575f5ffd5b614c168a828b0161494a565b975050602088013567ffffffffffffffff811115614c32575f5ffd5b614c3e8a828b01614961565b909750955050604088013567ffffffffffffffff811115614c5d575f5ffd5b614c698a828b01614961565b909550935050606088013567ffffffffffffffff811115614c88575f5ffd5b614c948a828b01614961565b989b979a50959850939692959293505050565b5f5f60408385031215614cb8575f5ffd5b614cc183614aa0565b946020939093013593505050565b5f5f60408385031215614ce0575f5ffd5b50508035926020909101359150565b5f5f5f60408486031215614d01575f5ffd5b83359250602084013567ffffffffffffffff811115614d1e575f5ffd5b8401601f81018613614d2e575f5ffd5b803567ffffffffffffffff811115614d44575f5ffd5b8660208260061b8401011115614d58575f5ffd5b939660209190910195509293505050565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215614d82575f5ffd5b614d8b8b614aa0565b995060208b01359850614da060408c01614ad5565b9750614dae60608c01614aa0565b965060808b013567ffffffffffffffff811115614dc9575f5ffd5b614dd58d828e01614961565b90975095505060a08b013567ffffffffffffffff811115614df4575f5ffd5b614e008d828e01614961565b90955093505060c08b013567ffffffffffffffff811115614e1f575f5ffd5b614e2b8d828e01614961565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f60608587031215614e57575f5ffd5b84359350614e6760208601614aa0565b9250604085013567ffffffffffffffff811115614e82575f5ffd5b614e8e87828801614961565b95989497509550505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614ed557614ed5614e9a565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115611caa57611caa614f07565b80820180821115611caa57611caa614f07565b67ffffffffffffffff8281168282160390811115611caa57611caa614f07565b5f82614f8857614f88614e9a565b500490565b65ffffffffffff8181168382160190811115611caa57611caa614f07565b8082028115828204841417611caa57611caa614f07565b818382375f9101908152919050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b67ffffffffffffffff8181168382160190811115611caa57611caa614f07565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615099575f5ffd5b83018035915067ffffffffffffffff8211156150b3575f5ffd5b6020019150600681901b360382131561499f575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126150fd575f5ffd5b83018035915067ffffffffffffffff821115615117575f5ffd5b6020019150600581901b360382131561499f575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361518b5761518b614f07565b506001019056fea264697066735822122062103759e16023e51342b5dc85483ebdb81b9f54f751ae6c7c198a5d94e4341a64736f6c634300081e0033",
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

// ZkTransferVerifierMetaData contains all meta data concerning the ZkTransferVerifier contract.
var ZkTransferVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZkTransferVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b50611a1f8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806344f636921461004357806365c032591461006c57806398c13db914610081575b5f5ffd5b6100566100513660046118b5565b610094565b60405161006391906118d7565b60405180910390f35b61007f61007a366004611917565b6100f1565b005b61007f61008f36600461194c565b610387565b61009c611849565b6100af82358360015b60200201356106b9565b81526100cd6060830135604084013560a08501356080860135610855565b602083015260408201526100e760c08301358360076100a5565b6060820152919050565b5f5f6100fc83610d25565b915091505f6040516101008682377f0c6d1ca2a385b09d8a770bcb31c00ca1ab7b55d585172aacd35aed23d47e87a46101008201527f29c4bfec8a1b4befe906501e83f4ca33a22d793342be7e693e722a263866e9546101208201527f2feb1ddc730beb4a2e7bb016276d469338296d4a86f39f50ca7c03835203d1266101408201527f04e5f9e581b5ddabfb0f06d5034f7d517d0b01034bea1dc3125f4c75f698d65c6101608201527f0cf8805855a0acb0642aba0747e43e9cfe78ea3a89ba685222300ba2d56cc3496101808201527f2949963779d2c073f44ca5127cd9a90736cc1bc7676647b7858747548f7a10046101a08201527ea34a1b6520e816871eee425749bf22ce9396094582270b40fc767385605cfe6101c08201527f0af990d9dd51994321efe7fda557d5cecd8665f9b7ea9130a156f17b6fd1ad4f6101e08201527f0758876820653b36e2e9144a053f08ba7d010ec28a3c38c82f3fceef63e1e56b6102008201527f2fa7daaaae3d385b06543ef40a4c44edf4300240c0f1d98a63e0fc683d71bf1b61022082015283610240820152826102608201527f02e9fd7e5af475e09d6c4365ee8bacde9179c811d8b1e88e8f9fafc0c737f98a6102808201527f1bf891f3903d48ccf6bd22940a06bf34e56ba2291b0e0b9dbdbe1ae29ee7f7b96102a08201527f0d63abea9660f89421a031534ec691276c5307037b3e9bdbfe34793491d073036102c08201527f2904b8b6327dfb3375c7a351e2af15b8bf28a391d6150745db1d83e8410ab7906102e08201526020816103008360085afa905116905080610380576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b61038f611867565b5f806103a185825b6020020135610f8a565b90925090505f8080806103bc60408a013560208b01356110ab565b929650909450925090505f806103d38b6003610397565b915091505f5f6103e28c610d25565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0c6d1ca2a385b09d8a770bcb31c00ca1ab7b55d585172aacd35aed23d47e87a46101008e01527f29c4bfec8a1b4befe906501e83f4ca33a22d793342be7e693e722a263866e9546101208e01527f2feb1ddc730beb4a2e7bb016276d469338296d4a86f39f50ca7c03835203d1266101408e01527f04e5f9e581b5ddabfb0f06d5034f7d517d0b01034bea1dc3125f4c75f698d65c6101608e01527f0cf8805855a0acb0642aba0747e43e9cfe78ea3a89ba685222300ba2d56cc3496101808e01527f2949963779d2c073f44ca5127cd9a90736cc1bc7676647b7858747548f7a10046101a08e01527ea34a1b6520e816871eee425749bf22ce9396094582270b40fc767385605cfe6101c08e01527f0af990d9dd51994321efe7fda557d5cecd8665f9b7ea9130a156f17b6fd1ad4f6101e08e01527f0758876820653b36e2e9144a053f08ba7d010ec28a3c38c82f3fceef63e1e56b6102008e01527f2fa7daaaae3d385b06543ef40a4c44edf4300240c0f1d98a63e0fc683d71bf1b6102208e01526102408d018290526102608d018190527f02e9fd7e5af475e09d6c4365ee8bacde9179c811d8b1e88e8f9fafc0c737f98a6102808e01527f1bf891f3903d48ccf6bd22940a06bf34e56ba2291b0e0b9dbdbe1ae29ee7f7b96102a08e01527f0d63abea9660f89421a031534ec691276c5307037b3e9bdbfe34793491d073036102c08e01527f2904b8b6327dfb3375c7a351e2af15b8bf28a391d6150745db1d83e8410ab7906102e08e015290925090505f610655611886565b6020816103008f60085afa915081158061067157508051600114155b156106a8576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050505050505050505050565b5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310158061070957507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478210155b15610740576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8215801561074c575081155b1561075857505f61084f565b5f6107cc7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47877f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47898a0909086113f1565b90508083036107e1575050600182901b61084f565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808206810306830361081b575050600182811b1761084f565b6040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b92915050565b5f5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47861015806108a657507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478510155b806108d157507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478410155b806108fc57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310155b15610933576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b828486881717175f0361094a57505f905080610d1c565b5f80807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4761099960037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476119b1565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8c090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090990507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610b587f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b93505050505f5f610bde7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780610b9057610b90611984565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478586097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47878809086113f1565b9050610c4f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea47f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478488080961147f565b15915050610c5e8383836114da565b90935091508683148015610c7157508186145b15610c995780610c81575f610c84565b60025b60ff1660028a901b175f179450879350610d18565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780840681030687148015610cf357507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780830681030686145b1561081b5780610d03575f610d06565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f1a73a6ab4349a62b3e7dc2e2d6eaafdaaf3b7893f6d2cf5de41025fe1db4aee883527f1e33f7f8d979f25dcd798f1cda4858d65ba1b1cbb3cca83dd0ad3cc0b1cae09660208401527f281bb3a5952830de64bb3489e12466031bf0542625a4f23a272d6bce3be8bb5082527f1e1408b2a09c7baab0de9f114c603ee776c63c536d8329f098884274ffe6c73e6020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa841693507f221fd66e3f19d6889886c513645661b706bef5d3b1e5ced4992cc64d8bec7ec382527f085ec9a255daa5a3d46651d02b465c7f7350749e20781b462cbd2667fc6a33546020830152602087013590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa7f135b4c0480f1b9672ac37cc6c834d522f658e1de7598f2be02d0475c451e128b83527f04ea4402a17c7d98e626708e4f493925293f88c141949f9faf9bfd41be24694560208401526040888101358185018190527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000011191909516169390508160608160075afa831692505060408160808360065afa81516020909201519194509092501680610f84576040517fa54f8e2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50915091565b5f5f825f03610f9d57505f928392509050565b600183811c9250808416147f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310611001576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6110747f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4788890909086113f1565b91508015610f84577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808306810306915050915091565b5f808080851580156110bb575084155b156110d057505f9250829150819050806113e8565b600286811c945085935060018088161490808816147f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478610158061113457507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478510155b1561116b576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476111b860037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476119b1565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47888a090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47887f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8b090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47887f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8b090990507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506113777f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b95506113848787866114da565b909750955084156113e2577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780880681030696507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780870681030695505b50505050505b92959194509250565b5f61141c827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611730565b9050817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478283091461147a576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b919050565b5f5f6114ab837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611730565b9050827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47828309149392505050565b5f808061152f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808788097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47898a09086113f1565b90508315611560577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47908190068103065b6115cf7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea47f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47848a08096113f1565b92507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4761161f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47600286096117bf565b860991507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476116967f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478485097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4785860908861415806116f057507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808385096002098514155b15611727576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a082015260208160c08360055afa9051925090508061084d576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6117ea827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611730565b90507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4781830960011461147a576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b80610100810183101561084f575f5ffd5b5f61010082840312156118c6575f5ffd5b6118d083836118a4565b9392505050565b6080810181835f5b60048110156118fe5781518352602092830192909101906001016118df565b50505092915050565b806060810183101561084f575f5ffd5b5f5f6101608385031215611929575f5ffd5b61193384846118a4565b9150611943846101008501611907565b90509250929050565b5f5f60e0838503121561195d575f5ffd5b608083018481111561196d575f5ffd5b83925061197a8582611907565b9150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8181038181111561084f577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea26469706673582212208c6d7c0e1664456de6da7654558f628ac4e20fc1b08e83d5b76648f6d4dcbffd64736f6c634300081e0033",
}

// ZkTransferVerifier is an auto generated Go binding around an Ethereum contract.
type ZkTransferVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZkTransferVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewZkTransferVerifier creates a new instance of ZkTransferVerifier.
func NewZkTransferVerifier() *ZkTransferVerifier {
	parsed, err := ZkTransferVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZkTransferVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZkTransferVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44f63692.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(uint256[8] proof) view returns(uint256[4] compressed)
func (zkTransferVerifier *ZkTransferVerifier) PackCompressProof(proof [8]*big.Int) []byte {
	enc, err := zkTransferVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44f63692.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(uint256[8] proof) view returns(uint256[4] compressed)
func (zkTransferVerifier *ZkTransferVerifier) TryPackCompressProof(proof [8]*big.Int) ([]byte, error) {
	return zkTransferVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44f63692.
//
// Solidity: function compressProof(uint256[8] proof) view returns(uint256[4] compressed)
func (zkTransferVerifier *ZkTransferVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := zkTransferVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (zkTransferVerifier *ZkTransferVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) []byte {
	enc, err := zkTransferVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (zkTransferVerifier *ZkTransferVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) ([]byte, error) {
	return zkTransferVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c03259.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(uint256[8] proof, uint256[3] input) view returns()
func (zkTransferVerifier *ZkTransferVerifier) PackVerifyProof(proof [8]*big.Int, input [3]*big.Int) []byte {
	enc, err := zkTransferVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c03259.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(uint256[8] proof, uint256[3] input) view returns()
func (zkTransferVerifier *ZkTransferVerifier) TryPackVerifyProof(proof [8]*big.Int, input [3]*big.Int) ([]byte, error) {
	return zkTransferVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zkTransferVerifier *ZkTransferVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zkTransferVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return zkTransferVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zkTransferVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return zkTransferVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZkTransferVerifierProofInvalid represents a ProofInvalid error raised by the ZkTransferVerifier contract.
type ZkTransferVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func ZkTransferVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (zkTransferVerifier *ZkTransferVerifier) UnpackProofInvalidError(raw []byte) (*ZkTransferVerifierProofInvalid, error) {
	out := new(ZkTransferVerifierProofInvalid)
	if err := zkTransferVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkTransferVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the ZkTransferVerifier contract.
type ZkTransferVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func ZkTransferVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (zkTransferVerifier *ZkTransferVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*ZkTransferVerifierPublicInputNotInField, error) {
	out := new(ZkTransferVerifierPublicInputNotInField)
	if err := zkTransferVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkTransferVerifierUnsoundMetaData contains all meta data concerning the ZkTransferVerifierUnsound contract.
var ZkTransferVerifierUnsoundMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZkTransferVerifierUnsound",
	Bin: "0x6080604052348015600e575f5ffd5b50611a218061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806344f636921461004357806365c032591461006c57806398c13db914610081575b5f5ffd5b6100566100513660046118b7565b610094565b60405161006391906118d9565b60405180910390f35b61007f61007a366004611919565b6100f1565b005b61007f61008f36600461194e565b610388565b61009c61184b565b6100af82358360015b60200201356106bb565b81526100cd6060830135604084013560a08501356080860135610857565b602083015260408201526100e760c08301358360076100a5565b6060820152919050565b5f5f6100fc83610d27565b915091505f6040516101008682377f2f3b52f4eba5efd5caf7d2ec6120dffaf14e16d92863757caa37cb987ef2c1356101008201527f12fdbe74d5584c0dd0f453c0f309d844ef5e902f54c84c6216cdbd131ffcc7b76101208201527f2d8916ff25a46de9ef467fabadef7c70b2004e320ead1c0462f35733e00f0a266101408201527f1d68169412acc2be0bab7be83058655c694d4cbe3584a7c4e38f12cf08fe8fbe6101608201527f1862757288549dfedfbe51cef644f97e4d6858e0b059953f423387447a9688db6101808201527f2ec314080c57e42bb36922ce235961c2b06363642be16efffdd4da20d84a1eab6101a08201527f27d87752272b371dfa207b591da2407f3d796921794fcba03b7995c8236e20086101c08201527f27b6d82ca5752208c81fc7c8acbab7e5cb76f40a3d117d95948fb6a6cafa704b6101e08201527f1baf12aa0a36cd9a5bac9306b77821a406b14f947cd56d21693c305e7a1c760e6102008201527f08c69f979abf2983b8e70dfccaf6e339fd1b9d42252f9cd4e8fae5b445617f8561022082015283610240820152826102608201527f07740aad974d0bb9e244a09ef348feb887c4a251d00645ddebb598ffa1ce71146102808201527f05fd1b8b473920a64443e2ed6d042d57262037f6c33c9fdb6d62511389e288136102a08201527f1023030b6d307b2dc284210aca566a08ea1a88b624506e3386b7b816a067493d6102c08201527f1a40efac7aa7e806f493ae62c0edce64b14f9647edfa67d028db5b87b8e145676102e08201526020816103008360085afa905116905080610381576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b610390611869565b5f806103a285825b6020020135610f8c565b90925090505f8080806103bd60408a013560208b01356110ad565b929650909450925090505f806103d48b6003610398565b915091505f5f6103e38c610d27565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f2f3b52f4eba5efd5caf7d2ec6120dffaf14e16d92863757caa37cb987ef2c1356101008e01527f12fdbe74d5584c0dd0f453c0f309d844ef5e902f54c84c6216cdbd131ffcc7b76101208e01527f2d8916ff25a46de9ef467fabadef7c70b2004e320ead1c0462f35733e00f0a266101408e01527f1d68169412acc2be0bab7be83058655c694d4cbe3584a7c4e38f12cf08fe8fbe6101608e01527f1862757288549dfedfbe51cef644f97e4d6858e0b059953f423387447a9688db6101808e01527f2ec314080c57e42bb36922ce235961c2b06363642be16efffdd4da20d84a1eab6101a08e01527f27d87752272b371dfa207b591da2407f3d796921794fcba03b7995c8236e20086101c08e01527f27b6d82ca5752208c81fc7c8acbab7e5cb76f40a3d117d95948fb6a6cafa704b6101e08e01527f1baf12aa0a36cd9a5bac9306b77821a406b14f947cd56d21693c305e7a1c760e6102008e01527f08c69f979abf2983b8e70dfccaf6e339fd1b9d42252f9cd4e8fae5b445617f856102208e01526102408d018290526102608d018190527f07740aad974d0bb9e244a09ef348feb887c4a251d00645ddebb598ffa1ce71146102808e01527f05fd1b8b473920a64443e2ed6d042d57262037f6c33c9fdb6d62511389e288136102a08e01527f1023030b6d307b2dc284210aca566a08ea1a88b624506e3386b7b816a067493d6102c08e01527f1a40efac7aa7e806f493ae62c0edce64b14f9647edfa67d028db5b87b8e145676102e08e015290925090505f610657611888565b6020816103008f60085afa915081158061067357508051600114155b156106aa576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050505050505050505050565b5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310158061070b57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478210155b15610742576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8215801561074e575081155b1561075a57505f610851565b5f6107ce7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47877f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47898a0909086113f3565b90508083036107e3575050600182901b610851565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808206810306830361081d575050600182811b17610851565b6040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b92915050565b5f5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47861015806108a857507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478510155b806108d357507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478410155b806108fe57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310155b15610935576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b828486881717175f0361094c57505f905080610d1e565b5f80807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4761099b60037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476119b3565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8c090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090990507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610b5a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b93505050505f5f610be07f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780610b9257610b92611986565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478586097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47878809086113f3565b9050610c517f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea47f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4784880809611481565b15915050610c608383836114dc565b90935091508683148015610c7357508186145b15610c9b5780610c83575f610c86565b60025b60ff1660028a901b175f179450879350610d1a565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780840681030687148015610cf557507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780830681030686145b1561081d5780610d05575f610d08565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f235002cd881b81e2fdca2d6fe3d0669bfabda1748dc2834b036d22947c3c481a83527f097e98bb160357b248a68260268d194b42246f947bfd8d9e2d5b640050bc7e8460208401527f2aead698026b3495efb27f4ccaa1fe8bc519822c709534df9f2367afb4a077f482527f0724233c26871f5ba4b58114f817b4ae4680ba0e8cb7b5ec282445d4df55fc436020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa841693507f12f47ac25495aac7ad1f61761e0a66b53f5894de18710bd3068b34add4d3cc9882527f2bc8501e3bedfdf0d670551284e7ba1daa11225976fa90741e064ca614a9a9356020830152602087013590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa7f2b02a9422ad94a35decce56106c535e489605eaa35e5e87ef5a0f077193724bd83527f15db47c5b4b11bdd24daec2b84a46e696c59a65bd0f096b55ec636c76e3b4d7160208401526040888101358185018190527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000011191909516169390508160608160075afa831692505060408160808360065afa81516020909201519194509092501680610f86576040517fa54f8e2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50915091565b5f5f825f03610f9f57505f928392509050565b600183811c9250808416147f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478310611003576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6110767f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4788890909086113f3565b91508015610f86577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808306810306915050915091565b5f808080851580156110bd575084155b156110d257505f9250829150819050806113ea565b600286811c945085935060018088161490808816147f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478610158061113657507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478510155b1561116d576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476111ba60037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476119b3565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47888a090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47887f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8b090990505f7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47887f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a8b090990507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506113797f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b95506113868787866114dc565b909750955084156113e4577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780880681030696507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4780870681030695505b50505050505b92959194509250565b5f61141e827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611732565b9050817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478283091461147c576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b919050565b5f5f6114ad837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611732565b9050827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47828309149392505050565b5f80806115317f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808788097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47898a09086113f3565b90508315611562577f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47908190068103065b6115d17f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea47f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47848a08096113f3565b92507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476116217f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47600286096117c1565b860991507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd476116987f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478485097f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd479081900681030690565b7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4785860908861415806116f257507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808385096002098514155b15611729576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a082015260208160c08360055afa9051925090508061084f576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6117ec827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611732565b90507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4781830960011461147c576040517f7fcdd1f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b806101008101831015610851575f5ffd5b5f61010082840312156118c8575f5ffd5b6118d283836118a6565b9392505050565b6080810181835f5b60048110156119005781518352602092830192909101906001016118e1565b50505092915050565b8060608101831015610851575f5ffd5b5f5f610160838503121561192b575f5ffd5b61193584846118a6565b9150611945846101008501611909565b90509250929050565b5f5f60e0838503121561195f575f5ffd5b608083018481111561196f575f5ffd5b83925061197c8582611909565b9150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b81810381811115610851577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea2646970667358221220a3d36ba73ac0bb6ed50332a98d8246fd20c279464fdfe68134e059be17ae6ad464736f6c634300081e0033",
}

// ZkTransferVerifierUnsound is an auto generated Go binding around an Ethereum contract.
type ZkTransferVerifierUnsound struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZkTransferVerifierUnsound) GetABI() abi.ABI {
	return c.abi
}

// NewZkTransferVerifierUnsound creates a new instance of ZkTransferVerifierUnsound.
func NewZkTransferVerifierUnsound() *ZkTransferVerifierUnsound {
	parsed, err := ZkTransferVerifierUnsoundMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZkTransferVerifierUnsound{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZkTransferVerifierUnsound) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44f63692.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(uint256[8] proof) view returns(uint256[4] compressed)
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) PackCompressProof(proof [8]*big.Int) []byte {
	enc, err := zkTransferVerifierUnsound.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44f63692.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(uint256[8] proof) view returns(uint256[4] compressed)
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) TryPackCompressProof(proof [8]*big.Int) ([]byte, error) {
	return zkTransferVerifierUnsound.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44f63692.
//
// Solidity: function compressProof(uint256[8] proof) view returns(uint256[4] compressed)
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := zkTransferVerifierUnsound.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) []byte {
	enc, err := zkTransferVerifierUnsound.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) ([]byte, error) {
	return zkTransferVerifierUnsound.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c03259.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(uint256[8] proof, uint256[3] input) view returns()
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) PackVerifyProof(proof [8]*big.Int, input [3]*big.Int) []byte {
	enc, err := zkTransferVerifierUnsound.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65c03259.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(uint256[8] proof, uint256[3] input) view returns()
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) TryPackVerifyProof(proof [8]*big.Int, input [3]*big.Int) ([]byte, error) {
	return zkTransferVerifierUnsound.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zkTransferVerifierUnsound.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return zkTransferVerifierUnsound.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], zkTransferVerifierUnsound.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return zkTransferVerifierUnsound.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZkTransferVerifierUnsoundProofInvalid represents a ProofInvalid error raised by the ZkTransferVerifierUnsound contract.
type ZkTransferVerifierUnsoundProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func ZkTransferVerifierUnsoundProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) UnpackProofInvalidError(raw []byte) (*ZkTransferVerifierUnsoundProofInvalid, error) {
	out := new(ZkTransferVerifierUnsoundProofInvalid)
	if err := zkTransferVerifierUnsound.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkTransferVerifierUnsoundPublicInputNotInField represents a PublicInputNotInField error raised by the ZkTransferVerifierUnsound contract.
type ZkTransferVerifierUnsoundPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func ZkTransferVerifierUnsoundPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (zkTransferVerifierUnsound *ZkTransferVerifierUnsound) UnpackPublicInputNotInFieldError(raw []byte) (*ZkTransferVerifierUnsoundPublicInputNotInField, error) {
	out := new(ZkTransferVerifierUnsoundPublicInputNotInField)
	if err := zkTransferVerifierUnsound.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
