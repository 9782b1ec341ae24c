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

// ConfigRegistryMetaData contains all meta data concerning the ConfigRegistry contract.
var ConfigRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroConfigHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri_\",\"type\":\"string\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161078338038061078383398101604081905261002e916100d7565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100658161006c565b5050610104565b600180546001600160a01b031916905561008581610088565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156100e7575f5ffd5b81516001600160a01b03811681146100fd575f5ffd5b9392505050565b610672806101115f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063df6e40ba11610063578063df6e40ba146100e6578063e1f1176d146100f9578063e30c397814610102578063eac989f814610113578063f2fde38b14610128575f5ffd5b806354fd4d5014610094578063715018a6146100b057806379ba5097146100ba5780638da5cb5b146100c2575b5f5ffd5b61009d60035481565b6040519081526020015b60405180910390f35b6100b861013b565b005b6100b861014e565b5f546001600160a01b03165b6040516001600160a01b0390911681526020016100a7565b6100b86100f43660046103b2565b610197565b61009d60025481565b6001546001600160a01b03166100ce565b61011b610227565b6040516100a79190610429565b6100b861013636600461045e565b6102b3565b610143610323565b61014c5f61034f565b565b60015433906001600160a01b0316811461018b5760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6101948161034f565b50565b61019f610323565b826101bd576040516356edbc4b60e11b815260040160405180910390fd5b5f60035460016101cd919061048b565b60038190556002859055905060046101e6838583610553565b5083817e9e8ca91237a49d69b10bf2a9440a1b6694afa1c9064b2ad1694d390a183bf1858560405161021992919061060e565b60405180910390a350505050565b60048054610234906104c4565b80601f0160208091040260200160405190810160405280929190818152602001828054610260906104c4565b80156102ab5780601f10610282576101008083540402835291602001916102ab565b820191905f5260205f20905b81548152906001019060200180831161028e57829003601f168201915b505050505081565b6102bb610323565b600180546001600160a01b0383166001600160a01b031990911681179091556102eb5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b0316331461014c5760405163118cdaa760e01b8152336004820152602401610182565b600180546001600160a01b0319169055610194815f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f5f604084860312156103c4575f5ffd5b83359250602084013567ffffffffffffffff8111156103e1575f5ffd5b8401601f810186136103f1575f5ffd5b803567ffffffffffffffff811115610407575f5ffd5b866020828401011115610418575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6020828403121561046e575f5ffd5b81356001600160a01b0381168114610484575f5ffd5b9392505050565b808201808211156104aa57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806104d857607f821691505b6020821081036104f657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561054e578282111561054e57805f5260205f20601f840160051c602085101561052757505f5b90810190601f840160051c035f5b8181101561054a575f83820155600101610535565b5050505b505050565b67ffffffffffffffff83111561056b5761056b6104b0565b61057f8361057983546104c4565b836104fc565b5f601f8411600181146105b0575f85156105995750838201355b5f19600387901b1c1916600186901b178355610607565b5f83815260208120601f198716915b828110156105df57868501358255602094850194600190920191016105bf565b50868210156105fb575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056fea2646970667358221220b6197c04c3c4dfb289028bc25e56654b008146cb59e18887a0399520379d585264736f6c63430008250033",
}

// ConfigRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ConfigRegistryMetaData.ABI instead.
var ConfigRegistryABI = ConfigRegistryMetaData.ABI

// ConfigRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ConfigRegistryMetaData.Bin instead.
var ConfigRegistryBin = ConfigRegistryMetaData.Bin

// DeployConfigRegistry deploys a new Ethereum contract, binding an instance of ConfigRegistry to it.
func DeployConfigRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, owner_ common.Address) (common.Address, *types.Transaction, *ConfigRegistry, error) {
	parsed, err := ConfigRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ConfigRegistryBin), backend, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ConfigRegistry{ConfigRegistryCaller: ConfigRegistryCaller{contract: contract}, ConfigRegistryTransactor: ConfigRegistryTransactor{contract: contract}, ConfigRegistryFilterer: ConfigRegistryFilterer{contract: contract}}, nil
}

// ConfigRegistry is an auto generated Go binding around an Ethereum contract.
type ConfigRegistry struct {
	ConfigRegistryCaller     // Read-only binding to the contract
	ConfigRegistryTransactor // Write-only binding to the contract
	ConfigRegistryFilterer   // Log filterer for contract events
}

// ConfigRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ConfigRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConfigRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ConfigRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConfigRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ConfigRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConfigRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ConfigRegistrySession struct {
	Contract     *ConfigRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ConfigRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ConfigRegistryCallerSession struct {
	Contract *ConfigRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ConfigRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ConfigRegistryTransactorSession struct {
	Contract     *ConfigRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ConfigRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ConfigRegistryRaw struct {
	Contract *ConfigRegistry // Generic contract binding to access the raw methods on
}

// ConfigRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ConfigRegistryCallerRaw struct {
	Contract *ConfigRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ConfigRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ConfigRegistryTransactorRaw struct {
	Contract *ConfigRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewConfigRegistry creates a new instance of ConfigRegistry, bound to a specific deployed contract.
func NewConfigRegistry(address common.Address, backend bind.ContractBackend) (*ConfigRegistry, error) {
	contract, err := bindConfigRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ConfigRegistry{ConfigRegistryCaller: ConfigRegistryCaller{contract: contract}, ConfigRegistryTransactor: ConfigRegistryTransactor{contract: contract}, ConfigRegistryFilterer: ConfigRegistryFilterer{contract: contract}}, nil
}

// NewConfigRegistryCaller creates a new read-only instance of ConfigRegistry, bound to a specific deployed contract.
func NewConfigRegistryCaller(address common.Address, caller bind.ContractCaller) (*ConfigRegistryCaller, error) {
	contract, err := bindConfigRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ConfigRegistryCaller{contract: contract}, nil
}

// NewConfigRegistryTransactor creates a new write-only instance of ConfigRegistry, bound to a specific deployed contract.
func NewConfigRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ConfigRegistryTransactor, error) {
	contract, err := bindConfigRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ConfigRegistryTransactor{contract: contract}, nil
}

// NewConfigRegistryFilterer creates a new log filterer instance of ConfigRegistry, bound to a specific deployed contract.
func NewConfigRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ConfigRegistryFilterer, error) {
	contract, err := bindConfigRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ConfigRegistryFilterer{contract: contract}, nil
}

// bindConfigRegistry binds a generic wrapper to an already deployed contract.
func bindConfigRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ConfigRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConfigRegistry *ConfigRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConfigRegistry.Contract.ConfigRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConfigRegistry *ConfigRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.ConfigRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConfigRegistry *ConfigRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.ConfigRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConfigRegistry *ConfigRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConfigRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConfigRegistry *ConfigRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConfigRegistry *ConfigRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.contract.Transact(opts, method, params...)
}

// ConfigHash is a free data retrieval call binding the contract method 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (_ConfigRegistry *ConfigRegistryCaller) ConfigHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConfigRegistry.contract.Call(opts, &out, "configHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ConfigHash is a free data retrieval call binding the contract method 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (_ConfigRegistry *ConfigRegistrySession) ConfigHash() ([32]byte, error) {
	return _ConfigRegistry.Contract.ConfigHash(&_ConfigRegistry.CallOpts)
}

