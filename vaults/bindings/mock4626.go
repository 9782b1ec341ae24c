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

// Mock4626MetaData contains all meta data concerning the Mock4626 contract.
var Mock4626MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LossSimulated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"YieldSimulated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depositCap_\",\"type\":\"uint256\"}],\"name\":\"setDepositCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidity_\",\"type\":\"uint256\"}],\"name\":\"setLiquidity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"simulateLoss\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"simulateYield\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c06040525f196005555f19600655348015610019575f5ffd5b506040516117c23803806117c283398101604081905261003891610167565b82828260036100478382610278565b5060046100548282610278565b5050505f5f6100688361009760201b60201c565b915091508161007857601261007a565b805b60ff1660a05250506001600160a01b031660805250610336915050565b63313ce56760e01b5f818152908190602082600481875afa5f51601f3d1190911661010082101695908602945092505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126100ed575f5ffd5b81516001600160401b03811115610106576101066100ca565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610134576101346100ca565b60405281815283820160200185101561014b575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610179575f5ffd5b83516001600160a01b038116811461018f575f5ffd5b60208501519093506001600160401b038111156101aa575f5ffd5b6101b6868287016100de565b604086015190935090506001600160401b038111156101d3575f5ffd5b6101df868287016100de565b9150509250925092565b600181811c908216806101fd57607f821691505b60208210810361021b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610273578282111561027357805f5260205f20601f840160051c602085101561024c57505f5b90810190601f840160051c035f5b8181101561026f575f8382015560010161025a565b5050505b505050565b81516001600160401b03811115610291576102916100ca565b6102a58161029f84546101e9565b84610221565b6020601f8211600181146102d7575f83156102c05750848201515b5f19600385901b1c1916600184901b17845561032f565b5f84815260208120601f198516915b8281101561030657878501518255602094850194600190920191016102e6565b508482101561032357868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05161144861037a5f395f61064801525f81816102b901528181610461015281816105e30152818161089801528181610e680152610f0001526114485ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80638665120311610109578063c6e6f5921161009e578063dd62ed3e1161006e578063dd62ed3e14610400578063e7ca856d14610438578063eb407ba91461044b578063ef8b30f7146103be575f5ffd5b8063c6e6f592146103be578063ce96cb77146103d1578063d905777e146103e4578063dbd5edc7146103f7575f5ffd5b8063b3d7f6b9116100d9578063b3d7f6b914610372578063b460af9414610385578063ba08765214610398578063c63d75b6146103ab575f5ffd5b8063866512031461033157806394bf804d1461034457806395d89b4114610357578063a9059cbb1461035f575f5ffd5b806323b872dd1161017f578063402d267d1161014f578063402d267d146102e35780634cdad506146102105780636e553f65146102f657806370a0823114610309575f5ffd5b806323b872dd1461026a57806323bcb40b1461027d578063313ce5671461029257806338d52e0f146102ac575f5ffd5b8063095ea7b3116101ba578063095ea7b3146102235780630a28a4771461024657806318160ddd146102595780631a68650214610261575f5ffd5b806301e1d114146101e057806306fdde03146101fb57806307a2d13a14610210575b5f5ffd5b6101e861045e565b6040519081526020015b60405180910390f35b6102036104ed565b6040516101f2919061109c565b6101e861021e3660046110d1565b61057d565b610236610231366004611103565b61058e565b60405190151581526020016101f2565b6101e86102543660046110d1565b6105a5565b6002546101e8565b6101e860055481565b61023661027836600461112b565b6105b1565b61029061028b366004611165565b6105d6565b005b61029a610641565b60405160ff90911681526020016101f2565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101f2565b6101e86102f136600461118f565b61066c565b6101e8610304366004611165565b6106a9565b6101e861031736600461118f565b6001600160a01b03165f9081526020819052604090205490565b61029061033f3660046110d1565b600655565b6101e8610352366004611165565b6106fe565b61020361074a565b61023661036d366004611103565b610759565b6101e86103803660046110d1565b610766565b6101e86103933660046111a8565b610772565b6101e86103a63660046111a8565b6107c8565b6101e86103b936600461118f565b610815565b6101e86103cc3660046110d1565b610839565b6101e86103df36600461118f565b610844565b6101e86103f236600461118f565b610859565b6101e860065481565b6101e861040e3660046111e1565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102906104463660046110d1565b61088b565b6102906104593660046110d1565b600555565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa1580156104c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104e89190611209565b905090565b6060600380546104fc90611220565b80601f016020809104026020016040519081016040528092919081815260200182805461052890611220565b80156105735780601f1061054a57610100808354040283529160200191610573565b820191905f5260205f20905b81548152906001019060200180831161055657829003601f168201915b5050505050905090565b5f610588825f6108f6565b92915050565b5f3361059b81858561092e565b5060019392505050565b5f610588826001610940565b5f336105be85828561096f565b6105c98585856109d8565b60019150505b9392505050565b61060a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284610a35565b6040518281527f5477ce08bb96829b10b91291cca07e2cd85f59461a87abefd3f88b7cfddf195c9060200160405180910390a15050565b5f6104e8817f000000000000000000000000000000000000000000000000000000000000000061126c565b6006545f906001810161067f5792915050565b5f61068861045e565b9050808211610697575f6106a1565b6106a18183611285565b949350505050565b5f5f6106b48361066c565b9050808411156106e657828482604051633c8097d960e11b81526004016106dd93929190611298565b60405180910390fd5b5f6106f085610839565b90506106a133858784610a6a565b5f5f61070983610815565b9050808411156107325782848260405163284ff66760e01b81526004016106dd93929190611298565b5f61073c85610766565b90506106a133858388610a6a565b6060600480546104fc90611220565b5f3361059b8185856109d8565b5f6105888260016108f6565b5f5f61077d83610844565b9050808511156107a657828582604051633fa733bb60e21b81526004016106dd93929190611298565b5f6107b0866105a5565b90506107bf3386868985610ada565b95945050505050565b5f5f6107d383610859565b9050808511156107fc57828582604051632e52afbb60e21b81526004016106dd93929190611298565b5f6108068661057d565b90506107bf338686848a610ada565b5f5f6108208361066c565b90505f19811461058857610834815f610940565b6105cf565b5f610588825f610940565b5f61058861085183610b79565b600554610b86565b5f5f61086483610b95565b90505f19600554036108765792915050565b6105cf816108866005545f610940565b610b86565b6108c06001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610bb2565b6040518181527f20db849697e6b620b6a4229a23303d8e287e4b7e17440138333ba1257b9e66939060200160405180910390a150565b5f6105cf61090261045e565b61090d9060016112b9565b6109185f600a6113af565b60025461092591906112b9565b85919085610be8565b61093b8383836001610c2a565b505050565b5f6105cf61094f82600a6113af565b60025461095c91906112b9565b61096461045e565b6109259060016112b9565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156109d257818110156109c457828183604051637dc7a0d960e11b81526004016106dd93929190611298565b6109d284848484035f610c2a565b50505050565b6001600160a01b038316610a0157604051634b637e8f60e11b81525f60048201526024016106dd565b6001600160a01b038216610a2a5760405163ec442f0560e01b81525f60048201526024016106dd565b61093b838383610cee565b610a428383836001610e01565b61093b57604051635274afe760e01b81526001600160a01b03841660048201526024016106dd565b610a748483610e63565b610a7e8382610e93565b826001600160a01b0316846001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d78484604051610acc929190918252602082015260400190565b60405180910390a350505050565b826001600160a01b0316856001600160a01b031614610afe57610afe83868361096f565b610b088382610ec7565b610b128483610efb565b826001600160a01b0316846001600160a01b0316866001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db8585604051610b6a929190918252602082015260400190565b60405180910390a45050505050565b5f61058861021e83610859565b5f8282188284100282186105cf565b6001600160a01b0381165f90815260208190526040812054610588565b610bc0848484846001610f26565b6109d257604051635274afe760e01b81526001600160a01b03851660048201526024016106dd565b5f610c15610bf583610f93565b8015610c1057505f8480610c0b57610c0b6113bd565b868809115b151590565b610c20868686610fbf565b6107bf91906112b9565b6001600160a01b038416610c535760405163e602df0560e01b81525f60048201526024016106dd565b6001600160a01b038316610c7c57604051634a1406b160e11b81525f60048201526024016106dd565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156109d257826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610acc91815260200190565b6001600160a01b038316610d18578060025f828254610d0d91906112b9565b90915550610d759050565b6001600160a01b0383165f9081526020819052604090205481811015610d575783818360405163391434e360e21b81526004016106dd93929190611298565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610d9157600280548290039055610daf565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610df491815260200190565b60405180910390a3505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610e57578383151615610e4b573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b610e8f7f0000000000000000000000000000000000000000000000000000000000000000833084610bb2565b5050565b6001600160a01b038216610ebc5760405163ec442f0560e01b81525f60048201526024016106dd565b610e8f5f8383610cee565b6001600160a01b038216610ef057604051634b637e8f60e11b81525f60048201526024016106dd565b610e8f825f83610cee565b610e8f7f00000000000000000000000000000000000000000000000000000000000000008383610a35565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610f82578383151615610f76573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6002826003811115610fa857610fa86113d1565b610fb291906113e5565b60ff166001149050919050565b5f5f5f610fcc868661106f565b91509150815f03610ff057838181610fe657610fe66113bd565b04925050506105cf565b81841161100757611007600385150260111861108b565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156110e1575f5ffd5b5035919050565b80356001600160a01b03811681146110fe575f5ffd5b919050565b5f5f60408385031215611114575f5ffd5b61111d836110e8565b946020939093013593505050565b5f5f5f6060848603121561113d575f5ffd5b611146846110e8565b9250611154602085016110e8565b929592945050506040919091013590565b5f5f60408385031215611176575f5ffd5b82359150611186602084016110e8565b90509250929050565b5f6020828403121561119f575f5ffd5b6105cf826110e8565b5f5f5f606084860312156111ba575f5ffd5b833592506111ca602085016110e8565b91506111d8604085016110e8565b90509250925092565b5f5f604083850312156111f2575f5ffd5b6111fb836110e8565b9150611186602084016110e8565b5f60208284031215611219575f5ffd5b5051919050565b600181811c9082168061123457607f821691505b60208210810361125257634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b60ff818116838216019081111561058857610588611258565b8181038181111561058857610588611258565b6001600160a01b039390931683526020830191909152604082015260600190565b8082018082111561058857610588611258565b6001815b6001841115611307578085048111156112eb576112eb611258565b60018416156112f957908102905b60019390931c9280026112d0565b935093915050565b5f8261131d57506001610588565b8161132957505f610588565b816001811461133f576002811461134957611365565b6001915050610588565b60ff84111561135a5761135a611258565b50506001821b610588565b5060208310610133831016604e8410600b8410161715611388575081810a610588565b6113945f1984846112cc565b805f19048211156113a7576113a7611258565b029392505050565b5f6105cf60ff84168361130f565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b5f60ff83168061140357634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fea2646970667358221220e3418811f03c99e04744f10f4368d605d3a72eb1a329eecb0187b73e5d32df8964736f6c63430008250033",
}

