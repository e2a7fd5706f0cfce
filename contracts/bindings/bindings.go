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

// QuorumVerifierHarnessMetaData contains all meta data concerning the QuorumVerifierHarness contract.
var QuorumVerifierHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"QuorumRejected\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"Certified\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"checkBLS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"committeeHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"checkECDSA\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pops\",\"type\":\"bytes\"}],\"name\":\"checkRegistration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"message\",\"type\":\"bytes32\"}],\"name\":\"hashToG1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"popDST\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pops\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"}],\"name\":\"ruleValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"submitBLS\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"committee\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rule\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"qc\",\"type\":\"bytes\"}],\"name\":\"submitECDSA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"voteDST\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"voteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"voteDigestFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "QuorumVerifierHarness",
	Bin: "0x60c060405234801561000f575f5ffd5b504660a0818152604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082019490945230818401528151808203909301835260c0019052805191012060805260805160a051611d2d6100d45f395f61055701525f61057f0152611d2d5ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80639d94657c11610093578063c4a24d7e11610063578063c4a24d7e14610215578063ca4b8a9414610228578063d4eee9ff14610258578063f698da251461026b575f5ffd5b80639d94657c146101a6578063a3747fef146101cc578063c1d2fadb146101df578063c43768b9146101f2575f5ffd5b8063609d4544116100ce578063609d45441461015057806375528a381461015857806386c5069014610180578063979fdbd814610193575f5ffd5b806304bec985146100f45780633436d5db146101095780635e7294121461011b575b5f5ffd5b610107610102366004611917565b610273565b005b6101076101173660046119bf565b5f55565b7f2d6a2203fb6c12f6c0cbdc252ac5e00370d8986fea2842b0567a8742f9b18c585b6040519081526020015b60405180910390f35b61013d5f5481565b61016b6101663660046119d6565b610303565b60408051928352602083019190915201610147565b61016b61018e3660046119d6565b610336565b61013d6101a1366004611a87565b61034c565b7ff0c46ae7b14b8be092c0fdde51f2b0bce7534771d1f24fd3cadcb683e010704961013d565b6101076101da366004611a87565b610364565b61013d6101ed3660046119bf565b6103d0565b610205610200366004611af3565b61044b565b6040519015158152602001610147565b61013d610223366004611b32565b61045d565b61023b610236366004611b7f565b61051f565b604080519384526020840192909252151590820152606001610147565b610107610266366004611917565b61053a565b61013d610554565b5f61028d5f54898989896102868a6103d0565b8989610645565b905080156102cf576040517fd7a4b9da000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b60405184907f2b099e954c9fc078946fbffc6d5543298cb08acaf42ede4cf13c067efe9d1f6c905f90a25050505050505050565b5f5f5f5a90506103198b8b8b8b8b8b8b8b61069e565b92505a6103269082611bcc565b9150509850989650505050505050565b5f5f5f5a90506103198b8b8b8b8b8b8b8b610645565b5f6103598585858561072e565b90505b949350505050565b5f6103718585858561072e565b905080156103ae576040517fd7a4b9da000000000000000000000000000000000000000000000000000000008152600481018290526024016102c6565b84846040516103be929190611bdf565b6040519081900390205f555050505050565b5f6104456103dc610554565b7f5769cc7d2f0f7b0f18892fb10e7b45898def30f3a0738f3c8aac53adce50d5495f908152602085905260409081902090517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f6104568383610800565b9392505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301526080820186905273ffffffffffffffffffffffffffffffffffffffff851660a0808401919091528351808403909101815260c090920190925280519101205f9061035c906103dc565b5f5f5f61052c8585610902565b9250925092505b9250925092565b5f61028d5f548989898961054d8a6103d0565b898961069e565b5f7f000000000000000000000000000000000000000000000000000000000000000046036105a157507f000000000000000000000000000000000000000000000000000000000000000090565b50604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fa6543149cf2ce3d2031dd92a21b2ac2580bffd05028933569af69cc3a7c78dd2828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a0808401919091528351808403909101815260c0909201909252805191012090565b5f5f6106558a8a8a8a8a5f610b08565b9050601d811015610667579050610692565b5f5f5f610678888d8d878b8b610baa565b92509250925061068b838b8b8585610bfe565b9450505050505b98975050505050505050565b5f5f6106af8a8a8a8a8a6001610b08565b9050601d8110156106c1579050610692565b6040805161038081019091525f80806106dd8d8d8a8a88610c3e565b9250925092506106f0838c8c8585610bfe565b92508215610705578295505050505050610692565b61070f8985610cb6565b61071a57600661071c565b5f5b9e9d5050505050505050505050505050565b5f5f5f5f61073c8888610d11565b925092509250801580610758575061075688888585610dc1565b155b15610769576002935050505061035c565b601d820361078a57841561077e576007610780565b5f5b935050505061035c565b610795888885610f77565b6107a5576002935050505061035c565b6107b08360c0611bee565b85146107c2576007935050505061035c565b5f5b838110156107f2576107d98989898985610ff4565b6107ea57600794505050505061035c565b6001016107c4565b505f98975050505050505050565b5f82828101831515600583355f1a0361082e57506002828101923560011a90851060088211171561082e57505f5b80151593505b80156108f95782355f815f1a60018114610865576002811461087b576003811461088d57600481146108a5576108b6565b8260081b60f01c1561087657600391505b6108b6565b8260011a1561087657600291506108b6565b606460018460011a03101561087657600291506108b6565b8260081b60c01c156108b657600991505b5093840193801584861117156108d0575f955050506108f9565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01610834565b50141692915050565b5f5f5f6040518581528460208201526060810160208152602080820152602060408201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760a08201525f5b610100811015610afe578060011b60408401526060832060018260011b016040850152606084207f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd477f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d85090897507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478a7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478c8d090908915081606085015260205f60c08660055afa610a8c575050610afe565b5f519650817f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4788890903610af4578060ff1c15610ae957867f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd470396505b600195505050610afe565b5050600101610974565b5050509250925092565b5f8460405181888237600192508882822003610b7d57600292505f8835811a8015610b3a5760018114610b4957610b4e565b85610b4457601d91505b610b4e565b605d91505b50821515811615610b7b576001830381810481838202146101018210821515161615610b78578295505b50505b505b5050601d8110158015610b975750610b958484610800565b155b15610ba0575060035b9695505050505050565b5f8080808080610bbd88888c8c856110d9565b92509250925080610bda5760045f5f955095509550505050610bf2565b610be88c8c8c8c8787611218565b9550955095505050505b96509650969350505050565b5f6002861480610c0e5750600486145b15610c1a575084610c35565b610c2685858585611353565b610c3257506005610c35565b50845b95945050505050565b5f8080808080610c5389898c605d60016110d9565b92509250925080610c705760045f5f955095509550505050610cab565b610c7c8b8b858a611498565b89516040808c019190915260208b015160608c0152929850909650945082883760806040830160808901375050505b955095509592505050565b5f5f5f5f610ce47f2d6a2203fb6c12f6c0cbdc252ac5e00370d8986fea2842b0567a8742f9b18c5887610902565b92509250925080610cfa575f9350505050610445565b8261010086015281610120860152610ba08561164c565b5f8080838103610d2857505f915081905080610533565b5f85855f818110610d3b57610d3b611c05565b919091013560f81c9150505f819003610d5757601d9250610d77565b80600103610d6857605d9250610d77565b5f5f5f93509350935050610533565b5f610d83600187611bcc565b9050610d8f8482611c32565b94508415801590610da257506101008511155b8015610db6575080610db48587611bee565b145b925050509250925092565b5f5f5f5b84811015610f6a575f610dd88583611bee565b610de3906001611c6a565b905087810135606081901c605882901c60ff168582111580610e03575080155b80610e0e5750600581115b15610e21575f965050505050505061035c565b819550605d8803610f5b575f610e478c8c610e3d88601d611c6a565b9190910135919050565b90505f610e5a8d8d610e3d89603d611c6a565b90507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782101580610eab57507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478110155b80610f4357507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914155b15610f58575f9850505050505050505061035c565b50505b50505050806001019050610dc5565b5060019695505050505050565b5f60015b82811015610fe9575f610faa8686610f94605d86611bee565b610f9f906001611c6a565b610e3d90601d611c6a565b90505f5b82811015610fdf5781610fc78888610f94605d86611bee565b03610fd7575f9350505050610456565b600101610fae565b5050600101610f7b565b506001949350505050565b5f80611001605d84611bee565b61100c906001611c6a565b90505f61101a8460c0611bee565b905061102c8686610e3d846060611c6a565b61103c8787610e3d856040611c6a565b61104c8888610e3d866020611c6a565b838901351717175f03611063575f92505050610c35565b6106928883013560601c898961107a86601d611c6a565b9061108687605d611c6a565b9261109393929190611c7d565b89858a6110a1826080611c6a565b926110ae93929190611c7d565b8b8b6110bb896080611c6a565b906110c78a60c0611c6a565b926110d493929190611c7d565b6117ef565b5f5f5f8460018703046007810160031c808a01935089358160031b610100031c945060c08101866111fc577f55555555555555555555555555555555555555555555555555555555555555558660011c1686037f33333333333333333333333333333333333333333333333333333333333333338160021c167f333333333333333333333333333333333333333333333333333333333333333382160190507f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8160041c82011690507eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff8160081c82011690507e01000100010001000100010001000100010001000100010001000100010001810260f01c90508060410283019150505b808a1486841c1587151516169350505050955095509592505050565b5f5f5f6040518981525f888a0160018b015b8181101561134357803560181c8060481c60ff8260401c166004600182031182871015171561125f5760029950505050611343565b81955060018160041b1b9050808801975060018c16156113325767ffffffffffffffff831660801b6001820101890198508961132b5760408b01355f1a60027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe58201107f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060208e01351115168015611323578160208a015260408d60408b013760205f60808b60015afa845f511460203d1482161661131d5760069c505b50611328565b60069b505b50505b60418b019a505b50505060019890981c97890161122a565b5050505096509650969350505050565b5f846001600582355f1a0361136d575060028101903560011a5b600192505b801561148e578135805f1a600181146113af57600281146113ca5760038114611421578160081b60c01c8760801c1015945060098401935061145f565b8160081b60f01c61ffff88161015945060038401935061145f565b61ffff8760101c16151561ffff8860201c1615158101905061ffff8860301c1615158101905061ffff8860401c1615158101905061ffff8860501c161515810190508260011a81101595505060028401935061145f565b8160011a60105b60608110156114565761ffff88821c168202606461ffff8b841c1602101561144e575f96505b601001611428565b50506002840193505b5050821561148e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01611372565b5050949350505050565b5f5f5f5f868801600189015b8181101561163f57803560181c8060481c60ff8260401c16601d840135603d8501357f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760037f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47847f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4786870909087f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4782830914157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd478210157f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47841015171760046001850311858a10151717156115c15760029a50505050505061163f565b6001600484901b81901b998a01999498508d161561162b5761ffff8a168015611608578260408e01528160608e015260408d60808f60065afa6116035760069b505b611612565b828d528160208e01525b5067ffffffffffffffff851660801b60018501018a0199505b50505060019990991c985050605d016114a4565b5050509450945094915050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016101408320066101408301604084015181526060840151602082015281604082015260408160608360075afa9250835160408201526020840151606082015260408160808360065afa831692506101808101600181526002602082015282604082015260408160608360075afa8416935061010085015160408201526101208501516060820152604060c0830160808360065afa84169350507f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608201527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808201527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0820152608084015161010082015260a084015161012082015260c084015161014082015260e084015161016082015260205f6101808360085afa83169250505060015f511460203d141681169050919050565b5f604086141580611801575060808414155b8061180d575060408214155b1561181957505f6118c7565b5f5f5f6118747ff0c46ae7b14b8be092c0fdde51f2b0bce7534771d1f24fd3cadcb683e01070498c8c8c8c8c604051602001611859959493929190611ca4565b60405160208183030381529060405280519060200120610902565b9250925092508061188a575f93505050506118c7565b60408051610380810182529087823760408b6040830137608089608083013783610100820152826101208201526118c08161164c565b9450505050505b979650505050505050565b5f5f83601f8401126118e2575f5ffd5b50813567ffffffffffffffff8111156118f9575f5ffd5b602083019150836020828501011115611910575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a03121561192d575f5ffd5b873567ffffffffffffffff811115611943575f5ffd5b61194f8a828b016118d2565b909850965050602088013567ffffffffffffffff81111561196e575f5ffd5b61197a8a828b016118d2565b90965094505060408801359250606088013567ffffffffffffffff8111156119a0575f5ffd5b6119ac8a828b016118d2565b989b979a50959850939692959293505050565b5f602082840312156119cf575f5ffd5b5035919050565b5f5f5f5f5f5f5f5f60a0898b0312156119ed575f5ffd5b88359750602089013567ffffffffffffffff811115611a0a575f5ffd5b611a168b828c016118d2565b909850965050604089013567ffffffffffffffff811115611a35575f5ffd5b611a418b828c016118d2565b90965094505060608901359250608089013567ffffffffffffffff811115611a67575f5ffd5b611a738b828c016118d2565b999c989b5096995094979396929594505050565b5f5f5f5f60408587031215611a9a575f5ffd5b843567ffffffffffffffff811115611ab0575f5ffd5b611abc878288016118d2565b909550935050602085013567ffffffffffffffff811115611adb575f5ffd5b611ae7878288016118d2565b95989497509550505050565b5f5f60208385031215611b04575f5ffd5b823567ffffffffffffffff811115611b1a575f5ffd5b611b26858286016118d2565b90969095509350505050565b5f5f5f60608486031215611b44575f5ffd5b83359250602084013573ffffffffffffffffffffffffffffffffffffffff81168114611b6e575f5ffd5b929592945050506040919091013590565b5f5f60408385031215611b90575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561044557610445611b9f565b818382375f9101908152919050565b808202811582820484141761044557610445611b9f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82611c65577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8082018082111561044557610445611b9f565b5f5f85851115611c8b575f5ffd5b83861115611c97575f5ffd5b5050820193919092039150565b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008660601b168152838560148301375f848201601481015f815284868237505f930160140192835250909594505050505056fea2646970667358221220b918043224e8f63429679ee011205fdc5bd574b8afdda4b726d776db7d45c82764736f6c634300081e0033",
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
