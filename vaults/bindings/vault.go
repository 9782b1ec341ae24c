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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keeper_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minIdleBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"AbsoluteCapRaised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"CapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"CooldownActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"DuplicateSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailsafeActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailsafeDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"loss\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLoss\",\"type\":\"uint256\"}],\"name\":\"FailsafeLoss\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailsafeNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"FutureReceipt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientIdle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cooldown\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCooldown\",\"type\":\"uint256\"}],\"name\":\"InvalidCooldown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"window\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidLivenessWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lossWindow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidLossWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"InvalidQueueLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"InvalidTargetsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"KeeperLive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"MaxFeeExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalBefore\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLoss\",\"type\":\"uint256\"}],\"name\":\"MaxLossExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxSourcesExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minIdle\",\"type\":\"uint256\"}],\"name\":\"MinIdleViolated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardianOrGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RelativeCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"RelativeCapRaised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceCallOutOfGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceNotEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceUnvalued\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"turnover\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTurnover\",\"type\":\"uint256\"}],\"name\":\"TurnoverExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"UnknownSource\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VaultNotPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VaultPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windowLoss\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWindowLoss\",\"type\":\"uint256\"}],\"name\":\"WindowLossExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeeRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newHighWaterMark\",\"type\":\"uint256\"}],\"name\":\"AccrueFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"AddSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"FailsafeCleared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"safeSource\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"FailsafeDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"FailsafeSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lastKeeperActivity\",\"type\":\"uint256\"}],\"name\":\"FailsafeTriggered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"FailsafeWithdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"writtenOff\",\"type\":\"uint256\"}],\"name\":\"ForceRemoveSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"KeeperHeartbeat\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"PulledFromSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newHighWaterMark\",\"type\":\"uint256\"}],\"name\":\"RaiseHighWaterMark\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"predictedApyBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"expectedGain\",\"type\":\"uint256\"}],\"name\":\"RebalanceDecision\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"targets\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idle\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalAssets\",\"type\":\"uint256\"}],\"name\":\"Rebalanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"RemoveSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"SetCaps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newCooldown\",\"type\":\"uint256\"}],\"name\":\"SetCooldown\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"SetFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"SetFeeRecipient\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"SetGovernance\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"SetGuardian\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"SetKeeper\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newLivenessWindow\",\"type\":\"uint256\"}],\"name\":\"SetLivenessWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newLossWindow\",\"type\":\"uint256\"}],\"name\":\"SetLossWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxLossBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxLossBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxTurnoverBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxTurnoverBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxWindowLossBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxWindowLossBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMinIdleBps\",\"type\":\"uint256\"}],\"name\":\"SetMinIdleBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newSafeSource\",\"type\":\"address\"}],\"name\":\"SetSafeSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"queue\",\"type\":\"address[]\"}],\"name\":\"SetWithdrawQueue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAILSAFE_STEP_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOSS_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOSS_UNIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LIVENESS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LOSS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOURCES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_LIVENESS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_LOSS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROUNDING_TOLERANCE_PER_SOURCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SOURCE_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SOURCE_VIEW_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accrueFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"addSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availableLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidity\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"caps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clearFailsafe\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cooldown\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"failsafe\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"failsafeDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"failsafeWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"forceRemoveSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSources\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getWithdrawQueue\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"heartbeat\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"highWaterMark\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"idle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSource\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastKeeperActivity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRebalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"livenessWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lossWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"lowerCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxLossBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTurnoverBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWindowLossBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minIdleBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"targets\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"predictedApyBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedGain\",\"type\":\"uint256\"}],\"internalType\":\"structDecisionReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"}],\"name\":\"rebalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"relativeCaps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"removeSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"safeSource\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"setCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newCooldown\",\"type\":\"uint256\"}],\"name\":\"setCooldown\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"setGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"setGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newLivenessWindow\",\"type\":\"uint256\"}],\"name\":\"setLivenessWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newLossWindow\",\"type\":\"uint256\"}],\"name\":\"setLossWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxLossBps\",\"type\":\"uint256\"}],\"name\":\"setMaxLossBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxTurnoverBps\",\"type\":\"uint256\"}],\"name\":\"setMaxTurnoverBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxWindowLossBps\",\"type\":\"uint256\"}],\"name\":\"setMaxWindowLossBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMinIdleBps\",\"type\":\"uint256\"}],\"name\":\"setMinIdleBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newSafeSource\",\"type\":\"address\"}],\"name\":\"setSafeSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"queue\",\"type\":\"address[]\"}],\"name\":\"setWithdrawQueue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sharePrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"sourceAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"sourceAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sourcesLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"triggerFailsafe\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unwindFailsafe\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"windowLoss\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"windowLossBudget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c0604052600a600955612710600a5562015180600c556014600d55348015610026575f5ffd5b5060405161607938038061607983398101604081905261004591610482565b868686600361005483826105c0565b50600461006182826105c0565b5050505f5f6100758361039760201b60201c565b9150915081610085576012610087565b805b60ff1660a05250506001600160a01b03908116608052871615806100b257506001600160a01b038416155b806100c457506001600160a01b038316155b806100d657506001600160a01b038216155b156100f45760405163d92e233d60e01b815260040160405180910390fd5b61271081111561011e57604051632e109e9f60e01b81526004810182905260240160405180910390fd5b600580546001600160a01b038087166001600160a01b031992831681179093556006805487831690841617905560078054918616919092161790556008829055600b8054426001600160401b0316600160801b027fffffffffffffffff0000000000000000ffffffffffffffff000000000000000090911617610e10179055670de0b6b3a76400006016556040517f24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219905f90a26040516001600160a01b038416907f31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8905f90a26040516001600160a01b038316907fefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b905f90a26040518181527fff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb9060200160405180910390a17f0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad280460095460405161029d91815260200190565b60405180910390a17feef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e600a546040516102d891815260200190565b60405180910390a1604051610e1081527f89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a69769060200160405180910390a17f5e138f991b2b78a4632f15e129bcb92d1b286b2a182ce293268ba8ad964dc1fd600c5460405161034891815260200190565b60405180910390a17f7e7c5b751cf45ee9c66d0d96d46d17c4df6496819f1c56de6996ba4c83253356600d5460405161038391815260200190565b60405180910390a15050505050505061067e565b63313ce56760e01b5f818152908190602082600481875afa5f51601f3d1190911661010082101695908602945092505050565b80516001600160a01b03811681146103e0575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610408575f5ffd5b81516001600160401b03811115610421576104216103e5565b604051601f8201601f19908116603f011681016001600160401b038111828210171561044f5761044f6103e5565b604052818152838201602001851015610466575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f5f5f60e0888a031215610498575f5ffd5b6104a1886103ca565b60208901519097506001600160401b038111156104bc575f5ffd5b6104c88a828b016103f9565b60408a015190975090506001600160401b038111156104e5575f5ffd5b6104f18a828b016103f9565b955050610500606089016103ca565b935061050e608089016103ca565b925061051c60a089016103ca565b915060c0880151905092959891949750929550565b600181811c9082168061054557607f821691505b60208210810361056357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105bb57828211156105bb57805f5260205f20601f840160051c602085101561059457505f5b90810190601f840160051c035f5b818110156105b7575f838201556001016105a2565b5050505b505050565b81516001600160401b038111156105d9576105d96103e5565b6105ed816105e78454610531565b84610569565b6020601f82116001811461061f575f83156106085750848201515b5f19600385901b1c1916600184901b178455610677565b5f84815260208120601f198516915b8281101561064e578785015182556020948501946001909201910161062e565b508482101561066b57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a0516159946106e55f395f610ee101525f81816106bf01528181610e6b01528181610f0d01528181611024015281816117aa01528181611ba2015281816125b701528181613e820152818161430101528181614db7015261524101526159945ff3fe608060405234801561000f575f5ffd5b506004361061056c575f3560e01c80637cbbe78d116102d9578063b3d7f6b911610186578063d905777e116100ef578063ef8b30f7116100a9578063f3d69d6b11610084578063f3d69d6b14610b75578063f531054114610b88578063fe7ac51b14610b9b578063ff0b718314610ba3575f5ffd5b8063ef8b30f714610a81578063efeec38c14610b4f578063f1f729a114610b62575f5ffd5b8063d905777e14610ad5578063dcb15f2114610ae8578063dd62ed3e14610af1578063ddca3f4314610b29578063e74b981b14610b32578063e989b8af14610b45575f5ffd5b8063c6e6f59211610140578063c6e6f59214610a81578063ca7c0bb414610a94578063cdb8421114610aa7578063ce96cb7714610aaf578063d4dcb45a146108f4578063d7e963e014610ac2575f5ffd5b8063b3d7f6b914610a20578063b460af9414610a33578063ba08765214610a46578063bc063e1a14610a59578063c1a4acbe14610a62578063c63d75b614610718575f5ffd5b806394bf804d11610242578063a9059cbb116101fc578063aced1661116101d7578063aced1661146109ea578063af520da1146109fd578063b12ba8b314610a05578063b26cc39414610a18575f5ffd5b8063a9059cbb146109b1578063ab033ea9146109c4578063abc4bccf146109d7575f5ffd5b806394bf804d1461094e57806395d89b4114610961578063996a372714610969578063a46ce69c1461097c578063a641a72214610984578063a709fe9d1461098f575f5ffd5b8063872697291161029357806387269729146109185780638a0dac4a146109205780638b41d35f1461064d5780638e916d1614610933578063901e0835146108f457806390b10acf1461093b575f5ffd5b80637cbbe78d146108c55780637d69a841146108ce57806380a30e30146108e1578063827059ff146108f45780638456cb59146108fd57806384dfda7914610905575f5ffd5b8063402d267d1161043757806366d97b21116103a05780636e849a731161035a57806374375359116103355780637437535914610891578063748747e614610899578063787a08a6146108ac5780637998ee55146108bd575f5ffd5b80636e849a731461084e57806370a082311461086157806372526b6614610889575f5ffd5b806366d97b21146107f057806369fe0e2d1461080f5780636a508772146108225780636aa0dd651461082a5780636e553f65146108335780636e5560a114610846575f5ffd5b8063577cd462116103f1578063577cd4621461078b5780635aa6e675146107965780635b381556146107a95780635c0d1942146107bc5780635c975abb146107d457806364aefc06146107e8575f5ffd5b8063402d267d14610718578063452a93201461072b578063469048401461073e578063474a88cb146107515780634cdad506146107655780634fc3f41a14610778575f5ffd5b80632a341210116104d9578063371fb79f11610493578063371fb79f146106aa57806338d52e0f146106bd5780633953300b146106f757806339a56673146106ff5780633defb962146107085780633f4ba83a14610710575f5ffd5b80632a3412101461064d5780632caea2b8146106575780632eaf4c361461066c5780633129c2751461067f578063313ce567146106885780633192164f146106a2575f5ffd5b8063106b9ca11161052a578063106b9ca1146105f3578063111830521461060b57806315c978871461062057806318160ddd146106295780631e8410da1461063157806323b872dd1461063a575f5ffd5b8062e6a6351461057057806301e1d1141461058d57806306fdde031461059557806307a2d13a146105aa578063095ea7b3146105bd5780630a28a477146105e0575b5f5ffd5b61057a622dc6c081565b6040519081526020015b60405180910390f35b61057a610bb6565b61059d610bc5565b60405161058491906152d4565b61057a6105b8366004615309565b610c55565b6105d06105cb366004615334565b610c66565b6040519015158152602001610584565b61057a6105ee366004615309565b610c7d565b600b54600160401b90046001600160401b031661057a565b610613610cbe565b604051610584919061535e565b61057a60175481565b60025461057a565b61057a60165481565b6105d06106483660046153a9565b610d1d565b61057a62278d0081565b61066a610665366004615309565b610d40565b005b61066a61067a3660046153e7565b610dd2565b61057a60095481565b610690610ed9565b60405160ff9091168152602001610584565b61057a610f0a565b61066a6106b8366004615334565b610f94565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610584565b61066a61111b565b61057a60085481565b61066a6111ce565b61066a61125d565b61057a6107263660046153e7565b611304565b6006546106df906001600160a01b031681565b6015546106df906001600160a01b031681565b6018546105d090600160a01b900460ff1681565b61057a610773366004615309565b61131e565b61066a610786366004615309565b611356565b61057a633b9aca0081565b6005546106df906001600160a01b031681565b61066a6107b7366004615309565b6113fd565b600b54600160801b90046001600160401b031661057a565b6007546105d090600160a01b900460ff1681565b61057a601481565b61057a6107fe3660046153e7565b600f6020525f908152604090205481565b61066a61081d366004615309565b611483565b60125461057a565b61057a600d5481565b61057a610841366004615402565b611551565b61066a6115bc565b61066a61085c3660046153e7565b6116c5565b61057a61086f3660046153e7565b6001600160a01b03165f9081526020819052604090205490565b61057a611989565b61057a61199a565b61066a6108a73660046153e7565b6119b6565b600b546001600160401b031661057a565b61057a611a76565b61057a600c5481565b61057a6108dc3660046153e7565b611a9f565b61066a6108ef366004615477565b611d8f565b61057a610e1081565b61066a611f2b565b61066a610913366004615309565b611fc0565b61057a612095565b61066a61092e3660046153e7565b6120cb565b61057a600781565b61066a6109493660046153e7565b612166565b61057a61095c366004615402565b612233565b61059d612296565b61066a6109773660046154b5565b6122a5565b61057a600281565b61057a6301e1338081565b6105d061099d3660046153e7565b60116020525f908152604090205460ff1681565b6105d06109bf366004615334565b6123a2565b61066a6109d23660046153e7565b6123af565b6106df6109e5366004615309565b61244a565b6007546106df906001600160a01b031681565b610613612478565b61066a610a133660046154b5565b6124d6565b61066a6127dc565b61057a610a2e366004615309565b6127ec565b61057a610a413660046154e7565b6127f8565b61057a610a543660046154e7565b6128dd565b61057a6107d081565b61057a610a703660046153e7565b60106020525f908152604090205481565b61057a610a8f366004615309565b6129ba565b6018546106df906001600160a01b031681565b61057a6129c5565b61057a610abd3660046153e7565b6129e3565b61066a610ad0366004615309565b612a41565b61057a610ae33660046153e7565b612b1c565b61057a600a5481565b61057a610aff366004615526565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61057a60145481565b61066a610b403660046153e7565b612b5a565b61057a620f424081565b61066a610b5d3660046154b5565b612c11565b61066a610b70366004615309565b612cb0565b61066a610b83366004615309565b612d36565b61057a610b963660046153e7565b612dbc565b61066a612df4565b61066a610bb1366004615552565b612e41565b5f610bbf613125565b50919050565b606060038054610bd4906155ab565b80601f0160208091040260200160405190810160405280929190818152602001828054610c00906155ab565b8015610c4b5780601f10610c2257610100808354040283529160200191610c4b565b820191905f5260205f20905b815481529060010190602001808311610c2e57829003601f168201915b5050505050905090565b5f610c60825f613139565b92915050565b5f33610c7381858561316a565b5060019392505050565b5f5f610c926013610c8c610f0a565b85613177565b50509050610cb7600282610ca691906155f1565b610cb09085615608565b6001613270565b9392505050565b60606013805480602002602001604051908101604052809291908181526020018280548015610c4b57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610cf6575050505050905090565b5f33610d2a8582856132a1565b610d3585858561330a565b506001949350505050565b6005546001600160a01b03163314610d6b57604051632d5be4cb60e21b815260040160405180910390fd5b612710811115610d9657604051632e109e9f60e01b8152600481018290526024015b60405180910390fd5b600a8190556040518181527feef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e906020015b60405180910390a150565b6005546001600160a01b03163314610dfd57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0381165f9081526011602052604090205460ff16610e4057604051630c2fd05360e01b81526001600160a01b0382166004820152602401610d8d565b5f610e52826278744560e21b83613367565b915050610e5e826133d4565b610e926001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016835f613467565b816001600160a01b03167f36539cb0c29cca4936fe3d9aedda553a106a30d554fb4148915f0621b3aaa58082604051610ecd91815260200190565b60405180910390a25050565b5f610f0560067f000000000000000000000000000000000000000000000000000000000000000061561b565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610f70573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f059190615634565b333014610fb4576040516314e1dbf760e11b815260040160405180910390fd5b5f826001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ff1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110159190615634565b905061104b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684846134e1565b60405163b6b55f2560e01b8152600481018390526001600160a01b0384169063b6b55f25906024015f604051808303815f87803b15801561108a575f5ffd5b505af115801561109c573d5f5f3e3d5ffd5b505050506111168383836110b09190615608565b856001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110ec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111109190615634565b856134ee565b505050565b6005546001600160a01b0316331461114657604051632d5be4cb60e21b815260040160405180910390fd5b601854600160a01b900460ff166111705760405163c8dd738960e01b815260040160405180910390fd5b6018805460ff60a01b19169055600b805467ffffffffffffffff60801b1916600160801b426001600160401b03160217905560405133907f9691d8914e90890849c9a8c78747e0f082d26cce163fbcc7b90650c8d9bdbff0905f90a2565b6007546001600160a01b031633146111f957604051631ea2564f60e31b815260040160405180910390fd5b600b805467ffffffffffffffff60801b1916600160801b426001600160401b038116919091029190911790915560405190815233907f3bfd009ffacf7c98f6bf18c0f086ce6c3733ce5773e07952198d6876c3154a629060200160405180910390a2565b6006546001600160a01b0316331480159061128357506005546001600160a01b03163314155b156112a15760405163404ead7760e11b815260040160405180910390fd5b600754600160a01b900460ff166112cb57604051637bffa6e560e11b815260040160405180910390fd5b6007805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f61130d613545565b611317575f610c60565b5f19610c60565b5f5f61132a835f613139565b90505f611340601361133a610f0a565b84613177565b5050905061134e8282613578565b949350505050565b6005546001600160a01b0316331461138157604051632d5be4cb60e21b815260040160405180910390fd5b62278d008111156113b157604051632fe31aab60e01b81526004810182905262278d006024820152604401610d8d565b600b805467ffffffffffffffff19166001600160401b0383161790556040518181527f89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a697690602001610dc7565b6005546001600160a01b0316331461142857604051632d5be4cb60e21b815260040160405180910390fd5b61271081111561144e57604051632e109e9f60e01b815260048101829052602401610d8d565b60088190556040518181527fff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb90602001610dc7565b6005546001600160a01b031633146114ae57604051632d5be4cb60e21b815260040160405180910390fd5b6107d08111156114dc5760405163a85293eb60e01b8152600481018290526107d06024820152604401610d8d565b80158015906114f457506015546001600160a01b0316155b15611512576040516333fe7c6560e21b815260040160405180910390fd5b61151a61359e565b50505060148190556040518181527e172ddfc5ae88d08b3de01a5a187667c37a5a53989e8c175055cb6c993792a790602001610dc7565b6007545f90600160a01b900460ff161561157e576040516336a7e2cd60e21b815260040160405180910390fd5b611586613637565b5f61158f61366c565b90506115a58461159e60025490565b835f6136b3565b91506115b3338486856136df565b50610c6061374f565b6115c4613637565b601854600160a01b900460ff16156115ef57604051630fec25ef60e21b815260040160405180910390fd5b6017545f81900361161357604051633e82210d60e01b815260040160405180910390fd5b600b54600160801b90046001600160401b03165f6116318383615608565b90508042116116565760405163ee57f7b560e01b815260048101829052602401610d8d565b6018805460ff60a01b1916600160a01b17905560405133907f95b3320ede058dcd8492bb21c57ecef78d42e0e1383e62bae51cd1450d6a858c9061169d9085815260200190565b60405180910390a26116ad61359e565b5050506116b8613779565b5050506116c361374f565b565b6005546001600160a01b031633146116f057604051632d5be4cb60e21b815260040160405180910390fd5b6116f8613637565b6001600160a01b0381165f9081526011602052604090205460ff1661173b57604051630c2fd05360e01b81526001600160a01b0382166004820152602401610d8d565b5f816001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015611778573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061179c9190615634565b90506002811115611941575f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611810573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118349190615634565b6040516024810185905230604482015290915061187f9085906064015b60408051601f198184030181529190526020810180516001600160e01b0316627b8a6760e11b179052613bbe565b506040516370a0823160e01b81523060048201525f9082906001600160a01b038516906370a0823190602401602060405180830381865afa1580156118c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118ea9190615634565b6118f4919061564b565b905083611902600283615608565b101561193d5784611913828661564b565b6040516397a5788f60e01b81526001600160a01b0390921660048301526024820152604401610d8d565b5050505b61194a826133d4565b6040516001600160a01b038316907fabfe42ac66f79bbf414f70da9b153759fed4211c54e4d9bbbff534ff2a9611e7905f90a25061198661374f565b50565b5f610f05611995613c0e565b613c89565b5f6119af60136119a8610f0a565b5f19613177565b5092915050565b6005546001600160a01b031633146119e157604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b038116611a085760405163d92e233d60e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b038316908117909155600b805467ffffffffffffffff60801b1916600160801b426001600160401b0316021790556040517fefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b905f90a250565b5f611a87612710633b9aca00615672565b611a95600d54600954613cc9565b610f0591906155f1565b5f333014611ac0576040516314e1dbf760e11b815260040160405180910390fd5b5f826001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015611afd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b219190615634565b90505f611b8d82856001600160a01b031663ac7a1b5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b64573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b889190615634565b613cd8565b9050805f03611b9f57505f9392505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611c08573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c2c9190615634565b604051627b8a6760e11b8152600481018590523060248201529091506001600160a01b0387169062f714ce906044016020604051808303815f875af1158015611c77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c9b9190615634565b506040516370a0823160e01b815230600482015281906001600160a01b038416906370a0823190602401602060405180830381865afa158015611ce0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d049190615634565b611d0e919061564b565b9450611d86868587896001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015611d52573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d769190615634565b611d809190615608565b866134ee565b50505050919050565b6005546001600160a01b03163314611dba57604051632d5be4cb60e21b815260040160405180910390fd5b601254818114611de7576040516319376e2160e01b81526004810183905260248101829052604401610d8d565b5f5b81811015611ede575f848483818110611e0457611e04615685565b9050602002016020810190611e1991906153e7565b6001600160a01b0381165f9081526011602052604090205490915060ff16611e5f57604051630c2fd05360e01b81526001600160a01b0382166004820152602401610d8d565b5f5b82811015611ed457816001600160a01b0316868683818110611e8557611e85615685565b9050602002016020810190611e9a91906153e7565b6001600160a01b031603611ecc57604051630116465b60e01b81526001600160a01b0383166004820152602401610d8d565b600101611e61565b5050600101611de9565b506013611eec8385836156b9565b507fa636062456a3ba2573aaa40ababdcba201bf93ece44a5aa43f5f6bd547a2e19a8383604051611f1e929190615748565b60405180910390a1505050565b6006546001600160a01b03163314611f56576040516377b6878160e11b815260040160405180910390fd5b600754600160a01b900460ff1615611f81576040516336a7e2cd60e21b815260040160405180910390fd5b6007805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b6005546001600160a01b03163314611feb57604051632d5be4cb60e21b815260040160405180910390fd5b80158015906120085750610e1081108061200857506301e1338081115b1561203b5760405163a5a7ea4b60e01b815260048101829052610e1060248201526301e133806044820152606401610d8d565b6017819055600b805467ffffffffffffffff60801b1916600160801b426001600160401b0316021790556040518181527f82e4992bae77d01b6428040c436ae91677a2e80b54fac3ec333e49a410f8bc9990602001610dc7565b5f5f5f6120a0613ce7565b505092509250506120c481836120b560025490565b6120bf9190615608565b613d10565b9250505090565b6005546001600160a01b031633146120f657604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b03811661211d5760405163d92e233d60e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040517f31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8905f90a250565b6005546001600160a01b0316331461219157604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b038116158015906121c157506001600160a01b0381165f9081526011602052604090205460ff16155b156121ea57604051630c2fd05360e01b81526001600160a01b0382166004820152602401610d8d565b601880546001600160a01b0319166001600160a01b0383169081179091556040517faa6e7e12ccb712747b9a354603b6579bab76fec4dd8529b4f5e4932ed5b49d84905f90a250565b6007545f90600160a01b900460ff1615612260576040516336a7e2cd60e21b815260040160405180910390fd5b612268613637565b5f61227161366c565b90506122888461228060025490565b836001613d4f565b91506115b3338484876136df565b606060048054610bd4906155ab565b6006546001600160a01b031633146122d0576040516377b6878160e11b815260040160405180910390fd5b6001600160a01b0383165f9081526011602052604090205460ff1661231357604051630c2fd05360e01b81526001600160a01b0384166004820152602401610d8d565b6001600160a01b0383165f908152600f6020526040902054808311156123525783818460405163414443b760e11b8152600401610d8d93929190615794565b6001600160a01b0384165f908152601060205260409020548083111561239057848184604051626dd5ed60e21b8152600401610d8d93929190615794565b61239b858585613d75565b5050505050565b5f33610c7381858561330a565b6005546001600160a01b031633146123da57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0381166124015760405163d92e233d60e01b815260040160405180910390fd5b600580546001600160a01b0319166001600160a01b0383169081179091556040517f24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219905f90a250565b5f6012828154811061245e5761245e615685565b5f918252602090912001546001600160a01b031692915050565b60606012805480602002602001604051908101604052809291908181526020018280548015610c4b57602002820191905f5260205f209081546001600160a01b03168152600190910190602001808311610cf6575050505050905090565b6005546001600160a01b0316331461250157604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0383166125285760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f9081526011602052604090205460ff161561256c57604051631c891e0b60e11b81526001600160a01b0384166004820152602401610d8d565b60125460141161258f57604051632028e88b60e11b815260040160405180910390fd5b6127108111156125b557604051632e109e9f60e01b815260048101829052602401610d8d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b03166338d52e0f6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561261b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061263f91906157b5565b6001600160a01b03161415806126c65750306001600160a01b0316836001600160a01b031663fbfa77cf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612696573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126ba91906157b5565b6001600160a01b031614155b156126ef57604051633043166760e01b81526001600160a01b0384166004820152602401610d8d565b6001600160a01b0383165f818152601160209081526040808320805460ff19166001908117909155601280548083019091557fbb8a6a4669ba250d26cd7a459eca9d215f8307e33aebe50379bc5a3617ec34440180546001600160a01b031990811687179091556013805492830190557f66de8ffda797e3de9c05e8fc57b3bf0ec28a930d40b0d285d93c06501cf6a090909101805490911685179055600f8252808320869055601082529182902084905581518581529081018490527faf7732bbba79f5a7f4ed3d7b612441e6a3f1f97e937a79bfb5e2f2230650af00910160405180910390a2505050565b6127e4613637565b6116b861359e565b5f610c60826001613139565b5f612801613637565b5f5f5f61280c61359e565b9250925092505f61281c60025490565b90505f5f5f61282d6013868d613177565b919450925090506128556128426002856155f1565b61284c908d615608565b858960016136b3565b97508a82108061287b57506001600160a01b0389165f9081526020819052604090205488115b156128a757888b61288b8b6129e3565b604051633fa733bb60e21b8152600401610d8d93929190615794565b6001600160a01b038616156128c1576128c187858a613ddb565b6128ce8a8a8d8b85613e7b565b50505050505050610cb761374f565b5f6128e6613637565b5f5f5f6128f161359e565b9250925092505f61290160025490565b90505f6129108983875f613d4f565b90505f5f5f61292160138786613177565b9250925092508382108061294b57506001600160a01b038a165f908152602081905260409020548c115b1561297757898c61295b8c612b1c565b604051632e52afbb60e21b8152600401610d8d93929190615794565b6001600160a01b038716156129915761299188868e613ddb565b61299b8484613578565b98506129aa8b8b8b8f85613e7b565b5050505050505050610cb761374f565b5f610c60825f613270565b6129d3620f424060036155f1565b6129e090622dc6c0615608565b81565b5f5f6129ed610f0a565b90505f6129fd6013835f19613177565b925050505f612a29612a23866001600160a01b03165f9081526020819052604090205490565b5f613139565b9050612a388383836002613eb5565b95945050505050565b6005546001600160a01b03163314612a6c57604051632d5be4cb60e21b815260040160405180910390fd5b610e10811080612a7e575062278d0081115b15612ab057604051636790164960e01b815260048101829052610e10602482015262278d006044820152606401610d8d565b5f612abc611995613c0e565b600c8390559050612acb613f67565b612ad59042615672565b602082901b17600e556040517f5e138f991b2b78a4632f15e129bcb92d1b286b2a182ce293268ba8ad964dc1fd90612b109084815260200190565b60405180910390a15050565b6001600160a01b0381165f90815260208190526040812054610c60906001612b50612b4561199a565b610cb0906001615608565b611b88919061564b565b6005546001600160a01b03163314612b8557604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b038116158015612b9d575060145415155b15612bbb576040516333fe7c6560e21b815260040160405180910390fd5b612bc361359e565b5050601580546001600160a01b0319166001600160a01b0384169081179091556040519091507f2e979f80fe4d43055c584cf4a8467c55875ea36728fc37176c05acd784eb7a73905f90a250565b6005546001600160a01b03163314612c3c57604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b0383165f9081526011602052604090205460ff16612c7f57604051630c2fd05360e01b81526001600160a01b0384166004820152602401610d8d565b612710811115612ca557604051632e109e9f60e01b815260048101829052602401610d8d565b611116838383613d75565b6005546001600160a01b03163314612cdb57604051632d5be4cb60e21b815260040160405180910390fd5b612710811115612d0157604051632e109e9f60e01b815260048101829052602401610d8d565b60098190556040518181527f0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad280490602001610dc7565b6005546001600160a01b03163314612d6157604051632d5be4cb60e21b815260040160405180910390fd5b612710811115612d8757604051632e109e9f60e01b815260048101829052602401610d8d565b600d8190556040518181527f7e7c5b751cf45ee9c66d0d96d46d17c4df6496819f1c56de6996ba4c8325335690602001610dc7565b6001600160a01b0381165f9081526011602052604081205460ff16612de257505f919050565b610cb7826278744560e21b6001613367565b612dfc613637565b601854600160a01b900460ff16612e265760405163c8dd738960e01b815260040160405180910390fd5b612e2e61359e565b505050612e39613779565b6116c361374f565b6007546001600160a01b03163314612e6c57604051631ea2564f60e31b815260040160405180910390fd5b600754600160a01b900460ff1615612e97576040516336a7e2cd60e21b815260040160405180910390fd5b612e9f613637565b601854600160a01b900460ff1615612eca57604051630fec25ef60e21b815260040160405180910390fd5b601254828114612ef7576040516328087cdb60e11b81526004810184905260248101829052604401610d8d565b4382604001351115612f285760408051630a9efa1960e31b8152908301356004820152436024820152604401610d8d565b60408051606081018252600b546001600160401b03808216808452600160401b8304821660208501819052600160801b9093049091169383019390935290915f91612f739190615608565b905081602001516001600160401b03165f14158015612f9157508042105b15612fb85760405163181511ab60e31b815260048101829052426024820152604401610d8d565b5f5f5f612fc486613f81565b925092509250612fd381614039565b5f612fe08a8a86856140bd565b6040805160608101825288516001600160401b03908116808352429091166020830181905291909201819052600b80546fffffffffffffffffffffffffffffffff1916909217600160401b82021767ffffffffffffffff60801b1916600160801b90910217905590506130548a8a866141f7565b5f5f6130618486856144f1565b9150915061306f8482614664565b336001600160a01b03167fe08c0cfa83d729f6639843dac2402435bcc5a25fc183eb27e2d2f13bb8c585008d8d85856040516130ae94939291906157d0565b60405180910390a2604080516020808d01358252828d0135908201526060808d0135928201929092526080808d0135928201929092528b359133917f4814029c33f6430ce04afae7fd6a8507031aa3395047f23b49ac17ada2219081910160405180910390a350505050505050505061111661374f565b5f5f61312f614726565b5090939092509050565b5f5f5f613144613ce7565b50509250925050612a38858361315960025490565b6131639190615608565b8387613d4f565b61111683838360016147a6565b82545f908390606090806001600160401b0381111561319857613198615699565b6040519080825280602002602001820160405280156131c1578160200160208202803683370190505b5091505f5b81811080156131d457508584105b15613262575f888152602081208201546131f79063ac7a1b5b60e01b6001613367565b91505f905061320a82611b88888b61564b565b9050805f0361321a575050613252565b8085848151811061322d5761322d615685565b60209081029190910101526132428187615608565b955061324d87615814565b965050505b61325b81615814565b90506131c6565b808352505093509350939050565b5f5f5f61327b613ce7565b50509250925050612a38858361329060025490565b61329a9190615608565b83876136b3565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561330457818110156132f657828183604051637dc7a0d960e11b8152600401610d8d93929190615794565b61330484848484035f6147a6565b50505050565b6001600160a01b03831661333357604051634b637e8f60e11b81525f6004820152602401610d8d565b6001600160a01b03821661335c5760405163ec442f0560e01b81525f6004820152602401610d8d565b61111683838361486a565b5f5f5f620f93c95a119050845f5260205f60045f89620f4240fa5f51601f3d1190911693509150826133cb5783801561339e575080155b156133c75760405163557b2b9f60e01b81526001600160a01b0387166004820152602401610d8d565b5f91505b50935093915050565b6133df601282614970565b6133ea601382614970565b6001600160a01b038082165f818152601160209081526040808320805460ff19169055600f825280832083905560109091528120556018549091160361198657601880546001600160a01b03191690556040515f907faa6e7e12ccb712747b9a354603b6579bab76fec4dd8529b4f5e4932ed5b49d84908290a250565b6134738383835f614a82565b6111165761348483835f6001614a82565b6134ac57604051635274afe760e01b81526001600160a01b0384166004820152602401610d8d565b6134b98383836001614a82565b61111657604051635274afe760e01b81526001600160a01b0384166004820152602401610d8d565b6134b98383836001614ae4565b5f600261350083600954612710614b2e565b61350a9190615608565b9050836135178285615608565b101561239b5784613528848661564b565b826040516371568dad60e11b8152600401610d8d93929190615794565b6007545f90600160a01b900460ff161561355e57505f90565b5f613567613125565b6001600160a01b0316159392505050565b5f806135856002846155f1565b9050808411613594575f61134e565b61134e818561564b565b5f5f5f6135a9614726565b919450925090505f80806135bc86614bde565b925092509250815f146135df576015546135df906001600160a01b031683614cf1565b601654811461362f57601681905560408051848152602081018490529081018290527f59eda668b4006fb142833fb6e6ed8ae7865f8cc07577fc7a4d06b6d9925898349060600160405180910390a15b505050909192565b61363f614d29565b6116c360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614d69565b5f5f61367661359e565b5090925090506001600160a01b038116156136af5760405163587c25e560e01b81526001600160a01b0382166004820152602401610d8d565b5090565b5f612a38856136c46006600a615907565b6136ce9087615608565b6136d9866001615608565b85614d70565b6136e98483614db2565b6136f38382614cf1565b826001600160a01b0316846001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d78484604051613741929190918252602082015260400190565b60405180910390a350505050565b6116c35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00613666565b6018546012546001600160a01b03909116905f90815b81811015613941575f601282815481106137ab576137ab615685565b5f918252602090912001546001600160a01b039081169150851681036137d15750613939565b5f6137f56137e3620f424060036155f1565b6137f090622dc6c0615608565b614dde565b905030637d69a84161380b620f424060036155f1565b61381890622dc6c0615608565b6040516001600160e01b031960e084901b1681526001600160a01b03861660048201526024016020604051808303815f8887f193505050508015613879575060408051601f3d908101601f1916820190925261387691810190615634565b60015b6138de57806138a65760405163557b2b9f60e01b81526001600160a01b0383166004820152602401610d8d565b6040516001600160a01b038316907fe1e8bdb699ad2ec5413660592898e1edeec225ab352644b6140da71cf483602f905f90a2613936565b8015613934576138ee8187615608565b9550826001600160a01b03167f53c85861a216ecce6beb441dd3ec3fd2b5ae0c13fddae5a0029f14d336ecbeef8260405161392b91815260200190565b60405180910390a25b505b50505b60010161378f565b506001600160a01b03831615806139615750600754600160a01b900460ff165b8061396a575081155b1561397457505050565b5f80613988856278744560e21b6001613367565b915091505f613995610bb6565b90505f6139a0610f0a565b90505f6139b4836008546127106001614d70565b90505f6139d2888385116139c8575f613cd8565b611b88848661564b565b6001600160a01b038a165f908152600f60205260409020549091506139fd908290611b889088614e09565b9050613a3c81611b88613a368760105f8f6001600160a01b03166001600160a01b031681526020019081526020015f2054612710614b2e565b88614e09565b90505f613a528a633041f2cd60e11b6001613367565b915050613a5f8282613cd8565b9150861580613a6c575081155b15613a7d5750505050505050505050565b5f613a8f6137e3620f424060036155f1565b90503063371fb79f613aa5620f424060036155f1565b613ab290622dc6c0615608565b6040516001600160e01b031960e084901b1681526001600160a01b038f166004820152602481018790526044015f604051808303815f88803b158015613af6575f5ffd5b5087f193505050508015613b08575060015b613b6d5780613b355760405163557b2b9f60e01b81526001600160a01b038c166004820152602401610d8d565b6040516001600160a01b038c16907fe1e8bdb699ad2ec5413660592898e1edeec225ab352644b6140da71cf483602f905f90a2613bb1565b8a6001600160a01b03167faca4d75a7a39693d04e743ee4637223974a3425a5bec8749dedf61e9a798119e84604051613ba891815260200190565b60405180910390a25b5050505050505050505050565b5f5f622e944b5a1190505f5f8451602086015f88622dc6c0f1915081158015613be5575080155b156119af5760405163557b2b9f60e01b81526001600160a01b0385166004820152602401610d8d565b600e545f9081613c1c613f67565b613c269042615672565b90505f613c3963ffffffff84168361564b565b90505f6007821015613c79576001613c53600760206155f1565b6001901b613c61919061564b565b613c6c8360206155f1565b602086901c901b16613c7b565b5f5b60201b909217949350505050565b5f5f5b6007811015610bbf5763ffffffff613ca5826001615608565b613cb09060206155f1565b84901c1682613cbf9190615608565b9150600101613c8c565b5f828218828411028218610cb7565b5f828218828410028218610cb7565b5f5f5f5f5f613cf4613125565b9093509050613d0283614bde565b919790965093945092909150565b5f80613d1e6006600a615907565b905061134e613d2e856001615608565b613d4083670de0b6b3a76400006155f1565b613d4a8487615608565b614b2e565b5f612a3885613d5f856001615608565b613d6b6006600a615907565b6136d99088615608565b6001600160a01b0383165f818152600f602090815260408083208690556010825291829020849055815185815290810184905233917f1976a81aa82a79862eb33d7aabba7f33ec9966a94785490c43acb66ffa3a74af91015b60405180910390a3505050565b6016545f613de98585613d10565b9050818110613df9575050505050565b613e2f613e06828461564b565b8480613e146006600a615907565b613e1e9089615608565b613e28919061564b565b6001614d70565b613e399083615608565b60168190556040518181529092507f4785b33cd31acd82f276b3d7c8f2d03796dc747928d47a95a72f4318f89a81219060200160405180910390a15050505050565b613ea860137f00000000000000000000000000000000000000000000000000000000000000008584614e21565b61239b338686868661505c565b5f848311613ec457508161134e565b5083805f805b8651811015613f5c57868181518110613ee557613ee5615685565b60200260200101515f0315613f5457613efe8583615608565b91508186111580613f18575082613f15838861564b565b11155b613f5c57868181518110613f2e57613f2e615685565b602002602001015183613f419190615608565b9250613f5183611b88848961564b565b93505b600101613eca565b505050949350505050565b5f610f05600c5460016007613f7c919061564b565b6150fb565b60605f5f836001600160401b03811115613f9d57613f9d615699565b604051908082528060200260200182016040528015613fc6578160200160208202803683370190505b509250613fd1610f0a565b91508190505f5b84811015614031575f613ffb613fed8361512f565b6278744560e21b6001613367565b9150508085838151811061401157614011615685565b60209081029190910101526140268184615608565b925050600101613fd8565b509193909250565b5f5f5f61404584614bde565b925092509250815f1461406857601554614068906001600160a01b031683614cf1565b601654811461330457601681905560408051848152602081018490529081018290527f59eda668b4006fb142833fb6e6ed8ae7865f8cc07577fc7a4d06b6d9925898349060600160405180910390a150505050565b5f83815b818110156141ed575f8787838181106140dc576140dc615685565b9050602002013590505f8683815181106140f8576140f8615685565b602002602001015190508082036141105750506141e5565b5f61411a8461512f565b9050818311156141b5576001600160a01b0381165f908152600f6020526040902054808411156141635781848260405163c237339560e01b8152600401610d8d93929190615794565b6001600160a01b0382165f90815260106020526040812054614189908a90612710614b2e565b9050808511156141b257828582604051638ab2b86960e01b8152600401610d8d93929190615794565b50505b8183116141cb576141c6838361564b565b6141d5565b6141d5828461564b565b6141df9087615608565b95505050505b6001016140c1565b5050949350505050565b815f5b818110156142fd5784848281811061421457614214615685565b9050602002013583828151811061422d5761422d615685565b602002602001015111156142f5576142448161512f565b6001600160a01b031662f714ce86868481811061426357614263615685565b9050602002013585848151811061427c5761427c615685565b602002602001015161428e919061564b565b6040516001600160e01b031960e084901b16815260048101919091523060248201526044016020604051808303815f875af11580156142cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142f39190615634565b505b6001016141fa565b505f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015614367573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061438b9190615634565b90505f5b838110156144e8578686828181106143a9576143a9615685565b905060200201358582815181106143c2576143c2615685565b602002602001015110156144e0575f6143da8261512f565b90505f6143ef826278744560e21b6001613367565b91505088888481811061440457614404615685565b905060200201358110156144dd575f818a8a8681811061442657614426615685565b90506020020135614437919061564b565b9050848111156144645760405163c8564bd360e01b81526004810182905260248101869052604401610d8d565b6144786001600160a01b03871684836134e1565b60405163b6b55f2560e01b8152600481018290526001600160a01b0384169063b6b55f25906024015f604051808303815f87803b1580156144b7575f5ffd5b505af11580156144c9573d5f5f3e3d5ffd5b5050505080856144d9919061564b565b9450505b50505b60010161438f565b50505050505050565b5f5f6144fb610f0a565b6012549092508291505f5b81811015614534575f61451b613fed8361512f565b915061452990508185615608565b935050600101614506565b505f614547836008546127106001614d70565b9050808410801561455757508584105b1561457f5760405163c4acde0d60e01b81526004810185905260248101829052604401610d8d565b5f61458b6002846155f1565b61459a89600954612710614b2e565b6145a49190615608565b9050876145b18286615608565b10156145e15760405163442ffa8960e11b8152600481018990526024810185905260448101829052606401610d8d565b5f60028887116145fa576145f5878a61564b565b614604565b614604898861564b565b61460e9089615608565b6146189190615672565b90505f61462a8a600a54612710614b2e565b905080821115614657576040516303818dab60e11b81526004810183905260248101829052604401610d8d565b5050505050935093915050565b6012545f90614675906002906155f1565b9050826146828284615608565b1061468c57505050565b5f6146b28261469b858761564b565b6146a5919061564b565b633b9aca00866001614d70565b90505f6146bd613c0e565b90505f826146ca83613c89565b6146d49190615608565b90505f6146df611a76565b90508082111561470c576040516310b1aaa960e21b81526004810183905260248101829052604401610d8d565b61471a602085901b84615608565b600e5550505050505050565b5f5f5f614731610f0a565b6012549093508391505f5b8181101561479f575f61474e8261512f565b90505f80614764836278744560e21b6001613367565b91509150811561477f576147788189615608565b9750614791565b6001600160a01b038716614791578296505b50505080600101905061473c565b5050909192565b6001600160a01b0384166147cf5760405163e602df0560e01b81525f6004820152602401610d8d565b6001600160a01b0383166147f857604051634a1406b160e11b81525f6004820152602401610d8d565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561330457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161374191815260200190565b6001600160a01b038316614894578060025f8282546148899190615608565b909155506148f19050565b6001600160a01b0383165f90815260208190526040902054818110156148d35783818360405163391434e360e21b8152600401610d8d93929190615794565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661490d5760028054829003905561492b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051613dce91815260200190565b81545f5b826001600160a01b031684828154811061499057614990615685565b5f918252602090912001546001600160a01b0316146149b9576149b281615814565b9050614974565b816149c5826001615608565b1015614a4c57836149d7826001615608565b815481106149e7576149e7615685565b905f5260205f20015f9054906101000a90046001600160a01b0316848281548110614a1457614a14615685565b5f91825260209091200180546001600160a01b0319166001600160a01b0392909216919091179055614a4581615814565b90506149b9565b83805480614a5c57614a5c615915565b5f8281526020902081015f1990810180546001600160a01b031916905501905550505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614ad8578383151615614acc573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614ad8578383151615614acc573d5f823e3d81fd5b5f5f5f614b3b8686615159565b91509150815f03614b5f57838181614b5557614b5561565e565b0492505050610cb7565b818411614b7657614b766003851502601118615175565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f5f614beb60025490565b90505f614bf88683613d10565b60165493509050811580614c165750601454158015614c1657508281115b15614c2a575f94508493509150614cea9050565b828111614c3e575f5f945094505050614cea565b5f614c4b6006600a615907565b614c559084615608565b90505f614c7b8583614c696006600a615907565b613e2890670de0b6b3a76400006155f1565b614c86896001615608565b614c90919061564b565b9050614ca181601454612710614b2e565b96508615614cc157614cbe8785614cb8828c61564b565b5f6136b3565b95505b855f03614ccc575f96505b614ce385614cde8a6120bf8a89615608565b613cc9565b9450505050505b9193909250565b6001600160a01b038216614d1a5760405163ec442f0560e01b81525f6004820152602401610d8d565b614d255f838361486a565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156116c357604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f614d9d614d7d83615186565b8015614d9857505f8480614d9357614d9361565e565b868809115b151590565b614da8868686614b2e565b612a389190615608565b614d257f00000000000000000000000000000000000000000000000000000000000000008330846151b2565b5f611388614ded603f84615672565b614df79084615608565b614e019190615608565b5a1192915050565b5f818311614e17575f610cb7565b610cb7828461564b565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015614e65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614e899190615634565b85549091505f5b8181108015614e9e57508483105b15615028575f8781526020812082015490505f8551831015614edb57858381518110614ecc57614ecc615685565b60200260200101519050614ef2565b614eee8263ac7a1b5b60e01b6001613367565b9150505b614f0081611b88878a61564b565b9050805f03614f10575050615018565b614f1a82826151e8565b614f63575f614f328363ac7a1b5b60e01b6001613367565b9150508181101580614f42575080155b80614f545750614f5283826151e8565b155b15614f6157505050615018565b505b6040516370a0823160e01b81523060048201525f906001600160a01b038a16906370a0823190602401602060405180830381865afa158015614fa7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614fcb9190615634565b90506001600160a01b0383167f8e03175fe30d0daf554cd32b989a6bcb616cb9c4ea859eb213b4a2716dac94a5615002888461564b565b60405190815260200160405180910390a2945050505b61502181615814565b9050614e90565b50838210156150545760405163a17e11d560e01b81526004810185905260248101839052604401610d8d565b505050505050565b826001600160a01b0316856001600160a01b031614615080576150808386836132a1565b61508a8382615208565b615094848361523c565b826001600160a01b0316846001600160a01b0316866001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db85856040516150ec929190918252602082015260400190565b60405180910390a45050505050565b5f815f0361510d5761510d6012615175565b81600184038161511f5761511f61565e565b046001018315155b029392505050565b60125f527fbb8a6a4669ba250d26cd7a459eca9d215f8307e33aebe50379bc5a3617ec3444015490565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f600282600381111561519b5761519b615929565b6151a5919061593d565b60ff166001149050919050565b6151c0848484846001615267565b61330457604051635274afe760e01b81526001600160a01b0385166004820152602401610d8d565b604051602481018290523060448201525f90610cb7908490606401611851565b6001600160a01b03821661523157604051634b637e8f60e11b81525f6004820152602401610d8d565b614d25825f8361486a565b614d257f000000000000000000000000000000000000000000000000000000000000000083836134e1565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166152c35783831516156152b7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215615319575f5ffd5b5035919050565b6001600160a01b0381168114611986575f5ffd5b5f5f60408385031215615345575f5ffd5b823561535081615320565b946020939093013593505050565b602080825282518282018190525f918401906040840190835b8181101561539e5783516001600160a01b0316835260209384019390920191600101615377565b509095945050505050565b5f5f5f606084860312156153bb575f5ffd5b83356153c681615320565b925060208401356153d681615320565b929592945050506040919091013590565b5f602082840312156153f7575f5ffd5b8135610cb781615320565b5f5f60408385031215615413575f5ffd5b82359150602083013561542581615320565b809150509250929050565b5f5f83601f840112615440575f5ffd5b5081356001600160401b03811115615456575f5ffd5b6020830191508360208260051b8501011115615470575f5ffd5b9250929050565b5f5f60208385031215615488575f5ffd5b82356001600160401b0381111561549d575f5ffd5b6154a985828601615430565b90969095509350505050565b5f5f5f606084860312156154c7575f5ffd5b83356154d281615320565b95602085013595506040909401359392505050565b5f5f5f606084860312156154f9575f5ffd5b83359250602084013561550b81615320565b9150604084013561551b81615320565b809150509250925092565b5f5f60408385031215615537575f5ffd5b823561554281615320565b9150602083013561542581615320565b5f5f5f83850360c0811215615565575f5ffd5b84356001600160401b0381111561557a575f5ffd5b61558687828801615430565b90955093505060a0601f198201121561559d575f5ffd5b506020840190509250925092565b600181811c908216806155bf57607f821691505b602082108103610bbf57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610c6057610c606155dd565b80820180821115610c6057610c606155dd565b60ff8181168382160190811115610c6057610c606155dd565b5f60208284031215615644575f5ffd5b5051919050565b81810381811115610c6057610c606155dd565b634e487b7160e01b5f52601260045260245ffd5b5f826156805761568061565e565b500490565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b5f8135610c6081615320565b6001600160401b038311156156d0576156d0615699565b600160401b8311156156e4576156e4615699565b80548382558084101561571857815f528360205f20018482035f5b81811015615714575f838201556001016156ff565b5050505b505f8181526020812083915b8581101561505457615735836156ad565b8282015560209290920191600101615724565b602080825281018290525f8360408301825b8581101561578a57823561576d81615320565b6001600160a01b031682526020928301929091019060010161575a565b5095945050505050565b6001600160a01b039390931683526020830191909152604082015260600190565b5f602082840312156157c5575f5ffd5b8151610cb781615320565b606080825281018490525f6001600160fb1b038511156157ee575f5ffd5b8460051b8087608085013760208301949094525060408101919091520160800192915050565b5f60018201615825576158256155dd565b5060010190565b6001815b60018411156158675780850481111561584b5761584b6155dd565b600184161561585957908102905b60019390931c928002615830565b935093915050565b5f8261587d57506001610c60565b8161588957505f610c60565b816001811461589f57600281146158a9576158c5565b6001915050610c60565b60ff8411156158ba576158ba6155dd565b50506001821b610c60565b5060208310610133831016604e8410600b84101617156158e8575081810a610c60565b6158f45f19848461582c565b805f1904821115615127576151276155dd565b5f610cb760ff84168361586f565b634e487b7160e01b5f52603160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b5f60ff83168061594f5761594f61565e565b8060ff8416069150509291505056fea264697066735822122058bd328aa626a4ceeed18fad1681ab1ea5b48fd1bcc198779daaa591d38c53d764736f6c63430008250033",
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

