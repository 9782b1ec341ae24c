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

// OracleMockMetaData contains all meta data concerning the OracleMock contract.
var OracleMockMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"setPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5060aa80601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806391b7f5ed146034578063a035b1fe146045575b5f5ffd5b6043603f366004605e565b5f55565b005b604c5f5481565b60405190815260200160405180910390f35b5f60208284031215606d575f5ffd5b503591905056fea264697066735822122067a853adaf92893268002098c7c4b79465cfcd4f7e8001eb1c8ad8795ba3295664736f6c63430008250033",
}

// OracleMockABI is the input ABI used to generate the binding from.
// Deprecated: Use OracleMockMetaData.ABI instead.
var OracleMockABI = OracleMockMetaData.ABI

// OracleMockBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OracleMockMetaData.Bin instead.
var OracleMockBin = OracleMockMetaData.Bin

// DeployOracleMock deploys a new Ethereum contract, binding an instance of OracleMock to it.
func DeployOracleMock(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *OracleMock, error) {
	parsed, err := OracleMockMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OracleMockBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &OracleMock{OracleMockCaller: OracleMockCaller{contract: contract}, OracleMockTransactor: OracleMockTransactor{contract: contract}, OracleMockFilterer: OracleMockFilterer{contract: contract}}, nil
}

// OracleMock is an auto generated Go binding around an Ethereum contract.
type OracleMock struct {
	OracleMockCaller     // Read-only binding to the contract
	OracleMockTransactor // Write-only binding to the contract
	OracleMockFilterer   // Log filterer for contract events
}

// OracleMockCaller is an auto generated read-only Go binding around an Ethereum contract.
type OracleMockCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleMockTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OracleMockTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleMockFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OracleMockFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleMockSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OracleMockSession struct {
	Contract     *OracleMock       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OracleMockCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OracleMockCallerSession struct {
	Contract *OracleMockCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// OracleMockTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OracleMockTransactorSession struct {
	Contract     *OracleMockTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// OracleMockRaw is an auto generated low-level Go binding around an Ethereum contract.
type OracleMockRaw struct {
	Contract *OracleMock // Generic contract binding to access the raw methods on
}

// OracleMockCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OracleMockCallerRaw struct {
	Contract *OracleMockCaller // Generic read-only contract binding to access the raw methods on
}

// OracleMockTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OracleMockTransactorRaw struct {
	Contract *OracleMockTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOracleMock creates a new instance of OracleMock, bound to a specific deployed contract.
func NewOracleMock(address common.Address, backend bind.ContractBackend) (*OracleMock, error) {
	contract, err := bindOracleMock(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &OracleMock{OracleMockCaller: OracleMockCaller{contract: contract}, OracleMockTransactor: OracleMockTransactor{contract: contract}, OracleMockFilterer: OracleMockFilterer{contract: contract}}, nil
}

// NewOracleMockCaller creates a new read-only instance of OracleMock, bound to a specific deployed contract.
func NewOracleMockCaller(address common.Address, caller bind.ContractCaller) (*OracleMockCaller, error) {
	contract, err := bindOracleMock(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OracleMockCaller{contract: contract}, nil
}

// NewOracleMockTransactor creates a new write-only instance of OracleMock, bound to a specific deployed contract.
func NewOracleMockTransactor(address common.Address, transactor bind.ContractTransactor) (*OracleMockTransactor, error) {
	contract, err := bindOracleMock(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OracleMockTransactor{contract: contract}, nil
}

// NewOracleMockFilterer creates a new log filterer instance of OracleMock, bound to a specific deployed contract.
func NewOracleMockFilterer(address common.Address, filterer bind.ContractFilterer) (*OracleMockFilterer, error) {
	contract, err := bindOracleMock(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OracleMockFilterer{contract: contract}, nil
}

// bindOracleMock binds a generic wrapper to an already deployed contract.
func bindOracleMock(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OracleMockMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OracleMock *OracleMockRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OracleMock.Contract.OracleMockCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OracleMock *OracleMockRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OracleMock.Contract.OracleMockTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OracleMock *OracleMockRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OracleMock.Contract.OracleMockTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OracleMock *OracleMockCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OracleMock.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OracleMock *OracleMockTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OracleMock.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OracleMock *OracleMockTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OracleMock.Contract.contract.Transact(opts, method, params...)
}

// Price is a free data retrieval call binding the contract method 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (_OracleMock *OracleMockCaller) Price(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OracleMock.contract.Call(opts, &out, "price")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Price is a free data retrieval call binding the contract method 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (_OracleMock *OracleMockSession) Price() (*big.Int, error) {
	return _OracleMock.Contract.Price(&_OracleMock.CallOpts)
}

// Price is a free data retrieval call binding the contract method 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (_OracleMock *OracleMockCallerSession) Price() (*big.Int, error) {
	return _OracleMock.Contract.Price(&_OracleMock.CallOpts)
}

// SetPrice is a paid mutator transaction binding the contract method 0x91b7f5ed.
//
// Solidity: function setPrice(uint256 newPrice) returns()
func (_OracleMock *OracleMockTransactor) SetPrice(opts *bind.TransactOpts, newPrice *big.Int) (*types.Transaction, error) {
	return _OracleMock.contract.Transact(opts, "setPrice", newPrice)
}

// SetPrice is a paid mutator transaction binding the contract method 0x91b7f5ed.
//
// Solidity: function setPrice(uint256 newPrice) returns()
func (_OracleMock *OracleMockSession) SetPrice(newPrice *big.Int) (*types.Transaction, error) {
	return _OracleMock.Contract.SetPrice(&_OracleMock.TransactOpts, newPrice)
}

// SetPrice is a paid mutator transaction binding the contract method 0x91b7f5ed.
//
// Solidity: function setPrice(uint256 newPrice) returns()
func (_OracleMock *OracleMockTransactorSession) SetPrice(newPrice *big.Int) (*types.Transaction, error) {
	return _OracleMock.Contract.SetPrice(&_OracleMock.TransactOpts, newPrice)
}