// ConfigHash is a free data retrieval call binding the contract method 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (_ConfigRegistry *ConfigRegistryCallerSession) ConfigHash() ([32]byte, error) {
	return _ConfigRegistry.Contract.ConfigHash(&_ConfigRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ConfigRegistry *ConfigRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ConfigRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ConfigRegistry *ConfigRegistrySession) Owner() (common.Address, error) {
	return _ConfigRegistry.Contract.Owner(&_ConfigRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ConfigRegistry *ConfigRegistryCallerSession) Owner() (common.Address, error) {
	return _ConfigRegistry.Contract.Owner(&_ConfigRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ConfigRegistry *ConfigRegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ConfigRegistry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ConfigRegistry *ConfigRegistrySession) PendingOwner() (common.Address, error) {
	return _ConfigRegistry.Contract.PendingOwner(&_ConfigRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ConfigRegistry *ConfigRegistryCallerSession) PendingOwner() (common.Address, error) {
	return _ConfigRegistry.Contract.PendingOwner(&_ConfigRegistry.CallOpts)
}

// Uri is a free data retrieval call binding the contract method 0xeac989f8.
//
// Solidity: function uri() view returns(string)
func (_ConfigRegistry *ConfigRegistryCaller) Uri(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ConfigRegistry.contract.Call(opts, &out, "uri")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Uri is a free data retrieval call binding the contract method 0xeac989f8.
//
// Solidity: function uri() view returns(string)
func (_ConfigRegistry *ConfigRegistrySession) Uri() (string, error) {
	return _ConfigRegistry.Contract.Uri(&_ConfigRegistry.CallOpts)
}

// Uri is a free data retrieval call binding the contract method 0xeac989f8.
//
// Solidity: function uri() view returns(string)
func (_ConfigRegistry *ConfigRegistryCallerSession) Uri() (string, error) {
	return _ConfigRegistry.Contract.Uri(&_ConfigRegistry.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (_ConfigRegistry *ConfigRegistryCaller) Version(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ConfigRegistry.contract.Call(opts, &out, "version")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (_ConfigRegistry *ConfigRegistrySession) Version() (*big.Int, error) {
	return _ConfigRegistry.Contract.Version(&_ConfigRegistry.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (_ConfigRegistry *ConfigRegistryCallerSession) Version() (*big.Int, error) {
	return _ConfigRegistry.Contract.Version(&_ConfigRegistry.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ConfigRegistry *ConfigRegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConfigRegistry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ConfigRegistry *ConfigRegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _ConfigRegistry.Contract.AcceptOwnership(&_ConfigRegistry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ConfigRegistry *ConfigRegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ConfigRegistry.Contract.AcceptOwnership(&_ConfigRegistry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ConfigRegistry *ConfigRegistryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConfigRegistry.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ConfigRegistry *ConfigRegistrySession) RenounceOwnership() (*types.Transaction, error) {
	return _ConfigRegistry.Contract.RenounceOwnership(&_ConfigRegistry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ConfigRegistry *ConfigRegistryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _ConfigRegistry.Contract.RenounceOwnership(&_ConfigRegistry.TransactOpts)
}

// SetConfig is a paid mutator transaction binding the contract method 0xdf6e40ba.
//
// Solidity: function setConfig(bytes32 configHash_, string uri_) returns()
func (_ConfigRegistry *ConfigRegistryTransactor) SetConfig(opts *bind.TransactOpts, configHash_ [32]byte, uri_ string) (*types.Transaction, error) {
	return _ConfigRegistry.contract.Transact(opts, "setConfig", configHash_, uri_)
}

// SetConfig is a paid mutator transaction binding the contract method 0xdf6e40ba.
//
// Solidity: function setConfig(bytes32 configHash_, string uri_) returns()
func (_ConfigRegistry *ConfigRegistrySession) SetConfig(configHash_ [32]byte, uri_ string) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.SetConfig(&_ConfigRegistry.TransactOpts, configHash_, uri_)
}

// SetConfig is a paid mutator transaction binding the contract method 0xdf6e40ba.
//
// Solidity: function setConfig(bytes32 configHash_, string uri_) returns()
func (_ConfigRegistry *ConfigRegistryTransactorSession) SetConfig(configHash_ [32]byte, uri_ string) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.SetConfig(&_ConfigRegistry.TransactOpts, configHash_, uri_)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ConfigRegistry *ConfigRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ConfigRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ConfigRegistry *ConfigRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.TransferOwnership(&_ConfigRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ConfigRegistry *ConfigRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ConfigRegistry.Contract.TransferOwnership(&_ConfigRegistry.TransactOpts, newOwner)
}

// ConfigRegistryConfigUpdatedIterator is returned from FilterConfigUpdated and is used to iterate over the raw logs and unpacked data for ConfigUpdated events raised by the ConfigRegistry contract.
type ConfigRegistryConfigUpdatedIterator struct {
	Event *ConfigRegistryConfigUpdated // Event containing the contract specifics and raw log

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
func (it *ConfigRegistryConfigUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConfigRegistryConfigUpdated)
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
		it.Event = new(ConfigRegistryConfigUpdated)
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
func (it *ConfigRegistryConfigUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConfigRegistryConfigUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConfigRegistryConfigUpdated represents a ConfigUpdated event raised by the ConfigRegistry contract.
type ConfigRegistryConfigUpdated struct {
	Version    *big.Int
	ConfigHash [32]byte
	Uri        string
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterConfigUpdated is a free log retrieval operation binding the contract event 0x009e8ca91237a49d69b10bf2a9440a1b6694afa1c9064b2ad1694d390a183bf1.
//
// Solidity: event ConfigUpdated(uint256 indexed version, bytes32 indexed configHash, string uri)
func (_ConfigRegistry *ConfigRegistryFilterer) FilterConfigUpdated(opts *bind.FilterOpts, version []*big.Int, configHash [][32]byte) (*ConfigRegistryConfigUpdatedIterator, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}
	var configHashRule []interface{}
	for _, configHashItem := range configHash {
		configHashRule = append(configHashRule, configHashItem)
	}

	logs, sub, err := _ConfigRegistry.contract.FilterLogs(opts, "ConfigUpdated", versionRule, configHashRule)
	if err != nil {
		return nil, err
	}
	return &ConfigRegistryConfigUpdatedIterator{contract: _ConfigRegistry.contract, event: "ConfigUpdated", logs: logs, sub: sub}, nil
}

// WatchConfigUpdated is a free log subscription operation binding the contract event 0x009e8ca91237a49d69b10bf2a9440a1b6694afa1c9064b2ad1694d390a183bf1.
//
// Solidity: event ConfigUpdated(uint256 indexed version, bytes32 indexed configHash, string uri)
func (_ConfigRegistry *ConfigRegistryFilterer) WatchConfigUpdated(opts *bind.WatchOpts, sink chan<- *ConfigRegistryConfigUpdated, version []*big.Int, configHash [][32]byte) (event.Subscription, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}
	var configHashRule []interface{}
	for _, configHashItem := range configHash {
		configHashRule = append(configHashRule, configHashItem)
	}

	logs, sub, err := _ConfigRegistry.contract.WatchLogs(opts, "ConfigUpdated", versionRule, configHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConfigRegistryConfigUpdated)
				if err := _ConfigRegistry.contract.UnpackLog(event, "ConfigUpdated", log); err != nil {
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

// ParseConfigUpdated is a log parse operation binding the contract event 0x009e8ca91237a49d69b10bf2a9440a1b6694afa1c9064b2ad1694d390a183bf1.
//
// Solidity: event ConfigUpdated(uint256 indexed version, bytes32 indexed configHash, string uri)
func (_ConfigRegistry *ConfigRegistryFilterer) ParseConfigUpdated(log types.Log) (*ConfigRegistryConfigUpdated, error) {
	event := new(ConfigRegistryConfigUpdated)
	if err := _ConfigRegistry.contract.UnpackLog(event, "ConfigUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConfigRegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ConfigRegistry contract.
type ConfigRegistryOwnershipTransferStartedIterator struct {
	Event *ConfigRegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *ConfigRegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConfigRegistryOwnershipTransferStarted)
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
		it.Event = new(ConfigRegistryOwnershipTransferStarted)
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
func (it *ConfigRegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConfigRegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConfigRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ConfigRegistry contract.
type ConfigRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ConfigRegistry *ConfigRegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ConfigRegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ConfigRegistry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ConfigRegistryOwnershipTransferStartedIterator{contract: _ConfigRegistry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ConfigRegistry *ConfigRegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ConfigRegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ConfigRegistry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConfigRegistryOwnershipTransferStarted)
				if err := _ConfigRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ConfigRegistry *ConfigRegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*ConfigRegistryOwnershipTransferStarted, error) {
	event := new(ConfigRegistryOwnershipTransferStarted)
	if err := _ConfigRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConfigRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ConfigRegistry contract.
type ConfigRegistryOwnershipTransferredIterator struct {
	Event *ConfigRegistryOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *ConfigRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConfigRegistryOwnershipTransferred)
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
		it.Event = new(ConfigRegistryOwnershipTransferred)
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
func (it *ConfigRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConfigRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConfigRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ConfigRegistry contract.
type ConfigRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ConfigRegistry *ConfigRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ConfigRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ConfigRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ConfigRegistryOwnershipTransferredIterator{contract: _ConfigRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ConfigRegistry *ConfigRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ConfigRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ConfigRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConfigRegistryOwnershipTransferred)
				if err := _ConfigRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ConfigRegistry *ConfigRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*ConfigRegistryOwnershipTransferred, error) {
	event := new(ConfigRegistryOwnershipTransferred)
	if err := _ConfigRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
