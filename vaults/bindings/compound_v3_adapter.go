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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"comet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"actual\",\"type\":\"address\"}],\"name\":\"AssetMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ProtectedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMET\",\"outputs\":[{\"internalType\":\"contractIComet\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161124538038061124583398101604081905261002e9161026b565b82816001600160a01b038216158061004d57506001600160a01b038116155b1561006b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216608052811660a052821661009d5760405163d92e233d60e01b815260040160405180910390fd5b5f826001600160a01b031663c55dae636040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fe91906102ab565b9050816001600160a01b0316816001600160a01b03161461014a57604051634e83a9b960e01b81526001600160a01b038084166004830152821660248201526044015b60405180910390fd5b6001600160a01b0380841660c052610166908316845f1961016f565b505050506102cb565b61017b8383835f6101ee565b6101e95761018c83835f60016101ee565b6101b457604051635274afe760e01b81526001600160a01b0384166004820152602401610141565b6101c183838360016101ee565b6101e957604051635274afe760e01b81526001600160a01b0384166004820152602401610141565b505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610244578383151615610238573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b80516001600160a01b0381168114610266575f5ffd5b919050565b5f5f5f6060848603121561027d575f5ffd5b61028684610250565b925061029460208501610250565b91506102a260408501610250565b90509250925092565b5f602082840312156102bb575f5ffd5b6102c482610250565b9392505050565b60805160a05160c051610ec56103805f395f818160e70152818161025f015281816102db0152818161038201528181610440015281816104bb0152818161054b015281816105f3015281816106a7015281816106d60152818161096001528181610acd0152610c0201525f8181610123015281816106200152818161092501528181610afd0152610bd301525f81816101a7015281816101d70152818161077d015281816107e6015261084d0152610ec55ff3fe608060405234801561000f575f5ffd5b50600436106100b0575f3560e01c8063ac7a1b5b1161006e578063ac7a1b5b14610162578063ad2961a31461016a578063b6b55f2514610172578063b8dc491b14610187578063e6a69ab81461019a578063fbfa77cf146101a5575f5ffd5b8062f714ce146100b457806301e1d114146100da5780632517b92b146100e257806338d52e0f146101215780633a0bd42b146101475780636083e59a1461015a575b5f5ffd5b6100c76100c2366004610d0f565b6101cb565b6040519081526020015b60405180910390f35b6100c7610248565b6101097f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100d1565b7f0000000000000000000000000000000000000000000000000000000000000000610109565b6100c7610155366004610d3d565b6102d5565b6100c76104b8565b6100c7610548565b6100c76106a1565b610185610180366004610d5d565b610772565b005b6100c7610195366004610d74565b61084a565b6100c76301e1338081565b7f0000000000000000000000000000000000000000000000000000000000000000610109565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610215576040516362df054560e01b815260040160405180910390fd5b825f0361023557604051631f2a200560e01b815260040160405180910390fd5b61023f8383610aac565b90505b92915050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa1580156102ac573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102d09190610da0565b905090565b5f5f82847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610335573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103599190610da0565b6103639190610dcb565b61036d9190610dde565b90505f81156104195781670de0b6b3a76400007f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638285ef406040518163ffffffff1660e01b8152600401602060405180830381865afa1580156103dc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104009190610da0565b61040a9190610df1565b6104149190610e08565b61041b565b5f5b60405163d955759d60e01b8152600481018290529091506104af906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d955759d906024015b602060405180830381865afa158015610486573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104aa9190610e27565b610b94565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630bc47ad16040518163ffffffff1660e01b8152600401602060405180830381865afa158015610515573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105399190610e55565b61054357505f1990565b505f90565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166367800b5f6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156105a5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105c99190610e55565b156105d357505f90565b5f6105dc610248565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301529192505f917f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610665573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106899190610da0565b9050808210610698578061069a565b815b9250505090565b5f6102d07f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d955759d7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637eb711316040518163ffffffff1660e01b8152600401602060405180830381865afa158015610730573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107549190610da0565b6040518263ffffffff1660e01b815260040161046b91815260200190565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107bb576040516362df054560e01b815260040160405180910390fd5b805f036107db57604051631f2a200560e01b815260040160405180910390fd5b6107e481610bbc565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a08260405161083f91815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156108a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108cb9190610e74565b6001600160a01b0316336001600160a01b0316146108fc57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0382166109235760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316148061098f57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03908116908416145b156109bd576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa1580156109ff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a239190610da0565b9050805f03610a4557604051631f2a200560e01b815260040160405180910390fd5b610a596001600160a01b0384168383610c5c565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf71883604051610a9e91815260200190565b60405180910390a392915050565b5f5f610ab6610248565b90508084101580610ac75784610ac9565b815b92507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c3b35a7e857f000000000000000000000000000000000000000000000000000000000000000084610b275788610b2a565b5f195b6040516001600160e01b031960e086901b1681526001600160a01b03938416600482015292909116602483015260448201526064015f604051808303815f87803b158015610b76575f5ffd5b505af1158015610b88573d5f5f3e3d5ffd5b50505050505092915050565b5f633b9aca00610bb26301e1338067ffffffffffffffff8516610df1565b6102429190610df1565b604051631e573fb760e31b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063f2b9fdb8906044015f604051808303815f87803b158015610c43575f5ffd5b505af1158015610c55573d5f5f3e3d5ffd5b5050505050565b610c698383836001610c96565b610c9157604051635274afe760e01b81526001600160a01b03841660048201526024016109b4565b505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610cec578383151615610ce0573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0381168114610d0c575f5ffd5b50565b5f5f60408385031215610d20575f5ffd5b823591506020830135610d3281610cf8565b809150509250929050565b5f5f60408385031215610d4e575f5ffd5b50508035926020909101359150565b5f60208284031215610d6d575f5ffd5b5035919050565b5f5f60408385031215610d85575f5ffd5b8235610d9081610cf8565b91506020830135610d3281610cf8565b5f60208284031215610db0575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561024257610242610db7565b8181038181111561024257610242610db7565b808202811582820484141761024257610242610db7565b5f82610e2257634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610e37575f5ffd5b815167ffffffffffffffff81168114610e4e575f5ffd5b9392505050565b5f60208284031215610e65575f5ffd5b81518015158114610e4e575f5ffd5b5f60208284031215610e84575f5ffd5b8151610e4e81610cf856fea264697066735822122082d62c0f346c8f32b90fe0c14e1f8ec58c760ded3f4331e09288e7b887e21dd964736f6c63430008250033",
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
