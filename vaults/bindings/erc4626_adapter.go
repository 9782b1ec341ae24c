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

// ERC4626AdapterCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type ERC4626AdapterCheckpoint struct {
	Timestamp  uint64
	SharePrice *big.Int
}

// ERC4626AdapterMetaData contains all meta data concerning the ERC4626Adapter contract.
var ERC4626AdapterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"vault_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ProtectedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sharePrice\",\"type\":\"uint256\"}],\"name\":\"RateCheckpoint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"vault\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SAMPLES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TARGET\",\"outputs\":[{\"internalType\":\"contractIERC4626\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checkpointCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint192\",\"name\":\"sharePrice\",\"type\":\"uint192\"}],\"internalType\":\"structERC4626Adapter.Checkpoint\",\"name\":\"previous\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint192\",\"name\":\"sharePrice\",\"type\":\"uint192\"}],\"internalType\":\"structERC4626Adapter.Checkpoint\",\"name\":\"latest\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poke\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"recorded\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"position\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sharePrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"supplyRateAfter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"sweep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vault\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b50604051611b4d380380611b4d83398101604081905261002f916104dd565b816100398261012f565b6001600160a01b038216158061005657506001600160a01b038116155b156100745760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03918216608052811660a052811660c08190526040805163313ce56760e01b8152905163313ce567916004808201926020929091908290030181865afa1580156100c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100eb919061050e565b6100f99060ff166012610549565b61010490600a61063f565b60e05260a05161011f906001600160a01b0316825f196101bd565b610127610241565b5050506106c0565b5f6001600160a01b0382166101575760405163d92e233d60e01b815260040160405180910390fd5b816001600160a01b03166338d52e0f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610193573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b7919061064a565b92915050565b6101c98383835f610380565b61023c576101da83835f6001610380565b61020757604051635274afe760e01b81526001600160a01b03841660048201526024015b60405180910390fd5b6102148383836001610380565b61023c57604051635274afe760e01b81526001600160a01b03841660048201526024016101fe565b505050565b6008545f9080158015906102935750610e105f6008610261600185610663565b61026b9190610676565b6008811061027b5761027b610695565b015461029091906001600160401b0316610549565b42105b1561029f575f91505090565b5f6102a86103e2565b905060405180604001604052806102c44261045660201b60201c565b6001600160401b031681526020016102db8361048f565b6001600160c01b031690525f6102f2600885610676565b6008811061030257610302610695565b82516020909301516001600160c01b031668010000000000000000026001600160401b039093169290921791015561033b826001610549565b60085560408051428152602081018390527fc2ad4fbc15103132669dd44fa85cdc6942e662aadc14422f05651479f3b273e0910160405180910390a160019250505090565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166103d65783831516156103ca573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60c05160e0516040516303d1689d60e11b815260048101919091525f916001600160a01b0316906307a2d13a90602401602060405180830381865afa15801561042d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045191906106a9565b905090565b5f6001600160401b0382111561048b57604080516306dfcc6560e41b81526004810191909152602481018390526044016101fe565b5090565b5f6001600160c01b0382111561048b576040516306dfcc6560e41b815260c06004820152602481018390526044016101fe565b80516001600160a01b03811681146104d8575f5ffd5b919050565b5f5f604083850312156104ee575f5ffd5b6104f7836104c2565b9150610505602084016104c2565b90509250929050565b5f6020828403121561051e575f5ffd5b815160ff8116811461052e575f5ffd5b9392505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101b7576101b7610535565b6001815b60018411156105975780850481111561057b5761057b610535565b600184161561058957908102905b60019390931c928002610560565b935093915050565b5f826105ad575060016101b7565b816105b957505f6101b7565b81600181146105cf57600281146105d9576105f5565b60019150506101b7565b60ff8411156105ea576105ea610535565b50506001821b6101b7565b5060208310610133831016604e8410600b8410161715610618575081810a6101b7565b6106245f19848461055c565b805f190482111561063757610637610535565b029392505050565b5f61052e838361059f565b5f6020828403121561065a575f5ffd5b61052e826104c2565b818103818111156101b7576101b7610535565b5f8261069057634e487b7160e01b5f52601260045260245ffd5b500690565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156106b9575f5ffd5b5051919050565b60805160a05160c05160e0516113ea6107635f395f61058a01525f818161024b0152818161031e0152818161036801528181610509015281816105b2015281816105ef0152818161081301528181610980015281816109b401528181610e4d0152610ec101525f818161018c015281816107d80152610d8f01525f818161027a015281816102aa0152818161063001528181610699015261070001526113ea5ff3fe608060405234801561000f575f5ffd5b506004361061011b575f3560e01c80635a48c0b0116100a9578063b6b55f251161006e578063b6b55f251461021e578063b8dc491b14610233578063cc1f2afa14610246578063e6a69ab81461026d578063fbfa77cf14610278575f5ffd5b80635a48c0b0146101e85780636083e59a146101fe5780638726972914610206578063ac7a1b5b1461020e578063ad2961a314610216575f5ffd5b80631f618cd2116100ef5780631f618cd21461018257806338d52e0f1461018a5780633a0bd42b146101c457806346e6c986146101d757806352b65c4b146101df575f5ffd5b8062f714ce1461011f57806301e1d1141461014557806309218e911461014d578063181783581461016a575b5f5ffd5b61013261012d3660046111b0565b61029e565b6040519081526020015b60405180910390f35b61013261031b565b610155610364565b6040805192835260208301919091520161013c565b6101726103ea565b604051901515815260200161013c565b600854610132565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161013c565b6101326101d23660046111de565b6103f8565b610132600881565b610132610e1081565b6101f0610401565b60405161013c9291906111fe565b6101326104f2565b61013261057b565b6101326105e9565b61013261061c565b61023161022c36600461124c565b610625565b005b610132610241366004611263565b6106fd565b6101ac7f000000000000000000000000000000000000000000000000000000000000000081565b6101326301e1338081565b7f00000000000000000000000000000000000000000000000000000000000000006101ac565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102e8576040516362df054560e01b815260040160405180910390fd5b825f0361030857604051631f2a200560e01b815260040160405180910390fd5b610312838361095f565b90505b92915050565b5f7f000000000000000000000000000000000000000000000000000000000000000061035e8163266d6a8360e11b610359826370a0823160e01b3083565b610a21565b91505090565b5f807f00000000000000000000000000000000000000000000000000000000000000008161039a826370a0823160e01b30610a21565b90506103ae8263266d6a8360e11b83610a21565b9350806103c383636c82bbbf60e11b30610a21565b10156103e0576103db8263ce96cb7760e01b30610a21565b6103e2565b835b925050509091565b5f6103f3610a58565b905090565b5f61031261061c565b604080518082019091525f8082526020820152604080518082019091525f8082526020820152600854801561048a575f600861043e6001846112a3565b61044891906112ca565b60088110610458576104586112dd565b6040805180820190915291015467ffffffffffffffff81168252600160401b90046001600160c01b0316602082015291505b60018111156104ed575f60086104a16002846112a3565b6104ab91906112ca565b600881106104bb576104bb6112dd565b6040805180820190915291015467ffffffffffffffff81168252600160401b90046001600160c01b0316602082015292505b509091565b60405163402d267d60e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063402d267d906024015b602060405180830381865afa158015610557573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103f391906112f1565b6040516303d1689d60e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906307a2d13a9060240161053c565b5f6103f37f000000000000000000000000000000000000000000000000000000000000000063ce96cb7760e01b30610a21565b5f6103f3610b8f565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461066e576040516362df054560e01b815260040160405180910390fd5b805f0361068e57604051631f2a200560e01b815260040160405180910390fd5b61069781610d89565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167f0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0826040516106f291815260200190565b60405180910390a250565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa15801561075a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061077e9190611308565b6001600160a01b0316336001600160a01b0316146107af57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0382166107d65760405163d92e233d60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b0316148061084257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03908116908416145b15610870576040516310caf96960e31b81526001600160a01b03841660048201526024015b60405180910390fd5b6040516370a0823160e01b81523060048201526001600160a01b038416906370a0823190602401602060405180830381865afa1580156108b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108d691906112f1565b9050805f036108f857604051631f2a200560e01b815260040160405180910390fd5b61090c6001600160a01b0384168383610e09565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7188360405161095191815260200190565b60405180910390a392915050565b5f5f19830361097a576109735f1983610e43565b9050610315565b5f6109ad7f00000000000000000000000000000000000000000000000000000000000000006370a0823160e01b30610a21565b90506109e17f000000000000000000000000000000000000000000000000000000000000000063266d6a8360e11b83610a21565b84106109f9576109f18184610e43565b915050610315565b610a18632d182be560e21b856001600160a01b038616305b6064610ebd565b50929392505050565b5f825f528160045260205f60245f875afa610a41576040513d5f823e3d81fd5b60203d1015610a4e575f5ffd5b50505f5192915050565b6008545f908015801590610aab5750610e105f6008610a786001856112a3565b610a8291906112ca565b60088110610a9257610a926112dd565b0154610aa8919067ffffffffffffffff16611323565b42105b15610ab7575f91505090565b5f610ac061057b565b90506040518060400160405280610ad642610f2a565b67ffffffffffffffff168152602001610aee83610f64565b6001600160c01b031690525f610b056008856112ca565b60088110610b1557610b156112dd565b82516020909301516001600160c01b0316600160401b0267ffffffffffffffff90931692909217910155610b4a826001611323565b60085560408051428152602081018390527fc2ad4fbc15103132669dd44fa85cdc6942e662aadc14422f05651479f3b273e0910160405180910390a160019250505090565b600880545f9182908210610bae57610ba9600160086112a3565b610bc1565b8115610bbf57610ba96001836112a3565b5f5b9050805f03610bd2575f9250505090565b610bda61117e565b5f806008610be96001876112a3565b610bf391906112ca565b60088110610c0357610c036112dd565b6040805180820190915291015467ffffffffffffffff81168252600160401b90046001600160c01b0316602082015290505f5b83811015610d52575f80600883610c4e60028a6112a3565b610c5891906112a3565b610c6291906112ca565b60088110610c7257610c726112dd565b6040805180820190915291015467ffffffffffffffff81168252600160401b90046001600160c01b0316602082015290505f610cae8285610f97565b9050825b8015801590610ce057508186610cc96001846112a3565b60078110610cd957610cd96112dd565b6020020151115b15610d2d5785610cf16001836112a3565b60078110610d0157610d016112dd565b6020020151868260078110610d1857610d186112dd565b6020020152610d2681611336565b9050610cb2565b81868260078110610d4057610d406112dd565b60200201525090925050600101610c36565b50816002610d616001866112a3565b610d6b919061134b565b60078110610d7b57610d7b6112dd565b602002015194505050505090565b80610dbc7f00000000000000000000000000000000000000000000000000000000000000006370a0823160e01b30610a21565b11610dd2575f198101905f03600101610dd25750565b610de7636e553f6560e01b82305f6044610ebd565b5f03610e0657604051639811e0c760e01b815260040160405180910390fd5b50565b610e16838383600161102f565b610e3e57604051635274afe760e01b81526001600160a01b0384166004820152602401610867565b505050565b5f610e7f83610e7a7f0000000000000000000000000000000000000000000000000000000000000000636c82bbbf60e11b30610a21565b611091565b9250825f03610ea157604051639811e0c760e01b815260040160405180910390fd5b610312635d043b2960e11b846001600160a01b03851630610a11565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000905060405187815286600482015285602482015284604482015260205f85835f865af1610f0f573d5f823e3d81fd5b5060203d1015610f1d575f5ffd5b50505f5195945050505050565b5f67ffffffffffffffff821115610f6057604080516306dfcc6560e41b8152600481019190915260248101839052604401610867565b5090565b5f6001600160c01b03821115610f60576040516306dfcc6560e41b815260c0600482015260248101839052604401610867565b5f82602001516001600160c01b031682602001516001600160c01b031611610fc057505f610315565b61031283602001518360200151610fd7919061135e565b6001600160c01b0316610ffa6301e133806b033b2e3c9fd0803ce800000061137d565b855185516110089190611394565b67ffffffffffffffff1686602001516001600160c01b031661102a919061137d565b6110a0565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611085578383151615611079573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f828218828410028218610312565b5f5f5f6110ad8686611151565b91509150815f036110d1578381816110c7576110c76112b6565b049250505061114a565b8184116110e8576110e8600385150260111861116d565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040518060e001604052806007906020820280368337509192915050565b6001600160a01b0381168114610e06575f5ffd5b5f5f604083850312156111c1575f5ffd5b8235915060208301356111d38161119c565b809150509250929050565b5f5f604083850312156111ef575f5ffd5b50508035926020909101359150565b825167ffffffffffffffff1681526020808401516001600160c01b03169082015260808101825167ffffffffffffffff16604083015260208301516001600160c01b0316606083015261114a565b5f6020828403121561125c575f5ffd5b5035919050565b5f5f60408385031215611274575f5ffd5b823561127f8161119c565b915060208301356111d38161119c565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103155761031561128f565b634e487b7160e01b5f52601260045260245ffd5b5f826112d8576112d86112b6565b500690565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611301575f5ffd5b5051919050565b5f60208284031215611318575f5ffd5b815161114a8161119c565b808201808211156103155761031561128f565b5f816113445761134461128f565b505f190190565b5f82611359576113596112b6565b500490565b6001600160c01b0382811682821603908111156103155761031561128f565b80820281158282048414176103155761031561128f565b67ffffffffffffffff82811682821603908111156103155761031561128f56fea2646970667358221220a88b3ad06aef72c8568bf58dcf76d1ffd72f8fd9401354bd956cfd8ecc3de5ef64736f6c63430008250033",
}