// DEFAULTCOOLDOWN is a free data retrieval call binding the contract method 0x827059ff.
//
// Solidity: function DEFAULT_COOLDOWN() view returns(uint256)
func (_Vault *VaultCaller) DEFAULTCOOLDOWN(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "DEFAULT_COOLDOWN")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DEFAULTCOOLDOWN is a free data retrieval call binding the contract method 0x827059ff.
//
// Solidity: function DEFAULT_COOLDOWN() view returns(uint256)
func (_Vault *VaultSession) DEFAULTCOOLDOWN() (*big.Int, error) {
	return _Vault.Contract.DEFAULTCOOLDOWN(&_Vault.CallOpts)
}

// DEFAULTCOOLDOWN is a free data retrieval call binding the contract method 0x827059ff.
//
// Solidity: function DEFAULT_COOLDOWN() view returns(uint256)
func (_Vault *VaultCallerSession) DEFAULTCOOLDOWN() (*big.Int, error) {
	return _Vault.Contract.DEFAULTCOOLDOWN(&_Vault.CallOpts)
}

// FAILSAFESTEPGAS is a free data retrieval call binding the contract method 0xcdb84211.
//
// Solidity: function FAILSAFE_STEP_GAS() view returns(uint256)
func (_Vault *VaultCaller) FAILSAFESTEPGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "FAILSAFE_STEP_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FAILSAFESTEPGAS is a free data retrieval call binding the contract method 0xcdb84211.
//
// Solidity: function FAILSAFE_STEP_GAS() view returns(uint256)
func (_Vault *VaultSession) FAILSAFESTEPGAS() (*big.Int, error) {
	return _Vault.Contract.FAILSAFESTEPGAS(&_Vault.CallOpts)
}

