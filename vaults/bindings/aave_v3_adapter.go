// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// AaveV3AdapterMetaData contains all meta data concerning the AaveV3Adapter contract.
var AaveV3AdapterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ProtectedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceWithdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"A_TOKEN\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"contractIAaveV3Pool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidityRate\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516117b23803806117b283398101604081905261002f91610154565b6001600160a01b038316158061004c57506001600160a01b038216155b8061005e57506001600160a01b038116155b1561007c5760405163d92e233d60e01b815260040160405180910390fd5b6040516335ea6a7560e01b81526001600160a01b0382811660048301525f91908416906335ea6a75906024016101e060405180830381865afa1580156100c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e8919061024f565b610100015190506001600160a01b0381166101165760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0393841660805290831660a05290821660c0521660e052610379565b80516001600160a01b038116811461014f575f5ffd5b919050565b5f5f5f60608486031215610166575f5ffd5b61016f84610139565b925061017d60208501610139565b915061018b60408501610139565b90509250925092565b6040516101e081016001600160401b03811182821017156101c357634e487b7160e01b5f52604160045260245ffd5b60405290565b5f602082840312156101d9575f5ffd5b604051602081016001600160401b038111828210171561020757634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b038116811461014f575f5ffd5b805164ffffffffff8116811461014f575f5ffd5b805161ffff8116811461014f575f5ffd5b5f6101e0828403128015610261575f5ffd5b5061026a610194565b61027484846101c9565b815261028260208401610214565b602082015261029360408401610214565b60408201526102a460608401610214565b60608201526102b560808401610214565b60808201526102c660a08401610214565b60a08201526102d760c0840161022a565b60c08201526102e860e0840161023e565b60e08201526102fa6101008401610139565b61010082015261030d6101208401610139565b6101208201526103206101408401610139565b6101408201526103336101608401610139565b6101608201526103466101808401610214565b6101808201526103596101a08401610214565b6101a082015261036c6101c08401610214565b6101c08201529392505050565b60805160a05160c05160e05161135861045a5f395f81816101500152818161039d015281816108260152610ccb01525f8181610129015281816102a4015281816104560152818161076c0152818161091601528181610a810152610af801525f818160d90152818161026a0152818161042a015281816106320152818161074001528181610853015281816108ec01528181610a0a01528181610a5f01528181610abd0152610c9001525f81816101ac015281816101dc0152818161031e0152818161099f01528181610a2c01528181610b510152610bb801526113585ff3fe608060405234801561000f575f5ffd5b50600436106100a5575f3560e01c80639ef0159f1161006e5780639ef0159f1461014b578063ac7a1b5b14610172578063ad2961a31461017a578063b6b55f2514610182578063b8dc491b14610197578063fbfa77cf146101aa575f5ffd5b8062f714ce146100a957806301e1d114146100cf57806338d52e0f146100d75780633a0bd42b146101115780637535d24614610124575b5f5ffd5b6100bc6100b7366004611014565b6101d0565b6040519081526020015b60405180910390f35b6100bc610386565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016100c6565b6100bc61011f366004611042565b610413565b6100f97f000000000000000000000000000000000000000000000000000000000000000081565b6100f97f000000000000000000000000000000000000000000000000000000000000000081565b6100bc610729565b6100bc6108d5565b610195610190366004611062565b610994565b005b6100bc6101a5366004611079565b610bb5565b7f00000000000000000000000000000000000000000000000000000000000000006100f9565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461021a576040516362df054560e01b815260040160405180910390fd5b825f0361023a57604051631f2a200560e01b815260040160405180910390fd5b5f610243610386565b8410156102505783610253565b5f195b604051631a4ca37b60e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301526024820183905285811660448301529192507f0000000000000000000000000000000000000000000000000000000000000000909116906369328dec906064016020604051808303815f875af11580156102ec573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061031091906110a5565b9150826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae68460405161037791815260200190565b60405180910390a35092915050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156103ea573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061040e91906110a5565b905090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182917f000000000000000000000000000000000000000000000000000000000000000016906335ea6a75906024016101e060405180830381865afa15801561049c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104c09190611189565b805151610120820151919250905f9081906001600160a01b031615610549578361012001516001600160a01b031663f731e9be6040518163ffffffff1660e01b81526004016040805180830381865afa15801561051f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061054391906112b3565b90925090505b5f640fffffffff60b085901c1690508461016001516001600160a01b031663a5898709604051806101200160405280845f03610585575f61058c565b886101a001515b6001600160801b031681526020018b81526020018a81526020018681526020018861014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156105ed573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061061191906110a5565b81526020808201879052604089811c61ffff16818401526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116606080860191909152610100808e0151831660809687015283516001600160e01b031960e08a811b9190911682528851600483015295880151602482015293870151604485015290860151606484015293850151608483015260a085015160a483015260c085015160c483015291840151821660e482015292909101511661010482015261012401606060405180830381865afa1580156106f6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061071a91906112d5565b50909998505050505050505050565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182917f000000000000000000000000000000000000000000000000000000000000000016906335ea6a75906024016101e060405180830381865afa1580156107b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d69190611189565b51519050670100000000000000811615806107fa5750671000000000000000811615155b15610806575f91505090565b5f61080f610386565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301529192505f917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610898573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108bc91906110a5565b90508082106108cb57806108cd565b815b935050505090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906335ea6a75906024016101e060405180830381865afa15801561095e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109829190611189565b604001516001600160801b0316905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109dd576040516362df054560e01b815260040160405180910390fd5b805f036109fd57604051631f2a200560e01b815260040160405180910390fd5b610a526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000003084610e1c565b610aa66001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000083610e58565b60405163617ba03760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390523060448301525f60648301527f0000000000000000000000000000000000000000000000000000000000000000169063617ba037906084015f604051808303815f87803b158015610b39575f5ffd5b505af1158015610b4b573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a082604051610baa91815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c12573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c369190611300565b6001600160a01b0316336001600160a01b031614610c6757604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b038216610c8e5760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b03161480610cff57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316145b15610d2d576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa158015610d6f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9391906110a5565b9050805f03610db557604051631f2a200560e01b815260040160405180910390fd5b610dc96001600160a01b0384168383610ed7565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf71883604051610e0e91815260200190565b60405180910390a392915050565b610e2a848484846001610ee4565b610e5257604051635274afe760e01b81526001600160a01b0385166004820152602401610d24565b50505050565b610e648383835f610f51565b610ed257610e7583835f6001610f51565b610e9d57604051635274afe760e01b81526001600160a01b0384166004820152602401610d24565b610eaa8383836001610f51565b610ed257604051635274afe760e01b81526001600160a01b0384166004820152602401610d24565b505050565b610eaa8383836001610fb3565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610f40578383151615610f34573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610fa7578383151615610f9b573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610fa7578383151615610f9b573d5f823e3d81fd5b6001600160a01b0381168114611011575f5ffd5b50565b5f5f60408385031215611025575f5ffd5b82359150602083013561103781610ffd565b809150509250929050565b5f5f60408385031215611053575f5ffd5b50508035926020909101359150565b5f60208284031215611072575f5ffd5b5035919050565b5f5f6040838503121561108a575f5ffd5b823561109581610ffd565b9150602083013561103781610ffd565b5f602082840312156110b5575f5ffd5b5051919050565b6040516101e0810167ffffffffffffffff811182821017156110ec57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f60208284031215611102575f5ffd5b6040516020810167ffffffffffffffff8111828210171561113157634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b0381168114611154575f5ffd5b919050565b805164ffffffffff81168114611154575f5ffd5b805161ffff81168114611154575f5ffd5b805161115481610ffd565b5f6101e082840312801561119b575f5ffd5b506111a46110bc565b6111ae84846110f2565b81526111bc6020840161113e565b60208201526111cd6040840161113e565b60408201526111de6060840161113e565b60608201526111ef6080840161113e565b608082015261120060a0840161113e565b60a082015261121160c08401611159565b60c082015261122260e0840161116d565b60e0820152611234610100840161117e565b610100820152611247610120840161117e565b61012082015261125a610140840161117e565b61014082015261126d610160840161117e565b610160820152611280610180840161113e565b6101808201526112936101a0840161113e565b6101a08201526112a66101c0840161113e565b6101c08201529392505050565b5f5f604083850312156112c4575f5ffd5b505080516020909101519092909150565b5f5f5f606084860312156112e7575f5ffd5b5050815160208301516040909301519094929350919050565b5f60208284031215611310575f5ffd5b815161131b81610ffd565b939250505056fea2646970667358221220b71e247ad1773bf1db93c6ff873f6016c8f39c50cf4b25d87413001660f2934764736f6c63430008250033",
}

