// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {TestSource} from "./utils/TestSource.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";

/// @notice The rolling rebalance loss budget (lossWindow, maxWindowLossBps): a keeper churning through a
/// fee-charging source cannot lose maxLossBps on every call.
contract VaultLossBudgetTest is Fixture {
    uint256 internal constant DEPOSIT = 1_000_000e6;
    uint256 internal constant CHURN = 90_000e6; // moved in and out of the lossy source
    uint256 internal constant FEE = 900e6; // 1% withdrawal fee on CHURN: 0.09% of DEPOSIT, below maxLossBps (0.1%)
    uint256 internal constant TOLERANCE = 3 * 2; // 3 sources × ROUNDING_TOLERANCE_PER_SOURCE

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
        assertEq(vault.windowStart(), 0, "windowStart");
        assertEq(vault.windowLoss(), 0, "windowLoss");
        assertEq(vault.windowStartAssets(), 0, "windowStartAssets");
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
        for (uint256 i; i < 10; ++i) {
            _churnIn();
            _churnOut();
        }
        assertEq(vault.totalAssets(), DEPOSIT - 10 * FEE, "lost 10 fees");
        assertEq(vault.windowLoss(), 10 * (FEE - TOLERANCE), "all counted");
    }

    /// With the default budget (20 bps of total assets at the window's start), the third lossy rebalance in the
    /// block is refused although it alone is within maxLossBps.
    function test_churn_stoppedByWindowBudget() public {
        uint256 t0 = block.timestamp;
        _churnIn(); // opens the window, no loss
        assertEq(vault.windowStart(), t0, "windowStart");
        assertEq(vault.windowStartAssets(), DEPOSIT, "windowStartAssets");
        assertEq(vault.windowLoss(), 0, "no loss yet");

        _churnOut();
        assertEq(vault.windowLoss(), FEE - TOLERANCE, "one fee");
        _churnIn();
        _churnOut();
        assertEq(vault.windowLoss(), 2 * (FEE - TOLERANCE), "two fees");
        assertEq(vault.totalAssets(), DEPOSIT - 2 * FEE, "two fees lost");

        _churnIn();
        // this call alone loses 0.09% < maxLossBps (0.1% of ~1M + 6 wei) ...
        uint256 totalBefore = vault.totalAssets();
        uint256 perCallMax = (totalBefore * vault.maxLossBps()) / BPS + TOLERANCE;
        assertLt(FEE, perCallMax, "within the per-call limit");
        // ... but the window would reach 2700 > 2000 (20 bps of 1M)
        _expectThirdFeeRefused();
        assertEq(vault.windowLoss(), 2 * (FEE - TOLERANCE), "unchanged by the reverted call");
        assertEq(vault.totalAssets(), DEPOSIT - 2 * FEE, "nothing more lost");

        // loss-free rebalances still go through
        _rebalance3(100_000e6, 0, CHURN);
        assertEq(vault.windowLoss(), 2 * (FEE - TOLERANCE), "no loss charged");

        // a new block at the same timestamp does not help; just before the window ends neither
        vm.roll(block.number + 1);
        vm.warp(t0 + 1 days - 1);
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.WindowLossExceeded.selector, 3 * (FEE - TOLERANCE), 2000e6)
        );
        _rebalance3(100_000e6, 0, 0);
    }

    /// After lossWindow, a new window opens on the current total assets and the budget is fresh.
    function test_churn_budgetResetsAfterWindow() public {
        uint256 t0 = block.timestamp;
        _twoFeesThenIn();
        _expectThirdFeeRefused();

        vm.warp(t0 + 1 days);
        uint256 totalNow = DEPOSIT - 2 * FEE;
        assertEq(vault.totalAssets(), totalNow, "total");
        _churnOut();
        assertEq(vault.windowStart(), t0 + 1 days, "new window");
        assertEq(vault.windowStartAssets(), totalNow, "new base");
        assertEq(vault.windowLoss(), FEE - TOLERANCE, "fresh budget");
        assertEq(vault.totalAssets(), totalNow - FEE, "third fee lost");

        // the new window's budget is 20 bps of its start: 1996.4
        _churnIn();
        _churnOut();
        _churnIn();
        vm.expectRevert(
            abi.encodeWithSelector(
                ErrorsLib.WindowLossExceeded.selector, 3 * (FEE - TOLERANCE), (totalNow * 20) / BPS
            )
        );
        _rebalance3(0, 0, 0);
    }

    /// A shorter window set by governance applies to the current window.
    function test_setLossWindow_appliesToCurrentWindow() public {
        uint256 t0 = block.timestamp;
        _twoFeesThenIn();
        vm.prank(governance);
        vault.setLossWindow(1 hours);
        vm.warp(t0 + 1 hours);
        _churnOut();
        assertEq(vault.windowStart(), t0 + 1 hours, "new window");
        assertEq(vault.windowLoss(), FEE - TOLERANCE, "fresh budget");
    }

    /// lossWindow 0 is refused (it would reopen the window on every rebalance, leaving only the per-call limit):
    /// the budget stays in force and stops the churn as with the default window.
    function test_zeroLossWindow_refusedBudgetStays() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidLossWindow.selector, 0, 1 hours, 30 days));
        vault.setLossWindow(0);
        assertEq(vault.lossWindow(), 1 days, "unchanged");
        _twoFeesThenIn();
        _expectThirdFeeRefused();
    }

    /// The shortest window, MIN_LOSS_WINDOW, still budgets every rebalance within it; the next one opens a window.
    function test_minLossWindow_budgetsWithinTheHour() public {
        vm.prank(governance);
        vault.setLossWindow(1 hours);
        uint256 t0 = block.timestamp;
        _twoFeesThenIn();
        vm.warp(t0 + 1 hours - 1);
        _expectThirdFeeRefused();
        vm.warp(t0 + 1 hours);
        _churnOut();
        assertEq(vault.windowStart(), t0 + 1 hours, "new window");
        assertEq(vault.windowLoss(), FEE - TOLERANCE, "fresh budget");
    }

    /// The budget is never below one call's maxLossBps: a window budget of 0 still admits one loss within
    /// maxLossBps, but not a second.
    function test_budgetFloorIsMaxLossBps() public {
        vm.prank(governance);
        vault.setMaxWindowLossBps(0);
        _churnIn();
        _churnOut(); // 900 ≤ 10 bps of 1M = 1000
        _churnIn();
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.WindowLossExceeded.selector, 2 * (FEE - TOLERANCE), 1000e6)
        );
        _rebalance3(0, 0, 0);
    }

    /// Raising maxWindowLossBps mid-window lets the churn go on up to the new budget.
    function test_setMaxWindowLossBps_appliesToCurrentWindow() public {
        _twoFeesThenIn();
        vm.prank(governance);
        vault.setMaxWindowLossBps(30);
        _churnOut();
        assertEq(vault.windowLoss(), 3 * (FEE - TOLERANCE), "three fees within 30 bps");
    }

    /// Losses within the rounding tolerance are not charged to the window.
    function test_roundingToleranceNotCharged() public {
        _rebalance3(0, 0, 500); // 5 wei fee on the way out: within the 6 wei tolerance
        _rebalance3(0, 0, 0);
        assertEq(vault.windowLoss(), 0, "not charged");
        assertEq(vault.totalAssets(), DEPOSIT - 5, "lost 5 wei");
    }

    /// A window opened on an empty vault is replaced by the next rebalance (a zero base would be a zero budget).
    function test_windowOpenedOnZeroAssetsReopens() public {
        // a fresh vault state: alice leaves
        vm.startPrank(alice);
        vault.redeem(vault.balanceOf(alice), alice, alice);
        vm.stopPrank();
        assertEq(vault.totalAssets(), 0, "empty");
        _rebalance3(0, 0, 0);
        assertEq(vault.windowStartAssets(), 0, "opened on 0");
        vm.warp(block.timestamp + 1 hours);
        _deposit(bob, DEPOSIT);
        _churnIn();
        assertEq(vault.windowStart(), block.timestamp, "reopened");
        assertEq(vault.windowStartAssets(), DEPOSIT, "base");
        _churnOut();
        assertEq(vault.windowLoss(), FEE - TOLERANCE, "charged against the new base");
    }

    // ================================================================ helpers

    function _churnIn() internal {
        _rebalance3(0, 0, CHURN);
    }

    function _churnOut() internal {
        _rebalance3(0, 0, 0);
    }

    /// @dev Two lossy round trips (two fees charged to the window), then the lossy source is filled again.
    function _twoFeesThenIn() internal {
        _churnIn();
        _churnOut();
        _churnIn();
        _churnOut();
        _churnIn();
    }

    /// @dev The next churn out would charge a third fee: over the default 20 bps budget of DEPOSIT.
    function _expectThirdFeeRefused() internal {
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.WindowLossExceeded.selector, 3 * (FEE - TOLERANCE), 2000e6)
        );
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