// FAILSAFESTEPGAS is a free data retrieval call binding the contract method 0xcdb84211.
//
// Solidity: function FAILSAFE_STEP_GAS() view returns(uint256)
func (_Vault *VaultCallerSession) FAILSAFESTEPGAS() (*big.Int, error) {
	return _Vault.Contract.FAILSAFESTEPGAS(&_Vault.CallOpts)
}

// LOSSSLOTS is a free data retrieval call binding the contract method 0x8e916d16.
//
// Solidity: function LOSS_SLOTS() view returns(uint256)
func (_Vault *VaultCaller) LOSSSLOTS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "LOSS_SLOTS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LOSSSLOTS is a free data retrieval call binding the contract method 0x8e916d16.
//
// Solidity: function LOSS_SLOTS() view returns(uint256)
func (_Vault *VaultSession) LOSSSLOTS() (*big.Int, error) {
	return _Vault.Contract.LOSSSLOTS(&_Vault.CallOpts)
}

// LOSSSLOTS is a free data retrieval call binding the contract method 0x8e916d16.
//
// Solidity: function LOSS_SLOTS() view returns(uint256)
func (_Vault *VaultCallerSession) LOSSSLOTS() (*big.Int, error) {
	return _Vault.Contract.LOSSSLOTS(&_Vault.CallOpts)
}