// ERC4626AdapterABI is the input ABI used to generate the binding from.
// Deprecated: Use ERC4626AdapterMetaData.ABI instead.
var ERC4626AdapterABI = ERC4626AdapterMetaData.ABI

// ERC4626AdapterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ERC4626AdapterMetaData.Bin instead.
var ERC4626AdapterBin = ERC4626AdapterMetaData.Bin

// DeployERC4626Adapter deploys a new Ethereum contract, binding an instance of ERC4626Adapter to it.
func DeployERC4626Adapter(auth *bind.TransactOpts, backend bind.ContractBackend, vault_ common.Address, target_ common.Address) (common.Address, *types.Transaction, *ERC4626Adapter, error) {
	parsed, err := ERC4626AdapterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ERC4626AdapterBin), backend, vault_, target_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ERC4626Adapter{ERC4626AdapterCaller: ERC4626AdapterCaller{contract: contract}, ERC4626AdapterTransactor: ERC4626AdapterTransactor{contract: contract}, ERC4626AdapterFilterer: ERC4626AdapterFilterer{contract: contract}}, nil
}

// ERC4626Adapter is an auto generated Go binding around an Ethereum contract.
type ERC4626Adapter struct {
	ERC4626AdapterCaller     // Read-only binding to the contract
	ERC4626AdapterTransactor // Write-only binding to the contract
	ERC4626AdapterFilterer   // Log filterer for contract events
}

