// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title EventsLib
/// @notice Events of the vaultkeeper contracts.
library EventsLib {
    // ---- vault governance ----
    /// @notice The governance changed.
    event SetGovernance(address indexed newGovernance);
    /// @notice The keeper changed.
    event SetKeeper(address indexed newKeeper);
    /// @notice The minimum idle share changed.
    event SetMinIdleBps(uint256 newMinIdleBps);
    /// @notice A source was added with a cap.
    event AddSource(address indexed source, uint256 cap);
    /// @notice The cap of a source changed.
    event SetCap(address indexed source, uint256 cap);

    // ---- vault operations ----
    /// @notice The keeper rebalanced the vault to `targets` (one per source, in getSources() order).
    event Rebalanced(address indexed keeper, uint256[] targets, uint256 idle, uint256 totalAssets);
    /// @notice The vault pulled `assets` from `source` to serve a withdrawal.
    event PulledFromSource(address indexed source, uint256 assets);

    // ---- adapter ----
    /// @notice The adapter supplied `assets` to its protocol.
    event SourceDeposit(address indexed vault, uint256 assets);
    /// @notice The adapter withdrew `assets` from its protocol to `receiver`.
    event SourceWithdraw(address indexed vault, address indexed receiver, uint256 assets);

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