// LOSSUNIT is a free data retrieval call binding the contract method 0x577cd462.
//
// Solidity: function LOSS_UNIT() view returns(uint256)
func (_Vault *VaultCaller) LOSSUNIT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "LOSS_UNIT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LOSSUNIT is a free data retrieval call binding the contract method 0x577cd462.
//
// Solidity: function LOSS_UNIT() view returns(uint256)
func (_Vault *VaultSession) LOSSUNIT() (*big.Int, error) {
	return _Vault.Contract.LOSSUNIT(&_Vault.CallOpts)
}

// LOSSUNIT is a free data retrieval call binding the contract method 0x577cd462.
//
// Solidity: function LOSS_UNIT() view returns(uint256)
func (_Vault *VaultCallerSession) LOSSUNIT() (*big.Int, error) {
	return _Vault.Contract.LOSSUNIT(&_Vault.CallOpts)
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

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (_Vault *VaultCaller) MAXFEE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "MAX_FEE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (_Vault *VaultSession) MAXFEE() (*big.Int, error) {
	return _Vault.Contract.MAXFEE(&_Vault.CallOpts)
}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint256)
func (_Vault *VaultCallerSession) MAXFEE() (*big.Int, error) {
	return _Vault.Contract.MAXFEE(&_Vault.CallOpts)
}

// MAXLIVENESSWINDOW is a free data retrieval call binding the contract method 0xa641a722.
//
// Solidity: function MAX_LIVENESS_WINDOW() view returns(uint256)
func (_Vault *VaultCaller) MAXLIVENESSWINDOW(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "MAX_LIVENESS_WINDOW")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLIVENESSWINDOW is a free data retrieval call binding the contract method 0xa641a722.
//
// Solidity: function MAX_LIVENESS_WINDOW() view returns(uint256)
func (_Vault *VaultSession) MAXLIVENESSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MAXLIVENESSWINDOW(&_Vault.CallOpts)
}

// MAXLIVENESSWINDOW is a free data retrieval call binding the contract method 0xa641a722.
//
// Solidity: function MAX_LIVENESS_WINDOW() view returns(uint256)
func (_Vault *VaultCallerSession) MAXLIVENESSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MAXLIVENESSWINDOW(&_Vault.CallOpts)
}

// MAXLOSSWINDOW is a free data retrieval call binding the contract method 0x2a341210.
//
// Solidity: function MAX_LOSS_WINDOW() view returns(uint256)
func (_Vault *VaultCaller) MAXLOSSWINDOW(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "MAX_LOSS_WINDOW")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLOSSWINDOW is a free data retrieval call binding the contract method 0x2a341210.
//
// Solidity: function MAX_LOSS_WINDOW() view returns(uint256)
func (_Vault *VaultSession) MAXLOSSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MAXLOSSWINDOW(&_Vault.CallOpts)
}

// MAXLOSSWINDOW is a free data retrieval call binding the contract method 0x2a341210.
//
// Solidity: function MAX_LOSS_WINDOW() view returns(uint256)
func (_Vault *VaultCallerSession) MAXLOSSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MAXLOSSWINDOW(&_Vault.CallOpts)
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

// MINLIVENESSWINDOW is a free data retrieval call binding the contract method 0xd4dcb45a.
//
// Solidity: function MIN_LIVENESS_WINDOW() view returns(uint256)
func (_Vault *VaultCaller) MINLIVENESSWINDOW(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "MIN_LIVENESS_WINDOW")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINLIVENESSWINDOW is a free data retrieval call binding the contract method 0xd4dcb45a.
//
// Solidity: function MIN_LIVENESS_WINDOW() view returns(uint256)
func (_Vault *VaultSession) MINLIVENESSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MINLIVENESSWINDOW(&_Vault.CallOpts)
}

// MINLIVENESSWINDOW is a free data retrieval call binding the contract method 0xd4dcb45a.
//
// Solidity: function MIN_LIVENESS_WINDOW() view returns(uint256)
func (_Vault *VaultCallerSession) MINLIVENESSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MINLIVENESSWINDOW(&_Vault.CallOpts)
}

// MINLOSSWINDOW is a free data retrieval call binding the contract method 0x901e0835.
//
// Solidity: function MIN_LOSS_WINDOW() view returns(uint256)
func (_Vault *VaultCaller) MINLOSSWINDOW(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "MIN_LOSS_WINDOW")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINLOSSWINDOW is a free data retrieval call binding the contract method 0x901e0835.
//
// Solidity: function MIN_LOSS_WINDOW() view returns(uint256)
func (_Vault *VaultSession) MINLOSSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MINLOSSWINDOW(&_Vault.CallOpts)
}

