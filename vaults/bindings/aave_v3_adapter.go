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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceWithdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"A_TOKEN\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"contractIAaveV3Pool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b50604051610fd7380380610fd783398101604081905261002f91610154565b6001600160a01b038316158061004c57506001600160a01b038216155b8061005e57506001600160a01b038116155b1561007c5760405163d92e233d60e01b815260040160405180910390fd5b6040516335ea6a7560e01b81526001600160a01b0382811660048301525f91908416906335ea6a75906024016101e060405180830381865afa1580156100c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e8919061024f565b610100015190506001600160a01b0381166101165760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0393841660805290831660a05290821660c0521660e052610379565b80516001600160a01b038116811461014f575f5ffd5b919050565b5f5f5f60608486031215610166575f5ffd5b61016f84610139565b925061017d60208501610139565b915061018b60408501610139565b90509250925092565b6040516101e081016001600160401b03811182821017156101c357634e487b7160e01b5f52604160045260245ffd5b60405290565b5f602082840312156101d9575f5ffd5b604051602081016001600160401b038111828210171561020757634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b038116811461014f575f5ffd5b805164ffffffffff8116811461014f575f5ffd5b805161ffff8116811461014f575f5ffd5b5f6101e0828403128015610261575f5ffd5b5061026a610194565b61027484846101c9565b815261028260208401610214565b602082015261029360408401610214565b60408201526102a460608401610214565b60608201526102b560808401610214565b60808201526102c660a08401610214565b60a08201526102d760c0840161022a565b60c08201526102e860e0840161023e565b60e08201526102fa6101008401610139565b61010082015261030d6101208401610139565b6101208201526103206101408401610139565b6101408201526103336101608401610139565b6101608201526103466101808401610214565b6101808201526103596101a08401610214565b6101a082015261036c6101c08401610214565b6101c08201529392505050565b60805160a05160c05160e051610bb56104225f395f81816101270152818161036101526103f801525f818161010001528181610268015281816104e70152818161065201526106c901525f818160c30152818161022e01528181610425015281816104bd015281816105db01528181610630015261068e01525f8181610170015281816101a0015281816102e201528181610570015281816105fd01526107220152610bb55ff3fe608060405234801561000f575f5ffd5b506004361061008f575f3560e01c80639ef0159f116100635780639ef0159f14610122578063ac7a1b5b14610149578063ad2961a314610151578063b6b55f2514610159578063fbfa77cf1461016e575f5ffd5b8062f714ce1461009357806301e1d114146100b957806338d52e0f146100c15780637535d246146100fb575b5f5ffd5b6100a66100a136600461092c565b610194565b6040519081526020015b60405180910390f35b6100a661034a565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016100b0565b6100e37f000000000000000000000000000000000000000000000000000000000000000081565b6100e37f000000000000000000000000000000000000000000000000000000000000000081565b6100a66103d7565b6100a66104a6565b61016c61016736600461095a565b610565565b005b7f00000000000000000000000000000000000000000000000000000000000000006100e3565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101de576040516362df054560e01b815260040160405180910390fd5b825f036101fe57604051631f2a200560e01b815260040160405180910390fd5b5f61020761034a565b8410156102145783610217565b5f195b604051631a4ca37b60e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301526024820183905285811660448301529192507f0000000000000000000000000000000000000000000000000000000000000000909116906369328dec906064016020604051808303815f875af11580156102b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102d49190610971565b9150826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae68460405161033b91815260200190565b60405180910390a35092915050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156103ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103d29190610971565b905090565b5f5f6103e161034a565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301529192505f917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561046a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061048e9190610971565b905080821061049d578061049f565b815b9250505090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906335ea6a75906024016101e060405180830381865afa15801561052f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105539190610a55565b604001516001600160801b0316905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105ae576040516362df054560e01b815260040160405180910390fd5b805f036105ce57604051631f2a200560e01b815260040160405180910390fd5b6106236001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000003084610786565b6106776001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f0000000000000000000000000000000000000000000000000000000000000000836107c7565b60405163617ba03760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390523060448301525f60648301527f0000000000000000000000000000000000000000000000000000000000000000169063617ba037906084015f604051808303815f87803b15801561070a575f5ffd5b505af115801561071c573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a08260405161077b91815260200190565b60405180910390a250565b610794848484846001610846565b6107c157604051635274afe760e01b81526001600160a01b03851660048201526024015b60405180910390fd5b50505050565b6107d38383835f6108b3565b610841576107e483835f60016108b3565b61080c57604051635274afe760e01b81526001600160a01b03841660048201526024016107b8565b61081983838360016108b3565b61084157604051635274afe760e01b81526001600160a01b03841660048201526024016107b8565b505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166108a2578383151615610896573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166109095783831516156108fd573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0381168114610929575f5ffd5b50565b5f5f6040838503121561093d575f5ffd5b82359150602083013561094f81610915565b809150509250929050565b5f6020828403121561096a575f5ffd5b5035919050565b5f60208284031215610981575f5ffd5b5051919050565b6040516101e0810167ffffffffffffffff811182821017156109b857634e487b7160e01b5f52604160045260245ffd5b60405290565b5f602082840312156109ce575f5ffd5b6040516020810167ffffffffffffffff811182821017156109fd57634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b0381168114610a20575f5ffd5b919050565b805164ffffffffff81168114610a20575f5ffd5b805161ffff81168114610a20575f5ffd5b8051610a2081610915565b5f6101e0828403128015610a67575f5ffd5b50610a70610988565b610a7a84846109be565b8152610a8860208401610a0a565b6020820152610a9960408401610a0a565b6040820152610aaa60608401610a0a565b6060820152610abb60808401610a0a565b6080820152610acc60a08401610a0a565b60a0820152610add60c08401610a25565b60c0820152610aee60e08401610a39565b60e0820152610b006101008401610a4a565b610100820152610b136101208401610a4a565b610120820152610b266101408401610a4a565b610140820152610b396101608401610a4a565b610160820152610b4c6101808401610a0a565b610180820152610b5f6101a08401610a0a565b6101a0820152610b726101c08401610a0a565b6101c0820152939250505056fea2646970667358221220e8b681ce1ae821c9ff2597b0ee0686076dbd4976da32b00642b1c0082440cc3364736f6c63430008250033",
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
