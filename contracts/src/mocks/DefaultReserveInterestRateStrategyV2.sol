// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DataTypes} from "../interfaces/IAaveV3Pool.sol";
import {
    IDefaultInterestRateStrategyV2,
    IReserveInterestRateStrategyV31,
    IReserveInterestRateStrategyV32
} from "../interfaces/IAaveV3RateStrategy.sol";
import {MockErrorsLib} from "../libraries/MockErrorsLib.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @title RateStrategyV2Base
/// @notice The part of Aave v3.1+'s DefaultReserveInterestRateStrategyV2 that v3.1 and v3.2+ share: one strategy
/// per pool, each reserve's curve stored in bps (InterestRateData) and set only by the configurator, with Aave's
/// checks (optimal usage ratio in [1%, 99%], slope1 ≤ slope2, base + slope1 + slope2 ≤ 1000%); the variable rate
/// is the kinked curve of the borrow usage ratio over the pool's VIRTUAL underlying balance (not the aToken's
/// token balance, so donations do not move it).
/// @dev `addressesProvider` is the configurator here (Aave asks its IPoolAddressesProvider for the configurator);
/// the local LendingPool passes itself. Aave's string/custom `require` errors are MockErrorsLib errors.
abstract contract RateStrategyV2Base is IDefaultInterestRateStrategyV2 {
    using WadRayMath for uint256;

    /// @notice Maximum base + slope1 + slope2, in bps (1000%).
    uint256 public constant MAX_BORROW_RATE = 1000_00;
    /// @notice Minimum optimal usage ratio, in bps.
    uint256 public constant MIN_OPTIMAL_POINT = 1_00;
    /// @notice Maximum optimal usage ratio, in bps.
    uint256 public constant MAX_OPTIMAL_POINT = 99_00;
    uint256 internal constant BPS_TO_RAY = 1e23;

    /// @notice The configurator allowed to set rate data (the local pool).
    address public immutable ADDRESSES_PROVIDER;

    mapping(address reserve => InterestRateData) internal _interestRateData;

    /// @param addressesProvider The only address allowed to set rate data.
    constructor(address addressesProvider) {
        if (addressesProvider == address(0)) revert MockErrorsLib.ZeroAddress();
        ADDRESSES_PROVIDER = addressesProvider;
    }

    /// @inheritdoc IDefaultInterestRateStrategyV2
    function setInterestRateParams(address reserve, InterestRateData calldata rateData) external {
        if (msg.sender != ADDRESSES_PROVIDER) revert MockErrorsLib.NotConfigurator();
        if (reserve == address(0)) revert MockErrorsLib.ZeroAddress();
        if (
            rateData.optimalUsageRatio > MAX_OPTIMAL_POINT || rateData.optimalUsageRatio < MIN_OPTIMAL_POINT
                || rateData.variableRateSlope1 > rateData.variableRateSlope2
                || uint256(rateData.baseVariableBorrowRate) + rateData.variableRateSlope1 + rateData.variableRateSlope2
                    > MAX_BORROW_RATE
        ) revert MockErrorsLib.InvalidRateParams();
        _interestRateData[reserve] = rateData;
    }

    /// @inheritdoc IDefaultInterestRateStrategyV2
    function getInterestRateDataBps(address reserve) external view returns (InterestRateData memory) {
        return _interestRateData[reserve];
    }

    /// @inheritdoc IDefaultInterestRateStrategyV2
    function getOptimalUsageRatio(address reserve) external view returns (uint256) {
        return uint256(_interestRateData[reserve].optimalUsageRatio) * BPS_TO_RAY;
    }

    /// @inheritdoc IDefaultInterestRateStrategyV2
    function getBaseVariableBorrowRate(address reserve) public view returns (uint256) {
        return uint256(_interestRateData[reserve].baseVariableBorrowRate) * BPS_TO_RAY;
    }

    /// @inheritdoc IDefaultInterestRateStrategyV2
    function getVariableRateSlope1(address reserve) external view returns (uint256) {
        return uint256(_interestRateData[reserve].variableRateSlope1) * BPS_TO_RAY;
    }

    /// @inheritdoc IDefaultInterestRateStrategyV2
    function getVariableRateSlope2(address reserve) external view returns (uint256) {
        return uint256(_interestRateData[reserve].variableRateSlope2) * BPS_TO_RAY;
    }

    /// @inheritdoc IDefaultInterestRateStrategyV2
    function getMaxVariableBorrowRate(address reserve) external view returns (uint256) {
        InterestRateData memory d = _interestRateData[reserve];
        return (uint256(d.baseVariableBorrowRate) + d.variableRateSlope1 + d.variableRateSlope2) * BPS_TO_RAY;
    }

    /// @dev The usage ratios and the variable borrow rate, as both versions compute them: available liquidity =
    /// virtualUnderlyingBalance + added − taken (reverts on underflow, as Aave's), borrow usage ratio = debt /
    /// (available + debt), supply usage ratio = debt / (available + debt + unbacked). Only called with debt ≠ 0.
    function _variableRate(
        address reserve,
        uint256 totalDebt,
        uint256 unbacked,
        uint256 virtualUnderlyingBalance,
        uint256 liquidityAdded,
        uint256 liquidityTaken
    ) internal view returns (uint256 variableBorrowRate, uint256 supplyUsageRatio) {
        InterestRateData memory d = _interestRateData[reserve];
        uint256 optimal = uint256(d.optimalUsageRatio) * BPS_TO_RAY;
        uint256 availablePlusDebt = virtualUnderlyingBalance + liquidityAdded - liquidityTaken + totalDebt;
        uint256 borrowUsageRatio = totalDebt.rayDiv(availablePlusDebt);
        supplyUsageRatio = totalDebt.rayDiv(availablePlusDebt + unbacked);
        variableBorrowRate = uint256(d.baseVariableBorrowRate) * BPS_TO_RAY;
        uint256 slope1 = uint256(d.variableRateSlope1) * BPS_TO_RAY;
        if (borrowUsageRatio > optimal) {
            uint256 excess = (borrowUsageRatio - optimal).rayDiv(WadRayMath.RAY - optimal);
            variableBorrowRate += slope1 + (uint256(d.variableRateSlope2) * BPS_TO_RAY).rayMul(excess);
        } else {
            variableBorrowRate += slope1.rayMul(borrowUsageRatio).rayDiv(optimal);
        }
    }
}

