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

// SourceMetaData contains all meta data concerning the Source contract.
var SourceMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"position\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
}

// SourceABI is the input ABI used to generate the binding from.
// Deprecated: Use SourceMetaData.ABI instead.
var SourceABI = SourceMetaData.ABI

// Source is an auto generated Go binding around an Ethereum contract.
type Source struct {
	SourceCaller     // Read-only binding to the contract
	SourceTransactor // Write-only binding to the contract
	SourceFilterer   // Log filterer for contract events
}

// SourceCaller is an auto generated read-only Go binding around an Ethereum contract.
type SourceCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SourceTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SourceTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SourceFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SourceFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SourceSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SourceSession struct {
	Contract     *Source           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SourceCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SourceCallerSession struct {
	Contract *SourceCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// SourceTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SourceTransactorSession struct {
	Contract     *SourceTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SourceRaw is an auto generated low-level Go binding around an Ethereum contract.
type SourceRaw struct {
	Contract *Source // Generic contract binding to access the raw methods on
}

// SourceCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SourceCallerRaw struct {
	Contract *SourceCaller // Generic read-only contract binding to access the raw methods on
}

// SourceTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SourceTransactorRaw struct {
	Contract *SourceTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSource creates a new instance of Source, bound to a specific deployed contract.
func NewSource(address common.Address, backend bind.ContractBackend) (*Source, error) {
	contract, err := bindSource(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Source{SourceCaller: SourceCaller{contract: contract}, SourceTransactor: SourceTransactor{contract: contract}, SourceFilterer: SourceFilterer{contract: contract}}, nil
}

// NewSourceCaller creates a new read-only instance of Source, bound to a specific deployed contract.
func NewSourceCaller(address common.Address, caller bind.ContractCaller) (*SourceCaller, error) {
	contract, err := bindSource(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SourceCaller{contract: contract}, nil
}

// NewSourceTransactor creates a new write-only instance of Source, bound to a specific deployed contract.
func NewSourceTransactor(address common.Address, transactor bind.ContractTransactor) (*SourceTransactor, error) {
	contract, err := bindSource(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SourceTransactor{contract: contract}, nil
}

// NewSourceFilterer creates a new log filterer instance of Source, bound to a specific deployed contract.
func NewSourceFilterer(address common.Address, filterer bind.ContractFilterer) (*SourceFilterer, error) {
	contract, err := bindSource(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SourceFilterer{contract: contract}, nil
}

// bindSource binds a generic wrapper to an already deployed contract.
func bindSource(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SourceMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Source *SourceRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Source.Contract.SourceCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Source *SourceRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Source.Contract.SourceTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Source *SourceRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Source.Contract.SourceTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Source *SourceCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Source.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Source *SourceTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Source.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Source *SourceTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Source.Contract.contract.Transact(opts, method, params...)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Source *SourceCaller) Asset(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "asset")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Source *SourceSession) Asset() (common.Address, error) {
	return _Source.Contract.Asset(&_Source.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Source *SourceCallerSession) Asset() (common.Address, error) {
	return _Source.Contract.Asset(&_Source.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_Source *SourceCaller) MaxDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "maxDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_Source *SourceSession) MaxDeposit() (*big.Int, error) {
	return _Source.Contract.MaxDeposit(&_Source.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_Source *SourceCallerSession) MaxDeposit() (*big.Int, error) {
	return _Source.Contract.MaxDeposit(&_Source.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_Source *SourceCaller) MaxWithdraw(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "maxWithdraw")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_Source *SourceSession) MaxWithdraw() (*big.Int, error) {
	return _Source.Contract.MaxWithdraw(&_Source.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_Source *SourceCallerSession) MaxWithdraw() (*big.Int, error) {
	return _Source.Contract.MaxWithdraw(&_Source.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_Source *SourceCaller) Position(opts *bind.CallOpts) (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "position")

	outstruct := new(struct {
		Assets *big.Int
		Liquid *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Assets = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Liquid = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_Source *SourceSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _Source.Contract.Position(&_Source.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_Source *SourceCallerSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _Source.Contract.Position(&_Source.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_Source *SourceCaller) SupplyRate(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "supplyRate")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_Source *SourceSession) SupplyRate() (*big.Int, error) {
	return _Source.Contract.SupplyRate(&_Source.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_Source *SourceCallerSession) SupplyRate() (*big.Int, error) {
	return _Source.Contract.SupplyRate(&_Source.CallOpts)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_Source *SourceCaller) SupplyRateAfter(opts *bind.CallOpts, assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "supplyRateAfter", assetsAdded, assetsRemoved)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_Source *SourceSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _Source.Contract.SupplyRateAfter(&_Source.CallOpts, assetsAdded, assetsRemoved)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_Source *SourceCallerSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _Source.Contract.SupplyRateAfter(&_Source.CallOpts, assetsAdded, assetsRemoved)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_Source *SourceCaller) TotalAssets(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "totalAssets")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_Source *SourceSession) TotalAssets() (*big.Int, error) {
	return _Source.Contract.TotalAssets(&_Source.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_Source *SourceCallerSession) TotalAssets() (*big.Int, error) {
	return _Source.Contract.TotalAssets(&_Source.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_Source *SourceCaller) Vault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Source.contract.Call(opts, &out, "vault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_Source *SourceSession) Vault() (common.Address, error) {
	return _Source.Contract.Vault(&_Source.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_Source *SourceCallerSession) Vault() (common.Address, error) {
	return _Source.Contract.Vault(&_Source.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_Source *SourceTransactor) Deposit(opts *bind.TransactOpts, assets *big.Int) (*types.Transaction, error) {
	return _Source.contract.Transact(opts, "deposit", assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_Source *SourceSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _Source.Contract.Deposit(&_Source.TransactOpts, assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_Source *SourceTransactorSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _Source.Contract.Deposit(&_Source.TransactOpts, assets)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_Source *SourceTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Source.contract.Transact(opts, "withdraw", assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_Source *SourceSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Source.Contract.Withdraw(&_Source.TransactOpts, assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_Source *SourceTransactorSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Source.Contract.Withdraw(&_Source.TransactOpts, assets, receiver)
}