// AaveV3AdapterABI is the input ABI used to generate the binding from.
// Deprecated: Use AaveV3AdapterMetaData.ABI instead.
var AaveV3AdapterABI = AaveV3AdapterMetaData.ABI

// AaveV3AdapterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AaveV3AdapterMetaData.Bin instead.
var AaveV3AdapterBin = AaveV3AdapterMetaData.Bin

// DeployAaveV3Adapter deploys a new Ethereum contract, binding an instance of AaveV3Adapter to it.
func DeployAaveV3Adapter(auth *bind.TransactOpts, backend bind.ContractBackend, vault_ common.Address, pool_ common.Address, asset_ common.Address) (common.Address, *types.Transaction, *AaveV3Adapter, error) {
	parsed, err := AaveV3AdapterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AaveV3AdapterBin), backend, vault_, pool_, asset_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AaveV3Adapter{AaveV3AdapterCaller: AaveV3AdapterCaller{contract: contract}, AaveV3AdapterTransactor: AaveV3AdapterTransactor{contract: contract}, AaveV3AdapterFilterer: AaveV3AdapterFilterer{contract: contract}}, nil
}

// AaveV3Adapter is an auto generated Go binding around an Ethereum contract.
type AaveV3Adapter struct {
	AaveV3AdapterCaller     // Read-only binding to the contract
	AaveV3AdapterTransactor // Write-only binding to the contract
	AaveV3AdapterFilterer   // Log filterer for contract events
}

