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
	Bin: "0x610120604052348015610010575f5ffd5b506040516125cd3803806125cd83398101604081905261002f916105d5565b82816001600160a01b038216158061004e57506001600160a01b038116155b1561006c5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216608052811660a052821661009e5760405163d92e233d60e01b815260040160405180910390fd5b6040516335ea6a7560e01b81526001600160a01b0382811660048301525f91908416906335ea6a75906024016101e060405180830381865afa1580156100e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061010a91906106d0565b6101008101519091506001600160a01b03166101395760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0380841660c0526101008201805190911660e0525161016082015161016991859185919061019c565b600281111561017a5761017a6107fa565b61010081600281111561018f5761018f6107fa565b81525050505050506108f5565b6040516337d83fcb60e11b81526001600160a01b0384811660048301525f918291871690636fb07f9690602401602060405180830381865afa925050508015610202575060408051601f3d908101601f191682019092526101ff9181019061080e565b60015b1561020d5760019150505b806103365761026a6040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f6001600160a01b031681525090565b6001600160a01b0386811660e08301908152868216610100840190815260408051855160248201526020860151604482015290850151606482015260608501516084820152608085015160a482015260a085015160c482015260c085015160e482015291518316610104830152519091166101248201526103219085906101440160408051601f198184030181529190526020810180516001600160e01b0390811663a589870960e01b1790915260039061053b16565b15610330575f92505050610533565b5061050b565b6103816040518061010001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f151581526020015f81525090565b6001600160a01b0386811660a08301908152600160c0840190815260408051855160248201526020860151604482015290850151606482015260608501516084820152608085015160a4820152915190921660c48201529051151560e482015260e082015161010482015261042c9085906101240160408051601f198184030181529190526020810180516001600160e01b0390811663b90db31b60e01b1790915260029061053b16565b1561043c57600292505050610533565b6104936040518061014001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f151581526020015f81525090565b6001600160a01b03871660e082015260016101008201526040516104f79086906104c190849060240161082e565b60408051601f198184030181529190526020810180516001600160e01b03908116637b424dcf60e11b1790915260039061053b16565b156105085760019350505050610533565b50505b6040516356d9d29160e11b81526001600160a01b038416600482015260240160405180910390fd5b949350505050565b5f5f5f856001600160a01b03168560405161055691906108b6565b5f60405180830381855afa9150503d805f811461058e576040519150601f19603f3d011682016040523d82523d5f602084013e610593565b606091505b50915091508180156105b057506105ab8460206108cc565b815110155b9695505050505050565b80516001600160a01b03811681146105d0575f5ffd5b919050565b5f5f5f606084860312156105e7575f5ffd5b6105f0846105ba565b92506105fe602085016105ba565b915061060c604085016105ba565b90509250925092565b6040516101e081016001600160401b038111828210171561064457634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6020828403121561065a575f5ffd5b604051602081016001600160401b038111828210171561068857634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b03811681146105d0575f5ffd5b805164ffffffffff811681146105d0575f5ffd5b805161ffff811681146105d0575f5ffd5b5f6101e08284031280156106e2575f5ffd5b506106eb610615565b6106f5848461064a565b815261070360208401610695565b602082015261071460408401610695565b604082015261072560608401610695565b606082015261073660808401610695565b608082015261074760a08401610695565b60a082015261075860c084016106ab565b60c082015261076960e084016106bf565b60e082015261077b61010084016105ba565b61010082015261078e61012084016105ba565b6101208201526107a161014084016105ba565b6101408201526107b461016084016105ba565b6101608201526107c76101808401610695565b6101808201526107da6101a08401610695565b6101a08201526107ed6101c08401610695565b6101c08201529392505050565b634e487b7160e01b5f52602160045260245ffd5b5f6020828403121561081e575f5ffd5b61082782610695565b9392505050565b5f61014082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015161089060e08401826001600160a01b03169052565b506101008301516108a661010084018215159052565b5061012092830151919092015290565b5f82518060208501845e5f920191825250919050565b80820281158282048414176108ef57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051611ba6610a275f395f81816101010152818161047701526105df01525f81816101a901528181610350015281816106e10152610b6801525f8181610182015281816104090152818161054001528181610653015281816107cc0152818161089101528181610d1101528181610ea9015281816111170152818161146501526114dc01525f8181610132015281816103dd015281816105140152818161062b01528181610709015281816107a2015281816108610152818161099b01528181610b2d01528181610cd701528181610e54015281816110c2015281816112f90152818161144301526114a101525f818161022c0152818161025c015281816102d201528181610930015281816109bd015281816109ee0152610a550152611ba65ff3fe608060405234801561000f575f5ffd5b50600436106100ca575f3560e01c80639ef0159f11610088578063ad7a512011610063578063ad7a5120146101db578063b6b55f2514610202578063b8dc491b14610217578063fbfa77cf1461022a575f5ffd5b80639ef0159f146101a4578063ac7a1b5b146101cb578063ad2961a3146101d3575f5ffd5b8062f714ce146100ce57806301e1d114146100f4578063379a9e12146100fc57806338d52e0f146101305780633a0bd42b1461016a5780637535d2461461017d575b5f5ffd5b6100e16100dc36600461176d565b610250565b6040519081526020015b60405180910390f35b6100e1610339565b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6040516100eb91906117af565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016100eb565b6100e16101783660046117d5565b6103c6565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6100e16104fd565b6100e161078b565b6101e361084a565b60408051931515845291151560208401521515908201526060016100eb565b6102156102103660046117f5565b610925565b005b6100e161022536600461180c565b610a52565b7f0000000000000000000000000000000000000000000000000000000000000000610152565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461029a576040516362df054560e01b815260040160405180910390fd5b825f036102ba57604051631f2a200560e01b815260040160405180910390fd5b6102c48383610ca6565b9050816001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae68360405161032b91815260200190565b60405180910390a392915050565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa15801561039d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103c19190611838565b905090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182917f000000000000000000000000000000000000000000000000000000000000000016906335ea6a75906024016101e060405180830381865afa15801561044f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610473919061191c565b90507f000000000000000000000000000000000000000000000000000000000000000060028160028111156104aa576104aa61179b565b036104c3576104ba828686610d85565b925050506104f7565b60018160028111156104d7576104d761179b565b036104e7576104ba828686610fd5565b6104f28286866111f7565b925050505b92915050565b60405163c44b11f760e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063c44b11f790602401602060405180830381865afa158015610585573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105a99190611a46565b519050600160381b811615806105c457506001603c1b811615155b156105d0575f91505090565b5f6105d9610339565b90505f807f0000000000000000000000000000000000000000000000000000000000000000600281111561060f5761060f61179b565b146106ca576040516337d83fcb60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301527f00000000000000000000000000000000000000000000000000000000000000001690636fb07f9690602401602060405180830381865afa158015610698573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106bc9190611a67565b6001600160801b0316610772565b6040516370a0823160e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301527f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561074e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107729190611838565b90508082106107815780610783565b815b935050505090565b6040516335ea6a7560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906335ea6a75906024016101e060405180830381865afa158015610814573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610838919061191c565b604001516001600160801b0316905090565b60405163c44b11f760e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301525f918291829182917f0000000000000000000000000000000000000000000000000000000000000000169063c44b11f790602401602060405180830381865afa1580156108d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108fa9190611a46565b51600160381b81161515956702000000000000008216151595506001603c1b90911615159350915050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461096e576040516362df054560e01b815260040160405180910390fd5b805f0361098e57604051631f2a200560e01b815260040160405180910390fd5b6109e36001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030846113fa565b6109ec81611436565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a082604051610a4791815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610aaf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad39190611a80565b6001600160a01b0316336001600160a01b031614610b0457604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b038216610b2b5760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b03161480610b9757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03908116908416145b15610bc5576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa158015610c07573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2b9190611838565b9050805f03610c4d57604051631f2a200560e01b815260040160405180910390fd5b610c616001600160a01b0384168383611536565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7188360405161032b91815260200190565b5f5f610cb0610339565b841015610cbd5783610cc0565b5f195b604051631a4ca37b60e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301526024820183905285811660448301529192507f0000000000000000000000000000000000000000000000000000000000000000909116906369328dec906064016020604051808303815f875af1158015610d59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d7d9190611838565b949350505050565b5f5f845f01515f015190508461016001516001600160a01b031663b90db31b604051806101000160405280886101a001516001600160801b031681526020018781526020018681526020018861014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e11573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e359190611838565b8152602001610e488560401c61ffff1690565b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660208301819052600160fc1b87161515604080850191909152516337d83fcb60e11b815260048101919091526060909201917f000000000000000000000000000000000000000000000000000000000000000090911690636fb07f9690602401602060405180830381865afa158015610ef0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f149190611a67565b6001600160801b031690526040805160e084811b6001600160e01b03191682528351600483015260208401516024830152918301516044820152606083015160648201526080830151608482015260a08301516001600160a01b031660a482015260c0830151151560c482015291015160e4820152610104016040805180830381865afa158015610fa7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fcb9190611a9b565b5095945050505050565b8251516101208401515f919082908190610fee90611570565b915091508661016001516001600160a01b031663f6849b9e6040518061014001604052808a6101a001516001600160801b031681526020018981526020018881526020018581526020018a61014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611079573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061109d9190611838565b81526020018481526020016110b68760401c61ffff1690565b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660208301819052600160fc1b89161515604080850191909152516337d83fcb60e11b815260048101919091526060909201917f000000000000000000000000000000000000000000000000000000000000000090911690636fb07f9690602401602060405180830381865afa15801561115e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111829190611a67565b6001600160801b03168152506040518263ffffffff1660e01b81526004016111aa9190611abd565b606060405180830381865afa1580156111c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111e99190611b45565b509098975050505050505050565b8251516101208401515f91908290819061121090611570565b915091505f640fffffffff60b085901c1690508761016001516001600160a01b031663a5898709604051806101200160405280845f03611250575f611257565b8b6101a001515b6001600160801b031681526020018a81526020018981526020018681526020018b61014001516001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156112b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112dc9190611838565b81526020018581526020016112f58860401c61ffff1690565b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b039081166020808401919091526101008e8101518316604094850152835160e087811b6001600160e01b031916825286516004830152928601516024820152938501516044850152606085015160648501526080850151608485015260a085015160a485015260c085015160c485015290840151821660e4840152929092015190911661010482015261012401606060405180830381865afa1580156113c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113eb9190611b45565b50909998505050505050505050565b6114088484848460016115eb565b61143057604051635274afe760e01b81526001600160a01b0385166004820152602401610bbc565b50505050565b61148a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000083611658565b60405163617ba03760e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018390523060448301525f60648301527f0000000000000000000000000000000000000000000000000000000000000000169063617ba037906084015f604051808303815f87803b15801561151d575f5ffd5b505af115801561152f573d5f5f3e3d5ffd5b5050505050565b61154383838360016116aa565b61156b57604051635274afe760e01b81526001600160a01b0384166004820152602401610bbc565b505050565b5f806001600160a01b038316156115e657826001600160a01b031663f731e9be6040518163ffffffff1660e01b81526004016040805180830381865afa1580156115bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115e09190611a9b565b90925090505b915091565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661164757838315161561163b573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6116648383835f61170c565b61156b5761167583835f600161170c565b61169d57604051635274afe760e01b81526001600160a01b0384166004820152602401610bbc565b611543838383600161170c565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117005783831516156116f4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117005783831516156116f4573d5f823e3d81fd5b6001600160a01b038116811461176a575f5ffd5b50565b5f5f6040838503121561177e575f5ffd5b82359150602083013561179081611756565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106117cf57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f604083850312156117e6575f5ffd5b50508035926020909101359150565b5f60208284031215611805575f5ffd5b5035919050565b5f5f6040838503121561181d575f5ffd5b823561182881611756565b9150602083013561179081611756565b5f60208284031215611848575f5ffd5b5051919050565b6040516101e0810167ffffffffffffffff8111828210171561187f57634e487b7160e01b5f52604160045260245ffd5b60405290565b5f60208284031215611895575f5ffd5b6040516020810167ffffffffffffffff811182821017156118c457634e487b7160e01b5f52604160045260245ffd5b6040529151825250919050565b80516001600160801b03811681146118e7575f5ffd5b919050565b805164ffffffffff811681146118e7575f5ffd5b805161ffff811681146118e7575f5ffd5b80516118e781611756565b5f6101e082840312801561192e575f5ffd5b5061193761184f565b6119418484611885565b815261194f602084016118d1565b6020820152611960604084016118d1565b6040820152611971606084016118d1565b6060820152611982608084016118d1565b608082015261199360a084016118d1565b60a08201526119a460c084016118ec565b60c08201526119b560e08401611900565b60e08201526119c76101008401611911565b6101008201526119da6101208401611911565b6101208201526119ed6101408401611911565b610140820152611a006101608401611911565b610160820152611a1361018084016118d1565b610180820152611a266101a084016118d1565b6101a0820152611a396101c084016118d1565b6101c08201529392505050565b5f60208284031215611a56575f5ffd5b611a608383611885565b9392505050565b5f60208284031215611a77575f5ffd5b611a60826118d1565b5f60208284031215611a90575f5ffd5b8151611a6081611756565b5f5f60408385031215611aac575f5ffd5b505080516020909101519092909150565b5f61014082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e0830151611b1f60e08401826001600160a01b03169052565b50610100830151611b3561010084018215159052565b5061012092830151919092015290565b5f5f5f60608486031215611b57575f5ffd5b505081516020830151604090930151909492935091905056fea2646970667358221220a8a46f0aaa87646b359b9e340e21d529a3a0dde5a0cde2c8aca121bf3844c61964736f6c63430008250033",
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
