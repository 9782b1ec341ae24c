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

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// MorphoBlueAdapterMetaData contains all meta data concerning the MorphoBlueAdapter contract.
var MorphoBlueAdapterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"morpho_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"MarketNotCreated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"MarketTotalOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ProtectedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MARKET_ID\",\"outputs\":[{\"internalType\":\"Id\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MORPHO\",\"outputs\":[{\"internalType\":\"contractIMorpho\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"marketParams\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"position\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b506040516122a53803806122a583398101604081905261002f916102c9565b805183906001600160a01b038216158061005057506001600160a01b038116155b1561006e5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216608052811660a05282166100a05760405163d92e233d60e01b815260040160405180910390fd5b60a081205f90604051632e3071cd60e11b8152600481018290529091506001600160a01b03841690635c60e39a9060240160c060405180830381865afa1580156100ec573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610110919061037a565b608001516001600160801b03165f0361014457604051630cdc1dc160e01b8152600481018290526024015b60405180910390fd5b6001600160a01b0380841660c05260e082905260208301518116610100526040830151811661012052606083015181166101405260808301516101605282516101909116845f19610199565b50505050610424565b6101a58383835f610218565b610213576101b683835f6001610218565b6101de57604051635274afe760e01b81526001600160a01b038416600482015260240161013b565b6101eb8383836001610218565b61021357604051635274afe760e01b81526001600160a01b038416600482015260240161013b565b505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661026e578383151615610262573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b80516001600160a01b0381168114610290575f5ffd5b919050565b60405160a081016001600160401b03811182821017156102c357634e487b7160e01b5f52604160045260245ffd5b60405290565b5f5f5f83850360e08112156102dc575f5ffd5b6102e58561027a565b93506102f36020860161027a565b925060a0603f1982011215610306575f5ffd5b5061030f610295565b61031b6040860161027a565b81526103296060860161027a565b602082015261033a6080860161027a565b604082015261034b60a0860161027a565b606082015260c094909401516080850152509093909250565b80516001600160801b0381168114610290575f5ffd5b5f60c082840312801561038b575f5ffd5b5060405160c081016001600160401b03811182821017156103ba57634e487b7160e01b5f52604160045260245ffd5b6040526103c683610364565b81526103d460208401610364565b60208201526103e560408401610364565b60408201526103f660608401610364565b606082015261040760808401610364565b608082015261041860a08401610364565b60a08201529392505050565b60805160a05160c05160e05161010051610120516101405161016051611d9a61050b5f395f6105cc01525f61059d01525f61056e01525f61053f01525f81816101b70152818161036d015281816103cd0152818161063b01526109b101525f8181610190015281816102f20152818161034b015281816103ab01528181610437015281816106190152818161098f015281816109f601528181610a3a01528181610ad501526112ef01525f818161014001528181610510015261081d01525f818161023b0152818161026b01528181610675015281816106de01526107450152611d9a5ff3fe608060405234801561000f575f5ffd5b50600436106100ef575f3560e01c80636083e59a11610093578063b6b55f2511610063578063b6b55f2514610206578063b8dc491b1461021b578063e6a69ab81461022e578063fbfa77cf14610239575f5ffd5b80636083e59a146101d95780637b9e68f2146101e1578063ac7a1b5b146101f6578063ad2961a3146101fe575f5ffd5b806338d52e0f116100ce57806338d52e0f1461013e5780633a0bd42b146101785780633acb56241461018b578063454dab23146101b2575f5ffd5b8062f714ce146100f357806301e1d1141461011957806309218e9114610121575b5f5ffd5b610106610101366004611810565b61025f565b6040519081526020015b60405180910390f35b6101066102dc565b61012961031e565b60408051928352602083019190915201610110565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610110565b61010661018636600461183e565b610339565b6101607f000000000000000000000000000000000000000000000000000000000000000081565b6101067f000000000000000000000000000000000000000000000000000000000000000081565b61010661041f565b6101e96104d9565b604051610110919061189d565b6101066105f3565b610106610604565b6102196102143660046118ab565b61066a565b005b6101066102293660046118c2565b610742565b6101066301e1338081565b7f0000000000000000000000000000000000000000000000000000000000000000610160565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102a9576040516362df054560e01b815260040160405180910390fd5b825f036102c957604051631f2a200560e01b815260040160405180910390fd5b6102d38383610975565b90505b92915050565b5f6103196102e86104d9565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169030610b5d565b905090565b5f5f6103286102dc565b915061033382610bb0565b90509091565b5f5f6103436104d9565b90505f6103917f0000000000000000000000000000000000000000000000000000000000000000837f0000000000000000000000000000000000000000000000000000000000000000610bf6565b90505f61039e8287610d27565b6103f26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610daa565b6103fc9190611902565b9050610409828287610e53565b50506104158383610efe565b9695505050505050565b5f5f5f61045d61042d6104d9565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690611030565b5091935091506001600160801b0390505f6104788483611915565b90505f60016104b461048a8686611915565b610495906001611902565b6104a0600189611902565b6104ad620f424089611902565b60016112ab565b6104be9190611915565b90508082106104cd57806104cf565b815b9550505050505090565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f0000000000000000000000000000000000000000000000000000000000000000815250905090565b5f6103196105ff6102dc565b610bb0565b5f5f61060e6104d9565b90506106648161065f7f0000000000000000000000000000000000000000000000000000000000000000847f0000000000000000000000000000000000000000000000000000000000000000610bf6565b610efe565b91505090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106b3576040516362df054560e01b815260040160405180910390fd5b805f036106d357604051631f2a200560e01b815260040160405180910390fd5b6106dc816112ed565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a08260405161073791815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa15801561079f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107c39190611928565b6001600160a01b0316336001600160a01b0316146107f457604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b03821661081b5760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316148061085857505f5b15610886576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa1580156108c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108ec9190611943565b9050805f0361090e57604051631f2a200560e01b815260040160405180910390fd5b6109226001600160a01b038416838361138a565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7188360405161096791815260200190565b60405180910390a392915050565b5f5f61097f6104d9565b90505f6109d66001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610daa565b9050805f036109e9575f925050506102d6565b610a1d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168330610b5d565b8510610abe57604051635c2bea4960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c2bea4990610a779085905f90869030908b9060040161195a565b60408051808303815f875af1158015610a92573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab69190611996565b509250610b55565b604051635c2bea4960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c2bea4990610b1290859089905f9030908b9060040161195a565b60408051808303815f875af1158015610b2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b519190611996565b5092505b505092915050565b5f5f610b6a8460a0902090565b90505f610b816001600160a01b0387168386610daa565b90505f5f610b8f8888611030565b509193509150610ba290508383836113bf565b9450505050505b9392505050565b5f5f5f610bbe61042d6104d9565b5092505091505f818311610bd2575f610bdc565b610bdc8284611915565b9050808510610beb5780610bed565b845b95945050505050565b6040805160c0810182525f80825260208201819052818301819052606082018190526080820181905260a08201529051632e3071cd60e11b8152600481018390526001600160a01b03851690635c60e39a9060240160c060405180830381865afa158015610c66573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c8a9190611a18565b90505f808080610ca36001600160a01b03891688611030565b9350935093509350610cb4846113eb565b6001600160801b03168552610cc8836113eb565b6001600160801b03166020860152610cdf826113eb565b6001600160801b03166040860152610cf6816113eb565b6001600160801b03166060860152610d0d426113eb565b6001600160801b0316608086015250929695505050505050565b5f815f03610d3657505f6102d6565b82516020840151610d559184916001600160801b03918216911661141b565b9050610d788184602001516001600160801b0316610d739190611902565b6113eb565b6001600160801b0390811660208501528351610d9a91610d7391859116611902565b6001600160801b03169092525090565b5f5f610dbe610db98585611437565b6114a9565b604051637784c68560e01b81529091506001600160a01b03861690637784c68590610ded908490600401611ab7565b5f60405180830381865afa158015610e07573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610e2e9190810190611af9565b5f81518110610e3f57610e3f611ba1565b60200260200101515f1c9150509392505050565b5f5f825f03610e6657505f905080610ef6565b845160208601515f91610e879187916001600160801b0390811691166113bf565b905080841015610ea657610e9b86856114f2565b849250925050610ef6565b610eaf856113eb565b86602001818151610ec09190611bb5565b6001600160801b0316905250610ed5816113eb565b86518790610ee4908390611bb5565b6001600160801b031690525084925090505b935093915050565b60608201515f906001600160a01b03161580610f25575060408201516001600160801b0316155b80610f38575081516001600160801b0316155b15610f4457505f6102d6565b5f633b9aca006301e1338085606001516001600160a01b0316638c00bf6b87876040518363ffffffff1660e01b8152600401610f81929190611bd4565b602060405180830381865afa158015610f9c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fc09190611943565b610fca9190611c5c565b610fd49190611c5c565b90505f610ffb8285604001516001600160801b0316865f01516001600160801b0316611565565b9050610bed818560a001516001600160801b0316670de0b6b3a76400006110229190611915565b670de0b6b3a7640000611565565b5f5f5f5f5f6110408660a0902090565b604051632e3071cd60e11b8152600481018290529091505f906001600160a01b03891690635c60e39a9060240160c060405180830381865afa158015611088573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110ac9190611a18565b90505f81608001516001600160801b0316426110c89190611915565b905080158015906110e5575060408201516001600160801b031615155b80156110fd575060608801516001600160a01b031615155b15611277576060880151604051638c00bf6b60e01b81525f916001600160a01b031690638c00bf6b90611136908c908790600401611bd4565b602060405180830381865afa158015611151573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111759190611943565b90505f6111996111858385611615565b60408601516001600160801b031690611673565b90506111a481611687565b846040018181516111b59190611c73565b6001600160801b03169052506111ca81611687565b845185906111d9908390611c73565b6001600160801b0390811690915260a086015116159050611274575f6112158560a001516001600160801b03168361167390919063ffffffff16565b90505f61124982875f01516001600160801b03166112339190611915565b60208801518491906001600160801b031661141b565b905061125481611687565b866020018181516112659190611c73565b6001600160801b031690525050505b50505b508051602082015160408301516060909301516001600160801b039283169b9183169a509282169850911695509350505050565b5f6112d86112b8836116e3565b80156112d357505f84806112ce576112ce611c92565b868809115b151590565b6112e3868686611565565b610bed9190611902565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a99aad896113246104d9565b835f306040518563ffffffff1660e01b81526004016113469493929190611ca6565b60408051808303815f875af1158015611361573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113859190611996565b505050565b611397838383600161170f565b61138557604051635274afe760e01b81526001600160a01b038416600482015260240161087d565b5f6113e36113ce600185611902565b6113db620f424085611902565b869190611771565b949350505050565b5f6001600160801b0382111561141757604051633b5e766560e21b81526004810183905260240161087d565b5090565b5f6113e361142c620f424084611902565b6113db600186611902565b5f5f82846002604051602001611457929190918252602082015260400190565b60408051601f1981840301815282825280516020918201206001600160a01b0390941690830152810191909152606001604051602081830303815290604052805190602001205f1c6102d39190611902565b6040805160018082528183019092526060915f91906020808301908036833701905050905082815f815181106114e1576114e1611ba1565b602090810291909101015292915050565b815160208301515f916115139184916001600160801b039081169116611787565b905061151e816113eb565b8360200181815161152f9190611bb5565b6001600160801b0316905250611544826113eb565b83518490611553908390611bb5565b6001600160801b031690525092915050565b5f5f5f61157286866117ab565b91509150815f036115965783818161158c5761158c611c92565b0492505050610ba9565b8184116115ad576115ad60038515026011186117c7565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f806116218385611c5c565b90505f611641828061163c670de0b6b3a76400006002611c5c565b611771565b90505f61165c828461163c670de0b6b3a76400006003611c5c565b9050806116698385611902565b6104159190611902565b5f6102d38383670de0b6b3a7640000611771565b6040805180820190915260148152731b585e081d5a5b9d0c4c8e08195e18d95959195960621b60208201525f906001600160801b038311156116dc5760405162461bcd60e51b815260040161087d9190611ce7565b5090919050565b5f60028260038111156116f8576116f8611d1c565b6117029190611d30565b60ff166001149050919050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611765578383151615611759573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8161177d8486611c5c565b6113e39190611d51565b5f6113e3611798620f424084611902565b6117a3600186611902565b8691906117d8565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f816117e5600182611915565b6117ef8587611c5c565b61177d9190611902565b6001600160a01b038116811461180d575f5ffd5b50565b5f5f60408385031215611821575f5ffd5b823591506020830135611833816117f9565b809150509250929050565b5f5f6040838503121561184f575f5ffd5b50508035926020909101359150565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015190911690830152608090810151910152565b60a081016102d6828461185e565b5f602082840312156118bb575f5ffd5b5035919050565b5f5f604083850312156118d3575f5ffd5b82356118de816117f9565b91506020830135611833816117f9565b634e487b7160e01b5f52601160045260245ffd5b808201808211156102d6576102d66118ee565b818103818111156102d6576102d66118ee565b5f60208284031215611938575f5ffd5b8151610ba9816117f9565b5f60208284031215611953575f5ffd5b5051919050565b6101208101611969828861185e565b60a082019590955260c08101939093526001600160a01b0391821660e08401521661010090910152919050565b5f5f604083850312156119a7575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff811182821017156119f5576119f56119b8565b604052919050565b80516001600160801b0381168114611a13575f5ffd5b919050565b5f60c0828403128015611a29575f5ffd5b5060405160c0810167ffffffffffffffff81118282101715611a4d57611a4d6119b8565b604052611a59836119fd565b8152611a67602084016119fd565b6020820152611a78604084016119fd565b6040820152611a89606084016119fd565b6060820152611a9a608084016119fd565b6080820152611aab60a084016119fd565b60a08201529392505050565b602080825282518282018190525f918401906040840190835b81811015611aee578351835260209384019390920191600101611ad0565b509095945050505050565b5f60208284031215611b09575f5ffd5b815167ffffffffffffffff811115611b1f575f5ffd5b8201601f81018413611b2f575f5ffd5b805167ffffffffffffffff811115611b4957611b496119b8565b8060051b611b59602082016119cc565b91825260208184018101929081019087841115611b74575f5ffd5b6020850194505b83851015611b96578451825260209485019490910190611b7b565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160801b0382811682821603908111156102d6576102d66118ee565b6101608101611be3828561185e565b6001600160801b0383511660a08301526001600160801b0360208401511660c08301526001600160801b0360408401511660e08301526001600160801b036060840151166101008301526001600160801b036080840151166101208301526001600160801b0360a0840151166101408301529392505050565b80820281158282048414176102d6576102d66118ee565b6001600160801b0381811683821601908111156102d6576102d66118ee565b634e487b7160e01b5f52601260045260245ffd5b611cb0818661185e565b60a081019390935260c08301919091526001600160a01b031660e082015261012061010082018190525f9082015261014001919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680611d4257611d42611c92565b8060ff84160691505092915050565b5f82611d5f57611d5f611c92565b50049056fea2646970667358221220414cffc9f0e8d3949e0619f85cc57395c0c9a91d3af288625b8bb9359a18e24364736f6c63430008250033",
}

