// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {TestSource} from "./utils/TestSource.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";
import {sourceAssets} from "./utils/VaultReads.sol";

/// @notice Keeper liveness failsafe: trigger conditions, unwinding to idle or the safe source, partial liquidity,
/// broken and lossy sources, rebalance block, clearing.
contract VaultFailsafeTest is Fixture {
    uint256 internal constant WINDOW = 3 days;
    TestSource internal ts;
    uint256 internal t0;

    function setUp() public override {
        super.setUp();
        ts = new TestSource(address(vault), address(usdc));
        vm.startPrank(governance);
        vault.addSource(address(ts), type(uint256).max, BPS);
        vault.setLivenessWindow(WINDOW);
        vm.stopPrank();
        _deposit(alice, 1000e6);
        _rebalance3(400e6, 300e6, 200e6); // idle 100
        t0 = block.timestamp;
    }

    // ================================================================ configuration

    function test_setLivenessWindow_validation() public {
        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidLivenessWindow.selector, 1, 1 hours, 365 days));
        vault.setLivenessWindow(1);
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.InvalidLivenessWindow.selector, 365 days + 1, 1 hours, 365 days)
        );
        vault.setLivenessWindow(365 days + 1);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetLivenessWindow(0);
        vault.setLivenessWindow(0);
        vault.setLivenessWindow(1 hours);
        vault.setLivenessWindow(365 days);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownSource.selector, address(0x1)));
        vault.setSafeSource(address(0x1));
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetSafeSource(address(adapterB));
        vault.setSafeSource(address(adapterB));
        vault.setSafeSource(address(0));
        vm.stopPrank();
        assertEq(vault.livenessWindow(), 365 days, "window");
        assertEq(vault.safeSource(), address(0), "safe source unset");
    }

    function test_failsafeAdmin_onlyGovernance() public {
        address[3] memory wrong = [keeper, guardian, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.startPrank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.setLivenessWindow(1 days);
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.setSafeSource(address(adapterA));
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.clearFailsafe();
            vm.stopPrank();
        }
        vm.startPrank(alice);
        vm.expectRevert(ErrorsLib.NotSelf.selector);
        vault.failsafeWithdraw(address(adapterA));
        vm.expectRevert(ErrorsLib.NotSelf.selector);
        vault.failsafeDeposit(address(adapterA), 1);
        vm.stopPrank();
    }

    // ================================================================ M-1: a governed change starts a fresh window

    /// Enabling the failsafe (0 → 1 day) after the keeper was silent for longer (it had no reason to show itself)
    /// does not let anyone trigger it in the same block: the keeper gets the whole new window.
    function test_enablingTheWindow_givesTheKeeperAFreshWindow() public {
        vm.prank(governance);
        vault.setLivenessWindow(0);
        vm.warp(t0 + 10 days);
        vm.prank(governance);
        vault.setLivenessWindow(1 days);
        assertEq(vault.lastKeeperActivity(), block.timestamp, "fresh window");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, block.timestamp + 1 days));
        vault.triggerFailsafe();
        vm.warp(block.timestamp + 1 days + 1); // silent for the whole new window: now it can
        vault.triggerFailsafe();
        assertTrue(vault.failsafe(), "failsafe after a silent new window");
    }

    /// Shortening the window (3 days → 1 hour) two days after the keeper last acted does not make it silent at once.
    function test_shorteningTheWindow_givesTheKeeperAFreshWindow() public {
        vm.warp(t0 + 2 days);
        vm.prank(governance);
        vault.setLivenessWindow(1 hours);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, block.timestamp + 1 hours));
        vault.triggerFailsafe();
        vm.prank(keeper);
        vault.heartbeat(); // the keeper shows itself within the new window: still live after it
        vm.warp(block.timestamp + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, block.timestamp));
        vault.triggerFailsafe();
    }

    /// A new keeper is not answerable for the old one's silence.
    function test_setKeeper_givesTheNewKeeperAFreshWindow() public {
        vm.warp(t0 + WINDOW + 1); // the old keeper is silent: the failsafe could be triggered now
        address next = address(0xBEEF);
        vm.prank(governance);
        vault.setKeeper(next);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, block.timestamp + WINDOW));
        vault.triggerFailsafe();
    }

    // ================================================================ trigger

    function test_trigger_notWhileLive() public {
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, t0 + WINDOW));
        vault.triggerFailsafe();
        vm.warp(t0 + WINDOW); // exactly at the deadline: still live
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, t0 + WINDOW));
        vault.triggerFailsafe();
        // a heartbeat extends liveness
        vm.prank(keeper);
        vault.heartbeat();
        vm.warp(t0 + 2 * WINDOW);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, t0 + 2 * WINDOW));
        vault.triggerFailsafe();
        assertEq(vault.failsafe(), false, "not triggered");
    }

    function test_trigger_disabled() public {
        vm.prank(governance);
        vault.setLivenessWindow(0);
        vm.warp(t0 + 365 days);
        vm.expectRevert(ErrorsLib.FailsafeDisabled.selector);
        vault.triggerFailsafe();
    }

    /// After the window anyone triggers: everything withdrawable moves to idle.
    function test_trigger_unwindsToIdle() public {
        vm.warp(t0 + WINDOW + 1);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeTriggered(bob, t0);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeWithdraw(address(adapterA), 400e6);
        vm.prank(bob);
        vault.triggerFailsafe();
        assertEq(vault.failsafe(), true, "failsafe on");
        assertEq(vault.idle(), 1000e6, "all idle");
        assertEq(sourceAssets(vault, address(adapterA)), 0, "A unwound");
        assertEq(sourceAssets(vault, address(adapterB)), 0, "B unwound");
        assertEq(sourceAssets(vault, address(ts)), 0, "ts unwound");
        assertEq(vault.totalAssets(), 1000e6, "nothing lost");
        vm.expectRevert(ErrorsLib.FailsafeActive.selector);
        vault.triggerFailsafe();
    }

    /// With a safe source, what was pulled goes into it, keeping minIdle and within its caps.
    function test_trigger_unwindsToSafeSource() public {
        vm.startPrank(governance);
        vault.setSafeSource(address(adapterB));
        vault.setCaps(address(adapterB), 650e6, BPS);
        vm.stopPrank();
        vm.warp(t0 + WINDOW + 1);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeDeposit(address(adapterB), 350e6);
        vault.triggerFailsafe();
        assertEq(sourceAssets(vault, address(adapterA)), 0, "A unwound");
        assertEq(sourceAssets(vault, address(ts)), 0, "ts unwound");
        assertEq(sourceAssets(vault, address(adapterB)), 650e6, "B filled up to its cap");
        assertEq(vault.idle(), 350e6, "rest idle");

        // without a cap limit, minIdle is kept
        vm.prank(governance);
        vault.clearFailsafe();
        _rebalance3(300e6, 600e6, 0);
        vm.warp(block.timestamp + WINDOW + 1);
        vm.prank(governance);
        vault.setCaps(address(adapterB), type(uint256).max, BPS);
        vault.triggerFailsafe();
        assertEq(sourceAssets(vault, address(adapterB)), 900e6, "B took what A had");
        assertEq(vault.idle(), 100e6, "min idle kept");
    }

    /// A safe source with a supply cap takes what its cap leaves (its maxDeposit) instead of refusing everything.
    function test_trigger_safeSourceDepositWithinItsMaxDeposit() public {
        vm.prank(governance);
        vault.setSafeSource(address(adapterB));
        _setSupplyCap(poolB, 500); // 500 whole tokens: B holds 300, room for 200
        vm.warp(t0 + WINDOW + 1);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeDeposit(address(adapterB), adapterB.maxDeposit());
        vault.triggerFailsafe();
        assertApproxEqAbs(sourceAssets(vault, address(adapterB)), 500e6, 1, "B filled up to its supply cap");
        assertApproxEqAbs(vault.idle(), 500e6, 1, "the rest idle");
    }

    /// Only what is liquid is pulled; a later unwind pulls what became liquid since.
    function test_unwind_partialLiquidityThenRest() public {
        _borrow(poolA, 300e6); // A: 100 free of 400
        vm.warp(t0 + WINDOW + 1);
        vault.triggerFailsafe();
        uint256 leftInA = sourceAssets(vault, address(adapterA));
        assertGt(leftInA, 299e6, "A's borrowed part stays");
        assertEq(sourceAssets(vault, address(adapterB)), 0, "B unwound");
        _repayAll(poolA);
        vm.prank(alice);
        vault.unwindFailsafe();
        assertEq(sourceAssets(vault, address(adapterA)), 0, "rest pulled");
        assertGe(vault.idle(), 1000e6, "all idle (plus interest)");
    }

    function test_unwind_requiresFailsafe() public {
        vm.expectRevert(ErrorsLib.FailsafeNotActive.selector);
        vault.unwindFailsafe();
    }

    /// A reverting source is skipped; a source that would lose funds is skipped; the others are unwound.
    function test_unwind_isolatesBrokenAndLossySources() public {
        ts.setBroken(true);
        vm.warp(t0 + WINDOW + 1);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeSkipped(address(ts));
        vault.triggerFailsafe();
        assertEq(sourceAssets(vault, address(adapterA)), 0, "A unwound");
        assertEq(sourceAssets(vault, address(adapterB)), 0, "B unwound");
        assertEq(usdc.balanceOf(address(ts)), 200e6, "broken source untouched");

        ts.setBroken(false);
        ts.setWithdrawFeeBps(100); // 1% > maxLoss 0.1%
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeSkipped(address(ts));
        vault.unwindFailsafe();
        assertEq(usdc.balanceOf(address(ts)), 200e6, "lossy withdrawal undone");

        ts.setWithdrawFeeBps(5); // 0.05%: within the tolerance
        vault.unwindFailsafe();
        assertEq(usdc.balanceOf(address(ts)), 0, "unwound within tolerance");
        assertEq(vault.totalAssets(), 1000e6 - 0.1e6, "only the tolerated loss");
    }

    /// L-1: two sources burning all the gas they are given (one in every call, one only in withdraw) cannot stop
    /// the failsafe within a 45M-gas block: each isolated step gets FAILSAFE_STEP_GAS, fails and is skipped, and
    /// the healthy sources are unwound.
    function test_unwind_gasBurningSourcesAreSkipped() public {
        // the burners first in allocation order: ts, ts2, A, B
        _rebalance3(0, 0, 200e6);
        TestSource ts2 = new TestSource(address(vault), address(usdc));
        vm.startPrank(governance);
        vault.removeSource(address(adapterA));
        vault.removeSource(address(adapterB));
        vault.addSource(address(ts2), type(uint256).max, BPS);
        vault.addSource(address(adapterA), type(uint256).max, BPS);
        vault.addSource(address(adapterB), type(uint256).max, BPS);
        vm.stopPrank();
        _rebalance4(200e6, 100e6, 300e6, 300e6); // idle 100
        ts.setGasBurner(true);
        ts2.setWithdrawBurner(true);
        vm.warp(block.timestamp + WINDOW + 1);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeSkipped(address(ts));
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeSkipped(address(ts2));
        vault.triggerFailsafe{gas: 45_000_000}();
        assertEq(sourceAssets(vault, address(adapterA)), 0, "A unwound");
        assertEq(sourceAssets(vault, address(adapterB)), 0, "B unwound");
        assertEq(vault.idle(), 700e6, "A and B in idle");
        assertEq(usdc.balanceOf(address(ts2)), 100e6, "ts2 skipped");
    }

    /// L-1: starving the failsafe of gas cannot make it skip a source: a step that fails with less than
    /// FAILSAFE_STEP_GAS given to it reverts the whole call.
    function test_unwind_starvedStepReverts() public {
        ts.setWithdrawBurner(true); // stands for a healthy source needing more gas than the caller left
        vm.warp(t0 + WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceCallOutOfGas.selector, address(ts)));
        vault.triggerFailsafe{gas: 3_000_000}();
    }

    /// A safe source that fails on deposit leaves the funds idle.
    function test_unwind_brokenSafeSourceKeepsIdle() public {
        vm.prank(governance);
        vault.setSafeSource(address(ts));
        ts.setReenter(address(vault), abi.encodeCall(vault.accrueFee, ())); // its deposit reverts
        vm.warp(t0 + WINDOW + 1);
        vault.triggerFailsafe();
        assertEq(vault.idle(), 800e6, "A and B unwound to idle");
        assertEq(usdc.balanceOf(address(ts)), 200e6, "safe source kept its own, got nothing");
        assertEq(usdc.allowance(address(vault), address(ts)), 0, "no allowance left");
    }

    /// While paused, the failsafe only unwinds to idle.
    function test_unwind_pausedStaysIdle() public {
        vm.prank(governance);
        vault.setSafeSource(address(adapterB));
        vm.prank(guardian);
        vault.pause();
        vm.warp(t0 + WINDOW + 1);
        vault.triggerFailsafe();
        assertEq(sourceAssets(vault, address(adapterB)), 300e6, "nothing moved into the safe source");
        assertEq(vault.idle(), 700e6, "A and ts to idle");
    }

    // ================================================================ while active

    /// Rebalances stop, a heartbeat does not clear it, deposits go idle and withdrawals work; only governance
    /// clears it, with a fresh window for the keeper.
    function test_failsafe_blocksRebalanceUntilGovernanceClears() public {
        vm.warp(t0 + WINDOW + 1);
        vault.triggerFailsafe();
        vm.expectRevert(ErrorsLib.FailsafeActive.selector);
        _rebalance3(100e6, 0, 0);
        vm.prank(keeper);
        vault.heartbeat();
        assertEq(vault.failsafe(), true, "heartbeat does not clear");
        vm.expectRevert(ErrorsLib.FailsafeActive.selector);
        _rebalance3(100e6, 0, 0);

        _deposit(bob, 500e6);
        assertEq(vault.idle(), 1500e6, "deposits go idle");
        vm.prank(alice);
        vault.withdraw(1000e6, alice, alice);
        assertEq(usdc.balanceOf(alice), 1000e6, "withdrawals work");

        vm.prank(guardian);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.clearFailsafe();
        vm.warp(block.timestamp + 1 days);
        vm.prank(governance);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.FailsafeCleared(governance);
        vault.clearFailsafe();
        assertEq(vault.failsafe(), false, "cleared");
        assertEq(vault.lastKeeperActivity(), block.timestamp, "fresh window");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.KeeperLive.selector, block.timestamp + WINDOW));
        vault.triggerFailsafe();
        _rebalance3(100e6, 0, 0);
        vm.prank(governance);
        vm.expectRevert(ErrorsLib.FailsafeNotActive.selector);
        vault.clearFailsafe();
    }

    /// Fuzz: for any liquidity in A, the failsafe never loses assets and pulls everything liquid.
    function testFuzz_trigger(uint256 borrowBps, uint256 late) public {
        uint256 borrowed = (400e6 * bound(borrowBps, 0, BPS)) / BPS;
        if (borrowed != 0) _borrow(poolA, borrowed);
        vm.warp(t0 + WINDOW + bound(late, 1, 365 days));
        uint256 totalBefore = vault.totalAssets();
        vault.triggerFailsafe();
        assertGe(vault.totalAssets() + 2, totalBefore, "nothing lost");
        assertEq(sourceAssets(vault, address(adapterB)), 0, "B unwound");
        assertEq(sourceAssets(vault, address(ts)), 0, "ts unwound");
        assertEq(adapterA.maxWithdraw(), 0, "A: all that was liquid pulled");
    }

    function _rebalance4(uint256 a, uint256 b, uint256 c, uint256 d) internal {
        uint256[] memory t = new uint256[](4);
        t[0] = a;
        t[1] = b;
        t[2] = c;
        t[3] = d;
        _rebalance(t);
    }

    function _rebalance3(uint256 a, uint256 b, uint256 c) internal {
        uint256[] memory t = new uint256[](3);
        t[0] = a;
        t[1] = b;
        t[2] = c;
        _rebalance(t);
    }
}
