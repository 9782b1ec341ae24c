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

// DecisionReceipt is an auto generated low-level Go binding around an user-defined struct.
type DecisionReceipt struct {
	ConfigHash      [32]byte
	ModelId         [32]byte
	InputBlock      *big.Int
	PredictedApyBps *big.Int
	ExpectedGain    *big.Int
}

// VaultMetaData contains all meta data concerning the Vault contract.
var VaultMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keeper_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minIdleBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"AbsoluteCapRaised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"CapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"CooldownActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"DuplicateSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"FutureReceipt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientIdle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cooldown\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCooldown\",\"type\":\"uint256\"}],\"name\":\"InvalidCooldown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"InvalidQueueLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"InvalidTargetsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalBefore\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLoss\",\"type\":\"uint256\"}],\"name\":\"MaxLossExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxSourcesExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minIdle\",\"type\":\"uint256\"}],\"name\":\"MinIdleViolated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardianOrGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RelativeCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"RelativeCapRaised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceNotEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"turnover\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTurnover\",\"type\":\"uint256\"}],\"name\":\"TurnoverExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"UnknownSource\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VaultNotPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VaultPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"AddSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"KeeperHeartbeat\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"PulledFromSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"predictedApyBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"expectedGain\",\"type\":\"uint256\"}],\"name\":\"RebalanceDecision\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"targets\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idle\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalAssets\",\"type\":\"uint256\"}],\"name\":\"Rebalanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"RemoveSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"SetCaps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newCooldown\",\"type\":\"uint256\"}],\"name\":\"SetCooldown\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"SetGovernance\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"SetGuardian\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"SetKeeper\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxLossBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxLossBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxTurnoverBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxTurnoverBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMinIdleBps\",\"type\":\"uint256\"}],\"name\":\"SetMinIdleBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"queue\",\"type\":\"address[]\"}],\"name\":\"SetWithdrawQueue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOURCES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROUNDING_TOLERANCE_PER_SOURCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"addSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availableLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidity\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"caps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cooldown\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSources\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getWithdrawQueue\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"heartbeat\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"idle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSource\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastKeeperActivity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRebalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"lowerCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxLossBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTurnoverBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minIdleBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"targets\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"predictedApyBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedGain\",\"type\":\"uint256\"}],\"internalType\":\"structDecisionReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"}],\"name\":\"rebalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"relativeCaps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"removeSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"setCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newCooldown\",\"type\":\"uint256\"}],\"name\":\"setCooldown\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"setGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"setGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxLossBps\",\"type\":\"uint256\"}],\"name\":\"setMaxLossBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxTurnoverBps\",\"type\":\"uint256\"}],\"name\":\"setMaxTurnoverBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMinIdleBps\",\"type\":\"uint256\"}],\"name\":\"setMinIdleBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"queue\",\"type\":\"address[]\"}],\"name\":\"setWithdrawQueue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"sourceAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"sourceAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sourcesLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c0604052600a600955612710600a5534801561001a575f5ffd5b50604051613e74380380613e7483398101604081905261003991610384565b868686600361004883826104c2565b50600461005582826104c2565b5050505f5f6100698361029960201b60201c565b915091508161007957601261007b565b805b60ff1660a05250506001600160a01b03908116608052871615806100a657506001600160a01b038416155b806100b857506001600160a01b038316155b806100ca57506001600160a01b038216155b156100e85760405163d92e233d60e01b815260040160405180910390fd5b61271081111561011257604051632e109e9f60e01b81526004810182905260240160405180910390fd5b600580546001600160a01b038087166001600160a01b03199283168117909355600680548783169084161790556007805491861691909216179055600882905542600d556040517f24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219905f90a26040516001600160a01b038416907f31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8905f90a26040516001600160a01b038316907fefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b905f90a26040518181527fff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb9060200160405180910390a17f0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad280460095460405161024a91815260200190565b60405180910390a17feef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e600a5460405161028591815260200190565b60405180910390a150505050505050610580565b63313ce56760e01b5f818152908190602082600481875afa5f51601f3d1190911661010082101695908602945092505050565b80516001600160a01b03811681146102e2575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261030a575f5ffd5b81516001600160401b03811115610323576103236102e7565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610351576103516102e7565b604052818152838201602001851015610368575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f5f5f60e0888a03121561039a575f5ffd5b6103a3886102cc565b60208901519097506001600160401b038111156103be575f5ffd5b6103ca8a828b016102fb565b60408a015190975090506001600160401b038111156103e7575f5ffd5b6103f38a828b016102fb565b955050610402606089016102cc565b9350610410608089016102cc565b925061041e60a089016102cc565b915060c0880151905092959891949750929550565b600181811c9082168061044757607f821691505b60208210810361046557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104bd57828211156104bd57805f5260205f20601f840160051c602085101561049657505f5b90810190601f840160051c035f5b818110156104b9575f838201556001016104a4565b5050505b505050565b81516001600160401b038111156104db576104db6102e7565b6104ef816104e98454610433565b8461046b565b6020601f821160018114610521575f831561050a5750848201515b5f19600385901b1c1916600184901b178455610579565b5f84815260208120601f198516915b828110156105505787850151825560209485019460019092019101610530565b508482101561056d57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a0516138b06105c45f395f610acf01525f81816104b701528181610afb015281816116ff0152818161250101528181612b3f0152612fba01526138b05ff3fe608060405234801561000f575f5ffd5b50600436106103bf575f3560e01c8063748747e6116101f5578063b12ba8b311610114578063d905777e116100a9578063efeec38c11610079578063efeec38c146107ee578063f1f729a114610801578063f531054114610814578063ff0b718314610827575f5ffd5b8063d905777e1461079a578063dcb15f21146107ad578063dd62ed3e146107b6578063ef8b30f714610774575f5ffd5b8063c1a4acbe116100e4578063c1a4acbe14610755578063c63d75b614610508578063c6e6f59214610774578063ce96cb7714610787575f5ffd5b8063b12ba8b314610709578063b3d7f6b91461071c578063b460af941461072f578063ba08765214610742575f5ffd5b8063996a37271161018a578063ab033ea91161015a578063ab033ea9146106c8578063abc4bccf146106db578063aced1661146106ee578063af520da114610701575f5ffd5b8063996a372714610678578063a46ce69c1461068b578063a709fe9d14610693578063a9059cbb146106b5575f5ffd5b80638a0dac4a116101c55780638a0dac4a146106405780638b41d35f1461065357806394bf804d1461065d57806395d89b4114610670575f5ffd5b8063748747e614610609578063787a08a61461061c57806380a30e30146106255780638456cb5914610638575f5ffd5b80633f4ba83a116102e15780635c975abb116102765780636e553f65116102465780636e553f65146105b35780636e849a73146105c657806370a08231146105d95780637437535914610601575f5ffd5b80635c975abb1461057057806364aefc061461058457806366d97b211461058c5780636a508772146105ab575f5ffd5b80634fc3f41a116102b15780634fc3f41a1461052e5780635aa6e675146105415780635b381556146105545780635c0d194214610567575f5ffd5b80633f4ba83a14610500578063402d267d14610508578063452a93201461051b5780634cdad506146103f3575f5ffd5b806323b872dd116103575780633192164f116103275780633192164f146104ad57806338d52e0f146104b557806339a56673146104ef5780633defb962146104f8575f5ffd5b806323b872dd146104625780632caea2b8146104755780633129c2751461048a578063313ce56714610493575f5ffd5b80630a28a477116103925780630a28a47714610429578063106b9ca11461043c578063111830521461044557806318160ddd1461045a575f5ffd5b806301e1d114146103c357806306fdde03146103de57806307a2d13a146103f3578063095ea7b314610406575b5f5ffd5b6103cb61083a565b6040519081526020015b60405180910390f35b6103e66108ed565b6040516103d591906131d6565b6103cb61040136600461320b565b61097d565b610419610414366004613239565b61098e565b60405190151581526020016103d5565b6103cb61043736600461320b565b6109a5565b6103cb600c5481565b61044d6109b1565b6040516103d59190613263565b6002546103cb565b6104196104703660046132ae565b610a10565b61048861048336600461320b565b610a35565b005b6103cb60095481565b61049b610ac7565b60405160ff90911681526020016103d5565b6103cb610af8565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016103d5565b6103cb60085481565b610488610b82565b610488610bea565b6103cb6105163660046132ec565b610c91565b6006546104d7906001600160a01b031681565b61048861053c36600461320b565b610cb2565b6005546104d7906001600160a01b031681565b61048861056236600461320b565b610d42565b6103cb600d5481565b60075461041990600160a01b900460ff1681565b6103cb601481565b6103cb61059a3660046132ec565b600e6020525f908152604090205481565b6011546103cb565b6103cb6105c1366004613307565b610dc8565b6104886105d43660046132ec565b610e11565b6103cb6105e73660046132ec565b6001600160a01b03165f9081526020819052604090205490565b6103cb610f89565b6104886106173660046132ec565b611038565b6103cb600b5481565b61048861063336600461337d565b6110d3565b61048861126f565b61048861064e3660046132ec565b611304565b6103cb62278d0081565b6103cb61066b366004613307565b61139f565b6103e66113de565b6104886106863660046133bc565b6113ed565b6103cb600281565b6104196106a13660046132ec565b60106020525f908152604090205460ff1681565b6104196106c3366004613239565b6114ea565b6104886106d63660046132ec565b6114f7565b6104d76106e936600461320b565b611592565b6007546104d7906001600160a01b031681565b61044d6115c0565b6104886107173660046133bc565b61161e565b6103cb61072a36600461320b565b611924565b6103cb61073d3660046133ee565b611930565b6103cb6107503660046133ee565b61194e565b6103cb6107633660046132ec565b600f6020525f908152604090205481565b6103cb61078236600461320b565b611962565b6103cb6107953660046132ec565b61196d565b6103cb6107a83660046132ec565b6119a5565b6103cb600a5481565b6103cb6107c436600461342d565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6104886107fc3660046133bc565b6119d2565b61048861080f36600461320b565b611a76565b6103cb6108223660046132ec565b611afc565b610488610835366004613459565b611b82565b5f610843610af8565b6011549091505f5b818110156108e85760118181548110610866576108666134b3565b5f9182526020918290200154604080516278744560e21b815290516001600160a01b03909216926301e1d114926004808401938290030181865afa1580156108b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108d491906134c7565b6108de90846134f2565b925060010161084b565b505090565b6060600380546108fc90613505565b80601f016020809104026020016040519081016040528092919081815260200182805461092890613505565b80156109735780601f1061094a57610100808354040283529160200191610973565b820191905f5260205f20905b81548152906001019060200180831161095657829003601f168201915b5050505050905090565b5f610988825f611d8b565b92915050565b5f3361099b818585611dc4565b5060019392505050565b5f610988826001611dd1565b6060601280548060200260200160405190810160405280929190818152602001828054801561097357602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116109e9575050505050905090565b5f33610a1d858285611e01565b610a28858585611e6a565b60019150505b9392505050565b6005546001600160a01b03163314610a6057604051632d5be4cb60e21b815260040160405180910390fd5b612710811115610a8b57604051632e109e9f60e01b8152600481018290526024015b60405180910390fd5b600a8190556040518181527feef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e906020015b60405180910390a150565b5f610af360067f000000000000000000000000000000000000000000000000000000000000000061353d565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610b5e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610af391906134c7565b6007546001600160a01b03163314610bad57604051631ea2564f60e31b815260040160405180910390fd5b42600d81905560405190815233907f3bfd009ffacf7c98f6bf18c0f086ce6c3733ce5773e07952198d6876c3154a629060200160405180910390a2565b6006546001600160a01b03163314801590610c1057506005546001600160a01b03163314155b15610c2e5760405163404ead7760e11b815260040160405180910390fd5b600754600160a01b900460ff16610c5857604051637bffa6e560e11b815260040160405180910390fd5b6007805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b6007545f90600160a01b900460ff16610cab575f19610988565b5f92915050565b6005546001600160a01b03163314610cdd57604051632d5be4cb60e21b815260040160405180910390fd5b62278d00811115610d0d57604051632fe31aab60e01b81526004810182905262278d006024820152604401610a82565b600b8190556040518181527f89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a697690602001610abc565b6005546001600160a01b03163314610d6d57604051632d5be4cb60e21b815260040160405180910390fd5b612710811115610d9357604051632e109e9f60e01b815260048101829052602401610a82565b60088190556040518181527fff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb90602001610abc565b6007545f90600160a01b900460ff1615610df5576040516336a7e2cd60e21b815260040160405180910390fd5b610dfd611ec7565b610e078383611efe565b9050610988611f52565b6005546001600160a01b03163314610e3c57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0381165f9081526010602052604090205460ff16610e7f57604051630c2fd05360e01b81526001600160a01b0382166004820152602401610a82565b5f816001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ebc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ee091906134c7565b90508015610f13576040516397a5788f60e01b81526001600160a01b038316600482015260248101829052604401610a82565b610f1e601183611f7c565b610f29601283611f7c565b6001600160a01b0382165f818152601060209081526040808320805460ff19169055600e8252808320839055600f909152808220829055517fabfe42ac66f79bbf414f70da9b153759fed4211c54e4d9bbbff534ff2a9611e79190a25050565b5f610f92610af8565b6011549091505f5b818110156108e85760118181548110610fb557610fb56134b3565b5f91825260209182902001546040805163ac7a1b5b60e01b815290516001600160a01b039092169263ac7a1b5b926004808401938290030181865afa158015611000573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061102491906134c7565b61102e90846134f2565b9250600101610f9a565b6005546001600160a01b0316331461106357604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b03811661108a5760405163d92e233d60e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040517fefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b905f90a250565b6005546001600160a01b031633146110fe57604051632d5be4cb60e21b815260040160405180910390fd5b60115481811461112b576040516319376e2160e01b81526004810183905260248101829052604401610a82565b5f5b81811015611222575f848483818110611148576111486134b3565b905060200201602081019061115d91906132ec565b6001600160a01b0381165f9081526010602052604090205490915060ff166111a357604051630c2fd05360e01b81526001600160a01b0382166004820152602401610a82565b5f5b8281101561121857816001600160a01b03168686838181106111c9576111c96134b3565b90506020020160208101906111de91906132ec565b6001600160a01b03160361121057604051630116465b60e01b81526001600160a01b0383166004820152602401610a82565b6001016111a5565b505060010161112d565b50601261123083858361358d565b507fa636062456a3ba2573aaa40ababdcba201bf93ece44a5aa43f5f6bd547a2e19a8383604051611262929190613622565b60405180910390a1505050565b6006546001600160a01b0316331461129a576040516377b6878160e11b815260040160405180910390fd5b600754600160a01b900460ff16156112c5576040516336a7e2cd60e21b815260040160405180910390fd5b6007805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b6005546001600160a01b0316331461132f57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0381166113565760405163d92e233d60e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040517f31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8905f90a250565b6007545f90600160a01b900460ff16156113cc576040516336a7e2cd60e21b815260040160405180910390fd5b6113d4611ec7565b610e07838361208e565b6060600480546108fc90613505565b6006546001600160a01b03163314611418576040516377b6878160e11b815260040160405180910390fd5b6001600160a01b0383165f9081526010602052604090205460ff1661145b57604051630c2fd05360e01b81526001600160a01b0384166004820152602401610a82565b6001600160a01b0383165f908152600e60205260409020548083111561149a5783818460405163414443b760e11b8152600401610a829392919061366e565b6001600160a01b0384165f908152600f6020526040902054808311156114d857848184604051626dd5ed60e21b8152600401610a829392919061366e565b6114e38585856120da565b5050505050565b5f3361099b818585611e6a565b6005546001600160a01b0316331461152257604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0381166115495760405163d92e233d60e01b815260040160405180910390fd5b600580546001600160a01b0319166001600160a01b0383169081179091556040517f24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219905f90a250565b5f601182815481106115a6576115a66134b3565b5f918252602090912001546001600160a01b031692915050565b6060601180548060200260200160405190810160405280929190818152602001828054801561097357602002820191905f5260205f209081546001600160a01b031681526001909101906020018083116109e9575050505050905090565b6005546001600160a01b0316331461164957604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0383166116705760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f9081526010602052604090205460ff16156116b457604051631c891e0b60e11b81526001600160a01b0384166004820152602401610a82565b6011546014116116d757604051632028e88b60e11b815260040160405180910390fd5b6127108111156116fd57604051632e109e9f60e01b815260048101829052602401610a82565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b03166338d52e0f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611763573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611787919061368f565b6001600160a01b031614158061180e5750306001600160a01b0316836001600160a01b031663fbfa77cf6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156117de573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611802919061368f565b6001600160a01b031614155b1561183757604051633043166760e01b81526001600160a01b0384166004820152602401610a82565b6001600160a01b0383165f818152601060209081526040808320805460ff19166001908117909155601180548083019091557f31ecc21a745e3968a04e9570e4425bc18fa8019c68028196b546d1669c200c680180546001600160a01b031990811687179091556012805492830190557fbb8a6a4669ba250d26cd7a459eca9d215f8307e33aebe50379bc5a3617ec3444909101805490911685179055600e8252808320869055600f82529182902084905581518581529081018490527faf7732bbba79f5a7f4ed3d7b612441e6a3f1f97e937a79bfb5e2f2230650af00910160405180910390a2505050565b5f610988826001611d8b565b5f611939611ec7565b611944848484612140565b9050610a2e611f52565b5f611957611ec7565b611944848484612196565b5f610988825f611dd1565b5f610988611998611992846001600160a01b03165f9081526020819052604090205490565b5f611d8b565b6119a0610f89565b6121e3565b6001600160a01b0381165f90815260208190526040812054610988906119a06119cc610f89565b5f611dd1565b6005546001600160a01b031633146119fd57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0383165f9081526010602052604090205460ff16611a4057604051630c2fd05360e01b81526001600160a01b0384166004820152602401610a82565b612710811115611a6657604051632e109e9f60e01b815260048101829052602401610a82565b611a718383836120da565b505050565b6005546001600160a01b03163314611aa157604051632d5be4cb60e21b815260040160405180910390fd5b612710811115611ac757604051632e109e9f60e01b815260048101829052602401610a82565b60098190556040518181527f0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad280490602001610abc565b6001600160a01b0381165f9081526010602052604081205460ff16611b2257505f919050565b816001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b5e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061098891906134c7565b6007546001600160a01b03163314611bad57604051631ea2564f60e31b815260040160405180910390fd5b600754600160a01b900460ff1615611bd8576040516336a7e2cd60e21b815260040160405180910390fd5b611be0611ec7565b601154828114611c0d576040516328087cdb60e11b81526004810184905260248101829052604401610a82565b4382604001351115611c3e5760408051630a9efa1960e31b8152908301356004820152436024820152604401610a82565b5f600b54600c54611c4f91906134f2565b9050600c545f14158015611c6257508042105b15611c895760405163181511ab60e31b815260048101829052426024820152604401610a82565b5f611c9261083a565b90505f611c9d610af8565b90505f5f611cac8989866121f2565b42600c819055600d559092509050611cc58989846123e3565b5f5f611cd286868561270d565b91509150336001600160a01b03167fe08c0cfa83d729f6639843dac2402435bcc5a25fc183eb27e2d2f13bb8c585008c8c8585604051611d1594939291906136aa565b60405180910390a2604080516020808c01358252828c0135908201526060808c0135928201929092526080808c0135928201929092528a359133917f4814029c33f6430ce04afae7fd6a8507031aa3395047f23b49ac17ada2219081910160405180910390a35050505050505050611a71611f52565b5f610a2e611d9761083a565b611da29060016134f2565b611dae6006600a6137d1565b600254611dbb91906134f2565b8591908561284b565b611a71838383600161288d565b5f610a2e611de16006600a6137d1565b600254611dee91906134f2565b611df661083a565b611dbb9060016134f2565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015611e645781811015611e5657828183604051637dc7a0d960e11b8152600401610a829392919061366e565b611e6484848484035f61288d565b50505050565b6001600160a01b038316611e9357604051634b637e8f60e11b81525f6004820152602401610a82565b6001600160a01b038216611ebc5760405163ec442f0560e01b81525f6004820152602401610a82565b611a7183838361295f565b611ecf612a65565b611efc60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612aa5565b565b5f5f611f0983610c91565b905080841115611f3257828482604051633c8097d960e11b8152600401610a829392919061366e565b5f611f3c85611962565b9050611f4a33858784612aac565b949350505050565b611efc5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611ef6565b81545f5b826001600160a01b0316848281548110611f9c57611f9c6134b3565b5f918252602090912001546001600160a01b031614611fc557611fbe816137df565b9050611f80565b81611fd18260016134f2565b10156120585783611fe38260016134f2565b81548110611ff357611ff36134b3565b905f5260205f20015f9054906101000a90046001600160a01b0316848281548110612020576120206134b3565b5f91825260209091200180546001600160a01b0319166001600160a01b0392909216919091179055612051816137df565b9050611fc5565b83805480612068576120686137f7565b5f8281526020902081015f1990810180546001600160a01b031916905501905550505050565b5f5f61209983610c91565b9050808411156120c25782848260405163284ff66760e01b8152600401610a829392919061366e565b5f6120cc85611924565b9050611f4a33858388612aac565b6001600160a01b0383165f818152600e60209081526040808320869055600f825291829020849055815185815290810184905233917f1976a81aa82a79862eb33d7aabba7f33ec9966a94785490c43acb66ffa3a74af91015b60405180910390a3505050565b5f5f61214b8361196d565b90508085111561217457828582604051633fa733bb60e21b8152600401610a829392919061366e565b5f61217e866109a5565b905061218d3386868985612b0e565b95945050505050565b5f5f6121a1836119a5565b9050808511156121ca57828582604051632e52afbb60e21b8152600401610a829392919061366e565b5f6121d48661097d565b905061218d338686848a612b0e565b5f828218828410028218610a2e565b60605f838067ffffffffffffffff81111561220f5761220f613556565b604051908082528060200260200182016040528015612238578160200160208202803683370190505b5092505f5b818110156123d9575f60118281548110612259576122596134b3565b5f9182526020822001546001600160a01b03169150888884818110612280576122806134b3565b6001600160a01b0385165f908152600e602090815260409091205491029290920135925050808211156122cc5782828260405163c237339560e01b8152600401610a829392919061366e565b6001600160a01b0383165f908152600f60205260408120546122f2908a90612710612e5f565b90508083111561231b57838382604051638ab2b86960e01b8152600401610a829392919061366e565b5f846001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015612358573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061237c91906134c7565b905080898781518110612391576123916134b3565b6020026020010181815250508084116123b3576123ae848261380b565b6123bd565b6123bd818561380b565b6123c790896134f2565b9750505050505080600101905061223d565b5050935093915050565b815f5b818110156124fe57848482818110612400576124006134b3565b90506020020135838281518110612419576124196134b3565b602002602001015111156124f6576011818154811061243a5761243a6134b3565b5f918252602090912001546001600160a01b031662f714ce868684818110612464576124646134b3565b9050602002013585848151811061247d5761247d6134b3565b602002602001015161248f919061380b565b6040516001600160e01b031960e084901b16815260048101919091523060248201526044016020604051808303815f875af11580156124d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124f491906134c7565b505b6001016123e6565b507f00000000000000000000000000000000000000000000000000000000000000005f5b82811015612705575f6011828154811061253e5761253e6134b3565b5f918252602080832090910154604080516278744560e21b815290516001600160a01b03909216945084926301e1d114926004808401938290030181865afa15801561258c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125b091906134c7565b90508787848181106125c4576125c46134b3565b905060200201358110156126fb575f818989868181106125e6576125e66134b3565b905060200201356125f7919061380b565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038716906370a0823190602401602060405180830381865afa15801561263e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061266291906134c7565b90508082111561268f5760405163c8564bd360e01b81526004810183905260248101829052604401610a82565b6126a36001600160a01b0387168584612f0f565b60405163b6b55f2560e01b8152600481018390526001600160a01b0385169063b6b55f25906024015f604051808303815f87803b1580156126e2575f5ffd5b505af11580156126f4573d5f5f3e3d5ffd5b5050505050505b5050600101612522565b505050505050565b5f5f61271761083a565b9050612721610af8565b91505f61273582600854612710600161284b565b9050808310156127625760405163c4acde0d60e01b81526004810184905260248101829052604401610a82565b6011545f906127739060029061356a565b61278288600954612710612e5f565b61278c91906134f2565b90508661279982856134f2565b10156127c95760405163442ffa8960e11b8152600481018890526024810184905260448101829052606401610a82565b5f60028786116127e2576127dd868961380b565b6127ec565b6127ec888761380b565b6127f690886134f2565b6128009190613832565b90505f61281289600a54612710612e5f565b90508082111561283f576040516303818dab60e11b81526004810183905260248101829052604401610a82565b50505050935093915050565b5f61287861285883612f89565b801561287357505f848061286e5761286e61381e565b868809115b151590565b612883868686612e5f565b61218d91906134f2565b6001600160a01b0384166128b65760405163e602df0560e01b81525f6004820152602401610a82565b6001600160a01b0383166128df57604051634a1406b160e11b81525f6004820152602401610a82565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015611e6457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161295191815260200190565b60405180910390a350505050565b6001600160a01b038316612989578060025f82825461297e91906134f2565b909155506129e69050565b6001600160a01b0383165f90815260208190526040902054818110156129c85783818360405163391434e360e21b8152600401610a829392919061366e565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216612a0257600280548290039055612a20565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161213391815260200190565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611efc57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b612ab68483612fb5565b612ac08382612fe5565b826001600160a01b0316846001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d78484604051612951929190918252602082015260400190565b826001600160a01b0316856001600160a01b031614612b3257612b32838683611e01565b612b3c8382613019565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015612ba5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bc991906134c7565b6012549091505f5b8181108015612bdf57508583105b15612db5575f60128281548110612bf857612bf86134b3565b5f9182526020822001546001600160a01b03169150612c7a612c1a868a61380b565b836001600160a01b031663ac7a1b5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612c56573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119a091906134c7565b9050805f03612c8a575050612da5565b604051627b8a6760e11b8152600481018290523060248201526001600160a01b0383169062f714ce906044016020604051808303815f875af1158015612cd2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612cf691906134c7565b50816001600160a01b03167f8e03175fe30d0daf554cd32b989a6bcb616cb9c4ea859eb213b4a2716dac94a582604051612d3291815260200190565b60405180910390a26040516370a0823160e01b81523060048201526001600160a01b038716906370a0823190602401602060405180830381865afa158015612d7c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612da091906134c7565b945050505b612dae816137df565b9050612bd1565b5084821015612de15760405163a17e11d560e01b81526004810186905260248101839052604401610a82565b612df56001600160a01b038416888761304d565b856001600160a01b0316876001600160a01b0316896001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db8888604051612e4d929190918252602082015260400190565b60405180910390a45050505050505050565b5f5f5f612e6c868661305a565b91509150815f03612e9057838181612e8657612e8661381e565b0492505050610a2e565b818411612ea757612ea76003851502601118613076565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b612f1b8383835f613087565b611a7157612f2c83835f6001613087565b612f5457604051635274afe760e01b81526001600160a01b0384166004820152602401610a82565b612f618383836001613087565b611a7157604051635274afe760e01b81526001600160a01b0384166004820152602401610a82565b5f6002826003811115612f9e57612f9e613845565b612fa89190613859565b60ff166001149050919050565b612fe17f00000000000000000000000000000000000000000000000000000000000000008330846130e9565b5050565b6001600160a01b03821661300e5760405163ec442f0560e01b81525f6004820152602401610a82565b612fe15f838361295f565b6001600160a01b03821661304257604051634b637e8f60e11b81525f6004820152602401610a82565b612fe1825f8361295f565b612f61838383600161311f565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166130dd5783831516156130d1573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6130f7848484846001613169565b611e6457604051635274afe760e01b81526001600160a01b0385166004820152602401610a82565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166130dd5783831516156130d1573d5f823e3d81fd5b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166131c55783831516156131b9573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6020828403121561321b575f5ffd5b5035919050565b6001600160a01b0381168114613236575f5ffd5b50565b5f5f6040838503121561324a575f5ffd5b823561325581613222565b946020939093013593505050565b602080825282518282018190525f918401906040840190835b818110156132a35783516001600160a01b031683526020938401939092019160010161327c565b509095945050505050565b5f5f5f606084860312156132c0575f5ffd5b83356132cb81613222565b925060208401356132db81613222565b929592945050506040919091013590565b5f602082840312156132fc575f5ffd5b8135610a2e81613222565b5f5f60408385031215613318575f5ffd5b82359150602083013561332a81613222565b809150509250929050565b5f5f83601f840112613345575f5ffd5b50813567ffffffffffffffff81111561335c575f5ffd5b6020830191508360208260051b8501011115613376575f5ffd5b9250929050565b5f5f6020838503121561338e575f5ffd5b823567ffffffffffffffff8111156133a4575f5ffd5b6133b085828601613335565b90969095509350505050565b5f5f5f606084860312156133ce575f5ffd5b83356133d981613222565b95602085013595506040909401359392505050565b5f5f5f60608486031215613400575f5ffd5b83359250602084013561341281613222565b9150604084013561342281613222565b809150509250925092565b5f5f6040838503121561343e575f5ffd5b823561344981613222565b9150602083013561332a81613222565b5f5f5f83850360c081121561346c575f5ffd5b843567ffffffffffffffff811115613482575f5ffd5b61348e87828801613335565b90955093505060a0601f19820112156134a5575f5ffd5b506020840190509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156134d7575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610988576109886134de565b600181811c9082168061351957607f821691505b60208210810361353757634e487b7160e01b5f52602260045260245ffd5b50919050565b60ff8181168382160190811115610988576109886134de565b634e487b7160e01b5f52604160045260245ffd5b8082028115828204841417610988576109886134de565b5f813561098881613222565b67ffffffffffffffff8311156135a5576135a5613556565b680100000000000000008311156135be576135be613556565b8054838255808410156135f257815f528360205f20018482035f5b818110156135ee575f838201556001016135d9565b5050505b505f8181526020812083915b858110156127055761360f83613581565b82820155602092909201916001016135fe565b602080825281018290525f8360408301825b8581101561366457823561364781613222565b6001600160a01b0316825260209283019290910190600101613634565b5095945050505050565b6001600160a01b039390931683526020830191909152604082015260600190565b5f6020828403121561369f575f5ffd5b8151610a2e81613222565b606080825281018490525f6001600160fb1b038511156136c8575f5ffd5b8460051b8087608085013760208301949094525060408101919091520160800192915050565b6001815b60018411156137295780850481111561370d5761370d6134de565b600184161561371b57908102905b60019390931c9280026136f2565b935093915050565b5f8261373f57506001610988565b8161374b57505f610988565b8160018114613761576002811461376b57613787565b6001915050610988565b60ff84111561377c5761377c6134de565b50506001821b610988565b5060208310610133831016604e8410600b84101617156137aa575081810a610988565b6137b65f1984846136ee565b805f19048211156137c9576137c96134de565b029392505050565b5f610a2e60ff841683613731565b5f600182016137f0576137f06134de565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b81810381811115610988576109886134de565b634e487b7160e01b5f52601260045260245ffd5b5f826138405761384061381e565b500490565b634e487b7160e01b5f52602160045260245ffd5b5f60ff83168061386b5761386b61381e565b8060ff8416069150509291505056fea2646970667358221220e37c31a4f503b9074d16a8a4ea8cff0658ee402e0db2f7bf3f38f0c62f7b2fa764736f6c63430008250033",
}

