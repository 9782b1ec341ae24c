// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {DataTypes} from "../src/interfaces/IAaveV3Pool.sol";
import {
    AaveRateAbi,
    IDefaultInterestRateStrategyV2,
    IReserveInterestRateStrategy,
    IReserveInterestRateStrategyV31,
    IReserveInterestRateStrategyV32
} from "../src/interfaces/IAaveV3RateStrategy.sol";
import {LendingPool} from "../src/mocks/LendingPool.sol";
import {
    DefaultReserveInterestRateStrategyV2,
    DefaultReserveInterestRateStrategyV31
} from "../src/mocks/DefaultReserveInterestRateStrategyV2.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {AdapterErrorsLib} from "../src/libraries/AdapterErrorsLib.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {MockErrorsLib} from "../src/libraries/MockErrorsLib.sol";
import {checkPosition} from "./utils/PositionCheck.sol";
import {ISource} from "../src/interfaces/ISource.sol";

/// @notice A v3.0-looking pool (no getVirtualUnderlyingBalance) whose strategy speaks no known ABI.
contract UnknownStrategyPool {
    address internal immutable STRATEGY;

    constructor(address strategy) {
        STRATEGY = strategy;
    }

    function getReserveData(address) external view returns (DataTypes.ReserveDataLegacy memory d) {
        d.aTokenAddress = address(this);
        d.interestRateStrategyAddress = STRATEGY;
    }
}

