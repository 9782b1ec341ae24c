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

// CometMetaData contains all meta data concerning the Comet contract.
var CometMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"baseToken_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"supplyKink_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"supplyPerYearInterestRateSlopeLow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"supplyPerYearInterestRateSlopeHigh_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"supplyPerYearInterestRateBase_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"borrowKink_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"borrowPerYearInterestRateSlopeLow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"borrowPerYearInterestRateSlopeHigh_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"borrowPerYearInterestRateBase_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientPoolLiquidity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRateParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDebt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Paused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"WrongAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"repayer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Repay\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dst\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Supply\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"src\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BASE_INDEX_SCALE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FACTOR_SCALE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accrueAccount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseBorrowIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseSupplyIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"borrowBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"borrowKink\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"borrowPerSecondInterestRateBase\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"borrowPerSecondInterestRateSlopeHigh\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"borrowPerSecondInterestRateSlopeLow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"utilization\",\"type\":\"uint256\"}],\"name\":\"getBorrowRate\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"utilization\",\"type\":\"uint256\"}],\"name\":\"getSupplyRate\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getUtilization\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isAbsorbPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isBuyPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isSupplyPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isTransferPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isWithdrawPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAccrualTime\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"supplyPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"transferPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"withdrawPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"absorbPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"buyPaused\",\"type\":\"bool\"}],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"supply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyKink\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyPerSecondInterestRateBase\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyPerSecondInterestRateSlopeHigh\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyPerSecondInterestRateSlopeLow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"supplyPrincipalOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBorrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBorrowBase\",\"outputs\":[{\"internalType\":\"uint104\",\"name\":\"\",\"type\":\"uint104\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupplyBase\",\"outputs\":[{\"internalType\":\"uint104\",\"name\":\"\",\"type\":\"uint104\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6101c0604052348015610010575f5ffd5b50604051611df0380380611df083398101604081905261002f916101c5565b6001600160a01b0389166100565760405163d92e233d60e01b815260040160405180910390fd5b670de0b6b3a76400006001600160401b03891611806100855750670de0b6b3a76400006001600160401b038516115b156100a35760405163e820f3fb60e01b815260040160405180910390fd5b6001600160a01b0389166080526001600160401b03881660a0526100cb6301e1338088610274565b6001600160401b031660c0526100e56301e1338087610274565b6001600160401b031660e0526100ff6301e1338086610274565b6001600160401b03908116610100528416610120526101226301e1338084610274565b6001600160401b03166101405261013d6301e1338083610274565b6001600160401b0316610160526101586301e1338082610274565b6001600160401b03166101805250505f805464ffffffffff4216600160801b026001600160a81b0319909116176e038d7ea4c6800000038d7ea4c680001790555050336101a052506102ae9350505050565b80516001600160401b03811681146101c0575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f6101208a8c0312156101de575f5ffd5b89516001600160a01b03811681146101f4575f5ffd5b985061020260208b016101aa565b975061021060408b016101aa565b965061021e60608b016101aa565b955061022c60808b016101aa565b945061023a60a08b016101aa565b935061024860c08b016101aa565b925061025660e08b016101aa565b91506102656101008b016101aa565b90509295985092959850929598565b5f6001600160401b0383168061029857634e487b7160e01b5f52601260045260245ffd5b6001600160401b03929092169190910492915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a051611a246103cc5f395f8181610250015261089301525f818161042201528181610adc0152610be001525f818161032b0152610b1401525f818161035201528181610aa00152610b7b01525f818161048d01528181610a6a01528181610b3e0152610ba501525f81816104b401528181610ebc0152610fb001525f81816104510152610ee901525f81816103c201528181610e800152610f4b01525f818161050a01528181610e4a01528181610f130152610f7501525f818161056d015281816107b901528181610c1d01528181610de601528181610fd8015281816111300152818161119a0152818161156a01526115f50152611a245ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c80638285ef401161012a578063c05e8319116100b4578063d8e5f61111610079578063d8e5f611146105d1578063d955759d146105de578063e6a69ab8146105f1578063f2b9fdb8146105fc578063f3fef3a31461060f575f5ffd5b8063c05e83191461053f578063c3b35a7e14610558578063c55dae631461056b578063c5ebeaec14610591578063d7e72708146105a4575f5ffd5b80639fa83b5a116100fa5780639fa83b5a146104d6578063a1a1ef43146104e9578063a1fb6345146104f6578063a5b4ff7914610505578063bfe69c8d1461052c575f5ffd5b80638285ef40146104735780638d5d814c1461047b5780639241a5611461048857806394920cca146104af575f5ffd5b8063374c49b4116101b657806370a082311161017b57806370a08231146103f057806374471361146104035780637914acc71461041d5780637eb7113114610444578063804de71f1461044c575f5ffd5b8063374c49b41461038757806344c35d071461039a5780634d74a6f0146103af5780635a94b8d1146103bd57806367800b5f146103e4575f5ffd5b806318160ddd116101fc57806318160ddd146102f3578063278cc7a0146102fb5780632a48cf12146103265780632d05670b1461034d578063371fd8e614610374575f5ffd5b80630bc47ad11461022d5780630c340a241461024b5780630d2917881461028a578063172b382f146102c9575b5f5ffd5b60045460011615155b60405190151581526020015b60405180910390f35b6102727f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610242565b6102bb610298366004611808565b6001600160a01b03165f908152600260205260409020546001600160681b031690565b604051908152602001610242565b5f546102db906001600160401b031681565b6040516001600160401b039091168152602001610242565b6102bb610622565b60015461030e906001600160681b031681565b6040516001600160681b039091168152602001610242565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b6102bb610382366004611821565b610669565b6102bb610395366004611808565b610830565b6103ad6103a8366004611847565b610888565b005b6102db66038d7ea4c6800081565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b60048054161515610236565b6102bb6103fe366004611808565b610943565b60015461030e90600160681b90046001600160681b031681565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b6102bb610994565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b6102bb610a24565b6004546008161515610236565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b6102db6104e4366004611821565b610a67565b6004546002161515610236565b6102db670de0b6b3a764000081565b6102db7f000000000000000000000000000000000000000000000000000000000000000081565b6103ad61053a366004611808565b610c0f565b5f546102db90600160401b90046001600160401b031681565b6103ad6105663660046118a8565b610c1a565b7f0000000000000000000000000000000000000000000000000000000000000000610272565b6103ad61059f366004611821565b610cd7565b5f546105bb90600160801b900464ffffffffff1681565b60405164ffffffffff9091168152602001610242565b6004546010161515610236565b6102db6105ec366004611821565b610e47565b6102db6301e1338081565b6103ad61060a3660046118e2565b610fd5565b6103ad61061d3660046118e2565b611197565b5f805481906106489061064390600160801b900464ffffffffff164261191e565b611227565b506001549091506106639082906001600160681b03166112d7565b91505090565b5f610678600454600116151590565b15610696576040516313d0ff5960e31b815260040160405180910390fd5b61069e6112fd565b335f908152600360205260408120546001600160681b0316908190036106d7576040516308d1fde360e11b815260040160405180910390fd5b5f80546106fd90600160401b90046001600160401b03166001600160681b0384166112d7565b905080841061070c578061070e565b835b5f80549194509061073890600160401b90046001600160401b0316610733868561191e565b611381565b335f90815260036020526040902080546001600160681b0319166001600160681b038316179055905061076b8184611931565b60018054600d9061078d908490600160681b90046001600160681b0316611931565b92506101000a8154816001600160681b0302191690836001600160681b031602179055506107f13330867f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166113c6909392919063ffffffff16565b604051848152339081907f05f2eeda0e08e4b437f487c8d7d29b14537d15e3488170dc3de5dbdf8dac46849060200160405180910390a3505050919050565b5f805481906108519061064390600160801b900464ffffffffff164261191e565b6001600160a01b0385165f90815260036020526040902054909250610881915082906001600160681b03166112d7565b9392505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108d0576040516282b42960e81b815260040160405180910390fd5b60046108db826113fc565b60ff16901b60036108eb846113fc565b60ff16901b60026108fb866113fc565b60ff16901b600161090b886113fc565b60ff16901b5f61091a8a6113fc565b60ff16901b1717171760045f6101000a81548160ff021916908360ff1602179055505050505050565b5f805481906109649061064390600160801b900464ffffffffff164261191e565b506001600160a01b0384165f908152600260205260409020549091506108819082906001600160681b03166112d7565b5f805460015482916109ba916001600160401b03909116906001600160681b03166112d7565b5f805460015492935090916109ef91600160401b90046001600160401b031690600160681b90046001600160681b03166112d7565b9050815f03610a00575f9250505090565b81610a13670de0b6b3a764000083611950565b610a1d9190611967565b9250505090565b5f80548190610a459061064390600160801b900464ffffffffff164261191e565b60015490925061066391508290600160681b90046001600160681b03166112d7565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168211610b0c57610b06610ace7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031684611410565b610b01906001600160401b037f000000000000000000000000000000000000000000000000000000000000000016611986565b611424565b92915050565b610b06610b767f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b031685610b71919061191e565b611410565b610bd27f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316611410565b610c05906001600160401b037f000000000000000000000000000000000000000000000000000000000000000016611986565b610b019190611986565b610c176112fd565b50565b817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614610c7d5760405163190b6b1f60e31b81526001600160a01b03821660048201526024015b60405180910390fd5b600480541615610ca0576040516313d0ff5960e31b815260040160405180910390fd5b6001600160a01b038416610cc75760405163d92e233d60e01b815260040160405180910390fd5b610cd1848361145d565b50505050565b600480541615610cfa576040516313d0ff5960e31b815260040160405180910390fd5b610d026112fd565b610d0b816115de565b335f9081526003602052604081205481546001600160681b039091169190610d5290600160401b90046001600160401b031684610d4882866112d7565b6107339190611986565b335f90815260036020526040902080546001600160681b0319166001600160681b0383811691821790925591925083161015610dd957610d928282611931565b60018054600d90610db4908490600160681b90046001600160681b0316611999565b92506101000a8154816001600160681b0302191690836001600160681b031602179055505b610e0d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385611697565b60405183815233907fcbc04eca7e9da35cb1393a6135a199ca52e450d5e9251cbd99f7847d33a367509060200160405180910390a2505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168211610ee157610b06610eae7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031684611410565b610b01906001600160401b037f000000000000000000000000000000000000000000000000000000000000000016611986565b610b06610f467f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b031685610b71919061191e565b610fa27f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316611410565b610c05906001600160401b037f000000000000000000000000000000000000000000000000000000000000000016611986565b817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b0316146110335760405163190b6b1f60e31b81526001600160a01b0382166004820152602401610c74565b60045460011615611057576040516313d0ff5960e31b815260040160405180910390fd5b61105f6112fd565b335f9081526002602052604081205481546001600160681b0390911691906110a4906001600160401b03168561109582866112d7565b61109f9190611986565b6116cc565b335f90815260026020526040902080546001600160681b0319166001600160681b0383811691821790925591925083161015611123576110e48282611931565b600180545f906110fe9084906001600160681b0316611999565b92506101000a8154816001600160681b0302191690836001600160681b031602179055505b6111586001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330876113c6565b604051848152339081907fd1cf3d156d5f8f0d50f6c122ed609cec09d35c9b9fb3fff6ea0959134dae424e906020015b60405180910390a35050505050565b817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b0316146111f55760405163190b6b1f60e31b81526001600160a01b0382166004820152602401610c74565b600480541615611218576040516313d0ff5960e31b815260040160405180910390fd5b611222338361145d565b505050565b5f805481906001600160401b0380821691600160401b90041684156112cd575f61124f610994565b90505f61125b82610e47565b6001600160401b031690505f61127083610a67565b6001600160401b03169050611297610b01866001600160401b03168a85610b719190611950565b6112a190866119b8565b94506112bd610b016001600160401b038616610b718b85611950565b6112c790856119b8565b93505050505b9094909350915050565b5f66038d7ea4c680006112f36001600160401b03851684611950565b6108819190611967565b5f805461131890600160801b900464ffffffffff164261191e565b90508015610c175761132981611227565b5f805464ffffffffff4216600160801b0274ffffffffff0000000000000000ffffffffffffffff196001600160401b03948516600160401b02166001600160a81b031990921691909117939092169290921717905550565b5f6108816001600160401b0384166001816113a366038d7ea4c6800087611950565b6113ad9190611986565b6113b7919061191e565b6113c19190611967565b6116eb565b6113d484848484600161171e565b610cd157604051635274afe760e01b81526001600160a01b0385166004820152602401610c74565b5f81611408575f610b06565b600192915050565b5f670de0b6b3a76400006112f38385611950565b5f6001600160401b0382111561145957604080516306dfcc6560e41b8152600481019190915260248101839052604401610c74565b5090565b6114656112fd565b335f9081526002602052604081205481546001600160681b039091169190611496906001600160401b0316836112d7565b90505f1983036114a4578092505b808311156114cf5760405163cf47918160e01b81526004810184905260248101829052604401610c74565b6114d8836115de565b5f80546114f2906001600160401b031661109f868561191e565b335f90815260026020526040902080546001600160681b0319166001600160681b03831617905590506115258184611931565b600180545f9061153f9084906001600160681b0316611931565b92506101000a8154816001600160681b0302191690836001600160681b031602179055506115a185857f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166116979092919063ffffffff16565b6040518481526001600160a01b0386169033907f9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb90602001611188565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015611642573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061166691906119d7565b905080821115611693576040516303eb0d9b60e51b81526004810183905260248101829052604401610c74565b5050565b6116a4838383600161178b565b61122257604051635274afe760e01b81526001600160a01b0384166004820152602401610c74565b5f6108816001600160401b0384166113b766038d7ea4c6800085611950565b5f6001600160681b03821115611459576040516306dfcc6560e41b81526068600482015260248101839052604401610c74565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661177a57838315161561176e573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117e15783831516156117d5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b80356001600160a01b0381168114611803575f5ffd5b919050565b5f60208284031215611818575f5ffd5b610881826117ed565b5f60208284031215611831575f5ffd5b5035919050565b80358015158114611803575f5ffd5b5f5f5f5f5f60a0868803121561185b575f5ffd5b61186486611838565b945061187260208701611838565b935061188060408701611838565b925061188e60608701611838565b915061189c60808701611838565b90509295509295909350565b5f5f5f606084860312156118ba575f5ffd5b6118c3846117ed565b92506118d1602085016117ed565b929592945050506040919091013590565b5f5f604083850312156118f3575f5ffd5b6118fc836117ed565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610b0657610b0661190a565b6001600160681b038281168282160390811115610b0657610b0661190a565b8082028115828204841417610b0657610b0661190a565b5f8261198157634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610b0657610b0661190a565b6001600160681b038181168382160190811115610b0657610b0661190a565b6001600160401b038181168382160190811115610b0657610b0661190a565b5f602082840312156119e7575f5ffd5b505191905056fea264697066735822122078383e276f0d12ccfb68a6e6eaf8510b9ed9412e189b1c8bc85b4f1392d92c9b64736f6c63430008250033",
}

