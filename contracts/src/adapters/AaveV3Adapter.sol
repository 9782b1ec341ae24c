// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ISource} from "../interfaces/ISource.sol";
import {SourceAdapterBase} from "./SourceAdapterBase.sol";
import {IAaveV3Pool, DataTypes} from "../interfaces/IAaveV3Pool.sol";
import {
    AaveRateAbi,
    IAaveStableDebtToken,
    IReserveInterestRateStrategy,
    IReserveInterestRateStrategyV31,
    IReserveInterestRateStrategyV32
} from "../interfaces/IAaveV3RateStrategy.sol";
import {AdapterErrorsLib} from "../libraries/AdapterErrorsLib.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @notice Aave's scaled-balance view of the aToken and the variable debt token (IScaledBalanceToken).
interface IScaledToken {
    /// @notice The total supply divided by the (liquidity or variable borrow) index at each mint and burn.
    function scaledTotalSupply() external view returns (uint256);
}

/// @title AaveV3Adapter
/// @notice ISource adapter that supplies one vault's assets to an Aave v3 pool (the real one or the local
/// LendingPool). The adapter holds the aTokens; only the vault can move funds.
///
/// Aave versions: the interest rate strategy's `calculateInterestRates` ABI changed twice (v3.1 replaced the aToken
/// by the pool's virtual accounting, v3.2 removed stable debt and a return value), so `supplyRateAfter` must build
/// the struct the pool's strategy speaks. The constructor detects it once (`RATE_ABI`): a pool without
/// `getVirtualUnderlyingBalance` is v3.0; on a v3.1+ pool the strategy is probed with the v3.2+ and then the v3.1
/// selector (a zero-debt call, which every version answers without reading state), and the construction reverts
/// with UnknownRateStrategy if the strategy answers none. An Aave upgrade across these versions therefore needs
/// a new adapter (governance replaces the source); strategy changes within a version need nothing.
/// From v3.1 on, free liquidity (maxWithdraw) is the pool's virtual underlying balance, which Aave checks
/// withdrawals against, not the aToken's token balance (which a donation can raise).
contract AaveV3Adapter is SourceAdapterBase {
    using SafeERC20 for IERC20;

    /// @dev Aave's ReserveConfiguration: reserve factor in bits 64-79 (bps).
    uint256 internal constant RESERVE_FACTOR_START_BIT_POSITION = 64;
    uint256 internal constant RESERVE_FACTOR_MASK = 0xFFFF;
    /// @dev Aave's ReserveConfiguration: unbacked mint cap in bits 176-211 (v3.0: unbacked counts only if set).
    uint256 internal constant UNBACKED_MINT_CAP_START_BIT_POSITION = 176;
    uint256 internal constant UNBACKED_MINT_CAP_MASK = 0xFFFFFFFFF;
    /// @dev Aave's ReserveConfiguration: the reserve is active (bit 56), frozen (bit 57), paused (bit 60). Aave's
    /// ValidationLogic.validateWithdraw refuses a withdrawal unless active and not paused; frozen only stops
    /// supplies and borrows.
    uint256 internal constant ACTIVE_MASK = 1 << 56;
    uint256 internal constant FROZEN_MASK = 1 << 57;
    uint256 internal constant PAUSED_MASK = 1 << 60;
    /// @dev Aave's ReserveConfiguration: decimals in bits 48-55, supply cap (whole tokens, 0 = none) in bits 116-151.
    uint256 internal constant DECIMALS_START_BIT_POSITION = 48;
    uint256 internal constant DECIMALS_MASK = 0xFF;
    uint256 internal constant SUPPLY_CAP_START_BIT_POSITION = 116;
    uint256 internal constant SUPPLY_CAP_MASK = 0xFFFFFFFFF;
    /// @dev Aave v3.1+'s ReserveConfiguration: virtual accounting active (bit 252).
    uint256 internal constant VIRTUAL_ACC_ACTIVE_MASK = 1 << 252;

    /// @notice The Aave v3 pool.
    IAaveV3Pool public immutable POOL;
    /// @notice The reserve's aToken, read from the pool at construction.
    IERC20 public immutable A_TOKEN;
    /// @notice The `calculateInterestRates` ABI of the pool's strategy, detected at construction.
    AaveRateAbi public immutable RATE_ABI;

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param pool_ The Aave v3 pool.
    /// @param asset_ The reserve asset.
    constructor(address vault_, address pool_, address asset_) SourceAdapterBase(vault_, asset_) {
        if (pool_ == address(0)) revert AdapterErrorsLib.ZeroAddress();
        DataTypes.ReserveDataLegacy memory reserve = IAaveV3Pool(pool_).getReserveData(asset_);
        if (reserve.aTokenAddress == address(0)) revert AdapterErrorsLib.ZeroAddress();
        POOL = IAaveV3Pool(pool_);
        A_TOKEN = IERC20(reserve.aTokenAddress);
        RATE_ABI = _detectRateAbi(pool_, asset_, reserve.aTokenAddress, reserve.interestRateStrategyAddress);
        // A standing allowance (see _supply): the adapter holds the asset only within a deposit.
        IERC20(asset_).forceApprove(pool_, type(uint256).max);
    }

    /// @inheritdoc ISource
    function totalAssets() public view override returns (uint256) {
        return A_TOKEN.balanceOf(address(this));
    }

    /// @dev maxWithdraw() (see the base): 0 while the reserve is paused or not active (Aave would refuse the
    /// withdrawal), read from the configuration bitmap alone (IPool.getConfiguration), so the vault skips this source;
    /// else min(totalAssets, the reserve's free liquidity): the virtual underlying balance on v3.1+, the aToken's token balance on v3.0.
    function _liquidity(uint256 assets) internal view override returns (uint256) {
        uint256 config = POOL.getConfiguration(ASSET).data;
        if (config & ACTIVE_MASK == 0 || config & PAUSED_MASK != 0) return 0;
        uint256 liquidity = RATE_ABI == AaveRateAbi.V3_0
            ? IERC20(ASSET).balanceOf(address(A_TOKEN))
            : POOL.getVirtualUnderlyingBalance(ASSET);
        return assets < liquidity ? assets : liquidity;
    }

    /// @inheritdoc ISource
    /// @dev 0 unless the reserve is active, not frozen and not paused (Aave's ValidationLogic.validateSupply); else
    /// unlimited without a supply cap, or what the cap leaves: supplyCap·10^decimals less the total Aave checks a
    /// supply against, (the aToken's scaled total supply + the treasury's scaled share)·liquidity index, both accrued
    /// to now as the supply's state update would (the treasury's share grows by the reserve factor of the variable
    /// debt's interest since the last update; stable debt, v3.0-v3.1 only, is left out).
    function maxDeposit() external view returns (uint256) {
        uint256 config = POOL.getConfiguration(ASSET).data;
        if (config & ACTIVE_MASK == 0 || config & (FROZEN_MASK | PAUSED_MASK) != 0) return 0;
        uint256 cap = (config >> SUPPLY_CAP_START_BIT_POSITION) & SUPPLY_CAP_MASK;
        if (cap == 0) return type(uint256).max;
        cap *= 10 ** ((config >> DECIMALS_START_BIT_POSITION) & DECIMALS_MASK);
        uint256 supplied = _suppliedTotal(_reserveFactor(config));
        return cap > supplied ? cap - supplied : 0;
    }

    /// @notice The reserve's status flags from its configuration bitmap (Aave's ReserveConfiguration bits 56, 57
    /// and 60). Withdrawals need active and not paused; frozen stops only supplies and borrows.
    /// @return active Whether the reserve is active.
    /// @return frozen Whether the reserve is frozen.
    /// @return paused Whether the reserve is paused.
    function reserveFlags() external view returns (bool active, bool frozen, bool paused) {
        uint256 config = POOL.getConfiguration(ASSET).data;
        return (config & ACTIVE_MASK != 0, config & FROZEN_MASK != 0, config & PAUSED_MASK != 0);
    }

    /// @inheritdoc ISource
    function supplyRate() external view returns (uint256) {
        return POOL.getReserveData(ASSET).currentLiquidityRate;
    }

    /// @inheritdoc ISource
    /// @dev Builds the params as the pool's ReserveLogic does on a supply (liquidityAdded) or withdraw
    /// (liquidityTaken) in the current block, in the struct of `RATE_ABI`, and calls the reserve's strategy:
    /// - all: the variable debt token's supply accrued to now, the reserve factor (configuration bits 64-79);
    /// - V3_0: stable debt and its average rate from the stable debt token (if any), `unbacked` only when the
    ///   unbacked mint cap (bits 176-211) is set, the aToken (the strategy reads its token balance);
    /// - V3_1: stable debt as above, `unbacked`, virtual accounting flag (bit 252) and virtual underlying balance;
    /// - V3_2 (v3.2+): total debt = variable debt, `unbacked` as reported by getReserveData (v3.4+ reports 0 and
    ///   passes the reserve's deficit instead, which this quote leaves out: it only matters while a reserve carries
    ///   bad debt), virtual accounting flag and balance.
    /// Reverts if `assetsRemoved` exceeds the reserve's available liquidity plus `assetsAdded`.
    function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) external view returns (uint256) {
        DataTypes.ReserveDataLegacy memory reserve = POOL.getReserveData(ASSET);
        AaveRateAbi rateAbi = RATE_ABI;
        if (rateAbi == AaveRateAbi.V3_2) return _rateV32(reserve, assetsAdded, assetsRemoved);
        if (rateAbi == AaveRateAbi.V3_1) return _rateV31(reserve, assetsAdded, assetsRemoved);
        return _rateV30(reserve, assetsAdded, assetsRemoved);
    }

    /// @dev Supplies to the pool, minting aTokens to the adapter. The pool pulls the assets through the allowance
    /// the constructor gave it without limit (an exact approval per deposit was a storage write from zero each
    /// time); the adapter holds the asset only between receiving it from the vault and the pool pulling it, so the
    /// standing allowance exposes nothing.
    function _supply(uint256 assets) internal override {
        POOL.supply(ASSET, assets, address(this), 0);
    }

    /// @dev Withdrawing the whole balance (or more) passes type(uint256).max to the pool so no dust remains.
    function _withdraw(uint256 assets, address receiver) internal override returns (uint256) {
        uint256 amount = assets >= totalAssets() ? type(uint256).max : assets;
        return POOL.withdraw(ASSET, amount, receiver);
    }

    /// @dev The aToken is the position.
    function _isProtected(address token) internal view override returns (bool) {
        return token == address(A_TOKEN);
    }

    function _rateV30(DataTypes.ReserveDataLegacy memory reserve, uint256 added, uint256 removed)
        internal
        view
        returns (uint256 liquidityRate)
    {
        uint256 config = reserve.configuration.data;
        (uint256 stableDebt, uint256 averageStableRate) = _stableDebt(reserve.stableDebtTokenAddress);
        uint256 unbackedMintCap = (config >> UNBACKED_MINT_CAP_START_BIT_POSITION) & UNBACKED_MINT_CAP_MASK;
        (liquidityRate,,) = IReserveInterestRateStrategy(reserve.interestRateStrategyAddress)
            .calculateInterestRates(
                DataTypes.CalculateInterestRatesParams({
                unbacked: unbackedMintCap != 0 ? reserve.unbacked : 0,
                liquidityAdded: added,
                liquidityTaken: removed,
                totalStableDebt: stableDebt,
                totalVariableDebt: IERC20(reserve.variableDebtTokenAddress).totalSupply(),
                averageStableBorrowRate: averageStableRate,
                reserveFactor: _reserveFactor(config),
                reserve: ASSET,
                aToken: reserve.aTokenAddress
            })
            );
    }

    function _rateV31(DataTypes.ReserveDataLegacy memory reserve, uint256 added, uint256 removed)
        internal
        view
        returns (uint256 liquidityRate)
    {
        uint256 config = reserve.configuration.data;
        (uint256 stableDebt, uint256 averageStableRate) = _stableDebt(reserve.stableDebtTokenAddress);
        (liquidityRate,,) = IReserveInterestRateStrategyV31(reserve.interestRateStrategyAddress)
            .calculateInterestRates(
                DataTypes.CalculateInterestRatesParamsV31({
                unbacked: reserve.unbacked,
                liquidityAdded: added,
                liquidityTaken: removed,
                totalStableDebt: stableDebt,
                totalVariableDebt: IERC20(reserve.variableDebtTokenAddress).totalSupply(),
                averageStableBorrowRate: averageStableRate,
                reserveFactor: _reserveFactor(config),
                reserve: ASSET,
                usingVirtualBalance: config & VIRTUAL_ACC_ACTIVE_MASK != 0,
                virtualUnderlyingBalance: POOL.getVirtualUnderlyingBalance(ASSET)
            })
            );
    }

    function _rateV32(DataTypes.ReserveDataLegacy memory reserve, uint256 added, uint256 removed)
        internal
        view
        returns (uint256 liquidityRate)
    {
        uint256 config = reserve.configuration.data;
        (liquidityRate,) = IReserveInterestRateStrategyV32(reserve.interestRateStrategyAddress)
            .calculateInterestRates(
                DataTypes.CalculateInterestRatesParamsV32({
                unbacked: reserve.unbacked,
                liquidityAdded: added,
                liquidityTaken: removed,
                totalDebt: IERC20(reserve.variableDebtTokenAddress).totalSupply(),
                reserveFactor: _reserveFactor(config),
                reserve: ASSET,
                usingVirtualBalance: config & VIRTUAL_ACC_ACTIVE_MASK != 0,
                virtualUnderlyingBalance: POOL.getVirtualUnderlyingBalance(ASSET)
            })
            );
    }

    /// @dev The reserve's supplied total as a supply now would check it against the cap (see maxDeposit).
    function _suppliedTotal(uint256 reserveFactor) internal view returns (uint256) {
        DataTypes.ReserveDataLegacy memory reserve = POOL.getReserveData(ASSET);
        uint256 index = POOL.getReserveNormalizedIncome(ASSET);
        uint256 scaledDebt = IScaledToken(reserve.variableDebtTokenAddress).scaledTotalSupply();
        uint256 accrued = WadRayMath.rayMul(scaledDebt, POOL.getReserveNormalizedVariableDebt(ASSET))
            - WadRayMath.rayMul(scaledDebt, reserve.variableBorrowIndex);
        uint256 treasury =
            reserve.accruedToTreasury + WadRayMath.rayDiv(WadRayMath.percentMul(accrued, reserveFactor), index);
        return WadRayMath.rayMul(IScaledToken(address(A_TOKEN)).scaledTotalSupply() + treasury, index);
    }

    function _reserveFactor(uint256 config) internal pure returns (uint256) {
        return (config >> RESERVE_FACTOR_START_BIT_POSITION) & RESERVE_FACTOR_MASK;
    }

    /// @dev Total stable debt and its average rate; (0, 0) without a stable debt token (v3.2+ pools report a
    /// mock address answering zeros, or none).
    function _stableDebt(address stableDebtToken) internal view returns (uint256 total, uint256 averageRate) {
        if (stableDebtToken != address(0)) {
            (total, averageRate) = IAaveStableDebtToken(stableDebtToken).getTotalSupplyAndAvgRate();
        }
    }

    /// @dev v3.0 if the pool has no getVirtualUnderlyingBalance; else v3.2+ or v3.1, whichever selector the strategy
    /// answers (with zero debt, so no state is read). Each guess is confirmed by a successful call returning at
    /// least the ABI's number of words; a strategy answering none reverts the construction.
    function _detectRateAbi(address pool, address asset_, address aToken, address strategy)
        internal
        view
        returns (AaveRateAbi)
    {
        bool v31Plus;
        try IAaveV3Pool(pool).getVirtualUnderlyingBalance(asset_) returns (uint128) {
            v31Plus = true;
        } catch {}
        if (!v31Plus) {
            DataTypes.CalculateInterestRatesParams memory p30;
            p30.reserve = asset_;
            p30.aToken = aToken;
            if (_answers(strategy, abi.encodeCall(IReserveInterestRateStrategy.calculateInterestRates, (p30)), 3)) {
                return AaveRateAbi.V3_0;
            }
        } else {
            DataTypes.CalculateInterestRatesParamsV32 memory p32;
            p32.reserve = asset_;
            p32.usingVirtualBalance = true;
            if (_answers(strategy, abi.encodeCall(IReserveInterestRateStrategyV32.calculateInterestRates, (p32)), 2)) {
                return AaveRateAbi.V3_2;
            }
            DataTypes.CalculateInterestRatesParamsV31 memory p31;
            p31.reserve = asset_;
            p31.usingVirtualBalance = true;
            if (_answers(strategy, abi.encodeCall(IReserveInterestRateStrategyV31.calculateInterestRates, (p31)), 3)) {
                return AaveRateAbi.V3_1;
            }
        }
        revert AdapterErrorsLib.UnknownRateStrategy(strategy);
    }

    function _answers(address target, bytes memory data, uint256 words) internal view returns (bool) {
        (bool ok, bytes memory ret) = target.staticcall(data);
        return ok && ret.length >= words * 32;
    }
}
