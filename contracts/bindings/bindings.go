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

// RollupTypesHeader is an auto generated low-level Go binding around an user-defined struct.
type RollupTypesHeader struct {
	ParentHash   [32]byte
	Height       uint64
	StateRoot    [32]byte
	TxRoot       [32]byte
	DepositIndex uint64
	Withdrawals  []RollupTypesWithdrawal
	Challenges   []uint64
	DataRoot     [32]byte
}

// RollupTypesWithdrawal is an auto generated low-level Go binding around an user-defined struct.
type RollupTypesWithdrawal struct {
	To     common.Address
	Amount *big.Int
}

// RollupTypesHarnessMetaData contains all meta data concerning the RollupTypesHarness contract.
var RollupTypesHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"tsc\",\"type\":\"address\"}],\"name\":\"checkSigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tsc\",\"type\":\"address\"}],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structRollupTypes.Withdrawal[]\",\"name\":\"withdrawals\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64[]\",\"name\":\"challenges\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollupTypes.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "RollupTypesHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610c498061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806390135fe414610043578063926fbccb14610069578063afdc7d261461007c575b5f5ffd5b610056610051366004610787565b6100ac565b6040519081526020015b60405180910390f35b6100566100773660046107a7565b6100bc565b61008f61008a3660046107df565b6100c6565b604080519315158452911515602084015290820152606001610060565b5f6100b682610117565b92915050565b5f6100b6826101d4565b5f5f5f5f5f6100d588886101e6565b91509150806100ef57505f935083925082915061010e9050565b60016100fb8388610420565b61010584896105b8565b94509450945050505b93509350939050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606082015246608082015273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c0015b604051602081830303815290604052805190602001209050919050565b5f816040516020016101b791906109d1565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052906092831480156102555750600284845f8161024357610243610ab8565b9050013560f81c60f81b60f81c60ff16145b15610339576002825261026c601560018587610ae5565b61027591610b0c565b60601c602083015261028b602960158587610ae5565b61029491610b0c565b60601c60408301526102aa604960298587610ae5565b6102b391610b72565b60608301526102c6605160498587610ae5565b6102cf91610bae565b60c01c60808301526102e5607160518587610ae5565b6102ee91610b72565b60a0830152610301609160718587610ae5565b61030a91610b72565b60c08301528383609181811061032257610322610ab8565b919091013560f81c60e08401525060019050610419565b607e831480156103685750600384845f8161035657610356610ab8565b9050013560f81c60f81b60f81c60ff16145b15610416576003825261037f601560018587610ae5565b61038891610b0c565b60601c602083015261039e603560158587610ae5565b6103a791610b72565b60608301526103ba603d60358587610ae5565b6103c391610bae565b60c01c60808301526103d9605d603d8587610ae5565b6103e291610b72565b60a08301526103f5607d605d8587610ae5565b6103fe91610b72565b60c08301528383607d81811061032257610322610ab8565b505f5b9250929050565b5f8260e0015160ff16601b1415801561044157508260e0015160ff16601c14155b1561044d57505f6100b6565b60c08301517f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a01080610481575060c0830151155b8061048e575060a0830151155b1561049a57505f6100b6565b602083015173ffffffffffffffffffffffffffffffffffffffff166104c057505f6100b6565b5f60016104cd85856105b8565b8560e001518660a001518760c001516040515f8152602001604052604051610511949392919093845260ff9290921660208401526040830152606082015260800190565b6020604051602081039080840390855afa158015610531573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116158015906105b05750836020015173ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff16145b949350505050565b81515f90819060ff1660021461065c577ff8cd0ff9489d1c2f2463c5d44906b3c7b06f27352fcf50c46fc945c41a323c4d846020015185606001518660800151604051602001610641949392919093845273ffffffffffffffffffffffffffffffffffffffff929092166020840152604083015267ffffffffffffffff16606082015260800190565b604051602081830303815290604052805190602001206106fa565b6020808501516040808701516060880151608089015192516106e3957fb416b2cbc79362e0b10d9065dd86292802340c8e208ee23fc99f7e9dbf85f3499594910194855273ffffffffffffffffffffffffffffffffffffffff9384166020860152919092166040840152606083019190915267ffffffffffffffff16608082015260a00190565b604051602081830303815290604052805190602001205b905061070583610117565b6040517f190100000000000000000000000000000000000000000000000000000000000060208201526022810191909152604281018290526062016040516020818303038152906040528051906020012091505092915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610782575f5ffd5b919050565b5f60208284031215610797575f5ffd5b6107a08261075f565b9392505050565b5f602082840312156107b7575f5ffd5b813567ffffffffffffffff8111156107cd575f5ffd5b820161010081850312156107a0575f5ffd5b5f5f5f604084860312156107f1575f5ffd5b833567ffffffffffffffff811115610807575f5ffd5b8401601f81018613610817575f5ffd5b803567ffffffffffffffff81111561082d575f5ffd5b86602082840101111561083e575f5ffd5b60209182019450925061085290850161075f565b90509250925092565b803567ffffffffffffffff81168114610782575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126108a5575f5ffd5b830160208101925035905067ffffffffffffffff8111156108c4575f5ffd5b8060061b3603821315610419575f5ffd5b8183526020830192505f815f5b848110156109275773ffffffffffffffffffffffffffffffffffffffff6109088361075f565b16865260208281013590870152604095860195909101906001016108e2565b5093949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610964575f5ffd5b830160208101925035905067ffffffffffffffff811115610983575f5ffd5b8060051b3603821315610419575f5ffd5b8183526020830192505f815f5b848110156109275767ffffffffffffffff6109bb8361085b565b16865260209586019591909101906001016109a1565b60208082528235828201525f9067ffffffffffffffff906109f390850161085b565b1660408301525f60408401359050806060840152505f6060840135905080608084015250610a236080840161085b565b67ffffffffffffffff811660a084015250610a4160a0840184610872565b61010060c0850152610a58610120850182846108d5565b915050610a6860c0850185610931565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08584030160e0860152610a9d838284610994565b60e09690960135610100959095019490945250929392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f85851115610af3575f5ffd5b83861115610aff575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015610b6b577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b803560208310156100b6577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffff0000000000000000000000000000000000000000000000008116906008841015610b6b577fffffffffffffffff000000000000000000000000000000000000000000000000808560080360031b1b8216169150509291505056fea2646970667358221220af447a468a9d7970c2b27bd69470c6ea8f92db55a83b22c17e8508032c73339f64736f6c634300081e0033",
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
// the contract method with ID 0x926fbccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHash((bytes32,uint64,bytes32,bytes32,uint64,(address,uint256)[],uint64[],bytes32) h) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) PackHeaderHash(h RollupTypesHeader) []byte {
	enc, err := rollupTypesHarness.abi.Pack("headerHash", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926fbccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHash((bytes32,uint64,bytes32,bytes32,uint64,(address,uint256)[],uint64[],bytes32) h) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) TryPackHeaderHash(h RollupTypesHeader) ([]byte, error) {
	return rollupTypesHarness.abi.Pack("headerHash", h)
}

// UnpackHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x926fbccb.
//
// Solidity: function headerHash((bytes32,uint64,bytes32,bytes32,uint64,(address,uint256)[],uint64[],bytes32) h) pure returns(bytes32)
func (rollupTypesHarness *RollupTypesHarness) UnpackHeaderHash(data []byte) ([32]byte, error) {
	out, err := rollupTypesHarness.abi.Unpack("headerHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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