// VaultABI is the input ABI used to generate the binding from.
// Deprecated: Use VaultMetaData.ABI instead.
var VaultABI = VaultMetaData.ABI

// VaultBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use VaultMetaData.Bin instead.
var VaultBin = VaultMetaData.Bin

// DeployVault deploys a new Ethereum contract, binding an instance of Vault to it.
func DeployVault(auth *bind.TransactOpts, backend bind.ContractBackend, asset_ common.Address, name_ string, symbol_ string, governance_ common.Address, guardian_ common.Address, keeper_ common.Address, minIdleBps_ *big.Int) (common.Address, *types.Transaction, *Vault, error) {
	parsed, err := VaultMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(VaultBin), backend, asset_, name_, symbol_, governance_, guardian_, keeper_, minIdleBps_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Vault{VaultCaller: VaultCaller{contract: contract}, VaultTransactor: VaultTransactor{contract: contract}, VaultFilterer: VaultFilterer{contract: contract}}, nil
}

// Vault is an auto generated Go binding around an Ethereum contract.
type Vault struct {
	VaultCaller     // Read-only binding to the contract
	VaultTransactor // Write-only binding to the contract
	VaultFilterer   // Log filterer for contract events
}

// VaultCaller is an auto generated read-only Go binding around an Ethereum contract.
type VaultCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VaultTransactor is an auto generated write-only Go binding around an Ethereum contract.
type VaultTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VaultFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type VaultFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VaultSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type VaultSession struct {
	Contract     *Vault            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VaultCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type VaultCallerSession struct {
	Contract *VaultCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// VaultTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type VaultTransactorSession struct {
	Contract     *VaultTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VaultRaw is an auto generated low-level Go binding around an Ethereum contract.
type VaultRaw struct {
	Contract *Vault // Generic contract binding to access the raw methods on
}

// VaultCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type VaultCallerRaw struct {
	Contract *VaultCaller // Generic read-only contract binding to access the raw methods on
}

// VaultTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type VaultTransactorRaw struct {
	Contract *VaultTransactor // Generic write-only contract binding to access the raw methods on
}

