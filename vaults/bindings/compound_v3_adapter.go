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

// CompoundV3AdapterMetaData contains all meta data concerning the CompoundV3Adapter contract.
var CompoundV3AdapterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"comet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"AssetMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ProtectedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMET\",\"outputs\":[{\"internalType\":\"contractIComet\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"position\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161129a38038061129a83398101604081905261002e9161026b565b82816001600160a01b038216158061004d57506001600160a01b038116155b1561006b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216608052811660a052821661009d5760405163d92e233d60e01b815260040160405180910390fd5b5f826001600160a01b031663c55dae636040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fe91906102ab565b9050816001600160a01b0316816001600160a01b03161461014a57604051634e83a9b960e01b81526001600160a01b038084166004830152821660248201526044015b60405180910390fd5b6001600160a01b0380841660c052610166908316845f1961016f565b505050506102cb565b61017b8383835f6101ee565b6101e95761018c83835f60016101ee565b6101b457604051635274afe760e01b81526001600160a01b0384166004820152602401610141565b6101c183838360016101ee565b6101e957604051635274afe760e01b81526001600160a01b0384166004820152602401610141565b505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610244578383151615610238573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b80516001600160a01b0381168114610266575f5ffd5b919050565b5f5f5f6060848603121561027d575f5ffd5b61028684610250565b925061029460208501610250565b91506102a260408501610250565b90509250925092565b5f602082840312156102bb575f5ffd5b6102c482610250565b9392505050565b60805160a05160c051610f196103815f395f818161011e015281816102960152818161032d015281816103d4015281816104920152818161050d015281816105b1015281816105e00152818161086a015281816109d701528181610aa101528181610b420152610c5d01525f818161015a0152818161082f01528181610a0701528181610b6c0152610c2e01525f81816101de0152818161020e01528181610687015281816106f001526107570152610f195ff3fe608060405234801561000f575f5ffd5b50600436106100ca575f3560e01c80636083e59a11610088578063b6b55f2511610063578063b6b55f25146101a9578063b8dc491b146101be578063e6a69ab8146101d1578063fbfa77cf146101dc575f5ffd5b80636083e59a14610191578063ac7a1b5b14610199578063ad2961a3146101a1575f5ffd5b8062f714ce146100ce57806301e1d114146100f457806309218e91146100fc5780632517b92b1461011957806338d52e0f146101585780633a0bd42b1461017e575b5f5ffd5b6100e16100dc366004610d6a565b610202565b6040519081526020015b60405180910390f35b6100e161027f565b61010461030c565b604080519283526020830191909152016100eb565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100eb565b7f0000000000000000000000000000000000000000000000000000000000000000610140565b6100e161018c366004610d98565b610327565b6100e161050a565b6100e161059a565b6100e16105ab565b6101bc6101b7366004610db8565b61067c565b005b6100e16101cc366004610dcf565b610754565b6100e16301e1338081565b7f0000000000000000000000000000000000000000000000000000000000000000610140565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461024c576040516362df054560e01b815260040160405180910390fd5b825f0361026c57604051631f2a200560e01b815260040160405180910390fd5b61027683836109b6565b90505b92915050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156102e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103079190610dfb565b905090565b5f5f61031661027f565b915061032182610a9e565b90509091565b5f5f82847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610387573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ab9190610dfb565b6103b59190610e26565b6103bf9190610e39565b90505f811561046b5781670de0b6b3a76400007f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638285ef406040518163ffffffff1660e01b8152600401602060405180830381865afa15801561042e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104529190610dfb565b61045c9190610e4c565b6104669190610e63565b61046d565b5f5b60405163d955759d60e01b815260048101829052909150610501906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d955759d906024015b602060405180830381865afa1580156104d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104fc9190610e82565b610bef565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630bc47ad16040518163ffffffff1660e01b8152600401602060405180830381865afa158015610567573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061058b9190610ea9565b61059557505f1990565b505f90565b5f6103076105a661027f565b610a9e565b5f6103077f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d955759d7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637eb711316040518163ffffffff1660e01b8152600401602060405180830381865afa15801561063a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061065e9190610dfb565b6040518263ffffffff1660e01b81526004016104bd91815260200190565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106c5576040516362df054560e01b815260040160405180910390fd5b805f036106e557604051631f2a200560e01b815260040160405180910390fd5b6106ee81610c17565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a08260405161074991815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d59190610ec8565b6001600160a01b0316336001600160a01b03161461080657604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b03821661082d5760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316148061089957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03908116908416145b156108c7576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa158015610909573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092d9190610dfb565b9050805f0361094f57604051631f2a200560e01b815260040160405180910390fd5b6109636001600160a01b0384168383610cb7565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718836040516109a891815260200190565b60405180910390a392915050565b5f5f6109c061027f565b905080841015806109d157846109d3565b815b92507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c3b35a7e857f000000000000000000000000000000000000000000000000000000000000000084610a315788610a34565b5f195b6040516001600160e01b031960e086901b1681526001600160a01b03938416600482015292909116602483015260448201526064015f604051808303815f87803b158015610a80575f5ffd5b505af1158015610a92573d5f5f3e3d5ffd5b50505050505092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166367800b5f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610afb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b1f9190610ea9565b15610b2b57505f919050565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906370a0823190602401602060405180830381865afa158015610bb3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bd79190610dfb565b9050808310610be65780610be8565b825b9392505050565b5f633b9aca00610c0d6301e1338067ffffffffffffffff8516610e4c565b6102799190610e4c565b604051631e573fb760e31b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063f2b9fdb8906044015f604051808303815f87803b158015610c9e575f5ffd5b505af1158015610cb0573d5f5f3e3d5ffd5b5050505050565b610cc48383836001610cf1565b610cec57604051635274afe760e01b81526001600160a01b03841660048201526024016108be565b505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610d47578383151615610d3b573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0381168114610d67575f5ffd5b50565b5f5f60408385031215610d7b575f5ffd5b823591506020830135610d8d81610d53565b809150509250929050565b5f5f60408385031215610da9575f5ffd5b50508035926020909101359150565b5f60208284031215610dc8575f5ffd5b5035919050565b5f5f60408385031215610de0575f5ffd5b8235610deb81610d53565b91506020830135610d8d81610d53565b5f60208284031215610e0b575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561027957610279610e12565b8181038181111561027957610279610e12565b808202811582820484141761027957610279610e12565b5f82610e7d57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610e92575f5ffd5b815167ffffffffffffffff81168114610be8575f5ffd5b5f60208284031215610eb9575f5ffd5b81518015158114610be8575f5ffd5b5f60208284031215610ed8575f5ffd5b8151610be881610d5356fea2646970667358221220b445d8e3143d700f1875e75a6f04e06a8058a507bc9f175ec648c71371b3119f64736f6c63430008250033",
}

