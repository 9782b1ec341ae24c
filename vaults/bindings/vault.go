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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keeper_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minIdleBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"AbsoluteCapRaised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"CapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"CooldownActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"DuplicateSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxMint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ERC4626ExceededMaxWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailsafeActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailsafeDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"loss\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLoss\",\"type\":\"uint256\"}],\"name\":\"FailsafeLoss\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailsafeNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"FutureReceipt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientIdle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"InvalidBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"InvalidCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cooldown\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCooldown\",\"type\":\"uint256\"}],\"name\":\"InvalidCooldown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"window\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidLivenessWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lossWindow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidLossWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"InvalidQueueLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"InvalidTargetsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"KeeperLive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"MaxFeeExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalBefore\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLoss\",\"type\":\"uint256\"}],\"name\":\"MaxLossExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxSourcesExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idle\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minIdle\",\"type\":\"uint256\"}],\"name\":\"MinIdleViolated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardianOrGovernance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RelativeCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"RelativeCapRaised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceCallOutOfGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SourceNotEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"SourceUnvalued\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"turnover\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTurnover\",\"type\":\"uint256\"}],\"name\":\"TurnoverExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"UnknownSource\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VaultNotPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VaultPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windowLoss\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWindowLoss\",\"type\":\"uint256\"}],\"name\":\"WindowLossExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFeeRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newHighWaterMark\",\"type\":\"uint256\"}],\"name\":\"AccrueFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"AddSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"FailsafeCleared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"safeSource\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"FailsafeDeposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"FailsafeSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lastKeeperActivity\",\"type\":\"uint256\"}],\"name\":\"FailsafeTriggered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"FailsafeWithdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"writtenOff\",\"type\":\"uint256\"}],\"name\":\"ForceRemoveSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"KeeperHeartbeat\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"PulledFromSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newHighWaterMark\",\"type\":\"uint256\"}],\"name\":\"RaiseHighWaterMark\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"predictedApyBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"expectedGain\",\"type\":\"uint256\"}],\"name\":\"RebalanceDecision\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"targets\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idle\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalAssets\",\"type\":\"uint256\"}],\"name\":\"Rebalanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"RemoveSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"SetCaps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newCooldown\",\"type\":\"uint256\"}],\"name\":\"SetCooldown\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"SetFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"SetFeeRecipient\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"SetGovernance\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"SetGuardian\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"SetKeeper\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newLivenessWindow\",\"type\":\"uint256\"}],\"name\":\"SetLivenessWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newLossWindow\",\"type\":\"uint256\"}],\"name\":\"SetLossWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxLossBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxLossBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxTurnoverBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxTurnoverBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMaxWindowLossBps\",\"type\":\"uint256\"}],\"name\":\"SetMaxWindowLossBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMinIdleBps\",\"type\":\"uint256\"}],\"name\":\"SetMinIdleBps\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newSafeSource\",\"type\":\"address\"}],\"name\":\"SetSafeSource\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"queue\",\"type\":\"address[]\"}],\"name\":\"SetWithdrawQueue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAILSAFE_STEP_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOSS_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOSS_UNIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LIVENESS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LOSS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOURCES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_LIVENESS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_LOSS_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROUNDING_TOLERANCE_PER_SOURCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SOURCE_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SOURCE_VIEW_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accrueFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"addSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"availableLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidity\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"caps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clearFailsafe\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cooldown\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"failsafe\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"failsafeDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"failsafeWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"forceRemoveSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSources\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"heartbeat\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"highWaterMark\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"idle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSource\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastKeeperActivity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRebalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"livenessWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lossWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"lowerCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxLossBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTurnoverBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxWindowLossBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minIdleBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"targets\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"inputBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"predictedApyBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expectedGain\",\"type\":\"uint256\"}],\"internalType\":\"structDecisionReceipt\",\"name\":\"receipt\",\"type\":\"tuple\"}],\"name\":\"rebalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"relativeCaps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"removeSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"safeSource\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"absoluteCap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relativeCapBps\",\"type\":\"uint256\"}],\"name\":\"setCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newCooldown\",\"type\":\"uint256\"}],\"name\":\"setCooldown\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"setGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGuardian\",\"type\":\"address\"}],\"name\":\"setGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newLivenessWindow\",\"type\":\"uint256\"}],\"name\":\"setLivenessWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newLossWindow\",\"type\":\"uint256\"}],\"name\":\"setLossWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxLossBps\",\"type\":\"uint256\"}],\"name\":\"setMaxLossBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxTurnoverBps\",\"type\":\"uint256\"}],\"name\":\"setMaxTurnoverBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMaxWindowLossBps\",\"type\":\"uint256\"}],\"name\":\"setMaxWindowLossBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMinIdleBps\",\"type\":\"uint256\"}],\"name\":\"setMinIdleBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newSafeSource\",\"type\":\"address\"}],\"name\":\"setSafeSource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"queue\",\"type\":\"address[]\"}],\"name\":\"setWithdrawQueue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"triggerFailsafe\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unwindFailsafe\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"windowLoss\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"windowLossBudget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawQueuePacked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405262015180600555601460065534801561001b575f5ffd5b506040516166e83803806166e883398101604081905261003a916104a3565b868686600361004983826105e1565b50600461005682826105e1565b5050505f5f61006a836103b860201b60201c565b915091508161007a57601261007c565b805b60ff1660a05250506001600160a01b03908116608052871615806100a757506001600160a01b038416155b806100b957506001600160a01b038316155b806100cb57506001600160a01b038216155b156100e95760405163d92e233d60e01b815260040160405180910390fd5b61271081111561011357604051632e109e9f60e01b81526004810182905260240160405180910390fd5b600880546001600160a01b038087166001600160a01b0319928316811790935560098054878316908416179055600a805491861691909216179055600b8054426001600160401b0316600160801b027fffff0000ffffffff0000000000000000ffffffffffffffff0000000000000000600560d11b61ffff60d01b1961ffff808916600160c01b029190911663ffffffff60c01b1990951694909417171617610e1061027160e41b011790915560108054690de0b6b3a7640000000092169190911790556040517f24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219905f90a26040516001600160a01b038416907f31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8905f90a26040516001600160a01b038316907fefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b905f90a26040518181527fff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb9060200160405180910390a1604051600a81527f0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad28049060200160405180910390a160405161271081527feef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e9060200160405180910390a1604051610e1081527f89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a69769060200160405180910390a17f5e138f991b2b78a4632f15e129bcb92d1b286b2a182ce293268ba8ad964dc1fd60055460405161036991815260200190565b60405180910390a17f7e7c5b751cf45ee9c66d0d96d46d17c4df6496819f1c56de6996ba4c832533566006546040516103a491815260200190565b60405180910390a15050505050505061069f565b63313ce56760e01b5f818152908190602082600481875afa5f51601f3d1190911661010082101695908602945092505050565b80516001600160a01b0381168114610401575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610429575f5ffd5b81516001600160401b0381111561044257610442610406565b604051601f8201601f19908116603f011681016001600160401b038111828210171561047057610470610406565b604052818152838201602001851015610487575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f5f5f60e0888a0312156104b9575f5ffd5b6104c2886103eb565b60208901519097506001600160401b038111156104dd575f5ffd5b6104e98a828b0161041a565b60408a015190975090506001600160401b03811115610506575f5ffd5b6105128a828b0161041a565b955050610521606089016103eb565b935061052f608089016103eb565b925061053d60a089016103eb565b915060c0880151905092959891949750929550565b600181811c9082168061056657607f821691505b60208210810361058457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105dc57828211156105dc57805f5260205f20601f840160051c60208510156105b557505f5b90810190601f840160051c035f5b818110156105d8575f838201556001016105c3565b5050505b505050565b81516001600160401b038111156105fa576105fa610406565b61060e816106088454610552565b8461058a565b6020601f821160018114610640575f83156106295750848201515b5f19600385901b1c1916600184901b178455610698565b5f84815260208120601f198516915b8281101561066f578785015182556020948501946001909201910161064f565b508482101561068c57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a051615fdb61070d5f395f610de601525f818161066901528181610d7001528181610eba0152818161162a015281816119ae01528181612306015281816130f10152818161311b01528181613db6015281816145e3015281816151f301526158710152615fdb5ff3fe608060405234801561000f575f5ffd5b5060043610610513575f3560e01c80637cbbe78d116102a5578063b3d7f6b91161016c578063d905777e116100d5578063ef8b30f71161008f578063ef8b30f714610a2d578063efeec38c14610b08578063f1f729a114610b1b578063f3d69d6b14610b2e578063fe7ac51b14610b41578063ff0b718314610b49575f5ffd5b8063d905777e14610a81578063dcb15f2114610a94578063dd62ed3e14610aa7578063ddca3f4314610adf578063e74b981b14610aeb578063e989b8af14610afe575f5ffd5b8063c6e6f59211610126578063c6e6f59214610a2d578063ca7c0bb414610a40578063cdb8421114610a53578063ce96cb7714610a5b578063d4dcb45a14610892578063d7e963e014610a6e575f5ffd5b8063b3d7f6b9146109b8578063b460af94146109cb578063ba087652146109de578063bc063e1a146109f1578063c1a4acbe146109fa578063c63d75b6146106cc575f5ffd5b806395d89b411161020e578063ab033ea9116101c8578063ab033ea91461095a578063aced16611461096d578063ad9db0c514610980578063af520da114610988578063b12ba8b31461099d578063b26cc394146109b0575f5ffd5b806395d89b41146108f7578063996a3727146108ff578063a46ce69c14610912578063a641a7221461091a578063a709fe9d14610925578063a9059cbb14610947575f5ffd5b80638a0dac4a1161025f5780638a0dac4a146108b65780638b41d35f146105ed5780638e916d16146108c9578063901e08351461089257806390b10acf146108d157806394bf804d146108e4575f5ffd5b80637cbbe78d146108635780637d69a8411461086c57806380a30e301461087f578063827059ff146108925780638456cb591461089b57806384dfda79146108a3575f5ffd5b8063402d267d116103e957806366d97b211161035257806370a082311161030c57806370a08231146107ff57806372526b6614610827578063743753591461082f578063748747e614610837578063787a08a61461084a5780637998ee551461085b575f5ffd5b806366d97b21146107a257806369fe0e2d146107b55780636aa0dd65146107c85780636e553f65146107d15780636e5560a1146107e45780636e849a73146107ec575f5ffd5b8063577cd462116103a3578063577cd4621461073d5780635aa6e675146107485780635b3815561461075b5780635c0d19421461076e5780635c975abb1461078657806364aefc061461079a575f5ffd5b8063402d267d146106cc578063452a9320146106df57806346904840146106f2578063474a88cb146107055780634cdad506146107175780634fc3f41a1461072a575f5ffd5b80632a3412101161048b578063371fb79f11610445578063371fb79f1461065457806338d52e0f146106675780633953300b146106a157806339a56673146106a95780633defb962146106bc5780633f4ba83a146106c4575f5ffd5b80632a341210146105ed5780632caea2b8146105f75780632eaf4c361461060c5780633129c2751461061f578063313ce567146106325780633192164f1461064c575f5ffd5b80630a28a477116104dc5780630a28a47714610587578063106b9ca11461059a57806315c97887146105b257806318160ddd146105bb5780631e8410da146105c357806323b872dd146105da575f5ffd5b8062e6a6351461051757806301e1d1141461053457806306fdde031461053c57806307a2d13a14610551578063095ea7b314610564575b5f5ffd5b610521622dc6c081565b6040519081526020015b60405180910390f35b610521610b5c565b610544610b6b565b60405161052b919061597e565b61052161055f3660046159b3565b610bfb565b6105776105723660046159de565b610c0c565b604051901515815260200161052b565b6105216105953660046159b3565b610c23565b600b54600160401b90046001600160401b0316610521565b61052160125481565b600254610521565b6010546201000090046001600160f01b0316610521565b6105776105e8366004615a08565b610c67565b61052162278d0081565b61060a6106053660046159b3565b610c8c565b005b61060a61061a366004615a46565b610d11565b600b54600160d01b900461ffff16610521565b61063a610dde565b60405160ff909116815260200161052b565b610521610e0f565b61060a6106623660046159de565b610e2a565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161052b565b61060a610fb1565b600b54600160c01b900461ffff16610521565b61060a61105e565b61060a6110ed565b6105216106da366004615a46565b611194565b600954610689906001600160a01b031681565b601154610689906001600160a01b031681565b600b54600160f01b900460ff16610577565b6105216107253660046159b3565b6111ae565b61060a6107383660046159b3565b6111e0565b610521633b9aca0081565b600854610689906001600160a01b031681565b61060a6107693660046159b3565b61128c565b600b54600160801b90046001600160401b0316610521565b600a5461057790600160a01b900460ff1681565b610521601481565b6105216107b0366004615a46565b61130a565b61060a6107c33660046159b3565b61131b565b61052160065481565b6105216107df366004615a61565b61140b565b61060a611476565b61060a6107fa366004615a46565b61157f565b61052161080d366004615a46565b6001600160a01b03165f9081526020819052604090205490565b610521611805565b610521611816565b61060a610845366004615a46565b61182c565b600b546001600160401b0316610521565b6105216118ce565b61052160055481565b61052161087a366004615a46565b611909565b61060a61088d366004615ad6565b611b9b565b610521610e1081565b61060a611d94565b61060a6108b13660046159b3565b611e29565b61060a6108c4366004615a46565b611efe565b610521600781565b61060a6108df366004615a46565b611f7b565b6105216108f2366004615a61565b612048565b6105446120ab565b61060a61090d366004615b14565b6120ba565b610521600281565b6105216301e1338081565b610577610933366004615a46565b600d6020525f908152604090205460ff1681565b6105776109553660046159de565b61215c565b61060a610968366004615a46565b612169565b600a54610689906001600160a01b031681565b600f54610521565b6109906121e6565b60405161052b9190615b46565b61060a6109ab366004615b14565b612245565b61060a612511565b6105216109c63660046159b3565b612521565b6105216109d9366004615b91565b61252d565b6105216109ec366004615b91565b61260b565b6105216107d081565b610521610a08366004615a46565b6001600160a01b03165f908152600c6020526040902054600160f01b900461ffff1690565b610521610a3b3660046159b3565b612701565b601354610689906001600160a01b031681565b61052161270c565b610521610a69366004615a46565b61272a565b61060a610a7c3660046159b3565b612789565b610521610a8f366004615a46565b6127bd565b600b54600160e01b900461ffff16610521565b610521610ab5366004615bd0565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b60105461ffff16610521565b61060a610af9366004615a46565b612807565b610521620f424081565b61060a610b16366004615b14565b6128cf565b61060a610b293660046159b3565b612917565b61060a610b3c3660046159b3565b612995565b61060a6129c9565b61060a610b57366004615bfc565b612a16565b5f610b65612ca9565b50919050565b606060038054610b7a90615c55565b80601f0160208091040260200160405190810160405280929190818152602001828054610ba690615c55565b8015610bf15780601f10610bc857610100808354040283529160200191610bf1565b820191905f5260205f20905b815481529060010190602001808311610bd457829003601f168201915b5050505050905090565b5f610c06825f612cd1565b92915050565b5f33610c19818585612cec565b5060019392505050565b5f5f5f5f610c32856001612cf9565b505093505092509250610c5e600282610c4b9190615c9b565b610c559087615cb2565b83856001612d4a565b95945050505050565b5f33610c74858285612d76565b610c7f858585612ddf565b60019150505b9392505050565b6008546001600160a01b03163314610cb757604051632d5be4cb60e21b815260040160405180910390fd5b610cc081612e3c565b600b805461ffff60e01b1916600160e01b61ffff8416021790556040518181527feef19934d37c79b340e27a8d9116a6f652e4e489c929349f0d21363e75f9e26e906020015b60405180910390a150565b6008546001600160a01b03163314610d3c57604051632d5be4cb60e21b815260040160405180910390fd5b610d4581612e62565b5f610d57826278744560e21b83612ea5565b915050610d6382612f12565b610d976001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016835f613071565b816001600160a01b03167f36539cb0c29cca4936fe3d9aedda553a106a30d554fb4148915f0621b3aaa58082604051610dd291815260200190565b60405180910390a25050565b5f610e0a60067f0000000000000000000000000000000000000000000000000000000000000000615cc5565b905090565b5f610e186130eb565b610e20613115565b610e0a9190615cb2565b333014610e4a576040516314e1dbf760e11b815260040160405180910390fd5b5f826001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e87573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eab9190615cde565b9050610ee16001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016848461313f565b60405163b6b55f2560e01b8152600481018390526001600160a01b0384169063b6b55f25906024015f604051808303815f87803b158015610f20575f5ffd5b505af1158015610f32573d5f5f3e3d5ffd5b50505050610fac838383610f469190615cb2565b856001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015610f82573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fa69190615cde565b8561314c565b505050565b6008546001600160a01b03163314610fdc57604051632d5be4cb60e21b815260040160405180910390fd5b600b54600160f01b900460ff166110065760405163c8dd738960e01b815260040160405180910390fd5b600b80546eff000000000000ffffffffffffffff60801b1916600160801b426001600160401b03160217905560405133907f9691d8914e90890849c9a8c78747e0f082d26cce163fbcc7b90650c8d9bdbff0905f90a2565b600a546001600160a01b0316331461108957604051631ea2564f60e31b815260040160405180910390fd5b600b805467ffffffffffffffff60801b1916600160801b426001600160401b038116919091029190911790915560405190815233907f3bfd009ffacf7c98f6bf18c0f086ce6c3733ce5773e07952198d6876c3154a629060200160405180910390a2565b6009546001600160a01b0316331480159061111357506008546001600160a01b03163314155b156111315760405163404ead7760e11b815260040160405180910390fd5b600a54600160a01b900460ff1661115b57604051637bffa6e560e11b815260040160405180910390fd5b600a805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f61119d6131b2565b6111a7575f610c06565b5f19610c06565b5f5f6111ba835f612cd1565b90505f6111c7825f612cf9565b505093505050506111d882826131e5565b949350505050565b6008546001600160a01b0316331461120b57604051632d5be4cb60e21b815260040160405180910390fd5b62278d0081111561124057604051632fe31aab60e01b81526004810182905262278d0060248201526044015b60405180910390fd5b600b805467ffffffffffffffff19166001600160401b0383161790556040518181527f89906a9a10e4d81c0b78fefe0fc1840fba029f85e9e790154ec03b7cc80a697690602001610d06565b6008546001600160a01b031633146112b757604051632d5be4cb60e21b815260040160405180910390fd5b6112c081612e3c565b600b805461ffff60c01b1916600160c01b61ffff8416021790556040518181527fff388f61f1f7abbd225255b0ee1a5c0fa6f153ba692a4f9e134122a8b9df9cdb90602001610d06565b5f6113148261320b565b5092915050565b6008546001600160a01b0316331461134657604051632d5be4cb60e21b815260040160405180910390fd5b61134e61327c565b6107d081111561137c5760405163a85293eb60e01b8152600481018290526107d06024820152604401611237565b801580159061139457506011546001600160a01b0316155b156113b2576040516333fe7c6560e21b815260040160405180910390fd5b6113ba6132b1565b50506010805461ffff191661ffff8416179055506040518181527e172ddfc5ae88d08b3de01a5a187667c37a5a53989e8c175055cb6c993792a79060200160405180910390a1611408613371565b50565b600a545f90600160a01b900460ff1615611438576040516336a7e2cd60e21b815260040160405180910390fd5b61144061327c565b5f61144961339b565b905061145f8461145860025490565b835f612d4a565b915061146d338486856133e2565b50610c06613371565b61147e61327c565b600b54600160f01b900460ff16156114a957604051630fec25ef60e21b815260040160405180910390fd5b6012545f8190036114cd57604051633e82210d60e01b815260040160405180910390fd5b600b54600160801b90046001600160401b03165f6114eb8383615cb2565b90508042116115105760405163ee57f7b560e01b815260048101829052602401611237565b600b805460ff60f01b1916600160f01b17905560405133907f95b3320ede058dcd8492bb21c57ecef78d42e0e1383e62bae51cd1450d6a858c906115579085815260200190565b60405180910390a26115676132b1565b505050611572613452565b50505061157d613371565b565b6008546001600160a01b031633146115aa57604051632d5be4cb60e21b815260040160405180910390fd5b6115b261327c565b6115bb81612e62565b5f816001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa1580156115f8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061161c9190615cde565b905060028111156117c0575f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611690573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116b49190615cde565b604051602481018590523060448201529091506116fe90859060640160408051601f198184030181529190526020810180516001600160e01b0316627b8a6760e11b179052613897565b506040516370a0823160e01b81523060048201525f9082906001600160a01b038516906370a0823190602401602060405180830381865afa158015611745573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117699190615cde565b6117739190615cf5565b905083611781600283615cb2565b10156117bc57846117928286615cf5565b6040516397a5788f60e01b81526001600160a01b0390921660048301526024820152604401611237565b5050505b6117c982612f12565b6040516001600160a01b038316907fabfe42ac66f79bbf414f70da9b153759fed4211c54e4d9bbbff534ff2a9611e7905f90a250611408613371565b5f610e0a6118116138e7565b613962565b5f6118225f195f612cf9565b5095945050505050565b6008546001600160a01b0316331461185757604051632d5be4cb60e21b815260040160405180910390fd5b611860816139a2565b600a80546001600160a01b0319166001600160a01b038316908117909155600b805467ffffffffffffffff60801b1916600160801b426001600160401b0316021790556040517fefb5cfa1a8690c124332ab93324539c5c9c4be03f28aeb8be86f2d8a0c9fb99b905f90a250565b5f6118df612710633b9aca00615d1c565b6118ff6006546118fa600b5461ffff600160d01b9091041690565b6139c9565b610e0a9190615c9b565b5f33301461192a576040516314e1dbf760e11b815260040160405180910390fd5b5f5f836001600160a01b03166309218e916040518163ffffffff1660e01b81526004016040805180830381865afa158015611967573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061198b9190615d2f565b9150915061199982826139d8565b9050805f036119ab57505f9392505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611a14573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a389190615cde565b604051627b8a6760e11b8152600481018590523060248201529091506001600160a01b0387169062f714ce906044016020604051808303815f875af1158015611a83573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611aa79190615cde565b506040516370a0823160e01b815230600482015281906001600160a01b038416906370a0823190602401602060405180830381865afa158015611aec573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b109190615cde565b611b1a9190615cf5565b9450611b92868587896001600160a01b03166301e1d1146040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b5e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b829190615cde565b611b8c9190615cb2565b8661314c565b50505050919050565b6008546001600160a01b03163314611bc657604051632d5be4cb60e21b815260040160405180910390fd5b600e54818114611bf3576040516319376e2160e01b81526004810183905260248101829052604401611237565b5f5b81811015611caf575f848483818110611c1057611c10615d51565b9050602002016020810190611c259190615a46565b9050611c3081612e62565b5f5b82811015611ca557816001600160a01b0316868683818110611c5657611c56615d51565b9050602002016020810190611c6b9190615a46565b6001600160a01b031603611c9d57604051630116465b60e01b81526001600160a01b0383166004820152602401611237565b600101611c32565b5050600101611bf5565b50600e5f9081525f516020615f865f395f51905f52815b83811015611d48575f5b868683818110611ce257611ce2615d51565b9050602002016020810190611cf79190615a46565b6001600160a01b0316611d11611d0d8386615cb2565b5490565b6001600160a01b031614611d2f57611d2881615d65565b9050611cd0565b611d3a826005615c9b565b1b9290921791600101611cc6565b5060f883901b8217600f556040517fa636062456a3ba2573aaa40ababdcba201bf93ece44a5aa43f5f6bd547a2e19a90611d859087908790615d7d565b60405180910390a15050505050565b6009546001600160a01b03163314611dbf576040516377b6878160e11b815260040160405180910390fd5b600a54600160a01b900460ff1615611dea576040516336a7e2cd60e21b815260040160405180910390fd5b600a805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b6008546001600160a01b03163314611e5457604051632d5be4cb60e21b815260040160405180910390fd5b8015801590611e715750610e10811080611e7157506301e1338081115b15611ea45760405163a5a7ea4b60e01b815260048101829052610e1060248201526301e133806044820152606401611237565b6012819055600b805467ffffffffffffffff60801b1916600160801b426001600160401b0316021790556040518181527f82e4992bae77d01b6428040c436ae91677a2e80b54fac3ec333e49a410f8bc9990602001610d06565b6008546001600160a01b03163314611f2957604051632d5be4cb60e21b815260040160405180910390fd5b611f32816139a2565b600980546001600160a01b0319166001600160a01b0383169081179091556040517f31845eceb9cde510c7e8b37f76301c688feb70bc9653aa4c28a3734999840fd8905f90a250565b6008546001600160a01b03163314611fa657604051632d5be4cb60e21b815260040160405180910390fd5b6001600160a01b03811615801590611fd657506001600160a01b0381165f908152600d602052604090205460ff16155b15611fff57604051630c2fd05360e01b81526001600160a01b0382166004820152602401611237565b601380546001600160a01b0319166001600160a01b0383169081179091556040517faa6e7e12ccb712747b9a354603b6579bab76fec4dd8529b4f5e4932ed5b49d84905f90a250565b600a545f90600160a01b900460ff1615612075576040516336a7e2cd60e21b815260040160405180910390fd5b61207d61327c565b5f61208661339b565b905061209d8461209560025490565b8360016139e7565b915061146d338484876133e2565b606060048054610b7a90615c55565b6009546001600160a01b031633146120e5576040516377b6878160e11b815260040160405180910390fd5b6120ee83612e62565b5f5f6120f98561320b565b91509150818411156121245784828560405163414443b760e11b815260040161123793929190615dbf565b8083111561214a57848184604051626dd5ed60e21b815260040161123793929190615dbf565b612155858585613a0d565b5050505050565b5f33610c19818585612ddf565b6008546001600160a01b0316331461219457604051632d5be4cb60e21b815260040160405180910390fd5b61219d816139a2565b600880546001600160a01b0319166001600160a01b0383169081179091556040517f24a8c4807b324a269a51827c3446b8ac1cc13810d7d0c0ca1efafabddd7b6219905f90a250565b6060600e805480602002602001604051908101604052809291908181526020018280548015610bf157602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161221e575050505050905090565b6008546001600160a01b0316331461227057604051632d5be4cb60e21b815260040160405180910390fd5b612279836139a2565b6001600160a01b0383165f908152600d602052604090205460ff16156122bd57604051631c891e0b60e11b81526001600160a01b0384166004820152602401611237565b600e546014116122e057604051632028e88b60e11b815260040160405180910390fd5b6122e981612e3c565b5f6122fd846309218e9160e01b6040613a64565b505090506123287f000000000000000000000000000000000000000000000000000000000000000090565b6001600160a01b0316846001600160a01b03166338d52e0f6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561236d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123919190615de0565b6001600160a01b03161415806124185750306001600160a01b0316846001600160a01b031663fbfa77cf6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156123e8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061240c9190615de0565b6001600160a01b031614155b80612421575080155b1561244a57604051633043166760e01b81526001600160a01b0385166004820152602401611237565b6001600160a01b0384165f818152600d60205260408120805460ff19166001908117909155600f8054600e805493840181559093525f516020615f865f395f51905f5290910180546001600160a01b03191690931790925560f881901c6005810281901b8217600160f81b01909255906124c5868686613ad0565b60408051868152602081018690526001600160a01b038816917faf7732bbba79f5a7f4ed3d7b612441e6a3f1f97e937a79bfb5e2f2230650af00910160405180910390a2505050505050565b61251961327c565b6115726132b1565b5f610c06826001612cd1565b5f61253661327c565b5f5f5f5f5f61254489613b5f565b945094509450945094505f5f61255b83888d613bb5565b50909250905061258261256f600284615c9b565b612579908d615cb2565b85886001612d4a565b97508a8110806125a857506001600160a01b0389165f9081526020819052604090205488115b156125d457888b6125b88b61272a565b604051633fa733bb60e21b815260040161123793929190615dbf565b50506001600160a01b038316156125f0576125f0848388613cab565b6125fe88888b89858a613d74565b5050505050610c85613371565b5f61261461327c565b5f5f5f61261f6132b1565b9250925092505f61262f60025490565b90505f61263e8983875f6139e7565b905060608184101561265a5761265584835f613e95565b925050505b5f5f612667838786613bb5565b5090925090508381108061269157506001600160a01b038a165f908152602081905260409020548c115b156126bd57898c6126a18c6127bd565b604051632e52afbb60e21b815260040161123793929190615dbf565b6126c784836131e5565b985050506001600160a01b038516156126e5576126e586848c613cab565b6126f38989898d8589613d74565b505050505050610c85613371565b5f610c06825f6140ac565b61271a620f42406003615c9b565b61272790622dc6c0615cb2565b81565b5f5f5f5f5f61273b5f196001612cf9565b955050509350935093505f61276f612767886001600160a01b03165f9081526020819052604090205490565b85875f6139e7565b905061277e83838360026140c7565b979650505050505050565b6008546001600160a01b031633146127b457604051632d5be4cb60e21b815260040160405180910390fd5b61140881614179565b6001600160a01b0381165f90815260208190526040812054610c069060016127f86127e6611816565b6127f1906001615cb2565b60016140ac565b6128029190615cf5565b6139d8565b6008546001600160a01b0316331461283257604051632d5be4cb60e21b815260040160405180910390fd5b61283a61327c565b6001600160a01b038116158015612856575060105461ffff1615155b15612874576040516333fe7c6560e21b815260040160405180910390fd5b61287c6132b1565b5050601180546001600160a01b0319166001600160a01b0384169081179091556040519091507f2e979f80fe4d43055c584cf4a8467c55875ea36728fc37176c05acd784eb7a73905f90a2611408613371565b6008546001600160a01b031633146128fa57604051632d5be4cb60e21b815260040160405180910390fd5b61290383612e62565b61290c81612e3c565b610fac838383613a0d565b6008546001600160a01b0316331461294257604051632d5be4cb60e21b815260040160405180910390fd5b61294b81612e3c565b600b805461ffff60d01b1916600160d01b61ffff8416021790556040518181527f0478d64579319fc3c3977914bfedfe5fd24c7eabf4ba6f97699e87a392ad280490602001610d06565b6008546001600160a01b031633146129c057604051632d5be4cb60e21b815260040160405180910390fd5b61140881614229565b6129d161327c565b600b54600160f01b900460ff166129fb5760405163c8dd738960e01b815260040160405180910390fd5b612a036132b1565b505050612a0e613452565b61157d613371565b600a546001600160a01b03163314612a4157604051631ea2564f60e31b815260040160405180910390fd5b600a54600160a01b900460ff1615612a6c576040516336a7e2cd60e21b815260040160405180910390fd5b612a7461327c565b600f5460f81c828114612aa4576040516328087cdb60e11b81526004810184905260248101829052604401611237565b6040805160e081018252600b546001600160401b038082168352600160401b820481166020840152600160801b82041692820192909252600160c01b820461ffff9081166060830152600160d01b830481166080830152600160e01b83041660a0820152600160f01b90910460ff1615801560c0830152612b3857604051630fec25ef60e21b815260040160405180910390fd5b4383604001351115612b695760408051630a9efa1960e31b8152908401356004820152436024820152604401611237565b5f815f01516001600160401b031682602001516001600160401b0316612b8f9190615cb2565b905081602001516001600160401b03165f14158015612bad57508042105b15612bd45760405163181511ab60e31b815260048101829052426024820152604401611237565b5f5f5f5f612be187614284565b9350935093509350612bf2816143c6565b5f612c00858c8c8786614467565b600b805477ffffffffffffffffffffffffffffffff00000000000000001916600160401b426001600160401b031690810267ffffffffffffffff60801b191691909117600160801b919091021790559050612c5e858c8c8787614528565b5f5f612c70878e8e898d898b8a61474d565b9092509050612c8a8482612c8560028e615c9b565b614962565b612c978d8d8d8585614a11565b50505050505050505050610fac613371565b5f5f612cb3614abd565b509092509050612cc16130eb565b612ccb9083615cb2565b91509091565b5f5f5f612cdc614add565b91509150610c5e858284876139e7565b610fac8383836001614af9565b5f5f5f5f5f6060612d08610e0f565b9350612d15848989613e95565b919750909150508615612d2e57612d2b86614bbd565b94505b612d3981858a613bb5565b979a96995094975095939492505050565b5f610c5e85612d5b6006600a615ed6565b612d659087615cb2565b612d70866001615cb2565b85614be1565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015612dd95781811015612dcb57828183604051637dc7a0d960e11b815260040161123793929190615dbf565b612dd984848484035f614af9565b50505050565b6001600160a01b038316612e0857604051634b637e8f60e11b81525f6004820152602401611237565b6001600160a01b038216612e315760405163ec442f0560e01b81525f6004820152602401611237565b610fac838383614c23565b61271081111561140857604051632e109e9f60e01b815260048101829052602401611237565b6001600160a01b0381165f908152600d602052604090205460ff1661140857604051630c2fd05360e01b81526001600160a01b0382166004820152602401611237565b5f5f5f620f93c95a119050845f5260205f60045f89620f4240fa5f51601f3d119091169350915082612f0957838015612edc575080155b15612f055760405163557b2b9f60e01b81526001600160a01b0387166004820152602401611237565b5f91505b50935093915050565b600f5460f881901c5f5b836001600160a01b0316600e8281548110612f3957612f39615d51565b5f918252602090912001546001600160a01b031614612f6257612f5b81615d65565b9050612f1c565b5f5f5f5b84811015612fd8575f612f7b60016020615cf5565b612f86836005615c9b565b88901c169050848103612f995750612fd0565b82612fa381615d65565b9350612fb0906005615c9b565b858211612fbd5781612fc8565b612fc8600183615cf5565b901b84179350505b600101612f66565b5060f8612fe6600186615cf5565b901b8217600f55612ff8600e87614d29565b6001600160a01b038087165f818152600d60209081526040808320805460ff19169055600c9091528120556013549091160361306957601380546001600160a01b03191690556040515f907faa6e7e12ccb712747b9a354603b6579bab76fec4dd8529b4f5e4932ed5b49d84908290a25b505050505050565b61307d8383835f614e3b565b610fac5761308e83835f6001614e3b565b6130b657604051635274afe760e01b81526001600160a01b0384166004820152602401611237565b6130c38383836001614e3b565b610fac57604051635274afe760e01b81526001600160a01b0384166004820152602401611237565b5f610e0a7f0000000000000000000000000000000000000000000000000000000000000000614e9d565b5f610e0a7f0000000000000000000000000000000000000000000000000000000000000000614f0d565b6130c38383836001614f18565b600b545f9060029061316d908490600160d01b900461ffff16612710614f62565b6131779190615cb2565b9050836131848285615cb2565b101561215557846131958486615cf5565b826040516371568dad60e11b815260040161123793929190615dbf565b600a545f90600160a01b900460ff16156131cb57505f90565b5f6131d4612ca9565b6001600160a01b0316159392505050565b5f806131f2600284615c9b565b9050808411613201575f6111d8565b6111d88185615cf5565b6001600160a01b0381165f908152600c602090815260408083208151808301909252546001600160f01b03808216808452600160f01b90920461ffff16938301939093528392146132665780516001600160f01b0316613269565b5f195b9250806020015161ffff16915050915091565b613284615012565b61157d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90615052565b5f5f5f6132bc614abd565b919450925090505f8080806132d087615059565b9350935093509350825f146132f5576011546132f5906001600160a01b031684615183565b80821461336857613305826151bb565b601080546001600160f01b0392909216620100000261ffff90921691909117905560408051858152602081018590529081018390527f59eda668b4006fb142833fb6e6ed8ae7865f8cc07577fc7a4d06b6d9925898349060600160405180910390a15b50505050909192565b61157d5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006132ab565b5f5f6133a56132b1565b5090925090506001600160a01b038116156133de5760405163587c25e560e01b81526001600160a01b0382166004820152602401611237565b5090565b6133ec84836151ee565b6133f68382615183565b826001600160a01b0316846001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d78484604051613444929190918252602082015260400190565b60405180910390a350505050565b601354600e5f908152600f546001600160a01b03909216915f516020615f865f395f51905f529082906134889060f81c83615cb2565b90505b80821015613630575f61349c835490565b9050846001600160a01b0316816001600160a01b0316036134bd5750613625565b5f6134e16134cf620f42406003615c9b565b6134dc90622dc6c0615cb2565b61521a565b905030637d69a8416134f7620f42406003615c9b565b61350490622dc6c0615cb2565b6040516001600160e01b031960e084901b1681526001600160a01b03861660048201526024016020604051808303815f8887f193505050508015613565575060408051601f3d908101601f1916820190925261356291810190615cde565b60015b6135ca57806135925760405163557b2b9f60e01b81526001600160a01b0383166004820152602401611237565b6040516001600160a01b038316907fe1e8bdb699ad2ec5413660592898e1edeec225ab352644b6140da71cf483602f905f90a2613622565b8015613620576135da8187615cb2565b9550826001600160a01b03167f53c85861a216ecce6beb441dd3ec3fd2b5ae0c13fddae5a0029f14d336ecbeef8260405161361791815260200190565b60405180910390a25b505b50505b81600101915061348b565b506001600160a01b03831615806136505750600a54600160a01b900460ff165b80613659575081155b1561366357505050565b5f80613677856278744560e21b6001612ea5565b915091505f613684610b5c565b90505f61368f610e0f565b600b549091505f906136b2908490600160c01b900461ffff166127106001614be1565b90505f6136d0888385116136c6575f6139d8565b6128028486615cf5565b90505f5f6136dd8b61320b565b915091506136ef83612802848a615245565b925061370b836128026137058985612710614f62565b8a615245565b92505f6137218c633041f2cd60e11b6001612ea5565b91505061372e84826139d8565b935088158061373b575083155b1561374e57505050505050505050505050565b5f6137606134cf620f42406003615c9b565b90503063371fb79f613776620f42406003615c9b565b61378390622dc6c0615cb2565b8f886040518463ffffffff1660e01b81526004016137b69291906001600160a01b03929092168252602082015260400190565b5f604051808303815f88803b1580156137cd575f5ffd5b5087f1935050505080156137df575060015b613844578061380c5760405163557b2b9f60e01b81526001600160a01b038e166004820152602401611237565b6040516001600160a01b038e16907fe1e8bdb699ad2ec5413660592898e1edeec225ab352644b6140da71cf483602f905f90a2613888565b8c6001600160a01b03167faca4d75a7a39693d04e743ee4637223974a3425a5bec8749dedf61e9a798119e8660405161387f91815260200190565b60405180910390a25b50505050505050505050505050565b5f5f622e944b5a1190505f5f8451602086015f88622dc6c0f19150811580156138be575080155b156113145760405163557b2b9f60e01b81526001600160a01b0385166004820152602401611237565b6007545f90816138f561525d565b6138ff9042615d1c565b90505f61391263ffffffff841683615cf5565b90505f600782101561395257600161392c60076020615c9b565b6001901b61393a9190615cf5565b613945836020615c9b565b602086901c901b16613954565b5f5b60201b909217949350505050565b5f5f5b6007811015610b655763ffffffff61397e826001615cb2565b613989906020615c9b565b84901c16826139989190615cb2565b9150600101613965565b6001600160a01b0381166114085760405163d92e233d60e01b815260040160405180910390fd5b5f828218828411028218610c85565b5f828218828410028218610c85565b5f610c5e856139f7856001615cb2565b613a036006600a615ed6565b612d709088615cb2565b613a18838383613ad0565b60408051838152602081018390526001600160a01b0385169133917f1976a81aa82a79862eb33d7aabba7f33ec9966a94785490c43acb66ffa3a74af91015b60405180910390a3505050565b5f5f5f5f620f93c95a119050855f52845f60045f8a620f4240fa9350843d1015841693505f519250602051915083613ac65780613abf5760405163557b2b9f60e01b81526001600160a01b0388166004820152602401611237565b5f92508291505b5093509350939050565b6001600160f01b035f198314613b0d576001600160f01b038310613b0a576040516330c2ba0360e01b815260048101849052602401611237565b50815b6040805180820182526001600160f01b03928316815261ffff93841660208083019182526001600160a01b039097165f908152600c9097529190952094519051909216600160f01b0291161790915550565b5f5f5f5f6060613b6d613115565b945085851015613b8f57613b8385876001613e95565b91955093509050613b9e565b613b9885615277565b90945092505b613ba7846143c6565b600254915091939590929450565b5f5f606084915085516001600160401b03811115613bd557613bd5615ee4565b604051908082528060200260200182016040528015613bfe578160200160208202803683370190505b5090505f5b865181108015613c1257508483105b15613c9e575f613c48600160ff1b19898481518110613c3357613c33615d51565b60200260200101511685886128029190615cf5565b9050805f03613c575750613c8e565b80838381518110613c6a57613c6a615d51565b6020908102919091010152613c7f8185615cb2565b9350613c8a85615d65565b9450505b613c9781615d65565b9050613c03565b8082525093509350939050565b6010546201000090046001600160f01b03165f613cc8858561530d565b9050818110613cd8575050505050565b613d0e613ce58284615cf5565b8480613cf36006600a615ed6565b613cfd9089615cb2565b613d079190615cf5565b6001614be1565b613d189083615cb2565b9150613d23826151bb565b601080546001600160f01b0392909216620100000261ffff9092169190911790556040518281527f4785b33cd31acd82f276b3d7c8f2d03796dc747928d47a95a72f4318f89a812190602001611d85565b5f84821015613ded5781158015613d9357506001600160a01b0387163b155b8015613da757506001600160a01b03871615155b9050613ded600e600f54613dd87f000000000000000000000000000000000000000000000000000000000000000090565b84613de35730613de5565b8a5b89888861534c565b80613e0557613dff3388888888615524565b50613069565b336001600160a01b0387168114613e2157613e21878287612d76565b613e2b87866155c3565b866001600160a01b0316886001600160a01b0316826001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db8989604051613e83929190918252602082015260400190565b60405180910390a45050505050505050565b600f54600e5f90815284916060905f516020615f865f395f51905f5260f882901c6001600160401b03811115613ecd57613ecd615ee4565b604051908082528060200260200182016040528015613ef6578160200160208202803683370190505b5092505f5b835181108015613f0a57508789105b15614027575f613f228385846005021c601f16015490565b90505f5f5f613f5d848c613f3d5763ac7a1b5b60e01b613f46565b6309218e9160e01b5b8d613f52576020613f55565b60405b60ff16613a64565b9250925092508a613f7857506001600160ff1b038116613fd1565b8215613f9f57613f88828b615cb2565b9950818110613f9a5750600160ff1b81175b613fd1565b6001600160a01b038916613fb1578398505b613fc48463ac7a1b5b60e01b6001612ea5565b6001600160ff1b03169150505b80888681518110613fe457613fe4615d51565b60209081029190910101526140066001600160ff1b0382166128028f8f615cf5565b614010908e615cb2565b9c50505050508061402090615d65565b9050613efb565b80871561409c575b845182101561409c575f61404b8486856005021c601f16015490565b90505f80614061836278744560e21b6001612ea5565b91509150811561407c57614075818b615cb2565b995061408e565b6001600160a01b03891661408e578298505b50505081600101915061402f565b8085525050505093509350939050565b5f5f5f6140b7614add565b91509150610c5e85828487612d4a565b5f8483116140d65750816111d8565b5083805f805b865181101561416e578681815181106140f7576140f7615d51565b60200260200101515f0315614166576141108583615cb2565b9150818611158061412a5750826141278388615cf5565b11155b61416e5786818151811061414057614140615d51565b6020026020010151836141539190615cb2565b9250614163836128028489615cf5565b93505b6001016140dc565b505050949350505050565b610e1081108061418b575062278d0081115b156141bd57604051636790164960e01b815260048101829052610e10602482015262278d006044820152606401611237565b5f6141c96118116138e7565b600583905590506141d861525d565b6141e29042615d1c565b602082901b176007556040517f5e138f991b2b78a4632f15e129bcb92d1b286b2a182ce293268ba8ad964dc1fd9061421d9084815260200190565b60405180910390a15050565b61271081111561424f57604051632e109e9f60e01b815260048101829052602401611237565b60068190556040518181527f7e7c5b751cf45ee9c66d0d96d46d17c4df6496819f1c56de6996ba4c8325335690602001610d06565b6060805f5f846001600160401b038111156142a1576142a1615ee4565b6040519080825280602002602001820160405280156142ca578160200160208202803683370190505b509350846001600160401b038111156142e5576142e5615ee4565b60405190808252806020026020018201604052801561430e578160200160208202803683370190505b509250614319613115565b91508190505f5b858110156143be575f61434482600e5f525f516020615f865f395f51905f52015490565b90508086838151811061435957614359615d51565b6001600160a01b03909216602092830291909101909101525f614384826278744560e21b6001612ea5565b9150508086848151811061439a5761439a615d51565b60209081029190910101526143af8185615cb2565b93505050806001019050614320565b509193509193565b5f5f5f5f6143d385615059565b9350935093509350825f146143f8576011546143f8906001600160a01b031684615183565b80821461215557614408826151bb565b601080546001600160f01b0392909216620100000261ffff90921691909117905560408051858152602081018590529081018390527f59eda668b4006fb142833fb6e6ed8ae7865f8cc07577fc7a4d06b6d99258983490606001611d85565b5f83815b8181101561451d575f87878381811061448657614486615d51565b9050602002013590505f8683815181106144a2576144a2615d51565b602002602001015190508082036144ba575050614515565b808211156144e6576144e68a84815181106144d7576144d7615d51565b602002602001015183886155f7565b8082116144fc576144f78282615cf5565b614506565b6145068183615cf5565b6145109086615cb2565b945050505b60010161446b565b505095945050505050565b825f5b818110156145e05785858281811061454557614545615d51565b9050602002013584828151811061455e5761455e615d51565b602002602001015111156145d8576145cb87828151811061458157614581615d51565b602002602001015187878481811061459b5761459b615d51565b905060200201358684815181106145b4576145b4615d51565b60200260200101516145c69190615cf5565b615664565b6145d59084615cb2565b92505b60010161452b565b507f00000000000000000000000000000000000000000000000000000000000000005f5b828110156147435786868281811061461e5761461e615d51565b9050602002013585828151811061463757614637615d51565b6020026020010151101561473b575f88828151811061465857614658615d51565b602002602001015190505f86838151811061467557614675615d51565b602002602001015189898581811061468f5761468f615d51565b905060200201356146a09190615cf5565b9050858111156146cd5760405163c8564bd360e01b81526004810182905260248101879052604401611237565b6146e16001600160a01b038516838361313f565b60405163b6b55f2560e01b8152600481018290526001600160a01b0383169063b6b55f25906024015f604051808303815f87803b158015614720575f5ffd5b505af1158015614732573d5f5f3e3d5ffd5b50505095039450505b600101614604565b5050505050505050565b5f5f614757613115565b8a519092508291505f5b8181101561481b575f8c828151811061477c5761477c615d51565b602002602001015190505f61479a826301e1d11460e01b6001612ea5565b91506147a890508186615cb2565b94508c8c848181106147bc576147bc615d51565b905060200201358111801561480157508c8c848181106147de576147de615d51565b905060200201358b84815181106147f7576147f7615d51565b6020026020010151105b156148115761481182828b6155f7565b5050600101614761565b505f61483483896060015161ffff166127106001614be1565b9050808410801561484457508584105b1561486c5760405163c4acde0d60e01b81526004810185905260248101829052604401611237565b5f614878600284615c9b565b61488d898b6080015161ffff16612710614f62565b6148979190615cb2565b9050876148a48286615cb2565b10156148d45760405163442ffa8960e11b8152600481018990526024810185905260448101829052606401611237565b5f60028887116148ed576148e8878a615cf5565b6148f7565b6148f78988615cf5565b6149019089615cb2565b61490b9190615d1c565b90505f6149238a8c60a0015161ffff16612710614f62565b905080821115614950576040516303818dab60e11b81526004810183905260248101829052604401611237565b50505050509850989650505050505050565b8261496d8284615cb2565b1061497757505050565b5f61499d826149868587615cf5565b6149909190615cf5565b633b9aca00866001614be1565b90505f6149a86138e7565b90505f826149b583613962565b6149bf9190615cb2565b90505f6149ca6118ce565b9050808211156149f7576040516310b1aaa960e21b81526004810183905260248101829052604401611237565b614a05602085901b84615cb2565b60075550505050505050565b336001600160a01b03167fe08c0cfa83d729f6639843dac2402435bcc5a25fc183eb27e2d2f13bb8c5850086868585604051614a509493929190615ef8565b60405180910390a26040805160208086013582528583013590820152606080860135928201929092526080808601359282019290925284359133917f4814029c33f6430ce04afae7fd6a8507031aa3395047f23b49ac17ada2219081910160405180910390a35050505050565b5f5f5f614ac8613115565b9050614ad381615277565b9094909350909150565b5f5f614ae7612ca9565b509150614af382614bbd565b90509091565b6001600160a01b038416614b225760405163e602df0560e01b81525f6004820152602401611237565b6001600160a01b038316614b4b57604051634a1406b160e11b81525f6004820152602401611237565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015612dd957826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161344491815260200190565b5f5f614bc883615059565b505091505080614bd760025490565b610c859190615cb2565b5f614c0e614bee836156ac565b8015614c0957505f8480614c0457614c04615d08565b868809115b151590565b614c19868686614f62565b610c5e9190615cb2565b6001600160a01b038316614c4d578060025f828254614c429190615cb2565b90915550614caa9050565b6001600160a01b0383165f9081526020819052604090205481811015614c8c5783818360405163391434e360e21b815260040161123793929190615dbf565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216614cc657600280548290039055614ce4565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051613a5791815260200190565b81545f5b826001600160a01b0316848281548110614d4957614d49615d51565b5f918252602090912001546001600160a01b031614614d7257614d6b81615d65565b9050614d2d565b81614d7e826001615cb2565b1015614e055783614d90826001615cb2565b81548110614da057614da0615d51565b905f5260205f20015f9054906101000a90046001600160a01b0316848281548110614dcd57614dcd615d51565b5f91825260209091200180546001600160a01b0319166001600160a01b0392909216919091179055614dfe81615d65565b9050614d72565b83805480614e1557614e15615f3c565b5f8281526020902081015f1990810180546001600160a01b031916905501905550505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614e91578383151615614e85573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f7f84974fda659263ce7ee2050be9f6d212239c9686c2e977025575b8151e11dae95c7f74005b12c85a5dcb5eca0ba4b466184bd1d55948bd3d8e32bf5fdcf6fedfd9395c6001600160a01b03821615614f065780614efc85846156d8565b6111d89190615cf5565b5050919050565b5f610c0682306156d8565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614e91578383151615614e85573d5f823e3d81fd5b5f5f5f614f6f868661570b565b91509150815f03614f9357838181614f8957614f89615d08565b0492505050610c85565b818411614faa57614faa6003851502601118615727565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561157d57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f5f5f5f5f61506760025490565b90505f615074878361530d565b6010546001600160f01b0362010000820416955085945090915061ffff168215806150a75750801580156150a757508482115b156150bc57505f9550859450925061517c9050565b8482116150d1575f5f9650965050505061517c565b5f6150de6006600a615ed6565b6150e89085615cb2565b90505f61510e87836150fc6006600a615ed6565b613d0790670de0b6b3a7640000615c9b565b6151198b6001615cb2565b6151239190615cf5565b90506151328184612710614f62565b985088156151525761514f8986615149828e615cf5565b5f612d4a565b97505b875f0361515d575f98505b615174876118fa8c61516f8c8a615cb2565b61530d565b965050505050505b9193509193565b6001600160a01b0382166151ac5760405163ec442f0560e01b81525f6004820152602401611237565b6151b75f8383614c23565b5050565b5f6001600160f01b038211156133de576040516306dfcc6560e41b815260f0600482015260248101839052604401611237565b6151b77f0000000000000000000000000000000000000000000000000000000000000000833084615738565b5f611388615229603f84615d1c565b6152339084615cb2565b61523d9190615cb2565b5a1192915050565b5f818311615253575f610c85565b610c858284615cf5565b5f610e0a600554600160076152729190615cf5565b61576e565b600e5f908152600f548291905f516020615f865f395f51905f529082906152a19060f81c83615cb2565b90505b80821015615306575f6152b5835490565b90505f806152cb836278744560e21b6001612ea5565b9150915081156152e6576152df8188615cb2565b96506152f8565b6001600160a01b0386166152f8578295505b5050508160010191506152a4565b5050915091565b5f8061531b6006600a615ed6565b90506111d861532b856001615cb2565b61533d83670de0b6b3a7640000615c9b565b6153478487615cb2565b614f62565b806001600160a01b038516301461537a575f61536887876156d8565b905061537486826157a2565b91909103905b5f5b60f888901c8110801561538e57508482105b156154de575f5f5f6153a18c8c866157ec565b925086518410156153cd578684815181106153be576153be615d51565b602002602001015191506153ed565b6153e08363ac7a1b5b60e01b6001612ea5565b6001600160ff1b03169250505b600160ff1b82161580159061541457506154078589615cf5565b6001600160ff1b03831611155b905061542d6001600160ff1b038316612802878b615cf5565b915081158061544557506154438383838c615805565b155b15615452575050506154ce565b5f306001600160a01b038b16036154735761546c8b614f0d565b9050615482565b8661547e8c8c6156d8565b0390505b6001600160a01b0384167f8e03175fe30d0daf554cd32b989a6bcb616cb9c4ea859eb213b4a2716dac94a56154b78884615cf5565b60405190815260200160405180910390a294505050505b6154d781615d65565b905061537c565b508381101561550a5760405163a17e11d560e01b81526004810185905260248101829052604401611237565b6001600160a01b0385163014614743576147435f5f6157a2565b826001600160a01b0316856001600160a01b03161461554857615548838683612d76565b61555283826155c3565b61555c848361586c565b826001600160a01b0316846001600160a01b0316866001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db85856040516155b4929190918252602082015260400190565b60405180910390a45050505050565b6001600160a01b0382166155ec57604051634b637e8f60e11b81525f6004820152602401611237565b6151b7825f83614c23565b5f5f6156028561320b565b915091508184111561562d5784848360405163c237339560e01b815260040161123793929190615dbf565b5f61563b8483612710614f62565b90508085111561306957858582604051638ab2b86960e01b815260040161123793929190615dbf565b604051627b8a6760e11b8152600481018290523060248201525f9060205f6044835f885af1615695573d5f823e3d81fd5b60203d10156156a2575f5ffd5b50505f5192915050565b5f60028260038111156156c1576156c1615f50565b6156cb9190615f64565b60ff166001149050919050565b5f6370a082315f528160205260205f6024601c865afa601f3d1116615702576040513d5f823e3d81fd5b50505f51919050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b615746848484846001615897565b612dd957604051635274afe760e01b81526001600160a01b0385166004820152602401611237565b5f815f03615780576157806012615727565b81600184038161579257615792615d08565b046001018315155b029392505050565b817f84974fda659263ce7ee2050be9f6d212239c9686c2e977025575b8151e11dae95d807f74005b12c85a5dcb5eca0ba4b466184bd1d55948bd3d8e32bf5fdcf6fedfd9395d5050565b5f83815260208120601f6005840285901c1601546111d8565b5f61581e85846158155785615818565b5f195b84615904565b1561582b575060016111d8565b5f61583f8663ac7a1b5b60e01b6001612ea5565b915050848110801561585057508015155b80156158625750615862868285615904565b9695505050505050565b6151b77f0000000000000000000000000000000000000000000000000000000000000000838361313f565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166158f35783831516156158e7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f5f5f6159288585604051627b8a6760e11b81526004810192909252602482015290565b9050622e944b5a1191505f5f6044835f8a622dc6c0f192508215801561594c575081155b156159755760405163557b2b9f60e01b81526001600160a01b0387166004820152602401611237565b50509392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156159c3575f5ffd5b5035919050565b6001600160a01b0381168114611408575f5ffd5b5f5f604083850312156159ef575f5ffd5b82356159fa816159ca565b946020939093013593505050565b5f5f5f60608486031215615a1a575f5ffd5b8335615a25816159ca565b92506020840135615a35816159ca565b929592945050506040919091013590565b5f60208284031215615a56575f5ffd5b8135610c85816159ca565b5f5f60408385031215615a72575f5ffd5b823591506020830135615a84816159ca565b809150509250929050565b5f5f83601f840112615a9f575f5ffd5b5081356001600160401b03811115615ab5575f5ffd5b6020830191508360208260051b8501011115615acf575f5ffd5b9250929050565b5f5f60208385031215615ae7575f5ffd5b82356001600160401b03811115615afc575f5ffd5b615b0885828601615a8f565b90969095509350505050565b5f5f5f60608486031215615b26575f5ffd5b8335615b31816159ca565b95602085013595506040909401359392505050565b602080825282518282018190525f918401906040840190835b81811015615b865783516001600160a01b0316835260209384019390920191600101615b5f565b509095945050505050565b5f5f5f60608486031215615ba3575f5ffd5b833592506020840135615bb5816159ca565b91506040840135615bc5816159ca565b809150509250925092565b5f5f60408385031215615be1575f5ffd5b8235615bec816159ca565b91506020830135615a84816159ca565b5f5f5f83850360c0811215615c0f575f5ffd5b84356001600160401b03811115615c24575f5ffd5b615c3087828801615a8f565b90955093505060a0601f1982011215615c47575f5ffd5b506020840190509250925092565b600181811c90821680615c6957607f821691505b602082108103610b6557634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610c0657610c06615c87565b80820180821115610c0657610c06615c87565b60ff8181168382160190811115610c0657610c06615c87565b5f60208284031215615cee575f5ffd5b5051919050565b81810381811115610c0657610c06615c87565b634e487b7160e01b5f52601260045260245ffd5b5f82615d2a57615d2a615d08565b500490565b5f5f60408385031215615d40575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52603260045260245ffd5b5f60018201615d7657615d76615c87565b5060010190565b602080825281018290525f8360408301825b85811015611822578235615da2816159ca565b6001600160a01b0316825260209283019290910190600101615d8f565b6001600160a01b039390931683526020830191909152604082015260600190565b5f60208284031215615df0575f5ffd5b8151610c85816159ca565b6001815b6001841115615e3657808504811115615e1a57615e1a615c87565b6001841615615e2857908102905b60019390931c928002615dff565b935093915050565b5f82615e4c57506001610c06565b81615e5857505f610c06565b8160018114615e6e5760028114615e7857615e94565b6001915050610c06565b60ff841115615e8957615e89615c87565b50506001821b610c06565b5060208310610133831016604e8410600b8410161715615eb7575081810a610c06565b615ec35f198484615dfb565b805f190482111561579a5761579a615c87565b5f610c8560ff841683615e3e565b634e487b7160e01b5f52604160045260245ffd5b606080825281018490525f6001600160fb1b03851115615f16575f5ffd5b8460051b8087608085013760208301949094525060408101919091520160800192915050565b634e487b7160e01b5f52603160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680615f7657615f76615d08565b8060ff8416069150509291505056febb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fda2646970667358221220f713ef1382c536dec2c85ffc5fbfc6c2a4cce6d8c737f63ed268bb281efc314364736f6c63430008250033",
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
// Solidity: function caps(address source) view returns(uint256 absoluteCap)
func (_Vault *VaultCaller) Caps(opts *bind.CallOpts, source common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "caps", source)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Caps is a free data retrieval call binding the contract method 0x66d97b21.
//
// Solidity: function caps(address source) view returns(uint256 absoluteCap)
func (_Vault *VaultSession) Caps(source common.Address) (*big.Int, error) {
	return _Vault.Contract.Caps(&_Vault.CallOpts, source)
}