// AaveV3AdapterCaller is an auto generated read-only Go binding around an Ethereum contract.
type AaveV3AdapterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AaveV3AdapterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AaveV3AdapterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AaveV3AdapterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AaveV3AdapterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AaveV3AdapterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AaveV3AdapterSession struct {
	Contract     *AaveV3Adapter    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AaveV3AdapterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AaveV3AdapterCallerSession struct {
	Contract *AaveV3AdapterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// AaveV3AdapterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AaveV3AdapterTransactorSession struct {
	Contract     *AaveV3AdapterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// AaveV3AdapterRaw is an auto generated low-level Go binding around an Ethereum contract.
type AaveV3AdapterRaw struct {
	Contract *AaveV3Adapter // Generic contract binding to access the raw methods on
}

// AaveV3AdapterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AaveV3AdapterCallerRaw struct {
	Contract *AaveV3AdapterCaller // Generic read-only contract binding to access the raw methods on
}

// AaveV3AdapterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AaveV3AdapterTransactorRaw struct {
	Contract *AaveV3AdapterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAaveV3Adapter creates a new instance of AaveV3Adapter, bound to a specific deployed contract.
func NewAaveV3Adapter(address common.Address, backend bind.ContractBackend) (*AaveV3Adapter, error) {
	contract, err := bindAaveV3Adapter(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AaveV3Adapter{AaveV3AdapterCaller: AaveV3AdapterCaller{contract: contract}, AaveV3AdapterTransactor: AaveV3AdapterTransactor{contract: contract}, AaveV3AdapterFilterer: AaveV3AdapterFilterer{contract: contract}}, nil
}

// NewAaveV3AdapterCaller creates a new read-only instance of AaveV3Adapter, bound to a specific deployed contract.
func NewAaveV3AdapterCaller(address common.Address, caller bind.ContractCaller) (*AaveV3AdapterCaller, error) {
	contract, err := bindAaveV3Adapter(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AaveV3AdapterCaller{contract: contract}, nil
}

// NewAaveV3AdapterTransactor creates a new write-only instance of AaveV3Adapter, bound to a specific deployed contract.
func NewAaveV3AdapterTransactor(address common.Address, transactor bind.ContractTransactor) (*AaveV3AdapterTransactor, error) {
	contract, err := bindAaveV3Adapter(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AaveV3AdapterTransactor{contract: contract}, nil
}

// NewAaveV3AdapterFilterer creates a new log filterer instance of AaveV3Adapter, bound to a specific deployed contract.
func NewAaveV3AdapterFilterer(address common.Address, filterer bind.ContractFilterer) (*AaveV3AdapterFilterer, error) {
	contract, err := bindAaveV3Adapter(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AaveV3AdapterFilterer{contract: contract}, nil
}

// bindAaveV3Adapter binds a generic wrapper to an already deployed contract.
func bindAaveV3Adapter(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AaveV3AdapterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AaveV3Adapter *AaveV3AdapterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AaveV3Adapter.Contract.AaveV3AdapterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AaveV3Adapter *AaveV3AdapterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.AaveV3AdapterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AaveV3Adapter *AaveV3AdapterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.AaveV3AdapterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AaveV3Adapter *AaveV3AdapterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AaveV3Adapter.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AaveV3Adapter *AaveV3AdapterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AaveV3Adapter *AaveV3AdapterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.contract.Transact(opts, method, params...)
}

// ATOKEN is a free data retrieval call binding the contract method 0x9ef0159f.
//
// Solidity: function A_TOKEN() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCaller) ATOKEN(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "A_TOKEN")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ATOKEN is a free data retrieval call binding the contract method 0x9ef0159f.
//
// Solidity: function A_TOKEN() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterSession) ATOKEN() (common.Address, error) {
	return _AaveV3Adapter.Contract.ATOKEN(&_AaveV3Adapter.CallOpts)
}

// ATOKEN is a free data retrieval call binding the contract method 0x9ef0159f.
//
// Solidity: function A_TOKEN() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) ATOKEN() (common.Address, error) {
	return _AaveV3Adapter.Contract.ATOKEN(&_AaveV3Adapter.CallOpts)
}

// POOL is a free data retrieval call binding the contract method 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCaller) POOL(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "POOL")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// POOL is a free data retrieval call binding the contract method 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterSession) POOL() (common.Address, error) {
	return _AaveV3Adapter.Contract.POOL(&_AaveV3Adapter.CallOpts)
}

// POOL is a free data retrieval call binding the contract method 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) POOL() (common.Address, error) {
	return _AaveV3Adapter.Contract.POOL(&_AaveV3Adapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCaller) Asset(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "asset")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterSession) Asset() (common.Address, error) {
	return _AaveV3Adapter.Contract.Asset(&_AaveV3Adapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) Asset() (common.Address, error) {
	return _AaveV3Adapter.Contract.Asset(&_AaveV3Adapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterCaller) MaxWithdraw(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "maxWithdraw")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterSession) MaxWithdraw() (*big.Int, error) {
	return _AaveV3Adapter.Contract.MaxWithdraw(&_AaveV3Adapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) MaxWithdraw() (*big.Int, error) {
	return _AaveV3Adapter.Contract.MaxWithdraw(&_AaveV3Adapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterCaller) SupplyRate(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "supplyRate")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterSession) SupplyRate() (*big.Int, error) {
	return _AaveV3Adapter.Contract.SupplyRate(&_AaveV3Adapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) SupplyRate() (*big.Int, error) {
	return _AaveV3Adapter.Contract.SupplyRate(&_AaveV3Adapter.CallOpts)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256 liquidityRate)
func (_AaveV3Adapter *AaveV3AdapterCaller) SupplyRateAfter(opts *bind.CallOpts, assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "supplyRateAfter", assetsAdded, assetsRemoved)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256 liquidityRate)
func (_AaveV3Adapter *AaveV3AdapterSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _AaveV3Adapter.Contract.SupplyRateAfter(&_AaveV3Adapter.CallOpts, assetsAdded, assetsRemoved)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256 liquidityRate)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _AaveV3Adapter.Contract.SupplyRateAfter(&_AaveV3Adapter.CallOpts, assetsAdded, assetsRemoved)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterCaller) TotalAssets(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "totalAssets")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterSession) TotalAssets() (*big.Int, error) {
	return _AaveV3Adapter.Contract.TotalAssets(&_AaveV3Adapter.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) TotalAssets() (*big.Int, error) {
	return _AaveV3Adapter.Contract.TotalAssets(&_AaveV3Adapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCaller) Vault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "vault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterSession) Vault() (common.Address, error) {
	return _AaveV3Adapter.Contract.Vault(&_AaveV3Adapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) Vault() (common.Address, error) {
	return _AaveV3Adapter.Contract.Vault(&_AaveV3Adapter.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_AaveV3Adapter *AaveV3AdapterTransactor) Deposit(opts *bind.TransactOpts, assets *big.Int) (*types.Transaction, error) {
	return _AaveV3Adapter.contract.Transact(opts, "deposit", assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_AaveV3Adapter *AaveV3AdapterSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Deposit(&_AaveV3Adapter.TransactOpts, assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_AaveV3Adapter *AaveV3AdapterTransactorSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Deposit(&_AaveV3Adapter.TransactOpts, assets)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterTransactor) Sweep(opts *bind.TransactOpts, token common.Address, to common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.contract.Transact(opts, "sweep", token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Sweep(&_AaveV3Adapter.TransactOpts, token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterTransactorSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Sweep(&_AaveV3Adapter.TransactOpts, token, to)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 withdrawn)
func (_AaveV3Adapter *AaveV3AdapterTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.contract.Transact(opts, "withdraw", assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 withdrawn)
func (_AaveV3Adapter *AaveV3AdapterSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Withdraw(&_AaveV3Adapter.TransactOpts, assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 withdrawn)
func (_AaveV3Adapter *AaveV3AdapterTransactorSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Withdraw(&_AaveV3Adapter.TransactOpts, assets, receiver)
}

// AaveV3AdapterSourceDepositIterator is returned from FilterSourceDeposit and is used to iterate over the raw logs and unpacked data for SourceDeposit events raised by the AaveV3Adapter contract.
type AaveV3AdapterSourceDepositIterator struct {
	Event *AaveV3AdapterSourceDeposit // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AaveV3AdapterSourceDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AaveV3AdapterSourceDeposit)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AaveV3AdapterSourceDeposit)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AaveV3AdapterSourceDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AaveV3AdapterSourceDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AaveV3AdapterSourceDeposit represents a SourceDeposit event raised by the AaveV3Adapter contract.
type AaveV3AdapterSourceDeposit struct {
	Vault  common.Address
	Assets *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSourceDeposit is a free log retrieval operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_AaveV3Adapter *AaveV3AdapterFilterer) FilterSourceDeposit(opts *bind.FilterOpts, vault []common.Address) (*AaveV3AdapterSourceDepositIterator, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.FilterLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return &AaveV3AdapterSourceDepositIterator{contract: _AaveV3Adapter.contract, event: "SourceDeposit", logs: logs, sub: sub}, nil
}

// WatchSourceDeposit is a free log subscription operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_AaveV3Adapter *AaveV3AdapterFilterer) WatchSourceDeposit(opts *bind.WatchOpts, sink chan<- *AaveV3AdapterSourceDeposit, vault []common.Address) (event.Subscription, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.WatchLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AaveV3AdapterSourceDeposit)
				if err := _AaveV3Adapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSourceDeposit is a log parse operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_AaveV3Adapter *AaveV3AdapterFilterer) ParseSourceDeposit(log types.Log) (*AaveV3AdapterSourceDeposit, error) {
	event := new(AaveV3AdapterSourceDeposit)
	if err := _AaveV3Adapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AaveV3AdapterSourceWithdrawIterator is returned from FilterSourceWithdraw and is used to iterate over the raw logs and unpacked data for SourceWithdraw events raised by the AaveV3Adapter contract.
type AaveV3AdapterSourceWithdrawIterator struct {
	Event *AaveV3AdapterSourceWithdraw // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AaveV3AdapterSourceWithdrawIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AaveV3AdapterSourceWithdraw)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AaveV3AdapterSourceWithdraw)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AaveV3AdapterSourceWithdrawIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AaveV3AdapterSourceWithdrawIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AaveV3AdapterSourceWithdraw represents a SourceWithdraw event raised by the AaveV3Adapter contract.
type AaveV3AdapterSourceWithdraw struct {
	Vault    common.Address
	Receiver common.Address
	Assets   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSourceWithdraw is a free log retrieval operation binding the contract event 0xb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae6.
//
// Solidity: event SourceWithdraw(address indexed vault, address indexed receiver, uint256 assets)
func (_AaveV3Adapter *AaveV3AdapterFilterer) FilterSourceWithdraw(opts *bind.FilterOpts, vault []common.Address, receiver []common.Address) (*AaveV3AdapterSourceWithdrawIterator, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.FilterLogs(opts, "SourceWithdraw", vaultRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return &AaveV3AdapterSourceWithdrawIterator{contract: _AaveV3Adapter.contract, event: "SourceWithdraw", logs: logs, sub: sub}, nil
}

// WatchSourceWithdraw is a free log subscription operation binding the contract event 0xb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae6.
//
// Solidity: event SourceWithdraw(address indexed vault, address indexed receiver, uint256 assets)
func (_AaveV3Adapter *AaveV3AdapterFilterer) WatchSourceWithdraw(opts *bind.WatchOpts, sink chan<- *AaveV3AdapterSourceWithdraw, vault []common.Address, receiver []common.Address) (event.Subscription, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.WatchLogs(opts, "SourceWithdraw", vaultRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AaveV3AdapterSourceWithdraw)
				if err := _AaveV3Adapter.contract.UnpackLog(event, "SourceWithdraw", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSourceWithdraw is a log parse operation binding the contract event 0xb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae6.
//
// Solidity: event SourceWithdraw(address indexed vault, address indexed receiver, uint256 assets)
func (_AaveV3Adapter *AaveV3AdapterFilterer) ParseSourceWithdraw(log types.Log) (*AaveV3AdapterSourceWithdraw, error) {
	event := new(AaveV3AdapterSourceWithdraw)
	if err := _AaveV3Adapter.contract.UnpackLog(event, "SourceWithdraw", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AaveV3AdapterSweptIterator is returned from FilterSwept and is used to iterate over the raw logs and unpacked data for Swept events raised by the AaveV3Adapter contract.
type AaveV3AdapterSweptIterator struct {
	Event *AaveV3AdapterSwept // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AaveV3AdapterSweptIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AaveV3AdapterSwept)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AaveV3AdapterSwept)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AaveV3AdapterSweptIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AaveV3AdapterSweptIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AaveV3AdapterSwept represents a Swept event raised by the AaveV3Adapter contract.
type AaveV3AdapterSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSwept is a free log retrieval operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterFilterer) FilterSwept(opts *bind.FilterOpts, token []common.Address, to []common.Address) (*AaveV3AdapterSweptIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.FilterLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return &AaveV3AdapterSweptIterator{contract: _AaveV3Adapter.contract, event: "Swept", logs: logs, sub: sub}, nil
}

// WatchSwept is a free log subscription operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterFilterer) WatchSwept(opts *bind.WatchOpts, sink chan<- *AaveV3AdapterSwept, token []common.Address, to []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.WatchLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AaveV3AdapterSwept)
				if err := _AaveV3Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSwept is a log parse operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterFilterer) ParseSwept(log types.Log) (*AaveV3AdapterSwept, error) {
	event := new(AaveV3AdapterSwept)
	if err := _AaveV3Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