// NewVault creates a new instance of Vault, bound to a specific deployed contract.
func NewVault(address common.Address, backend bind.ContractBackend) (*Vault, error) {
	contract, err := bindVault(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Vault{VaultCaller: VaultCaller{contract: contract}, VaultTransactor: VaultTransactor{contract: contract}, VaultFilterer: VaultFilterer{contract: contract}}, nil
}

// NewVaultCaller creates a new read-only instance of Vault, bound to a specific deployed contract.
func NewVaultCaller(address common.Address, caller bind.ContractCaller) (*VaultCaller, error) {
	contract, err := bindVault(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &VaultCaller{contract: contract}, nil
}

// NewVaultTransactor creates a new write-only instance of Vault, bound to a specific deployed contract.
func NewVaultTransactor(address common.Address, transactor bind.ContractTransactor) (*VaultTransactor, error) {
	contract, err := bindVault(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &VaultTransactor{contract: contract}, nil
}

// NewVaultFilterer creates a new log filterer instance of Vault, bound to a specific deployed contract.
func NewVaultFilterer(address common.Address, filterer bind.ContractFilterer) (*VaultFilterer, error) {
	contract, err := bindVault(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &VaultFilterer{contract: contract}, nil
}

// bindVault binds a generic wrapper to an already deployed contract.
func bindVault(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := VaultMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Vault *VaultRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Vault.Contract.VaultCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Vault *VaultRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.Contract.VaultTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Vault *VaultRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Vault.Contract.VaultTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Vault *VaultCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Vault.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Vault *VaultTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Vault *VaultTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Vault.Contract.contract.Transact(opts, method, params...)
}

// MAXCOOLDOWN is a free data retrieval call binding the contract method 0x8b41d35f.
//
// Solidity: function MAX_COOLDOWN() view returns(uint256)
func (_Vault *VaultCaller) MAXCOOLDOWN(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "MAX_COOLDOWN")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCOOLDOWN is a free data retrieval call binding the contract method 0x8b41d35f.
//
// Solidity: function MAX_COOLDOWN() view returns(uint256)
func (_Vault *VaultSession) MAXCOOLDOWN() (*big.Int, error) {
	return _Vault.Contract.MAXCOOLDOWN(&_Vault.CallOpts)
}

// MAXCOOLDOWN is a free data retrieval call binding the contract method 0x8b41d35f.
//
// Solidity: function MAX_COOLDOWN() view returns(uint256)
func (_Vault *VaultCallerSession) MAXCOOLDOWN() (*big.Int, error) {
	return _Vault.Contract.MAXCOOLDOWN(&_Vault.CallOpts)
}

// MAXSOURCES is a free data retrieval call binding the contract method 0x64aefc06.
//
// Solidity: function MAX_SOURCES() view returns(uint256)
func (_Vault *VaultCaller) MAXSOURCES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "MAX_SOURCES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSOURCES is a free data retrieval call binding the contract method 0x64aefc06.
//
// Solidity: function MAX_SOURCES() view returns(uint256)
func (_Vault *VaultSession) MAXSOURCES() (*big.Int, error) {
	return _Vault.Contract.MAXSOURCES(&_Vault.CallOpts)
}

// MAXSOURCES is a free data retrieval call binding the contract method 0x64aefc06.
//
// Solidity: function MAX_SOURCES() view returns(uint256)
func (_Vault *VaultCallerSession) MAXSOURCES() (*big.Int, error) {
	return _Vault.Contract.MAXSOURCES(&_Vault.CallOpts)
}

// ROUNDINGTOLERANCEPERSOURCE is a free data retrieval call binding the contract method 0xa46ce69c.
//
// Solidity: function ROUNDING_TOLERANCE_PER_SOURCE() view returns(uint256)
func (_Vault *VaultCaller) ROUNDINGTOLERANCEPERSOURCE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "ROUNDING_TOLERANCE_PER_SOURCE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ROUNDINGTOLERANCEPERSOURCE is a free data retrieval call binding the contract method 0xa46ce69c.
//
// Solidity: function ROUNDING_TOLERANCE_PER_SOURCE() view returns(uint256)
func (_Vault *VaultSession) ROUNDINGTOLERANCEPERSOURCE() (*big.Int, error) {
	return _Vault.Contract.ROUNDINGTOLERANCEPERSOURCE(&_Vault.CallOpts)
}

// ROUNDINGTOLERANCEPERSOURCE is a free data retrieval call binding the contract method 0xa46ce69c.
//
// Solidity: function ROUNDING_TOLERANCE_PER_SOURCE() view returns(uint256)
func (_Vault *VaultCallerSession) ROUNDINGTOLERANCEPERSOURCE() (*big.Int, error) {
	return _Vault.Contract.ROUNDINGTOLERANCEPERSOURCE(&_Vault.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Vault *VaultCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Vault *VaultSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _Vault.Contract.Allowance(&_Vault.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_Vault *VaultCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _Vault.Contract.Allowance(&_Vault.CallOpts, owner, spender)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Vault *VaultCaller) Asset(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "asset")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Vault *VaultSession) Asset() (common.Address, error) {
	return _Vault.Contract.Asset(&_Vault.CallOpts)
}

// Asset is a free data retrieval call binding the contract method 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (_Vault *VaultCallerSession) Asset() (common.Address, error) {
	return _Vault.Contract.Asset(&_Vault.CallOpts)
}

// AvailableLiquidity is a free data retrieval call binding the contract method 0x74375359.
//
// Solidity: function availableLiquidity() view returns(uint256 liquidity)
func (_Vault *VaultCaller) AvailableLiquidity(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "availableLiquidity")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// AvailableLiquidity is a free data retrieval call binding the contract method 0x74375359.
//
// Solidity: function availableLiquidity() view returns(uint256 liquidity)
func (_Vault *VaultSession) AvailableLiquidity() (*big.Int, error) {
	return _Vault.Contract.AvailableLiquidity(&_Vault.CallOpts)
}

// AvailableLiquidity is a free data retrieval call binding the contract method 0x74375359.
//
// Solidity: function availableLiquidity() view returns(uint256 liquidity)
func (_Vault *VaultCallerSession) AvailableLiquidity() (*big.Int, error) {
	return _Vault.Contract.AvailableLiquidity(&_Vault.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Vault *VaultCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Vault *VaultSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Vault.Contract.BalanceOf(&_Vault.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_Vault *VaultCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Vault.Contract.BalanceOf(&_Vault.CallOpts, account)
}

// Caps is a free data retrieval call binding the contract method 0x66d97b21.
//
// Solidity: function caps(address ) view returns(uint256)
func (_Vault *VaultCaller) Caps(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "caps", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Caps is a free data retrieval call binding the contract method 0x66d97b21.
//
// Solidity: function caps(address ) view returns(uint256)
func (_Vault *VaultSession) Caps(arg0 common.Address) (*big.Int, error) {
	return _Vault.Contract.Caps(&_Vault.CallOpts, arg0)
}

// Caps is a free data retrieval call binding the contract method 0x66d97b21.
//
// Solidity: function caps(address ) view returns(uint256)
func (_Vault *VaultCallerSession) Caps(arg0 common.Address) (*big.Int, error) {
	return _Vault.Contract.Caps(&_Vault.CallOpts, arg0)
}

// ConvertToAssets is a free data retrieval call binding the contract method 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (_Vault *VaultCaller) ConvertToAssets(opts *bind.CallOpts, shares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "convertToAssets", shares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConvertToAssets is a free data retrieval call binding the contract method 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (_Vault *VaultSession) ConvertToAssets(shares *big.Int) (*big.Int, error) {
	return _Vault.Contract.ConvertToAssets(&_Vault.CallOpts, shares)
}

// ConvertToAssets is a free data retrieval call binding the contract method 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (_Vault *VaultCallerSession) ConvertToAssets(shares *big.Int) (*big.Int, error) {
	return _Vault.Contract.ConvertToAssets(&_Vault.CallOpts, shares)
}

// ConvertToShares is a free data retrieval call binding the contract method 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (_Vault *VaultCaller) ConvertToShares(opts *bind.CallOpts, assets *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "convertToShares", assets)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConvertToShares is a free data retrieval call binding the contract method 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (_Vault *VaultSession) ConvertToShares(assets *big.Int) (*big.Int, error) {
	return _Vault.Contract.ConvertToShares(&_Vault.CallOpts, assets)
}

// ConvertToShares is a free data retrieval call binding the contract method 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (_Vault *VaultCallerSession) ConvertToShares(assets *big.Int) (*big.Int, error) {
	return _Vault.Contract.ConvertToShares(&_Vault.CallOpts, assets)
}

// Cooldown is a free data retrieval call binding the contract method 0x787a08a6.
//
// Solidity: function cooldown() view returns(uint256)
func (_Vault *VaultCaller) Cooldown(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "cooldown")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Cooldown is a free data retrieval call binding the contract method 0x787a08a6.
//
// Solidity: function cooldown() view returns(uint256)
func (_Vault *VaultSession) Cooldown() (*big.Int, error) {
	return _Vault.Contract.Cooldown(&_Vault.CallOpts)
}

// Cooldown is a free data retrieval call binding the contract method 0x787a08a6.
//
// Solidity: function cooldown() view returns(uint256)
func (_Vault *VaultCallerSession) Cooldown() (*big.Int, error) {
	return _Vault.Contract.Cooldown(&_Vault.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_Vault *VaultCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_Vault *VaultSession) Decimals() (uint8, error) {
	return _Vault.Contract.Decimals(&_Vault.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_Vault *VaultCallerSession) Decimals() (uint8, error) {
	return _Vault.Contract.Decimals(&_Vault.CallOpts)
}

// GetSources is a free data retrieval call binding the contract method 0xaf520da1.
//
// Solidity: function getSources() view returns(address[])
func (_Vault *VaultCaller) GetSources(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "getSources")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetSources is a free data retrieval call binding the contract method 0xaf520da1.
//
// Solidity: function getSources() view returns(address[])
func (_Vault *VaultSession) GetSources() ([]common.Address, error) {
	return _Vault.Contract.GetSources(&_Vault.CallOpts)
}

// GetSources is a free data retrieval call binding the contract method 0xaf520da1.
//
// Solidity: function getSources() view returns(address[])
func (_Vault *VaultCallerSession) GetSources() ([]common.Address, error) {
	return _Vault.Contract.GetSources(&_Vault.CallOpts)
}

// GetWithdrawQueue is a free data retrieval call binding the contract method 0x11183052.
//
// Solidity: function getWithdrawQueue() view returns(address[])
func (_Vault *VaultCaller) GetWithdrawQueue(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "getWithdrawQueue")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetWithdrawQueue is a free data retrieval call binding the contract method 0x11183052.
//
// Solidity: function getWithdrawQueue() view returns(address[])
func (_Vault *VaultSession) GetWithdrawQueue() ([]common.Address, error) {
	return _Vault.Contract.GetWithdrawQueue(&_Vault.CallOpts)
}

// GetWithdrawQueue is a free data retrieval call binding the contract method 0x11183052.
//
// Solidity: function getWithdrawQueue() view returns(address[])
func (_Vault *VaultCallerSession) GetWithdrawQueue() ([]common.Address, error) {
	return _Vault.Contract.GetWithdrawQueue(&_Vault.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Vault *VaultCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Vault *VaultSession) Governance() (common.Address, error) {
	return _Vault.Contract.Governance(&_Vault.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Vault *VaultCallerSession) Governance() (common.Address, error) {
	return _Vault.Contract.Governance(&_Vault.CallOpts)
}

// Guardian is a free data retrieval call binding the contract method 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (_Vault *VaultCaller) Guardian(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "guardian")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Guardian is a free data retrieval call binding the contract method 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (_Vault *VaultSession) Guardian() (common.Address, error) {
	return _Vault.Contract.Guardian(&_Vault.CallOpts)
}

// Guardian is a free data retrieval call binding the contract method 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (_Vault *VaultCallerSession) Guardian() (common.Address, error) {
	return _Vault.Contract.Guardian(&_Vault.CallOpts)
}

// Idle is a free data retrieval call binding the contract method 0x3192164f.
//
// Solidity: function idle() view returns(uint256)
func (_Vault *VaultCaller) Idle(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "idle")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Idle is a free data retrieval call binding the contract method 0x3192164f.
//
// Solidity: function idle() view returns(uint256)
func (_Vault *VaultSession) Idle() (*big.Int, error) {
	return _Vault.Contract.Idle(&_Vault.CallOpts)
}

// Idle is a free data retrieval call binding the contract method 0x3192164f.
//
// Solidity: function idle() view returns(uint256)
func (_Vault *VaultCallerSession) Idle() (*big.Int, error) {
	return _Vault.Contract.Idle(&_Vault.CallOpts)
}

// IsSource is a free data retrieval call binding the contract method 0xa709fe9d.
//
// Solidity: function isSource(address ) view returns(bool)
func (_Vault *VaultCaller) IsSource(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "isSource", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSource is a free data retrieval call binding the contract method 0xa709fe9d.
//
// Solidity: function isSource(address ) view returns(bool)
func (_Vault *VaultSession) IsSource(arg0 common.Address) (bool, error) {
	return _Vault.Contract.IsSource(&_Vault.CallOpts, arg0)
}

// IsSource is a free data retrieval call binding the contract method 0xa709fe9d.
//
// Solidity: function isSource(address ) view returns(bool)
func (_Vault *VaultCallerSession) IsSource(arg0 common.Address) (bool, error) {
	return _Vault.Contract.IsSource(&_Vault.CallOpts, arg0)
}

// Keeper is a free data retrieval call binding the contract method 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (_Vault *VaultCaller) Keeper(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "keeper")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Keeper is a free data retrieval call binding the contract method 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (_Vault *VaultSession) Keeper() (common.Address, error) {
	return _Vault.Contract.Keeper(&_Vault.CallOpts)
}

// Keeper is a free data retrieval call binding the contract method 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (_Vault *VaultCallerSession) Keeper() (common.Address, error) {
	return _Vault.Contract.Keeper(&_Vault.CallOpts)
}

// LastKeeperActivity is a free data retrieval call binding the contract method 0x5c0d1942.
//
// Solidity: function lastKeeperActivity() view returns(uint256)
func (_Vault *VaultCaller) LastKeeperActivity(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "lastKeeperActivity")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastKeeperActivity is a free data retrieval call binding the contract method 0x5c0d1942.
//
// Solidity: function lastKeeperActivity() view returns(uint256)
func (_Vault *VaultSession) LastKeeperActivity() (*big.Int, error) {
	return _Vault.Contract.LastKeeperActivity(&_Vault.CallOpts)
}

// LastKeeperActivity is a free data retrieval call binding the contract method 0x5c0d1942.
//
// Solidity: function lastKeeperActivity() view returns(uint256)
func (_Vault *VaultCallerSession) LastKeeperActivity() (*big.Int, error) {
	return _Vault.Contract.LastKeeperActivity(&_Vault.CallOpts)
}

// LastRebalance is a free data retrieval call binding the contract method 0x106b9ca1.
//
// Solidity: function lastRebalance() view returns(uint256)
func (_Vault *VaultCaller) LastRebalance(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "lastRebalance")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastRebalance is a free data retrieval call binding the contract method 0x106b9ca1.
//
// Solidity: function lastRebalance() view returns(uint256)
func (_Vault *VaultSession) LastRebalance() (*big.Int, error) {
	return _Vault.Contract.LastRebalance(&_Vault.CallOpts)
}

// LastRebalance is a free data retrieval call binding the contract method 0x106b9ca1.
//
// Solidity: function lastRebalance() view returns(uint256)
func (_Vault *VaultCallerSession) LastRebalance() (*big.Int, error) {
	return _Vault.Contract.LastRebalance(&_Vault.CallOpts)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x402d267d.
//
// Solidity: function maxDeposit(address receiver) view returns(uint256)
func (_Vault *VaultCaller) MaxDeposit(opts *bind.CallOpts, receiver common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "maxDeposit", receiver)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxDeposit is a free data retrieval call binding the contract method 0x402d267d.
//
// Solidity: function maxDeposit(address receiver) view returns(uint256)
func (_Vault *VaultSession) MaxDeposit(receiver common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxDeposit(&_Vault.CallOpts, receiver)
}

// MaxDeposit is a free data retrieval call binding the contract method 0x402d267d.
//
// Solidity: function maxDeposit(address receiver) view returns(uint256)
func (_Vault *VaultCallerSession) MaxDeposit(receiver common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxDeposit(&_Vault.CallOpts, receiver)
}

// MaxLossBps is a free data retrieval call binding the contract method 0x3129c275.
//
// Solidity: function maxLossBps() view returns(uint256)
func (_Vault *VaultCaller) MaxLossBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "maxLossBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxLossBps is a free data retrieval call binding the contract method 0x3129c275.
//
// Solidity: function maxLossBps() view returns(uint256)
func (_Vault *VaultSession) MaxLossBps() (*big.Int, error) {
	return _Vault.Contract.MaxLossBps(&_Vault.CallOpts)
}

// MaxLossBps is a free data retrieval call binding the contract method 0x3129c275.
//
// Solidity: function maxLossBps() view returns(uint256)
func (_Vault *VaultCallerSession) MaxLossBps() (*big.Int, error) {
	return _Vault.Contract.MaxLossBps(&_Vault.CallOpts)
}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (_Vault *VaultCaller) MaxMint(opts *bind.CallOpts, receiver common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "maxMint", receiver)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (_Vault *VaultSession) MaxMint(receiver common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxMint(&_Vault.CallOpts, receiver)
}

// MaxMint is a free data retrieval call binding the contract method 0xc63d75b6.
//
// Solidity: function maxMint(address receiver) view returns(uint256)
func (_Vault *VaultCallerSession) MaxMint(receiver common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxMint(&_Vault.CallOpts, receiver)
}

// MaxRedeem is a free data retrieval call binding the contract method 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (_Vault *VaultCaller) MaxRedeem(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "maxRedeem", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxRedeem is a free data retrieval call binding the contract method 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (_Vault *VaultSession) MaxRedeem(owner common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxRedeem(&_Vault.CallOpts, owner)
}

// MaxRedeem is a free data retrieval call binding the contract method 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (_Vault *VaultCallerSession) MaxRedeem(owner common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxRedeem(&_Vault.CallOpts, owner)
}

// MaxTurnoverBps is a free data retrieval call binding the contract method 0xdcb15f21.
//
// Solidity: function maxTurnoverBps() view returns(uint256)
func (_Vault *VaultCaller) MaxTurnoverBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "maxTurnoverBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxTurnoverBps is a free data retrieval call binding the contract method 0xdcb15f21.
//
// Solidity: function maxTurnoverBps() view returns(uint256)
func (_Vault *VaultSession) MaxTurnoverBps() (*big.Int, error) {
	return _Vault.Contract.MaxTurnoverBps(&_Vault.CallOpts)
}

// MaxTurnoverBps is a free data retrieval call binding the contract method 0xdcb15f21.
//
// Solidity: function maxTurnoverBps() view returns(uint256)
func (_Vault *VaultCallerSession) MaxTurnoverBps() (*big.Int, error) {
	return _Vault.Contract.MaxTurnoverBps(&_Vault.CallOpts)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (_Vault *VaultCaller) MaxWithdraw(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "maxWithdraw", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWithdraw is a free data retrieval call binding the contract method 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (_Vault *VaultSession) MaxWithdraw(owner common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxWithdraw(&_Vault.CallOpts, owner)
}

// MaxWithdraw is a free data retrieval call binding the contract method 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (_Vault *VaultCallerSession) MaxWithdraw(owner common.Address) (*big.Int, error) {
	return _Vault.Contract.MaxWithdraw(&_Vault.CallOpts, owner)
}

// MinIdleBps is a free data retrieval call binding the contract method 0x39a56673.
//
// Solidity: function minIdleBps() view returns(uint256)
func (_Vault *VaultCaller) MinIdleBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "minIdleBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinIdleBps is a free data retrieval call binding the contract method 0x39a56673.
//
// Solidity: function minIdleBps() view returns(uint256)
func (_Vault *VaultSession) MinIdleBps() (*big.Int, error) {
	return _Vault.Contract.MinIdleBps(&_Vault.CallOpts)
}

// MinIdleBps is a free data retrieval call binding the contract method 0x39a56673.
//
// Solidity: function minIdleBps() view returns(uint256)
func (_Vault *VaultCallerSession) MinIdleBps() (*big.Int, error) {
	return _Vault.Contract.MinIdleBps(&_Vault.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Vault *VaultCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Vault *VaultSession) Name() (string, error) {
	return _Vault.Contract.Name(&_Vault.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_Vault *VaultCallerSession) Name() (string, error) {
	return _Vault.Contract.Name(&_Vault.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_Vault *VaultCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_Vault *VaultSession) Paused() (bool, error) {
	return _Vault.Contract.Paused(&_Vault.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_Vault *VaultCallerSession) Paused() (bool, error) {
	return _Vault.Contract.Paused(&_Vault.CallOpts)
}

// PreviewDeposit is a free data retrieval call binding the contract method 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (_Vault *VaultCaller) PreviewDeposit(opts *bind.CallOpts, assets *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "previewDeposit", assets)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewDeposit is a free data retrieval call binding the contract method 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (_Vault *VaultSession) PreviewDeposit(assets *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewDeposit(&_Vault.CallOpts, assets)
}

// PreviewDeposit is a free data retrieval call binding the contract method 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (_Vault *VaultCallerSession) PreviewDeposit(assets *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewDeposit(&_Vault.CallOpts, assets)
}

// PreviewMint is a free data retrieval call binding the contract method 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (_Vault *VaultCaller) PreviewMint(opts *bind.CallOpts, shares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "previewMint", shares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewMint is a free data retrieval call binding the contract method 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (_Vault *VaultSession) PreviewMint(shares *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewMint(&_Vault.CallOpts, shares)
}

// PreviewMint is a free data retrieval call binding the contract method 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (_Vault *VaultCallerSession) PreviewMint(shares *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewMint(&_Vault.CallOpts, shares)
}

// PreviewRedeem is a free data retrieval call binding the contract method 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (_Vault *VaultCaller) PreviewRedeem(opts *bind.CallOpts, shares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "previewRedeem", shares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewRedeem is a free data retrieval call binding the contract method 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (_Vault *VaultSession) PreviewRedeem(shares *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewRedeem(&_Vault.CallOpts, shares)
}

// PreviewRedeem is a free data retrieval call binding the contract method 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (_Vault *VaultCallerSession) PreviewRedeem(shares *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewRedeem(&_Vault.CallOpts, shares)
}

// PreviewWithdraw is a free data retrieval call binding the contract method 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (_Vault *VaultCaller) PreviewWithdraw(opts *bind.CallOpts, assets *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "previewWithdraw", assets)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PreviewWithdraw is a free data retrieval call binding the contract method 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (_Vault *VaultSession) PreviewWithdraw(assets *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewWithdraw(&_Vault.CallOpts, assets)
}

// PreviewWithdraw is a free data retrieval call binding the contract method 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (_Vault *VaultCallerSession) PreviewWithdraw(assets *big.Int) (*big.Int, error) {
	return _Vault.Contract.PreviewWithdraw(&_Vault.CallOpts, assets)
}