// Mock4626ABI is the input ABI used to generate the binding from.
// Deprecated: Use Mock4626MetaData.ABI instead.
var Mock4626ABI = Mock4626MetaData.ABI

// Mock4626Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Mock4626MetaData.Bin instead.
var Mock4626Bin = Mock4626MetaData.Bin

// DeployMock4626 deploys a new Ethereum contract, binding an instance of Mock4626 to it.
func DeployMock4626(auth *bind.TransactOpts, backend bind.ContractBackend, asset_ common.Address, name_ string, symbol_ string) (common.Address, *types.Transaction, *Mock4626, error) {
	parsed, err := Mock4626MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Mock4626Bin), backend, asset_, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Mock4626{Mock4626Caller: Mock4626Caller{contract: contract}, Mock4626Transactor: Mock4626Transactor{contract: contract}, Mock4626Filterer: Mock4626Filterer{contract: contract}}, nil
}

// Mock4626 is an auto generated Go binding around an Ethereum contract.
type Mock4626 struct {
	Mock4626Caller     // Read-only binding to the contract
	Mock4626Transactor // Write-only binding to the contract
	Mock4626Filterer   // Log filterer for contract events
}

// Mock4626Caller is an auto generated read-only Go binding around an Ethereum contract.
type Mock4626Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Mock4626Transactor is an auto generated write-only Go binding around an Ethereum contract.
type Mock4626Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Mock4626Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Mock4626Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Mock4626Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Mock4626Session struct {
	Contract     *Mock4626         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// Mock4626CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Mock4626CallerSession struct {
	Contract *Mock4626Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// Mock4626TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Mock4626TransactorSession struct {
	Contract     *Mock4626Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// Mock4626Raw is an auto generated low-level Go binding around an Ethereum contract.
type Mock4626Raw struct {
	Contract *Mock4626 // Generic contract binding to access the raw methods on
}

// Mock4626CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Mock4626CallerRaw struct {
	Contract *Mock4626Caller // Generic read-only contract binding to access the raw methods on
}