// MorphoBlueAdapterABI is the input ABI used to generate the binding from.
// Deprecated: Use MorphoBlueAdapterMetaData.ABI instead.
var MorphoBlueAdapterABI = MorphoBlueAdapterMetaData.ABI

// MorphoBlueAdapterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MorphoBlueAdapterMetaData.Bin instead.
var MorphoBlueAdapterBin = MorphoBlueAdapterMetaData.Bin

// DeployMorphoBlueAdapter deploys a new Ethereum contract, binding an instance of MorphoBlueAdapter to it.
func DeployMorphoBlueAdapter(auth *bind.TransactOpts, backend bind.ContractBackend, vault_ common.Address, morpho_ common.Address, marketParams_ MarketParams) (common.Address, *types.Transaction, *MorphoBlueAdapter, error) {
	parsed, err := MorphoBlueAdapterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MorphoBlueAdapterBin), backend, vault_, morpho_, marketParams_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MorphoBlueAdapter{MorphoBlueAdapterCaller: MorphoBlueAdapterCaller{contract: contract}, MorphoBlueAdapterTransactor: MorphoBlueAdapterTransactor{contract: contract}, MorphoBlueAdapterFilterer: MorphoBlueAdapterFilterer{contract: contract}}, nil
}

// MorphoBlueAdapter is an auto generated Go binding around an Ethereum contract.
type MorphoBlueAdapter struct {
	MorphoBlueAdapterCaller     // Read-only binding to the contract
	MorphoBlueAdapterTransactor // Write-only binding to the contract
	MorphoBlueAdapterFilterer   // Log filterer for contract events
}