// RelativeCaps is a free data retrieval call binding the contract method 0xc1a4acbe.
//
// Solidity: function relativeCaps(address ) view returns(uint256)
func (_Vault *VaultCaller) RelativeCaps(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "relativeCaps", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RelativeCaps is a free data retrieval call binding the contract method 0xc1a4acbe.
//
// Solidity: function relativeCaps(address ) view returns(uint256)
func (_Vault *VaultSession) RelativeCaps(arg0 common.Address) (*big.Int, error) {
	return _Vault.Contract.RelativeCaps(&_Vault.CallOpts, arg0)
}

// RelativeCaps is a free data retrieval call binding the contract method 0xc1a4acbe.
//
// Solidity: function relativeCaps(address ) view returns(uint256)
func (_Vault *VaultCallerSession) RelativeCaps(arg0 common.Address) (*big.Int, error) {
	return _Vault.Contract.RelativeCaps(&_Vault.CallOpts, arg0)
}

// SourceAssets is a free data retrieval call binding the contract method 0xf5310541.
//
// Solidity: function sourceAssets(address source) view returns(uint256)
func (_Vault *VaultCaller) SourceAssets(opts *bind.CallOpts, source common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "sourceAssets", source)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SourceAssets is a free data retrieval call binding the contract method 0xf5310541.
//
// Solidity: function sourceAssets(address source) view returns(uint256)
func (_Vault *VaultSession) SourceAssets(source common.Address) (*big.Int, error) {
	return _Vault.Contract.SourceAssets(&_Vault.CallOpts, source)
}

// SourceAssets is a free data retrieval call binding the contract method 0xf5310541.
//
// Solidity: function sourceAssets(address source) view returns(uint256)
func (_Vault *VaultCallerSession) SourceAssets(source common.Address) (*big.Int, error) {
	return _Vault.Contract.SourceAssets(&_Vault.CallOpts, source)
}

// SourceAt is a free data retrieval call binding the contract method 0xabc4bccf.
//
// Solidity: function sourceAt(uint256 i) view returns(address)
func (_Vault *VaultCaller) SourceAt(opts *bind.CallOpts, i *big.Int) (common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "sourceAt", i)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SourceAt is a free data retrieval call binding the contract method 0xabc4bccf.
//
// Solidity: function sourceAt(uint256 i) view returns(address)
func (_Vault *VaultSession) SourceAt(i *big.Int) (common.Address, error) {
	return _Vault.Contract.SourceAt(&_Vault.CallOpts, i)
}

// SourceAt is a free data retrieval call binding the contract method 0xabc4bccf.
//
// Solidity: function sourceAt(uint256 i) view returns(address)
func (_Vault *VaultCallerSession) SourceAt(i *big.Int) (common.Address, error) {
	return _Vault.Contract.SourceAt(&_Vault.CallOpts, i)
}

// SourcesLength is a free data retrieval call binding the contract method 0x6a508772.
//
// Solidity: function sourcesLength() view returns(uint256)
func (_Vault *VaultCaller) SourcesLength(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "sourcesLength")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SourcesLength is a free data retrieval call binding the contract method 0x6a508772.
//
// Solidity: function sourcesLength() view returns(uint256)
func (_Vault *VaultSession) SourcesLength() (*big.Int, error) {
	return _Vault.Contract.SourcesLength(&_Vault.CallOpts)
}

// SourcesLength is a free data retrieval call binding the contract method 0x6a508772.
//
// Solidity: function sourcesLength() view returns(uint256)
func (_Vault *VaultCallerSession) SourcesLength() (*big.Int, error) {
	return _Vault.Contract.SourcesLength(&_Vault.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Vault *VaultCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Vault *VaultSession) Symbol() (string, error) {
	return _Vault.Contract.Symbol(&_Vault.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_Vault *VaultCallerSession) Symbol() (string, error) {
	return _Vault.Contract.Symbol(&_Vault.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256 total)
func (_Vault *VaultCaller) TotalAssets(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "totalAssets")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256 total)
func (_Vault *VaultSession) TotalAssets() (*big.Int, error) {
	return _Vault.Contract.TotalAssets(&_Vault.CallOpts)
}

// TotalAssets is a free data retrieval call binding the contract method 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256 total)
func (_Vault *VaultCallerSession) TotalAssets() (*big.Int, error) {
	return _Vault.Contract.TotalAssets(&_Vault.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Vault *VaultCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Vault *VaultSession) TotalSupply() (*big.Int, error) {
	return _Vault.Contract.TotalSupply(&_Vault.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_Vault *VaultCallerSession) TotalSupply() (*big.Int, error) {
	return _Vault.Contract.TotalSupply(&_Vault.CallOpts)
}

// AddSource is a paid mutator transaction binding the contract method 0xb12ba8b3.
//
// Solidity: function addSource(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultTransactor) AddSource(opts *bind.TransactOpts, source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "addSource", source, absoluteCap, relativeCapBps)
}

// AddSource is a paid mutator transaction binding the contract method 0xb12ba8b3.
//
// Solidity: function addSource(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultSession) AddSource(source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.AddSource(&_Vault.TransactOpts, source, absoluteCap, relativeCapBps)
}

// AddSource is a paid mutator transaction binding the contract method 0xb12ba8b3.
//
// Solidity: function addSource(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultTransactorSession) AddSource(source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.AddSource(&_Vault.TransactOpts, source, absoluteCap, relativeCapBps)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Vault *VaultTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Vault *VaultSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.Approve(&_Vault.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_Vault *VaultTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.Approve(&_Vault.TransactOpts, spender, value)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (_Vault *VaultTransactor) Deposit(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "deposit", assets, receiver)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (_Vault *VaultSession) Deposit(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Deposit(&_Vault.TransactOpts, assets, receiver)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (_Vault *VaultTransactorSession) Deposit(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Deposit(&_Vault.TransactOpts, assets, receiver)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x3defb962.
//
// Solidity: function heartbeat() returns()
func (_Vault *VaultTransactor) Heartbeat(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "heartbeat")
}

// Heartbeat is a paid mutator transaction binding the contract method 0x3defb962.
//
// Solidity: function heartbeat() returns()
func (_Vault *VaultSession) Heartbeat() (*types.Transaction, error) {
	return _Vault.Contract.Heartbeat(&_Vault.TransactOpts)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x3defb962.
//
// Solidity: function heartbeat() returns()
func (_Vault *VaultTransactorSession) Heartbeat() (*types.Transaction, error) {
	return _Vault.Contract.Heartbeat(&_Vault.TransactOpts)
}

// LowerCaps is a paid mutator transaction binding the contract method 0x996a3727.
//
// Solidity: function lowerCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultTransactor) LowerCaps(opts *bind.TransactOpts, source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "lowerCaps", source, absoluteCap, relativeCapBps)
}

// LowerCaps is a paid mutator transaction binding the contract method 0x996a3727.
//
// Solidity: function lowerCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultSession) LowerCaps(source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.LowerCaps(&_Vault.TransactOpts, source, absoluteCap, relativeCapBps)
}

// LowerCaps is a paid mutator transaction binding the contract method 0x996a3727.
//
// Solidity: function lowerCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultTransactorSession) LowerCaps(source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.LowerCaps(&_Vault.TransactOpts, source, absoluteCap, relativeCapBps)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (_Vault *VaultTransactor) Mint(opts *bind.TransactOpts, shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "mint", shares, receiver)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (_Vault *VaultSession) Mint(shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Mint(&_Vault.TransactOpts, shares, receiver)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (_Vault *VaultTransactorSession) Mint(shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Mint(&_Vault.TransactOpts, shares, receiver)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Vault *VaultTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Vault *VaultSession) Pause() (*types.Transaction, error) {
	return _Vault.Contract.Pause(&_Vault.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Vault *VaultTransactorSession) Pause() (*types.Transaction, error) {
	return _Vault.Contract.Pause(&_Vault.TransactOpts)
}

// Rebalance is a paid mutator transaction binding the contract method 0xff0b7183.
//
// Solidity: function rebalance(uint256[] targets, (bytes32,bytes32,uint256,uint256,uint256) receipt) returns()
func (_Vault *VaultTransactor) Rebalance(opts *bind.TransactOpts, targets []*big.Int, receipt DecisionReceipt) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "rebalance", targets, receipt)
}