// Mock4626TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Mock4626TransactorRaw struct {
	Contract *Mock4626Transactor // Generic write-only contract binding to access the raw methods on
}

// NewMock4626 creates a new instance of Mock4626, bound to a specific deployed contract.
func NewMock4626(address common.Address, backend bind.ContractBackend) (*Mock4626, error) {
	contract, err := bindMock4626(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Mock4626{Mock4626Caller: Mock4626Caller{contract: contract}, Mock4626Transactor: Mock4626Transactor{contract: contract}, Mock4626Filterer: Mock4626Filterer{contract: contract}}, nil
}

// NewMock4626Caller creates a new read-only instance of Mock4626, bound to a specific deployed contract.
func NewMock4626Caller(address common.Address, caller bind.ContractCaller) (*Mock4626Caller, error) {
	contract, err := bindMock4626(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Mock4626Caller{contract: contract}, nil
}

// NewMock4626Transactor creates a new write-only instance of Mock4626, bound to a specific deployed contract.
func NewMock4626Transactor(address common.Address, transactor bind.ContractTransactor) (*Mock4626Transactor, error) {
	contract, err := bindMock4626(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Mock4626Transactor{contract: contract}, nil
}

// NewMock4626Filterer creates a new log filterer instance of Mock4626, bound to a specific deployed contract.
func NewMock4626Filterer(address common.Address, filterer bind.ContractFilterer) (*Mock4626Filterer, error) {
	contract, err := bindMock4626(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Mock4626Filterer{contract: contract}, nil
}

// bindMock4626 binds a generic wrapper to an already deployed contract.
func bindMock4626(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Mock4626MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Mock4626 *Mock4626Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Mock4626.Contract.Mock4626Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Mock4626 *Mock4626Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Mock4626.Contract.Mock4626Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Mock4626 *Mock4626Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Mock4626.Contract.Mock4626Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Mock4626 *Mock4626CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Mock4626.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Mock4626 *Mock4626TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Mock4626.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Mock4626 *Mock4626TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Mock4626.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Mock4626 *Mock4626Caller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Mock4626 *Mock4626Session) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _Mock4626.Contract.Allowance(&_Mock4626.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _Mock4626.Contract.Allowance(&_Mock4626.CallOpts, owner, spender)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Mock4626 *Mock4626Caller) Asset(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "asset")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Mock4626 *Mock4626Session) Asset() (common.Address, error) {
	return _Mock4626.Contract.Asset(&_Mock4626.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Mock4626 *Mock4626CallerSession) Asset() (common.Address, error) {
	return _Mock4626.Contract.Asset(&_Mock4626.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Mock4626 *Mock4626Caller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Mock4626 *Mock4626Session) BalanceOf(account common.Address) (*big.Int, error) {
	return _Mock4626.Contract.BalanceOf(&_Mock4626.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Mock4626.Contract.BalanceOf(&_Mock4626.CallOpts, account)
}

// ConvertToAssets is a free data retrieval call binding the contract method 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626Caller) ConvertToAssets(opts *bind.CallOpts, shares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "convertToAssets", shares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConvertToAssets is a free data retrieval call binding the contract method 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626Session) ConvertToAssets(shares *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.ConvertToAssets(&_Mock4626.CallOpts, shares)
}

// ConvertToAssets is a free data retrieval call binding the contract method 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) ConvertToAssets(shares *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.ConvertToAssets(&_Mock4626.CallOpts, shares)
}

// ConvertToShares is a free data retrieval call binding the contract method 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626Caller) ConvertToShares(opts *bind.CallOpts, assets *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "convertToShares", assets)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConvertToShares is a free data retrieval call binding the contract method 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626Session) ConvertToShares(assets *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.ConvertToShares(&_Mock4626.CallOpts, assets)
}

// ConvertToShares is a free data retrieval call binding the contract method 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) ConvertToShares(assets *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.ConvertToShares(&_Mock4626.CallOpts, assets)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_Mock4626 *Mock4626Caller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_Mock4626 *Mock4626Session) Decimals() (uint8, error) {
	return _Mock4626.Contract.Decimals(&_Mock4626.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_Mock4626 *Mock4626CallerSession) Decimals() (uint8, error) {
	return _Mock4626.Contract.Decimals(&_Mock4626.CallOpts)
}

// DepositCap is a free data retrieval call binding the contract method 0xdbd5edc7.
//
// Solidity: function depositCap() view returns(uint256)
func (_Mock4626 *Mock4626Caller) DepositCap(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "depositCap")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DepositCap is a free data retrieval call binding the contract method 0xdbd5edc7.
//
// Solidity: function depositCap() view returns(uint256)
func (_Mock4626 *Mock4626Session) DepositCap() (*big.Int, error) {
	return _Mock4626.Contract.DepositCap(&_Mock4626.CallOpts)
}

// DepositCap is a free data retrieval call binding the contract method 0xdbd5edc7.
//
// Solidity: function depositCap() view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) DepositCap() (*big.Int, error) {
	return _Mock4626.Contract.DepositCap(&_Mock4626.CallOpts)
}

// Liquidity is a free data retrieval call binding the contract method 0x1a686502.
//
// Solidity: function liquidity() view returns(uint256)
func (_Mock4626 *Mock4626Caller) Liquidity(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "liquidity")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Liquidity is a free data retrieval call binding the contract method 0x1a686502.
//
// Solidity: function liquidity() view returns(uint256)
func (_Mock4626 *Mock4626Session) Liquidity() (*big.Int, error) {
	return _Mock4626.Contract.Liquidity(&_Mock4626.CallOpts)
}

// Liquidity is a free data retrieval call binding the contract method 0x1a686502.
//
// Solidity: function liquidity() view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) Liquidity() (*big.Int, error) {
	return _Mock4626.Contract.Liquidity(&_Mock4626.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (_Mock4626 *Mock4626Caller) MaxDeposit(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "maxDeposit", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxDeposit is a free data retrieval call binding the contract method 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (_Mock4626 *Mock4626Session) MaxDeposit(arg0 common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxDeposit(&_Mock4626.CallOpts, arg0)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) MaxDeposit(arg0 common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxDeposit(&_Mock4626.CallOpts, arg0)
}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (_Mock4626 *Mock4626Caller) MaxMint(opts *bind.CallOpts, receiver common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "maxMint", receiver)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (_Mock4626 *Mock4626Session) MaxMint(receiver common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxMint(&_Mock4626.CallOpts, receiver)
}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) MaxMint(receiver common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxMint(&_Mock4626.CallOpts, receiver)
}

// MaxRedeem is a free data retrieval call binding the contract method 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (_Mock4626 *Mock4626Caller) MaxRedeem(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "maxRedeem", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxRedeem is a free data retrieval call binding the contract method 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (_Mock4626 *Mock4626Session) MaxRedeem(owner common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxRedeem(&_Mock4626.CallOpts, owner)
}

// MaxRedeem is a free data retrieval call binding the contract method 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) MaxRedeem(owner common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxRedeem(&_Mock4626.CallOpts, owner)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (_Mock4626 *Mock4626Caller) MaxWithdraw(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "maxWithdraw", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdraw is a free data retrieval call binding the contract method 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (_Mock4626 *Mock4626Session) MaxWithdraw(owner common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxWithdraw(&_Mock4626.CallOpts, owner)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) MaxWithdraw(owner common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxWithdraw(&_Mock4626.CallOpts, owner)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Mock4626 *Mock4626Caller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Mock4626 *Mock4626Session) Name() (string, error) {
	return _Mock4626.Contract.Name(&_Mock4626.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Mock4626 *Mock4626CallerSession) Name() (string, error) {
	return _Mock4626.Contract.Name(&_Mock4626.CallOpts)
}

// PreviewDeposit is a free data retrieval call binding the contract method 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626Caller) PreviewDeposit(opts *bind.CallOpts, assets *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "previewDeposit", assets)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewDeposit is a free data retrieval call binding the contract method 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626Session) PreviewDeposit(assets *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewDeposit(&_Mock4626.CallOpts, assets)
}

// PreviewDeposit is a free data retrieval call binding the contract method 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) PreviewDeposit(assets *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewDeposit(&_Mock4626.CallOpts, assets)
}