/// @notice AaveV3Adapter against the local LendingPool acting as Aave v3.0, v3.1 and v3.2+: the adapter detects the
/// strategy ABI, its rate quotes equal the strategy's own answer and the pool's rate after the flow, and v3.1+
/// free liquidity is the virtual balance. The test contract is the adapter's vault.
contract AaveV3VersionsTest is AdapterTestBase {
    uint256 internal constant RF = 1000;

    function _setUpPool(AaveRateAbi version) internal returns (LendingPool pool, AaveV3Adapter adapter) {
        pool = new LendingPool(address(usdc), 0.01e27, 0.04e27, 0.6e27, 0.8e27, RF, version);
        adapter = new AaveV3Adapter(address(this), address(pool), address(usdc));
        _fund(supplier, address(pool), 1000e6);
        vm.prank(supplier);
        pool.supply(address(usdc), 1000e6, supplier, 0);
        vm.prank(borrower);
        pool.borrow(address(usdc), 700e6, 2, 0, borrower);
    }

    function _deposit(LendingPool pool, AaveV3Adapter adapter, uint256 amount) internal {
        usdc.mint(address(this), amount);
        usdc.transfer(address(adapter), amount);
        adapter.deposit(amount);
        pool; // the adapter deposits into `pool`
    }

    /// @dev The strategy's own answer for the pool's state now, built from the pool's public views in the
    /// version's struct (the pool has no stable debt and no unbacked supply).
    function _strategyRate(LendingPool pool, uint256 added, uint256 taken) internal view returns (uint256 l) {
        AaveRateAbi version = pool.AAVE_VERSION();
        address strategy = pool.INTEREST_RATE_STRATEGY();
        uint256 debt = pool.totalDebt();
        if (version == AaveRateAbi.V3_0) {
            DataTypes.CalculateInterestRatesParams memory p;
            (p.liquidityAdded, p.liquidityTaken, p.totalVariableDebt, p.reserveFactor) = (added, taken, debt, RF);
            (p.reserve, p.aToken) = (address(usdc), address(pool.A_TOKEN()));
            (l,,) = IReserveInterestRateStrategy(strategy).calculateInterestRates(p);
        } else if (version == AaveRateAbi.V3_1) {
            DataTypes.CalculateInterestRatesParamsV31 memory p;
            (p.liquidityAdded, p.liquidityTaken, p.totalVariableDebt, p.reserveFactor) = (added, taken, debt, RF);
            (p.reserve, p.usingVirtualBalance) = (address(usdc), true);
            p.virtualUnderlyingBalance = pool.getVirtualUnderlyingBalance(address(usdc));
            (l,,) = IReserveInterestRateStrategyV31(strategy).calculateInterestRates(p);
        } else {
            DataTypes.CalculateInterestRatesParamsV32 memory p;
            (p.liquidityAdded, p.liquidityTaken, p.totalDebt, p.reserveFactor) = (added, taken, debt, RF);
            (p.reserve, p.usingVirtualBalance) = (address(usdc), true);
            p.virtualUnderlyingBalance = pool.getVirtualUnderlyingBalance(address(usdc));
            (l,) = IReserveInterestRateStrategyV32(strategy).calculateInterestRates(p);
        }
    }

    function test_detectsEachVersion() public {
        for (uint8 v; v < 3; ++v) {
            (LendingPool pool, AaveV3Adapter adapter) = _setUpPool(AaveRateAbi(v));
            assertEq(uint8(adapter.RATE_ABI()), v, "detected ABI");
            assertEq(adapter.supplyRateAfter(0, 0), pool.supplyRate(), "no flow = current rate");
            uint256 config = pool.getConfiguration(address(usdc)).data;
            assertEq(config, pool.getReserveData(address(usdc)).configuration.data, "getConfiguration");
            assertEq((config >> 252) & 1, v == 0 ? 0 : 1, "virtual accounting bit");
        }
    }

    /// Fuzz, every version: supplyRateAfter(x, 0) / (0, y) equal the strategy's own answer and the pool's rate after
    /// the adapter's deposit / withdrawal.
    function testFuzz_ratesMatchStrategy(uint8 v, uint256 x, uint256 y, uint256 elapsed) public {
        (LendingPool pool, AaveV3Adapter adapter) = _setUpPool(AaveRateAbi(bound(v, 0, 2)));
        vm.warp(block.timestamp + bound(elapsed, 0, 730 days));
        x = bound(x, 1, 1e13);
        uint256 quote = adapter.supplyRateAfter(x, 0);
        assertEq(quote, _strategyRate(pool, x, 0), "deposit quote = strategy");
        _deposit(pool, adapter, x);
        assertEq(pool.supplyRate(), quote, "pool rate after deposit");

        y = bound(y, 1, adapter.maxWithdraw());
        quote = adapter.supplyRateAfter(0, y);
        assertEq(quote, _strategyRate(pool, 0, y), "withdraw quote = strategy");
        assertEq(adapter.withdraw(y, address(this)), y, "withdrawn");
        assertEq(pool.supplyRate(), quote, "pool rate after withdraw");
    }

    /// Full utilisation: nothing is withdrawable. A donation to the aToken frees liquidity on v3.0 (Aave v3.0 counts
    /// the token balance) but not on v3.1+, where the virtual balance is the liquidity and the rate ignores it.
    function test_maxWithdrawUnderFullUtilisation() public {
        for (uint8 v; v < 3; ++v) {
            (LendingPool pool, AaveV3Adapter adapter) = _setUpPool(AaveRateAbi(v));
            _deposit(pool, adapter, 500e6);
            vm.prank(borrower);
            pool.borrow(address(usdc), 800e6, 2, 0, borrower); // 1500 supplied, 1500 borrowed
            assertEq(adapter.totalAssets(), 500e6, "position");
            assertEq(adapter.maxWithdraw(), 0, "fully utilised");
            checkPosition(ISource(address(adapter)));
            uint256 rateBefore = adapter.supplyRateAfter(0, 0);

            usdc.mint(address(pool.A_TOKEN()), 100e6); // donation
            if (v == 0) {
                assertEq(adapter.maxWithdraw(), 100e6, "v3.0: token balance");
                checkPosition(ISource(address(adapter)));
                assertLt(adapter.supplyRateAfter(0, 0), rateBefore, "v3.0: donation lowers the utilisation");
            } else {
                assertEq(pool.getVirtualUnderlyingBalance(address(usdc)), 0, "virtual balance");
                assertEq(adapter.maxWithdraw(), 0, "v3.1+: virtual balance");
                checkPosition(ISource(address(adapter)));
                assertEq(adapter.supplyRateAfter(0, 0), rateBefore, "v3.1+: rate ignores the donation");
                vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientPoolLiquidity.selector, 1, 0));
                adapter.withdraw(1, address(this));
            }
            vm.prank(borrower);
            usdc.approve(address(pool), 200e6);
            vm.prank(borrower);
            pool.repay(address(usdc), 200e6, 2, borrower);
            assertEq(adapter.maxWithdraw(), v == 0 ? 300e6 : 200e6, "repayment frees liquidity");
            checkPosition(ISource(address(adapter)));
        }
    }

    function test_unknownStrategyReverts() public {
        UnknownStrategyPool bad = new UnknownStrategyPool(address(usdc));
        vm.expectRevert(abi.encodeWithSelector(AdapterErrorsLib.UnknownRateStrategy.selector, address(usdc)));
        new AaveV3Adapter(address(this), address(bad), address(usdc));
    }

    function test_poolVersionViews() public {
        (LendingPool pool30,) = _setUpPool(AaveRateAbi.V3_0);
        vm.expectRevert(MockErrorsLib.UnsupportedByVersion.selector);
        pool30.getVirtualUnderlyingBalance(address(usdc));
        assertEq(pool30.availableLiquidity(), 300e6, "v3.0 liquidity");

        (LendingPool pool32,) = _setUpPool(AaveRateAbi.V3_2);
        assertEq(pool32.getVirtualUnderlyingBalance(address(usdc)), 300e6, "virtual balance");
        DefaultReserveInterestRateStrategyV2 s = DefaultReserveInterestRateStrategyV2(pool32.INTEREST_RATE_STRATEGY());
        IDefaultInterestRateStrategyV2.InterestRateData memory d = s.getInterestRateDataBps(address(usdc));
        assertEq(d.optimalUsageRatio, 8000, "optimal bps");
        assertEq(d.baseVariableBorrowRate, 100, "base bps");
        assertEq(d.variableRateSlope1, 400, "slope1 bps");
        assertEq(d.variableRateSlope2, 6000, "slope2 bps");
        assertEq(s.getOptimalUsageRatio(address(usdc)), 0.8e27, "optimal ray");
        assertEq(s.getBaseVariableBorrowRate(address(usdc)), 0.01e27, "base ray");
        assertEq(s.getVariableRateSlope1(address(usdc)), 0.04e27, "slope1 ray");
        assertEq(s.getVariableRateSlope2(address(usdc)), 0.6e27, "slope2 ray");
        assertEq(s.getMaxVariableBorrowRate(address(usdc)), 0.65e27, "max ray");
        assertEq(s.ADDRESSES_PROVIDER(), address(pool32), "configurator = pool");

        // v3.2 math by hand at U = 0.7: borrow = 0.01 + 0.04·0.7/0.8 = 0.045; supply = 0.045·0.7·0.9 = 0.02835.
        assertEq(pool32.borrowRate(), 0.045e27, "borrow rate");
        assertEq(pool32.supplyRate(), 0.02835e27, "supply rate");
    }

    function test_strategyV2Reverts() public {
        DefaultReserveInterestRateStrategyV2 s = new DefaultReserveInterestRateStrategyV2(address(this));
        IDefaultInterestRateStrategyV2.InterestRateData memory d = IDefaultInterestRateStrategyV2.InterestRateData({
            optimalUsageRatio: 8000, baseVariableBorrowRate: 0, variableRateSlope1: 400, variableRateSlope2: 6000
        });
        vm.prank(stranger);
        vm.expectRevert(MockErrorsLib.NotConfigurator.selector);
        s.setInterestRateParams(address(usdc), d);
        vm.expectRevert(MockErrorsLib.ZeroAddress.selector);
        s.setInterestRateParams(address(0), d);
        d.optimalUsageRatio = 9901;
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        s.setInterestRateParams(address(usdc), d);
        d.optimalUsageRatio = 99;
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        s.setInterestRateParams(address(usdc), d);
        (d.optimalUsageRatio, d.variableRateSlope1) = (8000, 6001);
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        s.setInterestRateParams(address(usdc), d);
        (d.variableRateSlope1, d.variableRateSlope2) = (400, 99_601);
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        s.setInterestRateParams(address(usdc), d);
        vm.expectRevert(MockErrorsLib.ZeroAddress.selector);
        new DefaultReserveInterestRateStrategyV31(address(0));

        // V2 strategies store bps: a pool acting as v3.1+ needs whole-bps rates.
        vm.expectRevert(ErrorsLib.InvalidRateParams.selector);
        new LendingPool(address(usdc), 1, 0.04e27, 0.6e27, 0.8e27, RF, AaveRateAbi.V3_2);
    }
}
