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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ProtectedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"strategy\",\"type\":\"address\"}],\"name\":\"UnknownRateStrategy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceWithdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"A_TOKEN\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL\",\"outputs\":[{\"internalType\":\"contractIAaveV3Pool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RATE_ABI\",\"outputs\":[{\"internalType\":\"enumAaveRateAbi\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveFlags\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b506040516125ac3803806125ac83398101604081905261002f916105bf565b6001600160a01b038316158061004c57506001600160a01b038216155b8061005e57506001600160a01b038116155b1561007c5760405163d92e233d60e01b815260040160405180910390fd5b6040516335ea6a7560e01b81526001600160a01b0382811660048301525f91908416906335ea6a75906024016101e060405180830381865afa1580156100c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e891906106ba565b6101008101519091506001600160a01b03166101175760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0380851660805282811660a05283811660c0526101008201805190911660e05251610160820151610153918591859190610186565b6002811115610164576101646107e4565b610100816002811115610179576101796107e4565b81525050505050506108df565b6040516337d83fcb60e11b81526001600160a01b0384811660048301525f918291871690636fb07f9690602401602060405180830381865afa9250505080156101ec575060408051601f3d908101601f191682019092526101e9918101906107f8565b60015b156101f75760019150505b80610320576102546040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f6001600160a01b031681525090565b6001600160a01b0386811660e08301908152868216610100840190815260408051855160248201526020860151604482015290850151606482015260608501516084820152608085015160a482015260a085015160c482015260c085015160e4820152915183166101048301525190911661012482015261030b9085906101440160408051601f198184030181529190526020810180516001600160e01b0390811663a589870960e01b1790915260039061052516565b1561031a575f9250505061051d565b506104f5565b61036b6040518061010001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f151581526020015f81525090565b6001600160a01b0386811660a08301908152600160c0840190815260408051855160248201526020860151604482015290850151606482015260608501516084820152608085015160a4820152915190921660c48201529051151560e482015260e08201516101048201526104169085906101240160408051601f198184030181529190526020810180516001600160e01b0390811663b90db31b60e01b1790915260029061052516565b156104265760029250505061051d565b61047d6040518061014001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f151581526020015f81525090565b6001600160a01b03871660e082015260016101008201526040516104e19086906104ab908490602401610818565b60408051601f198184030181529190526020810180516001600160e01b03908116637b424dcf60e11b1790915260039061052516565b156104f2576001935050505061051d565b50505b6040516356d9d29160e11b81526001600160a01b038416600482015260240160405180910390fd5b949350505050565b5f5f5f856001600160a01b03168560405161054091906108a0565b5f60405180830381855afa9150503d805f8114610578576040519150601f19603f3d011682016040523d82523d5f602084013e61057d565b606091505b509150915081801561059a57506105958460206108b6565b815110155b9695505050505050565b80516001600160a01b03811681146105ba575f5ffd5b919050565b5f5f5f606084860312156105d1575f5ffd5b6105da846105a4565b92506105e8602085016105a4565b91506105f6604085016105a4565b90509250925092565b6040516101e081016001600160401b038111828210171561062e57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f60208284031215610644575f5ffd5b604051602081016001600160401b038111828210171561067257634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b03811681146105ba575f5ffd5b805164ffffffffff811681146105ba575f5ffd5b805161ffff811681146105ba575f5ffd5b5f6101e08284031280156106cc575f5ffd5b506106d56105ff565b6106df8484610634565b81526106ed6020840161067f565b60208201526106fe6040840161067f565b604082015261070f6060840161067f565b60608201526107206080840161067f565b608082015261073160a0840161067f565b60a082015261074260c08401610695565b60c082015261075360e084016106a9565b60e082015261076561010084016105a4565b61010082015261077861012084016105a4565b61012082015261078b61014084016105a4565b61014082015261079e61016084016105a4565b6101608201526107b1610180840161067f565b6101808201526107c46101a0840161067f565b6101a08201526107d76101c0840161067f565b6101c08201529392505050565b634e487b7160e01b5f52602160045260245ffd5b5f60208284031215610808575f5ffd5b6108118261067f565b9392505050565b5f61014082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015161087a60e08401826001600160a01b03169052565b5061010083015161089061010084018215159052565b5061012092830151919092015290565b5f82518060208501845e5f920191825250919050565b80820281158282048414176108d957634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051611b9b610a115f395f81816101010152818161054401526106ac01525f81816101a90152818161041d015281816107ae0152610d2901525f818161018201528181610324015281816104d60152818161060d01528181610720015281816108990152818161095e01528181610adf01528181610b5601528181610f9e015261120c01525f8181610132015281816102ea015281816104aa015281816105e1015281816106f8015281816107d60152818161086f0152818161092e01528181610a6801528181610abd01528181610b1b01528181610cee01528181610f49015281816111b701526113ee01525f818161022c0152818161025c0152818161039e015281816109fd01528181610a8a01528181610baf0152610c160152611b9b5ff3fe608060405234801561000f575f5ffd5b50600436106100ca575f3560e01c80639ef0159f11610088578063ad7a512011610063578063ad7a5120146101db578063b6b55f2514610202578063b8dc491b14610217578063fbfa77cf1461022a575f5ffd5b80639ef0159f146101a4578063ac7a1b5b146101cb578063ad2961a3146101d3575f5ffd5b8062f714ce146100ce57806301e1d114146100f4578063379a9e12146100fc57806338d52e0f146101305780633a0bd42b1461016a5780637535d2461461017d575b5f5ffd5b6100e16100dc366004611762565b610250565b6040519081526020015b60405180910390f35b6100e1610406565b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6040516100eb91906117a4565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016100eb565b6100e16101783660046117ca565b610493565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6100e16105ca565b6100e1610858565b6101e3610917565b60408051931515845291151560208401521515908201526060016100eb565b6102156102103660046117ea565b6109f2565b005b6100e1610225366004611801565b610c13565b7f0000000000000000000000000000000000000000000000000000000000000000610152565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461029a576040516362df054560e01b815260040160405180910390fd5b825f036102ba57604051631f2a200560e01b815260040160405180910390fd5b5f6102c3610406565b8410156102d057836102d3565b5f195b604051631a4ca37b60e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301526024820183905285811660448301529192507f0000000000000000000000000000000000000000000000000000000000000000909116906369328dec906064016020604051808303815f875af115801561036c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610390919061182d565b9150826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae6846040516103f791815260200190565b60405180910390a35092915050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa15801561046a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061048e919061182d565b905090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182917f000000000000000000000000000000000000000000000000000000000000000016906335ea6a75906024016101e060405180830381865afa15801561051c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105409190611911565b90507f0000000000000000000000000000000000000000000000000000000000000000600281600281111561057757610577611790565b0361059057610587828686610e7a565b925050506105c4565b60018160028111156105a4576105a4611790565b036105b4576105878286866110ca565b6105bf8286866112ec565b925050505b92915050565b60405163c44b11f760e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063c44b11f790602401602060405180830381865afa158015610652573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106769190611a3b565b519050600160381b8116158061069157506001603c1b811615155b1561069d575f91505090565b5f6106a6610406565b90505f807f000000000000000000000000000000000000000000000000000000000000000060028111156106dc576106dc611790565b14610797576040516337d83fcb60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301527f00000000000000000000000000000000000000000000000000000000000000001690636fb07f9690602401602060405180830381865afa158015610765573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107899190611a5c565b6001600160801b031661083f565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301527f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561081b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061083f919061182d565b905080821061084e5780610850565b815b935050505090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906335ea6a75906024016101e060405180830381865afa1580156108e1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109059190611911565b604001516001600160801b0316905090565b60405163c44b11f760e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f918291829182917f0000000000000000000000000000000000000000000000000000000000000000169063c44b11f790602401602060405180830381865afa1580156109a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109c79190611a3b565b51600160381b81161515956702000000000000008216151595506001603c1b90911615159350915050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a3b576040516362df054560e01b815260040160405180910390fd5b805f03610a5b57604051631f2a200560e01b815260040160405180910390fd5b610ab06001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030846114ef565b610b046001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000008361152b565b60405163617ba03760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390523060448301525f60648301527f0000000000000000000000000000000000000000000000000000000000000000169063617ba037906084015f604051808303815f87803b158015610b97575f5ffd5b505af1158015610ba9573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a082604051610c0891815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c70573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c949190611a75565b6001600160a01b0316336001600160a01b031614610cc557604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b038216610cec5760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b03161480610d5d57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316145b15610d8b576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa158015610dcd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610df1919061182d565b9050805f03610e1357604051631f2a200560e01b815260040160405180910390fd5b610e276001600160a01b03841683836115aa565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf71883604051610e6c91815260200190565b60405180910390a392915050565b5f5f845f01515f015190508461016001516001600160a01b031663b90db31b604051806101000160405280886101a001516001600160801b031681526020018781526020018681526020018861014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610f06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f2a919061182d565b8152602001610f3d8560401c61ffff1690565b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660208301819052600160fc1b87161515604080850191909152516337d83fcb60e11b815260048101919091526060909201917f000000000000000000000000000000000000000000000000000000000000000090911690636fb07f9690602401602060405180830381865afa158015610fe5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110099190611a5c565b6001600160801b031690526040805160e084811b6001600160e01b03191682528351600483015260208401516024830152918301516044820152606083015160648201526080830151608482015260a08301516001600160a01b031660a482015260c0830151151560c482015291015160e4820152610104016040805180830381865afa15801561109c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110c09190611a90565b5095945050505050565b8251516101208401515f9190829081906110e3906115b7565b915091508661016001516001600160a01b031663f6849b9e6040518061014001604052808a6101a001516001600160801b031681526020018981526020018881526020018581526020018a61014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561116e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611192919061182d565b81526020018481526020016111ab8760401c61ffff1690565b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660208301819052600160fc1b89161515604080850191909152516337d83fcb60e11b815260048101919091526060909201917f000000000000000000000000000000000000000000000000000000000000000090911690636fb07f9690602401602060405180830381865afa158015611253573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112779190611a5c565b6001600160801b03168152506040518263ffffffff1660e01b815260040161129f9190611ab2565b606060405180830381865afa1580156112ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112de9190611b3a565b509098975050505050505050565b8251516101208401515f919082908190611305906115b7565b915091505f640fffffffff60b085901c1690508761016001516001600160a01b031663a5898709604051806101200160405280845f03611345575f61134c565b8b6101a001515b6001600160801b031681526020018a81526020018981526020018681526020018b61014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156113ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113d1919061182d565b81526020018581526020016113ea8860401c61ffff1690565b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b039081166020808401919091526101008e8101518316604094850152835160e087811b6001600160e01b031916825286516004830152928601516024820152938501516044850152606085015160648501526080850151608485015260a085015160a485015260c085015160c485015290840151821660e4840152929092015190911661010482015261012401606060405180830381865afa1580156114bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114e09190611b3a565b50909998505050505050505050565b6114fd848484846001611632565b61152557604051635274afe760e01b81526001600160a01b0385166004820152602401610d82565b50505050565b6115378383835f61169f565b6115a55761154883835f600161169f565b61157057604051635274afe760e01b81526001600160a01b0384166004820152602401610d82565b61157d838383600161169f565b6115a557604051635274afe760e01b81526001600160a01b0384166004820152602401610d82565b505050565b61157d8383836001611701565b5f806001600160a01b0383161561162d57826001600160a01b031663f731e9be6040518163ffffffff1660e01b81526004016040805180830381865afa158015611603573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116279190611a90565b90925090505b915091565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661168e578383151615611682573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166116f55783831516156116e9573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166116f55783831516156116e9573d5f823e3d81fd5b6001600160a01b038116811461175f575f5ffd5b50565b5f5f60408385031215611773575f5ffd5b8235915060208301356117858161174b565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106117c457634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f604083850312156117db575f5ffd5b50508035926020909101359150565b5f602082840312156117fa575f5ffd5b5035919050565b5f5f60408385031215611812575f5ffd5b823561181d8161174b565b915060208301356117858161174b565b5f6020828403121561183d575f5ffd5b5051919050565b6040516101e0810167ffffffffffffffff8111828210171561187457634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6020828403121561188a575f5ffd5b6040516020810167ffffffffffffffff811182821017156118b957634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b03811681146118dc575f5ffd5b919050565b805164ffffffffff811681146118dc575f5ffd5b805161ffff811681146118dc575f5ffd5b80516118dc8161174b565b5f6101e0828403128015611923575f5ffd5b5061192c611844565b611936848461187a565b8152611944602084016118c6565b6020820152611955604084016118c6565b6040820152611966606084016118c6565b6060820152611977608084016118c6565b608082015261198860a084016118c6565b60a082015261199960c084016118e1565b60c08201526119aa60e084016118f5565b60e08201526119bc6101008401611906565b6101008201526119cf6101208401611906565b6101208201526119e26101408401611906565b6101408201526119f56101608401611906565b610160820152611a0861018084016118c6565b610180820152611a1b6101a084016118c6565b6101a0820152611a2e6101c084016118c6565b6101c08201529392505050565b5f60208284031215611a4b575f5ffd5b611a55838361187a565b9392505050565b5f60208284031215611a6c575f5ffd5b611a55826118c6565b5f60208284031215611a85575f5ffd5b8151611a558161174b565b5f5f60408385031215611aa1575f5ffd5b505080516020909101519092909150565b5f61014082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e0830151611b1460e08401826001600160a01b03169052565b50610100830151611b2a61010084018215159052565b5061012092830151919092015290565b5f5f5f60608486031215611b4c575f5ffd5b505081516020830151604090930151909492935091905056fea26469706673582212203c65516ee1938ae59dc1dd3b5c8d107abc391e5a8ecb0552d7b83d96ca2b692f64736f6c63430008250033",
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