// PreviewMint is a free data retrieval call binding the contract method 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626Caller) PreviewMint(opts *bind.CallOpts, shares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "previewMint", shares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewMint is a free data retrieval call binding the contract method 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626Session) PreviewMint(shares *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewMint(&_Mock4626.CallOpts, shares)
}

// PreviewMint is a free data retrieval call binding the contract method 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) PreviewMint(shares *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewMint(&_Mock4626.CallOpts, shares)
}

// PreviewRedeem is a free data retrieval call binding the contract method 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626Caller) PreviewRedeem(opts *bind.CallOpts, shares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "previewRedeem", shares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewRedeem is a free data retrieval call binding the contract method 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626Session) PreviewRedeem(shares *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewRedeem(&_Mock4626.CallOpts, shares)
}

// PreviewRedeem is a free data retrieval call binding the contract method 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) PreviewRedeem(shares *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewRedeem(&_Mock4626.CallOpts, shares)
}

// PreviewWithdraw is a free data retrieval call binding the contract method 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626Caller) PreviewWithdraw(opts *bind.CallOpts, assets *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "previewWithdraw", assets)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewWithdraw is a free data retrieval call binding the contract method 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626Session) PreviewWithdraw(assets *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewWithdraw(&_Mock4626.CallOpts, assets)
}

