// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title EventsLib
/// @notice Events of the vaultkeeper contracts.
library EventsLib {
    // ---- vault roles ----
    /// @notice The governance changed.
    event SetGovernance(address indexed newGovernance);
    /// @notice The guardian changed.
    event SetGuardian(address indexed newGuardian);
    /// @notice The keeper changed.
    event SetKeeper(address indexed newKeeper);
    /// @notice `caller` (the guardian) paused deposits, mints and rebalances.
    event Paused(address indexed caller);
    /// @notice `caller` unpaused the vault.
    event Unpaused(address indexed caller);
    /// @notice The keeper signalled liveness at `timestamp`.
    event KeeperHeartbeat(address indexed keeper, uint256 timestamp);

    // ---- vault parameters ----
    /// @notice The minimum idle share changed.
    event SetMinIdleBps(uint256 newMinIdleBps);
    /// @notice The maximum loss per rebalance changed.
    event SetMaxLossBps(uint256 newMaxLossBps);
    /// @notice The maximum turnover per rebalance changed.
    event SetMaxTurnoverBps(uint256 newMaxTurnoverBps);
    /// @notice The minimum delay between rebalances changed.
    event SetCooldown(uint256 newCooldown);
    /// @notice The length of the rolling rebalance loss window changed.
    event SetLossWindow(uint256 newLossWindow);
    /// @notice The maximum cumulative rebalance loss per loss window changed.
    event SetMaxWindowLossBps(uint256 newMaxWindowLossBps);
    /// @notice A source was added with its caps.
    event AddSource(address indexed source, uint256 absoluteCap, uint256 relativeCapBps);
    /// @notice An empty source was removed.
    event RemoveSource(address indexed source);
    /// @notice `caller` (governance, or the guardian lowering them) set the caps of a source.
    event SetCaps(address indexed caller, address indexed source, uint256 absoluteCap, uint256 relativeCapBps);
    /// @notice The withdraw queue changed.
    event SetWithdrawQueue(address[] queue);

    // ---- vault operations ----
    /// @notice The keeper rebalanced the vault to `targets` (one per source, in getSources() order).
    event Rebalanced(address indexed keeper, uint256[] targets, uint256 idle, uint256 totalAssets);
    /// @notice The decision receipt of a rebalance, for off-chain replay and audit.
    event RebalanceDecision(
        address indexed keeper,
        bytes32 indexed configHash,
        bytes32 modelId,
        uint256 inputBlock,
        uint256 predictedApyBps,
        uint256 expectedGain
    );
    /// @notice The vault pulled `assets` from `source` to serve a withdrawal.
    event PulledFromSource(address indexed source, uint256 assets);

    // ---- fee ----
    /// @notice The performance fee changed.
    event SetFee(uint256 newFee);
    /// @notice The fee recipient changed.
    event SetFeeRecipient(address indexed newFeeRecipient);
    /// @notice The fee was accrued: `feeShares` worth `feeAssets` minted to the fee recipient; the high-water mark
    /// (share price, WAD-scaled, see Vault.sharePrice) is now `newHighWaterMark`.
    event AccrueFee(uint256 feeAssets, uint256 feeShares, uint256 newHighWaterMark);
    /// @notice An exit while a source could not be valued raised the high-water mark to `newHighWaterMark`, so that
    /// the value it left behind, returning to the holders who stay when the source recovers, is not charged as
    /// performance.
    event RaiseHighWaterMark(uint256 newHighWaterMark);

    // ---- broken sources ----
    /// @notice Governance removed `source` without calling it, writing off its last-known `writtenOff` assets.
    event ForceRemoveSource(address indexed source, uint256 writtenOff);

    // ---- keeper liveness failsafe ----
    /// @notice The liveness window changed (0 = failsafe off).
    event SetLivenessWindow(uint256 newLivenessWindow);
    /// @notice The failsafe's safe source changed (address(0) = idle).
    event SetSafeSource(address indexed newSafeSource);
    /// @notice `caller` triggered the failsafe: the keeper was last active at `lastKeeperActivity`.
    event FailsafeTriggered(address indexed caller, uint256 lastKeeperActivity);
    /// @notice Governance cleared the failsafe.
    event FailsafeCleared(address indexed caller);
    /// @notice The failsafe pulled `assets` out of `source` (a negative outcome is reported as 0).
    event FailsafeWithdraw(address indexed source, uint256 assets);
    /// @notice The failsafe moved `assets` from idle into the safe source.
    event FailsafeDeposit(address indexed safeSource, uint256 assets);
    /// @notice The failsafe could not move funds from or to `source` (it reverted or would have lost funds).
    event FailsafeSkipped(address indexed source);

    // ---- adapter ----
    /// @notice The adapter supplied `assets` to its protocol.
    event SourceDeposit(address indexed vault, uint256 assets);

    // ---- lending pool (Aave v3 event shapes) ----
    /// @notice Emitted on supply.
    event Supply(
        address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint16 indexed referralCode
    );
    /// @notice Emitted on withdraw.
    event Withdraw(address indexed reserve, address indexed user, address indexed to, uint256 amount);
    /// @notice Emitted on borrow.
    event Borrow(
        address indexed reserve,
        address user,
        address indexed onBehalfOf,
        uint256 amount,
        uint256 interestRateMode,
        uint256 borrowRate,
        uint16 indexed referralCode
    );
    /// @notice Emitted on repay.
    event Repay(
        address indexed reserve, address indexed user, address indexed repayer, uint256 amount, bool useATokens
    );
    /// @notice Emitted when indexes and rates are updated.
    event ReserveDataUpdated(
        address indexed reserve,
        uint256 liquidityRate,
        uint256 stableBorrowRate,
        uint256 variableBorrowRate,
        uint256 liquidityIndex,
        uint256 variableBorrowIndex
    );
    /// @notice Emitted when the treasury share is minted as aTokens.
    event MintedToTreasury(address indexed reserve, uint256 amountMinted);
}