// ERC4626AdapterCaller is an auto generated read-only Go binding around an Ethereum contract.
type ERC4626AdapterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ERC4626AdapterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ERC4626AdapterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ERC4626AdapterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ERC4626AdapterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ERC4626AdapterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ERC4626AdapterSession struct {
	Contract     *ERC4626Adapter   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ERC4626AdapterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ERC4626AdapterCallerSession struct {
	Contract *ERC4626AdapterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ERC4626AdapterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ERC4626AdapterTransactorSession struct {
	Contract     *ERC4626AdapterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ERC4626AdapterRaw is an auto generated low-level Go binding around an Ethereum contract.
type ERC4626AdapterRaw struct {
	Contract *ERC4626Adapter // Generic contract binding to access the raw methods on
}

// ERC4626AdapterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ERC4626AdapterCallerRaw struct {
	Contract *ERC4626AdapterCaller // Generic read-only contract binding to access the raw methods on
}

// ERC4626AdapterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ERC4626AdapterTransactorRaw struct {
	Contract *ERC4626AdapterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewERC4626Adapter creates a new instance of ERC4626Adapter, bound to a specific deployed contract.
func NewERC4626Adapter(address common.Address, backend bind.ContractBackend) (*ERC4626Adapter, error) {
	contract, err := bindERC4626Adapter(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ERC4626Adapter{ERC4626AdapterCaller: ERC4626AdapterCaller{contract: contract}, ERC4626AdapterTransactor: ERC4626AdapterTransactor{contract: contract}, ERC4626AdapterFilterer: ERC4626AdapterFilterer{contract: contract}}, nil
}

// NewERC4626AdapterCaller creates a new read-only instance of ERC4626Adapter, bound to a specific deployed contract.
func NewERC4626AdapterCaller(address common.Address, caller bind.ContractCaller) (*ERC4626AdapterCaller, error) {
	contract, err := bindERC4626Adapter(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ERC4626AdapterCaller{contract: contract}, nil
}

// NewERC4626AdapterTransactor creates a new write-only instance of ERC4626Adapter, bound to a specific deployed contract.
func NewERC4626AdapterTransactor(address common.Address, transactor bind.ContractTransactor) (*ERC4626AdapterTransactor, error) {
	contract, err := bindERC4626Adapter(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ERC4626AdapterTransactor{contract: contract}, nil
}

// NewERC4626AdapterFilterer creates a new log filterer instance of ERC4626Adapter, bound to a specific deployed contract.
func NewERC4626AdapterFilterer(address common.Address, filterer bind.ContractFilterer) (*ERC4626AdapterFilterer, error) {
	contract, err := bindERC4626Adapter(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ERC4626AdapterFilterer{contract: contract}, nil
}

// bindERC4626Adapter binds a generic wrapper to an already deployed contract.
func bindERC4626Adapter(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ERC4626AdapterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ERC4626Adapter *ERC4626AdapterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ERC4626Adapter.Contract.ERC4626AdapterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ERC4626Adapter *ERC4626AdapterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.ERC4626AdapterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ERC4626Adapter *ERC4626AdapterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.ERC4626AdapterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ERC4626Adapter *ERC4626AdapterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ERC4626Adapter.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ERC4626Adapter *ERC4626AdapterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ERC4626Adapter *ERC4626AdapterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.contract.Transact(opts, method, params...)
}

// MINWINDOW is a free data retrieval call binding the contract method 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) MINWINDOW(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "MIN_WINDOW")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINWINDOW is a free data retrieval call binding the contract method 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) MINWINDOW() (*big.Int, error) {
	return _ERC4626Adapter.Contract.MINWINDOW(&_ERC4626Adapter.CallOpts)
}

// MINWINDOW is a free data retrieval call binding the contract method 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) MINWINDOW() (*big.Int, error) {
	return _ERC4626Adapter.Contract.MINWINDOW(&_ERC4626Adapter.CallOpts)
}

// SAMPLES is a free data retrieval call binding the contract method 0x46e6c986.
//
// Solidity: function SAMPLES() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) SAMPLES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "SAMPLES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SAMPLES is a free data retrieval call binding the contract method 0x46e6c986.
//
// Solidity: function SAMPLES() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) SAMPLES() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SAMPLES(&_ERC4626Adapter.CallOpts)
}

// SAMPLES is a free data retrieval call binding the contract method 0x46e6c986.
//
// Solidity: function SAMPLES() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) SAMPLES() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SAMPLES(&_ERC4626Adapter.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) SECONDSPERYEAR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "SECONDS_PER_YEAR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) SECONDSPERYEAR() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SECONDSPERYEAR(&_ERC4626Adapter.CallOpts)
}

// SECONDSPERYEAR is a free data retrieval call binding the contract method 0xe6a69ab8.
//
// Solidity: function SECONDS_PER_YEAR() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) SECONDSPERYEAR() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SECONDSPERYEAR(&_ERC4626Adapter.CallOpts)
}

// TARGET is a free data retrieval call binding the contract method 0xcc1f2afa.
//
// Solidity: function TARGET() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterCaller) TARGET(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "TARGET")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TARGET is a free data retrieval call binding the contract method 0xcc1f2afa.
//
// Solidity: function TARGET() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterSession) TARGET() (common.Address, error) {
	return _ERC4626Adapter.Contract.TARGET(&_ERC4626Adapter.CallOpts)
}