// PreviewWithdraw is a free data retrieval call binding the contract method 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) PreviewWithdraw(assets *big.Int) (*big.Int, error) {
	return _Mock4626.Contract.PreviewWithdraw(&_Mock4626.CallOpts, assets)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Mock4626 *Mock4626Caller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Mock4626 *Mock4626Session) Symbol() (string, error) {
	return _Mock4626.Contract.Symbol(&_Mock4626.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Mock4626 *Mock4626CallerSession) Symbol() (string, error) {
	return _Mock4626.Contract.Symbol(&_Mock4626.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_Mock4626 *Mock4626Caller) TotalAssets(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "totalAssets")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_Mock4626 *Mock4626Session) TotalAssets() (*big.Int, error) {
	return _Mock4626.Contract.TotalAssets(&_Mock4626.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) TotalAssets() (*big.Int, error) {
	return _Mock4626.Contract.TotalAssets(&_Mock4626.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Mock4626 *Mock4626Caller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Mock4626 *Mock4626Session) TotalSupply() (*big.Int, error) {
	return _Mock4626.Contract.TotalSupply(&_Mock4626.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) TotalSupply() (*big.Int, error) {
	return _Mock4626.Contract.TotalSupply(&_Mock4626.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Mock4626 *Mock4626Transactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Mock4626 *Mock4626Session) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.Approve(&_Mock4626.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Mock4626 *Mock4626TransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.Approve(&_Mock4626.TransactOpts, spender, value)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (_Mock4626 *Mock4626Transactor) Deposit(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "deposit", assets, receiver)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (_Mock4626 *Mock4626Session) Deposit(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Deposit(&_Mock4626.TransactOpts, assets, receiver)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (_Mock4626 *Mock4626TransactorSession) Deposit(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Deposit(&_Mock4626.TransactOpts, assets, receiver)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (_Mock4626 *Mock4626Transactor) Mint(opts *bind.TransactOpts, shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "mint", shares, receiver)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (_Mock4626 *Mock4626Session) Mint(shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Mint(&_Mock4626.TransactOpts, shares, receiver)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (_Mock4626 *Mock4626TransactorSession) Mint(shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Mint(&_Mock4626.TransactOpts, shares, receiver)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (_Mock4626 *Mock4626Transactor) Redeem(opts *bind.TransactOpts, shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "redeem", shares, receiver, owner)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (_Mock4626 *Mock4626Session) Redeem(shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Redeem(&_Mock4626.TransactOpts, shares, receiver, owner)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (_Mock4626 *Mock4626TransactorSession) Redeem(shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Redeem(&_Mock4626.TransactOpts, shares, receiver, owner)
}

// SetDepositCap is a paid mutator transaction binding the contract method 0x86651203.
//
// Solidity: function setDepositCap(uint256 depositCap_) returns()
func (_Mock4626 *Mock4626Transactor) SetDepositCap(opts *bind.TransactOpts, depositCap_ *big.Int) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "setDepositCap", depositCap_)
}

// SetDepositCap is a paid mutator transaction binding the contract method 0x86651203.
//
// Solidity: function setDepositCap(uint256 depositCap_) returns()
func (_Mock4626 *Mock4626Session) SetDepositCap(depositCap_ *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.SetDepositCap(&_Mock4626.TransactOpts, depositCap_)
}

// SetDepositCap is a paid mutator transaction binding the contract method 0x86651203.
//
// Solidity: function setDepositCap(uint256 depositCap_) returns()
func (_Mock4626 *Mock4626TransactorSession) SetDepositCap(depositCap_ *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.SetDepositCap(&_Mock4626.TransactOpts, depositCap_)
}

// SetLiquidity is a paid mutator transaction binding the contract method 0xeb407ba9.
//
// Solidity: function setLiquidity(uint256 liquidity_) returns()
func (_Mock4626 *Mock4626Transactor) SetLiquidity(opts *bind.TransactOpts, liquidity_ *big.Int) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "setLiquidity", liquidity_)
}

// SetLiquidity is a paid mutator transaction binding the contract method 0xeb407ba9.
//
// Solidity: function setLiquidity(uint256 liquidity_) returns()
func (_Mock4626 *Mock4626Session) SetLiquidity(liquidity_ *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.SetLiquidity(&_Mock4626.TransactOpts, liquidity_)
}

// SetLiquidity is a paid mutator transaction binding the contract method 0xeb407ba9.
//
// Solidity: function setLiquidity(uint256 liquidity_) returns()
func (_Mock4626 *Mock4626TransactorSession) SetLiquidity(liquidity_ *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.SetLiquidity(&_Mock4626.TransactOpts, liquidity_)
}

// SimulateLoss is a paid mutator transaction binding the contract method 0x23bcb40b.
//
// Solidity: function simulateLoss(uint256 amount, address to) returns()
func (_Mock4626 *Mock4626Transactor) SimulateLoss(opts *bind.TransactOpts, amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "simulateLoss", amount, to)
}

// SimulateLoss is a paid mutator transaction binding the contract method 0x23bcb40b.
//
// Solidity: function simulateLoss(uint256 amount, address to) returns()
func (_Mock4626 *Mock4626Session) SimulateLoss(amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.SimulateLoss(&_Mock4626.TransactOpts, amount, to)
}

// SimulateLoss is a paid mutator transaction binding the contract method 0x23bcb40b.
//
// Solidity: function simulateLoss(uint256 amount, address to) returns()
func (_Mock4626 *Mock4626TransactorSession) SimulateLoss(amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.SimulateLoss(&_Mock4626.TransactOpts, amount, to)
}

// SimulateYield is a paid mutator transaction binding the contract method 0xe7ca856d.
//
// Solidity: function simulateYield(uint256 amount) returns()
func (_Mock4626 *Mock4626Transactor) SimulateYield(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "simulateYield", amount)
}

// SimulateYield is a paid mutator transaction binding the contract method 0xe7ca856d.
//
// Solidity: function simulateYield(uint256 amount) returns()
func (_Mock4626 *Mock4626Session) SimulateYield(amount *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.SimulateYield(&_Mock4626.TransactOpts, amount)
}

// SimulateYield is a paid mutator transaction binding the contract method 0xe7ca856d.
//
// Solidity: function simulateYield(uint256 amount) returns()
func (_Mock4626 *Mock4626TransactorSession) SimulateYield(amount *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.SimulateYield(&_Mock4626.TransactOpts, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Mock4626 *Mock4626Transactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Mock4626 *Mock4626Session) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.Transfer(&_Mock4626.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Mock4626 *Mock4626TransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.Transfer(&_Mock4626.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Mock4626 *Mock4626Transactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Mock4626 *Mock4626Session) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.TransferFrom(&_Mock4626.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Mock4626 *Mock4626TransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Mock4626.Contract.TransferFrom(&_Mock4626.TransactOpts, from, to, value)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (_Mock4626 *Mock4626Transactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Mock4626.contract.Transact(opts, "withdraw", assets, receiver, owner)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (_Mock4626 *Mock4626Session) Withdraw(assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Withdraw(&_Mock4626.TransactOpts, assets, receiver, owner)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (_Mock4626 *Mock4626TransactorSession) Withdraw(assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Mock4626.Contract.Withdraw(&_Mock4626.TransactOpts, assets, receiver, owner)
}

// Mock4626ApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the Mock4626 contract.
type Mock4626ApprovalIterator struct {
	Event *Mock4626Approval // Event containing the contract specifics and raw log

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
func (it *Mock4626ApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(Mock4626Approval)
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
		it.Event = new(Mock4626Approval)
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
func (it *Mock4626ApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *Mock4626ApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// Mock4626Approval represents a Approval event raised by the Mock4626 contract.
type Mock4626Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Mock4626 *Mock4626Filterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*Mock4626ApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Mock4626.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &Mock4626ApprovalIterator{contract: _Mock4626.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Mock4626 *Mock4626Filterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *Mock4626Approval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Mock4626.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(Mock4626Approval)
				if err := _Mock4626.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_Mock4626 *Mock4626Filterer) ParseApproval(log types.Log) (*Mock4626Approval, error) {
	event := new(Mock4626Approval)
	if err := _Mock4626.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// Mock4626DepositIterator is returned from FilterDeposit and is used to iterate over the raw logs and unpacked data for Deposit events raised by the Mock4626 contract.
type Mock4626DepositIterator struct {
	Event *Mock4626Deposit // Event containing the contract specifics and raw log

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
func (it *Mock4626DepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(Mock4626Deposit)
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
		it.Event = new(Mock4626Deposit)
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
func (it *Mock4626DepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *Mock4626DepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// Mock4626Deposit represents a Deposit event raised by the Mock4626 contract.
type Mock4626Deposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposit is a free log retrieval operation binding the contract event 0xdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (_Mock4626 *Mock4626Filterer) FilterDeposit(opts *bind.FilterOpts, sender []common.Address, owner []common.Address) (*Mock4626DepositIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Mock4626.contract.FilterLogs(opts, "Deposit", senderRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &Mock4626DepositIterator{contract: _Mock4626.contract, event: "Deposit", logs: logs, sub: sub}, nil
}

// WatchDeposit is a free log subscription operation binding the contract event 0xdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (_Mock4626 *Mock4626Filterer) WatchDeposit(opts *bind.WatchOpts, sink chan<- *Mock4626Deposit, sender []common.Address, owner []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Mock4626.contract.WatchLogs(opts, "Deposit", senderRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(Mock4626Deposit)
				if err := _Mock4626.contract.UnpackLog(event, "Deposit", log); err != nil {
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

// ParseDeposit is a log parse operation binding the contract event 0xdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (_Mock4626 *Mock4626Filterer) ParseDeposit(log types.Log) (*Mock4626Deposit, error) {
	event := new(Mock4626Deposit)
	if err := _Mock4626.contract.UnpackLog(event, "Deposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// Mock4626LossSimulatedIterator is returned from FilterLossSimulated and is used to iterate over the raw logs and unpacked data for LossSimulated events raised by the Mock4626 contract.
type Mock4626LossSimulatedIterator struct {
	Event *Mock4626LossSimulated // Event containing the contract specifics and raw log

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
func (it *Mock4626LossSimulatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(Mock4626LossSimulated)
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
		it.Event = new(Mock4626LossSimulated)
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
func (it *Mock4626LossSimulatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *Mock4626LossSimulatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// Mock4626LossSimulated represents a LossSimulated event raised by the Mock4626 contract.
type Mock4626LossSimulated struct {
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterLossSimulated is a free log retrieval operation binding the contract event 0x5477ce08bb96829b10b91291cca07e2cd85f59461a87abefd3f88b7cfddf195c.
//
// Solidity: event LossSimulated(uint256 amount)
func (_Mock4626 *Mock4626Filterer) FilterLossSimulated(opts *bind.FilterOpts) (*Mock4626LossSimulatedIterator, error) {

	logs, sub, err := _Mock4626.contract.FilterLogs(opts, "LossSimulated")
	if err != nil {
		return nil, err
	}
	return &Mock4626LossSimulatedIterator{contract: _Mock4626.contract, event: "LossSimulated", logs: logs, sub: sub}, nil
}

// WatchLossSimulated is a free log subscription operation binding the contract event 0x5477ce08bb96829b10b91291cca07e2cd85f59461a87abefd3f88b7cfddf195c.
//
// Solidity: event LossSimulated(uint256 amount)
func (_Mock4626 *Mock4626Filterer) WatchLossSimulated(opts *bind.WatchOpts, sink chan<- *Mock4626LossSimulated) (event.Subscription, error) {

	logs, sub, err := _Mock4626.contract.WatchLogs(opts, "LossSimulated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(Mock4626LossSimulated)
				if err := _Mock4626.contract.UnpackLog(event, "LossSimulated", log); err != nil {
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

// ParseLossSimulated is a log parse operation binding the contract event 0x5477ce08bb96829b10b91291cca07e2cd85f59461a87abefd3f88b7cfddf195c.
//
// Solidity: event LossSimulated(uint256 amount)
func (_Mock4626 *Mock4626Filterer) ParseLossSimulated(log types.Log) (*Mock4626LossSimulated, error) {
	event := new(Mock4626LossSimulated)
	if err := _Mock4626.contract.UnpackLog(event, "LossSimulated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// Mock4626TransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the Mock4626 contract.
type Mock4626TransferIterator struct {
	Event *Mock4626Transfer // Event containing the contract specifics and raw log

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
func (it *Mock4626TransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(Mock4626Transfer)
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
		it.Event = new(Mock4626Transfer)
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
func (it *Mock4626TransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *Mock4626TransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// Mock4626Transfer represents a Transfer event raised by the Mock4626 contract.
type Mock4626Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Mock4626 *Mock4626Filterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*Mock4626TransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Mock4626.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &Mock4626TransferIterator{contract: _Mock4626.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Mock4626 *Mock4626Filterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *Mock4626Transfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Mock4626.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(Mock4626Transfer)
				if err := _Mock4626.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_Mock4626 *Mock4626Filterer) ParseTransfer(log types.Log) (*Mock4626Transfer, error) {
	event := new(Mock4626Transfer)
	if err := _Mock4626.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// Mock4626WithdrawIterator is returned from FilterWithdraw and is used to iterate over the raw logs and unpacked data for Withdraw events raised by the Mock4626 contract.
type Mock4626WithdrawIterator struct {
	Event *Mock4626Withdraw // Event containing the contract specifics and raw log

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
func (it *Mock4626WithdrawIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(Mock4626Withdraw)
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
		it.Event = new(Mock4626Withdraw)
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
func (it *Mock4626WithdrawIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *Mock4626WithdrawIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// Mock4626Withdraw represents a Withdraw event raised by the Mock4626 contract.
type Mock4626Withdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterWithdraw is a free log retrieval operation binding the contract event 0xfbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (_Mock4626 *Mock4626Filterer) FilterWithdraw(opts *bind.FilterOpts, sender []common.Address, receiver []common.Address, owner []common.Address) (*Mock4626WithdrawIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Mock4626.contract.FilterLogs(opts, "Withdraw", senderRule, receiverRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &Mock4626WithdrawIterator{contract: _Mock4626.contract, event: "Withdraw", logs: logs, sub: sub}, nil
}

// WatchWithdraw is a free log subscription operation binding the contract event 0xfbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (_Mock4626 *Mock4626Filterer) WatchWithdraw(opts *bind.WatchOpts, sink chan<- *Mock4626Withdraw, sender []common.Address, receiver []common.Address, owner []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Mock4626.contract.WatchLogs(opts, "Withdraw", senderRule, receiverRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(Mock4626Withdraw)
				if err := _Mock4626.contract.UnpackLog(event, "Withdraw", log); err != nil {
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

// ParseWithdraw is a log parse operation binding the contract event 0xfbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (_Mock4626 *Mock4626Filterer) ParseWithdraw(log types.Log) (*Mock4626Withdraw, error) {
	event := new(Mock4626Withdraw)
	if err := _Mock4626.contract.UnpackLog(event, "Withdraw", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// Mock4626YieldSimulatedIterator is returned from FilterYieldSimulated and is used to iterate over the raw logs and unpacked data for YieldSimulated events raised by the Mock4626 contract.
type Mock4626YieldSimulatedIterator struct {
	Event *Mock4626YieldSimulated // Event containing the contract specifics and raw log

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
func (it *Mock4626YieldSimulatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(Mock4626YieldSimulated)
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
		it.Event = new(Mock4626YieldSimulated)
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
func (it *Mock4626YieldSimulatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *Mock4626YieldSimulatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// Mock4626YieldSimulated represents a YieldSimulated event raised by the Mock4626 contract.
type Mock4626YieldSimulated struct {
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterYieldSimulated is a free log retrieval operation binding the contract event 0x20db849697e6b620b6a4229a23303d8e287e4b7e17440138333ba1257b9e6693.
//
// Solidity: event YieldSimulated(uint256 amount)
func (_Mock4626 *Mock4626Filterer) FilterYieldSimulated(opts *bind.FilterOpts) (*Mock4626YieldSimulatedIterator, error) {

	logs, sub, err := _Mock4626.contract.FilterLogs(opts, "YieldSimulated")
	if err != nil {
		return nil, err
	}
	return &Mock4626YieldSimulatedIterator{contract: _Mock4626.contract, event: "YieldSimulated", logs: logs, sub: sub}, nil
}

// WatchYieldSimulated is a free log subscription operation binding the contract event 0x20db849697e6b620b6a4229a23303d8e287e4b7e17440138333ba1257b9e6693.
//
// Solidity: event YieldSimulated(uint256 amount)
func (_Mock4626 *Mock4626Filterer) WatchYieldSimulated(opts *bind.WatchOpts, sink chan<- *Mock4626YieldSimulated) (event.Subscription, error) {

	logs, sub, err := _Mock4626.contract.WatchLogs(opts, "YieldSimulated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(Mock4626YieldSimulated)
				if err := _Mock4626.contract.UnpackLog(event, "YieldSimulated", log); err != nil {
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

// ParseYieldSimulated is a log parse operation binding the contract event 0x20db849697e6b620b6a4229a23303d8e287e4b7e17440138333ba1257b9e6693.
//
// Solidity: event YieldSimulated(uint256 amount)
func (_Mock4626 *Mock4626Filterer) ParseYieldSimulated(log types.Log) (*Mock4626YieldSimulated, error) {
	event := new(Mock4626YieldSimulated)
	if err := _Mock4626.contract.UnpackLog(event, "YieldSimulated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
