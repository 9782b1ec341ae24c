// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {TestSource} from "./utils/TestSource.sol";
import {SourceCallLib} from "../src/libraries/SourceCallLib.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";
import {sourceAssets, withdrawQueueOf} from "./utils/VaultReads.sol";

/// @notice A source that reverts (or burns all gas) on every call: accounting as 0, withdrawals still served,
/// deposits refused, and governance's force removal with a write-off.
contract VaultBrokenSourceTest is Fixture {
    TestSource internal ts;

    function setUp() public override {
        super.setUp();
        ts = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(ts), type(uint256).max, BPS);
        _deposit(alice, 600e6);
        _deposit(bob, 400e6);
        _rebalance3(200e6, 100e6, 500e6); // idle 200
        // the broken source first in the withdraw queue
        address[] memory q = new address[](3);
        q[0] = address(ts);
        q[1] = address(adapterA);
        q[2] = address(adapterB);
        vm.prank(governance);
        vault.setWithdrawQueue(q);
    }

    /// A reverting source counts as 0 assets and 0 liquidity; withdrawals are served from idle and the other
    /// sources (skipping it), at the lower price; deposits are refused until it is valued again or removed.
    function test_brokenSource_doesNotBrickWithdrawals() public {
        ts.setBroken(true);
        assertEq(vault.totalAssets(), 500e6, "broken source counts as 0");
        assertEq(sourceAssets(vault, address(ts)), 0, "sourceAssets 0");
        assertEq(vault.availableLiquidity(), 500e6, "no liquidity from it");
        uint256 r = vault.ROUNDING_TOLERANCE_PER_SOURCE();
        assertEq(vault.maxWithdraw(alice), 300e6 - r, "alice: 60% of the valued 500, less A's rounding allowance");
        assertEq(vault.maxDeposit(alice), 0, "deposits closed");
        assertEq(vault.maxMint(alice), 0, "mints closed");

        vm.prank(alice);
        vault.withdraw(250e6, alice, alice); // idle 200 + 50 from A (ts skipped)
        assertEq(usdc.balanceOf(alice), 250e6, "paid");
        assertEq(sourceAssets(vault, address(adapterA)), 150e6, "A paid the rest");
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        vault.redeem(bobShares, bob, bob);
        assertApproxEqAbs(usdc.balanceOf(bob), 200e6 - r, 1, "bob redeems at the lower price");

        usdc.mint(bob, 1e6);
        vm.startPrank(bob);
        usdc.approve(address(vault), 1e6);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceUnvalued.selector, address(ts)));
        vault.deposit(1e6, bob);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceUnvalued.selector, address(ts)));
        vault.mint(1e6, bob);
        vm.stopPrank();

        // the source recovers: deposits reopen and the remaining holder gets its assets back
        ts.setBroken(false);
        assertEq(vault.maxDeposit(alice), type(uint256).max, "deposits reopen");
        // plus the rounding allowances both exits left behind
        assertApproxEqAbs(vault.totalAssets(), 550e6 + 2 * r, 1, "valued again");
    }

    /// A source whose views work but whose withdraw reverts is skipped by withdrawals.
    function test_revertingWithdraw_skipped() public {
        // its views work, but its withdraw reverts (a re-entrant call into the vault, refused)
        ts.setReenter(address(vault), abi.encodeCall(vault.accrueFee, ()));
        vm.prank(alice);
        vault.withdraw(300e6, alice, alice); // idle 200 + A 100
        assertEq(usdc.balanceOf(alice), 300e6, "paid");
        assertEq(sourceAssets(vault, address(ts)), 500e6, "ts untouched");
        assertEq(sourceAssets(vault, address(adapterA)), 100e6, "A paid");
    }

    /// A source burning all gas counts as 0 when the caller gives it its full budget, but a caller cannot make it
    /// count as 0 by starving it of gas: then the read reverts.
    function test_gasBurningSource() public {
        ts.setGasBurner(true);
        assertEq(vault.totalAssets{gas: 3_000_000}(), 500e6, "counts as 0 with enough gas");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceCallOutOfGas.selector, address(ts)));
        vault.totalAssets{gas: 500_000}();
        vm.prank(alice);
        vault.withdraw{gas: 10_000_000}(100e6, alice, alice);
        assertEq(usdc.balanceOf(alice), 100e6, "withdrawal served");
    }

    /// L-1: two sources whose withdraw burns all the gas it is given, first in the withdraw queue, cannot block a
    /// withdrawal that needs a healthy source behind them (within a 45M-gas block): each withdraw call gets
    /// SOURCE_CALL_GAS, fails, and is skipped like a revert.
    function test_gasBurningWithdraws_doNotBlockTheSourcesBehind() public {
        TestSource ts2 = _addSecondTestSource(); // queue: ts (400), ts2 (100), A (200), B (100); idle 200
        ts.setWithdrawBurner(true);
        ts2.setWithdrawBurner(true);
        vm.prank(alice);
        vault.withdraw{gas: 45_000_000}(300e6, alice, alice); // idle 200, ts and ts2 skipped, A 100
        assertEq(usdc.balanceOf(alice), 300e6, "paid");
        assertEq(sourceAssets(vault, address(adapterA)), 100e6, "A paid what idle lacked");
        assertEq(usdc.balanceOf(address(ts)), 400e6, "ts kept its assets");
        assertEq(usdc.balanceOf(address(ts2)), 100e6, "ts2 kept its assets");
    }

    /// L-1: a withdrawal cannot make a healthy source look broken by starving its call: when the call fails with
    /// less than SOURCE_CALL_GAS given to it, the withdrawal reverts instead of skipping the source.
    function test_starvedSourceCallReverts() public {
        vm.prank(governance);
        vault.setWithdrawQueue(_queue3(address(adapterA), address(ts), address(adapterB)));
        ts.setWithdrawBurner(true); // stands for a healthy source needing more gas than it is left
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceCallOutOfGas.selector, address(ts)));
        vault.withdraw{gas: 2_000_000}(500e6, alice, alice); // idle 200, A 200, ts starved
    }

    /// The literal thresholds SourceCallLib's assembly compares with are the budgets plus what the EVM holds back.
    function test_gasBudgetThresholds() public view {
        uint256 overhead = SourceCallLib.CALL_OVERHEAD;
        assertEq(SourceCallLib.VIEW_FITS, vault.SOURCE_VIEW_GAS() * 64 / 63 + overhead, "view threshold");
        assertEq(SourceCallLib.CALL_FITS, vault.SOURCE_CALL_GAS() * 64 / 63 + overhead, "call threshold");
        assertTrue(SourceCallLib.fits(0), "fits");
    }

    /// A healthy source cannot be made to count as 0 by starving the call of gas.
    function test_starvedHealthySourceReverts() public {
        // enough gas for idle and A, too little left for B and the source: must revert, never undercount
        for (uint256 g = 20_000; g < 80_000; g += 3_000) {
            try vault.totalAssets{gas: g}() returns (uint256 total) {
                assertEq(total, 1000e6, "never undercounts");
            } catch {}
        }
    }

    // ================================================================ force removal

    /// Removing a broken source writes off its (last-known) assets: the share price falls by them, and
    /// withdrawals of idle keep working.
    function test_forceRemove_brokenSource() public {
        ts.setBroken(true);
        uint256 aliceShares = vault.balanceOf(alice);
        vm.prank(governance);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.ForceRemoveSource(address(ts), 0);
        vault.forceRemoveSource(address(ts));
        assertEq(vault.isSource(address(ts)), false, "deregistered");
        assertEq(vault.getSources().length, 2, "two sources left");
        address[] memory q = withdrawQueueOf(vault);
        assertEq(q.length, 2, "removed from the queue");
        assertEq(q[0], address(adapterA), "queue order kept");
        assertEq(vault.caps(address(ts)), 0, "caps cleared");
        assertEq(vault.totalAssets(), 500e6, "written off");
        assertEq(vault.maxDeposit(alice), type(uint256).max, "deposits reopen");
        uint256 r = vault.ROUNDING_TOLERANCE_PER_SOURCE();
        assertApproxEqAbs(vault.previewRedeem(aliceShares), 300e6 - r, 1, "price halved (less A's allowance)");
        vm.prank(alice);
        vault.withdraw(200e6, alice, alice); // idle
        assertEq(usdc.balanceOf(alice), 200e6, "idle withdrawal");
        _deposit(bob, 100e6);
    }

    /// A working source holding assets can be force-removed too; the event reports what it held.
    function test_forceRemove_writesOffHeldAssets() public {
        uint256 priceBefore = vault.convertToAssets(1e24);
        vm.prank(governance);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.ForceRemoveSource(address(ts), 500e6);
        vault.forceRemoveSource(address(ts));
        assertEq(vault.totalAssets(), 500e6, "total fell by the write-off");
        assertApproxEqAbs(vault.convertToAssets(1e24), priceBefore / 2, 1e9, "price fell by it");
        assertEq(usdc.balanceOf(address(ts)), 500e6, "nothing pulled from it");
    }

    function test_forceRemove_unsetsSafeSourceAndReverts() public {
        vm.startPrank(governance);
        vault.setSafeSource(address(ts));
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetSafeSource(address(0));
        vault.forceRemoveSource(address(ts));
        assertEq(vault.safeSource(), address(0), "safe source unset");
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownSource.selector, address(ts)));
        vault.forceRemoveSource(address(ts));
        vm.stopPrank();
        address[3] memory wrong = [keeper, guardian, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.prank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.forceRemoveSource(address(adapterA));
        }
    }

    /// The normal removal still refuses a source that holds assets (or cannot say).
    function test_removeSource_brokenNeedsForce() public {
        ts.setBroken(true);
        vm.prank(governance);
        vm.expectRevert(TestSource.Broken.selector);
        vault.removeSource(address(ts));
    }

    /// Rebalances keep working around a broken source (held as 0, target 0).
    function test_rebalance_aroundBrokenSource() public {
        ts.setBroken(true);
        _rebalance3(300e6, 0, 0);
        assertEq(sourceAssets(vault, address(adapterA)), 300e6, "A");
        vm.expectRevert(TestSource.Broken.selector);
        _rebalance3(300e6, 0, 1);
    }

    /// @dev Adds a second TestSource and rebalances to A 200, B 100, ts 400, ts2 100 (idle 200), with the queue
    /// ts, ts2, A, B.
    function _addSecondTestSource() internal returns (TestSource ts2) {
        ts2 = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(ts2), type(uint256).max, BPS);
        uint256[] memory t = new uint256[](4);
        t[0] = 200e6;
        t[1] = 100e6;
        t[2] = 400e6;
        t[3] = 100e6;
        _rebalance(t);
        address[] memory q = new address[](4);
        q[0] = address(ts);
        q[1] = address(ts2);
        q[2] = address(adapterA);
        q[3] = address(adapterB);
        vm.prank(governance);
        vault.setWithdrawQueue(q);
    }

    function _queue3(address a, address b, address c) internal pure returns (address[] memory q) {
        q = new address[](3);
        q[0] = a;
        q[1] = b;
        q[2] = c;
    }

    function _rebalance3(uint256 a, uint256 b, uint256 c) internal {
        uint256[] memory t = new uint256[](3);
        t[0] = a;
        t[1] = b;
        t[2] = c;
        _rebalance(t);
    }
}