// TARGET is a free data retrieval call binding the contract method 0xcc1f2afa.
//
// Solidity: function TARGET() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) TARGET() (common.Address, error) {
	return _ERC4626Adapter.Contract.TARGET(&_ERC4626Adapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterCaller) Asset(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "asset")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterSession) Asset() (common.Address, error) {
	return _ERC4626Adapter.Contract.Asset(&_ERC4626Adapter.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) Asset() (common.Address, error) {
	return _ERC4626Adapter.Contract.Asset(&_ERC4626Adapter.CallOpts)
}

// CheckpointCount is a free data retrieval call binding the contract method 0x1f618cd2.
//
// Solidity: function checkpointCount() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) CheckpointCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "checkpointCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CheckpointCount is a free data retrieval call binding the contract method 0x1f618cd2.
//
// Solidity: function checkpointCount() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) CheckpointCount() (*big.Int, error) {
	return _ERC4626Adapter.Contract.CheckpointCount(&_ERC4626Adapter.CallOpts)
}

// CheckpointCount is a free data retrieval call binding the contract method 0x1f618cd2.
//
// Solidity: function checkpointCount() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) CheckpointCount() (*big.Int, error) {
	return _ERC4626Adapter.Contract.CheckpointCount(&_ERC4626Adapter.CallOpts)
}

