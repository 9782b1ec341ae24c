// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PortFixture} from "./utils/PortFixture.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {AToken} from "../src/mocks/AToken.sol";
import {LendingPool} from "../src/mocks/LendingPool.sol";
import {AaveRateAbi} from "../src/interfaces/IAaveV3RateStrategy.sol";
import {DataTypes} from "../src/interfaces/IAaveV3Pool.sol";

/// @notice The local port of Aave v3 (src/mocks/LendingPool.sol) itself: it runs on PortFixture, the vault fixture
/// over two port pools, because the port is what it tests (the vault tests' Fixture uses real Aave v3 markets).
contract LendingPoolTest is PortFixture {
    address internal supplier = address(0x5001);

    function setUp() public override {
        super.setUp();
        _supply(poolA, supplier, 1000e6);
    }

    function test_ratesBelowKink() public {
        _borrow(poolA, 400e6); // U = 0.4
        assertEq(poolA.utilization(), 0.4e27, "utilization");
        // 0.04 * 0.4 / 0.8 = 0.02
        assertEq(poolA.borrowRate(), 0.02e27, "borrow rate");
        // 0.02 * 0.4 * (1 - 0.1) = 0.0072
        assertEq(poolA.supplyRate(), 0.0072e27, "supply rate");
        DataTypes.ReserveDataLegacy memory d = poolA.getReserveData(address(usdc));
        assertEq(d.currentLiquidityRate, 0.0072e27, "reserve data liquidity rate");
        assertEq(d.currentVariableBorrowRate, 0.02e27, "reserve data borrow rate");
        assertEq(poolA.totalDebt(), 400e6, "debt");
        assertEq(poolA.availableLiquidity(), 600e6, "liquidity");
    }

    function test_ratesAtAndAboveKink() public {
        _borrow(poolA, 800e6); // U = 0.8 (kink)
        assertEq(poolA.borrowRate(), 0.04e27, "borrow at kink");
        assertEq(poolA.supplyRate(), 0.0288e27, "supply at kink"); // 0.04*0.8*0.9
        _borrow(poolA, 100e6); // U = 0.9
        // 0.04 + 0.6 * (0.9-0.8)/(1-0.8) = 0.34
        assertEq(poolA.borrowRate(), 0.34e27, "borrow above kink");
        // 0.34 * 0.9 * 0.9 = 0.2754
        assertEq(poolA.supplyRate(), 0.2754e27, "supply above kink");
        _borrow(poolA, 100e6); // U = 1
        assertEq(poolA.borrowRate(), 0.64e27, "borrow at full");
        assertEq(poolA.supplyRate(), 0.576e27, "supply at full");
    }

    function test_reserveFactor() public {
        // supplyRateAt applies (1 - RF): at U = 0.5, borrow = 0.025, gross = 0.0125, net of 10% = 0.01125.
        assertEq(poolA.borrowRateAt(0.5e27), 0.025e27, "borrow at 0.5");
        assertEq(poolA.supplyRateAt(0.5e27), 0.01125e27, "rf 10%");
        LendingPool noRf = new LendingPool(address(usdc), BASE, SLOPE1, SLOPE2, OPTIMAL, 0, AaveRateAbi.V3_0);
        assertEq(noRf.supplyRateAt(0.5e27), 0.0125e27, "rf 0");
        LendingPool fullRf = new LendingPool(address(usdc), BASE, SLOPE1, SLOPE2, OPTIMAL, 10000, AaveRateAbi.V3_0);
        assertEq(fullRf.supplyRateAt(0.5e27), 0, "rf 100%");
    }

    function test_previewSupplyRateMatchesActual() public {
        _borrow(poolA, 600e6);
        uint256 preview = poolA.previewSupplyRate(500e6, 0);
        _supply(poolA, bob, 500e6);
        assertEq(poolA.supplyRate(), preview, "preview after supply");
        uint256 previewW = poolA.previewSupplyRate(0, 300e6);
        vm.prank(bob);
        poolA.withdraw(address(usdc), 300e6, bob);
        assertEq(poolA.supplyRate(), previewW, "preview after withdraw");
    }

    function test_borrowRepayMoveRates() public {
        _borrow(poolA, 200e6);
        uint256 r1 = poolA.supplyRate();
        _borrow(poolA, 300e6);
        uint256 r2 = poolA.supplyRate();
        assertGt(r2, r1, "borrow raises rate");
        _repayAll(poolA);
        assertEq(poolA.supplyRate(), 0, "no debt, no rate");
        assertEq(poolA.debtOf(borrower), 0, "debt cleared");
        assertEq(poolA.totalDebt(), 0, "total debt cleared");
    }

    function test_interestAccrualIndexes() public {
        _borrow(poolA, 400e6); // supply rate 0.72%, borrow 2%
        vm.warp(block.timestamp + 365 days);
        // linear liquidity index: 1 + 0.0072
        assertEq(poolA.getReserveNormalizedIncome(address(usdc)), 1.0072e27, "liquidity index");
        assertEq(poolA.A_TOKEN().balanceOf(supplier), 1007.2e6, "supplier balance");
        // Aave's 3-term approximation of (1 + r/n)^n: 1 + r + r^2/2 (+ a third term that truncates to ~0
        // at this rate in Aave's integer math) = 1.0202, so 400 -> 408.08 (exact e^0.02 would give 408.0805).
        assertApproxEqAbs(poolA.debtOf(borrower), 408_080_000, 10, "debt");
        uint256 interest = _repayAll(poolA) - 400e6;
        poolA.mintToTreasury();
        uint256 treasury = poolA.A_TOKEN().balanceOf(address(this)); // deployer is treasury
        assertApproxEqAbs(treasury, interest / 10, 2, "treasury gets reserve factor");
        vm.prank(supplier);
        uint256 out = poolA.withdraw(address(usdc), type(uint256).max, supplier);
        assertEq(out, 1007.2e6, "supplier withdraws principal + interest");
        assertEq(poolA.A_TOKEN().scaledBalanceOf(supplier), 0, "no dust");
    }

    function test_revertsInsufficientLiquidity() public {
        _borrow(poolA, 900e6);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientPoolLiquidity.selector, 200e6, 100e6));
        _borrow(poolA, 200e6);
        vm.prank(supplier);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientPoolLiquidity.selector, 150e6, 100e6));
        poolA.withdraw(address(usdc), 150e6, supplier);
    }

    function test_revertsBadInputs() public {
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.WrongAsset.selector, address(0x1234)));
        poolA.supply(address(0x1234), 1, address(this), 0);
        vm.expectRevert(ErrorsLib.ZeroAmount.selector);
        poolA.supply(address(usdc), 0, address(this), 0);
        vm.expectRevert(ErrorsLib.ZeroAmount.selector);
        _borrow(poolA, 0);
        vm.prank(borrower);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnsupportedRateMode.selector, 1));
        poolA.borrow(address(usdc), 1e6, 1, 0, borrower);
        vm.expectRevert(ErrorsLib.NoDebt.selector);
        poolA.repay(address(usdc), 1e6, 2, borrower);
        vm.prank(supplier);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientBalance.selector, 2000e6, 1000e6));
        poolA.withdraw(address(usdc), 2000e6, supplier);
        AToken a = poolA.A_TOKEN();
        vm.expectRevert(ErrorsLib.TransfersUnsupported.selector);
        bool ok = a.transfer(bob, 1);
        ok;
        vm.expectRevert(ErrorsLib.NotPool.selector);
        a.transferUnderlyingTo(bob, 1);
    }

    /// Fuzz: the borrow and supply rates are monotone non-decreasing in utilisation.
    function testFuzz_rateMonotoneInUtilization(uint256 u1, uint256 u2) public view {
        u1 = bound(u1, 0, RAY);
        u2 = bound(u2, 0, RAY);
        if (u1 > u2) (u1, u2) = (u2, u1);
        assertLe(poolA.borrowRateAt(u1), poolA.borrowRateAt(u2), "borrow rate monotone");
        assertLe(poolA.supplyRateAt(u1), poolA.supplyRateAt(u2), "supply rate monotone");
    }

    /// Fuzz: borrowing more never lowers the pool's supply rate.
    function testFuzz_borrowMoreRaisesRate(uint256 a, uint256 b) public {
        a = bound(a, 1, 500e6);
        b = bound(b, 1, 500e6);
        _borrow(poolA, a);
        uint256 r1 = poolA.supplyRate();
        uint256 br1 = poolA.borrowRate();
        _borrow(poolA, b);
        assertGe(poolA.supplyRate(), r1, "supply rate");
        assertGe(poolA.borrowRate(), br1, "borrow rate");
    }
}