// CompoundV3AdapterABI is the input ABI used to generate the binding from.
// Deprecated: Use CompoundV3AdapterMetaData.ABI instead.
var CompoundV3AdapterABI = CompoundV3AdapterMetaData.ABI

// CompoundV3AdapterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CompoundV3AdapterMetaData.Bin instead.
var CompoundV3AdapterBin = CompoundV3AdapterMetaData.Bin

// DeployCompoundV3Adapter deploys a new Ethereum contract, binding an instance of CompoundV3Adapter to it.
func DeployCompoundV3Adapter(auth *bind.TransactOpts, backend bind.ContractBackend, vault_ common.Address, comet_ common.Address, asset_ common.Address) (common.Address, *types.Transaction, *CompoundV3Adapter, error) {
	parsed, err := CompoundV3AdapterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CompoundV3AdapterBin), backend, vault_, comet_, asset_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CompoundV3Adapter{CompoundV3AdapterCaller: CompoundV3AdapterCaller{contract: contract}, CompoundV3AdapterTransactor: CompoundV3AdapterTransactor{contract: contract}, CompoundV3AdapterFilterer: CompoundV3AdapterFilterer{contract: contract}}, nil
}

// CompoundV3Adapter is an auto generated Go binding around an Ethereum contract.
type CompoundV3Adapter struct {
	CompoundV3AdapterCaller     // Read-only binding to the contract
	CompoundV3AdapterTransactor // Write-only binding to the contract
	CompoundV3AdapterFilterer   // Log filterer for contract events
}