// Rebalance is a paid mutator transaction binding the contract method 0xff0b7183.
//
// Solidity: function rebalance(uint256[] targets, (bytes32,bytes32,uint256,uint256,uint256) receipt) returns()
func (_Vault *VaultSession) Rebalance(targets []*big.Int, receipt DecisionReceipt) (*types.Transaction, error) {
	return _Vault.Contract.Rebalance(&_Vault.TransactOpts, targets, receipt)
}

// Rebalance is a paid mutator transaction binding the contract method 0xff0b7183.
//
// Solidity: function rebalance(uint256[] targets, (bytes32,bytes32,uint256,uint256,uint256) receipt) returns()
func (_Vault *VaultTransactorSession) Rebalance(targets []*big.Int, receipt DecisionReceipt) (*types.Transaction, error) {
	return _Vault.Contract.Rebalance(&_Vault.TransactOpts, targets, receipt)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (_Vault *VaultTransactor) Redeem(opts *bind.TransactOpts, shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "redeem", shares, receiver, owner)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (_Vault *VaultSession) Redeem(shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Redeem(&_Vault.TransactOpts, shares, receiver, owner)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (_Vault *VaultTransactorSession) Redeem(shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Redeem(&_Vault.TransactOpts, shares, receiver, owner)
}

// RemoveSource is a paid mutator transaction binding the contract method 0x6e849a73.
//
// Solidity: function removeSource(address source) returns()
func (_Vault *VaultTransactor) RemoveSource(opts *bind.TransactOpts, source common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "removeSource", source)
}

// RemoveSource is a paid mutator transaction binding the contract method 0x6e849a73.
//
// Solidity: function removeSource(address source) returns()
func (_Vault *VaultSession) RemoveSource(source common.Address) (*types.Transaction, error) {
	return _Vault.Contract.RemoveSource(&_Vault.TransactOpts, source)
}

// RemoveSource is a paid mutator transaction binding the contract method 0x6e849a73.
//
// Solidity: function removeSource(address source) returns()
func (_Vault *VaultTransactorSession) RemoveSource(source common.Address) (*types.Transaction, error) {
	return _Vault.Contract.RemoveSource(&_Vault.TransactOpts, source)
}

// SetCaps is a paid mutator transaction binding the contract method 0xefeec38c.
//
// Solidity: function setCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultTransactor) SetCaps(opts *bind.TransactOpts, source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setCaps", source, absoluteCap, relativeCapBps)
}

// SetCaps is a paid mutator transaction binding the contract method 0xefeec38c.
//
// Solidity: function setCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultSession) SetCaps(source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetCaps(&_Vault.TransactOpts, source, absoluteCap, relativeCapBps)
}

// SetCaps is a paid mutator transaction binding the contract method 0xefeec38c.
//
// Solidity: function setCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) returns()
func (_Vault *VaultTransactorSession) SetCaps(source common.Address, absoluteCap *big.Int, relativeCapBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetCaps(&_Vault.TransactOpts, source, absoluteCap, relativeCapBps)
}

// SetCooldown is a paid mutator transaction binding the contract method 0x4fc3f41a.
//
// Solidity: function setCooldown(uint256 newCooldown) returns()
func (_Vault *VaultTransactor) SetCooldown(opts *bind.TransactOpts, newCooldown *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setCooldown", newCooldown)
}

// SetCooldown is a paid mutator transaction binding the contract method 0x4fc3f41a.
//
// Solidity: function setCooldown(uint256 newCooldown) returns()
func (_Vault *VaultSession) SetCooldown(newCooldown *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetCooldown(&_Vault.TransactOpts, newCooldown)
}

// SetCooldown is a paid mutator transaction binding the contract method 0x4fc3f41a.
//
// Solidity: function setCooldown(uint256 newCooldown) returns()
func (_Vault *VaultTransactorSession) SetCooldown(newCooldown *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetCooldown(&_Vault.TransactOpts, newCooldown)
}

// SetGovernance is a paid mutator transaction binding the contract method 0xab033ea9.
//
// Solidity: function setGovernance(address newGovernance) returns()
func (_Vault *VaultTransactor) SetGovernance(opts *bind.TransactOpts, newGovernance common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setGovernance", newGovernance)
}

// SetGovernance is a paid mutator transaction binding the contract method 0xab033ea9.
//
// Solidity: function setGovernance(address newGovernance) returns()
func (_Vault *VaultSession) SetGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetGovernance(&_Vault.TransactOpts, newGovernance)
}

// SetGovernance is a paid mutator transaction binding the contract method 0xab033ea9.
//
// Solidity: function setGovernance(address newGovernance) returns()
func (_Vault *VaultTransactorSession) SetGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetGovernance(&_Vault.TransactOpts, newGovernance)
}

// SetGuardian is a paid mutator transaction binding the contract method 0x8a0dac4a.
//
// Solidity: function setGuardian(address newGuardian) returns()
func (_Vault *VaultTransactor) SetGuardian(opts *bind.TransactOpts, newGuardian common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setGuardian", newGuardian)
}

// SetGuardian is a paid mutator transaction binding the contract method 0x8a0dac4a.
//
// Solidity: function setGuardian(address newGuardian) returns()
func (_Vault *VaultSession) SetGuardian(newGuardian common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetGuardian(&_Vault.TransactOpts, newGuardian)
}

// SetGuardian is a paid mutator transaction binding the contract method 0x8a0dac4a.
//
// Solidity: function setGuardian(address newGuardian) returns()
func (_Vault *VaultTransactorSession) SetGuardian(newGuardian common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetGuardian(&_Vault.TransactOpts, newGuardian)
}

// SetKeeper is a paid mutator transaction binding the contract method 0x748747e6.
//
// Solidity: function setKeeper(address newKeeper) returns()
func (_Vault *VaultTransactor) SetKeeper(opts *bind.TransactOpts, newKeeper common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setKeeper", newKeeper)
}

// SetKeeper is a paid mutator transaction binding the contract method 0x748747e6.
//
// Solidity: function setKeeper(address newKeeper) returns()
func (_Vault *VaultSession) SetKeeper(newKeeper common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetKeeper(&_Vault.TransactOpts, newKeeper)
}

// SetKeeper is a paid mutator transaction binding the contract method 0x748747e6.
//
// Solidity: function setKeeper(address newKeeper) returns()
func (_Vault *VaultTransactorSession) SetKeeper(newKeeper common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetKeeper(&_Vault.TransactOpts, newKeeper)
}

// SetMaxLossBps is a paid mutator transaction binding the contract method 0xf1f729a1.
//
// Solidity: function setMaxLossBps(uint256 newMaxLossBps) returns()
func (_Vault *VaultTransactor) SetMaxLossBps(opts *bind.TransactOpts, newMaxLossBps *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setMaxLossBps", newMaxLossBps)
}

// SetMaxLossBps is a paid mutator transaction binding the contract method 0xf1f729a1.
//
// Solidity: function setMaxLossBps(uint256 newMaxLossBps) returns()
func (_Vault *VaultSession) SetMaxLossBps(newMaxLossBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMaxLossBps(&_Vault.TransactOpts, newMaxLossBps)
}

// SetMaxLossBps is a paid mutator transaction binding the contract method 0xf1f729a1.
//
// Solidity: function setMaxLossBps(uint256 newMaxLossBps) returns()
func (_Vault *VaultTransactorSession) SetMaxLossBps(newMaxLossBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMaxLossBps(&_Vault.TransactOpts, newMaxLossBps)
}

// SetMaxTurnoverBps is a paid mutator transaction binding the contract method 0x2caea2b8.
//
// Solidity: function setMaxTurnoverBps(uint256 newMaxTurnoverBps) returns()
func (_Vault *VaultTransactor) SetMaxTurnoverBps(opts *bind.TransactOpts, newMaxTurnoverBps *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setMaxTurnoverBps", newMaxTurnoverBps)
}

