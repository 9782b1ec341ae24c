// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DataTypes} from "./IAaveV3Pool.sol";

/// @notice Which `calculateInterestRates` ABI a pool's interest rate strategy speaks (the struct layouts are in
/// DataTypes): V3_0 = Aave v3.0.x (DefaultReserveInterestRateStrategy, reads balanceOf(aToken)); V3_1 = v3.1
/// (DefaultReserveInterestRateStrategyV2 with stable debt, virtual balance); V3_2 = v3.2 and later
/// (DefaultReserveInterestRateStrategyV2 without stable debt, two return values).
enum AaveRateAbi {
    V3_0,
    V3_1,
    V3_2
}

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

/// @title IReserveInterestRateStrategyV31
/// @notice Aave v3.1's interest rate strategy interface (three return values, the stable rate always 0).
interface IReserveInterestRateStrategyV31 {
    /// @notice Calculates the interest rates depending on the reserve's state and configuration.
    /// @param params The parameters needed to calculate the rates.
    /// @return liquidityRate The supply rate (ray).
    /// @return stableBorrowRate The stable borrow rate (ray), 0 since v3.1.
    /// @return variableBorrowRate The variable borrow rate (ray).
    function calculateInterestRates(DataTypes.CalculateInterestRatesParamsV31 memory params)
        external
        view
        returns (uint256 liquidityRate, uint256 stableBorrowRate, uint256 variableBorrowRate);
}

/// @title IReserveInterestRateStrategyV32
/// @notice Aave v3.2+'s interest rate strategy interface (two return values).
interface IReserveInterestRateStrategyV32 {
    /// @notice Calculates the interest rates depending on the reserve's state and configuration.
    /// @param params The parameters needed to calculate the rates.
    /// @return liquidityRate The supply rate (ray).
    /// @return variableBorrowRate The variable borrow rate (ray).
    function calculateInterestRates(DataTypes.CalculateInterestRatesParamsV32 memory params)
        external
        view
        returns (uint256 liquidityRate, uint256 variableBorrowRate);
}

/// @title IDefaultInterestRateStrategyV2
/// @notice Getters and setter of Aave v3.1+'s DefaultReserveInterestRateStrategyV2: one strategy per pool, rate
/// data per reserve, stored in bps.
interface IDefaultInterestRateStrategyV2 {
    /// @notice A reserve's rate curve in bps (Aave's InterestRateData).
    struct InterestRateData {
        uint16 optimalUsageRatio;
        uint32 baseVariableBorrowRate;
        uint32 variableRateSlope1;
        uint32 variableRateSlope2;
    }

    /// @notice Only the pool configurator: sets `reserve`'s rate curve.
    /// @param reserve The reserve asset.
    /// @param rateData The curve in bps.
    function setInterestRateParams(address reserve, InterestRateData calldata rateData) external;

    /// @notice The reserve's rate curve in bps.
    /// @param reserve The reserve asset.
    function getInterestRateDataBps(address reserve) external view returns (InterestRateData memory);

    /// @notice The reserve's optimal usage ratio (ray).
    /// @param reserve The reserve asset.
    function getOptimalUsageRatio(address reserve) external view returns (uint256);

    /// @notice The reserve's base variable borrow rate (ray).
    /// @param reserve The reserve asset.
    function getBaseVariableBorrowRate(address reserve) external view returns (uint256);

    /// @notice The reserve's variable rate slope below the optimal usage ratio (ray).
    /// @param reserve The reserve asset.
    function getVariableRateSlope1(address reserve) external view returns (uint256);

    /// @notice The reserve's variable rate slope above the optimal usage ratio (ray).
    /// @param reserve The reserve asset.
    function getVariableRateSlope2(address reserve) external view returns (uint256);

    /// @notice The reserve's maximum variable borrow rate, base + slope1 + slope2 (ray).
    /// @param reserve The reserve asset.
    function getMaxVariableBorrowRate(address reserve) external view returns (uint256);
}