// MorphoBlueAdapterCaller is an auto generated read-only Go binding around an Ethereum contract.
type MorphoBlueAdapterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MorphoBlueAdapterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MorphoBlueAdapterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MorphoBlueAdapterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MorphoBlueAdapterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MorphoBlueAdapterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MorphoBlueAdapterSession struct {
	Contract     *MorphoBlueAdapter // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// MorphoBlueAdapterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MorphoBlueAdapterCallerSession struct {
	Contract *MorphoBlueAdapterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// MorphoBlueAdapterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MorphoBlueAdapterTransactorSession struct {
	Contract     *MorphoBlueAdapterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// MorphoBlueAdapterRaw is an auto generated low-level Go binding around an Ethereum contract.
type MorphoBlueAdapterRaw struct {
	Contract *MorphoBlueAdapter // Generic contract binding to access the raw methods on
}

// MorphoBlueAdapterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MorphoBlueAdapterCallerRaw struct {
	Contract *MorphoBlueAdapterCaller // Generic read-only contract binding to access the raw methods on
}

// MorphoBlueAdapterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MorphoBlueAdapterTransactorRaw struct {
	Contract *MorphoBlueAdapterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMorphoBlueAdapter creates a new instance of MorphoBlueAdapter, bound to a specific deployed contract.
