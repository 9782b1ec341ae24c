// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package kinkedirm

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

// Market is an auto generated low-level Go binding around an user-defined struct.
type Market struct {
	TotalSupplyAssets *big.Int
	TotalSupplyShares *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	LastUpdate        *big.Int
	Fee               *big.Int
}

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// KinkedIrmMetaData contains all meta data concerning the KinkedIrm contract.
var KinkedIrmMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"baseApr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slope1Apr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slope2Apr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"kink\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"kink\",\"type\":\"uint256\"}],\"name\":\"InvalidKink\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BASE_APR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KINK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOPE1_APR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLOPE2_APR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"totalSupplyAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalSupplyShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lastUpdate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structMarket\",\"name\":\"market\",\"type\":\"tuple\"}],\"name\":\"borrowRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"totalSupplyAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalSupplyShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lastUpdate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structMarket\",\"name\":\"market\",\"type\":\"tuple\"}],\"name\":\"borrowRateView\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516106b93803806106b983398101604081905261002f91610080565b8015806100445750670de0b6b3a76400008110155b15610069576040516370db298960e11b81526004810182905260240160405180910390fd5b60809390935260a09190915260c05260e0526100b3565b5f5f5f5f60808587031215610093575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b60805160a05160c05160e0516105976101225f395f818160ef015281816101a4015281816101cf0152818161020101526102b501525f818160c8015261022c01525f818160690152818161025f01526102da01525f818161011601528181610280015261030e01526105975ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063707076e7146100645780638c00bf6b1461009d5780639451fed4146100b0578063a2b8e763146100c3578063a35cc828146100ea578063e4fd18c914610111575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200160405180910390f35b61008b6100ab3660046103f4565b610138565b61008b6100be3660046103f4565b61034d565b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b80515f9081906001600160801b0316156101a157825f01516001600160801b0316670de0b6b3a764000084604001516001600160801b031661017a9190610505565b610184919061051c565b9050670de0b6b3a76400008111156101a15750670de0b6b3a76400005b5f7f00000000000000000000000000000000000000000000000000000000000000008211156102b3576101fc7f0000000000000000000000000000000000000000000000000000000000000000670de0b6b3a764000061053b565b6102267f00000000000000000000000000000000000000000000000000000000000000008461053b565b610250907f0000000000000000000000000000000000000000000000000000000000000000610505565b61025a919061051c565b6102a47f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061054e565b6102ae919061054e565b610332565b7f00000000000000000000000000000000000000000000000000000000000000006102fe837f0000000000000000000000000000000000000000000000000000000000000000610505565b610308919061051c565b610332907f000000000000000000000000000000000000000000000000000000000000000061054e565b90506103426301e133808261051c565b925050505b92915050565b5f6103588383610138565b9392505050565b60405160a0810167ffffffffffffffff8111828210171561038e57634e487b7160e01b5f52604160045260245ffd5b60405290565b60405160c0810167ffffffffffffffff8111828210171561038e57634e487b7160e01b5f52604160045260245ffd5b80356001600160a01b03811681146103d9575f5ffd5b919050565b80356001600160801b03811681146103d9575f5ffd5b5f5f828403610160811215610407575f5ffd5b60a0811215610414575f5ffd5b61041c61035f565b610425856103c3565b8152610433602086016103c3565b6020820152610444604086016103c3565b6040820152610455606086016103c3565b606082015260808581013590820152925060c0609f1982011215610477575f5ffd5b50610480610394565b61048c60a085016103de565b815261049a60c085016103de565b60208201526104ab60e085016103de565b60408201526104bd61010085016103de565b60608201526104cf61012085016103de565b60808201526104e161014085016103de565b60a0820152809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610347576103476104f1565b5f8261053657634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610347576103476104f1565b80820180821115610347576103476104f156fea2646970667358221220db089605da88347b025a981b3641cf27b3de14a0208d2043a1b9f0acb878246564736f6c63430008250033",
}

// KinkedIrmABI is the input ABI used to generate the binding from.
// Deprecated: Use KinkedIrmMetaData.ABI instead.
var KinkedIrmABI = KinkedIrmMetaData.ABI

// KinkedIrmBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KinkedIrmMetaData.Bin instead.
var KinkedIrmBin = KinkedIrmMetaData.Bin

// DeployKinkedIrm deploys a new Ethereum contract, binding an instance of KinkedIrm to it.
func DeployKinkedIrm(auth *bind.TransactOpts, backend bind.ContractBackend, baseApr *big.Int, slope1Apr *big.Int, slope2Apr *big.Int, kink *big.Int) (common.Address, *types.Transaction, *KinkedIrm, error) {
	parsed, err := KinkedIrmMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KinkedIrmBin), backend, baseApr, slope1Apr, slope2Apr, kink)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KinkedIrm{KinkedIrmCaller: KinkedIrmCaller{contract: contract}, KinkedIrmTransactor: KinkedIrmTransactor{contract: contract}, KinkedIrmFilterer: KinkedIrmFilterer{contract: contract}}, nil
}