// SetMaxTurnoverBps is a paid mutator transaction binding the contract method 0x2caea2b8.
//
// Solidity: function setMaxTurnoverBps(uint256 newMaxTurnoverBps) returns()
func (_Vault *VaultSession) SetMaxTurnoverBps(newMaxTurnoverBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMaxTurnoverBps(&_Vault.TransactOpts, newMaxTurnoverBps)
}

// SetMaxTurnoverBps is a paid mutator transaction binding the contract method 0x2caea2b8.
//
// Solidity: function setMaxTurnoverBps(uint256 newMaxTurnoverBps) returns()
func (_Vault *VaultTransactorSession) SetMaxTurnoverBps(newMaxTurnoverBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMaxTurnoverBps(&_Vault.TransactOpts, newMaxTurnoverBps)
}

// SetMinIdleBps is a paid mutator transaction binding the contract method 0x5b381556.
//
// Solidity: function setMinIdleBps(uint256 newMinIdleBps) returns()
func (_Vault *VaultTransactor) SetMinIdleBps(opts *bind.TransactOpts, newMinIdleBps *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setMinIdleBps", newMinIdleBps)
}

// SetMinIdleBps is a paid mutator transaction binding the contract method 0x5b381556.
//
// Solidity: function setMinIdleBps(uint256 newMinIdleBps) returns()
func (_Vault *VaultSession) SetMinIdleBps(newMinIdleBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMinIdleBps(&_Vault.TransactOpts, newMinIdleBps)
}

// SetMinIdleBps is a paid mutator transaction binding the contract method 0x5b381556.
//
// Solidity: function setMinIdleBps(uint256 newMinIdleBps) returns()
func (_Vault *VaultTransactorSession) SetMinIdleBps(newMinIdleBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMinIdleBps(&_Vault.TransactOpts, newMinIdleBps)
}

// SetWithdrawQueue is a paid mutator transaction binding the contract method 0x80a30e30.
//
// Solidity: function setWithdrawQueue(address[] queue) returns()
func (_Vault *VaultTransactor) SetWithdrawQueue(opts *bind.TransactOpts, queue []common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setWithdrawQueue", queue)
}

// SetWithdrawQueue is a paid mutator transaction binding the contract method 0x80a30e30.
//
// Solidity: function setWithdrawQueue(address[] queue) returns()
func (_Vault *VaultSession) SetWithdrawQueue(queue []common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetWithdrawQueue(&_Vault.TransactOpts, queue)
}

