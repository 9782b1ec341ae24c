// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title DataTypes
/// @notice Subset of Aave v3's DataTypes library.
library DataTypes {
    /// @notice Input of the interest rate strategy's `calculateInterestRates` (Aave v3.0 layout): the strategy
    /// reads the available liquidity itself as reserve.balanceOf(aToken).
    struct CalculateInterestRatesParams {
        uint256 unbacked;
        uint256 liquidityAdded;
        uint256 liquidityTaken;
        uint256 totalStableDebt;
        uint256 totalVariableDebt;
        uint256 averageStableBorrowRate;
        uint256 reserveFactor;
        address reserve;
        address aToken;
    }

    /// @notice Aave v3.1 layout: `aToken` dropped; the pool passes its virtual accounting instead (the reserve's
    /// configuration bit 252 and `getVirtualUnderlyingBalance`).
    struct CalculateInterestRatesParamsV31 {
        uint256 unbacked;
        uint256 liquidityAdded;
        uint256 liquidityTaken;
        uint256 totalStableDebt;
        uint256 totalVariableDebt;
        uint256 averageStableBorrowRate;
        uint256 reserveFactor;
        address reserve;
        bool usingVirtualBalance;
        uint256 virtualUnderlyingBalance;
    }

    /// @notice Aave v3.2+ layout: stable debt removed, one `totalDebt` (the variable debt). Unchanged in v3.3-v3.5
    /// (v3.4 keeps `usingVirtualBalance` only for compatibility and passes the reserve deficit as `unbacked`).
    struct CalculateInterestRatesParamsV32 {
        uint256 unbacked;
        uint256 liquidityAdded;
        uint256 liquidityTaken;
        uint256 totalDebt;
        uint256 reserveFactor;
        address reserve;
        bool usingVirtualBalance;
        uint256 virtualUnderlyingBalance;
    }

    /// @notice Packed reserve configuration bitmap (see Aave's ReserveConfiguration).
    struct ReserveConfigurationMap {
        uint256 data;
    }

    /// @notice The reserve data as returned by Aave v3.1's `IPool.getReserveData` (legacy layout).
    struct ReserveDataLegacy {
        //stores the reserve configuration
        ReserveConfigurationMap configuration;
        //the liquidity index. Expressed in ray
        uint128 liquidityIndex;
        //the current supply rate. Expressed in ray
        uint128 currentLiquidityRate;
        //variable borrow index. Expressed in ray
        uint128 variableBorrowIndex;
        //the current variable borrow rate. Expressed in ray
        uint128 currentVariableBorrowRate;
        //the current stable borrow rate. Expressed in ray
        uint128 currentStableBorrowRate;
        //timestamp of last update
        uint40 lastUpdateTimestamp;
        //the id of the reserve. Represents the position in the list of the active reserves
        uint16 id;
        //aToken address
        address aTokenAddress;
        //stableDebtToken address
        address stableDebtTokenAddress;
        //variableDebtToken address
        address variableDebtTokenAddress;
        //address of the interest rate strategy
        address interestRateStrategyAddress;
        //the current treasury balance, scaled
        uint128 accruedToTreasury;
        //the outstanding unbacked aTokens minted through the bridging feature
        uint128 unbacked;
        //the outstanding debt borrowed against this asset in isolation mode
        uint128 isolationModeTotalDebt;
    }
}

/// @title IAaveV3Pool
/// @notice Subset of Aave v3's IPool used by the adapter and implemented by the local LendingPool.
interface IAaveV3Pool {
    /// @notice Supplies `amount` of `asset`, minting aTokens to `onBehalfOf`.
    function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) external;

    /// @notice Withdraws `amount` of `asset` (type(uint256).max = whole balance) to `to`, burning aTokens.
    /// @return The final amount withdrawn.
    function withdraw(address asset, uint256 amount, address to) external returns (uint256);

    /// @notice Borrows `amount` of `asset` with `interestRateMode` (2 = variable) on behalf of `onBehalfOf`.
    function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf)
        external;

    /// @notice Repays `amount` (type(uint256).max = whole debt) of `asset` debt of `onBehalfOf`.
    /// @return The final amount repaid.
    function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf)
        external
        returns (uint256);

    /// @notice Returns the state and configuration of the reserve.
    function getReserveData(address asset) external view returns (DataTypes.ReserveDataLegacy memory);

    /// @notice Returns the reserve's configuration bitmap (Aave's ReserveConfiguration), without the rest of the
    /// reserve data.
    function getConfiguration(address asset) external view returns (DataTypes.ReserveConfigurationMap memory);

    /// @notice Aave v3.1+ only (absent on v3.0): the reserve's virtual underlying balance, the liquidity the pool
    /// accounts for (free liquidity for withdrawals and borrows, and the strategy's available liquidity).
    function getVirtualUnderlyingBalance(address asset) external view returns (uint128);

    /// @notice Returns the ongoing normalized income (liquidity index accrued to now), in ray.
    function getReserveNormalizedIncome(address asset) external view returns (uint256);

    /// @notice Returns the ongoing normalized variable debt (variable borrow index accrued to now), in ray.
    function getReserveNormalizedVariableDebt(address asset) external view returns (uint256);
}
