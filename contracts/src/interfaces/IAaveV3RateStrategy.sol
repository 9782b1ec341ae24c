// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DataTypes} from "./IAaveV3Pool.sol";

/// @title IReserveInterestRateStrategy
/// @notice Aave v3.0's interest rate strategy interface.
interface IReserveInterestRateStrategy {
    /// @notice Calculates the interest rates depending on the reserve's state and configuration.
    /// @param params The parameters needed to calculate the rates.
    /// @return liquidityRate The supply rate (ray).
    /// @return stableBorrowRate The stable borrow rate (ray).
    /// @return variableBorrowRate The variable borrow rate (ray).
    function calculateInterestRates(DataTypes.CalculateInterestRatesParams memory params)
        external
        view
        returns (uint256 liquidityRate, uint256 stableBorrowRate, uint256 variableBorrowRate);
}

/// @title IDefaultInterestRateStrategy
/// @notice Getters of Aave v3.0's DefaultReserveInterestRateStrategy.
interface IDefaultInterestRateStrategy is IReserveInterestRateStrategy {
    /// @notice The usage ratio at which the pool aims to obtain most competitive borrow rates (ray).
    function OPTIMAL_USAGE_RATIO() external view returns (uint256);

    /// @notice The optimal stable to total debt ratio of the reserve (ray).
    function OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO() external view returns (uint256);

    /// @notice The excess usage ratio above the optimal, 1 - OPTIMAL_USAGE_RATIO (ray).
    function MAX_EXCESS_USAGE_RATIO() external view returns (uint256);

    /// @notice The excess stable debt ratio above the optimal (ray).
    function MAX_EXCESS_STABLE_TO_TOTAL_DEBT_RATIO() external view returns (uint256);

    /// @notice The variable rate slope below the optimal usage ratio (ray).
    function getVariableRateSlope1() external view returns (uint256);

    /// @notice The variable rate slope above the optimal usage ratio (ray).
    function getVariableRateSlope2() external view returns (uint256);

    /// @notice The stable rate slope below the optimal usage ratio (ray).
    function getStableRateSlope1() external view returns (uint256);

    /// @notice The stable rate slope above the optimal usage ratio (ray).
    function getStableRateSlope2() external view returns (uint256);

    /// @notice The stable rate excess offset (ray).
    function getStableRateExcessOffset() external view returns (uint256);

    /// @notice The base stable borrow rate, variableRateSlope1 + baseStableRateOffset (ray).
    function getBaseStableBorrowRate() external view returns (uint256);

    /// @notice The base variable borrow rate (ray).
    function getBaseVariableBorrowRate() external view returns (uint256);

    /// @notice The maximum variable borrow rate, base + slope1 + slope2 (ray).
    function getMaxVariableBorrowRate() external view returns (uint256);
}

/// @title IAaveStableDebtToken
/// @notice Subset of Aave v3's IStableDebtToken read by the adapter.
interface IAaveStableDebtToken {
    /// @notice The total stable debt and the average stable borrow rate (ray).
    function getTotalSupplyAndAvgRate() external view returns (uint256, uint256);
}