// CometABI is the input ABI used to generate the binding from.
// Deprecated: Use CometMetaData.ABI instead.
var CometABI = CometMetaData.ABI

// CometBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CometMetaData.Bin instead.
var CometBin = CometMetaData.Bin

// DeployComet deploys a new Ethereum contract, binding an instance of Comet to it.
func DeployComet(auth *bind.TransactOpts, backend bind.ContractBackend, baseToken_ common.Address, supplyKink_ uint64, supplyPerYearInterestRateSlopeLow_ uint64, supplyPerYearInterestRateSlopeHigh_ uint64, supplyPerYearInterestRateBase_ uint64, borrowKink_ uint64, borrowPerYearInterestRateSlopeLow_ uint64, borrowPerYearInterestRateSlopeHigh_ uint64, borrowPerYearInterestRateBase_ uint64) (common.Address, *types.Transaction, *Comet, error) {
	parsed, err := CometMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CometBin), backend, baseToken_, supplyKink_, supplyPerYearInterestRateSlopeLow_, supplyPerYearInterestRateSlopeHigh_, supplyPerYearInterestRateBase_, borrowKink_, borrowPerYearInterestRateSlopeLow_, borrowPerYearInterestRateSlopeHigh_, borrowPerYearInterestRateBase_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Comet{CometCaller: CometCaller{contract: contract}, CometTransactor: CometTransactor{contract: contract}, CometFilterer: CometFilterer{contract: contract}}, nil
}