// SetWithdrawQueue is a paid mutator transaction binding the contract method 0x80a30e30.
//
// Solidity: function setWithdrawQueue(address[] queue) returns()
func (_Vault *VaultTransactorSession) SetWithdrawQueue(queue []common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetWithdrawQueue(&_Vault.TransactOpts, queue)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Vault *VaultTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Vault *VaultSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.Transfer(&_Vault.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_Vault *VaultTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.Transfer(&_Vault.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Vault *VaultTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Vault *VaultSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.TransferFrom(&_Vault.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_Vault *VaultTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.TransferFrom(&_Vault.TransactOpts, from, to, value)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_Vault *VaultTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_Vault *VaultSession) Unpause() (*types.Transaction, error) {
	return _Vault.Contract.Unpause(&_Vault.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_Vault *VaultTransactorSession) Unpause() (*types.Transaction, error) {
	return _Vault.Contract.Unpause(&_Vault.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (_Vault *VaultTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "withdraw", assets, receiver, owner)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (_Vault *VaultSession) Withdraw(assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Withdraw(&_Vault.TransactOpts, assets, receiver, owner)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (_Vault *VaultTransactorSession) Withdraw(assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Withdraw(&_Vault.TransactOpts, assets, receiver, owner)
}

// VaultAddSourceIterator is returned from FilterAddSource and is used to iterate over the raw logs and unpacked data for AddSource events raised by the Vault contract.
type VaultAddSourceIterator struct {
	Event *VaultAddSource // Event containing the contract specifics and raw log

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
func (it *VaultAddSourceIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultAddSource)
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
		it.Event = new(VaultAddSource)
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
func (it *VaultAddSourceIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultAddSourceIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultAddSource represents a AddSource event raised by the Vault contract.
type VaultAddSource struct {
	Source         common.Address
	AbsoluteCap    *big.Int
	RelativeCapBps *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterAddSource is a free log retrieval operation binding the contract event 0xaf7732bbba79f5a7f4ed3d7b612441e6a3f1f97e937a79bfb5e2f2230650af00.
//
// Solidity: event AddSource(address indexed source, uint256 absoluteCap, uint256 relativeCapBps)
func (_Vault *VaultFilterer) FilterAddSource(opts *bind.FilterOpts, source []common.Address) (*VaultAddSourceIterator, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "AddSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultAddSourceIterator{contract: _Vault.contract, event: "AddSource", logs: logs, sub: sub}, nil
}

// WatchAddSource is a free log subscription operation binding the contract event 0xaf7732bbba79f5a7f4ed3d7b612441e6a3f1f97e937a79bfb5e2f2230650af00.
//
// Solidity: event AddSource(address indexed source, uint256 absoluteCap, uint256 relativeCapBps)
func (_Vault *VaultFilterer) WatchAddSource(opts *bind.WatchOpts, sink chan<- *VaultAddSource, source []common.Address) (event.Subscription, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "AddSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultAddSource)
				if err := _Vault.contract.UnpackLog(event, "AddSource", log); err != nil {
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

// ParseAddSource is a log parse operation binding the contract event 0xaf7732bbba79f5a7f4ed3d7b612441e6a3f1f97e937a79bfb5e2f2230650af00.
//
// Solidity: event AddSource(address indexed source, uint256 absoluteCap, uint256 relativeCapBps)
func (_Vault *VaultFilterer) ParseAddSource(log types.Log) (*VaultAddSource, error) {
	event := new(VaultAddSource)
	if err := _Vault.contract.UnpackLog(event, "AddSource", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the Vault contract.
type VaultApprovalIterator struct {
	Event *VaultApproval // Event containing the contract specifics and raw log

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
func (it *VaultApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultApproval)
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
		it.Event = new(VaultApproval)
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
func (it *VaultApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultApproval represents a Approval event raised by the Vault contract.
type VaultApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Vault *VaultFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*VaultApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &VaultApprovalIterator{contract: _Vault.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_Vault *VaultFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *VaultApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultApproval)
				if err := _Vault.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_Vault *VaultFilterer) ParseApproval(log types.Log) (*VaultApproval, error) {
	event := new(VaultApproval)
	if err := _Vault.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultDepositIterator is returned from FilterDeposit and is used to iterate over the raw logs and unpacked data for Deposit events raised by the Vault contract.
type VaultDepositIterator struct {
	Event *VaultDeposit // Event containing the contract specifics and raw log

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
func (it *VaultDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultDeposit)
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
		it.Event = new(VaultDeposit)
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
func (it *VaultDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultDeposit represents a Deposit event raised by the Vault contract.
type VaultDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposit is a free log retrieval operation binding the contract event 0xdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (_Vault *VaultFilterer) FilterDeposit(opts *bind.FilterOpts, sender []common.Address, owner []common.Address) (*VaultDepositIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "Deposit", senderRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &VaultDepositIterator{contract: _Vault.contract, event: "Deposit", logs: logs, sub: sub}, nil
}

// WatchDeposit is a free log subscription operation binding the contract event 0xdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d7.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (_Vault *VaultFilterer) WatchDeposit(opts *bind.WatchOpts, sink chan<- *VaultDeposit, sender []common.Address, owner []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "Deposit", senderRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultDeposit)
				if err := _Vault.contract.UnpackLog(event, "Deposit", log); err != nil {
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
func (_Vault *VaultFilterer) ParseDeposit(log types.Log) (*VaultDeposit, error) {
	event := new(VaultDeposit)
	if err := _Vault.contract.UnpackLog(event, "Deposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultKeeperHeartbeatIterator is returned from FilterKeeperHeartbeat and is used to iterate over the raw logs and unpacked data for KeeperHeartbeat events raised by the Vault contract.
type VaultKeeperHeartbeatIterator struct {
	Event *VaultKeeperHeartbeat // Event containing the contract specifics and raw log

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
func (it *VaultKeeperHeartbeatIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultKeeperHeartbeat)
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
		it.Event = new(VaultKeeperHeartbeat)
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
func (it *VaultKeeperHeartbeatIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultKeeperHeartbeatIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultKeeperHeartbeat represents a KeeperHeartbeat event raised by the Vault contract.
type VaultKeeperHeartbeat struct {
	Keeper    common.Address
	Timestamp *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterKeeperHeartbeat is a free log retrieval operation binding the contract event 0x3bfd009ffacf7c98f6bf18c0f086ce6c3733ce5773e07952198d6876c3154a62.
//
// Solidity: event KeeperHeartbeat(address indexed keeper, uint256 timestamp)
func (_Vault *VaultFilterer) FilterKeeperHeartbeat(opts *bind.FilterOpts, keeper []common.Address) (*VaultKeeperHeartbeatIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "KeeperHeartbeat", keeperRule)
	if err != nil {
		return nil, err
	}
	return &VaultKeeperHeartbeatIterator{contract: _Vault.contract, event: "KeeperHeartbeat", logs: logs, sub: sub}, nil
}

// WatchKeeperHeartbeat is a free log subscription operation binding the contract event 0x3bfd009ffacf7c98f6bf18c0f086ce6c3733ce5773e07952198d6876c3154a62.
//
// Solidity: event KeeperHeartbeat(address indexed keeper, uint256 timestamp)
func (_Vault *VaultFilterer) WatchKeeperHeartbeat(opts *bind.WatchOpts, sink chan<- *VaultKeeperHeartbeat, keeper []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "KeeperHeartbeat", keeperRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultKeeperHeartbeat)
				if err := _Vault.contract.UnpackLog(event, "KeeperHeartbeat", log); err != nil {
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

// ParseKeeperHeartbeat is a log parse operation binding the contract event 0x3bfd009ffacf7c98f6bf18c0f086ce6c3733ce5773e07952198d6876c3154a62.
//
// Solidity: event KeeperHeartbeat(address indexed keeper, uint256 timestamp)
func (_Vault *VaultFilterer) ParseKeeperHeartbeat(log types.Log) (*VaultKeeperHeartbeat, error) {
	event := new(VaultKeeperHeartbeat)
	if err := _Vault.contract.UnpackLog(event, "KeeperHeartbeat", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the Vault contract.
type VaultPausedIterator struct {
	Event *VaultPaused // Event containing the contract specifics and raw log

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
func (it *VaultPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultPaused)
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
		it.Event = new(VaultPaused)
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
func (it *VaultPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultPaused represents a Paused event raised by the Vault contract.
type VaultPaused struct {
	Caller common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed caller)
func (_Vault *VaultFilterer) FilterPaused(opts *bind.FilterOpts, caller []common.Address) (*VaultPausedIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "Paused", callerRule)
	if err != nil {
		return nil, err
	}
	return &VaultPausedIterator{contract: _Vault.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed caller)
func (_Vault *VaultFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *VaultPaused, caller []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "Paused", callerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultPaused)
				if err := _Vault.contract.UnpackLog(event, "Paused", log); err != nil {
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

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed caller)
func (_Vault *VaultFilterer) ParsePaused(log types.Log) (*VaultPaused, error) {
	event := new(VaultPaused)
	if err := _Vault.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultPulledFromSourceIterator is returned from FilterPulledFromSource and is used to iterate over the raw logs and unpacked data for PulledFromSource events raised by the Vault contract.
type VaultPulledFromSourceIterator struct {
	Event *VaultPulledFromSource // Event containing the contract specifics and raw log

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
func (it *VaultPulledFromSourceIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultPulledFromSource)
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
		it.Event = new(VaultPulledFromSource)
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
func (it *VaultPulledFromSourceIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultPulledFromSourceIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultPulledFromSource represents a PulledFromSource event raised by the Vault contract.
type VaultPulledFromSource struct {
	Source common.Address
	Assets *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterPulledFromSource is a free log retrieval operation binding the contract event 0x8e03175fe30d0daf554cd32b989a6bcb616cb9c4ea859eb213b4a2716dac94a5.
//
// Solidity: event PulledFromSource(address indexed source, uint256 assets)
func (_Vault *VaultFilterer) FilterPulledFromSource(opts *bind.FilterOpts, source []common.Address) (*VaultPulledFromSourceIterator, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "PulledFromSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultPulledFromSourceIterator{contract: _Vault.contract, event: "PulledFromSource", logs: logs, sub: sub}, nil
}

// WatchPulledFromSource is a free log subscription operation binding the contract event 0x8e03175fe30d0daf554cd32b989a6bcb616cb9c4ea859eb213b4a2716dac94a5.
//
// Solidity: event PulledFromSource(address indexed source, uint256 assets)
func (_Vault *VaultFilterer) WatchPulledFromSource(opts *bind.WatchOpts, sink chan<- *VaultPulledFromSource, source []common.Address) (event.Subscription, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "PulledFromSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultPulledFromSource)
				if err := _Vault.contract.UnpackLog(event, "PulledFromSource", log); err != nil {
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

// ParsePulledFromSource is a log parse operation binding the contract event 0x8e03175fe30d0daf554cd32b989a6bcb616cb9c4ea859eb213b4a2716dac94a5.
//
// Solidity: event PulledFromSource(address indexed source, uint256 assets)
func (_Vault *VaultFilterer) ParsePulledFromSource(log types.Log) (*VaultPulledFromSource, error) {
	event := new(VaultPulledFromSource)
	if err := _Vault.contract.UnpackLog(event, "PulledFromSource", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultRebalanceDecisionIterator is returned from FilterRebalanceDecision and is used to iterate over the raw logs and unpacked data for RebalanceDecision events raised by the Vault contract.
type VaultRebalanceDecisionIterator struct {
	Event *VaultRebalanceDecision // Event containing the contract specifics and raw log

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
func (it *VaultRebalanceDecisionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultRebalanceDecision)
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
		it.Event = new(VaultRebalanceDecision)
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
func (it *VaultRebalanceDecisionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultRebalanceDecisionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultRebalanceDecision represents a RebalanceDecision event raised by the Vault contract.
type VaultRebalanceDecision struct {
	Keeper          common.Address
	ConfigHash      [32]byte
	ModelId         [32]byte
	InputBlock      *big.Int
	PredictedApyBps *big.Int
	ExpectedGain    *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterRebalanceDecision is a free log retrieval operation binding the contract event 0x4814029c33f6430ce04afae7fd6a8507031aa3395047f23b49ac17ada2219081.
//
// Solidity: event RebalanceDecision(address indexed keeper, bytes32 indexed configHash, bytes32 modelId, uint256 inputBlock, uint256 predictedApyBps, uint256 expectedGain)
func (_Vault *VaultFilterer) FilterRebalanceDecision(opts *bind.FilterOpts, keeper []common.Address, configHash [][32]byte) (*VaultRebalanceDecisionIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var configHashRule []interface{}
	for _, configHashItem := range configHash {
		configHashRule = append(configHashRule, configHashItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "RebalanceDecision", keeperRule, configHashRule)
	if err != nil {
		return nil, err
	}
	return &VaultRebalanceDecisionIterator{contract: _Vault.contract, event: "RebalanceDecision", logs: logs, sub: sub}, nil
}

// WatchRebalanceDecision is a free log subscription operation binding the contract event 0x4814029c33f6430ce04afae7fd6a8507031aa3395047f23b49ac17ada2219081.
//
// Solidity: event RebalanceDecision(address indexed keeper, bytes32 indexed configHash, bytes32 modelId, uint256 inputBlock, uint256 predictedApyBps, uint256 expectedGain)
func (_Vault *VaultFilterer) WatchRebalanceDecision(opts *bind.WatchOpts, sink chan<- *VaultRebalanceDecision, keeper []common.Address, configHash [][32]byte) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var configHashRule []interface{}
	for _, configHashItem := range configHash {
		configHashRule = append(configHashRule, configHashItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "RebalanceDecision", keeperRule, configHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultRebalanceDecision)
				if err := _Vault.contract.UnpackLog(event, "RebalanceDecision", log); err != nil {
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

// ParseRebalanceDecision is a log parse operation binding the contract event 0x4814029c33f6430ce04afae7fd6a8507031aa3395047f23b49ac17ada2219081.
//
// Solidity: event RebalanceDecision(address indexed keeper, bytes32 indexed configHash, bytes32 modelId, uint256 inputBlock, uint256 predictedApyBps, uint256 expectedGain)
func (_Vault *VaultFilterer) ParseRebalanceDecision(log types.Log) (*VaultRebalanceDecision, error) {
	event := new(VaultRebalanceDecision)
	if err := _Vault.contract.UnpackLog(event, "RebalanceDecision", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultRebalancedIterator is returned from FilterRebalanced and is used to iterate over the raw logs and unpacked data for Rebalanced events raised by the Vault contract.
type VaultRebalancedIterator struct {
	Event *VaultRebalanced // Event containing the contract specifics and raw log

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
func (it *VaultRebalancedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultRebalanced)
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
		it.Event = new(VaultRebalanced)
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
func (it *VaultRebalancedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultRebalancedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultRebalanced represents a Rebalanced event raised by the Vault contract.
type VaultRebalanced struct {
	Keeper      common.Address
	Targets     []*big.Int
	Idle        *big.Int
	TotalAssets *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRebalanced is a free log retrieval operation binding the contract event 0xe08c0cfa83d729f6639843dac2402435bcc5a25fc183eb27e2d2f13bb8c58500.
//
// Solidity: event Rebalanced(address indexed keeper, uint256[] targets, uint256 idle, uint256 totalAssets)
func (_Vault *VaultFilterer) FilterRebalanced(opts *bind.FilterOpts, keeper []common.Address) (*VaultRebalancedIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "Rebalanced", keeperRule)
	if err != nil {
		return nil, err
	}
	return &VaultRebalancedIterator{contract: _Vault.contract, event: "Rebalanced", logs: logs, sub: sub}, nil
}

// WatchRebalanced is a free log subscription operation binding the contract event 0xe08c0cfa83d729f6639843dac2402435bcc5a25fc183eb27e2d2f13bb8c58500.
//
// Solidity: event Rebalanced(address indexed keeper, uint256[] targets, uint256 idle, uint256 totalAssets)
func (_Vault *VaultFilterer) WatchRebalanced(opts *bind.WatchOpts, sink chan<- *VaultRebalanced, keeper []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "Rebalanced", keeperRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultRebalanced)
				if err := _Vault.contract.UnpackLog(event, "Rebalanced", log); err != nil {
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

// ParseRebalanced is a log parse operation binding the contract event 0xe08c0cfa83d729f6639843dac2402435bcc5a25fc183eb27e2d2f13bb8c58500.
//
// Solidity: event Rebalanced(address indexed keeper, uint256[] targets, uint256 idle, uint256 totalAssets)
func (_Vault *VaultFilterer) ParseRebalanced(log types.Log) (*VaultRebalanced, error) {
	event := new(VaultRebalanced)
	if err := _Vault.contract.UnpackLog(event, "Rebalanced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultRemoveSourceIterator is returned from FilterRemoveSource and is used to iterate over the raw logs and unpacked data for RemoveSource events raised by the Vault contract.
type VaultRemoveSourceIterator struct {
	Event *VaultRemoveSource // Event containing the contract specifics and raw log

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
func (it *VaultRemoveSourceIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultRemoveSource)
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
		it.Event = new(VaultRemoveSource)
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
func (it *VaultRemoveSourceIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultRemoveSourceIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultRemoveSource represents a RemoveSource event raised by the Vault contract.
type VaultRemoveSource struct {
	Source common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRemoveSource is a free log retrieval operation binding the contract event 0xabfe42ac66f79bbf414f70da9b153759fed4211c54e4d9bbbff534ff2a9611e7.
//
// Solidity: event RemoveSource(address indexed source)
func (_Vault *VaultFilterer) FilterRemoveSource(opts *bind.FilterOpts, source []common.Address) (*VaultRemoveSourceIterator, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "RemoveSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultRemoveSourceIterator{contract: _Vault.contract, event: "RemoveSource", logs: logs, sub: sub}, nil
}

// WatchRemoveSource is a free log subscription operation binding the contract event 0xabfe42ac66f79bbf414f70da9b153759fed4211c54e4d9bbbff534ff2a9611e7.
//
// Solidity: event RemoveSource(address indexed source)
func (_Vault *VaultFilterer) WatchRemoveSource(opts *bind.WatchOpts, sink chan<- *VaultRemoveSource, source []common.Address) (event.Subscription, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "RemoveSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultRemoveSource)
				if err := _Vault.contract.UnpackLog(event, "RemoveSource", log); err != nil {
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

// ParseRemoveSource is a log parse operation binding the contract event 0xabfe42ac66f79bbf414f70da9b153759fed4211c54e4d9bbbff534ff2a9611e7.
//
// Solidity: event RemoveSource(address indexed source)
func (_Vault *VaultFilterer) ParseRemoveSource(log types.Log) (*VaultRemoveSource, error) {
	event := new(VaultRemoveSource)
	if err := _Vault.contract.UnpackLog(event, "RemoveSource", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetCapsIterator is returned from FilterSetCaps and is used to iterate over the raw logs and unpacked data for SetCaps events raised by the Vault contract.
type VaultSetCapsIterator struct {
	Event *VaultSetCaps // Event containing the contract specifics and raw log

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
func (it *VaultSetCapsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetCaps)
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
		it.Event = new(VaultSetCaps)
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
func (it *VaultSetCapsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetCapsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetCaps represents a SetCaps event raised by the Vault contract.
type VaultSetCaps struct {
	Caller         common.Address
	Source         common.Address
	AbsoluteCap    *big.Int
	RelativeCapBps *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterSetCaps is a free log retrieval operation binding the contract event 0x1976a81aa82a79862eb33d7aabba7f33ec9966a94785490c43acb66ffa3a74af.
//
// Solidity: event SetCaps(address indexed caller, address indexed source, uint256 absoluteCap, uint256 relativeCapBps)
func (_Vault *VaultFilterer) FilterSetCaps(opts *bind.FilterOpts, caller []common.Address, source []common.Address) (*VaultSetCapsIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}
	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetCaps", callerRule, sourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultSetCapsIterator{contract: _Vault.contract, event: "SetCaps", logs: logs, sub: sub}, nil
}

// WatchSetCaps is a free log subscription operation binding the contract event 0x1976a81aa82a79862eb33d7aabba7f33ec9966a94785490c43acb66ffa3a74af.
//
// Solidity: event SetCaps(address indexed caller, address indexed source, uint256 absoluteCap, uint256 relativeCapBps)
func (_Vault *VaultFilterer) WatchSetCaps(opts *bind.WatchOpts, sink chan<- *VaultSetCaps, caller []common.Address, source []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}
	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetCaps", callerRule, sourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetCaps)
				if err := _Vault.contract.UnpackLog(event, "SetCaps", log); err != nil {
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

// ParseSetCaps is a log parse operation binding the contract event 0x1976a81aa82a79862eb33d7aabba7f33ec9966a94785490c43acb66ffa3a74af.
//
// Solidity: event SetCaps(address indexed caller, address indexed source, uint256 absoluteCap, uint256 relativeCapBps)
func (_Vault *VaultFilterer) ParseSetCaps(log types.Log) (*VaultSetCaps, error) {
	event := new(VaultSetCaps)
	if err := _Vault.contract.UnpackLog(event, "SetCaps", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetCooldownIterator is returned from FilterSetCooldown and is used to iterate over the raw logs and unpacked data for SetCooldown events raised by the Vault contract.
type VaultSetCooldownIterator struct {
	Event *VaultSetCooldown // Event containing the contract specifics and raw log

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
func (it *VaultSetCooldownIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetCooldown)
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
		it.Event = new(VaultSetCooldown)
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
func (it *VaultSetCooldownIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetCooldownIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetCooldown represents a SetCooldown event raised by the Vault contract.
type VaultSetCooldown struct {
	NewCooldown *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterSetCooldown is a free log retrieval operation binding the contract event 0x89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a6976.
//
// Solidity: event SetCooldown(uint256 newCooldown)
func (_Vault *VaultFilterer) FilterSetCooldown(opts *bind.FilterOpts) (*VaultSetCooldownIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetCooldown")
	if err != nil {
		return nil, err
	}
	return &VaultSetCooldownIterator{contract: _Vault.contract, event: "SetCooldown", logs: logs, sub: sub}, nil
}

// WatchSetCooldown is a free log subscription operation binding the contract event 0x89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a6976.
//
// Solidity: event SetCooldown(uint256 newCooldown)
func (_Vault *VaultFilterer) WatchSetCooldown(opts *bind.WatchOpts, sink chan<- *VaultSetCooldown) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetCooldown")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetCooldown)
				if err := _Vault.contract.UnpackLog(event, "SetCooldown", log); err != nil {
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

// ParseSetCooldown is a log parse operation binding the contract event 0x89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a6976.
//
// Solidity: event SetCooldown(uint256 newCooldown)
func (_Vault *VaultFilterer) ParseSetCooldown(log types.Log) (*VaultSetCooldown, error) {
	event := new(VaultSetCooldown)
	if err := _Vault.contract.UnpackLog(event, "SetCooldown", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetGovernanceIterator is returned from FilterSetGovernance and is used to iterate over the raw logs and unpacked data for SetGovernance events raised by the Vault contract.
type VaultSetGovernanceIterator struct {
	Event *VaultSetGovernance // Event containing the contract specifics and raw log

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
func (it *VaultSetGovernanceIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetGovernance)
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
		it.Event = new(VaultSetGovernance)
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
func (it *VaultSetGovernanceIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetGovernanceIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetGovernance represents a SetGovernance event raised by the Vault contract.
type VaultSetGovernance struct {
	NewGovernance common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterSetGovernance is a free log retrieval operation binding the contract event 0x24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219.
//
// Solidity: event SetGovernance(address indexed newGovernance)
func (_Vault *VaultFilterer) FilterSetGovernance(opts *bind.FilterOpts, newGovernance []common.Address) (*VaultSetGovernanceIterator, error) {

	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetGovernance", newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return &VaultSetGovernanceIterator{contract: _Vault.contract, event: "SetGovernance", logs: logs, sub: sub}, nil
}

// WatchSetGovernance is a free log subscription operation binding the contract event 0x24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219.
//
// Solidity: event SetGovernance(address indexed newGovernance)
func (_Vault *VaultFilterer) WatchSetGovernance(opts *bind.WatchOpts, sink chan<- *VaultSetGovernance, newGovernance []common.Address) (event.Subscription, error) {

	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetGovernance", newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetGovernance)
				if err := _Vault.contract.UnpackLog(event, "SetGovernance", log); err != nil {
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

// ParseSetGovernance is a log parse operation binding the contract event 0x24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219.
//
// Solidity: event SetGovernance(address indexed newGovernance)
func (_Vault *VaultFilterer) ParseSetGovernance(log types.Log) (*VaultSetGovernance, error) {
	event := new(VaultSetGovernance)
	if err := _Vault.contract.UnpackLog(event, "SetGovernance", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetGuardianIterator is returned from FilterSetGuardian and is used to iterate over the raw logs and unpacked data for SetGuardian events raised by the Vault contract.
type VaultSetGuardianIterator struct {
	Event *VaultSetGuardian // Event containing the contract specifics and raw log

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
func (it *VaultSetGuardianIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetGuardian)
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
		it.Event = new(VaultSetGuardian)
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
func (it *VaultSetGuardianIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetGuardianIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetGuardian represents a SetGuardian event raised by the Vault contract.
type VaultSetGuardian struct {
	NewGuardian common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterSetGuardian is a free log retrieval operation binding the contract event 0x31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8.
//
// Solidity: event SetGuardian(address indexed newGuardian)
func (_Vault *VaultFilterer) FilterSetGuardian(opts *bind.FilterOpts, newGuardian []common.Address) (*VaultSetGuardianIterator, error) {

	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetGuardian", newGuardianRule)
	if err != nil {
		return nil, err
	}
	return &VaultSetGuardianIterator{contract: _Vault.contract, event: "SetGuardian", logs: logs, sub: sub}, nil
}

// WatchSetGuardian is a free log subscription operation binding the contract event 0x31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8.
//
// Solidity: event SetGuardian(address indexed newGuardian)
func (_Vault *VaultFilterer) WatchSetGuardian(opts *bind.WatchOpts, sink chan<- *VaultSetGuardian, newGuardian []common.Address) (event.Subscription, error) {

	var newGuardianRule []interface{}
	for _, newGuardianItem := range newGuardian {
		newGuardianRule = append(newGuardianRule, newGuardianItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetGuardian", newGuardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetGuardian)
				if err := _Vault.contract.UnpackLog(event, "SetGuardian", log); err != nil {
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

// ParseSetGuardian is a log parse operation binding the contract event 0x31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8.
//
// Solidity: event SetGuardian(address indexed newGuardian)
func (_Vault *VaultFilterer) ParseSetGuardian(log types.Log) (*VaultSetGuardian, error) {
	event := new(VaultSetGuardian)
	if err := _Vault.contract.UnpackLog(event, "SetGuardian", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetKeeperIterator is returned from FilterSetKeeper and is used to iterate over the raw logs and unpacked data for SetKeeper events raised by the Vault contract.
type VaultSetKeeperIterator struct {
	Event *VaultSetKeeper // Event containing the contract specifics and raw log

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
func (it *VaultSetKeeperIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetKeeper)
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
		it.Event = new(VaultSetKeeper)
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
func (it *VaultSetKeeperIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetKeeperIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetKeeper represents a SetKeeper event raised by the Vault contract.
type VaultSetKeeper struct {
	NewKeeper common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSetKeeper is a free log retrieval operation binding the contract event 0xefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b.
//
// Solidity: event SetKeeper(address indexed newKeeper)
func (_Vault *VaultFilterer) FilterSetKeeper(opts *bind.FilterOpts, newKeeper []common.Address) (*VaultSetKeeperIterator, error) {

	var newKeeperRule []interface{}
	for _, newKeeperItem := range newKeeper {
		newKeeperRule = append(newKeeperRule, newKeeperItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetKeeper", newKeeperRule)
	if err != nil {
		return nil, err
	}
	return &VaultSetKeeperIterator{contract: _Vault.contract, event: "SetKeeper", logs: logs, sub: sub}, nil
}

// WatchSetKeeper is a free log subscription operation binding the contract event 0xefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b.
//
// Solidity: event SetKeeper(address indexed newKeeper)
func (_Vault *VaultFilterer) WatchSetKeeper(opts *bind.WatchOpts, sink chan<- *VaultSetKeeper, newKeeper []common.Address) (event.Subscription, error) {

	var newKeeperRule []interface{}
	for _, newKeeperItem := range newKeeper {
		newKeeperRule = append(newKeeperRule, newKeeperItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetKeeper", newKeeperRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetKeeper)
				if err := _Vault.contract.UnpackLog(event, "SetKeeper", log); err != nil {
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

// ParseSetKeeper is a log parse operation binding the contract event 0xefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b.
//
// Solidity: event SetKeeper(address indexed newKeeper)
func (_Vault *VaultFilterer) ParseSetKeeper(log types.Log) (*VaultSetKeeper, error) {
	event := new(VaultSetKeeper)
	if err := _Vault.contract.UnpackLog(event, "SetKeeper", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetMaxLossBpsIterator is returned from FilterSetMaxLossBps and is used to iterate over the raw logs and unpacked data for SetMaxLossBps events raised by the Vault contract.
type VaultSetMaxLossBpsIterator struct {
	Event *VaultSetMaxLossBps // Event containing the contract specifics and raw log

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
func (it *VaultSetMaxLossBpsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetMaxLossBps)
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
		it.Event = new(VaultSetMaxLossBps)
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
func (it *VaultSetMaxLossBpsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetMaxLossBpsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetMaxLossBps represents a SetMaxLossBps event raised by the Vault contract.
type VaultSetMaxLossBps struct {
	NewMaxLossBps *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterSetMaxLossBps is a free log retrieval operation binding the contract event 0x0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad2804.
//
// Solidity: event SetMaxLossBps(uint256 newMaxLossBps)
func (_Vault *VaultFilterer) FilterSetMaxLossBps(opts *bind.FilterOpts) (*VaultSetMaxLossBpsIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetMaxLossBps")
	if err != nil {
		return nil, err
	}
	return &VaultSetMaxLossBpsIterator{contract: _Vault.contract, event: "SetMaxLossBps", logs: logs, sub: sub}, nil
}

// WatchSetMaxLossBps is a free log subscription operation binding the contract event 0x0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad2804.
//
// Solidity: event SetMaxLossBps(uint256 newMaxLossBps)
func (_Vault *VaultFilterer) WatchSetMaxLossBps(opts *bind.WatchOpts, sink chan<- *VaultSetMaxLossBps) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetMaxLossBps")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetMaxLossBps)
				if err := _Vault.contract.UnpackLog(event, "SetMaxLossBps", log); err != nil {
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

// ParseSetMaxLossBps is a log parse operation binding the contract event 0x0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad2804.
//
// Solidity: event SetMaxLossBps(uint256 newMaxLossBps)
func (_Vault *VaultFilterer) ParseSetMaxLossBps(log types.Log) (*VaultSetMaxLossBps, error) {
	event := new(VaultSetMaxLossBps)
	if err := _Vault.contract.UnpackLog(event, "SetMaxLossBps", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetMaxTurnoverBpsIterator is returned from FilterSetMaxTurnoverBps and is used to iterate over the raw logs and unpacked data for SetMaxTurnoverBps events raised by the Vault contract.
type VaultSetMaxTurnoverBpsIterator struct {
	Event *VaultSetMaxTurnoverBps // Event containing the contract specifics and raw log

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
func (it *VaultSetMaxTurnoverBpsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetMaxTurnoverBps)
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
		it.Event = new(VaultSetMaxTurnoverBps)
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
func (it *VaultSetMaxTurnoverBpsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetMaxTurnoverBpsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetMaxTurnoverBps represents a SetMaxTurnoverBps event raised by the Vault contract.
type VaultSetMaxTurnoverBps struct {
	NewMaxTurnoverBps *big.Int
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterSetMaxTurnoverBps is a free log retrieval operation binding the contract event 0xeef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e.
//
// Solidity: event SetMaxTurnoverBps(uint256 newMaxTurnoverBps)
func (_Vault *VaultFilterer) FilterSetMaxTurnoverBps(opts *bind.FilterOpts) (*VaultSetMaxTurnoverBpsIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetMaxTurnoverBps")
	if err != nil {
		return nil, err
	}
	return &VaultSetMaxTurnoverBpsIterator{contract: _Vault.contract, event: "SetMaxTurnoverBps", logs: logs, sub: sub}, nil
}

// WatchSetMaxTurnoverBps is a free log subscription operation binding the contract event 0xeef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e.
//
// Solidity: event SetMaxTurnoverBps(uint256 newMaxTurnoverBps)
func (_Vault *VaultFilterer) WatchSetMaxTurnoverBps(opts *bind.WatchOpts, sink chan<- *VaultSetMaxTurnoverBps) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetMaxTurnoverBps")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetMaxTurnoverBps)
				if err := _Vault.contract.UnpackLog(event, "SetMaxTurnoverBps", log); err != nil {
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

// ParseSetMaxTurnoverBps is a log parse operation binding the contract event 0xeef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e.
//
// Solidity: event SetMaxTurnoverBps(uint256 newMaxTurnoverBps)
func (_Vault *VaultFilterer) ParseSetMaxTurnoverBps(log types.Log) (*VaultSetMaxTurnoverBps, error) {
	event := new(VaultSetMaxTurnoverBps)
	if err := _Vault.contract.UnpackLog(event, "SetMaxTurnoverBps", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetMinIdleBpsIterator is returned from FilterSetMinIdleBps and is used to iterate over the raw logs and unpacked data for SetMinIdleBps events raised by the Vault contract.
type VaultSetMinIdleBpsIterator struct {
	Event *VaultSetMinIdleBps // Event containing the contract specifics and raw log

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
func (it *VaultSetMinIdleBpsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetMinIdleBps)
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
		it.Event = new(VaultSetMinIdleBps)
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
func (it *VaultSetMinIdleBpsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetMinIdleBpsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetMinIdleBps represents a SetMinIdleBps event raised by the Vault contract.
type VaultSetMinIdleBps struct {
	NewMinIdleBps *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterSetMinIdleBps is a free log retrieval operation binding the contract event 0xff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb.
//
// Solidity: event SetMinIdleBps(uint256 newMinIdleBps)
func (_Vault *VaultFilterer) FilterSetMinIdleBps(opts *bind.FilterOpts) (*VaultSetMinIdleBpsIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetMinIdleBps")
	if err != nil {
		return nil, err
	}
	return &VaultSetMinIdleBpsIterator{contract: _Vault.contract, event: "SetMinIdleBps", logs: logs, sub: sub}, nil
}

// WatchSetMinIdleBps is a free log subscription operation binding the contract event 0xff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb.
//
// Solidity: event SetMinIdleBps(uint256 newMinIdleBps)
func (_Vault *VaultFilterer) WatchSetMinIdleBps(opts *bind.WatchOpts, sink chan<- *VaultSetMinIdleBps) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetMinIdleBps")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetMinIdleBps)
				if err := _Vault.contract.UnpackLog(event, "SetMinIdleBps", log); err != nil {
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

// ParseSetMinIdleBps is a log parse operation binding the contract event 0xff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb.
//
// Solidity: event SetMinIdleBps(uint256 newMinIdleBps)
func (_Vault *VaultFilterer) ParseSetMinIdleBps(log types.Log) (*VaultSetMinIdleBps, error) {
	event := new(VaultSetMinIdleBps)
	if err := _Vault.contract.UnpackLog(event, "SetMinIdleBps", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetWithdrawQueueIterator is returned from FilterSetWithdrawQueue and is used to iterate over the raw logs and unpacked data for SetWithdrawQueue events raised by the Vault contract.
type VaultSetWithdrawQueueIterator struct {
	Event *VaultSetWithdrawQueue // Event containing the contract specifics and raw log

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
func (it *VaultSetWithdrawQueueIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetWithdrawQueue)
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
		it.Event = new(VaultSetWithdrawQueue)
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
func (it *VaultSetWithdrawQueueIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetWithdrawQueueIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetWithdrawQueue represents a SetWithdrawQueue event raised by the Vault contract.
type VaultSetWithdrawQueue struct {
	Queue []common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterSetWithdrawQueue is a free log retrieval operation binding the contract event 0xa636062456a3ba2573aaa40ababdcba201bf93ece44a5aa43f5f6bd547a2e19a.
//
// Solidity: event SetWithdrawQueue(address[] queue)
func (_Vault *VaultFilterer) FilterSetWithdrawQueue(opts *bind.FilterOpts) (*VaultSetWithdrawQueueIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetWithdrawQueue")
	if err != nil {
		return nil, err
	}
	return &VaultSetWithdrawQueueIterator{contract: _Vault.contract, event: "SetWithdrawQueue", logs: logs, sub: sub}, nil
}

// WatchSetWithdrawQueue is a free log subscription operation binding the contract event 0xa636062456a3ba2573aaa40ababdcba201bf93ece44a5aa43f5f6bd547a2e19a.
//
// Solidity: event SetWithdrawQueue(address[] queue)
func (_Vault *VaultFilterer) WatchSetWithdrawQueue(opts *bind.WatchOpts, sink chan<- *VaultSetWithdrawQueue) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetWithdrawQueue")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetWithdrawQueue)
				if err := _Vault.contract.UnpackLog(event, "SetWithdrawQueue", log); err != nil {
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

// ParseSetWithdrawQueue is a log parse operation binding the contract event 0xa636062456a3ba2573aaa40ababdcba201bf93ece44a5aa43f5f6bd547a2e19a.
//
// Solidity: event SetWithdrawQueue(address[] queue)
func (_Vault *VaultFilterer) ParseSetWithdrawQueue(log types.Log) (*VaultSetWithdrawQueue, error) {
	event := new(VaultSetWithdrawQueue)
	if err := _Vault.contract.UnpackLog(event, "SetWithdrawQueue", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the Vault contract.
type VaultTransferIterator struct {
	Event *VaultTransfer // Event containing the contract specifics and raw log

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
func (it *VaultTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultTransfer)
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
		it.Event = new(VaultTransfer)
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
func (it *VaultTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultTransfer represents a Transfer event raised by the Vault contract.
type VaultTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Vault *VaultFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*VaultTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &VaultTransferIterator{contract: _Vault.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_Vault *VaultFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *VaultTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultTransfer)
				if err := _Vault.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_Vault *VaultFilterer) ParseTransfer(log types.Log) (*VaultTransfer, error) {
	event := new(VaultTransfer)
	if err := _Vault.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the Vault contract.
type VaultUnpausedIterator struct {
	Event *VaultUnpaused // Event containing the contract specifics and raw log

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
func (it *VaultUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultUnpaused)
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
		it.Event = new(VaultUnpaused)
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
func (it *VaultUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultUnpaused represents a Unpaused event raised by the Vault contract.
type VaultUnpaused struct {
	Caller common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed caller)
func (_Vault *VaultFilterer) FilterUnpaused(opts *bind.FilterOpts, caller []common.Address) (*VaultUnpausedIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "Unpaused", callerRule)
	if err != nil {
		return nil, err
	}
	return &VaultUnpausedIterator{contract: _Vault.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed caller)
func (_Vault *VaultFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *VaultUnpaused, caller []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "Unpaused", callerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultUnpaused)
				if err := _Vault.contract.UnpackLog(event, "Unpaused", log); err != nil {
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

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed caller)
func (_Vault *VaultFilterer) ParseUnpaused(log types.Log) (*VaultUnpaused, error) {
	event := new(VaultUnpaused)
	if err := _Vault.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultWithdrawIterator is returned from FilterWithdraw and is used to iterate over the raw logs and unpacked data for Withdraw events raised by the Vault contract.
type VaultWithdrawIterator struct {
	Event *VaultWithdraw // Event containing the contract specifics and raw log

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
func (it *VaultWithdrawIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultWithdraw)
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
		it.Event = new(VaultWithdraw)
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
func (it *VaultWithdrawIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultWithdrawIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultWithdraw represents a Withdraw event raised by the Vault contract.
type VaultWithdraw struct {
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
func (_Vault *VaultFilterer) FilterWithdraw(opts *bind.FilterOpts, sender []common.Address, receiver []common.Address, owner []common.Address) (*VaultWithdrawIterator, error) {

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

	logs, sub, err := _Vault.contract.FilterLogs(opts, "Withdraw", senderRule, receiverRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &VaultWithdrawIterator{contract: _Vault.contract, event: "Withdraw", logs: logs, sub: sub}, nil
}

// WatchWithdraw is a free log subscription operation binding the contract event 0xfbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (_Vault *VaultFilterer) WatchWithdraw(opts *bind.WatchOpts, sink chan<- *VaultWithdraw, sender []common.Address, receiver []common.Address, owner []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _Vault.contract.WatchLogs(opts, "Withdraw", senderRule, receiverRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultWithdraw)
				if err := _Vault.contract.UnpackLog(event, "Withdraw", log); err != nil {
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
func (_Vault *VaultFilterer) ParseWithdraw(log types.Log) (*VaultWithdraw, error) {
	event := new(VaultWithdraw)
	if err := _Vault.contract.UnpackLog(event, "Withdraw", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
