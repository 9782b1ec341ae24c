// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title AdapterErrorsLib
/// @notice Custom errors of the source adapters and the config registry. Errors shared with ErrorsLib
/// (ZeroAddress, ZeroAmount, NotVault) have the same signature, hence the same selector.
library AdapterErrorsLib {
    // ---- common ----
    /// @notice A zero address was passed where one is not allowed.
    error ZeroAddress();
    /// @notice A zero amount was passed where one is not allowed.
    error ZeroAmount();
    /// @notice The caller is not the vault.
    error NotVault();
    /// @notice The caller is not the vault's governance.
    error NotGovernance();

    // ---- adapters ----
    /// @notice The protocol's base asset is not the adapter's asset.
    error AssetMismatch(address expected, address actual);
    /// @notice An ERC-4626 deposit minted zero shares, or a full withdrawal found no redeemable shares.
    error ZeroShares();
    /// @notice `token` is the adapter's asset or position token, which `sweep` may never move.
    error ProtectedToken(address token);
    /// @notice The Aave reserve's interest rate strategy speaks none of the known `calculateInterestRates` ABIs.
    error UnknownRateStrategy(address strategy);

    // ---- config registry ----
    /// @notice A zero config hash was passed to the registry.
    error ZeroConfigHash();
}
