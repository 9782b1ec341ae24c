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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LossSimulated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"YieldSimulated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidity_\",\"type\":\"uint256\"}],\"name\":\"setLiquidity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"simulateLoss\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"simulateYield\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c06040525f19600555348015610014575f5ffd5b506040516116b03803806116b083398101604081905261003391610162565b82828260036100428382610273565b50600461004f8282610273565b5050505f5f6100638361009260201b60201c565b9150915081610073576012610075565b805b60ff1660a05250506001600160a01b031660805250610331915050565b63313ce56760e01b5f818152908190602082600481875afa5f51601f3d1190911661010082101695908602945092505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126100e8575f5ffd5b81516001600160401b03811115610101576101016100c5565b604051601f8201601f19908116603f011681016001600160401b038111828210171561012f5761012f6100c5565b604052818152838201602001851015610146575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610174575f5ffd5b83516001600160a01b038116811461018a575f5ffd5b60208501519093506001600160401b038111156101a5575f5ffd5b6101b1868287016100d9565b604086015190935090506001600160401b038111156101ce575f5ffd5b6101da868287016100d9565b9150509250925092565b600181811c908216806101f857607f821691505b60208210810361021657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561026e578282111561026e57805f5260205f20601f840160051c602085101561024757505f5b90810190601f840160051c035f5b8181101561026a575f83820155600101610255565b5050505b505050565b81516001600160401b0381111561028c5761028c6100c5565b6102a08161029a84546101e4565b8461021c565b6020601f8211600181146102d2575f83156102bb5750848201515b5f19600385901b1c1916600184901b17845561032a565b5f84815260208120601f198516915b8281101561030157878501518255602094850194600190920191016102e1565b508482101561031e57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05161133b6103755f395f61060401525f81816102a30152818161041d0152818161059f0152818161079e01528181610d6e0152610e06015261133b5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806370a08231116100fe578063c63d75b61161009e578063dd62ed3e1161006e578063dd62ed3e146103bc578063e7ca856d146103f4578063eb407ba914610407578063ef8b30f714610383575f5ffd5b8063c63d75b6146102cd578063c6e6f59214610383578063ce96cb7714610396578063d905777e146103a9575f5ffd5b8063a9059cbb116100d9578063a9059cbb14610337578063b3d7f6b91461034a578063b460af941461035d578063ba08765214610370575f5ffd5b806370a08231146102f457806394bf804d1461031c57806395d89b411461032f575f5ffd5b806323b872dd1161016957806338d52e0f1161014457806338d52e0f14610296578063402d267d146102cd5780634cdad506146101fa5780636e553f65146102e1575f5ffd5b806323b872dd1461025457806323bcb40b14610267578063313ce5671461027c575f5ffd5b8063095ea7b3116101a4578063095ea7b31461020d5780630a28a4771461023057806318160ddd146102435780631a6865021461024b575f5ffd5b806301e1d114146101ca57806306fdde03146101e557806307a2d13a146101fa575b5f5ffd5b6101d261041a565b6040519081526020015b60405180910390f35b6101ed6104a9565b6040516101dc9190610fa2565b6101d2610208366004610fd7565b610539565b61022061021b366004611009565b61054a565b60405190151581526020016101dc565b6101d261023e366004610fd7565b610561565b6002546101d2565b6101d260055481565b610220610262366004611031565b61056d565b61027a61027536600461106b565b610592565b005b6102846105fd565b60405160ff90911681526020016101dc565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016101dc565b6101d26102db366004611095565b505f1990565b6101d26102ef36600461106b565b610628565b6101d2610302366004611095565b6001600160a01b03165f9081526020819052604090205490565b6101d261032a36600461106b565b610659565b6101ed610674565b610220610345366004611009565b610683565b6101d2610358366004610fd7565b610690565b6101d261036b3660046110ae565b61069c565b6101d261037e3660046110ae565b6106f2565b6101d2610391366004610fd7565b61073f565b6101d26103a4366004611095565b61074a565b6101d26103b7366004611095565b61075f565b6101d26103ca3660046110e7565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61027a610402366004610fd7565b610791565b61027a610415366004610fd7565b600555565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610480573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a4919061110f565b905090565b6060600380546104b890611126565b80601f01602080910402602001604051908101604052809291908181526020018280546104e490611126565b801561052f5780601f106105065761010080835404028352916020019161052f565b820191905f5260205f20905b81548152906001019060200180831161051257829003601f168201915b5050505050905090565b5f610544825f6107fc565b92915050565b5f33610557818585610834565b5060019392505050565b5f610544826001610846565b5f3361057a858285610875565b6105858585856108de565b60019150505b9392505050565b6105c66001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016828461093b565b6040518281527f5477ce08bb96829b10b91291cca07e2cd85f59461a87abefd3f88b7cfddf195c9060200160405180910390a15050565b5f6104a4817f0000000000000000000000000000000000000000000000000000000000000000611172565b5f5f19610639565b60405180910390fd5b5f6106438561073f565b905061065133858784610970565b949350505050565b5f5f195f61066685610690565b905061065133858388610970565b6060600480546104b890611126565b5f336105578185856108de565b5f6105448260016107fc565b5f5f6106a78361074a565b9050808511156106d057828582604051633fa733bb60e21b81526004016106309392919061118b565b5f6106da86610561565b90506106e933868689856109e0565b95945050505050565b5f5f6106fd8361075f565b90508085111561072657828582604051632e52afbb60e21b81526004016106309392919061118b565b5f61073086610539565b90506106e9338686848a6109e0565b5f610544825f610846565b5f61054461075783610a7f565b600554610a8c565b5f5f61076a83610a9b565b90505f196005540361077c5792915050565b61058b8161078c6005545f610846565b610a8c565b6107c66001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084610ab8565b6040518181527f20db849697e6b620b6a4229a23303d8e287e4b7e17440138333ba1257b9e66939060200160405180910390a150565b5f61058b61080861041a565b6108139060016111ac565b61081e5f600a6112a2565b60025461082b91906111ac565b85919085610aee565b6108418383836001610b30565b505050565b5f61058b61085582600a6112a2565b60025461086291906111ac565b61086a61041a565b61082b9060016111ac565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156108d857818110156108ca57828183604051637dc7a0d960e11b81526004016106309392919061118b565b6108d884848484035f610b30565b50505050565b6001600160a01b03831661090757604051634b637e8f60e11b81525f6004820152602401610630565b6001600160a01b0382166109305760405163ec442f0560e01b81525f6004820152602401610630565b610841838383610bf4565b6109488383836001610d07565b61084157604051635274afe760e01b81526001600160a01b0384166004820152602401610630565b61097a8483610d69565b6109848382610d99565b826001600160a01b0316846001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d784846040516109d2929190918252602082015260400190565b60405180910390a350505050565b826001600160a01b0316856001600160a01b031614610a0457610a04838683610875565b610a0e8382610dcd565b610a188483610e01565b826001600160a01b0316846001600160a01b0316866001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db8585604051610a70929190918252602082015260400190565b60405180910390a45050505050565b5f6105446102088361075f565b5f82821882841002821861058b565b6001600160a01b0381165f90815260208190526040812054610544565b610ac6848484846001610e2c565b6108d857604051635274afe760e01b81526001600160a01b0385166004820152602401610630565b5f610b1b610afb83610e99565b8015610b1657505f8480610b1157610b116112b0565b868809115b151590565b610b26868686610ec5565b6106e991906111ac565b6001600160a01b038416610b595760405163e602df0560e01b81525f6004820152602401610630565b6001600160a01b038316610b8257604051634a1406b160e11b81525f6004820152602401610630565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156108d857826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516109d291815260200190565b6001600160a01b038316610c1e578060025f828254610c1391906111ac565b90915550610c7b9050565b6001600160a01b0383165f9081526020819052604090205481811015610c5d5783818360405163391434e360e21b81526004016106309392919061118b565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610c9757600280548290039055610cb5565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610cfa91815260200190565b60405180910390a3505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610d5d578383151615610d51573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b610d957f0000000000000000000000000000000000000000000000000000000000000000833084610ab8565b5050565b6001600160a01b038216610dc25760405163ec442f0560e01b81525f6004820152602401610630565b610d955f8383610bf4565b6001600160a01b038216610df657604051634b637e8f60e11b81525f6004820152602401610630565b610d95825f83610bf4565b610d957f0000000000000000000000000000000000000000000000000000000000000000838361093b565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610e88578383151615610e7c573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6002826003811115610eae57610eae6112c4565b610eb891906112d8565b60ff166001149050919050565b5f5f5f610ed28686610f75565b91509150815f03610ef657838181610eec57610eec6112b0565b049250505061058b565b818411610f0d57610f0d6003851502601118610f91565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215610fe7575f5ffd5b5035919050565b80356001600160a01b0381168114611004575f5ffd5b919050565b5f5f6040838503121561101a575f5ffd5b61102383610fee565b946020939093013593505050565b5f5f5f60608486031215611043575f5ffd5b61104c84610fee565b925061105a60208501610fee565b929592945050506040919091013590565b5f5f6040838503121561107c575f5ffd5b8235915061108c60208401610fee565b90509250929050565b5f602082840312156110a5575f5ffd5b61058b82610fee565b5f5f5f606084860312156110c0575f5ffd5b833592506110d060208501610fee565b91506110de60408501610fee565b90509250925092565b5f5f604083850312156110f8575f5ffd5b61110183610fee565b915061108c60208401610fee565b5f6020828403121561111f575f5ffd5b5051919050565b600181811c9082168061113a57607f821691505b60208210810361115857634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b60ff81811683821601908111156105445761054461115e565b6001600160a01b039390931683526020830191909152604082015260600190565b808201808211156105445761054461115e565b6001815b60018411156111fa578085048111156111de576111de61115e565b60018416156111ec57908102905b60019390931c9280026111c3565b935093915050565b5f8261121057506001610544565b8161121c57505f610544565b8160018114611232576002811461123c57611258565b6001915050610544565b60ff84111561124d5761124d61115e565b50506001821b610544565b5060208310610133831016604e8410600b841016171561127b575081810a610544565b6112875f1984846111bf565b805f190482111561129a5761129a61115e565b029392505050565b5f61058b60ff841683611202565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b5f60ff8316806112f657634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fea26469706673582212207e207a40978fb50bd838ce669741e913c1399d1524a5fef1d739e3575abc762964736f6c63430008250033",
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
// Solidity: function maxMint(address ) view returns(uint256)
func (_Mock4626 *Mock4626Caller) MaxMint(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Mock4626.contract.Call(opts, &out, "maxMint", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (_Mock4626 *Mock4626Session) MaxMint(arg0 common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxMint(&_Mock4626.CallOpts, arg0)
}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (_Mock4626 *Mock4626CallerSession) MaxMint(arg0 common.Address) (*big.Int, error) {
	return _Mock4626.Contract.MaxMint(&_Mock4626.CallOpts, arg0)
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
