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

// ATokenMetaData contains all meta data concerning the AToken contract.
var ATokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"underlying_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransfersUnsupported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNDERLYING_ASSET_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"scaled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"scaled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"scaled\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"mintScaled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"scaledBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scaledTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferUnderlyingTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610f6f380380610f6f83398101604081905261002e9161015d565b6001600160a01b038516158061004b57506001600160a01b038416155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808616608052841660a0525f610087848261028b565b506001610094838261028b565b5060ff1660c0525061034992505050565b80516001600160a01b03811681146100bb575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126100e3575f5ffd5b81516001600160401b038111156100fc576100fc6100c0565b604051601f8201601f19908116603f011681016001600160401b038111828210171561012a5761012a6100c0565b604052818152838201602001851015610141575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f60a08688031215610171575f5ffd5b61017a866100a5565b9450610188602087016100a5565b60408701519094506001600160401b038111156101a3575f5ffd5b6101af888289016100d4565b606088015190945090506001600160401b038111156101cc575f5ffd5b6101d8888289016100d4565b925050608086015160ff811681146101ee575f5ffd5b809150509295509295909350565b600181811c9082168061021057607f821691505b60208210810361022e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610286578282111561028657805f5260205f20601f840160051c602085101561025f57505f5b90810190601f840160051c035f5b81811015610282575f8382015560010161026d565b5050505b505050565b81516001600160401b038111156102a4576102a46100c0565b6102b8816102b284546101fc565b84610234565b6020601f8211600181146102ea575f83156102d35750848201515b5f19600385901b1c1916600184901b178455610342565b5f84815260208120601f198516915b8281101561031957878501518255602094850194600190920191016102f9565b508482101561033657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c051610bc46103ab5f395f6101c601525f8181610262015281816105a701528181610789015261083301525f818161021b01528181610368015281816104420152818161055c0152818161061d015261085d0152610bc45ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80634efecaa51161009e578063a9059cbb1161006e578063a9059cbb14610128578063b16a19de1461025d578063b1bf962d14610284578063d7020d0a1461028c578063dd62ed3e1461029f575f5ffd5b80634efecaa5146101f057806370a08231146102035780637535d2461461021657806395d89b4114610255575f5ffd5b806318160ddd116100d957806318160ddd146101815780631da24f3e1461018957806323b872dd146101b1578063313ce567146101bf575f5ffd5b806306fdde031461010a578063095ea7b3146101285780630fe249731461014b578063156e29f614610160575b5f5ffd5b6101126102b4565b60405161011f9190610964565b60405180910390f35b61013b6101363660046109b4565b610343565b604051901515815260200161011f565b61015e6101593660046109dc565b61035d565b005b61017361016e3660046109dc565b610436565b60405190815260200161011f565b610173610537565b610173610197366004610a0c565b6001600160a01b03165f9081526002602052604090205490565b61013b610136366004610a25565b60405160ff7f000000000000000000000000000000000000000000000000000000000000000016815260200161011f565b61015e6101fe3660046109b4565b610551565b610173610211366004610a0c565b6105d2565b61023d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161011f565b610112610602565b61023d7f000000000000000000000000000000000000000000000000000000000000000081565b600354610173565b61017361029a366004610a5f565b610611565b6101736102ad366004610a9e565b5f92915050565b60605f80546102c290610acf565b80601f01602080910402602001604051908101604052809291908181526020018280546102ee90610acf565b80156103395780601f1061031057610100808354040283529160200191610339565b820191905f5260205f20905b81548152906001019060200180831161031c57829003601f168201915b5050505050905090565b5f604051639c5ea9ed60e01b815260040160405180910390fd5b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103a657604051636f61f64160e01b815260040160405180910390fd5b6001600160a01b0383165f90815260026020526040812080548492906103cd908490610b1b565b925050819055508160035f8282546103e59190610b1b565b90915550506001600160a01b0383165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef61042085856107b9565b60405190815260200160405180910390a3505050565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461048057604051636f61f64160e01b815260040160405180910390fd5b61048a83836107f9565b9050805f036104ac57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0384165f90815260026020526040812080548392906104d3908490610b1b565b925050819055508060035f8282546104eb9190610b1b565b90915550506040518381526001600160a01b038516905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a39392505050565b5f61054c61054361081c565b600354906107b9565b905090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461059a57604051636f61f64160e01b815260040160405180910390fd5b6105ce6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836108c8565b5050565b5f6105fc6105de61081c565b6001600160a01b0384165f90815260026020526040902054906107b9565b92915050565b6060600180546102c290610acf565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461065b57604051636f61f64160e01b815260040160405180910390fd5b6001600160a01b0385165f9081526002602052604090205461067d81846107b9565b84146106925761068d84846107f9565b610694565b805b9150815f036106b657604051631f2a200560e01b815260040160405180910390fd5b808211156106f057836106c982856107b9565b60405163cf47918160e01b8152600481019290925260248201526044015b60405180910390fd5b6106fa8282610b2e565b6001600160a01b0387165f9081526002602052604081209190915560038054849290610727908490610b2e565b90915550506040518481525f906001600160a01b038816907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a36001600160a01b03851630146107b0576107b06001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001686866108c8565b50949350505050565b5f6b033b2e3c9fd0803ce80000006b019d971e4fe8401e740000006107de8486610b41565b6107e89190610b1b565b6107f29190610b58565b9392505050565b5f81610806600282610b58565b6107de6b033b2e3c9fd0803ce800000086610b41565b60405163d15e005360e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063d15e005390602401602060405180830381865afa1580156108a4573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061054c9190610b77565b6108d58383836001610902565b6108fd57604051635274afe760e01b81526001600160a01b03841660048201526024016106e7565b505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661095857838315161561094c573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146109af575f5ffd5b919050565b5f5f604083850312156109c5575f5ffd5b6109ce83610999565b946020939093013593505050565b5f5f5f606084860312156109ee575f5ffd5b6109f784610999565b95602085013595506040909401359392505050565b5f60208284031215610a1c575f5ffd5b6107f282610999565b5f5f5f60608486031215610a37575f5ffd5b610a4084610999565b9250610a4e60208501610999565b929592945050506040919091013590565b5f5f5f5f60808587031215610a72575f5ffd5b610a7b85610999565b9350610a8960208601610999565b93969395505050506040820135916060013590565b5f5f60408385031215610aaf575f5ffd5b610ab883610999565b9150610ac660208401610999565b90509250929050565b600181811c90821680610ae357607f821691505b602082108103610b0157634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156105fc576105fc610b07565b818103818111156105fc576105fc610b07565b80820281158282048414176105fc576105fc610b07565b5f82610b7257634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610b87575f5ffd5b505191905056fea2646970667358221220b0adb07ea66891c7c5038bf54009996fc6a703d3457326fd2c6675f6f80157b564736f6c63430008250033",
}