// MINLOSSWINDOW is a free data retrieval call binding the contract method 0x901e0835.
//
// Solidity: function MIN_LOSS_WINDOW() view returns(uint256)
func (_Vault *VaultCallerSession) MINLOSSWINDOW() (*big.Int, error) {
	return _Vault.Contract.MINLOSSWINDOW(&_Vault.CallOpts)
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

// SOURCECALLGAS is a free data retrieval call binding the contract method 0x00e6a635.
//
// Solidity: function SOURCE_CALL_GAS() view returns(uint256)
func (_Vault *VaultCaller) SOURCECALLGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "SOURCE_CALL_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SOURCECALLGAS is a free data retrieval call binding the contract method 0x00e6a635.
//
// Solidity: function SOURCE_CALL_GAS() view returns(uint256)
func (_Vault *VaultSession) SOURCECALLGAS() (*big.Int, error) {
	return _Vault.Contract.SOURCECALLGAS(&_Vault.CallOpts)
}

// SOURCECALLGAS is a free data retrieval call binding the contract method 0x00e6a635.
//
// Solidity: function SOURCE_CALL_GAS() view returns(uint256)
func (_Vault *VaultCallerSession) SOURCECALLGAS() (*big.Int, error) {
	return _Vault.Contract.SOURCECALLGAS(&_Vault.CallOpts)
}

// SOURCEVIEWGAS is a free data retrieval call binding the contract method 0xe989b8af.
//
// Solidity: function SOURCE_VIEW_GAS() view returns(uint256)
func (_Vault *VaultCaller) SOURCEVIEWGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "SOURCE_VIEW_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SOURCEVIEWGAS is a free data retrieval call binding the contract method 0xe989b8af.
//
// Solidity: function SOURCE_VIEW_GAS() view returns(uint256)
func (_Vault *VaultSession) SOURCEVIEWGAS() (*big.Int, error) {
	return _Vault.Contract.SOURCEVIEWGAS(&_Vault.CallOpts)
}

// SOURCEVIEWGAS is a free data retrieval call binding the contract method 0xe989b8af.
//
// Solidity: function SOURCE_VIEW_GAS() view returns(uint256)
func (_Vault *VaultCallerSession) SOURCEVIEWGAS() (*big.Int, error) {
	return _Vault.Contract.SOURCEVIEWGAS(&_Vault.CallOpts)
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

// Failsafe is a free data retrieval call binding the contract method 0x474a88cb.
//
// Solidity: function failsafe() view returns(bool)
func (_Vault *VaultCaller) Failsafe(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "failsafe")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Failsafe is a free data retrieval call binding the contract method 0x474a88cb.
//
// Solidity: function failsafe() view returns(bool)
func (_Vault *VaultSession) Failsafe() (bool, error) {
	return _Vault.Contract.Failsafe(&_Vault.CallOpts)
}

// Failsafe is a free data retrieval call binding the contract method 0x474a88cb.
//
// Solidity: function failsafe() view returns(bool)
func (_Vault *VaultCallerSession) Failsafe() (bool, error) {
	return _Vault.Contract.Failsafe(&_Vault.CallOpts)
}

// Fee is a free data retrieval call binding the contract method 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (_Vault *VaultCaller) Fee(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "fee")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Fee is a free data retrieval call binding the contract method 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (_Vault *VaultSession) Fee() (*big.Int, error) {
	return _Vault.Contract.Fee(&_Vault.CallOpts)
}

// Fee is a free data retrieval call binding the contract method 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (_Vault *VaultCallerSession) Fee() (*big.Int, error) {
	return _Vault.Contract.Fee(&_Vault.CallOpts)
}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_Vault *VaultCaller) FeeRecipient(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "feeRecipient")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_Vault *VaultSession) FeeRecipient() (common.Address, error) {
	return _Vault.Contract.FeeRecipient(&_Vault.CallOpts)
}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_Vault *VaultCallerSession) FeeRecipient() (common.Address, error) {
	return _Vault.Contract.FeeRecipient(&_Vault.CallOpts)
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

// HighWaterMark is a free data retrieval call binding the contract method 0x1e8410da.
//
// Solidity: function highWaterMark() view returns(uint256)
func (_Vault *VaultCaller) HighWaterMark(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "highWaterMark")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// HighWaterMark is a free data retrieval call binding the contract method 0x1e8410da.
//
// Solidity: function highWaterMark() view returns(uint256)
func (_Vault *VaultSession) HighWaterMark() (*big.Int, error) {
	return _Vault.Contract.HighWaterMark(&_Vault.CallOpts)
}

// HighWaterMark is a free data retrieval call binding the contract method 0x1e8410da.
//
// Solidity: function highWaterMark() view returns(uint256)
func (_Vault *VaultCallerSession) HighWaterMark() (*big.Int, error) {
	return _Vault.Contract.HighWaterMark(&_Vault.CallOpts)
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

// LivenessWindow is a free data retrieval call binding the contract method 0x15c97887.
//
// Solidity: function livenessWindow() view returns(uint256)
func (_Vault *VaultCaller) LivenessWindow(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "livenessWindow")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LivenessWindow is a free data retrieval call binding the contract method 0x15c97887.
//
// Solidity: function livenessWindow() view returns(uint256)
func (_Vault *VaultSession) LivenessWindow() (*big.Int, error) {
	return _Vault.Contract.LivenessWindow(&_Vault.CallOpts)
}

// LivenessWindow is a free data retrieval call binding the contract method 0x15c97887.
//
// Solidity: function livenessWindow() view returns(uint256)
func (_Vault *VaultCallerSession) LivenessWindow() (*big.Int, error) {
	return _Vault.Contract.LivenessWindow(&_Vault.CallOpts)
}

// LossWindow is a free data retrieval call binding the contract method 0x7cbbe78d.
//
// Solidity: function lossWindow() view returns(uint256)
func (_Vault *VaultCaller) LossWindow(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "lossWindow")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LossWindow is a free data retrieval call binding the contract method 0x7cbbe78d.
//
// Solidity: function lossWindow() view returns(uint256)
func (_Vault *VaultSession) LossWindow() (*big.Int, error) {
	return _Vault.Contract.LossWindow(&_Vault.CallOpts)
}

// LossWindow is a free data retrieval call binding the contract method 0x7cbbe78d.
//
// Solidity: function lossWindow() view returns(uint256)
func (_Vault *VaultCallerSession) LossWindow() (*big.Int, error) {
	return _Vault.Contract.LossWindow(&_Vault.CallOpts)
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

// MaxWindowLossBps is a free data retrieval call binding the contract method 0x6aa0dd65.
//
// Solidity: function maxWindowLossBps() view returns(uint256)
func (_Vault *VaultCaller) MaxWindowLossBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "maxWindowLossBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxWindowLossBps is a free data retrieval call binding the contract method 0x6aa0dd65.
//
// Solidity: function maxWindowLossBps() view returns(uint256)
func (_Vault *VaultSession) MaxWindowLossBps() (*big.Int, error) {
	return _Vault.Contract.MaxWindowLossBps(&_Vault.CallOpts)
}

// MaxWindowLossBps is a free data retrieval call binding the contract method 0x6aa0dd65.
//
// Solidity: function maxWindowLossBps() view returns(uint256)
func (_Vault *VaultCallerSession) MaxWindowLossBps() (*big.Int, error) {
	return _Vault.Contract.MaxWindowLossBps(&_Vault.CallOpts)
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

// SafeSource is a free data retrieval call binding the contract method 0xca7c0bb4.
//
// Solidity: function safeSource() view returns(address)
func (_Vault *VaultCaller) SafeSource(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "safeSource")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SafeSource is a free data retrieval call binding the contract method 0xca7c0bb4.
//
// Solidity: function safeSource() view returns(address)
func (_Vault *VaultSession) SafeSource() (common.Address, error) {
	return _Vault.Contract.SafeSource(&_Vault.CallOpts)
}

// SafeSource is a free data retrieval call binding the contract method 0xca7c0bb4.
//
// Solidity: function safeSource() view returns(address)
func (_Vault *VaultCallerSession) SafeSource() (common.Address, error) {
	return _Vault.Contract.SafeSource(&_Vault.CallOpts)
}

// SharePrice is a free data retrieval call binding the contract method 0x87269729.
//
// Solidity: function sharePrice() view returns(uint256)
func (_Vault *VaultCaller) SharePrice(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "sharePrice")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SharePrice is a free data retrieval call binding the contract method 0x87269729.
//
// Solidity: function sharePrice() view returns(uint256)
func (_Vault *VaultSession) SharePrice() (*big.Int, error) {
	return _Vault.Contract.SharePrice(&_Vault.CallOpts)
}

// SharePrice is a free data retrieval call binding the contract method 0x87269729.
//
// Solidity: function sharePrice() view returns(uint256)
func (_Vault *VaultCallerSession) SharePrice() (*big.Int, error) {
	return _Vault.Contract.SharePrice(&_Vault.CallOpts)
}

// SourceAssets is a free data retrieval call binding the contract method 0xf5310541.
//
// Solidity: function sourceAssets(address source) view returns(uint256 assets)
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
// Solidity: function sourceAssets(address source) view returns(uint256 assets)
func (_Vault *VaultSession) SourceAssets(source common.Address) (*big.Int, error) {
	return _Vault.Contract.SourceAssets(&_Vault.CallOpts, source)
}

// SourceAssets is a free data retrieval call binding the contract method 0xf5310541.
//
// Solidity: function sourceAssets(address source) view returns(uint256 assets)
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

// WindowLoss is a free data retrieval call binding the contract method 0x72526b66.
//
// Solidity: function windowLoss() view returns(uint256)
func (_Vault *VaultCaller) WindowLoss(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "windowLoss")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WindowLoss is a free data retrieval call binding the contract method 0x72526b66.
//
// Solidity: function windowLoss() view returns(uint256)
func (_Vault *VaultSession) WindowLoss() (*big.Int, error) {
	return _Vault.Contract.WindowLoss(&_Vault.CallOpts)
}

// WindowLoss is a free data retrieval call binding the contract method 0x72526b66.
//
// Solidity: function windowLoss() view returns(uint256)
func (_Vault *VaultCallerSession) WindowLoss() (*big.Int, error) {
	return _Vault.Contract.WindowLoss(&_Vault.CallOpts)
}

// WindowLossBudget is a free data retrieval call binding the contract method 0x7998ee55.
//
// Solidity: function windowLossBudget() view returns(uint256)
func (_Vault *VaultCaller) WindowLossBudget(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "windowLossBudget")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WindowLossBudget is a free data retrieval call binding the contract method 0x7998ee55.
//
// Solidity: function windowLossBudget() view returns(uint256)
func (_Vault *VaultSession) WindowLossBudget() (*big.Int, error) {
	return _Vault.Contract.WindowLossBudget(&_Vault.CallOpts)
}

// WindowLossBudget is a free data retrieval call binding the contract method 0x7998ee55.
//
// Solidity: function windowLossBudget() view returns(uint256)
func (_Vault *VaultCallerSession) WindowLossBudget() (*big.Int, error) {
	return _Vault.Contract.WindowLossBudget(&_Vault.CallOpts)
}

// AccrueFee is a paid mutator transaction binding the contract method 0xb26cc394.
//
// Solidity: function accrueFee() returns()
func (_Vault *VaultTransactor) AccrueFee(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "accrueFee")
}

// AccrueFee is a paid mutator transaction binding the contract method 0xb26cc394.
//
// Solidity: function accrueFee() returns()
func (_Vault *VaultSession) AccrueFee() (*types.Transaction, error) {
	return _Vault.Contract.AccrueFee(&_Vault.TransactOpts)
}

// AccrueFee is a paid mutator transaction binding the contract method 0xb26cc394.
//
// Solidity: function accrueFee() returns()
func (_Vault *VaultTransactorSession) AccrueFee() (*types.Transaction, error) {
	return _Vault.Contract.AccrueFee(&_Vault.TransactOpts)
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

// ClearFailsafe is a paid mutator transaction binding the contract method 0x3953300b.
//
// Solidity: function clearFailsafe() returns()
func (_Vault *VaultTransactor) ClearFailsafe(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "clearFailsafe")
}

// ClearFailsafe is a paid mutator transaction binding the contract method 0x3953300b.
//
// Solidity: function clearFailsafe() returns()
func (_Vault *VaultSession) ClearFailsafe() (*types.Transaction, error) {
	return _Vault.Contract.ClearFailsafe(&_Vault.TransactOpts)
}

// ClearFailsafe is a paid mutator transaction binding the contract method 0x3953300b.
//
// Solidity: function clearFailsafe() returns()
func (_Vault *VaultTransactorSession) ClearFailsafe() (*types.Transaction, error) {
	return _Vault.Contract.ClearFailsafe(&_Vault.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (_Vault *VaultTransactor) Deposit(opts *bind.TransactOpts, assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "deposit", assets, receiver)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (_Vault *VaultSession) Deposit(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Deposit(&_Vault.TransactOpts, assets, receiver)
}

// Deposit is a paid mutator transaction binding the contract method 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256 shares)
func (_Vault *VaultTransactorSession) Deposit(assets *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Deposit(&_Vault.TransactOpts, assets, receiver)
}

// FailsafeDeposit is a paid mutator transaction binding the contract method 0x371fb79f.
//
// Solidity: function failsafeDeposit(address source, uint256 amount) returns()
func (_Vault *VaultTransactor) FailsafeDeposit(opts *bind.TransactOpts, source common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "failsafeDeposit", source, amount)
}

// FailsafeDeposit is a paid mutator transaction binding the contract method 0x371fb79f.
//
// Solidity: function failsafeDeposit(address source, uint256 amount) returns()
func (_Vault *VaultSession) FailsafeDeposit(source common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.FailsafeDeposit(&_Vault.TransactOpts, source, amount)
}

// FailsafeDeposit is a paid mutator transaction binding the contract method 0x371fb79f.
//
// Solidity: function failsafeDeposit(address source, uint256 amount) returns()
func (_Vault *VaultTransactorSession) FailsafeDeposit(source common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.FailsafeDeposit(&_Vault.TransactOpts, source, amount)
}

// FailsafeWithdraw is a paid mutator transaction binding the contract method 0x7d69a841.
//
// Solidity: function failsafeWithdraw(address source) returns(uint256 received)
func (_Vault *VaultTransactor) FailsafeWithdraw(opts *bind.TransactOpts, source common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "failsafeWithdraw", source)
}

// FailsafeWithdraw is a paid mutator transaction binding the contract method 0x7d69a841.
//
// Solidity: function failsafeWithdraw(address source) returns(uint256 received)
func (_Vault *VaultSession) FailsafeWithdraw(source common.Address) (*types.Transaction, error) {
	return _Vault.Contract.FailsafeWithdraw(&_Vault.TransactOpts, source)
}

// FailsafeWithdraw is a paid mutator transaction binding the contract method 0x7d69a841.
//
// Solidity: function failsafeWithdraw(address source) returns(uint256 received)
func (_Vault *VaultTransactorSession) FailsafeWithdraw(source common.Address) (*types.Transaction, error) {
	return _Vault.Contract.FailsafeWithdraw(&_Vault.TransactOpts, source)
}

// ForceRemoveSource is a paid mutator transaction binding the contract method 0x2eaf4c36.
//
// Solidity: function forceRemoveSource(address source) returns()
func (_Vault *VaultTransactor) ForceRemoveSource(opts *bind.TransactOpts, source common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "forceRemoveSource", source)
}

// ForceRemoveSource is a paid mutator transaction binding the contract method 0x2eaf4c36.
//
// Solidity: function forceRemoveSource(address source) returns()
func (_Vault *VaultSession) ForceRemoveSource(source common.Address) (*types.Transaction, error) {
	return _Vault.Contract.ForceRemoveSource(&_Vault.TransactOpts, source)
}

// ForceRemoveSource is a paid mutator transaction binding the contract method 0x2eaf4c36.
//
// Solidity: function forceRemoveSource(address source) returns()
func (_Vault *VaultTransactorSession) ForceRemoveSource(source common.Address) (*types.Transaction, error) {
	return _Vault.Contract.ForceRemoveSource(&_Vault.TransactOpts, source)
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
// Solidity: function mint(uint256 shares, address receiver) returns(uint256 assets)
func (_Vault *VaultTransactor) Mint(opts *bind.TransactOpts, shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "mint", shares, receiver)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256 assets)
func (_Vault *VaultSession) Mint(shares *big.Int, receiver common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Mint(&_Vault.TransactOpts, shares, receiver)
}

// Mint is a paid mutator transaction binding the contract method 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256 assets)
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
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256 assets)
func (_Vault *VaultTransactor) Redeem(opts *bind.TransactOpts, shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "redeem", shares, receiver, owner)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256 assets)
func (_Vault *VaultSession) Redeem(shares *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Redeem(&_Vault.TransactOpts, shares, receiver, owner)
}