// RATEABI is a free data retrieval call binding the contract method 0x379a9e12.
//
// Solidity: function RATE_ABI() view returns(uint8)
func (_AaveV3Adapter *AaveV3AdapterCaller) RATEABI(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "RATE_ABI")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// RATEABI is a free data retrieval call binding the contract method 0x379a9e12.
//
// Solidity: function RATE_ABI() view returns(uint8)
func (_AaveV3Adapter *AaveV3AdapterSession) RATEABI() (uint8, error) {
	return _AaveV3Adapter.Contract.RATEABI(&_AaveV3Adapter.CallOpts)
}

// RATEABI is a free data retrieval call binding the contract method 0x379a9e12.
//
// Solidity: function RATE_ABI() view returns(uint8)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) RATEABI() (uint8, error) {
	return _AaveV3Adapter.Contract.RATEABI(&_AaveV3Adapter.CallOpts)
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

// ReserveFlags is a free data retrieval call binding the contract method 0xad7a5120.
//
// Solidity: function reserveFlags() view returns(bool active, bool frozen, bool paused)
func (_AaveV3Adapter *AaveV3AdapterCaller) ReserveFlags(opts *bind.CallOpts) (struct {
	Active bool
	Frozen bool
	Paused bool
}, error) {
	var out []interface{}
	err := _AaveV3Adapter.contract.Call(opts, &out, "reserveFlags")

	outstruct := new(struct {
		Active bool
		Frozen bool
		Paused bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Active = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Frozen = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Paused = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// ReserveFlags is a free data retrieval call binding the contract method 0xad7a5120.
//
// Solidity: function reserveFlags() view returns(bool active, bool frozen, bool paused)
func (_AaveV3Adapter *AaveV3AdapterSession) ReserveFlags() (struct {
	Active bool
	Frozen bool
	Paused bool
}, error) {
	return _AaveV3Adapter.Contract.ReserveFlags(&_AaveV3Adapter.CallOpts)
}

// ReserveFlags is a free data retrieval call binding the contract method 0xad7a5120.
//
// Solidity: function reserveFlags() view returns(bool active, bool frozen, bool paused)
func (_AaveV3Adapter *AaveV3AdapterCallerSession) ReserveFlags() (struct {
	Active bool
	Frozen bool
	Paused bool
}, error) {
	return _AaveV3Adapter.Contract.ReserveFlags(&_AaveV3Adapter.CallOpts)
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
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
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
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_AaveV3Adapter *AaveV3AdapterSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _AaveV3Adapter.Contract.SupplyRateAfter(&_AaveV3Adapter.CallOpts, assetsAdded, assetsRemoved)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
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

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterTransactor) Sweep(opts *bind.TransactOpts, token common.Address, to common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.contract.Transact(opts, "sweep", token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Sweep(&_AaveV3Adapter.TransactOpts, token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterTransactorSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _AaveV3Adapter.Contract.Sweep(&_AaveV3Adapter.TransactOpts, token, to)
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

// AaveV3AdapterSweptIterator is returned from FilterSwept and is used to iterate over the raw logs and unpacked data for Swept events raised by the AaveV3Adapter contract.
type AaveV3AdapterSweptIterator struct {
	Event *AaveV3AdapterSwept // Event containing the contract specifics and raw log

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
func (it *AaveV3AdapterSweptIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AaveV3AdapterSwept)
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
		it.Event = new(AaveV3AdapterSwept)
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
func (it *AaveV3AdapterSweptIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AaveV3AdapterSweptIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AaveV3AdapterSwept represents a Swept event raised by the AaveV3Adapter contract.
type AaveV3AdapterSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSwept is a free log retrieval operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterFilterer) FilterSwept(opts *bind.FilterOpts, token []common.Address, to []common.Address) (*AaveV3AdapterSweptIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.FilterLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return &AaveV3AdapterSweptIterator{contract: _AaveV3Adapter.contract, event: "Swept", logs: logs, sub: sub}, nil
}

// WatchSwept is a free log subscription operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_AaveV3Adapter *AaveV3AdapterFilterer) WatchSwept(opts *bind.WatchOpts, sink chan<- *AaveV3AdapterSwept, token []common.Address, to []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AaveV3Adapter.contract.WatchLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AaveV3AdapterSwept)
				if err := _AaveV3Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
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
func (_AaveV3Adapter *AaveV3AdapterFilterer) ParseSwept(log types.Log) (*AaveV3AdapterSwept, error) {
	event := new(AaveV3AdapterSwept)
	if err := _AaveV3Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