// ATokenABI is the input ABI used to generate the binding from.
// Deprecated: Use ATokenMetaData.ABI instead.
var ATokenABI = ATokenMetaData.ABI

// ATokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ATokenMetaData.Bin instead.
var ATokenBin = ATokenMetaData.Bin

// DeployAToken deploys a new Ethereum contract, binding an instance of AToken to it.
func DeployAToken(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address, underlying_ common.Address, name_ string, symbol_ string, decimals_ uint8) (common.Address, *types.Transaction, *AToken, error) {
	parsed, err := ATokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ATokenBin), backend, pool_, underlying_, name_, symbol_, decimals_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AToken{ATokenCaller: ATokenCaller{contract: contract}, ATokenTransactor: ATokenTransactor{contract: contract}, ATokenFilterer: ATokenFilterer{contract: contract}}, nil
}

// AToken is an auto generated Go binding around an Ethereum contract.
type AToken struct {
	ATokenCaller     // Read-only binding to the contract
	ATokenTransactor // Write-only binding to the contract
	ATokenFilterer   // Log filterer for contract events
}

// ATokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type ATokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ATokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ATokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ATokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ATokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ATokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ATokenSession struct {
	Contract     *AToken           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ATokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ATokenCallerSession struct {
	Contract *ATokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// ATokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ATokenTransactorSession struct {
	Contract     *ATokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ATokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type ATokenRaw struct {
	Contract *AToken // Generic contract binding to access the raw methods on
}

// ATokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ATokenCallerRaw struct {
	Contract *ATokenCaller // Generic read-only contract binding to access the raw methods on
}

// ATokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ATokenTransactorRaw struct {
	Contract *ATokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAToken creates a new instance of AToken, bound to a specific deployed contract.
func NewAToken(address common.Address, backend bind.ContractBackend) (*AToken, error) {
	contract, err := bindAToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AToken{ATokenCaller: ATokenCaller{contract: contract}, ATokenTransactor: ATokenTransactor{contract: contract}, ATokenFilterer: ATokenFilterer{contract: contract}}, nil
}