// Redeem is a paid mutator transaction binding the contract method 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256 assets)
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

// SetFee is a paid mutator transaction binding the contract method 0x69fe0e2d.
//
// Solidity: function setFee(uint256 newFee) returns()
func (_Vault *VaultTransactor) SetFee(opts *bind.TransactOpts, newFee *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setFee", newFee)
}

// SetFee is a paid mutator transaction binding the contract method 0x69fe0e2d.
//
// Solidity: function setFee(uint256 newFee) returns()
func (_Vault *VaultSession) SetFee(newFee *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetFee(&_Vault.TransactOpts, newFee)
}

// SetFee is a paid mutator transaction binding the contract method 0x69fe0e2d.
//
// Solidity: function setFee(uint256 newFee) returns()
func (_Vault *VaultTransactorSession) SetFee(newFee *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetFee(&_Vault.TransactOpts, newFee)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newFeeRecipient) returns()
func (_Vault *VaultTransactor) SetFeeRecipient(opts *bind.TransactOpts, newFeeRecipient common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setFeeRecipient", newFeeRecipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newFeeRecipient) returns()
func (_Vault *VaultSession) SetFeeRecipient(newFeeRecipient common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetFeeRecipient(&_Vault.TransactOpts, newFeeRecipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newFeeRecipient) returns()
func (_Vault *VaultTransactorSession) SetFeeRecipient(newFeeRecipient common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetFeeRecipient(&_Vault.TransactOpts, newFeeRecipient)
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

// SetLivenessWindow is a paid mutator transaction binding the contract method 0x84dfda79.
//
// Solidity: function setLivenessWindow(uint256 newLivenessWindow) returns()
func (_Vault *VaultTransactor) SetLivenessWindow(opts *bind.TransactOpts, newLivenessWindow *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setLivenessWindow", newLivenessWindow)
}

// SetLivenessWindow is a paid mutator transaction binding the contract method 0x84dfda79.
//
// Solidity: function setLivenessWindow(uint256 newLivenessWindow) returns()
func (_Vault *VaultSession) SetLivenessWindow(newLivenessWindow *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetLivenessWindow(&_Vault.TransactOpts, newLivenessWindow)
}

// SetLivenessWindow is a paid mutator transaction binding the contract method 0x84dfda79.
//
// Solidity: function setLivenessWindow(uint256 newLivenessWindow) returns()
func (_Vault *VaultTransactorSession) SetLivenessWindow(newLivenessWindow *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetLivenessWindow(&_Vault.TransactOpts, newLivenessWindow)
}

// SetLossWindow is a paid mutator transaction binding the contract method 0xd7e963e0.
//
// Solidity: function setLossWindow(uint256 newLossWindow) returns()
func (_Vault *VaultTransactor) SetLossWindow(opts *bind.TransactOpts, newLossWindow *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setLossWindow", newLossWindow)
}

// SetLossWindow is a paid mutator transaction binding the contract method 0xd7e963e0.
//
// Solidity: function setLossWindow(uint256 newLossWindow) returns()
func (_Vault *VaultSession) SetLossWindow(newLossWindow *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetLossWindow(&_Vault.TransactOpts, newLossWindow)
}

// SetLossWindow is a paid mutator transaction binding the contract method 0xd7e963e0.
//
// Solidity: function setLossWindow(uint256 newLossWindow) returns()
func (_Vault *VaultTransactorSession) SetLossWindow(newLossWindow *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetLossWindow(&_Vault.TransactOpts, newLossWindow)
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

// SetMaxWindowLossBps is a paid mutator transaction binding the contract method 0xf3d69d6b.
//
// Solidity: function setMaxWindowLossBps(uint256 newMaxWindowLossBps) returns()
func (_Vault *VaultTransactor) SetMaxWindowLossBps(opts *bind.TransactOpts, newMaxWindowLossBps *big.Int) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setMaxWindowLossBps", newMaxWindowLossBps)
}

// SetMaxWindowLossBps is a paid mutator transaction binding the contract method 0xf3d69d6b.
//
// Solidity: function setMaxWindowLossBps(uint256 newMaxWindowLossBps) returns()
func (_Vault *VaultSession) SetMaxWindowLossBps(newMaxWindowLossBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMaxWindowLossBps(&_Vault.TransactOpts, newMaxWindowLossBps)
}

// SetMaxWindowLossBps is a paid mutator transaction binding the contract method 0xf3d69d6b.
//
// Solidity: function setMaxWindowLossBps(uint256 newMaxWindowLossBps) returns()
func (_Vault *VaultTransactorSession) SetMaxWindowLossBps(newMaxWindowLossBps *big.Int) (*types.Transaction, error) {
	return _Vault.Contract.SetMaxWindowLossBps(&_Vault.TransactOpts, newMaxWindowLossBps)
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

// SetSafeSource is a paid mutator transaction binding the contract method 0x90b10acf.
//
// Solidity: function setSafeSource(address newSafeSource) returns()
func (_Vault *VaultTransactor) SetSafeSource(opts *bind.TransactOpts, newSafeSource common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "setSafeSource", newSafeSource)
}

// SetSafeSource is a paid mutator transaction binding the contract method 0x90b10acf.
//
// Solidity: function setSafeSource(address newSafeSource) returns()
func (_Vault *VaultSession) SetSafeSource(newSafeSource common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetSafeSource(&_Vault.TransactOpts, newSafeSource)
}

// SetSafeSource is a paid mutator transaction binding the contract method 0x90b10acf.
//
// Solidity: function setSafeSource(address newSafeSource) returns()
func (_Vault *VaultTransactorSession) SetSafeSource(newSafeSource common.Address) (*types.Transaction, error) {
	return _Vault.Contract.SetSafeSource(&_Vault.TransactOpts, newSafeSource)
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

// TriggerFailsafe is a paid mutator transaction binding the contract method 0x6e5560a1.
//
// Solidity: function triggerFailsafe() returns()
func (_Vault *VaultTransactor) TriggerFailsafe(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "triggerFailsafe")
}

// TriggerFailsafe is a paid mutator transaction binding the contract method 0x6e5560a1.
//
// Solidity: function triggerFailsafe() returns()
func (_Vault *VaultSession) TriggerFailsafe() (*types.Transaction, error) {
	return _Vault.Contract.TriggerFailsafe(&_Vault.TransactOpts)
}

// TriggerFailsafe is a paid mutator transaction binding the contract method 0x6e5560a1.
//
// Solidity: function triggerFailsafe() returns()
func (_Vault *VaultTransactorSession) TriggerFailsafe() (*types.Transaction, error) {
	return _Vault.Contract.TriggerFailsafe(&_Vault.TransactOpts)
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

// UnwindFailsafe is a paid mutator transaction binding the contract method 0xfe7ac51b.
//
// Solidity: function unwindFailsafe() returns()
func (_Vault *VaultTransactor) UnwindFailsafe(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "unwindFailsafe")
}

// UnwindFailsafe is a paid mutator transaction binding the contract method 0xfe7ac51b.
//
// Solidity: function unwindFailsafe() returns()
func (_Vault *VaultSession) UnwindFailsafe() (*types.Transaction, error) {
	return _Vault.Contract.UnwindFailsafe(&_Vault.TransactOpts)
}

// UnwindFailsafe is a paid mutator transaction binding the contract method 0xfe7ac51b.
//
// Solidity: function unwindFailsafe() returns()
func (_Vault *VaultTransactorSession) UnwindFailsafe() (*types.Transaction, error) {
	return _Vault.Contract.UnwindFailsafe(&_Vault.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256 shares)
func (_Vault *VaultTransactor) Withdraw(opts *bind.TransactOpts, assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.contract.Transact(opts, "withdraw", assets, receiver, owner)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256 shares)
func (_Vault *VaultSession) Withdraw(assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Withdraw(&_Vault.TransactOpts, assets, receiver, owner)
}

// Withdraw is a paid mutator transaction binding the contract method 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256 shares)
func (_Vault *VaultTransactorSession) Withdraw(assets *big.Int, receiver common.Address, owner common.Address) (*types.Transaction, error) {
	return _Vault.Contract.Withdraw(&_Vault.TransactOpts, assets, receiver, owner)
}

// VaultAccrueFeeIterator is returned from FilterAccrueFee and is used to iterate over the raw logs and unpacked data for AccrueFee events raised by the Vault contract.
type VaultAccrueFeeIterator struct {
	Event *VaultAccrueFee // Event containing the contract specifics and raw log

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
func (it *VaultAccrueFeeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultAccrueFee)
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
		it.Event = new(VaultAccrueFee)
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
func (it *VaultAccrueFeeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultAccrueFeeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultAccrueFee represents a AccrueFee event raised by the Vault contract.
type VaultAccrueFee struct {
	FeeAssets        *big.Int
	FeeShares        *big.Int
	NewHighWaterMark *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterAccrueFee is a free log retrieval operation binding the contract event 0x59eda668b4006fb142833fb6e6ed8ae7865f8cc07577fc7a4d06b6d992589834.
//
// Solidity: event AccrueFee(uint256 feeAssets, uint256 feeShares, uint256 newHighWaterMark)
func (_Vault *VaultFilterer) FilterAccrueFee(opts *bind.FilterOpts) (*VaultAccrueFeeIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "AccrueFee")
	if err != nil {
		return nil, err
	}
	return &VaultAccrueFeeIterator{contract: _Vault.contract, event: "AccrueFee", logs: logs, sub: sub}, nil
}

// WatchAccrueFee is a free log subscription operation binding the contract event 0x59eda668b4006fb142833fb6e6ed8ae7865f8cc07577fc7a4d06b6d992589834.
//
// Solidity: event AccrueFee(uint256 feeAssets, uint256 feeShares, uint256 newHighWaterMark)
func (_Vault *VaultFilterer) WatchAccrueFee(opts *bind.WatchOpts, sink chan<- *VaultAccrueFee) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "AccrueFee")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultAccrueFee)
				if err := _Vault.contract.UnpackLog(event, "AccrueFee", log); err != nil {
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

// ParseAccrueFee is a log parse operation binding the contract event 0x59eda668b4006fb142833fb6e6ed8ae7865f8cc07577fc7a4d06b6d992589834.
//
// Solidity: event AccrueFee(uint256 feeAssets, uint256 feeShares, uint256 newHighWaterMark)
func (_Vault *VaultFilterer) ParseAccrueFee(log types.Log) (*VaultAccrueFee, error) {
	event := new(VaultAccrueFee)
	if err := _Vault.contract.UnpackLog(event, "AccrueFee", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
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

// VaultFailsafeClearedIterator is returned from FilterFailsafeCleared and is used to iterate over the raw logs and unpacked data for FailsafeCleared events raised by the Vault contract.
type VaultFailsafeClearedIterator struct {
	Event *VaultFailsafeCleared // Event containing the contract specifics and raw log

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
func (it *VaultFailsafeClearedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultFailsafeCleared)
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
		it.Event = new(VaultFailsafeCleared)
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
func (it *VaultFailsafeClearedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultFailsafeClearedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultFailsafeCleared represents a FailsafeCleared event raised by the Vault contract.
type VaultFailsafeCleared struct {
	Caller common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFailsafeCleared is a free log retrieval operation binding the contract event 0x9691d8914e90890849c9a8c78747e0f082d26cce163fbcc7b90650c8d9bdbff0.
//
// Solidity: event FailsafeCleared(address indexed caller)
func (_Vault *VaultFilterer) FilterFailsafeCleared(opts *bind.FilterOpts, caller []common.Address) (*VaultFailsafeClearedIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "FailsafeCleared", callerRule)
	if err != nil {
		return nil, err
	}
	return &VaultFailsafeClearedIterator{contract: _Vault.contract, event: "FailsafeCleared", logs: logs, sub: sub}, nil
}

// WatchFailsafeCleared is a free log subscription operation binding the contract event 0x9691d8914e90890849c9a8c78747e0f082d26cce163fbcc7b90650c8d9bdbff0.
//
// Solidity: event FailsafeCleared(address indexed caller)
func (_Vault *VaultFilterer) WatchFailsafeCleared(opts *bind.WatchOpts, sink chan<- *VaultFailsafeCleared, caller []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "FailsafeCleared", callerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultFailsafeCleared)
				if err := _Vault.contract.UnpackLog(event, "FailsafeCleared", log); err != nil {
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

// ParseFailsafeCleared is a log parse operation binding the contract event 0x9691d8914e90890849c9a8c78747e0f082d26cce163fbcc7b90650c8d9bdbff0.
//
// Solidity: event FailsafeCleared(address indexed caller)
func (_Vault *VaultFilterer) ParseFailsafeCleared(log types.Log) (*VaultFailsafeCleared, error) {
	event := new(VaultFailsafeCleared)
	if err := _Vault.contract.UnpackLog(event, "FailsafeCleared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultFailsafeDepositIterator is returned from FilterFailsafeDeposit and is used to iterate over the raw logs and unpacked data for FailsafeDeposit events raised by the Vault contract.
type VaultFailsafeDepositIterator struct {
	Event *VaultFailsafeDeposit // Event containing the contract specifics and raw log

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
func (it *VaultFailsafeDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultFailsafeDeposit)
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
		it.Event = new(VaultFailsafeDeposit)
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
func (it *VaultFailsafeDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultFailsafeDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultFailsafeDeposit represents a FailsafeDeposit event raised by the Vault contract.
type VaultFailsafeDeposit struct {
	SafeSource common.Address
	Assets     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterFailsafeDeposit is a free log retrieval operation binding the contract event 0xaca4d75a7a39693d04e743ee4637223974a3425a5bec8749dedf61e9a798119e.
//
// Solidity: event FailsafeDeposit(address indexed safeSource, uint256 assets)
func (_Vault *VaultFilterer) FilterFailsafeDeposit(opts *bind.FilterOpts, safeSource []common.Address) (*VaultFailsafeDepositIterator, error) {

	var safeSourceRule []interface{}
	for _, safeSourceItem := range safeSource {
		safeSourceRule = append(safeSourceRule, safeSourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "FailsafeDeposit", safeSourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultFailsafeDepositIterator{contract: _Vault.contract, event: "FailsafeDeposit", logs: logs, sub: sub}, nil
}

// WatchFailsafeDeposit is a free log subscription operation binding the contract event 0xaca4d75a7a39693d04e743ee4637223974a3425a5bec8749dedf61e9a798119e.
//
// Solidity: event FailsafeDeposit(address indexed safeSource, uint256 assets)
func (_Vault *VaultFilterer) WatchFailsafeDeposit(opts *bind.WatchOpts, sink chan<- *VaultFailsafeDeposit, safeSource []common.Address) (event.Subscription, error) {

	var safeSourceRule []interface{}
	for _, safeSourceItem := range safeSource {
		safeSourceRule = append(safeSourceRule, safeSourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "FailsafeDeposit", safeSourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultFailsafeDeposit)
				if err := _Vault.contract.UnpackLog(event, "FailsafeDeposit", log); err != nil {
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

// ParseFailsafeDeposit is a log parse operation binding the contract event 0xaca4d75a7a39693d04e743ee4637223974a3425a5bec8749dedf61e9a798119e.
//
// Solidity: event FailsafeDeposit(address indexed safeSource, uint256 assets)
func (_Vault *VaultFilterer) ParseFailsafeDeposit(log types.Log) (*VaultFailsafeDeposit, error) {
	event := new(VaultFailsafeDeposit)
	if err := _Vault.contract.UnpackLog(event, "FailsafeDeposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultFailsafeSkippedIterator is returned from FilterFailsafeSkipped and is used to iterate over the raw logs and unpacked data for FailsafeSkipped events raised by the Vault contract.
type VaultFailsafeSkippedIterator struct {
	Event *VaultFailsafeSkipped // Event containing the contract specifics and raw log

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
func (it *VaultFailsafeSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultFailsafeSkipped)
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
		it.Event = new(VaultFailsafeSkipped)
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
func (it *VaultFailsafeSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultFailsafeSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultFailsafeSkipped represents a FailsafeSkipped event raised by the Vault contract.
type VaultFailsafeSkipped struct {
	Source common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFailsafeSkipped is a free log retrieval operation binding the contract event 0xe1e8bdb699ad2ec5413660592898e1edeec225ab352644b6140da71cf483602f.
//
// Solidity: event FailsafeSkipped(address indexed source)
func (_Vault *VaultFilterer) FilterFailsafeSkipped(opts *bind.FilterOpts, source []common.Address) (*VaultFailsafeSkippedIterator, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "FailsafeSkipped", sourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultFailsafeSkippedIterator{contract: _Vault.contract, event: "FailsafeSkipped", logs: logs, sub: sub}, nil
}

// WatchFailsafeSkipped is a free log subscription operation binding the contract event 0xe1e8bdb699ad2ec5413660592898e1edeec225ab352644b6140da71cf483602f.
//
// Solidity: event FailsafeSkipped(address indexed source)
func (_Vault *VaultFilterer) WatchFailsafeSkipped(opts *bind.WatchOpts, sink chan<- *VaultFailsafeSkipped, source []common.Address) (event.Subscription, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "FailsafeSkipped", sourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultFailsafeSkipped)
				if err := _Vault.contract.UnpackLog(event, "FailsafeSkipped", log); err != nil {
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

// ParseFailsafeSkipped is a log parse operation binding the contract event 0xe1e8bdb699ad2ec5413660592898e1edeec225ab352644b6140da71cf483602f.
//
// Solidity: event FailsafeSkipped(address indexed source)
func (_Vault *VaultFilterer) ParseFailsafeSkipped(log types.Log) (*VaultFailsafeSkipped, error) {
	event := new(VaultFailsafeSkipped)
	if err := _Vault.contract.UnpackLog(event, "FailsafeSkipped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultFailsafeTriggeredIterator is returned from FilterFailsafeTriggered and is used to iterate over the raw logs and unpacked data for FailsafeTriggered events raised by the Vault contract.
type VaultFailsafeTriggeredIterator struct {
	Event *VaultFailsafeTriggered // Event containing the contract specifics and raw log

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
func (it *VaultFailsafeTriggeredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultFailsafeTriggered)
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
		it.Event = new(VaultFailsafeTriggered)
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
func (it *VaultFailsafeTriggeredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultFailsafeTriggeredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultFailsafeTriggered represents a FailsafeTriggered event raised by the Vault contract.
type VaultFailsafeTriggered struct {
	Caller             common.Address
	LastKeeperActivity *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterFailsafeTriggered is a free log retrieval operation binding the contract event 0x95b3320ede058dcd8492bb21c57ecef78d42e0e1383e62bae51cd1450d6a858c.
//
// Solidity: event FailsafeTriggered(address indexed caller, uint256 lastKeeperActivity)
func (_Vault *VaultFilterer) FilterFailsafeTriggered(opts *bind.FilterOpts, caller []common.Address) (*VaultFailsafeTriggeredIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "FailsafeTriggered", callerRule)
	if err != nil {
		return nil, err
	}
	return &VaultFailsafeTriggeredIterator{contract: _Vault.contract, event: "FailsafeTriggered", logs: logs, sub: sub}, nil
}

// WatchFailsafeTriggered is a free log subscription operation binding the contract event 0x95b3320ede058dcd8492bb21c57ecef78d42e0e1383e62bae51cd1450d6a858c.
//
// Solidity: event FailsafeTriggered(address indexed caller, uint256 lastKeeperActivity)
func (_Vault *VaultFilterer) WatchFailsafeTriggered(opts *bind.WatchOpts, sink chan<- *VaultFailsafeTriggered, caller []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "FailsafeTriggered", callerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultFailsafeTriggered)
				if err := _Vault.contract.UnpackLog(event, "FailsafeTriggered", log); err != nil {
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

// ParseFailsafeTriggered is a log parse operation binding the contract event 0x95b3320ede058dcd8492bb21c57ecef78d42e0e1383e62bae51cd1450d6a858c.
//
// Solidity: event FailsafeTriggered(address indexed caller, uint256 lastKeeperActivity)
func (_Vault *VaultFilterer) ParseFailsafeTriggered(log types.Log) (*VaultFailsafeTriggered, error) {
	event := new(VaultFailsafeTriggered)
	if err := _Vault.contract.UnpackLog(event, "FailsafeTriggered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultFailsafeWithdrawIterator is returned from FilterFailsafeWithdraw and is used to iterate over the raw logs and unpacked data for FailsafeWithdraw events raised by the Vault contract.
type VaultFailsafeWithdrawIterator struct {
	Event *VaultFailsafeWithdraw // Event containing the contract specifics and raw log

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
func (it *VaultFailsafeWithdrawIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultFailsafeWithdraw)
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
		it.Event = new(VaultFailsafeWithdraw)
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
func (it *VaultFailsafeWithdrawIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultFailsafeWithdrawIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultFailsafeWithdraw represents a FailsafeWithdraw event raised by the Vault contract.
type VaultFailsafeWithdraw struct {
	Source common.Address
	Assets *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFailsafeWithdraw is a free log retrieval operation binding the contract event 0x53c85861a216ecce6beb441dd3ec3fd2b5ae0c13fddae5a0029f14d336ecbeef.
//
// Solidity: event FailsafeWithdraw(address indexed source, uint256 assets)
func (_Vault *VaultFilterer) FilterFailsafeWithdraw(opts *bind.FilterOpts, source []common.Address) (*VaultFailsafeWithdrawIterator, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "FailsafeWithdraw", sourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultFailsafeWithdrawIterator{contract: _Vault.contract, event: "FailsafeWithdraw", logs: logs, sub: sub}, nil
}

// WatchFailsafeWithdraw is a free log subscription operation binding the contract event 0x53c85861a216ecce6beb441dd3ec3fd2b5ae0c13fddae5a0029f14d336ecbeef.
//
// Solidity: event FailsafeWithdraw(address indexed source, uint256 assets)
func (_Vault *VaultFilterer) WatchFailsafeWithdraw(opts *bind.WatchOpts, sink chan<- *VaultFailsafeWithdraw, source []common.Address) (event.Subscription, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "FailsafeWithdraw", sourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultFailsafeWithdraw)
				if err := _Vault.contract.UnpackLog(event, "FailsafeWithdraw", log); err != nil {
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

// ParseFailsafeWithdraw is a log parse operation binding the contract event 0x53c85861a216ecce6beb441dd3ec3fd2b5ae0c13fddae5a0029f14d336ecbeef.
//
// Solidity: event FailsafeWithdraw(address indexed source, uint256 assets)
func (_Vault *VaultFilterer) ParseFailsafeWithdraw(log types.Log) (*VaultFailsafeWithdraw, error) {
	event := new(VaultFailsafeWithdraw)
	if err := _Vault.contract.UnpackLog(event, "FailsafeWithdraw", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultForceRemoveSourceIterator is returned from FilterForceRemoveSource and is used to iterate over the raw logs and unpacked data for ForceRemoveSource events raised by the Vault contract.
type VaultForceRemoveSourceIterator struct {
	Event *VaultForceRemoveSource // Event containing the contract specifics and raw log

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
func (it *VaultForceRemoveSourceIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultForceRemoveSource)
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
		it.Event = new(VaultForceRemoveSource)
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
func (it *VaultForceRemoveSourceIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultForceRemoveSourceIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultForceRemoveSource represents a ForceRemoveSource event raised by the Vault contract.
type VaultForceRemoveSource struct {
	Source     common.Address
	WrittenOff *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterForceRemoveSource is a free log retrieval operation binding the contract event 0x36539cb0c29cca4936fe3d9aedda553a106a30d554fb4148915f0621b3aaa580.
//
// Solidity: event ForceRemoveSource(address indexed source, uint256 writtenOff)
func (_Vault *VaultFilterer) FilterForceRemoveSource(opts *bind.FilterOpts, source []common.Address) (*VaultForceRemoveSourceIterator, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "ForceRemoveSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultForceRemoveSourceIterator{contract: _Vault.contract, event: "ForceRemoveSource", logs: logs, sub: sub}, nil
}

// WatchForceRemoveSource is a free log subscription operation binding the contract event 0x36539cb0c29cca4936fe3d9aedda553a106a30d554fb4148915f0621b3aaa580.
//
// Solidity: event ForceRemoveSource(address indexed source, uint256 writtenOff)
func (_Vault *VaultFilterer) WatchForceRemoveSource(opts *bind.WatchOpts, sink chan<- *VaultForceRemoveSource, source []common.Address) (event.Subscription, error) {

	var sourceRule []interface{}
	for _, sourceItem := range source {
		sourceRule = append(sourceRule, sourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "ForceRemoveSource", sourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultForceRemoveSource)
				if err := _Vault.contract.UnpackLog(event, "ForceRemoveSource", log); err != nil {
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

// ParseForceRemoveSource is a log parse operation binding the contract event 0x36539cb0c29cca4936fe3d9aedda553a106a30d554fb4148915f0621b3aaa580.
//
// Solidity: event ForceRemoveSource(address indexed source, uint256 writtenOff)
func (_Vault *VaultFilterer) ParseForceRemoveSource(log types.Log) (*VaultForceRemoveSource, error) {
	event := new(VaultForceRemoveSource)
	if err := _Vault.contract.UnpackLog(event, "ForceRemoveSource", log); err != nil {
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

// VaultRaiseHighWaterMarkIterator is returned from FilterRaiseHighWaterMark and is used to iterate over the raw logs and unpacked data for RaiseHighWaterMark events raised by the Vault contract.
type VaultRaiseHighWaterMarkIterator struct {
	Event *VaultRaiseHighWaterMark // Event containing the contract specifics and raw log

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
func (it *VaultRaiseHighWaterMarkIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultRaiseHighWaterMark)
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
		it.Event = new(VaultRaiseHighWaterMark)
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
func (it *VaultRaiseHighWaterMarkIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultRaiseHighWaterMarkIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultRaiseHighWaterMark represents a RaiseHighWaterMark event raised by the Vault contract.
type VaultRaiseHighWaterMark struct {
	NewHighWaterMark *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterRaiseHighWaterMark is a free log retrieval operation binding the contract event 0x4785b33cd31acd82f276b3d7c8f2d03796dc747928d47a95a72f4318f89a8121.
//
// Solidity: event RaiseHighWaterMark(uint256 newHighWaterMark)
func (_Vault *VaultFilterer) FilterRaiseHighWaterMark(opts *bind.FilterOpts) (*VaultRaiseHighWaterMarkIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "RaiseHighWaterMark")
	if err != nil {
		return nil, err
	}
	return &VaultRaiseHighWaterMarkIterator{contract: _Vault.contract, event: "RaiseHighWaterMark", logs: logs, sub: sub}, nil
}

// WatchRaiseHighWaterMark is a free log subscription operation binding the contract event 0x4785b33cd31acd82f276b3d7c8f2d03796dc747928d47a95a72f4318f89a8121.
//
// Solidity: event RaiseHighWaterMark(uint256 newHighWaterMark)
func (_Vault *VaultFilterer) WatchRaiseHighWaterMark(opts *bind.WatchOpts, sink chan<- *VaultRaiseHighWaterMark) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "RaiseHighWaterMark")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultRaiseHighWaterMark)
				if err := _Vault.contract.UnpackLog(event, "RaiseHighWaterMark", log); err != nil {
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

// ParseRaiseHighWaterMark is a log parse operation binding the contract event 0x4785b33cd31acd82f276b3d7c8f2d03796dc747928d47a95a72f4318f89a8121.
//
// Solidity: event RaiseHighWaterMark(uint256 newHighWaterMark)
func (_Vault *VaultFilterer) ParseRaiseHighWaterMark(log types.Log) (*VaultRaiseHighWaterMark, error) {
	event := new(VaultRaiseHighWaterMark)
	if err := _Vault.contract.UnpackLog(event, "RaiseHighWaterMark", log); err != nil {
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

// VaultSetFeeIterator is returned from FilterSetFee and is used to iterate over the raw logs and unpacked data for SetFee events raised by the Vault contract.
type VaultSetFeeIterator struct {
	Event *VaultSetFee // Event containing the contract specifics and raw log

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
func (it *VaultSetFeeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetFee)
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
		it.Event = new(VaultSetFee)
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
func (it *VaultSetFeeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetFeeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetFee represents a SetFee event raised by the Vault contract.
type VaultSetFee struct {
	NewFee *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSetFee is a free log retrieval operation binding the contract event 0x00172ddfc5ae88d08b3de01a5a187667c37a5a53989e8c175055cb6c993792a7.
//
// Solidity: event SetFee(uint256 newFee)
func (_Vault *VaultFilterer) FilterSetFee(opts *bind.FilterOpts) (*VaultSetFeeIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetFee")
	if err != nil {
		return nil, err
	}
	return &VaultSetFeeIterator{contract: _Vault.contract, event: "SetFee", logs: logs, sub: sub}, nil
}

// WatchSetFee is a free log subscription operation binding the contract event 0x00172ddfc5ae88d08b3de01a5a187667c37a5a53989e8c175055cb6c993792a7.
//
// Solidity: event SetFee(uint256 newFee)
func (_Vault *VaultFilterer) WatchSetFee(opts *bind.WatchOpts, sink chan<- *VaultSetFee) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetFee")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetFee)
				if err := _Vault.contract.UnpackLog(event, "SetFee", log); err != nil {
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

// ParseSetFee is a log parse operation binding the contract event 0x00172ddfc5ae88d08b3de01a5a187667c37a5a53989e8c175055cb6c993792a7.
//
// Solidity: event SetFee(uint256 newFee)
func (_Vault *VaultFilterer) ParseSetFee(log types.Log) (*VaultSetFee, error) {
	event := new(VaultSetFee)
	if err := _Vault.contract.UnpackLog(event, "SetFee", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetFeeRecipientIterator is returned from FilterSetFeeRecipient and is used to iterate over the raw logs and unpacked data for SetFeeRecipient events raised by the Vault contract.
type VaultSetFeeRecipientIterator struct {
	Event *VaultSetFeeRecipient // Event containing the contract specifics and raw log

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
func (it *VaultSetFeeRecipientIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetFeeRecipient)
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
		it.Event = new(VaultSetFeeRecipient)
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
func (it *VaultSetFeeRecipientIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetFeeRecipientIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetFeeRecipient represents a SetFeeRecipient event raised by the Vault contract.
type VaultSetFeeRecipient struct {
	NewFeeRecipient common.Address
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterSetFeeRecipient is a free log retrieval operation binding the contract event 0x2e979f80fe4d43055c584cf4a8467c55875ea36728fc37176c05acd784eb7a73.
//
// Solidity: event SetFeeRecipient(address indexed newFeeRecipient)
func (_Vault *VaultFilterer) FilterSetFeeRecipient(opts *bind.FilterOpts, newFeeRecipient []common.Address) (*VaultSetFeeRecipientIterator, error) {

	var newFeeRecipientRule []interface{}
	for _, newFeeRecipientItem := range newFeeRecipient {
		newFeeRecipientRule = append(newFeeRecipientRule, newFeeRecipientItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetFeeRecipient", newFeeRecipientRule)
	if err != nil {
		return nil, err
	}
	return &VaultSetFeeRecipientIterator{contract: _Vault.contract, event: "SetFeeRecipient", logs: logs, sub: sub}, nil
}

// WatchSetFeeRecipient is a free log subscription operation binding the contract event 0x2e979f80fe4d43055c584cf4a8467c55875ea36728fc37176c05acd784eb7a73.
//
// Solidity: event SetFeeRecipient(address indexed newFeeRecipient)
func (_Vault *VaultFilterer) WatchSetFeeRecipient(opts *bind.WatchOpts, sink chan<- *VaultSetFeeRecipient, newFeeRecipient []common.Address) (event.Subscription, error) {

	var newFeeRecipientRule []interface{}
	for _, newFeeRecipientItem := range newFeeRecipient {
		newFeeRecipientRule = append(newFeeRecipientRule, newFeeRecipientItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetFeeRecipient", newFeeRecipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetFeeRecipient)
				if err := _Vault.contract.UnpackLog(event, "SetFeeRecipient", log); err != nil {
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

// ParseSetFeeRecipient is a log parse operation binding the contract event 0x2e979f80fe4d43055c584cf4a8467c55875ea36728fc37176c05acd784eb7a73.
//
// Solidity: event SetFeeRecipient(address indexed newFeeRecipient)
func (_Vault *VaultFilterer) ParseSetFeeRecipient(log types.Log) (*VaultSetFeeRecipient, error) {
	event := new(VaultSetFeeRecipient)
	if err := _Vault.contract.UnpackLog(event, "SetFeeRecipient", log); err != nil {
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

// VaultSetLivenessWindowIterator is returned from FilterSetLivenessWindow and is used to iterate over the raw logs and unpacked data for SetLivenessWindow events raised by the Vault contract.
type VaultSetLivenessWindowIterator struct {
	Event *VaultSetLivenessWindow // Event containing the contract specifics and raw log

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
func (it *VaultSetLivenessWindowIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetLivenessWindow)
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
		it.Event = new(VaultSetLivenessWindow)
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
func (it *VaultSetLivenessWindowIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetLivenessWindowIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetLivenessWindow represents a SetLivenessWindow event raised by the Vault contract.
type VaultSetLivenessWindow struct {
	NewLivenessWindow *big.Int
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterSetLivenessWindow is a free log retrieval operation binding the contract event 0x82e4992bae77d01b6428040c436ae91677a2e80b54fac3ec333e49a410f8bc99.
//
// Solidity: event SetLivenessWindow(uint256 newLivenessWindow)
func (_Vault *VaultFilterer) FilterSetLivenessWindow(opts *bind.FilterOpts) (*VaultSetLivenessWindowIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetLivenessWindow")
	if err != nil {
		return nil, err
	}
	return &VaultSetLivenessWindowIterator{contract: _Vault.contract, event: "SetLivenessWindow", logs: logs, sub: sub}, nil
}

// WatchSetLivenessWindow is a free log subscription operation binding the contract event 0x82e4992bae77d01b6428040c436ae91677a2e80b54fac3ec333e49a410f8bc99.
//
// Solidity: event SetLivenessWindow(uint256 newLivenessWindow)
func (_Vault *VaultFilterer) WatchSetLivenessWindow(opts *bind.WatchOpts, sink chan<- *VaultSetLivenessWindow) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetLivenessWindow")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetLivenessWindow)
				if err := _Vault.contract.UnpackLog(event, "SetLivenessWindow", log); err != nil {
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

// ParseSetLivenessWindow is a log parse operation binding the contract event 0x82e4992bae77d01b6428040c436ae91677a2e80b54fac3ec333e49a410f8bc99.
//
// Solidity: event SetLivenessWindow(uint256 newLivenessWindow)
func (_Vault *VaultFilterer) ParseSetLivenessWindow(log types.Log) (*VaultSetLivenessWindow, error) {
	event := new(VaultSetLivenessWindow)
	if err := _Vault.contract.UnpackLog(event, "SetLivenessWindow", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VaultSetLossWindowIterator is returned from FilterSetLossWindow and is used to iterate over the raw logs and unpacked data for SetLossWindow events raised by the Vault contract.
type VaultSetLossWindowIterator struct {
	Event *VaultSetLossWindow // Event containing the contract specifics and raw log

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
func (it *VaultSetLossWindowIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetLossWindow)
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
		it.Event = new(VaultSetLossWindow)
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
func (it *VaultSetLossWindowIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetLossWindowIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetLossWindow represents a SetLossWindow event raised by the Vault contract.
type VaultSetLossWindow struct {
	NewLossWindow *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterSetLossWindow is a free log retrieval operation binding the contract event 0x5e138f991b2b78a4632f15e129bcb92d1b286b2a182ce293268ba8ad964dc1fd.
//
// Solidity: event SetLossWindow(uint256 newLossWindow)
func (_Vault *VaultFilterer) FilterSetLossWindow(opts *bind.FilterOpts) (*VaultSetLossWindowIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetLossWindow")
	if err != nil {
		return nil, err
	}
	return &VaultSetLossWindowIterator{contract: _Vault.contract, event: "SetLossWindow", logs: logs, sub: sub}, nil
}

// WatchSetLossWindow is a free log subscription operation binding the contract event 0x5e138f991b2b78a4632f15e129bcb92d1b286b2a182ce293268ba8ad964dc1fd.
//
// Solidity: event SetLossWindow(uint256 newLossWindow)
func (_Vault *VaultFilterer) WatchSetLossWindow(opts *bind.WatchOpts, sink chan<- *VaultSetLossWindow) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetLossWindow")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetLossWindow)
				if err := _Vault.contract.UnpackLog(event, "SetLossWindow", log); err != nil {
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

// ParseSetLossWindow is a log parse operation binding the contract event 0x5e138f991b2b78a4632f15e129bcb92d1b286b2a182ce293268ba8ad964dc1fd.
//
// Solidity: event SetLossWindow(uint256 newLossWindow)
func (_Vault *VaultFilterer) ParseSetLossWindow(log types.Log) (*VaultSetLossWindow, error) {
	event := new(VaultSetLossWindow)
	if err := _Vault.contract.UnpackLog(event, "SetLossWindow", log); err != nil {
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

// VaultSetMaxWindowLossBpsIterator is returned from FilterSetMaxWindowLossBps and is used to iterate over the raw logs and unpacked data for SetMaxWindowLossBps events raised by the Vault contract.
type VaultSetMaxWindowLossBpsIterator struct {
	Event *VaultSetMaxWindowLossBps // Event containing the contract specifics and raw log

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
func (it *VaultSetMaxWindowLossBpsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetMaxWindowLossBps)
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
		it.Event = new(VaultSetMaxWindowLossBps)
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
func (it *VaultSetMaxWindowLossBpsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetMaxWindowLossBpsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetMaxWindowLossBps represents a SetMaxWindowLossBps event raised by the Vault contract.
type VaultSetMaxWindowLossBps struct {
	NewMaxWindowLossBps *big.Int
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterSetMaxWindowLossBps is a free log retrieval operation binding the contract event 0x7e7c5b751cf45ee9c66d0d96d46d17c4df6496819f1c56de6996ba4c83253356.
//
// Solidity: event SetMaxWindowLossBps(uint256 newMaxWindowLossBps)
func (_Vault *VaultFilterer) FilterSetMaxWindowLossBps(opts *bind.FilterOpts) (*VaultSetMaxWindowLossBpsIterator, error) {

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetMaxWindowLossBps")
	if err != nil {
		return nil, err
	}
	return &VaultSetMaxWindowLossBpsIterator{contract: _Vault.contract, event: "SetMaxWindowLossBps", logs: logs, sub: sub}, nil
}

// WatchSetMaxWindowLossBps is a free log subscription operation binding the contract event 0x7e7c5b751cf45ee9c66d0d96d46d17c4df6496819f1c56de6996ba4c83253356.
//
// Solidity: event SetMaxWindowLossBps(uint256 newMaxWindowLossBps)
func (_Vault *VaultFilterer) WatchSetMaxWindowLossBps(opts *bind.WatchOpts, sink chan<- *VaultSetMaxWindowLossBps) (event.Subscription, error) {

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetMaxWindowLossBps")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetMaxWindowLossBps)
				if err := _Vault.contract.UnpackLog(event, "SetMaxWindowLossBps", log); err != nil {
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

// ParseSetMaxWindowLossBps is a log parse operation binding the contract event 0x7e7c5b751cf45ee9c66d0d96d46d17c4df6496819f1c56de6996ba4c83253356.
//
// Solidity: event SetMaxWindowLossBps(uint256 newMaxWindowLossBps)
func (_Vault *VaultFilterer) ParseSetMaxWindowLossBps(log types.Log) (*VaultSetMaxWindowLossBps, error) {
	event := new(VaultSetMaxWindowLossBps)
	if err := _Vault.contract.UnpackLog(event, "SetMaxWindowLossBps", log); err != nil {
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

// VaultSetSafeSourceIterator is returned from FilterSetSafeSource and is used to iterate over the raw logs and unpacked data for SetSafeSource events raised by the Vault contract.
type VaultSetSafeSourceIterator struct {
	Event *VaultSetSafeSource // Event containing the contract specifics and raw log

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
func (it *VaultSetSafeSourceIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VaultSetSafeSource)
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
		it.Event = new(VaultSetSafeSource)
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
func (it *VaultSetSafeSourceIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VaultSetSafeSourceIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VaultSetSafeSource represents a SetSafeSource event raised by the Vault contract.
type VaultSetSafeSource struct {
	NewSafeSource common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterSetSafeSource is a free log retrieval operation binding the contract event 0xaa6e7e12ccb712747b9a354603b6579bab76fec4dd8529b4f5e4932ed5b49d84.
//
// Solidity: event SetSafeSource(address indexed newSafeSource)
func (_Vault *VaultFilterer) FilterSetSafeSource(opts *bind.FilterOpts, newSafeSource []common.Address) (*VaultSetSafeSourceIterator, error) {

	var newSafeSourceRule []interface{}
	for _, newSafeSourceItem := range newSafeSource {
		newSafeSourceRule = append(newSafeSourceRule, newSafeSourceItem)
	}

	logs, sub, err := _Vault.contract.FilterLogs(opts, "SetSafeSource", newSafeSourceRule)
	if err != nil {
		return nil, err
	}
	return &VaultSetSafeSourceIterator{contract: _Vault.contract, event: "SetSafeSource", logs: logs, sub: sub}, nil
}

// WatchSetSafeSource is a free log subscription operation binding the contract event 0xaa6e7e12ccb712747b9a354603b6579bab76fec4dd8529b4f5e4932ed5b49d84.
//
// Solidity: event SetSafeSource(address indexed newSafeSource)
func (_Vault *VaultFilterer) WatchSetSafeSource(opts *bind.WatchOpts, sink chan<- *VaultSetSafeSource, newSafeSource []common.Address) (event.Subscription, error) {

	var newSafeSourceRule []interface{}
	for _, newSafeSourceItem := range newSafeSource {
		newSafeSourceRule = append(newSafeSourceRule, newSafeSourceItem)
	}

	logs, sub, err := _Vault.contract.WatchLogs(opts, "SetSafeSource", newSafeSourceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VaultSetSafeSource)
				if err := _Vault.contract.UnpackLog(event, "SetSafeSource", log); err != nil {
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

// ParseSetSafeSource is a log parse operation binding the contract event 0xaa6e7e12ccb712747b9a354603b6579bab76fec4dd8529b4f5e4932ed5b49d84.
//
// Solidity: event SetSafeSource(address indexed newSafeSource)
func (_Vault *VaultFilterer) ParseSetSafeSource(log types.Log) (*VaultSetSafeSource, error) {
	event := new(VaultSetSafeSource)
	if err := _Vault.contract.UnpackLog(event, "SetSafeSource", log); err != nil {
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
