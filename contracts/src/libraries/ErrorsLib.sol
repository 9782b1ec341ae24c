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
    /// @notice The caller is not the vault.
    error NotVault();
    /// @notice The caller is not the pool.
    error NotPool();

    // ---- vault ----
    /// @notice The source's asset or vault does not match this vault.
    error SourceMismatch(address source);
    /// @notice The source is already registered.
    error SourceAlreadyAdded(address source);
    /// @notice The source is not registered.
    error UnknownSource(address source);
    /// @notice The maximum number of sources is reached.
    error MaxSourcesExceeded();
    /// @notice A basis-point value is above 10000.
    error InvalidBps(uint256 bps);
    /// @notice `rebalance` received a target list of the wrong length.
    error InvalidTargetsLength(uint256 given, uint256 expected);
    /// @notice A rebalance target exceeds the source's cap.
    error CapExceeded(address source, uint256 target, uint256 cap);
    /// @notice Idle assets after the rebalance are below the minimum idle share.
    error MinIdleViolated(uint256 idle, uint256 minIdle);
    /// @notice Total assets fell by more than the rounding tolerance during a rebalance.
    error TotalAssetsDecreased(uint256 before, uint256 afterwards);
    /// @notice The vault does not hold enough idle assets for the requested deposits.
    error InsufficientIdle(uint256 needed, uint256 available);
    /// @notice The vault cannot gather enough liquidity for a withdrawal.
    error InsufficientLiquidity(uint256 needed, uint256 available);

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