// KinkedIrm is an auto generated Go binding around an Ethereum contract.
type KinkedIrm struct {
	KinkedIrmCaller     // Read-only binding to the contract
	KinkedIrmTransactor // Write-only binding to the contract
	KinkedIrmFilterer   // Log filterer for contract events
}

// KinkedIrmCaller is an auto generated read-only Go binding around an Ethereum contract.
type KinkedIrmCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KinkedIrmTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KinkedIrmTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KinkedIrmFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KinkedIrmFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KinkedIrmSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KinkedIrmSession struct {
	Contract     *KinkedIrm        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// KinkedIrmCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KinkedIrmCallerSession struct {
	Contract *KinkedIrmCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// KinkedIrmTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KinkedIrmTransactorSession struct {
	Contract     *KinkedIrmTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// KinkedIrmRaw is an auto generated low-level Go binding around an Ethereum contract.
type KinkedIrmRaw struct {
	Contract *KinkedIrm // Generic contract binding to access the raw methods on
}

// KinkedIrmCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KinkedIrmCallerRaw struct {
	Contract *KinkedIrmCaller // Generic read-only contract binding to access the raw methods on
}

// KinkedIrmTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KinkedIrmTransactorRaw struct {
	Contract *KinkedIrmTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKinkedIrm creates a new instance of KinkedIrm, bound to a specific deployed contract.
func NewKinkedIrm(address common.Address, backend bind.ContractBackend) (*KinkedIrm, error) {
	contract, err := bindKinkedIrm(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KinkedIrm{KinkedIrmCaller: KinkedIrmCaller{contract: contract}, KinkedIrmTransactor: KinkedIrmTransactor{contract: contract}, KinkedIrmFilterer: KinkedIrmFilterer{contract: contract}}, nil
}

// NewKinkedIrmCaller creates a new read-only instance of KinkedIrm, bound to a specific deployed contract.
func NewKinkedIrmCaller(address common.Address, caller bind.ContractCaller) (*KinkedIrmCaller, error) {
	contract, err := bindKinkedIrm(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KinkedIrmCaller{contract: contract}, nil
}

// NewKinkedIrmTransactor creates a new write-only instance of KinkedIrm, bound to a specific deployed contract.
func NewKinkedIrmTransactor(address common.Address, transactor bind.ContractTransactor) (*KinkedIrmTransactor, error) {
	contract, err := bindKinkedIrm(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KinkedIrmTransactor{contract: contract}, nil
}

// NewKinkedIrmFilterer creates a new log filterer instance of KinkedIrm, bound to a specific deployed contract.
func NewKinkedIrmFilterer(address common.Address, filterer bind.ContractFilterer) (*KinkedIrmFilterer, error) {
	contract, err := bindKinkedIrm(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KinkedIrmFilterer{contract: contract}, nil
}

// bindKinkedIrm binds a generic wrapper to an already deployed contract.
func bindKinkedIrm(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KinkedIrmMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KinkedIrm *KinkedIrmRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KinkedIrm.Contract.KinkedIrmCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KinkedIrm *KinkedIrmRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KinkedIrm.Contract.KinkedIrmTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KinkedIrm *KinkedIrmRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KinkedIrm.Contract.KinkedIrmTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KinkedIrm *KinkedIrmCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KinkedIrm.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KinkedIrm *KinkedIrmTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KinkedIrm.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KinkedIrm *KinkedIrmTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KinkedIrm.Contract.contract.Transact(opts, method, params...)
}

// BASEAPR is a free data retrieval call binding the contract method 0xe4fd18c9.
//
// Solidity: function BASE_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmCaller) BASEAPR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KinkedIrm.contract.Call(opts, &out, "BASE_APR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BASEAPR is a free data retrieval call binding the contract method 0xe4fd18c9.
//
// Solidity: function BASE_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmSession) BASEAPR() (*big.Int, error) {
	return _KinkedIrm.Contract.BASEAPR(&_KinkedIrm.CallOpts)
}

// BASEAPR is a free data retrieval call binding the contract method 0xe4fd18c9.
//
// Solidity: function BASE_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmCallerSession) BASEAPR() (*big.Int, error) {
	return _KinkedIrm.Contract.BASEAPR(&_KinkedIrm.CallOpts)
}

// KINK is a free data retrieval call binding the contract method 0xa35cc828.
//
// Solidity: function KINK() view returns(uint256)
func (_KinkedIrm *KinkedIrmCaller) KINK(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KinkedIrm.contract.Call(opts, &out, "KINK")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// KINK is a free data retrieval call binding the contract method 0xa35cc828.
//
// Solidity: function KINK() view returns(uint256)
func (_KinkedIrm *KinkedIrmSession) KINK() (*big.Int, error) {
	return _KinkedIrm.Contract.KINK(&_KinkedIrm.CallOpts)
}

// KINK is a free data retrieval call binding the contract method 0xa35cc828.
//
// Solidity: function KINK() view returns(uint256)
func (_KinkedIrm *KinkedIrmCallerSession) KINK() (*big.Int, error) {
	return _KinkedIrm.Contract.KINK(&_KinkedIrm.CallOpts)
}

// SLOPE1APR is a free data retrieval call binding the contract method 0x707076e7.
//
// Solidity: function SLOPE1_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmCaller) SLOPE1APR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KinkedIrm.contract.Call(opts, &out, "SLOPE1_APR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SLOPE1APR is a free data retrieval call binding the contract method 0x707076e7.
//
// Solidity: function SLOPE1_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmSession) SLOPE1APR() (*big.Int, error) {
	return _KinkedIrm.Contract.SLOPE1APR(&_KinkedIrm.CallOpts)
}

// SLOPE1APR is a free data retrieval call binding the contract method 0x707076e7.
//
// Solidity: function SLOPE1_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmCallerSession) SLOPE1APR() (*big.Int, error) {
	return _KinkedIrm.Contract.SLOPE1APR(&_KinkedIrm.CallOpts)
}

// SLOPE2APR is a free data retrieval call binding the contract method 0xa2b8e763.
//
// Solidity: function SLOPE2_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmCaller) SLOPE2APR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KinkedIrm.contract.Call(opts, &out, "SLOPE2_APR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SLOPE2APR is a free data retrieval call binding the contract method 0xa2b8e763.
//
// Solidity: function SLOPE2_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmSession) SLOPE2APR() (*big.Int, error) {
	return _KinkedIrm.Contract.SLOPE2APR(&_KinkedIrm.CallOpts)
}

