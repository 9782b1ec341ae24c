// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IComet
/// @notice Subset of Compound v3's Comet interface (base asset only) used by the CompoundV3Adapter and
/// implemented by the local Comet mock.
interface IComet {
    /// @notice Comet's error for an action whose pause flag is set.
    error Paused();
    /// @notice Comet's error for a caller not allowed to perform an admin action.
    error Unauthorized();

    /// @notice Whether supplies (and, on Comet, repays) are paused.
    function isSupplyPaused() external view returns (bool);

    /// @notice Whether withdrawals (and, on Comet, borrows) are paused.
    function isWithdrawPaused() external view returns (bool);

    /// @notice Supplies `amount` of `asset` from the caller to the caller's account.
    function supply(address asset, uint256 amount) external;

    /// @notice Withdraws `amount` of `asset` (type(uint256).max = whole base balance) to the caller.
    function withdraw(address asset, uint256 amount) external;

    /// @notice Withdraws `amount` of `asset` (type(uint256).max = whole base balance) from the caller to `to`.
    function withdrawTo(address to, address asset, uint256 amount) external;

    /// @notice Base balance of `account` including interest accrued up to now (present value).
    function balanceOf(address account) external view returns (uint256);

    /// @notice Base debt of `account` including interest accrued up to now (present value).
    function borrowBalanceOf(address account) external view returns (uint256);

    /// @notice Current utilization, totalBorrow / totalSupply at the stored indices (1e18 scale).
    function getUtilization() external view returns (uint256);

    /// @notice Per-second supply rate (1e18 scale) at `utilization`.
    function getSupplyRate(uint256 utilization) external view returns (uint64);

    /// @notice Per-second borrow rate (1e18 scale) at `utilization`.
    function getBorrowRate(uint256 utilization) external view returns (uint64);

    /// @notice Total base supplied including interest accrued up to now.
    function totalSupply() external view returns (uint256);

    /// @notice Total base borrowed including interest accrued up to now.
    function totalBorrow() external view returns (uint256);

    /// @notice The base token.
    function baseToken() external view returns (address);

    /// @notice Accrues interest (Comet's accrueInternal) and the account's tracking.
    function accrueAccount(address account) external;
}
