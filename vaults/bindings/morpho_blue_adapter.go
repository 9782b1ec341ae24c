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
	Bin: "0x610180604052348015610010575f5ffd5b5060405161223c38038061223c83398101604081905261002f916102c9565b805183906001600160a01b038216158061005057506001600160a01b038116155b1561006e5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216608052811660a05282166100a05760405163d92e233d60e01b815260040160405180910390fd5b60a081205f90604051632e3071cd60e11b8152600481018290529091506001600160a01b03841690635c60e39a9060240160c060405180830381865afa1580156100ec573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610110919061037a565b608001516001600160801b03165f0361014457604051630cdc1dc160e01b8152600481018290526024015b60405180910390fd5b6001600160a01b0380841660c05260e082905260208301518116610100526040830151811661012052606083015181166101405260808301516101605282516101909116845f19610199565b50505050610424565b6101a58383835f610218565b610213576101b683835f6001610218565b6101de57604051635274afe760e01b81526001600160a01b038416600482015260240161013b565b6101eb8383836001610218565b61021357604051635274afe760e01b81526001600160a01b038416600482015260240161013b565b505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661026e578383151615610262573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b80516001600160a01b0381168114610290575f5ffd5b919050565b60405160a081016001600160401b03811182821017156102c357634e487b7160e01b5f52604160045260245ffd5b60405290565b5f5f5f83850360e08112156102dc575f5ffd5b6102e58561027a565b93506102f36020860161027a565b925060a0603f1982011215610306575f5ffd5b5061030f610295565b61031b6040860161027a565b81526103296060860161027a565b602082015261033a6080860161027a565b604082015261034b60a0860161027a565b606082015260c094909401516080850152509093909250565b80516001600160801b0381168114610290575f5ffd5b5f60c082840312801561038b575f5ffd5b5060405160c081016001600160401b03811182821017156103ba57634e487b7160e01b5f52604160045260245ffd5b6040526103c683610364565b81526103d460208401610364565b60208201526103e560408401610364565b60408201526103f660608401610364565b606082015261040760808401610364565b608082015261041860a08401610364565b60a08201529392505050565b60805160a05160c05160e05161010051610120516101405161016051611d1c6105205f395f61066401525f61063501525f61060601525f6105d701525f818161018f015281816103bf0152818161070a01528181610ac90152610d0401525f8181610168015281816103360152818161039d015281816104cf015281816106a7015281816106e801528181610aa701528181610b0e01528181610b5201528181610bed01528181610d3201528181610dae015261139501525f8181610118015281816105a8015261094301525f818161021301528181610243015281816102b90152818161079b01528181610804015261086b0152611d1c5ff3fe608060405234801561000f575f5ffd5b50600436106100e4575f3560e01c80637b9e68f211610088578063b6b55f2511610063578063b6b55f25146101de578063b8dc491b146101f3578063e6a69ab814610206578063fbfa77cf14610211575f5ffd5b80637b9e68f2146101b9578063ac7a1b5b146101ce578063ad2961a3146101d6575f5ffd5b80633a0bd42b116100c35780633a0bd42b146101505780633acb562414610163578063454dab231461018a5780636083e59a146101b1575f5ffd5b8062f714ce146100e857806301e1d1141461010e57806338d52e0f14610116575b5f5ffd5b6100fb6100f63660046117b1565b610237565b6040519081526020015b60405180910390f35b6100fb610320565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610105565b6100fb61015e3660046117df565b610362565b6101387f000000000000000000000000000000000000000000000000000000000000000081565b6100fb7f000000000000000000000000000000000000000000000000000000000000000081565b6100fb6104b7565b6101c1610571565b604051610105919061183e565b6100fb61068b565b6100fb61076c565b6101f16101ec36600461184c565b610790565b005b6100fb610201366004611863565b610868565b6100fb6301e1338081565b7f0000000000000000000000000000000000000000000000000000000000000000610138565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610281576040516362df054560e01b815260040160405180910390fd5b825f036102a157604051631f2a200560e01b815260040160405180910390fd5b6102ab8383610a8d565b9050816001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fb7b30930fceca6f09e538d16dc6f9f68e5005b32a4a42aca5f0a00d2faf22ae68360405161031291815260200190565b60405180910390a392915050565b5f61035d61032c610571565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169030610c75565b905090565b5f5f61036c610571565b90505f61037882610cc8565b805160208201519192506001600160801b0390811691165f6103e46001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610e56565b90508715610420575f6103f8898585610eff565b905061040481836118a3565b915061041081846118a3565b925061041c89856118a3565b9350505b8615610474575f610432828585610f2b565b881061044c575080610445818585610f2b565b975061045a565b610457888585610f47565b90505b61046481846118b6565b925061047088856118b6565b9350505b61047d83610f6b565b6001600160801b0316845261049182610f6b565b6001600160801b031660208501526104a98585610f9b565b955050505050505b92915050565b5f5f5f6104f56104c5610571565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906110d6565b5091935091506001600160801b0390505f61051084836118b6565b90505f600161054c61052286866118b6565b61052d9060016118a3565b6105386001896118a3565b610545620f4240896118a3565b6001611351565b61055691906118b6565b90508082106105655780610567565b815b9550505050505090565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f0000000000000000000000000000000000000000000000000000000000000000815250905090565b5f5f610695610571565b90505f80806106cd6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016856110d6565b50919450925090505f610736848461072f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610e56565b9190610f2b565b90505f828511610746575f610750565b61075083866118b6565b905080821061075f5780610761565b815b965050505050505090565b5f5f610776610571565b905061078a8161078583610cc8565b610f9b565b91505090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107d9576040516362df054560e01b815260040160405180910390fd5b805f036107f957604051631f2a200560e01b815260040160405180910390fd5b61080281611393565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a08260405161085d91815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156108c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108e991906118c9565b6001600160a01b0316336001600160a01b03161461091a57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0382166109415760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316148061097e57505f5b156109ac576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa1580156109ee573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a1291906118e4565b9050805f03610a3457604051631f2a200560e01b815260040160405180910390fd5b610a486001600160a01b0384168383611430565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7188360405161031291815260200190565b5f5f610a97610571565b90505f610aee6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000030610e56565b9050805f03610b01575f925050506104b1565b610b356001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168330610c75565b8510610bd657604051635c2bea4960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c2bea4990610b8f9085905f90869030908b906004016118fb565b60408051808303815f875af1158015610baa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bce9190611937565b509250610c6d565b604051635c2bea4960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c2bea4990610c2a90859089905f9030908b906004016118fb565b60408051808303815f875af1158015610c45573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c699190611937565b5092505b505092915050565b5f5f610c828460a0902090565b90505f610c996001600160a01b0387168386610e56565b90505f5f610ca788886110d6565b509193509150610cba9050838383610f2b565b9450505050505b9392505050565b6040805160c0810182525f80825260208201819052818301819052606082018190526080820181905260a08201529051632e3071cd60e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c60e39a9060240160c060405180830381865afa158015610d77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9b91906119b9565b90505f808080610dd46001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016876110d6565b9350935093509350610de584610f6b565b6001600160801b03168552610df983610f6b565b6001600160801b03166020860152610e1082610f6b565b6001600160801b03166040860152610e2781610f6b565b6001600160801b03166060860152610e3e42610f6b565b6001600160801b031660808601525092949350505050565b5f5f610e6a610e658585611465565b6114d7565b604051637784c68560e01b81529091506001600160a01b03861690637784c68590610e99908490600401611a58565b5f60405180830381865afa158015610eb3573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610eda9190810190611a9a565b5f81518110610eeb57610eeb611b42565b60200260200101515f1c9150509392505050565b5f610f23610f10620f4240846118a3565b610f1b6001866118a3565b869190611520565b949350505050565b5f610f23610f3a6001856118a3565b610f1b620f4240856118a3565b5f610f23610f58620f4240846118a3565b610f636001866118a3565b869190611536565b5f6001600160801b03821115610f9757604051633b5e766560e21b8152600481018390526024016109a3565b5090565b60608201515f906001600160a01b03161580610fc2575060408201516001600160801b0316155b80610fd5575081516001600160801b0316155b15610fe157505f6104b1565b5f633b9aca006301e1338085606001516001600160a01b0316638c00bf6b87876040518363ffffffff1660e01b815260040161101e929190611b56565b602060405180830381865afa158015611039573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061105d91906118e4565b6110679190611bde565b6110719190611bde565b90505f6110988285604001516001600160801b0316865f01516001600160801b0316611557565b90506110cd818560a001516001600160801b0316670de0b6b3a76400006110bf91906118b6565b670de0b6b3a7640000611557565b95945050505050565b5f5f5f5f5f6110e68660a0902090565b604051632e3071cd60e11b8152600481018290529091505f906001600160a01b03891690635c60e39a9060240160c060405180830381865afa15801561112e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061115291906119b9565b90505f81608001516001600160801b03164261116e91906118b6565b9050801580159061118b575060408201516001600160801b031615155b80156111a3575060608801516001600160a01b031615155b1561131d576060880151604051638c00bf6b60e01b81525f916001600160a01b031690638c00bf6b906111dc908c908790600401611b56565b602060405180830381865afa1580156111f7573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061121b91906118e4565b90505f61123f61122b8385611607565b60408601516001600160801b03169061166f565b905061124a81611683565b8460400181815161125b9190611bf5565b6001600160801b031690525061127081611683565b8451859061127f908390611bf5565b6001600160801b0390811690915260a08601511615905061131a575f6112bb8560a001516001600160801b03168361166f90919063ffffffff16565b90505f6112ef82875f01516001600160801b03166112d991906118b6565b60208801518491906001600160801b0316610eff565b90506112fa81611683565b8660200181815161130b9190611bf5565b6001600160801b031690525050505b50505b508051602082015160408301516060909301516001600160801b039283169b9183169a509282169850911695509350505050565b5f61137e61135e836116df565b801561137957505f848061137457611374611c14565b868809115b151590565b611389868686611557565b6110cd91906118a3565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a99aad896113ca610571565b835f306040518563ffffffff1660e01b81526004016113ec9493929190611c28565b60408051808303815f875af1158015611407573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061142b9190611937565b505050565b61143d838383600161170b565b61142b57604051635274afe760e01b81526001600160a01b03841660048201526024016109a3565b5f5f82846002604051602001611485929190918252602082015260400190565b60408051601f1981840301815282825280516020918201206001600160a01b0390941690830152810191909152606001604051602081830303815290604052805190602001205f1c610cc191906118a3565b6040805160018082528183019092526060915f91906020808301908036833701905050905082815f8151811061150f5761150f611b42565b602090810291909101015292915050565b5f8161152c8486611bde565b610f239190611c69565b5f816115436001826118b6565b61154d8587611bde565b61152c91906118a3565b5f5f5f611564868661176d565b91509150815f036115885783818161157e5761157e611c14565b0492505050610cc1565b81841161159f5761159f6003851502601118611789565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f806116138385611bde565b90505f611633828061162e670de0b6b3a76400006002611bde565b611520565b90505f61164e828461162e670de0b6b3a76400006003611bde565b90508061165b83856118a3565b61166591906118a3565b9695505050505050565b5f610cc18383670de0b6b3a7640000611520565b6040805180820190915260148152731b585e081d5a5b9d0c4c8e08195e18d95959195960621b60208201525f906001600160801b038311156116d85760405162461bcd60e51b81526004016109a39190611c7c565b5090919050565b5f60028260038111156116f4576116f4611cb1565b6116fe9190611cc5565b60ff166001149050919050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611761578383151615611755573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b03811681146117ae575f5ffd5b50565b5f5f604083850312156117c2575f5ffd5b8235915060208301356117d48161179a565b809150509250929050565b5f5f604083850312156117f0575f5ffd5b50508035926020909101359150565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015190911690830152608090810151910152565b60a081016104b182846117ff565b5f6020828403121561185c575f5ffd5b5035919050565b5f5f60408385031215611874575f5ffd5b823561187f8161179a565b915060208301356117d48161179a565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104b1576104b161188f565b818103818111156104b1576104b161188f565b5f602082840312156118d9575f5ffd5b8151610cc18161179a565b5f602082840312156118f4575f5ffd5b5051919050565b610120810161190a82886117ff565b60a082019590955260c08101939093526001600160a01b0391821660e08401521661010090910152919050565b5f5f60408385031215611948575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff8111828210171561199657611996611959565b604052919050565b80516001600160801b03811681146119b4575f5ffd5b919050565b5f60c08284031280156119ca575f5ffd5b5060405160c0810167ffffffffffffffff811182821017156119ee576119ee611959565b6040526119fa8361199e565b8152611a086020840161199e565b6020820152611a196040840161199e565b6040820152611a2a6060840161199e565b6060820152611a3b6080840161199e565b6080820152611a4c60a0840161199e565b60a08201529392505050565b602080825282518282018190525f918401906040840190835b81811015611a8f578351835260209384019390920191600101611a71565b509095945050505050565b5f60208284031215611aaa575f5ffd5b815167ffffffffffffffff811115611ac0575f5ffd5b8201601f81018413611ad0575f5ffd5b805167ffffffffffffffff811115611aea57611aea611959565b8060051b611afa6020820161196d565b91825260208184018101929081019087841115611b15575f5ffd5b6020850194505b83851015611b37578451825260209485019490910190611b1c565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b6101608101611b6582856117ff565b6001600160801b0383511660a08301526001600160801b0360208401511660c08301526001600160801b0360408401511660e08301526001600160801b036060840151166101008301526001600160801b036080840151166101208301526001600160801b0360a0840151166101408301529392505050565b80820281158282048414176104b1576104b161188f565b6001600160801b0381811683821601908111156104b1576104b161188f565b634e487b7160e01b5f52601260045260245ffd5b611c3281866117ff565b60a081019390935260c08301919091526001600160a01b031660e082015261012061010082018190525f9082015261014001919050565b5f82611c7757611c77611c14565b500490565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680611cd757611cd7611c14565b8060ff8416069150509291505056fea264697066735822122092e636e361dd479b111fe6447e6df82f6a2a1c16432295078543918bd4e4dbe964736f6c63430008250033",
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