// Checkpoints is a free data retrieval call binding the contract method 0x5a48c0b0.
//
// Solidity: function checkpoints() view returns((uint64,uint192) previous, (uint64,uint192) latest)
func (_ERC4626Adapter *ERC4626AdapterCaller) Checkpoints(opts *bind.CallOpts) (struct {
	Previous ERC4626AdapterCheckpoint
	Latest   ERC4626AdapterCheckpoint
}, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "checkpoints")

	outstruct := new(struct {
		Previous ERC4626AdapterCheckpoint
		Latest   ERC4626AdapterCheckpoint
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Previous = *abi.ConvertType(out[0], new(ERC4626AdapterCheckpoint)).(*ERC4626AdapterCheckpoint)
	outstruct.Latest = *abi.ConvertType(out[1], new(ERC4626AdapterCheckpoint)).(*ERC4626AdapterCheckpoint)

	return *outstruct, err

}

// Checkpoints is a free data retrieval call binding the contract method 0x5a48c0b0.
//
// Solidity: function checkpoints() view returns((uint64,uint192) previous, (uint64,uint192) latest)
func (_ERC4626Adapter *ERC4626AdapterSession) Checkpoints() (struct {
	Previous ERC4626AdapterCheckpoint
	Latest   ERC4626AdapterCheckpoint
}, error) {
	return _ERC4626Adapter.Contract.Checkpoints(&_ERC4626Adapter.CallOpts)
}

// Checkpoints is a free data retrieval call binding the contract method 0x5a48c0b0.
//
// Solidity: function checkpoints() view returns((uint64,uint192) previous, (uint64,uint192) latest)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) Checkpoints() (struct {
	Previous ERC4626AdapterCheckpoint
	Latest   ERC4626AdapterCheckpoint
}, error) {
	return _ERC4626Adapter.Contract.Checkpoints(&_ERC4626Adapter.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) MaxDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "maxDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) MaxDeposit() (*big.Int, error) {
	return _ERC4626Adapter.Contract.MaxDeposit(&_ERC4626Adapter.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x6083e59a.
//
// Solidity: function maxDeposit() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) MaxDeposit() (*big.Int, error) {
	return _ERC4626Adapter.Contract.MaxDeposit(&_ERC4626Adapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) MaxWithdraw(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "maxWithdraw")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) MaxWithdraw() (*big.Int, error) {
	return _ERC4626Adapter.Contract.MaxWithdraw(&_ERC4626Adapter.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xac7a1b5b.
//
// Solidity: function maxWithdraw() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) MaxWithdraw() (*big.Int, error) {
	return _ERC4626Adapter.Contract.MaxWithdraw(&_ERC4626Adapter.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_ERC4626Adapter *ERC4626AdapterCaller) Position(opts *bind.CallOpts) (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "position")

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
func (_ERC4626Adapter *ERC4626AdapterSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _ERC4626Adapter.Contract.Position(&_ERC4626Adapter.CallOpts)
}

// Position is a free data retrieval call binding the contract method 0x09218e91.
//
// Solidity: function position() view returns(uint256 assets, uint256 liquid)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) Position() (struct {
	Assets *big.Int
	Liquid *big.Int
}, error) {
	return _ERC4626Adapter.Contract.Position(&_ERC4626Adapter.CallOpts)
}

// SharePrice is a free data retrieval call binding the contract method 0x87269729.
//
// Solidity: function sharePrice() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) SharePrice(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "sharePrice")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SharePrice is a free data retrieval call binding the contract method 0x87269729.
//
// Solidity: function sharePrice() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) SharePrice() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SharePrice(&_ERC4626Adapter.CallOpts)
}