// NewATokenCaller creates a new read-only instance of AToken, bound to a specific deployed contract.
func NewATokenCaller(address common.Address, caller bind.ContractCaller) (*ATokenCaller, error) {
	contract, err := bindAToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ATokenCaller{contract: contract}, nil
}

// NewATokenTransactor creates a new write-only instance of AToken, bound to a specific deployed contract.
func NewATokenTransactor(address common.Address, transactor bind.ContractTransactor) (*ATokenTransactor, error) {
	contract, err := bindAToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ATokenTransactor{contract: contract}, nil
}

// NewATokenFilterer creates a new log filterer instance of AToken, bound to a specific deployed contract.
func NewATokenFilterer(address common.Address, filterer bind.ContractFilterer) (*ATokenFilterer, error) {
	contract, err := bindAToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ATokenFilterer{contract: contract}, nil
}

// bindAToken binds a generic wrapper to an already deployed contract.
func bindAToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ATokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AToken *ATokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AToken.Contract.ATokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AToken *ATokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AToken.Contract.ATokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AToken *ATokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AToken.Contract.ATokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AToken *ATokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AToken *ATokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AToken *ATokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AToken.Contract.contract.Transact(opts, method, params...)
}

// POOL is a free data retrieval call binding the contract method 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (_AToken *ATokenCaller) POOL(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "POOL")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// POOL is a free data retrieval call binding the contract method 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (_AToken *ATokenSession) POOL() (common.Address, error) {
	return _AToken.Contract.POOL(&_AToken.CallOpts)
}

// POOL is a free data retrieval call binding the contract method 0x7535d246.
//
// Solidity: function POOL() view returns(address)
func (_AToken *ATokenCallerSession) POOL() (common.Address, error) {
	return _AToken.Contract.POOL(&_AToken.CallOpts)
}

// UNDERLYINGASSETADDRESS is a free data retrieval call binding the contract method 0xb16a19de.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (_AToken *ATokenCaller) UNDERLYINGASSETADDRESS(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "UNDERLYING_ASSET_ADDRESS")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// UNDERLYINGASSETADDRESS is a free data retrieval call binding the contract method 0xb16a19de.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (_AToken *ATokenSession) UNDERLYINGASSETADDRESS() (common.Address, error) {
	return _AToken.Contract.UNDERLYINGASSETADDRESS(&_AToken.CallOpts)
}

