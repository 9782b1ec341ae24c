// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {DataTypes} from "../src/interfaces/IAaveV3Pool.sol";
import {DefaultReserveInterestRateStrategy} from "../src/mocks/DefaultReserveInterestRateStrategy.sol";
import {LendingPool} from "../src/mocks/LendingPool.sol";
import {AaveRateAbi} from "../src/interfaces/IAaveV3RateStrategy.sol";
import {VariableDebtToken} from "../src/mocks/VariableDebtToken.sol";
import {MockErrorsLib} from "../src/libraries/MockErrorsLib.sol";

/// @notice DefaultReserveInterestRateStrategy against hand-computed Aave v3.0 values, and the LendingPool's use of
/// it (reserve data, configuration bitmap, debt token).
contract AaveRateStrategyTest is AdapterTestBase {
    // Aave-like stablecoin strategy: base 0, slope1 4%, slope2 60%, kink 80%, reserve factor 10%.
    uint256 internal constant OPTIMAL = 0.8e27;
    uint256 internal constant SLOPE1 = 0.04e27;
    uint256 internal constant SLOPE2 = 0.6e27;
    uint256 internal constant RF = 1000;

    address internal aToken = address(0xA7);
    DefaultReserveInterestRateStrategy internal strategy;

    function setUp() public override {
        super.setUp();
        strategy = new DefaultReserveInterestRateStrategy(address(this), OPTIMAL, 0, SLOPE1, SLOPE2, 0, 0, 0, 0, 0);
    }

    function _params(uint256 added, uint256 taken, uint256 variableDebt)
        internal
        view
        returns (DataTypes.CalculateInterestRatesParams memory p)
    {
        p.liquidityAdded = added;
        p.liquidityTaken = taken;
        p.totalVariableDebt = variableDebt;
        p.reserveFactor = RF;
        p.reserve = address(usdc);
        p.aToken = aToken;
    }

    function _rates(uint256 added, uint256 taken, uint256 variableDebt)
        internal
        view
        returns (uint256 liquidityRate, uint256 stableRate, uint256 variableRate)
    {
        return strategy.calculateInterestRates(_params(added, taken, variableDebt));
    }

    function test_getters() public {
        assertEq(strategy.OPTIMAL_USAGE_RATIO(), OPTIMAL, "optimal");
        assertEq(strategy.MAX_EXCESS_USAGE_RATIO(), 0.2e27, "max excess");
        assertEq(strategy.getBaseVariableBorrowRate(), 0, "base");
        assertEq(strategy.getVariableRateSlope1(), SLOPE1, "slope1");
        assertEq(strategy.getVariableRateSlope2(), SLOPE2, "slope2");
        assertEq(strategy.getMaxVariableBorrowRate(), 0.64e27, "max variable");
        assertEq(strategy.getBaseStableBorrowRate(), SLOPE1, "base stable = slope1 + offset 0");
        assertEq(strategy.ADDRESSES_PROVIDER(), address(this), "provider");
        DefaultReserveInterestRateStrategy s = new DefaultReserveInterestRateStrategy(
            address(0), 0.9e27, 0.01e27, 0.05e27, 0.7e27, 0.02e27, 0.5e27, 0.01e27, 0.08e27, 0.2e27
        );
        assertEq(s.getBaseVariableBorrowRate(), 0.01e27, "base 2");
        assertEq(s.getMaxVariableBorrowRate(), 0.76e27, "max 2");
        assertEq(s.getStableRateSlope1(), 0.02e27, "stable slope1");
        assertEq(s.getStableRateSlope2(), 0.5e27, "stable slope2");
        assertEq(s.getStableRateExcessOffset(), 0.08e27, "excess offset");
        assertEq(s.getBaseStableBorrowRate(), 0.06e27, "base stable = slope1 + offset");
        assertEq(s.OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO(), 0.2e27, "optimal stable");
        assertEq(s.MAX_EXCESS_STABLE_TO_TOTAL_DEBT_RATIO(), 0.8e27, "max excess stable");
    }

    function test_noDebt() public {
        usdc.mint(aToken, 1000e6);
        (uint256 l, uint256 s, uint256 v) = _rates(500e6, 0, 0);
        assertEq(l, 0, "liquidity");
        assertEq(v, 0, "variable = base");
        assertEq(s, SLOPE1, "stable = base stable");
    }

    function test_belowKink() public {
        usdc.mint(aToken, 600e6);
        // U = 400/1000 = 0.4: variable = 0.04·0.4/0.8 = 0.02, liquidity = 0.02·0.4·0.9 = 0.0072
        (uint256 l,, uint256 v) = _rates(0, 0, 400e6);
        assertEq(v, 0.02e27, "variable");
        assertEq(l, 0.0072e27, "liquidity");
    }

    function test_belowKinkLiquidityAdded() public {
        usdc.mint(aToken, 600e6);
        // available = 600 + 200: U = 400/1200 = 1/3 (ray 0.333…333), variable = 0.04/3/0.8 = 0.01666…;
        // liquidity = 0.01666…·(1/3)·0.9 = 0.005, off by Aave's wadToRay weighting (debt in 1e6 units).
        (uint256 l,, uint256 v) = _rates(200e6, 0, 400e6);
        assertEq(v, 16_666_666_666_666_666_666_666_666, "variable");
        assertEq(l, 5_000_000_000_000_000_250_000_000, "liquidity");
    }

    function test_belowKinkLiquidityTaken() public {
        usdc.mint(aToken, 600e6);
        // available = 600 − 100: U = 400/900 = 0.444…, variable = 0.04·0.444…/0.8 = 0.0222…,
        // liquidity = 0.0222…·0.444…·0.9 = 0.00888…
        (uint256 l,, uint256 v) = _rates(0, 100e6, 400e6);
        assertEq(v, 22_222_222_222_222_222_222_222_223, "variable");
        assertEq(l, 8_888_888_888_888_889_000_000_000, "liquidity");
    }

    function test_atKink() public {
        usdc.mint(aToken, 200e6);
        (uint256 l,, uint256 v) = _rates(0, 0, 800e6);
        assertEq(v, 0.04e27, "variable = slope1");
        assertEq(l, 0.0288e27, "0.04 x 0.8 x 0.9");
    }

    function test_aboveKink() public {
        usdc.mint(aToken, 100e6);
        // U = 0.9: variable = 0.04 + 0.6·(0.9−0.8)/0.2 = 0.34, liquidity = 0.34·0.9·0.9 = 0.2754
        (uint256 l,, uint256 v) = _rates(0, 0, 900e6);
        assertEq(v, 0.34e27, "variable");
        assertEq(l, 0.2754e27, "liquidity");
        // U = 1: variable = 0.64, liquidity = 0.576
        (l,, v) = _rates(0, 100e6, 900e6);
        assertEq(v, 0.64e27, "variable at full");
        assertEq(l, 0.576e27, "liquidity at full");
    }

    function test_aboveKinkLiquidityAdded() public {
        usdc.mint(aToken, 100e6);
        // available = 150: U = 900/1050 = 0.857142…, excess = 0.285714…, variable = 0.04 + 0.6·0.285714… = 0.211428…
        // liquidity = 0.211428…·0.857142…·0.9 = 0.163102…
        (uint256 l,, uint256 v) = _rates(50e6, 0, 900e6);
        assertEq(v, 211_428_571_428_571_428_571_428_571, "variable");
        assertEq(l, 163_102_040_816_326_530_857_142_857, "liquidity");
    }

    function test_stableDebtAndUnbacked() public {
        DefaultReserveInterestRateStrategy s = new DefaultReserveInterestRateStrategy(
            address(0), OPTIMAL, 0, SLOPE1, SLOPE2, 0.02e27, 0.6e27, 0.01e27, 0.08e27, 0.2e27
        );
        usdc.mint(aToken, 100e6);
        DataTypes.CalculateInterestRatesParams memory p = _params(0, 0, 600e6);
        p.totalStableDebt = 300e6;
        p.averageStableBorrowRate = 0.05e27;
        p.unbacked = 100e6;
        (uint256 l, uint256 st, uint256 v) = s.calculateInterestRates(p);
        // U = 900/1000 = 0.9: variable = 0.34; stable = (0.04 + 0.01) + 0.02 + 0.6·0.5 + 0.08·(1/3 − 0.2)/0.8
        // = 0.383333…; overall = (600·0.34 + 300·0.05)/900 = 0.243333…; supply U = 900/1100;
        // liquidity = 0.243333…·0.818181…·0.9 = 0.179181…
        assertEq(v, 0.34e27, "variable");
        assertEq(st, 383_333_333_333_333_333_333_333_333, "stable");
        assertEq(l, 179_181_818_181_818_181_818_181_818, "liquidity");
    }

    function test_reverts() public {
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        new DefaultReserveInterestRateStrategy(address(0), RAY + 1, 0, SLOPE1, SLOPE2, 0, 0, 0, 0, 0);
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        new DefaultReserveInterestRateStrategy(address(0), OPTIMAL, 0, SLOPE1, SLOPE2, 0, 0, 0, 0, RAY + 1);
        usdc.mint(aToken, 100e6);
        vm.expectRevert(); // arithmetic underflow: more taken than available, as in Aave
        this.externalRates(0, 101e6, 900e6);
    }

    function externalRates(uint256 added, uint256 taken, uint256 debt) external view returns (uint256 l) {
        (l,,) = _rates(added, taken, debt);
    }

    /// Fuzz: the pool's own curve (borrowRateAt) is the strategy's variable rate at the same usage ratio.
    function testFuzz_poolCurveMatchesStrategy(uint256 available, uint256 debt) public {
        available = bound(available, 0, 1e15);
        debt = bound(debt, 1, 1e15);
        usdc.mint(aToken, available);
        LendingPool pool = new LendingPool(address(usdc), 0, SLOPE1, SLOPE2, OPTIMAL, RF, AaveRateAbi.V3_0);
        (,, uint256 v) = _rates(0, 0, debt);
        uint256 u = (debt * RAY + (available + debt) / 2) / (available + debt);
        assertEq(pool.borrowRateAt(u), v, "variable rate");
    }

    // ---------------------------------------------------------------- LendingPool integration

    function test_poolReserveData() public {
        LendingPool pool = new LendingPool(address(usdc), 0.01e27, SLOPE1, SLOPE2, OPTIMAL, 2500, AaveRateAbi.V3_0);
        DataTypes.ReserveDataLegacy memory d = pool.getReserveData(address(usdc));
        assertEq(d.interestRateStrategyAddress, pool.INTEREST_RATE_STRATEGY(), "strategy address");
        assertEq(d.variableDebtTokenAddress, address(pool.VARIABLE_DEBT_TOKEN()), "debt token address");
        assertEq(d.stableDebtTokenAddress, address(0), "no stable debt token");
        assertEq((d.configuration.data >> 64) & 0xFFFF, 2500, "reserve factor in bits 64-79");
        assertEq((d.configuration.data >> 48) & 0xFF, 6, "decimals in bits 48-55");
        assertEq((d.configuration.data >> 56) & 1, 1, "active");
        assertEq((d.configuration.data >> 58) & 1, 1, "borrowing enabled");
        DefaultReserveInterestRateStrategy s = DefaultReserveInterestRateStrategy(pool.INTEREST_RATE_STRATEGY());
        assertEq(s.getBaseVariableBorrowRate(), 0.01e27, "base");
        assertEq(s.getVariableRateSlope1(), SLOPE1, "slope1");
        assertEq(s.getVariableRateSlope2(), SLOPE2, "slope2");
        assertEq(s.OPTIMAL_USAGE_RATIO(), OPTIMAL, "optimal");
        assertEq(s.ADDRESSES_PROVIDER(), address(pool), "provider = pool");
    }

    function test_poolPreviewMatchesStrategy() public {
        LendingPool pool = new LendingPool(address(usdc), 0, SLOPE1, SLOPE2, OPTIMAL, RF, AaveRateAbi.V3_0);
        _fund(supplier, address(pool), 1000e6);
        vm.prank(supplier);
        pool.supply(address(usdc), 1000e6, supplier, 0);
        vm.prank(borrower);
        pool.borrow(address(usdc), 700e6, 2, 0, borrower);
        vm.warp(block.timestamp + 90 days);
        DataTypes.CalculateInterestRatesParams memory p = _params(123e6, 0, pool.totalDebt());
        p.aToken = address(pool.A_TOKEN());
        (uint256 l,,) = DefaultReserveInterestRateStrategy(pool.INTEREST_RATE_STRATEGY()).calculateInterestRates(p);
        assertEq(pool.previewSupplyRate(123e6, 0), l, "preview via strategy");
    }

    function test_variableDebtToken() public {
        LendingPool pool = new LendingPool(address(usdc), 0, SLOPE1, SLOPE2, OPTIMAL, RF, AaveRateAbi.V3_0);
        VariableDebtToken debtToken = pool.VARIABLE_DEBT_TOKEN();
        _fund(supplier, address(pool), 1000e6);
        vm.prank(supplier);
        pool.supply(address(usdc), 1000e6, supplier, 0);
        vm.prank(borrower);
        pool.borrow(address(usdc), 400e6, 2, 0, borrower);
        vm.warp(block.timestamp + 365 days);
        assertEq(debtToken.totalSupply(), pool.totalDebt(), "total supply = total debt");
        assertEq(debtToken.balanceOf(borrower), pool.debtOf(borrower), "balance = debt");
        assertGt(debtToken.totalSupply(), 400e6, "accrues");
        assertEq(debtToken.scaledTotalSupply(), pool.scaledTotalDebt(), "scaled total");
        assertEq(debtToken.scaledBalanceOf(borrower), pool.scaledDebtOf(borrower), "scaled balance");
        assertEq(debtToken.scaledBalanceOf(borrower), 400e6, "scaled at index 1");
        assertEq(debtToken.decimals(), 6, "decimals");
        _assertEqStr(debtToken.symbol(), "variableDebtUSDC", "symbol");
        _assertEqStr(debtToken.name(), "Local Aave Variable Debt USDC", "name");
        assertEq(debtToken.POOL(), address(pool), "pool");
        assertEq(debtToken.UNDERLYING_ASSET_ADDRESS(), address(usdc), "underlying");
        assertEq(debtToken.allowance(borrower, supplier), 0, "allowance");
        vm.expectRevert(MockErrorsLib.TransfersUnsupported.selector);
        bool ok = debtToken.transfer(supplier, 1);
        vm.expectRevert(MockErrorsLib.TransfersUnsupported.selector);
        ok = debtToken.transferFrom(borrower, supplier, 1);
        vm.expectRevert(MockErrorsLib.TransfersUnsupported.selector);
        ok = debtToken.approve(supplier, 1);
        ok;
        vm.expectRevert(MockErrorsLib.ZeroAddress.selector);
        new VariableDebtToken(address(0), address(usdc), "", "", 6);
        vm.expectRevert(MockErrorsLib.ZeroAddress.selector);
        new VariableDebtToken(address(pool), address(0), "", "", 6);
    }
}
