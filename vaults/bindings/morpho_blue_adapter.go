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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"morpho_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"MarketNotCreated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"MarketTotalOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ProtectedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceWithdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MARKET_ID\",\"outputs\":[{\"internalType\":\"Id\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MORPHO\",\"outputs\":[{\"internalType\":\"contractIMorpho\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"marketParams\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetsAdded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"assetsRemoved\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161237138038061237183398101604081905261002f916102c9565b805183906001600160a01b038216158061005057506001600160a01b038116155b1561006e5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216608052811660a05282166100a05760405163d92e233d60e01b815260040160405180910390fd5b60a081205f90604051632e3071cd60e11b8152600481018290529091506001600160a01b03841690635c60e39a9060240160c060405180830381865afa1580156100ec573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610110919061037a565b608001516001600160801b03165f0361014457604051630cdc1dc160e01b8152600481018290526024015b60405180910390fd5b6001600160a01b0380841660c05260e082905260208301518116610100526040830151811661012052606083015181166101405260808301516101605282516101909116845f19610199565b50505050610424565b6101a58383835f610218565b610213576101b683835f6001610218565b6101de57604051635274afe760e01b81526001600160a01b038416600482015260240161013b565b6101eb8383836001610218565b61021357604051635274afe760e01b81526001600160a01b038416600482015260240161013b565b505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661026e578383151615610262573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b80516001600160a01b0381168114610290575f5ffd5b919050565b60405160a081016001600160401b03811182821017156102c357634e487b7160e01b5f52604160045260245ffd5b60405290565b5f5f5f83850360e08112156102dc575f5ffd5b6102e58561027a565b93506102f36020860161027a565b925060a0603f1982011215610306575f5ffd5b5061030f610295565b61031b6040860161027a565b81526103296060860161027a565b602082015261033a6080860161027a565b604082015261034b60a0860161027a565b606082015260c094909401516080850152509093909250565b80516001600160801b0381168114610290575f5ffd5b5f60c082840312801561038b575f5ffd5b5060405160c081016001600160401b03811182821017156103ba57634e487b7160e01b5f52604160045260245ffd5b6040526103c683610364565b81526103d460208401610364565b60208201526103e560408401610364565b60408201526103f660608401610364565b606082015261040760808401610364565b608082015261041860a08401610364565b60a08201529392505050565b60805160a05160c05160e05161010051610120516101405161016051611e4a6105275f395f6105f701525f6105c801525f61059901525f61056a01525f818161018f01528181610396015281816103f60152818161069d015281816107360152610a9e01525f81816101680152818161033601528181610374015281816103d4015281816104620152818161063a0152818161067b0152818161071401528181610a7c01528181610ae301528181610b2701528181610bc201526113cb01525f81816101180152818161053b015261091801525f818161021301528181610243015281816102b901528181610770015281816107d901526108400152611e4a5ff3fe608060405234801561000f575f5ffd5b50600436106100e4575f3560e01c80637b9e68f211610088578063b6b55f2511610063578063b6b55f25146101de578063b8dc491b146101f3578063e6a69ab814610206578063fbfa77cf14610211575f5ffd5b80637b9e68f2146101b9578063ac7a1b5b146101ce578063ad2961a3146101d6575f5ffd5b80633a0bd42b116100c35780633a0bd42b146101505780633acb562414610163578063454dab231461018a5780636083e59a146101b1575f5ffd5b8062f714ce146100e857806301e1d1141461010e57806338d52e0f14610116575b5f5ffd5b6100fb6100f63660046118c0565b610237565b6040519081526020015b60405180910390f35b6100fb610320565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610105565b6100fb61015e3660046118ee565b610362565b6101387f000000000000000000000000000000000000000000000000000000000000000081565b6100fb7f000000000000000000000000000000000000000000000000000000000000000081565b6100fb61044a565b6101c1610504565b604051610105919061194d565b6100fb61061e565b6100fb6106ff565b6101f16101ec36600461195b565b610765565b005b6100fb610201366004611972565b61083d565b6100fb6301e1338081565b7f0000000000000000000000000000000000000000000000000000000000000000610138565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610281576040516362df054560e01b815260040160405180910390fd5b825f036102a157604051631f2a200560e01b815260040160405180910390fd5b6102ab8383610a62565b9050816001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae68360405161031291815260200190565b60405180910390a392915050565b5f61035d61032c610504565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169030610c4a565b905090565b5f5f61036c610504565b90505f6103ba7f0000000000000000000000000000000000000000000000000000000000000000837f0000000000000000000000000000000000000000000000000000000000000000610c9d565b90505f6103c78287610dce565b61041b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610e51565b61042591906119b2565b9050610432828287610efa565b505061043e8383610fa5565b93505050505b92915050565b5f5f5f610488610458610504565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906110e0565b5091935091506001600160801b0390505f6104a384836119c5565b90505f60016104df6104b586866119c5565b6104c09060016119b2565b6104cb6001896119b2565b6104d8620f4240896119b2565b600161135b565b6104e991906119c5565b90508082106104f857806104fa565b815b9550505050505090565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f0000000000000000000000000000000000000000000000000000000000000000815250905090565b5f5f610628610504565b90505f80806106606001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016856110e0565b50919450925090505f6106c984846106c26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610e51565b919061139d565b90505f8285116106d9575f6106e3565b6106e383866119c5565b90508082106106f257806106f4565b815b965050505050505090565b5f5f610709610504565b905061075f8161075a7f0000000000000000000000000000000000000000000000000000000000000000847f0000000000000000000000000000000000000000000000000000000000000000610c9d565b610fa5565b91505090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107ae576040516362df054560e01b815260040160405180910390fd5b805f036107ce57604051631f2a200560e01b815260040160405180910390fd5b6107d7816113c9565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a08260405161083291815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa15801561089a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108be91906119d8565b6001600160a01b0316336001600160a01b0316146108ef57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0382166109165760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316148061095357505f5b15610981576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa1580156109c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109e791906119f3565b9050805f03610a0957604051631f2a200560e01b815260040160405180910390fd5b610a1d6001600160a01b0384168383611466565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7188360405161031291815260200190565b5f5f610a6c610504565b90505f610ac36001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610e51565b9050805f03610ad6575f92505050610444565b610b0a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168330610c4a565b8510610bab57604051635c2bea4960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c2bea4990610b649085905f90869030908b90600401611a0a565b60408051808303815f875af1158015610b7f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ba39190611a46565b509250610c42565b604051635c2bea4960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c2bea4990610bff90859089905f9030908b90600401611a0a565b60408051808303815f875af1158015610c1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c3e9190611a46565b5092505b505092915050565b5f5f610c578460a0902090565b90505f610c6e6001600160a01b0387168386610e51565b90505f5f610c7c88886110e0565b509193509150610c8f905083838361139d565b9450505050505b9392505050565b6040805160c0810182525f80825260208201819052818301819052606082018190526080820181905260a08201529051632e3071cd60e11b8152600481018390526001600160a01b03851690635c60e39a9060240160c060405180830381865afa158015610d0d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d319190611ac8565b90505f808080610d4a6001600160a01b038916886110e0565b9350935093509350610d5b8461149b565b6001600160801b03168552610d6f8361149b565b6001600160801b03166020860152610d868261149b565b6001600160801b03166040860152610d9d8161149b565b6001600160801b03166060860152610db44261149b565b6001600160801b0316608086015250929695505050505050565b5f815f03610ddd57505f610444565b82516020840151610dfc9184916001600160801b0391821691166114cb565b9050610e1f8184602001516001600160801b0316610e1a91906119b2565b61149b565b6001600160801b0390811660208501528351610e4191610e1a918591166119b2565b6001600160801b03169092525090565b5f5f610e65610e6085856114e7565b611559565b604051637784c68560e01b81529091506001600160a01b03861690637784c68590610e94908490600401611b67565b5f60405180830381865afa158015610eae573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610ed59190810190611ba9565b5f81518110610ee657610ee6611c51565b60200260200101515f1c9150509392505050565b5f5f825f03610f0d57505f905080610f9d565b845160208601515f91610f2e9187916001600160801b03908116911661139d565b905080841015610f4d57610f4286856115a2565b849250925050610f9d565b610f568561149b565b86602001818151610f679190611c65565b6001600160801b0316905250610f7c8161149b565b86518790610f8b908390611c65565b6001600160801b031690525084925090505b935093915050565b60608201515f906001600160a01b03161580610fcc575060408201516001600160801b0316155b80610fdf575081516001600160801b0316155b15610feb57505f610444565b5f633b9aca006301e1338085606001516001600160a01b0316638c00bf6b87876040518363ffffffff1660e01b8152600401611028929190611c84565b602060405180830381865afa158015611043573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061106791906119f3565b6110719190611d0c565b61107b9190611d0c565b90505f6110a28285604001516001600160801b0316865f01516001600160801b0316611615565b90506110d7818560a001516001600160801b0316670de0b6b3a76400006110c991906119c5565b670de0b6b3a7640000611615565b95945050505050565b5f5f5f5f5f6110f08660a0902090565b604051632e3071cd60e11b8152600481018290529091505f906001600160a01b03891690635c60e39a9060240160c060405180830381865afa158015611138573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061115c9190611ac8565b90505f81608001516001600160801b03164261117891906119c5565b90508015801590611195575060408201516001600160801b031615155b80156111ad575060608801516001600160a01b031615155b15611327576060880151604051638c00bf6b60e01b81525f916001600160a01b031690638c00bf6b906111e6908c908790600401611c84565b602060405180830381865afa158015611201573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061122591906119f3565b90505f61124961123583856116c5565b60408601516001600160801b031690611723565b905061125481611737565b846040018181516112659190611d23565b6001600160801b031690525061127a81611737565b84518590611289908390611d23565b6001600160801b0390811690915260a086015116159050611324575f6112c58560a001516001600160801b03168361172390919063ffffffff16565b90505f6112f982875f01516001600160801b03166112e391906119c5565b60208801518491906001600160801b03166114cb565b905061130481611737565b866020018181516113159190611d23565b6001600160801b031690525050505b50505b508051602082015160408301516060909301516001600160801b039283169b9183169a509282169850911695509350505050565b5f61138861136883611793565b801561138357505f848061137e5761137e611d42565b868809115b151590565b611393868686611615565b6110d791906119b2565b5f6113c16113ac6001856119b2565b6113b9620f4240856119b2565b8691906117bf565b949350505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a99aad89611400610504565b835f306040518563ffffffff1660e01b81526004016114229493929190611d56565b60408051808303815f875af115801561143d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114619190611a46565b505050565b61147383838360016117d5565b61146157604051635274afe760e01b81526001600160a01b0384166004820152602401610978565b5f6001600160801b038211156114c757604051633b5e766560e21b815260048101839052602401610978565b5090565b5f6113c16114dc620f4240846119b2565b6113b96001866119b2565b5f5f82846002604051602001611507929190918252602082015260400190565b60408051601f1981840301815282825280516020918201206001600160a01b0390941690830152810191909152606001604051602081830303815290604052805190602001205f1c610c9691906119b2565b6040805160018082528183019092526060915f91906020808301908036833701905050905082815f8151811061159157611591611c51565b602090810291909101015292915050565b815160208301515f916115c39184916001600160801b039081169116611837565b90506115ce8161149b565b836020018181516115df9190611c65565b6001600160801b03169052506115f48261149b565b83518490611603908390611c65565b6001600160801b031690525092915050565b5f5f5f611622868661185b565b91509150815f036116465783818161163c5761163c611d42565b0492505050610c96565b81841161165d5761165d6003851502601118611877565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f806116d18385611d0c565b90505f6116f182806116ec670de0b6b3a76400006002611d0c565b6117bf565b90505f61170c82846116ec670de0b6b3a76400006003611d0c565b90508061171983856119b2565b61043e91906119b2565b5f610c968383670de0b6b3a76400006117bf565b6040805180820190915260148152731b585e081d5a5b9d0c4c8e08195e18d95959195960621b60208201525f906001600160801b0383111561178c5760405162461bcd60e51b81526004016109789190611d97565b5090919050565b5f60028260038111156117a8576117a8611dcc565b6117b29190611de0565b60ff166001149050919050565b5f816117cb8486611d0c565b6113c19190611e01565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661182b57838315161561181f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6113c1611848620f4240846119b2565b6118536001866119b2565b869190611888565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f816118956001826119c5565b61189f8587611d0c565b6117cb91906119b2565b6001600160a01b03811681146118bd575f5ffd5b50565b5f5f604083850312156118d1575f5ffd5b8235915060208301356118e3816118a9565b809150509250929050565b5f5f604083850312156118ff575f5ffd5b50508035926020909101359150565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015190911690830152608090810151910152565b60a08101610444828461190e565b5f6020828403121561196b575f5ffd5b5035919050565b5f5f60408385031215611983575f5ffd5b823561198e816118a9565b915060208301356118e3816118a9565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104445761044461199e565b818103818111156104445761044461199e565b5f602082840312156119e8575f5ffd5b8151610c96816118a9565b5f60208284031215611a03575f5ffd5b5051919050565b6101208101611a19828861190e565b60a082019590955260c08101939093526001600160a01b0391821660e08401521661010090910152919050565b5f5f60408385031215611a57575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715611aa557611aa5611a68565b604052919050565b80516001600160801b0381168114611ac3575f5ffd5b919050565b5f60c0828403128015611ad9575f5ffd5b5060405160c0810167ffffffffffffffff81118282101715611afd57611afd611a68565b604052611b0983611aad565b8152611b1760208401611aad565b6020820152611b2860408401611aad565b6040820152611b3960608401611aad565b6060820152611b4a60808401611aad565b6080820152611b5b60a08401611aad565b60a08201529392505050565b602080825282518282018190525f918401906040840190835b81811015611b9e578351835260209384019390920191600101611b80565b509095945050505050565b5f60208284031215611bb9575f5ffd5b815167ffffffffffffffff811115611bcf575f5ffd5b8201601f81018413611bdf575f5ffd5b805167ffffffffffffffff811115611bf957611bf9611a68565b8060051b611c0960208201611a7c565b91825260208184018101929081019087841115611c24575f5ffd5b6020850194505b83851015611c46578451825260209485019490910190611c2b565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160801b0382811682821603908111156104445761044461199e565b6101608101611c93828561190e565b6001600160801b0383511660a08301526001600160801b0360208401511660c08301526001600160801b0360408401511660e08301526001600160801b036060840151166101008301526001600160801b036080840151166101208301526001600160801b0360a0840151166101408301529392505050565b80820281158282048414176104445761044461199e565b6001600160801b0381811683821601908111156104445761044461199e565b634e487b7160e01b5f52601260045260245ffd5b611d60818661190e565b60a081019390935260c08301919091526001600160a01b031660e082015261012061010082018190525f9082015261014001919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680611df257611df2611d42565b8060ff84160691505092915050565b5f82611e0f57611e0f611d42565b50049056fea2646970667358221220aea798718cdcecb01a7f43e22a7bffa19f836d4d61f1e0736f9b468914cf38b664736f6c63430008250033",
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
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 withdrawn)
func (_MorphoBlueAdapter *MorphoBlueAdapterTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.contract.Transact(opts, "withdraw", assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 withdrawn)
func (_MorphoBlueAdapter *MorphoBlueAdapterSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _MorphoBlueAdapter.Contract.Withdraw(&_MorphoBlueAdapter.TransactOpts, assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 withdrawn)
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

// MorphoBlueAdapterSourceWithdrawIterator is returned from FilterSourceWithdraw and is used to iterate over the raw logs and unpacked data for SourceWithdraw events raised by the MorphoBlueAdapter contract.
type MorphoBlueAdapterSourceWithdrawIterator struct {
	Event *MorphoBlueAdapterSourceWithdraw // Event containing the contract specifics and raw log

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
func (it *MorphoBlueAdapterSourceWithdrawIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MorphoBlueAdapterSourceWithdraw)
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
		it.Event = new(MorphoBlueAdapterSourceWithdraw)
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
func (it *MorphoBlueAdapterSourceWithdrawIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MorphoBlueAdapterSourceWithdrawIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MorphoBlueAdapterSourceWithdraw represents a SourceWithdraw event raised by the MorphoBlueAdapter contract.
type MorphoBlueAdapterSourceWithdraw struct {
	Vault    common.Address
	Receiver common.Address
	Assets   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSourceWithdraw is a free log retrieval operation binding the contract event 0xb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae6.
//
// Solidity: event SourceWithdraw(address indexed vault, address indexed receiver, uint256 assets)
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) FilterSourceWithdraw(opts *bind.FilterOpts, vault []common.Address, receiver []common.Address) (*MorphoBlueAdapterSourceWithdrawIterator, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _MorphoBlueAdapter.contract.FilterLogs(opts, "SourceWithdraw", vaultRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return &MorphoBlueAdapterSourceWithdrawIterator{contract: _MorphoBlueAdapter.contract, event: "SourceWithdraw", logs: logs, sub: sub}, nil
}

// WatchSourceWithdraw is a free log subscription operation binding the contract event 0xb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae6.
//
// Solidity: event SourceWithdraw(address indexed vault, address indexed receiver, uint256 assets)
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) WatchSourceWithdraw(opts *bind.WatchOpts, sink chan<- *MorphoBlueAdapterSourceWithdraw, vault []common.Address, receiver []common.Address) (event.Subscription, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _MorphoBlueAdapter.contract.WatchLogs(opts, "SourceWithdraw", vaultRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MorphoBlueAdapterSourceWithdraw)
				if err := _MorphoBlueAdapter.contract.UnpackLog(event, "SourceWithdraw", log); err != nil {
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
func (_MorphoBlueAdapter *MorphoBlueAdapterFilterer) ParseSourceWithdraw(log types.Log) (*MorphoBlueAdapterSourceWithdraw, error) {
	event := new(MorphoBlueAdapterSourceWithdraw)
	if err := _MorphoBlueAdapter.contract.UnpackLog(event, "SourceWithdraw", log); err != nil {
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