func NewMorphoBlueAdapter(address common.Address, backend bind.ContractBackend) (*MorphoBlueAdapter, error) {
	contract, err := bindMorphoBlueAdapter(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MorphoBlueAdapter{MorphoBlueAdapterCaller: MorphoBlueAdapterCaller{contract: contract}, MorphoBlueAdapterTransactor: MorphoBlueAdapterTransactor{contract: contract}, MorphoBlueAdapterFilterer: MorphoBlueAdapterFilterer{contract: contract}}, nil
}

// NewMorphoBlueAdapterCaller creates a new read-only instance of MorphoBlueAdapter, bound to a specific deployed contract.
func NewMorphoBlueAdapterCaller(address common.Address, caller bind.ContractCaller) (*MorphoBlueAdapterCaller, error) {
	contract, err := bindMorphoBlueAdapter(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MorphoBlueAdapterCaller{contract: contract}, nil
}

// NewMorphoBlueAdapterTransactor creates a new write-only instance of MorphoBlueAdapter, bound to a specific deployed contract.
func NewMorphoBlueAdapterTransactor(address common.Address, transactor bind.ContractTransactor) (*MorphoBlueAdapterTransactor, error) {
	contract, err := bindMorphoBlueAdapter(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MorphoBlueAdapterTransactor{contract: contract}, nil
}

// NewMorphoBlueAdapterFilterer creates a new log filterer instance of MorphoBlueAdapter, bound to a specific deployed contract.
func NewMorphoBlueAdapterFilterer(address common.Address, filterer bind.ContractFilterer) (*MorphoBlueAdapterFilterer, error) {
	contract, err := bindMorphoBlueAdapter(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MorphoBlueAdapterFilterer{contract: contract}, nil
}

// bindMorphoBlueAdapter binds a generic wrapper to an already deployed contract.
func bindMorphoBlueAdapter(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MorphoBlueAdapterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MorphoBlueAdapter *MorphoBlueAdapterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MorphoBlueAdapter.Contract.MorphoBlueAdapterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MorphoBlueAdapter *MorphoBlueAdapterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.MorphoBlueAdapterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MorphoBlueAdapter *MorphoBlueAdapterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.MorphoBlueAdapterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MorphoBlueAdapter.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.contract.Transact(opts, method, params...)
}

// MARKETID is a free data retrieval call binding the contract method 0x454dab23.
//
// Solidity: function MARKET_ID() view returns(bytes32)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) MARKETID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "MARKET_ID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MARKETID is a free data retrieval call binding the contract method 0x454dab23.
//
// Solidity: function MARKET_ID() view returns(bytes32)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) MARKETID() ([32]byte, error) {
	return _MorphoBlueAdapter.Contract.MARKETID(&_MorphoBlueAdapter.CallOpts)
}

// MARKETID is a free data retrieval call binding the contract method 0x454dab23.
//
// Solidity: function MARKET_ID() view returns(bytes32)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) MARKETID() ([32]byte, error) {
	return _MorphoBlueAdapter.Contract.MARKETID(&_MorphoBlueAdapter.CallOpts)
}

// MORPHO is a free data retrieval call binding the contract method 0x3acb5624.
//
// Solidity: function MORPHO() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) MORPHO(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "MORPHO")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// MORPHO is a free data retrieval call binding the contract method 0x3acb5624.
//
// Solidity: function MORPHO() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) MORPHO() (common.Address, error) {
	return _MorphoBlueAdapter.Contract.MORPHO(&_MorphoBlueAdapter.CallOpts)
}

// MORPHO is a free data retrieval call binding the contract method 0x3acb5624.
//
// Solidity: function MORPHO() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) MORPHO() (common.Address, error) {
	return _MorphoBlueAdapter.Contract.MORPHO(&_MorphoBlueAdapter.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) SECONDSPERYEAR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "SECONDS_PER_YEAR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) SECONDSPERYEAR() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.SECONDSPERYEAR(&_MorphoBlueAdapter.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) SECONDSPERYEAR() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.SECONDSPERYEAR(&_MorphoBlueAdapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) Asset(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "asset")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) Asset() (common.Address, error) {
	return _MorphoBlueAdapter.Contract.Asset(&_MorphoBlueAdapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) Asset() (common.Address, error) {
	return _MorphoBlueAdapter.Contract.Asset(&_MorphoBlueAdapter.CallOpts)
}

// MarketParams is a free data retrieval call binding the contract method 0x7b9e68f2.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) MarketParams(opts *bind.CallOpts) (MarketParams, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "marketParams")

	if err != nil {
		return *new(MarketParams), err
	}

	out0 := *abi.ConvertType(out[0], new(MarketParams)).(*MarketParams)

	return out0, err

}

