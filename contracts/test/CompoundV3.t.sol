// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {Comet} from "../src/mocks/Comet.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {IComet} from "../src/interfaces/IComet.sol";
import {CompoundV3Adapter} from "../src/adapters/CompoundV3Adapter.sol";
import {AdapterErrorsLib} from "../src/libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../src/libraries/AdapterEventsLib.sol";
import {MockErrorsLib} from "../src/libraries/MockErrorsLib.sol";
import {MockEventsLib} from "../src/libraries/MockEventsLib.sol";
import {checkPosition} from "./utils/PositionCheck.sol";
import {ISource} from "../src/interfaces/ISource.sol";

/// @notice The local Comet against hand-computed Compound v3 values, and the CompoundV3Adapter on it; the test
/// contract is the adapter's vault.
contract CompoundV3Test is AdapterTestBase {
    uint256 internal constant YEAR = 31_536_000;
    // Per-year parameters (1e18): supply kink 80%, slopes 3% / 100%, base 0;
    // borrow kink 80%, slopes 5% / 150%, base 1%.
    // Per second (÷ 31_536_000, truncated): supply 951_293_759 / 31_709_791_983 / 0,
    // borrow 1_585_489_599 / 47_564_687_975 / 317_097_919.
    uint64 internal constant S_LOW_PS = 951_293_759;
    uint64 internal constant S_HIGH_PS = 31_709_791_983;
    uint64 internal constant B_LOW_PS = 1_585_489_599;
    uint64 internal constant B_HIGH_PS = 47_564_687_975;
    uint64 internal constant B_BASE_PS = 317_097_919;

    Comet internal comet;
    CompoundV3Adapter internal adapter;
    address internal gov = address(0x6070);

    /// @dev The test contract is the adapters' vault: this is the vault's governance read by `sweep`.
    function governance() external view returns (address) {
        return gov;
    }

    function setUp() public override {
        super.setUp();
        comet = _newComet();
        adapter = new CompoundV3Adapter(address(this), address(comet), address(usdc));
    }

    function _newComet() internal returns (Comet) {
        return new Comet(address(usdc), 0.8e18, 0.03e18, 1e18, 0, 0.8e18, 0.05e18, 1.5e18, 0.01e18);
    }

    function _supply(address who, uint256 amount) internal {
        _fund(who, address(comet), amount);
        vm.prank(who);
        comet.supply(address(usdc), amount);
    }

    function _borrow(uint256 amount) internal {
        vm.prank(borrower);
        comet.borrow(amount);
    }

    function _deposit(uint256 amount) internal {
        usdc.mint(address(this), amount);
        usdc.transfer(address(adapter), amount);
        adapter.deposit(amount);
    }

    // ---------------------------------------------------------------- Comet rates

    function test_perSecondParameters() public view {
        assertEq(comet.supplyPerSecondInterestRateSlopeLow(), S_LOW_PS, "supply low");
        assertEq(comet.supplyPerSecondInterestRateSlopeHigh(), S_HIGH_PS, "supply high");
        assertEq(comet.supplyPerSecondInterestRateBase(), 0, "supply base");
        assertEq(comet.borrowPerSecondInterestRateSlopeLow(), B_LOW_PS, "borrow low");
        assertEq(comet.borrowPerSecondInterestRateSlopeHigh(), B_HIGH_PS, "borrow high");
        assertEq(comet.borrowPerSecondInterestRateBase(), B_BASE_PS, "borrow base");
        assertEq(comet.supplyKink(), 0.8e18, "supply kink");
        assertEq(comet.borrowKink(), 0.8e18, "borrow kink");
        assertEq(comet.baseToken(), address(usdc), "base token");
        assertEq(comet.baseSupplyIndex(), 1e15, "supply index");
        assertEq(comet.baseBorrowIndex(), 1e15, "borrow index");
    }

    function test_ratesHandComputed() public view {
        assertEq(comet.getSupplyRate(0), 0, "supply at 0");
        assertEq(comet.getBorrowRate(0), B_BASE_PS, "borrow at 0 = base");
        // below: base + slopeLow·u
        assertEq(comet.getSupplyRate(0.5e18), 475_646_879, "supply at 50%");
        assertEq(comet.getBorrowRate(0.5e18), 317_097_919 + 792_744_799, "borrow at 50%");
        // at the kink
        assertEq(comet.getSupplyRate(0.8e18), 761_035_007, "supply at kink");
        assertEq(comet.getBorrowRate(0.8e18), 317_097_919 + 1_268_391_679, "borrow at kink");
        // above: base + slopeLow·kink + slopeHigh·(u − kink)
        assertEq(comet.getSupplyRate(0.9e18), 761_035_007 + 3_170_979_198, "supply at 90%");
        assertEq(comet.getBorrowRate(0.9e18), 317_097_919 + 1_268_391_679 + 4_756_468_797, "borrow at 90%");
        assertEq(comet.getSupplyRate(1e18), 761_035_007 + 6_341_958_396, "supply at 100%");
        // ≈ APR: 1.5% at 50%, 2.4% at the kink, 12.4% at 90%
        _assertApproxEqRel(uint256(comet.getSupplyRate(0.5e18)) * YEAR, 0.015e18, 1e13, "1.5% APR");
        _assertApproxEqRel(uint256(comet.getSupplyRate(0.9e18)) * YEAR, 0.124e18, 1e13, "12.4% APR");
    }

    function test_utilization() public {
        assertEq(comet.getUtilization(), 0, "no supply");
        _supply(supplier, 1000e6);
        _borrow(500e6);
        assertEq(comet.getUtilization(), 0.5e18, "50%");
        assertEq(comet.totalSupply(), 1000e6, "total supply");
        assertEq(comet.totalBorrow(), 500e6, "total borrow");
        assertEq(comet.borrowBalanceOf(borrower), 500e6, "debt");
    }

    function test_interestAccrual() public {
        _supply(supplier, 1000e6);
        _borrow(500e6);
        vm.warp(block.timestamp + YEAR);
        // supply index = 1e15 + 1e15·(475_646_879·31_536_000)/1e18 = 1_014_999_999_976_144
        // borrow index = 1e15 + 1e15·(1_109_842_718·31_536_000)/1e18 = 1_034_999_999_954_848
        assertEq(comet.balanceOf(supplier), 1_014_999_999, "supplier balance (views accrue)");
        assertEq(comet.borrowBalanceOf(borrower), 517_499_999, "borrower debt");
        assertEq(comet.totalSupply(), 1_014_999_999, "total supply");
        assertEq(comet.totalBorrow(), 517_499_999, "total borrow");
        assertEq(comet.baseSupplyIndex(), 1e15, "stored index not yet accrued");
        comet.accrueAccount(supplier);
        assertEq(comet.baseSupplyIndex(), 1_014_999_999_976_144, "stored supply index");
        assertEq(comet.baseBorrowIndex(), 1_034_999_999_954_848, "stored borrow index");
        assertEq(comet.lastAccrualTime(), block.timestamp, "last accrual");
        // accrual is per second on the stored indexes: one more second at the new utilization
        uint256 u = comet.getUtilization();
        vm.warp(block.timestamp + 1);
        comet.accrueAccount(supplier);
        uint256 expected = 1_014_999_999_976_144 + 1_014_999_999_976_144 * uint256(comet.getSupplyRate(u)) / 1e18;
        assertEq(comet.baseSupplyIndex(), expected, "one second later");
    }

    function test_borrowRepay() public {
        _supply(supplier, 1000e6);
        _borrow(500e6);
        vm.warp(block.timestamp + 30 days);
        uint256 debt = comet.borrowBalanceOf(borrower);
        usdc.mint(borrower, debt);
        vm.startPrank(borrower);
        usdc.approve(address(comet), type(uint256).max);
        vmx.expectEmit(true, true, false, true, address(comet));
        emit MockEventsLib.Repay(borrower, borrower, 100e6);
        assertEq(comet.repay(100e6), 100e6, "partial repay");
        assertApproxEqAbs(comet.borrowBalanceOf(borrower), debt - 100e6, 1, "debt reduced");
        uint256 paid = comet.repay(type(uint256).max);
        vm.stopPrank();
        assertApproxEqAbs(paid, debt - 100e6, 1, "full repay");
        assertEq(comet.borrowBalanceOf(borrower), 0, "no debt");
        assertEq(comet.totalBorrow(), 0, "no total debt");
        assertEq(comet.getUtilization(), 0, "no utilization");
        vm.prank(supplier);
        comet.withdraw(address(usdc), type(uint256).max);
        assertGt(usdc.balanceOf(supplier), 1000e6, "supplier earned interest");
        assertEq(comet.supplyPrincipalOf(supplier), 0, "no dust");
    }

    function test_cometReverts() public {
        vm.expectRevert(MockErrorsLib.ZeroAddress.selector);
        new Comet(address(0), 0.8e18, 0, 0, 0, 0.8e18, 0, 0, 0);
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        new Comet(address(usdc), 1e18 + 1, 0, 0, 0, 0.8e18, 0, 0, 0);
        vm.expectRevert(MockErrorsLib.InvalidRateParams.selector);
        new Comet(address(usdc), 0.8e18, 0, 0, 0, 1e18 + 1, 0, 0, 0);

        address other = address(0x07E4);
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.WrongAsset.selector, other));
        comet.supply(other, 1);
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.WrongAsset.selector, other));
        comet.withdraw(other, 1);
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.WrongAsset.selector, other));
        comet.withdrawTo(supplier, other, 1);
        vm.expectRevert(MockErrorsLib.ZeroAddress.selector);
        comet.withdrawTo(address(0), address(usdc), 1);

        _supply(supplier, 100e6);
        vm.prank(supplier);
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.InsufficientBalance.selector, 101e6, 100e6));
        comet.withdraw(address(usdc), 101e6);
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.InsufficientPoolLiquidity.selector, 101e6, 100e6));
        _borrow(101e6);
        vm.expectRevert(MockErrorsLib.NoDebt.selector);
        comet.repay(1);
    }

    // ---------------------------------------------------------------- adapter

    function test_adapterViews() public {
        _supply(supplier, 1000e6);
        _borrow(500e6);
        assertEq(adapter.asset(), address(usdc), "asset");
        assertEq(adapter.vault(), address(this), "vault");
        assertEq(address(adapter.COMET()), address(comet), "comet");
        assertEq(adapter.supplyRate(), 475_646_879 * YEAR * 1e9, "per-second x year, in ray");
        assertEq(adapter.supplyRateAfter(0, 0), adapter.supplyRate(), "no flow = current rate");
        // adding 250 lowers utilization to 40%: 951_293_759·0.4 = 380_517_503 per second
        assertEq(adapter.supplyRateAfter(250e6, 0), 380_517_503 * YEAR * 1e9, "after +250");
        // removing 375 raises it to 80%
        assertEq(adapter.supplyRateAfter(0, 375e6), 761_035_007 * YEAR * 1e9, "after -375");
    }

    function test_adapterSupplyRateAfterEmpty() public view {
        assertEq(adapter.supplyRateAfter(0, 0), 0, "no supply, zero utilization");
    }

    /// Fuzz: supplyRateAfter(x, 0) matches the market's rate after the adapter deposits x, up to Comet's
    /// principal rounding (a few base units of supply, i.e. ~1e-9 relative utilization, amplified by the
    /// steep slope above the kink): tolerance 1e-7 relative plus one per-second unit.
    function testFuzz_supplyRateAfterDeposit(uint256 x, uint256 borrowed, uint256 elapsed) public {
        _supply(supplier, 1000e6);
        _borrow(bound(borrowed, 1, 1000e6));
        vm.warp(block.timestamp + bound(elapsed, 0, 730 days));
        x = bound(x, 1, 1e13);
        uint256 preview = adapter.supplyRateAfter(x, 0);
        _deposit(x);
        assertApproxEqAbs(adapter.supplyRate(), preview, preview / 1e7 + YEAR * 1e9, "rate after deposit");
        assertApproxEqAbs(adapter.totalAssets(), x, 3, "deposited (principal rounding)");
    }

    /// Fuzz: supplyRateAfter(0, y) matches the market's rate after the adapter withdraws y.
    function testFuzz_supplyRateAfterWithdraw(uint256 d, uint256 y, uint256 borrowed, uint256 elapsed) public {
        _supply(supplier, 1000e6);
        _borrow(bound(borrowed, 1, 1000e6));
        d = bound(d, 2, 1e13);
        _deposit(d);
        vm.warp(block.timestamp + bound(elapsed, 0, 365 days));
        y = bound(y, 1, adapter.maxWithdraw());
        uint256 preview = adapter.supplyRateAfter(0, y);
        assertEq(adapter.withdraw(y, address(this)), y, "withdrawn");
        assertApproxEqAbs(adapter.supplyRate(), preview, preview / 1e7 + YEAR * 1e9, "rate after withdraw");
    }

    /// L-1: a partial and a full withdrawal (after a year of interest, every account cold) each use a small part
    /// of the vault's per-call gas budget.
    function test_adapterWithdrawGas() public {
        _supply(supplier, 1000e6);
        _borrow(600e6);
        _deposit(500e6);
        vm.warp(block.timestamp + 365 days);
        address[] memory touched = new address[](1);
        touched[0] = address(comet);
        _withdrawGas(adapter, 100e6, stranger, touched);
        _withdrawGas(adapter, type(uint256).max, stranger, touched);
        assertEq(adapter.totalAssets(), 0, "empty");
    }

    function test_adapterDepositWithdraw() public {
        _supply(supplier, 1000e6);
        _borrow(500e6);
        usdc.mint(address(this), 500e6);
        usdc.transfer(address(adapter), 500e6);
        vmx.expectEmit(true, false, false, true, address(adapter));
        emit AdapterEventsLib.SourceDeposit(address(this), 500e6);
        adapter.deposit(500e6);
        assertEq(adapter.totalAssets(), 500e6, "total assets");
        vm.warp(block.timestamp + 365 days);
        assertGt(adapter.totalAssets(), 500e6, "interest accrued");
        address receiver = address(0xA11CE);
        assertEq(adapter.withdraw(100e6, receiver), 100e6, "partial");
        assertEq(usdc.balanceOf(receiver), 100e6, "receiver");
        uint256 rest = adapter.totalAssets();
        assertEq(adapter.withdraw(type(uint256).max, address(this)), rest, "withdraw all");
        assertEq(usdc.balanceOf(address(this)), rest, "got all");
        assertEq(comet.supplyPrincipalOf(address(adapter)), 0, "no dust");
    }

    function test_adapterLiquidityShort() public {
        _supply(supplier, 1000e6);
        _deposit(1000e6);
        _borrow(1900e6);
        assertEq(adapter.totalAssets(), 1000e6, "total assets");
        assertEq(adapter.maxWithdraw(), 100e6, "limited by the market's cash");
        checkPosition(ISource(address(adapter)));
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.InsufficientPoolLiquidity.selector, 150e6, 100e6));
        adapter.withdraw(150e6, address(this));
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.InsufficientPoolLiquidity.selector, 1000e6, 100e6));
        adapter.withdraw(1000e6, address(this));
        assertEq(adapter.withdraw(100e6, address(this)), 100e6, "max withdraw works");
        assertEq(adapter.maxWithdraw(), 0, "drained");
        checkPosition(ISource(address(adapter)));
    }

    function test_adapterReverts() public {
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new CompoundV3Adapter(address(0), address(comet), address(usdc));
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new CompoundV3Adapter(address(this), address(0), address(usdc));
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new CompoundV3Adapter(address(this), address(comet), address(0));
        address other = address(0x07E4);
        vm.expectRevert(abi.encodeWithSelector(AdapterErrorsLib.AssetMismatch.selector, other, address(usdc)));
        new CompoundV3Adapter(address(this), address(comet), other);

        vm.prank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotVault.selector);
        adapter.deposit(1);
        vm.prank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotVault.selector);
        adapter.withdraw(1, stranger);
        vm.expectRevert(AdapterErrorsLib.ZeroAmount.selector);
        adapter.deposit(0);
        vm.expectRevert(AdapterErrorsLib.ZeroAmount.selector);
        adapter.withdraw(0, address(this));
    }

    // ---------------------------------------------------------------- pause

    function test_cometPause() public {
        assertEq(comet.governor(), address(this), "deployer governs");
        assertTrue(!(comet.isSupplyPaused() || comet.isWithdrawPaused()), "unpaused");
        vm.prank(stranger);
        vm.expectRevert(IComet.Unauthorized.selector);
        comet.pause(true, false, true, false, false);

        _supply(supplier, 1000e6);
        comet.pause(true, true, false, true, true);
        assertTrue(comet.isSupplyPaused(), "supply");
        assertTrue(comet.isTransferPaused(), "transfer");
        assertTrue(!(comet.isWithdrawPaused()), "withdraw");
        assertTrue(comet.isAbsorbPaused(), "absorb");
        assertTrue(comet.isBuyPaused(), "buy");
        _fund(supplier, address(comet), 1e6);
        vm.prank(supplier);
        vm.expectRevert(IComet.Paused.selector);
        comet.supply(address(usdc), 1e6);
        vm.prank(supplier);
        comet.withdraw(address(usdc), 1e6); // withdrawals still open

        comet.pause(false, false, true, false, false);
        assertTrue(!(comet.isSupplyPaused()), "supply reopened");
        assertTrue(comet.isWithdrawPaused(), "withdraw paused");
        vm.prank(supplier);
        vm.expectRevert(IComet.Paused.selector);
        comet.withdraw(address(usdc), 1e6);
        vm.prank(supplier);
        vm.expectRevert(IComet.Paused.selector);
        comet.withdrawTo(supplier, address(usdc), 1e6);
        vm.prank(borrower);
        vm.expectRevert(IComet.Paused.selector);
        comet.borrow(1e6);
        vm.prank(supplier);
        comet.supply(address(usdc), 1e6); // supplies open again
    }

    /// Withdraw paused: maxWithdraw 0 so the vault skips the source; supply paused: deposits refused.
    /// maxDeposit: unlimited (Comet caps collateral, not the base asset), 0 while supplies are paused.
    function test_adapterMaxDeposit() public {
        assertEq(adapter.maxDeposit(), type(uint256).max, "open");
        comet.pause(true, false, false, false, false);
        assertEq(adapter.maxDeposit(), 0, "supplies paused");
        comet.pause(false, false, true, false, false);
        assertEq(adapter.maxDeposit(), type(uint256).max, "withdrawals paused only");
    }

    function test_adapterPaused() public {
        _deposit(500e6);
        assertEq(adapter.maxWithdraw(), 500e6, "open");
        checkPosition(ISource(address(adapter)));
        comet.pause(false, false, true, false, false);
        assertEq(adapter.maxWithdraw(), 0, "withdraw paused: nothing withdrawable");
        checkPosition(ISource(address(adapter)));
        assertEq(adapter.totalAssets(), 500e6, "still valued");
        vm.expectRevert(IComet.Paused.selector);
        adapter.withdraw(100e6, address(this));

        comet.pause(true, false, false, false, false);
        assertEq(adapter.maxWithdraw(), 500e6, "withdrawals reopened");
        checkPosition(ISource(address(adapter)));
        usdc.mint(address(this), 100e6);
        usdc.transfer(address(adapter), 100e6);
        vm.expectRevert(IComet.Paused.selector);
        adapter.deposit(100e6);
        assertEq(usdc.balanceOf(address(adapter)), 100e6, "nothing supplied (the vault's transfer reverts with the call)");
    }

    // ---------------------------------------------------------------- sweep

    function test_adapterSweep() public {
        MockStablecoin comp = new MockStablecoin("Compound", "COMP");
        comp.mint(address(adapter), 5e6);
        address to = address(0x7E57);
        vmx.expectEmit(true, true, false, true, address(adapter));
        emit AdapterEventsLib.Swept(address(comp), to, 5e6);
        vm.prank(gov);
        assertEq(adapter.sweep(address(comp), to), 5e6, "swept");
        assertEq(comp.balanceOf(to), 5e6, "receiver");
        assertEq(comp.balanceOf(address(adapter)), 0, "adapter emptied");
    }

    function test_adapterSweepReverts() public {
        _deposit(100e6);
        MockStablecoin comp = new MockStablecoin("Compound", "COMP");
        comp.mint(address(adapter), 5e6);
        usdc.mint(address(adapter), 1e6);
        vm.prank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotGovernance.selector);
        adapter.sweep(address(comp), stranger);
        vm.expectRevert(AdapterErrorsLib.NotGovernance.selector);
        adapter.sweep(address(comp), address(this));
        vm.startPrank(gov);
        vm.expectRevert(abi.encodeWithSelector(AdapterErrorsLib.ProtectedToken.selector, address(usdc)));
        adapter.sweep(address(usdc), gov);
        vm.expectRevert(abi.encodeWithSelector(AdapterErrorsLib.ProtectedToken.selector, address(comet)));
        adapter.sweep(address(comet), gov);
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        adapter.sweep(address(comp), address(0));
        vm.stopPrank();
        assertEq(adapter.totalAssets(), 100e6, "position untouched");
    }
}
