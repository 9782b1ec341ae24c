// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {DataTypes} from "../interfaces/IAaveV3Pool.sol";
import {IDefaultInterestRateStrategy, IReserveInterestRateStrategy} from "../interfaces/IAaveV3RateStrategy.sol";
import {MockErrorsLib} from "../libraries/MockErrorsLib.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @title DefaultReserveInterestRateStrategy
/// @notice Port of Aave v3.0's DefaultReserveInterestRateStrategy (same constructor, getters and math):
/// - available liquidity = reserve.balanceOf(aToken) + liquidityAdded − liquidityTaken;
/// - borrow usage ratio = totalDebt / (available + totalDebt), supply usage ratio adds `unbacked` below;
/// - variable rate = base + slope1·U/optimal below the kink, base + slope1 + slope2·(U−optimal)/(1−optimal) above;
/// - stable rate = variableRateSlope1 + baseStableRateOffset + the stable slopes (+ excess offset);
/// - liquidity rate = overallBorrowRate · supplyUsageRatio · (1 − reserveFactor), where the overall borrow rate is
///   the debt-weighted average of the variable rate and the average stable rate (= the variable rate without
///   stable debt). The reserve factor is in bps (PercentageMath.percentMul).
/// @dev `addressesProvider` is only stored (Aave stores its IPoolAddressesProvider); the local LendingPool passes
/// itself. Aave's string-error `require`s are replaced by `InvalidRateParams`.
contract DefaultReserveInterestRateStrategy is IDefaultInterestRateStrategy {
    using WadRayMath for uint256;

    /// @notice The addresses provider (informational).
    address public immutable ADDRESSES_PROVIDER;
    /// @inheritdoc IDefaultInterestRateStrategy
    uint256 public immutable OPTIMAL_USAGE_RATIO;
    /// @inheritdoc IDefaultInterestRateStrategy
    uint256 public immutable OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO;
    /// @inheritdoc IDefaultInterestRateStrategy
    uint256 public immutable MAX_EXCESS_USAGE_RATIO;
    /// @inheritdoc IDefaultInterestRateStrategy
    uint256 public immutable MAX_EXCESS_STABLE_TO_TOTAL_DEBT_RATIO;

    uint256 internal immutable _baseVariableBorrowRate;
    uint256 internal immutable _variableRateSlope1;
    uint256 internal immutable _variableRateSlope2;
    uint256 internal immutable _stableRateSlope1;
    uint256 internal immutable _stableRateSlope2;
    uint256 internal immutable _baseStableRateOffset;
    uint256 internal immutable _stableRateExcessOffset;

    /// @param addressesProvider The addresses provider (stored only).
    /// @param optimalUsageRatio The kink (ray, ≤ 1e27).
    /// @param baseVariableBorrowRate The base variable borrow rate (ray).
    /// @param variableRateSlope1 The variable rate slope below the kink (ray).
    /// @param variableRateSlope2 The variable rate slope above the kink (ray).
    /// @param stableRateSlope1 The stable rate slope below the kink (ray).
    /// @param stableRateSlope2 The stable rate slope above the kink (ray).
    /// @param baseStableRateOffset The premium of the base stable rate over variableRateSlope1 (ray).
    /// @param stableRateExcessOffset The stable rate premium above the optimal stable to total debt ratio (ray).
    /// @param optimalStableToTotalDebtRatio The optimal stable to total debt ratio (ray, ≤ 1e27).
    constructor(
        address addressesProvider,
        uint256 optimalUsageRatio,
        uint256 baseVariableBorrowRate,
        uint256 variableRateSlope1,
        uint256 variableRateSlope2,
        uint256 stableRateSlope1,
        uint256 stableRateSlope2,
        uint256 baseStableRateOffset,
        uint256 stableRateExcessOffset,
        uint256 optimalStableToTotalDebtRatio
    ) {
        if (optimalUsageRatio > WadRayMath.RAY || optimalStableToTotalDebtRatio > WadRayMath.RAY) {
            revert MockErrorsLib.InvalidRateParams();
        }
        ADDRESSES_PROVIDER = addressesProvider;
        OPTIMAL_USAGE_RATIO = optimalUsageRatio;
        MAX_EXCESS_USAGE_RATIO = WadRayMath.RAY - optimalUsageRatio;
        OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO = optimalStableToTotalDebtRatio;
        MAX_EXCESS_STABLE_TO_TOTAL_DEBT_RATIO = WadRayMath.RAY - optimalStableToTotalDebtRatio;
        _baseVariableBorrowRate = baseVariableBorrowRate;
        _variableRateSlope1 = variableRateSlope1;
        _variableRateSlope2 = variableRateSlope2;
        _stableRateSlope1 = stableRateSlope1;
        _stableRateSlope2 = stableRateSlope2;
        _baseStableRateOffset = baseStableRateOffset;
        _stableRateExcessOffset = stableRateExcessOffset;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getVariableRateSlope1() external view returns (uint256) {
        return _variableRateSlope1;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getVariableRateSlope2() external view returns (uint256) {
        return _variableRateSlope2;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getStableRateSlope1() external view returns (uint256) {
        return _stableRateSlope1;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getStableRateSlope2() external view returns (uint256) {
        return _stableRateSlope2;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getStableRateExcessOffset() external view returns (uint256) {
        return _stableRateExcessOffset;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getBaseStableBorrowRate() public view returns (uint256) {
        return _variableRateSlope1 + _baseStableRateOffset;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getBaseVariableBorrowRate() external view returns (uint256) {
        return _baseVariableBorrowRate;
    }

    /// @inheritdoc IDefaultInterestRateStrategy
    function getMaxVariableBorrowRate() external view returns (uint256) {
        return _baseVariableBorrowRate + _variableRateSlope1 + _variableRateSlope2;
    }

    /// @inheritdoc IReserveInterestRateStrategy
    /// @dev Reverts (arithmetic underflow) if `liquidityTaken` exceeds the available liquidity plus
    /// `liquidityAdded`, as Aave's does.
    function calculateInterestRates(DataTypes.CalculateInterestRatesParams memory params)
        public
        view
        returns (uint256 liquidityRate, uint256 stableBorrowRate, uint256 variableBorrowRate)
    {
        uint256 totalDebt = params.totalStableDebt + params.totalVariableDebt;
        uint256 borrowUsageRatio;
        uint256 supplyUsageRatio;
        uint256 stableToTotalDebtRatio;

        variableBorrowRate = _baseVariableBorrowRate;
        stableBorrowRate = getBaseStableBorrowRate();

        if (totalDebt != 0) {
            stableToTotalDebtRatio = params.totalStableDebt.rayDiv(totalDebt);
            uint256 availableLiquidity =
                IERC20(params.reserve).balanceOf(params.aToken) + params.liquidityAdded - params.liquidityTaken;
            uint256 availableLiquidityPlusDebt = availableLiquidity + totalDebt;
            borrowUsageRatio = totalDebt.rayDiv(availableLiquidityPlusDebt);
            supplyUsageRatio = totalDebt.rayDiv(availableLiquidityPlusDebt + params.unbacked);
        }

        if (borrowUsageRatio > OPTIMAL_USAGE_RATIO) {
            uint256 excessBorrowUsageRatio = (borrowUsageRatio - OPTIMAL_USAGE_RATIO).rayDiv(MAX_EXCESS_USAGE_RATIO);
            stableBorrowRate += _stableRateSlope1 + _stableRateSlope2.rayMul(excessBorrowUsageRatio);
            variableBorrowRate += _variableRateSlope1 + _variableRateSlope2.rayMul(excessBorrowUsageRatio);
        } else {
            stableBorrowRate += _stableRateSlope1.rayMul(borrowUsageRatio).rayDiv(OPTIMAL_USAGE_RATIO);
            variableBorrowRate += _variableRateSlope1.rayMul(borrowUsageRatio).rayDiv(OPTIMAL_USAGE_RATIO);
        }

        if (stableToTotalDebtRatio > OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO) {
            uint256 excessStableDebtRatio = (stableToTotalDebtRatio - OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO)
            .rayDiv(MAX_EXCESS_STABLE_TO_TOTAL_DEBT_RATIO);
            stableBorrowRate += _stableRateExcessOffset.rayMul(excessStableDebtRatio);
        }

        liquidityRate = _getOverallBorrowRate(
                params.totalStableDebt, params.totalVariableDebt, variableBorrowRate, params.averageStableBorrowRate
            ).rayMul(supplyUsageRatio).percentMul(WadRayMath.PERCENTAGE_FACTOR - params.reserveFactor);
    }

    /// @dev Debt-weighted average of the variable and the average stable borrow rate (Aave's wadToRay weighting).
    function _getOverallBorrowRate(
        uint256 totalStableDebt,
        uint256 totalVariableDebt,
        uint256 currentVariableBorrowRate,
        uint256 currentAverageStableBorrowRate
    ) internal pure returns (uint256) {
        uint256 totalDebt = totalStableDebt + totalVariableDebt;
        if (totalDebt == 0) return 0;
        uint256 weightedVariableRate = totalVariableDebt.wadToRay().rayMul(currentVariableBorrowRate);
        uint256 weightedStableRate = totalStableDebt.wadToRay().rayMul(currentAverageStableBorrowRate);
        return (weightedVariableRate + weightedStableRate).rayDiv(totalDebt.wadToRay());
    }
}