// MarketParams is a free data retrieval call binding the contract method 0x7b9e68f2.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) MarketParams() (MarketParams, error) {
	return _MorphoBlueAdapter.Contract.MarketParams(&_MorphoBlueAdapter.CallOpts)
}

// MarketParams is a free data retrieval call binding the contract method 0x7b9e68f2.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) MarketParams() (MarketParams, error) {
	return _MorphoBlueAdapter.Contract.MarketParams(&_MorphoBlueAdapter.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) MaxDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "maxDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) MaxDeposit() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.MaxDeposit(&_MorphoBlueAdapter.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) MaxDeposit() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.MaxDeposit(&_MorphoBlueAdapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) MaxWithdraw(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "maxWithdraw")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) MaxWithdraw() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.MaxWithdraw(&_MorphoBlueAdapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) MaxWithdraw() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.MaxWithdraw(&_MorphoBlueAdapter.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) Position(opts *bind.CallOpts) (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "position")

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
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _MorphoBlueAdapter.Contract.Position(&_MorphoBlueAdapter.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _MorphoBlueAdapter.Contract.Position(&_MorphoBlueAdapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) SupplyRate(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "supplyRate")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) SupplyRate() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.SupplyRate(&_MorphoBlueAdapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) SupplyRate() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.SupplyRate(&_MorphoBlueAdapter.CallOpts)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) SupplyRateAfter(opts *bind.CallOpts, assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "supplyRateAfter", assetsAdded, assetsRemoved)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.SupplyRateAfter(&_MorphoBlueAdapter.CallOpts, assetsAdded, assetsRemoved)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) SupplyRateAfter(assetsAdded *big.Int, assetsRemoved *big.Int) (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.SupplyRateAfter(&_MorphoBlueAdapter.CallOpts, assetsAdded, assetsRemoved)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) TotalAssets(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "totalAssets")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) TotalAssets() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.TotalAssets(&_MorphoBlueAdapter.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) TotalAssets() (*big.Int, error) {
	return _MorphoBlueAdapter.Contract.TotalAssets(&_MorphoBlueAdapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterCaller) Vault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MorphoBlueAdapter.contract.Call(opts, &out, "vault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) Vault() (common.Address, error) {
	return _MorphoBlueAdapter.Contract.Vault(&_MorphoBlueAdapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_MorphoBlueAdapter *MorphoBlueAdapterCallerSession) Vault() (common.Address, error) {
	return _MorphoBlueAdapter.Contract.Vault(&_MorphoBlueAdapter.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactor) Deposit(opts *bind.TransactOpts, assets *big.Int) (*types.Transaction, error) {
	return _MorphoBlueAdapter.contract.Transact(opts, "deposit", assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.Deposit(&_MorphoBlueAdapter.TransactOpts, assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactorSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.Deposit(&_MorphoBlueAdapter.TransactOpts, assets)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactor) Sweep(opts *bind.TransactOpts, token common.Address, to common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.contract.Transact(opts, "sweep", token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.Sweep(&_MorphoBlueAdapter.TransactOpts, token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactorSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.Sweep(&_MorphoBlueAdapter.TransactOpts, token, to)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.contract.Transact(opts, "withdraw", assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.Withdraw(&_MorphoBlueAdapter.TransactOpts, assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactorSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.Withdraw(&_MorphoBlueAdapter.TransactOpts, assets, receiver)
}

// MorphoBlueAdapterSourceDepositIterator is returned from FilterSourceDeposit and is used to iterate over the raw logs and unpacked data for SourceDeposit events raised by the MorphoBlueAdapter contract.
type MorphoBlueAdapterSourceDepositIterator struct {
	Event *MorphoBlueAdapterSourceDeposit // Event containing the contract specifics and raw log

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
func (it *MorphoBlueAdapterSourceDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MorphoBlueAdapterSourceDeposit)
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
		it.Event = new(MorphoBlueAdapterSourceDeposit)
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
func (it *MorphoBlueAdapterSourceDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MorphoBlueAdapterSourceDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MorphoBlueAdapterSourceDeposit represents a SourceDeposit event raised by the MorphoBlueAdapter contract.
type MorphoBlueAdapterSourceDeposit struct {
	Vault  common.Address
	Assets *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSourceDeposit is a free log retrieval operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) FilterSourceDeposit(opts *bind.FilterOpts, vault []common.Address) (*MorphoBlueAdapterSourceDepositIterator, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _MorphoBlueAdapter.contract.FilterLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return &MorphoBlueAdapterSourceDepositIterator{contract: _MorphoBlueAdapter.contract, event: "SourceDeposit", logs: logs, sub: sub}, nil
}

// WatchSourceDeposit is a free log subscription operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) WatchSourceDeposit(opts *bind.WatchOpts, sink chan<- *MorphoBlueAdapterSourceDeposit, vault []common.Address) (event.Subscription, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _MorphoBlueAdapter.contract.WatchLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MorphoBlueAdapterSourceDeposit)
				if err := _MorphoBlueAdapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
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
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) ParseSourceDeposit(log types.Log) (*MorphoBlueAdapterSourceDeposit, error) {
	event := new(MorphoBlueAdapterSourceDeposit)
	if err := _MorphoBlueAdapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MorphoBlueAdapterSweptIterator is returned from FilterSwept and is used to iterate over the raw logs and unpacked data for Swept events raised by the MorphoBlueAdapter contract.
type MorphoBlueAdapterSweptIterator struct {
	Event *MorphoBlueAdapterSwept // Event containing the contract specifics and raw log

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
func (it *MorphoBlueAdapterSweptIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MorphoBlueAdapterSwept)
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
		it.Event = new(MorphoBlueAdapterSwept)
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
func (it *MorphoBlueAdapterSweptIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MorphoBlueAdapterSweptIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MorphoBlueAdapterSwept represents a Swept event raised by the MorphoBlueAdapter contract.
type MorphoBlueAdapterSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSwept is a free log retrieval operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) FilterSwept(opts *bind.FilterOpts, token []common.Address, to []common.Address) (*MorphoBlueAdapterSweptIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _MorphoBlueAdapter.contract.FilterLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return &MorphoBlueAdapterSweptIterator{contract: _MorphoBlueAdapter.contract, event: "Swept", logs: logs, sub: sub}, nil
}

// WatchSwept is a free log subscription operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) WatchSwept(opts *bind.WatchOpts, sink chan<- *MorphoBlueAdapterSwept, token []common.Address, to []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _MorphoBlueAdapter.contract.WatchLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MorphoBlueAdapterSwept)
				if err := _MorphoBlueAdapter.contract.UnpackLog(event, "Swept", log); err != nil {
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
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) ParseSwept(log types.Log) (*MorphoBlueAdapterSwept, error) {
	event := new(MorphoBlueAdapterSwept)
	if err := _MorphoBlueAdapter.contract.UnpackLog(event, "Swept", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