// SLOPE2APR is a free data retrieval call binding the contract method 0xa2b8e763.
//
// Solidity: function SLOPE2_APR() view returns(uint256)
func (_KinkedIrm *KinkedIrmCallerSession) SLOPE2APR() (*big.Int, error) {
	return _KinkedIrm.Contract.SLOPE2APR(&_KinkedIrm.CallOpts)
}

// BorrowRate is a free data retrieval call binding the contract method 0x9451fed4.
//
// Solidity: function borrowRate((address,address,address,address,uint256) marketParams, (uint128,uint128,uint128,uint128,uint128,uint128) market) view returns(uint256)
func (_KinkedIrm *KinkedIrmCaller) BorrowRate(opts *bind.CallOpts, marketParams MarketParams, market Market) (*big.Int, error) {
	var out []interface{}
	err := _KinkedIrm.contract.Call(opts, &out, "borrowRate", marketParams, market)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BorrowRate is a free data retrieval call binding the contract method 0x9451fed4.
//
// Solidity: function borrowRate((address,address,address,address,uint256) marketParams, (uint128,uint128,uint128,uint128,uint128,uint128) market) view returns(uint256)
func (_KinkedIrm *KinkedIrmSession) BorrowRate(marketParams MarketParams, market Market) (*big.Int, error) {
	return _KinkedIrm.Contract.BorrowRate(&_KinkedIrm.CallOpts, marketParams, market)
}

// BorrowRate is a free data retrieval call binding the contract method 0x9451fed4.
//
// Solidity: function borrowRate((address,address,address,address,uint256) marketParams, (uint128,uint128,uint128,uint128,uint128,uint128) market) view returns(uint256)
func (_KinkedIrm *KinkedIrmCallerSession) BorrowRate(marketParams MarketParams, market Market) (*big.Int, error) {
	return _KinkedIrm.Contract.BorrowRate(&_KinkedIrm.CallOpts, marketParams, market)
}

// BorrowRateView is a free data retrieval call binding the contract method 0x8c00bf6b.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) market) view returns(uint256)
func (_KinkedIrm *KinkedIrmCaller) BorrowRateView(opts *bind.CallOpts, arg0 MarketParams, market Market) (*big.Int, error) {
	var out []interface{}
	err := _KinkedIrm.contract.Call(opts, &out, "borrowRateView", arg0, market)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BorrowRateView is a free data retrieval call binding the contract method 0x8c00bf6b.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) market) view returns(uint256)
func (_KinkedIrm *KinkedIrmSession) BorrowRateView(arg0 MarketParams, market Market) (*big.Int, error) {
	return _KinkedIrm.Contract.BorrowRateView(&_KinkedIrm.CallOpts, arg0, market)
}

// BorrowRateView is a free data retrieval call binding the contract method 0x8c00bf6b.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) market) view returns(uint256)
func (_KinkedIrm *KinkedIrmCallerSession) BorrowRateView(arg0 MarketParams, market Market) (*big.Int, error) {
	return _KinkedIrm.Contract.BorrowRateView(&_KinkedIrm.CallOpts, arg0, market)
}
