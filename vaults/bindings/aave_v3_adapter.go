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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceWithdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"A_TOKEN\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"contractIAaveV3Pool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidityRate\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161138d38038061138d83398101604081905261002f91610154565b6001600160a01b038316158061004c57506001600160a01b038216155b8061005e57506001600160a01b038116155b1561007c5760405163d92e233d60e01b815260040160405180910390fd5b6040516335ea6a7560e01b81526001600160a01b0382811660048301525f91908416906335ea6a75906024016101e060405180830381865afa1580156100c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e8919061024f565b610100015190506001600160a01b0381166101165760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0393841660805290831660a05290821660c0521660e052610379565b80516001600160a01b038116811461014f575f5ffd5b919050565b5f5f5f60608486031215610166575f5ffd5b61016f84610139565b925061017d60208501610139565b915061018b60408501610139565b90509250925092565b6040516101e081016001600160401b03811182821017156101c357634e487b7160e01b5f52604160045260245ffd5b60405290565b5f602082840312156101d9575f5ffd5b604051602081016001600160401b038111828210171561020757634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b038116811461014f575f5ffd5b805164ffffffffff8116811461014f575f5ffd5b805161ffff8116811461014f575f5ffd5b5f6101e0828403128015610261575f5ffd5b5061026a610194565b61027484846101c9565b815261028260208401610214565b602082015261029360408401610214565b60408201526102a460608401610214565b60608201526102b560808401610214565b60808201526102c660a08401610214565b60a08201526102d760c0840161022a565b60c08201526102e860e0840161023e565b60e08201526102fa6101008401610139565b61010082015261030d6101208401610139565b6101208201526103206101408401610139565b6101408201526103336101608401610139565b6101608201526103466101808401610214565b6101808201526103596101a08401610214565b6101a082015261036c6101c08401610214565b6101c08201529392505050565b60805160a05160c05160e051610f566104375f395f81816101450152818161037f015261072c01525f818161011e01528181610286015281816104380152818161081b0152818161098601526109fd01525f818160ce0152818161024c0152818161040c0152818161061401528181610759015281816107f10152818161090f0152818161096401526109c201525f818161018e015281816101be01528181610300015281816108a4015281816109310152610a560152610f565ff3fe608060405234801561000f575f5ffd5b506004361061009a575f3560e01c80639ef0159f116100635780639ef0159f14610140578063ac7a1b5b14610167578063ad2961a31461016f578063b6b55f2514610177578063fbfa77cf1461018c575f5ffd5b8062f714ce1461009e57806301e1d114146100c457806338d52e0f146100cc5780633a0bd42b146101065780637535d24614610119575b5f5ffd5b6100b16100ac366004610c60565b6101b2565b6040519081526020015b60405180910390f35b6100b1610368565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016100bb565b6100b1610114366004610c8e565b6103f5565b6100ee7f000000000000000000000000000000000000000000000000000000000000000081565b6100ee7f000000000000000000000000000000000000000000000000000000000000000081565b6100b161070b565b6100b16107da565b61018a610185366004610cae565b610899565b005b7f00000000000000000000000000000000000000000000000000000000000000006100ee565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101fc576040516362df054560e01b815260040160405180910390fd5b825f0361021c57604051631f2a200560e01b815260040160405180910390fd5b5f610225610368565b8410156102325783610235565b5f195b604051631a4ca37b60e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301526024820183905285811660448301529192507f0000000000000000000000000000000000000000000000000000000000000000909116906369328dec906064016020604051808303815f875af11580156102ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102f29190610cc5565b9150826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae68460405161035991815260200190565b60405180910390a35092915050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156103cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103f09190610cc5565b905090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182917f000000000000000000000000000000000000000000000000000000000000000016906335ea6a75906024016101e060405180830381865afa15801561047e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a29190610da9565b805151610120820151919250905f9081906001600160a01b03161561052b578361012001516001600160a01b031663f731e9be6040518163ffffffff1660e01b81526004016040805180830381865afa158015610501573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105259190610ed3565b90925090505b5f640fffffffff60b085901c1690508461016001516001600160a01b031663a5898709604051806101200160405280845f03610567575f61056e565b886101a001515b6001600160801b031681526020018b81526020018a81526020018681526020018861014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156105cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105f39190610cc5565b81526020808201879052604089811c61ffff16818401526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116606080860191909152610100808e0151831660809687015283516001600160e01b031960e08a811b9190911682528851600483015295880151602482015293870151604485015290860151606484015293850151608483015260a085015160a483015260c085015160c483015291840151821660e482015292909101511661010482015261012401606060405180830381865afa1580156106d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106fc9190610ef5565b50909998505050505050505050565b5f5f610715610368565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301529192505f917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561079e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107c29190610cc5565b90508082106107d157806107d3565b815b9250505090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906335ea6a75906024016101e060405180830381865afa158015610863573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108879190610da9565b604001516001600160801b0316905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108e2576040516362df054560e01b815260040160405180910390fd5b805f0361090257604051631f2a200560e01b815260040160405180910390fd5b6109576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000003084610aba565b6109ab6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000083610afb565b60405163617ba03760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390523060448301525f60648301527f0000000000000000000000000000000000000000000000000000000000000000169063617ba037906084015f604051808303815f87803b158015610a3e575f5ffd5b505af1158015610a50573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a082604051610aaf91815260200190565b60405180910390a250565b610ac8848484846001610b7a565b610af557604051635274afe760e01b81526001600160a01b03851660048201526024015b60405180910390fd5b50505050565b610b078383835f610be7565b610b7557610b1883835f6001610be7565b610b4057604051635274afe760e01b81526001600160a01b0384166004820152602401610aec565b610b4d8383836001610be7565b610b7557604051635274afe760e01b81526001600160a01b0384166004820152602401610aec565b505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610bd6578383151615610bca573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610c3d578383151615610c31573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0381168114610c5d575f5ffd5b50565b5f5f60408385031215610c71575f5ffd5b823591506020830135610c8381610c49565b809150509250929050565b5f5f60408385031215610c9f575f5ffd5b50508035926020909101359150565b5f60208284031215610cbe575f5ffd5b5035919050565b5f60208284031215610cd5575f5ffd5b5051919050565b6040516101e0810167ffffffffffffffff81118282101715610d0c57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f60208284031215610d22575f5ffd5b6040516020810167ffffffffffffffff81118282101715610d5157634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b0381168114610d74575f5ffd5b919050565b805164ffffffffff81168114610d74575f5ffd5b805161ffff81168114610d74575f5ffd5b8051610d7481610c49565b5f6101e0828403128015610dbb575f5ffd5b50610dc4610cdc565b610dce8484610d12565b8152610ddc60208401610d5e565b6020820152610ded60408401610d5e565b6040820152610dfe60608401610d5e565b6060820152610e0f60808401610d5e565b6080820152610e2060a08401610d5e565b60a0820152610e3160c08401610d79565b60c0820152610e4260e08401610d8d565b60e0820152610e546101008401610d9e565b610100820152610e676101208401610d9e565b610120820152610e7a6101408401610d9e565b610140820152610e8d6101608401610d9e565b610160820152610ea06101808401610d5e565b610180820152610eb36101a08401610d5e565b6101a0820152610ec66101c08401610d5e565b6101c08201529392505050565b5f5f60408385031215610ee4575f5ffd5b505080516020909101519092909150565b5f5f5f60608486031215610f07575f5ffd5b505081516020830151604090930151909492935091905056fea264697066735822122063e17e250f220289f892547e4851b9b7da9adc598e0a64a2f4cb1223b9a7507264736f6c63430008250033",
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