// Comet is an auto generated Go binding around an Ethereum contract.
type Comet struct {
	CometCaller     // Read-only binding to the contract
	CometTransactor // Write-only binding to the contract
	CometFilterer   // Log filterer for contract events
}

// CometCaller is an auto generated read-only Go binding around an Ethereum contract.
type CometCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CometTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CometTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CometFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CometFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CometSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CometSession struct {
	Contract     *Comet            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CometCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CometCallerSession struct {
	Contract *CometCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// CometTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CometTransactorSession struct {
	Contract     *CometTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CometRaw is an auto generated low-level Go binding around an Ethereum contract.
type CometRaw struct {
	Contract *Comet // Generic contract binding to access the raw methods on
}

// CometCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CometCallerRaw struct {
	Contract *CometCaller // Generic read-only contract binding to access the raw methods on
}

// CometTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CometTransactorRaw struct {
	Contract *CometTransactor // Generic write-only contract binding to access the raw methods on
}

// NewComet creates a new instance of Comet, bound to a specific deployed contract.
func NewComet(address common.Address, backend bind.ContractBackend) (*Comet, error) {
	contract, err := bindComet(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Comet{CometCaller: CometCaller{contract: contract}, CometTransactor: CometTransactor{contract: contract}, CometFilterer: CometFilterer{contract: contract}}, nil
}

// NewCometCaller creates a new read-only instance of Comet, bound to a specific deployed contract.
func NewCometCaller(address common.Address, caller bind.ContractCaller) (*CometCaller, error) {
	contract, err := bindComet(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CometCaller{contract: contract}, nil
}

// NewCometTransactor creates a new write-only instance of Comet, bound to a specific deployed contract.
func NewCometTransactor(address common.Address, transactor bind.ContractTransactor) (*CometTransactor, error) {
	contract, err := bindComet(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CometTransactor{contract: contract}, nil
}

// NewCometFilterer creates a new log filterer instance of Comet, bound to a specific deployed contract.
func NewCometFilterer(address common.Address, filterer bind.ContractFilterer) (*CometFilterer, error) {
	contract, err := bindComet(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CometFilterer{contract: contract}, nil
}

// bindComet binds a generic wrapper to an already deployed contract.
func bindComet(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CometMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Comet *CometRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Comet.Contract.CometCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Comet *CometRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Comet.Contract.CometTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Comet *CometRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Comet.Contract.CometTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Comet *CometCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Comet.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Comet *CometTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Comet.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Comet *CometTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Comet.Contract.contract.Transact(opts, method, params...)
}

// BASEINDEXSCALE is a free data retrieval call binding the contract method 0x4d74a6f0.
//
// Solidity: function BASE_INDEX_SCALE() view returns(uint64)
func (_Comet *CometCaller) BASEINDEXSCALE(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "BASE_INDEX_SCALE")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BASEINDEXSCALE is a free data retrieval call binding the contract method 0x4d74a6f0.
//
// Solidity: function BASE_INDEX_SCALE() view returns(uint64)
func (_Comet *CometSession) BASEINDEXSCALE() (uint64, error) {
	return _Comet.Contract.BASEINDEXSCALE(&_Comet.CallOpts)
}

// BASEINDEXSCALE is a free data retrieval call binding the contract method 0x4d74a6f0.
//
// Solidity: function BASE_INDEX_SCALE() view returns(uint64)
func (_Comet *CometCallerSession) BASEINDEXSCALE() (uint64, error) {
	return _Comet.Contract.BASEINDEXSCALE(&_Comet.CallOpts)
}

// FACTORSCALE is a free data retrieval call binding the contract method 0xa1fb6345.
//
// Solidity: function FACTOR_SCALE() view returns(uint64)
func (_Comet *CometCaller) FACTORSCALE(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "FACTOR_SCALE")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// FACTORSCALE is a free data retrieval call binding the contract method 0xa1fb6345.
//
// Solidity: function FACTOR_SCALE() view returns(uint64)
func (_Comet *CometSession) FACTORSCALE() (uint64, error) {
	return _Comet.Contract.FACTORSCALE(&_Comet.CallOpts)
}

// FACTORSCALE is a free data retrieval call binding the contract method 0xa1fb6345.
//
// Solidity: function FACTOR_SCALE() view returns(uint64)
func (_Comet *CometCallerSession) FACTORSCALE() (uint64, error) {
	return _Comet.Contract.FACTORSCALE(&_Comet.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint64)
func (_Comet *CometCaller) SECONDSPERYEAR(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "SECONDS_PER_YEAR")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint64)
func (_Comet *CometSession) SECONDSPERYEAR() (uint64, error) {
	return _Comet.Contract.SECONDSPERYEAR(&_Comet.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint64)
func (_Comet *CometCallerSession) SECONDSPERYEAR() (uint64, error) {
	return _Comet.Contract.SECONDSPERYEAR(&_Comet.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Comet *CometCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Comet *CometSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Comet.Contract.BalanceOf(&_Comet.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Comet *CometCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Comet.Contract.BalanceOf(&_Comet.CallOpts, account)
}

// BaseBorrowIndex is a free data retrieval call binding the contract method 0xc05e8319.
//
// Solidity: function baseBorrowIndex() view returns(uint64)
func (_Comet *CometCaller) BaseBorrowIndex(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "baseBorrowIndex")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BaseBorrowIndex is a free data retrieval call binding the contract method 0xc05e8319.
//
// Solidity: function baseBorrowIndex() view returns(uint64)
func (_Comet *CometSession) BaseBorrowIndex() (uint64, error) {
	return _Comet.Contract.BaseBorrowIndex(&_Comet.CallOpts)
}

// BaseBorrowIndex is a free data retrieval call binding the contract method 0xc05e8319.
//
// Solidity: function baseBorrowIndex() view returns(uint64)
func (_Comet *CometCallerSession) BaseBorrowIndex() (uint64, error) {
	return _Comet.Contract.BaseBorrowIndex(&_Comet.CallOpts)
}

// BaseSupplyIndex is a free data retrieval call binding the contract method 0x172b382f.
//
// Solidity: function baseSupplyIndex() view returns(uint64)
func (_Comet *CometCaller) BaseSupplyIndex(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "baseSupplyIndex")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BaseSupplyIndex is a free data retrieval call binding the contract method 0x172b382f.
//
// Solidity: function baseSupplyIndex() view returns(uint64)
func (_Comet *CometSession) BaseSupplyIndex() (uint64, error) {
	return _Comet.Contract.BaseSupplyIndex(&_Comet.CallOpts)
}

// BaseSupplyIndex is a free data retrieval call binding the contract method 0x172b382f.
//
// Solidity: function baseSupplyIndex() view returns(uint64)
func (_Comet *CometCallerSession) BaseSupplyIndex() (uint64, error) {
	return _Comet.Contract.BaseSupplyIndex(&_Comet.CallOpts)
}

// BaseToken is a free data retrieval call binding the contract method 0xc55dae63.
//
// Solidity: function baseToken() view returns(address)
func (_Comet *CometCaller) BaseToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "baseToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BaseToken is a free data retrieval call binding the contract method 0xc55dae63.
//
// Solidity: function baseToken() view returns(address)
func (_Comet *CometSession) BaseToken() (common.Address, error) {
	return _Comet.Contract.BaseToken(&_Comet.CallOpts)
}

// BaseToken is a free data retrieval call binding the contract method 0xc55dae63.
//
// Solidity: function baseToken() view returns(address)
func (_Comet *CometCallerSession) BaseToken() (common.Address, error) {
	return _Comet.Contract.BaseToken(&_Comet.CallOpts)
}

// BorrowBalanceOf is a free data retrieval call binding the contract method 0x374c49b4.
//
// Solidity: function borrowBalanceOf(address account) view returns(uint256)
func (_Comet *CometCaller) BorrowBalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "borrowBalanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BorrowBalanceOf is a free data retrieval call binding the contract method 0x374c49b4.
//
// Solidity: function borrowBalanceOf(address account) view returns(uint256)
func (_Comet *CometSession) BorrowBalanceOf(account common.Address) (*big.Int, error) {
	return _Comet.Contract.BorrowBalanceOf(&_Comet.CallOpts, account)
}

// BorrowBalanceOf is a free data retrieval call binding the contract method 0x374c49b4.
//
// Solidity: function borrowBalanceOf(address account) view returns(uint256)
func (_Comet *CometCallerSession) BorrowBalanceOf(account common.Address) (*big.Int, error) {
	return _Comet.Contract.BorrowBalanceOf(&_Comet.CallOpts, account)
}

// BorrowKink is a free data retrieval call binding the contract method 0x9241a561.
//
// Solidity: function borrowKink() view returns(uint64)
func (_Comet *CometCaller) BorrowKink(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "borrowKink")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BorrowKink is a free data retrieval call binding the contract method 0x9241a561.
//
// Solidity: function borrowKink() view returns(uint64)
func (_Comet *CometSession) BorrowKink() (uint64, error) {
	return _Comet.Contract.BorrowKink(&_Comet.CallOpts)
}

// BorrowKink is a free data retrieval call binding the contract method 0x9241a561.
//
// Solidity: function borrowKink() view returns(uint64)
func (_Comet *CometCallerSession) BorrowKink() (uint64, error) {
	return _Comet.Contract.BorrowKink(&_Comet.CallOpts)
}

// BorrowPerSecondInterestRateBase is a free data retrieval call binding the contract method 0x7914acc7.
//
// Solidity: function borrowPerSecondInterestRateBase() view returns(uint64)
func (_Comet *CometCaller) BorrowPerSecondInterestRateBase(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "borrowPerSecondInterestRateBase")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BorrowPerSecondInterestRateBase is a free data retrieval call binding the contract method 0x7914acc7.
//
// Solidity: function borrowPerSecondInterestRateBase() view returns(uint64)
func (_Comet *CometSession) BorrowPerSecondInterestRateBase() (uint64, error) {
	return _Comet.Contract.BorrowPerSecondInterestRateBase(&_Comet.CallOpts)
}

// BorrowPerSecondInterestRateBase is a free data retrieval call binding the contract method 0x7914acc7.
//
// Solidity: function borrowPerSecondInterestRateBase() view returns(uint64)
func (_Comet *CometCallerSession) BorrowPerSecondInterestRateBase() (uint64, error) {
	return _Comet.Contract.BorrowPerSecondInterestRateBase(&_Comet.CallOpts)
}

// BorrowPerSecondInterestRateSlopeHigh is a free data retrieval call binding the contract method 0x2a48cf12.
//
// Solidity: function borrowPerSecondInterestRateSlopeHigh() view returns(uint64)
func (_Comet *CometCaller) BorrowPerSecondInterestRateSlopeHigh(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "borrowPerSecondInterestRateSlopeHigh")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BorrowPerSecondInterestRateSlopeHigh is a free data retrieval call binding the contract method 0x2a48cf12.
//
// Solidity: function borrowPerSecondInterestRateSlopeHigh() view returns(uint64)
func (_Comet *CometSession) BorrowPerSecondInterestRateSlopeHigh() (uint64, error) {
	return _Comet.Contract.BorrowPerSecondInterestRateSlopeHigh(&_Comet.CallOpts)
}

// BorrowPerSecondInterestRateSlopeHigh is a free data retrieval call binding the contract method 0x2a48cf12.
//
// Solidity: function borrowPerSecondInterestRateSlopeHigh() view returns(uint64)
func (_Comet *CometCallerSession) BorrowPerSecondInterestRateSlopeHigh() (uint64, error) {
	return _Comet.Contract.BorrowPerSecondInterestRateSlopeHigh(&_Comet.CallOpts)
}

// BorrowPerSecondInterestRateSlopeLow is a free data retrieval call binding the contract method 0x2d05670b.
//
// Solidity: function borrowPerSecondInterestRateSlopeLow() view returns(uint64)
func (_Comet *CometCaller) BorrowPerSecondInterestRateSlopeLow(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "borrowPerSecondInterestRateSlopeLow")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BorrowPerSecondInterestRateSlopeLow is a free data retrieval call binding the contract method 0x2d05670b.
//
// Solidity: function borrowPerSecondInterestRateSlopeLow() view returns(uint64)
func (_Comet *CometSession) BorrowPerSecondInterestRateSlopeLow() (uint64, error) {
	return _Comet.Contract.BorrowPerSecondInterestRateSlopeLow(&_Comet.CallOpts)
}

// BorrowPerSecondInterestRateSlopeLow is a free data retrieval call binding the contract method 0x2d05670b.
//
// Solidity: function borrowPerSecondInterestRateSlopeLow() view returns(uint64)
func (_Comet *CometCallerSession) BorrowPerSecondInterestRateSlopeLow() (uint64, error) {
	return _Comet.Contract.BorrowPerSecondInterestRateSlopeLow(&_Comet.CallOpts)
}

// GetBorrowRate is a free data retrieval call binding the contract method 0x9fa83b5a.
//
// Solidity: function getBorrowRate(uint256 utilization) view returns(uint64)
func (_Comet *CometCaller) GetBorrowRate(opts *bind.CallOpts, utilization *big.Int) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "getBorrowRate", utilization)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetBorrowRate is a free data retrieval call binding the contract method 0x9fa83b5a.
//
// Solidity: function getBorrowRate(uint256 utilization) view returns(uint64)
func (_Comet *CometSession) GetBorrowRate(utilization *big.Int) (uint64, error) {
	return _Comet.Contract.GetBorrowRate(&_Comet.CallOpts, utilization)
}

// GetBorrowRate is a free data retrieval call binding the contract method 0x9fa83b5a.
//
// Solidity: function getBorrowRate(uint256 utilization) view returns(uint64)
func (_Comet *CometCallerSession) GetBorrowRate(utilization *big.Int) (uint64, error) {
	return _Comet.Contract.GetBorrowRate(&_Comet.CallOpts, utilization)
}

// GetSupplyRate is a free data retrieval call binding the contract method 0xd955759d.
//
// Solidity: function getSupplyRate(uint256 utilization) view returns(uint64)
func (_Comet *CometCaller) GetSupplyRate(opts *bind.CallOpts, utilization *big.Int) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "getSupplyRate", utilization)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetSupplyRate is a free data retrieval call binding the contract method 0xd955759d.
//
// Solidity: function getSupplyRate(uint256 utilization) view returns(uint64)
func (_Comet *CometSession) GetSupplyRate(utilization *big.Int) (uint64, error) {
	return _Comet.Contract.GetSupplyRate(&_Comet.CallOpts, utilization)
}

// GetSupplyRate is a free data retrieval call binding the contract method 0xd955759d.
//
// Solidity: function getSupplyRate(uint256 utilization) view returns(uint64)
func (_Comet *CometCallerSession) GetSupplyRate(utilization *big.Int) (uint64, error) {
	return _Comet.Contract.GetSupplyRate(&_Comet.CallOpts, utilization)
}

// GetUtilization is a free data retrieval call binding the contract method 0x7eb71131.
//
// Solidity: function getUtilization() view returns(uint256)
func (_Comet *CometCaller) GetUtilization(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "getUtilization")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetUtilization is a free data retrieval call binding the contract method 0x7eb71131.
//
// Solidity: function getUtilization() view returns(uint256)
func (_Comet *CometSession) GetUtilization() (*big.Int, error) {
	return _Comet.Contract.GetUtilization(&_Comet.CallOpts)
}

// GetUtilization is a free data retrieval call binding the contract method 0x7eb71131.
//
// Solidity: function getUtilization() view returns(uint256)
func (_Comet *CometCallerSession) GetUtilization() (*big.Int, error) {
	return _Comet.Contract.GetUtilization(&_Comet.CallOpts)
}

// Governor is a free data retrieval call binding the contract method 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (_Comet *CometCaller) Governor(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "governor")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governor is a free data retrieval call binding the contract method 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (_Comet *CometSession) Governor() (common.Address, error) {
	return _Comet.Contract.Governor(&_Comet.CallOpts)
}

// Governor is a free data retrieval call binding the contract method 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (_Comet *CometCallerSession) Governor() (common.Address, error) {
	return _Comet.Contract.Governor(&_Comet.CallOpts)
}

// IsAbsorbPaused is a free data retrieval call binding the contract method 0x8d5d814c.
//
// Solidity: function isAbsorbPaused() view returns(bool)
func (_Comet *CometCaller) IsAbsorbPaused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "isAbsorbPaused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAbsorbPaused is a free data retrieval call binding the contract method 0x8d5d814c.
//
// Solidity: function isAbsorbPaused() view returns(bool)
func (_Comet *CometSession) IsAbsorbPaused() (bool, error) {
	return _Comet.Contract.IsAbsorbPaused(&_Comet.CallOpts)
}

// IsAbsorbPaused is a free data retrieval call binding the contract method 0x8d5d814c.
//
// Solidity: function isAbsorbPaused() view returns(bool)
func (_Comet *CometCallerSession) IsAbsorbPaused() (bool, error) {
	return _Comet.Contract.IsAbsorbPaused(&_Comet.CallOpts)
}

// IsBuyPaused is a free data retrieval call binding the contract method 0xd8e5f611.
//
// Solidity: function isBuyPaused() view returns(bool)
func (_Comet *CometCaller) IsBuyPaused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "isBuyPaused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsBuyPaused is a free data retrieval call binding the contract method 0xd8e5f611.
//
// Solidity: function isBuyPaused() view returns(bool)
func (_Comet *CometSession) IsBuyPaused() (bool, error) {
	return _Comet.Contract.IsBuyPaused(&_Comet.CallOpts)
}

// IsBuyPaused is a free data retrieval call binding the contract method 0xd8e5f611.
//
// Solidity: function isBuyPaused() view returns(bool)
func (_Comet *CometCallerSession) IsBuyPaused() (bool, error) {
	return _Comet.Contract.IsBuyPaused(&_Comet.CallOpts)
}

// IsSupplyPaused is a free data retrieval call binding the contract method 0x0bc47ad1.
//
// Solidity: function isSupplyPaused() view returns(bool)
func (_Comet *CometCaller) IsSupplyPaused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "isSupplyPaused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSupplyPaused is a free data retrieval call binding the contract method 0x0bc47ad1.
//
// Solidity: function isSupplyPaused() view returns(bool)
func (_Comet *CometSession) IsSupplyPaused() (bool, error) {
	return _Comet.Contract.IsSupplyPaused(&_Comet.CallOpts)
}

// IsSupplyPaused is a free data retrieval call binding the contract method 0x0bc47ad1.
//
// Solidity: function isSupplyPaused() view returns(bool)
func (_Comet *CometCallerSession) IsSupplyPaused() (bool, error) {
	return _Comet.Contract.IsSupplyPaused(&_Comet.CallOpts)
}

// IsTransferPaused is a free data retrieval call binding the contract method 0xa1a1ef43.
//
// Solidity: function isTransferPaused() view returns(bool)
func (_Comet *CometCaller) IsTransferPaused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "isTransferPaused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTransferPaused is a free data retrieval call binding the contract method 0xa1a1ef43.
//
// Solidity: function isTransferPaused() view returns(bool)
func (_Comet *CometSession) IsTransferPaused() (bool, error) {
	return _Comet.Contract.IsTransferPaused(&_Comet.CallOpts)
}

// IsTransferPaused is a free data retrieval call binding the contract method 0xa1a1ef43.
//
// Solidity: function isTransferPaused() view returns(bool)
func (_Comet *CometCallerSession) IsTransferPaused() (bool, error) {
	return _Comet.Contract.IsTransferPaused(&_Comet.CallOpts)
}

// IsWithdrawPaused is a free data retrieval call binding the contract method 0x67800b5f.
//
// Solidity: function isWithdrawPaused() view returns(bool)
func (_Comet *CometCaller) IsWithdrawPaused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "isWithdrawPaused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsWithdrawPaused is a free data retrieval call binding the contract method 0x67800b5f.
//
// Solidity: function isWithdrawPaused() view returns(bool)
func (_Comet *CometSession) IsWithdrawPaused() (bool, error) {
	return _Comet.Contract.IsWithdrawPaused(&_Comet.CallOpts)
}

// IsWithdrawPaused is a free data retrieval call binding the contract method 0x67800b5f.
//
// Solidity: function isWithdrawPaused() view returns(bool)
func (_Comet *CometCallerSession) IsWithdrawPaused() (bool, error) {
	return _Comet.Contract.IsWithdrawPaused(&_Comet.CallOpts)
}

// LastAccrualTime is a free data retrieval call binding the contract method 0xd7e72708.
//
// Solidity: function lastAccrualTime() view returns(uint40)
func (_Comet *CometCaller) LastAccrualTime(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "lastAccrualTime")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastAccrualTime is a free data retrieval call binding the contract method 0xd7e72708.
//
// Solidity: function lastAccrualTime() view returns(uint40)
func (_Comet *CometSession) LastAccrualTime() (*big.Int, error) {
	return _Comet.Contract.LastAccrualTime(&_Comet.CallOpts)
}

// LastAccrualTime is a free data retrieval call binding the contract method 0xd7e72708.
//
// Solidity: function lastAccrualTime() view returns(uint40)
func (_Comet *CometCallerSession) LastAccrualTime() (*big.Int, error) {
	return _Comet.Contract.LastAccrualTime(&_Comet.CallOpts)
}

// SupplyKink is a free data retrieval call binding the contract method 0xa5b4ff79.
//
// Solidity: function supplyKink() view returns(uint64)
func (_Comet *CometCaller) SupplyKink(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "supplyKink")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SupplyKink is a free data retrieval call binding the contract method 0xa5b4ff79.
//
// Solidity: function supplyKink() view returns(uint64)
func (_Comet *CometSession) SupplyKink() (uint64, error) {
	return _Comet.Contract.SupplyKink(&_Comet.CallOpts)
}

// SupplyKink is a free data retrieval call binding the contract method 0xa5b4ff79.
//
// Solidity: function supplyKink() view returns(uint64)
func (_Comet *CometCallerSession) SupplyKink() (uint64, error) {
	return _Comet.Contract.SupplyKink(&_Comet.CallOpts)
}

// SupplyPerSecondInterestRateBase is a free data retrieval call binding the contract method 0x94920cca.
//
// Solidity: function supplyPerSecondInterestRateBase() view returns(uint64)
func (_Comet *CometCaller) SupplyPerSecondInterestRateBase(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "supplyPerSecondInterestRateBase")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SupplyPerSecondInterestRateBase is a free data retrieval call binding the contract method 0x94920cca.
//
// Solidity: function supplyPerSecondInterestRateBase() view returns(uint64)
func (_Comet *CometSession) SupplyPerSecondInterestRateBase() (uint64, error) {
	return _Comet.Contract.SupplyPerSecondInterestRateBase(&_Comet.CallOpts)
}

// SupplyPerSecondInterestRateBase is a free data retrieval call binding the contract method 0x94920cca.
//
// Solidity: function supplyPerSecondInterestRateBase() view returns(uint64)
func (_Comet *CometCallerSession) SupplyPerSecondInterestRateBase() (uint64, error) {
	return _Comet.Contract.SupplyPerSecondInterestRateBase(&_Comet.CallOpts)
}

// SupplyPerSecondInterestRateSlopeHigh is a free data retrieval call binding the contract method 0x804de71f.
//
// Solidity: function supplyPerSecondInterestRateSlopeHigh() view returns(uint64)
func (_Comet *CometCaller) SupplyPerSecondInterestRateSlopeHigh(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "supplyPerSecondInterestRateSlopeHigh")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SupplyPerSecondInterestRateSlopeHigh is a free data retrieval call binding the contract method 0x804de71f.
//
// Solidity: function supplyPerSecondInterestRateSlopeHigh() view returns(uint64)
func (_Comet *CometSession) SupplyPerSecondInterestRateSlopeHigh() (uint64, error) {
	return _Comet.Contract.SupplyPerSecondInterestRateSlopeHigh(&_Comet.CallOpts)
}

// SupplyPerSecondInterestRateSlopeHigh is a free data retrieval call binding the contract method 0x804de71f.
//
// Solidity: function supplyPerSecondInterestRateSlopeHigh() view returns(uint64)
func (_Comet *CometCallerSession) SupplyPerSecondInterestRateSlopeHigh() (uint64, error) {
	return _Comet.Contract.SupplyPerSecondInterestRateSlopeHigh(&_Comet.CallOpts)
}

// SupplyPerSecondInterestRateSlopeLow is a free data retrieval call binding the contract method 0x5a94b8d1.
//
// Solidity: function supplyPerSecondInterestRateSlopeLow() view returns(uint64)
func (_Comet *CometCaller) SupplyPerSecondInterestRateSlopeLow(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "supplyPerSecondInterestRateSlopeLow")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SupplyPerSecondInterestRateSlopeLow is a free data retrieval call binding the contract method 0x5a94b8d1.
//
// Solidity: function supplyPerSecondInterestRateSlopeLow() view returns(uint64)
func (_Comet *CometSession) SupplyPerSecondInterestRateSlopeLow() (uint64, error) {
	return _Comet.Contract.SupplyPerSecondInterestRateSlopeLow(&_Comet.CallOpts)
}

// SupplyPerSecondInterestRateSlopeLow is a free data retrieval call binding the contract method 0x5a94b8d1.
//
// Solidity: function supplyPerSecondInterestRateSlopeLow() view returns(uint64)
func (_Comet *CometCallerSession) SupplyPerSecondInterestRateSlopeLow() (uint64, error) {
	return _Comet.Contract.SupplyPerSecondInterestRateSlopeLow(&_Comet.CallOpts)
}

// SupplyPrincipalOf is a free data retrieval call binding the contract method 0x0d291788.
//
// Solidity: function supplyPrincipalOf(address account) view returns(uint256)
func (_Comet *CometCaller) SupplyPrincipalOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "supplyPrincipalOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyPrincipalOf is a free data retrieval call binding the contract method 0x0d291788.
//
// Solidity: function supplyPrincipalOf(address account) view returns(uint256)
func (_Comet *CometSession) SupplyPrincipalOf(account common.Address) (*big.Int, error) {
	return _Comet.Contract.SupplyPrincipalOf(&_Comet.CallOpts, account)
}

// SupplyPrincipalOf is a free data retrieval call binding the contract method 0x0d291788.
//
// Solidity: function supplyPrincipalOf(address account) view returns(uint256)
func (_Comet *CometCallerSession) SupplyPrincipalOf(account common.Address) (*big.Int, error) {
	return _Comet.Contract.SupplyPrincipalOf(&_Comet.CallOpts, account)
}

// TotalBorrow is a free data retrieval call binding the contract method 0x8285ef40.
//
// Solidity: function totalBorrow() view returns(uint256)
func (_Comet *CometCaller) TotalBorrow(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "totalBorrow")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalBorrow is a free data retrieval call binding the contract method 0x8285ef40.
//
// Solidity: function totalBorrow() view returns(uint256)
func (_Comet *CometSession) TotalBorrow() (*big.Int, error) {
	return _Comet.Contract.TotalBorrow(&_Comet.CallOpts)
}

// TotalBorrow is a free data retrieval call binding the contract method 0x8285ef40.
//
// Solidity: function totalBorrow() view returns(uint256)
func (_Comet *CometCallerSession) TotalBorrow() (*big.Int, error) {
	return _Comet.Contract.TotalBorrow(&_Comet.CallOpts)
}

// TotalBorrowBase is a free data retrieval call binding the contract method 0x74471361.
//
// Solidity: function totalBorrowBase() view returns(uint104)
func (_Comet *CometCaller) TotalBorrowBase(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "totalBorrowBase")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalBorrowBase is a free data retrieval call binding the contract method 0x74471361.
//
// Solidity: function totalBorrowBase() view returns(uint104)
func (_Comet *CometSession) TotalBorrowBase() (*big.Int, error) {
	return _Comet.Contract.TotalBorrowBase(&_Comet.CallOpts)
}

// TotalBorrowBase is a free data retrieval call binding the contract method 0x74471361.
//
// Solidity: function totalBorrowBase() view returns(uint104)
func (_Comet *CometCallerSession) TotalBorrowBase() (*big.Int, error) {
	return _Comet.Contract.TotalBorrowBase(&_Comet.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Comet *CometCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Comet *CometSession) TotalSupply() (*big.Int, error) {
	return _Comet.Contract.TotalSupply(&_Comet.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Comet *CometCallerSession) TotalSupply() (*big.Int, error) {
	return _Comet.Contract.TotalSupply(&_Comet.CallOpts)
}

// TotalSupplyBase is a free data retrieval call binding the contract method 0x278cc7a0.
//
// Solidity: function totalSupplyBase() view returns(uint104)
func (_Comet *CometCaller) TotalSupplyBase(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Comet.contract.Call(opts, &out, "totalSupplyBase")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupplyBase is a free data retrieval call binding the contract method 0x278cc7a0.
//
// Solidity: function totalSupplyBase() view returns(uint104)
func (_Comet *CometSession) TotalSupplyBase() (*big.Int, error) {
	return _Comet.Contract.TotalSupplyBase(&_Comet.CallOpts)
}

// TotalSupplyBase is a free data retrieval call binding the contract method 0x278cc7a0.
//
// Solidity: function totalSupplyBase() view returns(uint104)
func (_Comet *CometCallerSession) TotalSupplyBase() (*big.Int, error) {
	return _Comet.Contract.TotalSupplyBase(&_Comet.CallOpts)
}

// AccrueAccount is a paid mutator transaction binding the contract method 0xbfe69c8d.
//
// Solidity: function accrueAccount(address ) returns()
func (_Comet *CometTransactor) AccrueAccount(opts *bind.TransactOpts, arg0 common.Address) (*types.Transaction, error) {
	return _Comet.contract.Transact(opts, "accrueAccount", arg0)
}

// AccrueAccount is a paid mutator transaction binding the contract method 0xbfe69c8d.
//
// Solidity: function accrueAccount(address ) returns()
func (_Comet *CometSession) AccrueAccount(arg0 common.Address) (*types.Transaction, error) {
	return _Comet.Contract.AccrueAccount(&_Comet.TransactOpts, arg0)
}

// AccrueAccount is a paid mutator transaction binding the contract method 0xbfe69c8d.
//
// Solidity: function accrueAccount(address ) returns()
func (_Comet *CometTransactorSession) AccrueAccount(arg0 common.Address) (*types.Transaction, error) {
	return _Comet.Contract.AccrueAccount(&_Comet.TransactOpts, arg0)
}

// Borrow is a paid mutator transaction binding the contract method 0xc5ebeaec.
//
// Solidity: function borrow(uint256 amount) returns()
func (_Comet *CometTransactor) Borrow(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Comet.contract.Transact(opts, "borrow", amount)
}

// Borrow is a paid mutator transaction binding the contract method 0xc5ebeaec.
//
// Solidity: function borrow(uint256 amount) returns()
func (_Comet *CometSession) Borrow(amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Borrow(&_Comet.TransactOpts, amount)
}

// Borrow is a paid mutator transaction binding the contract method 0xc5ebeaec.
//
// Solidity: function borrow(uint256 amount) returns()
func (_Comet *CometTransactorSession) Borrow(amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Borrow(&_Comet.TransactOpts, amount)
}

// Pause is a paid mutator transaction binding the contract method 0x44c35d07.
//
// Solidity: function pause(bool supplyPaused, bool transferPaused, bool withdrawPaused, bool absorbPaused, bool buyPaused) returns()
func (_Comet *CometTransactor) Pause(opts *bind.TransactOpts, supplyPaused bool, transferPaused bool, withdrawPaused bool, absorbPaused bool, buyPaused bool) (*types.Transaction, error) {
	return _Comet.contract.Transact(opts, "pause", supplyPaused, transferPaused, withdrawPaused, absorbPaused, buyPaused)
}

// Pause is a paid mutator transaction binding the contract method 0x44c35d07.
//
// Solidity: function pause(bool supplyPaused, bool transferPaused, bool withdrawPaused, bool absorbPaused, bool buyPaused) returns()
func (_Comet *CometSession) Pause(supplyPaused bool, transferPaused bool, withdrawPaused bool, absorbPaused bool, buyPaused bool) (*types.Transaction, error) {
	return _Comet.Contract.Pause(&_Comet.TransactOpts, supplyPaused, transferPaused, withdrawPaused, absorbPaused, buyPaused)
}

// Pause is a paid mutator transaction binding the contract method 0x44c35d07.
//
// Solidity: function pause(bool supplyPaused, bool transferPaused, bool withdrawPaused, bool absorbPaused, bool buyPaused) returns()
func (_Comet *CometTransactorSession) Pause(supplyPaused bool, transferPaused bool, withdrawPaused bool, absorbPaused bool, buyPaused bool) (*types.Transaction, error) {
	return _Comet.Contract.Pause(&_Comet.TransactOpts, supplyPaused, transferPaused, withdrawPaused, absorbPaused, buyPaused)
}

// Repay is a paid mutator transaction binding the contract method 0x371fd8e6.
//
// Solidity: function repay(uint256 amount) returns(uint256 paid)
func (_Comet *CometTransactor) Repay(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Comet.contract.Transact(opts, "repay", amount)
}

// Repay is a paid mutator transaction binding the contract method 0x371fd8e6.
//
// Solidity: function repay(uint256 amount) returns(uint256 paid)
func (_Comet *CometSession) Repay(amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Repay(&_Comet.TransactOpts, amount)
}

// Repay is a paid mutator transaction binding the contract method 0x371fd8e6.
//
// Solidity: function repay(uint256 amount) returns(uint256 paid)
func (_Comet *CometTransactorSession) Repay(amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Repay(&_Comet.TransactOpts, amount)
}

// Supply is a paid mutator transaction binding the contract method 0xf2b9fdb8.
//
// Solidity: function supply(address asset, uint256 amount) returns()
func (_Comet *CometTransactor) Supply(opts *bind.TransactOpts, asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.contract.Transact(opts, "supply", asset, amount)
}

// Supply is a paid mutator transaction binding the contract method 0xf2b9fdb8.
//
// Solidity: function supply(address asset, uint256 amount) returns()
func (_Comet *CometSession) Supply(asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Supply(&_Comet.TransactOpts, asset, amount)
}

// Supply is a paid mutator transaction binding the contract method 0xf2b9fdb8.
//
// Solidity: function supply(address asset, uint256 amount) returns()
func (_Comet *CometTransactorSession) Supply(asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Supply(&_Comet.TransactOpts, asset, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0xf3fef3a3.
//
// Solidity: function withdraw(address asset, uint256 amount) returns()
func (_Comet *CometTransactor) Withdraw(opts *bind.TransactOpts, asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.contract.Transact(opts, "withdraw", asset, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0xf3fef3a3.
//
// Solidity: function withdraw(address asset, uint256 amount) returns()
func (_Comet *CometSession) Withdraw(asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Withdraw(&_Comet.TransactOpts, asset, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0xf3fef3a3.
//
// Solidity: function withdraw(address asset, uint256 amount) returns()
func (_Comet *CometTransactorSession) Withdraw(asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.Withdraw(&_Comet.TransactOpts, asset, amount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0xc3b35a7e.
//
// Solidity: function withdrawTo(address to, address asset, uint256 amount) returns()
func (_Comet *CometTransactor) WithdrawTo(opts *bind.TransactOpts, to common.Address, asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.contract.Transact(opts, "withdrawTo", to, asset, amount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0xc3b35a7e.
//
// Solidity: function withdrawTo(address to, address asset, uint256 amount) returns()
func (_Comet *CometSession) WithdrawTo(to common.Address, asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.WithdrawTo(&_Comet.TransactOpts, to, asset, amount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0xc3b35a7e.
//
// Solidity: function withdrawTo(address to, address asset, uint256 amount) returns()
func (_Comet *CometTransactorSession) WithdrawTo(to common.Address, asset common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Comet.Contract.WithdrawTo(&_Comet.TransactOpts, to, asset, amount)
}

// CometBorrowIterator is returned from FilterBorrow and is used to iterate over the raw logs and unpacked data for Borrow events raised by the Comet contract.
type CometBorrowIterator struct {
	Event *CometBorrow // Event containing the contract specifics and raw log

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
func (it *CometBorrowIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CometBorrow)
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
		it.Event = new(CometBorrow)
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
func (it *CometBorrowIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CometBorrowIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CometBorrow represents a Borrow event raised by the Comet contract.
type CometBorrow struct {
	Borrower common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterBorrow is a free log retrieval operation binding the contract event 0xcbc04eca7e9da35cb1393a6135a199ca52e450d5e9251cbd99f7847d33a36750.
//
// Solidity: event Borrow(address indexed borrower, uint256 amount)
func (_Comet *CometFilterer) FilterBorrow(opts *bind.FilterOpts, borrower []common.Address) (*CometBorrowIterator, error) {

	var borrowerRule []interface{}
	for _, borrowerItem := range borrower {
		borrowerRule = append(borrowerRule, borrowerItem)
	}

	logs, sub, err := _Comet.contract.FilterLogs(opts, "Borrow", borrowerRule)
	if err != nil {
		return nil, err
	}
	return &CometBorrowIterator{contract: _Comet.contract, event: "Borrow", logs: logs, sub: sub}, nil
}

// WatchBorrow is a free log subscription operation binding the contract event 0xcbc04eca7e9da35cb1393a6135a199ca52e450d5e9251cbd99f7847d33a36750.
//
// Solidity: event Borrow(address indexed borrower, uint256 amount)
func (_Comet *CometFilterer) WatchBorrow(opts *bind.WatchOpts, sink chan<- *CometBorrow, borrower []common.Address) (event.Subscription, error) {

	var borrowerRule []interface{}
	for _, borrowerItem := range borrower {
		borrowerRule = append(borrowerRule, borrowerItem)
	}

	logs, sub, err := _Comet.contract.WatchLogs(opts, "Borrow", borrowerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CometBorrow)
				if err := _Comet.contract.UnpackLog(event, "Borrow", log); err != nil {
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

// ParseBorrow is a log parse operation binding the contract event 0xcbc04eca7e9da35cb1393a6135a199ca52e450d5e9251cbd99f7847d33a36750.
//
// Solidity: event Borrow(address indexed borrower, uint256 amount)
func (_Comet *CometFilterer) ParseBorrow(log types.Log) (*CometBorrow, error) {
	event := new(CometBorrow)
	if err := _Comet.contract.UnpackLog(event, "Borrow", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CometRepayIterator is returned from FilterRepay and is used to iterate over the raw logs and unpacked data for Repay events raised by the Comet contract.
type CometRepayIterator struct {
	Event *CometRepay // Event containing the contract specifics and raw log

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
func (it *CometRepayIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CometRepay)
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
		it.Event = new(CometRepay)
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
func (it *CometRepayIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CometRepayIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CometRepay represents a Repay event raised by the Comet contract.
type CometRepay struct {
	Repayer  common.Address
	Borrower common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRepay is a free log retrieval operation binding the contract event 0x05f2eeda0e08e4b437f487c8d7d29b14537d15e3488170dc3de5dbdf8dac4684.
//
// Solidity: event Repay(address indexed repayer, address indexed borrower, uint256 amount)
func (_Comet *CometFilterer) FilterRepay(opts *bind.FilterOpts, repayer []common.Address, borrower []common.Address) (*CometRepayIterator, error) {

	var repayerRule []interface{}
	for _, repayerItem := range repayer {
		repayerRule = append(repayerRule, repayerItem)
	}
	var borrowerRule []interface{}
	for _, borrowerItem := range borrower {
		borrowerRule = append(borrowerRule, borrowerItem)
	}

	logs, sub, err := _Comet.contract.FilterLogs(opts, "Repay", repayerRule, borrowerRule)
	if err != nil {
		return nil, err
	}
	return &CometRepayIterator{contract: _Comet.contract, event: "Repay", logs: logs, sub: sub}, nil
}

// WatchRepay is a free log subscription operation binding the contract event 0x05f2eeda0e08e4b437f487c8d7d29b14537d15e3488170dc3de5dbdf8dac4684.
//
// Solidity: event Repay(address indexed repayer, address indexed borrower, uint256 amount)
func (_Comet *CometFilterer) WatchRepay(opts *bind.WatchOpts, sink chan<- *CometRepay, repayer []common.Address, borrower []common.Address) (event.Subscription, error) {

	var repayerRule []interface{}
	for _, repayerItem := range repayer {
		repayerRule = append(repayerRule, repayerItem)
	}
	var borrowerRule []interface{}
	for _, borrowerItem := range borrower {
		borrowerRule = append(borrowerRule, borrowerItem)
	}

	logs, sub, err := _Comet.contract.WatchLogs(opts, "Repay", repayerRule, borrowerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CometRepay)
				if err := _Comet.contract.UnpackLog(event, "Repay", log); err != nil {
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

// ParseRepay is a log parse operation binding the contract event 0x05f2eeda0e08e4b437f487c8d7d29b14537d15e3488170dc3de5dbdf8dac4684.
//
// Solidity: event Repay(address indexed repayer, address indexed borrower, uint256 amount)
func (_Comet *CometFilterer) ParseRepay(log types.Log) (*CometRepay, error) {
	event := new(CometRepay)
	if err := _Comet.contract.UnpackLog(event, "Repay", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CometSupplyIterator is returned from FilterSupply and is used to iterate over the raw logs and unpacked data for Supply events raised by the Comet contract.
type CometSupplyIterator struct {
	Event *CometSupply // Event containing the contract specifics and raw log

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
func (it *CometSupplyIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CometSupply)
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
		it.Event = new(CometSupply)
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
func (it *CometSupplyIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CometSupplyIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CometSupply represents a Supply event raised by the Comet contract.
type CometSupply struct {
	From   common.Address
	Dst    common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSupply is a free log retrieval operation binding the contract event 0xd1cf3d156d5f8f0d50f6c122ed609cec09d35c9b9fb3fff6ea0959134dae424e.
//
// Solidity: event Supply(address indexed from, address indexed dst, uint256 amount)
func (_Comet *CometFilterer) FilterSupply(opts *bind.FilterOpts, from []common.Address, dst []common.Address) (*CometSupplyIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var dstRule []interface{}
	for _, dstItem := range dst {
		dstRule = append(dstRule, dstItem)
	}

	logs, sub, err := _Comet.contract.FilterLogs(opts, "Supply", fromRule, dstRule)
	if err != nil {
		return nil, err
	}
	return &CometSupplyIterator{contract: _Comet.contract, event: "Supply", logs: logs, sub: sub}, nil
}

// WatchSupply is a free log subscription operation binding the contract event 0xd1cf3d156d5f8f0d50f6c122ed609cec09d35c9b9fb3fff6ea0959134dae424e.
//
// Solidity: event Supply(address indexed from, address indexed dst, uint256 amount)
func (_Comet *CometFilterer) WatchSupply(opts *bind.WatchOpts, sink chan<- *CometSupply, from []common.Address, dst []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var dstRule []interface{}
	for _, dstItem := range dst {
		dstRule = append(dstRule, dstItem)
	}

	logs, sub, err := _Comet.contract.WatchLogs(opts, "Supply", fromRule, dstRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CometSupply)
				if err := _Comet.contract.UnpackLog(event, "Supply", log); err != nil {
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

// ParseSupply is a log parse operation binding the contract event 0xd1cf3d156d5f8f0d50f6c122ed609cec09d35c9b9fb3fff6ea0959134dae424e.
//
// Solidity: event Supply(address indexed from, address indexed dst, uint256 amount)
func (_Comet *CometFilterer) ParseSupply(log types.Log) (*CometSupply, error) {
	event := new(CometSupply)
	if err := _Comet.contract.UnpackLog(event, "Supply", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CometWithdrawIterator is returned from FilterWithdraw and is used to iterate over the raw logs and unpacked data for Withdraw events raised by the Comet contract.
type CometWithdrawIterator struct {
	Event *CometWithdraw // Event containing the contract specifics and raw log

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
func (it *CometWithdrawIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CometWithdraw)
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
		it.Event = new(CometWithdraw)
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
func (it *CometWithdrawIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CometWithdrawIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CometWithdraw represents a Withdraw event raised by the Comet contract.
type CometWithdraw struct {
	Src    common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdraw is a free log retrieval operation binding the contract event 0x9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb.
//
// Solidity: event Withdraw(address indexed src, address indexed to, uint256 amount)
func (_Comet *CometFilterer) FilterWithdraw(opts *bind.FilterOpts, src []common.Address, to []common.Address) (*CometWithdrawIterator, error) {

	var srcRule []interface{}
	for _, srcItem := range src {
		srcRule = append(srcRule, srcItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Comet.contract.FilterLogs(opts, "Withdraw", srcRule, toRule)
	if err != nil {
		return nil, err
	}
	return &CometWithdrawIterator{contract: _Comet.contract, event: "Withdraw", logs: logs, sub: sub}, nil
}

// WatchWithdraw is a free log subscription operation binding the contract event 0x9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb.
//
// Solidity: event Withdraw(address indexed src, address indexed to, uint256 amount)
func (_Comet *CometFilterer) WatchWithdraw(opts *bind.WatchOpts, sink chan<- *CometWithdraw, src []common.Address, to []common.Address) (event.Subscription, error) {

	var srcRule []interface{}
	for _, srcItem := range src {
		srcRule = append(srcRule, srcItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Comet.contract.WatchLogs(opts, "Withdraw", srcRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CometWithdraw)
				if err := _Comet.contract.UnpackLog(event, "Withdraw", log); err != nil {
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

// ParseWithdraw is a log parse operation binding the contract event 0x9b1bfa7fa9ee420a16e124f794c35ac9f90472acc99140eb2f6447c714cad8eb.
//
// Solidity: event Withdraw(address indexed src, address indexed to, uint256 amount)
func (_Comet *CometFilterer) ParseWithdraw(log types.Log) (*CometWithdraw, error) {
	event := new(CometWithdraw)
	if err := _Comet.contract.UnpackLog(event, "Withdraw", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
