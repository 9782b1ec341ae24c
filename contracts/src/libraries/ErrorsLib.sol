// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ErrorsLib
/// @notice Custom errors of the vaultkeeper contracts.
library ErrorsLib {
    // ---- common ----
    /// @notice A zero address was passed where one is not allowed.
    error ZeroAddress();
    /// @notice A zero amount was passed where one is not allowed.
    error ZeroAmount();

    // ---- access ----
    /// @notice The caller is not the governance.
    error NotGovernance();
    /// @notice The caller is not the keeper.
    error NotKeeper();
    /// @notice The caller is not the guardian.
    error NotGuardian();
    /// @notice The caller is neither the guardian nor the governance.
    error NotGuardianOrGovernance();
    /// @notice The caller is not the vault.
    error NotVault();
    /// @notice The caller is not the pool.
    error NotPool();

    // ---- vault ----
    /// @notice The vault is paused (deposits, mints and rebalances are disabled).
    error VaultPaused();
    /// @notice The vault is not paused.
    error VaultNotPaused();
    /// @notice The source's asset or vault does not match this vault, or it does not answer position().
    error SourceMismatch(address source);
    /// @notice The source is already registered.
    error SourceAlreadyAdded(address source);
    /// @notice The source is not registered.
    error UnknownSource(address source);
    /// @notice The maximum number of sources is reached.
    error MaxSourcesExceeded();
    /// @notice The source still holds `assets` and cannot be removed.
    error SourceNotEmpty(address source, uint256 assets);
    /// @notice A basis-point value is above 10000.
    error InvalidBps(uint256 bps);
    /// @notice The cooldown is above the maximum allowed.
    error InvalidCooldown(uint256 cooldown, uint256 maxCooldown);
    /// @notice The rebalance loss window is not within [min, max] (0 included: the budget cannot be switched off).
    error InvalidLossWindow(uint256 lossWindow, uint256 min, uint256 max);
    /// @notice The rebalances within the last loss window would lose more share value than the rolling budget
    /// (both in the vault's LOSS_UNIT units, parts per billion).
    error WindowLossExceeded(uint256 windowLoss, uint256 maxWindowLoss);
    /// @notice The guardian tried to raise an absolute cap (it may only lower caps).
    error AbsoluteCapRaised(address source, uint256 current, uint256 requested);
    /// @notice The guardian tried to raise a relative cap (it may only lower caps).
    error RelativeCapRaised(address source, uint256 current, uint256 requested);
    /// @notice The withdraw queue does not list every source exactly once.
    error InvalidQueueLength(uint256 given, uint256 expected);
    /// @notice The withdraw queue lists `source` more than once.
    error DuplicateSource(address source);
    /// @notice `rebalance` received a target list of the wrong length.
    error InvalidTargetsLength(uint256 given, uint256 expected);
    /// @notice An absolute cap from type(uint240).max to type(uint256).max − 1 (type(uint256).max means no cap).
    error InvalidCap(uint256 cap);
    /// @notice A rebalance target exceeds the source's absolute cap.
    error CapExceeded(address source, uint256 target, uint256 cap);
    /// @notice A rebalance target exceeds the source's relative cap (relativeCapBps of total assets before).
    error RelativeCapExceeded(address source, uint256 target, uint256 limit);
    /// @notice Idle assets after the rebalance are below the minimum idle share.
    error MinIdleViolated(uint256 idle, uint256 minIdle);
    /// @notice Total assets fell by more than the allowed loss during a rebalance.
    error MaxLossExceeded(uint256 totalBefore, uint256 totalAfter, uint256 maxLoss);
    /// @notice The rebalance moves more than maxTurnoverBps of total assets.
    error TurnoverExceeded(uint256 turnover, uint256 maxTurnover);
    /// @notice The rebalance comes before the cooldown elapsed.
    error CooldownActive(uint256 readyAt, uint256 timestamp);
    /// @notice The decision receipt's input block is in the future.
    error FutureReceipt(uint256 inputBlock, uint256 blockNumber);
    /// @notice The vault does not hold enough idle assets for the requested deposits.
    error InsufficientIdle(uint256 needed, uint256 available);
    /// @notice The vault cannot gather enough liquidity for a withdrawal.
    error InsufficientLiquidity(uint256 needed, uint256 available);
    /// @notice The performance fee is above the maximum.
    error MaxFeeExceeded(uint256 fee, uint256 maxFee);
    /// @notice A non-zero fee needs a fee recipient.
    error ZeroFeeRecipient();
    /// @notice Deposits and mints are refused while `source` cannot be valued (its totalAssets() fails).
    error SourceUnvalued(address source);
    /// @notice A call to `source` ran out of the gas the caller left for it (retry with more gas).
    error SourceCallOutOfGas(address source);
    /// @notice Only the vault itself may call this function.
    error NotSelf();
    /// @notice The liveness window is neither 0 (off) nor within [min, max].
    error InvalidLivenessWindow(uint256 window, uint256 min, uint256 max);
    /// @notice The liveness failsafe is off (livenessWindow is 0).
    error FailsafeDisabled();
    /// @notice The keeper is live: the failsafe cannot be triggered before `deadline`.
    error KeeperLive(uint256 deadline);
    /// @notice The failsafe is active (rebalances are disabled until governance clears it).
    error FailsafeActive();
    /// @notice The failsafe is not active.
    error FailsafeNotActive();
    /// @notice A failsafe move would lose more than the allowed tolerance.
    error FailsafeLoss(address source, uint256 loss, uint256 maxLoss);

    // ---- lending pool ----
    /// @notice The asset is not the pool's reserve.
    error WrongAsset(address asset);
    /// @notice The reserve lacks free liquidity for a withdrawal or borrow.
    error InsufficientPoolLiquidity(uint256 requested, uint256 available);
    /// @notice The withdrawal exceeds the caller's balance.
    error InsufficientBalance(uint256 requested, uint256 balance);
    /// @notice Only variable-rate borrowing (mode 2) is supported.
    error UnsupportedRateMode(uint256 mode);
    /// @notice The account has no debt to repay.
    error NoDebt();
    /// @notice Invalid interest-rate parameters.
    error InvalidRateParams();
    /// @notice Transfers of the aToken between holders are not supported.
    error TransfersUnsupported();
}
