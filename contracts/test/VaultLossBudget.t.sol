// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {TestSource} from "./utils/TestSource.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";

/// @notice The rolling rebalance loss budget (lossWindow, maxWindowLossBps): a keeper churning through a
/// fee-charging source cannot lose maxLossBps on every call, nor two budgets across a window boundary, nor more of a
/// remaining holder's value because someone else's deposit passed through.
contract VaultLossBudgetTest is Fixture {
    uint256 internal constant DEPOSIT = 1_000_000e6;
    uint256 internal constant CHURN = 90_000e6; // moved in and out of the lossy source
    uint256 internal constant FEE = 900e6; // 1% withdrawal fee on CHURN: 0.09% of DEPOSIT, below maxLossBps (0.1%)
    uint256 internal constant TOLERANCE = 3 * 2; // 3 sources × ROUNDING_TOLERANCE_PER_SOURCE
    uint256 internal constant LOSS_UNIT = 1e9;

    TestSource internal lossy;

    function setUp() public override {
        super.setUp();
        lossy = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(lossy), type(uint256).max, BPS);
        lossy.setWithdrawFeeBps(100);
        _deposit(alice, DEPOSIT);
    }

    // ================================================================ defaults and setters

    function test_defaults() public view {
        assertEq(vault.lossWindow(), 1 days, "lossWindow");
        assertEq(vault.maxWindowLossBps(), 20, "maxWindowLossBps");
        assertEq(vault.windowLoss(), 0, "windowLoss");
        assertEq(vault.windowLossBudget(), 2_000_000, "20 bps in parts per billion");
        assertEq(vault.LOSS_SLOTS(), 7, "LOSS_SLOTS");
        assertEq(vault.MIN_LOSS_WINDOW(), 1 hours, "MIN_LOSS_WINDOW");
        assertEq(vault.MAX_LOSS_WINDOW(), 30 days, "MAX_LOSS_WINDOW");
        assertEq(vault.maxLossBps(), 10, "maxLossBps unchanged");
    }

    function test_setters_governanceOnly() public {
        address[3] memory wrong = [keeper, guardian, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.startPrank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.setLossWindow(1 hours);
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.setMaxWindowLossBps(1);
            vm.stopPrank();
        }
        assertEq(vault.lossWindow(), 1 days, "lossWindow unchanged");
        assertEq(vault.maxWindowLossBps(), 20, "maxWindowLossBps unchanged");
    }

    function test_setters_boundsAndEvents() public {
        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidLossWindow.selector, 30 days + 1, 1 hours, 30 days));
        vault.setLossWindow(30 days + 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidLossWindow.selector, 1 hours - 1, 1 hours, 30 days));
        vault.setLossWindow(1 hours - 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidLossWindow.selector, 0, 1 hours, 30 days));
        vault.setLossWindow(0);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidBps.selector, 10001));
        vault.setMaxWindowLossBps(10001);

        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetLossWindow(30 days);
        vault.setLossWindow(30 days);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetMaxWindowLossBps(10000);
        vault.setMaxWindowLossBps(10000);
        assertEq(vault.lossWindow(), 30 days, "lossWindow max");
        assertEq(vault.maxWindowLossBps(), 10000, "maxWindowLossBps max");

        vault.setLossWindow(1 hours);
        vault.setMaxWindowLossBps(0);
        vm.stopPrank();
        assertEq(vault.lossWindow(), 1 hours, "lossWindow min");
        assertEq(vault.maxWindowLossBps(), 0, "maxWindowLossBps 0");
    }

    // ================================================================ the churn

    /// Without a meaningful budget (raised to 100%), the pre-fix behaviour: every round trip loses 0.09%, each call
    /// within maxLossBps, so 10 of them in one block lose ~0.9% of 1M.
    function test_churn_unboundedWithoutBudget() public {
        vm.prank(governance);
        vault.setMaxWindowLossBps(BPS);
        uint256 charged;
        for (uint256 i; i < 10; ++i) {
            _churnIn();
            charged += _nextFee();
            _churnOut();
        }
        assertEq(vault.totalAssets(), DEPOSIT - 10 * FEE, "lost 10 fees");
        assertEq(vault.windowLoss(), charged, "all counted");
    }

    /// With the default budget (20 bps of share value), the third lossy rebalance in the block is refused although
    /// it alone is within maxLossBps; so it is until the first two leave the rolling window.
    function test_churn_stoppedByWindowBudget() public {
        uint256 t0 = block.timestamp;
        _churnIn();
        assertEq(vault.windowLoss(), 0, "no loss yet");
        uint256 first = _nextFee();
        _churnOut();
        assertEq(vault.windowLoss(), first, "one fee");
        assertEq(first, 900_000, "0.09% of 1M in parts per billion (6 wei of tolerance rounds up)");
        _churnIn();
        uint256 second = _nextFee();
        _churnOut();
        assertEq(vault.windowLoss(), first + second, "two fees");
        assertEq(vault.totalAssets(), DEPOSIT - 2 * FEE, "two fees lost");

        _churnIn();
        // this call alone loses 0.09% < maxLossBps (0.1% of ~1M + 6 wei) ...
        uint256 totalBefore = vault.totalAssets();
        uint256 perCallMax = (totalBefore * vault.maxLossBps()) / BPS + TOLERANCE;
        assertLt(FEE, perCallMax, "within the per-call limit");
        // ... but the rolling sum would exceed 20 bps
        _expectThirdFeeRefused(first + second);
        assertEq(vault.windowLoss(), first + second, "unchanged by the reverted call");
        assertEq(vault.totalAssets(), DEPOSIT - 2 * FEE, "nothing more lost");

        // loss-free rebalances still go through
        _rebalance3(100_000e6, 0, CHURN);
        assertEq(vault.windowLoss(), first + second, "no loss charged");

        // a new block at the same timestamp does not help; just before the window ends neither
        vm.roll(block.number + 1);
        vm.warp(t0 + 1 days - 1);
        _rebalance3(0, 0, CHURN);
        _expectThirdFeeRefused(first + second);
    }

    /// M-3: the budget rolls. Two fees spent just before a day boundary cannot be followed by a fresh budget just
    /// after it (a tumbling window allowed two full budgets within minutes); they leave the sum only once every
    /// sub-window they were charged in is more than lossWindow old.
    function test_budgetRolls_noTwoBudgetsBackToBack() public {
        uint256 t1 = block.timestamp + 1 days - 10 minutes;
        vm.warp(t1);
        _churnIn();
        uint256 first = _nextFee();
        _churnOut();
        _churnIn();
        uint256 second = _nextFee();
        _churnOut();
        _churnIn();
        vm.warp(t1 + 20 minutes); // a tumbling day window would have reopened here
        _expectThirdFeeRefused(first + second);
        vm.warp(t1 + 1 days); // exactly one window later: still within the rolling sum
        _expectThirdFeeRefused(first + second);
        vm.warp(t1 + 1 days + 4 hours); // LOSS_SLOTS sub-windows of 4 hours later: fallen out
        assertEq(vault.windowLoss(), 0, "the old fees left the window");
        uint256 third = _nextFee();
        _churnOut();
        assertEq(vault.windowLoss(), third, "fresh budget");
    }

    /// M-3: the budget is share value, not a snapshot of total assets a whale can inflate. Bob's 9M passes through
    /// the vault: one fee while he is in costs 0.9 bps of the vault, and after he leaves each fee costs 9 bps of
    /// what stays, so the third is refused and Alice, who stayed, loses under 20 bps of her value.
    function test_budgetIsShareValue_notInflatedByADepositThatLeaves() public {
        uint256 aliceBefore = vault.convertToAssets(vault.balanceOf(alice));
        uint256 bobShares = _deposit(bob, 9 * DEPOSIT);
        _churnIn();
        uint256 whileIn = _nextFee();
        _churnOut();
        assertEq(whileIn, 90_000, "0.009% of 10M");
        vm.prank(bob);
        vault.redeem(bobShares, bob, bob);
        _churnIn();
        uint256 second = _nextFee();
        _churnOut();
        _churnIn();
        uint256 third = _nextFee();
        _churnOut();
        _churnIn();
        _expectThirdFeeRefused(whileIn + second + third);
        uint256 aliceAfter = vault.convertToAssets(vault.balanceOf(alice));
        assertLe((aliceBefore - aliceAfter) * LOSS_UNIT, aliceBefore * vault.windowLossBudget(), "Alice within budget");
    }

    /// A shorter window set by governance frees no budget early: what was charged counts as charged now.
    function test_setLossWindow_neverFreesBudgetEarly() public {
        (uint256 charged) = _twoFeesThenIn();
        vm.prank(governance);
        vault.setLossWindow(1 hours);
        assertEq(vault.windowLoss(), charged, "still charged");
        _expectThirdFeeRefused(charged);
        vm.warp(block.timestamp + 1 hours);
        _expectThirdFeeRefused(charged);
        vm.warp(block.timestamp + 10 minutes); // seven 10-minute sub-windows after the change
        uint256 third = _nextFee();
        _churnOut();
        assertEq(vault.windowLoss(), third, "fresh budget");
    }

    /// lossWindow 0 is refused (it would leave only the per-call limit): the budget stays in force and stops the
    /// churn as with the default window.
    function test_zeroLossWindow_refusedBudgetStays() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidLossWindow.selector, 0, 1 hours, 30 days));
        vault.setLossWindow(0);
        assertEq(vault.lossWindow(), 1 days, "unchanged");
        _expectThirdFeeRefused(_twoFeesThenIn());
    }

    /// The shortest window, MIN_LOSS_WINDOW, still budgets every rebalance within it.
    function test_minLossWindow_budgetsWithinTheHour() public {
        vm.prank(governance);
        vault.setLossWindow(1 hours);
        uint256 t0 = block.timestamp;
        uint256 charged = _twoFeesThenIn();
        vm.warp(t0 + 1 hours - 1);
        _expectThirdFeeRefused(charged);
        vm.warp(t0 + 70 minutes);
        uint256 third = _nextFee();
        _churnOut();
        assertEq(vault.windowLoss(), third, "fresh budget");
    }

    /// The budget is never below one call's maxLossBps: a window budget of 0 still admits one loss within
    /// maxLossBps, but not a second.
    function test_budgetFloorIsMaxLossBps() public {
        vm.prank(governance);
        vault.setMaxWindowLossBps(0);
        assertEq(vault.windowLossBudget(), 1_000_000, "10 bps");
        _churnIn();
        uint256 first = _nextFee();
        _churnOut(); // 900 ≤ 10 bps of 1M = 1000
        _churnIn();
        uint256 second = _nextFee();
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.WindowLossExceeded.selector, first + second, 1_000_000));
        _rebalance3(0, 0, 0);
    }

    /// Raising maxWindowLossBps lets the churn go on up to the new budget.
    function test_setMaxWindowLossBps_appliesAtOnce() public {
        uint256 charged = _twoFeesThenIn();
        vm.prank(governance);
        vault.setMaxWindowLossBps(30);
        uint256 third = _nextFee();
        _churnOut();
        assertEq(vault.windowLoss(), charged + third, "three fees within 30 bps");
    }

    /// Losses within the rounding tolerance are not charged.
    function test_roundingToleranceNotCharged() public {
        _rebalance3(0, 0, 500); // 5 wei fee on the way out: within the 6 wei tolerance
        _rebalance3(0, 0, 0);
        assertEq(vault.windowLoss(), 0, "not charged");
        assertEq(vault.totalAssets(), DEPOSIT - 5, "lost 5 wei");
    }

    /// A rebalance of an empty vault charges nothing, and the budget is whole when deposits come back.
    function test_emptyVaultChargesNothing() public {
        vm.startPrank(alice);
        vault.redeem(vault.balanceOf(alice), alice, alice);
        vm.stopPrank();
        assertEq(vault.totalAssets(), 0, "empty");
        _rebalance3(0, 0, 0);
        assertEq(vault.windowLoss(), 0, "nothing charged");
        _deposit(bob, DEPOSIT);
        _churnIn();
        uint256 first = _nextFee();
        _churnOut();
        assertEq(vault.windowLoss(), first, "charged against the vault's value");
    }

    // ================================================================ helpers

    function _churnIn() internal {
        _rebalance3(0, 0, CHURN);
    }

    function _churnOut() internal {
        _rebalance3(0, 0, 0);
    }

    /// @dev Two lossy round trips, then the lossy source is filled again; returns what the two charged.
    function _twoFeesThenIn() internal returns (uint256 charged) {
        _churnIn();
        charged = _nextFee();
        _churnOut();
        _churnIn();
        charged += _nextFee();
        _churnOut();
        _churnIn();
    }

    /// @dev What the next churn out will charge: its fee beyond the tolerance, as a fraction of total assets now,
    /// rounded up, in LOSS_UNIT units.
    function _nextFee() internal view returns (uint256) {
        uint256 total = vault.totalAssets();
        return ((FEE - TOLERANCE) * LOSS_UNIT + total - 1) / total;
    }

    /// @dev The next churn out would charge a third fee, over the default 20 bps budget.
    function _expectThirdFeeRefused(uint256 charged) internal {
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.WindowLossExceeded.selector, charged + _nextFee(), 2_000_000));
        _rebalance3(0, 0, 0);
    }

    function _rebalance3(uint256 a, uint256 b, uint256 c) internal {
        uint256[] memory t = new uint256[](3);
        t[0] = a;
        t[1] = b;
        t[2] = c;
        _rebalance(t);
    }
}
