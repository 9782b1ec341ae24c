// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title MockErrorsLib
/// @notice Custom errors of the local-chain protocol mocks added next to LendingPool (Comet, rate strategy,
/// debt token, Mock4626). Errors shared with ErrorsLib have the same signature, hence the same selector.
library MockErrorsLib {
    /// @notice A zero address was passed where one is not allowed.
    error ZeroAddress();
    /// @notice A zero amount was passed where one is not allowed.
    error ZeroAmount();
    /// @notice The asset is not the protocol's base asset.
    error WrongAsset(address asset);
    /// @notice The protocol lacks free liquidity for a withdrawal or borrow.
    error InsufficientPoolLiquidity(uint256 requested, uint256 available);
    /// @notice The withdrawal exceeds the caller's balance.
    error InsufficientBalance(uint256 requested, uint256 balance);
    /// @notice The account has no debt to repay.
    error NoDebt();
    /// @notice Invalid interest-rate parameters.
    error InvalidRateParams();
    /// @notice The caller is not the rate strategy's configurator (its addresses provider, the local pool).
    error NotConfigurator();
    /// @notice The function does not exist on the Aave version the local pool acts as.
    error UnsupportedByVersion();
    /// @notice A supply would take the reserve's supplied total to `supplied`, above its cap (asset units).
    error SupplyCapExceeded(uint256 supplied, uint256 cap);
    /// @notice Transfers of a non-transferable token are not supported.
    error TransfersUnsupported();
}