// UNDERLYINGASSETADDRESS is a free data retrieval call binding the contract method 0xb16a19de.
//
// Solidity: function UNDERLYING_ASSET_ADDRESS() view returns(address)
func (_AToken *ATokenCallerSession) UNDERLYINGASSETADDRESS() (common.Address, error) {
	return _AToken.Contract.UNDERLYINGASSETADDRESS(&_AToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (_AToken *ATokenCaller) Allowance(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "allowance", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (_AToken *ATokenSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _AToken.Contract.Allowance(&_AToken.CallOpts, arg0, arg1)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) pure returns(uint256)
func (_AToken *ATokenCallerSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _AToken.Contract.Allowance(&_AToken.CallOpts, arg0, arg1)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (_AToken *ATokenCaller) Approve(opts *bind.CallOpts, arg0 common.Address, arg1 *big.Int) (bool, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "approve", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (_AToken *ATokenSession) Approve(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _AToken.Contract.Approve(&_AToken.CallOpts, arg0, arg1)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (_AToken *ATokenCallerSession) Approve(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _AToken.Contract.Approve(&_AToken.CallOpts, arg0, arg1)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AToken *ATokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AToken *ATokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AToken.Contract.BalanceOf(&_AToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AToken *ATokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AToken.Contract.BalanceOf(&_AToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_AToken *ATokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_AToken *ATokenSession) Decimals() (uint8, error) {
	return _AToken.Contract.Decimals(&_AToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_AToken *ATokenCallerSession) Decimals() (uint8, error) {
	return _AToken.Contract.Decimals(&_AToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AToken *ATokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AToken *ATokenSession) Name() (string, error) {
	return _AToken.Contract.Name(&_AToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AToken *ATokenCallerSession) Name() (string, error) {
	return _AToken.Contract.Name(&_AToken.CallOpts)
}

// ScaledBalanceOf is a free data retrieval call binding the contract method 0x1da24f3e.
//
// Solidity: function scaledBalanceOf(address account) view returns(uint256)
func (_AToken *ATokenCaller) ScaledBalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "scaledBalanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ScaledBalanceOf is a free data retrieval call binding the contract method 0x1da24f3e.
//
// Solidity: function scaledBalanceOf(address account) view returns(uint256)
func (_AToken *ATokenSession) ScaledBalanceOf(account common.Address) (*big.Int, error) {
	return _AToken.Contract.ScaledBalanceOf(&_AToken.CallOpts, account)
}

// ScaledBalanceOf is a free data retrieval call binding the contract method 0x1da24f3e.
//
// Solidity: function scaledBalanceOf(address account) view returns(uint256)
func (_AToken *ATokenCallerSession) ScaledBalanceOf(account common.Address) (*big.Int, error) {
	return _AToken.Contract.ScaledBalanceOf(&_AToken.CallOpts, account)
}

// ScaledTotalSupply is a free data retrieval call binding the contract method 0xb1bf962d.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (_AToken *ATokenCaller) ScaledTotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "scaledTotalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ScaledTotalSupply is a free data retrieval call binding the contract method 0xb1bf962d.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (_AToken *ATokenSession) ScaledTotalSupply() (*big.Int, error) {
	return _AToken.Contract.ScaledTotalSupply(&_AToken.CallOpts)
}

// ScaledTotalSupply is a free data retrieval call binding the contract method 0xb1bf962d.
//
// Solidity: function scaledTotalSupply() view returns(uint256)
func (_AToken *ATokenCallerSession) ScaledTotalSupply() (*big.Int, error) {
	return _AToken.Contract.ScaledTotalSupply(&_AToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AToken *ATokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AToken *ATokenSession) Symbol() (string, error) {
	return _AToken.Contract.Symbol(&_AToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AToken *ATokenCallerSession) Symbol() (string, error) {
	return _AToken.Contract.Symbol(&_AToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AToken *ATokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AToken *ATokenSession) TotalSupply() (*big.Int, error) {
	return _AToken.Contract.TotalSupply(&_AToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AToken *ATokenCallerSession) TotalSupply() (*big.Int, error) {
	return _AToken.Contract.TotalSupply(&_AToken.CallOpts)
}

// Transfer is a free data retrieval call binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (_AToken *ATokenCaller) Transfer(opts *bind.CallOpts, arg0 common.Address, arg1 *big.Int) (bool, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "transfer", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Transfer is a free data retrieval call binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (_AToken *ATokenSession) Transfer(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _AToken.Contract.Transfer(&_AToken.CallOpts, arg0, arg1)
}

// Transfer is a free data retrieval call binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (_AToken *ATokenCallerSession) Transfer(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _AToken.Contract.Transfer(&_AToken.CallOpts, arg0, arg1)
}

// TransferFrom is a free data retrieval call binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (_AToken *ATokenCaller) TransferFrom(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int) (bool, error) {
	var out []interface{}
	err := _AToken.contract.Call(opts, &out, "transferFrom", arg0, arg1, arg2)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// TransferFrom is a free data retrieval call binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (_AToken *ATokenSession) TransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) (bool, error) {
	return _AToken.Contract.TransferFrom(&_AToken.CallOpts, arg0, arg1, arg2)
}

// TransferFrom is a free data retrieval call binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (_AToken *ATokenCallerSession) TransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) (bool, error) {
	return _AToken.Contract.TransferFrom(&_AToken.CallOpts, arg0, arg1, arg2)
}

// Burn is a paid mutator transaction binding the contract method 0xd7020d0a.
//
// Solidity: function burn(address from, address receiver, uint256 amount, uint256 index) returns(uint256 scaled)
func (_AToken *ATokenTransactor) Burn(opts *bind.TransactOpts, from common.Address, receiver common.Address, amount *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.contract.Transact(opts, "burn", from, receiver, amount, index)
}

// Burn is a paid mutator transaction binding the contract method 0xd7020d0a.
//
// Solidity: function burn(address from, address receiver, uint256 amount, uint256 index) returns(uint256 scaled)
func (_AToken *ATokenSession) Burn(from common.Address, receiver common.Address, amount *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.Burn(&_AToken.TransactOpts, from, receiver, amount, index)
}

// Burn is a paid mutator transaction binding the contract method 0xd7020d0a.
//
// Solidity: function burn(address from, address receiver, uint256 amount, uint256 index) returns(uint256 scaled)
func (_AToken *ATokenTransactorSession) Burn(from common.Address, receiver common.Address, amount *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.Burn(&_AToken.TransactOpts, from, receiver, amount, index)
}

// Mint is a paid mutator transaction binding the contract method 0x156e29f6.
//
// Solidity: function mint(address to, uint256 amount, uint256 index) returns(uint256 scaled)
func (_AToken *ATokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.contract.Transact(opts, "mint", to, amount, index)
}

// Mint is a paid mutator transaction binding the contract method 0x156e29f6.
//
// Solidity: function mint(address to, uint256 amount, uint256 index) returns(uint256 scaled)
func (_AToken *ATokenSession) Mint(to common.Address, amount *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.Mint(&_AToken.TransactOpts, to, amount, index)
}

// Mint is a paid mutator transaction binding the contract method 0x156e29f6.
//
// Solidity: function mint(address to, uint256 amount, uint256 index) returns(uint256 scaled)
func (_AToken *ATokenTransactorSession) Mint(to common.Address, amount *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.Mint(&_AToken.TransactOpts, to, amount, index)
}

// MintScaled is a paid mutator transaction binding the contract method 0x0fe24973.
//
// Solidity: function mintScaled(address to, uint256 scaled, uint256 index) returns()
func (_AToken *ATokenTransactor) MintScaled(opts *bind.TransactOpts, to common.Address, scaled *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.contract.Transact(opts, "mintScaled", to, scaled, index)
}

// MintScaled is a paid mutator transaction binding the contract method 0x0fe24973.
//
// Solidity: function mintScaled(address to, uint256 scaled, uint256 index) returns()
func (_AToken *ATokenSession) MintScaled(to common.Address, scaled *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.MintScaled(&_AToken.TransactOpts, to, scaled, index)
}

// MintScaled is a paid mutator transaction binding the contract method 0x0fe24973.
//
// Solidity: function mintScaled(address to, uint256 scaled, uint256 index) returns()
func (_AToken *ATokenTransactorSession) MintScaled(to common.Address, scaled *big.Int, index *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.MintScaled(&_AToken.TransactOpts, to, scaled, index)
}

// TransferUnderlyingTo is a paid mutator transaction binding the contract method 0x4efecaa5.
//
// Solidity: function transferUnderlyingTo(address target, uint256 amount) returns()
func (_AToken *ATokenTransactor) TransferUnderlyingTo(opts *bind.TransactOpts, target common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AToken.contract.Transact(opts, "transferUnderlyingTo", target, amount)
}

// TransferUnderlyingTo is a paid mutator transaction binding the contract method 0x4efecaa5.
//
// Solidity: function transferUnderlyingTo(address target, uint256 amount) returns()
func (_AToken *ATokenSession) TransferUnderlyingTo(target common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.TransferUnderlyingTo(&_AToken.TransactOpts, target, amount)
}

// TransferUnderlyingTo is a paid mutator transaction binding the contract method 0x4efecaa5.
//
// Solidity: function transferUnderlyingTo(address target, uint256 amount) returns()
func (_AToken *ATokenTransactorSession) TransferUnderlyingTo(target common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AToken.Contract.TransferUnderlyingTo(&_AToken.TransactOpts, target, amount)
}

// ATokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the AToken contract.
type ATokenApprovalIterator struct {
	Event *ATokenApproval // Event containing the contract specifics and raw log

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
func (it *ATokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ATokenApproval)
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
		it.Event = new(ATokenApproval)
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
func (it *ATokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ATokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ATokenApproval represents a Approval event raised by the AToken contract.
type ATokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AToken *ATokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*ATokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &ATokenApprovalIterator{contract: _AToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AToken *ATokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *ATokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ATokenApproval)
				if err := _AToken.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AToken *ATokenFilterer) ParseApproval(log types.Log) (*ATokenApproval, error) {
	event := new(ATokenApproval)
	if err := _AToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ATokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the AToken contract.
type ATokenTransferIterator struct {
	Event *ATokenTransfer // Event containing the contract specifics and raw log

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
func (it *ATokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ATokenTransfer)
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
		it.Event = new(ATokenTransfer)
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
func (it *ATokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ATokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ATokenTransfer represents a Transfer event raised by the AToken contract.
type ATokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AToken *ATokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*ATokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &ATokenTransferIterator{contract: _AToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AToken *ATokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *ATokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ATokenTransfer)
				if err := _AToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AToken *ATokenFilterer) ParseTransfer(log types.Log) (*ATokenTransfer, error) {
	event := new(ATokenTransfer)
	if err := _AToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