// SharePrice is a free data retrieval call binding the contract method 0x87269729.
//
// Solidity: function sharePrice() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) SharePrice() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SharePrice(&_ERC4626Adapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) SupplyRate(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "supplyRate")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) SupplyRate() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SupplyRate(&_ERC4626Adapter.CallOpts)
}

// SupplyRate is a free data retrieval call binding the contract method 0xad2961a3.
//
// Solidity: function supplyRate() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) SupplyRate() (*big.Int, error) {
	return _ERC4626Adapter.Contract.SupplyRate(&_ERC4626Adapter.CallOpts)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 , uint256 ) view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) SupplyRateAfter(opts *bind.CallOpts, arg0 *big.Int, arg1 *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "supplyRateAfter", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 , uint256 ) view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) SupplyRateAfter(arg0 *big.Int, arg1 *big.Int) (*big.Int, error) {
	return _ERC4626Adapter.Contract.SupplyRateAfter(&_ERC4626Adapter.CallOpts, arg0, arg1)
}

// SupplyRateAfter is a free data retrieval call binding the contract method 0x3a0bd42b.
//
// Solidity: function supplyRateAfter(uint256 , uint256 ) view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) SupplyRateAfter(arg0 *big.Int, arg1 *big.Int) (*big.Int, error) {
	return _ERC4626Adapter.Contract.SupplyRateAfter(&_ERC4626Adapter.CallOpts, arg0, arg1)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCaller) TotalAssets(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "totalAssets")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) TotalAssets() (*big.Int, error) {
	return _ERC4626Adapter.Contract.TotalAssets(&_ERC4626Adapter.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) TotalAssets() (*big.Int, error) {
	return _ERC4626Adapter.Contract.TotalAssets(&_ERC4626Adapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterCaller) Vault(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ERC4626Adapter.contract.Call(opts, &out, "vault")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterSession) Vault() (common.Address, error) {
	return _ERC4626Adapter.Contract.Vault(&_ERC4626Adapter.CallOpts)
}

// Vault is a free data retrieval call binding the contract method 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (_ERC4626Adapter *ERC4626AdapterCallerSession) Vault() (common.Address, error) {
	return _ERC4626Adapter.Contract.Vault(&_ERC4626Adapter.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_ERC4626Adapter *ERC4626AdapterTransactor) Deposit(opts *bind.TransactOpts, assets *big.Int) (*types.Transaction, error) {
	return _ERC4626Adapter.contract.Transact(opts, "deposit", assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_ERC4626Adapter *ERC4626AdapterSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Deposit(&_ERC4626Adapter.TransactOpts, assets)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 assets) returns()
func (_ERC4626Adapter *ERC4626AdapterTransactorSession) Deposit(assets *big.Int) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Deposit(&_ERC4626Adapter.TransactOpts, assets)
}

// Poke is a paid mutator transaction binding the contract method 0x18178358.
//
// Solidity: function poke() returns(bool recorded)
func (_ERC4626Adapter *ERC4626AdapterTransactor) Poke(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ERC4626Adapter.contract.Transact(opts, "poke")
}

// Poke is a paid mutator transaction binding the contract method 0x18178358.
//
// Solidity: function poke() returns(bool recorded)
func (_ERC4626Adapter *ERC4626AdapterSession) Poke() (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Poke(&_ERC4626Adapter.TransactOpts)
}

// Poke is a paid mutator transaction binding the contract method 0x18178358.
//
// Solidity: function poke() returns(bool recorded)
func (_ERC4626Adapter *ERC4626AdapterTransactorSession) Poke() (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Poke(&_ERC4626Adapter.TransactOpts)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_ERC4626Adapter *ERC4626AdapterTransactor) Sweep(opts *bind.TransactOpts, token common.Address, to common.Address) (*types.Transaction, error) {
	return _ERC4626Adapter.contract.Transact(opts, "sweep", token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_ERC4626Adapter *ERC4626AdapterSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Sweep(&_ERC4626Adapter.TransactOpts, token, to)
}

// Sweep is a paid mutator transaction binding the contract method 0xb8dc491b.
//
// Solidity: function sweep(address token, address to) returns(uint256 amount)
func (_ERC4626Adapter *ERC4626AdapterTransactorSession) Sweep(token common.Address, to common.Address) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Sweep(&_ERC4626Adapter.TransactOpts, token, to)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _ERC4626Adapter.contract.Transact(opts, "withdraw", assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Withdraw(&_ERC4626Adapter.TransactOpts, assets, receiver)
}

// Withdraw is a paid mutator transaction binding the contract method 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256)
func (_ERC4626Adapter *ERC4626AdapterTransactorSession) Withdraw(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _ERC4626Adapter.Contract.Withdraw(&_ERC4626Adapter.TransactOpts, assets, receiver)
}

// ERC4626AdapterRateCheckpointIterator is returned from FilterRateCheckpoint and is used to iterate over the raw logs and unpacked data for RateCheckpoint events raised by the ERC4626Adapter contract.
type ERC4626AdapterRateCheckpointIterator struct {
	Event *ERC4626AdapterRateCheckpoint // Event containing the contract specifics and raw log

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
func (it *ERC4626AdapterRateCheckpointIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ERC4626AdapterRateCheckpoint)
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
		it.Event = new(ERC4626AdapterRateCheckpoint)
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
func (it *ERC4626AdapterRateCheckpointIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ERC4626AdapterRateCheckpointIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ERC4626AdapterRateCheckpoint represents a RateCheckpoint event raised by the ERC4626Adapter contract.
type ERC4626AdapterRateCheckpoint struct {
	Timestamp  *big.Int
	SharePrice *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterRateCheckpoint is a free log retrieval operation binding the contract event 0xc2ad4fbc15103132669dd44fa85cdc6942e662aadc14422f05651479f3b273e0.
//
// Solidity: event RateCheckpoint(uint256 timestamp, uint256 sharePrice)
func (_ERC4626Adapter *ERC4626AdapterFilterer) FilterRateCheckpoint(opts *bind.FilterOpts) (*ERC4626AdapterRateCheckpointIterator, error) {

	logs, sub, err := _ERC4626Adapter.contract.FilterLogs(opts, "RateCheckpoint")
	if err != nil {
		return nil, err
	}
	return &ERC4626AdapterRateCheckpointIterator{contract: _ERC4626Adapter.contract, event: "RateCheckpoint", logs: logs, sub: sub}, nil
}

// WatchRateCheckpoint is a free log subscription operation binding the contract event 0xc2ad4fbc15103132669dd44fa85cdc6942e662aadc14422f05651479f3b273e0.
//
// Solidity: event RateCheckpoint(uint256 timestamp, uint256 sharePrice)
func (_ERC4626Adapter *ERC4626AdapterFilterer) WatchRateCheckpoint(opts *bind.WatchOpts, sink chan<- *ERC4626AdapterRateCheckpoint) (event.Subscription, error) {

	logs, sub, err := _ERC4626Adapter.contract.WatchLogs(opts, "RateCheckpoint")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ERC4626AdapterRateCheckpoint)
				if err := _ERC4626Adapter.contract.UnpackLog(event, "RateCheckpoint", log); err != nil {
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

// ParseRateCheckpoint is a log parse operation binding the contract event 0xc2ad4fbc15103132669dd44fa85cdc6942e662aadc14422f05651479f3b273e0.
//
// Solidity: event RateCheckpoint(uint256 timestamp, uint256 sharePrice)
func (_ERC4626Adapter *ERC4626AdapterFilterer) ParseRateCheckpoint(log types.Log) (*ERC4626AdapterRateCheckpoint, error) {
	event := new(ERC4626AdapterRateCheckpoint)
	if err := _ERC4626Adapter.contract.UnpackLog(event, "RateCheckpoint", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ERC4626AdapterSourceDepositIterator is returned from FilterSourceDeposit and is used to iterate over the raw logs and unpacked data for SourceDeposit events raised by the ERC4626Adapter contract.
type ERC4626AdapterSourceDepositIterator struct {
	Event *ERC4626AdapterSourceDeposit // Event containing the contract specifics and raw log

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
func (it *ERC4626AdapterSourceDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ERC4626AdapterSourceDeposit)
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
		it.Event = new(ERC4626AdapterSourceDeposit)
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
func (it *ERC4626AdapterSourceDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ERC4626AdapterSourceDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ERC4626AdapterSourceDeposit represents a SourceDeposit event raised by the ERC4626Adapter contract.
type ERC4626AdapterSourceDeposit struct {
	Vault  common.Address
	Assets *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSourceDeposit is a free log retrieval operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_ERC4626Adapter *ERC4626AdapterFilterer) FilterSourceDeposit(opts *bind.FilterOpts, vault []common.Address) (*ERC4626AdapterSourceDepositIterator, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _ERC4626Adapter.contract.FilterLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return &ERC4626AdapterSourceDepositIterator{contract: _ERC4626Adapter.contract, event: "SourceDeposit", logs: logs, sub: sub}, nil
}

// WatchSourceDeposit is a free log subscription operation binding the contract event 0x0b18bcc376d337dc63370e05a11bef35110ca456893b239c1795254d80a0e5a0.
//
// Solidity: event SourceDeposit(address indexed vault, uint256 assets)
func (_ERC4626Adapter *ERC4626AdapterFilterer) WatchSourceDeposit(opts *bind.WatchOpts, sink chan<- *ERC4626AdapterSourceDeposit, vault []common.Address) (event.Subscription, error) {

	var vaultRule []interface{}
	for _, vaultItem := range vault {
		vaultRule = append(vaultRule, vaultItem)
	}

	logs, sub, err := _ERC4626Adapter.contract.WatchLogs(opts, "SourceDeposit", vaultRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ERC4626AdapterSourceDeposit)
				if err := _ERC4626Adapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
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
func (_ERC4626Adapter *ERC4626AdapterFilterer) ParseSourceDeposit(log types.Log) (*ERC4626AdapterSourceDeposit, error) {
	event := new(ERC4626AdapterSourceDeposit)
	if err := _ERC4626Adapter.contract.UnpackLog(event, "SourceDeposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ERC4626AdapterSweptIterator is returned from FilterSwept and is used to iterate over the raw logs and unpacked data for Swept events raised by the ERC4626Adapter contract.
type ERC4626AdapterSweptIterator struct {
	Event *ERC4626AdapterSwept // Event containing the contract specifics and raw log

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
func (it *ERC4626AdapterSweptIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ERC4626AdapterSwept)
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
		it.Event = new(ERC4626AdapterSwept)
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
func (it *ERC4626AdapterSweptIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ERC4626AdapterSweptIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ERC4626AdapterSwept represents a Swept event raised by the ERC4626Adapter contract.
type ERC4626AdapterSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSwept is a free log retrieval operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_ERC4626Adapter *ERC4626AdapterFilterer) FilterSwept(opts *bind.FilterOpts, token []common.Address, to []common.Address) (*ERC4626AdapterSweptIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ERC4626Adapter.contract.FilterLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return &ERC4626AdapterSweptIterator{contract: _ERC4626Adapter.contract, event: "Swept", logs: logs, sub: sub}, nil
}

// WatchSwept is a free log subscription operation binding the contract event 0x7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf718.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (_ERC4626Adapter *ERC4626AdapterFilterer) WatchSwept(opts *bind.WatchOpts, sink chan<- *ERC4626AdapterSwept, token []common.Address, to []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ERC4626Adapter.contract.WatchLogs(opts, "Swept", tokenRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ERC4626AdapterSwept)
				if err := _ERC4626Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
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
func (_ERC4626Adapter *ERC4626AdapterFilterer) ParseSwept(log types.Log) (*ERC4626AdapterSwept, error) {
	event := new(ERC4626AdapterSwept)
	if err := _ERC4626Adapter.contract.UnpackLog(event, "Swept", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