// Caps is a free data retrieval call binding the contract method 0x66d97b21.
//
// Solidity: function caps(address source) view returns(uint256 absoluteCap)
func (_Vault *VaultCallerSession) Caps(source common.Address) (*big.Int, error) {
	return _Vault.Contract.Caps(&_Vault.CallOpts, source)
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
// Solidity: function relativeCaps(address source) view returns(uint256 relativeCapBps)
func (_Vault *VaultCaller) RelativeCaps(opts *bind.CallOpts, source common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "relativeCaps", source)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RelativeCaps is a free data retrieval call binding the contract method 0xc1a4acbe.
//
// Solidity: function relativeCaps(address source) view returns(uint256 relativeCapBps)
func (_Vault *VaultSession) RelativeCaps(source common.Address) (*big.Int, error) {
	return _Vault.Contract.RelativeCaps(&_Vault.CallOpts, source)
}

// RelativeCaps is a free data retrieval call binding the contract method 0xc1a4acbe.
//
// Solidity: function relativeCaps(address source) view returns(uint256 relativeCapBps)
func (_Vault *VaultCallerSession) RelativeCaps(source common.Address) (*big.Int, error) {
	return _Vault.Contract.RelativeCaps(&_Vault.CallOpts, source)
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

// WithdrawQueuePacked is a free data retrieval call binding the contract method 0xad9db0c5.
//
// Solidity: function withdrawQueuePacked() view returns(uint256)
func (_Vault *VaultCaller) WithdrawQueuePacked(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Vault.contract.Call(opts, &out, "withdrawQueuePacked")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WithdrawQueuePacked is a free data retrieval call binding the contract method 0xad9db0c5.
//
// Solidity: function withdrawQueuePacked() view returns(uint256)
func (_Vault *VaultSession) WithdrawQueuePacked() (*big.Int, error) {
	return _Vault.Contract.WithdrawQueuePacked(&_Vault.CallOpts)
}

// WithdrawQueuePacked is a free data retrieval call binding the contract method 0xad9db0c5.
//
// Solidity: function withdrawQueuePacked() view returns(uint256)
func (_Vault *VaultCallerSession) WithdrawQueuePacked() (*big.Int, error) {
	return _Vault.Contract.WithdrawQueuePacked(&_Vault.CallOpts)
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