/// @title DefaultReserveInterestRateStrategyV2
/// @notice Port of Aave v3.2+'s DefaultReserveInterestRateStrategyV2 (no stable debt): calculateInterestRates takes
/// DataTypes.CalculateInterestRatesParamsV32 and returns (liquidityRate, variableBorrowRate), with
/// liquidityRate = variableBorrowRate · supplyUsageRatio · (1 − reserveFactor). Returns (0, base) without debt
/// and, as v3.2/v3.3 do, for a reserve not using virtual accounting (v3.4 dropped that short circuit; every v3.4
/// reserve uses virtual accounting).
contract DefaultReserveInterestRateStrategyV2 is RateStrategyV2Base, IReserveInterestRateStrategyV32 {
    using WadRayMath for uint256;

    /// @param addressesProvider The only address allowed to set rate data (the local pool).
    constructor(address addressesProvider) RateStrategyV2Base(addressesProvider) {}

    /// @inheritdoc IReserveInterestRateStrategyV32
    function calculateInterestRates(DataTypes.CalculateInterestRatesParamsV32 memory params)
        external
        view
        returns (uint256 liquidityRate, uint256 variableBorrowRate)
    {
        if (!params.usingVirtualBalance || params.totalDebt == 0) {
            return (0, getBaseVariableBorrowRate(params.reserve));
        }
        uint256 supplyUsageRatio;
        (variableBorrowRate, supplyUsageRatio) = _variableRate(
            params.reserve,
            params.totalDebt,
            params.unbacked,
            params.virtualUnderlyingBalance,
            params.liquidityAdded,
            params.liquidityTaken
        );
        liquidityRate = variableBorrowRate.rayMul(supplyUsageRatio)
            .percentMul(WadRayMath.PERCENTAGE_FACTOR - params.reserveFactor);
    }
}

/// @title DefaultReserveInterestRateStrategyV31
/// @notice Port of Aave v3.1's DefaultReserveInterestRateStrategyV2 (stable debt still in the params):
/// calculateInterestRates takes DataTypes.CalculateInterestRatesParamsV31 and returns (liquidityRate, 0,
/// variableBorrowRate), with liquidityRate = overallBorrowRate · supplyUsageRatio · (1 − reserveFactor), the
/// overall borrow rate being the debt-weighted average of the variable and the average stable rate (Aave's
/// wadToRay weighting). Returns (0, 0, base) without debt or without virtual accounting.
contract DefaultReserveInterestRateStrategyV31 is RateStrategyV2Base, IReserveInterestRateStrategyV31 {
    using WadRayMath for uint256;

    /// @param addressesProvider The only address allowed to set rate data (the local pool).
    constructor(address addressesProvider) RateStrategyV2Base(addressesProvider) {}

    /// @inheritdoc IReserveInterestRateStrategyV31
    function calculateInterestRates(DataTypes.CalculateInterestRatesParamsV31 memory params)
        external
        view
        returns (uint256 liquidityRate, uint256 stableBorrowRate, uint256 variableBorrowRate)
    {
        uint256 totalDebt = params.totalStableDebt + params.totalVariableDebt;
        if (!params.usingVirtualBalance || totalDebt == 0) {
            return (0, 0, getBaseVariableBorrowRate(params.reserve));
        }
        uint256 supplyUsageRatio;
        (variableBorrowRate, supplyUsageRatio) = _variableRate(
            params.reserve,
            totalDebt,
            params.unbacked,
            params.virtualUnderlyingBalance,
            params.liquidityAdded,
            params.liquidityTaken
        );
        uint256 overallBorrowRate = (params.totalVariableDebt.wadToRay().rayMul(variableBorrowRate)
                + params.totalStableDebt.wadToRay().rayMul(params.averageStableBorrowRate)).rayDiv(totalDebt.wadToRay());
        liquidityRate = overallBorrowRate.rayMul(supplyUsageRatio)
            .percentMul(WadRayMath.PERCENTAGE_FACTOR - params.reserveFactor);
        stableBorrowRate = 0;
    }
}