// CompoundV3AdapterCaller is an auto generated read-only Go binding around an Ethereum contract.
type CompoundV3AdapterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CompoundV3AdapterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CompoundV3AdapterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CompoundV3AdapterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CompoundV3AdapterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CompoundV3AdapterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CompoundV3AdapterSession struct {
	Contract     *CompoundV3Adapter // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// CompoundV3AdapterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CompoundV3AdapterCallerSession struct {
	Contract *CompoundV3AdapterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// CompoundV3AdapterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CompoundV3AdapterTransactorSession struct {
	Contract     *CompoundV3AdapterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// CompoundV3AdapterRaw is an auto generated low-level Go binding around an Ethereum contract.
type CompoundV3AdapterRaw struct {
	Contract *CompoundV3Adapter // Generic contract binding to access the raw methods on
}

// CompoundV3AdapterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CompoundV3AdapterCallerRaw struct {
	Contract *CompoundV3AdapterCaller // Generic read-only contract binding to access the raw methods on
}

// CompoundV3AdapterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CompoundV3AdapterTransactorRaw struct {
	Contract *CompoundV3AdapterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCompoundV3Adapter creates a new instance of CompoundV3Adapter, bound to a specific deployed contract.
func NewCompoundV3Adapter(address common.Address, backend bind.ContractBackend) (*CompoundV3Adapter, error) {
	contract, err := bindCompoundV3Adapter(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CompoundV3Adapter{CompoundV3AdapterCaller: CompoundV3AdapterCaller{contract: contract}, CompoundV3AdapterTransactor: CompoundV3AdapterTransactor{contract: contract}, CompoundV3AdapterFilterer: CompoundV3AdapterFilterer{contract: contract}}, nil
}

// NewCompoundV3AdapterCaller creates a new read-only instance of CompoundV3Adapter, bound to a specific deployed contract.
func NewCompoundV3AdapterCaller(address common.Address, caller bind.ContractCaller) (*CompoundV3AdapterCaller, error) {
	contract, err := bindCompoundV3Adapter(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CompoundV3AdapterCaller{contract: contract}, nil
}

// NewCompoundV3AdapterTransactor creates a new write-only instance of CompoundV3Adapter, bound to a specific deployed contract.
func NewCompoundV3AdapterTransactor(address common.Address, transactor bind.ContractTransactor) (*CompoundV3AdapterTransactor, error) {
	contract, err := bindCompoundV3Adapter(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CompoundV3AdapterTransactor{contract: contract}, nil
}

// NewCompoundV3AdapterFilterer creates a new log filterer instance of CompoundV3Adapter, bound to a specific deployed contract.
func NewCompoundV3AdapterFilterer(address common.Address, filterer bind.ContractFilterer) (*CompoundV3AdapterFilterer, error) {
	contract, err := bindCompoundV3Adapter(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CompoundV3AdapterFilterer{contract: contract}, nil
}

// bindCompoundV3Adapter binds a generic wrapper to an already deployed contract.
func bindCompoundV3Adapter(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CompoundV3AdapterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CompoundV3Adapter *CompoundV3AdapterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CompoundV3Adapter.Contract.CompoundV3AdapterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CompoundV3Adapter *CompoundV3AdapterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.CompoundV3AdapterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CompoundV3Adapter *CompoundV3AdapterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.CompoundV3AdapterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CompoundV3Adapter *CompoundV3AdapterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CompoundV3Adapter.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CompoundV3Adapter *CompoundV3AdapterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CompoundV3Adapter *CompoundV3AdapterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.contract.Transact(opts, method, params...)
}

// COMET is a free data retrieval call binding the contract method 0x2517b92b.
//
// Solidity: function COMET() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) COMET(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "COMET")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// COMET is a free data retrieval call binding the contract method 0x2517b92b.
//
// Solidity: function COMET() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterSession) COMET() (common.Address, error) {
	return _CompoundV3Adapter.Contract.COMET(&_CompoundV3Adapter.CallOpts)
}

// COMET is a free data retrieval call binding the contract method 0x2517b92b.
//
// Solidity: function COMET() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) COMET() (common.Address, error) {
	return _CompoundV3Adapter.Contract.COMET(&_CompoundV3Adapter.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) SECONDSPERYEAR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "SECONDS_PER_YEAR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterSession) SECONDSPERYEAR() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.SECONDSPERYEAR(&_CompoundV3Adapter.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) SECONDSPERYEAR() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.SECONDSPERYEAR(&_CompoundV3Adapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) Asset(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "asset")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterSession) Asset() (common.Address, error) {
	return _CompoundV3Adapter.Contract.Asset(&_CompoundV3Adapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) Asset() (common.Address, error) {
	return _CompoundV3Adapter.Contract.Asset(&_CompoundV3Adapter.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) MaxDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "maxDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterSession) MaxDeposit() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.MaxDeposit(&_CompoundV3Adapter.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) MaxDeposit() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.MaxDeposit(&_CompoundV3Adapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) MaxWithdraw(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "maxWithdraw")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterSession) MaxWithdraw() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.MaxWithdraw(&_CompoundV3Adapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) MaxWithdraw() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.MaxWithdraw(&_CompoundV3Adapter.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) Position(opts *bind.CallOpts) (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "position")

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
func (_CompoundV3Adapter *CompoundV3AdapterSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _CompoundV3Adapter.Contract.Position(&_CompoundV3Adapter.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _CompoundV3Adapter.Contract.Position(&_CompoundV3Adapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) SupplyRate(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "supplyRate")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterSession) SupplyRate() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.SupplyRate(&_CompoundV3Adapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) SupplyRate() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.SupplyRate(&_CompoundV3Adapter.CallOpts)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) SupplyRateAfter(opts *bind.CallOpts, assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "supplyRateAfter", assetsAdded, assetsRemoved)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _CompoundV3Adapter.Contract.SupplyRateAfter(&_CompoundV3Adapter.CallOpts, assetsAdded, assetsRemoved)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _CompoundV3Adapter.Contract.SupplyRateAfter(&_CompoundV3Adapter.CallOpts, assetsAdded, assetsRemoved)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) TotalAssets(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "totalAssets")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterSession) TotalAssets() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.TotalAssets(&_CompoundV3Adapter.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) TotalAssets() (*big.Int, error) {
	return _CompoundV3Adapter.Contract.TotalAssets(&_CompoundV3Adapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterCaller) Vault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CompoundV3Adapter.contract.Call(opts, &out, "vault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterSession) Vault() (common.Address, error) {
	return _CompoundV3Adapter.Contract.Vault(&_CompoundV3Adapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_CompoundV3Adapter *CompoundV3AdapterCallerSession) Vault() (common.Address, error) {
	return _CompoundV3Adapter.Contract.Vault(&_CompoundV3Adapter.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_CompoundV3Adapter *CompoundV3AdapterTransactor) Deposit(opts *bind.TransactOpts, assets *big.Int) (*types.Transaction, error) {
	return _CompoundV3Adapter.contract.Transact(opts, "deposit", assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_CompoundV3Adapter *CompoundV3AdapterSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.Deposit(&_CompoundV3Adapter.TransactOpts, assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_CompoundV3Adapter *CompoundV3AdapterTransactorSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.Deposit(&_CompoundV3Adapter.TransactOpts, assets)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_CompoundV3Adapter *CompoundV3AdapterTransactor) Sweep(opts *bind.TransactOpts, token common.Address, to common.Address) (*types.Transaction, error) {
	return _CompoundV3Adapter.contract.Transact(opts, "sweep", token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_CompoundV3Adapter *CompoundV3AdapterSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.Sweep(&_CompoundV3Adapter.TransactOpts, token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_CompoundV3Adapter *CompoundV3AdapterTransactorSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.Sweep(&_CompoundV3Adapter.TransactOpts, token, to)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _CompoundV3Adapter.contract.Transact(opts, "withdraw", assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.Withdraw(&_CompoundV3Adapter.TransactOpts, assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_CompoundV3Adapter *CompoundV3AdapterTransactorSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _CompoundV3Adapter.Contract.Withdraw(&_CompoundV3Adapter.TransactOpts, assets, receiver)
}

// CompoundV3AdapterSourceDepositIterator is returned from FilterSourceDeposit and is used to iterate over the raw logs and unpacked data for SourceDeposit events raised by the CompoundV3Adapter contract.
type CompoundV3AdapterSourceDepositIterator struct {
	Event *CompoundV3AdapterSourceDeposit // Event containing the contract specifics and raw log

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
func (it *CompoundV3AdapterSourceDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CompoundV3AdapterSourceDeposit)
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
		it.Event = new(CompoundV3AdapterSourceDeposit)
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
func (it *CompoundV3AdapterSourceDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CompoundV3AdapterSourceDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CompoundV3AdapterSourceDeposit represents a SourceDeposit event raised by the CompoundV3Adapter contract.
type CompoundV3AdapterSourceDeposit struct {
	Vault  common.Address
	Assets *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSourceDeposit is a free log retrieval operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_CompoundV3Adapter *CompoundV3AdapterFilterer) FilterSourceDeposit(opts *bind.FilterOpts, vault []common.Address) (*CompoundV3AdapterSourceDepositIterator, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _CompoundV3Adapter.contract.FilterLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return &CompoundV3AdapterSourceDepositIterator{contract: _CompoundV3Adapter.contract, event: "SourceDeposit", logs: logs, sub: sub}, nil
}

// WatchSourceDeposit is a free log subscription operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_CompoundV3Adapter *CompoundV3AdapterFilterer) WatchSourceDeposit(opts *bind.WatchOpts, sink chan<- *CompoundV3AdapterSourceDeposit, vault []common.Address) (event.Subscription, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _CompoundV3Adapter.contract.WatchLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CompoundV3AdapterSourceDeposit)
				if err := _CompoundV3Adapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
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
func (_CompoundV3Adapter *CompoundV3AdapterFilterer) ParseSourceDeposit(log types.Log) (*CompoundV3AdapterSourceDeposit, error) {
	event := new(CompoundV3AdapterSourceDeposit)
	if err := _CompoundV3Adapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CompoundV3AdapterSweptIterator is returned from FilterSwept and is used to iterate over the raw logs and unpacked data for Swept events raised by the CompoundV3Adapter contract.
type CompoundV3AdapterSweptIterator struct {
	Event *CompoundV3AdapterSwept // Event containing the contract specifics and raw log

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
func (it *CompoundV3AdapterSweptIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CompoundV3AdapterSwept)
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
		it.Event = new(CompoundV3AdapterSwept)
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
func (it *CompoundV3AdapterSweptIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CompoundV3AdapterSweptIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CompoundV3AdapterSwept represents a Swept event raised by the CompoundV3Adapter contract.
type CompoundV3AdapterSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSwept is a free log retrieval operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_CompoundV3Adapter *CompoundV3AdapterFilterer) FilterSwept(opts *bind.FilterOpts, token []common.Address, to []common.Address) (*CompoundV3AdapterSweptIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _CompoundV3Adapter.contract.FilterLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return &CompoundV3AdapterSweptIterator{contract: _CompoundV3Adapter.contract, event: "Swept", logs: logs, sub: sub}, nil
}

// WatchSwept is a free log subscription operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_CompoundV3Adapter *CompoundV3AdapterFilterer) WatchSwept(opts *bind.WatchOpts, sink chan<- *CompoundV3AdapterSwept, token []common.Address, to []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _CompoundV3Adapter.contract.WatchLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CompoundV3AdapterSwept)
				if err := _CompoundV3Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
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
func (_CompoundV3Adapter *CompoundV3AdapterFilterer) ParseSwept(log types.Log) (*CompoundV3AdapterSwept, error) {
	event := new(CompoundV3AdapterSwept)
	if err := _CompoundV3Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
